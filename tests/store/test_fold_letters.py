"""Name keys fold the letters NFKD leaves whole (``ı ø ł æ œ đ ð þ``): ``yildirim`` finds
"Binali Yıldırım", ``lokke`` finds "Lars Løkke Rasmussen", on a new store and on one written by
the fold before (migration ``fl01``). Both backends.

Real office-holders appear by name only, as actors of a record with no statement and no event;
every statement here is a fictional actor's, and no one's real words.
"""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import select, text

from onrecord.record import Actor, Mention, Quote, Record, text_id
from onrecord.store import Store, migrate, open_store
from onrecord.store import identity as store_identity
from onrecord.store.identity import fold, refold
from onrecord.store.lineage import CANDIDATE_THRESHOLD, NUM_PERM, normalise_quote, quote_signature
from onrecord.store.lineage import search as lineage_search
from onrecord.store.lsh import band_keys
from onrecord.store.schema import ActorAliasRow, ActorRow, ActorTitleRow
from onrecord.store.schema_sources import QuoteLineageRow
from onrecord.store.signatures import to_bytes
from tests.store.test_store_actor_identity import make

YILDIRIM = Actor("a1", "Binali Yıldırım", "person", "TUR", [], [])
LOKKE = Actor("a2", "Lars Løkke Rasmussen", "person", "DNK", [], [])
WALESA = Actor("a3", "Lech Wałęsa", "person", "POL", [], [])
# Fictional, with aliases and titles the fold before kept apart.
BJORN = Actor(
    "a1", "Sigrún Bjørnæs", "person", "XVL", ["Førsteråd", "Forsterad"], ["Bjørnæs", "Bjornaes"]
)
# The same actor in a later article, under one of the title's spellings only.
BJORN_LATER = Actor("a1", "Sigrún Bjørnæs", "person", "XVL", ["Forsterad"], [])
QUOTE = "The Østerbro pier stays open through the winter"


def _names(store: Store, name: str) -> list[str]:
    return sorted(a.name for a in store.actors(name=name))


def _named(*actors: Actor) -> Record:
    """A record that names ``actors`` and nothing more: no statement, no event."""
    body = "Named in this list: " + "; ".join(a.name for a in actors) + "."
    return Record(
        id=text_id(body), text=body, title="A list", published="2026-03-05",
        source="Amber Sea Wire", quotes=[], actors=list(actors), events=[],
    )  # fmt: skip


def _speaker_record(n: int, published: str = "2026-03-05") -> Record:
    """Sigrún Bjørnæs (fictional) says :data:`QUOTE`; ``n`` makes the text unique."""
    name = BJORN.name
    body = f"{name} spoke on day {n}. “{QUOTE},” she said."
    s0, q0 = body.index(name), body.index(QUOTE)
    speaker = Mention(name, s0, s0 + len(name), "a1", name)
    quote = Quote("q1", "direct", QUOTE, [(q0, q0 + len(QUOTE))], None, speaker, None)
    actor = Actor("a1", name, "person", "XVL", [], [])
    return Record(
        id=text_id(body), text=body, title=f"Pier {n}", published=published,
        source="Amber Sea Wire", quotes=[quote], actors=[actor], events=[],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("value", "folded"),
    [
        ("Binali Yıldırım", "binali yildirim"),
        ("YILDIRIM", "yildirim"),
        ("Lars Løkke Rasmussen", "lars lokke rasmussen"),
        ("LØKKE", "lokke"),
        ("Lech Wałęsa", "lech walesa"),
        ("ŁÓDŹ", "lodz"),
        ("Æsa Œrn", "aesa oern"),
        ("Đorđe", "dorde"),
        ("Guðrún Þórs", "gudrun thors"),
        ("Straße", "strasse"),
        ("ǿ", "o"),  # NFKD makes it "ø" and an accent
        # punctuation stays, unlike the actors' fold
        ("  O’Brien-Høj, Jr. ", "o’brien-hoj, jr."),
    ],
)
def test_fold_replaces_the_letters_nfkd_leaves_whole(value: str, folded: str) -> None:
    assert fold(value) == folded


def test_refold_brings_a_key_of_the_fold_before_to_the_new_fold(monkeypatch) -> None:
    values = ["Binali Yıldırım", "LØKKE", "Wałęsa", "Æsa Œrn Đorđe Þór", "ǿ", "Ána VOSS"]
    monkeypatch.setattr(store_identity, "_UNDECOMPOSED", str.maketrans({}))
    before = [fold(v) for v in values]
    monkeypatch.undo()
    assert before[0] == "binali yıldırım"
    assert [refold(k) for k in before] == [fold(v) for v in values]


def test_names_with_undecomposed_letters_are_found(store: Store) -> None:
    store.add_record(_named(YILDIRIM, LOKKE, WALESA))
    for query in ("yildirim", "YILDIRIM", "Yıldırım", "YILDIRIM", "binali yil"):
        assert _names(store, query) == ["Binali Yıldırım"], query
    for query in ("lokke", "Løkke", "LØKKE", "lars lokke rasmussen"):
        assert _names(store, query) == ["Lars Løkke Rasmussen"], query
    assert _names(store, "walesa") == ["Lech Wałęsa"]
    assert _names(store, "WAŁĘSA") == ["Lech Wałęsa"]


def test_aliases_speakers_and_lineage_match_the_plain_letters(store: Store) -> None:
    store.add_record(make(BJORN, says=None, acts=None))
    store.add_record(_speaker_record(1))
    assert _names(store, "bjornaes") == ["Sigrún Bjørnæs"]
    # "Bjørnæs" and "Bjornaes" are one alias now (the first spelling stays), as is the title
    with store.session() as session:
        aliases = session.scalars(select(ActorAliasRow.alias)).all()
        titles = session.scalars(select(ActorTitleRow.title)).all()
    assert aliases == ["Bjørnæs"]
    assert titles == ["Førsteråd"]
    for speaker in ("bjornaes", "BJØRNÆS", "sigrun bjornaes"):
        assert [h.text for h in store.quotes(speaker=speaker)] == [QUOTE], speaker
    (lineage,) = lineage_search(store, "osterbro pier")
    assert [lin.id for lin in lineage_search(store, "Østerbro")] == [lineage.id]


def test_fl01_rekeys_a_store_written_by_the_fold_before(db_url: str, monkeypatch) -> None:
    """A store as the code before ``fl01`` wrote it (the fold kept ``ø``, ``ı``, ...; two
    spellings of one alias and one title kept apart): upgraded on open, its names, aliases,
    statements and quote wordings are found by the plain letters, and the spellings that
    are one key now are one row (the first; the title's dates widened)."""
    monkeypatch.setattr(store_identity, "_UNDECOMPOSED", str.maketrans({}))
    with open_store(db_url) as store:
        store.add_record(_named(YILDIRIM, LOKKE))
        early = Actor(BJORN.id, BJORN.name, BJORN.kind, BJORN.country, ["Førsteråd"], BJORN.aliases)
        store.add_record(make(early, says=None, acts=None, published="2026-01-10"))
        store.add_record(make(BJORN_LATER, says=None, acts=None, published="2026-04-20"))
        store.add_record(_speaker_record(1))
        store.add_record(_speaker_record(2))
        with store.session() as session:
            folded = set(session.scalars(select(ActorRow.folded_name)))
            aliases = sorted(session.scalars(select(ActorAliasRow.key)))
            wordings = set(session.scalars(select(QuoteLineageRow.key)))
        # written the old way
        assert {"binali yıldırım", "lars løkke rasmussen", "sigrun bjørnæs"} <= folded - {None}
        assert aliases == ["bjornaes", "bjørnæs"]
        assert wordings == {normalise_quote(QUOTE)} and "østerbro" in normalise_quote(QUOTE)
        cfg = migrate.alembic_config()
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "an01")
            key = conn.execute(text("SELECT speaker_key FROM quotes LIMIT 1")).scalar()
            assert "bjørnæs" in key
    monkeypatch.undo()
    with open_store(db_url) as store:  # upgraded on open
        for query in ("yildirim", "YILDIRIM", "Yıldırım"):
            assert _names(store, query) == ["Binali Yıldırım"], query
        assert _names(store, "lokke") == ["Lars Løkke Rasmussen"]
        assert _names(store, "bjornaes") == ["Sigrún Bjørnæs"]
        with store.session() as session:
            folded = {n: f for n, f in session.execute(select(ActorRow.name, ActorRow.folded_name))}
            aliases = session.execute(
                select(ActorAliasRow.alias, ActorAliasRow.key).order_by(ActorAliasRow.id)
            ).all()
            titles = session.execute(
                select(
                    ActorTitleRow.title,
                    ActorTitleRow.key,
                    ActorTitleRow.first_seen,
                    ActorTitleRow.last_seen,
                )
            ).all()
            wordings = session.execute(select(QuoteLineageRow.key, QuoteLineageRow.signature)).all()
        assert all(f == fold(n) for n, f in folded.items()), folded
        assert [tuple(a) for a in aliases] == [("Bjørnæs", "bjornaes")]
        assert [tuple(t) for t in titles] == [
            ("Førsteråd", "forsterad", dt.date(2026, 1, 10), dt.date(2026, 4, 20))
        ]
        assert {k for k, _ in wordings} == {normalise_quote(QUOTE)}
        # the wordings' signatures and LSH buckets are the new key's
        sig = quote_signature(normalise_quote(QUOTE))
        assert {s for _, s in wordings} == {to_bytes(sig)}
        bands = set(band_keys(sig.hashvalues, CANDIDATE_THRESHOLD, NUM_PERM))
        with store.engine.connect() as conn:
            stored = conn.execute(text("SELECT band, bucket FROM quote_buckets")).all()
        assert {tuple(b) for b in stored} == bands
        for speaker in ("bjornaes", "BJØRNÆS"):
            assert len(store.quotes(speaker=speaker)) == 2, speaker
        assert len(lineage_search(store, "osterbro pier")) == 1
        # a new article's repeat of the quotation joins the stored wordings' lineage
        store.add_record(_speaker_record(3))
        (lineage,) = lineage_search(store, "osterbro")
        assert len(lineage.appearances) == 3
