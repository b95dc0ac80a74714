"""The coder's paths that read the token table (``nlp.token_table``) instead of spaCy tokens
give what the token-by-token reading gives.

Fiction only: Ostrava, Belvania and their invented people.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.events.arguments import DEEP_PLACE_PREPS, ArgumentFinder, _depth
from onrecord.events.features import (
    _ARG_DEPS,
    _CONTENT,
    _NAME_ENTS,
    _dependents,
    sentence_features,
    trigger_features,
)
from onrecord.events.lexicon import load_lexicon
from onrecord.events.triggers import Matcher, _complement
from onrecord.nlp import token_table

if TYPE_CHECKING:
    from spacy.tokens import Token


def _lemma(tok: Token) -> str:
    """The token-by-token reading the table's ``_lemma_at`` stands for."""
    if tok.ent_type_ in _NAME_ENTS or tok.pos_ == "PROPN":
        return f"<{tok.ent_type_ or 'NAME'}>"
    if tok.like_num:
        return "<NUM>"
    return tok.lemma_.lower()


TEXTS = [
    "Ostrava threatened Belvania with sanctions and vowed to strike its ports.",
    "Belvania's envoy, Ivo Dant, held talks with the Ostravan minister on Friday.",
    "The ministry said it would not accept the 12 demands, and lifted the curfew in Lorvik.",
    "A hunger strike by 300 workers ended after the government offered to host a summit.",
    "Protesters in Kessin called for elections; the army was ready to withdraw its troops.",
]


def test_candidates_hold_every_token_a_trigger_starts_from(nlp) -> None:
    matcher = Matcher(load_lexicon())
    found = 0
    for text in TEXTS:
        doc = nlp(text)
        candidates = set(matcher.candidates(token_table(doc), 0, len(doc)))
        hits = {t.i for t in doc if matcher.match(t) is not None}
        assert hits <= candidates
        found += len(hits)
    assert found >= 10


def test_sentence_features_read_off_the_table_equal_the_tokens(nlp) -> None:
    for text in TEXTS:
        for sent in nlp(text).sents:
            words = []
            prev = "<s>"
            for tok in sent:  # the reading the table replaced
                if tok.is_punct or tok.is_space:
                    continue
                lem = _lemma(tok)
                if tok.pos_ in _CONTENT and not tok.is_stop:
                    words.append(f"w={lem}")
                words.append(f"b={prev}_{lem}")
                prev = lem
            feats = sentence_features(sent)
            assert feats[len(feats) - len(words) :] == words


MORE = [
    "If Ostrava attacks, Belvania could retaliate, the minister warned; no talks were held.",
    "The aid, which was sent by Belvania to the people of Lorvik, was never delivered.",
    "Ivo Dant, the Ostravan envoy, is going to ask for a ceasefire and should meet Voss.",
    "Belvania was accused of shelling the port, and the talks in Kessin were called off.",
]


def _ref_dependents(tok, tag, out):  # type: ignore[no-untyped-def]
    for c in tok.children:
        dep = c.dep_
        if dep == "neg" or (dep == "advmod" and c.lower_ in {"never", "not"}):
            out.append("neg")
        elif dep in {"aux", "auxpass"} and c.lemma_ not in {"be", "have", "do"}:
            out.append(f"aux={c.lower_}")
        elif dep in _ARG_DEPS:
            out.append(f"{tag}:{dep}={_lemma(c)}")
            if dep in {"xcomp", "ccomp", "advcl", "pcomp"}:
                for g in c.children:
                    if g.dep_ in {"dobj", "prt", "prep"}:
                        out.append(f"{tag}:{dep}:{g.dep_}={_lemma(g)}")
        elif dep in {"prep", "agent"}:
            out.append(f"{tag}:prep={c.lower_}")
            for o in c.children:
                if o.dep_ in {"pobj", "pcomp"}:
                    out.append(f"p:{c.lower_}={_lemma(o)}")
        elif dep in {"nsubj", "nsubjpass"}:
            out.append(f"se={c.ent_type_ or c.pos_}")
        elif dep in {"amod", "compound"} and tok.pos_ == "NOUN":
            out.append(f"{tag}:mod={_lemma(c)}")


def test_trigger_features_read_off_the_table_equal_the_tokens(nlp) -> None:
    for text in TEXTS + MORE:
        for sent in nlp(text).sents:
            root = sent.root
            for tok in sent:
                own: list[str] = []
                _dependents(tok, "c", own)
                ref: list[str] = []
                _ref_dependents(tok, "c", ref)
                assert own == ref
                feats = trigger_features(sent, tok, lex_type="ASSAULT")
                window = sent.doc[tok.i + 1 : min(tok.i + 3, sent.end)]
                nxt = [_lemma(t) for t in window if not t.is_punct]
                lem = tok.lemma_.lower()
                if nxt:
                    assert f"tn={lem}_{nxt[0]}" in feats
            roots = [
                f"ro:{c.dep_}={_lemma(c)}"
                for c in root.children
                if c.dep_ in {"dobj", "xcomp", "ccomp", "prt"}
            ]
            assert [f for f in sentence_features(sent) if f.startswith("ro:")] == roots


def test_deep_places_and_complements_read_off_the_table_equal_the_tokens(nlp) -> None:
    texts = [
        *TEXTS,
        *MORE,
        "Ostrava sent peacekeepers to help the force in Lorvik and aid to people in Belvania.",
        "Belvania accused Ostrava of violating the truce and insisted on demanding talks.",
    ]
    places = 0
    for text in texts:
        doc = nlp(text)
        for tok in doc:
            ref = []  # the subtree walk the table replaced
            for t in tok.subtree:
                if t.ent_type_ == "GPE" and t.dep_ == "pobj" and t.head.lower_ in DEEP_PLACE_PREPS:
                    ref.append((_depth(t) - _depth(tok), t.i))
            near = [i for d, i in sorted(ref) if d == min(d for d, _ in ref)] if ref else []
            assert [t.i for t in ArgumentFinder._deep_places([tok])] == near
            places += len(near)
            comp = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"}
                ),
                None,
            ) or next(
                (
                    g
                    for c in tok.children
                    if c.dep_ == "prep"
                    for g in c.children
                    if g.dep_ == "pcomp" and g.pos_ == "VERB"
                ),
                None,
            )
            assert _complement(tok) == comp
    assert places >= 2


def test_trigger_head_features_read_off_the_table_equal_the_tokens(nlp) -> None:
    """The trigger's word, part of speech, label and head word, as its Token gives them: a
    token with a label has a "head" word, a root its own (``tok.head`` is then a new Token,
    never ``tok`` itself)."""
    for text in TEXTS + MORE:
        for sent in nlp(text).sents:
            for tok in sent:
                feats = trigger_features(sent, tok, lex_type="ASSAULT")
                want = [f"t={tok.lemma_.lower()}", f"tp={tok.pos_}", f"dep={tok.dep_}"]
                gov = tok.head
                if gov is not tok:
                    want += [f"h={gov.lemma_.lower()}", f"hd={tok.dep_}:{gov.lemma_.lower()}"]
                assert feats[1 : 1 + len(want)] == want  # after "lex=ASSAULT"
            assert sentence_features(sent)[0] == f"r={sent.root.lemma_.lower()}"
