"""Coverage: which article carries which figure, first carriers by the date the article
is read on."""

import pytest

from conflict_lib.analysis import coverage as coverage_analysis
from conflict_lib.analysis import timeline as timeline_analysis


@pytest.fixture(scope="module")
def articles(seed_articles):
    return seed_articles


def test_coverage_matrix_counts_articles_and_syndication_groups(claims, usable):
    matrix = coverage_analysis.coverage_matrix(claims)
    per_group = usable.groupby("claim_group")
    assert set(matrix.index) == set(usable["claim_group"])
    assert matrix.sum(axis=1).to_dict() == per_group["article_id"].nunique().to_dict()
    groups = usable.drop_duplicates("article_id").set_index("article_id")["syndication_group"]
    for group, row in matrix.iterrows():
        carriers = row[row == 1].index
        assert groups[carriers].nunique() == per_group["syndication_group"].nunique()[group]


def test_coverage_orders_carriers_by_the_date_the_article_is_read_on(claims, articles):
    """An article whose date is only inferred never counts as the first carrier while a
    carrier with a stated date exists; the earliest stated date wins; '~' marks inferred."""
    cells = coverage_analysis.coverage_table(claims, articles=articles)
    dates = timeline_analysis.article_dates(articles).set_index("article_id")
    dates["stated"] = dates["basis"].isin(timeline_analysis.STATED_BASES)
    for _, part in cells.groupby(["claim_group", "syndication_group"]):
        first = dates.loc[
            part.loc[part["kind"] == coverage_analysis.COPY_KINDS[0], "article_id"].iloc[0]
        ]
        carriers = dates.loc[part["article_id"]]
        if carriers["stated"].any():
            assert first["stated"]
            assert first["date"] == carriers.loc[carriers["stated"], "date"].min()
    inferred = dates[~dates["basis"].isin(timeline_analysis.STATED_BASES)].index
    shown = cells.drop_duplicates("article_id").set_index("article_id")["published"]
    for article_id in set(inferred) & set(shown.index):
        assert shown[article_id].startswith("~")
