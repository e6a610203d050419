"""The only module that knows where data, figures and reports live.

Every path can be overridden with an environment variable so that tests and
users can point the package at another project tree without editing code.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from conflict_lib.errors import EventNotFoundError  # re-exported: defined low, raised here

PROJ_ROOT = Path(os.environ.get("CONFLICT_ROOT", Path(__file__).resolve().parent.parent))
DATA_DIR = PROJ_ROOT / "data"
EVENTS_DIR = Path(os.environ.get("CONFLICT_EVENTS_DIR", DATA_DIR / "events"))
REFERENCE_DIR = Path(os.environ.get("CONFLICT_REFERENCE_DIR", DATA_DIR / "reference"))
GEO_DIR = DATA_DIR / "geo"
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
FIGURES_DIR = Path(os.environ.get("CONFLICT_FIGURES_DIR", PROJ_ROOT / "figures"))
REPORTS_DIR = Path(os.environ.get("CONFLICT_REPORTS_DIR", PROJ_ROOT / "reports"))
CACHE_DIR = Path(os.environ.get("CONFLICT_CACHE_DIR", PROJ_ROOT / ".cache"))

DEFAULT_EVENT = "tinzaouaten-2024"
# No article file is read beyond this size (a cap on memory and time; README "Trust").
MAX_ARTICLE_BYTES = 20_000_000

# Event ids become directory names: letters, digits, '-', '_' only, so that an id
# can never climb out of the events folder ("..", "/", "\\").
_EVENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$")


def available_events(events_dir: Path | None = None) -> list[str]:
    """Event ids present under ``events_dir`` (default: data/events), sorted."""
    root = events_dir or EVENTS_DIR
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and _EVENT_ID.match(p.name))


def validate_event_id(event: str) -> str:
    """Return ``event`` if it is a safe id, else raise ValueError saying why."""
    if not isinstance(event, str) or not _EVENT_ID.match(event):
        raise ValueError(
            f"invalid event id {event!r}: use letters, digits, '-' and '_' only "
            "(no path separators, no '..')"
        )
    return event


def event_dir(event: str = DEFAULT_EVENT, events_dir: Path | None = None) -> Path:
    """Folder of one event; raises EventNotFoundError listing the available ids."""
    validate_event_id(event)
    root = events_dir or EVENTS_DIR
    path = root / event
    if not path.is_dir():
        known = ", ".join(available_events(root)) or "none"
        raise EventNotFoundError(f"unknown event {event!r} in {root}; available: {known}")
    return path


def resolve_event(
    event: str | Event | None = None, event_path: str | Path | None = None
) -> Path:
    """An event folder given either an id under data/events or an explicit path."""
    if isinstance(event, Event):
        return event.path
    if event_path is not None:
        path = Path(event_path)
        if not path.is_dir():
            raise EventNotFoundError(f"event folder not found: {path}")
        return path
    return event_dir(DEFAULT_EVENT if event is None else event)


def event_reference_dir(event_path: Path) -> Path | None:
    """The event's own ``reference/`` folder, if it has one."""
    folder = Path(event_path) / "reference"
    return folder if folder.is_dir() else None


@dataclass(frozen=True)
class Event:
    """One event, resolved once at the edge (the CLI, the notebook parameters, the report
    runner) and passed down as ``event``: its id, its folder, and its own ``reference/``
    folder (None when it uses the shared data/reference tables)."""

    id: str
    path: Path
    reference_dir: Path | None

    @classmethod
    def of(cls, event: str | Event | None = None, event_dir: str | Path | None = None) -> Event:
        """The event named by an id under data/events or by its folder (an Event as is);
        EventNotFoundError when there is no such folder."""
        if isinstance(event, Event):
            return event
        path = resolve_event(event, event_dir)
        return cls(path.name, path, event_reference_dir(path))


def figures_dir(event: str) -> Path:
    """Where the report run writes PNG and SVG figures of ``event``."""
    return FIGURES_DIR / validate_event_id(event)


def reports_dir(event: str) -> Path:
    """Where the report run writes executed notebooks and HTML of ``event``."""
    return REPORTS_DIR / validate_event_id(event)
