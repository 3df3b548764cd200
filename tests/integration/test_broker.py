"""The real local broker: it answers, topics get created, messages round-trip, and a
restart on the same address keeps both the messages and the committed offsets."""

from __future__ import annotations

import asyncio
import socket
import subprocess

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

import streams.kafka.kafka_jars as kafka_jars
from streams.kafka.admin import ensure_topics, wait_until_ready
from streams.kafka.broker import DEFAULT_JVM_OPTS, BrokerError, LocalBroker

pytestmark = pytest.mark.timeout(180)  # the first test may include the one-time jar fetch
FAST_JVM = (*DEFAULT_JVM_OPTS, "-XX:TieredStopAtLevel=1")


async def describe(bootstrap: str, topics: list[str]) -> dict[str, int]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        return {t["topic"]: len(t["partitions"]) for t in await admin.describe_topics(topics) if not t["error_code"]}
    finally:
        await admin.close()


async def produce(bootstrap: str, topic: str, *values: bytes, key: bytes = b"k") -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for value in values:
            await producer.send_and_wait(topic, value, key=key, headers=[("h", b"1")])
    finally:
        await producer.stop()


async def consume(bootstrap: str, topic: str, n: int, group: str | None = None, timeout: float = 20.0) -> list:
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=group, auto_offset_reset="earliest", enable_auto_commit=False
    )
    await consumer.start()
    got: list = []
    try:
        async with asyncio.timeout(timeout):
            while len(got) < n:
                for records in (await consumer.getmany(timeout_ms=500)).values():
                    got.extend(records)
        if group:
            await consumer.commit()
    finally:
        await consumer.stop()
    return got


async def test_broker_answers(kafka_broker, kafka_bootstrap):
    assert kafka_bootstrap == kafka_broker.bootstrap
    await wait_until_ready(kafka_bootstrap, timeout=5)
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        cluster = await admin.describe_cluster()
    finally:
        await admin.close()
    host, port = kafka_bootstrap.rsplit(":", 1)
    assert [(b["host"], b["port"]) for b in cluster["brokers"]] == [(host, int(port))]


async def test_ensure_topics_creates_partitions_and_is_idempotent(kafka_bootstrap, unique_topic):
    a, b, c = unique_topic("a"), unique_topic("b"), unique_topic("c")
    assert sorted(await ensure_topics(kafka_bootstrap, {a: 3, b: 1})) == sorted([a, b])
    assert await ensure_topics(kafka_bootstrap, [a, c], partitions=2, config={"retention.ms": 60_000}) == [c]
    assert await ensure_topics(kafka_bootstrap, {a: 5, b: 1, c: 2}) == []  # nothing changed
    assert await describe(kafka_bootstrap, [a, b, c]) == {a: 3, b: 1, c: 2}


async def test_produce_consume_round_trip(kafka_bootstrap, unique_topic):
    topic = unique_topic("events")
    await ensure_topics(kafka_bootstrap, {topic: 2})
    values = [f"message-{i}".encode() for i in range(5)]
    await produce(kafka_bootstrap, topic, *values)
    got = await consume(kafka_bootstrap, topic, len(values), group=unique_topic("group"))
    assert [r.value for r in got] == values  # one key: one partition, in order
    assert {(r.key, tuple(r.headers)) for r in got} == {(b"k", (("h", b"1"),))}


async def test_restart_keeps_data_and_offsets(kafka_broker, unique_topic):
    topic, group = unique_topic("events"), unique_topic("group")
    bootstrap = kafka_broker.bootstrap
    await ensure_topics(bootstrap, {topic: 1})
    await produce(bootstrap, topic, b"before-1", b"before-2")
    assert [r.value for r in await consume(bootstrap, topic, 2, group=group)] == [b"before-1", b"before-2"]

    kafka_broker.restart()  # sync and blocking on purpose: nothing else runs meanwhile

    assert kafka_broker.bootstrap == bootstrap
    assert [r.value for r in await consume(bootstrap, topic, 2)] == [b"before-1", b"before-2"]
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group)
    await consumer.start()
    try:
        committed = await consumer.committed(TopicPartition(topic, 0))
    finally:
        await consumer.stop()
    assert committed == 2  # consume() committed after reading both records
    await produce(bootstrap, topic, b"after")
    assert [r.value for r in await consume(bootstrap, topic, 3)][-1] == b"after"


@pytest.mark.kafka  # starts its own (failing) broker: needs Java and the jars
def test_broker_that_exits_during_start_up_reports_its_log(tmp_path):
    with socket.socket() as taken:  # the port is taken: Kafka cannot bind it and exits
        taken.bind(("127.0.0.1", 0))
        broker = LocalBroker(port=taken.getsockname()[1], data_dir=tmp_path / "data", jvm_opts=FAST_JVM)
        with pytest.raises(BrokerError, match=r"(?s)exited during start-up.*Address already in use"):
            broker.start()
    assert not broker.running


def test_missing_java_or_maven_says_what_to_install(monkeypatch, tmp_path):
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setattr(kafka_jars.shutil, "which", lambda name: None)
    with pytest.raises(BrokerError, match="apt-get install openjdk-17-jre-headless"):
        kafka_jars.find_java()
    with pytest.raises(BrokerError, match="apt-get install maven"):
        kafka_jars.kafka_classpath(tmp_path)  # empty cache: would need Maven


def test_old_java_is_rejected(monkeypatch):
    monkeypatch.setattr(
        kafka_jars.subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(a, 0, "", 'java version "1.8.0_392"')
    )
    with pytest.raises(BrokerError, match="Java 17\\+ needed"):
        kafka_jars.find_java()


def test_fallback_pom_matches_deploy_pom(monkeypatch, tmp_path):
    """The pom built in for installs without deploy/ must pin what deploy/kafka/pom.xml pins."""
    deploy_pom = kafka_jars.POM_PATH.read_text()
    deploy = kafka_jars.pom_dependencies(deploy_pom)
    assert ("org.apache.kafka", "kafka_2.13", kafka_jars.kafka_version(deploy_pom)) in deploy
    assert sorted(deploy) == sorted(kafka_jars.FALLBACK_DEPENDENCIES)
    monkeypatch.setattr(kafka_jars, "POM_PATH", tmp_path / "missing.xml")
    fallback = kafka_jars._pom_text()
    assert sorted(kafka_jars.pom_dependencies(fallback)) == sorted(deploy)
    assert kafka_jars.kafka_version() == kafka_jars.kafka_version(deploy_pom)
