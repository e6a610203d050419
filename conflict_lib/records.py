"""Reading the project's CSV tables as CSV records, every one accounted for.

The csv module reads the open file (``newline=""``), so a line break inside a
cell, a U+2028 or a form feed stays in its cell; nothing is split with
``str.splitlines``. Rows are numbered as a spreadsheet numbers records (header =
row 1) and each carries the line where it starts, for error messages.
"""

from __future__ import annotations

import csv
import io
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# The csv module's own cell limit (131,072 characters), named so messages can cite it.
CELL_LIMIT = csv.field_size_limit()

ErrorType = Callable[[str], Exception]


@dataclass(frozen=True)
class Record:
    """One CSV record: its row number (header = 1), first line, and cells by column."""

    row: int
    line: int
    cells: dict[str, str]


def read_text(path: Path, error: ErrorType) -> str:
    """The file decoded as UTF-8 (a BOM tolerated); anything else is ``error``
    naming the file, with line and byte for bad encoding."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise error(f"{path}: file not found") from None
    except OSError as err:
        raise error(f"{path}: cannot read ({err.strerror})") from None
    if stat.S_ISDIR(mode):
        raise error(f"{path}: is a folder, expected a CSV file")
    if not stat.S_ISREG(mode):
        raise error(f"{path}: not a regular file (a pipe or device?), refusing to read it")
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise error(f"{path}: cannot read ({err.strerror})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise error(
            f"{path}: line {line}, byte {err.start}: not UTF-8 ({err.reason}); re-save it as UTF-8"
        ) from None


def _check_header(path: Path, header: list[str], required: tuple[str, ...], error: ErrorType,
                  where: str) -> None:
    seen: set[str] = set()
    for name in header:
        if name in seen:
            raise error(f"{path}: {where}duplicate column {name!r} in the header")
        seen.add(name)
    missing = [c for c in required if c not in header]
    if missing:
        hint = ""
        if len(header) == 1 and re.search(r"[;\t|]", header[0]):
            hint = " (the header has no commas: is the file separated by ';' or tabs?)"
        raise error(f"{path}: {where}missing column(s) {', '.join(missing)}{hint}")


def parse_records(
    path: Path,
    text: str,
    required: tuple[str, ...],
    error: ErrorType,
    *,
    header_where: str = "",
) -> tuple[list[str], list[Record]]:
    """Header and records of CSV ``text`` read from ``path``.

    Errors (via ``error``, each naming the file, row and line where the record
    starts): a quote opened and never closed, a cell over ``CELL_LIMIT``
    characters, a NUL character, more fields than the header, a duplicate or
    missing header column. Blank lines are not records. A record with fewer
    fields than the header reads the missing cells as empty.
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header: list[str] | None = None
    records: list[Record] = []
    row = 0
    has_nul = "\x00" in text  # scan rows for it only when the file holds one
    while True:
        line = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            raise error(_csv_problem(path, row + 1, line, str(err))) from None
        if not fields:
            continue
        row += 1
        if has_nul and any("\x00" in cell for cell in fields):
            raise error(f"{path}: row {row} (line {line}): NUL character in a cell")
        if header is None:
            header = fields
            _check_header(path, header, required, error, header_where)
            continue
        if len(fields) > len(header):
            raise error(f"{path}: row {row} (line {line}) has more fields than the header")
        if len(fields) < len(header) and reader.line_num > line:
            # A record spanning lines yet short of cells: a quote swallowed the line breaks.
            raise error(
                f"{path}: row {row} (line {line}): a quote opened in this row is not closed "
                f"where the row should end (the record runs to line {reader.line_num})"
            )
        if len(fields) < len(header):
            fields = fields + [""] * (len(header) - len(fields))
        cells = dict(zip(header, fields, strict=True))
        records.append(Record(row, line, cells))
    return header or [], records


def _csv_problem(path: Path, row: int, line: int, message: str) -> str:
    if "field larger than field limit" in message:
        return f"{path}: row {row} (line {line}): a cell is longer than {CELL_LIMIT:,} characters"
    if "unexpected end of data" in message or "expected after" in message:
        return (
            f"{path}: row {row} (line {line}): a quote opened in this row is never closed "
            f"(csv: {message})"
        )
    return f"{path}: row {row} (line {line}): not valid CSV ({message})"


def read_records(
    path: Path, required: tuple[str, ...], error: ErrorType, *, header_where: str = ""
) -> tuple[list[str], list[Record]]:
    """``parse_records`` on the file at ``path`` (see ``read_text`` for its errors)."""
    return parse_records(path, read_text(path, error), required, error, header_where=header_where)
