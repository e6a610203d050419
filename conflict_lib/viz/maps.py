"""Altair maps of an event's places: region, border detail and locator.

Geometries are projected with pyproj into a metre-based CRS and drawn with
Vega-Lite's ``identity`` projection, so the map is exactly in the CRS the
caller asks for (e.g. UTM 31N). Shapes are simplified to half a pixel and
rounded to whole metres so each chart spec stays small; every measurement
shown on a map comes from ``conflict_lib.geo`` on full-resolution data.
"""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS
from shapely.geometry import LineString, box
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel

from conflict_lib import geo

FILL_HOME = "#efe3c2"
FILL_NEIGHBOUR = "#dcdcdc"
FILL_OTHER = "#f1f1f1"
BORDER_COLOUR = "#d62728"
TOLERANCE_FILL = "#f4a582"
SEA = "#dbe7f0"
ROLE_FIGHTING = "fighting (reported)"
ROLE_RELATED = "also named with the fighting"
ROLE_OTHER = "other place"
ROLE_STYLE = {
    ROLE_FIGHTING: ("#000000", "diamond", 150),
    ROLE_RELATED: ("#1f77b4", "triangle-up", 120),
    ROLE_OTHER: ("#555555", "circle", 50),
}
_NICE_KM = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000)


def _identity(chart: alt.LayerChart) -> alt.LayerChart:
    return chart.project(type="identity", reflectY=True)


def _gdf(
    geoms: Sequence[BaseGeometry], crs: CRS | str, **columns: Sequence[object]
) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(dict(columns), geometry=list(geoms), crs=crs)


def _size(frame: BaseGeometry, width: int) -> tuple[int, int, float]:
    xmin, ymin, xmax, ymax = frame.bounds
    height = round(width * (ymax - ymin) / (xmax - xmin))
    return width, height, (xmax - xmin) / width


def region_frame(
    gazetteer: gpd.GeoDataFrame, places: Sequence[str], padding_km: float, crs: str | CRS
) -> BaseGeometry:
    """Projected rectangle around the located ``places``, ``padding_km`` beyond them."""
    located = [p for p in places if gazetteer.loc[p, "located"]]
    if not located:
        raise ValueError(f"none of {list(places)} has coordinates: nothing to frame")
    rows = gazetteer.loc[located]
    return geo.frame_for(rows["lat"], rows["lon"], padding_km, crs)


def place_points(
    gazetteer: gpd.GeoDataFrame,
    ids: Sequence[str],
    crs: str | CRS,
    fighting_place: str | None = None,
    related_place: str | None = None,
) -> pd.DataFrame:
    """One row per located place: projected x/y, role and tooltip fields."""
    rows = gazetteer.loc[[i for i in ids if gazetteer.loc[i, "located"]]]
    xs, ys = geo.projected_xy(rows["lat"].tolist(), rows["lon"].tolist(), crs)
    roles = [
        ROLE_FIGHTING if i == fighting_place else ROLE_RELATED if i == related_place else ROLE_OTHER
        for i in rows.index
    ]
    table = pd.DataFrame(
        {
            "place_id": rows.index,
            "name": rows["name"].values,
            "country": rows["country"].values,
            "lat": rows["lat"].round(5).values,
            "lon": rows["lon"].round(5).values,
            "precision": rows["precision"].values,
            "source": rows["coord_source"].values,
            "x": np.round(xs, 0),
            "y": np.round(ys, 0),
            "role": roles,
        }
    )
    # Drawn in row order: the fighting place last, on top of any neighbour.
    rank = {ROLE_OTHER: 0, ROLE_RELATED: 1, ROLE_FIGHTING: 2}
    return table.sort_values("role", key=lambda r: r.map(rank), kind="stable").reset_index(
        drop=True
    )


def _points_layers(points: pd.DataFrame, home: str, frame: BaseGeometry) -> list[alt.Chart]:
    roles = [r for r in ROLE_STYLE if r in set(points["role"])]
    colours = [ROLE_STYLE[r][0] for r in roles]
    shapes = [ROLE_STYLE[r][1] for r in roles]
    marks = (
        alt.Chart(points)
        .mark_point(filled=True, opacity=1, stroke="white", strokeWidth=0.8)
        .encode(
            longitude="x:Q",
            latitude="y:Q",
            color=alt.Color(
                "role:N",
                scale=alt.Scale(domain=roles, range=colours),
                legend=alt.Legend(title=None, orient="bottom", direction="horizontal"),
            ),
            shape=alt.Shape("role:N", scale=alt.Scale(domain=roles, range=shapes), legend=None),
            size=alt.Size(
                "role:N",
                scale=alt.Scale(domain=roles, range=[ROLE_STYLE[r][2] for r in roles]),
                legend=None,
            ),
            tooltip=["name:N", "country:N", "lat:Q", "lon:Q", "precision:Q", "source:N"],
        )
    )
    # Labels on their own country's side: home-country places to the west, others east;
    # flipped when that would run off the frame.
    xmin, _, xmax, _ = frame.bounds
    margin = 0.18 * (xmax - xmin)
    to_west = (points["country"] == home) & (points["x"] - xmin > margin)
    to_west |= (points["country"] != home) & (xmax - points["x"] < margin)
    text = dict(fontSize=11, fontWeight="bold", color="#222222")
    west = (
        alt.Chart(points[to_west])
        .mark_text(align="right", dx=-8, dy=7, **text)
        .encode(longitude="x:Q", latitude="y:Q", text="name:N")
    )
    east = (
        alt.Chart(points[~to_west])
        .mark_text(align="left", dx=8, dy=-7, **text)
        .encode(longitude="x:Q", latitude="y:Q", text="name:N")
    )
    return [marks, west, east]


def _country_labels(
    countries: gpd.GeoDataFrame, frame: BaseGeometry, min_share: float
) -> pd.DataFrame:
    """Country names at the pole of inaccessibility of their visible part."""
    rows = []
    for row in countries.itertuples(index=False):
        part = max(shapely.get_parts(row.geometry), key=lambda p: p.area)
        if part.area < min_share * frame.area:
            continue
        spot = polylabel(part, tolerance=max(frame.length / 2000.0, 1.0))
        rows.append({"x": round(spot.x), "y": round(spot.y), "text": row.name.upper()})
    return pd.DataFrame(rows, columns=["x", "y", "text"])


def _labels_layer(labels: pd.DataFrame, size: int = 12) -> alt.Chart:
    return (
        alt.Chart(labels)
        .mark_text(fontSize=size, fontWeight="bold", color="#9a9a9a")
        .encode(longitude="x:Q", latitude="y:Q", text="text:N")
    )


def _scale_bar(frame: BaseGeometry, crs: str | CRS, points: pd.DataFrame) -> list[alt.Chart]:
    """A bar of a round number of km (geodesic), lower left unless a place is there."""
    xmin, ymin, xmax, ymax = frame.bounds
    width, height = xmax - xmin, ymax - ymin
    y0 = ymin + 0.06 * height

    def free(x: float) -> bool:  # no place under the bar or its label (bar <= 20 % wide)
        near_x = points["x"].between(x - 0.12 * width, x + 0.25 * width)
        near_y = points["y"].between(y0 - 0.06 * height, y0 + 0.1 * height)
        return not (near_x & near_y).any()

    x0 = xmin + 0.05 * width
    if not free(x0) and free(xmax - 0.27 * width):
        x0 = xmax - 0.27 * width
    lonlat = geo.from_projected(x0, y0, crs)
    target = (xmax - xmin) / 5.0
    # Projected metres of one geodesic km here, eastwards.
    east = geo.GEOD.fwd(lonlat[0], lonlat[1], 90.0, 1000.0)
    ex, _ = geo.projected_xy([east[1]], [east[0]], crs)
    per_km = abs(ex[0] - x0)
    km = max((k for k in _NICE_KM if k * per_km <= target), default=_NICE_KM[0])
    bar = LineString([(x0, y0), (x0 + km * per_km, y0)])
    line = alt.Chart(_gdf([geo.round_geometry(bar)], crs)).mark_geoshape(
        filled=False, stroke="#333333", strokeWidth=3
    )
    label = (
        alt.Chart(pd.DataFrame({"x": [round(x0)], "y": [round(y0)], "t": [f"{km:g} km"]}))
        .mark_text(align="left", dy=-9, fontSize=10, color="#333333")
        .encode(longitude="x:Q", latitude="y:Q", text="t:N")
    )
    return [line, label]


def _frame_layer(frame: BaseGeometry, crs: str | CRS) -> alt.Chart:
    return alt.Chart(_gdf([geo.round_geometry(frame)], crs)).mark_geoshape(
        filled=False, stroke="#888888", strokeWidth=0.6
    )


def _country_fill(countries: gpd.GeoDataFrame, home: str, neighbour: str) -> alt.Chart:
    fills = [
        FILL_HOME if i == home else FILL_NEIGHBOUR if i == neighbour else FILL_OTHER
        for i in countries["iso_a3"]
    ]
    shown = countries[["iso_a3", "name", "geometry"]].assign(fill=fills)
    return (
        alt.Chart(shown)
        .mark_geoshape(stroke="white", strokeWidth=0.8)
        .encode(color=alt.Color("fill:N", scale=None), tooltip=["name:N"])
    )


def _border_layer(
    countries: gpd.GeoDataFrame, pair: Sequence[str], width: float
) -> alt.Chart | None:
    try:
        line = geo.border_line(pair[0], pair[1], countries)
    except geo.BasemapError:
        return None
    return alt.Chart(_gdf([line], countries.crs, name=["border"])).mark_geoshape(
        filled=False, stroke=BORDER_COLOUR, strokeWidth=width
    )


def region_map(
    gazetteer: gpd.GeoDataFrame,
    places: Sequence[str],
    frame: BaseGeometry,
    crs: str | CRS,
    border_pair: Sequence[str],
    fighting_place: str | None,
    related_place: str | None,
    title: str,
    subtitle: Sequence[str],
    width: int = 520,
    home: str | None = None,
) -> alt.LayerChart:
    """Countries in the frame, the border pair emphasised, the places labelled and
    the straight line from the fighting place to the related place (if both shown).
    ``home``: the country shaded as the fighting's (default: the fighting place's).
    """
    width, height, px = _size(frame, width)
    countries = geo.basemap_in_frame(frame, crs)
    shown = geo.simplify_for_chart(countries, px / 2)
    if home is None:
        home = (gazetteer.loc[fighting_place, "country"] if fighting_place in gazetteer.index
                else border_pair[1])
    neighbour = next((c for c in border_pair if c != home), "")
    layers: list[alt.Chart] = [_country_fill(shown, home, neighbour)]
    layers.append(_labels_layer(_country_labels(countries, frame, 0.03), 13))
    border = _border_layer(shown, border_pair, 2.5) if len(border_pair) == 2 else None
    if border is not None:
        layers.append(border)
    located = [p for p in places if gazetteer.loc[p, "located"]]
    if fighting_place in located and related_place in located:
        f_lat, f_lon = geo.place_latlon(gazetteer, fighting_place)
        c_lat, c_lon = geo.place_latlon(gazetteer, related_place)
        path = geo.round_geometry(
            geo.to_projected(geo.geodesic_path(f_lat, f_lon, c_lat, c_lon), crs)
        )
        km = geo.geodesic_km(f_lat, f_lon, c_lat, c_lon)
        mid = path.interpolate(0.5, normalized=True)
        layers.append(
            alt.Chart(_gdf([path], crs)).mark_geoshape(
                filled=False, stroke="#333333", strokeWidth=1.3, strokeDash=[5, 3]
            )
        )
        layers.append(
            alt.Chart(
                pd.DataFrame(
                    {
                        "x": [round(mid.x)],
                        "y": [round(mid.y)],
                        "t": [f"{km:.0f} km in a straight line"],
                    }
                )
            )
            .mark_text(align="right", dx=-8, fontSize=11, fontStyle="italic", color="#333333")
            .encode(longitude="x:Q", latitude="y:Q", text="t:N")
        )
    points = place_points(gazetteer, located, crs, fighting_place, related_place)
    return _finish(layers, points, home, frame, crs, width, height, title, subtitle)


def border_detail_map(
    gazetteer: gpd.GeoDataFrame,
    place_id: str,
    crs: str | CRS,
    border_pair: Sequence[str],
    half_width_km: float,
    tolerance_km: float,
    title: str,
    subtitle: Sequence[str],
    width: int = 420,
    line: BaseGeometry | None = None,
) -> alt.LayerChart:
    """A close-up of a border place: the 1:10m border line, a ±tolerance band, every
    located gazetteer place in view, and the measured offset to the line. ``line``: the
    border in lon/lat at full resolution (None: taken from the committed extract)."""
    lat, lon = geo.place_latlon(gazetteer, place_id)
    frame = geo.frame_for([lat], [lon], half_width_km, crs)
    width, height, _ = _size(frame, width)
    countries = geo.basemap_in_frame(frame, crs)
    shown = countries.assign(geometry=[geo.round_geometry(g) for g in countries.geometry])
    line = geo.border_line(border_pair[0], border_pair[1]) if line is None else line
    band = geo.to_projected(geo.buffer_km(line, tolerance_km, lat, lon), crs).intersection(frame)
    home = gazetteer.loc[place_id, "country"]
    neighbour = next((c for c in border_pair if c != home), "")
    layers: list[alt.Chart] = [_country_fill(shown, home, neighbour)]
    layers.append(
        alt.Chart(_gdf([geo.round_geometry(band)], crs)).mark_geoshape(
            fill=TOLERANCE_FILL, opacity=0.45, stroke=None
        )
    )
    layers.append(_labels_layer(_country_labels(countries, frame, 0.05), 14))
    border = _border_layer(shown, border_pair, 2.5)
    if border is not None:
        layers.append(border)
    near = geo.nearest_on(lat, lon, line)
    xs, ys = geo.projected_xy([lat, near.lat], [lon, near.lon], crs)
    offset = LineString(list(zip(xs, ys, strict=True)))
    layers.append(
        alt.Chart(_gdf([geo.round_geometry(offset)], crs)).mark_geoshape(
            filled=False, stroke="#000000", strokeWidth=1.2, strokeDash=[3, 2]
        )
    )
    layers.append(
        alt.Chart(
            pd.DataFrame(
                {
                    "x": [round(xs[1])],
                    "y": [round(ys[1])],
                    "t": [f"{near.distance_km:.1f} km to the line"],
                }
            )
        )
        .mark_text(align="right", dx=-4, dy=16, fontSize=11, fontStyle="italic")
        .encode(longitude="x:Q", latitude="y:Q", text="t:N")
    )
    located = gazetteer[gazetteer["located"]]
    gx, gy = geo.projected_xy(located["lat"].tolist(), located["lon"].tolist(), crs)
    in_view = [
        i
        for i, x, y in zip(located.index, gx, gy, strict=True)
        if frame.contains(shapely.Point(x, y))
    ]
    points = place_points(gazetteer, in_view, crs, place_id)
    return _finish(layers, points, home, frame, crs, width, height, title, subtitle)


def locator_crs(bbox: Sequence[float]) -> CRS:
    """Equidistant cylindrical CRS true to scale at the box's middle latitude: the
    lon/lat box becomes an exact rectangle, which suits a small locator."""
    lon_min, lat_min, lon_max, lat_max = bbox
    return CRS.from_proj4(
        f"+proj=eqc +lat_ts={(lat_min + lat_max) / 2:g} +lon_0={(lon_min + lon_max) / 2:g} "
        "+datum=WGS84 +units=m +no_defs"
    )


def locator_map(
    highlight: str,
    region: BaseGeometry,
    region_crs: str | CRS,
    title: str,
    subtitle: Sequence[str],
    bbox: Sequence[float] = geo.EXTRACT_BBOX,
    width: int = 360,
) -> alt.LayerChart:
    """``highlight`` country within the locator box, with the regional frame outlined."""
    crs = locator_crs(bbox)
    xs, ys = geo.projected_xy([bbox[1], bbox[3]], [bbox[0], bbox[2]], crs)
    frame = box(xs[0], ys[0], xs[1], ys[1]).buffer(-1.0, join_style="mitre")
    width, height, px = _size(frame, width)
    countries = geo.basemap_in_frame(frame, crs)
    shown = geo.simplify_for_chart(countries, px)
    sea = alt.Chart(_gdf([geo.round_geometry(frame)], crs)).mark_geoshape(fill=SEA, stroke=None)
    fills = [FILL_HOME if i == highlight else FILL_OTHER for i in shown["iso_a3"]]
    base = (
        alt.Chart(shown[["iso_a3", "name", "geometry"]].assign(fill=fills))
        .mark_geoshape(stroke="#9a9a9a", strokeWidth=0.4)
        .encode(color=alt.Color("fill:N", scale=None), tooltip=["name:N"])
    )
    main = countries[countries["label_rank"] <= 3]
    lx, ly = geo.projected_xy(main["label_lat"].tolist(), main["label_lon"].tolist(), crs)
    labels = pd.DataFrame(
        {"x": np.round(lx), "y": np.round(ly), "text": main["name"].str.upper().values}
    )
    labels = labels[
        [frame.contains(shapely.Point(x, y)) for x, y in zip(labels.x, labels.y, strict=True)]
    ]
    label_layer = (
        alt.Chart(labels)
        .mark_text(fontSize=9, color="#6f6f6f")
        .encode(longitude="x:Q", latitude="y:Q", text="text:N")
    )
    outline = geo.round_geometry(
        geo.to_projected(geo.frame_outline_lonlat(region, region_crs), crs)
    )
    box_layer = alt.Chart(_gdf([outline], crs)).mark_geoshape(
        filled=False, stroke=BORDER_COLOUR, strokeWidth=1.8
    )
    chart = alt.layer(sea, base, label_layer, box_layer, _frame_layer(frame, crs)).properties(
        width=width,
        height=height,
        title=alt.TitleParams(title, subtitle=list(subtitle), anchor="start"),
    )
    return _identity(chart)


def _finish(layers, points, home, frame, crs, width, height, title, subtitle) -> alt.LayerChart:
    """Places, scale bar and frame on top of ``layers``, titled, in projected units."""
    layers = [*layers, *_points_layers(points, home, frame), *_scale_bar(frame, crs, points)]
    layers.append(_frame_layer(frame, crs))
    chart = alt.layer(*layers).properties(
        width=width,
        height=height,
        title=alt.TitleParams(title, subtitle=list(subtitle), anchor="start"),
    )
    return _identity(chart)
