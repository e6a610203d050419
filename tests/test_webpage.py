"""Saved web pages and front matter as articles: what is kept, what is dropped, and that
every span of the article text maps back to the raw bytes holding those characters."""

import html
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_lib.corpus.articles import _TYPO_RE, _TYPOGRAPHY, ArticleError, read_article
from conflict_lib.corpus.frontmatter import FrontMatterError
from conflict_lib.corpus.webpage import MAX_PAGE_BYTES, read_page

BARE = Path(__file__).parent / "fixtures" / "bare" / "kalembe-2025"
PAGE = BARE / "horizon-news-kalembe.html"


@pytest.fixture(scope="module")
def page():
    return read_article(PAGE)


def _visible(raw: bytes) -> str:
    """What a reader sees of a raw byte span: tags removed, entities decoded, the
    loader's typography folds applied, whitespace collapsed."""
    text = re.sub(r"<[^>]*>", " ", raw.decode("utf-8"))
    text = _TYPO_RE.sub(lambda m: _TYPOGRAPHY[m.group(0)], html.unescape(text))
    return " ".join(text.split())


def test_page_keeps_the_story_and_drops_navigation_scripts_ads_and_comments(page):
    text = page.text
    assert "at least 50 people had been killed" in text
    assert "claimed it killed 35 soldiers & captured two trucks" in text
    assert text.startswith("UN mission says at least 50 killed in Kalembe fighting")
    for debris in ("900 soldiers", "700 civilians", "dataLayer", "Subscribe", "Business",
                   "Fly to Nairobi", "300 soldiers", "prayers for Kalembe", "Write a comment",
                   "Related stories", "All rights reserved", "font-family"):
        assert debris not in text, debris


def test_page_metadata_comes_from_the_page(page):
    assert page.meta["title"] == "UN mission says at least 50 killed in Kalembe fighting"
    assert page.meta["outlet"] == "Horizon News"
    assert page.meta["url"] == "https://horizon-news.example/africa/kalembe-un-toll"
    assert page.published.isoformat() == "2025-03-16"
    assert page.meta["language"] == "en"  # <html lang="en">
    assert page.flags == []


@pytest.mark.parametrize("quote", [
    "The mission's human rights office",  # &rsquo; in the page
    "claimed it killed 35 soldiers & captured two trucks",  # &amp; in the page
    "UN mission says at least 50 killed in Kalembe fighting",  # the headline
    "towards Goma and Sake since Wednesday.",  # the end of the article
])
def test_quote_offsets_map_to_the_raw_bytes_holding_them(page, quote):
    start = page.text.index(quote)
    a, b = page.mapped.raw_span(start, start + len(quote))
    assert _visible(page.raw_bytes[a:b]) == quote
    # The span starts and ends on the characters themselves, not on markup around them.
    assert not page.raw_bytes[a:b].startswith(b"<") and not page.raw_bytes[a:b].endswith(b">")


def _word_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\S+", text)]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_any_word_span_in_a_paragraph_maps_back_to_its_characters(page, data):
    # Within a paragraph: between paragraphs lies what trafilatura dropped (a byline).
    paragraphs = [m.span() for m in re.finditer(r"[^\n]+", page.text)]
    p0, p1 = paragraphs[data.draw(st.integers(0, len(paragraphs) - 1))]
    words = [(a + p0, b + p0) for a, b in _word_spans(page.text[p0:p1])]
    i = data.draw(st.integers(0, len(words) - 1))
    j = data.draw(st.integers(i, min(i + 30, len(words) - 1)))
    start, end = words[i][0], words[j][1]
    a, b = page.mapped.raw_span(start, end)
    assert _visible(page.raw_bytes[a:b]) == " ".join(page.text[start:end].split())


def test_front_matter_fields_and_body():
    article = read_article(BARE / "kivu-morning-0315.txt")
    assert article.meta["outlet"] == "Kivu Morning Post"
    assert article.meta["language"] == "en"
    assert article.published.isoformat() == "2025-03-15"
    assert article.text.startswith("Hospital in Masisi overwhelmed")
    assert "url:" not in article.text and "---" not in article.text
    quote = "the group had lost nine fighters in the battle"
    start = article.text.index(quote)
    a, b = article.mapped.raw_span(start, start + len(quote))
    assert article.raw_bytes[a:b].decode() == quote


def test_a_first_line_with_a_colon_is_not_front_matter(tmp_path):
    path = tmp_path / "update.txt"
    path.write_text("Update: the toll rose to 12 on Friday.\nOfficials said more died.\n")
    article = read_article(path)
    assert article.text.startswith("Update: the toll rose")
    assert article.meta == {}


@pytest.mark.parametrize("block, message", [
    ("outlet: X\nauthor: Y\n---\nBody.\n", r"line 2: unknown front-matter key 'author'"),
    ("published: 2025-02-30\n---\nBody.\n", r"line 1: published '2025-02-30' is not a valid"),
    ("---\noutlet: X\nthis is no key line\n---\nBody.\n", r"line 3: expected 'key: value'"),
    ("outlet: X\noutlet: Y\n---\nBody.\n", r"line 2: front-matter key 'outlet' given twice"),
])
def test_bad_front_matter_is_an_error_naming_file_and_line(tmp_path, block, message):
    path = tmp_path / "bad.txt"
    path.write_text(block)
    with pytest.raises(FrontMatterError, match=rf"bad\.txt: {message}"):
        read_article(path)


def _page(body: str, head: str = "<title>T</title>") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


NAV = "<nav>" + "".join(f"<a href='/s{i}'>Section {i}</a> " for i in range(60)) + "</nav>"


@pytest.mark.parametrize("name, data, message", [
    ("paywall.html", _page(NAV + "<div class='paywall'><p>Subscribe to read.</p></div>"),
     "no article text found"),
    ("missing.html", _page("<h1>404</h1>"), "no article text found"),
    ("image.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "not an HTML page"),
    ("doc.html", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nendobj\n", "not an HTML page"),
    ("latin.html", _page("<p>caf\xe9</p>").replace(b"caf\xc3\xa9", b"caf\xe9"), "not UTF-8"),
])
def test_pages_that_are_no_article_are_errors_naming_the_file(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ArticleError, match=rf"{re.escape(name)}: .*{message}"):
        read_article(path)


def test_mostly_boilerplate_page_is_flagged(tmp_path):
    sentence = "Officials said three people were killed in the raid. "
    story = "<article><p>" + sentence * 3 + "</p></article>"
    links = "".join(f"<li><a href='/a{i}'>Another headline about something else {i}</a></li>"
                    for i in range(150))
    path = tmp_path / "links.html"
    path.write_bytes(_page(NAV + story + f"<aside><ul>{links}</ul></aside>"))
    article = read_article(path)
    assert "three people were killed" in article.text
    assert any(f.startswith("mostly boilerplate") for f in article.flags), article.flags
    assert any(f.startswith("short main text") for f in article.flags), article.flags


def test_a_5_mb_page_is_read_and_the_article_found(tmp_path):
    # A saved page with an inline image: megabytes of base64 in one attribute.
    blob = "A" * (5 * 1024 * 1024)
    body = (f"<img src='data:image/png;base64,{blob}'>"
            + PAGE.read_text(encoding="utf-8").split("<body>")[1].split("</body>")[0])
    path = tmp_path / "big.html"
    path.write_bytes(_page(body, head="<title>UN mission says at least 50 killed</title>"))
    assert path.stat().st_size > 5 * 1024 * 1024
    article = read_article(path)
    assert "at least 50 people had been killed" in article.text
    quote = "at least 15 civilians"
    start = article.text.index(quote)
    a, b = article.mapped.raw_span(start, start + len(quote))
    assert article.raw_bytes[a:b].decode() == quote


def test_a_page_over_the_limit_is_refused_before_parsing(tmp_path):
    path = tmp_path / "huge.html"
    path.write_bytes(_page("<p>x</p>" + " " * MAX_PAGE_BYTES))
    with pytest.raises(ArticleError, match=r"huge\.html: .* MB, over the .* limit"):
        read_article(path)
    with pytest.raises(ArticleError, match=r"huge\.html: .* MB, larger than"):
        read_page(path.read_bytes(), path)


def test_every_extracted_claim_of_the_bare_folder_maps_to_raw_bytes_holding_its_quote(tmp_path):
    import shutil

    from conflict_lib.claims.proposals import event_claims
    from conflict_lib.config import Event

    shutil.copytree(BARE, tmp_path / "event" / "articles")
    claims = event_claims(Event.of(event_dir=tmp_path / "event"))
    assert len(claims) and claims["raw_start"].notna().all()
    assert "horizon-news-kalembe" in set(claims["article_id"])
    for claim in claims.itertuples():
        raw = (tmp_path / "event" / "articles").glob(f"{claim.article_id}.*")
        data = next(raw).read_bytes()
        assert _visible(data[claim.raw_start : claim.raw_end]) == " ".join(claim.quote.split())
