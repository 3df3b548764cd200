"""Dead letters: list what was set aside and why, and send it back after a fix.

The dead-letter topic keeps each original message (key, value, headers) plus
`newsalerts.errors.*` headers. Listing reads it like any consumer; replaying strips the
error headers and publishes the original to `news.articles` again, so a message that
failed on a worker bug is processed once the bug is fixed.
"""

from __future__ import annotations

from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer

from streams import config
from streams.core.deadletter import PREFIX, headers_as_json
from streams.kafka.replay import producer_for


@dataclass(frozen=True)
class DeadLetterView:
    """One dead letter as read back: where it sits, why, and the original message."""

    offset: int
    partition: int
    key: bytes | None
    value: bytes
    errors: dict[str, str]  # the newsalerts.errors.* headers, names without the prefix
    original_headers: list[tuple[str, bytes]]

    @property
    def reason(self) -> str:
        return self.errors.get("reason", "?")

    def preview(self, width: int = 80) -> str:
        text = self.value[: width * 4].decode("utf-8", "backslashreplace")
        return text[:width] + ("…" if len(self.value) > width else "")


def _view(message) -> DeadLetterView:
    headers = list(message.headers or ())
    errors = {k[len(PREFIX) :]: v for k, v in headers_as_json(headers).items()}
    return DeadLetterView(
        offset=message.offset,
        partition=message.partition,
        key=message.key,
        value=message.value or b"",
        errors=errors,
        original_headers=[h for h in headers if not h[0].startswith(PREFIX)],
    )


async def read_dead_letters(bootstrap: str, topic: str = config.DLQ_TOPIC, idle: float = 2.0) -> list[DeadLetterView]:
    """Every dead letter currently in the topic (reads until `idle` seconds bring nothing)."""
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=None,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        **config.aiokafka_security(),
    )
    await consumer.start()
    letters: list[DeadLetterView] = []
    try:
        while batches := await consumer.getmany(timeout_ms=int(idle * 1000)):
            for messages in batches.values():
                letters.extend(_view(m) for m in messages)
    finally:
        await consumer.stop()
    return sorted(letters, key=lambda d: (d.partition, d.offset))


async def replay_dead_letters(bootstrap: str, letters: list[DeadLetterView], topic: str = config.ARTICLES_TOPIC) -> int:
    """Publish the originals of `letters` to `topic` again (error headers removed)."""
    producer = producer_for(bootstrap)
    await producer.start()
    try:
        for letter in letters:
            await producer.send(topic, letter.value, key=letter.key, headers=letter.original_headers)
        await producer.flush()
    finally:
        await producer.stop()
    return len(letters)
