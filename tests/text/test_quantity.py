"""The quantity parser: literal readings of counts, with invariants under any input."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_lib.text.quantity import PRECISIONS, parse_quantity


@pytest.mark.parametrize(
    ("phrase", "low", "best", "high", "precision"),
    [
        ("two", 2, 2, 2, "exact"),
        ("10", 10, 10, 10, "exact"),
        ("1,250", 1250, 1250, 1250, "exact"),
        ("seventeen", 17, 17, 17, "exact"),
        ("forty-three", 43, 43, 43, "exact"),
        ("one hundred and six", 106, 106, 106, "exact"),
        ("three thousand", 3000, 3000, 3000, "exact"),
        ("half a dozen", 6, 6, 6, "exact"),
        ("around 20", 20, 20, 20, "approx"),
        ("some 35", 35, 35, 35, "approx"),
        ("approximately fifty", 50, 50, 50, "approx"),
        ("about a dozen", 12, 12, 12, "approx"),
        ("at least 20", 20, 20, None, "at_least"),
        # a floor however it is negated ("not fewer than" is not "fewer than")
        ("no fewer than 17", 17, 17, None, "at_least"),
        ("not fewer than 17", 17, 17, None, "at_least"),
        ("no fewer than 8", 8, 8, None, "at_least"),
        ("more than 30", 31, 31, None, "at_least"),
        ("more than two dozen", 25, 25, None, "at_least"),
        ("40 or more", 40, 40, None, "at_least"),
        ("up to 15", None, 15, 15, "at_most"),
        ("fewer than ten", None, 9, 9, "at_most"),
        # a negated "more than" is a ceiling, not a floor
        ("no more than 15", None, 15, 15, "at_most"),
        ("not more than 15", None, 15, 15, "at_most"),
        ("no less than 15", 15, 15, None, "at_least"),
        ("12-18", 12, 12, 18, "range"),
        ("between five and nine", 5, 5, 9, "range"),
        ("six to eight", 6, 6, 8, "range"),
        ("dozens", 24, 24, 99, "vague"),
        ("several", 3, 3, 9, "vague"),
        ("a few", 2, 3, 5, "vague"),
        ("numerous", 10, 10, 99, "vague"),
        ("hundreds", 200, 200, 999, "vague"),
        ("several hundred", 300, 300, 900, "vague"),
        ("no one", 0, 0, 0, "exact"),
        ("no fatalities", 0, 0, 0, "exact"),
        ("none", 0, 0, 0, "exact"),
        ("significant", None, None, None, "none"),
        ("", None, None, None, "none"),
    ],
)
def test_literal_readings(phrase, low, best, high, precision):
    q = parse_quantity(phrase)
    assert (q.low, q.best, q.high, q.precision) == (low, best, high, precision)


@pytest.mark.parametrize(
    ("phrase", "acled"),
    [("dozens", 12), ("hundreds", 100), ("tens", 10), ("significant", 10), ("limited", 3)],
)
def test_acled_conventions(phrase, acled):
    # ACLED codebook: dozens = 12, hundreds = 100, tens = 10; unnumbered: 10 significant, 3 limited
    assert parse_quantity(phrase).acled_estimate == acled


@pytest.mark.parametrize("phrase", ["-5", "1e12", "9999999999", "lots of stuff"])
def test_unusable_figures_carry_a_note(phrase):
    q = parse_quantity(phrase)
    assert q.precision == "none" and q.best is None and q.note


@given(st.text(max_size=200))
def test_never_crashes_and_keeps_order(text):
    q = parse_quantity(text)
    assert q.precision in PRECISIONS
    present = [v for v in (q.low, q.best, q.high) if v is not None]
    assert present == sorted(present)
    assert all(v >= 0 for v in present)


@given(
    st.integers(min_value=0, max_value=999_999),
    st.sampled_from(["", "at least ", "around ", "up to ", "more than "]),
)
def test_digits_round_trip(n, modifier):
    q = parse_quantity(f"{modifier}{n}")
    assert n in (q.low, q.best, q.high) or q.low == n + 1
