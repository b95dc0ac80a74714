"""``onrecord actors`` (listing, merge, split, fixes, import, files) and ``onrecord actor NAME``.

Fictional actors only (the sample corpus's Velmara, Drovnia, Saradia).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer

from onrecord.cli import app, main
from onrecord.record import Actor
from onrecord.store import open_store
from tests.store.test_store_actor_identity import make

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SUBCOMMANDS = ("merge", "split", "fixes", "import", "files")


def run(capsys, *args: str) -> tuple[int, str, str]:
    """Run ``onrecord ARGS`` in-process; return (exit code, stdout, stderr)."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(db_url: str) -> str:
    """A store with Kettering (XVL) talking to Vorontsin (XDR), two Renns, and a bare "Kettering"
    without a country (which the store rightly keeps apart)."""
    path = db_url
    with open_store(path) as store:
        for day in ("2026-03-02", "2026-03-16"):
            store.add_record(
                make(
                    Actor("a1", "Jonas Kettering", "person", "XVL", ["Foreign Minister"]),
                    ("Aleksei Vorontsin", "person", "XDR"),
                    published=day,
                )
            )
        store.add_record(make(("Tomas Renn", "person", "XVL"), ("Ilse Renn", "person", "XSR")))
        store.add_record(make(("Kettering", "person", None), ("Drovnia", "country", "XDR")))
    return path


def _actor_ids(capsys, db: str) -> dict[str, int]:
    code, out, _ = run(capsys, "actors", "--db", db, "-f", "json")
    assert code == 0
    return {row["name"]: row["id"] for row in json.loads(out)}


# -- help ------------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [("actor",), ("actors",), *(("actors", s) for s in SUBCOMMANDS)])
def test_actors_cmds_help_with_example(capsys, args: tuple[str, ...]) -> None:
    code, out, _ = run(capsys, *args, "--help")
    assert code == 0 and "Usage" in out and "Example" in out


def test_actors_cmds_group_lists_its_subcommands() -> None:
    group = typer.main.get_command(app).commands["actors"]  # type: ignore[attr-defined]
    assert set(SUBCOMMANDS) <= set(group.commands)  # type: ignore[attr-defined]


def test_actors_cmds_in_readme() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    missing = [
        s
        for s in ("onrecord actor NAME", *(f"onrecord actors {s}" for s in SUBCOMMANDS))
        if s not in readme
    ]
    assert not missing


# -- listing ----------------------------------------------------------------------------------


def test_actors_cmds_listing_keeps_its_options(capsys, db: str) -> None:
    code, out, _ = run(
        capsys, "actors", "--db", db, "--kind", "person", "--country", "xvl", "-f", "jsonl"
    )
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["name"] for r in rows] == ["Jonas Kettering", "Tomas Renn"]
    assert {"id", "name", "kind", "country", "aliases", "titles", "articles", "quotes"} <= set(
        rows[0]
    )
    code, out, _ = run(capsys, "actors", "--db", db)
    assert code == 0 and "Vorontsin" in out and "6 actor(s)" in out
    code, out, _ = run(capsys, "actors", "--db", db, "-n", "1", "-f", "csv")
    assert code == 0 and len(out.splitlines()) == 2
    code, _, err = run(capsys, "actors", "--db", db, "--kind", "planet")
    assert code == 2 and "unknown kind" in err and "Traceback" not in err


# -- profile ----------------------------------------------------------------------------------


def test_actors_cmds_actor_profile_table_and_json(capsys, db: str) -> None:
    code, out, _ = run(capsys, "actor", "jonas kettering", "--db", db)
    assert code == 0
    for part in (
        "Jonas Kettering",
        "XVL",
        "Foreign Minister",
        "2026-03-02",
        "2026-03-16",
        "Aleksei Vorontsin (2)",
    ):
        assert part in out
    code, out, _ = run(capsys, "--db", db, "actor", "Jonas Kettering", "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["name"] == "Jonas Kettering" and data["statements"] == 2
    assert data["titles"] == [
        {
            "title": "Foreign Minister",
            "country": "XVL",
            "first_seen": "2026-03-02",
            "last_seen": "2026-03-16",
        }
    ]
    assert data["top_addressees"][0]["name"] == "Aleksei Vorontsin"
    assert data["top_targets"][0]["count"] == 2
    assert (data["first_seen"], data["last_seen"]) == ("2026-03-02", "2026-03-16")


def test_actors_cmds_actor_accent_insensitive_and_by_id(capsys, db: str) -> None:
    ids = _actor_ids(capsys, db)
    code, out, _ = run(capsys, "actor", "ALEKSEÏ VORONTSIN", "--db", db, "-f", "json")
    assert code == 0 and json.loads(out)["id"] == ids["Aleksei Vorontsin"]
    code, out, _ = run(capsys, "actor", f"#{ids['Tomas Renn']}", "--db", db, "-f", "json")
    assert code == 0 and json.loads(out)["name"] == "Tomas Renn"


def test_actors_cmds_actor_ambiguous_lists_candidates(capsys, db: str) -> None:
    code, out, err = run(capsys, "actor", "Renn", "--db", db)
    assert code == 1 and out == "" and "Traceback" not in err
    lines = err.splitlines()
    assert lines[0].startswith("onrecord: error:") and "matches 2 actors" in lines[0]
    assert any("Tomas Renn (person, XVL)" in line for line in lines[1:])
    assert any("Ilse Renn (person, XSR)" in line for line in lines[1:])


def test_actors_cmds_actor_unknown_one_line(capsys, db: str) -> None:
    code, out, err = run(capsys, "actor", "Nobody Known", "--db", db)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1


# -- merge / split / fixes -------------------------------------------------------------------------


def test_actors_cmds_merge_then_reingest_follows(capsys, db: str) -> None:
    ids = _actor_ids(capsys, db)
    code, out, err = run(capsys, "actors", "merge", "Jonas Kettering", "Kettering", "--db", db)
    assert code == 0, err
    assert out.startswith("merged #") and "fix(es) recorded" in out
    assert "Kettering" not in _actor_ids(capsys, db)
    with open_store(db) as store:
        store.add_record(make(("Kettering", "person", None)))
    code, out, _ = run(capsys, "actor", str(ids["Jonas Kettering"]), "--db", db, "-f", "json")
    data = json.loads(out)
    assert data["articles"] == 4 and "Kettering" in data["aliases"] and data["fixes"]
    code, out, _ = run(capsys, "actors", "fixes", "--db", db, "-f", "jsonl")
    fixes = [json.loads(line) for line in out.splitlines()]
    assert [(f["action"], f["name"], f["actor_id"]) for f in fixes] == [
        ("merge", "Kettering", ids["Jonas Kettering"])
    ]
    code, out, _ = run(capsys, "actors", "fixes", "--db", db, "--forget", str(fixes[0]["id"]))
    assert code == 0 and out.startswith("forgot fix #")
    code, out, _ = run(capsys, "actors", "fixes", "--db", db, "-f", "json")
    assert json.loads(out) == []


def test_actors_cmds_group_db_option_reaches_subcommands(capsys, db: str) -> None:
    code, out, err = run(
        capsys, "actors", "--db", db, "merge", "Jonas Kettering", "Kettering", "-f", "json"
    )
    assert code == 0, err
    assert json.loads(out)["action"] == "merge"


def test_actors_cmds_merge_errors_are_one_line(capsys, db: str) -> None:
    code, _, err = run(capsys, "actors", "merge", "Tomas Renn", "Tomas Renn", "--db", db)
    assert code == 1 and "same actor" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "actors", "merge", "Tomas Renn", "Renn", "--db", db)
    assert code == 1 and "matches 2 actors" in err
    code, _, err = run(capsys, "actors", "merge", "Tomas Renn", "--db", db)
    assert code == 2 and "Traceback" not in err


def test_actors_cmds_split(capsys, db: str) -> None:
    with open_store(db) as store:
        store.add_record(
            make(("T. Renn", "person", "XVL"), ("Saradia", "country", "XSR"))
        )  # joins Tomas Renn
    assert "T. Renn" not in _actor_ids(capsys, db)
    code, out, err = run(
        capsys,
        "actors",
        "split",
        "Tomas Renn",
        "--alias",
        "T. Renn",
        "--name",
        "Tereza Renn",
        "--db",
        db,
    )
    assert code == 0, err
    assert "new actor #" in out and "Tereza Renn" in out
    with open_store(db) as store:
        store.add_record(make(("T. Renn", "person", "XVL")))
    code, out, _ = run(capsys, "actor", "Tereza Renn", "--db", db, "-f", "json")
    assert json.loads(out)["articles"] == 2
    code, _, err = run(capsys, "actors", "split", "Tomas Renn", "--alias", "Nobody", "--db", db)
    assert code == 1 and "no stored mention" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "actors", "split", "Tomas Renn", "--db", db)
    assert code == 2 and "--alias" in err


# -- import / files ------------------------------------------------------------------------------


@pytest.fixture
def config(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("ONRECORD_CONFIG_DIR", str(folder))
    return folder


def test_actors_cmds_import_is_used_by_later_extraction(capsys, config: Path) -> None:
    from onrecord.actors import load_kb

    assert load_kb().lookup("Elena Marvik") is None
    code, out, err = run(capsys, "actors", "import", str(EXAMPLES / "actors.yaml"))
    assert code == 0, err
    assert out.startswith("imported ") and "17 people" in out
    stored = config / "actors" / "actors.yaml"
    assert stored.read_bytes() == (EXAMPLES / "actors.yaml").read_bytes()
    entry = load_kb().lookup("Elena Marvik")
    assert entry is not None and entry.country == "XVL"
    code, out, _ = run(capsys, "actors", "import", str(EXAMPLES / "actors.yaml"))
    assert code == 0 and out.startswith("replaced ")
    code, out, _ = run(capsys, "actors", "files", "-f", "json")
    assert [Path(r["file"]).name for r in json.loads(out)] == ["actors.yaml"]
    code, out, _ = run(capsys, "actors", "files", "--remove", "actors")
    assert code == 0 and not stored.exists()
    assert load_kb().lookup("Elena Marvik") is None


def test_actors_cmds_import_extraction_end_to_end(capsys, config: Path, tmp_path: Path) -> None:
    article = tmp_path / "2026-03-05-marvik.txt"
    article.write_text(
        "“We will not be moved,” Velmaran President Elena Marvik said on Thursday.\n",
        encoding="utf-8",
    )
    assert run(capsys, "actors", "import", str(EXAMPLES / "actors.yaml"))[0] == 0
    code, out, _ = run(capsys, "extract", str(article))
    record = json.loads(out)
    marvik = next(a for a in record["actors"] if a["name"] == "Elena Marvik")
    assert code == 0 and marvik["country"] == "XVL"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("people:\n  - name: Ada Quill\n    titles: [{title: Envoy, start: 2026-13-45}]\n", "date"),
        ("people: [unclosed\n", ""),
        ("- just\n- a list\n", "mapping"),
        ("as_of: 2026-01-01\n", "no countries"),
    ],
)
def test_actors_cmds_import_bad_file_one_line_nothing_copied(
    capsys, config: Path, tmp_path: Path, content: str, reason: str
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "actors", "import", str(bad))
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and str(bad) in err
    assert reason in err
    assert not (config / "actors" / "bad.yaml").exists()


def test_actors_cmds_import_missing_file(capsys, config: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "actors", "import", str(tmp_path / "nope.yaml"))
    assert code == 1 and "no such file" in err
    code, _, err = run(capsys, "actors", "files", "--remove", "nope")
    assert code == 1 and "no imported actor file" in err
