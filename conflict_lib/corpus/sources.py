"""The analyst's catalogue of an event's articles: ``sources.csv``."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from conflict_lib._schema import schema_problems
from conflict_lib.corpus.schemas import SOURCE_COLUMNS, sources_schema  # noqa: F401
from conflict_lib.errors import SourcesError  # re-exported: defined low, raised here


def read_sources(event_path: Path, article_ids: list[str]) -> dict[str, dict[str, str]]:
    """Rows of ``sources.csv`` keyed by article id ({} when the file is absent).

    Rows are numbered as a spreadsheet shows them (header = row 1).
    """
    path = event_path / "sources.csv"
    if not path.exists():
        return {}
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        header = list(reader.fieldnames or [])
        records = []
        for rowno, row in enumerate(reader, start=2):
            if None in row:
                raise SourcesError(f"{path}: row {rowno} has more fields than the header")
            records.append({"row": rowno, **{k: (v or "").strip() for k, v in row.items()}})
    # The contract (columns, ids) is the pandera schema; its first breach is the error.
    table = pd.DataFrame(records, columns=["row", *header]).astype({"row": int})
    for row, problem in schema_problems(sources_schema(article_ids), table)[:1]:
        where = f"{path}: row {row}: " if row is not None else f"{path}: "
        raise SourcesError(where + problem)
    return {r["article_id"]: {k: v for k, v in r.items() if k != "row"} for r in records}
