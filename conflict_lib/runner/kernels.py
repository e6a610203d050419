"""Warm kernels for the report: each kernel runs several notebooks in turn.

Most of a notebook's time under papermill is its kernel importing pandas, Altair
and vl-convert (about 2 s each). A report starts one kernel per worker, all at
once, and gives each the next notebook when it is free; between two notebooks the
kernel is reset to a fresh session (namespace, history, execution count, pandas
options), so a notebook's outputs are those of a kernel of its own while the
imports are paid once per worker.

Kernels talk over IPC sockets in a private temporary folder, never TCP, and are
stopped with a shutdown request rather than an interrupt: neither the "running
over TCP without encryption" warning nor "KeyboardInterrupt caught in kernel"
reaches the user.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

KERNEL = "python3"
# Run in the kernel between two notebooks: what a new kernel would start with.
RESET = """\
def _conflict_reset():
    import sys, warnings
    ip = get_ipython()
    ip.reset(new_session=True)
    ip.execution_count = 1
    if "pandas" in sys.modules:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sys.modules["pandas"].reset_option("^display[.]")
_conflict_reset()  # the reset removes the function itself too
"""


def isolate_kernels() -> None:
    """Resolve kernel 'python3' to this environment's ipykernel, not a kernelspec
    in the user's home (which could point at another Python)."""
    share = Path(sys.prefix) / "share" / "jupyter"
    os.environ["JUPYTER_DATA_DIR"] = str(share)
    os.environ["JUPYTER_PATH"] = str(share)
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")


class WarmKernel:
    """One ipykernel on IPC sockets, reusable for several notebooks."""

    def __init__(self) -> None:
        from jupyter_client.manager import KernelManager  # lazy: only when a report runs

        self._sockets = tempfile.mkdtemp(prefix="conflict-kernel-")
        self.manager = KernelManager(
            kernel_name=KERNEL, transport="ipc", ip=os.path.join(self._sockets, "k")
        )
        # The kernel's own log (start-up notices) is no business of the reader.
        self.manager.start_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.used = False

    def reset(self) -> None:
        """Give the next notebook a fresh session (a no-op before the first)."""
        if not self.used:
            self.used = True
            return
        with self._client() as client:
            reply = client.execute_interactive(
                RESET, silent=True, store_history=False, timeout=60, output_hook=lambda _: None
            )
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"kernel reset failed: {reply['content'].get('evalue')}")

    @contextlib.contextmanager
    def _client(self) -> Iterator:
        client = self.manager.client()
        client.start_channels()
        try:
            client.wait_for_ready(timeout=60)
            yield client
        finally:
            client.stop_channels()

    def stop(self) -> None:
        """Ask the kernel to exit; kill it only if it does not within 5 s."""
        manager = self.manager
        try:
            if manager.has_kernel and manager.is_alive():
                with self._client() as client:
                    client.shutdown()
                deadline = time.monotonic() + 5
                while manager.is_alive() and time.monotonic() < deadline:
                    time.sleep(0.05)
            manager.shutdown_kernel(now=True)
        finally:
            shutil.rmtree(self._sockets, ignore_errors=True)
