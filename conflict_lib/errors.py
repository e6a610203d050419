"""Errors that report a problem with the user's input, not a bug: the command line
prints them as one line instead of a traceback."""

from __future__ import annotations

from conflict_lib.claims.table import ClaimsError
from conflict_lib.config import EventNotFoundError
from conflict_lib.corpus.articles import ArticleError
from conflict_lib.corpus.sources import SourcesError
from conflict_lib.reference import ReferenceError
from conflict_lib.runner.report import ReportError

USER_ERRORS: tuple[type[Exception], ...] = (
    ArticleError,
    ClaimsError,
    EventNotFoundError,
    ReferenceError,
    ReportError,
    SourcesError,
    ValueError,
)
