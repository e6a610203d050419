"""Run the notebook series with papermill and export the reader's HTML.

Each executed notebook is written under a unique temporary name and renamed only
when its run succeeded, so a report that looks complete always is. A run holds a
lock on its output folder, never writes among the sources, and leaves per notebook
either its fresh outputs or its ``NAME.FAILED.ipynb``, never both.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import re
import sys
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from conflict_lib import config
from conflict_lib.atomic import atomic_write_text
from conflict_lib.errors import ReportError  # re-exported: defined low, raised here
from conflict_lib.runner.export import export_html, notebook_title, summary_lines, write_index
from conflict_lib.runner.kernels import KERNEL, WarmKernel, isolate_kernels
from conflict_lib.runner.labform import lab_form
from conflict_lib.runner.runlock import OutputFolderError, output_lock, refuse_source_folder

MAIN_CHART = "casualties_main.png"


@dataclass(frozen=True)
class NotebookRun:
    notebook: str
    output: Path
    html: Path
    seconds: float


def series(only: list[str] | None = None, notebooks_dir: Path | None = None) -> list[Path]:
    """The numbered notebooks (NN_name.ipynb), optionally only those whose number is listed."""
    folder = notebooks_dir or config.NOTEBOOKS_DIR
    paths = sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))
    if only is not None:
        wanted = {o.strip().zfill(2) for o in only if o.strip()}
        if not wanted:
            raise ReportError("--only names no notebook; give numbers such as 01,03")
        unknown = wanted - {p.name[:2] for p in paths}
        if unknown:
            raise ReportError(
                f"no notebook numbered {', '.join(sorted(unknown))}; "
                f"the series is {', '.join(p.name for p in paths)}"
            )
        paths = [p for p in paths if p.name[:2] in wanted]
    return paths


def check_writable(folder: Path) -> Path:
    """Create ``folder`` if needed and prove it is writable, else ReportError."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-test-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        probe.write_text("")
        probe.unlink()
    except OSError as err:
        raise ReportError(f"output directory {folder} is not writable ({err.strerror})") from None
    return folder


def event_label(event_dir: Path) -> str:
    """An event id for a folder given by path: its name with anything but letters,
    digits, '-' and '_' replaced by '-' (a folder 'Raid 2024' runs as 'Raid-2024')."""
    label = re.sub(r"[^A-Za-z0-9_-]+", "-", event_dir.resolve().name).strip("-_")[:80]
    return config.validate_event_id(label or "event")


def _outputs_of(out_dir: Path, stem: str) -> list[Path]:
    return [out_dir / f"{stem}.ipynb", out_dir / f"{stem}.html", out_dir / f"{stem}.FAILED.ipynb"]


def run_notebook(
    notebook: Path,
    out_dir: Path,
    parameters: dict[str, object],
    kernel: WarmKernel | None = None,
    event: str = "",
    with_code: bool = False,
) -> NotebookRun:
    """Execute one notebook with papermill into ``out_dir``, then export HTML."""
    import papermill as pm  # lazy: ~1 s of imports that `conflict --help` should not pay

    started = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    final = out_dir / notebook.name
    partial = out_dir / f".{notebook.stem}.{os.getpid()}.{uuid.uuid4().hex[:8]}.partial.ipynb"
    engine = {"km": kernel.manager} if kernel is not None else {}
    try:
        if kernel is not None:
            kernel.reset()
        pm.execute_notebook(
            str(notebook),
            str(partial),
            parameters=parameters,
            kernel_name=KERNEL,
            # No cwd: papermill would chdir the whole process while notebooks run in
            # threads side by side. Notebooks take every path from conflict_lib.config.
            progress_bar=False,
            log_output=False,
            # Saving after every cell rewrites megabytes of chart output each time.
            request_save_on_cell_execute=False,
            **engine,
        )
    except pm.PapermillExecutionError as err:
        # The older outputs of this notebook no longer describe the data: remove them.
        for old in _outputs_of(out_dir, notebook.stem):
            old.unlink(missing_ok=True)
        failed = out_dir / f"{notebook.stem}.FAILED.ipynb"
        os.replace(partial, failed)
        raise ReportError(
            f"{notebook.name}: cell {err.exec_count} (index {err.cell_index}) failed: "
            f"{err.ename}: {err.evalue}  (executed copy: {failed})"
        ) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    try:
        atomic_write_text(partial, lab_form(partial.read_text(encoding="utf-8")))
        html = export_html(partial, final.with_suffix(".html"), event or notebook.stem, with_code)
        os.replace(partial, final)
    finally:
        partial.unlink(missing_ok=True)
    (out_dir / f"{notebook.stem}.FAILED.ipynb").unlink(missing_ok=True)
    return NotebookRun(notebook.name, final, html, time.perf_counter() - started)


class Progress:
    """Counts, rate and time left on a terminal; nothing when output is piped."""

    def __init__(self, total: int, workers: int, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.active = bool(getattr(self.stream, "isatty", lambda: False)())
        self.total, self.workers, self.done = total, workers, 0
        self.started = time.perf_counter()
        self._lock = threading.Lock()

    def __call__(self, message: str) -> None:
        if self.active:
            print(message, file=self.stream, flush=True)

    def finished(self, run: NotebookRun) -> None:
        with self._lock:
            self.done += 1
            elapsed = time.perf_counter() - self.started
            rate = self.done / elapsed * 60
            left = (self.total - self.done) * elapsed / self.done
            self(
                f"[{self.done}/{self.total}] {run.notebook} in {run.seconds:.1f} s · "
                f"{rate:.1f} notebooks/min · about {left:.0f} s left"
            )


def run_report(
    event: str | config.Event | None = None,
    event_path: str | Path | None = None,
    out: Path | None = None,
    only: list[str] | None = None,
    progress: Callable[[str], None] | None = None,
    notebooks_dir: Path | None = None,
    jobs: int | None = None,
    with_code: bool = False,
) -> list[NotebookRun]:
    """Render the series for one event into ``out`` (default reports/<event>/), with an
    ``index.html``. Figures go to figures/<event>/ only for an embedded event's default
    run, else under ``<out>/figures/``. Raises ReportError naming the failed notebook."""
    resolved = config.Event.of(event, event_path)
    event_dir = resolved.path
    # Only an event of the project's own events folder is the embedded default.
    embedded = event_dir.resolve().parent == config.EVENTS_DIR.resolve()
    event_id = resolved.id if embedded else event_label(event_dir)
    out_dir = Path(out) if out else config.reports_dir(event_id)
    try:
        refuse_source_folder(out_dir, event_dir)
    except OutputFolderError as err:
        raise ReportError(str(err)) from None
    check_writable(out_dir)
    default_run = out is None and embedded
    figures = config.figures_dir(event_id) if default_run else out_dir / "figures" / event_id
    check_writable(figures)
    isolate_kernels()
    parameters = {
        "event": event_id,
        "event_dir": str(event_dir.resolve()),
        "figures_dir": str(figures.resolve()),
    }
    notebooks = series(only, notebooks_dir)
    workers = max(1, min(jobs or os.cpu_count() or 1, len(notebooks), 4))
    tracker = Progress(len(notebooks), workers)
    say = progress or tracker
    try:
        with output_lock(out_dir):
            runs = _run_all(notebooks, out_dir, parameters, workers, event_id, with_code,
                            say, tracker)
            _write_index(out_dir, event_id, runs, figures)
    except OutputFolderError as err:
        raise ReportError(str(err)) from None
    _record_durations(runs)
    return runs


def _run_all(
    notebooks: list[Path], out_dir: Path, parameters: dict[str, object], workers: int,
    event: str, with_code: bool, say: Callable[[str], None], tracker: Progress,
) -> list[NotebookRun]:
    """Run ``notebooks`` on ``workers`` warm kernels, longest first (by the last run's
    times) so the workers finish together; raise the first failure after all ran."""
    durations = _last_durations()
    order = sorted(notebooks, key=lambda nb: (-durations.get(nb.name, 0.0), nb.name))
    if not durations:
        order = list(reversed(notebooks))  # chart-heavy notebooks come last in the series
    todo: queue.Queue[Path] = queue.Queue()
    for nb in order:
        todo.put(nb)
    results: dict[str, NotebookRun] = {}
    errors: list[BaseException] = []
    say(f"rendering {len(notebooks)} notebook(s) on {workers} kernel(s) into {_shown(out_dir)}")

    def worker() -> None:
        kernel = None
        try:
            kernel = WarmKernel()
            while True:
                try:
                    nb = todo.get_nowait()
                except queue.Empty:
                    return
                try:
                    run = run_notebook(nb, out_dir, parameters, kernel, event, with_code)
                except ReportError as err:
                    errors.append(err)
                    kernel.stop()  # a failed notebook may leave any state: next one starts fresh
                    kernel = WarmKernel()
                    continue
                results[nb.name] = run
                if progress_is_tracker:
                    tracker.finished(run)
                else:
                    say(f"    {nb.name} done in {run.seconds:.1f} s -> {_shown(run.html)}")
        except BaseException as err:  # noqa: BLE001 - re-raised in the main thread
            errors.append(err)
        finally:
            if kernel is not None:
                kernel.stop()

    progress_is_tracker = say is tracker
    threads = [threading.Thread(target=worker, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return [results[nb.name] for nb in notebooks]


def _write_index(out_dir: Path, event: str, runs: list[NotebookRun], figures: Path) -> Path:
    import nbformat  # lazy: only when a report runs

    pages, summary = [], []
    for run in runs:
        node = nbformat.read(run.output, as_version=4)
        pages.append((notebook_title(node), run.html, run.output))
        summary += summary_lines(run.output)
    chart = figures / MAIN_CHART
    return write_index(out_dir, event, pages, summary, chart if chart.is_file() else None)


_DURATIONS = "report-durations.json"


def _last_durations() -> dict[str, float]:
    try:
        return json.loads((config.CACHE_DIR / _DURATIONS).read_text())
    except (OSError, ValueError):
        return {}


def _record_durations(runs: list[NotebookRun]) -> None:
    durations = {**_last_durations(), **{r.notebook: round(r.seconds, 2) for r in runs}}
    with contextlib.suppress(OSError):
        atomic_write_text(config.CACHE_DIR / _DURATIONS, json.dumps(durations, sort_keys=True))


def _shown(path: Path) -> str:
    """``path`` relative to the working directory when it lies below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
