"""The curated claims ledger: quotes found, nothing lost, bad rows named."""

import csv
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from conflict_lib.analysis.ledger import figure_text, ledger, ledger_box
from conflict_lib.claims.table import ClaimsError, load_claims
from conflict_lib.corpus.articles import clean_text, load_articles
from conflict_lib.corpus.textmap import MappedText

EVENT = "tinzaouaten-2024"
HEADER = (
    "claim_id,article_id,quote,claimant_raw,subject_raw,outcome_raw,quantity_raw,"
    "place_raw,time_raw,notes\n"
)
ARTICLE = "001_02c820628ea3d6ec"


@pytest.fixture(scope="module")
def articles():
    return load_articles(EVENT)


@pytest.fixture(scope="module")
def claims(articles):
    return load_claims(EVENT, articles=articles)


def test_every_quote_is_found_and_maps_back_to_raw_bytes(claims, articles):
    texts = articles.set_index("article_id")
    for row in claims.itertuples():
        art = texts.loc[row.article_id]
        assert art.text[row.start : row.end] == row.quote
        raw = Path(art.path).read_bytes()[row.raw_start : row.raw_end].decode("utf-8")
        # The raw bytes, cleaned as the loader cleans, give back the quote exactly.
        assert " ".join(clean_text(MappedText.from_raw(raw)).text.split()) == " ".join(
            row.quote.split()
        )


def test_accounting_is_balanced(claims):
    report = claims.attrs["load_report"]
    assert report["rows_read"] == len(claims) == report["rows_ok"] + report["rows_flagged"]


def _figures(claims, claimant, subject, outcome):
    rows = claims[
        (claims.claimant == claimant)
        & (claims.subject == subject)
        & (claims.outcome == outcome)
        & (claims.status == "ok")
    ]

    def value(v):
        return None if v is None or v is pd.NA else int(v)

    return {
        (value(lo), value(hi), st)
        for lo, hi, st in zip(rows["low"], rows["high"], rows["stance"], strict=True)
    }


def test_the_sides_own_figures(claims):
    # The articles: the army "confirmed that two soldiers were killed and 10 injured";
    # the CSP "admitted to losing seven fighters, with twelve others injured".
    assert (2, 2, "acknowledged") in _figures(claims, "fama", "fama", "killed")
    assert (10, 10, "acknowledged") in _figures(claims, "fama", "fama", "wounded")
    assert (7, 7, "acknowledged") in _figures(claims, "csp", "csp", "killed")
    assert (12, 12, "acknowledged") in _figures(claims, "csp", "csp", "wounded")


def test_claims_about_the_other_side(claims):
    # "killed around 20 rebels" (army); "at least 20 Wagner fighters" (Baza, a Russian channel)
    assert (20, 20, "claimed") in _figures(claims, "fama", "csp", "killed")
    assert (20, None, "aligned") in _figures(claims, "baza", "wagner", "killed")
    dozens = _figures(claims, "csp", "fama+wagner", "killed_or_wounded")
    assert (24, 99, "claimed") in dozens


def test_copies_count_once(claims, articles):
    # The army's two dead are in all five articles, which sources.csv puts in
    # three syndication groups.
    group = claims[claims.claim_group == "fama:fama:killed:2"]
    assert group["article_id"].nunique() == 5
    assert set(group["group_independent"]) == {articles["syndication_group"].nunique()} == {3}


def test_ledger_box_lines(claims):
    box = ledger_box(ledger(claims))
    csp_lines = " | ".join(next(v for k, v in box.items() if k.startswith("Permanent")))
    assert re.search(r"(^|\| )7 killed( at \w+)? \(per Permanent Strategic Framework", csp_lines)


@pytest.mark.parametrize(
    ("args", "text"),
    [
        ((2, 2, 2, "exact"), "2"),
        ((20, 20, 20, "approx"), "about 20"),
        ((20, 20, None, "at_least"), "at least 20"),
        ((None, 5, 5, "at_most"), "up to 5"),
        ((24, 24, 99, "vague", "dozens"), '24-99 "dozens"'),
        ((None, None, None, "none"), "unquantified"),
    ],
)
def test_figure_text(args, text):
    assert figure_text(*args) == text


# -- bad input: a copy of the event with a claims.csv of our own making --------------------


@pytest.fixture
def event_copy(tmp_path):
    target = tmp_path / "copy-event"
    shutil.copytree(f"data/events/{EVENT}/articles", target / "articles")
    shutil.copy(f"data/events/{EVENT}/sources.csv", target / "sources.csv")
    return target


def _write(event_copy, body, header=HEADER):
    (event_copy / "claims.csv").write_text(header + body, encoding="utf-8")


GOOD = (
    f"c1,{ARTICLE},The Malian army confirmed that two of its soldiers were killed,"
    "The Malian army,soldiers,killed,two,,,\n"
)


def test_missing_quote_is_an_error_naming_the_row(event_copy):
    _write(
        event_copy,
        GOOD + f"c2,{ARTICLE},Nobody wrote this sentence,The Malian army,soldiers,killed,two,,,\n",
    )
    with pytest.raises(ClaimsError, match=r"claims\.csv: row 3 \(c2\): quote not found"):
        load_claims(event_path=event_copy)
    lenient = load_claims(event_path=event_copy, strict=False)
    assert list(lenient["status"]) == ["ok", "flagged"]


def test_unknown_article_is_named(event_copy):
    _write(event_copy, "c1,nope,x,The Malian army,soldiers,killed,two,,,\n")
    with pytest.raises(ClaimsError, match=r"row 2 \(c1\): article 'nope' not in the event"):
        load_claims(event_path=event_copy)


@pytest.mark.parametrize(
    ("claimant", "subject", "outcome", "quantity", "reason"),
    [
        ("The Ministry of Magic", "soldiers", "killed", "two", "unknown claimant"),
        ("The Malian army", "goblins", "killed", "two", "unknown subject"),
        ("The Malian army", "soldiers", "celebrated", "two", "unknown outcome"),
        ("The Malian army", "soldiers", "killed", "-3", "negative number"),
        ("The Malian army", "soldiers", "killed", "1e12", "implausible figure"),
    ],
)
def test_bad_values_are_flagged_not_dropped(
    event_copy, claimant, subject, outcome, quantity, reason
):
    quote = "The Malian army confirmed that two of its soldiers were killed"
    _write(
        event_copy, GOOD + f"c2,{ARTICLE},{quote},{claimant},{subject},{outcome},{quantity},,,\n"
    )
    claims = load_claims(event_path=event_copy)
    report = claims.attrs["load_report"]
    assert (report["rows_read"], report["rows_ok"], report["rows_flagged"]) == (2, 1, 1)
    assert reason in claims.loc[1, "reasons"]


def test_low_above_high_override_is_flagged(event_copy):
    header = HEADER.rstrip("\n") + ",low,best,high\n"
    _write(
        event_copy,
        f"c1,{ARTICLE},two of its soldiers were killed,The Malian army,soldiers,"
        "killed,two,,,,9,5,3\n",
        header,
    )
    claims = load_claims(event_path=event_copy)
    assert claims.loc[0, "status"] == "flagged"
    assert "low <= best <= high" in claims.loc[0, "reasons"]


def test_extra_column_is_reported_and_missing_column_is_an_error(event_copy):
    _write(event_copy, GOOD.rstrip("\n") + ",alice\n", HEADER.rstrip("\n") + ",reviewer\n")
    assert load_claims(event_path=event_copy).attrs["load_report"]["ignored_columns"] == [
        "reviewer"
    ]
    _write(event_copy, "c1,x\n", "claim_id,article_id\n")
    with pytest.raises(ClaimsError, match=r"row 1: missing column\(s\) quote"):
        load_claims(event_path=event_copy)


def test_empty_file_and_wrong_delimiter(event_copy):
    _write(event_copy, "", "")
    with pytest.raises(ClaimsError, match="empty file"):
        load_claims(event_path=event_copy)
    _write(event_copy, "", HEADER.replace(",", ";"))
    with pytest.raises(ClaimsError, match="separated by ';'"):
        load_claims(event_path=event_copy)


def test_another_war_with_its_own_actor_table():
    # The fixture event (Niger, invented) carries reference/actors.csv of its own.
    claims = load_claims(event_path="tests/fixtures/events/fixture-raid", strict=False)
    report = claims.attrs["load_report"]
    assert (report["rows_read"], report["rows_flagged"]) == (14, 1)
    own = claims[claims.claim_group == "fan:fan:killed:4"]
    # Three articles carry the ministry's four dead; two of them are one Reuters report.
    assert own["article_id"].nunique() == 3 and set(own["group_independent"]) == {2}
    assert set(own["stance"]) == {"acknowledged"}
    flagged = claims[claims.status == "flagged"]
    assert list(flagged["claim_id"]) == ["r-06"] and "unknown subject" in flagged["reasons"].iloc[0]


@pytest.mark.parametrize(
    "event_dir",
    [
        f"data/events/{EVENT}",
        "tests/fixtures/events/fixture-raid",
        "tests/fixtures/events/fixture-xss",
    ],
)
def test_every_load_accounts_for_every_row(event_dir):
    claims = load_claims(event_path=event_dir, strict=False)
    report = claims.attrs["load_report"]
    with open(f"{event_dir}/claims.csv", encoding="utf-8") as handle:
        assert report["rows_read"] == len(list(csv.DictReader(handle))) == len(claims)
    assert report["rows_read"] == report["rows_ok"] + report["rows_flagged"]


def test_the_normalised_tables_hold_their_schema(claims):
    from conflict_lib.claims.proposals import extract_normalised
    from conflict_lib.claims.table import schema_violations

    assert schema_violations(claims) == []
    assert schema_violations(extract_normalised(load_articles(EVENT))) == []
    broken = claims.copy()
    broken.loc[0, "low"] = 500
    broken.loc[1, "stance"] = "hostile"
    broken.loc[2, "status"] = "flagged"
    problems = schema_violations(broken)
    assert "low > best in some rows" in problems
    assert any("stance 'hostile'" in p for p in problems)
    assert "flagged rows without a reason" in problems
