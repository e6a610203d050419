"""One report run per output folder, and never an output folder among the sources.

A run takes ``.conflict-report.lock`` in its output folder (created exclusively,
holding the pid, host and start time). A second run into the same folder stops with
a line naming the run that holds it; a lock whose process is gone is taken over.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

from conflict_lib import config

LOCK_NAME = ".conflict-report.lock"


class OutputFolderError(RuntimeError):
    """An output folder that is a source folder, or is in use by another run."""


def refuse_source_folder(out: Path, event_dir: Path) -> None:
    """Raise if ``out`` lies inside notebooks/, conflict_lib/, data/ or the event's folder:
    a report writes executed notebooks and HTML that would overwrite the sources."""
    target = out.resolve()
    sources = {
        "notebooks/": config.NOTEBOOKS_DIR,
        "conflict_lib/": Path(__file__).resolve().parent.parent,
        "data/": config.DATA_DIR,
        "the event's folder": event_dir,
    }
    for label, folder in sources.items():
        if target.is_relative_to(folder.resolve()):
            raise OutputFolderError(
                f"--out {out} is inside {label} ({folder}): reports never write among the "
                "sources; choose another folder (default reports/<event>/)"
            )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _holder(lock: Path) -> dict | None:
    try:
        return json.loads(lock.read_text())
    except (OSError, ValueError):
        return None


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


@contextlib.contextmanager
def output_lock(folder: Path) -> Iterator[Path]:
    """Hold the output folder's lock for the duration of a run."""
    lock = folder / LOCK_NAME
    me = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "started": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
    }
    for _ in range(2):
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            holder = _holder(lock)
            same_host = holder is not None and holder.get("host") == me["host"]
            fresh = _age(lock) < 5  # a run that is writing its lock right now
            dead = same_host and not _alive(int(holder.get("pid", 0)))
            if (holder is None and not fresh) or dead:
                lock.unlink(missing_ok=True)  # left by a run that died: take it over
                continue
            holder = holder or {"pid": "?", "host": "?", "started": "just now"}
            raise OutputFolderError(
                f"output folder {folder} is in use by another report run "
                f"(pid {holder.get('pid')} on {holder.get('host')}, "
                f"started {holder.get('started')}); "
                f"wait for it, or remove {lock} if that run is gone"
            ) from None
        with os.fdopen(fd, "w") as handle:
            json.dump(me, handle)
        break
    else:
        raise OutputFolderError(f"could not take the lock {lock}")
    try:
        yield lock
    finally:
        lock.unlink(missing_ok=True)
