"""The gazetteer and geodesic measurements for the event maps; the basemap itself is
``conflict_lib.basemap`` (re-exported here: ``geo.load_basemap``).

Every distance here is in kilometres on the WGS84 ellipsoid (pyproj.Geod,
Karney's algorithm); degrees are only ever coordinates or boxes, never
distances. Coordinates are passed as ``lat, lon`` in decimal degrees.
The gazetteer is places.csv read by ``reference.read_places`` (the one parser),
the event's own when its reference folder has one.

This module imports geopandas, shapely and pyproj: keep it out of the light
modules (normalise, reference, ...).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS, Geod, Transformer
from shapely.geometry import LineString, Point, box
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points

from conflict_lib import config
from conflict_lib.basemap import (  # noqa: F401  (geo.load_basemap etc. re-exported)
    BASEMAP_COLUMNS,
    EXTRACT_BBOX,
    EXTRACT_DECIMALS,
    EXTRACT_PATH,
    NE_DISTRIBUTION,
    NE_PACKAGE,
    NE_SCALE_DENOMINATOR,
    NE_ZIP_NAME,
    WGS84,
    BasemapError,
    BBox,
    as_bbox,
    basemap_source,
    border_line,
    build_extract,
    country_at,
    country_geometry,
    load_basemap,
    natural_earth_version,
    natural_earth_zip,
    package_version,
    polygonal,
    read_natural_earth,
    round_coordinates,
    world_basemap,
)
from conflict_lib.errors import GazetteerError  # noqa: F401  (re-exported: geo.GazetteerError)
from conflict_lib.reference import (  # noqa: F401  (PLACES_COLUMNS re-exported)
    PLACES_COLUMNS,
    PRECISION_LABELS,
    read_places,
    table_path,
)

# --------------------------------------------------------------------------- constants




# Positional tolerance of a 1:10,000,000 map: 0.5 mm on the map (the 1/50 inch of the
# US National Map Accuracy Standards for scales smaller than 1:20,000) = 5 km on the
# ground. A point closer than this to a 1:10m border cannot be placed on either side.
TOLERANCE_KM = 0.5e-3 * NE_SCALE_DENOMINATOR / 1000.0  # 5.0 km
# "Near" a feature: UCDP GED where_prec 2, "within a ca. 25 km radius of a known point".
NEAR_KM = 25.0

GEOD = Geod(ellps="WGS84")


class UnlocatedPlaceError(LookupError):
    """A gazetteer place without coordinates (an area or line feature) used as a point."""


# --------------------------------------------------------------------------- basemap


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
    return as_bbox((min(xs), max(min(ys), -90.0), max(xs), min(max(ys), 90.0)))


# --------------------------------------------------------------------------- gazetteer


def _feature_kind(precision: int) -> str:
    return {1: "point", 2: "point", 5: "line or wide area", 7: "water or airspace"}.get(
        precision, "area"
    )


def load_gazetteer(
    path: Path | str | None = None, reference_dir: Path | None = None
) -> gpd.GeoDataFrame:
    """places.csv as a GeoDataFrame (EPSG:4326) indexed by place_id: the event's own
    ``reference_dir/places.csv`` when it has one, else data/reference/places.csv (or
    ``path``). Read by the one places.csv parser, ``reference.read_places``.

    Columns as in the file plus ``aliases_list``, ``located`` (has coordinates),
    ``kind`` (point / area / line or wide area, from the UCDP precision) and a Point
    geometry (None when unlocated). Coordinates are never altered.
    """
    file = Path(path) if path else table_path("places.csv", reference_dir)
    records = [
        {
            **{k: v for k, v in row.items() if k != "rowno"},
            "lat": row["lat"] if row["located"] else np.nan,
            "lon": row["lon"] if row["located"] else np.nan,
            "kind": _feature_kind(row["precision"]),
            "geometry": Point(row["lon"], row["lat"]) if row["located"] else None,
        }
        for row in read_places(file)
    ]
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
    return as_bbox(frame_outline_lonlat(frame, crs).bounds)


def basemap_in_frame(frame: BaseGeometry, crs: str | CRS) -> gpd.GeoDataFrame:
    """Countries projected to ``crs`` and clipped to the projected ``frame``."""
    countries = load_basemap(frame_lonlat_bbox(frame, crs)).to_crs(crs)
    countries["geometry"] = [
        polygonal(g) for g in shapely.intersection(countries.geometry.values, frame)
    ]
    return countries[~countries.geometry.is_empty].reset_index(drop=True)


def simplify_for_chart(
    gdf: gpd.GeoDataFrame, tolerance_m: float, decimals: int = 0
) -> gpd.GeoDataFrame:
    """Projected countries simplified as a coverage (shared edges stay shared) and
    rounded, for display only; never measure on the result."""
    out = gdf.copy()
    simplified = shapely.coverage_simplify(out.geometry.values, tolerance_m)
    out["geometry"] = [round_coordinates(polygonal(g), decimals) for g in simplified]
    return out[~out.geometry.is_empty].reset_index(drop=True)


def round_geometry(geom: BaseGeometry, decimals: int = 0) -> BaseGeometry:
    """Coordinates rounded to ``decimals`` (display only)."""
    return round_coordinates(geom, decimals)


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


def border_length_table(
    border: BaseGeometry, pair: Sequence[str], border_name: str, path: Path | str | None = None
) -> pd.DataFrame:
    """The 1:10m border's geodesic length (km) beside its published length, when
    border_lengths.csv has one (else the row says "no published length" and the
    difference stays null). ``attrs["sentence"]`` sums it up for a notebook's prose."""
    measured = geodesic_length_km(border)
    vertices = int(shapely.get_num_coordinates(border))
    rows = [(f"Natural Earth 1:10m v{natural_earth_version()} (this basemap)", round(measured, 1),
             f"geodesic length of the shared boundary, {vertices} vertices, "
             f"one every {measured / max(vertices - 1, 1):.1f} km on average")]
    try:
        published, source = published_border_km(pair[0], pair[1], path)
    except KeyError:
        rows.append(("published", None, "no published length in data/reference/border_lengths.csv"))
        sentence = (f"The {border_name} measures {measured:,.0f} km on the 1:10m map; "
                    "no published length to compare it with.")
    else:
        rows.append(("published", round(published, 1), source))
        rows.append(("difference", round(measured - published, 1),
                     f"{(measured - published) / published:+.1%} of the published length"))
        sentence = (f"The 1:10m {border_name} is {abs(measured - published):,.0f} km "
                    f"{'shorter' if measured < published else 'longer'} than the published "
                    f"{published:,.0f} km.")
    table = pd.DataFrame(rows, columns=["border length of " + border_name, "km", "note"])
    table.attrs["sentence"] = sentence
    return table
