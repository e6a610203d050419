"""``make bench``: the figures behind the README's Performance section.

Prints, each as median (min-max) of several runs, and writes reports/bench.json:
report wall time per notebook and in total; the floor (the same notebooks' code in
one plain Python process, no kernel, no papermill) and the ratio; extraction
throughput on generated corpora with growth factors and a one-regex floor; peak
memory; the Dask speed-up of 2 workers over 1; import time; ``make test`` time.
Nothing here is asserted: benchmarks measure, tests check.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from conflict_lib import config

PY = sys.executable


def _stats(samples: list[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(samples), 3),
        "min": round(min(samples), 3),
        "max": round(max(samples), 3),
        "runs": len(samples),
    }


def _fmt(s: dict[str, float], unit: str = "s") -> str:
    return f"{s['median']:.2f} {unit} (min {s['min']:.2f}, max {s['max']:.2f}, n={s['runs']})"


def _run_json(code: str, env: dict[str, str] | None = None) -> tuple[dict, float]:
    """Run ``code`` in a fresh interpreter; it prints one JSON line last. Returns
    (that JSON, peak RSS in MB of the process tree as reaped)."""
    script = (
        "import json, resource, sys\n" + code + "\n"
        "self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "result['peak_rss_mb'] = max(self, kids) / 1024\n"
        "print(json.dumps(result))\n"
    )
    done = subprocess.run(
        [PY, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **(env or {})},
        cwd=config.PROJ_ROOT,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result, result.pop("peak_rss_mb")


# -- 1, 2: the report and its floor ------------------------------------------------------

REPORT = """
import time
from pathlib import Path
from conflict_lib.runner.report import run_report
out = Path(sys.argv[1]) if len(sys.argv) > 1 else None
t = time.perf_counter()
runs = run_report(out=Path(OUT), progress=lambda _: None)
result = {"total": time.perf_counter() - t, "notebooks": {r.notebook: r.seconds for r in runs}}
"""

FLOOR = """
import time
from pathlib import Path
import nbformat
from IPython.core.interactiveshell import InteractiveShell
from conflict_lib import config
from conflict_lib.runner.report import series
shell = InteractiveShell.instance()
params = PARAMS
t = time.perf_counter()
times = {}
for nb_path in series():
    start = time.perf_counter()
    shell.reset(new_session=True)
    nb = nbformat.read(nb_path, as_version=4)
    os.chdir(nb_path.parent)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        outcome = shell.run_cell(cell.source, silent=False, store_history=False)
        if "parameters" in cell.metadata.get("tags", []):
            shell.user_ns.update(params)
        outcome.raise_error()
    times[nb_path.name] = time.perf_counter() - start
result = {"total": time.perf_counter() - t, "notebooks": times}
"""


def bench_report(repeat: int) -> dict:
    totals, per_nb, rss = [], {}, []
    floors, floor_nb = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        # A report into --out writes its figures there; the floor writes them beside it.
        figures = Path(tmp) / "floor-figures"
        params = {
            "event": config.DEFAULT_EVENT,
            "event_dir": str(config.event_dir(config.DEFAULT_EVENT).resolve()),
            "figures_dir": str(figures.resolve()),
        }
        for _ in range(repeat):
            result, peak = _run_json(REPORT.replace("OUT", repr(tmp)))
            totals.append(result["total"])
            rss.append(peak)
            for name, sec in result["notebooks"].items():
                per_nb.setdefault(name, []).append(sec)
            floor, _ = _run_json(
                "import os\n" + FLOOR.replace("PARAMS", repr(params)), env={"MPLBACKEND": "agg"}
            )
            floors.append(floor["total"])
            for name, sec in floor["notebooks"].items():
                floor_nb.setdefault(name, []).append(sec)
    report = {
        "total": _stats(totals),
        "notebooks": {k: _stats(v) for k, v in sorted(per_nb.items())},
        "floor_total": _stats(floors),
        "floor_notebooks": {k: _stats(v) for k, v in sorted(floor_nb.items())},
        "peak_rss_mb": round(max(rss), 1),
    }
    report["ratio_report_to_floor"] = round(
        report["total"]["median"] / report["floor_total"]["median"], 2
    )
    return report


# -- 3, 4: extraction at scale ------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?\"])\s+(?=[A-Z\"])")


def sentence_pool() -> list[str]:
    """Every sentence of every article under data/events: real reporting to recombine."""
    from conflict_lib.corpus.articles import read_articles

    pool = []
    for event in config.available_events():
        for article in read_articles(event):
            for paragraph in article.text.split("\n"):
                pool.extend(s.strip() for s in _SENTENCE_END.split(paragraph) if len(s) > 30)
    return sorted(set(pool))


def generate_corpus(n: int, pool: list[str], seed: int = 7) -> list[str]:
    """``n`` articles of 6-14 sentences drawn from ``pool``, in paragraphs of 1-3."""
    rng = random.Random(seed)
    articles = []
    for _ in range(n):
        sentences = rng.choices(pool, k=rng.randint(6, 14))
        paragraphs, i = [], 0
        while i < len(sentences):
            k = rng.randint(1, 3)
            paragraphs.append(" ".join(sentences[i : i + k]))
            i += k
        articles.append("\n\n".join(paragraphs))
    return articles


EXTRACT = """
import time
from benchmarks.bench import generate_corpus, sentence_pool
from conflict_lib.extract import articles_frame, extract_rows
from conflict_lib.claims.table import normalise_claims
import pandas as pd
texts = generate_corpus(__N__, sentence_pool())
t = time.perf_counter()
raw = [r for i, text in enumerate(texts) for r in extract_rows(f"a{i}", text)]
t_extract = time.perf_counter() - t
frame = articles_frame([{"article_id": f"a{i}", "text": x} for i, x in enumerate(texts)])
groups = pd.Series(frame["article_id"].to_numpy(), index=frame["article_id"])
claims = normalise_claims(raw, frame, "extracted", copy_groups=groups)
total = time.perf_counter() - t
result = {"seconds": total, "extract_seconds": t_extract, "claims": len(claims),
          "megabytes": sum(len(x.encode()) for x in texts) / 1e6}
"""

REGEX_FLOOR = """
import re, time
from benchmarks.bench import generate_corpus, sentence_pool
texts = generate_corpus(__N__, sentence_pool())
pattern = re.compile(
    r"\\b(?:kill|dead|death|wound|injur|captur|prisoner|casualt|seiz|damag)\\w*|\\b\\d+\\b"
    r"|\\b(?:two|three|seven|ten|twelve|twenty|dozens|several)\\b",
    re.I,
)
t = time.perf_counter()
hits = sum(1 for text in texts for _ in pattern.finditer(text))
result = {"seconds": time.perf_counter() - t, "hits": hits}
"""


def bench_extraction(sizes: list[int], repeat: int) -> dict:
    out: dict = {}
    for n in sizes:
        reps = repeat if n < 50_000 else 1
        runs = [_run_json(EXTRACT.replace("__N__", str(n))) for _ in range(reps)]
        secs = [r["seconds"] for r, _ in runs]
        floor = _run_json(REGEX_FLOOR.replace("__N__", str(n)))[0]["seconds"]
        first = runs[0][0]
        median = statistics.median(secs)
        out[str(n)] = {
            "time": _stats(secs),
            "articles_per_s": round(n / median, 1),
            "mb_per_s": round(first["megabytes"] / median, 3),
            "megabytes": round(first["megabytes"], 2),
            "claims": first["claims"],
            "regex_floor_s": round(floor, 3),
            "ratio_to_regex_floor": round(median / floor, 1),
            "peak_rss_mb": round(max(rss for _, rss in runs), 1),
        }
    keys = list(out)
    for small, big in zip(keys, keys[1:], strict=False):
        out[big]["growth_vs_" + small] = round(
            out[big]["time"]["median"] / out[small]["time"]["median"], 2
        )
    return out


DASK = """
import time, tempfile
from pathlib import Path
from benchmarks.bench import generate_corpus, sentence_pool
from conflict_lib.runner.batch import extract_archive
texts = generate_corpus(__N__, sentence_pool())
result = {}
with tempfile.TemporaryDirectory() as tmp:
    files = []
    for i, text in enumerate(texts):
        f = Path(tmp) / f"a{i:06d}.txt"
        f.write_text(" date 2024-07-28\\n" + text)
        files.append(f)
    for workers in (1, 2):
        t = time.perf_counter()
        parts = extract_archive(files, Path(tmp) / f"out{workers}", workers=workers,
                                partition_size=max(1, __N__ // 8))
        result[str(workers)] = time.perf_counter() - t
result["claims"] = sum(p.claims for p in parts)
"""


def bench_dask(n: int) -> dict:
    result, _ = _run_json(DASK.replace("__N__", str(n)))
    return {
        "articles": n,
        "one_worker_s": round(result["1"], 2),
        "two_workers_s": round(result["2"], 2),
        "speedup": round(result["1"] / result["2"], 2),
        "claims": result["claims"],
    }


def bench_import(repeat: int) -> dict:
    def once(module: str) -> float:
        code = f"import time; t=time.perf_counter(); import {module}; print(time.perf_counter()-t)"
        done = subprocess.run([PY, "-c", code], capture_output=True, text=True, check=True)
        return float(done.stdout.strip())

    light = "conflict_lib.claims, conflict_lib.extract, conflict_lib.analysis.ledger"
    return {"conflict_lib (claims, extract, ledger)": _stats([once(light) for _ in range(repeat)])}


def bench_make_test() -> dict:
    t = time.perf_counter()
    done = subprocess.run(["make", "test"], cwd=config.PROJ_ROOT, capture_output=True, text=True)
    return {"seconds": round(time.perf_counter() - t, 1), "exit_code": done.returncode}


def _timed(label: str, fn: Callable[[], dict]) -> dict:
    print(f"... {label}", flush=True)
    return fn()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python benchmarks/bench.py", description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--dask-articles", type=int, default=4000)
    parser.add_argument("--skip-make-test", action="store_true")
    parser.add_argument("--out", default=str(config.REPORTS_DIR / "bench.json"))
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    results = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "import": _timed("import time", lambda: bench_import(args.repeat)),
        "report": _timed("report and floor", lambda: bench_report(args.repeat)),
        "extraction": _timed("extraction", lambda: bench_extraction(sizes, args.repeat)),
        "dask": _timed("dask speed-up", lambda: bench_dask(args.dask_articles)),
    }
    if not args.skip_make_test:
        results["make_test"] = _timed("make test", bench_make_test)
    _print(results)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1) + "\n")
    print(f"\nwritten to {out}")
    return 0


def _print(r: dict) -> None:
    print("\n== conflict_lib benchmark ==")
    print(f"machine: {r['machine']}")
    for name, s in r["import"].items():
        print(f"import {name}: {_fmt(s)}")
    rep = r["report"]
    print(f"report total: {_fmt(rep['total'])}; peak RSS {rep['peak_rss_mb']} MB")
    for name, s in rep["notebooks"].items():
        print(f"  {name}: {_fmt(s)} (floor {_fmt(rep['floor_notebooks'].get(name, s))})")
    print(
        f"floor total: {_fmt(rep['floor_total'])}; report / floor = {rep['ratio_report_to_floor']}"
    )
    for n, e in r["extraction"].items():
        growth = {k: v for k, v in e.items() if k.startswith("growth")}
        print(
            f"extraction {n} articles ({e['megabytes']} MB): {_fmt(e['time'])}, "
            f"{e['articles_per_s']} articles/s, {e['mb_per_s']} MB/s, {e['claims']} claims; "
            f"regex floor {e['regex_floor_s']} s (x{e['ratio_to_regex_floor']}); "
            f"peak RSS {e['peak_rss_mb']} MB {growth or ''}"
        )
    d = r["dask"]
    print(
        f"dask {d['articles']} articles: 1 worker {d['one_worker_s']} s, 2 workers "
        f"{d['two_workers_s']} s, speed-up {d['speedup']}x"
    )
    if "make_test" in r:
        print(f"make test: {r['make_test']['seconds']} s (exit {r['make_test']['exit_code']})")


if __name__ == "__main__":
    raise SystemExit(main())
