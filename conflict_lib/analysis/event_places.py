"""The places an event's articles name: located, unlocated, ambiguous, and the
map defaults that follow from them (for 03_map).

Rules, in the order they apply:

* Candidates: every name and alias of the places tables wherever it occurs,
  and ``placenames.find_place_mentions`` on every article (leaving out the
  names and aliases of the event's actors), plus a parser's GPE/LOC/FAC
  entities when a finder is given.
* Lookup: ``gazetteer.locate`` (event places.csv, then the project's, then
  GeoNames); a name several GeoNames places share is resolved with the countries
  the same article names, then population, and flagged ``ambiguous``.
* Unlocated names are listed with article, offsets and context, never guessed.
* Where the fighting is reported: the located point named most often in
  sentences that speak of fighting or losses (``FIGHTING``); ties go to the
  place named most often overall, then to the first named. A dateline only
  says where a story was filed and does not count.
* The regional map shows the located points within ``REGION_KM`` of that place;
  the basemap is the Natural Earth 1:10m world layer cut to their extent plus a
  margin (``geo.world_basemap``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from conflict_lib import gazetteer, geo
from conflict_lib.corpus import Article, read_articles
from conflict_lib.reference import actors, event_reference_dir
from conflict_lib.text.placenames import PlaceMention, display_name, find_place_mentions

# General English words of fighting and its toll (not one war's vocabulary).
FIGHTING = re.compile(
    r"\b(?:fight\w*|clash\w*|battl\w*|attack\w*|assault\w*|offensive|shell\w*|bomb\w*|"
    r"air ?strikes?|drones?|ambush\w*|kill\w*|dead|died|deaths?|wound\w*|injur\w*|"
    r"captur\w*|seiz\w*|overr[au]n|took control|taken control|raid\w*|fire|gunfire)\b",
    re.IGNORECASE,
)
REGION_KM = 600.0
PADDING_KM = 150.0
LOCATOR_MARGIN_KM = 1500.0

LOCATED_COLUMNS = (
    "place_id", "name", "written_as", "country", "lat", "lon", "precision", "table",
    "source", "mentions", "fighting_mentions", "articles", "ambiguous", "ambiguity", "role",
)
UNLOCATED_COLUMNS = (
    "name", "article_id", "start", "end", "raw_start", "raw_end", "context", "reason",
    "in_fighting_sentence",
)


@dataclass(frozen=True)
class PlacesNamed:
    """``located``: one row per place (LOCATED_COLUMNS; lat/lon null for areas and
    countries). ``unlocated``: one row per mention of a name no table knows, with
    its offsets in the cleaned text and in the raw file (UNLOCATED_COLUMNS)."""

    located: pd.DataFrame
    unlocated: pd.DataFrame
    fighting_place: str | None


def _actor_names(event_dir: Path) -> set[str]:
    table = actors(event_reference_dir(event_dir))
    return set(table.aliases.alias_to_id) | {a.name for a in table.by_id.values()}


_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def _fighting_spans(text: str) -> list[tuple[int, int]]:
    """Sentences (split at . ! ? and line ends) that speak of fighting or losses."""
    return [m.span() for m in _SENTENCE.finditer(text) if FIGHTING.search(m.group(0))]


def _known_names(event_dir: Path) -> re.Pattern[str] | None:
    """Every name and alias of the places tables, matched anywhere in a text
    (case-insensitive, any spacing): a name an analyst has entered is found even
    where the general rule would not look ("near the Algerian border")."""
    names = {a for _, table, _ in gazetteer.reference_tables(event_dir)
             for a in table.aliases.alias_to_id}
    if not names:
        return None
    parts = [r"\s+".join(map(re.escape, n.split())) for n in sorted(names, key=len, reverse=True)]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


def _mentions(article: Article, exclude: set[str], known: re.Pattern[str] | None,
              entities: EntityFinder | None) -> list[PlaceMention]:
    text = article.text
    spans = [] if entities is None else list(entities(text))
    found = [PlaceMention(article.article_id, m.group(0), m.start(), m.end(), "places table")
             for m in (known.finditer(text) if known else ())]
    for m in find_place_mentions(article.article_id, text, exclude, spans):
        if not any(k.start < m.end and m.start < k.end for k in found):
            found.append(m)
    return sorted(found, key=lambda m: m.start)


EntityFinder = Callable[[str], Iterable[tuple[int, int, str]]]
"""A parser's named entities of a text as (start, end, label); GPE/LOC/FAC are used."""


def event_places(event_dir: str | Path, entities: EntityFinder | None = None) -> PlacesNamed:
    """Every place name the articles of ``event_dir`` mention, looked up.

    ``entities``: optional named-entity finder (e.g. a spaCy pipeline wrapped to
    return (start, end, label) spans) whose GPE/LOC/FAC spans are candidates too.
    """
    event_dir = Path(event_dir)
    exclude = _actor_names(event_dir)
    known = _known_names(event_dir)
    index = gazetteer.geonames()
    rows: dict[str, dict] = {}
    missing: list[dict] = []
    for article in read_articles(event_path=event_dir):
        text = article.text
        countries = gazetteer.countries_named(text, index)
        fighting = _fighting_spans(text)
        for m in _mentions(article, exclude, known, entities):
            hit = gazetteer.locate(display_name(m.name), countries, event_dir, index)
            in_fighting = m.how != "dateline" and any(s <= m.start < e for s, e in fighting)
            if hit.table is None:
                missing.append(_unlocated_row(m, article, hit.source, in_fighting))
                continue
            row = rows.setdefault(hit.place_id, _located_row(hit))
            row["written_as"].add(m.name)
            row["mentions"] += 1
            row["articles"].add(article.article_id)
            if in_fighting:
                row["fighting_mentions"] += 1
            row.setdefault("_first", (article.article_id, m.start))
    located = _located_frame(rows)
    fighting_place = _fighting_place(located)
    if fighting_place is not None:
        located.loc[located["place_id"] == fighting_place, "role"] = "fighting (reported)"
    unlocated = pd.DataFrame(missing, columns=list(UNLOCATED_COLUMNS))
    return PlacesNamed(located, unlocated, fighting_place)


def _located_row(hit: gazetteer.Located) -> dict:
    return {
        "place_id": hit.place_id, "name": hit.canonical, "written_as": set(),
        "country": hit.country, "lat": hit.lat, "lon": hit.lon, "precision": hit.precision,
        "table": hit.table, "source": hit.source, "mentions": 0, "fighting_mentions": 0,
        "articles": set(), "ambiguous": bool(hit.ambiguous),
        "ambiguity": (f"chosen by rule: {hit.rule}; other candidates: " + "; ".join(hit.ambiguous))
        if hit.ambiguous else "",
        "role": "other place",
    }


def _unlocated_row(m: PlaceMention, article: Article, reason: str, in_fighting: bool) -> dict:
    """``start``/``end`` index the cleaned text; ``raw_start``/``raw_end`` the file's bytes."""
    raw_start, raw_end = article.mapped.raw_span(m.start, m.end)
    return {"name": m.name, "article_id": m.article_id, "start": m.start, "end": m.end,
            "raw_start": raw_start, "raw_end": raw_end, "context": m.context(article.text),
            "reason": reason, "in_fighting_sentence": in_fighting}


def _located_frame(rows: dict[str, dict]) -> pd.DataFrame:
    records = []
    for row in sorted(rows.values(), key=lambda r: r["_first"]):
        rec = {k: v for k, v in row.items() if k != "_first"}
        rec["written_as"] = "; ".join(sorted(rec["written_as"]))
        rec["articles"] = "; ".join(sorted(rec["articles"]))
        records.append(rec)
    return pd.DataFrame(records, columns=list(LOCATED_COLUMNS))


def _fighting_place(located: pd.DataFrame) -> str | None:
    points = located[located["lat"].notna() & (located["fighting_mentions"] > 0)]
    if points.empty:
        return None
    # Stable sort keeps first-mention order for the last tie-break.
    ranked = points.sort_values(["fighting_mentions", "mentions"], ascending=False, kind="stable")
    return str(ranked["place_id"].iloc[0])


# --------------------------------------------------------------------------- map defaults


def event_gazetteer(named: PlacesNamed) -> gpd.GeoDataFrame:
    """The located places in the shape of ``geo.load_gazetteer`` (indexed by
    place_id, with located/kind/geometry), so the map functions take them as is."""
    frame = named.located
    located = frame["lat"].notna()
    records = pd.DataFrame({
        "place_id": frame["place_id"], "name": frame["name"], "aliases": frame["written_as"],
        "country": frame["country"], "admin1": "", "lat": frame["lat"].astype(float),
        "lon": frame["lon"].astype(float), "coord_source": frame["source"],
        "precision": frame["precision"].fillna(6).astype(int), "notes": frame["ambiguity"],
        "aliases_list": frame["written_as"].str.split("; "), "located": located,
        "kind": ["point" if ok else "area" for ok in located],
    })
    geometry = gpd.points_from_xy(records["lon"], records["lat"])
    gdf = gpd.GeoDataFrame(records, geometry=geometry, crs=geo.WGS84)
    gdf.loc[~located.values, "geometry"] = None
    return gdf.set_index("place_id", drop=False).rename_axis(None)


def map_gazetteer(event_dir: str | Path, named: PlacesNamed) -> gpd.GeoDataFrame:
    """The places named (``event_gazetteer``) followed by every other row of the
    places tables (the event's, then the project's), so that a parameter may name a
    place the articles do not (a twin town across a border)."""
    frames = [event_gazetteer(named)]
    for _, _, path in gazetteer.reference_tables(Path(event_dir)):
        table = geo.load_gazetteer(path)
        seen = pd.concat(frames).index
        frames.append(table[~table.index.isin(seen)])
    return gpd.GeoDataFrame(pd.concat(frames), geometry="geometry", crs=geo.WGS84)


def utm_crs(lat: float, lon: float) -> str:
    """EPSG code of the WGS84 UTM zone holding (lat, lon), e.g. 'EPSG:32631'."""
    zone = min(int(math.floor((lon + 180.0) / 6.0)) + 1, 60)
    return f"EPSG:{32600 + zone if lat >= 0 else 32700 + zone}"


def _most_named_point(named: PlacesNamed) -> str | None:
    """The located point named most often (first named on a tie), or None."""
    points = named.located[named.located["lat"].notna()]
    if points.empty:
        return None
    return str(points.sort_values("mentions", ascending=False, kind="stable")["place_id"].iloc[0])


def _fighting_name(named: PlacesNamed) -> str | None:
    """The unlocated name most often named in sentences about fighting, or None."""
    rows = named.unlocated[named.unlocated["in_fighting_sentence"].astype(bool)]
    if rows.empty:
        return None
    counts = rows.groupby("name", sort=False).size()
    return str(counts.sort_values(ascending=False, kind="stable").index[0])


def map_places(named: PlacesNamed, region_km: float = REGION_KM,
               centre: str | None = None) -> list[str]:
    """Located points within ``region_km`` km of ``centre`` (default: the fighting
    place), most named first."""
    frame = named.located[named.located["lat"].notna()]
    centre = centre or named.fighting_place
    if centre is None or frame.empty:
        return list(frame["place_id"])
    f = frame.set_index("place_id").loc[centre]
    near = [
        r.place_id for r in frame.itertuples()
        if geo.geodesic_km(f["lat"], f["lon"], r.lat, r.lon) <= region_km
    ]
    order = frame.set_index("place_id")["mentions"]
    return sorted(near, key=lambda p: (p != centre, -order[p]))


def nearest_neighbour(lat: float, lon: float, home: str, basemap: gpd.GeoDataFrame) -> str | None:
    """ISO alpha-3 of the country nearest to (lat, lon) other than ``home`` (km, geodesic)."""
    best: tuple[float, str] | None = None
    for row in basemap.itertuples():
        if row.iso_a3 == home:
            continue
        km = geo.nearest_on(lat, lon, row.geometry).distance_km
        if best is None or km < best[0]:
            best = (km, row.iso_a3)
    return None if best is None else best[1]


def extent(lats: list[float], lons: list[float], margin_km: float) -> geo.BBox:
    """Lon/lat box of the points plus ``margin_km`` km each way."""
    return geo.bbox_around(lats, lons, margin_km)


def locator_bbox(lats: list[float], lons: list[float]) -> geo.BBox:
    """The locator's box: the committed West/North Africa extract when the places
    fit in it (the embedded event's locator stays as it is), else the places'
    extent plus LOCATOR_MARGIN_KM."""
    box = extent(lats, lons, PADDING_KM)
    if geo.EXTRACT_BBOX[0] <= box[0] and geo.EXTRACT_BBOX[1] <= box[1] \
            and box[2] <= geo.EXTRACT_BBOX[2] and box[3] <= geo.EXTRACT_BBOX[3]:
        return geo.EXTRACT_BBOX
    return extent(lats, lons, LOCATOR_MARGIN_KM)


def map_defaults(event_dir: str | Path, named: PlacesNamed | None = None) -> dict[str, object]:
    """03_map's parameters computed from the event's own places.

    places (located points near the fighting place), fighting_place (where the
    reports place the fighting; when no table locates it, the located point named
    most often, with fighting_located False and fighting_unlocated the name the
    fighting sentences use most), related_place (the other place most named in
    fighting sentences, or None),
    border_pair ([neighbour, home]: the fighting place's country and the nearest
    other country on the 1:10m basemap), projection (the UTM zone of the
    fighting place), padding_km, locator_bbox, border_place (a line feature of
    the places tables named in fighting sentences, or None) and border_phrases
    (its aliases, else "<neighbour> border", "border with <neighbour>", ...).
    ``named``: the event's places when already looked up (``event_places``).
    Raises LookupError when no place of the articles can be located at all.
    """
    named = event_places(event_dir) if named is None else named
    centre = named.fighting_place or _most_named_point(named)
    if centre is None:
        raise LookupError(f"{event_dir}: no place of the articles can be located; "
                          f"unlocated names: {sorted(set(named.unlocated['name']))}")
    places = map_places(named, centre=centre)
    table = named.located.set_index("place_id")
    f = table.loc[centre]
    others = table.loc[[p for p in places if p != centre]]
    others = others[others["fighting_mentions"] > 0].sort_values(
        ["fighting_mentions", "mentions"], ascending=False, kind="stable")
    lats, lons = list(table.loc[places, "lat"]), list(table.loc[places, "lon"])
    locator = locator_bbox(lats, lons)
    # The nearest other country: in the regional box, else (a place far inland) the locator's.
    for box in (extent(lats, lons, PADDING_KM), locator):
        basemap = geo.world_basemap(box)
        neighbour = nearest_neighbour(float(f["lat"]), float(f["lon"]), str(f["country"]), basemap)
        if neighbour is not None:
            break
    names = dict(zip(basemap["iso_a3"], basemap["name"], strict=True))
    border_place, phrases = _border(named, Path(event_dir), neighbour, str(f["country"]), names)
    return {
        "places": places,
        "border_place": border_place,
        "border_phrases": phrases,
        "fighting_place": centre,
        "fighting_located": named.fighting_place is not None,
        "fighting_unlocated": None if named.fighting_place else _fighting_name(named),
        "related_place": None if others.empty or not named.fighting_place else str(others.index[0]),
        "border_pair": [neighbour, str(f["country"])] if neighbour else [],
        "projection": utm_crs(float(f["lat"]), float(f["lon"])),
        "padding_km": PADDING_KM,
        "locator_bbox": list(locator),
    }


def _border(named: PlacesNamed, event_dir: Path, neighbour: str | None, home: str,
            names: dict[str, str]) -> tuple[str | None, list[str]]:
    """The border as the articles name it: a line feature of the places tables
    (UCDP precision 5, no point) named in fighting sentences, with its aliases; else
    phrases built from the two countries' basemap names."""
    lines = named.located[(named.located["precision"] == 5) & named.located["lat"].isna()
                          & (named.located["fighting_mentions"] > 0)]
    if not lines.empty:
        ident = str(lines.sort_values("fighting_mentions", ascending=False,
                                      kind="stable")["place_id"].iloc[0])
        table = next(t for _, t, _ in gazetteer.reference_tables(event_dir) if ident in t.by_id)
        return ident, sorted(a for a, i in table.aliases.alias_to_id.items() if i == ident)
    if neighbour is None:
        return None, []
    a, b = names.get(home, home), names.get(neighbour, neighbour)
    return None, [f"{b} border", f"border with {b}", f"{a}-{b} border", f"{b}-{a} border",
                  f"{a}–{b} border", f"{b}–{a} border"]


def summary_lines(named: PlacesNamed) -> list[str]:
    """Sentences for a notebook's prose, computed from the event's places (no fact
    of any one event is written anywhere else)."""
    table = named.located
    lines = []
    if named.fighting_place is not None:
        f = table.set_index("place_id").loc[named.fighting_place]
        lines.append(
            f"The reports place the fighting at {f['name']} ({f['country']}): named "
            f"{f['fighting_mentions']} times in sentences about fighting or losses, "
            f"{f['mentions']} times in all, in {len(f['articles'].split('; '))} article(s).")
    elif (name := _fighting_name(named)) is not None:
        lines.append(f"The reports place the fighting at {name}, a name no table locates "
                     "(listed for review, never guessed).")
    else:
        lines.append("No place is named in a sentence about fighting or losses.")
    others = table[(table["place_id"] != named.fighting_place) & table["lat"].notna()]
    if not others.empty:
        lines.append("Other places named: " + ", ".join(
            f"{r.name} ({r.country}, {r.mentions}×)" for r in others.itertuples()) + ".")
    ambiguous = table[table["ambiguous"]]
    for r in ambiguous.itertuples():
        lines.append(f"{r.name}: several places bear this name; {r.ambiguity}.")
    if not named.unlocated.empty:
        counts = named.unlocated.groupby("name", sort=True).size()
        lines.append("Not located (no table knows them; listed, never guessed): " + ", ".join(
            f"{name} ({n}×)" for name, n in counts.items()) + ".")
    return lines
