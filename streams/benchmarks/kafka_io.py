"""Plain aiokafka parts of the benchmark: pre-fill a topic, the raw pass-through ceiling,
and counting what a topic holds.

The ceiling is what Python + aiokafka can do on this machine with no Faust and no
enrichment: consume a pre-filled topic in batches (`getmany`), decode each value into
the `Article` struct and encode it again (msgspec, as the worker's first and last
steps do), send it to another topic without awaiting each send, and commit offsets
once the sends of a slice are acknowledged (at-least-once, like the worker).
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Sequence

import msgspec
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from streams import config
from streams.core.records import Article

# The worker's client settings (streams/app.py): fetch 2,000 records a poll, linger 5 ms,
# 256 KiB batches; Faust's producer acks default is -1 ("all").
MAX_POLL_RECORDS = 2000
LINGER_MS = 5
MAX_BATCH_BYTES = 256 * 1024
ACK_EVERY = 5000  # outstanding sends before the ceiling awaits them and commits


def _producer(bootstrap: str, **overrides) -> AIOKafkaProducer:
    options = dict(
        bootstrap_servers=bootstrap, acks="all", linger_ms=LINGER_MS, max_batch_size=MAX_BATCH_BYTES,
        **config.aiokafka_security(),
    )  # fmt: skip
    options.update(overrides)
    return AIOKafkaProducer(**options)


async def prefill(bootstrap: str, topic: str, keys: Sequence[bytes], values: Sequence[bytes]) -> float:
    """Produce every (key, value) to `topic` as fast as possible; returns the seconds taken.

    Each message carries the publish-time header, as the replay producer's do.
    """
    producer = _producer(bootstrap, linger_ms=20, max_batch_size=1024 * 1024)
    await producer.start()
    started = time.perf_counter()
    try:
        pending = []
        for key, value in zip(keys, values):
            headers = [(config.PUBLISHED_AT_HEADER, str(time.time_ns()).encode())]
            pending.append(await producer.send(topic, value, key=key, headers=headers))
            if len(pending) >= 10_000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
    return time.perf_counter() - started


async def ceiling(bootstrap: str, source: str, sink: str, expected: int, timeout: float = 120.0) -> dict:
    """Raw pass-through `source` -> `sink` of `expected` messages; msgs/s from the first fetch."""
    decode = msgspec.json.Decoder(Article).decode
    encode = msgspec.json.Encoder().encode
    consumer = AIOKafkaConsumer(
        source, bootstrap_servers=bootstrap, group_id=f"bench-ceiling-{uuid.uuid4().hex[:8]}",
        auto_offset_reset="earliest", enable_auto_commit=False, max_poll_records=MAX_POLL_RECORDS,
        **config.aiokafka_security(),
    )  # fmt: skip
    producer = _producer(bootstrap)
    await producer.start()
    await consumer.start()
    done = 0
    started: float | None = None
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    try:
        pending: list[asyncio.Future] = []
        while done < expected and loop.time() < deadline:
            batches = await consumer.getmany(timeout_ms=200, max_records=MAX_POLL_RECORDS)
            if not batches:
                continue
            if started is None:
                started = time.perf_counter()
            for records in batches.values():
                for record in records:
                    article = decode(record.value)
                    pending.append(await producer.send(sink, encode(article), key=record.key))
                done += len(records)
            if len(pending) >= ACK_EVERY:
                await asyncio.gather(*pending)
                pending.clear()
                await consumer.commit()
        await asyncio.gather(*pending)
        await consumer.commit()
        seconds = time.perf_counter() - (started or time.perf_counter())
    finally:
        await consumer.stop()
        await producer.stop()
    return {
        "messages": done,
        "seconds": round(seconds, 3),
        "per_s": done / seconds if seconds > 0 else None,
        "complete": done >= expected,
        "how": "aiokafka getmany(2000) -> msgspec decode Article + encode -> send (unawaited), "
        f"await + commit every {ACK_EVERY:,}; acks=all, linger {LINGER_MS} ms, default asyncio loop",
    }


async def end_offsets(bootstrap: str, topic: str) -> dict[int, int]:
    """{partition: end offset} of `topic` (empty if it has no partitions yet)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, **config.aiokafka_security())
    await consumer.start()
    try:
        partitions = await _partitions(consumer, topic)
        if not partitions:
            return {}
        offsets = await consumer.end_offsets([TopicPartition(topic, p) for p in partitions])
        return {tp.partition: offset for tp, offset in offsets.items()}
    finally:
        await consumer.stop()


async def _partitions(consumer: AIOKafkaConsumer, topic: str) -> list[int]:
    for _ in range(50):
        partitions = consumer.partitions_for_topic(topic)
        if partitions:
            return sorted(partitions)
        await consumer._client.force_metadata_update()  # aiokafka has no public refresh
        await asyncio.sleep(0.1)
    return []


class OffsetCounter:
    """Sums the end offsets of some topics: how many messages they hold, cheaply and
    without asking the worker (scraping its /metrics costs it ~10 ms of CPU a time)."""

    def __init__(self, bootstrap: str, topics: Sequence[str]) -> None:
        self.bootstrap = bootstrap
        self.topics = list(topics)
        self._consumer: AIOKafkaConsumer | None = None
        self._tps: list[TopicPartition] = []

    async def __aenter__(self) -> OffsetCounter:
        self._consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, group_id=None,
                                          **config.aiokafka_security())  # fmt: skip
        await self._consumer.start()
        for topic in self.topics:
            self._tps += [TopicPartition(topic, p) for p in await _partitions(self._consumer, topic)]
        return self

    async def __aexit__(self, *exc) -> None:
        if self._consumer is not None:
            await self._consumer.stop()

    async def count(self) -> int:
        assert self._consumer is not None
        offsets = await self._consumer.end_offsets(self._tps)
        return sum(offsets.values())


async def distinct_keys(bootstrap: str, topic: str, timeout: float = 60.0) -> tuple[int, int]:
    """(distinct keys, messages) in `topic`, read from the start to its current end."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False, max_poll_records=10_000,
        **config.aiokafka_security(),
    )  # fmt: skip
    await consumer.start()
    keys: set[bytes] = set()
    messages = 0
    try:
        tps = [TopicPartition(topic, p) for p in await _partitions(consumer, topic)]
        if not tps:
            return 0, 0
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        remaining = {tp for tp in tps if ends[tp] > 0}
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while remaining and loop.time() < deadline:
            batches = await consumer.getmany(timeout_ms=500)
            for tp, records in batches.items():
                messages += len(records)
                keys.update(r.key for r in records)
                if records and records[-1].offset + 1 >= ends[tp]:
                    remaining.discard(tp)
    finally:
        await consumer.stop()
    return len(keys), messages


async def group_lag(bootstrap: str, group: str, topics: Sequence[str]) -> int:
    """Messages of `topics` not yet committed by consumer group `group` (end - committed)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **config.aiokafka_security())
    await admin.start()
    try:
        committed = await admin.list_consumer_group_offsets(group)
    finally:
        await admin.close()
    ends = await asyncio.gather(*(end_offsets(bootstrap, topic) for topic in topics))
    lag = 0
    for topic, offsets in zip(topics, ends):
        for partition, end in offsets.items():
            meta = committed.get(TopicPartition(topic, partition))
            done = meta.offset if meta is not None and meta.offset >= 0 else 0
            lag += max(0, end - done)
    return lag


async def wait_for_group(bootstrap: str, group: str, topics: Sequence[str], timeout: float) -> tuple[float, int]:
    """Wait until `group` has committed everything in `topics`: (seconds waited, lag left)."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    while True:
        lag = await group_lag(bootstrap, group, topics)
        if lag == 0 or loop.time() - started > timeout:
            return loop.time() - started, lag
        await asyncio.sleep(0.5)
