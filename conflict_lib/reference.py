"""Reference tables under data/reference: actors, places, quantifiers.

Each loader validates its file and raises ReferenceError naming the file and
row (header = row 1) for anything that would make normalisation ambiguous.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TypeVar

from conflict_lib import config
from conflict_lib.config import event_reference_dir  # noqa: F401  (re-exported)
from conflict_lib.errors import GazetteerError, ReferenceError  # re-exported: defined low
from conflict_lib.records import read_records

T = TypeVar("T")

SIDES = ("government", "rebels", "jihadists", "independent")
# A war whose coalitions these words do not describe (two governments at war) labels
# them itself ("russia", "ukraine"); a proposed event table (parties.py) names adversary
# coalitions it cannot tell apart as coalition_1, coalition_2, ...
_SIDE_LABEL = re.compile(r"[a-z][a-z0-9_]{0,40}")


def read_table(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a CSV as (row number, dict), after checking the required columns."""
    _, records = read_records(path, required, ReferenceError)
    return [(r.row, {k: v.strip() for k, v in r.cells.items()}) for r in records]


def table_path(name: str, reference_dir: Path | None = None) -> Path:
    """``reference_dir/name`` when that file exists, else data/reference/name.

    An event may carry its own ``reference/actors.csv`` (another war, other
    parties) and still use the shared gazetteer and quantifier table.
    """
    if reference_dir is not None and (Path(reference_dir) / name).exists():
        return Path(reference_dir) / name
    return config.REFERENCE_DIR / name


def singular(word: str) -> str:
    """A plural's singular by its last "s" ("officials" → "official"; "class", "gas" kept)."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def number_variant(phrase: str) -> str:
    """"a local official" ↔ "local officials": the other grammatical number of the
    last word, without a leading article, so a table listing one form finds both."""
    words = re.sub(r"(?i)^(?:an?|the|one)\s+", "", phrase.strip()).split()
    if not words:
        return ""
    last = words[-1]
    words[-1] = last[:-1] if last.endswith("s") and not last.endswith("ss") else last + "s"
    return " ".join(words)


def fold(phrase: str) -> str:
    """Case-, quote- and space-insensitive form used for alias lookup."""
    phrase = phrase.replace("\u2019", "'").replace("\u2018", "'").replace('"', " ")
    return re.sub(r"\s+", " ", phrase).strip().lower()


# short English words an acronym may spell
_ENGLISH_WORDS = frozenset((
    "who", "us", "is", "it", "as", "at", "an", "on", "in", "or", "no", "do", "am", "ant", "arm",
    "art", "bat", "can", "fan", "man", "men", "may", "war", "law", "oil", "ice", "aim", "hit",
    "sad", "all", "any", "are", "has", "had", "was", "one", "two", "not", "but", "for", "via"))


@dataclass(frozen=True)
class AliasTable:
    """Canonical ids with their aliases, searchable inside free phrases."""

    ids: tuple[str, ...]
    alias_to_id: dict[str, str]
    pattern: re.Pattern[str] | None
    # acronyms that are also English words ("WHO", "US", "IS", "FAN"): names only when
    # written in capitals
    word_acronyms: frozenset[str] = frozenset()

    @classmethod
    def build(cls, path: Path, entries: list[tuple[int, str, list[str]]]) -> AliasTable:
        alias_to_id: dict[str, str] = {}
        for rowno, ident, aliases in entries:
            # Ids are not words of the text ("outlet" is an actor id and an English noun).
            for alias in aliases:
                key = fold(alias)
                if not key:
                    continue
                owner = alias_to_id.get(key)
                if owner is not None and owner != ident:
                    raise ReferenceError(
                        f"{path}: row {rowno}: alias {alias!r} of {ident!r} already names {owner!r}"
                    )
                alias_to_id[key] = ident
        for _, ident, aliases in entries:
            for alias in aliases:
                # a people named in the plural by one capitalised word is named by its
                # singular too ("Houthi drones" for "Houthis"), where that names no one else
                one = fold(alias)
                if alias[:1].isupper() and re.fullmatch(r"[a-z'-]{4,}[^s]s", one):
                    alias_to_id.setdefault(one[:-1], ident)
        # Longest alias first, so "Wagner mercenaries" wins over "Wagner".
        keys = sorted(alias_to_id, key=lambda k: (-len(k), k))
        pattern = (
            re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, keys)) + r")(?![\w-])")
            if keys
            else None
        )
        acronyms = frozenset(fold(a) for _, _, aliases in entries for a in aliases
                             if a.isupper() and a.isalpha() and fold(a) in _ENGLISH_WORDS)
        return cls(tuple(e[1] for e in entries), alias_to_id, pattern, acronyms)

    def find(self, phrase: str) -> list[str]:
        """Ids named in ``phrase``, in order of first mention, without repeats."""
        if not phrase or self.pattern is None:
            return []
        found: list[str] = []
        for m in self.pattern.finditer(fold(phrase)):
            if m.group(0) in self.word_acronyms and not re.search(
                    rf"(?<![\w-]){re.escape(m.group(0).upper())}(?![\w-])", phrase):
                continue  # "an operative who": the pronoun, not the WHO
            ident = self.alias_to_id[m.group(0)]
            if ident not in found:
                found.append(ident)
        return found


@dataclass(frozen=True)
class Actor:
    actor_id: str
    name: str
    side: str  # the camp: an ally's label is its patron's side (``camp_label``)
    kind: str
    label: str = ""  # the side as the table writes it, where it names an ally


@dataclass(frozen=True)
class Actors:
    by_id: dict[str, Actor]
    aliases: AliasTable
    # an event's own table (its war's parties), not the project's shared one
    own: bool = False

    def order(self, ident: str) -> int:
        return self.aliases.ids.index(ident)

    def camp(self, ident: str) -> str:
        """Who an actor fights with, to tell allies from adversaries: its side, or the
        actor itself when the table's two belligerents have one side (two states at war,
        each listed as "government")."""
        actor = self.by_id.get(ident)
        if actor is None:
            return ""
        return ident if actor.kind == "belligerent" and self._two_states else actor.side

    @cached_property
    def _two_states(self) -> bool:
        # two belligerents with one side: two states at war (with three or more, allies
        # cannot be told from enemies, and the sides stand)
        fighting = [a for a in self.by_id.values() if a.kind == "belligerent"]
        return len(fighting) == 2 and fighting[0].side == fighting[1].side

    def adversaries(self, ident: str) -> list[str]:
        """The belligerents of another camp than ``ident``'s, in the table's order."""
        camp = self.camp(ident)
        return [i for i, a in self.by_id.items()
                if a.kind == "belligerent" and self.camp(i) != camp]

    def camps(self, ids: str) -> str:
        """The camp of a lumped subject ("fama+wagner"), or "mixed"."""
        found = {self.camp(i) for i in ids.split("+")}
        return found.pop() if len(found) == 1 else "mixed"


@dataclass(frozen=True)
class Place:
    place_id: str
    name: str
    country: str
    lat: float | None
    lon: float | None
    precision: int | None


@dataclass(frozen=True)
class Places:
    by_id: dict[str, Place]
    aliases: AliasTable


@dataclass(frozen=True)
class QuantifierRule:
    phrase: str
    low: int | None
    best: int | None
    high: int | None
    precision: str
    acled_estimate: int | None
    source: str


# a label naming an ally of one of the SIDES: "government_ally", "pro_government_militia",
# "government_auxiliaries", "rebel_allies", "government_allied", "pro_government" (an
# analyst's words for a camp's junior partner)
_ALLY_LABEL = re.compile(r"(?:pro_)?(?P<side>government|rebels?|jihadists?)_(?:ally|allies|"
                         r"allied|aligned|auxiliar(?:y|ies)|militias?|proxy|proxies)|"
                         r"pro_(?P<patron>government|rebels?|jihadists?)")


def camp_label(side: str) -> str:
    """The camp a side label stands for: an ally's label is its patron's side."""
    m = _ALLY_LABEL.fullmatch(side)
    if m is None:
        return side
    base = m["side"] or m["patron"]
    return base if base in SIDES else base + "s"


def _split_aliases(value: str) -> list[str]:
    return [a.strip() for a in value.split(";") if a.strip()]


def load_actors(reference_dir: Path | None = None) -> Actors:
    """actors.csv: actor_id, name, side (one of SIDES), kind, aliases (';'-separated)."""
    path = table_path("actors.csv", reference_dir)
    rows = read_table(path, ("actor_id", "name", "side", "aliases"))
    by_id: dict[str, Actor] = {}
    entries = []
    for rowno, row in rows:
        ident = row["actor_id"]
        if not re.fullmatch(r"[a-z][a-z0-9_]*", ident):
            raise ReferenceError(
                f"{path}: row {rowno}: actor_id {ident!r} must be lower_snake_case"
            )
        if ident in by_id:
            raise ReferenceError(f"{path}: row {rowno}: duplicate actor_id {ident!r}")
        if row["side"] not in SIDES and not _SIDE_LABEL.fullmatch(row["side"]):
            raise ReferenceError(
                f"{path}: row {rowno}: side {row['side']!r} must be one of {', '.join(SIDES)} "
                "or a lower-case label of its own (e.g. 'russia', 'coalition_1')"
            )
        camp = camp_label(row["side"])
        by_id[ident] = Actor(ident, row["name"], camp, row.get("kind", ""),
                             row["side"] if camp != row["side"] else "")
        entries.append((rowno, ident, [row["name"], *_split_aliases(row["aliases"])]))
    return Actors(by_id, AliasTable.build(path, entries),
                  own=path != config.REFERENCE_DIR / "actors.csv")


PLACES_COLUMNS = (
    "place_id",
    "name",
    "aliases",
    "country",
    "admin1",
    "lat",
    "lon",
    "coord_source",
    "precision",
    "notes",
)
# UCDP GED where_prec codes (Högbladh, UCDP GED Codebook).
PRECISION_LABELS = {
    1: "exact location",
    2: "within ~25 km of a known point",
    3: "second-order admin division (ADM2)",
    4: "first-order admin division (ADM1)",
    5: "larger than ADM1 / linear feature / relative to another place",
    6: "country",
    7: "international waters or airspace",
}
_PLACE_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_ISO_A3 = re.compile(r"^[A-Z]{3}$")


def _float(path: Path, rowno: int, key: str, value: str, limit: float) -> float | None:
    if value == "":
        return None
    try:
        number = float(value)
    except ValueError:
        raise GazetteerError(f"{path}: row {rowno}: {key} {value!r} is not a number") from None
    if not (math.isfinite(number) and -limit <= number <= limit):
        raise GazetteerError(
            f"{path}: row {rowno}: {key} {value} is outside [-{limit:g}, {limit:g}]"
        )
    return number


def read_places(file: Path) -> list[dict[str, object]]:
    """The one places.csv parser: its rows as dicts, checked, in file order.

    Adds ``aliases_list`` and ``located`` (has coordinates); ``lat``/``lon`` are floats or
    None, ``precision`` the UCDP where_prec code. A row without coordinates is kept only
    when its precision says it is not a point (3-7); a point (precision 1-2) without
    coordinates, a lone lat or lon, an out-of-range coordinate, a bad precision or country
    code, coordinates without a coord_source, or a duplicate id raise GazetteerError (a
    ReferenceError) naming the file and row (header = row 1).
    """
    if not file.is_file():
        raise GazetteerError(f"{file}: file not found")
    with file.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        header = tuple(reader.fieldnames or ())
        if header != PLACES_COLUMNS:
            raise GazetteerError(
                f"{file}: header must be exactly {','.join(PLACES_COLUMNS)}; got {','.join(header)}"
            )
        records = []
        seen: set[str] = set()
        for rowno, raw in enumerate(reader, start=2):
            if None in raw:
                raise GazetteerError(f"{file}: row {rowno}: more fields than the header")
            row = {k: (v or "").strip() for k, v in raw.items()}
            ident = row["place_id"]
            where = f"{file}: row {rowno} ({ident or 'no place_id'})"
            if not _PLACE_ID.match(ident):
                raise GazetteerError(f"{where}: place_id must be lower_snake_case")
            if ident in seen:
                raise GazetteerError(f"{where}: duplicate place_id")
            seen.add(ident)
            if not row["name"]:
                raise GazetteerError(f"{where}: empty name")
            if not _ISO_A3.match(row["country"]):
                raise GazetteerError(
                    f"{where}: country {row['country']!r} is not an ISO alpha-3 code"
                )
            if not row["precision"].isdigit() or int(row["precision"]) not in PRECISION_LABELS:
                raise GazetteerError(
                    f"{where}: precision {row['precision']!r} is not a UCDP where_prec code 1-7"
                )
            precision = int(row["precision"])
            lat = _float(file, rowno, "lat", row["lat"], 90)
            lon = _float(file, rowno, "lon", row["lon"], 180)
            if (lat is None) != (lon is None):
                raise GazetteerError(f"{where}: has only one of lat/lon")
            located = lat is not None
            if not located and precision <= 2:
                raise GazetteerError(
                    f"{where}: no coordinates, but precision {precision} "
                    f"({PRECISION_LABELS[precision]}) says it is a point: "
                    "give lat/lon, or a coarser precision (3-7) for an area or line feature"
                )
            if located and not row["coord_source"]:
                raise GazetteerError(f"{where}: coordinates without a coord_source")
            records.append(
                {
                    **row,
                    "lat": lat,
                    "lon": lon,
                    "precision": precision,
                    "aliases_list": _split_aliases(row["aliases"]),
                    "located": located,
                    "rowno": rowno,
                }
            )
    if not records:
        raise GazetteerError(f"{file}: no places")
    return records


def load_places(reference_dir: Path | None = None) -> Places:
    """places.csv (the event's own when ``reference_dir`` has one) as alias-searchable
    places; read by ``read_places``, the one parser."""
    path = table_path("places.csv", reference_dir)
    by_id: dict[str, Place] = {}
    entries = []
    for row in read_places(path):
        ident = str(row["place_id"])
        by_id[ident] = Place(
            ident, str(row["name"]), str(row["country"]), row["lat"], row["lon"], row["precision"]
        )
        entries.append((row["rowno"], ident, [row["name"], *row["aliases_list"]]))
    return Places(by_id, AliasTable.build(path, entries))


def _int_or_none(path: Path, rowno: int, value: str) -> int | None:
    if value == "":
        return None
    try:
        return int(value)
    except ValueError:
        raise ReferenceError(f"{path}: row {rowno}: {value!r} is not a whole number") from None


def load_quantifiers(reference_dir: Path | None = None) -> dict[str, QuantifierRule]:
    """quantifiers.csv: vague words → low/best/high, precision, ACLED estimate, source."""
    path = table_path("quantifiers.csv", reference_dir)
    rows = read_table(path, ("phrase", "low", "best", "high", "precision", "acled_estimate"))
    rules: dict[str, QuantifierRule] = {}
    for rowno, row in rows:
        low, best, high = (_int_or_none(path, rowno, row[k]) for k in ("low", "best", "high"))
        if None not in (low, best, high) and not low <= best <= high:
            raise ReferenceError(f"{path}: row {rowno}: need low <= best <= high")
        rules[fold(row["phrase"])] = QuantifierRule(
            fold(row["phrase"]),
            low,
            best,
            high,
            row["precision"],
            _int_or_none(path, rowno, row["acled_estimate"]),
            row.get("source", ""),
        )
    return rules


def per_table(cache: dict, key: object, table: object, build: Callable[[], T],
              limit: int = 0) -> T:
    """``build()`` once per ``key`` (which holds ``id(table)``). The table is kept beside
    its result, so no other table can take its id while the entry lives; ``limit`` clears
    a cache keyed by article text before it grows past that many entries."""
    if key not in cache:
        if limit and len(cache) >= limit:
            cache.clear()
        cache[key] = (table, build())
    return cache[key][1]


@lru_cache(maxsize=8)
def actors(reference_dir: Path | None = None) -> Actors:
    """actors.csv, loaded once per directory."""
    return load_actors(reference_dir)


@lru_cache(maxsize=8)
def places(reference_dir: Path | None = None) -> Places:
    """places.csv, loaded once per directory."""
    return load_places(reference_dir)


@lru_cache(maxsize=8)
def quantifiers(reference_dir: Path | None = None) -> dict[str, QuantifierRule]:
    """quantifiers.csv, loaded once per directory."""
    return load_quantifiers(reference_dir)
