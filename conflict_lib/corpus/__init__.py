"""Corpus layer: the articles of an event — reading and cleaning article files, offset maps
back to the raw text, the sources catalogue, dating, and syndication (re-told copies).
Imports only the text layer and the foundation modules."""

from conflict_lib.corpus.articles import (
    ARTICLE_COLUMNS,
    ARTICLE_SUFFIXES,
    MAX_ARTICLE_BYTES,
    Article,
    ArticleError,
    article_paths,
    check_article_file,
    clean_text,
    decode_article,
    expand_article_paths,
    find_article_files,
    load_articles,
    parse_dateline,
    parse_header,
    read_article,
    read_articles,
)
from conflict_lib.corpus.dating import (
    MAX_GAP_DAYS,
    date_anomalies,
    reference_dates,
    resolve_time_phrase,
    stated_dates,
)
from conflict_lib.corpus.sources import SOURCE_COLUMNS, SourcesError, read_sources
from conflict_lib.corpus.syndication import (
    clusters,
    compare_with_analyst,
    independent_groups,
    pairwise_similarity,
    similarity_matrix,
)
from conflict_lib.corpus.textmap import MappedText

__all__ = [
    "ARTICLE_COLUMNS",
    "ARTICLE_SUFFIXES",
    "Article",
    "ArticleError",
    "MAX_ARTICLE_BYTES",
    "MAX_GAP_DAYS",
    "MappedText",
    "SOURCE_COLUMNS",
    "SourcesError",
    "article_paths",
    "clean_text",
    "clusters",
    "compare_with_analyst",
    "date_anomalies",
    "check_article_file",
    "decode_article",
    "expand_article_paths",
    "find_article_files",
    "independent_groups",
    "load_articles",
    "pairwise_similarity",
    "parse_dateline",
    "parse_header",
    "read_article",
    "read_articles",
    "read_sources",
    "reference_dates",
    "resolve_time_phrase",
    "similarity_matrix",
    "stated_dates",
]
