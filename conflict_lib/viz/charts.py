"""Altair charts of the casualty claims: who said how many, how far apart, on what sources.

Every chart is built from the normalised claims table (``claims.load_claims`` or an
extractor with the same schema), one mark per *claim group*: the same figure from the
same claimant about the same losses counts once however many articles re-tell it.

How a figure is drawn follows how it was stated (``precision``):

- exact ``2``: a filled circle at 2; ``about 20``: a diamond at 20;
- ``at least 20``: a right-pointing triangle at 20 with a dashed tail to the chart's
  right edge (open-ended); ``up to 20``: a left-pointing triangle with a tail to 0;
- a range or a vague word (``dozens`` = 24-99): a translucent bar over its stated
  low-high, no point (the word names no single number);
- no number (``heavy losses``, ``prisoners were taken``): a hollow square in the
  "no number" strip beside the axis.

Specs are deterministic: data are sorted before charting, inline, small, and no
selection parameters (whose ids are counters) are used.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from pathlib import Path

import altair as alt
import pandas as pd

from conflict_lib.analysis.ledger import figure_text
from conflict_lib.claims.normalise import OUTCOMES, STANCES
from conflict_lib.reference import Actors, actors

STANCE_COLOURS = ("#009E73", "#0072B2", "#D55E00", "#595959")  # Okabe-Ito; grey = independent
STANCE_LABELS = {
    "acknowledged": "acknowledged (the side itself)",
    "aligned": "aligned (its allies)",
    "claimed": "claimed (the adversary)",
    "independent": "independent",
}
EQUIPMENT_OUTCOMES = ("equipment_seized", "equipment_destroyed")
OUTCOME_PARTS = {
    "killed_or_wounded": ("killed", "wounded"),
    "killed_or_captured": ("killed", "captured"),
}

# How a figure was stated → legend entry and marker shape.
FORMS = ("exact", "about", "at least", "up to", "range or vague word", "no number")
FORM_OF = {
    "exact": "exact",
    "approx": "about",
    "at_least": "at least",
    "at_most": "up to",
    "range": "range or vague word",
    "vague": "range or vague word",
    "none": "no number",
}
_BAR_PATH = "M-1,-0.35H1V0.35H-1Z"
FORM_SHAPES = ("circle", "diamond", "triangle-right", "triangle-left", _BAR_PATH, "square")

FONT_SIZE = 11
ROW_PX = 16
GROUP_COLUMNS = (
    "claim_group",
    "subject",
    "subject_name",
    "subject_label",
    "outcome",
    "outcome_label",
    "claimant",
    "claimant_name",
    "claimant_label",
    "stance",
    "low",
    "best",
    "high",
    "precision",
    "form",
    "figure",
    "figures_stated",
    "quantified",
    "articles",
    "independent",
    "article_ids",
    "outlets",
    "syndication_groups",
    "published",
    "quote",
    "claim_ids",
)


# --- names and labels -------------------------------------------------------------------


def actor_name(actor_id: object, table: Actors | None = None) -> str:
    """Full name(s) from actors.csv, lumps joined with ' + '; unknown ids as they are."""
    if actor_id is None or pd.isna(actor_id):
        return "unresolved"
    table = (table or actors()).by_id
    return " + ".join(table[i].name if i in table else i for i in str(actor_id).split("+"))


def short_name(actor_id: object, table: Actors | None = None) -> str:
    """The short form for axes: the parenthesised part of a name ('FAMa'), else the name."""
    if actor_id is None or pd.isna(actor_id):
        return "unresolved"
    table = (table or actors()).by_id
    parts = []
    for ident in str(actor_id).split("+"):
        name = table[ident].name if ident in table else ident
        if name.endswith(")") and "(" in name:
            name = name[name.rindex("(") + 1 : -1]
        parts.append(name.replace("The outlet's own reporting", "outlet (own voice)"))
    return " + ".join(parts)


def outcome_label(outcome: str) -> str:
    """'killed_or_wounded' → 'killed or wounded'."""
    return str(outcome).replace("_", " ")


def _subject_key(subject: str, table: Actors) -> tuple[int, ...]:
    """Order subjects as in actors.csv; a lump sorts right after its first member."""
    ids = table.aliases.ids
    return tuple(ids.index(i) if i in ids else len(ids) for i in str(subject).split("+"))


def _stated_figure(row: pd.Series) -> str:
    raw = row["quantity_raw"]
    words = "" if raw is None or pd.isna(raw) else str(raw).strip(" \"'\u201c\u201d")
    text = figure_text(row["low"], row["best"], row["high"], row["precision"], words)
    return text.replace("unquantified", "no number")


def _date(value: object) -> str:
    return (
        "no date" if value is None or pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")
    )


def _joined(values: Iterable[object]) -> str:
    return ", ".join(dict.fromkeys(str(v) for v in values if v is not None and not pd.isna(v)))


# --- the claim-group table --------------------------------------------------------------


def claim_groups(
    claims: pd.DataFrame,
    outcomes: Sequence[str] | None = None,
    include_equipment: bool = False,
    reference_dir: Path | None = None,
) -> pd.DataFrame:
    """One row per claim group of ``ok`` claims with a subject and an outcome.

    The figure is that of the group's first carrier (articles in corpus order), as in
    the ledger; ``figures_stated`` lists every wording that the copies use. Sorted by
    subject (actors.csv order), outcome, stance, then figure. Names come from the
    actors.csv of ``reference_dir`` (default data/reference).
    """
    table = actors(reference_dir)
    ok = claims[(claims["status"] == "ok") & claims["subject"].notna() & claims["outcome"].notna()]
    if not include_equipment:
        ok = ok[~ok["outcome"].isin(EQUIPMENT_OUTCOMES)]
    if outcomes is not None:
        ok = ok[ok["outcome"].isin(list(outcomes))]
    ok = ok.sort_values(["article_id", "start", "claim_id"], kind="stable", na_position="last")
    rows = [_group_row(group, part, table) for group, part in ok.groupby("claim_group", sort=True)]
    frame = pd.DataFrame(rows, columns=list(GROUP_COLUMNS))
    return _sorted_groups(frame, table)


def _group_row(group: str, part: pd.DataFrame, table: Actors) -> dict[str, object]:
    first = part.iloc[0]
    dates = part["published"].dropna()
    return {
        "claim_group": group,
        "subject": first["subject"],
        "subject_name": actor_name(first["subject"], table),
        "subject_label": short_name(first["subject"], table),
        "outcome": first["outcome"],
        "outcome_label": outcome_label(first["outcome"]),
        "claimant": first["claimant"],
        "claimant_name": actor_name(first["claimant"], table),
        "claimant_label": short_name(first["claimant"], table),
        "stance": first["stance"],
        "low": first["low"],
        "best": first["best"],
        "high": first["high"],
        "precision": first["precision"],
        "form": FORM_OF.get(first["precision"], "no number"),
        "figure": _stated_figure(first),
        "figures_stated": _joined(_stated_figure(r) for _, r in part.iterrows()),
        "quantified": first["precision"] != "none"
        and any(not pd.isna(first[k]) for k in ("low", "best", "high")),
        "articles": part["article_id"].nunique(),
        "independent": part["syndication_group"].nunique(),
        "article_ids": _joined(sorted(part["article_id"])),
        "outlets": _joined(part["outlet"]),
        "syndication_groups": _joined(sorted(part["syndication_group"].dropna())),
        "published": _date(dates.min()) if len(dates) else "no date",
        "quote": first["quote"],
        "claim_ids": _joined(part["claim_id"]),
    }


def _sorted_groups(frame: pd.DataFrame, table: Actors) -> pd.DataFrame:
    if frame.empty:
        return frame
    outcome_rank = {o: i for i, o in enumerate(OUTCOMES)}
    stance_rank = {s: i for i, s in enumerate(STANCES)}
    keys = pd.DataFrame(
        {
            "s": frame["subject"].map(lambda s: _subject_key(s, table)),
            "o": frame["outcome"].map(lambda o: outcome_rank.get(o, len(outcome_rank))),
            "t": frame["stance"].map(lambda s: stance_rank.get(s, len(stance_rank))),
            "q": ~frame["quantified"],
            "b": frame["best"].astype("Float64").fillna(-1.0),
            "g": frame["claim_group"],
        }
    )
    order = keys.sort_values(list(keys.columns), kind="stable").index
    frame = frame.loc[order].reset_index(drop=True)
    for col in ("low", "best", "high"):
        frame[col] = frame[col].astype("Int64")
    return frame


# --- shared scale helpers ---------------------------------------------------------------


def nice_ceiling(value: float) -> int:
    """The smallest 1-2-5 step (1, 2, 5, 10, 20, ...) at or above ``value``; at least 10."""
    value = max(float(value), 10.0)
    exponent = math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        candidate = step * 10**exponent
        if candidate >= value:
            return int(candidate)
    return int(10 ** (exponent + 1))


def axis_max(values: Iterable[object]) -> int:
    """Right end of a count axis: room beyond the largest figure for open-ended tails."""
    numbers = [float(v) for v in values if v is not None and not pd.isna(v)]
    return nice_ceiling(max(numbers, default=0.0) * 1.25)


def _ticks(maximum: int) -> list[int]:
    ticks = [0]
    magnitude = 1
    while magnitude <= maximum:
        ticks += [t for t in (magnitude, 2 * magnitude, 5 * magnitude) if t <= maximum]
        magnitude *= 10
    return ticks


def count_scale(maximum: int) -> alt.Scale:
    """Symlog count axis from 0 to ``maximum``: 2 and 20 stay apart, 99 still fits."""
    return alt.Scale(type="symlog", domain=[0, maximum], nice=False)


def _count_axis(title: str | None, maximum: int) -> alt.Axis:
    return alt.Axis(title=title, values=_ticks(maximum), format="d", grid=True)


def stance_colour(legend: bool = True) -> alt.Color:
    """Colour by stance, fixed domain and order whatever the data hold."""
    return alt.Color(
        "stance:N",
        title="Who gives the figure",
        scale=alt.Scale(domain=list(STANCES), range=list(STANCE_COLOURS)),
        legend=alt.Legend(
            orient="bottom", direction="horizontal", labelExpr=_stance_expr(), columns=2
        )
        if legend
        else None,
    )


def _stance_expr() -> str:
    cases = " : ".join(f"datum.value == '{k}' ? '{v}'" for k, v in STANCE_LABELS.items())
    return f"{cases} : datum.value"


def _form_shape(legend: bool = True) -> alt.Shape:
    return alt.Shape(
        "form:N",
        title="How the figure is stated",
        scale=alt.Scale(domain=list(FORMS), range=list(FORM_SHAPES)),
        legend=alt.Legend(
            orient="bottom",
            direction="horizontal",
            symbolFillColor="#777",
            symbolStrokeColor="#777",
            columns=3,
        )
        if legend
        else None,
    )


def _tooltip() -> list[alt.Tooltip]:
    return [
        alt.Tooltip("figure:N", title="Figure"),
        alt.Tooltip("subject_name:N", title="Whose losses"),
        alt.Tooltip("outcome_label:N", title="Outcome"),
        alt.Tooltip("claimant_name:N", title="Claimant"),
        alt.Tooltip("stance:N", title="Stance"),
        alt.Tooltip("quote:N", title="Quote"),
        alt.Tooltip("figures_stated:N", title="As worded in the copies"),
        alt.Tooltip("articles:Q", title="Articles"),
        alt.Tooltip("independent:Q", title="Independent articles (syndication groups)"),
        alt.Tooltip("outlets:N", title="Outlets"),
        alt.Tooltip("article_ids:N", title="Article ids"),
        alt.Tooltip("published:N", title="First published"),
        alt.Tooltip("claim_ids:N", title="Claim ids"),
    ]


def _records(frame: pd.DataFrame, columns: Sequence[str]) -> list[dict[str, object]]:
    """Inline rows with plain Python values (no NA, no numpy types)."""
    out = []
    for row in frame[list(columns)].itertuples(index=False):
        record = {}
        for col, value in zip(columns, row, strict=True):
            if value is None or (not isinstance(value, str | list) and pd.isna(value)):
                record[col] = None
            elif isinstance(value, bool):
                record[col] = value
            elif isinstance(value, int | float) or hasattr(value, "item"):
                number = value.item() if hasattr(value, "item") else value
                record[col] = round(number, 3) if isinstance(number, float) else number
            else:
                record[col] = value
        out.append(record)
    return out


def _empty_chart(title: str, message: str) -> alt.Chart:
    return (
        alt.Chart(alt.Data(values=[{"text": message}]), title=title)
        .mark_text(fontSize=FONT_SIZE + 1, align="left")
        .encode(text="text:N")
        .properties(width=700, height=40)
    )


# --- a. the main chart ------------------------------------------------------------------

MAIN_DATA = (
    "claim_group",
    "subject_label",
    "subject_name",
    "outcome",
    "outcome_label",
    "claimant_name",
    "claimant_label",
    "stance",
    "low",
    "best",
    "high",
    "precision",
    "form",
    "figure",
    "figures_stated",
    "quantified",
    "articles",
    "independent",
    "article_ids",
    "outlets",
    "published",
    "quote",
    "claim_ids",
    "slot",
    "x_from",
    "x_to",
    "x_mark",
    "note",
)


def main_chart_data(
    claims: pd.DataFrame, outcomes: Sequence[str] | None = None, reference_dir: Path | None = None
) -> pd.DataFrame:
    """The main chart's rows: one per claim group, with its slot within the subject's
    band (so re-told figures never overlap) and where its marks start and end."""
    groups = claim_groups(claims, outcomes, reference_dir=reference_dir)
    if groups.empty:
        return pd.DataFrame(columns=list(MAIN_DATA))
    maximum = axis_max(pd.concat([groups["low"], groups["high"], groups["best"]]))
    groups["slot"] = groups.groupby(["outcome", "subject"], sort=False).cumcount()
    spans = [_span(r, maximum) for r in groups.itertuples()]
    groups["x_from"] = [s[0] for s in spans]
    groups["x_to"] = [s[1] for s in spans]
    groups["x_mark"] = [s[2] for s in spans]
    groups["note"] = [
        f"{r.figure} · {r.claimant_label} ({r.independent} indep.)" for r in groups.itertuples()
    ]
    groups.attrs["axis_max"] = maximum
    return groups[list(MAIN_DATA)]


def _span(row: object, maximum: int) -> tuple[object, object, object]:
    """(bar/tail start, bar/tail end, marker position) for one claim group."""
    low, best, high = (None if pd.isna(v) else int(v) for v in (row.low, row.best, row.high))
    if row.precision == "at_least":
        return low, maximum, low
    if row.precision == "at_most":
        return 0, high, high
    if row.precision in ("range", "vague"):
        return low, high, None
    if row.precision in ("exact", "approx"):
        return None, None, best
    return None, None, None


def claims_chart(
    claims: pd.DataFrame,
    outcomes: Sequence[str] | None = None,
    width: int = 280,
    reference_dir: Path | None = None,
) -> alt.VConcatChart | alt.Chart:
    """Every figure for every side's losses, one panel per outcome.

    Rows are subjects (lumps such as 'FAMa + Wagner Group' keep their own row); each
    claim group takes its own line within the subject's band; colour is the stance.
    Beside the count axis: a "no number" strip and the figure as worded.
    """
    data = main_chart_data(claims, outcomes, reference_dir)
    title = "Casualty figures by whose losses, who gives them, and how they are stated"
    if data.empty:
        return _empty_chart(title, "No claim with a subject and a casualty outcome.")
    maximum = int(data.attrs["axis_max"])
    order = list(dict.fromkeys(data["outcome"]))
    panels = [
        _outcome_panel(data[data["outcome"] == outcome], maximum, width, last=i == len(order) - 1)
        for i, outcome in enumerate(order)
    ]
    subtitle = [
        "One line per claim group: a figure re-told by several articles is drawn once; "
        "(n indep.) = independent articles carrying it.",
        "Triangle with a dashed tail: 'at least' (open-ended). Bar: a range or a vague word "
        "over its stated low-high. Symmetric-log axis.",
    ]
    return (
        alt.vconcat(*panels, spacing=14)
        .properties(
            title=alt.Title(
                title,
                subtitle=subtitle,
                anchor="start",
                fontSize=14,
                subtitleFontSize=FONT_SIZE,
                subtitleColor="#444",
            ),
        )
        .configure_axis(labelFontSize=FONT_SIZE, titleFontSize=FONT_SIZE)
        .configure_legend(
            labelFontSize=FONT_SIZE,
            titleFontSize=FONT_SIZE,
            labelLimit=260,
            symbolOpacity=1,
        )
        .configure_view(stroke=None)
    )


def _outcome_panel(part: pd.DataFrame, maximum: int, width: int, last: bool) -> alt.HConcatChart:
    subjects = list(dict.fromkeys(part["subject_label"]))
    slots = int(part["slot"].max()) + 1
    height = len(subjects) * (slots * ROW_PX + 8)
    y = alt.Y(
        "subject_label:N",
        sort=subjects,
        title=None,
        scale=alt.Scale(paddingInner=0.25, paddingOuter=0.1),
        axis=alt.Axis(labelLimit=170, ticks=False, domain=False, grid=False),
    )
    base = alt.Chart(alt.Data(values=_records(part, MAIN_DATA))).encode(
        y=y,
        yOffset=alt.YOffset("slot:O", scale=alt.Scale(domain=list(range(slots)))),
        tooltip=_tooltip(),
    )
    title = alt.Title(
        outcome_label(part["outcome"].iloc[0]).capitalize(), anchor="start", fontSize=13
    )
    numbers = _number_layers(base, maximum, "people" if last else None).properties(
        width=width, height=height, title=title
    )
    unaxed = base.encode(y=alt.Y("subject_label:N", sort=subjects, axis=None))
    strip = _no_number_strip(unaxed).properties(width=40, height=height)
    notes = (
        unaxed.mark_text(align="left", baseline="middle", fontSize=FONT_SIZE - 1, dx=2, limit=270)
        .encode(
            x=alt.value(0),
            text="note:N",
            color=stance_colour(legend=False),
        )
        .properties(width=270, height=height)
    )
    return alt.hconcat(numbers, strip, notes, spacing=6).resolve_scale(y="shared")


def _number_layers(base: alt.Chart, maximum: int, title: str | None) -> alt.LayerChart:
    x = alt.X("x_from:Q", scale=count_scale(maximum), axis=_count_axis(title, maximum))
    bars = (
        base.transform_filter("datum.form == 'range or vague word'")
        .mark_bar(opacity=0.35, height={"band": 0.8})
        .encode(x=x, x2="x_to:Q", color=stance_colour())
    )
    tails = (
        base.transform_filter("datum.form == 'at least' || datum.form == 'up to'")
        .mark_rule(strokeDash=[4, 3], strokeWidth=1.5, opacity=0.7)
        .encode(x=x, x2="x_to:Q", color=stance_colour())
    )
    points = (
        base.transform_filter("datum.x_mark != null")
        .mark_point(filled=True, size=70, opacity=1)
        .encode(
            x=alt.X("x_mark:Q", scale=count_scale(maximum), axis=_count_axis(title, maximum)),
            shape=_form_shape(),
            color=stance_colour(),
        )
    )
    return alt.layer(bars, tails, points)


def _no_number_strip(base: alt.Chart) -> alt.Chart:
    return (
        base.transform_filter("!datum.quantified")
        .mark_point(filled=False, size=70, strokeWidth=2)
        .encode(
            x=alt.X(
                "form:N",
                title=None,
                scale=alt.Scale(domain=["no number"]),
                axis=alt.Axis(labelAngle=0, ticks=False, domain=False, orient="bottom"),
            ),
            shape=_form_shape(legend=False),
            color=stance_colour(),
        )
    )


# --- b. the gap between what a side acknowledged and what its adversary claimed ----------

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


GAP_CHART_DATA = (
    "row",
    "side",
    "value",
    "bound",
    "figure",
    "who",
    "basis",
    "summary",
    "text",
    "marker",
)


def _gap_long(gaps: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for g in gaps.itertuples():
        label = f"{g.subject_label} · {g.outcome_label}"
        common = {"row": label, "summary": g.summary, "text": g.text}
        if not pd.isna(g.acknowledged):
            composed = str(g.acknowledged_basis).startswith("sum of")
            rows.append(
                {
                    **common,
                    "side": "acknowledged",
                    "value": int(g.acknowledged),
                    "bound": "=",
                    "figure": g.acknowledged_figure,
                    "who": "the side itself",
                    "basis": g.acknowledged_basis,
                    "marker": "acknowledged (sum of parts)" if composed else "acknowledged",
                }
            )
        if not pd.isna(g.claimed):
            rows.append(
                {
                    **common,
                    "side": "claimed",
                    "value": int(g.claimed),
                    "bound": g.claimed_bound,
                    "figure": g.claimed_figure,
                    "who": g.claimed_by,
                    "basis": "adversary's highest figure",
                    "marker": "claimed (lower bound)" if g.claimed_bound == "≥" else "claimed",
                }
            )
        if pd.isna(g.acknowledged) and pd.isna(g.claimed):
            rows.append(
                {
                    **common,
                    "side": "none",
                    "value": None,
                    "bound": None,
                    "figure": None,
                    "who": None,
                    "basis": None,
                    "marker": None,
                }
            )
    return pd.DataFrame(rows, columns=list(GAP_CHART_DATA))


GAP_SUBTITLE = (
    "Lowest figure the side gave for its own losses vs the adversary's highest, read at its "
    "lower bound (≥). Square: summed from the parts",
    "(e.g. killed + captured) when the side gave none for the lump. Symmetric-log axis.",
)
GAP_MARKERS = ("acknowledged", "acknowledged (sum of parts)", "claimed", "claimed (lower bound)")


def gap_chart(gaps: pd.DataFrame, width: int = 300) -> alt.HConcatChart | alt.Chart:
    """Dumbbells: per subject and outcome, the acknowledged figure (green) and the
    adversary's highest (vermillion; ▶ when a lower bound), joined by a grey rule, with
    the ratio as text."""
    title = "Acknowledged losses vs the adversary's highest claim"
    data = _gap_long(gaps)
    if data.empty:
        return _empty_chart(title, "No acknowledged or claimed figure to compare.")
    rows = list(dict.fromkeys(data["row"]))
    maximum = axis_max(data["value"])
    base = alt.Chart(alt.Data(values=_records(data, GAP_CHART_DATA))).encode(
        y=alt.Y(
            "row:N", sort=rows, title=None, axis=alt.Axis(labelLimit=240, ticks=False, domain=False)
        )
    )
    x = alt.X("value:Q", scale=count_scale(maximum), axis=_count_axis("people", maximum))
    link = (
        base.transform_filter("datum.value != null")
        .mark_line(color="#999", strokeWidth=2)
        .encode(x=x, detail="row:N")
    )
    marker = alt.Color(
        "marker:N",
        title=None,
        scale=alt.Scale(
            domain=list(GAP_MARKERS),
            range=[STANCE_COLOURS[0], STANCE_COLOURS[0], STANCE_COLOURS[2], STANCE_COLOURS[2]],
        ),
        legend=alt.Legend(orient="bottom", direction="horizontal", symbolOpacity=1),
    )
    shape = alt.Shape(
        "marker:N",
        title=None,
        scale=alt.Scale(
            domain=list(GAP_MARKERS), range=["circle", "square", "diamond", "triangle-right"]
        ),
    )
    points = (
        base.transform_filter("datum.value != null")
        .mark_point(filled=True, size=90, opacity=1)
        .encode(
            x=x,
            color=marker,
            shape=shape,
            tooltip=[
                alt.Tooltip("figure:N", title="Figure"),
                alt.Tooltip("who:N", title="By"),
                alt.Tooltip("basis:N", title="Basis"),
                alt.Tooltip("text:N", title="Reading"),
            ],
        )
    )
    labels = data.drop_duplicates("row")
    text = (
        alt.Chart(alt.Data(values=_records(labels, ("row", "summary", "text"))))
        .mark_text(align="left", fontSize=FONT_SIZE, limit=240, dx=2)
        .encode(
            x=alt.value(0),
            y=alt.Y("row:N", sort=rows, axis=None),
            text="summary:N",
            tooltip=[alt.Tooltip("text:N", title="Reading")],
        )
    )
    height = len(rows) * 24
    return (
        alt.hconcat(
            alt.layer(link, points).properties(width=width, height=height),
            text.properties(width=240, height=height),
            spacing=6,
        )
        .resolve_scale(y="shared")
        .properties(
            title=alt.Title(
                title,
                anchor="start",
                fontSize=14,
                subtitle=list(GAP_SUBTITLE),
                subtitleFontSize=FONT_SIZE,
                subtitleColor="#444",
            ),
        )
        .configure_axis(labelFontSize=FONT_SIZE, titleFontSize=FONT_SIZE)
        .configure_legend(labelFontSize=FONT_SIZE)
        .configure_view(stroke=None)
    )


# --- c. coverage: which article carries which figure -------------------------------------

COPY_KINDS = (
    "first carrier in its syndication group",
    "copy: same syndication group as an earlier carrier",
)
COVERAGE_SUBTITLE = (
    "Rows: claim groups (one figure from one claimant) under whose losses they are. "
    "Columns: articles, [syndication group] first.",
    "Light cells repeat a figure that an earlier article of the same syndication group "
    "carried; the last column counts",
    "independent (syndication groups) / all articles carrying the figure. ~date: inferred "
    "(the article has no usable date of its own).",
)
TOTAL_COLUMN = "carried by:\nindep. / all"
COVERAGE_COLUMNS = (
    "subject_label",
    "row",
    "claim_group",
    "stance",
    "article_id",
    "column",
    "syndication_group",
    "outlet",
    "published",
    "kind",
    "claim_ids",
    "quote",
    "figure",
    "claimant_name",
    "articles",
    "independent",
    "count_text",
)


def group_label(row: object) -> str:
    """'2 killed (per FAMa)': the figure, the outcome, who says so (the subject is the
    chart's row header)."""
    return f"{row.figure} {row.outcome_label} (per {row.claimant_label})"


def _wrap(text: str, width: int = 11) -> str:
    """Break a column label into lines (joined by a newline) of about ``width`` chars."""
    lines: list[str] = []
    for word in str(text).split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def _article_table(claims: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """The articles of the claims table in reading order: syndication group, then the
    articles with a stated date by date, then those whose date is only inferred (an
    undated copy cannot be shown to precede a dated carrier), then id. With
    ``articles`` the date is the one ``conflict_lib.dates`` reads the article on, marked
    '~' when inferred; without, the published date (undated articles last)."""
    arts = (
        claims[["article_id", "outlet", "published", "syndication_group"]]
        .drop_duplicates("article_id")
        .copy()
    )
    arts["syndication_group"] = arts["syndication_group"].fillna(arts["article_id"])
    if articles is not None:
        dates = article_dates(articles).set_index("article_id")
        arts["day"] = arts["article_id"].map(dates["date"])
        arts["stated"] = arts["article_id"].map(dates["basis"]).isin(STATED_BASES)
    else:
        arts["day"] = arts["published"].map(lambda d: None if pd.isna(d) else _date(d))
        arts["stated"] = arts["day"].notna()
    arts["date"] = [
        "no date" if d is None or pd.isna(d) else d if stated else f"~{d}"
        for d, stated in zip(arts["day"], arts["stated"], strict=True)
    ]
    arts["column"] = [
        f"{_wrap(r.outlet)}\n{r.date}\n#{str(r.article_id)[:3]}" for r in arts.itertuples()
    ]
    arts["_day"] = arts["day"].fillna("9999")
    arts["_inferred"] = ~arts["stated"]
    return (
        arts.sort_values(["syndication_group", "_inferred", "_day", "article_id"], kind="stable")
        .drop(columns=["_day", "_inferred"])
        .reset_index(drop=True)
    )


def _carrier_rows(
    g: object, carriers: pd.DataFrame, meta: pd.DataFrame, order: dict[str, int]
) -> list[dict[str, object]]:
    rows = []
    seen: set[str] = set()
    for article_id in sorted(carriers["article_id"].unique(), key=order.__getitem__):
        art = meta.loc[article_id]
        kind = COPY_KINDS[1] if art["syndication_group"] in seen else COPY_KINDS[0]
        seen.add(art["syndication_group"])
        here = carriers[carriers["article_id"] == article_id]
        rows.append(
            {
                "subject_label": g.subject_label,
                "row": group_label(g),
                "claim_group": g.claim_group,
                "stance": g.stance,
                "article_id": article_id,
                "column": art["column"],
                "syndication_group": art["syndication_group"],
                "outlet": art["outlet"],
                "published": art["date"],
                "kind": kind,
                "claim_ids": _joined(here["claim_id"]),
                "quote": here["quote"].iloc[0],
                "figure": g.figure,
                "claimant_name": g.claimant_name,
                "articles": g.articles,
                "independent": g.independent,
                "count_text": None,
            }
        )
    return rows


def coverage_table(
    claims: pd.DataFrame,
    outcomes: Sequence[str] | None = None,
    reference_dir: Path | None = None,
    articles: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per (claim group, carrying article). ``kind`` says whether the article
    is the first in its syndication group to carry the figure or a copy of an earlier
    one (order within a group: stated dates first, by date, then inferred or missing
    ones; pass ``articles`` to date undated articles as ``conflict_lib.dates`` does)."""
    groups = claim_groups(claims, outcomes, reference_dir=reference_dir)
    arts = _article_table(claims, articles)
    order = {a: i for i, a in enumerate(arts["article_id"])}
    meta = arts.set_index("article_id")
    ok = claims[claims["claim_group"].isin(groups["claim_group"]) & (claims["status"] == "ok")]
    rows = []
    for g in groups.itertuples():
        rows += _carrier_rows(g, ok[ok["claim_group"] == g.claim_group], meta, order)
    return pd.DataFrame(rows, columns=list(COVERAGE_COLUMNS))


def coverage_matrix(
    claims: pd.DataFrame,
    outcomes: Sequence[str] | None = None,
    reference_dir: Path | None = None,
    articles: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Claim groups × articles: 1 where the article carries the figure, else 0."""
    cells = coverage_table(claims, outcomes, reference_dir, articles)
    arts = _article_table(claims, articles)
    matrix = pd.crosstab(cells["claim_group"], cells["article_id"]).reindex(
        index=list(dict.fromkeys(cells["claim_group"])),
        columns=list(arts["article_id"]),
        fill_value=0,
    )
    return matrix.clip(upper=1)


def _coverage_totals(cells: pd.DataFrame) -> pd.DataFrame:
    totals = cells.drop_duplicates("claim_group").copy()
    totals["column"] = TOTAL_COLUMN
    totals["syndication_group"] = "carried by"
    totals["kind"] = None
    totals["count_text"] = [f"{r.independent} / {r.articles}" for r in totals.itertuples()]
    return totals


def coverage_chart(
    claims: pd.DataFrame,
    outcomes: Sequence[str] | None = None,
    column_px: int = 74,
    reference_dir: Path | None = None,
    articles: pd.DataFrame | None = None,
) -> alt.FacetChart | alt.Chart:
    """Heatmap of claim groups × articles: rows grouped by whose losses, columns
    labelled with their syndication group. A figure carried in several syndication
    groups rests on several sources; one carried only within a group rests on one
    source repeated (its later copies are light)."""
    title = "Which articles carry which figure"
    cells = coverage_table(claims, outcomes, reference_dir, articles)
    if cells.empty:
        return _empty_chart(title, "No claim group to show.")
    arts = _article_table(claims, articles)
    data = pd.concat([cells, _coverage_totals(cells)], ignore_index=True)
    data["column"] = data["column"].where(
        data["column"] == TOTAL_COLUMN, "[" + data["syndication_group"] + "]\n" + data["column"]
    )
    columns = [f"[{r.syndication_group}]\n{r.column}" for r in arts.itertuples()]
    lines = max(c.count("\n") + 1 for c in [*columns, TOTAL_COLUMN])
    base = alt.Chart().encode(
        x=alt.X(
            "column:N",
            sort=[*columns, TOTAL_COLUMN],
            title=None,
            axis=alt.Axis(
                orient="top",
                labelAngle=0,
                labelExpr="split(datum.label, '\\n')",
                labelBaseline="bottom",
                labelFontSize=FONT_SIZE - 1,
                labelLineHeight=12,
                ticks=False,
                domain=False,
                # multi-line labels grow downwards from their anchor
                labelPadding=(lines - 1) * 12 + 6,
            ),
        ),
        y=alt.Y(
            "row:N",
            sort=list(dict.fromkeys(cells["row"])),
            title=None,
            axis=alt.Axis(labelLimit=330, ticks=False, domain=False, labelFontSize=FONT_SIZE - 1),
        ),
        tooltip=_coverage_tooltip(),
    )
    rect = (
        base.transform_filter("datum.kind != null")
        .mark_rect(stroke="white", strokeWidth=1)
        .encode(
            color=alt.Color(
                "kind:N",
                title=None,
                scale=alt.Scale(domain=list(COPY_KINDS), range=["#3b6ea8", "#b9cde5"]),
                legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=400),
            )
        )
    )
    counts = (
        base.transform_filter("datum.kind == null")
        .mark_text(fontSize=FONT_SIZE - 1)
        .encode(text="count_text:N")
    )
    subjects = list(dict.fromkeys(cells["subject_label"]))
    layered = alt.layer(
        rect, counts, data=alt.Data(values=_records(data, COVERAGE_COLUMNS))
    ).properties(width=alt.Step(column_px), height=alt.Step(18))
    return _by_subject(layered, subjects, title, COVERAGE_SUBTITLE).configure_view(stroke="#eee")


def _coverage_tooltip() -> list[alt.Tooltip]:
    return [
        alt.Tooltip("figure:N", title="Figure"),
        alt.Tooltip("claimant_name:N", title="Claimant"),
        alt.Tooltip("outlet:N", title="Outlet"),
        alt.Tooltip("article_id:N", title="Article"),
        alt.Tooltip("published:N", title="Date (~ inferred)"),
        alt.Tooltip("syndication_group:N", title="Syndication group"),
        alt.Tooltip("kind:N", title="Carrier"),
        alt.Tooltip("independent:Q", title="Independent articles"),
        alt.Tooltip("articles:Q", title="Articles"),
        alt.Tooltip("claim_ids:N", title="Claim ids"),
        alt.Tooltip("quote:N", title="Quote"),
    ]


# --- d. timeline: when each figure first appeared ----------------------------------------

TIMELINE_COLUMNS = (
    "subject_label",
    "row",
    "claim_group",
    "stance",
    "article_id",
    "outlet",
    "date",
    "day",
    "basis",
    "dated",
    "first",
    "figure",
    "claimant_name",
    "quote",
)
TIMELINE_SUBTITLE = (
    "Point: the first article carrying the figure (filled: its stated date; hollow: no "
    "usable stated date, placed at the corpus",
    "consensus date). Grey ticks: later carriers. Shaded: the days of fighting as the "
    "claims date them.",
)
STATED_BASES = ("header", "dateline")
DATED = ("stated date", "inferred date")


def article_dates(articles: pd.DataFrame) -> pd.DataFrame:
    """article_id, date (ISO day or None) and basis per article: the stated date where
    the corpus does not contradict it, else the inferred one (conflict_lib.dates)."""
    from conflict_lib.corpus.dating import reference_dates

    refs = reference_dates(articles)
    return pd.DataFrame(
        {
            "article_id": refs["article_id"].astype(str),
            "date": [None if pd.isna(d) else _date(d) for d in refs["reference_date"]],
            "basis": refs["date_basis"].astype(str),
        }
    )


def _dated_rows(
    g: object, carriers: pd.DataFrame, dates: pd.DataFrame, outlets: pd.Series
) -> list[dict[str, object]]:
    part = []
    for c in carriers.drop_duplicates("article_id").itertuples():
        date = dates["date"].get(c.article_id)
        basis = str(dates["basis"].get(c.article_id, "unknown"))
        part.append(
            {
                "subject_label": g.subject_label,
                "row": group_label(g),
                "claim_group": g.claim_group,
                "stance": g.stance,
                "article_id": c.article_id,
                "outlet": outlets.get(c.article_id),
                "date": date,
                "day": f"{date}T00:00:00Z" if date else None,
                "basis": basis,
                "dated": DATED[0] if basis in STATED_BASES else DATED[1],
                "first": False,
                "figure": g.figure,
                "claimant_name": g.claimant_name,
                "quote": c.quote,
            }
        )
    part.sort(key=lambda r: (r["date"] or "9999", r["dated"] != DATED[0], r["article_id"]))
    if part and part[0]["date"] is not None:
        part[0]["first"] = True
    return part


def timeline_table(
    claims: pd.DataFrame,
    articles: pd.DataFrame,
    outcomes: Sequence[str] | None = None,
    reference_dir: Path | None = None,
) -> pd.DataFrame:
    """One row per (claim group, carrying article) with the article's date and its
    basis; ``first`` marks the earliest (a stated date wins a tie with an inferred one)."""
    groups = claim_groups(claims, outcomes, reference_dir=reference_dir)
    dates = article_dates(articles).set_index("article_id")
    outlets = claims.drop_duplicates("article_id").set_index("article_id")["outlet"]
    ok = claims[claims["claim_group"].isin(groups["claim_group"]) & (claims["status"] == "ok")]
    rows = []
    for g in groups.itertuples():
        rows += _dated_rows(g, ok[ok["claim_group"] == g.claim_group], dates, outlets)
    return pd.DataFrame(rows, columns=list(TIMELINE_COLUMNS))


def event_window(claims: pd.DataFrame) -> tuple[str, str] | None:
    """(first day, day after the last) of the fighting as the ok claims date it."""
    ok = claims[claims["status"] == "ok"]
    starts, ends = ok["event_start"].dropna(), ok["event_end"].dropna()
    if starts.empty or ends.empty:
        return None
    return _date(starts.min()), _date(ends.max() + pd.Timedelta(days=1))


def timeline_chart(
    claims: pd.DataFrame,
    articles: pd.DataFrame,
    outcomes: Sequence[str] | None = None,
    reference_dir: Path | None = None,
) -> alt.FacetChart | alt.Chart:
    """When each figure first appeared in the corpus: a point at its first carrier's
    date (hollow when that date is inferred, not stated), grey ticks at the later
    carriers, and the days of fighting as the claims date them shaded."""
    title = "When each figure first appeared in the corpus"
    data = timeline_table(claims, articles, outcomes, reference_dir)
    data = data[data["date"].notna()]
    if data.empty:
        return _empty_chart(title, "No dated article carries a claim group.")
    window = event_window(claims)
    days = sorted({*data["date"], *(window or ())})
    domain = [
        f"{_date(pd.Timestamp(days[0]) - pd.Timedelta(days=1))}T00:00:00Z",
        f"{_date(pd.Timestamp(days[-1]) + pd.Timedelta(days=1))}T00:00:00Z",
    ]
    ticks = pd.date_range(domain[0][:10], domain[1][:10], freq="D")
    scale = alt.Scale(type="utc", domain=domain)
    axis = alt.Axis(
        format="%d %b",
        labelAngle=0,
        grid=True,
        orient="top",
        labelFlush=False,
        values=[alt.DateTime(year=t.year, month=t.month, date=t.day, utc=True) for t in ticks],
    )
    rows = list(dict.fromkeys(data["row"]))
    layers = [*_window_layer(window, scale, axis), *_timeline_marks(scale, axis, rows)]
    subjects = list(dict.fromkeys(data["subject_label"]))
    layered = alt.layer(*layers, data=alt.Data(values=_records(data, TIMELINE_COLUMNS))).properties(
        width=300, height=alt.Step(18)
    )
    return (
        _by_subject(layered, subjects, title, TIMELINE_SUBTITLE)
        .configure_axis(labelFontSize=FONT_SIZE, titleFontSize=FONT_SIZE)
        .configure_legend(
            labelFontSize=FONT_SIZE,
            titleFontSize=FONT_SIZE,
            orient="bottom",
            direction="horizontal",
            symbolOpacity=1,
            labelLimit=260,
        )
        .configure_view(stroke="#eee")
    )


def _window_layer(
    window: tuple[str, str] | None, scale: alt.Scale, axis: alt.Axis
) -> list[alt.Chart]:
    if window is None:
        return []
    start, end = (pd.Timestamp(d) for d in window)
    return [
        alt.Chart()
        .transform_filter("datum.first")
        .transform_aggregate(n="count()", groupby=["subject_label"])
        .transform_calculate(
            start=f"utc({start.year}, {start.month - 1}, {start.day})",
            end=f"utc({end.year}, {end.month - 1}, {end.day})",
        )
        .mark_rect(color="#f1e3c6", opacity=0.6)
        .encode(x=alt.X("start:T", scale=scale, axis=axis, title=None), x2="end:T")
    ]


def _timeline_marks(scale: alt.Scale, axis: alt.Axis, rows: list[str]) -> list[alt.Chart]:
    x = alt.X("day:T", title=None, scale=scale, axis=axis)
    y = alt.Y(
        "row:N",
        title=None,
        sort=rows,
        axis=alt.Axis(labelLimit=330, ticks=False, domain=False, labelFontSize=FONT_SIZE - 1),
    )
    tooltip = [
        alt.Tooltip("figure:N", title="Figure"),
        alt.Tooltip("claimant_name:N", title="Claimant"),
        alt.Tooltip("outlet:N", title="Outlet"),
        alt.Tooltip("article_id:N", title="Article"),
        alt.Tooltip("date:N", title="Date"),
        alt.Tooltip("basis:N", title="Date basis"),
        alt.Tooltip("quote:N", title="Quote"),
    ]
    base = alt.Chart().encode(x=x, y=y, tooltip=tooltip)
    later = base.transform_filter("!datum.first").mark_tick(
        color="#888", thickness=2, size=11, opacity=0.8
    )
    first = (
        base.transform_filter("datum.first")
        .mark_point(size=80, strokeWidth=2, opacity=1)
        .encode(
            stroke=stance_colour(),
            fill=stance_colour(),
            fillOpacity=alt.FillOpacity(
                "dated:N",
                title="First appearance",
                scale=alt.Scale(domain=list(DATED), range=[1, 0]),
            ),
        )
    )
    return [later, first]


def _by_subject(
    layered: alt.LayerChart, subjects: list[str], title: str, subtitle: tuple[str, ...]
) -> alt.FacetChart:
    """One row per subject, labelled above its row, under a left-aligned title."""
    return (
        layered.facet(
            row=alt.Row(
                "subject_label:N",
                sort=subjects,
                title=None,
                header=alt.Header(
                    labelAngle=0,
                    labelAlign="left",
                    labelAnchor="start",
                    labelFontWeight="bold",
                    labelFontSize=FONT_SIZE,
                    labelOrient="top",
                ),
            ),
            spacing=6,
        )
        .resolve_scale(y="independent")
        .properties(
            title=alt.Title(
                title,
                anchor="start",
                fontSize=14,
                subtitle=list(subtitle),
                subtitleFontSize=FONT_SIZE,
                subtitleColor="#444",
            ),
        )
    )
