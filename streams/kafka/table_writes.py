"""A Faust table whose changelog writes can be awaited before offsets are committed.

A Faust table write (`table[key] = value`) is a changelog message handed to the
producer's buffer (`send_soon`): dict assignment cannot await. Before committing
offsets Faust flushes that buffer with `ProducerBuffer.flush()`, which returns as soon
as 0.1 s pass without a message leaving it, even with messages still queued. Under
load (a busy event loop) it does, the offsets are committed, and a kill -9 then loses
state whose input will never be read again: after a restart a story had forgotten
articles it had announced, and a re-produced candidate got an Update whose content
differed from the one already sent under the same CloudEvents id. So the alert stage
awaits its own writes (`AwaitableTable.written`) before its events are acknowledged.
"""

from __future__ import annotations

import asyncio

import faust
from faust.types import FutureMessage


class AwaitableTable(faust.Table):
    """`faust.Table` that keeps the future of every changelog write until `written()`."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._unconfirmed: list[FutureMessage] = []

    def send_changelog(self, *args, **kwargs) -> FutureMessage:
        fut = super().send_changelog(*args, **kwargs)
        self._unconfirmed.append(fut)
        return fut

    async def written(self) -> None:
        """Return once Kafka has acknowledged every write made so far (raise if one failed)."""
        unconfirmed, self._unconfirmed = self._unconfirmed, []
        if unconfirmed:
            await asyncio.gather(*unconfirmed)
