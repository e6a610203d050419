"""The analyst's catalogue of an event's articles: ``sources.csv``."""

from __future__ import annotations

import csv
from pathlib import Path

from conflict_lib.errors import SourcesError  # re-exported: defined low, raised here

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


def read_sources(event_path: Path, article_ids: list[str]) -> dict[str, dict[str, str]]:
    """Rows of ``sources.csv`` keyed by article id ({} when the file is absent).

    Rows are numbered as a spreadsheet shows them (header = row 1).
    """
    path = event_path / "sources.csv"
    if not path.exists():
        return {}
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in ("article_id", "outlet") if c not in (reader.fieldnames or [])]
        if missing:
            raise SourcesError(f"{path}: missing column(s) {', '.join(missing)}")
        rows: dict[str, dict[str, str]] = {}
        for rowno, row in enumerate(reader, start=2):
            if None in row:
                raise SourcesError(f"{path}: row {rowno} has more fields than the header")
            aid = (row.get("article_id") or "").strip()
            if not aid:
                raise SourcesError(f"{path}: row {rowno}: empty article_id")
            if aid in rows:
                raise SourcesError(f"{path}: row {rowno}: duplicate article_id {aid!r}")
            if aid not in article_ids:
                raise SourcesError(f"{path}: row {rowno}: article {aid!r} has no file in articles/")
            rows[aid] = {k: (v or "").strip() for k, v in row.items()}
    return rows
