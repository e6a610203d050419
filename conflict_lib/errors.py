"""Errors that report a problem with the user's input, not a bug: the command line
prints them as one line instead of a traceback."""

from __future__ import annotations

from conflict_lib.claims import ClaimsError
from conflict_lib.config import EventNotFoundError
from conflict_lib.corpus import ArticleError
from conflict_lib.reference import ReferenceError
from conflict_lib.report import ReportError
from conflict_lib.scale import ArchiveError
from conflict_lib.sources import SourcesError

# OSError: a file the system will not let us read or write (permissions, a full
# disk); its message names the file.
USER_ERRORS: tuple[type[Exception], ...] = (
    ArchiveError,
    ArticleError,
    ClaimsError,
    EventNotFoundError,
    ReferenceError,
    ReportError,
    SourcesError,
    ValueError,
    OSError,
)
