"""The two processing steps of the worker, as pure functions from bytes to bytes.

(The one value that is not bytes is a key's story state, which the worker keeps in a
Faust table: decoded once and cached by `StateCache`, encoded once per batch.)

The Faust agents only move messages; everything they decide is decided here, so the
whole path (decode -> enrich -> candidates -> dedup -> alerts -> routing) runs and is
tested on plain values, with no broker.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field

import msgspec

from streams import config
from streams.core import dedup
from streams.core.alerts import build_alert, ce_headers, encode_alert
from streams.core.articles import InvalidArticle, decode_article
from streams.core.deadletter import dead_letter_headers
from streams.core.enrich import enrich
from streams.core.records import Article
from streams.core.routing import Subscription, route

Headers = list[tuple[str, bytes]]
_encode = msgspec.json.Encoder().encode


@dataclass(frozen=True)
class MessageOrigin:
    """Where a message came from: dead-letter headers name it so it can be found again."""

    topic: str
    partition: int
    offset: int
    worker: str


@dataclass(frozen=True)
class DeadLetter:
    reason: str
    headers: Headers


@dataclass(frozen=True)
class ArticleOutcome:
    """Either the enriched article with its candidate alerts, or a dead letter."""

    key: bytes = b""
    enriched: bytes = b""
    candidates: list[tuple[bytes, bytes]] = field(default_factory=list)  # (signature, candidate)
    dead_letter: DeadLetter | None = None


@dataclass(frozen=True)
class Output:
    topic: str
    key: bytes
    value: bytes
    headers: Headers


@dataclass(frozen=True)
class CandidateOutcome:
    """The story state to store under the candidate's key and the messages to publish."""

    state: dedup.StoryState
    outputs: list[Output]
    kind: str  # dedup decision: new | corroborate | duplicate
    event_type: str
    msg_type: str  # Alert | Update
    state_changed: bool  # False: `state` is the input state itself, nothing to store

    @property
    def is_dedup_hit(self) -> bool:
        return self.kind != "new"


def process_article(raw: bytes, *, max_body_bytes: int, origin: MessageOrigin, now: float) -> ArticleOutcome:
    """Decode and enrich one `news.articles` value; any failure becomes a dead letter."""
    try:
        article = decode_article(raw, max_body_bytes)
    except InvalidArticle as exc:
        return ArticleOutcome(dead_letter=_dead_letter(exc.reason, exc, origin, now))
    try:
        enriched = enrich(article)
        candidates = [
            (candidate.signature.encode(), dedup.encode_candidate(candidate))
            for candidate in dedup.make_candidates(enriched, context=article.body)
        ]
    except Exception as exc:  # a bug on valid input: set the article aside, keep the worker going
        traceback.print_exc()
        return ArticleOutcome(dead_letter=processing_error(exc, origin, now))
    return ArticleOutcome(key=article.id.encode(), enriched=_encode(enriched), candidates=candidates)


def warm_up() -> None:
    """Compile the enrichment's matchers now (they compile on first use, ~0.5 s)."""
    enrich(Article(id="warm-up", title="Warm-up", body="Belarus released 12 prisoners on Sunday."))


def processing_error(exc: BaseException, origin: MessageOrigin, now: float) -> DeadLetter:
    """The dead letter for a message that failed on a bug rather than on bad input."""
    return _dead_letter("processing_error", exc, origin, now)


def _dead_letter(reason: str, exc: BaseException, origin: MessageOrigin, now: float) -> DeadLetter:
    headers = dead_letter_headers(reason, exc, origin.topic, origin.partition, origin.offset, origin.worker, now)
    return DeadLetter(reason=reason, headers=headers)


def process_candidate(
    state: dedup.StoryState | None,
    raw: bytes,
    *,
    now: float,
    window_seconds: float,
    subscriptions: list[Subscription],
) -> CandidateOutcome:
    """Decide one candidate against its story state; alerts go to the firehose and subscriptions.

    A re-delivered article (`duplicate`) publishes nothing: replays and at-least-once
    re-processing stay invisible to subscribers. `now` should be the candidate message's
    timestamp, so re-processing reproduces the same decision.
    """
    candidate = dedup.decode_candidate(raw)
    decision, new_state = dedup.decide(state, candidate, now, window_seconds)
    event_type = candidate.event.type
    changed = new_state is not state  # a re-delivery that expired nothing: no table write
    if decision.kind == "duplicate":
        return CandidateOutcome(new_state, [], decision.kind, event_type, "Update", changed)
    alert = build_alert(candidate.article, candidate.event, decision.story)
    value, headers, key = encode_alert(alert), ce_headers(alert), alert.data.alert_id.encode()
    topics = [config.ALERTS_TOPIC, *route(alert, subscriptions)]
    outputs = [Output(topic, key, value, headers) for topic in topics]
    return CandidateOutcome(new_state, outputs, decision.kind, event_type, alert.data.msg_type, changed)


class StateCache:
    """Decoded story states by table key, each with the bytes it was decoded from.

    A key's state is read for every candidate of its story but written once per batch,
    and decoding it (up to `MAX_STORIES_PER_KEY` stories) costs more than deciding. The
    cache answers only while the table still holds the very bytes it decoded, so a
    rebalance or a changelog recovery that replaces a value is always seen.
    """

    def __init__(self) -> None:
        self._held: dict[bytes, tuple[bytes, dedup.StoryState]] = {}

    def get(self, key: bytes, raw: bytes | None) -> dedup.StoryState | None:
        """The state the table's `raw` value for `key` decodes to."""
        if raw is None:
            self.forget(key)
            return None
        held = self._held.get(key)
        if held is not None and held[0] == raw:
            return held[1]
        state = dedup.decode_state(raw)
        self._held[key] = (raw, state)
        return state

    def forget(self, key: bytes) -> None:
        """Drop `key` (deleted from the table)."""
        self._held.pop(key, None)

    def encode(self, key: bytes, state: dedup.StoryState) -> bytes:
        """The bytes to store for `key`, remembered with `state` so the next get skips decoding."""
        raw = dedup.encode_state(state)
        self._held[key] = (raw, state)
        return raw
