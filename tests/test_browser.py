"""The reports as a reader sees them: opened offline in headless Chromium.

Playwright drives Debian's system Chromium (``playwright install`` cannot download
browsers here). Every request that is not file:// is blocked and recorded; the
assertions are on the rendered page, not on the HTML source.
"""

from __future__ import annotations

import shutil

import pytest

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="browser tests need Chromium: apt-get install chromium (Debian), then make test",
)
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
# Set by the hostile fixture's payloads if any of them ever ran.
PAYLOAD_FLAGS = ["__xss", "xss", "pwned", "__pwned"]


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def _open(browser, path):
    """Open ``path`` offline; returns (page, outside requests, dialogs)."""
    context = browser.new_context(offline=True, java_script_enabled=True)
    outside, dialogs = [], []

    def route(route):
        if route.request.url.startswith(("file://", "data:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(path.as_uri(), wait_until="load")
    return page, outside, dialogs


def _pages(rendered_reports, name):
    pages = sorted(rendered_reports[name].glob("*.html"))
    assert any(p.name == "index.html" for p in pages) and len(pages) >= 2
    return pages


READ_PAGE = """() => ({
  text: document.body.innerText,
  title: document.title,
  headings: document.querySelectorAll('h1, h2, h3').length,
  tables: Array.from(document.querySelectorAll('table')).map(t => t.querySelectorAll('th').length),
  images: Array.from(document.images).map(i => [i.complete, i.naturalWidth]),
  alts: Array.from(document.images).map(i => i.alt),
  fits: document.documentElement.scrollWidth <= window.innerWidth,
  code: document.querySelectorAll('.jp-CodeCell .jp-InputArea, pre.highlight, .jp-Editor').length,
})"""


@pytest.mark.parametrize("name", ["embedded", "hostile"])
def test_every_report_page_renders_as_a_published_page(browser, rendered_reports, name):
    for path in _pages(rendered_reports, name):
        page, outside, dialogs = _open(browser, path)
        seen = page.evaluate(READ_PAGE)
        where = f"{name}/{path.name}"
        # The project's own markup; the hostile fixture's tags must show as text.
        for markup in ("<h1", "<h2", "<style", "<table", "<th", "<td", "<div", "</p>", "</div"):
            assert markup not in seen["text"], f"{where}: markup shown as text: {markup}"
        assert seen["headings"] >= 1, f"{where}: no heading element"
        assert seen["title"] not in ("", "Notebook"), where
        assert all(th > 0 for th in seen["tables"]), f"{where}: a table without header cells"
        assert all(ok and width > 0 for ok, width in seen["images"]), f"{where}: image not loaded"
        assert all(alt for alt in seen["alts"]), f"{where}: an image without alternative text"
        assert seen["code"] == 0, f"{where}: code shown to the reader"
        assert seen["fits"], f"{where}: wider than the window (wide tables must scroll)"
        assert outside == [], f"{where}: requests left the machine: {outside}"
        assert dialogs == [], f"{where}: a script ran: {dialogs}"
        page.context.close()


def test_the_hostile_payloads_never_run_and_show_as_text(browser, rendered_reports):
    texts = []
    for path in _pages(rendered_reports, "hostile"):
        page, _, dialogs = _open(browser, path)
        flags = page.evaluate(f"() => {PAYLOAD_FLAGS!r}.filter(k => k in window)")
        assert flags == [] and dialogs == [], path.name
        # No element of the page comes from the fixture's markup.
        assert page.evaluate("() => document.querySelectorAll('iframe, img[src=x]').length") == 0
        texts.append(page.evaluate("() => document.body.innerText"))
        page.context.close()
    assert any("<img src=x onerror=alert(1)>" in text for text in texts), (
        "the hostile quote should be shown to the reader as text"
    )


def test_index_summarises_and_links_every_notebook(browser, rendered_reports):
    folder = rendered_reports["embedded"]
    page, _, _ = _open(browser, folder / "index.html")
    links = page.evaluate("() => Array.from(document.links).map(a => a.getAttribute('href'))")
    for html in sorted(folder.glob("[0-9][0-9]_*.html")):
        assert html.name in links and html.with_suffix(".ipynb").name in links
    text = page.evaluate("() => document.body.innerText")
    assert "Widest gap:" in text and "rest on a single report" in text
    assert page.evaluate("() => document.images.length") == 1  # the main chart
    page.context.close()
