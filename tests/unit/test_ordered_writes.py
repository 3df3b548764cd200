"""StateWriter: alerts confirmed, then states written and confirmed, then candidates acked."""

from __future__ import annotations

import asyncio

import pytest

from streams.core.dedup import StoryState
from streams.core.pipeline import StateCache
from streams.kafka.ordered_writes import DecidedBatch, StateWriter


class FakeTable(dict):
    """A table whose writes are confirmed only when the test says so."""

    def __init__(self, log: list) -> None:
        super().__init__()
        self.log = log
        self.confirm = asyncio.Event()
        self.confirm.set()

    def __setitem__(self, key, value) -> None:
        self.log.append(("write", key))
        super().__setitem__(key, value)

    async def written(self) -> None:
        await self.confirm.wait()
        self.log.append(("written",))


def _writer(log: list, table: FakeTable, crashes: list | None = None) -> StateWriter:
    async def ack(event) -> None:
        log.append(("ack", event))

    async def crash(exc) -> None:
        (crashes if crashes is not None else []).append(exc)

    return StateWriter(table, StateCache(), ack=ack, crash=crash, linger=0.0)


def test_acks_wait_for_the_alerts_and_then_for_the_states():
    async def scenario():
        log: list = []
        table = FakeTable(log)
        writer = _writer(log, table)
        alert: asyncio.Future = asyncio.get_running_loop().create_future()
        state = StoryState(stories=[])
        await writer.add(DecidedBatch(["e1", "e2"], {b"k": state}, [alert]))
        await asyncio.sleep(0.01)
        assert log == [] and writer.state_of(b"k") is state  # nothing written before the alert is in
        table.confirm.clear()
        alert.set_result(None)
        await asyncio.sleep(0.01)
        assert log == [("write", b"k")]  # written, not yet confirmed: no ack
        table.confirm.set()
        await writer.close()
        assert log == [("write", b"k"), ("written",), ("ack", "e1"), ("ack", "e2")]
        assert b"k" not in writer.unsaved and b"k" in table

    asyncio.run(scenario())


def test_batches_queued_meanwhile_are_written_as_one_group_with_each_key_once():
    async def scenario():
        log: list = []
        table = FakeTable(log)
        writer = _writer(log, table)
        first: asyncio.Future = asyncio.get_running_loop().create_future()
        old, new = StoryState(stories=[]), StoryState(stories=[])
        await writer.add(DecidedBatch(["a"], {b"k": old}, [first]))
        await asyncio.sleep(0.01)  # the writer now waits for the first batch's alert
        await writer.add(DecidedBatch(["b"], {b"k": new}))
        await writer.add(DecidedBatch(["c"], {b"j": new}))
        assert writer.state_of(b"k") is new  # the newest decision answers before any write
        first.set_result(None)
        await writer.close()
        acks = [entry for entry in log if entry[0] == "ack"]
        assert acks == [("ack", "a"), ("ack", "b"), ("ack", "c")]
        writes = [entry for entry in log if entry[0] == "write"]
        # the first group is the first batch alone; the two queued behind it share one write of "k"
        assert writes == [("write", b"k"), ("write", b"k"), ("write", b"j")]
        assert log.index(("written",)) < log.index(("ack", "a"))
        assert writer.state_of(b"k") == new and not writer.unsaved

    asyncio.run(scenario())


def test_a_failed_alert_crashes_the_worker_and_writes_nor_acks_anything():
    async def scenario():
        log: list = []
        crashes: list = []
        table = FakeTable(log)
        writer = _writer(log, table, crashes)
        failed: asyncio.Future = asyncio.get_running_loop().create_future()
        failed.set_exception(RuntimeError("broker gone"))
        await writer.add(DecidedBatch(["e"], {b"k": StoryState(stories=[])}, [failed]))
        await asyncio.sleep(0.01)
        assert log == [] and len(crashes) == 1
        with pytest.raises(RuntimeError):
            await writer.add(DecidedBatch(["f"]))  # the stage stops too
        await writer.close()

    asyncio.run(scenario())


def test_the_writer_lingers_to_gather_batches_into_one_group():
    async def scenario():
        log: list = []
        table = FakeTable(log)
        writer = StateWriter(table, StateCache(), ack=_noop, crash=_noop, linger=0.05)
        for key in (b"a", b"b", b"a"):
            await writer.add(DecidedBatch([key], {key: StoryState(stories=[])}))
            await asyncio.sleep(0.005)
        await writer.close()
        assert [entry for entry in log if entry[0] == "write"] == [("write", b"a"), ("write", b"b")]
        assert log.count(("written",)) == 1

    asyncio.run(scenario())


async def _noop(*args) -> None:
    return None
