"""Shared fixtures: one real Kafka broker for the whole test session.

Why one: a broker start costs a few seconds; tests stay apart by using unique topic
names (`unique_topic`) and group ids instead of fresh brokers.
Set NEWSALERTS_TEST_BOOTSTRAP=host:port to run against an already running Kafka instead.
Tests using the broker get the `kafka` marker, so `pytest -m "not kafka"` skips them.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Callable, Iterator

import pytest

from streams.kafka.admin import run_sync, wait_until_ready
from streams.kafka.broker import DEFAULT_JVM_OPTS, LocalBroker

EXTERNAL_BOOTSTRAP_ENV = "NEWSALERTS_TEST_BOOTSTRAP"


class ExternalBroker:
    """A broker we did not start: it has a bootstrap but cannot be restarted or killed."""

    def __init__(self, bootstrap: str) -> None:
        self.bootstrap = bootstrap

    def _unsupported(self, *args: object, **kwargs: object) -> None:
        pytest.skip(f"needs the local broker; {EXTERNAL_BOOTSTRAP_ENV} points at an external one")

    start = stop = kill = restart = _unsupported


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if {"kafka_broker", "kafka_bootstrap"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.kafka)


@pytest.fixture(scope="session")
def kafka_broker() -> Iterator[LocalBroker | ExternalBroker]:
    """The session's broker (a LocalBroker unless NEWSALERTS_TEST_BOOTSTRAP is set)."""
    external = os.environ.get(EXTERNAL_BOOTSTRAP_ENV)
    if external:
        run_sync(wait_until_ready(external, timeout=60))
        yield ExternalBroker(external)
        return
    # C1-only JIT: the JVM starts ~1 s faster; plenty for test traffic.
    with LocalBroker(jvm_opts=(*DEFAULT_JVM_OPTS, "-XX:TieredStopAtLevel=1")) as broker:
        yield broker


@pytest.fixture(scope="session")
def kafka_bootstrap(kafka_broker: LocalBroker | ExternalBroker) -> str:
    return kafka_broker.bootstrap


@pytest.fixture
def unique_topic(request: pytest.FixtureRequest) -> Callable[[str], str]:
    """unique_topic("articles") -> "test.<test-name>.<random>.articles": one prefix per test.

    Call with no argument for the bare prefix (e.g. as a Faust app id or group id).
    """
    name = re.sub(r"[^A-Za-z0-9-]+", "-", request.node.name.removeprefix("test_"))[:60].strip("-")
    prefix = f"test.{name}.{uuid.uuid4().hex[:8]}"
    return lambda suffix="": f"{prefix}.{suffix}" if suffix else prefix
