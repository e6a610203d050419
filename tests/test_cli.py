"""The `conflict` command line, called as a user would."""

import json
import shutil

import pandas as pd
import pytest

from conflict_lib.cli import main

FIXTURE = "tests/fixtures/events/fixture-raid"


def test_claims_csv_has_every_row(capsys):
    assert main(["claims", "--format", "csv"]) == 0
    out, err = capsys.readouterr()
    assert len(out.strip().splitlines()) == 1 + 66
    assert "rows read 66: 66 ok, 0 flagged" in err


def test_ledger_json(capsys):
    assert main(["ledger", "--event-dir", FIXTURE, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    four = [r for r in rows if r["claim_group"] == "fan:fan:killed:4"]
    assert four and four[0]["stance"] == "acknowledged" and four[0]["independent"] == 2
    # The names come from the event's own reference/actors.csv ('fan' is not in the
    # shared data/reference table, so without it the id would stand in for the name).
    assert four[0]["subject_name"] == "Niger Armed Forces (FAN)"


@pytest.mark.parametrize(("argv", "message"), [
    (["claims", "--event", "atlantis"], "available: tinzaouaten-2024"),
    (["claims", "--event", "../etc"], "invalid event id"),
    (["report", "--only", "99"], "no notebook numbered 99"),
    (["extract", "no/such/file.txt"], "file not found"),
])
def test_user_errors_are_one_line_and_exit_2(capsys, argv, message):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_extract_prints_the_required_columns(capsys):
    assert main(["extract", f"{FIXTURE}/articles", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    required = {"article_id", "claimant", "claimant_raw", "claimant_side", "subject",
                "subject_raw", "subject_side", "outcome", "low", "best", "high", "precision",
                "stance", "quote", "start", "end"}
    assert rows and required <= set(rows[0])


@pytest.mark.parametrize("extra", [["--scheduler", "synchronous"], ["--workers", "2"]])
def test_extract_to_partitioned_parquet(tmp_path, capsys, extra):
    # 210 files: above the in-process limit, so the default runs on local Dask workers.
    archive = tmp_path / "archive"
    archive.mkdir()
    sources = sorted(shutil.os.listdir(f"{FIXTURE}/articles"))
    for i in range(210):
        shutil.copy(f"{FIXTURE}/articles/{sources[i % 3]}", archive / f"a{i:04d}.txt")
    out = tmp_path / "parquet"
    assert main(["extract", str(archive / "*.txt"), "--out", str(out), *extra]) == 0
    parts = sorted(out.glob("part-*.parquet"))
    claims = pd.concat([pd.read_parquet(p) for p in parts])
    assert claims["article_id"].nunique() == 210
    assert f"-> {len(claims)} claims" in capsys.readouterr().err
