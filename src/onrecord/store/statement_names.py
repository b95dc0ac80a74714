"""The statements' copies of their actors' current names (``quotes.speaker_names`` and
``quotes.addressee_names``), rewritten when an actor's name or statements change.

A speaker search matches the words and the name the article gave (``speaker_key``) and these
names, so an actor's statements are found by the actor's current name, as its page lists
them: after ``onrecord actors merge`` (the folded-in actor's statements are the kept one's),
``actors split --name`` (the moved ones are the new actor's) and when a later article gives
a stored person a fuller name ("Marr" → "Teo Marr"). One column on the statement, not a
join at search time: a single ``LIKE`` more on the row keeps the plans a speaker search had
(a walk in date order for a common name, one pass for a rare one), where an ``OR`` with
subqueries made PostgreSQL choose wrongly both ways.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from onrecord.store.rows import folded_names
from onrecord.store.schema import ActorRow, MentionRow, QuoteRow


def refresh_names(session: Session, actor_ids: Iterable[int]) -> int:
    """Rewrite ``speaker_names`` / ``addressee_names`` of every statement of these actors:
    as its speaker, its addressee or a party of a joint statement.

    Returns:
        How many statement rows were written.
    """
    ids = sorted(set(actor_ids))
    if not ids:
        return 0
    session.flush()
    rows = session.execute(select(ActorRow.id, ActorRow.name).where(ActorRow.id.in_(ids)))
    names = {int(actor_id): name for actor_id, name in rows.tuples()}
    written = 0
    for actor_id in ids:
        folded = folded_names([names.get(actor_id)])
        for actor_col, names_col in (
            (QuoteRow.speaker_actor_id, "speaker_names"),
            (QuoteRow.addressee_actor_id, "addressee_names"),
        ):
            result = session.execute(
                update(QuoteRow)
                .where(actor_col == actor_id)
                .values({names_col: folded})
                .execution_options(synchronize_session=False)
            )
            written += int(getattr(result, "rowcount", 0) or 0)
    joint = (
        select(MentionRow.quote_id)
        .join(QuoteRow, QuoteRow.id == MentionRow.quote_id)
        .where(
            MentionRow.actor_id.in_(ids),
            MentionRow.role == "speaker",
            QuoteRow.speaker_actor_id.is_(None),
        )
    )
    parties: dict[int, list[str]] = {}
    for quote_id, name in session.execute(
        select(MentionRow.quote_id, ActorRow.name)
        .join(ActorRow, ActorRow.id == MentionRow.actor_id)
        .where(MentionRow.quote_id.in_(joint), MentionRow.role == "speaker")
        .order_by(MentionRow.quote_id, MentionRow.start, MentionRow.id)
    ).tuples():
        parties.setdefault(int(quote_id), []).append(name)
    for quote_id, party_names in parties.items():
        session.execute(
            update(QuoteRow)
            .where(QuoteRow.id == quote_id)
            .values(speaker_names=folded_names(party_names))
            .execution_options(synchronize_session=False)
        )
    written += len(parties)
    return written
