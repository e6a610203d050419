"""The reader's HTML: one page per executed notebook and an index page per event.

Safety sits where untrusted text enters an output, not in a blanket escape of the
page: DataFrames reach the HTML through pandas, which escapes every cell and label;
printed text is escaped by the template; charts are PNG; Markdown cells are the
project's own files. nbconvert's ``sanitize_html`` escaped all of that markup too, so
readers saw tags as text; it stays off. The index page escapes everything it inserts.

A reader's page hides code and papermill's injected parameters (they hold the paths
of the machine that rendered it); ``with_code`` keeps the code for a technical reader.
"""

from __future__ import annotations

import base64
import html
import threading
from functools import lru_cache
from pathlib import Path

from conflict_lib.atomic import atomic_write_text

TEMPLATES = Path(__file__).parent.parent / "templates"
SUMMARY_TAG = "summary"  # the cell whose printed lines are the index page's summary
_EXPORT_LOCK = threading.Lock()


@lru_cache(maxsize=2)
def _exporter(with_code: bool):
    # Loading the Jinja templates is most of an export's cost: do it once per run.
    from nbconvert import HTMLExporter  # lazy: ~1 s, paid only when a report is exported
    from traitlets.config import Config  # lazy, with nbconvert

    removed = {"injected-parameters"} | (set() if with_code else {"parameters"})
    cfg = Config()
    cfg.TagRemovePreprocessor.enabled = True
    cfg.TagRemovePreprocessor.remove_cell_tags = removed
    return HTMLExporter(
        config=cfg,
        extra_template_basedirs=[str(TEMPLATES)],
        template_name="offline",
        sanitize_html=False,
        exclude_input=not with_code,
        exclude_input_prompt=not with_code,
        exclude_output_prompt=not with_code,
    )


def notebook_title(node) -> str:  # noqa: ANN001 - an nbformat NotebookNode
    """The first Markdown heading of a notebook, without its '#' marks."""
    for cell in node.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return "Notebook"


def export_html(notebook: Path, target: Path, event: str, with_code: bool = False) -> Path:
    """HTML of an executed notebook that opens offline: the ``offline`` template
    drops every CDN script of JupyterLab's template; charts are embedded PNG."""
    import nbformat  # lazy: only when a report is exported

    node = nbformat.read(notebook, as_version=4)
    resources = {"metadata": {"name": f"{notebook_title(node)} · {event}"}}
    with _EXPORT_LOCK:  # one exporter is shared by the notebooks run side by side
        body, _ = _exporter(with_code).from_notebook_node(node, resources=resources)
    return atomic_write_text(target, body)


def summary_lines(notebook: Path) -> list[str]:
    """The printed lines of the cell tagged ``summary`` in an executed notebook."""
    import nbformat  # lazy: only when a report is exported

    node = nbformat.read(notebook, as_version=4)
    lines: list[str] = []
    for cell in node.cells:
        if SUMMARY_TAG in cell.metadata.get("tags", []):
            for output in cell.get("outputs", []):
                if output.get("output_type") == "stream" and output.get("name") == "stdout":
                    lines += [line for line in output.text.splitlines() if line.strip()]
    return lines


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto;
       padding: 0 1rem; color: #222; line-height: 1.5; }}
h1 {{ margin-bottom: 0.2rem; }}
.event {{ color: #555; margin-top: 0; }}
.chart img {{ max-width: 100%; height: auto; border: 1px solid #ddd; }}
li {{ margin: 0.3rem 0; }}
.small {{ color: #666; font-size: 0.9rem; }}
</style>
</head>
<body>
<h1>{heading}</h1>
<p class="event">Event <code>{event}</code> · {count} notebook(s)</p>
<h2>In short</h2>
{summary}
{chart}
<h2>The analysis, notebook by notebook</h2>
<ul>
{links}
</ul>
<p class="small">Each page hides the code; the executed notebook (.ipynb) beside it holds
the code and every output, and opens in JupyterLab.</p>
</body>
</html>
"""


def write_index(
    out_dir: Path, event: str, pages: list[tuple[str, Path, Path]],
    summary: list[str], main_chart: Path | None,
) -> Path:
    """``out_dir/index.html``: the event, the computed summary, the main chart and a
    link to each page. ``pages`` holds (title, html, ipynb) per notebook."""
    esc = html.escape
    if summary:
        items = "\n".join(f"<li>{esc(line)}</li>" for line in summary)
        summary_html = f"<ul>\n{items}\n</ul>"
    else:
        summary_html = "<p>No summary: the notebook that computes it was not part of this run.</p>"
    chart = ""
    if main_chart is not None and main_chart.is_file():
        data = base64.b64encode(main_chart.read_bytes()).decode("ascii")
        chart = (
            '<h2>Every figure, by whose losses</h2>\n<p class="chart">'
            f'<img src="data:image/png;base64,{data}" alt="Casualty figures by claimant '
            f'and stance for {esc(event)}"></p>'
        )
    links = "\n".join(
        f'<li><a href="{esc(page.name)}">{esc(title)}</a> '
        f'<span class="small">(<a href="{esc(nb.name)}">notebook</a>)</span></li>'
        for title, page, nb in pages
    )
    body = _PAGE.format(
        title=esc(f"{event} · conflict report"), heading="What the reports claim",
        event=esc(event), count=len(pages), summary=summary_html, chart=chart, links=links,
    )
    return atomic_write_text(out_dir / "index.html", body)
