"""Reference tables refuse ambiguity with an error naming the file and row."""

import shutil

import pytest

from conflict_lib import config
from conflict_lib.reference import ReferenceError, load_actors, load_places, load_quantifiers

PLACES_HEADER = "place_id,name,aliases,country,admin1,lat,lon,coord_source,precision,notes\n"


@pytest.fixture
def ref_dir(tmp_path):
    for name in ("actors.csv", "quantifiers.csv"):
        shutil.copy(config.REFERENCE_DIR / name, tmp_path / name)
    return tmp_path


def test_the_shipped_tables_load():
    actors = load_actors()
    assert {
        "csp",
        "fama",
        "wagner",
        "baza",
        "war_gonzo",
        "ru_milbloggers",
        "local_sources",
        "jnim",
        "civilians",
    } <= set(actors.by_id)
    assert {a.side for a in actors.by_id.values()} <= {
        "government",
        "rebels",
        "jihadists",
        "independent",
    }
    assert load_quantifiers()["dozens"].acled_estimate == 12


def test_alias_naming_two_actors_is_refused(ref_dir):
    path = ref_dir / "actors.csv"
    path.write_text(path.read_text() + 'ghost,Ghost unit,rebels,belligerent,"Wagner;ghosts",\n')
    with pytest.raises(
        ReferenceError,
        match=r"actors\.csv: row \d+: alias 'Wagner' of 'ghost' "
        r"already names 'wagner'",
    ):
        load_actors(ref_dir)


def test_side_that_is_not_a_label_is_refused(ref_dir):
    path = ref_dir / "actors.csv"
    path.write_text(path.read_text() + "x,X,Rebel Army!,belligerent,xs,\n")
    with pytest.raises(ReferenceError, match=r"row \d+: side 'Rebel Army!'"):
        load_actors(ref_dir)


def test_a_war_names_its_own_sides(ref_dir):
    # two governments at war: each coalition is labelled by the analyst
    path = ref_dir / "actors.csv"
    path.write_text(path.read_text() + "ru,Russian Armed Forces,russia,belligerent,Russian army,\n")
    assert load_actors(ref_dir).by_id["ru"].side == "russia"


def test_place_without_coordinates_loads_with_none(tmp_path):
    (tmp_path / "places.csv").write_text(
        PLACES_HEADER + "border,Border,the border,MLI,,,,,5,a line\n"
    )
    place = load_places(tmp_path).by_id["border"]
    assert place.lat is None and place.lon is None


@pytest.mark.parametrize(
    ("lat", "lon", "message"),
    [
        ("95", "1", r"row 3: lat 95 is outside \[-90, 90\]"),
        ("10", "-181", r"row 3: lon -181 is outside \[-180, 180\]"),
        ("ten", "1", "row 3: lat 'ten' is not a number"),
        ("10", "", r"row 3 \(bad\): has only one of lat/lon"),
    ],
)
def test_bad_coordinates_name_the_row(tmp_path, lat, lon, message):
    # One parser for places.csv (reference.read_places): the normaliser gets the
    # gazetteer's rules and messages, and its errors are ReferenceErrors.
    (tmp_path / "places.csv").write_text(
        PLACES_HEADER + "ok,Ok,,MLI,,1,1,src,1,\n" + f"bad,Bad,,MLI,,{lat},{lon},src,1,\n"
    )
    with pytest.raises(ReferenceError, match=rf"places\.csv: {message}"):
        load_places(tmp_path)


def test_quantifier_rule_out_of_order_is_refused(tmp_path):
    (tmp_path / "quantifiers.csv").write_text(
        "phrase,low,best,high,precision,acled_estimate,source\nodd,9,5,3,vague,3,test\n"
    )
    with pytest.raises(ReferenceError, match=r"row 2: need low <= best <= high"):
        load_quantifiers(tmp_path)


def test_an_events_own_places_table_is_the_gazetteer_too(tmp_path):
    from conflict_lib import geo

    (tmp_path / "places.csv").write_text(
        PLACES_HEADER + "oasis_x,Oasis X,the oasis,MLI,,16.27,-0.04,test source,1,\n"
    )
    assert list(load_places(tmp_path).by_id) == ["oasis_x"]
    assert list(geo.load_gazetteer(reference_dir=tmp_path).index) == ["oasis_x"]
    shared = geo.load_gazetteer(reference_dir=tmp_path / "absent")
    assert "oasis_x" not in shared.index and len(shared) > 1


def test_an_allys_label_is_its_patrons_camp(ref_dir):
    # "government_ally": the analyst's word for the junior partner of the government's camp,
    # shown as written; a label of a camp of its own stays one
    path = ref_dir / "actors.csv"
    path.write_text(path.read_text()
                    + "ac,Allied instructors,government_ally,belligerent,allied instructors,\n"
                    + "sna_x,Turkish-backed factions,turkish_backed_rebels,belligerent,TFSA,\n"
                    + "pro,Allied militia,rebel_allies,belligerent,allied militia,\n")
    actors = load_actors(ref_dir)
    assert (actors.by_id["ac"].side, actors.by_id["ac"].label) == ("government", "government_ally")
    assert actors.by_id["sna_x"].side == "turkish_backed_rebels"
    assert actors.by_id["pro"].side == "rebels"
    assert "ac" not in actors.adversaries("fama")


@pytest.mark.parametrize(("label", "camp"), [
    ("government_allied", "government"), ("government_aligned", "government"),
    ("pro_government", "government"), ("pro_government_militias", "government"),
    ("pro_rebel", "rebels"), ("anti_government", "anti_government")])
def test_other_words_for_an_ally_name_the_patrons_camp(ref_dir, label, camp):
    # analysts write the junior partner's label in many ways; "anti_government" is a camp
    # of its own, never the government's
    path = ref_dir / "actors.csv"
    path.write_text(path.read_text() + f"mx,Militia X,{label},belligerent,militia X,\n")
    actors = load_actors(ref_dir)
    written = label if camp != label else ""  # (a camp's own label is not repeated)
    assert (actors.by_id["mx"].side, actors.by_id["mx"].label) == (camp, written)
