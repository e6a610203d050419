"""How charts show everywhere without a network.

Each chart is displayed as a MIME bundle with three parts:
- ``application/vnd.vegalite.v5+json``: JupyterLab renders it interactively
  (tooltips) with its bundled Vega extension, offline. Altair is pinned below 6
  because JupyterLab 4.6 renders Vega-Lite mimetypes only up to v5.
- ``image/png``: rendered offline by vl-convert; nbconvert's HTML exporter
  embeds it, so the HTML report shows the chart with no script at all.
- ``text/plain``: a stable one-line description.
nbval skips ``image/png`` and compares the spec, which is deterministic.
"""

from __future__ import annotations

import base64
from pathlib import Path

import altair as alt
import vl_convert as vlc

from conflict_lib.atomic import atomic_write_bytes, atomic_write_text

RENDERER = "conflict_offline"
# Notebooks and the HTML report show charts at screen size; exported figures print well.
DISPLAY_SCALE = 1.0
FIGURE_SCALE = 2.0


def _render(spec: dict, **_metadata: object) -> dict:
    png = vlc.vegalite_to_png(spec, scale=DISPLAY_SCALE)
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
    """Make Altair display charts with the offline bundle above; also drops
    Altair's row limit, since a claims table is never large enough to matter."""
    alt.renderers.register(RENDERER, _render)
    alt.renderers.enable(RENDERER)
    alt.data_transformers.disable_max_rows()


def save_chart(
    chart: alt.TopLevelMixin, name: str, out_dir: Path | str | None
) -> dict[str, Path]:
    """Write ``<name>.png`` and ``<name>.svg`` into ``out_dir`` atomically.

    ``out_dir`` None writes nothing: notebooks run for exploration or nbval leave
    figures/ alone; the report run passes the folder.
    """
    if out_dir is None:
        return {}
    spec = chart.to_dict()
    out = Path(out_dir)
    png = atomic_write_bytes(out / f"{name}.png", vlc.vegalite_to_png(spec, scale=FIGURE_SCALE))
    svg = atomic_write_text(out / f"{name}.svg", vlc.vegalite_to_svg(spec))
    return {"png": png, "svg": svg}
