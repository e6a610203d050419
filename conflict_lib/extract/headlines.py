"""A headline's claim read with the body claim it summarises: "Gang attack leaves 20
dead, police say" counts the 20 people the lead paragraph names."""

from __future__ import annotations

import re

from conflict_lib.extract.model import _Context
from conflict_lib.text.quantity import parse_quantity

# Outcome families a headline and its lead share ("kills 20" / "20 people were shot dead")
_FAMILIES = (
    ("killed", re.compile(r"(?i)kill|dead|death|die|slain|fatal|toll|massacr|murder|execut|"
                          r"neutrali|eliminat|martyr|lives|perish|hell|succumb")),
    ("wounded", re.compile(r"(?i)wound|injur|hurt")),
    ("captured", re.compile(r"(?i)captur|abduct|kidnap|prisoner|captive|hostage|taken|seiz|"
                            r"detain|arrest")),
    ("missing", re.compile(r"(?i)missing|unaccounted")),
)


def _family(outcome: str) -> str:
    for name, pattern in _FAMILIES:
        if pattern.search(outcome or ""):
            return name
    return outcome or ""


def families_of(outcome: str) -> set[str]:
    """Every family an outcome's words name ("killed or wounded": both)."""
    return {name for name, pattern in _FAMILIES if pattern.search(outcome)}


def _number(quantity: str) -> tuple:
    q = parse_quantity(quantity)
    return (q.low, q.best, q.high)


def name_headline_victims(rows: list[dict]) -> None:
    """Give a headline claim whose victims are unnamed ("kills at least 15") the subject
    of the first body claim with the same outcome and number. ``rows`` carry ``_si``
    (sentence index); the headline is sentence 0, and only rows marked ``_headline``."""
    heads = [r for r in rows if r.get("_headline") and not (r["subject_raw"] or "").strip()]
    for head in heads:
        number = _number(head["quantity_raw"])
        if number == (None, None, None):
            continue
        family = _family(head["outcome_raw"])
        body = [r for r in rows if r["_si"] > 0 and (r["subject_raw"] or "").strip()
                and _family(r["outcome_raw"]) == family]
        same = [r for r in body if _number(r["quantity_raw"]) == number]
        # else the lead's count: "kill dozens" over "killed 52 people" in the first sentences
        lead = [r for r in body if r["_si"] <= _LEAD_SENTENCES]
        # (a vague word's range is no fingerprint: "Dozens killed as jihadists fire on
        # villagers" is the lead's 86 villagers, not the army's "several dozen terrorists")
        vague = parse_quantity(head["quantity_raw"]).precision == "vague"
        candidates = lead + same if vague else same + lead
        source = candidates[0] if candidates else None
        if source is not None:
            head["subject_raw"] = source["subject_raw"]
            note = "victims named in the body: " + repr(source["subject_raw"])
            head["notes"] = "; ".join(n for n in (head["notes"], note) if n)


# The headline's story is told in the lead: the first sentences after it.
_LEAD_SENTENCES = 2


def _is_headline(ctx: _Context, si: int) -> bool:
    """The article's first line when it reads as a headline (no closing full stop)."""
    sent = ctx.sentences[si]
    return si == 0 and ctx.work[sent.end - 1 : sent.end] not in (".", "!", "?", '"')
