"""`AwaitableTable.written()` returns only when Kafka holds every table write made so far."""

from __future__ import annotations

import faust

from streams.kafka.table_writes import AwaitableTable
from tests.integration.conftest import _read_topic


async def test_written_returns_once_every_changelog_write_is_in_kafka(kafka_bootstrap, unique_topic):
    app = faust.App(
        unique_topic(), broker=f"kafka://{kafka_bootstrap}", store="memory://", Table=AwaitableTable,
        topic_partitions=1, key_serializer="raw", value_serializer="raw",
    )  # fmt: skip
    table = app.Table("states", default=None, partitions=1, use_partitioner=True)
    assert isinstance(table, AwaitableTable)
    await app.producer.start()
    try:
        await table.changelog_topic.maybe_declare()
        for i in range(500):
            table[f"k{i}".encode()] = f"v{i}".encode() * 100
        assert app.producer.buffer.size == 500  # dict assignment only queued them
        await table.written()
        assert app.producer.buffer.size == 0
        changelog = table.changelog_topic.get_topic_name()
        messages = await _read_topic(kafka_bootstrap, changelog, until=500, timeout=5, quiet=0)
        assert {(m.key, m.value) for m in messages} == {(f"k{i}".encode(), f"v{i}".encode() * 100) for i in range(500)}
        await table.written()  # nothing left to wait for: returns at once
    finally:
        await app.producer.stop()
