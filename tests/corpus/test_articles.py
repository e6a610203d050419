"""The corpus loader on both events: types, headers, datelines, cleaning, offset map, errors."""

import csv
import datetime as dt
import hashlib
from pathlib import Path

import pandas as pd
import pytest

from conflict_lib import config
from conflict_lib.config import EventNotFoundError
from conflict_lib.corpus.articles import ARTICLE_COLUMNS, ArticleError, load_articles
from conflict_lib.corpus.textmap import MappedText

STRAIGHT = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
            "\u2014": "-", "\u00a0": " ", "\u2026": "..."}


def _article(frame: pd.DataFrame, prefix: str) -> pd.Series:
    return frame[frame["article_id"].str.startswith(prefix)].iloc[0]


def _raw_of(row: pd.Series, needle: str) -> str:
    """The raw file text behind the first occurrence of ``needle`` in the cleaned text."""
    start = row["text"].index(needle)
    a, b = row["text_map"].raw_span(start, start + len(needle))
    return Path(row["path"]).read_bytes()[a:b].decode("utf-8")


# --- both events ------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["seed_articles", "fixture_articles"])
def test_columns_and_types(which, request):
    frame = request.getfixturevalue(which)
    assert list(frame.columns) == list(ARTICLE_COLUMNS)
    for column, dtype in ARTICLE_COLUMNS.items():
        if dtype == "object":
            continue
        assert str(frame[column].dtype) == dtype, column
    assert frame["article_id"].is_unique
    assert all(isinstance(f, list) for f in frame["flags"])
    assert all(isinstance(m, MappedText) for m in frame["text_map"])
    assert all(m.text == t for m, t in zip(frame["text_map"], frame["text"], strict=True))
    assert (frame["n_chars"] == frame["text"].str.len()).all()


def test_fixture_event_loads(fixture_articles):
    assert fixture_articles["article_id"].tolist() == ["000_observer", "001_reuters", "002_blog"]
    assert fixture_articles["outlet"].tolist() == ["Tamkala Observer", "Reuters", "unknown blog"]
    groups = fixture_articles["syndication_group"].tolist()
    assert groups == ["tamkala-observer", "reuters", "reuters"]


# --- header and dateline ----------------------------------------------------------------


def test_header_parsed_and_removed(seed_articles):
    row = _article(seed_articles, "000")
    assert row["published"] == pd.Timestamp("2023-11-07")
    assert row["text"].startswith("Mali's northern Tuareg rebels")
    assert "date 2023" not in row["text"]
    assert row["flags"] == []


def test_missing_header_gives_null_published_and_a_flag(seed_articles):
    for prefix in ("003", "004"):
        row = _article(seed_articles, prefix)
        assert pd.isna(row["published"])
        assert any("no date header" in f for f in row["flags"])


def test_dateline_with_date(seed_articles):
    row = _article(seed_articles, "001")
    assert row["dateline"] == "Bamako, July 27 (Reuters)"
    assert row["dateline_place"] == "Bamako"
    assert row["dateline_agency"] == "Reuters"
    assert row["dateline_date"] == pd.Timestamp("2024-07-27")
    assert row["published"] == pd.Timestamp("2024-07-28")


def test_dateline_without_date(seed_articles):
    row = _article(seed_articles, "003")
    assert row["dateline"] == "BAMAKO, Mali (AP)"
    assert row["dateline_place"] == "Bamako"
    assert row["dateline_agency"] == "AP"
    assert pd.isna(row["dateline_date"])


def test_fixture_dateline_without_header_has_no_year(fixture_articles):
    row = _article(fixture_articles, "001")
    assert row["dateline"] == "NIAMEY, June 3 (Reuters)"
    assert row["dateline_place"] == "Niamey"
    # No header, so no year to read "June 3" in: the loader leaves the date null
    # (dates.reference_dates supplies the year from the corpus consensus).
    assert pd.isna(row["dateline_date"])


def test_no_dateline(seed_articles):
    for prefix in ("000", "002", "004"):
        assert pd.isna(_article(seed_articles, prefix)["dateline"])


def test_dateline_across_new_year(make_event):
    raw = b" date 2025-01-01\nNIAMEY, Dec 31 (Reuters) - Four soldiers died."
    folder = make_event({"a.txt": raw})
    row = load_articles(event_path=folder).iloc[0]
    assert row["dateline_date"] == pd.Timestamp("2024-12-31")


# --- cleaning ---------------------------------------------------------------------------


def test_web_debris_removed(seed_articles, fixture_articles):
    blog = _article(seed_articles, "004")["text"]
    for debris in ("Post a Comment", "Previous Post", "Next Post", "Put your ad code here"):
        assert debris not in blog
    assert blog.endswith("continue to shape Mali's future.")
    copy = _article(fixture_articles, "002")["text"]
    assert "Share this article" not in copy and "Related Posts" not in copy
    assert copy.endswith("in the Tillaberi region.")


def test_broken_wrap_repaired(seed_articles):
    text = _article(seed_articles, "004")["text"]
    assert "resulted in the deaths of Seven rebels and injuries to twelve." in text
    # headings stay on their own lines
    assert "\n\nInvolvement of Wagner Group\n\n" in text
    assert text.startswith("Major Triumph for Mali Rebels as They Overpower Army and Russian "
                           "Mercenaries\n\nA coalition")


def test_broken_wrap_raw_span_covers_the_gap(seed_articles):
    raw = _raw_of(_article(seed_articles, "004"), "the deaths of Seven rebels")
    assert raw.startswith("the deaths of") and raw.endswith("Seven rebels")
    assert raw.count("\n") == 3 and "\u00a0" in raw


@pytest.mark.parametrize("which", ["seed_articles", "fixture_articles"])
def test_typography_straightened(which, request):
    for text in request.getfixturevalue(which)["text"]:
        for char in ("\u2018", "\u2019", "\u201c", "\u201d", "\u2013", "\u2014", "\u2026",
                     "\u00a0", "\ufeff", "\r", "\t"):
            assert char not in text
        assert "  " not in text and "\n\n\n" not in text
        assert text == text.strip()


def test_curly_quotes_and_dashes_become_straight(seed_articles, fixture_articles):
    assert '"routed the entire column of Malian army and Russian mercenaries."' in \
        _article(seed_articles, "000")["text"]
    assert _article(seed_articles, "001")["text"].startswith("Bamako, July 27 (Reuters) - Mali's")
    copy = _article(fixture_articles, "002")["text"]
    assert '"neutralised dozens of terrorists" - though' in copy
    assert "Mali ... Some were captured" in _article(seed_articles, "004")["text"]


# --- the offset map ---------------------------------------------------------------------


@pytest.mark.parametrize("prefix, needle, raw", [
    ("000", "Mali's northern Tuareg", "Mali\u2019s northern Tuareg"),
    ("000", '"routed the entire column', "\u201crouted the entire column"),
    ("001", "Bamako, July 27 (Reuters) - Mali's", "Bamako, July 27 (Reuters) \u2013 Mali\u2019s"),
    ("002", "Permanent Strategic Framework", "Permanent Strategic Framework"),
    ("003", "- A coalition of armed groups", "- A coalition of armed groups"),
    ("004", "Mali ... Some were captured.\"", "Mali \u2026 Some were captured.\""),
    ("004", "shape Mali's future.", "shape Mali\u2019s future."),
])
def test_text_map_span_decodes_to_raw(seed_articles, prefix, needle, raw):
    assert _raw_of(_article(seed_articles, prefix), needle) == raw


def test_text_map_fixture_non_ascii(fixture_articles):
    row = _article(fixture_articles, "000")
    assert _raw_of(row, "Tillabéri: army") == "Tillabéri: army"
    assert _raw_of(row, '"more than twenty"') == "\u201cmore than twenty\u201d"


@pytest.mark.parametrize("which", ["seed_articles", "fixture_articles"])
def test_every_character_maps_to_its_raw_character(which, request):
    """Each cleaned character decodes from its raw bytes: the same character, its straight
    form (each "." of "..." from an ellipsis), or whitespace for repaired whitespace."""
    for row in request.getfixturevalue(which).itertuples():
        raw = Path(row.path).read_bytes()
        mapped = row.text_map
        offsets = mapped.offsets
        assert (offsets[1:] >= offsets[:-1]).all() and offsets[-1] < mapped.raw_len == len(raw)
        for i, char in enumerate(row.text):
            a, b = mapped.raw_span(i, i + 1)
            piece = raw[a:b].decode("utf-8")
            if char.isspace():
                assert piece.isspace(), (row.article_id, i, piece)
            else:
                assert char in STRAIGHT.get(piece, piece), (row.article_id, i, piece)


def test_span_ending_inside_an_expansion(seed_articles):
    row = _article(seed_articles, "004")
    assert _raw_of(row, "Mali .") == "Mali \u2026"
    assert _raw_of(row, ". Some") == "\u2026 Some"


# --- catalogue --------------------------------------------------------------------------


def _event_folders() -> list[Path]:
    folders = [config.EVENTS_DIR / e for e in config.available_events()]
    return folders + [Path(__file__).parents[1] / "fixtures" / "events" / "fixture-raid"]


@pytest.mark.parametrize("folder", _event_folders(), ids=lambda p: p.name)
def test_sources_sha256_matches_every_article(folder):
    with (folder / "sources.csv").open(newline="", encoding="utf-8") as handle:
        rows = {r["article_id"]: r for r in csv.DictReader(handle)}
    files = sorted((folder / "articles").glob("*.txt"))
    assert sorted(rows) == [f.stem for f in files]
    for path in files:
        assert rows[path.stem]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest(), path


def test_no_sha_flags_on_catalogued_events(seed_articles, fixture_articles):
    for frame in (seed_articles, fixture_articles):
        assert not any("sha256" in f for flags in frame["flags"] for f in flags)


def test_changed_file_is_flagged(make_event):
    sources = "article_id,outlet,sha256\na,Reuters," + "0" * 64 + "\n"
    folder = make_event({"a.txt": b" date 2024-07-28\nFour soldiers died."}, sources)
    flags = load_articles(event_path=folder).iloc[0]["flags"]
    assert any("sha256 differs" in f for f in flags)


# --- awkward files ----------------------------------------------------------------------


def test_empty_article_is_an_error_naming_the_file(make_event):
    for data in (b"", b"  \n\n", b" date 2024-07-28\n"):
        folder = make_event({"empty.txt": data}, name=f"e{len(data)}")
        with pytest.raises(ArticleError, match=r"empty\.txt.*empty"):
            load_articles(event_path=folder)


def test_non_utf8_is_an_error_naming_file_and_line(make_event):
    folder = make_event({"latin1.txt": " date 2024-07-28\nAttaque à Tamkala\n".encode("latin-1")})
    with pytest.raises(ArticleError, match=r"latin1\.txt: line 2, byte \d+: not UTF-8"):
        load_articles(event_path=folder)


def test_bom_is_tolerated(make_event):
    raw = "\ufeff date 2024-07-28\nBAMAKO, Mali (AP) - Two soldiers died in Kidal.".encode()
    row = load_articles(event_path=make_event({"bom.txt": raw})).iloc[0]
    assert row["published"] == pd.Timestamp("2024-07-28")
    assert row["flags"] == []
    assert row["text"].startswith("BAMAKO, Mali (AP)")
    assert row["dateline_agency"] == "AP"
    assert _raw_of(row, "Two soldiers") == "Two soldiers"
    assert row["text_map"].raw_span(0, 6)[0] == 3 + len(" date 2024-07-28\n")


def test_crlf_is_normalised(make_event):
    raw = b" date 2024-07-28\r\nFirst paragraph about Kidal.\r\n\r\nSecond paragraph, 20 dead.\r\n"
    row = load_articles(event_path=make_event({"crlf.txt": raw})).iloc[0]
    assert row["published"] == pd.Timestamp("2024-07-28")
    assert row["text"] == "First paragraph about Kidal.\n\nSecond paragraph, 20 dead."
    assert _raw_of(row, "Kidal.\n\nSecond") == "Kidal.\r\n\r\nSecond"


def test_bad_and_future_header_dates_are_flagged(make_event):
    future = (dt.date.today() + dt.timedelta(days=400)).isoformat()
    folder = make_event({"a.txt": b" date 2024-13-45\nText one.",
                         "b.txt": f" date {future}\nText two.".encode()})
    frame = load_articles(event_path=folder)
    assert frame["published"].isna().all()
    assert "not a valid YYYY-MM-DD" in frame.iloc[0]["flags"][0]
    assert "future" in frame.iloc[1]["flags"][0]
    assert frame["text"].tolist() == ["Text one.", "Text two."]


# --- event ids and folders --------------------------------------------------------------


def test_unknown_event_lists_the_available_ones():
    with pytest.raises(EventNotFoundError, match=r"no-such-event.*available: .*tinzaouaten-2024"):
        load_articles("no-such-event")


@pytest.mark.parametrize("bad", ["..", "../data", "a/b", "tinzaouaten-2024/..", "/etc", "a\\b"])
def test_unsafe_event_ids_are_rejected(bad):
    with pytest.raises(ValueError, match="invalid event id"):
        load_articles(bad)


def test_missing_articles_folder(tmp_path):
    with pytest.raises(ArticleError, match="no articles/ folder"):
        load_articles(event_path=tmp_path)


def test_missing_event_folder(tmp_path):
    with pytest.raises(EventNotFoundError, match="event folder not found"):
        load_articles(event_path=tmp_path / "nowhere")


def test_articles_folder_without_articles(tmp_path):
    (tmp_path / "articles").mkdir()
    with pytest.raises(ArticleError, match=r"no \*\.txt articles"):
        load_articles(event_path=tmp_path)
