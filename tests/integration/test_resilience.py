"""Nothing lost: bad input of any shape, kill -9 of workers, a broker restart.

Each scenario is bounded in count and time, stops by itself, and prints its ledger
(sent / enriched / dead-lettered / lost) so a CI log shows what was proven.
"""

from __future__ import annotations

import asyncio
import random
import threading
import time
from collections import Counter

import msgspec
import pytest
from aiokafka import AIOKafkaProducer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from streams.core.deadletter import headers_as_json
from streams.core.schemas import validate
from tests.integration.conftest import REPO, decode_json

MAX_BODY = 4096
DEV_SET = REPO / "tests" / "data" / "dev.jsonl"


def real_articles() -> list[dict]:
    """Real news items (the committed dev set) as plain article dicts."""
    keep = ("id", "title", "body", "published", "source", "url")
    return [{k: row.get(k) for k in keep} for row in map(msgspec.json.decode, DEV_SET.read_bytes().splitlines())]


# --- generated bad messages -----------------------------------------------------------


def _json(obj) -> bytes:
    return msgspec.json.encode(obj)


texts = st.text(min_size=1, max_size=40).filter(str.strip)
not_str = st.one_of(st.integers(), st.floats(allow_nan=False), st.booleans(), st.lists(st.integers(), max_size=3))
bad_messages = st.one_of(
    st.binary(min_size=1, max_size=64).map(lambda b: b"\xff" + b),  # not UTF-8
    st.builds(lambda t, n: _json({"id": t, "title": t, "body": t})[: -max(1, n)], texts, st.integers(1, 5)),  # cut JSON
    st.builds(lambda v: _json({"id": v, "title": "t", "body": "b"}), not_str),  # wrong type: id
    st.builds(lambda t, v: _json({"id": t, "title": "t", "body": v}), texts, not_str),  # wrong type: body
    st.builds(lambda t: _json({"id": t, "title": "t"}), texts),  # missing body
    st.builds(lambda t: _json({"title": t, "body": t}), texts),  # missing id
    st.builds(lambda t, s: _json({"id": t, "title": "t", "body": s}), texts, st.sampled_from(["", " ", "\n\t"])),
    st.builds(lambda t: _json({"id": t, "title": "t", "body": "x" * (MAX_BODY + 1)}), texts),  # too large
    st.builds(lambda v: _json(v), st.one_of(st.lists(st.integers(), max_size=3), st.integers(), st.text())),
)


def generate_bad_messages(n: int) -> list[bytes]:
    """n bad messages drawn by hypothesis (collected across its examples)."""
    drawn: list[bytes] = []

    @settings(max_examples=n, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(bad_messages)
    def collect(message: bytes) -> None:
        drawn.append(message)

    collect()
    while len(drawn) < n:  # hypothesis may stop early once it has explored the space
        drawn.extend(drawn[: n - len(drawn)])
    return drawn[:n]


async def send_all(bootstrap: str, topic: str, messages: list[tuple[bytes, bytes]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5, acks="all")
    await producer.start()
    try:
        for key, value in messages:
            await producer.send(topic, value, key=key)
        await producer.flush()
    finally:
        await producer.stop()


def test_fuzzed_bad_input_is_dead_lettered_and_good_input_still_flows(pipeline_factory):
    pipeline = pipeline_factory()
    worker = pipeline.start_worker(NEWSALERTS_MAX_BODY_BYTES=str(MAX_BODY))
    fit = lambda body: body.encode()[:MAX_BODY].decode(errors="ignore")  # noqa: E731  (the limit is in bytes)
    good = [dict(a, id=f"good-{i}", body=fit(a["body"])) for i, a in enumerate(real_articles()[:300])]
    good.append(dict(good[0], id="good-extra-fields", extra={"unknown": [1, 2]}, tags=["x"]))  # accepted
    bad = generate_bad_messages(1000)
    messages = [(a["id"].encode(), _json(a)) for a in good] + [(f"bad-{i}".encode(), m) for i, m in enumerate(bad)]
    random.Random(7).shuffle(messages)
    asyncio.run(send_all(pipeline.bootstrap, pipeline.topics["articles"], messages))

    enriched = pipeline.read("enriched", until=len(good), timeout=120)
    dead = pipeline.read("dlq", until=len(bad), timeout=60)
    enriched_ids = {m.key.decode() for m in enriched}
    dead_keys = [m.key.decode() for m in dead]
    reasons = Counter(dict(m.headers)["newsalerts.errors.reason"].decode() for m in dead)
    lost = len(good) - len(enriched_ids & {a["id"] for a in good}) + len(bad) - len(set(dead_keys))
    print(
        f"\nfuzz: sent {len(messages)} ({len(good)} good, {len(bad)} bad); enriched {len(enriched_ids)}; "
        f"dead-lettered {len(dead_keys)} {dict(reasons)}; lost {lost}"
    )
    assert enriched_ids == {a["id"] for a in good}
    assert sorted(dead_keys) == sorted(f"bad-{i}" for i in range(len(bad)))
    for message in dead:
        validate("dead-letter", headers_as_json(list(message.headers)))
    assert set(reasons) <= {"not_utf8", "bad_json", "wrong_type", "missing_field", "empty_body", "body_too_large"}
    assert worker.alive()
    assert worker.metric("newsalerts_dead_letters_total") == len(bad)


def expected_reports(articles: list[dict]) -> set[tuple[str, str]]:
    """(article id, event type) of every candidate alert, from the pure core alone."""
    from streams.core.dedup import make_candidates
    from streams.core.enrich import enrich
    from streams.core.records import Article

    return {(a["id"], c.event.type) for a in articles for c in make_candidates(enrich(msgspec.convert(a, Article)))}


def reported(alerts: list[dict]) -> set[tuple[str, str]]:
    """(article id, event type) pairs that some alert or update carries."""
    return {(aid, a["data"]["event"]["type"]) for a in alerts for aid in a["data"]["corroborations"]}


@pytest.mark.slow
def test_kill_minus_9_and_broker_restart_lose_nothing(pipeline_factory, kafka_broker):
    """5,000 articles; the worker is SIGKILLed 5 times and the broker bounced, mid-stream."""
    pipeline = pipeline_factory()
    articles = real_articles()
    n = 5000
    stream = [dict(articles[i % len(articles)], id=f"a{i:05d}") for i in range(n)]
    source = pipeline.log_dir / "crash.jsonl"
    source.write_bytes(b"\n".join(_json(a) for a in stream) + b"\n")
    worker = pipeline.start_worker(name="crashy")

    reports = []
    producer = threading.Thread(
        target=lambda: reports.append(pipeline.replay(source, rate=300)), name="replay", daemon=True
    )
    producer.start()
    rng = random.Random(11)
    kills = 0
    while kills < 5:  # kills land while articles arrive and while the backlog is worked off
        time.sleep(rng.uniform(0.5, 2.0))
        worker.kill()
        kills += 1
        if kills == 3:
            kafka_broker.restart()  # same port and data: clients must reconnect by themselves
        worker = pipeline.start_worker(name=f"crashy-{kills}")
    producer.join(timeout=120)
    assert reports == [n], "the producer did not get every article acknowledged"

    deadline = time.monotonic() + 240
    while True:  # re-processing after each kill adds duplicates: count distinct ids, not messages
        enriched = pipeline.read("enriched", until=n, timeout=60, quiet=1)
        ids = {m.key.decode() for m in enriched}
        if len(ids) == n or time.monotonic() > deadline:
            break
        time.sleep(3)
    expected = expected_reports(stream)
    deadline = time.monotonic() + 120
    while True:  # the alert stage may still be catching up after the last restart
        candidate_lag = pipeline.lag("candidates")  # read first: alerts precede their commit
        alerts = [decode_json(m) for m in pipeline.read("alerts", timeout=30, quiet=1, until=1)]
        if (expected <= reported(alerts) and candidate_lag == 0) or time.monotonic() > deadline:
            break
        time.sleep(3)
    versions: dict[str, set[bytes]] = {}
    for alert in alerts:
        versions.setdefault(alert["id"], set()).add(msgspec.json.encode(alert))
    lost_articles, lost_reports = n - len(ids), len(expected - reported(alerts))
    print(
        f"\ncrash: sent {n}; kill -9 x{kills}; broker restarted once; enriched {len(ids)} distinct "
        f"({len(enriched)} messages); expected reports {len(expected)}; alert messages {len(alerts)} "
        f"({len(versions)} distinct ids, {len(alerts) - len(versions)} identical re-sends); "
        f"lost articles {lost_articles}; lost reports {lost_reports}"
    )
    if lost_reports:  # say where they stopped: never a candidate, or a candidate without an alert
        candidates = {
            (c["article"]["id"], c["event"]["type"]) for c in map(decode_json, pipeline.read("candidates", timeout=30))
        }
        missing = expected - reported(alerts)
        print(
            f"missing reports with a candidate: {len(missing & candidates)} of {len(missing)}; "
            f"e.g. {sorted(missing)[:5]}; alerts counter {worker.metric('newsalerts_alerts_total')}; "
            f"uncommitted candidates {candidate_lag}"
        )
    assert lost_articles == 0 and lost_reports == 0
    conflicts = {cid: sorted(v) for cid, v in versions.items() if len(v) > 1}
    for cid, (first, second) in list((c, v[:2]) for c, v in conflicts.items())[:3]:
        a, b = msgspec.json.decode(first)["data"], msgspec.json.decode(second)["data"]
        print(f"id {cid}: " + "; ".join(f"{k}: {a.get(k)!r} vs {b.get(k)!r}" for k in a if a.get(k) != b.get(k)))
    assert not conflicts, "one CloudEvents id carried two different messages"
    assert worker.alive()
