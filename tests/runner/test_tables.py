"""The table cache: a hit returns the same tables; any edited input rebuilds."""

import shutil

import pytest

from conflict_lib import config
from conflict_lib.runner.tables import event_tables


@pytest.fixture
def event_copy(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "CACHE_DIR", tmp_path / "cache")
    target = tmp_path / "fixture-raid"
    shutil.copytree("tests/fixtures/events/fixture-raid", target)
    return target


def test_second_load_comes_from_the_cache(event_copy):
    first = event_tables(event_dir=event_copy)
    assert len(list((event_copy.parent / "cache").glob("*.pkl"))) == 1
    second = event_tables(event_dir=event_copy)
    assert second.claims.equals(first.claims)
    assert second.claims.attrs["load_report"]["balanced"]


def test_an_edited_claim_rebuilds(event_copy):
    before = event_tables(event_dir=event_copy).claims
    claims = event_copy / "claims.csv"
    claims.write_text(claims.read_text().replace(",four,", ",five,", 1))
    after = event_tables(event_dir=event_copy).claims
    assert before.loc[0, "best"] == 4 and after.loc[0, "best"] == 5
    assert len(list((event_copy.parent / "cache").glob("*.pkl"))) == 2


def test_curated_and_extracted_are_cached_apart(event_copy):
    curated = event_tables(event_dir=event_copy, source="curated").claims
    extracted = event_tables(event_dir=event_copy, source="extracted").claims
    assert set(curated["origin"]) == {"curated"} and set(extracted["origin"]) == {"extracted"}
    with pytest.raises(ValueError, match="claims source"):
        event_tables(event_dir=event_copy, source="guessed")
