"""CLI commands for actors: the ``actors`` listing and its fixes (merge, split, import ...), and
``actor NAME`` profiles.

``onrecord actors`` is a command group that lists when no subcommand is given, so
``onrecord actors --country RUS`` and ``onrecord actors merge A B`` both work. Each command is
a thin layer over :mod:`onrecord.store.actor_fixes`, :mod:`onrecord.store.actor_queries` and
:mod:`onrecord.actors.user_files`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from enum import Enum
from typing import Annotated, Any, Optional

import typer

from onrecord.cli.common import (
    PROG,
    DbOption,
    FormatOption,
    LimitOption,
    OutputFormat,
    _cell,
    _console,
    _open_store,
    _state,
    _stderr,
    app,
    command_group,
    emit,
)
from onrecord.cli.confidence import MinConfidenceOption, _min_confidence
from onrecord.errors import OnrecordError
from onrecord.record import ACTOR_KINDS

actors_app = command_group("actors", runs_alone=True)


class ProfileFormat(str, Enum):
    """How ``actor`` prints a profile."""

    table = "table"
    json = "json"


ActorArgument = Annotated[
    str,
    typer.Argument(
        metavar="NAME",
        help="Actor id (12 or #12), name, alias or country code.",
        show_default=False,
    ),
]


# -- listing -------------------------------------------------------------------------------------


def _actors_table(rows: Sequence[dict[str, Any]]) -> Any:
    from rich.table import Table

    table = Table(title=f"{len(rows)} actor(s)" if rows else "no actors found")
    for name in ("id", "name", "kind", "country", "titles", "quotes", "articles"):
        table.add_column(name, justify="right" if name in ("id", "quotes", "articles") else "left")
    for row in rows:
        table.add_row(
            *(
                _cell(row[k])
                for k in ("id", "name", "kind", "country", "titles", "quotes", "articles")
            )
        )
    return table


@actors_app.callback(invoke_without_command=True)
def actors(
    ctx: typer.Context,
    country: Annotated[
        Optional[str],
        typer.Option("--country", "-c", help="ISO 3166-1 alpha-3 code (or IGO code), e.g. RUS."),
    ] = None,
    kind: Annotated[
        Optional[str],
        typer.Option(
            "--kind", "-k", help="person, organization, country, igo, group, outlet or document."
        ),
    ] = None,
    name: Annotated[
        Optional[str],
        typer.Option("--name", help="Part of the name or an alias (any case, any accents)."),
    ] = None,
    limit: LimitOption = 0,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """List stored actors, the most quoted first; subcommands fix actor identities by hand.

    `merge` folds one actor into another, `split` moves the mentions that use one name to a
    new actor, `fixes` lists both (later ingests follow them), `import` adds your own actor
    file to the knowledge base extraction uses.

    Example: onrecord actors --kind person --country VLM --format jsonl
    """
    if db:
        _state(ctx)["db"] = db  # subcommands use the group's --db too
    if ctx.invoked_subcommand is not None:
        return
    if kind is not None and kind.strip().lower() not in ACTOR_KINDS:
        raise typer.BadParameter(
            f"unknown kind {kind!r} ({', '.join(ACTOR_KINDS)})", param_hint="--kind"
        )
    with _open_store(ctx, db) as store:
        found = store.actors(country=country, kind=kind, name=name, limit=limit or None)
    emit([a.to_dict() for a in found], fmt, table=_actors_table)


# -- lookups and errors --------------------------------------------------------------------------


def _lookup_failed(exc: Any) -> typer.Exit:
    """Report an unknown or ambiguous actor name: one error line, then the candidates."""
    _stderr(f"{PROG}: error: {exc}")
    for candidate in exc.candidates:
        _stderr(f"  {candidate}")
    return typer.Exit(1)


def _one_line(message: str) -> str:
    return " ".join(str(message).split())


# -- merge / split / fixes -----------------------------------------------------------------------


def _moved_summary(moved: dict[str, int]) -> str:
    labels = {
        "article_actors": "article mention(s)",
        "quotes.speaker_actor_id": "statement(s) as speaker",
        "quotes.addressee_actor_id": "statement(s) as addressee",
        "mentions": "speaker/addressee mention(s)",
        "events": "event end(s)",
        "events.source": "event(s) as source",
        "events.target": "event(s) as target",
    }
    parts = [f"{n} {labels.get(k, k)}" for k, n in moved.items() if n]
    return ", ".join(parts) if parts else "nothing else"


@actors_app.command("merge")
def merge(
    ctx: typer.Context,
    keep: Annotated[
        str,
        typer.Argument(
            metavar="A", help="The actor that stays (id, name or alias).", show_default=False
        ),
    ],
    fold_in: Annotated[
        str, typer.Argument(metavar="B", help="The actor folded into A.", show_default=False)
    ],
    fmt: Annotated[
        ProfileFormat,
        typer.Option("--format", "-f", help="table (a sentence) or json.", case_sensitive=False),
    ] = ProfileFormat.table,
    db: DbOption = None,
) -> None:
    """Fold actor B into actor A: B's aliases, titles, quotes, mentions and events move to A.

    The fix is recorded, so articles ingested later that name B the way it was stored land
    on A. Names match ids, names and aliases (any case, any accents); an ambiguous name
    lists the candidates, and an id settles it.

    Example: onrecord actors merge "Elena Marvik" "E. Marvik"
    """
    from onrecord.store.actor_fixes import ActorLookupError, merge_actors

    with _open_store(ctx, db) as store:
        try:
            result = merge_actors(store, keep, fold_in)
        except ActorLookupError as exc:
            raise _lookup_failed(exc) from None
    if fmt is ProfileFormat.json:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    sys.stdout.write(
        f"merged {result.other} into {result.actor}: moved {_moved_summary(result.moved)}; "
        f"{result.fixes} fix(es) recorded for later ingests\n"
    )


@actors_app.command("split")
def split(
    ctx: typer.Context,
    actor: ActorArgument,
    alias: Annotated[
        str,
        typer.Option(
            "--alias", "-a", help="The name whose mentions move to a new actor.", show_default=False
        ),
    ],
    name: Annotated[
        Optional[str],
        typer.Option(
            "--name", help="Name of the new actor (default: the moved mentions' commonest name)."
        ),
    ] = None,
    fmt: Annotated[
        ProfileFormat,
        typer.Option("--format", "-f", help="table (a sentence) or json.", case_sensitive=False),
    ] = ProfileFormat.table,
    db: DbOption = None,
) -> None:
    """Move the mentions of ACTOR that go by --alias to a new actor (two people were one).

    An article's mention moves when the record named the actor that way (its name or one of
    its aliases), with its quotes, speaker/addressee mentions and events. The fix is
    recorded: later articles naming an actor that way land on the new actor.

    Example: onrecord actors split Renn --alias "Tomas Renn"
    """
    from onrecord.store.actor_fixes import ActorLookupError, split_actor

    with _open_store(ctx, db) as store:
        try:
            result = split_actor(store, actor, alias, name=name)
        except ActorLookupError as exc:
            raise _lookup_failed(exc) from None
    if fmt is ProfileFormat.json:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    sys.stdout.write(
        f"split {alias!r} off {result.other} into new actor {result.actor}: moved {_moved_summary(result.moved)}; "
        f"{result.fixes} fix(es) recorded for later ingests\n"
    )


@actors_app.command("separate")
def separate(
    ctx: typer.Context,
    actor: Annotated[
        Optional[str],
        typer.Argument(
            metavar="[NAME]",
            help="The description actor to separate (id, name or alias); default: every one "
            "`actors audit` lists as shared.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        ProfileFormat,
        typer.Option("--format", "-f", help="table (sentences) or json.", case_sensitive=False),
    ] = ProfileFormat.table,
    db: DbOption = None,
) -> None:
    """Give each story its own actor for a description joined across stories.

    A description that names no one by itself ("group", "the company", "party") is one actor
    only within the copies of one story. A store written before that rule joined every
    article's "group" into one actor; this gives each story's mentions, with their statements
    and events, an actor of its own (the first story's stay). `actors audit` lists such
    actors as "shared".

    Example: onrecord actors separate group
    """
    from onrecord.store.actor_fixes import ActorLookupError
    from onrecord.store.description_actors import separate_descriptions

    with _open_store(ctx, db) as store:
        try:
            done = separate_descriptions(store, actor)
        except ActorLookupError as exc:
            raise _lookup_failed(exc) from None
    if fmt is ProfileFormat.json:
        sys.stdout.write(
            json.dumps([d.to_dict() for d in done], ensure_ascii=False, indent=2) + "\n"
        )
        return
    if not done:
        sys.stdout.write("no description is shared across stories; nothing to separate\n")
    for d in done:
        sys.stdout.write(
            f"separated {d.actor} into {d.stories} actors, one per story "
            f"(#{', #'.join(str(n.id) for n in d.new)} are new): moved {_moved_summary(d.moved)}\n"
        )


def _fixes_table(rows: Sequence[dict[str, Any]]) -> Any:
    from rich.table import Table

    table = Table(title=f"{len(rows)} fix(es)" if rows else "no fixes recorded")
    for name in ("id", "action", "name", "kind", "country", "actor", "note"):
        table.add_column(name, justify="right" if name == "id" else "left")
    for row in rows:
        table.add_row(
            _cell(row["id"]), row["action"], row["name"], row["kind"], _cell(row["country"]),
            f"#{row['actor_id']} {row['actor']}", _cell(row["note"]),
        )  # fmt: skip
    return table


@actors_app.command("fixes")
def fixes(
    ctx: typer.Context,
    forget: Annotated[
        Optional[int],
        typer.Option(
            "--forget",
            help="Delete the recorded fix with this id (what it moved stays).",
            metavar="ID",
        ),
    ] = None,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """List the recorded merges and splits that later ingests follow.

    Each row says which name (with kind and country) now lands on which actor. `--forget ID`
    deletes one: what it moved stays where it is, later articles are matched as usual.

    Example: onrecord actors fixes --format jsonl
    """
    from onrecord.store.actor_fixes import forget_fix, list_fixes

    with _open_store(ctx, db) as store:
        if forget is not None:
            gone = forget_fix(store, forget)
            sys.stdout.write(
                f"forgot fix #{gone.id} ({gone.action} {gone.name!r} → #{gone.actor_id} {gone.actor})\n"
            )
            return
        rows = [f.to_dict() for f in list_fixes(store)]
    emit(rows, fmt, table=_fixes_table)


# -- audit -------------------------------------------------------------------------------------


def _audit_table(rows: Sequence[dict[str, Any]]) -> Any:
    from rich.table import Table

    table = Table(
        title=f"{len(rows)} suspicious name(s) or title(s)" if rows else "nothing suspicious found"
    )
    for name in ("actor", "issue", "name", "reason", "fix"):
        table.add_column(name)
    for row in rows:
        table.add_row(
            f"#{row['actor_id']} {row['actor']}", row["issue"], row["name"], row["reason"], _cell(row["fix"]),
        )  # fmt: skip
    return table


@actors_app.command("audit")
def audit(
    ctx: typer.Context,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """List suspicious aliases and titles, with the command that fixes each.

    An alias is suspicious when its surname is not a word of the person's name ("Mr. King"
    on Vladimir Putin's page) or a description ("press secretary"); a title when it is no
    office noun phrase ("Part of the Network President"); a country's alias when it names a
    newspaper or a poll. Such an
    alias never decides identity, but it is shown; `actors split` moves its mentions away.

    Example: onrecord actors audit --format jsonl
    """
    from onrecord.store.actor_audit import audit_actors

    with _open_store(ctx, db) as store:
        rows = [f.to_dict() for f in audit_actors(store)]
    emit(rows, fmt, table=_audit_table)


# -- import ------------------------------------------------------------------------------------


@actors_app.command("import")
def import_(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE",
            help="Your actor YAML file (shape in docs/actors.md).",
            show_default=False,
        ),
    ],
    name: Annotated[
        Optional[str],
        typer.Option("--name", help="Keep it under this file name (default: FILE's name)."),
    ] = None,
) -> None:
    """Add your own actor file to the knowledge base every later `extract` and `ingest` uses.

    Countries, organisations and people with dated titles (shape in docs/actors.md). The file is checked first (a bad file is refused, nothing changes), then copied to
    $ONRECORD_CONFIG_DIR/actors/ (default ~/.config/onrecord/actors/). Importing a file of
    the same name again replaces it; `onrecord actors files` lists what is imported.
    Articles already stored keep their actors.

    Example: onrecord actors import examples/actors.yaml
    """
    from onrecord.actors.kb import KBError
    from onrecord.actors.user_files import import_actor_file

    try:
        done = import_actor_file(file, name=name)
    except KBError as exc:
        raise OnrecordError(_one_line(str(exc))) from None
    verb = "replaced" if done.replaced else "imported"
    sys.stdout.write(
        f"{verb} {done.path} ({done.countries} countries, {done.organizations} organizations, "
        f"{done.people} people); later extraction uses it\n"
    )


@actors_app.command("files")
def files(
    remove: Annotated[
        Optional[str],
        typer.Option("--remove", help="Delete the imported file with this name.", metavar="NAME"),
    ] = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """List the actor files imported with `onrecord actors import`, in the order they apply.

    Example: onrecord actors files --remove actors.yaml
    """
    from onrecord.actors.kb import KBError, user_actors_dir
    from onrecord.actors.user_files import list_actor_files, remove_actor_file

    if remove is not None:
        try:
            gone = remove_actor_file(remove)
        except KBError as exc:
            raise OnrecordError(_one_line(str(exc))) from None
        sys.stdout.write(f"removed {gone}; later extraction no longer uses it\n")
        return
    rows = [
        {
            "file": str(f.path),
            "countries": f.countries,
            "organizations": f.organizations,
            "people": f.people,
        }
        for f in list_actor_files()
    ]

    def table(rows: Sequence[dict[str, Any]]) -> Any:
        from rich.table import Table

        t = Table(
            title=f"{len(rows)} file(s) in {user_actors_dir()}"
            if rows
            else f"no actor files in {user_actors_dir()}"
        )
        for col in ("file", "countries", "organizations", "people"):
            t.add_column(col, justify="left" if col == "file" else "right")
        for row in rows:
            t.add_row(*(_cell(row[c]) for c in ("file", "countries", "organizations", "people")))
        return t

    emit(rows, fmt, table=table)


# -- profile -------------------------------------------------------------------------------------


@app.command("actor")
def actor(
    ctx: typer.Context,
    query: ActorArgument,
    top: Annotated[
        int, typer.Option("--top", help="How many addressees, targets and sources to show.", min=1)
    ] = 5,
    fmt: Annotated[
        ProfileFormat,
        typer.Option(
            "--format", "-f", help="table for people, json for pipes.", case_sensitive=False
        ),
    ] = ProfileFormat.table,
    min_confidence: MinConfidenceOption = None,
    db: DbOption = None,
) -> None:
    """Show an actor's profile: titles with dates, statements, addressees, targets, first/last seen.

    Also its country, aliases and the manual fixes that concern it. NAME matches an id, a name or an alias (any case, any accents), or a country code; when
    several actors match, they are listed and the exit code is 1.

    Example: onrecord actor Vorontsin --format json
    """
    from onrecord.store.actor_fixes import ActorLookupError
    from onrecord.store.actor_queries import actor_profile

    with _open_store(ctx, db) as store:
        try:
            profile = actor_profile(
                store, query, top=top, min_confidence=_min_confidence(min_confidence)
            )
        except ActorLookupError as exc:
            raise _lookup_failed(exc) from None
    if fmt is ProfileFormat.json:
        sys.stdout.write(json.dumps(profile.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    _print_profile(profile)


def _print_profile(profile: Any) -> None:
    from rich.markup import escape
    from rich.table import Table

    console = _console()
    head = f"[bold]{escape(profile.name)}[/bold]  [dim]#{profile.id} · {profile.kind} · {escape(profile.country or 'no country')}[/dim]"
    console.print(head)
    if profile.aliases:
        console.print("also: " + escape(", ".join(profile.aliases)))
    seen = " to ".join(x for x in (profile.first_seen, profile.last_seen) if x) or "undated"
    console.print(
        f"{profile.statements} statement(s)"
        + (f" ({profile.joint_statements} joint)" if profile.joint_statements else "")
        + f", addressed in {profile.addressed}, in {profile.articles} article(s) "
        f"({seen}); events: {profile.events_as_source} as source, {profile.events_as_target} as target"
        + (f" (confidence ≥ {profile.min_confidence:g})" if profile.min_confidence else "")
    )
    if profile.titles:
        titles = Table(title="titles")
        for col in ("title", "country", "first seen", "last seen"):
            titles.add_column(col)
        for t in profile.titles:
            titles.add_row(
                escape(t.title), _cell(t.country), _cell(t.first_seen), _cell(t.last_seen)
            )
        console.print(titles)
    for label, rows in (
        ("top addressees", profile.top_addressees),
        ("top event targets", profile.top_targets),
        ("acted on by", profile.top_sources),
    ):
        if rows:
            console.print(f"{label}: " + escape(", ".join(f"{c.name} ({c.count})" for c in rows)))
    for note in profile.fixes:
        console.print(f"[dim]fix: {escape(note)}[/dim]")
