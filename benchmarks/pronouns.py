#!/usr/bin/env python3
"""Which name each he/she/they speaker resolves to, and how two versions differ.

PolNeAR marks the pronoun itself as the source, so neither scorer sees which person a
pronoun speaker is resolved to. This dumps every pronoun speaker with its antecedent, and
lists where two dumps (two versions of onrecord) name different people, with the text
before the pronoun, for reading by hand:

    .venv/bin/python benchmarks/pronouns.py dump ../shared/data/polnear/train old.jsonl --limit 300
    (change the code)
    .venv/bin/python benchmarks/pronouns.py dump ../shared/data/polnear/train new.jsonl --limit 300
    .venv/bin/python benchmarks/pronouns.py diff ../shared/data/polnear/train old.jsonl new.jsonl

A change to another mention of the same name ("Anthony Weiner" -> "Weiner") is counted,
not listed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from onrecord.attribution import find_attributions
from onrecord.attribution.speakers import PRONOUNS_PERSON, PRONOUNS_PLURAL
from onrecord.nlp import doc_text, load_pipeline, parse_many

# the pronouns the resolver takes as speakers, and the possessive holders of nominal cues
PRONOUNS = PRONOUNS_PERSON | PRONOUNS_PLURAL | {"his", "their"}


def dump(split: Path, out: Path, limit: int | None) -> None:
    nlp = load_pipeline()
    paths = sorted((split / "text").glob("*.txt"))[:limit]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for path, doc in zip(paths, parse_many(nlp, texts, 16), strict=True):
            text = doc_text(doc)
            for a in find_attributions(doc):
                if a.speaker is None or text[a.speaker[0] : a.speaker[1]].lower() not in PRONOUNS:
                    continue
                ref = a.speaker_ref
                row = {
                    "doc": path.stem,
                    "at": a.speaker[0],
                    "pronoun": text[a.speaker[0] : a.speaker[1]],
                    "ref": text[ref[0] : ref[1]] if ref else None,
                    "ref_at": ref[0] if ref else None,
                }
                f.write(json.dumps(row) + "\n")
                n += 1
    print(json.dumps({"docs": len(paths), "pronoun_speakers": n, "out": str(out)}))


def _last_word(name: str | None) -> str | None:
    return name.split()[-1].strip(".,'’s") if name else None


def diff(split: Path, old: Path, new: Path, context: int) -> None:
    def load(p: Path) -> dict[tuple[str, int], dict]:
        rows = (json.loads(line) for line in p.open(encoding="utf-8"))
        return {(r["doc"], r["at"]): r for r in rows}

    a, b = load(old), load(new)
    same_name = listed = 0
    for key in sorted(set(a) | set(b)):
        x, y = a.get(key, {}), b.get(key, {})
        if x.get("ref_at") == y.get("ref_at"):
            continue
        if _last_word(x.get("ref")) == _last_word(y.get("ref")):
            same_name += 1
            continue
        listed += 1
        text = (split / "text" / f"{key[0]}.txt").read_text(encoding="utf-8")
        at = key[1]
        pronoun = x.get("pronoun") or y.get("pronoun")
        print(f"=== {listed} {key[0]} @{at} {pronoun}: {x.get('ref')!r} -> {y.get('ref')!r}")
        print("   ", text[max(0, at - context) : at + 60].replace("\n", " / "))
    print(
        json.dumps(
            {"speakers": len(a), "other_person": listed, "other_mention_same_name": same_name}
        )
    )


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("split_dir", type=Path)
    d.add_argument("out", type=Path)
    d.add_argument("--limit", type=int, default=None)
    c = sub.add_parser("diff")
    c.add_argument("split_dir", type=Path)
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    c.add_argument("--context", type=int, default=400)
    a = ap.parse_args()
    if a.cmd == "dump":
        dump(a.split_dir, a.out, a.limit)
    else:
        diff(a.split_dir, a.old, a.new, a.context)


if __name__ == "__main__":
    main()
