"""Worker start and stop: fatal configuration errors, and a graceful SIGTERM."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import uuid

import pytest
from aiokafka.admin import AIOKafkaAdminClient

from streams import config
from streams.core.routing import load_subscriptions
from streams.kafka.admin import ensure_topics_sync
from streams.worker_process import WorkerProcess
from tests.integration.conftest import REPO, SEEDS


def test_bad_subscriptions_file_exits_non_zero_with_a_clear_message(tmp_path):
    bad = tmp_path / "subscriptions.yaml"
    bad.write_text("version: 1\nsubscriptions:\n  - name: spies\n    types: [espionage]\n")
    env = {**os.environ, "NEWSALERTS_SUBSCRIPTIONS": str(bad)}
    done = subprocess.run(
        [sys.executable, "-m", "streams", "worker", "--bootstrap", "127.0.0.1:1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "configuration error" in done.stderr and "espionage" in done.stderr


async def committed_for(bootstrap: str, group: str, topic: str) -> dict[int, int]:
    """The group's committed offset per partition of `topic` (what a restart resumes from)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        offsets = await admin.list_consumer_group_offsets(group)
    finally:
        await admin.close()
    return {tp.partition: meta.offset for tp, meta in offsets.items() if tp.topic == topic and meta.offset >= 0}


def test_sigterm_commits_offsets_and_exits_cleanly(pipeline_factory):
    pipeline = pipeline_factory()
    worker = pipeline.start_worker()
    sent = sum(pipeline.replay(SEEDS) for _ in range(3))
    assert len(pipeline.read("enriched", until=sent)) == sent
    assert worker.stop(timeout=60) == 0, worker.log_tail()
    committed = asyncio.run(committed_for(pipeline.bootstrap, pipeline.app_id, pipeline.topics["articles"]))
    assert sum(committed.values()) == sent, committed  # a restart would re-read nothing


async def topic_list(bootstrap: str) -> set[str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        return set(await admin.list_topics())
    finally:
        await admin.close()


def test_the_worker_creates_the_topics_it_writes(kafka_bootstrap, tmp_path):
    prefix = f"t{uuid.uuid4().hex[:8]}."
    topics = config.topic_names(prefix)
    ensure_topics_sync(kafka_bootstrap, [topics["articles"]], partitions=4)  # the producers' topic only
    env = {"NEWSALERTS_TOPIC_PREFIX": prefix, "NEWSALERTS_APP_ID": f"na-{prefix.rstrip('.')}",
           "NEWSALERTS_PARTITIONS": "4", "NEWSALERTS_DATA_DIR": str(tmp_path / "data")}  # fmt: skip
    with WorkerProcess(kafka_bootstrap, log_dir=tmp_path, env=env).start() as worker:
        worker.wait_ready()
        subscriptions = load_subscriptions(REPO / "deploy" / "subscriptions.yaml")
        wanted = {topics[r] for r in ("enriched", "candidates", "alerts", "dlq")}
        wanted |= {topics["subscription_prefix"] + s.name for s in subscriptions}
        assert wanted <= asyncio.run(topic_list(kafka_bootstrap)), "output topics missing"


def test_a_worker_whose_picked_port_is_taken_restarts_on_another(pipeline_factory):
    """Another process may bind the metrics port between our pick and the worker's bind."""
    pipeline = pipeline_factory()
    worker = WorkerProcess(pipeline.bootstrap, log_dir=pipeline.log_dir, name="port-clash", env=pipeline.env())
    pipeline.workers.append(worker)
    taken = worker.metrics_port
    with socket.create_server(("127.0.0.1", taken)):
        worker.start().wait_ready()
        assert worker.metrics_port != taken
        assert worker.get("/readyz")[0] == 200
    assert "address already in use" in worker.log_path.read_text()  # the first start did fail


def test_a_worker_given_a_taken_port_reports_it(pipeline_factory, tmp_path):
    """A port the caller chose is not ours to change: the start-up failure is reported."""
    pipeline = pipeline_factory()
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        worker = WorkerProcess(
            pipeline.bootstrap, log_dir=tmp_path, name="given-port", metrics_port=port, env=pipeline.env()
        )
        with pytest.raises(RuntimeError, match="exited during start-up"):
            worker.start().wait_ready()
