"""The analyst's catalogue of an event's articles: ``sources.csv``."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from conflict_lib._schema import schema_problems
from conflict_lib.corpus.schemas import SOURCE_COLUMNS, sources_schema  # noqa: F401
from conflict_lib.errors import SourcesError  # re-exported: defined low, raised here
from conflict_lib.records import read_records


def read_sources(event_path: Path, article_ids: list[str]) -> dict[str, dict[str, str]]:
    """Rows of ``sources.csv`` keyed by article id ({} when the file is absent).

    Rows are numbered as CSV records (header = row 1); see ``records``. The table's
    contract (ids present, unique, each with an article file) is ``sources_schema``.
    """
    path = event_path / "sources.csv"
    if not path.exists() and not path.is_symlink():
        return {}
    header, records = read_records(path, ("article_id", "outlet"), SourcesError)
    cells = [{k: v.strip() for k, v in r.cells.items()} for r in records]
    table = pd.DataFrame(
        [{"row": r.row, **c} for r, c in zip(records, cells, strict=True)],
        columns=["row", *header],
    ).astype({"row": int})
    for row, problem in schema_problems(sources_schema(article_ids), table)[:1]:
        where = f"{path}: row {row}: " if row is not None else f"{path}: "
        raise SourcesError(where + problem)
    return {c["article_id"]: c for c in cells}
