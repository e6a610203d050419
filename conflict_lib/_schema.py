"""Plumbing for the pandera table contracts: run a schema, get back what breaks it as
(row, message) pairs the loaders put into their one-line errors naming file and row."""

from __future__ import annotations

from typing import Any

import pandas as pd


def schema_problems(schema: Any, frame: pd.DataFrame) -> list[tuple[int | None, str]]:
    """Every way ``frame`` breaks the pandera ``schema``, in row order (table-wide problems
    first, as row None). The row is the frame's ``row`` column when it has one (a file's
    row number, header = 1), else the index label. Empty when the frame holds."""
    import pandera.pandas as pa  # lazy: 0.2 s of start-up, paid only when a table is checked

    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        return sorted(_messages(err.failure_cases, frame), key=_order)
    return []


def _order(item: tuple[int | None, str]) -> tuple[int, int]:
    return (-1 if item[0] is None else int(item[0]), 0)


def _messages(cases: pd.DataFrame, frame: pd.DataFrame) -> list[tuple[int | None, str]]:
    found: dict[tuple[int | None, str], None] = {}
    missing = [str(c.failure_case) for c in cases.itertuples() if c.check == "column_in_dataframe"]
    if missing:
        found[(None, f"missing column(s) {', '.join(missing)}")] = None
    for case in cases.itertuples():
        check, column, value = str(case.check), case.column, case.failure_case
        if check == "column_in_dataframe" or (missing and "KeyError" in str(value)):
            continue
        if check.startswith("dtype("):
            expected = check[len("dtype('") : -2]
            message = f"column {column} is {value}, expected {expected}"
        elif check == "field_uniqueness":
            message = f"duplicate {column} {value!r}"
        elif "{!r}" in check:  # an error text that shows the failing value
            message = check.format(value)
        else:
            message = check
        row = None
        if case.index is not None and not pd.isna(case.index) and "row" in frame:
            row = int(frame.loc[case.index, "row"])
        elif case.index is not None and not pd.isna(case.index):
            row = int(case.index) if str(case.index).isdigit() else None
        found[(row, message)] = None
    return list(found)
