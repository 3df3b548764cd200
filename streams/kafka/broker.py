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
    broker.start(); ...; broker.stop()

The broker's own logs (WARN and up) go to `<data_dir>/broker.log`, its stdout/stderr to
`<data_dir>/broker.out`; start-up errors quote their tail. The java process runs in its
own process group and is killed when this Python process exits.
"""

from __future__ import annotations

import atexit
import base64
import ctypes
import fcntl
import hashlib
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import uuid
import weakref
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from streams.kafka.admin import run_sync, wait_until_ready

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
POM_PATH = Path(__file__).resolve().parents[2] / "deploy" / "kafka" / "pom.xml"
# Used only when the package is installed without the repo (no deploy/kafka/pom.xml);
# tests/integration/test_broker.py checks that it matches that pom.
FALLBACK_DEPENDENCIES = (
    ("org.apache.kafka", "kafka_2.13", "4.1.1"),
    ("org.apache.logging.log4j", "log4j-slf4j2-impl", "2.24.3"),
    ("org.apache.logging.log4j", "log4j-core", "2.24.3"),
    ("org.slf4j", "slf4j-api", "2.0.17"),
)
_MARKER = ".newsalerts-complete"
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


class BrokerError(RuntimeError):
    """The local broker cannot be fetched or started; the message says what to do."""


# --- jars ---------------------------------------------------------------------------


def _pom_text() -> str:
    if POM_PATH.is_file():
        return POM_PATH.read_text()
    deps = "".join(
        f"<dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version></dependency>"
        for g, a, v in FALLBACK_DEPENDENCIES
    )
    return (
        '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
        "<groupId>newsalerts</groupId><artifactId>local-kafka</artifactId><version>1</version>"
        f"<packaging>pom</packaging><dependencies>{deps}</dependencies></project>"
    )


def pom_dependencies(pom_text: str) -> list[tuple[str, str, str]]:
    """(groupId, artifactId, version) of a pom's dependencies, `${properties}` resolved."""
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    root = ET.fromstring(pom_text)
    props = {el.tag.split("}")[-1]: (el.text or "") for el in root.findall("m:properties/*", ns)}

    def get(dep: ET.Element, tag: str) -> str:
        text = dep.findtext(f"m:{tag}", "", ns).strip()
        return re.sub(r"\$\{([^}]+)\}", lambda m: props.get(m.group(1), m.group(0)), text)

    return [
        (get(d, "groupId"), get(d, "artifactId"), get(d, "version"))
        for d in root.findall("m:dependencies/m:dependency", ns)
    ]


def kafka_version(pom_text: str | None = None) -> str:
    """The pinned Kafka version (from deploy/kafka/pom.xml when present)."""
    deps = pom_dependencies(pom_text or _pom_text())
    return next(v for g, a, v in deps if g == "org.apache.kafka" and a.startswith("kafka_"))


def kafka_classpath(cache_dir: str | os.PathLike[str] | None = None) -> Path:
    """Return the dir holding the broker jars, fetching them with Maven the first time.

    Why a marker file: it is written (with the pom's hash) only after a complete fetch,
    so an interrupted fetch, or a changed pom, is fetched again. A file lock keeps two
    processes (e.g. parallel test runs) from fetching into the same place at once.
    """
    pom = _pom_text()
    digest = hashlib.sha256(pom.encode()).hexdigest()
    root = cache_dir or os.environ.get("NEWSALERTS_CACHE") or Path.home() / ".cache" / "newsalerts"
    home = Path(root) / f"kafka-{kafka_version(pom)}"
    libs = home / "libs"
    if _read(libs / _MARKER) == digest:
        return libs
    mvn = shutil.which("mvn")
    if not mvn:
        raise BrokerError("Maven not found (needed once to fetch the Kafka jars): apt-get install maven")
    home.mkdir(parents=True, exist_ok=True)
    with open(home / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _read(libs / _MARKER) == digest:  # another process fetched it meanwhile
            return libs
        pom_file = POM_PATH if POM_PATH.is_file() else home / "pom.xml"
        if pom_file != POM_PATH:
            pom_file.write_text(pom)
        tmp = home / f"libs.tmp-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        log.info("fetching Kafka %s jars into %s", kafka_version(pom), libs)
        cmd = [mvn, "-q", "-B", "-f", str(pom_file), "dependency:copy-dependencies",
               f"-DoutputDirectory={tmp}", "-DincludeScope=runtime"]  # fmt: skip
        done = subprocess.run(cmd, capture_output=True, text=True, stdin=subprocess.DEVNULL)
        if done.returncode != 0 or not any(tmp.glob("kafka_*.jar")):
            shutil.rmtree(tmp, ignore_errors=True)
            raise BrokerError(
                f"fetching the Kafka jars failed (is Maven Central reachable?): {' '.join(cmd)}\n"
                + _tail(done.stdout + done.stderr)
            )
        (tmp / _MARKER).write_text(digest)
        shutil.rmtree(libs, ignore_errors=True)
        tmp.rename(libs)
    return libs


def find_java() -> str:
    """Path of a Java 17+ `java` ($JAVA_HOME first), or BrokerError saying what to install."""
    home_java = Path(os.environ.get("JAVA_HOME") or "/nonexistent") / "bin" / "java"
    java = str(home_java) if home_java.exists() else shutil.which("java")
    hint = "install a JDK (apt-get install openjdk-17-jre-headless)"
    if not java:
        raise BrokerError(f"Java 17+ not found: {hint}")
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    major = int(match.group(1)) if match else 0
    major = int(match.group(2) or 0) if major == 1 else major  # "1.8.0" is Java 8
    if major < 17:
        raise BrokerError(f"Java 17+ needed, found {out.strip() or java!r}: {hint}")
    return java


def _read(path: Path) -> str | None:
    try:
        return path.read_text().strip()
    except OSError:
        return None


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


# --- the broker ---------------------------------------------------------------------

_live: weakref.WeakSet[LocalBroker] = weakref.WeakSet()


@atexit.register
def _kill_all() -> None:
    for broker in list(_live):
        broker.stop(timeout=0)


def _free_ports() -> tuple[int, int]:
    with socket.socket() as a, socket.socket() as b:  # both open at once: two distinct ports
        a.bind((HOST, 0))
        b.bind((HOST, 0))
        return a.getsockname()[1], b.getsockname()[1]


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
        free = _free_ports() if port is None or controller_port is None else (0, 0)
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
                ["num.partitions", "default.replication.factor", "offsets.topic.num.partitions",
                 "offsets.topic.replication.factor", "transaction.state.log.num.partitions",
                 "transaction.state.log.replication.factor", "transaction.state.log.min.isr",
                 "share.coordinator.state.topic.replication.factor",
                 "share.coordinator.state.topic.min.isr"], 1,
            ),  # fmt: skip
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
            self._write_config()
            self._format(java, libs)
            try:
                self._launch(java, libs)
                break
            except BrokerError as exc:
                # Ports we picked may have been taken meanwhile: pick others (first start only).
                if self._fixed_ports or attempt == 2 or "Address already in use" not in str(exc):
                    raise
                self.port, self.controller_port = _free_ports()
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
        self.stop(timeout)
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
            raise BrokerError(f"formatting the Kafka data dir failed:\n{_tail(done.stdout + done.stderr)}")

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
                        + self._log_tail()
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
            raise BrokerError(f"Kafka exited during start-up (code {code}); its logs end with:\n{self._log_tail()}")

    def _log_tail(self) -> str:
        assert self.data_dir is not None
        files = [self.data_dir / "broker.out", self.data_dir / "broker.log"]
        parts = [f"--- {f} ---\n{_tail(text, 25)}" for f in files if (text := _read(f))]
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
