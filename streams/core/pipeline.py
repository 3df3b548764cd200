"""The two processing steps of the worker, as pure functions from bytes to bytes.

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
    """The new table value (None: leave it) and the messages to publish."""

    state: bytes | None
    outputs: list[Output]
    kind: str  # dedup decision: new | corroborate | duplicate
    event_type: str
    msg_type: str  # Alert | Update

    @property
    def is_dedup_hit(self) -> bool:
        return self.kind != "new"


def process_article(
    raw: bytes, *, max_body_bytes: int, origin: MessageOrigin, now: float
) -> ArticleOutcome:
    """Decode and enrich one `news.articles` value; any failure becomes a dead letter."""
    try:
        article = decode_article(raw, max_body_bytes)
    except InvalidArticle as exc:
        return ArticleOutcome(dead_letter=_dead_letter(exc.reason, exc, origin, now))
    try:
        enriched = enrich(article)
        candidates = [
            (candidate.signature.encode(), dedup.encode(candidate))
            for candidate in dedup.make_candidates(enriched, context=article.body)
        ]
    except Exception as exc:  # a bug on valid input: set the article aside, keep the worker going
        traceback.print_exc()
        return ArticleOutcome(dead_letter=processing_error(exc, origin, now))
    return ArticleOutcome(key=article.id.encode(), enriched=_encode(enriched), candidates=candidates)


def processing_error(exc: BaseException, origin: MessageOrigin, now: float) -> DeadLetter:
    """The dead letter for a message that failed on a bug rather than on bad input."""
    return _dead_letter("processing_error", exc, origin, now)


def _dead_letter(reason: str, exc: BaseException, origin: MessageOrigin, now: float) -> DeadLetter:
    headers = dead_letter_headers(
        reason, exc, origin.topic, origin.partition, origin.offset, origin.worker, now
    )
    return DeadLetter(reason=reason, headers=headers)


def process_candidate(
    state: bytes | None,
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
    decision, new_state = dedup.decide(
        dedup.decode_state(state) if state else None, candidate, now, window_seconds
    )
    event_type = candidate.event.type
    if decision.kind == "duplicate":
        return CandidateOutcome(dedup.encode(new_state), [], decision.kind, event_type, "Update")
    alert = build_alert(candidate.article, candidate.event, decision.story)
    value, headers, key = encode_alert(alert), ce_headers(alert), alert.data.alert_id.encode()
    topics = [config.ALERTS_TOPIC, *route(alert, subscriptions)]
    outputs = [Output(topic, key, value, headers) for topic in topics]
    return CandidateOutcome(dedup.encode(new_state), outputs, decision.kind, event_type, alert.data.msg_type)
