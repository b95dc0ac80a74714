#!/usr/bin/env python3
"""One person filed as two actors, "Mr."/"Mrs." statements filed under the other sex, and
families filed as people.

Four ways a statement lands on the wrong actor page without any scorer seeing it:

- **given names**: a one-word person actor that is the first given name of exactly one person
  the same record names in full ("Hillary" next to Hillary Clinton, "Bernie" next to Bernie
  Sanders): the person's statements are split over two pages;
- **surnames**: a one-word person actor that is the surname of a person the same record names
  in full ("Carson" next to Ben Carson, "Mark-Viverito" next to Melissa Mark-Viverito);
- **honorifics**: a speaker, addressee or joint party written "Mr. X", "Mrs. X" or "Ms. X"
  resolved to a person whose given name says the other sex ("Mrs. Clinton" filed under Bill
  Clinton).
- **families**: a one-word person actor that is, in the plural, the surname of a person the
  same record names in full ("Clintons" next to Hillary Clinton, "Khans" next to Khizr Khan),
  or a person noun in the plural ("Aides"): a "he" or "she" resolved to it is a statement on a
  family's page as if it were one person's.

This counts them over a PolNeAR split (or any folder of ``text/*.txt``) and lists them:

    .venv/bin/python benchmarks/split_persons.py ../shared/data/polnear/train
    .venv/bin/python benchmarks/split_persons.py ../shared/data/polnear/dev --list

The count is for reading the list, not a score: a given name can be a different person's
("Donald Jr." is not listed; a "Bill" who is not the article's Bill would be).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from onrecord.actors.identity import split_name
from onrecord.attribution.speakers import PERSON_NOUNS, gender_of, honorific_gender
from onrecord.evaluation import polnear_records
from onrecord.pipeline import Extractor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _listing import listing_args, mentions_by_actor, report


def main() -> None:
    a = listing_args(__doc__.splitlines()[0])
    given_actors = given_holding = given_mentions = honorific = articles = 0
    surname_actors = surname_mentions = 0
    family_actors = family_mentions = family_pronouns = 0
    rows = []
    for name, rec in polnear_records(a.split, Extractor(), limit=a.limit):
        articles += 1
        people = [p for p in rec.actors if p.kind == "person"]
        first_given: dict[str, set[str]] = {}
        surnames: dict[str, set[str]] = {}
        for p in people:
            given = split_name(p.name)[0]
            if given:
                first_given.setdefault(given[0], set()).add(p.name)
            if len(p.name.split()) > 1:  # as written, whatever the code under test reads
                surnames.setdefault(p.name.split()[-1].lower(), set()).add(p.name)
        used = mentions_by_actor(rec)
        for p in people:
            if len(p.name.split()) != 1:
                continue
            owners = first_given.get(split_name(p.name)[1], set())
            if len(owners) != 1:
                continue
            n = sum(used.get(p.id, Counter()).values())
            given_actors += 1
            given_holding += n > 0
            given_mentions += n
            rows.append((name, "given name", p.name, next(iter(owners)), n))
        for p in people:
            if len(p.name.split()) != 1:
                continue
            full = surnames.get(p.name.lower(), set())
            if full:
                n = sum(used.get(p.id, Counter()).values())
                surname_actors += 1
                surname_mentions += n
                rows.append((name, "surname", p.name, ", ".join(sorted(full)), n))
        for p in people:
            word = p.name.lower()
            if len(p.name.split()) != 1 or not word.endswith("s"):
                continue
            stems = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
            full = set().union(*(surnames.get(s, set()) for s in stems))
            if (full and word not in surnames) or word[:-1] in PERSON_NOUNS:
                said = used.get(p.id, Counter())
                n = sum(said.values())
                family_actors += 1
                family_mentions += n
                family_pronouns += sum(c for t, c in said.items() if t.lower() in ("he", "she"))
                rows.append((name, "plural", p.name, ", ".join(sorted(full)) or "-", n))
        for p in people:
            for text, count in used.get(p.id, Counter()).items():
                want = honorific_gender(text.split()[0]) if text.split() else None
                have = gender_of(p.name.split()[0])
                if want and have and want != have:
                    honorific += count
                    rows.append((name, "honorific", text, p.name, count))
    summary = {
        "articles": articles,
        "given_name_actors": given_actors,
        "given_name_holding_statements": given_holding,
        "given_name_mentions": given_mentions,
        "surname_actors": surname_actors,
        "surname_mentions": surname_mentions,
        "honorific_other_sex_mentions": honorific,
        "plural_person_actors": family_actors,
        "plural_person_mentions": family_mentions,
        "plural_person_he_she_mentions": family_pronouns,
    }
    report(summary, rows, a.list)


if __name__ == "__main__":
    main()
