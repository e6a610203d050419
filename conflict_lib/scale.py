"""Claim extraction over a news archive: in-process for a few files, on Dask for many.

Each partition of article files is read, extracted and normalised independently
and written as one Parquet file, so a run over a million articles never holds
them all in memory and a partition can be retried on its own.
"""

from __future__ import annotations

import glob
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from conflict_lib.atomic import atomic_write_bytes
from conflict_lib.corpus import ArticleError

# Below this many files, starting worker processes costs more than it saves.
IN_PROCESS_LIMIT = 200
PARTITION_SIZE = 500


@dataclass(frozen=True)
class PartitionResult:
    partition: int
    articles: int
    claims: int
    path: str | None


def expand_paths(patterns: list[str]) -> list[Path]:
    """Files named by paths, directories (their *.txt, or articles/*.txt) and globs."""
    files: list[Path] = []
    for pattern in patterns:
        path = Path(pattern)
        if path.is_dir():
            found = sorted(path.glob("*.txt")) or sorted((path / "articles").glob("*.txt"))
        elif path.exists():
            found = [path]
        else:
            found = sorted(Path(p) for p in glob.glob(pattern, recursive=True))
        if not found:
            raise ArticleError(f"{pattern}: file not found (no article files match)")
        files.extend(found)
    return files


def extract_paths(paths: list[Path], reference_dir: Path | None = None) -> pd.DataFrame:
    """Normalised claims of the given article files, in this process.

    Each file counts as its own report: copy detection is a per-event question
    (see ``syndication``), not one to ask across an archive.
    """
    from conflict_lib.claims import normalise_claims
    from conflict_lib.extract import extract_batch, read_article_paths

    articles = read_article_paths(paths)
    # one batch per partition: the sentences to parse go through spaCy together
    pairs = list(zip(articles["article_id"].astype(str), articles["text"].astype(str),
                     strict=True))
    raw = [row for rows in extract_batch(pairs, reference_dir) for row in rows]
    groups = pd.Series(articles["article_id"].to_numpy(), index=articles["article_id"])
    return normalise_claims(raw, articles, "extracted", reference_dir, copy_groups=groups)


def _to_parquet(frame: pd.DataFrame, path: Path) -> None:
    import io

    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    atomic_write_bytes(path, buffer.getvalue())


def _partition(task: tuple[int, list[str], str | None, str | None]) -> PartitionResult:
    index, names, out_dir, reference_dir = task
    claims = extract_paths([Path(n) for n in names], Path(reference_dir) if reference_dir else None)
    target = None
    if out_dir:
        target = Path(out_dir) / f"part-{index:05d}.parquet"
        _to_parquet(claims, target)
    return PartitionResult(index, len(names), len(claims), str(target) if target else None)


def extract_archive(
    paths: list[Path],
    out_dir: Path | None = None,
    scheduler: str | None = None,
    workers: int = 2,
    partition_size: int = PARTITION_SIZE,
    reference_dir: Path | None = None,
) -> list[PartitionResult]:
    """Extract claims from many article files into ``out_dir``/part-NNNNN.parquet.

    ``scheduler``: None runs small inputs in-process and larger ones on local Dask
    worker processes (``workers``); "synchronous" forces one process; any other
    value is a Dask cluster address ("tcp://host:8786").
    """
    chunks = [paths[i : i + partition_size] for i in range(0, len(paths), partition_size)]
    tasks = [
        (i, [str(p) for p in chunk], str(out_dir) if out_dir else None,
         str(reference_dir) if reference_dir else None)
        for i, chunk in enumerate(chunks)
    ]
    if scheduler == "synchronous" or (scheduler is None and len(paths) <= IN_PROCESS_LIMIT):
        return [_partition(t) for t in tasks]
    import dask.bag as db

    bag = db.from_sequence(tasks, npartitions=len(tasks)).map(_partition)
    if scheduler is None:
        return list(bag.compute(scheduler="processes", num_workers=workers))
    from distributed import Client

    with Client(scheduler) as client:
        return list(client.compute(bag).result())
