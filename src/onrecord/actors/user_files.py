"""The user's own actor files: checked, then kept where every later extraction reads them.

``onrecord actors import FILE`` calls :func:`import_actor_file`: the file is loaded on top of
the packaged knowledge base first (a malformed file is refused with ``path: reason`` and
nothing is copied), then copied into :func:`onrecord.actors.kb.user_actors_dir`
(``~/.config/onrecord/actors/`` by default). :func:`onrecord.actors.load_kb` reads every
file there, in name order, before ``extra=`` files and ``$ONRECORD_ACTORS``; so ``extract``,
``ingest`` and the Python API all use it from then on. Importing a file with the same name
again replaces it; deleting it from the folder (or :func:`remove_actor_file`) undoes it.
Articles already stored keep the actors they were stored with.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from onrecord.actors.kb import KBError, load_kb, read_yaml, user_actor_files, user_actors_dir

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class ImportedFile:
    """An actor file as stored: where, and how many entries of each section it has."""

    path: Path
    countries: int
    organizations: int
    people: int
    replaced: bool = False


def _counts(path: Path) -> tuple[int, int, int]:
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise KBError(f"{path}: not a mapping (expected as_of, countries, organizations, people)")

    def n(section: str) -> int:
        value = data.get(section)
        return len(value) if isinstance(value, list) else 0

    return n("countries"), n("organizations"), n("people")


def stored_name(source: Path, name: str | None = None) -> str:
    """The file name an import is kept under: ``name`` or the source's, made safe, ``.yaml``."""
    stem = _SAFE.sub("-", (name or source.stem)).strip("-.") or "actors"
    return stem if stem.endswith((".yaml", ".yml")) else f"{stem}.yaml"


def import_actor_file(source: Path | str, *, name: str | None = None) -> ImportedFile:
    """Check a user actor file and keep a copy where :func:`load_kb` reads it.

    Args:
        source: the user's YAML file (shape in ``docs/actors.md``).
        name: the name to keep it under (default: the source's file name).

    Returns:
        Where it was stored and what it holds.

    Raises:
        KBError: the file is missing, malformed, or does not load on top of the packaged data.
    """
    path = Path(source)
    if not path.is_file():
        raise KBError(f"{path}: no such file")
    countries, organizations, people = _counts(path)
    if not (countries or organizations or people):
        raise KBError(f"{path}: no countries, organizations or people to import")
    load_kb(extra=[path])  # the whole file, validated the way extraction will read it
    folder = user_actors_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / stored_name(path, name)
        replaced = target.exists()
        # Copy beside the target then rename: a reader never sees half a file.
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".import-", suffix=".tmp")
        os.close(fd)
        try:
            shutil.copyfile(path, tmp)
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError as exc:
        raise KBError(f"{folder}: cannot store the file: {exc.strerror or exc}") from exc
    return ImportedFile(target, countries, organizations, people, replaced)


def list_actor_files() -> list[ImportedFile]:
    """The imported files, in the order :func:`load_kb` applies them."""
    found: list[ImportedFile] = []
    for path in user_actor_files():
        try:
            c, o, p = _counts(path)
        except KBError:
            c = o = p = 0
        found.append(ImportedFile(path, c, o, p))
    return found


def remove_actor_file(name: str) -> Path:
    """Delete an imported file by its stored name (with or without ``.yaml``).

    Raises:
        KBError: no imported file has this name.
    """
    for path in user_actor_files():
        if name in (path.name, path.stem):
            path.unlink()
            return path
    raise KBError(f"{user_actors_dir()}: no imported actor file named {name!r}")
