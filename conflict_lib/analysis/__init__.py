"""Analysis layer: pure pandas over the claims and articles tables — the ledger, gaps,
coverage, timeline, distances, evaluation. No Altair here (that is the viz layer)."""

from conflict_lib.analysis.evaluate import ACCURACY_FIELDS, Evaluation, evaluate, evaluate_event
from conflict_lib.analysis.ledger import LEDGER_COLUMNS, figure_text, ledger, ledger_box

__all__ = [
    "ACCURACY_FIELDS",
    "Evaluation",
    "LEDGER_COLUMNS",
    "evaluate",
    "evaluate_event",
    "figure_text",
    "ledger",
    "ledger_box",
]
