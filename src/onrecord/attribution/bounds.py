"""Learned content boundaries for reported statements.

A cue verb's reported content (``reported._complement``) is one subtree of the parse, trimmed
by hand rules; where it really starts and ends is a choice the rules cannot weigh: "tweeted
*in the early morning hours* that ...", "said the time is over*, and the nation has to act*",
"called *Trump's statements on Sunday* “childish”". Here a few candidate spans are made from
the parse around the rule's span (starting at each right-side child of the cue, after a
leading adverbial or marker, ...; ending at the right edge of each later sibling, before a
set-off aside, at the sentence's end, ...) and a linear model over cheap features of each
boundary (dependency labels, parts of speech, punctuation around it, what it leaves in or
out: the relation of each piece and the word marking its clause, "because", "while", "that";
the closed-class word heading a piece, "but", "on", "and"; a verb conjoined in the cue's own
tense; first-person words; quotation marks), crossed with the cue word and with its lexicon
group, picks one.

The model file (``data/bounds_model.npz``, written by ``scripts/train_bounds.py``) holds two
plain arrays, feature names and weights, loaded with ``allow_pickle=False``. Without it the
rule's span is kept.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import repeat
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from spacy.strings import hash_string

if TYPE_CHECKING:
    from spacy.tokens import Token

    from onrecord.attribution.context import Context
    from onrecord.attribution.lexicon import CueLexicon
    from onrecord.attribution.model import Offsets
    from onrecord.nlp import TokenTable

MODEL_FILE = "bounds_model.npz"
MODEL_PATH = Path(__file__).resolve().parent / "data" / MODEL_FILE

# Marks that open or close a quotation stay at a content's edge (the statement may start or
# end with quoted words); any other punctuation at an edge is trimmed.
_OPEN_MARKS = frozenset('“"«‘')
_CLOSE_MARKS = frozenset('”"»’')
_CLOSED_POS = frozenset({"DET", "ADP", "SCONJ", "PRON", "AUX", "PART", "CCONJ"})
_TIME_ENTS = frozenset({"DATE", "TIME"})


_NO_WEIGHTS: dict[str, float] = {}
_KEY_SETS_KEPT = 4096  # the cues whose added-up crossed weights a model keeps


class _KeyWeights(dict[str, float]):
    """A feature's weights crossed with each of a cue's keys, added up in the keys' order,
    each feature's sum made when first asked for and kept: a boundary's crossed and wide
    features are each looked up once, not once per key."""

    __slots__ = ("_by_key",)

    def __init__(self, by_key: list[dict[str, float]]) -> None:
        super().__init__()
        self._by_key = by_key

    def __missing__(self, name: str) -> float:
        total = self[name] = sum([w.get(name, 0.0) for w in self._by_key])
        return total


class BoundsModel:
    """Feature weights: a candidate's score is the sum of its features' weights."""

    def __init__(self, names: list[str], weights: list[float]) -> None:
        self.weights = dict(zip(names, (float(w) for w in weights)))
        self._crossed: dict[str, dict[str, float]] | None = None
        self._merged: dict[tuple[str, ...], _KeyWeights] = {}
        self._pairs: dict[tuple[str, str], float] = {}

    def score(self, feats: list[str]) -> float:
        return sum(map(self.weights.get, feats, repeat(0.0, len(feats))))

    def crossed_weights(self, key: str) -> dict[str, float]:
        """The weights of the features crossed with ``key``: ``{f: weight of "key|f"}``.

        Lets a boundary be scored without writing out its crossed feature names (see
        :func:`_crossed_score`). Built once per model: a name is filed under every prefix
        ending before one of its "|" (names are looked up whole, so a "|" inside a word
        files a name under a prefix no key has, never under a wrong one).
        """
        index = self._crossed
        if index is None:
            index = {}
            for name, w in self.weights.items():
                cut = name.find("|")
                while cut >= 0:
                    index.setdefault(name[:cut], {})[name[cut + 1 :]] = w
                    cut = name.find("|", cut + 1)
            self._crossed = index
        return index.get(key, _NO_WEIGHTS)

    def pair_score(self, n: int, rule_n: int) -> float:
        """The score of the features of a candidate of ``n`` tokens that is not the rule's
        (of ``rule_n`` tokens), ``score(_pair_feats(...))``: they are the bins of the two
        lengths only, so each pair of bins is scored once per model."""
        key = (_bin(n), _bin(abs(n - rule_n)))
        found = self._pairs.get(key)
        if found is None:
            found = self._pairs[key] = self.score([f"len={key[0]}", f"dlen={key[1]}"])
        return found

    def key_weights(self, keys: tuple[str, ...]) -> _KeyWeights:
        """The weights of the features crossed with every key of ``keys`` (a cue's word and
        its groups), added up: ``weights[f]`` is the sum over the keys of the weight of
        "key|f" (see :class:`_KeyWeights`). Kept per cue, for the most recent
        ``_KEY_SETS_KEPT`` cues: a text's cue words come back in every choice."""
        found = self._merged.get(keys)
        if found is None:
            if len(self._merged) >= _KEY_SETS_KEPT:
                self._merged.clear()
            found = self._merged[keys] = _KeyWeights([self.crossed_weights(k) for k in keys])
        return found

    def save(self, path: Path) -> None:
        names = sorted(self.weights)
        np.savez_compressed(
            path,
            names=np.array(names, dtype=np.str_),
            weights=np.array([self.weights[n] for n in names], dtype=np.float64),
        )


def read_model(path: Path) -> BoundsModel:
    """A model file: plain arrays only (no pickle)."""
    with np.load(path, allow_pickle=False) as z:
        return BoundsModel([str(n) for n in z["names"]], z["weights"].tolist())


@lru_cache(maxsize=1)
def _packaged() -> BoundsModel | None:
    return read_model(MODEL_PATH) if MODEL_PATH.exists() else None


class _State:
    """The model in use (the packaged one unless a training run sets another) and an
    optional recorder of every choice's candidates (for training)."""

    model: BoundsModel | None = None
    use_packaged: bool = True
    recorder: list | None = None


STATE = _State()


def set_model(model: BoundsModel | None, *, packaged: bool = False) -> None:
    """Use ``model`` (None: keep the rule's span), or the packaged model again."""
    STATE.model = model
    STATE.use_packaged = packaged


def _model() -> BoundsModel | None:
    return _packaged() if STATE.use_packaged else STATE.model


def _trim_start(toks: _Window, i: int, hi: int) -> int:
    # tokens the chooser's window covers (see _Window.cover): read by index
    infos, base = toks.info, toks.base
    while i <= hi:
        info = infos[i - base]
        if not ((info[_PUNCT] and info[_ORTH] not in _OPEN_ORTHS) or info[_SPACE]):
            break
        i += 1
    return i


def _trim_end(toks: _Window, i: int, lo: int) -> int:
    infos, base = toks.info, toks.base  # covered tokens, as in _trim_start
    while i >= lo:
        info = infos[i - base]
        if not (
            (info[_PUNCT] and info[_ORTH] not in _CLOSE_ORTHS)
            or info[_SPACE]
            or (info[_DEP] == "cc" and i > lo)
        ):
            break
        i -= 1
    return i


_CAPS = (0, 1, 2, 4, 8, 16, 32)
# the bin of each count from 0 to the last cap, looked up rather than searched for
_BIN_OF = [str(next(cap for cap in _CAPS if n <= cap)) for n in range(_CAPS[-1] + 1)]


def _bin(n: int) -> str:
    """The smallest cap ``n`` is at most, else "more"."""
    return _BIN_OF[max(n, 0)] if n <= _CAPS[-1] else "more"


# The feature names are made once for each combination of what they say and kept (a
# chooser's boundaries describe tens of thousands of tokens and stretches, mostly with the
# same few labels): no string is formatted, nor its hash computed, again for each of them.
# Bounded, as the words of punctuation tokens are not a closed set.
_NAMES_KEPT = 1 << 14


@lru_cache(maxsize=_NAMES_KEPT)
def _tok_names(prefix: str, pos: str, dep: str, word: str | None, vbg: bool) -> tuple[str, ...]:
    out = [f"{prefix}p={pos}", f"{prefix}d={dep}"]
    if word is not None:
        out.append(f"{prefix}w={word}")
    if vbg:
        out.append(f"{prefix}vbg")
    return tuple(out)


def _tok_feats(prefix: str, info: _TokInfo) -> list[str]:
    word = info[_LOWER] if info[_PUNCT] or info[_POS] in _CLOSED_POS else None
    return list(_tok_names(prefix, info[_POS], info[_DEP], word, info[_VBG]))


def _region_feats(prefix: str, lo: int, hi: int, where: _Where) -> list[str]:
    """What a stretch left in or out holds: its size, the roots of its pieces (their
    relation, what they hang on: the cue, the rule's content or elsewhere, whether a root
    has a subject of its own), a time expression, a comma, another cue verb."""
    size, roots, held = _region_parts(prefix, lo, hi, where)
    return size + roots + held


def _region_parts(
    prefix: str, lo: int, hi: int, where: _Where
) -> tuple[list[str], list[str], list[str]]:
    """:func:`_region_feats` in its three parts, in order: the size ("n=", or "none" for an
    empty stretch), the pieces' roots (the "h=" features) and what the stretch holds."""
    if hi < lo:
        return [_size_name(prefix, None)], [], []
    size = [_size_name(prefix, _bin(hi - lo + 1))]
    out: list[str] = []
    flags = 0
    verb, s0, e0, cue_tag = where.verb, where.s0, where.e0, where.cue_tag
    infos, base = where.toks.info, where.toks.base  # covered tokens, as in _trim_start
    for i, info in enumerate(infos[lo - base : hi + 1 - base], lo):
        flags |= info[_FLAG_BITS]
        head = info[_HEAD]
        if info[_PUNCT] or (lo <= head <= hi and head != i):
            continue  # only the roots of the stretch's pieces (most tokens are not one)
        _, dep, _, vbg, subj, _, mark, tag, word = info[:9]
        att = "cue" if head == verb else "rule" if s0 <= head <= e0 else "else"
        out += _root_names(
            prefix, dep, att, mark, vbg, subj, word, dep == "conj" and tag == cue_tag
        )
    held = list(_held_names(prefix, flags)) if flags else []
    return size, out, held


@lru_cache(maxsize=_NAMES_KEPT)
def _size_name(prefix: str, size: str | None) -> str:
    """A stretch's size feature ("none" for an empty stretch); kept as _tok_names are."""
    return f"{prefix}none" if size is None else f"{prefix}n={size}"


@lru_cache(maxsize=_NAMES_KEPT)
def _root_names(
    prefix: str, dep: str, att: str, mark: str, vbg: bool, subj: bool, word: str, conj_cue: bool
) -> tuple[str, ...]:
    """The features of one root of a stretch's pieces (see _region_parts); kept as
    _tok_names are."""
    out = [f"{prefix}h={dep}", f"{prefix}h={dep}@{att}"]
    if mark:
        out.append(f"{prefix}h={dep}+mark={mark}")
    if vbg:
        out.append(f"{prefix}h=vbg")
    if subj:
        out.append(f"{prefix}h={dep}+subj")
    if word:
        out.append(f"{prefix}h={dep}+w={word}")
    if conj_cue:
        out.append(f"{prefix}h=conj+cuetag")
    return tuple(out)


@lru_cache(maxsize=_NAMES_KEPT)
def _held_names(prefix: str, flags: int) -> tuple[str, ...]:
    """What a stretch holds, from its tokens' flag bits (see _FLAGS); kept as _tok_names are."""
    return tuple(f"{prefix}{name}" for bit, name in _FLAGS if flags & bit)


# what a stretch holds anywhere in it, as bits of a token's flags (in the order of
# _region_feats' features)
_FLAGS = ((1, "time"), (2, "comma"), (4, "cueverb"), (8, "first"), (16, "quote"))
_SUBJ = frozenset({"nsubj", "nsubjpass", "expl"})
_NSUBJ = frozenset({"nsubj", "nsubjpass"})
_FIRST = frozenset({"i", "me", "my", "we", "us", "our"})
_MARKS = _OPEN_MARKS | _CLOSE_MARKS
# The same marks as spaCy's hashes of their text (a token's ``orth``): the features compare
# hashes, so no token's text is read as a string.
_OPEN_ORTHS = frozenset(map(hash_string, _OPEN_MARKS))
_CLOSE_ORTHS = frozenset(map(hash_string, _CLOSE_MARKS))
_MARK_ORTHS = frozenset(map(hash_string, _MARKS))
_COMMA_ORTH = hash_string(",")


# head, relation, punctuation, participle, own subject (nsubj, nsubjpass or expl), the flag
# bits of _FLAGS, the word marking it ("that", "because", "while"), fine tag, the word when
# a closed-class one, part of speech, lower-case form, the hash of its text (``orth``), white
# space, own nominal subject (nsubj or nsubjpass)
_TokInfo = tuple[int, str, bool, bool, bool, int, str, str, str, str, str, int, bool, bool]
_HEAD, _DEP, _PUNCT, _VBG, _FLAG_BITS, _TAG, _POS, _LOWER, _ORTH = 0, 1, 2, 3, 5, 7, 9, 10, 11
_SPACE, _NSUBJ_AT = 12, 13


class _Window:
    """What the features need of each token of a stretch of the parse, put together once.

    The features look at the same tokens many times (every candidate start and end
    describes the stretches around it), so each token's attributes are read off the
    document's token table (``nlp.token_table``: no spaCy ``Token`` built) into one tuple
    when a stretch first reaches it. The window only grows, and lives as long as one choice.

    Once the chooser knows which tokens its candidates can reach, it covers them all
    (:meth:`cover`), and the features read ``info[i - base]`` directly: a method call for
    each of the tens of thousands of reads cost more than the reads.
    """

    __slots__ = ("_cols", "base", "cue_verbs", "info")

    def __init__(self, t: TokenTable, cue_verbs: frozenset[str]) -> None:
        self.cue_verbs = cue_verbs
        # the table's columns, looked up once per choice (unpacked by _read)
        self._cols = (
            (t.head, t.dep, t.tag, t.pos, t.lower, t.orth),
            (t.ent_type, t.lemma_lower, t.is_punct, t.is_space),
            t.children,
        )
        self.info: list[_TokInfo] = []  # the infos of tokens base, base + 1, ...
        self.base = 0

    def cover(self, lo: int, hi: int) -> None:
        """Read tokens ``lo`` to ``hi`` (both included; ``0 <= lo <= hi < len``) into the
        window, if they are not in it yet: ``info[i - base]`` is then token ``i``'s info."""
        if not self.info:
            self.info, self.base = self._read(lo, hi + 1), lo
            return
        if lo < self.base:
            self.info[:0] = self._read(lo, self.base)
            self.base = lo
        end = self.base + len(self.info)
        if hi >= end:
            self.info += self._read(end, hi + 1)

    def infos(self, lo: int, hi: int) -> list[_TokInfo]:
        """The infos of tokens ``lo`` to ``hi`` (both included; ``0 <= lo <= hi < len``)."""
        self.cover(lo, hi)
        return self.info[lo - self.base : hi + 1 - self.base]

    def at(self, i: int) -> _TokInfo:
        """The info of token ``i``."""
        j = i - self.base
        if 0 <= j < len(self.info):
            return self.info[j]
        return self.infos(i, i)[0]

    def _read(self, start: int, end: int) -> list[_TokInfo]:
        (heads, deps, tags, poss, lowers, orths), (ents, lemmas, puncts, spaces), children = (
            self._cols
        )
        cue_verbs = self.cue_verbs
        out: list[_TokInfo] = []
        for i in range(start, end):
            pos, tag, lower, orth = poss[i], tags[i], lowers[i], orths[i]
            subj = nsubj = False
            mark = ""
            for c in children(i):
                dep = deps[c]
                if dep in _SUBJ:
                    subj = True
                    nsubj = nsubj or dep in _NSUBJ
                elif dep == "mark" and not mark:
                    mark = lowers[c]
            flags = (
                (1 if ents[i] in _TIME_ENTS else 0)
                | (2 if orth == _COMMA_ORTH else 0)
                | (4 if pos == "VERB" and lemmas[i] in cue_verbs else 0)
                | (8 if lower in _FIRST else 0)
                | (16 if orth in _MARK_ORTHS else 0)
            )
            out.append(
                (
                    heads[i],
                    deps[i],
                    puncts[i],
                    tag == "VBG",
                    subj,
                    flags,
                    mark,
                    tag,
                    lower if pos in _CLOSED_POS else "",
                    pos,
                    lower,
                    orth,
                    spaces[i],
                    nsubj,
                )
            )
        return out


class _Where:
    """The cue verb, the rule's content (first and last token), and the tokens' infos."""

    __slots__ = ("cue_tag", "e0", "s0", "toks", "verb")

    def __init__(self, toks: _Window, verb: int, s0: int, e0: int) -> None:
        self.toks, self.verb, self.s0, self.e0 = toks, verb, s0, e0
        self.cue_tag = toks.at(verb)[_TAG]


# A boundary's features, as _start_feats and _end_feats give them: all of them, in order;
# those crossed with the cue word; the others ("wide"); the feature of the word at its edge
# ("s-1:w=..." or "e+1:w=...", None without one). The last three are what _split and the
# loop over the features in _crossed find, known here from where each feature comes from
# (a chooser's every boundary is scored, and finding them again by each feature's prefix
# was a large part of the scoring).
_Feats = tuple[list[str], list[str], list[str], str | None]


def _edge_word(feats: list[str], prefix: str) -> str | None:
    """The word feature (``prefix``, "s-1:w=" or "e+1:w=") of one token's
    :func:`_tok_feats`, if it has one (its third feature)."""
    return feats[2] if len(feats) > 2 and feats[2].startswith(prefix) else None


def _start_feats(s: int, lo: int, where: _Where) -> _Feats:
    # crossed: "s+in:", "s+out:" and "s_ex:h..." (the prefixes _split crosses for a start)
    s0, infos, base = where.s0, where.toks.info, where.toks.base  # covered tokens
    wide = _tok_feats("s0:", infos[s - base])
    edge = None
    if s - 1 >= 0:
        before = _tok_feats("s-1:", infos[s - 1 - base])
        edge = _edge_word(before, "s-1:w=")
        wide += before
        if s - 1 == where.verb:
            wide.append("s-1:cue")
    if s < s0:
        crossed = _region_feats("s+in:", s, s0 - 1, where)
    elif s > s0:
        crossed = _region_feats("s+out:", s0, s - 1, where)
    else:
        crossed = []
    size, roots, held = _region_parts("s_ex:", lo, s - 1, where)
    feats = wide + crossed + size + roots + held
    return feats, crossed + roots, wide + size + held, edge


def _end_feats(n_doc: int, e: int, hi: int, where: _Where) -> _Feats:
    # crossed: "e+1:", "e+2:", "e+in:", "e+out:" and "e_ex:h..." (the prefixes _split
    # crosses for an end)
    e0, infos, base = where.e0, where.toks.info, where.toks.base  # covered tokens
    wide = _tok_feats("e0:", infos[e - base])
    crossed: list[str] = []
    edge = None
    if e + 1 < n_doc:
        nxt = infos[e + 1 - base]
        crossed = _tok_feats("e+1:", nxt)
        edge = _edge_word(crossed, "e+1:w=")
        if nxt[_PUNCT] and e + 2 < n_doc:
            crossed += _tok_feats("e+2:", infos[e + 2 - base])
    if e > e0:
        crossed += _region_feats("e+in:", e0 + 1, e, where)
    elif e < e0:
        crossed += _region_feats("e+out:", e + 1, e0, where)
    size, roots, held = _region_parts("e_ex:", e + 1, hi, where)
    last = ["e:last"] if e >= hi else []
    feats = wide + crossed + size + roots + held + last
    return feats, crossed + roots, wide + size + held + last, edge


# A candidate start or end: its sorted tags (how it was found) and its own features, not
# yet crossed with the cue (see _crossed); then, for scoring (_crossed_score), the tags and
# the features crossed with the cue word, the wide features and the edge word's feature
_Boundary = tuple[list[str], list[str], list[str], list[str], str | None]


def _boundary(tags: set[str], found: _Feats) -> _Boundary:
    ordered = sorted(tags)
    feats, crossed, wide, edge = found
    return ordered, feats, ordered + crossed, wide, edge


def _boundaries(
    ctx: Context, verb: Token, toks: list[Token], rule: Offsets, limit: int | None = None
) -> tuple[int, int, tuple[str, ...], dict[int, _Boundary], dict[int, _Boundary]] | None:
    """The rule's first and last token (trimmed), the cue's keys (its word and groups) and
    the candidate starts and ends, each with its tags and features; no end after token
    ``limit``."""
    doc = ctx.doc
    table = ctx.table
    # the tokens of the rule's span and of the sentence (doc.char_span's, without its Span)
    span = table.char_tokens(rule[0], rule[1])
    if span is None or span[0] == span[1]:
        return None
    s0, e0 = span[0], span[1] - 1
    sent = ctx.sents.at(verb.idx)
    sent_span = table.char_tokens(sent[0], sent[1]) if sent else None
    a, b = (sent_span[0], sent_span[1] - 1) if sent_span is not None else (s0, e0)
    window = _Window(table, _cue_verbs(ctx.cues))
    heads = table.head  # t.head.i without building the head's Token
    ids = set(map(_INDEX, toks))  # (t.i read by an iterator, not a Python step each)
    after = s0 > verb.i
    if after:
        lo, hi = verb.i + 1, max(e0, b)
        if toks and toks[-1].i < hi and _cut_short(toks, heads, ids):
            hi = max(e0, toks[-1].i)  # a next statement was cut off: not past it
        if limit is not None:
            hi = max(e0, min(hi, limit))
        if hi > e0:
            for i, info in enumerate(window.infos(e0 + 1, hi), e0 + 1):
                # not into a next statement the parser hung on the cue ("When Marr noted
                # that ..., Voss boasted, “...”"): a cue verb (flag bit 4) with a subject
                if info[0] == verb.i and info[5] & 4 and info[_NSUBJ_AT]:
                    hi = max(e0, min(doc[i].left_edge.i, i) - 1)
                    break
    else:
        lo, hi = min(a, s0), max(e0, min(verb.i - 1, toks[-1].i if toks else e0))
    # the first token whose head is outside the tokens (a loop: next() over a generator that
    # stops early costs an exception to close it)
    head: Token | None = None
    for t in toks:
        if heads[t.i] not in ids or heads[t.i] == t.i:
            head = t
            break

    starts: dict[int, set[str]] = {s0: {"s:rule"}}
    ends: dict[int, set[str]] = {e0: {"e:rule"}}

    def add(d: dict[int, set[str]], i: int, tag: str) -> None:
        if lo <= i <= hi:
            d.setdefault(i, set()).add(tag)

    # the children and their labels off the token table (``tok.children`` builds a Token
    # for each child, walking the whole phrase to find them); a Token for each child's edges
    deps = table.dep
    if after:
        add(starts, verb.i + 1, "s:next")
        for k in table.children(verb.i):
            if k < verb.i:
                continue
            # each edge read once: every read of an edge builds a Token
            c = doc[k]
            left, right, dep = c.left_edge.i, c.right_edge.i, deps[k]
            if left <= s0:
                add(starts, left, f"s:v_{dep}")
                add(starts, right + 1, f"s:after_v_{dep}")
            if right > e0:
                add(ends, right, f"e:v_{dep}")
                add(ends, left - 1, f"e:before_v_{dep}")
    if head is not None:
        add(starts, head.left_edge.i, "s:h")
        add(ends, head.right_edge.i, "e:h")
        for k in table.children(head.i):
            c, dep = doc[k], deps[k]
            if k < head.i:
                add(starts, c.right_edge.i + 1, f"s:skip_{dep}")
            else:
                add(ends, c.left_edge.i - 1, f"e:before_{dep}")
                add(ends, c.right_edge.i, f"e:thru_{dep}")
    add(ends, hi, "e:sent")

    # Every token the features below read: the candidates lie in lo..hi, a start's
    # features look one token before it (lo - 1 at most) and an end's two after it.
    n_doc = len(doc)
    window.cover(max(lo - 1, 0), min(hi + 2, n_doc - 1))
    tstarts: dict[int, set[str]] = {}
    for i, tags in starts.items():
        tstarts.setdefault(_trim_start(window, i, hi), set()).update(tags)
    tends: dict[int, set[str]] = {}
    for i, tags in ends.items():
        tends.setdefault(_trim_end(window, i, lo), set()).update(tags)
    ts0, te0 = _trim_start(window, s0, hi), _trim_end(window, e0, lo)

    lemma = verb.lemma_.lower()
    keys = (f"cue={lemma}", *_groups(ctx.cues, lemma))
    where = _Where(window, verb.i, ts0, te0)
    sfeats = {
        s: _boundary(tags, _start_feats(s, lo, where)) for s, tags in tstarts.items() if s <= hi
    }
    efeats = {
        e: _boundary(tags, _end_feats(n_doc, e, hi, where)) for e, tags in tends.items() if e >= lo
    }
    return ts0, te0, keys, sfeats, efeats


def _pair_feats(s: int, e: int, ts0: int, te0: int) -> list[str]:
    n = e - s + 1
    out = [f"len={_bin(n)}", f"dlen={_bin(abs(n - (te0 - ts0 + 1)))}"]
    if (s, e) == (ts0, te0):
        out.append("rule")
    return out


def candidates(
    ctx: Context, verb: Token, toks: list[Token], rule: Offsets, limit: int | None = None
) -> list[tuple[int, int, list[str]]]:
    """Candidate contents ``(first token, last token, features)``; the first is the rule's.
    A candidate's features are those of its start, of its end and of the pair."""
    found = _boundaries(ctx, verb, toks, rule, limit)
    if found is None:
        return []
    ts0, te0, keys, starts, ends = found
    sfeats = {s: _crossed(b[0], b[1], keys, s == ts0, "s") for s, b in starts.items()}
    efeats = {e: _crossed(b[0], b[1], keys, e == te0, "e") for e, b in ends.items()}
    out = [(ts0, te0, ["rule"])]
    for s, fs in sfeats.items():
        for e, fe in efeats.items():
            if e < s:
                continue
            feats = [*_pair_feats(s, e, ts0, te0), *fs, *fe]
            if (s, e) == (ts0, te0):
                out[0] = (s, e, feats)
            else:
                out.append((s, e, feats))
    return out


_INDEX = attrgetter("i")  # a Token's index
_CUE_VERBS: list[tuple[CueLexicon, frozenset[str]]] = []


def _cue_verbs(cues: CueLexicon) -> frozenset[str]:
    """The speech, cognition and intention verbs of ``cues`` (united once per lexicon)."""
    for lex, verbs in _CUE_VERBS:
        if lex is cues:
            return verbs
    verbs = cues.speech | cues.cognition | cues.intention
    _CUE_VERBS[:] = [(cues, verbs)]
    return verbs


_GROUPS = ("speech", "cognition", "intention", "object_content", "prep_verbs")


def _groups(cues: CueLexicon, lemma: str) -> list[str]:
    """The cue word's groups in the lexicon ("grp=cognition", ...)."""
    return [f"grp={g}" for g in _GROUPS if lemma in getattr(cues, g)]


_CROSSED_PREFIXES = {"s": ("s+", "s_ex:h"), "e": ("e+", "e_ex:h")}


def _split(tags: list[str], feats: list[str], side: str) -> tuple[list[str], list[str]]:
    """The features crossed with the cue word (the tags, and what the boundary leaves in or
    out) and the rest ("wide": crossed with the cue's groups only)."""
    prefixes = _CROSSED_PREFIXES[side]
    # One pass over the features: a feature with a crossed prefix is crossed, any other is
    # wide unless it is also a tag (what leaving out everything crossed leaves).
    crossed = list(tags)
    wide = []
    for f in feats:
        if f.startswith(prefixes):
            crossed.append(f)
        elif f not in tags:
            wide.append(f)
    return crossed, wide


def _crossed(
    tags: list[str], feats: list[str], keys: tuple[str, ...], rule: bool, side: str
) -> list[str]:
    """The boundary's own features, and some crossed with the cue word and its groups and
    with the rule's choice (what is right after "tell" differs from what is right after
    "say"; a rarely seen learned verb shares what its group does)."""
    out = [*tags, *feats]
    crossed, wide = _split(tags, feats, side)
    for k in keys:
        out.append(f"{k}|{side}:{rule}")
        out += [f"{k}|{f}" for f in crossed]
    # the group (not the rarer cue word) also sees the edge's words and all a stretch holds
    for k in keys:
        out += [f"{k}|{f}" for f in wide]
    key = next((f for f in feats if f.startswith(("s-1:w=", "e+1:w="))), None)
    if key is not None:
        out += [f"{key}|{t}" for t in tags]
    return out


def _crossed_score(
    model: BoundsModel,
    boundary: _Boundary,
    key_weights: _KeyWeights,
    rule: bool,
    side: str,
) -> float:
    """``model.score(_crossed(tags, feats, keys, rule, side))`` of a boundary ``(tags, feats,
    ...)``, without writing out the crossed names (a candidate chooser scores thousands of
    boundaries, and building their crossed names was the chooser's largest cost).
    ``key_weights`` are the cue's keys' crossed weights added up,
    ``model.key_weights(keys)``; the boundary's split into crossed and wide features and its
    edge word are those of ``_split`` and ``_crossed``, found as its features were made.

    The same weights are added as in the score of the names, but a crossed feature's
    weights for the cue's keys are added first (once per cue, :class:`_KeyWeights`), so the
    sum may differ from it in the last bits of a float: the candidates' order is the same
    unless two of them are that close."""
    # The weights are looked up with map(dict.get, names, repeat(0.0)) rather than a list
    # comprehension, without a Python step per name, which made up most of this function's
    # cost.
    tags, feats, crossed, wide, edge = boundary
    w = model.weights
    zeros = repeat(0.0)
    vals = list(map(w.get, tags, zeros))
    vals += map(w.get, feats, zeros)
    vals.append(key_weights[f"{side}:{rule}"])
    vals += map(key_weights.__getitem__, crossed)
    vals += map(key_weights.__getitem__, wide)
    if edge is not None:  # the first edge word (as in _crossed)
        vals += map(model.crossed_weights(edge).get, tags, zeros)
    return sum(vals)


def _cut_short(toks: list[Token], heads: list[int], ids: set[int]) -> bool:
    """The rule's tokens end before their own subtree does (a next statement was cut);
    ``heads`` is the token table's head column, ``ids`` the tokens' indices."""
    last = max(ids)
    return any(t.right_edge.i > last for t in toks if heads[t.i] not in ids or heads[t.i] == t.i)


def choose(
    ctx: Context, verb: Token, toks: list[Token], rule: Offsets, limit: int | None = None
) -> Offsets:
    """The content span the model prefers among the candidates (the rule's without one);
    none ends after token ``limit`` (where the rules cut off a writer's aside)."""
    model = _model()
    rec = STATE.recorder
    if model is None and rec is None:
        return rule
    doc = ctx.doc
    if rec is not None:
        cands = candidates(ctx, verb, toks, rule, limit)
        if not cands:
            return rule
        offs = [(doc[s].idx, doc[e].idx + len(doc[e].text)) for s, e, _ in cands]
        rec.append(((verb.idx, verb.idx + len(verb.text)), offs, [f for _, _, f in cands]))
        if model is None:
            return rule
    found = _boundaries(ctx, verb, toks, rule, limit)
    if found is None:
        return rule
    # The score is a sum over the start's, the end's and the pair's features: each start
    # and end is scored once, not once per pair.
    ts0, te0, keys, starts, ends = found
    score = model.score
    kws = model.key_weights(keys)
    sscore = {s: _crossed_score(model, b, kws, s == ts0, "s") for s, b in starts.items()}
    escore = {e: _crossed_score(model, b, kws, e == te0, "e") for e, b in ends.items()}
    best, pick = score(["rule"]), (ts0, te0)
    if ts0 in sscore and te0 in escore and te0 >= ts0:
        best = sscore[ts0] + escore[te0] + score(_pair_feats(ts0, te0, ts0, te0))
    # Past the rule's own pair, a pair's features depend on its length alone: each length
    # is scored once.
    by_length: dict[int, float] = {}
    for s, ss in sscore.items():
        for e, se in escore.items():
            if e < s or (s, e) == (ts0, te0):
                continue
            pair = by_length.get(e - s)
            if pair is None:
                pair = by_length[e - s] = model.pair_score(e - s + 1, te0 - ts0 + 1)
            total = ss + se + pair
            if total > best:
                best, pick = total, (s, e)
    if pick == (ts0, te0):
        return rule
    start, end = doc[pick[0]].idx, doc[pick[1]].idx + len(doc[pick[1]].text)
    while (dateline := ctx.dateline_at(start)) is not None:
        start = dateline[1]
    return (start, end) if end > start else rule
