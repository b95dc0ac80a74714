"""Joint statements found by each party's name: their ``speaker_key`` gains the parties' names.

A joint statement ("Putin and his foreign minister, Sergey Lavrov, signaled ...") has no single
speaker: its ``speaker_key`` held only the folded words of the whole phrase, and a speaker
search reached its parties through their actors' canonical names, lower-cased but not
accent-folded (``"erdogan"`` missed a party named ``Recep Tayyip Erdoğan``). From this revision
the key also holds each named party's folded name (:func:`onrecord.store.rows.joint_speaker_key`),
as a statement's own speaker's name is; this brings the joint statements already stored to it.
No table changes; only the quotes with party rows are read and written.

Revision ID: jnt01
Revises: pg03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from onrecord.store.identity import fold
from onrecord.store.rows import joint_speaker_key

revision: str = "jnt01"
down_revision: str | Sequence[str] | None = "pg03"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A party's row is a ``speaker`` mention of a statement with no single speaker, lying inside
# (not equal to) the statement's own speaker phrase.
_PARTIES = sa.text(
    "SELECT q.id, q.article_id, q.speaker_name, q.speaker_text, m.actor_id, m.text "
    "FROM mentions m "
    "JOIN quotes q ON q.id = m.quote_id "
    "WHERE m.role = 'speaker' AND q.speaker_actor_id IS NULL AND q.speaker_start IS NOT NULL "
    'AND NOT (m.start = q.speaker_start AND m."end" = q.speaker_end) '
    "ORDER BY q.id, m.start, m.id"
)
_LOCALS = sa.text(
    "SELECT actor_id, name FROM article_actors WHERE article_id = :article ORDER BY ordinal"
)
_SET_KEY = sa.text("UPDATE quotes SET speaker_key = :key WHERE id = :id")


def _joint_quotes() -> dict[int, tuple[str, str, list[tuple[int | None, str]]]]:
    """Store id → (article id, the speaker phrase's own key, parties as (actor id, words))."""
    out: dict[int, tuple[str, str, list[tuple[int | None, str]]]] = {}
    for qid, article, name, phrase, actor_id, text in op.get_bind().execute(_PARTIES):
        own = f"{fold(name)} | {fold(phrase)}"  # as onrecord.store.rows keys any speaker
        out.setdefault(qid, (article, own, []))[2].append((actor_id, text))
    return out


def _name(candidates: list[str], words: str) -> str | None:
    """The name a party went by in its article, as a stored article is rebuilt
    (``onrecord.store.core._local_of``): of the article's actors stored as this global actor,
    the one whose name the words hold, else the first."""
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    folded = fold(words)
    return next((c for c in candidates if fold(c) in folded), candidates[0])


def upgrade() -> None:
    bind = op.get_bind()
    names: dict[str, dict[int, list[str]]] = {}
    for qid, (article, own, parties) in _joint_quotes().items():
        if article not in names:
            by_actor: dict[int, list[str]] = {}
            for actor_id, name in bind.execute(_LOCALS, {"article": article}):
                by_actor.setdefault(actor_id, []).append(name)
            names[article] = by_actor
        party_names = [
            _name(names[article].get(actor_id, []), text) if actor_id is not None else None
            for actor_id, text in parties
        ]
        key = joint_speaker_key(own, party_names)
        bind.execute(_SET_KEY, {"key": key, "id": qid})


def downgrade() -> None:
    bind = op.get_bind()
    for qid, (_, own, _) in _joint_quotes().items():
        bind.execute(_SET_KEY, {"key": own, "id": qid})
