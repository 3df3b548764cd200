"""The worker's two steps on plain bytes: decode -> enrich -> candidates -> dedup -> alerts."""

from __future__ import annotations

import functools
from pathlib import Path

import msgspec
import pytest

from streams import config
from streams.core.articles import parse_seed_file
from streams.core.pipeline import MessageOrigin, process_article, process_candidate
from streams.core.routing import load_subscriptions

REPO = Path(__file__).resolve().parents[2]
SEED = next((REPO / "seeds").glob("*.txt"))
ORIGIN = MessageOrigin(topic="news.articles", partition=2, offset=41, worker="w1")
SUBSCRIPTIONS = load_subscriptions(REPO / "deploy" / "subscriptions.yaml")


def seed_bytes() -> bytes:
    return msgspec.json.encode(parse_seed_file(SEED.read_text(), SEED.stem))


def article_outcome(raw: bytes, max_body_bytes: int = 1 << 20):
    return process_article(raw, max_body_bytes=max_body_bytes, origin=ORIGIN, now=1_766_000_000.0)


def run_candidates(outcome, state: dict[bytes, bytes], now: float):
    results = []
    for key, candidate in outcome.candidates:
        result = process_candidate(
            state.get(key), candidate, now=now, window_seconds=72 * 3600, subscriptions=SUBSCRIPTIONS
        )
        state[key] = result.state
        results.append(result)
    return results


def test_seed_gives_enriched_article_and_two_candidates():
    outcome = article_outcome(seed_bytes())
    assert outcome.dead_letter is None
    assert outcome.key == SEED.stem.encode()
    enriched = msgspec.json.decode(outcome.enriched)
    assert sorted(e["type"] for e in enriched["events"]) == ["prisoner_release", "sanctions_lifted"]
    signatures = dict(key.decode().split("|", 1) for key, _ in outcome.candidates)
    assert "BY" in signatures["prisoner_release"].split("|")
    assert signatures["sanctions_lifted"] == "BY|US"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\xff\xfe not utf-8", "not_utf8"),
        (b'{"id": "a", "title": "t", ', "bad_json"),
        (b'{"id": 5, "title": "t", "body": "b"}', "wrong_type"),
        (b'{"id": "a", "body": "b"}', "missing_field"),
        (b'{"id": "a", "title": "t", "body": "   "}', "empty_body"),
    ],
)
def test_bad_input_becomes_a_dead_letter_with_its_reason_and_origin(raw, reason):
    outcome = article_outcome(raw)
    assert outcome.dead_letter is not None and outcome.dead_letter.reason == reason
    headers = dict(outcome.dead_letter.headers)
    assert headers["newsalerts.errors.reason"] == reason.encode()
    assert headers["newsalerts.errors.offset"] == b"41"
    assert headers["newsalerts.errors.partition"] == b"2"
    assert headers["newsalerts.errors.worker"] == b"w1"


def test_body_over_the_limit_is_dead_lettered():
    raw = msgspec.json.encode({"id": "big", "title": "t", "body": "word " * 1000})
    assert article_outcome(raw, max_body_bytes=1000).dead_letter.reason == "body_too_large"


def test_first_report_alerts_and_routes_to_matching_subscriptions_only():
    state: dict[bytes, bytes] = {}
    results = run_candidates(article_outcome(seed_bytes()), state, now=1_766_000_000.0)
    topics = {r.event_type: sorted(o.topic for o in r.outputs) for r in results}
    prefix = config.SUBSCRIPTION_TOPIC_PREFIX
    assert topics["prisoner_release"] == sorted([config.ALERTS_TOPIC, f"{prefix}prisoner-releases", f"{prefix}belarus"])
    assert f"{prefix}lithuania" not in topics["sanctions_lifted"]
    assert {r.kind for r in results} == {"new"} and {r.msg_type for r in results} == {"Alert"}


def test_redelivered_article_publishes_nothing():
    state: dict[bytes, bytes] = {}
    outcome = article_outcome(seed_bytes())
    first = run_candidates(outcome, state, now=1_766_000_000.0)
    again = run_candidates(outcome, state, now=1_766_000_060.0)
    assert all(r.outputs for r in first)
    assert [r.kind for r in again] == ["duplicate", "duplicate"]
    assert all(r.outputs == [] for r in again)
    assert all(r.state_changed for r in first)
    assert not any(r.state_changed for r in again)  # nothing to write back to the table


def test_redelivery_that_expires_a_story_still_stores_the_pruned_state():
    from streams.core import dedup, sketch

    _, raw = article_outcome(seed_bytes()).candidates[0]
    seed = dedup.decode_candidate(raw)
    unrelated = msgspec.structs.replace(
        seed,
        article=msgspec.structs.replace(seed.article, id="unrelated"),
        fingerprint=sketch.Fingerprint(0, []),  # shares no word: a second story under the key
    )
    t0, window = 1_766_000_000.0, 72 * 3600
    decide = functools.partial(process_candidate, window_seconds=window, subscriptions=SUBSCRIPTIONS)
    state = decide(None, raw, now=t0).state
    state = decide(state, dedup.encode_candidate(unrelated), now=t0 + window - 60).state
    assert len(state.stories) == 2
    again = decide(state, dedup.encode_candidate(unrelated), now=t0 + window + 60)
    assert again.kind == "duplicate" and again.outputs == []
    assert again.state_changed and len(again.state.stories) == 1  # the seed's story expired


def test_state_cache_decodes_once_and_sees_a_replaced_value():
    from streams.core import dedup
    from streams.core.pipeline import StateCache

    outcome = article_outcome(seed_bytes())
    state: dict = {}
    key = outcome.candidates[0][0]
    (result, *_) = run_candidates(outcome, state, now=1_766_000_000.0)
    cache = StateCache()
    raw = cache.encode(key, result.state)
    assert raw == dedup.encode_state(result.state)
    assert cache.get(key, raw) is result.state  # no decoding: the table holds what we wrote
    replaced = dedup.encode_state(dedup.StoryState())  # e.g. a changelog recovery wrote another value
    assert cache.get(key, replaced) == dedup.StoryState()
    assert cache.get(key, None) is None
