"""A Faust consumer that hands a fetched message to its stream without racing four tasks.

Faust's fetch loop (`Consumer._drain_messages`) delivers every message as
`wait_first(callback(message), suspend_flow.wait())`: four tasks (the delivery and three
waiters: flow suspended, service stopped, service crashed), an `asyncio.wait` and three
cancellations, so that a delivery stuck on a full stream buffer can be dropped when a
rebalance suspends the flow. Per message that is several turns of the event loop, each
with its own `epoll` call: on the bench, the worker with `enrich()` stubbed out spent
most of its CPU there.

A delivery (Faust's `Conductor` handler) can only wait on three things: flow control
suspended (a rebalance), the producer's buffer over its limit, or a stream buffer that is
full. When none holds, it completes without ever suspending, the race has nothing to race,
and this consumer awaits the delivery directly. Otherwise, or when the consumer is
stopping, it is Faust's own `wait_first`, unchanged. Delivery order, acks and offsets are
Faust's either way: only the scheduling of one `await` differs.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from faust.transport.drivers.aiokafka import Consumer
from mode.services import WaitResults

_EVENT_WAIT = asyncio.Event.wait.__code__


class QuickHandoffConsumer(Consumer):
    """Faust's aiokafka consumer, minus the per-message race when no delivery can block."""

    async def wait_first(self, *coros: Any, timeout: float | None = None) -> WaitResults:
        if len(coros) == 2 and timeout is None and self._is_flow_waiter(coros[1]) and self._deliveries_cannot_block():
            delivery, waiter = coros
            waiter.close()  # never started: nothing to cancel, no "never awaited" warning
            return WaitResults([delivery], [await delivery], False)
        return await super().wait_first(*coros, timeout=timeout)

    def _is_flow_waiter(self, coro: Awaitable) -> bool:
        """`coro` is `self.suspend_flow.wait()`: the call is the fetch loop's delivery race."""
        frame = getattr(coro, "cr_frame", None)
        return getattr(coro, "cr_code", None) is _EVENT_WAIT and frame is not None and (
            frame.f_locals.get("self") is self.suspend_flow
        )

    def _deliveries_cannot_block(self) -> bool:
        """Nothing a delivery could wait on holds: flow active, producer buffer within its
        limit, every subscribed stream buffer with room, and the consumer not stopping."""
        if self.suspend_flow.is_set() or self.should_stop or self.crashed:
            return False
        app = self.app
        if not app.flow_control.is_active():
            return False
        buffer = app.producer.buffer
        if buffer.size > buffer.max_messages:
            return False
        return not any(channel.queue.full() for channel in app.topics)
