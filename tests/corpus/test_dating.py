"""Time phrases to absolute spans, reference dates per article, date anomalies."""

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_lib.corpus.dating import (
    BASIS_ANOMALOUS,
    BASIS_DATELINE_YEAR,
    BASIS_HEADER,
    BASIS_NO_DATE,
    BASIS_UNKNOWN,
    TimeSpan,
    date_anomalies,
    reference_dates,
    resolve_time_phrase,
)
from conflict_lib.corpus.syndication import pairwise_similarity

D = dt.date
SUNDAY = D(2024, 7, 28)  # the Reuters seed's header date


def _frame(rows: list[tuple[str, str | None, str]]) -> pd.DataFrame:
    """A minimal articles frame: (article_id, published ISO or None, text)."""
    return pd.DataFrame({
        "article_id": [r[0] for r in rows],
        "published": pd.to_datetime(pd.Series([r[1] for r in rows], dtype=object)),
        "dateline_date": pd.Series([pd.NaT] * len(rows), dtype="datetime64[s]"),
        "dateline": [None] * len(rows),
        "text": [r[2] for r in rows],
    })


# --- resolve_time_phrase ----------------------------------------------------------------


@pytest.mark.parametrize("phrase, start, end, prec", [
    ("on Thursday and Friday", D(2024, 7, 25), D(2024, 7, 26), 2),
    ("on Sunday", SUNDAY, SUNDAY, 1),
    ("on Saturday", D(2024, 7, 27), D(2024, 7, 27), 1),
    ("Thursday through Saturday", D(2024, 7, 25), D(2024, 7, 27), 2),
    ("from Thursday to Saturday", D(2024, 7, 25), D(2024, 7, 27), 2),
    ("last week", D(2024, 7, 15), D(2024, 7, 21), 3),
    ("on Friday last week", D(2024, 7, 19), D(2024, 7, 19), 1),
    ("yesterday", D(2024, 7, 27), D(2024, 7, 27), 1),
    ("over the weekend", D(2024, 7, 27), SUNDAY, 2),
    ("July 27", D(2024, 7, 27), D(2024, 7, 27), 1),
    ("27 July 2024", D(2024, 7, 27), D(2024, 7, 27), 1),
    ("on 27th of July", D(2024, 7, 27), D(2024, 7, 27), 1),
    ("July 25-27", D(2024, 7, 25), D(2024, 7, 27), 2),
    ("July 25\u201327", D(2024, 7, 25), D(2024, 7, 27), 2),
    ("25 to 27 July 2024", D(2024, 7, 25), D(2024, 7, 27), 2),
    ("between July 25 and July 27", D(2024, 7, 25), D(2024, 7, 27), 2),
    ("2024-07-26", D(2024, 7, 26), D(2024, 7, 26), 1),
    ("three days ago", D(2024, 7, 25), D(2024, 7, 25), 1),
    ("in July", D(2024, 7, 1), D(2024, 7, 31), 4),
    ("in August", D(2023, 8, 1), D(2023, 8, 31), 4),  # the latest August on or before
    ("mid-July", D(2024, 7, 11), D(2024, 7, 20), 3),
    ("in 2012", D(2012, 1, 1), D(2012, 12, 31), 5),
    ("since Thursday", D(2024, 7, 25), SUNDAY, 2),
])
def test_phrases_on_a_sunday(phrase, start, end, prec):
    span = resolve_time_phrase(phrase, SUNDAY)
    assert (span.start, span.end, span.date_prec) == (start, end, prec), span.basis
    assert span.basis


def test_weekday_is_the_most_recent_on_or_before_the_reference():
    friday = D(2024, 7, 26)
    assert resolve_time_phrase("on Friday", friday).start == friday
    assert resolve_time_phrase("on Saturday", friday).start == D(2024, 7, 20)
    assert resolve_time_phrase("last Friday", friday).start == D(2024, 7, 19)


def test_two_weekdays_read_on_the_first_of_them_fall_in_the_week_before():
    span = resolve_time_phrase("on Thursday and Friday", D(2024, 7, 25))
    assert (span.start, span.end) == (D(2024, 7, 18), D(2024, 7, 19))


def test_year_taken_so_the_date_is_not_after_the_reference():
    span = resolve_time_phrase("December 30 - January 2", D(2025, 1, 5))
    assert (span.start, span.end) == (D(2024, 12, 30), D(2025, 1, 2))
    assert resolve_time_phrase("July 30", SUNDAY).start == D(2023, 7, 30)


def test_weekday_that_contradicts_the_date_is_noted_not_obeyed():
    span = resolve_time_phrase("Friday, July 27", SUNDAY)
    assert span.start == D(2024, 7, 27)
    assert "was a Saturday" in span.basis


@pytest.mark.parametrize("phrase, reason", [
    ("two days of fighting", "duration"),
    ("in two days of intense fighting", "duration"),
    ("a two-day battle", "duration"),
    ("recently", "no date"),
    ("the rebels may attack again", "no date"),
    ("", "empty"),
    ("February 30", "not a calendar date"),
    ("July 27-25", "ends before it starts"),
])
def test_unresolvable_phrases_say_why(phrase, reason):
    span = resolve_time_phrase(phrase, SUNDAY)
    assert (span.start, span.end, span.date_prec) == (None, None, None)
    assert reason in span.basis


def test_without_reference_only_absolute_phrases_resolve():
    assert "no reference date" in resolve_time_phrase("on Friday", None).basis
    assert "no year" in resolve_time_phrase("July 27", None).basis
    assert resolve_time_phrase("July 27, 2024", None).start == D(2024, 7, 27)


@pytest.mark.parametrize("value", [None, 42, b"Friday", ["Friday"]])
def test_non_text_is_unresolved(value):
    assert not resolve_time_phrase(value, SUNDAY).resolved


def test_timestamp_reference_accepted():
    span = resolve_time_phrase("on Friday", pd.Timestamp("2024-07-28"))
    assert span.start == D(2024, 7, 26)


def test_seed_claim_phrases():
    assert resolve_time_phrase("on Friday", SUNDAY).start == D(2024, 7, 26)
    assert resolve_time_phrase("on Thursday and Friday", D(2024, 7, 29)).start == D(2024, 7, 25)


_VOCAB = st.sampled_from([
    "on", "and", "to", "through", "-", "\u2013", "last", "this", "past", "since", "of", "the",
    "week", "weekend", "month", "year", "days", "day", "ago", "hours", "two", "a", "mid",
    "early", "late", "end", "Monday", "Thursday", "Friday", "Sunday", "July", "May", "may",
    "Feb", "February", "Dec", "0", "1", "27", "29", "30", "31", "99", "2024", "0000", "9999",
    "1999-02-29", "2024-02-29", "yesterday", "tonight", "overnight", ",", "th", "",
])


@given(st.one_of(st.text(max_size=80), st.lists(_VOCAB, max_size=10).map(" ".join)),
       st.one_of(st.none(), st.dates()))
def test_never_raises_and_spans_are_ordered(phrase, reference):
    span = resolve_time_phrase(phrase, reference)
    assert isinstance(span, TimeSpan) and span.basis
    if span.start is None:
        assert span.end is None and span.date_prec is None
    else:
        assert span.end is not None and span.start <= span.end
        assert span.date_prec in (1, 2, 3, 4, 5)


@given(st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                        "Sunday"]),
       st.dates(min_value=D(1900, 1, 8), max_value=D(2100, 1, 1)))
def test_weekday_property(name, reference):
    span = resolve_time_phrase(f"on {name}", reference)
    assert span.start == span.end and span.date_prec == 1
    assert 0 <= (reference - span.start).days < 7
    assert span.start.strftime("%A") == name


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31)))
def test_explicit_date_round_trip(date):
    for phrase in (f"{date.day} {date:%B %Y}", f"{date:%B} {date.day}, {date.year}",
                   date.isoformat()):
        span = resolve_time_phrase(phrase, None)
        assert (span.start, span.end, span.date_prec) == (date, date, 1), phrase


# --- reference dates --------------------------------------------------------------------


def test_seed_reference_dates(seed_articles):
    refs = reference_dates(seed_articles)
    assert refs["date_basis"].str[:3].tolist() == ["cor", "hea", "hea", "cor", "cor"]
    by_id = refs.set_index(refs["article_id"].str[:3])
    assert by_id.loc["000", "date_basis"] == BASIS_ANOMALOUS
    assert by_id.loc["001", "date_basis"] == BASIS_HEADER
    assert by_id.loc["003", "date_basis"] == BASIS_NO_DATE
    assert by_id.loc["004", "date_basis"] == BASIS_NO_DATE
    # consensus: lower median of 2024-07-28 and 2024-07-29, the non-anomalous stated dates
    assert by_id.loc["000", "reference_date"] == pd.Timestamp("2024-07-28")
    assert by_id.loc["003", "reference_date"] == pd.Timestamp("2024-07-28")
    assert by_id.loc["001", "stated_date"] == pd.Timestamp("2024-07-28")  # header after dateline
    assert by_id.loc["002", "reference_date"] == pd.Timestamp("2024-07-29")
    assert refs.loc["001_02c820628ea3d6ec", "reference_date"] == pd.Timestamp("2024-07-28")


def test_fixture_reference_dates(fixture_articles):
    refs = reference_dates(fixture_articles).set_index("article_id")
    assert refs.loc["000_observer", "date_basis"] == BASIS_HEADER
    assert refs.loc["001_reuters", "date_basis"] == BASIS_DATELINE_YEAR
    assert refs.loc["001_reuters", "reference_date"] == pd.Timestamp("2025-06-03")
    assert refs.loc["002_blog", "reference_date"] == pd.Timestamp("2025-06-05")


def test_dateline_later_than_header_wins():
    frame = _frame([("a", "2024-07-27", "x")])
    frame["dateline_date"] = pd.Series([pd.Timestamp("2024-07-28")], dtype="datetime64[s]")
    refs = reference_dates(frame)
    assert refs["date_basis"].tolist() == ["dateline"]
    assert refs["reference_date"].tolist() == [pd.Timestamp("2024-07-28")]


def test_corpus_without_dates():
    refs = reference_dates(_frame([("a", None, "x"), ("b", None, "y")]))
    assert refs["date_basis"].tolist() == [BASIS_UNKNOWN] * 2
    assert refs["reference_date"].isna().all()


# --- anomalies --------------------------------------------------------------------------


def test_seed_anomaly_states_both_dates_and_the_gap(seed_articles):
    found = date_anomalies(seed_articles)
    assert found["article_id"].tolist() == ["000_005168e2bcf7cffa"]
    row = found.iloc[0]
    assert row["kind"] == "corpus gap" and row["gap_days"] == -264
    for part in ("2023-11-07", "2024-07-28", "264 days before"):
        assert part in row["reason"]


def test_seed_anomaly_with_derivation_evidence(seed_articles):
    found = date_anomalies(seed_articles, similarity=pairwise_similarity(seed_articles))
    retold = found[found["kind"] == "re-tells later reporting"]
    assert retold["article_id"].tolist() == ["000_005168e2bcf7cffa"]
    assert "001_02c820628ea3d6ec" in retold.iloc[0]["reason"]


def test_fixture_has_no_anomaly(fixture_articles):
    assert date_anomalies(fixture_articles).empty


@pytest.mark.parametrize("shift_days", [0, 3650, -7300])
def test_window_is_inferred_not_typed_in(shift_days):
    base = D(2019, 3, 10) + dt.timedelta(days=shift_days)
    dates = [base, base + dt.timedelta(days=1), base + dt.timedelta(days=2),
             base - dt.timedelta(days=400)]
    frame = _frame([(f"a{i}", d.isoformat(), "Fighting.") for i, d in enumerate(dates)])
    found = date_anomalies(frame)
    assert found["article_id"].tolist() == ["a3"]
    assert found.iloc[0]["gap_days"] == -401
    refs = reference_dates(frame)
    assert refs["date_basis"].tolist()[-1] == BASIS_ANOMALOUS
    assert refs["reference_date"].iloc[-1] == pd.Timestamp(base + dt.timedelta(days=1))


def test_two_lone_dates_cannot_say_who_is_wrong():
    frame = _frame([("a", "2023-01-01", "x"), ("b", "2024-01-01", "y")])
    assert date_anomalies(frame).empty
    assert reference_dates(frame)["date_basis"].tolist() == [BASIS_HEADER] * 2


def test_article_mentioning_a_later_year_is_flagged():
    frame = _frame([("a", "2023-03-01", "The coup of 2024 changed everything."),
                    ("b", "2023-03-02", "Clashes since 2012 and on 1 March 2023.")])
    found = date_anomalies(frame)
    assert found["article_id"].tolist() == ["a"]
    assert found.iloc[0]["kind"] == "mentions later date"
    assert "2024" in found.iloc[0]["reason"] and "2023-03-01" in found.iloc[0]["reason"]
