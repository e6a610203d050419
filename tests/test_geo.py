"""Basemap, gazetteer and geodesic measurements (conflict_lib.geo), and the map notebook."""

import csv
import importlib.util
import math
import sys
from pathlib import Path

import nbformat
import papermill as pm
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_lib import config, geo

NOTEBOOK = config.NOTEBOOKS_DIR / "03_map.ipynb"
PLACES_CSV = config.REFERENCE_DIR / "places.csv"
HEADER = ",".join(geo.PLACES_COLUMNS)


@pytest.fixture(scope="module")
def gazetteer():
    return geo.load_gazetteer()


def haversine_km(lat1, lon1, lat2, lon2, radius_km=6371.0088):
    """Great-circle distance on the IUGG mean sphere: independent of pyproj."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * radius_km * math.asin(math.sqrt(h))


# --------------------------------------------------------------------------- places on the map


@pytest.mark.parametrize("place_id", ["kidal", "tessalit", "gao", "aguelhok", "bamako"])
def test_malian_towns_are_inside_mali(gazetteer, place_id):
    lat, lon = geo.place_latlon(gazetteer, place_id)
    check = geo.check_country(lat, lon, "MLI")
    assert check.inside and check.found_in == "MLI" and check.outside_km == 0.0


def test_tin_zaouatine_is_in_algeria_within_tolerance(gazetteer):
    lat, lon = geo.place_latlon(gazetteer, "tin_zaouatine")
    assert gazetteer.loc["tin_zaouatine", "country"] == "DZA"
    assert geo.point_in_country(lat, lon, "DZA", tolerance_km=geo.TOLERANCE_KM)
    assert geo.country_at(lat, lon) == "DZA"


def test_tinzaouaten_and_tin_zaouatine_are_separate_places(gazetteer):
    mali, algeria = gazetteer.loc["tinzaouaten"], gazetteer.loc["tin_zaouatine"]
    assert (mali["country"], algeria["country"]) == ("MLI", "DZA")
    assert not set(map(str.lower, mali["aliases_list"])) & set(
        map(str.lower, algeria["aliases_list"])
    )


def test_tinzaouaten_within_5_km_of_the_border(gazetteer):
    lat, lon = geo.place_latlon(gazetteer, "tinzaouaten")
    assert geo.distance_to_border_km(lat, lon, "DZA", "MLI") <= 5.0


def test_tinzaouaten_published_point_falls_in_algeria_within_tolerance(gazetteer):
    """At 1:10m the published point is ~1.6 km on the Algerian side; that is inside
    the map's 5 km tolerance, so the point counts as Malian and is not moved."""
    lat, lon = geo.place_latlon(gazetteer, "tinzaouaten")
    check = geo.check_country(lat, lon, "MLI")
    assert check.found_in == "DZA" and not check.inside
    assert 1.0 < check.outside_km < 2.0
    assert check.outside_km <= geo.TOLERANCE_KM == 5.0
    assert check.ok and geo.point_in_country(lat, lon, "MLI")
    assert not geo.point_in_country(lat, lon, "MLI", tolerance_km=1.0)


def test_coordinates_are_kept_exactly_as_published(gazetteer):
    with PLACES_CSV.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["lat"]:
                assert geo.place_latlon(gazetteer, row["place_id"]) == (
                    float(row["lat"]),
                    float(row["lon"]),
                )


def test_tinzaouaten_to_kidal_matches_an_independent_haversine(gazetteer):
    lat1, lon1 = geo.place_latlon(gazetteer, "tinzaouaten")
    lat2, lon2 = geo.place_latlon(gazetteer, "kidal")
    km = geo.geodesic_km(lat1, lon1, lat2, lon2)
    assert km == pytest.approx(haversine_km(lat1, lon1, lat2, lon2), rel=0.01)
    assert 200 < km < 300  # "hundreds of kilometers", not "several hundred" read literally
    assert geo.distance_between_km(gazetteer, "tinzaouaten", "kidal") == km


@settings(max_examples=50, deadline=None)
@given(st.floats(-60, 60), st.floats(-179, 179), st.floats(-60, 60), st.floats(-179, 179))
def test_geodesic_is_symmetric_and_close_to_the_sphere(lat1, lon1, lat2, lon2):
    km = geo.geodesic_km(lat1, lon1, lat2, lon2)
    assert km == pytest.approx(geo.geodesic_km(lat2, lon2, lat1, lon1), abs=1e-6)
    assert km == pytest.approx(haversine_km(lat1, lon1, lat2, lon2), rel=0.006, abs=1e-3)


def test_nearest_point_agrees_between_local_and_utm_projections(gazetteer):
    lat, lon = geo.place_latlon(gazetteer, "kidal")
    local = geo.distance_to_border_km(lat, lon, "DZA", "MLI")
    utm = geo.distance_to_border_km(lat, lon, "DZA", "MLI", crs="EPSG:32631")
    assert local == pytest.approx(utm, abs=0.05)
    with pytest.raises(ValueError, match="not a projected CRS in metres"):
        geo.distance_to_border_km(lat, lon, "DZA", "MLI", crs="EPSG:4326")


def test_border_length_against_the_published_figure():
    measured = geo.geodesic_length_km(geo.border_line("DZA", "MLI"))
    published, source = geo.published_border_km("MLI", "DZA")
    assert published == 1359 and "Factbook" in source
    assert 0.85 * published < measured < 1.0 * published  # generalised line: shorter


def test_bbox_around_pads_in_km():
    lon_min, lat_min, lon_max, lat_max = geo.bbox_around([18.44], [1.41], 100)
    assert geo.geodesic_km(18.44, 1.41, lat_max, 1.41) == pytest.approx(100, rel=1e-6)
    assert geo.geodesic_km(18.44, 1.41, 18.44, lon_min) == pytest.approx(100, rel=1e-3)


# --------------------------------------------------------------------------- basemap


def test_basemap_is_read_from_the_committed_extract():
    countries = geo.load_basemap((0.0, 15.0, 5.0, 22.0))
    assert {"DZA", "MLI", "NER"} <= set(countries["iso_a3"])
    assert list(countries.columns) == [*geo.BASEMAP_COLUMNS, "geometry"]
    assert countries.crs.to_epsg() == 4326 and countries.is_valid.all()
    countries.loc[:, "name"] = "changed"  # a copy: the cached extract is untouched
    assert "Mali" in set(geo.load_basemap()["name"])


def test_a_box_outside_the_extract_falls_back_to_the_package_zip():
    pytest.importorskip(geo.NE_PACKAGE)
    cape_verde = geo.load_basemap((-25.5, 14.5, -22.5, 17.5))
    assert "CPV" in set(cape_verde["iso_a3"])


def test_extract_matches_a_rebuild_from_the_package_zip(tmp_path):
    pytest.importorskip(geo.NE_PACKAGE)
    rebuilt = geo.build_extract(tmp_path / "extract.geojson")
    ours = geo.load_basemap().set_index("iso_a3")
    theirs = geo.load_basemap(extract=rebuilt).set_index("iso_a3")
    assert list(ours.index) == list(theirs.index)
    assert ours.geometry.geom_equals_exact(theirs.geometry, tolerance=1e-9).all()
    assert geo.basemap_source() == geo.basemap_source(rebuilt)


def test_geo_readme_names_the_versions_in_use():
    readme = (config.GEO_DIR / "README.md").read_text(encoding="utf-8")
    source = geo.basemap_source()
    assert f"Natural Earth {source['natural_earth_version']}" in readme
    assert source["package"] in readme and "public domain" in readme.lower()
    if importlib.util.find_spec(geo.NE_PACKAGE) is not None:
        assert geo.natural_earth_version() == source["natural_earth_version"]


# --------------------------------------------------------------------------- bad gazetteers


def write_places(tmp_path: Path, *rows: str, header: str = HEADER) -> Path:
    path = tmp_path / "places.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


GOOD = "kidal,Kidal,Kidal,MLI,Kidal region,18.43889,1.40833,test source,1,"


def test_an_area_without_coordinates_is_kept_and_refused_as_a_point(tmp_path):
    path = write_places(tmp_path, GOOD, "kidal_region,Kidal region,,MLI,,,,,4,area")
    table = geo.load_gazetteer(path)
    assert not table.loc["kidal_region", "located"] and table.loc["kidal_region", "kind"] == "area"
    assert table.loc["kidal_region", "geometry"] is None
    with pytest.raises(geo.UnlocatedPlaceError, match="kidal_region.*no coordinates.*area"):
        geo.place_latlon(table, "kidal_region")


def test_the_real_gazetteer_marks_its_unlocated_rows(gazetteer):
    unlocated = gazetteer[~gazetteer["located"]]
    assert set(unlocated.index) == {"kidal_region", "algerian_border"}
    assert gazetteer.loc["algerian_border", "kind"] == "line or wide area"
    assert "LINE FEATURE" in gazetteer.loc["algerian_border", "notes"]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("tinz,Tinzaouaten,,MLI,,,,,1,", r"row 3 \(tinz\): no coordinates, but precision 1"),
        ("far,Far,,MLI,,95.0,2.0,src,1,", r"row 3: lat 95.0 is outside \[-90, 90\]"),
        ("far,Far,,MLI,,19.0,200.5,src,1,", r"row 3: lon 200.5 is outside \[-180, 180\]"),
        ("nan,Nan,,MLI,,nan,2.0,src,1,", r"row 3: lat nan is outside"),
        ("half,Half,,MLI,,19.0,,src,1,", r"row 3 \(half\): has only one of lat/lon"),
        ("word,Word,,MLI,,north,2.0,src,1,", r"row 3: lat 'north' is not a number"),
        ("prec,Prec,,MLI,,19.0,2.0,src,9,", r"row 3 \(prec\): precision '9' is not a UCDP"),
        ("iso,Iso,,Mali,,19.0,2.0,src,1,", r"row 3 \(iso\): country 'Mali' is not an ISO"),
        ("kidal,Again,,MLI,,19.0,2.0,src,1,", r"row 3 \(kidal\): duplicate place_id"),
        (
            "nosrc,No source,,MLI,,19.0,2.0,,1,",
            r"row 3 \(nosrc\): coordinates without a coord_source",
        ),
    ],
)
def test_bad_rows_fail_naming_file_and_row(tmp_path, row, message):
    path = write_places(tmp_path, GOOD, row)
    with pytest.raises(geo.GazetteerError, match=message) as err:
        geo.load_gazetteer(path)
    assert str(path) in str(err.value)


def test_a_wrong_header_fails_naming_the_file(tmp_path):
    path = write_places(tmp_path, GOOD, header=HEADER.replace("precision", "where_prec"))
    with pytest.raises(geo.GazetteerError, match="header must be exactly"):
        geo.load_gazetteer(path)


def test_the_normaliser_reads_the_same_gazetteer():
    from conflict_lib.reference import load_places

    table = load_places()
    for spelling, place_id in [
        ("Tinzawaten", "tinzaouaten"),
        ("Tinzaouatène", "tinzaouaten"),
        ("Tin Zaouatine", "tin_zaouatine"),
        ("Algeria border", "algerian_border"),
        ("Kidal region", "kidal_region"),
    ]:
        assert table.aliases.find(f"near {spelling}") == [place_id]


# --------------------------------------------------------------------------- the notebook


def test_map_notebook_runs_for_other_places_and_writes_figures(tmp_path, monkeypatch):
    # The project's kernel, not one from the user's home (as conflict_lib.runner.report does).
    share = Path(sys.prefix) / "share" / "jupyter"
    monkeypatch.setenv("JUPYTER_PATH", str(share))
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(share))
    figures = tmp_path / "figures"
    out = tmp_path / "03_map.ipynb"
    pm.execute_notebook(
        str(NOTEBOOK),
        str(out),
        kernel_name="python3",
        cwd=str(NOTEBOOK.parent),
        progress_bar=False,
        parameters={
            "places": ["kidal", "gao", "bamako", "kidal_region"],
            "padding_km": 80,
            "figures_dir": str(figures),
        },
    )
    for name in ("map_region", "map_border_detail", "map_locator"):
        for suffix in (".png", ".svg"):
            assert (figures / f"{name}{suffix}").stat().st_size > 0
    text = "".join(
        o.get("text", "")
        for c in nbformat.read(out, as_version=4).cells
        for o in c.get("outputs", [])
        if o.output_type == "stream"
    )
    assert "kidal_region: no coordinates (area, UCDP precision 4): listed, not drawn" in text
    assert "wrote map_region.png and map_region.svg" in text
