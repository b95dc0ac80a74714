#!/usr/bin/env python3
"""Statements spoken by one of several people of an article who share a surname.

The scorers compare words, so they do not see "the former president" filed under Jeb Bush
when George W. Bush spoke, or a headline's "Clinton" under Bill Clinton when the article is
about Hillary Clinton: both names share the gold source's word. This lists, over a PolNeAR
split (or any folder of ``text/*.txt``), every statement whose speaker resolves to a person
of the record who shares a surname with another person of the same record, with the
mention, the name it got, the namesakes it did not get and the statement's first words, and
counts them by the form of the mention:

    .venv/bin/python benchmarks/namesakes.py ../shared/data/polnear/train
    .venv/bin/python benchmarks/namesakes.py ../shared/data/polnear/dev --list

The count is for reading the list, not a score: most of these names are right.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from onrecord.evaluation import polnear_records
from onrecord.pipeline import Extractor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _listing import listing_args, report

_PRONOUN = re.compile(r"(?i)(he|she|him|her|his)")
_HONORIFIC = re.compile(r"(?i)(mr|mrs|ms|miss|dr)\.? ")
_POSSESSIVE = re.compile(r"['’]s?$")


def _form(mention: str, name: str) -> str:
    """How the statement names its speaker: a pronoun, an honorific and the surname, the
    full name, the surname alone, or a description ("the former president")."""
    surname = name.split()[-1].lower()
    words = mention.lower().split()
    if _PRONOUN.fullmatch(mention):
        return "pronoun"
    if _HONORIFIC.match(mention):
        return "honorific"
    if mention.lower() == name.lower():
        return "full name"
    if words and _POSSESSIVE.sub("", words[-1].strip(".,")) == surname:
        return "surname" if len(words) == 1 else "titled surname"
    return "description"


def main() -> None:
    a = listing_args(__doc__.splitlines()[0])
    forms: Counter = Counter()
    articles = with_namesakes = 0
    rows = []
    for doc, rec in polnear_records(a.split, Extractor(), limit=a.limit):
        articles += 1
        by_surname: dict[str, list[str]] = {}
        for p in rec.actors:
            if p.kind == "person" and len(p.name.split()) >= 2:
                by_surname.setdefault(p.name.split()[-1].lower(), []).append(p.id)
        shared = {i: ids for ids in by_surname.values() if len(ids) > 1 for i in ids}
        if not shared:
            continue
        with_namesakes += 1
        names = {p.id: p.name for p in rec.actors}
        for q in rec.quotes:
            s = q.speaker
            if s is None or s.actor not in shared:
                continue
            form = _form(s.text, names[s.actor])
            forms[form] += 1
            others = ", ".join(names[i] for i in shared[s.actor] if i != s.actor)
            rows.append((doc, form, s.text, names[s.actor], others, q.text[:60]))
    summary = {
        "articles": articles,
        "articles_with_namesakes": with_namesakes,
        "statements": sum(forms.values()),
        "by_form": dict(forms.most_common()),
    }
    report(summary, rows, a.list)


if __name__ == "__main__":
    main()
