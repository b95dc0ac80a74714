"""Features of one event trigger in its parsed sentence, for the trained type model.

The same function serves training (``scripts/train_events.py``) and coding, so the model
always sees features computed the way it was trained on. Features are plain strings
(``"t=attack"``, ``"c:dobj=aid"``); the model file maps the ones it knows to weights.

What a feature says, by prefix:

* ``lex``/``lexc``/``kind``: the lexicon's own reading (type, CAMEO root, how it matched) —
  the rules are a feature, the model arbitrates.
* ``t``/``a``/``th``: lemma of the trigger, of its anchor (a complement verb) and of its theme
  (the object noun the lexicon read the type from).
* ``c:DEP``: the trigger's and anchor's dependents (objects, particles, complements) and
  ``p:PREP``: their prepositional objects; ``neg``/``aux`` negation and modality.
* ``tc``/``negt``/``negl``: the trigger paired with its own object, particle, preposition or
  complement, and negation paired with the trigger and with the lexicon's type.
* ``tn``/``tn2``: the trigger and the next one or two words (the verb phrase as written).
* ``h``/``dep``: the trigger's governor and relation (under a reporting verb, a purpose clause).
* ``r``/``ro``/``rr``: the sentence root, its object, and the two paired.
* ``w``/``b``: the sentence's content lemmas and lemma bigrams.
* ``se``/``oe``: entity label of the subject and object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.events.syntax import table_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from onrecord.nlp import TokenTable

_CONTENT = frozenset({"NOUN", "VERB", "ADJ", "ADV", "ADP", "PART", "AUX"})
_ARG_DEPS = frozenset(
    {
        "dobj",
        "dative",
        "prt",
        "xcomp",
        "ccomp",
        "acomp",
        "attr",
        "nsubjpass",
        "agent",
        "advcl",
        "pcomp",
        "oprd",
    }
)


_NAME_ENTS = frozenset({"GPE", "NORP", "PERSON", "ORG"})


def _lemma_at(table: TokenTable, i: int) -> str:
    """The word as a feature: a name's entity type ("<GPE>", "<NAME>"), "<NUM>", or the
    lower-cased lemma, read off the document's token table."""
    ent = table.ent_type[i]
    if ent in _NAME_ENTS or table.pos[i] == "PROPN":
        return f"<{ent or 'NAME'}>"
    if table.like_num[i]:
        return "<NUM>"
    return table.lemma_lower[i]


def _dependents(tok: Token, tag: str, out: list[str]) -> None:
    # read off the token table: no Token built for each child and grandchild
    table = table_of(tok.doc)
    dep, lower, lemma, kids = table.dep, table.lower, table.lemma, table.children
    for c in kids(tok.i):
        d = dep[c]
        if d == "neg" or (d == "advmod" and lower[c] in {"never", "not"}):
            out.append("neg")
        elif d in {"aux", "auxpass"} and lemma[c] not in {"be", "have", "do"}:
            out.append(f"aux={lower[c]}")
        elif d in _ARG_DEPS:
            out.append(f"{tag}:{d}={_lemma_at(table, c)}")
            if d in {"xcomp", "ccomp", "advcl", "pcomp"}:
                for g in kids(c):
                    if dep[g] in {"dobj", "prt", "prep"}:
                        out.append(f"{tag}:{d}:{dep[g]}={_lemma_at(table, g)}")
        elif d in {"prep", "agent"}:
            objs = [g for g in kids(c) if dep[g] in {"pobj", "pcomp"}]
            out.append(f"{tag}:prep={lower[c]}")
            for o in objs:
                out.append(f"p:{lower[c]}={_lemma_at(table, o)}")
        elif d in {"nsubj", "nsubjpass"}:
            out.append(f"se={table.ent_type[c] or table.pos[c]}")
        elif d in {"amod", "compound"} and table.pos[tok.i] == "NOUN":
            out.append(f"{tag}:mod={_lemma_at(table, c)}")


def trigger_features(
    sent: Span,
    head: Token | None,
    *,
    anchor: Token | None = None,
    theme: Token | None = None,
    lex_type: str | None = None,
    lex_cameo: str | None = None,
    kind: str | None = None,
    sentence: list[str] | None = None,
) -> list[str]:
    """The feature strings of a trigger (or of the sentence alone when ``head`` is None).

    Args:
        sent: the sentence the trigger is in.
        head: the trigger token (a verb, event noun or adjective), or None.
        anchor: the complement the lexicon took the reading from, if not the head.
        theme: the object noun the lexicon took the type from, if any.
        lex_type: the lexicon's PLOVER type for this trigger (None: no lexicon trigger).
        lex_cameo: the lexicon's CAMEO root.
        kind: how the lexicon matched (verb, noun, light, intent, ...).
        sentence: ``sentence_features(sent)``, when the caller keeps it for the sentence's
            other triggers (the same for all of them).

    Example:
        >>> from onrecord.nlp import load_pipeline
        >>> sent = next(load_pipeline()("Ruritania attacked Freedonia.").sents)
        >>> "t=attack" in trigger_features(sent, sent.root, lex_type="ASSAULT")
        True
    """
    out = [f"lex={lex_type or 'NONE'}"]
    if lex_cameo:
        out.append(f"lexc={lex_cameo}")
    if kind:
        out.append(f"kind={kind}")
        out.append(f"lexk={lex_type}:{kind}")
    if head is not None:
        # the trigger's word, label and head off the token table (each read of a Token's
        # lemma_ looks it up in the string store again)
        table = table_of(sent.doc)
        i = head.i
        lem = table.lemma_lower[i]
        dep = table.dep[i]
        out.append(f"t={lem}")
        out.append(f"tp={table.pos[i]}")
        out.append(f"dep={dep}")
        # The head's word, for every token with a label, a root too (its own word): spaCy's
        # ``head.head`` is a new Token object whenever the token has a label (the check was
        # ``head.head is not head``), the token itself only when it has none.
        if dep:
            gov = table.lemma_lower[table.head[i]]
            out.append(f"h={gov}")
            out.append(f"hd={dep}:{gov}")
        own: list[str] = []
        _dependents(head, "c", own)
        out.extend(own)
        # The trigger with its own arguments and cues, as pairs: "call" + "for", "not" + the
        # lexicon's type ("did not attack" reads unlike "attacked").
        for f in own:
            if f == "neg":
                out.append(f"negl={lex_type or 'NONE'}")
                out.append(f"negt={lem}")
            elif f.startswith(("c:dobj=", "c:prt=", "c:prep=", "c:xcomp=")):
                out.append(f"tc={lem}|{f[2:]}")
        # The verb phrase as written: the trigger and the next two words.
        nxt = [
            _lemma_at(table, j)
            for j in range(head.i + 1, min(head.i + 3, sent.end))
            if not table.is_punct[j]
        ]
        if nxt:
            out.append(f"tn={lem}_{nxt[0]}")
            if len(nxt) > 1:
                out.append(f"tn2={lem}_{nxt[0]}_{nxt[1]}")
        if anchor is not None and anchor is not head:
            word = table.lemma[anchor.i].lower()
            out.append(f"a={word}")
            out.append(f"ta={lem}:{word}")
            _dependents(anchor, "ac", out)
        if theme is not None and theme is not head:
            word = table.lemma[theme.i].lower()
            out.append(f"th={word}")
            out.append(f"tth={lem}:{word}")
    out.extend(sentence_features(sent) if sentence is None else sentence)
    return out


def sentence_features(sent: Span) -> list[str]:
    """The features of the sentence itself (its root, its words and word pairs): the last
    part of every trigger's features in it."""
    out: list[str] = []
    root = sent.root.i
    # the root's objects and the words, off the token table (a sentence's every token, for
    # every sentence coded)
    table = table_of(sent.doc)
    word = table.lemma_lower[root]
    out.append(f"r={word}")
    deps = table.dep
    for c in table.children(root):
        if deps[c] in {"dobj", "xcomp", "ccomp", "prt"}:
            lem = _lemma_at(table, c)
            out.append(f"ro:{deps[c]}={lem}")
            out.append(f"rr={word}|{deps[c]}={lem}")
    punct, space, pos, stop = table.is_punct, table.is_space, table.pos, table.is_stop
    ents, nums, lemmas = table.ent_type, table.like_num, table.lemma_lower
    prev = "<s>"
    for i in range(sent.start, sent.end):
        if punct[i] or space[i]:
            continue
        ent = ents[i]  # _lemma_at(table, i), inline (every token of every sentence):
        if ent in _NAME_ENTS or pos[i] == "PROPN":
            lem = f"<{ent or 'NAME'}>"
        elif nums[i]:
            lem = "<NUM>"
        else:
            lem = lemmas[i]
        if pos[i] in _CONTENT and not stop[i]:
            out.append(f"w={lem}")
        out.append(f"b={prev}_{lem}")
        prev = lem
    return out
