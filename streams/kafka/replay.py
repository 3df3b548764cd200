"""The replay producer: seed files and JSONL corpora onto `news.articles`.

Articles are keyed by id (so one article always lands on the same partition) and carry
a publish-time header, from which the worker measures publish->alert latency. An
unreadable file or line is reported with its place and skipped; the replay goes on.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import msgspec
from aiokafka import AIOKafkaProducer

from streams import config
from streams.core.articles import ArticleError, read_articles
from streams.core.records import Article

_encode = msgspec.json.Encoder().encode


@dataclass
class ReplayReport:
    """What a replay did, for the end-of-run summary."""

    sent: int = 0
    skipped: list[str] = field(default_factory=list)  # "file:line: reason"
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.sent / self.seconds if self.seconds > 0 else 0.0


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the files inside any directory (sorted, hidden ones left out)."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(p for p in sorted(path.iterdir()) if p.is_file() and not p.name.startswith("."))
        else:
            files.append(path)
    return files


def iter_articles(files: list[Path], report: ReplayReport) -> Iterator[Article]:
    """Articles from every file in order; problems are recorded in the report, not raised."""
    for path in files:
        try:
            for line, item in read_articles(path):
                if isinstance(item, ArticleError):
                    report.skipped.append(f"{path}:{line}: {item.reason}")
                else:
                    yield item
        except OSError as exc:
            report.skipped.append(f"{path}: cannot read: {exc.strerror or exc}")


def producer_for(bootstrap: str, **overrides) -> AIOKafkaProducer:
    """An aiokafka producer tuned for bulk sends with durable acks."""
    options = dict(
        bootstrap_servers=bootstrap,
        acks="all",
        linger_ms=5,
        max_batch_size=256 * 1024,
        enable_idempotence=True,
        **config.aiokafka_security(),
    )
    options.update(overrides)
    return AIOKafkaProducer(**options)


async def replay(
    paths: Iterable[str | Path],
    bootstrap: str,
    *,
    topic: str = config.ARTICLES_TOPIC,
    rate: float | None = None,
    loop: bool = False,
    limit: int | None = None,
    on_sent: Callable[[int], None] | None = None,
) -> ReplayReport:
    """Publish the articles of `paths`; `rate` per second if given, `loop` to cycle, `limit` to stop."""
    report = ReplayReport()
    files = expand_paths(paths)
    articles: Iterable[Article] = iter_articles(files, report)
    if loop:
        articles = itertools.cycle(list(articles))  # cycle() keeps the first pass in memory anyway
    if limit is not None:
        articles = itertools.islice(articles, limit)
    producer = producer_for(bootstrap)
    await producer.start()
    started = time.perf_counter()
    try:
        pending = []
        for article in articles:
            if rate:
                await _pace(started, report.sent, rate)
            headers = [(config.PUBLISHED_AT_HEADER, str(time.time_ns()).encode())]
            pending.append(await producer.send(topic, _encode(article), key=article.id.encode(), headers=headers))
            report.sent += 1
            if on_sent:
                on_sent(1)
            if len(pending) >= 5000:
                await asyncio.gather(*pending)
                pending.clear()
        await producer.flush()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
        report.seconds = time.perf_counter() - started
    return report


async def _pace(started: float, sent: int, rate: float) -> None:
    """Sleep until the `sent`-th message is due, so the average rate holds without drift."""
    delay = started + sent / rate - time.perf_counter()
    if delay > 0:
        await asyncio.sleep(delay)
