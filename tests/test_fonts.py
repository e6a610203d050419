"""Figures are byte-identical whatever fonts the machine has: the charts name
Conflict Sans (shipped in conflict_lib/viz/fonts) and vl-convert draws with it only."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

# Renders a chart with text in every style the project's charts use (bold titles,
# italic labels, symbols such as ≥ and —) and prints the hashes of its PNG and SVG.
RENDER = r"""
import hashlib, json
import altair as alt, pandas as pd
from conflict_lib.viz.display import figure_bytes
frame = pd.DataFrame({"who": ["FAMa + Wagner Group", "CSP-PSD / CSP-DPA"],
                      "n": [24, 7], "label": ["≥ 12× — \"dozens\"", "7 · about 20"]})
bars = alt.Chart(frame).mark_bar().encode(x="n:Q", y=alt.Y("who:N", title=None))
text = alt.Chart(frame).mark_text(align="left", dx=3, fontStyle="italic").encode(
    x="n:Q", y="who:N", text="label:N")
chart = (bars + text).properties(title=alt.TitleParams("Widest gap ≥", subtitle="bold · italic"))
png, svg = figure_bytes(chart)
print(json.dumps([hashlib.sha256(png).hexdigest(), hashlib.sha256(svg.encode()).hexdigest()]))
"""
# The control: the same chart drawn by vl-convert directly in a font the system provides
# (not Conflict Sans), which must change when the system's fonts are hidden.
SYSTEM_FONT = RENDER.replace("from conflict_lib.viz.display import figure_bytes", "").replace(
    "png, svg = figure_bytes(chart)",
    "import vl_convert as vlc\nspec = chart.configure(font=FAMILY).to_dict()\n"
    "png, svg = vlc.vegalite_to_png(spec, scale=2), vlc.vegalite_to_svg(spec)",
)


def _system_family() -> str | None:
    """A font family installed under /usr/share/fonts, or None."""
    if shutil.which("fc-list") is None:
        return None
    done = subprocess.run(["fc-list", "--format", "%{file}\t%{family[0]}\n"],
                          capture_output=True, text=True)
    for line in done.stdout.splitlines():
        path, _, family = line.partition("\t")
        if path.startswith("/usr/share/fonts/") and path.endswith(".ttf") and family:
            return family
    return None


def _hashes(code: str, no_system_fonts: bool, home) -> list[str]:
    command = [sys.executable, "-c", code]
    if no_system_fonts:
        # A private mount namespace in which the system's font folders are empty.
        hide = " && ".join(
            f"mount --bind {home} {d}" for d in ("/usr/share/fonts", "/usr/local/share/fonts")
            if os.path.isdir(d)
        ) or "true"
        command = ["unshare", "--mount", "sh", "-c", f'{hide} && exec "$@"', "sh", *command]
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "XDG_DATA_HOME": str(home)}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _can_hide_system_fonts(tmp_path) -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "sh", "-c", f"mount --bind {tmp_path} /usr/share/fonts"],
        capture_output=True,
    )
    return probe.returncode == 0


def test_figures_are_byte_identical_with_and_without_system_fonts(tmp_path):
    if not _can_hide_system_fonts(tmp_path):
        pytest.skip("needs unshare --mount (root) to hide the system fonts")
    with_fonts = _hashes(RENDER, False, tmp_path)
    without = _hashes(RENDER, True, tmp_path)
    assert with_fonts == without
    # The control: a chart in a font the system provides does change when the system's
    # fonts are hidden, so the comparison above can tell the difference. (vl-convert's own
    # default font is not a control: it may come from vl-convert itself.)
    family = _system_family()
    if family is None:
        pytest.skip("no system font to show that hiding the fonts changes a figure")
    control = SYSTEM_FONT.replace("FAMILY", json.dumps(family))
    assert _hashes(control, False, tmp_path) != _hashes(control, True, tmp_path), family


def test_the_theme_names_the_shipped_font_and_the_licence_is_beside_it():
    import altair as alt
    import pandas as pd

    from conflict_lib.viz.display import FONT, FONTS_DIR, chart_spec

    chart = alt.Chart(pd.DataFrame({"x": [1]})).mark_point().encode(x="x:Q")
    assert chart_spec(chart)["config"]["font"] == FONT
    fonts = sorted(p.name for p in FONTS_DIR.glob("*.ttf"))
    assert len(fonts) == 4 and (FONTS_DIR / "LICENSE-DejaVu.txt").is_file()
    # The family name inside each file is the one the theme names (name table ID 1).
    for name in fonts:
        data = (FONTS_DIR / name).read_bytes()
        assert FONT.encode("utf-16-be") in data, name


def test_committed_figures_use_only_the_shipped_font():
    from conflict_lib import config
    from conflict_lib.viz.display import FONT

    svgs = sorted((config.FIGURES_DIR / config.DEFAULT_EVENT).glob("*.svg"))
    assert svgs
    for svg in svgs:
        text = svg.read_text()
        families = set(re.findall(r'font-family="([^"]+)"', text))
        assert families <= {FONT}, (svg.name, families)
