"""docker-compose.yml and the Dockerfile, checked without a Docker engine.

There is no engine in CI, so these tests read the files and assert the properties that
would otherwise only show up at `docker compose up`: pinned images, a scalable worker,
mounts that exist, Prometheus scraping the port the worker serves, and an image build whose
COPY sources exist. `docker compose config -q` runs as well where a compose CLI can.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path, PurePosixPath

import pytest
import yaml

from streams import config

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
PROMETHEUS = ROOT / "deploy/prometheus/prometheus.yml"
DASHBOARD_PROVIDER = ROOT / "deploy/grafana/provisioning/dashboards/newsalerts.yml"

LONG_RUNNING = ("kafka", "worker", "prometheus", "grafana")
PIPELINE_TOPICS = (
    config.ARTICLES_TOPIC,
    config.ENRICHED_TOPIC,
    config.ALERTS_TOPIC,
    config.CANDIDATES_TOPIC,
    config.DLQ_TOPIC,
)


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


def _env(service: dict) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {k: str(v) for k, v in env.items()}


def _resolve(value: str) -> str:
    """`${VAR:-default}` -> default, as compose does when VAR is unset."""
    return re.sub(r"\$\{[A-Za-z_][A-Za-z0-9_]*:-([^}]*)\}", r"\1", value)


def _binds(service: dict) -> dict[str, str]:
    """Container path -> host path of the service's bind mounts (short syntax)."""
    mounts = {}
    for volume in service.get("volumes", []):
        source, target = volume.split(":")[:2]
        if source.startswith((".", "/")):
            mounts[target] = source
    return mounts


def test_expected_services(services):
    assert {"kafka", "topics", "worker", "producer", "prometheus", "grafana"} <= set(services)


def test_images_are_pinned(services):
    """`latest` (or no tag) changes under you between two `up`s."""
    for name, service in services.items():
        image = service.get("image")
        assert image, f"{name}: no image (built services still need a pinned tag)"
        _, _, tag = image.rpartition("/")[2].partition(":")
        assert tag and tag != "latest", f"{name}: image {image!r} is not pinned"


def test_kafka_is_single_node_kraft(services):
    kafka = services["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    env = _env(kafka)
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"].startswith(f"{env['KAFKA_NODE_ID']}@kafka:")
    assert "CONTROLLER" in env["KAFKA_LISTENERS"] and env["KAFKA_CONTROLLER_LISTENER_NAMES"] == "CONTROLLER"
    assert env["CLUSTER_ID"]
    # single broker: internal topics must not ask for 3 replicas
    assert env["KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"] == "1"
    # the address the workers use is the one Kafka advertises inside the network
    bootstrap = _env(services["worker"])["NEWSALERTS_BOOTSTRAP"]
    assert f"PLAINTEXT://{bootstrap}" in env["KAFKA_ADVERTISED_LISTENERS"].split(",")
    assert any(v.endswith(":/var/lib/kafka/data") for v in kafka["volumes"])
    assert env["KAFKA_LOG_DIRS"] == "/var/lib/kafka/data"


def test_topic_creator_is_one_shot_and_creates_the_pipeline_topics(services, monkeypatch):
    """Run the creator's script with the Kafka calls recorded: every pipeline topic and one
    per subscription, with the workers' partition count (co-partitioning needs it)."""
    topics = services["topics"]
    assert topics["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert str(topics.get("restart", "no")) == "no"
    assert topics["entrypoint"] == ["python", "-c"]
    assert topics["image"] == services["worker"]["image"]

    from streams.core.routing import load_subscriptions
    from streams.kafka import admin

    calls = []
    monkeypatch.setattr(admin, "wait_until_ready", lambda bootstrap, timeout=60.0: calls.append(("ready", bootstrap)))
    monkeypatch.setattr(admin, "run_sync", lambda value: value)
    monkeypatch.setattr(
        admin,
        "ensure_topics_sync",
        lambda bootstrap, names, partitions=4, **kw: calls.append((bootstrap, list(names), partitions)) or [],
    )
    env = {k: _resolve(v) for k, v in _env(topics).items()}
    for name in [k for k in os.environ if k.startswith("NEWSALERTS_")]:
        monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(ROOT)  # the image's WORKDIR holds deploy/subscriptions.yaml the same way
    exec(compile(topics["command"][0], "docker-compose.yml:topics", "exec"), {})

    bootstrap = env["NEWSALERTS_BOOTSTRAP"]
    assert calls[0] == ("ready", bootstrap)
    _, created, partitions = calls[1]
    expected = set(PIPELINE_TOPICS) | {s.topic for s in load_subscriptions(ROOT / "deploy/subscriptions.yaml")}
    assert set(created) == expected
    assert partitions == int(_resolve(_env(services["worker"])["NEWSALERTS_PARTITIONS"]))
    assert bootstrap == _env(services["worker"])["NEWSALERTS_BOOTSTRAP"]


def test_worker_is_scalable(services):
    """`docker compose up --scale worker=N`: no fixed name, no host port to clash on."""
    worker = services["worker"]
    assert "container_name" not in worker
    for port in worker.get("ports", []):
        assert ":" not in str(port), f"host port {port!r} clashes when scaled"
    assert worker["command"] == ["worker"]
    assert worker["build"] in (".", {"context": "."})
    assert worker["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert worker["depends_on"]["topics"]["condition"] == "service_completed_successfully"


def test_producer_runs_only_with_the_replay_profile(services):
    producer = services["producer"]
    assert "replay" in producer["profiles"]
    assert producer["command"][0] == "replay"
    assert producer["image"] == services["worker"]["image"]


def test_prometheus_scrapes_the_worker_metrics_port(services):
    port = _resolve(_env(services["worker"])["NEWSALERTS_METRICS_PORT"])
    assert port in [str(p) for p in services["worker"].get("expose", [])]
    scrape = yaml.safe_load(PROMETHEUS.read_text())["scrape_configs"]
    job = next(j for j in scrape if j["job_name"] == "newsalerts-worker")
    targets = [f"{name}:{sd['port']}" for sd in job.get("dns_sd_configs", []) for name in sd["names"]]
    targets += [t for sc in job.get("static_configs", []) for t in sc["targets"]]
    assert targets == [f"worker:{port}"]
    # the worker's own healthcheck probes the same port
    assert f":{port}/" in json.dumps(services["worker"]["healthcheck"]["test"])


def test_prometheus_mounts_config_and_rules(services):
    """Mounted files exist in the repo and every rule_files entry resolves in the container."""
    prom = services["prometheus"]
    binds = _binds(prom)
    assert binds["/etc/prometheus/prometheus.yml"] == "./deploy/prometheus/prometheus.yml"
    config_file = next(a for a in prom["command"] if a.startswith("--config.file=")).split("=", 1)[1]
    for rule_file in yaml.safe_load(PROMETHEUS.read_text())["rule_files"]:
        in_container = str(PurePosixPath(config_file).parent / rule_file)
        assert binds.get(in_container) == "./deploy/prometheus/rules.yml", in_container


def test_grafana_mounts_provisioning_and_dashboards(services):
    binds = _binds(services["grafana"])
    assert binds["/etc/grafana/provisioning"] == "./deploy/grafana/provisioning"
    provider = yaml.safe_load(DASHBOARD_PROVIDER.read_text())["providers"][0]
    assert binds[provider["options"]["path"]] == "./deploy/grafana/dashboards"


def test_bind_mount_sources_exist(services):
    for name, service in services.items():
        for source in _binds(service).values():
            assert (ROOT / source).exists(), f"{name}: {source} does not exist"


def test_healthchecks_and_volumes(compose, services):
    for name in LONG_RUNNING:
        check = services[name].get("healthcheck", {})
        assert check.get("test") and not check.get("disable"), f"{name}: no healthcheck"
    declared = set(compose.get("volumes") or {})
    for name, service in services.items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if not source.startswith((".", "/")):
                assert source in declared, f"{name}: named volume {source} is not declared"
    named = {name: [v for v in s.get("volumes", []) if not v.startswith((".", "/"))] for name, s in services.items()}
    assert all(named[name] for name in ("kafka", "prometheus", "grafana")), named


def _compose_cli() -> list[str] | None:
    """A compose CLI that can parse without an engine: the docker plugin, else docker-compose."""
    if shutil.which("docker"):
        probe = subprocess.run(["docker", "compose", "version"], capture_output=True, timeout=30)
        if probe.returncode == 0:
            return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    return None


def test_compose_config_parses():
    cli = _compose_cli()
    if cli is None:
        pytest.skip("no compose CLI here (neither the `docker compose` plugin nor docker-compose)")
    result = subprocess.run(
        [*cli, "-f", str(COMPOSE), "config", "-q"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    if result.returncode != 0 and re.search(r"daemon|docker\.sock|connect", result.stderr, re.I):
        pytest.skip(f"{' '.join(cli)} config needs an engine here: {result.stderr.strip()[:200]}")
    assert result.returncode == 0, result.stderr


# --- Dockerfile -----------------------------------------------------------------------------


def _instructions() -> list[tuple[str, str]]:
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            op, _, rest = line.partition(" ")
            out.append((op.upper(), rest.strip()))
    return out


def test_dockerfile_shape():
    steps = _instructions()
    ops = [op for op, _ in steps]
    base = dict(steps)["FROM"]
    assert re.fullmatch(r"python:3\.11\.\d+-slim(-\w+)?", base), base
    user = [rest for op, rest in steps if op == "USER"]
    assert user and user[-1] not in ("root", "0")
    assert dict(steps)["ENTRYPOINT"] == '["newsalerts"]'
    assert dict(steps)["CMD"] == '["worker"]'
    assert "newsalerts" in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert "/healthz" in dict(steps)["HEALTHCHECK"]
    assert dict(steps)["EXPOSE"] == str(config.Settings().metrics_port) == "6066"
    assert ops.index("USER") > max(i for i, op in enumerate(ops) if op == "RUN")


def test_dockerfile_caches_dependencies_before_the_source():
    """Editing streams/ must not re-run the dependency install."""
    steps = _instructions()
    copy_pyproject = next(i for i, (op, rest) in enumerate(steps) if op == "COPY" and rest.startswith("pyproject.toml"))
    first_install = next(i for i, (op, rest) in enumerate(steps) if op == "RUN" and "pip install" in rest)
    copy_source = next(i for i, (op, rest) in enumerate(steps) if op == "COPY" and rest.startswith("streams/"))
    assert copy_pyproject < first_install < copy_source
    # The project itself is installed editable, after the source: streams/core/schemas.py
    # finds schemas/ next to streams/, which a copy in site-packages would not have.
    project = [i for i, (op, rest) in enumerate(steps) if op == "RUN" and re.search(r"pip install .*-e \.$", rest)]
    assert project and project[0] > copy_source


def _ignored(path: str, patterns: list[str]) -> bool:
    ignored = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        pattern = pattern.lstrip("!").rstrip("/")
        if fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(path, pattern + "/*"):
            ignored = not negate
    return ignored


def test_dockerfile_copy_sources_exist_and_are_not_ignored():
    """A missing or .dockerignored COPY source fails the image build."""
    patterns = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    for op, rest in _instructions():
        if op != "COPY" or rest.startswith("--from"):
            continue
        for source in rest.split()[:-1]:
            source = source.rstrip("/")
            if any(ch in source for ch in "*?["):
                matches = list(ROOT.glob(source))  # optional files: may match nothing
            else:
                matches = [ROOT / source]
                assert matches[0].exists(), f"COPY {source}: not in the repository"
            for match in matches:
                rel = match.relative_to(ROOT).as_posix()
                assert not _ignored(rel, patterns), f"COPY {rel}: excluded by .dockerignore"
