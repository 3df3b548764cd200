"""The alert stage's writes, behind it: alerts confirmed, then story states, then acks.

Crash safety needs this order for every batch of candidates: its alerts acknowledged by
Kafka before the story states that record them are written, and those states
acknowledged before its candidates are acked (so before their offsets may be committed).
Waiting for the two acknowledgements batch by batch held the stage still for two round
trips each time. `StateWriter` waits for them in the background instead, for every batch
decided so far at once: the more batches pile up, the larger the group, and each key's
newest state is written once per group; the writer also lingers a moment (50 ms) before
each group, as a producer does, since a story state can weigh kilobytes and the stage's
own batches are small when it keeps up. The alerts are sent when decided: only the acks
wait. Until a state is written, `state_of` answers with it, so the stage decides its next
batches on what it has already decided.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Container, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from streams.core.dedup import StoryState
from streams.core.pipeline import StateCache

log = logging.getLogger(__name__)


class _Table(Protocol):
    def get(self, key: bytes) -> bytes | None: ...
    def __setitem__(self, key: bytes, value: bytes) -> None: ...
    async def written(self) -> None: ...


@dataclass
class DecidedBatch:
    """One batch of candidates, decided: the states it changed and the alerts it sent."""

    events: Sequence[Any]  # Faust events, acked once everything below is in Kafka
    states: dict[bytes, StoryState] = field(default_factory=dict)  # only the keys it changed
    deliveries: list[Awaitable] = field(default_factory=list)  # the alerts' send futures


class StateWriter:
    """Writes decided batches in order, in groups; see the module docstring."""

    def __init__(
        self,
        table: _Table,
        cache: StateCache,
        ack: Callable[[Any], Awaitable],
        crash: Callable[[BaseException], Awaitable],
        max_pending: int = 64,
        linger: float = 0.05,
    ) -> None:
        self._table, self._cache, self._ack = table, cache, ack
        self._crash = crash
        self._max_pending, self._linger = max_pending, linger
        self._pending: list[DecidedBatch] = []
        self._unsaved: dict[bytes, tuple[int, StoryState]] = {}  # key -> (number of the batch that decided it, state)
        self._added = 0  # batches queued so far: the number of the latest
        self._work = asyncio.Event()  # batches are pending
        self._room = asyncio.Event()  # fewer than max_pending are
        self._room.set()
        self._idle = asyncio.Event()  # nothing pending nor being written
        self._idle.set()
        self._task: asyncio.Task | None = None

    def state_of(self, key: bytes) -> StoryState | None:
        """The newest state decided for `key`, written or not."""
        unsaved = self._unsaved.get(key)
        return unsaved[1] if unsaved is not None else self._cache.get(key, self._table.get(key))

    @property
    def unsaved(self) -> Container[bytes]:
        """Keys with a state decided but not yet written."""
        return self._unsaved

    async def add(self, batch: DecidedBatch) -> None:
        """Queue a decided batch (waiting while `max_pending` are queued)."""
        if self._task is None:
            self._task = asyncio.create_task(self._run())
        while not self._room.is_set() and not self._task.done():
            room = asyncio.ensure_future(self._room.wait())
            await asyncio.wait([room, self._task], return_when=asyncio.FIRST_COMPLETED)
            room.cancel()
        if self._task.done():
            self._task.result()  # raises the write failure (the worker is crashing)
        self._added += 1
        self._pending.append(batch)
        self._unsaved.update((key, (self._added, state)) for key, state in batch.states.items())
        self._idle.clear()
        self._work.set()
        if len(self._pending) >= self._max_pending:
            self._room.clear()

    async def close(self, timeout: float = 5.0) -> None:
        """Let the queued batches be written (a batch not acked is redone after a restart)."""
        if self._task is None or self._task.done():
            return
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except asyncio.TimeoutError:
            pass
        self._task.cancel()

    async def _run(self) -> None:
        while True:
            await self._work.wait()
            await asyncio.sleep(self._linger)  # gather more batches: fewer, larger state writes
            self._work.clear()
            group, self._pending, last = self._pending, [], self._added
            self._room.set()
            try:
                await self._write(group, last)
            except Exception as exc:
                log.exception("alerts or story states could not be written; stopping so the batches are redone")
                await self._crash(exc)
                raise
            if not self._pending:
                self._idle.set()

    async def _write(self, group: list[DecidedBatch], last: int) -> None:
        """Write `group`, whose latest batch is number `last`."""
        # 1. the alerts: a crash before their states are written re-sends the same alert ids
        await asyncio.gather(*(delivery for batch in group for delivery in batch.deliveries))
        # 2. each key's newest state, once; acknowledged before any candidate of the group is
        newest: dict[bytes, StoryState] = {}
        for batch in group:
            newest.update(batch.states)
        for key, state in newest.items():
            self._table[key] = self._cache.encode(key, state)
        await self._table.written()
        for key in newest:
            if self._unsaved[key][0] <= last:  # no batch queued since decided a newer state
                del self._unsaved[key]
        # 3. the candidates, in order: now their offsets may be committed
        for batch in group:
            for event in batch.events:
                await self._ack(event)
