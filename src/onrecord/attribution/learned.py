"""Attributions the rules pass over, proposed from the parse and kept by a learned model.

PolNeAR marks many attributions that no hand rule reads: positions and attitudes in the
writer's words ("Voss mocked the envoy's plan", "Marr declined to comment", "the ministry
was eager to sign", "Voss argued over the tariffs", "his appetite for the deal"), and
statements nested inside another's content. For every verb, adjective or noun whose lemma is
a cue in PolNeAR train that the model can keep (its ``cue_lemmas``: one of the lemma's
training proposals scored near the threshold) and is not already the cue of a statement
found by the rules, this stage proposes its dependents as contents -- its clausal complement,
its infinitive, its object (with an "as"/"for" phrase), the object of each of its
prepositions -- with its holder as speaker (a verb's subject; a noun's possessor, or the
subject of the verb it is the object of), and a linear model over the cue word, the
relation, the speaker and the span scores each proposal. The best proposal of a word is kept
when the model gives it at least ``threshold``.

The model is trained by ``scripts/train_learned.py`` on PolNeAR train (cross-validated
there) and shipped as ``data/learned_model.npz``; without that file the stage proposes
nothing.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from io import BytesIO
from itertools import accumulate, repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from onrecord.attribution.bounds import choose as choose_bounds
from onrecord.attribution.context import Context, Found, not_a_speaker
from onrecord.attribution.model import Attribution
from onrecord.attribution.reported import (
    CITING,
    LIFE_STAGES,
    a_call,
    asked_aside,
    citing_aside,
    clean_span,
    first_of,
    time_object,
)
from onrecord.attribution.speakers import (
    is_person_head,
    people_word,
    requested_act,
    subject_of,
)
from onrecord.nlp import (
    QUESTIONING_VERBS,
    TokenTable,
    anonymity_terms_of,
    asked_whether,
    token_table,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

# dependents of the cue word that may hold its content
_CLAUSES = frozenset({"ccomp", "xcomp", "dobj", "advcl", "oprd", "attr", "acomp", "acl"})
# phrases after an object that belong with it ("cast the deal as a betrayal")
_OBJECT_TAILS = frozenset({"as", "for", "of", "over", "with", "to"})
_CUE_POS = frozenset({"VERB", "AUX", "ADJ", "NOUN"})
# the hand lexicon's groups a cue word may belong to (cues.yaml)
_GROUPS = ("speech", "cognition", "intention", "object_content", "stance", "address", "prep_verbs")
_MODALS = frozenset({"will", "would", "could", "should", "may", "might", "must", "can"})


@dataclass(slots=True)
class Proposal:
    """One proposed content of one cue word."""

    cue: Token
    relation: str  # "rel:dobj", "prep:about", "prepw:about" (the preposition kept)
    lo: int  # token range [lo, hi) of the content
    hi: int
    speaker: Token
    span: tuple[int, int]  # character offsets after the usual clean-up
    features: list[str]
    score: float  # the model's (0 while recording)


@dataclass(frozen=True, slots=True)
class LearnedModel:
    weights: dict[str, float]
    bias: float
    threshold: float
    cue_lemmas: frozenset[str]

    def score(self, features: list[str]) -> float:
        return self.sigmoid(self.logit(features))

    def logit(self, features: list[str]) -> float:
        """The summed weights of ``features``, without the bias (a part of a score)."""
        # map(dict.get, ...) rather than a generator: the same weights summed in the same
        # order (the same sum), without a Python step per feature (thousands of proposals
        # are scored per document)
        return sum(map(self.weights.get, features, repeat(0.0)))

    def sigmoid(self, part: float) -> float:
        """The score of features whose :meth:`logit` is ``part``."""
        return 1.0 / (1.0 + math.exp(-(self.bias + part)))

    def save(self, path: Path) -> None:
        names = sorted(self.weights)
        with path.open("wb") as fh:
            np.savez_compressed(
                fh,
                names=np.array(names),
                weights=np.array([self.weights[n] for n in names], dtype=np.float32),
                bias=np.float64(self.bias),
                threshold=np.float64(self.threshold),
                cue_lemmas=np.array(sorted(self.cue_lemmas)),
            )


def read_model(data: bytes) -> LearnedModel:
    with np.load(BytesIO(data), allow_pickle=False) as z:
        names = [str(n) for n in z["names"]]
        return LearnedModel(
            weights=dict(zip(names, (float(w) for w in z["weights"]))),
            bias=float(z["bias"]),
            threshold=float(z["threshold"]),
            cue_lemmas=frozenset(str(x) for x in z["cue_lemmas"]),
        )


MODEL_PATH = Path(__file__).resolve().parent / "data" / "learned_model.npz"


@lru_cache(maxsize=1)
def _packaged() -> LearnedModel | None:
    path = files("onrecord.attribution").joinpath("data/learned_model.npz")
    if not path.is_file():
        return None
    return read_model(path.read_bytes())


class _State:
    model: LearnedModel | None = None
    packaged = True
    recorder: list[Any] | None = None  # set by the training script: proposals, not kept


def set_model(model: LearnedModel | None, *, packaged: bool = False) -> None:
    """Use ``model`` (None: no learned stage), or the packaged one again."""
    _State.model, _State.packaged = model, packaged


def set_recorder(recorder: list[Any] | None) -> None:
    """Record every proposal (with its features) in ``recorder`` and keep none."""
    _State.recorder = recorder


def _model() -> LearnedModel | None:
    return _packaged() if _State.packaged else _State.model


def learned_statements(ctx: Context, found: list[Found]) -> list[Found]:
    """The proposals the model keeps, as statements (see the module docstring)."""
    model = _model()
    recorder = _State.recorder
    if model is None and recorder is None:
        return []
    if recorder is not None:
        recorder.append(_proposals(ctx, found, None))
        return []
    assert model is not None
    out: list[Found] = []
    for p in select([(p.score, p) for p in _proposals(ctx, found, model)], model.threshold):
        cue = (p.cue.idx, p.cue.idx + len(p.cue.text))
        att = Attribution(kind="indirect", spans=[p.span], cue=cue)
        out.append(Found(att=att, pos=min(p.span[0], cue[0]), speaker_tok=p.speaker))
    return out


def select(scored: list[tuple[float, Proposal]], threshold: float) -> list[Proposal]:
    """Each cue word's best proposal scoring at least ``threshold``, best first, less those
    on nearly the words of a better one."""
    best: dict[int, tuple[float, Proposal]] = {}
    for s, p in scored:
        if s >= threshold and (p.cue.i not in best or s > best[p.cue.i][0]):
            best[p.cue.i] = (s, p)
    out: list[Proposal] = []
    for _s, p in sorted(best.values(), key=lambda x: -x[0]):
        if not any(_same_words(p.span, q.span) for q in out):
            out.append(p)
    return out


def _same_words(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Do two character spans share at least 80 % of the longer one?"""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= 0.8 * max(a[1] - a[0], b[1] - b[0])


def _proposals(ctx: Context, found: list[Found], model: LearnedModel | None) -> list[Proposal]:
    """Every proposal (while recording: ``model`` None), or those ``model`` scores at
    least its threshold, each with its score."""
    doc = ctx.doc
    table = token_table(doc)
    lemmas, idxs = table.lemma_lower, table.idx
    cue_starts = {f.att.cue[0] for f in found if f.att.cue is not None}
    spans = [(f.att.spans[0][0], f.att.spans[-1][1]) for f in found]
    # A proposal may hold another's statement whose speaker is part of its words ("said
    # [Trump believes that ...]": nested), not one carried by a noun ("stuck to [his claim
    # that ...]") or one whose speaker stands outside it ("issued a statement [joining Ostrava
    # in calling for ...]", "agreed, [praising the envoys ...]"): that is the same statement.
    held = [
        (
            f.att.spans[0][0],
            f.att.spans[-1][1],
            f.speaker_tok.idx if f.speaker_tok is not None else -1,
            f.att.cue is not None
            and (t := ctx.last_token(*f.att.cue)) is not None
            and t.pos_ == "NOUN",
        )
        for f in found
    ]
    deps = table.dep
    # is a character position inside one of the rules' statements? (starts sorted, with the
    # farthest end reached so far)
    by_start = sorted(spans)
    starts = [s for s, _ in by_start]
    reach = list(accumulate((e for _, e in by_start), max))
    groups_of: dict[str, list[str]] = {}
    known = model.cue_lemmas if model is not None else None
    # the terms of a source's anonymity ("who declined to be named") say nothing, as in the rules
    anonymous = anonymity_terms_of(doc)
    out: list[Proposal] = []
    # the words of a cue's part of speech (and, with a model, a lemma it knows), read off
    # the table's positions of those parts of speech (a Python step for each of the
    # document's words cost more than the tests on the few that pass)
    worth = table.positions_of("pos", _CUE_POS)
    if known is not None:
        worth = [i for i in worth if lemmas[i] in known]
    for i in worth:
        lemma = lemmas[i]
        # a dependent after the word that may hold a content (read off the table: most
        # words have none, and build no Token; a loop, not any() over a generator, which
        # costs an exception to close when it stops early)
        for c in table.children(i):
            if c > i and (deps[c] in _CLAUSES or deps[c] == "prep"):
                break
        else:
            continue
        at = idxs[i]  # tok.idx, read before a Token is built (two words in five stop here)
        if at in cue_starts or i in anonymous or ctx.skipped(at) or _as_clause(table, i):
            continue
        tok = doc[i]
        if lemma in CITING and citing_aside(tok, ctx.cues):
            continue  # "said, citing officials, the talks would resume": the rules read it
        if lemma in QUESTIONING_VERBS and asked_aside(tok, ctx.cues):
            continue  # "Voss, asked about the plan, said": Voss asked nothing
        if asked_whether(tok):
            continue  # "Asked whether Orlin planned to ...": Orlin said nothing
        if deps[i] == "xcomp" and requested_act(tok):
            continue  # "urged the council to reject the plan": the council rejected nothing
        if lemma in _SENDING_PEOPLE and _people_sent(tok):
            continue  # "recalled its ambassador from Sarn": an envoy moved, nothing said
        if lemma == "call" and _called(tok):
            continue  # "called an emergency meeting", "called Orlin": as the rules read it
        # the holder first: it rules out far more words than the contents do (4 in 10)
        speaker = _holder(table, tok)
        if (
            speaker is None
            or ctx.paragraph_of(speaker.idx) != ctx.paragraph_of(tok.idx)
            or not_a_speaker(ctx, speaker)  # as the rules decide ("It said" of nothing)
        ):
            continue
        contents = _contents(doc, table, i)
        if not contents:
            continue
        groups = groups_of.get(lemma)
        if groups is None:
            groups = groups_of[lemma] = [g for g in _GROUPS if lemma in getattr(ctx.cues, g)]
        k = bisect_right(starts, tok.idx) - 1
        inside = k >= 0 and reach[k] > tok.idx
        base = _cue_features(ctx, table, tok, lemma, speaker.i, groups, inside)
        base_z = model.logit(base) if model is not None else 0.0
        by_group = [f"gr={g}|" for g in groups] or ["gr=none|"]
        as_view = lemma in ctx.cues.as_object  # "saw Marr as a threat": the rules decide
        for relation, lo, hi, top in contents:
            if as_view and relation.startswith("rel:dobj"):
                continue
            own = _span_features(table, relation, lemma, i, lo, hi, top)
            own += [g + relation for g in by_group]
            score = model.sigmoid(base_z + model.logit(own)) if model is not None else 0.0
            if model is not None and score < model.threshold:
                continue
            feats = base + own
            toks = list(doc[lo:hi])
            span = clean_span(ctx, toks)
            if span is None:
                continue
            # The boundary chooser of the rules' statements places the end only (it learned
            # its starts on verb clauses), within the cue word's own phrase ("appetite for
            # [the treaty]", not "... surprised Lorvik") and short of its time phrases
            # ("pondered [the warning] on Tuesday").
            span = (span[0], choose_bounds(ctx, tok, toks, span, _phrase_end(tok, hi))[1])
            if any(_same_words(span, s) for s in spans):
                continue  # the rules' statement
            if any(
                span[0] <= s0 and s1 <= span[1] and (noun or not span[0] <= who < span[1])
                for s0, s1, who, noun in held
            ):
                continue  # the same statement again, wrapped
            out.append(Proposal(tok, relation, lo, hi, speaker, span, feats, score))
    return out


# verbs that move people or forces somewhere ("recalled its ambassador", "summoned the envoy")
_SENDING_PEOPLE = frozenset({"recall", "summon", "expel", "withdraw", "send", "dispatch"})


def _people_sent(verb: Token) -> bool:
    """Is the object of ``verb`` people it moves ("its ambassador", "two diplomats", "troops")?"""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and (is_person_head(obj) or people_word(obj))


def _called(verb: Token) -> bool:
    """Is "call" a telephone call, a summons or a gathering called (:func:`a_call`)?"""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and a_call(verb, obj)


def _phrase_end(tok: Token, hi: int) -> int:
    """The last token a content ending at ``hi`` may run on to: the end of the cue word's
    phrase, less its dependents after the content that say when."""
    later = [
        c.right_edge.i
        for c in tok.children
        if c.i >= hi
        and c.dep_ != "punct"
        and c.ent_type_ not in {"DATE", "TIME"}
        and not (c.dep_ == "prep" and time_object(c, {"pobj"}))
    ]
    return max([hi - 1, *later])


def _as_clause(table: TokenTable, i: int) -> bool:
    """ "As Voss said he would, ...", "as she showed in the debates": the rules read what an
    "as" clause stands for, or decide it says nothing (``reported._as_clause``)."""
    deps, lowers = table.dep, table.lower
    return deps[i] == "advcl" and any(
        deps[c] == "mark" and lowers[c] == "as" for c in table.children(i)
    )


def _holder(table: TokenTable, tok: Token) -> Token | None:
    """Whose word it is: a verb's subject; for "eager to", the copula's; a noun's possessor
    ("his support for the plan"), or the subject of the verb it is the object of ("voiced
    support for the plan")."""
    # the labels off the document's token table: a Token only for the holder
    doc, i = tok.doc, tok.i
    poses, deps = table.pos, table.dep
    pos = poses[i]
    if pos == "NOUN":
        poss = next((c for c in table.children(i) if deps[c] == "poss"), None)
        if poss is not None:
            return doc[poss] if poses[poss] in {"PRON", "PROPN", "NOUN"} else None
        head = table.head[i]
        if deps[i] == "dobj" and poses[head] == "VERB":
            return subject_of(doc[head])
        return None
    return subject_of(tok.head if pos == "ADJ" and deps[i] == "acomp" else tok)


def _contents(doc: Any, table: TokenTable, i: int) -> list[tuple[str, int, int, int]]:
    """The dependents of word ``i`` that may hold its content: (relation, token range, the
    phrase's head)."""
    # labels and words off the token table: a Token is built only for a dependent taken (for
    # its edges), not for the word's every child and grandchild
    deps, lowers, lemmas, kids = table.dep, table.lower, table.lemma, table.children
    later = [c for c in kids(i) if c > i]
    out = []
    for c in later:
        dep = deps[c]
        if dep in _CLAUSES:
            tok = doc[c]
            lo, hi = tok.left_edge.i, tok.right_edge.i + 1
            out.append((f"rel:{dep}", lo, hi, c))
            if dep == "dobj":
                tail = [
                    doc[x].right_edge.i + 1
                    for x in later
                    if x > c
                    and deps[x] in {"prep", "oprd", "xcomp", "advcl"}
                    and lowers[x] in _OBJECT_TAILS
                    # "saw a movie as a child": when, not how
                    and not any(lemmas[g].lower() in LIFE_STAGES for g in kids(x))
                ]
                if tail and max(tail) > hi:
                    out.append(("rel:dobj+", lo, max(tail), c))
        elif dep == "prep":
            obj = first_of(kids(c), deps, _PREP_OBJECTS)
            if obj is None:
                continue
            tok = doc[c]
            lo, hi = tok.left_edge.i, tok.right_edge.i + 1
            if hi - lo > 1 and not time_object(tok, {"pobj"}):
                # ("argued for months", "spoke on Tuesday": when, not what)
                out.append((f"prep:{lowers[c]}", lo + 1, hi, obj))
                out.append((f"prepw:{lowers[c]}", lo, hi, c))
    return out


_PREP_OBJECTS = frozenset({"pobj", "pcomp"})


def _cue_features(
    ctx: Context,
    table: TokenTable,
    tok: Token,
    lemma: str,
    sp: int,
    groups: list[str],
    inside: bool,
) -> list[str]:
    # the cue word's and the speaker's (token ``sp``) labels off the token table
    i = tok.i
    pos, dep, lowers = table.pos, table.dep, table.lower
    head = table.head[i]
    f = [
        f"lem={lemma}",
        f"pos={pos[i]}|{dep[i]}",
        f"tag={table.tag[i]}",
        f"hd={table.lemma[head].lower()}|{dep[i]}" if head != i else "root",
        f"sp={pos[sp]}|{table.ent_type[sp]}|{dep[sp]}",
    ]
    f.append(f"lsp={lemma}|{pos[sp]}")
    if pos[sp] == "PRON":
        f.append(f"spw={lowers[sp]}")
    for c in table.children(i):
        d = dep[c]
        if d == "neg":
            f.append("neg")
        elif d == "aux" and lowers[c] in _MODALS:
            f.append("modal")
        elif d in {"nsubjpass", "auxpass"}:
            f.append("passive")
        elif d == "prt":
            f.append(f"prt={lemma}|{lowers[c]}")
    f += [f"grp={g}" for g in groups] or ["grp=none"]
    if inside:
        f.append("inside")
        f += [f"inside|{g}" for g in groups]
    if ctx.in_quote(tok.idx):
        f.append("quoted")
    return f


def _span_features(
    table: TokenTable, relation: str, lemma: str, cue_i: int, lo: int, hi: int, top: int
) -> list[str]:
    n = hi - lo
    size = "1" if n == 1 else "2" if n == 2 else "3-4" if n <= 4 else "5-9" if n <= 9 else "10+"
    pos, ents = table.pos, table.ent_type
    word = table.lower[lo] if pos[lo] in {"SCONJ", "ADP", "PART", "DET", "PRON"} else pos[lo]
    gap = lo - cue_i
    out = [
        f"rel={relation}",
        f"lf={lemma}|{word}",
        f"gap={gap if gap < 4 else '4+'}",
        f"lr={lemma}|{relation}",
        f"len={size}",
        f"rl={relation}|{size}",
        f"first={word}",
        f"top={pos[top]}|{ents[top] or '-'}",
    ]
    if n <= 3:
        # the word of a short content ("declined to comment", "hinted at that"); a name
        # stands for its kind, so that no one person's name is learned
        out.append(f"toplem={table.lemma[top].lower() if pos[top] != 'PROPN' else ents[top]}")
    return out
