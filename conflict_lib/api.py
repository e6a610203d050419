"""The public API in one place: every name an analyst or a notebook needs, by layer.

``from conflict_lib.api import load_claims, claim_groups, gap_table`` works for each name
below; each is defined once, in the module the table names (the README's layout table
lists the same homes). Names load on first use: importing this module costs nothing, and
asking for ``load_claims`` does not import Altair or geopandas (start-up time).
"""

from __future__ import annotations

import importlib
from typing import Any

# name -> the module that owns it (its one home)
HOMES: dict[str, str] = {
    # foundation
    "Event": "conflict_lib.config",
    "available_events": "conflict_lib.config",
    "USER_ERRORS": "conflict_lib.errors",
    "actors": "conflict_lib.reference",
    "places": "conflict_lib.reference",
    "load_gazetteer": "conflict_lib.geo",
    "load_basemap": "conflict_lib.basemap",
    # text
    "parse_quantity": "conflict_lib.text.quantity",
    "resolve_time_phrase": "conflict_lib.text.time_phrases",
    "NUMBER_WORDS": "conflict_lib.text.numbers",
    # corpus
    "load_articles": "conflict_lib.corpus.articles",
    "read_articles": "conflict_lib.corpus.articles",
    "expand_article_paths": "conflict_lib.corpus.articles",
    "read_sources": "conflict_lib.corpus.sources",
    "reference_dates": "conflict_lib.corpus.dating",
    "date_anomalies": "conflict_lib.corpus.dating",
    "pairwise_similarity": "conflict_lib.corpus.syndication",
    "clusters": "conflict_lib.corpus.syndication",
    # claims
    "load_claims": "conflict_lib.claims.table",
    "normalise_claims": "conflict_lib.claims.table",
    "claim_groups": "conflict_lib.claims.groups",
    "with_claim_groups": "conflict_lib.claims.groups",
    "claims_schema": "conflict_lib.claims.schemas",
    "OUTCOMES": "conflict_lib.claims.outcomes",
    "STANCES": "conflict_lib.claims.normalise",
    # extract
    "extract_normalised": "conflict_lib.claims.proposals",
    # analysis
    "ledger": "conflict_lib.analysis.ledger",
    "ledger_box": "conflict_lib.analysis.ledger",
    "gap_table": "conflict_lib.analysis.gaps",
    "coverage_table": "conflict_lib.analysis.coverage",
    "timeline_table": "conflict_lib.analysis.timeline",
    "geographic_statements": "conflict_lib.analysis.distances",
    "evaluate": "conflict_lib.analysis.evaluate",
    "evaluate_event": "conflict_lib.analysis.evaluate",
    # viz
    "claims_chart": "conflict_lib.viz.charts",
    "gap_chart": "conflict_lib.viz.charts",
    "coverage_chart": "conflict_lib.viz.coverage_charts",
    "timeline_chart": "conflict_lib.viz.coverage_charts",
    "region_map": "conflict_lib.viz.maps",
    "save_chart": "conflict_lib.viz.display",
    "enable_offline_charts": "conflict_lib.viz.display",
    # runner
    "event_tables": "conflict_lib.runner.tables",
    "run_report": "conflict_lib.runner.report",
    "check_common": "conflict_lib.runner.parameters",
    "extract_archive": "conflict_lib.runner.batch",
}

__all__ = sorted(HOMES)


def __getattr__(name: str) -> Any:
    if name not in HOMES:
        raise AttributeError(f"module 'conflict_lib.api' has no attribute {name!r}")
    value = getattr(importlib.import_module(HOMES[name]), name)
    globals()[name] = value  # the next lookup is a plain attribute
    return value


def __dir__() -> list[str]:
    return __all__
