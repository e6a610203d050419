"""The analyst's catalogue of an event's articles: ``sources.csv``."""

from __future__ import annotations

from pathlib import Path

from conflict_lib.records import read_records

SOURCE_COLUMNS = (
    "article_id",
    "outlet",
    "attribution",
    "syndication_group",
    "stated_date",
    "dateline",
    "language",
    "sha256",
)


class SourcesError(ValueError):
    """A malformed sources.csv; the message names the file and row."""


def read_sources(event_path: Path, article_ids: list[str]) -> dict[str, dict[str, str]]:
    """Rows of ``sources.csv`` keyed by article id ({} when the file is absent).

    Rows are numbered as CSV records (header = row 1); see ``records``.
    """
    path = event_path / "sources.csv"
    if not path.exists() and not path.is_symlink():
        return {}
    _, records = read_records(path, ("article_id", "outlet"), SourcesError)
    rows: dict[str, dict[str, str]] = {}
    for record in records:
        rowno = record.row
        row = record.cells
        aid = row["article_id"].strip()
        if not aid:
            raise SourcesError(f"{path}: row {rowno}: empty article_id")
        if aid in rows:
            raise SourcesError(f"{path}: row {rowno}: duplicate article_id {aid!r}")
        if aid not in article_ids:
            raise SourcesError(f"{path}: row {rowno}: article {aid!r} has no file in articles/")
        rows[aid] = {k: v.strip() for k, v in row.items()}
    return rows
