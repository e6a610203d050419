"""The errors that report a problem with the user's input, not a bug: the command line
prints them as one line instead of a traceback. Defined here, at the bottom of the layers,
so any layer can raise them and the CLI can catch them without importing the layers;
each is re-exported by the module that raises it (``conflict_lib.claims.ClaimsError``)."""

from __future__ import annotations


class EventNotFoundError(LookupError):
    """An event id that is not a folder under the events directory."""


class ReferenceError(ValueError):
    """A malformed reference table; the message names the file and row."""


class GazetteerError(ReferenceError):
    """A malformed places.csv (the gazetteer); the message names the file and the row."""


class ClaimsError(ValueError):
    """A claims file that cannot be read, or quotes not found; names file and rows."""


class ArticleError(ValueError):
    """An article file that cannot be read; the message names the file."""


class SourcesError(ValueError):
    """A malformed sources.csv; the message names the file and row."""


class ParameterError(TypeError):
    """A notebook parameter of the wrong type or value; the message names it."""


class ReportError(RuntimeError):
    """A notebook of the series failed; the message names notebook and cell."""


class ArchiveError(ValueError):
    """An ``--out`` folder or a scheduler that cannot be used; says which and why."""


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
