"""Charts of the sources behind the figures: coverage (which article carries which
figure, independent report or copy) and the timeline (when each figure first appeared).
The tables they draw come from ``analysis.coverage`` and ``analysis.timeline``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import altair as alt
import pandas as pd

from conflict_lib.analysis.coverage import (
    COPY_KINDS,
    COVERAGE_COLUMNS,
    TOTAL_COLUMN,
    article_table,
    coverage_table,
    coverage_totals,
)
from conflict_lib.analysis.timeline import DATED, TIMELINE_COLUMNS, event_window, timeline_table
from conflict_lib.claims.groups import date_text
from conflict_lib.claims.review_status import reviewed_title
from conflict_lib.viz.style import FONT_SIZE, chart_title, empty_chart, records, stance_colour

COVERAGE_SUBTITLE = (
    "Rows: claim groups (one figure from one claimant) under whose losses they are. "
    "Columns: articles, [syndication group] first.",
    "Light cells repeat a figure that an earlier article of the same syndication group "
    "carried; the last column counts",
    "independent (syndication groups) / all articles carrying the figure. ~date: inferred "
    "(the article has no usable date of its own).",
)


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
    title = reviewed_title("Which articles carry which figure", claims)
    cells = coverage_table(claims, outcomes, reference_dir, articles)
    if cells.empty:
        return empty_chart(title, "No claim group to show.")
    arts = article_table(claims, articles)
    data = pd.concat([cells, coverage_totals(cells)], ignore_index=True)
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
        rect, counts, data=alt.Data(values=records(data, COVERAGE_COLUMNS))
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


TIMELINE_SUBTITLE = (
    "Point: the first article carrying the figure (filled: its stated date; hollow: no "
    "usable stated date, placed at the corpus",
    "consensus date). Grey ticks: later carriers. Shaded: the days of fighting as the "
    "claims date them.",
)


def timeline_chart(
    claims: pd.DataFrame,
    articles: pd.DataFrame,
    outcomes: Sequence[str] | None = None,
    reference_dir: Path | None = None,
) -> alt.FacetChart | alt.Chart:
    """When each figure first appeared in the corpus: a point at its first carrier's
    date (hollow when that date is inferred, not stated), grey ticks at the later
    carriers, and the days of fighting as the claims date them shaded."""
    title = reviewed_title("When each figure first appeared in the corpus", claims)
    data = timeline_table(claims, articles, outcomes, reference_dir)
    data = data[data["date"].notna()]
    if data.empty:
        return empty_chart(title, "No dated article carries a claim group.")
    window = event_window(claims)
    days = sorted({*data["date"], *(window or ())})
    domain = [
        f"{date_text(pd.Timestamp(days[0]) - pd.Timedelta(days=1))}T00:00:00Z",
        f"{date_text(pd.Timestamp(days[-1]) + pd.Timedelta(days=1))}T00:00:00Z",
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
    layered = alt.layer(*layers, data=alt.Data(values=records(data, TIMELINE_COLUMNS))).properties(
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
            title=chart_title(title, subtitle),
        )
    )
