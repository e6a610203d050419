"""Number words are defined once (text.numbers) and read the same by every reader."""

import datetime as dt

from conflict_lib.corpus import syndication
from conflict_lib.text import numbers, quantity, time_phrases


def test_one_list_of_number_words():
    assert quantity.NUMBER_WORDS is numbers.NUMBER_WORDS
    assert time_phrases.NUMBER_WORDS is numbers.NUMBER_WORDS
    assert syndication.NUMBER_WORDS is numbers.NUMBER_WORDS


def test_the_time_phrase_reader_counts_with_the_full_list():
    # 'seventeen' was missing from the time phrases' own short list before.
    span = time_phrases.resolve_time_phrase("seventeen days ago", dt.date(2024, 7, 30))
    assert span.start == span.end == dt.date(2024, 7, 13)
    assert quantity.parse_quantity("seventeen").best == 17


def test_an_article_counts_as_one_in_time_phrases_only():
    span = time_phrases.resolve_time_phrase("a day ago", dt.date(2024, 7, 30))
    assert span.start == dt.date(2024, 7, 29)
    assert "a" not in numbers.NUMBER_WORDS
