"""Quantity phrases ("at least 20", "dozens", "seven", "10-15") → low/best/high.

Literal reading, following UCDP's low/best/high: "at least 20" is 20..open,
"around 20" is approx 20, vague words take the stated range in
data/reference/quantifiers.csv, and ``best`` always lies in [low, high].
Beside them ``acled_estimate`` applies ACLED's conservative coding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from conflict_lib.reference import QuantifierRule, fold, quantifiers
from conflict_lib.text.numbers import NUMBER_WORDS, SCALES, TENS, UNITS  # noqa: F401  (re-exported)

PRECISIONS = ("exact", "approx", "at_least", "at_most", "range", "vague", "none")
# Above this a casualty figure is a typo or a misparse, not a claim.
IMPLAUSIBLE = 1_000_000


_AT_LEAST = (
    "at least",
    "more than",
    "over",
    "upwards of",
    "in excess of",
    "no fewer than",
    "no less than",
    "not less than",
    "not fewer than",
    "a minimum of",
    "at minimum",
    "above",
    "exceeding",
)
_AT_MOST = (
    "up to",
    "at most",
    "no more than",
    "fewer than",
    "less than",
    "under",
    "as many as",
    "a maximum of",
    "not more than",
    "below",
)
_APPROX = (
    "around",
    "about",
    "approximately",
    "roughly",
    "some",
    "an estimated",
    "estimated",
    "nearly",
    "almost",
    "close to",
    "circa",
    "approx",
    "an approximate",
    "~",
    "a reported",
    "reportedly",
)
_STRICT = ("more than", "over", "upwards of", "in excess of", "above", "exceeding")
_STRICT_BELOW = ("fewer than", "less than", "under", "below")

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?:e\+?\d+)?|[a-z]+|[~+\-]")
_ZERO = re.compile(r"\b(?:no|none|nobody|zero|nil|not a single|not one|no one)\b")
# "no one" / "not one" hold a number word but mean zero.
_ZERO_PHRASE = re.compile(r"\b(?:no one|not one|not a single one)\b")


@dataclass(frozen=True)
class Quantity:
    """Numbers of a quantity phrase; all three null when it states no number.

    ``note`` says why a phrase was not read as a number, or what was odd.
    """

    low: int | None
    best: int | None
    high: int | None
    precision: str
    acled_estimate: int | None = None
    note: str | None = None


NONE = Quantity(None, None, None, "none")


def _digits(token: str) -> int | None:
    cleaned = token.replace(",", "")
    if re.fullmatch(r"\d+", cleaned):
        return int(cleaned)
    try:
        return int(float(token.replace(",", "")))
    except ValueError:
        return None


def _is_number_token(tok: str, nxt: str | None) -> bool:
    if tok[0].isdigit() or tok in NUMBER_WORDS or tok in SCALES:
        return True
    # "a dozen", "a hundred", "half a dozen"
    return tok in ("a", "half", "an") and nxt in SCALES | {"a": 0}


def _number_runs(tokens: list[str]) -> list[tuple[int, int, int]]:
    """(start, end, value) of each maximal run of number tokens."""
    runs = []
    i = 0
    while i < len(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if not _is_number_token(tokens[i], nxt):
            i += 1
            continue
        j = i
        while j < len(tokens):
            tok = tokens[j]
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            if _is_number_token(tok, after):
                j += 1
            elif (
                tok in ("-", "and")
                and j > i
                and after in NUMBER_WORDS
                and tokens[j - 1] in TENS | SCALES
            ):
                j += 1  # "twenty-five", "one hundred and five"
            else:
                break
        value = _evaluate(tokens[i:j])
        if value is not None:
            runs.append((i, j, value))
        i = max(j, i + 1)
    return runs


def _evaluate(words: list[str]) -> int | None:
    total, current, seen = 0, 0, False
    for w in words:
        if w in ("-", "and", "a", "an"):
            current = current or (1 if w in ("a", "an") else 0)
            continue
        if w == "half":
            current = 0.5
            continue
        if w[0].isdigit():
            value = _digits(w)
            if value is None:
                return None
            current += value
        elif w in NUMBER_WORDS:
            current += NUMBER_WORDS[w]
        elif w in SCALES:
            scale = SCALES[w]
            if scale >= 1000:
                total, current = (total + (current or 1)) * scale, 0
            else:
                current = (current or 1) * scale
        seen = True
    return int(total + current) if seen else None


@lru_cache(maxsize=16)
def _ending_with(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))
    return re.compile(r"(?:^|[\s(])(" + alternatives + r")\s*$")


def _preceded_by(text: str, phrases: tuple[str, ...]) -> str | None:
    m = _ending_with(phrases).search(text)
    return m.group(1) if m else None


@lru_cache(maxsize=8)
def _vague_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])")


def parse_quantity(phrase: str | None, rules: dict[str, QuantifierRule] | None = None) -> Quantity:
    """Read a quantity phrase. Never raises; unreadable phrases give precision 'none'
    with a ``note``."""
    if phrase is None or not str(phrase).strip():
        return NONE
    if rules is None:
        return _parse_default(str(phrase))
    return _parse(str(phrase), rules)


@lru_cache(maxsize=65536)
def _parse_default(phrase: str) -> Quantity:
    # Archives repeat the same few phrases ("two soldiers", "dozens") endlessly.
    return _parse(phrase, quantifiers())


def _parse(phrase: str, rules: dict[str, QuantifierRule]) -> Quantity:
    text = fold(str(phrase)).replace("\u2013", "-").replace("\u2014", "-")
    if re.match(r"^\s*-\s*\d", text):
        return Quantity(None, None, None, "none", note=f"negative number in {phrase!r}")
    if text in ("a", "an", "a single", "single", "one single"):
        return Quantity(1, 1, 1, "exact", 1)  # "a helicopter"
    if _ZERO_PHRASE.search(text) and not re.search(r"\d", text):
        return Quantity(0, 0, 0, "exact", 0)
    tokens = _TOKEN.findall(text)
    runs = _number_runs(tokens)
    if runs:
        return _numeric(text, tokens, runs, rules)
    if _ZERO.search(text):
        return Quantity(0, 0, 0, "exact", 0)
    return _vague(text, rules) or Quantity(
        None, None, None, "none", note=f"no quantity in {phrase!r}"
    )


def _numeric(text: str, tokens: list[str], runs, rules) -> Quantity:
    start, end, value = runs[0]
    # "several dozen", "a few hundred": a vague multiplier on a scale word
    if tokens[end - 1] in SCALES and end - start == 1:
        before_scale = " ".join(tokens[max(0, start - 2) : start])
        if tokens[end - 1] == "dozen" and before_scale.endswith("several"):
            # "several dozen" is read as "dozens" (two dozen and up), as the reporting that
            # uses it is coded, not as three to nine dozen
            return _vague("dozens", rules) or Quantity(None, None, None, "none")
        vague = _vague(before_scale, rules)
        if vague and vague.low is not None and vague.precision == "vague":
            scale = SCALES[tokens[end - 1]]
            return Quantity(
                vague.low * scale,
                vague.best * scale,
                vague.high * scale,
                "vague",
                scale if scale <= 100 else scale // 10,
            )
    if value >= IMPLAUSIBLE:
        return Quantity(None, None, None, "none", note=f"implausible figure {value} in {text!r}")
    before = " ".join(tokens[:start])
    after = tokens[end:]
    # Ranges: "10-15", "10 to 15", "between 10 and 15", "10 or 15"
    joined = len(runs) > 1 and runs[1][0] == end + 1 and after and after[0] in ("-", "to", "or")
    between = len(runs) > 1 and runs[1][0] == end + 1 and after[:1] == ["and"] and (
        before.endswith("between")
    )
    if joined or between:
        low, high = sorted((value, runs[1][2]))
        if high < IMPLAUSIBLE:
            return Quantity(low, low, high, "range", low)
    at_least, at_most = _preceded_by(before, _AT_LEAST), _preceded_by(before, _AT_MOST)
    if at_least and at_most:  # "no more than 15" ends with "more than": the longer reads
        at_least, at_most = (None, at_most) if len(at_most) > len(at_least) else (at_least, None)
    if (
        (modifier := at_least)
        or after[:2] in (["or", "more"], ["+"])
        or after[:1] in (["+"], ["plus"])
    ):
        low = value + 1 if modifier in _STRICT else value
        return Quantity(low, low, None, "at_least", low)
    if modifier := at_most:
        high = value - 1 if modifier in _STRICT_BELOW else value
        high = max(high, 0)
        return Quantity(None, high, high, "at_most", high)
    if _preceded_by(before, _APPROX) or after[:2] == ["or", "so"]:
        return Quantity(value, value, value, "approx", value)
    return Quantity(value, value, value, "exact", value)


def _vague(text: str, rules: dict[str, QuantifierRule]) -> Quantity | None:
    """The first vague word of ``text`` that the quantifier table knows (the
    longest one where several start at the same place)."""
    m = _vague_pattern(tuple(rules)).search(text)
    if m is None:
        return None
    best_hit = (None, rules[m.group(0)])
    rule = best_hit[1]
    if rule.precision == "exact" and rule.low == 0:
        return Quantity(0, 0, 0, "exact", 0)
    return Quantity(rule.low, rule.best, rule.high, rule.precision, rule.acled_estimate)
