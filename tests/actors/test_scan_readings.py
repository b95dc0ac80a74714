"""The article scan's and the resolver's readings that skip spaCy's objects (token ranges for
spans, the parse's arrays for sentences, cut text for a span's text) give what the objects
give.

Fiction only: Ostrava, Belvania and their invented people.
"""

from __future__ import annotations

import random

from spacy.util import filter_spans

from onrecord.actors.scan import _longest_first

TEXT = (
    "Foreign Minister Lena Hartwig of Belvania arrived in Sarn on Monday. Hartwig met "
    "officials there, the Ostravan envoy Ivo Dant said.\n\nLater, Lena Hartwig left for "
    "Ostrava. The Belvania Herald and The Sarn Times reported the talks; Dant, the "
    "Ostravan ambassador to the UN, was not there."
)


def test_longest_first_keeps_what_filter_spans_keeps(nlp) -> None:
    doc = nlp(TEXT)
    rng = random.Random(7)
    for _ in range(200):
        ranges = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randrange(len(doc))
            ranges.append((start, min(len(doc), start + rng.randint(1, 4))))
        ranges += ranges[: rng.randint(0, 2)]  # the same range twice (two keys matched it)
        kept = filter_spans([doc[s:e] for s, e in ranges])
        assert _longest_first(ranges) == [(sp.start, sp.end) for sp in kept]


def test_scan_and_resolver_read_what_the_spacy_objects_give(article) -> None:  # type: ignore[no-untyped-def]
    aa = article(TEXT)
    doc = aa.doc
    sents = list(doc.sents)
    assert len(sents) >= 3
    assert aa._sent_bounds == [(s.start, s.end) for s in sents]
    assert aa._sent_id == [n for n, s in enumerate(sents) for _ in range(s.start, s.end)]
    assert aa.scan.persons
    for p in aa.scan.persons:
        assert p.name == doc[p.start : p.end].text
    for g in aa.scan.gaz:
        assert aa.scan._text_of(g.start, g.end) == doc[g.start : g.end].text
