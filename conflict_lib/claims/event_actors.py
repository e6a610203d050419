"""An event's actors table from the proposals of ``parties``: written into the event's
``reference/actors.csv`` on the analyst's request, or used in memory when the event
has no actors table of its own, so that a bare folder's claims get claimants,
subjects and stance before anyone has written a file.

The in-memory table is kept as text (``claims.attrs["proposed_reference"]``: file
name → CSV text) and put on disk in a folder under the system's temporary directory
named by a hash of that text: never in the checkout, never in the event's folder,
and the same tables always give the same folder (the loaders cache per folder).
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import tempfile
from pathlib import Path

import pandas as pd

from conflict_lib import reference
from conflict_lib.atomic import atomic_write_text
from conflict_lib.claims import normalise
from conflict_lib.claims.parties import COLUMNS, EntityFinder, propose_actors, reviewed_rows
from conflict_lib.extract import vocab

ACTORS_FILE = "actors.csv"
ATTR = "proposed_reference"
PARTIES_NOTE = ("proposed from the articles, unreviewed (the event has no reference/actors.csv; "
                "`conflict parties --write` saves them for review)")


def _csv_text(rows: list[dict[str, str]], columns: list[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in columns})
    return out.getvalue()


def write_proposed_actors(event_dir: str | Path,
                          entities: EntityFinder | None = None) -> Path | None:
    """Write the proposals into ``event_dir/reference/actors.csv``.

    Rows whose ``status`` is not ``proposed`` (an empty status included) are the
    analyst's: kept first, byte for byte in value, never changed; earlier proposed
    rows are replaced by the new ones. Returns the path, or None when there is
    nothing to propose (no file is written then).
    """
    event_dir = Path(event_dir)
    proposals = propose_actors(event_dir, entities)
    if proposals.empty:
        return None
    path = event_dir / "reference" / ACTORS_FILE
    columns = list(COLUMNS)
    if path.is_file():
        with path.open(newline="", encoding="utf-8-sig") as handle:
            header = next(csv.reader(handle), [])
        columns = [*header, *(c for c in COLUMNS if c not in header)]
    rows = [*reviewed_rows(event_dir), *proposals.to_dict("records")]
    atomic_write_text(path, _csv_text(rows, columns))
    _forget_cached_tables()
    return path


def proposed_reference(event_dir: Path, reference_dir: Path | None,
                       extracted: tuple[list[tuple[str, str]], list[dict]] | None = None
                       ) -> dict[str, str] | None:
    """The reference tables to normalise an event's claims with when it has no actors
    table of its own: its other reference files and the proposed actors.csv, as
    {file name: CSV text}. None when the event has an actors table (a reviewed table
    wins) or when the project's tables already know every party."""
    if reference_dir is not None and (Path(reference_dir) / ACTORS_FILE).is_file():
        return None
    table = propose_actors(event_dir, extracted=extracted)
    if table.empty:
        return None
    tables = {p.name: p.read_text(encoding="utf-8")
              for p in sorted(Path(reference_dir).glob("*.csv"))} if reference_dir else {}
    tables[ACTORS_FILE] = _csv_text(table.to_dict("records"), list(COLUMNS))
    return tables


def materialise(tables: dict[str, str]) -> Path:
    """A folder holding ``tables`` (file name → text) under the temporary directory,
    named by their hash; written again if it has been removed since."""
    digest = hashlib.sha256()
    for name in sorted(tables):
        digest.update(f"{name}\0{tables[name]}\0".encode())
    user = os.getuid() if hasattr(os, "getuid") else ""  # one user's files, not another's
    folder = (Path(tempfile.gettempdir()) / f"conflict-proposed-reference-{user}"
              / digest.hexdigest()[:20])
    for name, text in tables.items():
        path = folder / Path(name).name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            atomic_write_text(path, text)
    return folder


def reference_dir_of(claims: pd.DataFrame, default: Path | None) -> Path | None:
    """The reference folder ``claims`` were normalised with: the proposed tables'
    folder when they carry some (``claims.attrs[ATTR]``), else ``default``."""
    tables = claims.attrs.get(ATTR)
    return materialise(tables) if tables else default


def _forget_cached_tables() -> None:
    """The loaders cache tables per folder: a table just written must be read anew."""
    for fn in (reference.actors, normalise.resolve_claimant, normalise._subject_ids,
               normalise._belligerents_named, vocab._vocab):
        fn.cache_clear()
