"""Text layer: general language rules with no pandas and no file reading of articles —
quantities, number words, time phrases. Imports only the foundation modules."""

from conflict_lib.text.quantity import (
    IMPLAUSIBLE,
    NUMBER_WORDS,
    PRECISIONS,
    Quantity,
    parse_quantity,
)

__all__ = ["IMPLAUSIBLE", "NUMBER_WORDS", "PRECISIONS", "Quantity", "parse_quantity"]
