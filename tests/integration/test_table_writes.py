"""Table writes are in Kafka once the producer's flush (awaited before every commit) returns."""

from __future__ import annotations

import faust

from streams.kafka.table_writes import AwaitableTable, DurableTablesProducer
from tests.integration.conftest import _read_topic


async def test_flush_before_commit_waits_for_every_changelog_write(kafka_bootstrap, unique_topic):
    app = faust.App(
        unique_topic(), broker=f"kafka://{kafka_bootstrap}", store="memory://", Table=AwaitableTable,
        topic_partitions=1, key_serializer="raw", value_serializer="raw",
    )  # fmt: skip
    app.transport.Producer = DurableTablesProducer
    table = app.Table("states", default=None, partitions=1, use_partitioner=True)
    assert isinstance(table, AwaitableTable) and isinstance(app.producer, DurableTablesProducer)
    await app.producer.start()
    try:
        await table.changelog_topic.maybe_declare()
        expected = {(f"k{i}".encode(), f"v{i}".encode() * 100) for i in range(500)}
        for key, value in expected:
            table[key] = value
        assert app.producer.buffer.size == 500  # dict assignment only queued them
        await app.producer.flush()  # what Faust awaits before it commits offsets
        assert app.producer.buffer.size == 0 and not table._unconfirmed
        changelog = table.changelog_topic.get_topic_name()
        messages = await _read_topic(kafka_bootstrap, changelog, until=500, timeout=5, quiet=0)
        assert {(m.key, m.value) for m in messages} == expected
        await table.written()  # nothing left to wait for: returns at once
    finally:
        await app.producer.stop()


async def test_a_deferred_write_happens_once_at_the_flush_with_the_latest_value(kafka_bootstrap, unique_topic):
    app = faust.App(
        unique_topic(), broker=f"kafka://{kafka_bootstrap}", store="memory://", Table=AwaitableTable,
        topic_partitions=1, key_serializer="raw", value_serializer="raw",
    )  # fmt: skip
    app.transport.Producer = DurableTablesProducer
    table = app.Table("states", default=None, partitions=1, use_partitioner=True)
    await app.producer.start()
    try:
        await table.changelog_topic.maybe_declare()
        produced = []
        for version in range(5):  # five batches change the key before a commit
            value = f"v{version}".encode()
            table.defer(b"busy", lambda value=value: produced.append(value) or value)
        assert table.get(b"busy") is None and produced == []  # nothing written yet
        await app.producer.flush()  # Faust's pre-commit flush
        assert produced == [b"v4"] and table[b"busy"] == b"v4"
        changelog = table.changelog_topic.get_topic_name()
        messages = await _read_topic(kafka_bootstrap, changelog, until=1, timeout=5, quiet=0.5)
        assert [(m.key, m.value) for m in messages] == [(b"busy", b"v4")]
    finally:
        await app.producer.stop()
