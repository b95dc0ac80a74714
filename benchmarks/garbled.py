"""How much of an article's record survives when its page is garbled.

Each article is extracted as written and in four garbled forms: read as Windows-1252 (the
commonest mojibake: "IbÃ¡Ã±ez", "â€œ"), as Latin-1 (C1 controls in place of the curly marks),
as Windows-1252 twice (double encoding), and with a soft hyphen after the third letter of every
word of seven letters or more (a page hyphenated for the screen). For each form it counts what
the garbled record shares with the clean one:

- quotations: the same quotation (its text mended with ``onrecord.garbled.repaired``) with
  the same speaker name;
- actors: the same (name, kind, country);
- events: the same (type, CAMEO root, source name, target name, intensity).

    .venv/bin/python benchmarks/garbled.py [TEXT ...]    (default: the seed article)

Prints one JSON line per article and form, and the totals per form. An extraction that raises
an error keeps nothing and is counted under "errors".
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "data" / "seed" / "article.txt"


def _encoded(text: str, codec: str, times: int = 1) -> str:
    for _ in range(times):
        text = text.encode("utf-8").decode(codec, errors="replace")
    return text


def _soft_hyphens(text: str) -> str:
    out = []
    for word in text.split(" "):
        if len(word) >= 7 and word[:3].isalpha():
            word = f"{word[:3]}\u00ad{word[3:]}"
        out.append(word)
    return " ".join(out)


FORMS = {
    "windows-1252": lambda t: _encoded(t, "cp1252"),
    "latin-1": lambda t: _encoded(t, "latin-1"),
    "windows-1252 twice": lambda t: _encoded(t, "cp1252", 2),
    "soft hyphens": _soft_hyphens,
}


def _parts(record, mend) -> dict[str, Counter]:  # type: ignore[no-untyped-def]
    names = {a.id: a.name for a in record.actors}
    return {
        "quotes": Counter(
            (mend(q.text), q.speaker.name if q.speaker else None) for q in record.quotes
        ),
        "actors": Counter((a.name, a.kind, a.country) for a in record.actors),
        "events": Counter(
            (e.type, e.cameo, names.get(e.source), names.get(e.target), e.intensity)
            for e in record.events
        ),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("texts", nargs="*", type=Path, default=[SEED])
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from onrecord.pipeline import extract

    try:
        from onrecord.garbled import repaired
    except ImportError:  # a version before onrecord.garbled: mended by ftfy alike

        def repaired(text: str) -> str:
            import ftfy

            return ftfy.fix_text(text.replace("\u00ad", ""), uncurl_quotes=False)

    totals: dict[str, Counter] = {form: Counter() for form in FORMS}
    for path in args.texts:
        text = path.read_text(encoding="utf-8")
        clean = _parts(extract(text), lambda t: t)
        for form, garble in FORMS.items():
            row: dict[str, object] = {"text": path.name, "form": form}
            try:
                got = _parts(extract(garble(text)), repaired)
            except Exception as exc:  # noqa: BLE001 - counted, and the run goes on
                got = {part: Counter() for part in clean}
                row["error"] = f"{type(exc).__name__}: {exc}"
                totals[form]["errors"] += 1
            for part, want in clean.items():
                kept = sum((want & got[part]).values())
                row[part] = f"{kept}/{sum(want.values())}"
                totals[form][f"{part}_kept"] += kept
                totals[form][f"{part}_clean"] += sum(want.values())
            print(json.dumps(row, ensure_ascii=False))
    for form, t in totals.items():
        parts = ("quotes", "actors", "events")
        print(
            json.dumps(
                {
                    "form": form,
                    **{p: f"{t[p + '_kept']}/{t[p + '_clean']}" for p in parts},
                    "errors": t["errors"],
                }
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
