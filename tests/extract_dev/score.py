"""Scoring the extractor on the development sets (articles written in our own words,
each capturing a structure seen in real reporting; gold claims written before the
extractor was run on them).

A set is a folder: ``articles/<id>.txt``, ``gold.csv`` (article_id, claimant,
subject, outcome, low, best, high) and, optionally, ``reference/<id>/actors.csv``:
the parties of that article's war, as an analyst's event table would hold them
(otherwise the global table). Matching is ``conflict_lib.analysis.evaluate``'s: same article,
claimant, subject, outcome and (low, best, high). "Count-only" blanks the claimant
on both sides.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from conflict_lib.analysis.evaluate import Evaluation, evaluate
from conflict_lib.claims.proposals import extract_normalised
from conflict_lib.corpus.articles import articles_frame

DEV = Path(__file__).parent
SETS = ("sahel", "wider", "heldout", "heldout_sahel", "heldout_wider", "dev3", "dev4", "final",
        "dev5", "dev6", "final2", "dev7", "dev8", "final3", "dev9", "final4", "dev10", "final5",
        "dev11", "dev12", "final6", "dev13", "dev14", "final7", "final8", "dev15", "dev16",
        "dev17", "dev18", "final9", "dev19", "dev20", "final10", "dev21", "final11", "dev22",
        "final12", "dev23", "dev24", "final13", "dev25", "final14", "dev26", "final15",
        "dev27", "final16", "final17", "final18", "final19", "dev28",
        "final20", "dev29", "final21", "final22", "final23",
        "final24", "final25", "final26", "final27", "dev30", "final28", "dev31", "dev32",
        "final29", "dev33", "final30", "dev34", "final31",
        "dev35", "final32", "dev36", "final33", "dev37", "final34", "final35", "dev38", "dev39",
        "final36")


def extracted(name: str) -> pd.DataFrame:
    folder = DEV / name
    frames = []
    for path in sorted((folder / "articles").glob("*.txt")):
        ref = folder / "reference" / path.stem
        arts = articles_frame([{"article_id": path.stem, "text": path.read_text()}])
        frames.append(extract_normalised(arts, reference_dir=ref if ref.is_dir() else None))
    return pd.concat(frames, ignore_index=True)


def gold(name: str) -> pd.DataFrame:
    frame = pd.read_csv(DEV / name / "gold.csv", dtype={"claimant": "string"})
    frame["claimant"] = frame["claimant"].astype(object).where(frame["claimant"].notna(), None)
    frame["status"] = "ok"
    frame["start"] = frame["end"] = pd.NA
    frame["quote"] = frame["note"].fillna("")
    return frame.astype({"low": "Int64", "best": "Int64", "high": "Int64"})


def score(name: str, count_only: bool = False) -> Evaluation:
    ext, ref = extracted(name), gold(name)
    if count_only:
        ext = ext.assign(claimant="-")
        ref = ref.assign(claimant="-")
    return evaluate(ext, ref)


if __name__ == "__main__":
    for name in sys.argv[1:] or SETS:
        if not (DEV / name / "gold.csv").exists():
            continue
        att, cnt = score(name), score(name, count_only=True)
        print(f"{name:8} attributed P {att.precision:.2f} R {att.recall:.2f} | "
              f"count-only P {cnt.precision:.2f} R {cnt.recall:.2f} "
              f"({att.n_references} gold, {att.n_extracted} extracted)")
