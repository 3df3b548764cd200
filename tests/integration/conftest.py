"""A whole pipeline (topics + worker processes) on the session's broker, per scenario.

Each scenario gets its own topic prefix and Faust app id, so scenarios sharing the one
broker never see each other's messages, dedup state or consumer offsets.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from pathlib import Path

import msgspec
import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from streams import config
from streams.core.routing import load_subscriptions
from streams.kafka.admin import ensure_topics_sync
from streams.kafka.replay import replay
from streams.worker_process import WorkerProcess

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
PARTITIONS = 4


class Pipeline:
    """Topics under one prefix, the workers reading them, and plain-client helpers."""

    def __init__(self, bootstrap: str, prefix: str, log_dir: Path) -> None:
        self.bootstrap = bootstrap
        self.prefix = prefix
        self.topics = config.topic_names(prefix)
        self.app_id = f"na-{prefix.rstrip('.')}"
        self.log_dir = log_dir
        self.workers: list[WorkerProcess] = []
        subscriptions = load_subscriptions(REPO / "deploy" / "subscriptions.yaml")
        self.subscription_topics = {s.name: self.topics["subscription_prefix"] + s.name for s in subscriptions}
        names = [t for role, t in self.topics.items() if role != "subscription_prefix"]
        ensure_topics_sync(bootstrap, names + list(self.subscription_topics.values()), partitions=PARTITIONS)

    def env(self) -> dict[str, str]:
        return {
            "NEWSALERTS_TOPIC_PREFIX": self.prefix,
            "NEWSALERTS_APP_ID": self.app_id,
            "NEWSALERTS_PARTITIONS": str(PARTITIONS),
            "NEWSALERTS_DATA_DIR": str(self.log_dir / "data"),
        }

    def start_worker(self, name: str | None = None, **env: str) -> WorkerProcess:
        worker = WorkerProcess(
            self.bootstrap,
            log_dir=self.log_dir,
            name=name or f"worker-{len(self.workers) + 1}",
            env={**self.env(), **env},
        )
        self.workers.append(worker.start())
        worker.wait_ready()
        return worker

    def replay(self, *paths: str | Path, **options) -> int:
        report = asyncio.run(replay(list(paths), self.bootstrap, topic=self.topics["articles"], **options))
        return report.sent

    def read(self, role_or_topic: str, *, until: int | None = None, timeout: float = 60.0, quiet: float = 3.0):
        """All messages of a topic from the beginning, with a plain aiokafka consumer.

        Stops once `until` messages arrived and none came for `quiet` s, or after `timeout` s.
        """
        topic = self.topics.get(role_or_topic, role_or_topic)
        return asyncio.run(_read_topic(self.bootstrap, topic, until, timeout, quiet))

    def lag(self, role_or_topic: str) -> int | None:
        """Messages of a topic the workers' consumer group has not committed yet (None
        while the group has no committed offset for some partition)."""
        topic = self.topics.get(role_or_topic, role_or_topic)
        return asyncio.run(_group_lag(self.bootstrap, self.app_id, topic))

    def stop(self) -> None:
        for worker in self.workers:
            worker.stop()


async def _read_topic(bootstrap: str, topic: str, until: int | None, timeout: float, quiet: float):
    """Every message of `topic` up to its end offsets when called (a slow fetch on a busy
    machine must not end the read early), then more until `quiet` s pass without one."""
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest", enable_auto_commit=False
    )
    await consumer.start()
    messages = []
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    last_arrival = loop.time()
    try:
        numbers = consumer.partitions_for_topic(topic)
        while numbers is None and loop.time() < deadline:  # metadata still loading
            await asyncio.sleep(0.1)
            numbers = consumer.partitions_for_topic(topic)
        partitions = [TopicPartition(topic, p) for p in numbers or ()]
        ends = await consumer.end_offsets(partitions) if partitions else {}
        while loop.time() < deadline:
            caught_up = True
            for tp, end in ends.items():
                caught_up = caught_up and await consumer.position(tp) >= end
            if caught_up and until is not None and len(messages) >= until and loop.time() - last_arrival >= quiet:
                break
            batches = await consumer.getmany(timeout_ms=250)
            for batch in batches.values():
                messages.extend(batch)
                last_arrival = loop.time()
    finally:
        await consumer.stop()
    return messages


async def _group_lag(bootstrap: str, group: str, topic: str) -> int | None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    await admin.start()
    await consumer.start()
    try:
        committed = await admin.list_consumer_group_offsets(group)
        (described,) = await admin.describe_topics([topic])
        partitions = [TopicPartition(topic, p["partition"]) for p in described["partitions"]]
        if not partitions or any(tp not in committed for tp in partitions):
            return None
        ends = await consumer.end_offsets(partitions)
        return sum(max(0, ends[tp] - committed[tp].offset) for tp in partitions)
    finally:
        await consumer.stop()
        await admin.close()


@pytest.fixture
def pipeline_factory(kafka_bootstrap: str, tmp_path: Path) -> Iterator:
    """pipeline_factory() -> a fresh Pipeline; its workers are stopped after the test."""
    made: list[Pipeline] = []

    def make() -> Pipeline:
        pipeline = Pipeline(kafka_bootstrap, f"t{uuid.uuid4().hex[:8]}.", tmp_path)
        made.append(pipeline)
        return pipeline

    yield make
    for pipeline in made:
        pipeline.stop()


def decode_json(message) -> dict:
    return msgspec.json.decode(message.value)
