"""The casualty charts: the data they hold, the gap arithmetic, determinism, tooltips,
and a conflict other than the embedded one."""

import json
from pathlib import Path

import pandas as pd
import pytest
import vl_convert as vlc

from conflict_lib.analysis import coverage as coverage_analysis
from conflict_lib.analysis import gaps as gap_analysis
from conflict_lib.analysis import timeline as timeline_analysis
from conflict_lib.claims import groups as grouping
from conflict_lib.claims.table import CLAIM_COLUMNS, load_claims, with_claim_groups
from conflict_lib.corpus.articles import load_articles
from conflict_lib.viz import charts, coverage_charts

EVENT = "tinzaouaten-2024"
FIXTURE = Path(__file__).parents[1] / "fixtures" / "events" / "fixture-raid"
PEOPLE = ("killed", "wounded", "captured", "killed_or_wounded", "killed_or_captured", "missing")


@pytest.fixture(scope="module")
def articles():
    return load_articles(EVENT)


@pytest.fixture(scope="module")
def claims(articles):
    return load_claims(EVENT, articles=articles, strict=False)


def _spec(chart) -> dict:
    return chart.to_dict()


def _datasets(spec: object) -> list[list[dict]]:
    """Every distinct inline dataset of a spec (layers repeat their parent's)."""
    found: dict[str, list[dict]] = {}

    def walk(node: object) -> None:
        if isinstance(node, dict):
            values = node.get("values")
            if isinstance(values, list) and values and isinstance(values[0], dict):
                found.setdefault(json.dumps(values, sort_keys=True), values)
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(spec)
    return list(found.values())


def _tooltip_fields(spec: object) -> set[str]:
    fields: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            tooltip = node.get("tooltip")
            if isinstance(tooltip, list):
                fields.update(t.get("field") for t in tooltip if isinstance(t, dict))
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(spec)
    return fields


def _usable(claims: pd.DataFrame) -> pd.DataFrame:
    return claims[
        (claims["status"] == "ok") & claims["subject"].notna() & claims["outcome"].isin(PEOPLE)
    ]


# --- the main chart -----------------------------------------------------------------------


def test_every_claim_group_appears_once_in_the_main_chart(claims):
    spec = _spec(charts.claims_chart(claims))
    rows = [r for values in _datasets(spec) for r in values if "slot" in r]
    seen = pd.Series([r["claim_group"] for r in rows]).value_counts()
    usable = _usable(claims)
    quantified = set(usable.loc[usable["precision"] != "none", "claim_group"])
    assert quantified, "the embedded event has quantified claims"
    assert set(seen.index) == set(usable["claim_group"])
    assert (seen == 1).all(), "a claim group is drawn once, however many articles carry it"
    drawn = {r["claim_group"] for r in rows if r["quantified"]}
    assert drawn == quantified


def test_main_chart_leaves_out_equipment_and_flagged_rows(claims):
    data = charts.main_chart_data(claims)
    assert not data["outcome"].isin(grouping.EQUIPMENT_OUTCOMES).any()
    flagged_only = set(claims.loc[claims["status"] == "flagged", "claim_group"]) - set(
        claims.loc[claims["status"] == "ok", "claim_group"]
    )
    assert not flagged_only & set(data["claim_group"])


def test_main_chart_marks_follow_how_the_figure_is_stated(claims):
    data = charts.main_chart_data(claims)
    maximum = data.attrs["axis_max"]
    assert maximum >= data["high"].max()
    for row in data.itertuples():
        if row.precision == "at_least":
            assert (row.x_from, row.x_to, row.x_mark) == (row.low, maximum, row.low)
        elif row.precision in ("range", "vague"):
            assert (row.x_from, row.x_to) == (row.low, row.high) and pd.isna(row.x_mark)
        elif row.precision in ("exact", "approx"):
            assert row.x_mark == row.best
        elif row.precision == "none":
            assert pd.isna(row.x_mark) and not row.quantified


def test_claim_groups_of_one_subject_never_share_a_line(claims):
    data = charts.main_chart_data(claims)
    assert not data.duplicated(["outcome", "subject_label", "slot"]).any()


def test_main_chart_tooltips_carry_quote_claimant_articles_date(claims):
    fields = _tooltip_fields(_spec(charts.claims_chart(claims)))
    assert {
        "quote",
        "claimant_name",
        "article_ids",
        "outlets",
        "published",
        "figure",
        "independent",
    } <= fields
    groups = grouping.claim_groups(claims)
    first = _usable(claims).sort_values(["article_id", "start"]).groupby("claim_group").first()
    for row in groups.itertuples():
        assert row.quote == first.loc[row.claim_group, "quote"]


def test_outcomes_parameter_limits_the_panels(claims):
    data = charts.main_chart_data(claims, outcomes=["wounded"])
    assert set(data["outcome"]) == {"wounded"}


def test_stance_colours_have_a_fixed_domain(claims):
    spec = json.dumps(_spec(charts.claims_chart(claims, outcomes=["wounded"])))
    assert '"domain": ["acknowledged", "aligned", "claimed", "independent"]' in spec


# --- the gap table ------------------------------------------------------------------------


def test_gap_chart_holds_every_gap_row(claims):
    gaps = gap_analysis.gap_table(claims)
    rows = {r["row"] for values in _datasets(_spec(charts.gap_chart(gaps))) for r in values}
    assert rows == {f"{g.subject_label} · {g.outcome_label}" for g in gaps.itertuples()}


# --- coverage and timeline ----------------------------------------------------------------


def test_coverage_marks_copies_within_a_syndication_group(claims):
    cells = coverage_analysis.coverage_table(claims)
    for _, part in cells.groupby("claim_group"):
        firsts = part[part["kind"] == coverage_analysis.COPY_KINDS[0]]
        assert firsts["syndication_group"].is_unique
        assert set(firsts["syndication_group"]) == set(part["syndication_group"])
    fields = _tooltip_fields(_spec(coverage_charts.coverage_chart(claims)))
    assert {"quote", "outlet", "syndication_group"} <= fields


def test_timeline_first_appearance_is_the_earliest_carrier(claims, articles):
    table = timeline_analysis.timeline_table(claims, articles)
    for _, part in table.groupby("claim_group"):
        first = part[part["first"]]
        assert len(first) == 1
        assert first["date"].iloc[0] == part["date"].dropna().min()
    inferred = table[table["dated"] == "inferred date"]
    assert set(inferred["basis"]) - {"header", "dateline"} == set(inferred["basis"])
    assert "quote" in _tooltip_fields(_spec(coverage_charts.timeline_chart(claims, articles)))


# --- determinism and validity -------------------------------------------------------------


def _all_charts(claims, articles, reference_dir=None):
    return {
        "main": lambda: charts.claims_chart(claims, reference_dir=reference_dir),
        "gap": lambda: charts.gap_chart(
            gap_analysis.gap_table(claims, reference_dir=reference_dir)
        ),
        "coverage": lambda: coverage_charts.coverage_chart(
            claims, reference_dir=reference_dir, articles=articles
        ),
        "timeline": lambda: coverage_charts.timeline_chart(
            claims, articles, reference_dir=reference_dir
        ),
    }


def test_specs_are_deterministic(claims, articles):
    for name, build in _all_charts(claims, articles).items():
        first = json.dumps(build().to_dict(), sort_keys=True)
        assert first == json.dumps(build().to_dict(), sort_keys=True), name
        assert "param_" not in first and "view_" not in first, name


# --- another conflict ---------------------------------------------------------------------

ACTORS = """actor_id,name,side,kind,aliases,notes
blue,Blue Army (BA),government,belligerent,blue army,
red,Red Front,rebels,belligerent,red front,
ally,Allied Channel,government,media,ally,
monitor,Monitors,independent,source,monitors,
outlet,The outlet's own reporting,independent,source,wire,
"""


SYNTHETIC_KEYS = (
    "claim_id article_id syndication_group claimant claimant_side subject subject_side "
    "outcome low best high precision stance"
)


def _synthetic_claims() -> pd.DataFrame:
    """A raid somewhere else: Blue admits 3 dead, Red claims at least 30, an ally says
    about 5, monitors give 4-9 wounded; one figure repeated by a copy."""
    rows = [
        # claim article synd claimant side subject side outcome low best high precision stance
        "a1 a wire blue government blue government killed 3 3 3 exact acknowledged",
        "a2 a wire red rebels blue government killed 30 30 - at_least claimed",
        "b1 b wire red rebels blue government killed 30 30 - at_least claimed",
        "b2 b wire ally government blue government killed 5 5 5 approx aligned",
        "c1 c local monitor independent blue government wounded 4 6 9 range independent",
        "c2 c local red rebels blue government captured - - - none claimed",
        "c3 c local blue government red rebels killed - 12 12 at_most claimed",
        "c4 c local red rebels blue government equipment_destroyed 2 2 2 exact claimed",
    ]
    rows = [[None if v == "-" else int(v) if v.isdigit() else v for v in r.split()] for r in rows]
    frame = pd.DataFrame([dict(zip(SYNTHETIC_KEYS.split(), r, strict=True)) for r in rows])
    dates = {"a": "2031-03-02", "b": "2031-03-03", "c": None}
    frame["published"] = pd.to_datetime(frame["article_id"].map(dates))
    frame["outlet"] = frame["article_id"].map({"a": "Wire", "b": "Wire copy", "c": "Local"})
    frame["quote"] = "quote " + frame["claim_id"]
    frame["quantity_raw"] = frame["precision"].map({"none": "many"}).fillna("")
    frame["start"] = 0
    frame["status"] = "ok"
    frame["event_start"] = pd.Timestamp("2031-03-01")
    frame["event_end"] = pd.Timestamp("2031-03-01")
    frame = with_claim_groups(frame)
    for col, dtype in CLAIM_COLUMNS.items():
        if col not in frame:
            frame[col] = None
        frame[col] = (
            pd.to_datetime(frame[col]) if dtype.startswith("datetime") else frame[col].astype(dtype)
        )
    return frame[list(CLAIM_COLUMNS)]


@pytest.fixture
def synthetic(tmp_path):
    (tmp_path / "actors.csv").write_text(ACTORS, encoding="utf-8")
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "published": pd.to_datetime(["2031-03-02", "2031-03-03", None]),
            "dateline_date": pd.to_datetime([None, None, None]),
        }
    )
    return _synthetic_claims(), articles, tmp_path


def test_a_synthetic_conflict_charts_and_gaps(synthetic):
    claims, articles, ref = synthetic
    gaps = gap_analysis.gap_table(claims, reference_dir=ref).set_index(["subject", "outcome"])
    blue = gaps.loc[("blue", "killed")]
    assert (blue["acknowledged"], blue["claimed"], blue["ratio"]) == (3, 30, 10.0)
    assert blue["summary"] == "claimed ≥ 10× acknowledged"
    assert blue["aligned_figures"] == "about 5 (Allied Channel)"
    assert gaps.loc[("red", "killed"), "summary"] == "no acknowledged figure"
    assert gaps.loc[("blue", "wounded"), "independent_figures"] == "4-9 (Monitors)"
    data = charts.main_chart_data(claims, reference_dir=ref)
    assert set(data["subject_label"]) == {"BA", "Red Front"}
    assert "equipment_destroyed" not in set(data["outcome"])
    up_to = data[data["precision"] == "at_most"].iloc[0]
    assert (up_to["x_from"], up_to["x_to"], up_to["figure"]) == (0, 12, "up to 12")
    matrix = coverage_analysis.coverage_matrix(claims, reference_dir=ref)
    assert matrix.loc["red:blue:killed:30"].to_dict() == {"a": 1, "b": 1, "c": 0}
    kinds = coverage_analysis.coverage_table(claims, reference_dir=ref).set_index(
        ["claim_group", "article_id"]
    )["kind"]
    assert kinds[("red:blue:killed:30", "b")] == coverage_analysis.COPY_KINDS[1]
    for name, build in _all_charts(claims, articles, ref).items():
        svg = vlc.vegalite_to_svg(build().to_dict())
        assert "<svg" in svg, name


def test_the_fixture_event_uses_its_own_actor_names():
    claims = load_claims(event_path=FIXTURE, strict=False)
    ref = FIXTURE / "reference"
    data = charts.main_chart_data(claims, reference_dir=ref)
    assert "FAN" in set(data["subject_label"])
    gaps = gap_analysis.gap_table(claims, reference_dir=ref)
    assert gaps["text"].str.len().gt(0).all()


def test_empty_claims_give_a_placeholder_chart(synthetic):
    claims, articles, ref = synthetic
    empty = claims.iloc[0:0]
    for name, build in _all_charts(empty, articles, ref).items():
        spec = build().to_dict()
        assert spec["mark"]["type"] == "text", name
    assert gap_analysis.gap_table(empty).empty
