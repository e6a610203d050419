"""The charts' shared style: stance colours (Okabe-Ito), figure-form marker shapes, font
and row sizes, count scales and axes, tooltips, and the empty-chart placeholder."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import altair as alt
import pandas as pd

from conflict_lib.claims.groups import FORMS
from conflict_lib.claims.normalise import STANCES

STANCE_COLOURS = ("#009E73", "#0072B2", "#D55E00", "#595959")  # Okabe-Ito; grey = independent


STANCE_LABELS = {
    "acknowledged": "acknowledged (the side itself)",
    "aligned": "aligned (its allies)",
    "claimed": "claimed (the adversary)",
    "independent": "independent",
}


_BAR_PATH = "M-1,-0.35H1V0.35H-1Z"


FORM_SHAPES = ("circle", "diamond", "triangle-right", "triangle-left", _BAR_PATH, "square")


FONT_SIZE = 11


ROW_PX = 16


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


def count_axis(title: str | None, maximum: int) -> alt.Axis:
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


def form_shape(legend: bool = True) -> alt.Shape:
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


def claim_tooltip() -> list[alt.Tooltip]:
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


def records(frame: pd.DataFrame, columns: Sequence[str]) -> list[dict[str, object]]:
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


def chart_title(title: str, subtitle: Sequence[str]) -> alt.Title:
    """The series' title block: left-aligned title, smaller grey subtitle lines."""
    return alt.Title(
        title,
        anchor="start",
        fontSize=14,
        subtitle=list(subtitle),
        subtitleFontSize=FONT_SIZE,
        subtitleColor="#444",
    )


def empty_chart(title: str, message: str) -> alt.Chart:
    return (
        alt.Chart(alt.Data(values=[{"text": message}]), title=title)
        .mark_text(fontSize=FONT_SIZE + 1, align="left")
        .encode(text="text:N")
        .properties(width=700, height=40)
    )
