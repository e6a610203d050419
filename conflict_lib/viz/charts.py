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

from collections.abc import Sequence
from pathlib import Path

import altair as alt
import pandas as pd

from conflict_lib.claims.groups import (
    claim_groups,
    outcome_label,
)
from conflict_lib.claims.review_status import reviewed_title
from conflict_lib.viz.style import (
    FONT_SIZE,
    ROW_PX,
    STANCE_COLOURS,
    axis_max,
    chart_title,
    claim_tooltip,
    count_axis,
    count_scale,
    empty_chart,
    form_shape,
    records,
    stance_colour,
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
    title = reviewed_title(
        "Casualty figures by whose losses, who gives them, and how they are stated", claims
    )
    if data.empty:
        return empty_chart(title, "No claim with a subject and a casualty outcome.")
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
            title=chart_title(title, subtitle),
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
    base = alt.Chart(alt.Data(values=records(part, MAIN_DATA))).encode(
        y=y,
        yOffset=alt.YOffset("slot:O", scale=alt.Scale(domain=list(range(slots)))),
        tooltip=claim_tooltip(),
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
    x = alt.X("x_from:Q", scale=count_scale(maximum), axis=count_axis(title, maximum))
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
            x=alt.X("x_mark:Q", scale=count_scale(maximum), axis=count_axis(title, maximum)),
            shape=form_shape(),
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
            shape=form_shape(legend=False),
            color=stance_colour(),
        )
    )


# --- b. the gap between what a side acknowledged and what its adversary claimed ----------


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
    title = reviewed_title("Acknowledged losses vs the adversary's highest claim", gaps)
    data = _gap_long(gaps)
    if data.empty:
        return empty_chart(title, "No acknowledged or claimed figure to compare.")
    rows = list(dict.fromkeys(data["row"]))
    maximum = axis_max(data["value"])
    base = alt.Chart(alt.Data(values=records(data, GAP_CHART_DATA))).encode(
        y=alt.Y(
            "row:N", sort=rows, title=None, axis=alt.Axis(labelLimit=240, ticks=False, domain=False)
        )
    )
    x = alt.X("value:Q", scale=count_scale(maximum), axis=count_axis("people", maximum))
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
        alt.Chart(alt.Data(values=records(labels, ("row", "summary", "text"))))
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
            title=chart_title(title, GAP_SUBTITLE),
        )
        .configure_axis(labelFontSize=FONT_SIZE, titleFontSize=FONT_SIZE)
        .configure_legend(labelFontSize=FONT_SIZE)
        .configure_view(stroke=None)
    )
