"""The derived tables every notebook starts from, built once per set of inputs.

Notebooks of a series run in separate kernels; without a cache each would re-read
the articles and re-normalise (or re-extract) the claims. Tables are pickled
under .cache/ keyed on the bytes of every input and of the package's own code,
so an edited article, claim, reference row or rule makes a fresh build.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from conflict_lib import config
from conflict_lib.atomic import atomic_write_bytes
from conflict_lib.claims.event_actors import reference_dir_of
from conflict_lib.claims.proposals import event_claims, extracted_claims
from conflict_lib.config import Event
from conflict_lib.corpus.articles import article_paths, load_articles

SOURCES = ("curated", "extracted")
_PACKAGE = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class EventTables:
    """An event's articles and claims, and the reference folder they were read with."""

    articles: pd.DataFrame
    claims: pd.DataFrame
    reference_dir: Path | None


def input_key(paths: list[Path]) -> str:
    """sha256 over the names and bytes of ``paths`` and of the package's code."""
    digest = hashlib.sha256()
    for path in sorted(set(paths)) + sorted(_PACKAGE.rglob("*.py")):
        digest.update(str(path.name).encode())
        digest.update(path.read_bytes() if path.is_file() else b"<missing>")
    return digest.hexdigest()[:24]


def cached(name: str, inputs: list[Path], build: Callable[[], object]) -> object:
    """``build()``'s result, from .cache/ when the inputs are unchanged.

    Set CONFLICT_NO_CACHE=1 to always build (and write nothing).
    """
    if os.environ.get("CONFLICT_NO_CACHE"):
        return build()
    path = config.CACHE_DIR / f"{name}-{input_key(inputs)}.pkl"
    if path.exists():
        try:
            return pickle.loads(path.read_bytes())
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            path.unlink(missing_ok=True)  # a stale or damaged entry: rebuild it
    result = build()
    with contextlib.suppress(OSError):  # a read-only checkout works, without the cache
        atomic_write_bytes(path, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    return result


def _inputs(event_path: Path, reference_dir: Path | None) -> list[Path]:
    files = [p for p in event_path.rglob("*") if p.is_file()]
    files += [p for p in config.REFERENCE_DIR.glob("*.csv")]
    if reference_dir is not None:
        files += list(Path(reference_dir).glob("*.csv"))
    return files


def event_tables(
    event: str | Event | None = None, event_dir: str | Path | None = None, source: str = "curated"
) -> EventTables:
    """Articles and normalised claims of an event; claims from the curated
    claims.csv or proposed by the extractor (``source``). An event without a
    claims.csv gets the extracted claims either way, labelled unreviewed
    (``claims.attrs["review_label"]``, column ``review_status``)."""
    if source not in SOURCES:
        raise ValueError(f"claims source must be one of {', '.join(SOURCES)}, got {source!r}")
    event = Event.of(event, event_dir)
    reference_dir = event.reference_dir

    def build() -> EventTables:
        articles = load_articles(event)
        if source == "curated":
            claims = event_claims(event, articles=articles)
        else:
            claims = extracted_claims(event, articles)
        return EventTables(articles, claims, reference_dir)

    # Refuse links out of the event, FIFOs and oversized files before hashing reads them.
    article_paths(event.path)
    tables = cached(f"{event.path.name}-{source}", _inputs(event.path, reference_dir), build)
    # Claims read with parties proposed in memory name them in that table's folder
    # (written again if a cached build outlived it).
    used = reference_dir_of(tables.claims, reference_dir)  # type: ignore[attr-defined]
    if used != reference_dir:
        tables = EventTables(tables.articles, tables.claims, used)  # type: ignore[attr-defined]
    return tables  # type: ignore[return-value]
