"""``extract(text) -> Record``: one spaCy parse, then attribution, actors and events.

The core knows nothing about storage, the web or the CLI, so it runs unchanged in a
worker process or a Dask partition.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from onrecord.actors import ArticleActors, KnowledgeBase, load_kb
from onrecord.actors.identity import fold
from onrecord.actors.scan import glued
from onrecord.article import ArticleInput
from onrecord.attribution import Attribution
from onrecord.attribution.extractor import find_attributions_and_pronouns
from onrecord.attribution.model import KnownNames
from onrecord.attribution.speakers import (
    PRONOUNS_PERSON,
    PRONOUNS_PLURAL,
    PronounResolver,
)
from onrecord.events.coder import PACKAGED, CodedEvent, TypeModel, code_events_detailed
from onrecord.events.model import load_model
from onrecord.garbled import snapped
from onrecord.nlp import (
    PARSE_WHOLE_UP_TO,
    doc_text,
    given_text,
    load_pipeline,
    parse,
    parse_many,
)
from onrecord.record import Actor, Cue, Event, Mention, Quote, Record

__all__ = ["ArticleInput", "Extractor", "extract"]

if TYPE_CHECKING:
    from spacy.tokens import Doc


class Extractor:
    """Holds the loaded pipeline and knowledge base; call it on texts.

    Args:
        kb: the actor knowledge base (the packaged one plus user overrides by default).
        batch_size: texts per spaCy batch in :meth:`extract_many`.
        event_model: the trained event-type model (the packaged one by default; None codes
            events with the lexicon alone).
    """

    def __init__(
        self,
        *,
        kb: KnowledgeBase | None = None,
        batch_size: int = 16,
        event_model: TypeModel | str | None = PACKAGED,
    ) -> None:
        self.nlp = load_pipeline()
        self.kb = kb if kb is not None else load_kb()
        # the knowledge base's surnames and state names, for the attribution stage's pronouns
        self._known = KnownNames(
            surnames=frozenset(self.kb.surnames),
            places=frozenset(
                n.lower()
                for e in self.kb.entries.values()
                if e.kind == "country"
                for n in (e.name, *e.aliases)
            ),
        )
        self.batch_size = batch_size
        # Loaded here, once per process (load_model caches it): a --jobs pool worker and the web
        # server's extraction worker build one Extractor at start-up, so the first article
        # does not pay for the load (nor does the web worker's time budget).
        self.event_model = load_model() if event_model == PACKAGED else event_model

    def __call__(self, article: ArticleInput) -> Record:
        return self.from_doc(parse(self.nlp, article.text), article)

    def extract_many(self, articles: Iterable[ArticleInput]) -> Iterator[Record]:
        """Extract a stream of articles, parsing them in batches (see :meth:`parsed`)."""
        for doc, article in self.parsed(articles):
            yield self.from_doc(doc, article)

    def parsed(self, articles: Iterable[ArticleInput]) -> Iterator[tuple[Doc, ArticleInput]]:
        """Each article with its parse, in order, parsed in batches (very long texts alone,
        in bounded pieces: see :func:`onrecord.nlp.parse`)."""
        batch: list[ArticleInput] = []
        for article in articles:
            if len(article.text) > PARSE_WHOLE_UP_TO:
                yield from self._parse_batch(batch)
                batch = []
                yield parse(self.nlp, article.text), article
                continue
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield from self._parse_batch(batch)
                batch = []
        yield from self._parse_batch(batch)

    def _parse_batch(self, batch: list[ArticleInput]) -> Iterator[tuple[Doc, ArticleInput]]:
        docs = parse_many(self.nlp, (a.text for a in batch), self.batch_size)
        yield from zip(docs, batch, strict=True)

    def from_doc(self, doc: Doc, article: ArticleInput) -> Record:
        """Build the record of an already parsed article."""
        return self.from_doc_with_actors(doc, article)[0]

    def from_doc_with_actors(self, doc: Doc, article: ArticleInput) -> tuple[Record, ArticleActors]:
        """:meth:`from_doc`, also returning the article's actor resolver (for evaluation)."""
        record, actors, _ = self.from_doc_detailed(doc, article)
        return record, actors

    def from_doc_detailed(
        self, doc: Doc, article: ArticleInput
    ) -> tuple[Record, ArticleActors, list[CodedEvent]]:
        """:meth:`from_doc_with_actors`, also returning each event's trigger (for evaluation)."""
        found, pronouns = find_attributions_and_pronouns(doc, self._known)
        attributions = _snapped(doc, found)
        actors = ArticleActors(
            doc,
            kb=self.kb,
            published=article.published,
            statements=[span for a in attributions for span in a.spans],
        )
        text = given_text(doc)  # record fields are cut from the text as given
        # what one speaker mention said in all its records ("..., the government said in a
        # statement, adding that Sarn would be held responsible"): none of it lends the
        # speaker a country
        said: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for a in attributions:
            if a.speaker is not None:
                said.setdefault(a.speaker, []).extend(a.spans)
        quotes = [
            _to_quote(i, a, actors, text, said.get(a.speaker) if a.speaker else None)
            for i, a in enumerate(attributions, 1)
        ]
        coded = code_events_detailed(
            doc, quotes, actors, self.event_model, published=article.published, pronouns=pronouns
        )
        events = [c.event for c in coded]
        # After the events: a party resolved only here adds its actor at the end of the list,
        # so no other actor's id moves.
        _add_joint_speakers(doc, quotes, attributions, actors, text)
        _final_names(quotes, actors)
        record = article.to_record(
            quotes=quotes, actors=_actors_of_record(actors, quotes, events), events=events
        )
        return record, actors, coded


def _final_names(quotes: list[Quote], actors: ArticleActors) -> None:
    """Each mention's name, read again once the article is resolved: a country's group
    takes the name of its most general mention, which may come after a statement of it."""
    for q in quotes:
        for m in (q.speaker, q.addressee, *(q.speakers or ())):
            if m is not None and m.actor is not None:
                m.name = actors.name_of(m.actor)


def _actors_of_record(
    actors: ArticleActors, quotes: list[Quote], events: list[Event]
) -> list[Actor]:
    """The article's actors a record lists: those the article names, and those a statement
    or an event refers to. Not one resolved only on the way to none, such as an event's
    candidate argument it did not take (a group "Republican" out of "Republican voters")."""
    used = set(actors.listed)
    for q in quotes:
        for m in (q.speaker, q.addressee, *(q.speakers or ())):
            if m is not None and m.actor is not None:
                used.add(m.actor)
    for e in events:
        used.update(a for a in (e.source, e.target) if a is not None)
    return [a for a in actors.actors() if a.id in used]


def _snapped(doc: Doc, attributions: list[Attribution]) -> list[Attribution]:
    """``attributions``, each content span that takes in a mark a garbled page mangled
    widened to all of the mark as given (:func:`onrecord.garbled.snapped`)."""
    read, given = doc_text(doc), given_text(doc)
    if read is given or read == given:
        return attributions
    for a in attributions:
        a.spans = [snapped(read, given, s, e) for s, e in a.spans]
    return attributions


def _mention(
    text: str,
    span: tuple[int, int] | None,
    ref: tuple[int, int] | None,
    actors: ArticleActors,
    *,
    speaker: bool = False,
    said: list[tuple[int, int]] | None = None,
) -> Mention | None:
    if span is None:
        return None
    start, end = span
    if any(glued(w) for w in text[start:end].split()):
        # words a page ran together ("Zach CarterFlagShareLikeReplySara Bondioli 5pts...", a
        # live blog's author line glued to its buttons): no one's mention
        return None
    if speaker and ref is None and text[start:end] == "I":
        # the writer's own statement (the attribution stage takes "I" only outside a
        # quotation): the person the byline names, when there is one
        actor_id = actors.writer()
    elif speaker:
        actor_id = actors.resolve_speaker(*(ref or span), said=said or ())
    else:
        actor_id = actors.resolve_span(*actors.without_posting(*(ref or span)))
    if actor_id is not None and not _pronoun_fits(text[start:end], actors.kind_of(actor_id)):
        actor_id = None
    if actor_id is not None:
        actor_id = actors.of_the_pronouns_gender(text[start:end], actor_id)
    return Mention(
        text=text[start:end],
        start=start,
        end=end,
        actor=actor_id,
        name=actors.name_of(actor_id) if actor_id else None,
    )


_PERSONAL = frozenset({"he", "she", "him", "her"})
_PLURAL = frozenset({"they", "them"})


def _pronoun_fits(surface: str, kind: str | None) -> bool:
    """he/she stand only for people; they for people or groups (never a country, a
    document or a poll)."""
    low = surface.strip().lower()
    if low in _PERSONAL:
        return kind == "person"
    if low in _PLURAL:
        return kind not in ("country", "document", "person")
    return True


class _ConjunctPronouns:
    """Resolves a pronoun that is one party of a joint speaker ("He and Voss said"), by the
    rules a pronoun speaker is resolved by (:class:`PronounResolver`: the nearest earlier
    speaker it agrees with, else a person subject or name before it), fed with the speakers
    of the article's statements read so far (a joint speaker as a plural one, never as a
    person, as the extractor feeds it). The resolver is built only when such a pronoun
    occurs, which is rare."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.seen: list[tuple[int, tuple[int, int], bool, bool]] = []  # pos, span, plural, person

    def add(self, quote: Quote, actors: ArticleActors) -> None:
        m = quote.speaker
        if m is None or m.text.strip().lower() in _PRONOUNS:
            return
        kind = actors.kind_of(m.actor) if m.actor else None
        joint = bool(quote.speakers)
        plural = joint or kind in _PLURAL_KINDS
        self.seen.append((m.start, (m.start, m.end), plural, kind == "person" and not joint))

    def resolve(self, pronoun: str, pos: int) -> tuple[int, int] | None:
        resolver = PronounResolver(self.doc, lambda t: t.pos_ == "PROPN")
        for spos, span, plural, person in self.seen:
            resolver.add_speaker(spos, span, plural=plural, person=person)
        return resolver.resolve(pronoun, pos)


_PRONOUNS = frozenset(PRONOUNS_PERSON | PRONOUNS_PLURAL)
# a first-person pronoun: a voice that is someone's, not the narrative's
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|me|us|[Mm]y|[Oo]ur)\b")
_PLURAL_KINDS = frozenset({"group", "organization", "igo"})


def _joint_speakers(
    a: Attribution,
    speaker: Mention | None,
    actors: ArticleActors,
    text: str,
    pronouns: _ConjunctPronouns | None,
) -> list[Mention] | None:
    """The parties of a joint statement, each resolved as a speaker of its own; None unless
    the speaker mention itself is a coordination the resolver left unresolved and the parse
    splits clearly (:meth:`ArticleActors.speaker_conjuncts`)."""
    if speaker is None or speaker.actor is not None or a.speaker is None:
        return None
    if a.speaker_ref is not None and a.speaker_ref != a.speaker:
        if speaker.text.strip().lower() not in PRONOUNS_PLURAL:
            return None  # ("his statement said": one person's, never a joint one)
        # "Rubio and Cruz ... They said": the parties the coordination "they" stands for
        # names, each by its mention there; not after an "I" or a "we" between them, another
        # voice ("When I met with Mr. Voss and Mr. Holt, they ...")
        if _FIRST_PERSON.search(text, a.speaker_ref[1], a.speaker[0]):
            return None
        return _named_parties(a.speaker_ref, actors, text)
    pair = actors.span_pair(*a.speaker, speaking=True)
    if pair is not None:
        # "the two countries", "both men": the parties named before, each by the mention it
        # was last named by
        return [
            Mention(text=text[s:e], start=s, end=e, actor=actor, name=actors.name_of(actor))
            for actor, s, e in pair
        ]
    spans = actors.speaker_conjuncts(*a.speaker)
    if spans is None:
        return None
    parties: list[Mention] = []
    for s, e in spans:
        ref = None
        if pronouns is not None and text[s:e].strip().lower() in _PRONOUNS:
            ref = pronouns.resolve(text[s:e].strip().lower(), s)
        if actors.someones_group(s, e):
            party: Mention | None = Mention(text=text[s:e], start=s, end=e)
        else:
            party = _mention(text, (s, e), ref, actors, speaker=True, said=a.spans)
        if party is not None and party.name and _spills_over(party, spans, text):
            party.actor = party.name = None
        if party is not None:
            parties.append(party)
    if len(parties) < 2 or all(p.actor is None for p in parties):
        return None  # "Trump's language and positions": no party is anyone
    return parties


def _named_parties(span: tuple[int, int], actors: ArticleActors, text: str) -> list[Mention] | None:
    """The parties of a coordination of people a plural pronoun stands for ("Marco Rubio
    and Ted Cruz"), each resolved as a speaker at its own mention; None unless the parse
    splits it clearly and every party is a person the article names (one part left unknown
    would file the statement as the others' alone; bodies and groups, "Congress and the news
    media", are a weaker lead for a "they" than for a speaker written out)."""
    spans = actors.speaker_conjuncts(*span)
    if spans is None or len(spans) < 2:
        return None
    parties = []
    for s, e in spans:
        if actors.someones_group(s, e):
            return None
        party = _mention(text, (s, e), None, actors, speaker=True)
        if (
            party is None
            or party.actor is None
            or actors.kind_of(party.actor) != "person"
            or _spills_over(party, spans, text)
        ):
            return None
        parties.append(party)
    return parties


def _spills_over(party: Mention, spans: list[tuple[int, int]], text: str) -> bool:
    """The party's actor is named with another party's words ("the Voss campaign" read as
    the body "Voss campaign and the Unity Party" the article's scan listed): not this party
    alone, so it stays unresolved."""
    name = f" {fold(party.name or '')} "
    mine = f" {fold(party.text)} "
    return any(
        (s, e) != (party.start, party.end)
        and (other := f" {fold(text[s:e])} ") in name
        and other not in mine
        for s, e in spans
    )


def _add_joint_speakers(
    doc: Doc, quotes: list[Quote], attributions: list[Attribution], actors: ArticleActors, text: str
) -> None:
    """Give each joint statement its parties (:func:`_joint_speakers`), in text order."""
    pronouns = _ConjunctPronouns(doc)
    for quote, a in zip(quotes, attributions, strict=True):
        quote.speakers = _joint_speakers(a, quote.speaker, actors, text, pronouns)
        pronouns.add(quote, actors)


def _to_quote(
    n: int,
    a: Attribution,
    actors: ArticleActors,
    text: str,
    said: list[tuple[int, int]] | None = None,
) -> Quote:
    """Record ``a``; ``said`` is everything its speaker mention said (its own spans when
    not given), none of which lends the speaker a country."""
    return Quote(
        id=f"q{n}",
        kind=a.kind,
        text=" ".join(text[s:e] for s, e in a.spans),
        spans=list(a.spans),
        cue=Cue(text[a.cue[0] : a.cue[1]], a.cue[0], a.cue[1]) if a.cue else None,
        speaker=_mention(
            text, a.speaker, a.speaker_ref, actors, speaker=True, said=said or a.spans
        ),
        addressee=_mention(text, a.addressee, a.addressee_ref, actors),
    )


_default: Extractor | None = None


def extract(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    language: str = "en",
) -> Record:
    """Extract quotes, actors and events from one article body.

    Example:
        >>> rec = extract("“We are ready to talk,” Foreign Minister Ana Voss said.")
        >>> rec.quotes[0].speaker.text
        'Foreign Minister Ana Voss'
    """
    global _default
    if _default is None:
        _default = Extractor()
    return _default(
        ArticleInput(
            text=text, title=title, published=published, source=source, url=url, language=language
        )
    )
