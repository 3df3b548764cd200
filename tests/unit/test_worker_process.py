"""WorkerProcess as a context manager starts one process and stops that one."""

from __future__ import annotations

from streams import worker_process
from streams.worker_process import WorkerProcess


class FakePopen:
    started: list[FakePopen] = []

    def __init__(self, *args, **kwargs) -> None:
        self.pid, self.returncode = 4242 + len(FakePopen.started), None
        FakePopen.started.append(self)

    def poll(self):
        return self.returncode

    def wait(self, timeout=None):
        self.returncode = -15
        return self.returncode


def test_a_started_worker_used_as_a_context_manager_is_not_started_twice(monkeypatch, tmp_path):
    FakePopen.started = []
    signalled: list[int] = []
    monkeypatch.setattr(worker_process.subprocess, "Popen", FakePopen)
    monkeypatch.setattr(worker_process.os, "killpg", lambda pid, sig: signalled.append(pid))
    with WorkerProcess("127.0.0.1:9", log_dir=tmp_path).start() as worker:
        assert worker.alive()
    assert len(FakePopen.started) == 1 and signalled == [FakePopen.started[0].pid]
    with WorkerProcess("127.0.0.1:9", log_dir=tmp_path) as worker:  # and a fresh one is started by `with`
        assert worker.alive()
    assert len(FakePopen.started) == 2 and signalled[-1] == FakePopen.started[1].pid
