"""The claims tables' pandera contracts: raw claims as read, normalised claims as built."""

import pytest

from conflict_lib.claims import ClaimsError, load_claims, read_raw_claims, schema_violations
from conflict_lib.claims.schemas import CLAIM_COLUMNS

FIXTURE = "tests/fixtures/events/fixture-raid"


def test_a_raw_claims_file_missing_a_column_names_file_and_header_row(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text("article_id,quote,claimant_raw,subject_raw,outcome_raw\na,b,c,d,e\n")
    with pytest.raises(ClaimsError, match=r"claims\.csv: row 1: missing column\(s\) quantity_raw"):
        read_raw_claims(path)


def test_a_semicolon_file_gets_the_separator_hint(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text("article_id;quote;claimant_raw\n")
    with pytest.raises(ClaimsError, match="separated by ';' or tabs"):
        read_raw_claims(path)


def test_empty_raw_fields_are_kept_for_flagging_not_refused(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text("article_id,quote,claimant_raw,subject_raw,outcome_raw,quantity_raw\n"
                    "a,,,,,\n")
    rows, ignored = read_raw_claims(path)
    fields = ("quote", "claimant_raw", "subject_raw", "outcome_raw", "quantity_raw")
    assert rows == [(2, {"article_id": "a", **dict.fromkeys(fields, "")})]
    assert ignored == []


def test_the_claims_contract_catches_types_counts_and_missing_columns():
    claims = load_claims(event_path=FIXTURE, strict=False)
    assert schema_violations(claims) == []
    broken = claims.copy()
    broken.loc[0, "best"] = -3
    broken["published"] = "2024-07-27"
    problems = schema_violations(broken.drop(columns=["row"]))
    assert "negative counts" in problems
    assert "column published is not a datetime" in problems
    assert "missing column(s) row" in problems
    assert set(CLAIM_COLUMNS) - set(claims.columns) == set()
