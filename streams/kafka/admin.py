"""Small Kafka admin helpers: create topics idempotently and wait for a broker.

Why here and not in each agent: our code creates every topic explicitly (with the
partition count it needs) instead of relying on broker auto-creation, and tests and
the CLI need one reliable "is Kafka really usable yet?" check.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Coroutine, Iterable, Mapping
from typing import Any, TypeVar

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError, for_code

T = TypeVar("T")

READY_PROBE_GROUP = "newsalerts-ready-probe"


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion from sync code, even inside a running event loop.

    Why: the CLI and `LocalBroker.start()` are sync but may be called from async code
    (e.g. an async test); then the coroutine runs on its own loop in a helper thread.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="newsalerts-sync") as ex:
        return ex.submit(asyncio.run, coro).result()


def _admin(bootstrap: str, request_timeout_ms: int = 10_000) -> AIOKafkaAdminClient:
    return AIOKafkaAdminClient(
        bootstrap_servers=bootstrap, client_id="newsalerts-admin", request_timeout_ms=request_timeout_ms
    )


async def wait_until_ready(bootstrap: str, timeout: float = 60.0) -> None:
    """Wait until the broker answers metadata requests AND its group coordinator works.

    Why the coordinator too: right after start-up `__consumer_offsets` may not exist or
    have a leader yet, and the first consumer group (e.g. the first test) would flake.
    Raises TimeoutError with the last error seen.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    last: BaseException | None = None
    while True:
        remaining = deadline - loop.time()
        admin = _admin(bootstrap, request_timeout_ms=int(max(1.0, min(remaining, 5.0)) * 1000))
        try:
            await asyncio.wait_for(_probe(admin), timeout=max(remaining, 1.0))
            return
        except Exception as exc:  # connection refused, coordinator not available, ...
            last = exc
        finally:
            await admin.close()
        if loop.time() >= deadline:
            raise TimeoutError(f"Kafka at {bootstrap} not ready after {timeout:.0f}s: {last!r}")
        await asyncio.sleep(0.2)


async def _probe(admin: AIOKafkaAdminClient) -> None:
    await admin.start()
    cluster = await admin.describe_cluster()
    if not cluster.get("brokers"):
        raise RuntimeError("metadata lists no brokers yet")
    coordinator = await admin.find_coordinator(READY_PROBE_GROUP)
    await admin.list_consumer_group_offsets(READY_PROBE_GROUP, group_coordinator_id=coordinator)


async def ensure_topics(
    bootstrap: str,
    topics: Mapping[str, int] | Iterable[str],
    partitions: int = 4,
    config: Mapping[str, Any] | None = None,
    replication_factor: int = 1,
    timeout: float = 30.0,
) -> list[str]:
    """Create the topics that do not exist yet; return the names actually created.

    `topics` is either {name: partitions} or names (each gets `partitions`). Existing
    topics are left as they are (no partition changes). Returns only once every topic
    has a leader for each partition, so producers can use them right away.
    """
    wanted = dict(topics) if isinstance(topics, Mapping) else dict.fromkeys(topics, partitions)
    configs = {k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in (config or {}).items()}
    admin = _admin(bootstrap)
    try:
        await admin.start()
        existing = set(await admin.list_topics())
        new = [
            NewTopic(name, n, replication_factor, topic_configs=configs)
            for name, n in wanted.items()
            if name not in existing
        ]
        created: list[str] = []
        if new:
            response = await admin.create_topics(new, timeout_ms=int(timeout * 1000))
            for topic, code, *rest in response.topic_errors:
                error = for_code(code) if code else None
                if error is None:
                    created.append(topic)
                elif error is not TopicAlreadyExistsError:  # lost a race: fine
                    raise error(f"cannot create topic {topic!r}: {rest[0] if rest else ''}")
        await _wait_for_leaders(admin, list(wanted), timeout)
        return created
    finally:
        await admin.close()


async def _wait_for_leaders(admin: AIOKafkaAdminClient, names: list[str], timeout: float) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        described = await admin.describe_topics(names)
        pending = [
            t["topic"]
            for t in described
            if t["error_code"] or not t["partitions"] or any(p["leader"] < 0 for p in t["partitions"])
        ]
        if not pending:
            return
        if loop.time() >= deadline:
            raise TimeoutError(f"topics without leaders after {timeout:.0f}s: {pending}")
        await asyncio.sleep(0.1)


def ensure_topics_sync(*args: Any, **kwargs: Any) -> list[str]:
    """`ensure_topics` for synchronous callers (CLI, demo, fixtures); same arguments."""
    return run_sync(ensure_topics(*args, **kwargs))
