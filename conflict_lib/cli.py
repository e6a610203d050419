"""The ``conflict`` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import pandas as pd

from conflict_lib import config
from conflict_lib.analysis.evaluate import evaluate_event
from conflict_lib.analysis.ledger import ledger
from conflict_lib.claims.table import load_claims
from conflict_lib.config import Event
from conflict_lib.corpus.articles import find_article_files
from conflict_lib.errors import USER_ERRORS
from conflict_lib.extract import extract_normalised, read_article_paths
from conflict_lib.runner.batch import extract_archive
from conflict_lib.runner.report import run_report


def _event_args(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--event", default=None, help=f"event id under data/events (default {config.DEFAULT_EVENT})"
    )
    group.add_argument("--event-dir", default=None, help="path to an event folder")


def _event(args: argparse.Namespace) -> Event:
    """The event of ``--event`` / ``--event-dir``, resolved once here at the edge."""
    return Event.of(args.event, args.event_dir)


def _format_arg(parser: argparse.ArgumentParser, choices: tuple[str, ...], default: str) -> None:
    parser.add_argument("--format", choices=choices, default=default)


def _print_table(frame: pd.DataFrame, fmt: str) -> None:
    if fmt == "csv":
        frame.to_csv(sys.stdout, index=False)
    elif fmt == "json":
        sys.stdout.write(
            frame.to_json(orient="records", date_format="iso", indent=1, force_ascii=False)
        )
        sys.stdout.write("\n")
    else:
        with pd.option_context(
            "display.max_rows",
            None,
            "display.max_columns",
            None,
            "display.width",
            200,
            "display.max_colwidth",
            60,
        ):
            print(frame.to_string(index=False))


def cmd_report(args: argparse.Namespace) -> int:
    only = args.only.split(",") if args.only else None
    run_report(_event(args), None, args.out, only)
    return 0


def cmd_claims(args: argparse.Namespace) -> int:
    claims = load_claims(_event(args), strict=False)
    _print_table(claims, args.format)
    report = claims.attrs["load_report"]
    print(
        f"rows read {report['rows_read']}: {report['rows_ok']} ok, "
        f"{report['rows_flagged']} flagged",
        file=sys.stderr,
    )
    return 0


def cmd_ledger(args: argparse.Namespace) -> int:
    event = _event(args)
    # The event's own reference folder names its actors (it was forgotten here once).
    _print_table(ledger(load_claims(event, strict=False), event.reference_dir), args.format)
    return 0


EXTRACT_SHOW = (
    "article_id", "claim_id", "claimant", "claimant_raw", "claimant_side", "subject",
    "subject_raw", "subject_side", "outcome", "outcome_raw", "low", "best", "high", "precision",
    "quantity_raw", "stance", "status", "reasons", "quote", "start", "end", "notes",
)


def cmd_extract(args: argparse.Namespace) -> int:
    paths = find_article_files(args.paths)
    if args.out:
        parts = extract_archive(paths, args.out, scheduler=args.scheduler, workers=args.workers)
        claims = sum(p.claims for p in parts)
        print(f"{len(paths)} articles -> {claims} claims in {len(parts)} Parquet partition(s) "
              f"under {args.out}", file=sys.stderr)
        return 0
    claims = extract_normalised(read_article_paths(paths))
    _print_table(claims[list(EXTRACT_SHOW)], args.format)
    print(f"{len(claims)} claims extracted", file=sys.stderr)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    result = evaluate_event(_event(args))
    print(result.summary())
    for title, frame in (("misses", result.misses), ("false alarms", result.false_alarms),
                         ("set aside against flagged curated rows", result.unscored)):
        print(f"\n{title} ({len(frame)}):")
        if len(frame):
            _print_table(frame, args.format)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="conflict", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    report = sub.add_parser("report", help="render the notebook series with papermill")
    _event_args(report)
    report.add_argument("--out", default=None, help="output folder (default reports/<event>/)")
    report.add_argument("--only", default=None, help="comma-separated notebook numbers, e.g. 01,03")
    report.set_defaults(func=cmd_report)

    claims = sub.add_parser("claims", help="print the normalised claims table")
    _event_args(claims)
    _format_arg(claims, ("table", "csv", "json"), "table")
    claims.set_defaults(func=cmd_claims)

    ledger = sub.add_parser("ledger", help="print the casualties-and-losses ledger")
    _event_args(ledger)
    _format_arg(ledger, ("table", "csv", "json"), "table")
    ledger.set_defaults(func=cmd_ledger)

    extract = sub.add_parser("extract", help="extract casualty claims from .txt articles")
    extract.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files, folders or globs ('arch/**/*.txt')"
    )
    _format_arg(extract, ("csv", "json", "table"), "csv")
    extract.add_argument(
        "--out", default=None, help="write partitioned Parquet here instead of printing (Dask)"
    )
    extract.add_argument(
        "--scheduler", default=None,
        help="Dask scheduler: default local processes; 'synchronous'; or a cluster address",
    )
    extract.add_argument("--workers", type=int, default=2, help="local Dask worker processes")
    extract.set_defaults(func=cmd_extract)

    evaluate = sub.add_parser("evaluate", help="score the extractor against the curated claims")
    _event_args(evaluate)
    _format_arg(evaluate, ("table", "csv", "json"), "table")
    evaluate.set_defaults(func=cmd_evaluate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``conflict`` console script; errors exit 2 with one line."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except USER_ERRORS as err:
        print(f"conflict {args.command}: error: {err}", file=sys.stderr)
        return 2
