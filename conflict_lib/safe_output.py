"""Making text from articles and tables safe to print or open in a spreadsheet.

Articles and CSV files come from anywhere. Printed raw, an escape sequence in a
quote can clear the analyst's terminal, retitle the window or plant a hyperlink,
and a right-to-left override can make a figure read backwards. Opened in a
spreadsheet, a cell starting with ``=`` can run a formula (CSV injection).
"""

from __future__ import annotations

import re

import pandas as pd

# C0 controls (tab and newline included: a table cell is one line), DEL, C1
# controls, the bidi marks, embeddings, overrides and isolates, and the Unicode
# line and paragraph separators.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# OWASP "CSV Injection": a cell starting with one of these is a formula to a spreadsheet.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every control character and bidi control shown as an escape
    (``\\x1b``, ``\\u202e``) instead of acting on the terminal."""
    return _UNSAFE.sub(_escape, text)


def spreadsheet_safe(text: str) -> str:
    """A CSV text cell that a spreadsheet shows instead of running: ``'`` before a
    leading ``= + - @``, tab or carriage return; NUL shown as ``\\x00``."""
    text = without_nul(text)
    return "'" + text if text.startswith(FORMULA_START) else text


def without_nul(text: str) -> str:
    """NUL characters shown as ``\\x00``: they never reach an output."""
    return text.replace("\x00", "\\x00")


def _map_text(frame: pd.DataFrame, fn) -> pd.DataFrame:
    """Apply ``fn`` to every text cell and column name; numbers stay as they are
    (``-3`` in a count column is a number, not a formula)."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or isinstance(out[col].dtype, pd.StringDtype):
            out[col] = out[col].map(lambda v: fn(v) if isinstance(v, str) else v)
    out.columns = [fn(c) if isinstance(c, str) else c for c in out.columns]
    return out


def table_safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with ``terminal_safe`` applied to its text."""
    return _map_text(frame, terminal_safe)


def csv_safe_frame(frame: pd.DataFrame, raw: bool = False) -> pd.DataFrame:
    """The frame with ``spreadsheet_safe`` applied to its text; with ``raw`` only
    NUL is escaped."""
    return _map_text(frame, without_nul if raw else spreadsheet_safe)
