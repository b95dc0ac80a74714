"""``onrecord actors audit``: suspicious aliases and titles, and the split that fixes them.

Fictional actors only (the sample corpus's Velmara and its people).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.cli import main
from onrecord.record import Actor
from onrecord.store import open_store
from tests.store.test_store_actor_identity import make


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> str:
    """One article wrongly named a host "Mr. Kestrel" as Vadim Orlan and learned a title from
    the words before "President"; its country took a newspaper's name as an alias."""
    path = str(tmp_path / "audit.db")
    orlan = Actor(
        "a1", "Vadim Orlan", "person", "XVL",
        titles=["Part of the Network President", "Foreign Minister"],
        aliases=["Orlan", "Mr. Kestrel", "press secretary"],
    )  # fmt: skip
    velmara = Actor("a2", "Velmara", "country", "XVL", aliases=["The Lorvik Herald"])
    with open_store(path) as store:
        store.add_record(make(("Vadim Orlan", "person", "XVL"), ("Velmara", "country", "XVL")))
        king = Actor("a3", "Oren King", "person", "XVL", aliases=["King"])
        store.add_record(make(orlan, velmara, king))
    return path


def _findings(capsys, db: str) -> list[dict]:
    code, out, err = run(capsys, "actors", "audit", "--db", db, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def test_actors_audit_lists_foreign_alias_non_office_title_and_outlet(capsys, db: str) -> None:
    found = {(f["issue"], f["name"]) for f in _findings(capsys, db)}
    assert ("alias", "Mr. Kestrel") in found
    assert ("title", "Part of the Network President") in found
    assert ("outlet", "The Lorvik Herald") in found
    assert ("description", "press secretary") in found
    assert ("description", "King") not in found  # his surname, though also an office word
    assert not {("alias", "Orlan"), ("title", "Foreign Minister")} & found


def test_actors_audit_fix_command_splits_the_alias_off(capsys, db: str) -> None:
    alias = next(f for f in _findings(capsys, db) if f["name"] == "Mr. Kestrel")
    assert alias["fix"].startswith("onrecord actors split ")
    code, out, err = run(
        capsys,
        "actors",
        "split",
        str(alias["actor_id"]),
        "--alias",
        "Mr. Kestrel",
        "--name",
        "Mr. Kestrel",
        "--db",
        db,
    )
    assert code == 0, err
    after = _findings(capsys, db)
    assert not [f for f in after if f["actor_id"] == alias["actor_id"] and f["issue"] == "alias"], (
        after
    )
    code, out, err = run(capsys, "actor", str(alias["actor_id"]), "--db", db, "-f", "json")
    assert "Mr. Kestrel" not in json.loads(out)["aliases"]


def test_actors_audit_table_and_help(capsys, db: str) -> None:
    code, out, _ = run(capsys, "actors", "audit", "--db", db)
    assert code == 0 and "Mr. Kestrel" in out and "actors split" in out
    code, out, _ = run(capsys, "actors", "audit", "--help")
    assert code == 0 and "Example: onrecord actors audit" in " ".join(out.split())


def test_store_alias_from_one_article_never_pulls_another_persons_statements(
    capsys, db: str
) -> None:
    """A later article's "Kestrel" (same country) is not Vadim Orlan, although one article
    stored "Mr. Kestrel" as his alias."""
    with open_store(db) as store:
        store.add_record(make(("Kestrel", "person", "XVL"), ("Velmara", "country", "XVL")))
    code, out, err = run(capsys, "actor", "Vadim Orlan", "--db", db, "-f", "json")
    assert code == 0, err
    assert json.loads(out)["articles"] == 2
    code, out, _ = run(capsys, "actors", "--db", db, "-f", "json", "--kind", "person")
    assert {"Vadim Orlan", "Kestrel"} <= {row["name"] for row in json.loads(out)}


def test_actors_separate_fixes_what_audit_lists_as_shared(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store written before descriptions were one actor per story: `actors audit` lists the
    joined "group", `actors separate` (the fix it names) gives each story its own."""
    from tests.store.test_description_actors import described, story

    path = str(tmp_path / "joined.db")
    with open_store(path) as store, monkeypatch.context() as old_rule:
        old_rule.setattr("onrecord.store.actors.story_local", lambda actor: False)
        store.add_record(story(0, described("group")))
        store.add_record(story(1, described("group")))
    (shared,) = [f for f in _findings(capsys, path) if f["issue"] == "shared"]
    code, out, err = run(capsys, *shared["fix"].split()[1:], "--db", path)
    assert code == 0, err
    assert out.startswith(f"separated #{shared['actor_id']} group (group, no country) into 2")
    assert not [f for f in _findings(capsys, path) if f["issue"] == "shared"]
    code, out, _ = run(capsys, "actors", "separate", "--db", path)
    assert code == 0 and "nothing to separate" in out
    code, out, err = run(capsys, "actors", "separate", "Velmara", "--db", path)
    assert code == 1 and err == "onrecord: error: no stored actor matches 'Velmara'\n"
