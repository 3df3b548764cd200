"""The walking skeleton on the real broker: replay the seed -> worker -> alerts.

Alerts are read back with plain aiokafka (and confluent-kafka) consumers, as a
subscriber would, not through the project's own tail.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter

import pytest

from streams.core.schemas import validate
from tests.integration.conftest import REPO, SEEDS, decode_json

REWORDED = REPO / "tests" / "data" / "seed_reworded.txt"


@pytest.fixture
def seed_run(pipeline_factory):
    """One pipeline that has processed the seed once: (pipeline, alerts, enriched)."""
    pipeline = pipeline_factory()
    pipeline.start_worker()
    assert pipeline.replay(SEEDS) == 1
    alerts = [decode_json(m) for m in pipeline.read("alerts", until=2)]
    enriched = [decode_json(m) for m in pipeline.read("enriched", until=1, quiet=0.5)]
    return pipeline, alerts, enriched


def by_type(alerts: list[dict]) -> dict[str, dict]:
    return {a["data"]["event"]["type"]: a for a in alerts}


def test_seed_raises_exactly_the_two_expected_alerts(seed_run):
    _, alerts, _ = seed_run
    assert sorted(a["data"]["event"]["type"] for a in alerts) == ["prisoner_release", "sanctions_lifted"]
    events = {t: a["data"]["event"] for t, a in by_type(alerts).items()}
    assert events["prisoner_release"]["source"] == "BY"
    assert events["prisoner_release"]["quantity"] == 123
    assert (events["sanctions_lifted"]["source"], events["sanctions_lifted"]["target"]) == ("US", "BY")
    assert {a["data"]["msg_type"] for a in alerts} == {"Alert"}


def test_seed_enriched_article_has_its_countries(seed_run):
    _, _, enriched = seed_run
    assert len(enriched) == 1
    codes = {c["code"] for c in enriched[0]["countries"]}
    assert {"BY", "US", "UA", "RU", "LT"} <= codes


def test_every_message_validates_against_its_schema(seed_run):
    pipeline, alerts, enriched = seed_run
    for message in pipeline.read("articles", until=1, quiet=0.5):
        validate("article", decode_json(message))
    for alert in alerts:
        validate("alert", alert)
    for article in enriched:
        validate("enriched-article", article)


def test_alert_keys_and_cloudevents_headers(seed_run):
    pipeline, _, _ = seed_run
    for message in pipeline.read("alerts", until=2, quiet=0.5):
        alert = decode_json(message)
        headers = {k: v.decode() for k, v in message.headers}
        assert message.key.decode() == alert["data"]["alert_id"] == alert["id"]
        assert headers["ce_id"] == alert["id"]
        assert headers["ce_type"] == alert["type"]
        assert headers["content-type"].startswith("application/cloudevents+json")


def test_confluent_kafka_subscriber_reads_the_alerts(seed_run):
    """librdkafka, a different client implementation, sees the same headers and payload."""
    confluent_kafka = pytest.importorskip("confluent_kafka")
    pipeline, alerts, _ = seed_run
    consumer = confluent_kafka.Consumer(
        {
            "bootstrap.servers": pipeline.bootstrap,
            "group.id": f"{pipeline.app_id}-confluent",
            "auto.offset.reset": "earliest",
        }
    )
    consumer.subscribe([pipeline.topics["alerts"]])
    received = []
    try:
        for _ in range(60):
            message = consumer.poll(1.0)
            if message is not None and message.error() is None:
                received.append(message)
            if len(received) == len(alerts):
                break
    finally:
        consumer.close()
    assert len(received) == len(alerts)
    for message in received:
        headers = dict(message.headers())
        payload = decode_json(type("M", (), {"value": message.value()}))
        assert headers["ce_specversion"] == b"1.0"
        assert headers["ce_id"].decode() == payload["id"]
        assert message.key().decode() == payload["data"]["alert_id"]


def test_replays_and_rewording_corroborate_instead_of_alerting_again(pipeline_factory):
    pipeline = pipeline_factory()
    pipeline.start_worker()
    pipeline.replay(SEEDS)
    pipeline.replay(SEEDS)  # the same article again: a re-delivery, invisible to subscribers
    pipeline.replay(REWORDED)  # another outlet's wording of the same story: a corroboration
    messages = [decode_json(m) for m in pipeline.read("alerts", until=4)]
    kinds = Counter((m["data"]["event"]["type"], m["data"]["msg_type"]) for m in messages)
    assert kinds == {
        ("prisoner_release", "Alert"): 1,
        ("prisoner_release", "Update"): 1,
        ("sanctions_lifted", "Alert"): 1,
        ("sanctions_lifted", "Update"): 1,
    }
    for event_type in ("prisoner_release", "sanctions_lifted"):
        story = [m for m in messages if m["data"]["event"]["type"] == event_type]
        assert len({m["data"]["alert_id"] for m in story}) == 1
        update = next(m for m in story if m["data"]["msg_type"] == "Update")
        assert len(update["data"]["corroborations"]) == 2

    releases = [decode_json(m) for m in pipeline.read(pipeline.subscription_topics["prisoner-releases"], until=2)]
    assert [m["data"]["msg_type"] for m in releases] == ["Alert", "Update"]
    assert len({m["data"]["alert_id"] for m in releases}) == 1
    assert pipeline.read(pipeline.subscription_topics["lithuania"], timeout=3) == []


def test_cli_replay_and_tail_work_on_the_broker(pipeline_factory):
    """The commands a user types: `newsalerts replay` then `newsalerts tail --json`."""
    pipeline = pipeline_factory()
    pipeline.start_worker()
    env = {**os.environ, **pipeline.env()}
    run = [sys.executable, "-m", "streams"]
    replayed = subprocess.run(
        [*run, "replay", str(SEEDS), "--bootstrap", pipeline.bootstrap],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert replayed.returncode == 0, replayed.stderr
    assert "sent 1 article" in replayed.stderr
    tailed = subprocess.run(
        [
            *run,
            "tail",
            "--bootstrap",
            pipeline.bootstrap,
            "--from-beginning",
            "--json",
            "--type",
            "sanctions_lifted",
            "--limit",
            "1",
            "--idle-timeout",
            "60",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert tailed.returncode == 0, tailed.stderr
    lines = tailed.stdout.strip().splitlines()
    assert len(lines) == 1 and '"sanctions_lifted"' in lines[0]


def test_story_keys_whose_stories_expired_are_deleted_from_the_table(pipeline_factory, tmp_path):
    pipeline = pipeline_factory()
    pipeline.start_worker(NEWSALERTS_DEDUP_WINDOW_SECONDS="2", NEWSALERTS_DEDUP_SWEEP_SECONDS="1")
    pipeline.replay(SEEDS)
    seed_keys = {m.key for m in pipeline.read("candidates", until=2, quiet=0.5)}
    assert len(pipeline.read("alerts", until=2)) == 2
    time.sleep(3)  # the seed's stories leave the 2 s window
    later = tmp_path / "later.jsonl"  # a candidate under another key moves stream time on
    later.write_text(json.dumps({
        "id": "sweep-1", "title": "Police arrest opposition leader in Kenya",
        "body": "Kenyan police arrested opposition leader John Mbadi in Nairobi on Monday, his party said.",
    }) + "\n")  # fmt: skip
    pipeline.replay(later)
    changelog = f"{pipeline.app_id}-stories-changelog"
    deadline, latest = time.monotonic() + 60, {}
    while time.monotonic() < deadline:
        latest = {m.key: m.value for m in pipeline.read(changelog, until=1, timeout=10, quiet=1)}
        if all(k in latest and latest[k] is None for k in seed_keys):
            break
        time.sleep(1)
    assert seed_keys and all(latest.get(k, b"") is None for k in seed_keys), "expired keys were not deleted"
    assert any(v is not None for k, v in latest.items() if k not in seed_keys)  # the live story stays
