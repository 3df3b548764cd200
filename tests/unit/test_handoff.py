"""QuickHandoffConsumer: the fetch loop's delivery skips Faust's task race only when it cannot block.

The consumer here is the real Faust aiokafka consumer of a real (unstarted) Faust app: the
delivery race is plain asyncio, so no broker is needed to see which path a delivery took.
A delivery that runs inline runs in the caller's task; Faust's `wait_first` runs it in a
task of its own, which is what lets a rebalance abandon it.
"""

from __future__ import annotations

import asyncio

import faust
import pytest

from streams.kafka.handoff import QuickHandoffConsumer


@pytest.fixture
def app():
    app = faust.App("handoff-test", broker="kafka://127.0.0.1:9", store="memory://")
    app.transport.Consumer = QuickHandoffConsumer
    app.flow_control.resume()  # a running worker's state between rebalances
    return app


def delivery(ran_in: list):
    async def deliver():
        ran_in.append(asyncio.current_task())
        return "delivered"

    return deliver()


async def test_a_delivery_that_cannot_block_runs_inline(app):
    consumer = app.consumer
    assert isinstance(consumer, QuickHandoffConsumer)
    ran_in: list = []
    waiter = consumer.suspend_flow.wait()
    results = await consumer.wait_first(delivery(ran_in), waiter)
    assert ran_in == [asyncio.current_task()]
    assert results.results == ["delivered"] and not results.stopped
    assert waiter.cr_frame is None  # the unused waiter was closed, not left un-awaited


async def test_with_the_flow_suspended_it_is_fausts_race(app):
    consumer = app.consumer
    app.flow_control.suspend()
    ran_in: list = []
    await consumer.wait_first(delivery(ran_in), consumer.suspend_flow.wait())
    assert ran_in and ran_in[0] is not asyncio.current_task()


async def test_a_full_stream_buffer_keeps_the_race_and_a_rebalance_abandons_the_delivery(app):
    consumer = app.consumer
    topic = app.topic("handoff-full")
    app.topics.add(topic)
    while not topic.queue.full():  # the stream is behind: its buffer (stream_buffer_maxsize) is full
        topic.queue.put_nowait("waiting")
    queued = topic.queue.qsize()
    assert not consumer._deliveries_cannot_block()

    async def blocked_delivery():
        await topic.queue.put("next")  # what Faust's delivery does on a full buffer

    asyncio.get_running_loop().call_later(0.05, consumer.suspend_flow.set)  # a rebalance starts
    results = await asyncio.wait_for(
        consumer.wait_first(blocked_delivery(), consumer.suspend_flow.wait()), timeout=5
    )
    assert results.done and results.results == [True]  # the flow waiter won
    assert topic.queue.qsize() == queued  # the blocked delivery was dropped, not queued late


async def test_other_waits_are_fausts_own(app):
    consumer = app.consumer
    ran_in: list = []
    results = await consumer.wait_first(delivery(ran_in))
    assert results.results == ["delivered"]
    assert ran_in and ran_in[0] is not asyncio.current_task()
