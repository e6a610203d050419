"""Text layer: general language rules with no pandas and no article files — number words,
quantities ("at least 47"), time phrases ("last Friday"). Imports only the foundation."""

from conflict_lib.text.numbers import NUMBER_WORDS
from conflict_lib.text.quantity import IMPLAUSIBLE, PRECISIONS, Quantity, parse_quantity
from conflict_lib.text.time_phrases import TimeSpan, resolve_time_phrase

__all__ = [
    "IMPLAUSIBLE",
    "NUMBER_WORDS",
    "PRECISIONS",
    "Quantity",
    "TimeSpan",
    "parse_quantity",
    "resolve_time_phrase",
]
