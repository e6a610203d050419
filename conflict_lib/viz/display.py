"""How charts show everywhere without a network, in one font on every machine.

Each chart is displayed as a MIME bundle with three parts:
- ``application/vnd.vegalite.v5+json``: JupyterLab renders it interactively
  (tooltips) with its bundled Vega extension, offline. Altair is pinned below 6
  because JupyterLab 4.6 renders Vega-Lite mimetypes only up to v5.
- ``image/png``: rendered offline by vl-convert; nbconvert's HTML exporter
  embeds it, so the HTML report shows the chart with no script at all.
- ``text/plain``: a stable one-line description.
nbval skips ``image/png`` and compares the spec, which is deterministic.

vl-convert measures and draws text with the fonts it finds, so a chart rendered
with system fonts differs by a pixel between machines. The ``conflict`` theme names
Conflict Sans (DejaVu Sans renamed, shipped in ``conflict_lib/viz/fonts``), registered
with vl-convert before any rendering: figures are byte-identical anywhere.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import altair as alt
import pandas as pd
import vl_convert as vlc

from conflict_lib.atomic import atomic_write_bytes, atomic_write_text

RENDERER = "conflict_offline"
THEME = "conflict"
FONT = "Conflict Sans"
FONTS_DIR = Path(__file__).parent / "fonts"
# Notebooks and the HTML report show charts at screen size; exported figures print well.
DISPLAY_SCALE = 1.0
FIGURE_SCALE = 2.0


@alt.theme.register(THEME, enable=True)
def _theme() -> alt.theme.ThemeConfig:
    return {"config": {"font": FONT}}


@lru_cache(maxsize=1)
def converter():  # noqa: ANN201 - the vl_convert module
    """vl-convert with the project's font registered (once per process)."""
    vlc.register_font_directory(str(FONTS_DIR))
    return vlc


def chart_spec(chart: alt.TopLevelMixin) -> dict:
    """The chart's Vega-Lite spec under the project's theme (its font)."""
    with alt.theme.enable(THEME):
        return chart.to_dict()


def _render(spec: dict, **_metadata: object) -> dict:
    spec.setdefault("config", {}).setdefault("font", FONT)
    png = converter().vegalite_to_png(spec, scale=DISPLAY_SCALE)
    title = spec.get("title")
    if isinstance(title, dict):
        title = title.get("text")
    label = f"<chart: {title}>" if title else "<chart>"
    return {
        "application/vnd.vegalite.v5+json": spec,
        "image/png": base64.b64encode(png).decode("ascii"),
        "text/plain": label,
    }


def enable_offline_charts() -> None:
    """Make Altair display charts with the offline bundle above in the project's
    theme; also drops Altair's row limit, since a claims table is never large
    enough to matter."""
    alt.theme.enable(THEME)
    alt.renderers.register(RENDERER, _render)
    alt.renderers.enable(RENDERER)
    alt.data_transformers.disable_max_rows()


def figure_bytes(chart: alt.TopLevelMixin) -> tuple[bytes, str]:
    """PNG (at print scale) and SVG of ``chart``, in the project's font."""
    vlc = converter()
    spec = chart_spec(chart)
    return vlc.vegalite_to_png(spec, scale=FIGURE_SCALE), vlc.vegalite_to_svg(spec)


def save_chart(
    chart: alt.TopLevelMixin, name: str, out_dir: Path | str | None
) -> dict[str, Path]:
    """Write ``<name>.png`` and ``<name>.svg`` into ``out_dir`` atomically.

    ``out_dir`` None writes nothing: notebooks run for exploration or nbval leave
    figures/ alone; the report run passes the folder.
    """
    if out_dir is None:
        return {}
    png, svg = figure_bytes(chart)
    out = Path(out_dir)
    return {
        "png": atomic_write_bytes(out / f"{name}.png", png),
        "svg": atomic_write_text(out / f"{name}.svg", svg),
    }


class ReaderTable:
    """A DataFrame shown for reading: text columns (quotes) left-aligned, wide and
    never truncated, the table in a box that scrolls sideways when wider than the page.

    The HTML is pandas' own (every cell and label escaped), given a table id derived
    from its columns and a small style block keyed to that id (deterministic for nbval).
    """

    def __init__(self, frame: pd.DataFrame, text: Sequence[str] = ("quote",)) -> None:
        self.frame = frame
        self.text = [c for c in text if c in frame.columns]

    def __repr__(self) -> str:
        return repr(self.frame)

    def _repr_html_(self) -> str:
        columns = "\x1f".join(map(str, self.frame.columns))
        table_id = "t" + hashlib.sha1(columns.encode("utf-8")).hexdigest()[:10]
        rules = [f"#{table_id} td, #{table_id} th {{ vertical-align: top; }}"]
        for name in self.text:
            # nth-child counts the index cell (a <th>) first, hence + 2.
            nth = list(self.frame.columns).index(name) + 2
            rules.append(
                f"#{table_id} td:nth-child({nth}), #{table_id} thead th:nth-child({nth}) "
                "{ text-align: left; min-width: 28em; white-space: normal; }"
            )
        with pd.option_context("display.max_colwidth", None):
            table = self.frame.to_html(
                notebook=True,
                table_id=table_id,
                max_rows=pd.get_option("display.max_rows"),
                max_cols=pd.get_option("display.max_columns"),
            )
        style = "<style>\n" + "\n".join(rules) + "\n</style>"
        return f'{style}\n<div style="overflow-x: auto; max-width: 100%;">\n{table}\n</div>'


def reader_table(frame: pd.DataFrame, text: Sequence[str] = ("quote",)) -> ReaderTable:
    """``frame`` displayed with readable text columns (see ``ReaderTable``)."""
    return ReaderTable(frame, text)
