"""The corpus tables' pandera contracts, through the loaders that use them."""

import pandas as pd
import pytest

from conflict_lib._schema import schema_problems
from conflict_lib.corpus import load_articles
from conflict_lib.corpus.schemas import articles_schema, sources_schema
from conflict_lib.corpus.sources import SourcesError, read_sources


def write(tmp_path, text):
    (tmp_path / "sources.csv").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("article_id,outlet\na1,X\n,Y\n", r"sources\.csv: row 3: empty article_id"),
        ("article_id,outlet\na1,X\na1,Y\n", r"sources\.csv: row 3: duplicate article_id 'a1'"),
        ("article_id,outlet\nzz,X\n", r"sources\.csv: row 2: article 'zz' has no file"),
        ("article_id,source\na1,X\n", r"sources\.csv: missing column\(s\) outlet"),
    ],
)
def test_a_broken_sources_table_names_file_and_row(tmp_path, body, message):
    with pytest.raises(SourcesError, match=message):
        read_sources(write(tmp_path, body), ["a1"])


def test_a_header_only_sources_table_is_an_empty_catalogue(tmp_path):
    assert read_sources(write(tmp_path, "article_id,outlet\n"), ["a1"]) == {}


def test_the_first_breach_in_file_order_is_reported():
    table = pd.DataFrame({"row": [2, 3, 4], "article_id": ["a1", "", "ghost"], "outlet": "X"})
    problems = schema_problems(sources_schema(["a1"]), table)
    assert [row for row, _ in problems] == [3, 4]


def test_the_loaded_articles_hold_their_contract():
    articles = load_articles("tinzaouaten-2024")
    assert schema_problems(articles_schema(), articles) == []
    broken = articles.assign(sha256="not a hash")
    assert any("str_matches" in m for _, m in schema_problems(articles_schema(), broken))
