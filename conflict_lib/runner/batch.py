"""Claim extraction over a news archive: in-process for a few files, on Dask for many.

Each partition of article files is read, extracted and normalised independently
and written as one Parquet file, so a run over a million articles never holds
them all in memory and a partition can be retried on its own.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from conflict_lib import config
from conflict_lib.atomic import atomic_write_bytes
from conflict_lib.claims.proposals import extract_normalised
from conflict_lib.corpus.articles import read_article_paths
from conflict_lib.errors import ArchiveError  # re-exported: defined low, raised here

# Below this many files, starting worker processes costs more than it saves.
IN_PROCESS_LIMIT = 200
PARTITION_SIZE = 500
# Seconds to wait for a Dask scheduler before giving up with one line.
SCHEDULER_TIMEOUT = 5


@dataclass(frozen=True)
class PartitionResult:
    partition: int
    articles: int
    claims: int
    path: str | None


def extract_paths(paths: list[Path], reference_dir: Path | None = None) -> pd.DataFrame:
    """Normalised claims of the given article files, in this process.

    Each file counts as its own report: copy detection is a per-event question
    (see ``syndication``), not one to ask across an archive, so no pair of files
    is compared here.
    """
    articles = read_article_paths(paths)
    groups = pd.Series(articles["article_id"].to_numpy(), index=articles["article_id"])
    return extract_normalised(articles, reference_dir, copy_groups=groups)


_PART = re.compile(r"part-\d{5}\.parquet")
# Folders a run must never write into or replace: the project's own sources.
_SOURCE_DIRS = ("conflict_lib", "notebooks", "data", "tests", "figures", "benchmarks")


def check_out_dir(out_dir: Path, inputs: list[Path], overwrite: bool) -> None:
    """Refuse, before any work, an ``--out`` that is a file, lies in the project's
    sources or the events folder, holds an input or lies in an input folder, or
    already holds files (unless ``overwrite``, and then only files an earlier
    extraction wrote)."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ArchiveError(f"{out}: is a file; --out needs a folder")
    target = out.resolve()
    root = config.PROJ_ROOT.resolve()
    sources = [root / d for d in _SOURCE_DIRS] + [config.EVENTS_DIR, config.REFERENCE_DIR]
    if root.is_relative_to(target) or any(target.is_relative_to(d.resolve()) for d in sources):
        raise ArchiveError(f"{out}: inside the project's sources ({root}); choose another folder")
    for p in inputs:
        if p.resolve().is_relative_to(target):
            raise ArchiveError(f"{out}: holds the input {p}; choose another folder")
        if p.is_dir() and target.is_relative_to(p.resolve()):
            raise ArchiveError(f"{out}: inside the input folder {p}; choose another folder")
    if not out.is_dir():
        return
    present = sorted(n for n in os.listdir(out))
    if present and not overwrite:
        raise ArchiveError(
            f"{out}: not empty ({len(present)} entries, e.g. {present[0]}); "
            "add --overwrite to replace it"
        )
    foreign = [n for n in present if not _PART.fullmatch(n)]
    if foreign:
        raise ArchiveError(
            f"{out}: holds {foreign[0]!r}, which an extraction did not write; "
            "refusing to replace the folder"
        )


def _replace_dir(staging: Path, out: Path) -> None:
    """Put ``staging`` where ``out`` is, removing the old folder whole."""
    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        os.replace(out, old / out.name)
    os.replace(staging, out)
    if old is not None:
        shutil.rmtree(old)


def _to_parquet(frame: pd.DataFrame, path: Path) -> None:
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
    overwrite: bool = False,
) -> list[PartitionResult]:
    """Extract claims from many article files into ``out_dir``/part-NNNNN.parquet.

    ``scheduler``: None runs small inputs in-process and larger ones on local Dask
    worker processes (``workers``); "synchronous" forces one process; any other
    value is a Dask cluster address ("tcp://host:8786"), which must answer within
    ``SCHEDULER_TIMEOUT`` seconds. ``out_dir`` is checked before any work
    (``check_out_dir``); the partitions are written to a staging folder beside it
    that replaces it whole only when every partition is written.
    """
    if out_dir is None:
        return _run(_tasks(paths, None, partition_size, reference_dir), scheduler, workers)
    out = Path(out_dir)
    check_out_dir(out, paths, overwrite)
    out.parent.mkdir(parents=True, exist_ok=True)
    # Absolute, so workers of a remote cluster (shared file system) find it too.
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.partial-", dir=out.absolute().parent))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(staging, 0o777 & ~umask)
    try:
        results = _run(_tasks(paths, staging, partition_size, reference_dir), scheduler, workers)
        _replace_dir(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [replace(r, path=str(out / Path(r.path).name)) if r.path else r for r in results]


def _tasks(
    paths: list[Path], out_dir: Path | None, partition_size: int, reference_dir: Path | None
) -> list[tuple[int, list[str], str | None, str | None]]:
    chunks = [paths[i : i + partition_size] for i in range(0, len(paths), partition_size)]
    return [
        (i, [str(p) for p in chunk], str(out_dir) if out_dir else None,
         str(reference_dir) if reference_dir else None)
        for i, chunk in enumerate(chunks)
    ]


def _run(tasks: list, scheduler: str | None, workers: int) -> list[PartitionResult]:
    n_files = sum(len(t[1]) for t in tasks)
    if scheduler == "synchronous" or (scheduler is None and n_files <= IN_PROCESS_LIMIT):
        return [_partition(t) for t in tasks]
    import dask.bag as db  # lazy: Dask costs seconds to import, and small runs never need it

    bag = db.from_sequence(tasks, npartitions=len(tasks)).map(_partition)
    if scheduler is None:
        # chunksize=1: Dask batches 6 tasks per worker by default, so 8 partitions on 2
        # workers ran 6 on one and 2 on the other.
        return list(bag.compute(scheduler="processes", num_workers=workers, chunksize=1))
    from distributed import Client  # lazy, as dask.bag: only for a cluster address

    try:
        client = Client(scheduler, timeout=SCHEDULER_TIMEOUT)
    except (OSError, TimeoutError) as err:
        reason = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise ArchiveError(f"scheduler {scheduler}: cannot connect ({reason})") from None
    with client:
        return list(client.compute(bag).result())
