"""Run a worker as a child process: used by the demo, the tests and the benchmark.

A real separate process (not an in-process app) is what production runs, and it is the
only way to test kill -9 and restarts honestly.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from streams.ports import free_port


def scrape_metric(text: str, name: str, **labels: str) -> float:
    """Sum of the samples of `name` (with the given labels) in a Prometheus text scrape."""
    total = 0.0
    for line in text.splitlines():
        if not line.startswith(name) or line.startswith("#"):
            continue
        series, _, value = line.rpartition(" ")
        metric = series.split("{", 1)[0]
        if metric != name or not all(f'{k}="{v}"' in series for k, v in labels.items()):
            continue
        total += float(value)
    return total


class WorkerProcess:
    """`python -m streams worker` with its own metrics port, log file and environment."""

    def __init__(
        self,
        bootstrap: str,
        *,
        log_dir: str | Path,
        name: str = "worker-1",
        metrics_port: int | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        self.bootstrap = bootstrap
        self.name = name
        self.metrics_port = metrics_port or free_port()
        self._port_picked = metrics_port is None  # ours to change if another process takes it
        self.log_path = Path(log_dir) / f"{name}.log"
        self.extra_env = env or {}
        self.process: subprocess.Popen | None = None
        self._log_start = 0  # where the latest start's output begins in the (appended) log

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.metrics_port}/metrics"

    def start(self) -> "WorkerProcess":
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "NEWSALERTS_BOOTSTRAP": self.bootstrap,
            "NEWSALERTS_METRICS_PORT": str(self.metrics_port),
            "NEWSALERTS_WORKER_NAME": self.name,
            **self.extra_env,
        }
        log = open(self.log_path, "ab")
        self._log_start = log.tell()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "streams", "worker"],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
        log.close()
        return self

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def get(self, path: str, timeout: float = 2.0) -> tuple[int, str]:
        """GET a path of the worker's web server: (status, body); (0, "") if it does not answer."""
        url = f"http://127.0.0.1:{self.metrics_port}{path}"
        try:
            with urllib.request.urlopen(url, timeout=timeout) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode(errors="replace")
        except (urllib.error.URLError, OSError):
            return 0, ""

    def wait_ready(self, timeout: float = 90.0) -> None:
        """Block until /readyz says ready; raise with the log's tail if the worker dies or stalls."""
        deadline = time.monotonic() + timeout
        retries = 2
        while time.monotonic() < deadline:
            if not self.alive():
                if self._port_picked and retries and "address already in use" in self._latest_output():
                    retries -= 1  # someone took the port between our pick and the worker's bind
                    self.metrics_port = free_port()
                    self.start()
                    continue
                raise RuntimeError(f"worker {self.name} exited during start-up:\n{self.log_tail()}")
            if self.get("/readyz")[0] == 200:
                return
            time.sleep(0.25)
        raise TimeoutError(f"worker {self.name} not ready after {timeout:.0f}s:\n{self.log_tail()}")

    def metric(self, name: str, **labels: str) -> float:
        status, text = self.get("/metrics")
        return scrape_metric(text, name, **labels) if status == 200 else 0.0

    def kill(self) -> None:
        """SIGKILL: the crash the at-least-once design must survive."""
        if self.alive():
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def stop(self, timeout: float = 30.0) -> int | None:
        """SIGTERM (graceful: commit offsets, flush producer), SIGKILL if it does not exit in time."""
        if not self.alive():
            return self.process.returncode if self.process else None
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            return self.process.returncode

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def _latest_output(self) -> str:
        """What the latest start wrote (the log is appended to across restarts)."""
        try:
            with open(self.log_path, "rb") as log:
                log.seek(self._log_start)
                return log.read().decode(errors="replace")
        except OSError:
            return ""

    def __enter__(self) -> "WorkerProcess":
        # `with WorkerProcess(...).start() as worker:` must not start a second, unstopped process
        return self if self.process is not None else self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
