#!/usr/bin/env python3
"""How often a pronoun speaker is resolved to the right actor, against referents read by hand.

PolNeAR marks the pronoun itself ("he") as a statement's source, so no scorer sees whom onrecord
files a "he said" under, yet that is the actor page the statement lands on. This measures it
against our own labels: for a sample of PolNeAR train articles, every statement whose speaker
mention is a pronoun (he, she, they, his, her, their) carries the referent a reader gives it.
The labels (document, offset, pronoun, referent) are in
``benchmarks/data/pronoun_referents_train.jsonl``; no article text is stored there. Samples A
and B were read before the rules they led to, C and D after them; E and F were labelled blind
(onrecord's reading removed from what the readers saw), E then studied and F kept as a test
no rule was written from.

::

    # a sample: articles chosen by a hash of their names, 50 to a sample (A to F), with
    # onrecord's reading of each pronoun speaker, to confirm or correct by hand
    .venv/bin/python benchmarks/pronoun_referents.py sample ../shared/data/polnear/train A out.jsonl
    # the figure, for all labels or one sample; --list prints each miss with its context
    .venv/bin/python benchmarks/pronoun_referents.py score ../shared/data/polnear/train \\
        [benchmarks/data/pronoun_referents_train.jsonl] [--half A] [--list]

A label's ``referent`` is the person or body the pronoun stands for, by its fullest name in the
article ("Hillary Clinton"; people named one by one are joined, "Marco Rubio and Ted Cruz"),
or ``null`` when it stands for no one the article names (a generic "they", "a woman ... she
said", "some voters"). A pronoun whose statement onrecord took wrongly keeps its referent: the
figure is about resolution alone. Each labelled speaker is judged:

- ``right``: resolved to a name with the referent's last word, every word of the shorter name
  in the longer ("Obama" is Barack Obama, "Clinton campaign" the Hillary Clinton campaign;
  Bill Clinton is not Hillary Clinton);
- a joint reading (a "they" filed as the statement of the people it stands for, each named)
  is judged person by person against the referent's names, in any order;
- ``wrong``: resolved to another name; ``unresolved``: no name though the referent is named;
- for a ``null`` referent: ``unresolved_right`` when left unresolved, ``described_no_one``
  when given the group the text describes (an actor of kind group, "registered voters": no
  one's page), ``named_no_one`` for any other actor.

Printed per number (singular he/she/his/her/him, plural they/their/them, all): the counts,
``wrong_actor_rate`` (wrong and named_no_one over all filed under a named actor) and
``recall`` (right over the pronouns whose referent is named).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

from onrecord.article import ArticleInput
from onrecord.evaluation import polnear_date, polnear_documents
from onrecord.pipeline import Extractor

PRONOUNS = {"he", "she", "they", "his", "her", "their", "him", "them"}
PLURAL = {"they", "their", "them"}
DOCS_PER_HALF = 50
HALVES = ("A", "B", "C", "D", "E", "F")
LABELS = Path(__file__).resolve().parent / "data" / "pronoun_referents_train.jsonl"


def _rank(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def sample_docs(split: Path, half: str) -> list[str]:
    """The half's articles: the split's names ordered by hash, taken in blocks of
    2 * DOCS_PER_HALF; in the first block A is the even places and B the odd ones, in the
    second C and D, in the third E and F."""
    names = sorted((p.stem for p in (split / "text").glob("*.txt")), key=_rank)
    k = HALVES.index(half)
    block = names[(k // 2) * 2 * DOCS_PER_HALF : (k // 2 + 1) * 2 * DOCS_PER_HALF]
    return sorted(block[k % 2 :: 2])


def readings(split: Path, docs: list[str]) -> dict[tuple[str, int], dict]:
    """onrecord's pronoun speakers in ``docs``: (doc, start) -> pronoun, end, resolved name."""
    wanted = set(docs)
    items = [(n, t) for n, t in polnear_documents(split) if n in wanted]
    records = Extractor().extract_many(
        ArticleInput(text=t, published=polnear_date(n)) for n, t in items
    )
    out: dict[tuple[str, int], dict] = {}
    for (name, _), rec in zip(items, records, strict=True):
        record = rec.to_dict()
        kinds = {a["id"]: a["kind"] for a in record["actors"]}
        for q in record["quotes"]:
            sp = q.get("speaker")
            if not sp or sp["text"].lower() not in PRONOUNS:
                continue
            kind = kinds.get(sp.get("actor"))
            # a joint statement ("they" for "Rubio and Cruz"): its parties' names, joined
            parties = [m.get("name") for m in q.get("speakers") or []]
            joint = " and ".join(parties) if parties and all(parties) else None
            out[(name, sp["start"])] = {
                "doc": name,
                "start": sp["start"],
                "end": sp["end"],
                "pronoun": sp["text"],
                "resolved": sp.get("name") or joint,
                "kind": kind,
                "quote": q["text"][:120],
            }
    return out


def _words(name: str) -> list[str]:
    """A name's words, lower-cased and without accents or initials ("Donald J. Trump" ->
    donald, trump)."""
    folded = unicodedata.normalize("NFKD", name.lower().replace("’", "'"))
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return [w for w in re.findall(r"[\w'-]+", plain) if len(w) > 1]


def same_name(resolved: str, referent: str) -> bool:
    """The same last word, and every word of the shorter name in the longer one ("Obama" is
    Barack Obama, "Clinton campaign" the Hillary Clinton campaign; Bill Clinton is not
    Hillary Clinton)."""
    a, b = _words(resolved), _words(referent)
    if not a or not b or a[-1] != b[-1]:
        return False
    short, long_ = sorted((a, b), key=len)
    return set(short) <= set(long_)


def _names(joined: str) -> list[str]:
    """The names of people named one by one ("Donald Trump, Ted Cruz and John Kasich")."""
    return [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", joined) if n.strip()]


def same_names(resolved: str, referent: str) -> bool:
    """The same people, in any order, each by :func:`same_name`; one name on each side is
    :func:`same_name` itself ("Clinton campaign")."""
    a, b = _names(resolved), _names(referent)
    if len(a) == 1 and len(b) == 1:
        return same_name(resolved, referent)
    if len(a) != len(b):
        return False
    left = list(b)
    for name in a:
        match = next((r for r in left if same_name(name, r)), None)
        if match is None:
            return False
        left.remove(match)
    return True


def judge(resolved: str | None, referent: str | None, kind: str | None = None) -> str:
    if referent is None:
        if resolved is None:
            return "unresolved_right"
        # (a "they" given the group the text describes, "registered voters": no one's page)
        return "described_no_one" if kind == "group" else "named_no_one"
    if resolved is None:
        return "unresolved"
    return "right" if same_names(resolved, referent) else "wrong"


def score(split: Path, labels: Path, half: str | None, listing: bool) -> dict:
    rows = [json.loads(line) for line in labels.open(encoding="utf-8") if line.strip()]
    if half:
        rows = [r for r in rows if r["half"] == half]
    got = readings(split, sorted({r["doc"] for r in rows}))
    counts: dict[str, Counter[str]] = {"singular": Counter(), "plural": Counter()}
    listed = []
    for r in rows:
        number = "plural" if r["pronoun"].lower() in PLURAL else "singular"
        now = got.get((r["doc"], r["start"]))
        if now is None:
            counts[number]["no_longer_a_pronoun_speaker"] += 1
            continue
        verdict = judge(now["resolved"], r["referent"], now["kind"])
        counts[number][verdict] += 1
        if verdict in ("wrong", "named_no_one", "unresolved"):
            listed.append((verdict, r, now))
    result: dict = {"labelled": len(rows)}
    for number, c in [*counts.items(), ("all", counts["singular"] + counts["plural"])]:
        filed = c["right"] + c["wrong"] + c["named_no_one"]
        referred = c["right"] + c["wrong"] + c["unresolved"]
        result[number] = {
            **dict(sorted(c.items())),
            # of the statements filed under a named actor, the share on the wrong one's page
            "wrong_actor_rate": round((c["wrong"] + c["named_no_one"]) / max(1, filed), 4),
            # of the pronouns that stand for someone the article names, the share resolved so
            "recall": round(c["right"] / max(1, referred), 4),
        }
    if listing:
        text_of = dict(polnear_documents(split))
        for verdict, r, now in listed:
            text = text_of[r["doc"]]
            at = r["start"]
            before = text[max(0, at - 300) : at].replace("\n", " / ")
            print(
                f"--- {verdict}: {r['doc']} @{at} {r['pronoun']!r} -> {now['resolved']!r}"
                f" (referent {r['referent']!r})"
            )
            print(f"    ...{before}[[{text[at : r['end']]}]]{text[r['end'] : r['end'] + 80]}")
    return result


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample", help="onrecord's pronoun speakers in one half, to label")
    s.add_argument("split_dir", type=Path)
    s.add_argument("half", choices=HALVES)
    s.add_argument("out", type=Path)
    c = sub.add_parser("score", help="score the current code against the labels")
    c.add_argument("split_dir", type=Path)
    c.add_argument("labels", type=Path, nargs="?", default=LABELS)
    c.add_argument("--half", choices=HALVES)
    c.add_argument("--list", action="store_true", help="print each miss with its context")
    a = ap.parse_args()
    if a.cmd == "sample":
        docs = sample_docs(a.split_dir, a.half)
        got = readings(a.split_dir, docs)
        with a.out.open("w", encoding="utf-8") as f:
            for key in sorted(got):
                f.write(json.dumps({"half": a.half, **got[key]}, ensure_ascii=False) + "\n")
        print(json.dumps({"half": a.half, "docs": len(docs), "pronoun_speakers": len(got)}))
    else:
        print(json.dumps(score(a.split_dir, a.labels, a.half, a.list)))


if __name__ == "__main__":
    main()
