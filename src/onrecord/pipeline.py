"""``extract(text) -> Record``: one spaCy parse, then attribution, actors and events.

The core knows nothing about storage, the web or the CLI, so it runs unchanged in a
worker process or a Dask partition.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from onrecord.actors import ArticleActors, KnowledgeBase, load_kb
from onrecord.article import ArticleInput
from onrecord.attribution import Attribution, find_attributions
from onrecord.events import code_events
from onrecord.events.coder import PACKAGED, TypeModel
from onrecord.events.model import load_model
from onrecord.nlp import PARSE_WHOLE_UP_TO, doc_text, load_pipeline, parse
from onrecord.record import Cue, Mention, Quote, Record

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
        self.batch_size = batch_size
        # Loaded here, once per process (load_model caches it): a --jobs pool worker and the web
        # server's extraction worker build one Extractor at start-up, so the first article
        # does not pay for the load (nor does the web worker's time budget).
        self.event_model = load_model() if event_model == PACKAGED else event_model

    def __call__(self, article: ArticleInput) -> Record:
        return self.from_doc(parse(self.nlp, article.text), article)

    def extract_many(self, articles: Iterable[ArticleInput]) -> Iterator[Record]:
        """Extract a stream of articles, parsing them in batches (very long texts alone,
        in bounded pieces: see :func:`onrecord.nlp.parse`)."""
        batch: list[ArticleInput] = []
        for article in articles:
            if len(article.text) > PARSE_WHOLE_UP_TO:
                yield from self._parse_batch(batch)
                batch = []
                yield self(article)
                continue
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield from self._parse_batch(batch)
                batch = []
        yield from self._parse_batch(batch)

    def _parse_batch(self, batch: list[ArticleInput]) -> Iterator[Record]:
        pairs = ((a.text, a) for a in batch)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            yield self.from_doc(doc, article)

    def from_doc(self, doc: Doc, article: ArticleInput) -> Record:
        """Build the record of an already parsed article."""
        return self.from_doc_with_actors(doc, article)[0]

    def from_doc_with_actors(self, doc: Doc, article: ArticleInput) -> tuple[Record, ArticleActors]:
        """:meth:`from_doc`, also returning the article's actor resolver (for evaluation)."""
        attributions = find_attributions(doc)
        actors = ArticleActors(doc, kb=self.kb, published=article.published)
        text = doc_text(doc)
        quotes = [_to_quote(i, a, actors, text) for i, a in enumerate(attributions, 1)]
        events = code_events(doc, quotes, actors, self.event_model)
        record = article.to_record(quotes=quotes, actors=actors.actors(), events=events)
        return record, actors


def _mention(
    text: str,
    span: tuple[int, int] | None,
    ref: tuple[int, int] | None,
    actors: ArticleActors,
    *,
    speaker: bool = False,
) -> Mention | None:
    if span is None:
        return None
    start, end = span
    resolve = actors.resolve_speaker if speaker else actors.resolve_span
    actor_id = resolve(*(ref or span))
    if actor_id is not None and not _pronoun_fits(text[start:end], actors.kind_of(actor_id)):
        actor_id = None
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


def _to_quote(n: int, a: Attribution, actors: ArticleActors, text: str) -> Quote:
    return Quote(
        id=f"q{n}",
        kind=a.kind,
        text=" ".join(text[s:e] for s, e in a.spans),
        spans=list(a.spans),
        cue=Cue(text[a.cue[0] : a.cue[1]], a.cue[0], a.cue[1]) if a.cue else None,
        speaker=_mention(text, a.speaker, a.speaker_ref, actors, speaker=True),
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
