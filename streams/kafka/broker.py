"""A real single-node Kafka broker (KRaft, no ZooKeeper) that the project starts itself.

Why: tests, the demo and `newsalerts broker` need a real Kafka without Docker or a
system-wide install. Only Java 17+ and Maven are required; the broker jars pinned in
`deploy/kafka/pom.xml` are fetched once from Maven Central into a cache dir
(`$NEWSALERTS_CACHE` or `~/.cache/newsalerts`, under `kafka-<version>/libs`).

Usage::

    from streams.kafka.broker import LocalBroker

    with LocalBroker() as broker:      # free loopback ports, temp data dir, waits until ready
        print(broker.bootstrap)        # "127.0.0.1:PORT"
        broker.restart()               # same port and data: a broker bounce mid-stream

    broker = LocalBroker(port=9092, data_dir=".cache/kafka")  # a given data_dir is kept
    broker.start(); ...; broker.kill(); broker.start(); ...; broker.stop()  # crash + recover

Extra or overriding broker settings: `LocalBroker(properties={"log.retention.ms": 60000})`.

The broker's own logs (WARN and up) go to `<data_dir>/broker.log`, its stdout/stderr to
`<data_dir>/broker.out`; start-up errors quote their tail. The java process runs in its
own process group and is killed when this Python process exits.
"""

from __future__ import annotations

import atexit
import base64
import ctypes
import logging
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import uuid
import weakref
from pathlib import Path
from typing import Any

from streams.kafka.admin import run_sync, wait_until_ready
from streams.kafka.kafka_jars import BrokerError, find_java, kafka_classpath, kafka_version, read_text, tail_of_log
from streams.ports import free_ports

__all__ = ["BrokerError", "LocalBroker", "kafka_classpath", "kafka_version"]

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
_LOG4J2 = """\
status = warn
appender.file.type = File
appender.file.name = file
appender.file.fileName = ${sys:kafka.logs.dir}/broker.log
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = warn
rootLogger.appenderRef.file.ref = file
"""
DEFAULT_JVM_OPTS = ("-Xms64m", "-Xmx512m", "-XX:+UseG1GC", "-Djava.awt.headless=true")


# --- the broker ---------------------------------------------------------------------

_live: weakref.WeakSet[LocalBroker] = weakref.WeakSet()


@atexit.register
def _kill_all() -> None:
    for broker in list(_live):
        broker.stop(timeout=0)


def _pdeathsig_setter() -> Any:
    """A preexec_fn: the child gets SIGKILL when we die, even by SIGKILL (Linux).

    Only from the main thread: Linux sends it when the *thread* that forked ends.
    """
    prctl = getattr(ctypes.CDLL(None), "prctl", None)  # resolved before the fork
    if prctl is None or threading.current_thread() is not threading.main_thread():
        return None
    return lambda: prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


class LocalBroker:
    """One broker+controller KRaft node on loopback, with test-friendly settings.

    `properties` overrides or adds broker settings. A `data_dir` given by the caller is
    kept; the default temp dir is deleted by `stop()` unless `keep_data=True`.
    """

    def __init__(
        self,
        port: int | None = None,
        controller_port: int | None = None,
        data_dir: str | os.PathLike[str] | None = None,
        keep_data: bool | None = None,
        properties: dict[str, Any] | None = None,
        start_timeout: float = 60.0,
        cache_dir: str | os.PathLike[str] | None = None,
        jvm_opts: tuple[str, ...] = DEFAULT_JVM_OPTS,
    ) -> None:
        self._fixed_ports = port is not None
        free = free_ports(2) if port is None or controller_port is None else (0, 0)
        self.port, self.controller_port = port or free[0], controller_port or free[1]
        self.data_dir = Path(data_dir).resolve() if data_dir else None
        self.keep_data = (data_dir is not None) if keep_data is None else keep_data
        self.properties = dict(properties or {})
        self.start_timeout = start_timeout
        self.cache_dir = cache_dir
        self.jvm_opts = tuple(jvm_opts)
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        return f"{HOST}:{self.port}"

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"<LocalBroker {self.bootstrap} {state} data_dir={self.data_dir}>"

    def __enter__(self) -> LocalBroker:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def server_properties(self) -> dict[str, str]:
        """The effective server.properties (ours, then the caller's overrides)."""
        assert self.data_dir is not None
        props: dict[str, Any] = {
            "process.roles": "broker,controller",
            "node.id": 1,
            "controller.quorum.voters": f"1@{HOST}:{self.controller_port}",
            "listeners": f"PLAINTEXT://{HOST}:{self.port},CONTROLLER://{HOST}:{self.controller_port}",
            "advertised.listeners": f"PLAINTEXT://{HOST}:{self.port}",
            "controller.listener.names": "CONTROLLER",
            "inter.broker.listener.name": "PLAINTEXT",
            "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "log.dirs": self.data_dir / "kraft",
            "auto.create.topics.enable": "true",  # our code still creates topics explicitly
            "group.initial.rebalance.delay.ms": 0,
            # One node: replication 1; internal topics get 1 partition (quick to create/load).
            **dict.fromkeys(
                [
                    "num.partitions",
                    "default.replication.factor",
                    "offsets.topic.num.partitions",
                    "offsets.topic.replication.factor",
                    "transaction.state.log.num.partitions",
                    "transaction.state.log.replication.factor",
                    "transaction.state.log.min.isr",
                    "share.coordinator.state.topic.replication.factor",
                    "share.coordinator.state.topic.min.isr",
                ],
                1,
            ),
            # Quicker recovery after kill(): the restarted node's old registration
            # expires sooner (default 9 s), still loose enough for a busy CI machine.
            "broker.session.timeout.ms": 4000,
            "broker.heartbeat.interval.ms": 500,
        }
        props.update(self.properties)
        return {k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in props.items()}

    def start(self) -> LocalBroker:
        """Start (formatting the data dir the first time) and wait until it is usable."""
        if self.running:
            return self
        began = time.monotonic()
        java, libs = find_java(), kafka_classpath(self.cache_dir)
        self.data_dir = self.data_dir or Path(tempfile.mkdtemp(prefix="newsalerts-kafka-"))
        self.data_dir.mkdir(parents=True, exist_ok=True)  # again after stop() deleted it
        for attempt in range(3):
            try:
                self._write_config()
                self._format(java, libs)
                self._launch(java, libs)
                break
            except BrokerError as exc:
                # Ports we picked may have been taken meanwhile: pick others (first start only).
                if not self._fixed_ports and attempt < 2 and "Address already in use" in str(exc):
                    self.port, self.controller_port = free_ports(2)
                    continue
                if not self.keep_data:  # the error quotes the logs; leave no temp dirs behind
                    shutil.rmtree(self.data_dir, ignore_errors=True)
                raise
        log.info("Kafka broker up at %s in %.1fs (data %s)", self.bootstrap, time.monotonic() - began, self.data_dir)
        return self

    def stop(self, timeout: float = 30.0) -> None:
        """SIGTERM (clean shutdown), SIGKILL after `timeout`; then drop a temp data dir."""
        self._halt(signal.SIGTERM, timeout)
        if not self.keep_data and self.data_dir is not None:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def kill(self) -> None:
        """SIGKILL, like a crash: keeps the data dir so `start()` can recover from it."""
        self._halt(signal.SIGKILL, 0)

    def restart(self, timeout: float = 30.0) -> LocalBroker:
        """Stop cleanly and start again on the same ports and data dir (data survives)."""
        self._halt(signal.SIGTERM, timeout)
        self._fixed_ports = True  # clients know this address: never move
        return self.start()

    # --- internals ---

    def _write_config(self) -> None:
        assert self.data_dir is not None
        props = "".join(f"{k}={v}\n" for k, v in self.server_properties().items())
        (self.data_dir / "server.properties").write_text(props)
        (self.data_dir / "log4j2.properties").write_text(_LOG4J2)

    def _java_cmd(self, java: str, libs: Path, main: str, *args: str) -> list[str]:
        assert self.data_dir is not None
        return [
            java, *self.jvm_opts,
            f"-Dlog4j2.configurationFile={self.data_dir / 'log4j2.properties'}",
            f"-Dkafka.logs.dir={self.data_dir}",
            "-cp", f"{libs}/*", main, *args,
        ]  # fmt: skip

    def _format(self, java: str, libs: Path) -> None:
        """Format the KRaft log dir once; a restart keeps the existing one."""
        assert self.data_dir is not None
        if (self.data_dir / "kraft" / "meta.properties").exists():
            return
        cluster_id = "-"  # a Kafka Uuid, made here to spare a JVM start (`random-uuid`)
        while cluster_id.startswith("-"):  # like Uuid.randomUuid(): CLI-safe ids
            cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        props = str(self.data_dir / "server.properties")
        cmd = self._java_cmd(java, libs, "kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", props)
        done = subprocess.run(cmd, capture_output=True, text=True, stdin=subprocess.DEVNULL)
        if done.returncode != 0:
            raise BrokerError(f"formatting the Kafka data dir failed:\n{tail_of_log(done.stdout + done.stderr)}")

    def _launch(self, java: str, libs: Path) -> None:
        assert self.data_dir is not None
        cmd = self._java_cmd(java, libs, "kafka.Kafka", str(self.data_dir / "server.properties"))
        with open(self.data_dir / "broker.out", "ab") as out:
            self._proc = subprocess.Popen(
                cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                start_new_session=True,  # own process group: stop() reaches all of it
                preexec_fn=_pdeathsig_setter(),
            )  # fmt: skip
        _live.add(self)
        deadline, last = time.monotonic() + self.start_timeout, "port closed"
        try:
            while True:  # short probes, so a broker that dies meanwhile is noticed
                self._check_alive()
                if self._accepts_tcp():  # before aiokafka: it logs refused connections loudly
                    try:
                        return run_sync(wait_until_ready(self.bootstrap, timeout=3.0))
                    except TimeoutError as exc:
                        last = str(exc)
                else:
                    time.sleep(0.1)
                if time.monotonic() > deadline:
                    raise BrokerError(
                        f"Kafka at {self.bootstrap} not ready within {self.start_timeout:.0f}s ({last}):\n"
                        + self._logtail_of_log()
                    )
        except BaseException:
            self._halt(signal.SIGKILL, 0)
            raise

    def _accepts_tcp(self) -> bool:
        try:
            with socket.create_connection((HOST, self.port), timeout=0.5):
                return True
        except OSError:
            return False

    def _check_alive(self) -> None:
        if self._proc is not None and self._proc.poll() is not None:
            code = self._proc.returncode
            tail = self._logtail_of_log()
            raise BrokerError(f"Kafka exited during start-up (code {code}); logs in {self.data_dir} end with:\n{tail}")

    def _logtail_of_log(self) -> str:
        assert self.data_dir is not None
        files = [self.data_dir / "broker.out", self.data_dir / "broker.log"]
        parts = [f"--- {f.name} ---\n{tail_of_log(text, 25)}" for f in files if (text := read_text(f))]
        return "\n".join(parts) or f"(no output in {self.data_dir})"

    def _halt(self, sig: signal.Signals, timeout: float) -> None:
        proc, self._proc = self._proc, None
        _live.discard(self)
        if proc is None:
            return
        for s in (sig, signal.SIGKILL):
            if proc.poll() is None:  # not reaped yet, so its pid/group cannot be reused
                os.killpg(proc.pid, s)
            try:
                proc.wait(timeout if s != signal.SIGKILL else 10)
                return
            except subprocess.TimeoutExpired:
                if timeout > 0:
                    log.warning("Kafka (pid %s) did not stop within %.0fs: killing it", proc.pid, timeout)
