"""The parse helpers of :mod:`onrecord.events.syntax` read the token table (through
``table_of``, which ``reading`` keeps for the document being coded); what they give is what
reading spaCy's tokens one by one gives.

Fiction only: Ostrava, Belvania and their invented people.
"""

from __future__ import annotations

from contextlib import nullcontext
from typing import TYPE_CHECKING

from onrecord.events import syntax as sx
from onrecord.nlp import token_table
from tests.events.test_token_table_paths import TEXTS as PATH_TEXTS

if TYPE_CHECKING:
    from spacy.tokens import Token

# the token-table paths' texts, and more with conjuncts, passives, modals and appositions
TEXTS = [
    *PATH_TEXTS,
    "If Ostrava attacks, Belvania could retaliate, the minister warned; no talks were held.",
    "The aid, which was sent by Belvania to the people of Lorvik, was never delivered.",
    "Ivo Dant, the Ostravan envoy, is going to ask for a ceasefire and should meet Voss.",
    "Belvania was accused of shelling the port, and the talks in Kessin were called off.",
    "Voss, Dant and the Kessin teachers, who met the asylum seekers, must leave by Monday.",
    "KESSIN -- The court in the Belvanian capital Lorvik has ordered a state of emergency.",
    "Imran Dal, called Voss on Friday, and the Ostravan and Belvanian forces withdrew.",
]


# The readings token by token (the helpers as they were before they read the table).
def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.conjuncts:
        if c.pos_ in {"NOUN", "PROPN", "PRON"} and c not in out:
            out.append(c)
    return out


def _pobjs(prep: Token) -> list[Token]:
    return [x for c in prep.children if c.dep_ in {"pobj", "pcomp"} for x in _conjuncts(c)]


def _prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    found: dict[str, list[Token]] = {}
    for c in tok.children:
        if c.dep_ in {"prep", "agent", "dative"} and c.lower_ in preps:
            found.setdefault(c.lower_, []).extend(_pobjs(c))
    return [t for p in preps for t in found.get(p, [])]


def _mention_span(tok: Token) -> tuple[int, int]:
    start, end = tok, tok
    for child in tok.children:
        dep = child.dep_
        keep = child.i < tok.i and dep in {
            "det",
            "amod",
            "compound",
            "poss",
            "nmod",
            "nummod",
            "quantmod",
            "nn",
        }
        if dep == "prep" and child.lower_ == "of" and child.i > tok.i:
            keep = True
        if dep == "appos" and (child.pos_ == "PROPN" or child.ent_type_ in sx.ACTOR_ENTS):
            keep = True
        if keep:
            if child.left_edge.i < start.i:
                start = child.left_edge
            if child.right_edge.i > end.i:
                end = child.right_edge
    doc = tok.doc
    s, e = start.i, end.i
    while s < e and doc[s].is_punct:
        s += 1
    while e > s and doc[e].is_punct:
        e -= 1
    return doc[s].idx, doc[e].idx + len(doc[e].text)


def _negated(tok: Token) -> bool:
    if tok.dep_ in {"pobj", "pcomp"} and tok.head.lower_ == "without" and tok.head is not tok:
        return True
    if (
        tok.dep_ == "nsubj"
        and tok.head.lemma_ == "be"
        and any(c.dep_ == "attr" and c.lemma_.lower() in sx._FALSEHOODS for c in tok.head.children)
    ):
        return True
    if tok.dep_ in {"relcl", "acl"} and tok.head.lower_ == "nothing" and tok.head is not tok:
        return True
    if (
        tok.dep_ in {"xcomp", "ccomp", "advcl"}
        and tok.head is not tok
        and tok.head.lemma_.lower() in sx._PERMITTING
        and any(c.dep_ == "neg" for c in tok.head.children)
    ):
        return True
    return any(
        c.dep_ == "neg"
        or (c.dep_ == "det" and c.lower_ == "no")
        or (c.dep_ == "advmod" and c.lower_ in {"never", "not"})
        or (
            c.dep_ == "advmod"
            and c.lower_ == "longer"
            and any(g.lower_ == "no" for g in c.children)
        )
        or (c.dep_ == "dobj" and c.lower_ == "nothing")
        or (
            c.dep_ in {"nsubj", "nsubjpass"}
            and (
                c.lower_ in {"nobody", "noone", "none", "nothing", "neither"}
                or any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
            )
        )
        for c in tok.children
    )


def _modality(tok: Token) -> str | None:
    if any(c.dep_ == "det" and c.lower_ in {"any", "possible"} for c in tok.children):
        return "possible"
    cur = tok
    for _ in range(5):
        for c in cur.children:
            if c.dep_ in {"aux", "auxpass"}:
                if c.lower_ in sx.INTENT_MODALS:
                    return "intent"
                if c.lower_ in sx.POSSIBLE_MODALS:
                    return "possible"
                if c.lower_ in sx.DEONTIC_MODALS and not (
                    cur.lemma_.lower() in sx._PERFORMED
                    and any(g.dep_ == "nsubj" and g.lower_ in {"i", "we"} for g in cur.children)
                ):
                    return "possible"
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in sx.CONDITIONAL_MARKS for m in c.children
            ):
                return "conditional"
            if c.dep_ == "mark" and c.lower_ in sx.CONDITIONAL_MARKS:
                return "conditional"
            if (
                c.dep_ == "mark"
                and c.lower_ in sx._CONDITION_OF_TIME
                and (c.lower_ in {"until", "till"} or any(k.lower_ == "only" for k in cur.children))
            ):
                return "conditional"
        if cur.lower_ == "going" and any(c.dep_ == "xcomp" for c in cur.children):
            return "intent"
        if cur.dep_ in {"ccomp", "ROOT", "relcl"} or cur.head == cur:
            break
        cur = cur.head
    return None


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) or (
        tok.tag_ == "VBN"
        and tok.dep_ == "acl"
        and not any(c.dep_ in {"dobj", "oprd"} for c in tok.children)
    )


def _entity_modifier(tok: Token) -> Token | None:
    for child in tok.children:
        if (
            child.dep_ in {"compound", "amod", "poss", "nmod"}
            and child.i < tok.i
            and child.ent_type_ in sx.ACTOR_ENTS
            and not (child.dep_ == "nmod" and any(c.dep_ == "case" for c in child.children))
        ):
            return child
    return None


def _ids(tokens: list[Token]) -> list[int]:
    return [t.i for t in tokens]


def test_the_helpers_read_off_the_table_equal_the_tokens(nlp) -> None:
    preps = ("of", *sx.TARGET_PREPS, "by", "between")
    seen = {"conj": 0, "prep": 0, "modal": 0, "passive": 0, "negated": 0}
    for text in TEXTS:
        doc = nlp(text)
        for reading in (False, True):  # outside the coder, and as the coder reads it
            with sx.reading(doc) if reading else nullcontext():
                for tok in doc:
                    assert [c.i for c in sx.children(tok, {"prep", "dobj"})] == [
                        c.i for c in tok.children if c.dep_ in {"prep", "dobj"}
                    ]
                    assert _ids(sx.conjuncts(tok)) == _ids(_conjuncts(tok))
                    assert sorted(sx.subtree_ids(tok)) == [t.i for t in tok.subtree]
                    assert _ids(sx.pobjs(tok)) == _ids(_pobjs(tok))
                    assert _ids(sx.prep_objects(tok, preps)) == _ids(_prep_objects(tok, preps))
                    assert sx.mention_span(tok) == _mention_span(tok)
                    assert sx.negated(tok) is _negated(tok)
                    assert sx.modality(tok) == _modality(tok)
                    assert sx.is_passive(tok) is _is_passive(tok)
                    mod, ref = sx.entity_modifier(tok), _entity_modifier(tok)
                    assert (mod.i if mod else None) == (ref.i if ref else None)
                    subj = sx.first_child(tok, sx.SUBJ_DEPS)
                    ref_subj = next((c for c in tok.children if c.dep_ in sx.SUBJ_DEPS), None)
                    assert (subj.i if subj else None) == (ref_subj.i if ref_subj else None)
                    seen["conj"] += len(sx.conjuncts(tok)) > 1
                    seen["prep"] += bool(sx.prep_objects(tok, preps))
                    seen["modal"] += sx.modality(tok) is not None
                    seen["passive"] += sx.is_passive(tok)
                    seen["negated"] += sx.negated(tok)
    assert all(n >= 2 for n in seen.values()), seen


def test_table_of_is_the_documents_table_inside_and_outside_reading(nlp) -> None:
    doc, other = nlp(TEXTS[0]), nlp(TEXTS[1])
    with sx.reading(doc):
        kept = sx.table_of(doc)
        assert sx.table_of(doc) is kept  # the same table while the coder reads doc
        assert sx.table_of(other).dep == token_table(other).dep  # another document: its own
        assert kept.dep == token_table(doc).dep
    assert sx.table_of(doc) is not kept  # nothing kept after
