"""Faust tables whose changelog writes are acknowledged before any offset is committed.

A Faust table write (`table[key] = value`) is a changelog message handed to the
producer's buffer (`send_soon`): dict assignment cannot await. Before committing
offsets Faust flushes that buffer with `ProducerBuffer.flush()`, which returns as soon
as 0.1 s pass without a message leaving it, even with messages still queued. Under
load (a busy event loop) it does, the offsets are committed, and a kill -9 then loses
state whose input will never be read again: after a restart a story had forgotten
articles it had announced, and a re-produced candidate got an Update whose content
differed from the one already sent under the same CloudEvents id.

So `AwaitableTable` keeps the future of every changelog write, and the app's producer
(`DurableTablesProducer`) waits for them in `flush()`, which Faust awaits before every
commit (on its timer, on a rebalance, on shutdown). The agents never wait for a write:
the next batch starts at once, and only the commit waits. Since the commit is the only
moment a write must be in Kafka, a write can also be deferred to it (`defer`): a busy
key is then written once per commit instead of once per batch.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import faust
from faust.transport.drivers.aiokafka import Producer
from faust.types import FutureMessage


class AwaitableTable(faust.Table):
    """`faust.Table` that keeps the future of every changelog write until `written()`, and
    can defer a key's write to the next flush (`defer`)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._unconfirmed: list[FutureMessage] = []
        self._deferred: dict[Any, Callable[[], Any]] = {}

    def send_changelog(self, *args, **kwargs) -> FutureMessage:
        fut = super().send_changelog(*args, **kwargs)
        self._unconfirmed.append(fut)
        return fut

    def defer(self, key: Any, produce: Callable[[], Any]) -> None:
        """Set `key` to `produce()` at the next flush, i.e. before the next offset commit;
        a later `defer` of the same key replaces this one. A key that changes in every batch
        is then encoded and written once per commit, not once per batch."""
        self._deferred[key] = produce

    def write_deferred(self) -> None:
        """Write the deferred keys now."""
        deferred, self._deferred = self._deferred, {}
        for key, produce in deferred.items():
            self[key] = produce()

    async def written(self) -> None:
        """Write the deferred keys, then return once Kafka has acknowledged every write
        made so far (raise if one failed)."""
        self.write_deferred()
        unconfirmed, self._unconfirmed = self._unconfirmed, []
        if unconfirmed:
            await asyncio.gather(*unconfirmed)


class DurableTablesProducer(Producer):
    """Faust's aiokafka producer whose `flush()` (awaited before every offset commit) also
    waits until Kafka has acknowledged every write of every `AwaitableTable`."""

    async def flush(self) -> None:
        await super().flush()
        tables = [t for t in self.app.tables.values() if isinstance(t, AwaitableTable)]
        await asyncio.gather(*(table.written() for table in tables))
