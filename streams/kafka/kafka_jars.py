"""The pinned Apache Kafka jars: fetched once with Maven into a cache, then reused.

Why Maven: Kafka is published to Maven Central with its runtime dependencies, so one small
pom (`deploy/kafka/pom.xml`) pins the exact broker and `mvn dependency:copy-dependencies`
brings the whole classpath, with no download script of our own.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

log = logging.getLogger(__name__)

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


class BrokerError(RuntimeError):
    """The local broker cannot be fetched or started; the message says what to do."""


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
    pom = _pom_text()  # the hash covers what is pinned, not comments or layout:
    digest = hashlib.sha256(repr(sorted(pom_dependencies(pom))).encode()).hexdigest()
    root = cache_dir or os.environ.get("NEWSALERTS_CACHE") or Path.home() / ".cache" / "newsalerts"
    home = Path(root) / f"kafka-{kafka_version(pom)}"
    libs = home / "libs"
    if read_text(libs / _MARKER) == digest:
        return libs
    mvn = shutil.which("mvn")
    if not mvn:
        raise BrokerError("Maven not found (needed once to fetch the Kafka jars): apt-get install maven")
    home.mkdir(parents=True, exist_ok=True)
    with open(home / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if read_text(libs / _MARKER) == digest:  # another process fetched it meanwhile
            return libs
        pom_file = POM_PATH if POM_PATH.is_file() else home / "pom.xml"
        if pom_file != POM_PATH:
            pom_file.write_text(pom)
        for stale in home.glob("libs.tmp-*"):  # left by an interrupted fetch
            shutil.rmtree(stale, ignore_errors=True)
        tmp = home / f"libs.tmp-{os.getpid()}"
        log.info("fetching Kafka %s jars into %s", kafka_version(pom), libs)
        cmd = [mvn, "-q", "-B", "-f", str(pom_file), "dependency:copy-dependencies",
               f"-DoutputDirectory={tmp}", "-DincludeScope=runtime"]  # fmt: skip
        done = subprocess.run(cmd, capture_output=True, text=True, stdin=subprocess.DEVNULL)
        if done.returncode != 0 or not any(tmp.glob("kafka_*.jar")):
            shutil.rmtree(tmp, ignore_errors=True)
            raise BrokerError(
                f"fetching the Kafka jars failed (is Maven Central reachable?): {' '.join(cmd)}\n"
                + tail_of_log(done.stdout + done.stderr)
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


def read_text(path: Path) -> str | None:
    try:
        return path.read_text().strip()
    except OSError:
        return None


def tail_of_log(text: str, lines: int = 40) -> str:
    """The last lines, without Java stack frames (the messages and "Caused by" say more)."""
    kept = [ln for ln in text.strip().splitlines() if not re.match(r"\s+(at |\.\.\. \d+ more)", ln)]
    return "\n".join(kept[-lines:])
