"""The event lexicon and intensity table load, validate and index by lemma."""

from __future__ import annotations

import pytest

from onrecord.events.lexicon import (
    LexiconError,
    load_lexicon,
    parse_lexicon,
    parse_pattern,
    quad_class,
)
from onrecord.record import PLOVER_TYPES


def test_lexicon_loads_every_type():
    lex = load_lexicon()
    types = {e.type for entries in lex.verbs.values() for e in entries}
    assert types == set(PLOVER_TYPES)
    assert len(lex) > 400


@pytest.mark.parametrize(
    ("text", "pos", "lemma", "part", "objects", "modifier", "of"),
    [
        ("threaten", "verb", "threaten", None, set(), None, None),
        ("call for", "verb", "call", "for", set(), None, None),
        ("impose >sanction|embargo", "verb", "impose", None, {"sanction", "embargo"}, None, None),
        ("pull out of", "verb", "pull", "of", set(), None, None),
        ("hunger strike", "noun", "strike", None, set(), "hunger", None),
        ("state of emergency", "noun", "state", None, set(), None, "emergency"),
    ],
)
def test_parse_pattern_forms(text, pos, lemma, part, objects, modifier, of):
    e = parse_pattern(text, "SANCTION", "16", None, pos=pos)
    assert (e.lemma, e.part, set(e.objects), e.modifier, e.of) == (
        lemma,
        part,
        objects,
        modifier,
        of,
    )


def test_specific_patterns_sorted_first():
    entries = load_lexicon().verbs["call"]
    assert entries[0].specificity >= entries[-1].specificity


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("THREATEN", "TYPE CAMEO"),
        ("ATTACK 19", "unknown PLOVER type"),
        ("ASSAULT 21", "CAMEO root"),
    ],
)
def test_bad_group_key_rejected(key, message):
    scores = {"types": {t: {"score": 0} for t in PLOVER_TYPES}, "default_cameo": {}, "quad": {}}
    with pytest.raises(LexiconError, match=message):
        parse_lexicon({"verbs": {key: ["hit"]}}, scores)


def test_intensity_table_signs_follow_quads():
    lex = load_lexicon()
    for t in PLOVER_TYPES:
        score = lex.score(t)
        if quad_class(t).endswith("cooperation"):
            assert score >= 0, t
        elif t != "REQUEST":
            assert score < 0, t
    assert lex.score("ASSAULT") <= -9 and lex.score("AID") == 10
    assert lex.score("RETREAT", "disarm") == 10
    assert lex.score("REQUEST", "yield") < 0


@pytest.mark.parametrize(
    ("type_", "quad"),
    [
        ("AGREE", "verbal_cooperation"),
        ("RETREAT", "material_cooperation"),
        ("THREATEN", "verbal_conflict"),
        ("SANCTION", "material_conflict"),
        ("ASSAULT", "material_conflict"),
    ],
)
def test_quad_classes(type_, quad):
    assert quad_class(type_) == quad
