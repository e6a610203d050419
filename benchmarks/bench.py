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

# The bench corpus is generated, not recombined from the embedded articles: every
# sentence is drawn from templates with random names, places, numbers and wording, so
# nearly all sentences are unique (a cache of sentence texts gains nothing), and about
# a third of them hold a casualty word and a quantity, as dense conflict reporting does.
_SYLLABLES = (
    "ka", "ba", "ro", "ti", "sa", "mu", "de", "lo", "na", "ri", "gu", "ze", "po", "ha", "ya",
    "ke", "di", "fa", "mo", "lu", "ne", "ta", "bi", "go", "ra", "si", "wa", "ku", "me",
)
_CLAIMS = (
    "{org} said {det} fighters had killed {n} {foe} near {place} on {day}.",
    "{n} {foe} were killed and {m} others wounded in {place}, {org} said in a statement.",
    "According to {person}, a spokesman for {org}, {n} {own} died in the {event}.",
    "The {event} near {place} left {q} {n} civilians dead, {source} told {outlet}.",
    "{org} put the death toll at {n}, adding that {m} {own} were missing.",
    "{person} told {outlet} that {q} {n} {foe} had been captured during the {event}.",
    "The army said it lost {m} soldiers but killed {q} {n} attackers around {place}.",
    "Residents of {place} said {q} {n} people were killed when {org} stormed the market.",
    "{org} claimed to have destroyed {m} vehicles and seized {n} rifles in {place}.",
    "In a post on {outlet}, {org} said {det} men had wounded {n} {foe} on {day}.",
)
_BACKGROUND = (
    "The {event} began shortly after dawn on {day}, according to witnesses in {place}.",
    "{place} lies about {n} kilometres north of {place2}, on the road to the border.",
    "{person} has led {org} since the split of {year}, analysts in {place2} say.",
    "Talks between {org} and the government stalled in {year} over the status of {place}.",
    "Aid groups have warned that the road from {place} to {place2} remains closed.",
    "The region has a population of about {n} thousand, mostly herders and traders.",
    "{outlet} could not independently verify the accounts from {place}.",
    "A ceasefire signed in {place2} in {year} has not been respected, {source} said.",
    "Markets in {place} reopened on {day} after a week of curfew imposed by officials.",
    "{person} travelled to {place2} on {day} to meet elders from {place}.",
    "The government has announced a new development plan for the {direction} regions.",
    "Fuel prices in {place} have tripled since the blockade began in {year}.",
    "Schools in {place2} remain shut, local teachers told {outlet} by telephone.",
    "The border crossing at {place} was reopened to trucks carrying grain on {day}.",
    "Observers expect the rainy season to slow operations around {place} and {place2}.",
    "{org} was founded in {year} by former members of a movement based in {place2}.",
    "Elections planned for {year} have been postponed twice by the transitional authorities.",
    "{person}, a researcher based in {place2}, said the {direction} had been quiet for weeks.",
    "Satellite images reviewed by {outlet} show new earthworks near {place}.",
    "Mobile networks in {place} were cut on {day}, residents said when reached later.",
)


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _fill(template: str, rng: random.Random) -> str:
    words = {
        "org": rng.choice(("the {x} Movement", "the {x} Front", "the {x} army", "{X}",
                           "the {x} Liberation Army")).format(x=_name(rng, 2),
                                                              X=_name(rng, 2).upper()[:4]),
        "det": rng.choice(("its", "their", "the group's")),
        "foe": rng.choice(("soldiers", "rebels", "militiamen", "fighters", "troops",
                           "gunmen", "mercenaries")),
        "own": rng.choice(("fighters", "soldiers", "members", "men")),
        "place": _name(rng, rng.randint(2, 3)), "place2": _name(rng, rng.randint(2, 3)),
        "person": f"{_name(rng, 2)} {_name(rng, 3)}",
        "outlet": rng.choice(("Reuters", "AFP", "the BBC", "Telegram", "a local radio")),
        "source": rng.choice(("a security source", "local officials", "a medic",
                              "two residents", "a local elected official")),
        "event": rng.choice(("attack", "ambush", "raid", "clash", "offensive", "assault")),
        "day": rng.choice(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                           "Saturday", "Sunday")),
        "direction": rng.choice(("northern", "eastern", "central", "southern")),
        "q": rng.choice(("at least", "about", "more than", "nearly", "some", "")),
        "n": str(rng.randint(2, 400)), "m": rng.choice(("two", "three", "five", "seven",
                                                         str(rng.randint(2, 60)))),
        "year": str(rng.randint(1990, 2024)),
    }
    return " ".join(template.format(**words).split())


def generate_corpus(n: int, seed: int = 7) -> list[str]:
    """``n`` articles of 8-16 sentences in paragraphs of 1-3, about a third of the
    sentences holding a claim; nearly every sentence is unique."""
    rng = random.Random(seed)
    articles = []
    for _ in range(n):
        k = rng.randint(8, 16)
        sentences = [_fill(rng.choice(_CLAIMS if rng.random() < 0.32 else _BACKGROUND), rng)
                     for _ in range(k)]
        paragraphs, i = [], 0
        while i < len(sentences):
            step = rng.randint(1, 3)
            paragraphs.append(" ".join(sentences[i : i + step]))
            i += step
        articles.append("\n\n".join(paragraphs))
    return articles


EXTRACT = """
import time
import pandas as pd
from benchmarks.bench import generate_corpus
from conflict_lib.claims import normalise_claims
from conflict_lib.extract import split_sentences
from conflict_lib.corpus.articles import articles_frame
from conflict_lib.extract import parse
from conflict_lib.extract.nlp import pipeline
from conflict_lib.extract.rows import extract_batch
texts = generate_corpus(__N__)
nlp = pipeline()
extract_batch([("warm-up", texts[0])])  # load the model, compile the patterns
parse.PARSED.clear()
parse.RECORD = True
t = time.perf_counter()
raw = []
for i in range(0, len(texts), 200):
    for rows in extract_batch([(f"a{j}", texts[j]) for j in range(i, min(i + 200, len(texts)))]):
        raw.extend(rows)
t_extract = time.perf_counter() - t
frame = articles_frame([{"article_id": f"a{i}", "text": x} for i, x in enumerate(texts)])
groups = pd.Series(frame["article_id"].to_numpy(), index=frame["article_id"])
claims = normalise_claims(raw, frame, "extracted", copy_groups=groups)
total = time.perf_counter() - t
parse.RECORD = False
t = time.perf_counter()
for _ in nlp.pipe(parse.PARSED, batch_size=parse.BATCH_SIZE):
    pass
floor = time.perf_counter() - t
sentences = sum(len(split_sentences(x)) for x in texts)
result = {"seconds": total, "extract_seconds": t_extract, "claims": len(claims),
          "megabytes": sum(len(x.encode()) for x in texts) / 1e6,
          "sentences": sentences, "parsed": len(parse.PARSED), "parse_floor_s": floor}
"""


def bench_extraction(sizes: list[int], repeat: int) -> dict:
    """Extraction on generated corpora (one process, one core): time with and without
    normalising, the share of sentences parsed, and the ratio to the floor (spaCy alone
    parsing exactly the sentences the extractor parsed)."""
    out: dict = {}
    for n in sizes:
        reps = repeat if n < 50_000 else 1
        runs = [_run_json(EXTRACT.replace("__N__", str(n))) for _ in range(reps)]
        secs = [r["seconds"] for r, _ in runs]
        ext = [r["extract_seconds"] for r, _ in runs]
        ratios = [r["extract_seconds"] / r["parse_floor_s"] for r, _ in runs]
        first = runs[0][0]
        median = statistics.median(ext)
        out[str(n)] = {
            "time": _stats(secs),
            "extract_time": _stats(ext),
            "articles_per_s_per_core": round(n / median, 1),
            "mb_per_s": round(first["megabytes"] / median, 3),
            "megabytes": round(first["megabytes"], 2),
            "claims": first["claims"],
            "sentences": first["sentences"],
            "parsed_share": round(first["parsed"] / first["sentences"], 3),
            "parse_floor_s": round(statistics.median(r["parse_floor_s"] for r, _ in runs), 2),
            "ratio_to_parse_floor": round(statistics.median(ratios), 2),
            "peak_rss_mb": round(max(rss for _, rss in runs), 1),
        }
    keys = list(out)
    for small, big in zip(keys, keys[1:], strict=False):
        out[big]["growth_vs_" + small] = round(
            out[big]["extract_time"]["median"] / out[small]["extract_time"]["median"], 2
        )
    last = out[keys[-1]] if keys else {}
    summary = {k: last[k] for k in ("parsed_share", "ratio_to_parse_floor",
                                    "articles_per_s_per_core") if k in last}
    return {**summary, "by_size": out}


STREAM = """
import time, tempfile
from pathlib import Path
from benchmarks.bench import generate_corpus
from conflict_lib.runner.batch import extract_archive
result = {}
with tempfile.TemporaryDirectory() as tmp:
    files = []
    for start in range(0, __N__, 5000):  # written in slices: the corpus is never all in memory
        for i, text in enumerate(generate_corpus(min(5000, __N__ - start), seed=start)):
            f = Path(tmp) / f"a{start + i:07d}.txt"
            f.write_text(" date 2024-07-28\\n" + text)
            files.append(f)
    t = time.perf_counter()
    parts = extract_archive(files, Path(tmp) / "out", scheduler="synchronous")
    result["seconds"] = time.perf_counter() - t
    result["partitions"] = len(parts)
    result["claims"] = sum(p.claims for p in parts)
"""


def bench_stream(n: int) -> dict:
    """``n`` article files extracted in one process, streamed partition by partition to
    Parquet: peak RSS of the whole run."""
    result, rss = _run_json(STREAM.replace("__N__", str(n)))
    return {"articles": n, "seconds": round(result["seconds"], 1),
            "partitions": result["partitions"], "claims": result["claims"],
            "peak_rss_mb": round(rss, 1)}


SIZE = """
import time
from benchmarks.bench import generate_corpus
from conflict_lib.extract.rows import extract_batch
corpus = generate_corpus(6000, seed=11)
extract_batch([("warm-up", corpus[0])])
result = {}
for mb in (0.5, 5):
    parts, size = [], 0
    for text in corpus:
        if size >= mb * 1e6:
            break
        parts.append(text)
        size += len(text.encode())
    article = "\\n\\n".join(parts)
    t = time.perf_counter()
    rows = extract_batch([("big", article)])[0]
    result[str(mb)] = {"seconds": time.perf_counter() - t, "claims": len(rows),
                       "megabytes": len(article.encode()) / 1e6}
"""


def bench_article_size() -> dict:
    """One article of 0.5 MB and one of 5 MB: extraction time should grow linearly."""
    result, rss = _run_json(SIZE)
    small, big = result["0.5"], result["5"]
    return {"small_mb": round(small["megabytes"], 2), "small_s": round(small["seconds"], 2),
            "big_mb": round(big["megabytes"], 2), "big_s": round(big["seconds"], 2),
            "size_ratio_5mb_to_0_5mb": round(big["seconds"] / small["seconds"], 2),
            "peak_rss_mb": round(rss, 1)}


DASK = """
import time, tempfile
from pathlib import Path
from benchmarks.bench import generate_corpus
from conflict_lib.runner.batch import extract_archive
texts = generate_corpus(__N__)
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
        "speedup_2_workers": round(result["1"] / result["2"], 2),
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
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--stream-articles", type=int, default=100_000)
    parser.add_argument("--dask-articles", type=int, default=4000)
    parser.add_argument("--skip-make-test", action="store_true")
    parser.add_argument("--out", default=str(config.REPORTS_DIR / "bench.json"))
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    results: dict = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "import": _timed("import time", lambda: bench_import(args.repeat)),
        "report": _timed("report and floor", lambda: bench_report(args.repeat)),
        "extraction": _timed("extraction", lambda: bench_extraction(sizes, args.repeat)),
        "article_size": _timed("one large article", bench_article_size),
        "stream": _timed(f"{args.stream_articles} articles streamed to Parquet",
                         lambda: bench_stream(args.stream_articles)),
        "dask": _timed("dask speed-up", lambda: bench_dask(args.dask_articles)),
    }
    stream = results["stream"]
    # the streamed run's peak memory, under the name of the size it was measured at
    key = "peak_rss_mb_100k" if stream["articles"] == 100_000 else \
        f"peak_rss_mb_{stream['articles']}_articles"
    results["extraction"][key] = stream["peak_rss_mb"]
    results["extraction"]["size_ratio_5mb_to_0_5mb"] = \
        results["article_size"]["size_ratio_5mb_to_0_5mb"]
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
    ext = r["extraction"]
    for n, e in ext["by_size"].items():
        growth = {k: v for k, v in e.items() if k.startswith("growth")}
        print(
            f"extraction {n} articles ({e['megabytes']} MB): {_fmt(e['extract_time'])} "
            f"({_fmt(e['time'])} with normalising), {e['articles_per_s_per_core']} articles/s "
            f"per core, {e['claims']} claims; parsed {e['parsed_share']:.0%} of "
            f"{e['sentences']} sentences; spaCy alone on them {e['parse_floor_s']} s "
            f"(x{e['ratio_to_parse_floor']}); peak RSS {e['peak_rss_mb']} MB {growth or ''}"
        )
    a = r["article_size"]
    print(f"one article of {a['small_mb']} MB: {a['small_s']} s; of {a['big_mb']} MB: "
          f"{a['big_s']} s (x{a['size_ratio_5mb_to_0_5mb']})")
    st = r["stream"]
    print(f"{st['articles']} articles streamed to {st['partitions']} Parquet partitions: "
          f"{st['seconds']} s, peak RSS {st['peak_rss_mb']} MB")
    d = r["dask"]
    print(
        f"dask {d['articles']} articles: 1 worker {d['one_worker_s']} s, 2 workers "
        f"{d['two_workers_s']} s, speed-up {d['speedup_2_workers']}x"
    )
    if "make_test" in r:
        print(f"make test: {r['make_test']['seconds']} s (exit {r['make_test']['exit_code']})")


if __name__ == "__main__":
    raise SystemExit(main())
