"""Publish -> alert latency at a fixed rate, measured from outside the worker.

A paced producer sends articles (see `data.latency_mix` and `data.alerting_articles`) at
`rate` per second, each with the publish-time header, and remembers each article's publish
time; a consumer of `news.alerts` (started at its end before the first send) matches
every alert to its article (`data.article.id`). Two latencies per alert:

* Kafka timestamp: the alert record's CreateTime (set by the worker's producer when it
  sends the alert) minus the publish time — what the worker adds, free of consumer waits;
* received: when this consumer got the alert minus the publish time — what a subscriber
  sees (fetch wait 5 ms).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence

import msgspec
from aiokafka import AIOKafkaConsumer, TopicPartition

from streams import config
from streams.benchmarks import kafka_io
from streams.benchmarks.data import latency_copy
from streams.benchmarks.report import percentile
from streams.core.records import Article


class _AlertArticle(msgspec.Struct):
    id: str


class _AlertData(msgspec.Struct):
    article: _AlertArticle
    msg_type: str = ""


class _Alert(msgspec.Struct):
    data: _AlertData


_decode_alert = msgspec.json.Decoder(_Alert).decode


def latency_summary(kafka_ms: Sequence[float], received_ms: Sequence[float]) -> dict:
    """p50/p99/max of both latency series (ms)."""
    return {
        "p50_ms": percentile(kafka_ms, 50),
        "p99_ms": percentile(kafka_ms, 99),
        "max_ms": max(kafka_ms) if kafka_ms else None,
        "received_p50_ms": percentile(received_ms, 50),
        "received_p99_ms": percentile(received_ms, 99),
        "received_max_ms": max(received_ms) if received_ms else None,
    }


async def run_latency(
    bootstrap: str,
    articles_topic: str,
    alerts_topic: str,
    articles: Sequence[Article],
    *,
    rate: float = 1000.0,
    seconds: float = 15.0,
    drain_seconds: float = 10.0,
    first_copy: int = 0,
    alerting: Sequence[bool] | None = None,
) -> dict:
    """Send `rate` x `seconds` fresh copies of `articles` (ids from copy number `first_copy`
    on, so two runs on one worker never re-deliver each other's articles).

    `alerting[i]` tells whether `articles[i]` should raise an alert (default: all do); the
    part ends once every such copy has one, or `drain_seconds` after the last send.
    """
    total = int(rate * seconds)
    messages = [latency_copy(articles[k % len(articles)], first_copy + k) for k in range(total)]
    expected = sum(alerting[k % len(articles)] for k in range(total)) if alerting is not None else total
    published: dict[str, int] = {}
    kafka_ms: list[float] = []
    received_ms: list[float] = []
    sent_at: list[int] = []  # publish time (ns) of each alert's article, for the timeline
    msg_types: dict[str, int] = {}
    unmatched = 0

    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False, fetch_max_wait_ms=5,
        **config.aiokafka_security(),
    )  # fmt: skip
    await consumer.start()
    partitions = await kafka_io._partitions(consumer, alerts_topic)
    tps = [TopicPartition(alerts_topic, p) for p in partitions]
    consumer.assign(tps)
    await consumer.seek_to_end(*tps)
    for tp in tps:
        await consumer.position(tp)  # resolve "end" now, before anything is sent

    sending_done = asyncio.Event()
    articles_with_alert: set[str] = set()

    async def read() -> None:
        nonlocal unmatched
        loop = asyncio.get_running_loop()
        drain_deadline = None
        while True:
            if sending_done.is_set():
                if drain_deadline is None:
                    drain_deadline = loop.time() + drain_seconds
                if len(articles_with_alert) >= expected or loop.time() > drain_deadline:
                    return
            batches = await consumer.getmany(timeout_ms=50)
            now_ns = time.time_ns()
            for records in batches.values():
                for record in records:
                    try:
                        alert = _decode_alert(record.value)
                    except msgspec.DecodeError:
                        unmatched += 1
                        continue
                    sent_ns = published.get(alert.data.article.id)
                    if sent_ns is None:
                        unmatched += 1
                        continue
                    articles_with_alert.add(alert.data.article.id)
                    msg_types[alert.data.msg_type] = msg_types.get(alert.data.msg_type, 0) + 1
                    kafka_ms.append(record.timestamp - sent_ns / 1e6)
                    sent_at.append(sent_ns)
                    received_ms.append((now_ns - sent_ns) / 1e6)

    async def send() -> float:
        producer = kafka_io._producer(bootstrap, enable_idempotence=True)
        await producer.start()
        started = time.perf_counter()
        try:
            pending = []
            for n, (key, value) in enumerate(messages):
                delay = started + n / rate - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                sent_ns = time.time_ns()
                published[key.decode()] = sent_ns
                headers = [(config.PUBLISHED_AT_HEADER, str(sent_ns).encode())]
                pending.append(await producer.send(articles_topic, value, key=key, headers=headers))
                if len(pending) >= 1000:
                    await asyncio.gather(*pending)
                    pending.clear()
            await asyncio.gather(*pending)
            return time.perf_counter() - started
        finally:
            await producer.stop()
            sending_done.set()

    try:
        reader = asyncio.create_task(read())
        send_seconds = await send()
        await reader
    finally:
        await consumer.stop()
    return {
        "sent": total,
        "rate": rate,
        "achieved_rate": total / send_seconds if send_seconds > 0 else None,
        "alerts": len(kafka_ms),
        "expected_articles_with_alert": expected,
        "articles_with_alert": len(articles_with_alert),
        "distinct_source_articles": len(articles),
        "unmatched_alerts": unmatched,
        "msg_types": msg_types,
        **latency_summary(kafka_ms, received_ms),
        "timeline_p50_ms": timeline(sent_at, kafka_ms),
    }


def timeline(sent_at: Sequence[int], latencies_ms: Sequence[float], step_s: float = 1.0) -> list[float | None]:
    """p50 latency of the alerts per `step_s` of publish time: a flat line is a fixed cost,
    a rising one a worker that does not keep up."""
    if not sent_at:
        return []
    start = min(sent_at)
    buckets: dict[int, list[float]] = {}
    for ns, ms in zip(sent_at, latencies_ms):
        buckets.setdefault(int((ns - start) / 1e9 / step_s), []).append(ms)
    return [
        round(p, 1) if (p := percentile(buckets.get(i, []), 50)) is not None else None for i in range(max(buckets) + 1)
    ]
