"""The gap between what a side acknowledged and what its adversary claimed, per subject
and outcome (``gap_table``): pure pandas over the claim groups."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from conflict_lib.claims.groups import (
    OUTCOME_PARTS,
    claim_groups,
    outcome_label,
    short_name,
)
from conflict_lib.claims.review_status import review_label
from conflict_lib.reference import Actors, actors

GAP_COLUMNS = (
    "subject",
    "subject_label",
    "outcome",
    "outcome_label",
    "acknowledged",
    "acknowledged_figure",
    "acknowledged_basis",
    "claimed",
    "claimed_bound",
    "claimed_figure",
    "claimed_by",
    "aligned_figures",
    "independent_figures",
    "difference",
    "ratio",
    "ratio_bound",
    "summary",
    "text",
    "acknowledged_groups",
    "claimed_group",
)


# A stated figure read as a number and the direction in which the truth may lie from it.
_BOUNDS = {"exact": "=", "approx": "≈", "at_least": "≥", "range": "≥", "vague": "≥", "at_most": "≤"}


_BOUND_WORDS = {"=": "", "≈": "about ", "≥": "≥ ", "≤": "≤ "}


def figure_value(row: pd.Series | object) -> tuple[int | None, str | None]:
    """(number, bound) of a figure read honestly: 'at least 20', '24-99 "dozens"' →
    (its low, '≥'); 'about 20' → (20, '≈'); 'up to 20' → (20, '≤'); no number → (None, None)."""
    precision = getattr(row, "precision", None)
    bound = _BOUNDS.get(precision)
    field = {"≥": "low", "≤": "high"}.get(bound, "best")
    value = getattr(row, field, None)
    if bound is None or value is None or pd.isna(value):
        return None, None
    return int(value), bound


def _ratio_bound(claimed: str, acknowledged: str) -> str:
    """Direction of claimed/acknowledged from the directions of its two terms."""
    inverted = {"≥": "≤", "≤": "≥"}.get(acknowledged, acknowledged)
    directions = {d for d in (claimed, inverted) if d != "="}
    if not directions:
        return "="
    return directions.pop() if len(directions) == 1 else "≈"


def _figures(part: pd.DataFrame) -> str:
    return "; ".join(f"{r.figure} ({r.claimant_label})" for r in part.itertuples()) or ""


def _direct(groups: pd.DataFrame, subject: str, outcome: str, stance_: str) -> pd.DataFrame:
    part = groups[
        (groups["subject"] == subject)
        & (groups["outcome"] == outcome)
        & (groups["stance"] == stance_)
        & groups["quantified"]
    ]
    values = [figure_value(r) for r in part.itertuples()]
    return part.assign(value=[v for v, _ in values], bound=[b for _, b in values])


def _lowest_acknowledged(groups: pd.DataFrame, subject: str, outcome: str) -> dict | None:
    """The lowest figure the side gave for exactly these losses. A zero beside a
    positive figure of the same side denies losses in one incident (a crash), it is
    not a total, so it yields to the positive figure."""
    part = _direct(groups, subject, outcome, "acknowledged")
    if (part["value"] > 0).any():
        part = part[part["value"] > 0]
    if part.empty:
        return None
    row = part.sort_values(["value", "claim_group"], kind="stable").iloc[0]
    return {
        "value": int(row["value"]),
        "bound": row["bound"],
        "figure": row["figure"],
        "basis": f"stated by {row['claimant_label']}",
        "groups": row["claim_group"],
    }


def _composed_acknowledged(
    groups: pd.DataFrame, subject: str, outcome: str, table: Actors
) -> dict | None:
    """For a lumped subject or outcome: the sum of what the sides acknowledged for its
    parts ('FAMa + Wagner killed or captured' = FAMa killed + FAMa captured + ...)."""
    parts = [
        (s, o) for s in str(subject).split("+") for o in OUTCOME_PARTS.get(outcome, (outcome,))
    ]
    if len(parts) < 2:
        return None
    found = {p: _lowest_acknowledged(groups, *p) for p in parts}
    known = {p: f for p, f in found.items() if f is not None}
    if not known:
        return None
    words = [
        f"{short_name(s, table)} {outcome_label(o)} {found[(s, o)]['figure']}"
        if found[(s, o)]
        else f"{short_name(s, table)} {outcome_label(o)}: none acknowledged"
        for s, o in parts
    ]
    bounds = {f["bound"] for f in known.values()} - {"="}
    return {
        "value": sum(f["value"] for f in known.values()),
        "bound": bounds.pop() if len(bounds) == 1 else ("≈" if bounds else "="),
        "figure": " + ".join(f["figure"] for f in known.values()),
        "basis": "sum of " + "; ".join(words),
        "groups": ", ".join(f["groups"] for f in known.values()),
    }


def _acknowledged(groups: pd.DataFrame, subject: str, outcome: str, table: Actors) -> dict | None:
    candidates = [
        c
        for c in (
            _lowest_acknowledged(groups, subject, outcome),
            _composed_acknowledged(groups, subject, outcome, table),
        )
        if c
    ]
    if any(c["value"] > 0 for c in candidates):
        candidates = [c for c in candidates if c["value"] > 0]
    return min(candidates, key=lambda c: c["value"]) if candidates else None


def _highest_claimed(groups: pd.DataFrame, subject: str, outcome: str) -> dict | None:
    """The adversary's highest figure, taken at its honest lower bound."""
    part = _direct(groups, subject, outcome, "claimed")
    if part.empty:
        return None
    rank = {"=": 0, "≈": 1, "≤": 2, "≥": 3}
    part = part.assign(_r=part["bound"].map(rank))
    row = part.sort_values(
        ["value", "_r", "claim_group"], ascending=[False, True, True], kind="stable"
    ).iloc[0]
    return {
        "value": int(row["value"]),
        "bound": row["bound"],
        "figure": row["figure"],
        "by": row["claimant_label"],
        "group": row["claim_group"],
    }


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _gap_text(
    subject_label: str, ack: dict | None, claimed: dict | None, lumps: list[str]
) -> tuple[float | None, str | None, str]:
    """(ratio, its bound, the reading) of one subject and outcome."""
    if ack and claimed and ack["value"] > 0:
        ratio = claimed["value"] / ack["value"]
        bound = _ratio_bound(claimed["bound"], ack["bound"])
        return (
            round(ratio, 1),
            bound,
            f"claimed {_BOUND_WORDS[bound]}{_number(ratio)}× acknowledged "
            f"({claimed['figure']} per {claimed['by']} vs {ack['figure']})",
        )
    if ack and claimed:
        return (
            None,
            None,
            (
                f"claimed {claimed['figure']} (per {claimed['by']}) where the "
                f"side acknowledged {ack['figure']}"
            ),
        )
    if claimed:
        return (
            None,
            None,
            (f"no acknowledged figure; claimed {claimed['figure']} (per {claimed['by']})"),
        )
    lumped = f", only for {' and '.join(lumps)}" if lumps else ""
    if ack:
        return (
            None,
            None,
            (
                f"acknowledged {ack['figure']}; the adversary gives no figure "
                f"for {subject_label} alone{lumped}"
            ),
        )
    return (
        None,
        None,
        (f"no figure from the side itself or the adversary for {subject_label} alone{lumped}"),
    )


def gap_table(
    claims: pd.DataFrame, outcomes: Sequence[str] | None = None, reference_dir: Path | None = None
) -> pd.DataFrame:
    """Per subject and outcome: the lowest acknowledged figure vs the adversary's highest.

    Claimed figures are read at their lower bound ('at least 20' and '"dozens" (24-99)'
    count as 20 and 24, marked ≥). For a lumped subject or outcome with no acknowledged
    figure of its own, the acknowledged side is the sum of the parts' figures, and
    ``acknowledged_basis`` says so. ``ratio`` = claimed / acknowledged (None when either is
    missing or the acknowledged figure is 0), ``ratio_bound`` its direction.
    """
    table = actors(reference_dir)
    groups = claim_groups(claims, outcomes, reference_dir=reference_dir)
    rows = []
    for (subject, outcome), part in groups.groupby(["subject", "outcome"], sort=False):
        ack = _acknowledged(groups, subject, outcome, table)
        claimed = _highest_claimed(groups, subject, outcome)
        lumps = _lumps_claimed(groups, subject, outcome) if claimed is None else []
        label = part["subject_label"].iloc[0]
        ratio, ratio_bound, text = _gap_text(label, ack, claimed, lumps)
        rows.append(
            {
                "subject": subject,
                "subject_label": label,
                "outcome": outcome,
                "outcome_label": outcome_label(outcome),
                "acknowledged": ack["value"] if ack else None,
                "acknowledged_figure": ack["figure"] if ack else None,
                "acknowledged_basis": ack["basis"] if ack else "none acknowledged",
                "claimed": claimed["value"] if claimed else None,
                "claimed_bound": claimed["bound"] if claimed else None,
                "claimed_figure": claimed["figure"] if claimed else None,
                "claimed_by": claimed["by"] if claimed else None,
                "aligned_figures": _figures(part[part["stance"] == "aligned"]),
                "independent_figures": _figures(part[part["stance"] == "independent"]),
                "difference": claimed["value"] - ack["value"] if ack and claimed else None,
                "ratio": ratio,
                "ratio_bound": ratio_bound,
                "summary": _gap_summary(ack, claimed, ratio, ratio_bound, label, lumps),
                "text": text,
                "acknowledged_groups": ack["groups"] if ack else None,
                "claimed_group": claimed["group"] if claimed else None,
            }
        )
    frame = pd.DataFrame(rows, columns=list(GAP_COLUMNS))
    for col in ("acknowledged", "claimed", "difference"):
        frame[col] = frame[col].astype("Int64")
    frame["ratio"] = frame["ratio"].astype("Float64")
    frame.attrs["review_label"] = claims.attrs.get("review_label", review_label(claims))
    return frame


def _gap_summary(
    ack: dict | None,
    claimed: dict | None,
    ratio: float | None,
    bound: str | None,
    subject_label: str,
    lumps: list[str],
) -> str:
    """A few words for the chart: 'claimed ≥ 12× acknowledged', 'no adversary figure'."""
    if ratio is not None:
        return f"claimed {_BOUND_WORDS[bound]}{_number(ratio)}× acknowledged"
    if ack and claimed:
        return f"claimed {claimed['figure']}, acknowledged {ack['figure']}"
    if claimed:
        return "no acknowledged figure"
    alone = f" for {subject_label} alone" if lumps else ""
    if ack:
        return f"no adversary figure{alone}"
    return f"neither side's figure{alone}"


def _lumps_claimed(groups: pd.DataFrame, subject: str, outcome: str) -> list[str]:
    """Lumped subjects including ``subject`` with an adversary figure for the outcome
    or a lump of it (so a reader knows where the enemy's number went)."""
    related = {outcome} | {o for o, parts in OUTCOME_PARTS.items() if outcome in parts}
    part = groups[
        (groups["stance"] == "claimed")
        & groups["quantified"]
        & groups["outcome"].isin(related)
        & (groups["subject"] != subject)
        & groups["subject"].map(lambda s: subject in str(s).split("+"))
    ]
    return list(dict.fromkeys(part["subject_label"]))
