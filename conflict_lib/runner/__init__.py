"""Runner layer: running the notebook series for an event — notebook parameters, the
event tables cache, the papermill report, and batch extraction (Dask) over large corpora."""

from conflict_lib.runner.parameters import ParameterError, check_common, expect, expect_list
from conflict_lib.runner.report import ReportError, run_report, series
from conflict_lib.runner.tables import EventTables, event_tables

__all__ = [
    "EventTables",
    "ParameterError",
    "ReportError",
    "check_common",
    "event_tables",
    "expect",
    "expect_list",
    "run_report",
    "series",
]
