"""The actor knowledge base: countries, organisations and dated office-holders.

The packaged data lives in ``data/*.yaml`` (written by the team, see ``docs/actors.md``);
users add or override entries with their own YAML files of the same shape, passed to
:func:`load_kb` or named in the ``ONRECORD_ACTORS`` environment variable.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry
import yaml

from onrecord import settings
from onrecord.actors.identity import fold, name_key, split_name
from onrecord.actors.lexicon import DATA_DIR, Lexicon, load_lexicon

PACKAGED_FILES = ("countries.yaml", "organizations.yaml", "people.yaml", "leaders.yaml")

# Surface priorities when one string names several entries ("Tripoli", "Brussels").
PRIO_ORG = 60
PRIO_METONYM = 55
PRIO_COUNTRY = 50
PRIO_PERSON = 45
PRIO_CAPITAL = 40
PRIO_PEOPLE = 35
PRIO_CITY = 30
PRIO_DEMONYM = 20

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class KBError(ValueError):
    """A knowledge-base file is malformed (the message starts with ``path:``)."""


@dataclass(slots=True)
class Office:
    """One dated office: ``title`` (free text), its ``role`` from the lexicon, and the
    country the holder acts for while holding it (None: the person's own country)."""

    title: str
    role: str | None
    start: dt.date | None = None
    end: dt.date | None = None
    country: str | None = None

    def holds(self, on: dt.date) -> bool:
        """Whether the office was held on ``on`` (start inclusive, end exclusive)."""
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(slots=True)
class KBEntry:
    """One canonical actor of the knowledge base."""

    key: str
    name: str
    kind: str  # person | organization | country | igo | group
    country: str | None
    aliases: list[str] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    part_of: str | None = None

    def country_on(self, on: dt.date | None) -> str | None:
        """The country (or IGO code) the actor acts for on a date."""
        if on is not None:
            for o in self.offices:
                if o.country and o.holds(on):
                    return o.country
        return self.country

    def titles_on(self, on: dt.date | None) -> list[str]:
        """Titles held on ``on`` (all current ones when ``on`` is None: open-ended)."""
        if on is None:
            return [o.title for o in self.offices if o.end is None]
        return [o.title for o in self.offices if o.holds(on)]


@dataclass
class KnowledgeBase:
    """Entries plus the lookup tables the resolver needs, all precomputed.

    Attributes:
        entries: key → entry.
        surfaces: exact surface string → [(priority, entry key or ``D:<code>``)], the
            gazetteer the article scanner matches (case-sensitive).
        folded: folded surface → best entry key (case-insensitive whole-mention lookup).
        demonyms: folded demonym → country code ("russian", "russians" → RUS).
        surnames: surname key → person entry keys.
        offices: role → [(office, person key)].
        as_of: file name → its ``as_of`` date.
    """

    entries: dict[str, KBEntry] = field(default_factory=dict)
    surfaces: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    folded: dict[str, tuple[int, str]] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    surnames: dict[str, list[str]] = field(default_factory=dict)
    offices: dict[str, list[tuple[Office, str]]] = field(default_factory=dict)
    lexicon: Lexicon = field(default_factory=Lexicon)
    as_of: dict[str, dt.date | None] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # code -> display name
    country_adj: dict[str, str] = field(default_factory=dict)  # code -> main demonym
    fuzzy_choices: dict[str, str] = field(default_factory=dict)  # folded place -> key
    ambiguous: dict[str, frozenset[str]] = field(default_factory=dict)  # place -> codes
    # Objects built from the knowledge base once and reused (the gazetteer matcher, ...).
    cache: dict[Any, Any] = field(default_factory=dict, repr=False)

    # -- lookups ------------------------------------------------------------------------
    def lookup(self, text: str) -> KBEntry | None:
        """The entry a whole mention names, case-insensitively (``"the Kremlin"``)."""
        f = fold(text)
        if f.startswith("the "):
            f = f[4:]
        hit = self.folded.get(f)
        if hit is None or hit[1].startswith("D:"):
            return None
        return self.entries.get(hit[1])

    def demonym(self, text: str) -> str | None:
        """The country code of a demonym (``"Russian"``, ``"Russians"``), or None."""
        return self.demonyms.get(fold(text))

    def country(self, code: str) -> KBEntry | None:
        """The country entry of an ISO alpha-3 code."""
        return self.entries.get(f"C:{code}")

    def modifier(self, code: str) -> str:
        """The words put before an office or a group of ``code``: a country's demonym
        ("Russian spokesman"), an international body's short name ("European Union
        spokesman", "IMF official"), else the code itself."""
        adj = self.country_adj.get(code)
        if adj:
            return adj
        mods: dict[str, str] | None = self.cache.get("igo_modifiers")
        if mods is None:
            mods = {}
            for e in self.entries.values():
                if e.kind != "igo" or e.part_of or not e.country or e.country in mods:
                    continue
                # a name of one or two words ("NATO", "European Union", "World Bank"), else
                # the body's first acronym ("IMF", "ICRC"), else its name
                acronyms = [a for a in e.aliases if a.isupper() and " " not in a and len(a) <= 6]
                short = len(e.name.split()) <= 2 or not acronyms
                mods[e.country] = e.name if short else acronyms[0]
            self.cache["igo_modifiers"] = mods
        return mods.get(code, code)

    def body_of(self, country: str, words: list[str]) -> KBEntry | None:
        """The one organisation of ``country`` whose name or an alias ends with ``words``
        (folded: ``["foreign", "ministry"]`` finds "Drovnian Foreign Ministry"), or None
        when none or several do."""
        bodies: dict[str, list[tuple[KBEntry, list[list[str]]]]] | None = self.cache.get(
            "bodies_by_country"
        )
        if bodies is None:
            bodies = {}
            for e in self.entries.values():
                if e.kind == "organization" and e.country:
                    forms = [fold(n).split() for n in (e.name, *e.aliases)]
                    bodies.setdefault(e.country, []).append((e, forms))
            self.cache["bodies_by_country"] = bodies
        n = len(words)
        found = [e for e, forms in bodies.get(country, ()) if any(f[-n:] == words for f in forms)]
        return found[0] if len(found) == 1 else None

    def holders(self, role: str, on: dt.date, country: str | None = None) -> list[KBEntry]:
        """People holding an office of ``role`` on ``on`` (in ``country`` when given)."""
        out: list[KBEntry] = []
        for office, key in self.offices.get(role, ()):
            if not office.holds(on):
                continue
            entry = self.entries[key]
            if country is not None and (office.country or entry.country) != country:
                continue
            if entry not in out:
                out.append(entry)
        return out

    def gazetteer(self) -> list[tuple[str, str]]:
        """(surface, best entry key) pairs for phrase matching."""
        return [(s, max(c)[1]) for s, c in self.surfaces.items()]


# ---------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------
def _date(value: Any, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    try:
        parts = [int(p) for p in s.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1)
        if len(parts) == 2:
            return dt.date(parts[0], parts[1], 1)
        return dt.date(parts[0], parts[1], parts[2])
    except (ValueError, IndexError) as exc:
        raise KBError(f"{where}: bad date {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)") from exc


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """Read a ``published`` value (``YYYY-MM-DD`` or full ISO 8601) into a date, or None."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return _date(str(value)[:10], "published")
    except KBError:
        return None


@lru_cache(maxsize=32)
def _read_yaml(path: str, mtime: float) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=_Loader)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise KBError(f"{path}: expected a mapping with countries/organizations/people")
    return data


def read_yaml(path: Path) -> dict[str, Any]:
    """Parse one knowledge-base YAML file (cached by path and modification time)."""
    try:
        return copy.deepcopy(_read_yaml(str(path), path.stat().st_mtime))
    except yaml.YAMLError as exc:
        raise KBError(f"{path}: {exc}") from exc
    except ValueError as exc:  # YAML's own date parsing ("2020-13-45")
        raise KBError(f"{path}: bad date or value: {exc}") from exc
    except OSError as exc:
        raise KBError(f"{path}: {exc.strerror or exc}") from exc


def _strs(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list):
        raise KBError(f"{where}: expected a list of strings")
    return [str(v) for v in value if v is not None]


class _Builder:
    """Accumulates entries from files in order; later files override earlier ones."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.kb = KnowledgeBase(lexicon=lexicon)
        self.countries: dict[str, dict[str, Any]] = {}
        self.orgs: dict[str, dict[str, Any]] = {}
        self.people: dict[str, dict[str, Any]] = {}

    # Country records are merged field by field: lists grow, scalars are replaced.
    def add_file(self, data: dict[str, Any], where: str) -> None:
        self.kb.as_of[where] = _date(data.get("as_of"), f"{where}: as_of")
        for i, c in enumerate(data.get("countries") or []):
            w = f"{where}: countries[{i}]"
            if not isinstance(c, dict) or not c.get("code"):
                raise KBError(f"{w}: needs a code")
            code = str(c["code"]).upper()
            rec = self.countries.setdefault(code, {"code": code})
            for k, v in c.items():
                if k == "code":
                    continue
                if k in (
                    "names",
                    "demonyms",
                    "metonyms",
                    "cities",
                    "peoples",
                    "former",
                    "capitals",
                ):
                    rec.setdefault(k, []).extend(v if isinstance(v, list) else [v])
                elif k == "capital":
                    rec.setdefault("capitals", []).extend(_strs(v, w))
                else:
                    rec[k] = v
        for i, o in enumerate(data.get("organizations") or []):
            w = f"{where}: organizations[{i}]"
            if not isinstance(o, dict) or not o.get("name"):
                raise KBError(f"{w}: needs a name")
            key = name_key(str(o["name"]))
            rec = self.orgs.setdefault(key, {})
            aliases = rec.get("aliases", []) + _strs(o.get("aliases"), w)
            rec.update(o)
            rec["aliases"] = aliases
        for i, p in enumerate(data.get("people") or []):
            w = f"{where}: people[{i}]"
            if not isinstance(p, dict) or not p.get("name"):
                raise KBError(f"{w}: needs a name")
            p = dict(p)
            p["_where"] = w
            key = name_key(str(p["name"]))
            old = self.people.get(key)
            if old is not None:
                p["aliases"] = _strs(old.get("aliases"), w) + _strs(p.get("aliases"), w)
                if "titles" not in p:
                    p["titles"] = old.get("titles")
                if "country" not in p:
                    p["country"] = old.get("country")
            self.people[key] = p

    # -- index building ----------------------------------------------------------------
    def _surface(self, surface: str, prio: int, key: str) -> None:
        s = surface.strip()
        if not s:
            return
        if s.lower().startswith("the ") and len(s) > 4:
            s = s[4:]
        kb = self.kb
        # a name is matched as written (case and all), but written with either apostrophe:
        # "Drovnia's foreign ministry" in a knowledge-base file is "Drovnia’s foreign ministry"
        # in a typeset article
        for form in dict.fromkeys((s, s.replace("'", "’"), s.replace("’", "'"))):
            kb.surfaces.setdefault(form, []).append((prio, key))
        f = fold(s)
        if f and (f not in kb.folded or kb.folded[f][0] < prio):
            kb.folded[f] = (prio, key)

    def _add_entry(self, entry: KBEntry) -> None:
        self.kb.entries[entry.key] = entry

    def build(self) -> KnowledgeBase:
        kb = self.kb
        lex = kb.lexicon
        for code, rec in self.countries.items():
            iso = pycountry.countries.get(alpha_3=code)
            names = _strs(rec.get("names"), code)
            display = str(
                rec.get("name")
                or (names[0] if names else None)
                or (
                    getattr(iso, "common_name", None) or getattr(iso, "name", code) if iso else code
                )
            )
            all_names = [display, *names]
            if iso is not None:
                all_names += [
                    iso.name,
                    getattr(iso, "common_name", iso.name),
                    getattr(iso, "official_name", iso.name),
                ]
            entry = KBEntry(key=f"C:{code}", name=display, kind="country", country=code)
            self._add_entry(entry)
            kb.country_names[code] = display
            for n in dict.fromkeys(all_names):
                self._surface(n, PRIO_COUNTRY, entry.key)
                if n != display:
                    entry.aliases.append(n)
            for n in _strs(rec.get("former"), code):
                self._surface(n, PRIO_COUNTRY, entry.key)
                entry.aliases.append(n)
            for n in _strs(rec.get("capitals"), code):
                self._surface(n, PRIO_CAPITAL, entry.key)
                entry.aliases.append(n)
            for n in _strs(rec.get("cities"), code):
                self._surface(n, PRIO_CITY, entry.key)
            demonyms = _strs(rec.get("demonyms"), code)
            if demonyms:
                kb.country_adj[code] = demonyms[0]
            for d in demonyms + _strs(rec.get("peoples"), code):
                prio = PRIO_PEOPLE if d in (rec.get("peoples") or []) else PRIO_DEMONYM
                forms = [d]
                if d[-1] in "naio" and not d.endswith("ese"):
                    forms.append(d + "s")
                for form in forms:
                    kb.demonyms.setdefault(fold(form), code)
                    self._surface(form, prio, f"D:{code}")
            capitals = {fold(c) for c in _strs(rec.get("capitals"), code)}
            for m in rec.get("metonyms") or []:
                if isinstance(m, dict):
                    mname, maliases = str(m.get("name")), _strs(m.get("aliases"), code)
                else:
                    mname, maliases = str(m), []
                if fold(mname) in capitals:
                    continue  # the capital already stands for the country
                bare = mname[4:] if mname.lower().startswith("the ") else mname
                mkey = f"M:{code}:{name_key(bare)}"
                self._add_entry(
                    KBEntry(
                        key=mkey, name=mname, kind="organization", country=code, aliases=maliases
                    )
                )
                for n in [mname, *maliases]:
                    self._surface(n, PRIO_METONYM, mkey)
            for n in all_names + _strs(rec.get("capitals"), code):
                kb.fuzzy_choices.setdefault(fold(n), entry.key)
            for d in demonyms:
                kb.fuzzy_choices.setdefault(fold(d), f"D:{code}")
        for rec in self.orgs.values():
            name = str(rec["name"])
            code = rec.get("code")
            code = str(code).upper() if code else None
            kind = str(rec.get("kind") or "igo")
            if kind not in ("igo", "organization", "group"):
                raise KBError(f"organization {name!r}: kind must be igo, organization or group")
            key = f"O:{code or '-'}:{name_key(name)}"
            aliases = list(dict.fromkeys(_strs(rec.get("aliases"), name)))
            # An IGO's code is its country; a national body may name its state separately.
            if kind != "igo" and "country" in rec:
                code = str(rec["country"]).upper() if rec["country"] else None
            self._add_entry(
                KBEntry(
                    key=key,
                    name=name,
                    kind=kind,
                    country=code,
                    aliases=aliases,
                    part_of=rec.get("part_of"),
                )
            )
            for n in [name, *aliases]:
                self._surface(n, PRIO_ORG, key)
        for pkey, rec in self.people.items():
            where = rec.get("_where", pkey)
            name = str(rec["name"])
            country = rec.get("country")
            country = str(country).upper() if country else None
            offices = []
            for t in rec.get("titles") or []:
                if not isinstance(t, dict) or not t.get("title"):
                    raise KBError(f"{where}: each title needs a 'title'")
                title = str(t["title"])
                oc = t.get("country")
                offices.append(
                    Office(
                        title=title,
                        role=lex.role_of(title),
                        start=_date(t.get("start"), where),
                        end=_date(t.get("end"), where),
                        country=str(oc).upper() if oc else None,
                    )
                )
            key = f"P:{pkey}"
            aliases = list(dict.fromkeys(_strs(rec.get("aliases"), where)))
            entry = KBEntry(
                key=key, name=name, kind="person", country=country, aliases=aliases, offices=offices
            )
            self._add_entry(entry)
            for n in [name, *aliases]:
                self._surface(n, PRIO_PERSON, key)
            name_words = fold(name).split()
            for n in [name, *aliases]:
                words = fold(n).split()
                if n != name and name_words[-len(words) :] == words:
                    # "Ben Ali" of "Zine El Abidine Ben Ali" is his whole surname (the name's,
                    # added with it), not a given name "Ben" and a surname "Ali", which would
                    # make every "Ali" the Tunisian president
                    continue
                given, surname = split_name(n)
                if surname and (given or n == name):
                    lst = kb.surnames.setdefault(surname, [])
                    if key not in lst:
                        lst.append(key)
            for o in offices:
                if o.role:
                    kb.offices.setdefault(o.role, []).append((o, key))
        for surface, cands in kb.surfaces.items():
            codes = {k[2:] for _, k in cands if k.startswith("C:")}
            if len(codes) > 1:
                kb.ambiguous[surface] = frozenset(codes)
        return kb


def _env_paths() -> list[Path]:
    raw = settings.ACTORS.value()
    return [Path(p) for p in raw.split(os.pathsep) if p.strip()] if raw else []


def user_config_dir() -> Path:
    """onrecord's per-user configuration folder.

    ``$ONRECORD_CONFIG_DIR`` when set, else ``$XDG_CONFIG_HOME/onrecord``, else
    ``~/.config/onrecord``. The folder need not exist.
    """
    explicit = settings.CONFIG_DIR.value()
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CONFIG_HOME", "").strip()
    base = Path(xdg).expanduser() if xdg else Path.home() / ".config"
    return base / "onrecord"


def user_actors_dir() -> Path:
    """Where ``onrecord actors import`` keeps the user's actor files (``<config>/actors``)."""
    return user_config_dir() / "actors"


def user_actor_files() -> list[Path]:
    """The imported actor files, in name order (later names win)."""
    folder = user_actors_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def _build(files: Iterable[Path]) -> KnowledgeBase:
    builder = _Builder(load_lexicon())
    for path in files:
        builder.add_file(read_yaml(path), str(path))
    return builder.build()


@lru_cache(maxsize=1)
def _packaged() -> KnowledgeBase:
    return _build(DATA_DIR / name for name in PACKAGED_FILES)


def load_kb(extra: list[Path] | None = None) -> KnowledgeBase:
    """Load the packaged knowledge base plus optional user override files.

    Override files (the files imported with ``onrecord actors import``, found in
    :func:`user_actors_dir`, then ``extra``, then the paths in ``$ONRECORD_ACTORS``, separated
    by ``os.pathsep``) use the packaged shape: ``as_of``, ``countries``, ``organizations``,
    ``people``; later files win. Without overrides the packaged base is built once per
    process and shared.

    Args:
        extra: user YAML files to add on top of the packaged data.

    Returns:
        The knowledge base.

    Raises:
        KBError: a file is missing or malformed (message ``path: reason``).
    """
    files = user_actor_files() + [Path(p) for p in (extra or [])] + _env_paths()
    return load_kb_files(files)


def load_kb_files(files: list[Path]) -> KnowledgeBase:
    """The packaged knowledge base plus exactly ``files`` (later files win), ignoring this
    machine's own override files: what a cluster worker loads from the files its client sent.

    Raises:
        KBError: a file is missing or malformed (message ``path: reason``).
    """
    if not files:
        return _packaged()
    return _build([*(DATA_DIR / name for name in PACKAGED_FILES), *files])
