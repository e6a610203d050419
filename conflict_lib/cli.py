"""The ``conflict`` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from conflict_lib import config
from conflict_lib.analysis.evaluate import evaluate_event
from conflict_lib.analysis.event_places import event_places
from conflict_lib.analysis.ledger import ledger
from conflict_lib.claims.event_actors import ATTR as PROPOSED_PARTIES
from conflict_lib.claims.event_actors import PARTIES_NOTE, reference_dir_of, write_proposed_actors
from conflict_lib.claims.parties import propose_actors
from conflict_lib.claims.proposals import event_claims
from conflict_lib.claims.review import accept, pending, review_event
from conflict_lib.config import Event
from conflict_lib.corpus.articles import expand_article_paths
from conflict_lib.corpus.catalogue import add_articles
from conflict_lib.errors import USER_ERRORS
from conflict_lib.runner.batch import check_out_dir, extract_archive, extract_paths
from conflict_lib.runner.report import run_report
from conflict_lib.safe_output import csv_safe_frame, table_safe_frame, terminal_safe


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
    parser.add_argument(
        "--raw-csv", action="store_true",
        help="with --format csv: leave cells starting with = + - @ as they are "
        "(by default they get a leading ' so a spreadsheet does not run them)",
    )


def _print_table(frame: pd.DataFrame, fmt: str, raw_csv: bool = False) -> None:
    """Print ``frame``: text made terminal-safe (table) or spreadsheet-safe (csv)."""
    if fmt == "csv":
        csv_safe_frame(frame, raw=raw_csv).to_csv(sys.stdout, index=False)
    elif fmt == "json":
        # JSON escapes control characters itself; NUL never reaches a load.
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
            print(table_safe_frame(frame).to_string(index=False))


def cmd_report(args: argparse.Namespace) -> int:
    only = args.only.split(",") if args.only is not None else None
    runs = run_report(_event(args), None, args.out, only, with_code=args.with_code)
    print(runs[0].html.parent / "index.html" if runs else "nothing rendered")
    return 0


def cmd_claims(args: argparse.Namespace) -> int:
    claims = event_claims(_event(args))
    _print_table(claims, args.format, args.raw_csv)
    report = claims.attrs["load_report"]
    print(
        f"rows read {report['rows_read']}: {report['rows_ok']} ok, "
        f"{report['rows_flagged']} flagged",
        file=sys.stderr,
    )
    _print_review_notes(claims)
    return 0


def _print_review_notes(claims: pd.DataFrame) -> None:
    if claims.attrs.get("review_label"):
        print(f"review: {claims.attrs['review_label']}", file=sys.stderr)
    if claims.attrs.get(PROPOSED_PARTIES):
        print(f"parties: {PARTIES_NOTE}", file=sys.stderr)


def cmd_ledger(args: argparse.Namespace) -> int:
    event = _event(args)
    # The event's own reference folder names its actors (it was forgotten here once),
    # or the parties proposed in memory when it has none.
    claims = event_claims(event)
    _print_table(ledger(claims, reference_dir_of(claims, event.reference_dir)), args.format,
                 args.raw_csv)
    _print_review_notes(claims)
    return 0


EXTRACT_SHOW = (
    "article_id", "claim_id", "claimant", "claimant_raw", "claimant_side", "subject",
    "subject_raw", "subject_side", "outcome", "outcome_raw", "low", "best", "high", "precision",
    "quantity_raw", "stance", "status", "reasons", "quote", "start", "end", "notes",
)


def cmd_extract(args: argparse.Namespace) -> int:
    if args.out:
        given = [Path(p) for p in args.paths if Path(p).exists()]
        check_out_dir(Path(args.out), given, args.overwrite)  # before reading any file
    paths = expand_article_paths(args.paths)
    if args.out:
        parts = extract_archive(paths, Path(args.out), scheduler=args.scheduler,
                                workers=args.workers, overwrite=args.overwrite)
        claims = sum(p.claims for p in parts)
        print(terminal_safe(f"{len(paths)} articles -> {claims} claims in {len(parts)} Parquet "
                            f"partition(s) under {args.out}"), file=sys.stderr)
        return 0
    claims = extract_paths(paths)
    _print_table(claims[list(EXTRACT_SHOW)], args.format, args.raw_csv)
    print(f"{len(claims)} claims extracted", file=sys.stderr)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    result = evaluate_event(_event(args))
    print("\n".join(map(terminal_safe, result.summary().split("\n"))))
    for title, frame in (("misses", result.misses), ("false alarms", result.false_alarms),
                         ("set aside against flagged curated rows", result.unscored)):
        print(f"\n{title} ({len(frame)}):")
        if len(frame):
            _print_table(frame, args.format, args.raw_csv)
    return 0


def cmd_parties(args: argparse.Namespace) -> int:
    event = config.resolve_event(args.event, args.event_dir)
    if args.write:
        path = write_proposed_actors(event)
        print(f"wrote proposals to {path}" if path else
              "nothing to propose: the reference tables know every party named", file=sys.stderr)
        return 0
    table = propose_actors(event)
    _print_table(table, args.format)
    print(f"{len(table)} proposed rows (not written; add --write)", file=sys.stderr)
    return 0


def cmd_places(args: argparse.Namespace) -> int:
    named = event_places(config.resolve_event(args.event, args.event_dir))
    _print_table(named.unlocated if args.unlocated else named.located, args.format)
    print(f"{len(named.located)} places located, {len(named.unlocated)} mentions unlocated, "
          f"{int(named.located['ambiguous'].sum())} ambiguous; fighting reported at "
          f"{named.fighting_place}", file=sys.stderr)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    result = add_articles(args.event_dir, args.paths)
    for aid in result.added:
        notes = "; ".join(result.flags.get(aid, []))
        print(f"added {aid}" + (f"  [flag: {notes}]" if notes else ""))
    for aid in result.unchanged:
        print(f"unchanged {aid} (already in the event, same bytes)")
    print(f"{args.event_dir}: {len(result.added)} added, {len(result.unchanged)} unchanged; "
          f"sources.csv: {result.proposed_rows} proposed row(s), {result.kept_rows} reviewed "
          "row(s) kept", file=sys.stderr)
    # Parties the reference tables do not know get a proposed table of the event's own,
    # so generic words are not read as one war's army (reviewed rows are kept).
    actors_path = write_proposed_actors(args.event_dir) if result.added else None
    if actors_path:
        print(f"parties proposed in {actors_path} (review them: status 'proposed')",
              file=sys.stderr)
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    if args.accept:
        changed = accept(args.event_dir, args.accept)
        print(f"{changed} row(s) marked reviewed; {len(pending(args.event_dir))} still pending")
        return 0
    result = review_event(args.event_dir)
    print(result.summary())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="conflict", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    report = sub.add_parser("report", help="render the notebook series with papermill")
    _event_args(report)
    report.add_argument("--out", default=None, help="output folder (default reports/<event>/)")
    report.add_argument("--only", default=None, help="comma-separated notebook numbers, e.g. 01,03")
    report.add_argument(
        "--with-code", action="store_true", help="keep the code cells in the HTML pages"
    )
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
    extract.add_argument(
        "--overwrite", action="store_true",
        help="replace a non-empty --out folder of an earlier extraction, whole",
    )
    extract.set_defaults(func=cmd_extract)

    add = sub.add_parser(
        "add", help="copy articles (.txt, .html) into an event and propose sources.csv"
    )
    add.add_argument("--event-dir", required=True, help="the event folder (created if needed)")
    add.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders of them")
    add.set_defaults(func=cmd_add)

    review = sub.add_parser(
        "review", help="write the extracted claims into claims.csv for the analyst to review"
    )
    review.add_argument("--event-dir", required=True, help="the event folder")
    review.add_argument(
        "--accept", nargs="+", metavar="CLAIM_ID", default=None,
        help="mark these claims.csv rows reviewed instead of adding proposals",
    )
    review.set_defaults(func=cmd_review)

    evaluate = sub.add_parser("evaluate", help="score the extractor against the curated claims")
    _event_args(evaluate)
    _format_arg(evaluate, ("table", "csv", "json"), "table")
    evaluate.set_defaults(func=cmd_evaluate)

    parties = sub.add_parser("parties", help="propose the event's parties, aliases and sides")
    _event_args(parties)
    _format_arg(parties, ("table", "csv", "json"), "table")
    parties.add_argument("--write", action="store_true",
                         help="write them into <event>/reference/actors.csv (reviewed rows kept)")
    parties.set_defaults(func=cmd_parties)

    places = sub.add_parser("places", help="the places the articles name, located offline")
    _event_args(places)
    _format_arg(places, ("table", "csv", "json"), "table")
    places.add_argument("--unlocated", action="store_true",
                        help="list the names no table knows, with article and offsets")
    places.set_defaults(func=cmd_places)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``conflict`` console script; errors exit 2 with one line."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except USER_ERRORS as err:
        # File names can hold escape sequences or bytes that are not UTF-8.
        message = str(err).encode("utf-8", "backslashreplace").decode("utf-8")
        print(terminal_safe(f"conflict {args.command}: error: {message}"), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
