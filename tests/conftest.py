"""Shared fixtures: the embedded event and the small invented fixture event."""

from pathlib import Path

import pandas as pd
import pytest

from conflict_lib.corpus.articles import load_articles

SEED_EVENT = "tinzaouaten-2024"
FIXTURE_EVENT_DIR = Path(__file__).parent / "fixtures" / "events" / "fixture-raid"


@pytest.fixture(scope="session")
def seed_articles() -> pd.DataFrame:
    """The five Tinzaouaten articles (do not modify: shared by the session)."""
    return load_articles(SEED_EVENT)


@pytest.fixture(scope="session")
def fixture_articles() -> pd.DataFrame:
    """The three invented fixture-raid articles (do not modify: shared by the session)."""
    return load_articles(event_path=FIXTURE_EVENT_DIR)


@pytest.fixture
def make_event(tmp_path: Path):
    """Factory: an event folder in tmp_path with ``articles/<name>`` = bytes, and an
    optional sources.csv text; returns the folder."""

    def make(files: dict[str, bytes], sources: str | None = None, name: str = "tmp-event") -> Path:
        root = tmp_path / name
        (root / "articles").mkdir(parents=True)
        for file_name, data in files.items():
            (root / "articles" / file_name).write_bytes(data)
        if sources is not None:
            (root / "sources.csv").write_text(sources, encoding="utf-8")
        return root

    return make


HOSTILE_EVENT_DIR = Path(__file__).parent / "fixtures" / "events" / "fixture-xss"


@pytest.fixture(scope="session")
def rendered_reports(tmp_path_factory) -> dict[str, Path]:
    """The report series rendered once per session into temporary folders: the
    embedded event and the hostile fixture event. Maps a name to its output folder."""
    from conflict_lib.runner.report import run_report

    folders = {}
    for name, kwargs in (
        ("embedded", {"event": SEED_EVENT}),
        ("hostile", {"event_path": HOSTILE_EVENT_DIR}),
    ):
        out = tmp_path_factory.mktemp(f"report-{name}")
        run_report(out=out, progress=lambda _: None, **kwargs)
        folders[name] = out
    return folders
