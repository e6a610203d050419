"""Articles as analysts scrape them: each bad class gets a clear error naming the
file and line, or an explicit flag; free-text parsers never crash."""

import datetime as dt
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_lib.corpus.articles import (
    ArticleError,
    clean_text,
    load_articles,
    parse_dateline,
    parse_header,
    read_article,
)
from conflict_lib.corpus.sources import SourcesError
from conflict_lib.corpus.textmap import MappedText

BODY = "Gao, March 3 (Reuters) - Fighters killed four soldiers near the town, officials said.\n"


def _article(tmp_path, data: bytes, name="a.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "article is empty"),
        (b"  \n\t \r\n  ", "article is empty"),
        (b" date 2024-07-28 \n", "article is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", "line 1, byte 0: not UTF-8"),
        (b"caf\xe9 au lait\nsecond line", "line 1, byte 3: not UTF-8"),
        (b"fine\nalso fine\n\x00\x01\x02", "line 3: NUL byte"),
    ],
)
def test_unreadable_articles_name_the_file(tmp_path, data, message):
    path = _article(tmp_path, data)
    with pytest.raises(ArticleError, match=message) as err:
        read_article(path)
    assert str(path) in str(err.value)


def test_bom_and_windows_line_endings(tmp_path):
    data = "\ufeff date 2024-07-28 \r\nFirst \u201cquoted\u201d line.\r\n\r\nSecond line.\r\n"
    article = read_article(_article(tmp_path, data.encode("utf-8")))
    assert article.published == dt.date(2024, 7, 28)
    assert article.text == 'First "quoted" line.\n\nSecond line.'
    a, b = article.mapped.raw_span(0, 5)
    assert article.raw_bytes[a:b] == b"First"


@pytest.mark.parametrize(
    ("header", "flag"),
    [
        (" date 2024-02-30 ", "not a valid YYYY-MM-DD date"),
        (" date 2999-01-01 ", "lies in the future"),
        (" date yesterday ", "not a valid YYYY-MM-DD date"),
    ],
)
def test_bad_header_dates_are_flagged_and_published_is_null(tmp_path, header, flag):
    article = read_article(_article(tmp_path, f"{header}\n{BODY}".encode()))
    assert article.published is None
    assert any(flag in f for f in article.flags)


def test_a_five_megabyte_article_loads_with_its_offset_map(tmp_path):
    sentence = "Les combattants ont tu\u00e9 quatre soldats \u2014 selon des sources locales. "
    data = (" date 2024-07-28 \n" + sentence * (5_000_000 // len(sentence))).encode("utf-8")
    article = read_article(_article(tmp_path, data))
    assert len(article.raw_bytes) >= 5_000_000
    end = len(article.text)
    a, b = article.mapped.raw_span(end - 20, end)
    assert article.raw_bytes[a:b].decode("utf-8").replace("\u2014", "-") == article.text[-20:]


def test_duplicate_article_ids_in_sources_are_named(tmp_path):
    event = tmp_path / "dup"
    shutil.copytree("tests/fixtures/events/fixture-raid/articles", event / "articles")
    first = sorted((event / "articles").glob("*.txt"))[0].stem
    (event / "sources.csv").write_text(
        f"article_id,outlet\n{first},One\n{first},Two\n", encoding="utf-8"
    )
    with pytest.raises(SourcesError, match=rf"sources\.csv: row 3: duplicate article_id '{first}'"):
        load_articles(event_path=event)


def test_sources_row_without_article_is_named(tmp_path):
    event = tmp_path / "ghost"
    shutil.copytree("tests/fixtures/events/fixture-raid/articles", event / "articles")
    (event / "sources.csv").write_text("article_id,outlet\nghost,Nobody\n", encoding="utf-8")
    with pytest.raises(SourcesError, match=r"row 2: article 'ghost' has no file"):
        load_articles(event_path=event)


@given(st.text(max_size=300))
def test_header_and_dateline_parsers_never_crash(text):
    published, raw, flags = parse_header(text, today=dt.date(2026, 1, 1))
    assert published is None or published <= dt.date(2026, 1, 1)
    fields = parse_dateline(text, published)
    assert fields["dateline"] is None or isinstance(fields["dateline"], str)


@settings(max_examples=200)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_cleaning_keeps_a_valid_offset_map(text):
    mapped = clean_text(MappedText.from_raw(text))
    raw = text.encode("utf-8")
    assert len(mapped.offsets) == len(mapped.text)
    assert all(0 <= o < len(raw) for o in mapped.offsets)
    assert list(mapped.offsets) == sorted(mapped.offsets)
    if mapped.text:
        a, b = mapped.raw_span(0, len(mapped.text))
        assert 0 <= a <= b <= len(raw)


def test_a_failed_write_leaves_neither_the_file_nor_a_partial(tmp_path, monkeypatch):
    import os

    from conflict_lib.atomic import atomic_write_bytes

    target = tmp_path / "figures" / "chart.png"

    def crash(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_bytes(target, b"\x89PNG half")
    assert not target.exists()
    assert list(target.parent.iterdir()) == []


def test_save_chart_failing_mid_way_leaves_no_half_figure(tmp_path, monkeypatch):
    import altair as alt
    import pandas as pd
    import vl_convert

    from conflict_lib.viz.display import save_chart

    chart = alt.Chart(pd.DataFrame({"x": [1]})).mark_point().encode(x="x")

    def broken_svg(*_args, **_kwargs):
        raise RuntimeError("renderer died")

    monkeypatch.setattr(vl_convert, "vegalite_to_svg", broken_svg)
    with pytest.raises(RuntimeError):
        save_chart(chart, "main", tmp_path)
    assert not (tmp_path / "main.svg").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
