"""Alert records: a CloudEvents 1.0 envelope around a CAP-style alert body.

Subscribers read alerts with their own Kafka clients, so the envelope is a standard
one (CloudEvents, structured JSON mode) and the body borrows CAP's vocabulary
(`msg_type` Alert | Update, `references`, `severity`, `certainty`).

Identity, chosen so at-least-once re-processing is harmless:

* `data.alert_id` names the *story*: uuid5 of the story signature and the story's first
  article id (`alert_id`). Re-processing the same first article, even after the story
  expired from the dedup state, yields the same id.
* the CloudEvents `id` names the *message*: equal to `alert_id` for the first message
  (msg_type "Alert"); for an Update it is uuid5 of `alert_id` and the corroborating
  article id. CloudEvents consumers drop equal `source` + `id` as duplicates, so an
  Update must not reuse the alert's id, and a re-sent message must keep its own.
* every field is derived from the candidate and the story snapshot (`time` is when the
  story saw that article, not the wall clock), so a re-emitted message is byte-identical.

CloudEvents `type` names (`CE_TYPES`): newsalerts.sanctions.imposed,
newsalerts.sanctions.lifted, newsalerts.prisoner.released, newsalerts.arrest. Updates keep
the type of the event, so a subscriber filtering on `ce_type` sees the whole story.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal

import msgspec

from streams.core.records import CountryTag, EnrichedArticle, Event, TopicTag
from streams.core.severity import certainty, severity

if TYPE_CHECKING:
    from streams.core.dedup import Story

SPECVERSION = "1.0"
ALERT_SOURCE = "/newsalerts/alerts"  # one source for every worker: source + id identify a message
ALERT_SCHEMA_ID = "https://newsalerts.example/schemas/alert/v1"  # == $id of schemas/alert.schema.json
DATA_CONTENT_TYPE = "application/json"
STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8"
CE_TYPES: dict[str, str] = {
    "sanctions_imposed": "newsalerts.sanctions.imposed",
    "sanctions_lifted": "newsalerts.sanctions.lifted",
    "prisoner_release": "newsalerts.prisoner.released",
    "arrest": "newsalerts.arrest",
}
# Which actor is "the country where it happens" (the CloudEvents subject), per type:
# sanctions are about the sanctioned country, releases and arrests about the country acting.
_SUBJECT_ACTOR: dict[str, tuple[str, str]] = {
    "sanctions_imposed": ("target", "source"),
    "sanctions_lifted": ("target", "source"),
    "prisoner_release": ("source", "target"),
    "arrest": ("source", "target"),
}
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://newsalerts.example/alerts")

MsgType = Literal["Alert", "Update"]


class AlertArticle(msgspec.Struct, frozen=True):
    """The article that triggered this message (the first one for an Alert)."""

    id: str
    title: str
    url: str | None
    published: str | None
    source: str | None


class AlertData(msgspec.Struct, frozen=True):
    """The alert body (CloudEvents `data`), with CAP's message vocabulary."""

    alert_id: str
    msg_type: MsgType
    references: list[str]  # [] for an Alert; [alert_id] for an Update (CAP `references`)
    event: Event
    article: AlertArticle
    countries: list[CountryTag]
    topics: list[TopicTag]
    severity: str
    certainty: str
    corroborations: list[str]  # article ids of the story so far: the first, then the latest
    article_count: int  # articles of the story so far (corroborations lists at most 16)
    first_seen: str  # RFC 3339
    last_seen: str  # RFC 3339


class Alert(msgspec.Struct, frozen=True, omit_defaults=True):
    """A CloudEvents 1.0 event in structured mode; absent `subject` is omitted, not null."""

    specversion: str
    id: str
    source: str
    type: str
    time: str
    datacontenttype: str
    dataschema: str
    data: AlertData
    subject: str | None = None


def rfc3339(ts: float) -> str:
    """RFC 3339 UTC time with milliseconds, e.g. 2025-12-13T10:00:00.000Z."""
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def alert_id(signature: str, first_article_id: str) -> str:
    """Deterministic id of a story: uuid5 of its signature and its first article id."""
    return str(uuid.uuid5(_NAMESPACE, f"{signature}\x1f{first_article_id}"))


def message_id(story_alert_id: str, article_id: str) -> str:
    """CloudEvents id of the message `article_id` produced in a story (== alert id for the first)."""
    return str(uuid.uuid5(_NAMESPACE, f"{story_alert_id}\x1f{article_id}"))


def event_countries(event: Event, countries: list[CountryTag]) -> tuple[str, ...]:
    """The countries an event is about: its actors, or the article's primary countries if none.

    Mentioned-only countries never count: an article about Belarus that names Lithuania in
    passing is not news about Lithuania. Used by story signatures and by routing alike.
    """
    actors = {code for code in (event.source, event.target) if code}
    if actors:
        return tuple(sorted(actors))
    return tuple(sorted({c.code for c in countries if c.role == "primary"}))


def _subject(event: Event, countries: list[CountryTag]) -> str | None:
    for role in _SUBJECT_ACTOR.get(event.type, ("source", "target")):
        code = getattr(event, role)
        if code:
            return code
    primary = [c for c in countries if c.role == "primary"]
    return max(primary, key=lambda c: (c.mentions, c.code)).code if primary else None


def build_alert(enriched: EnrichedArticle, event: Event, story: Story) -> Alert:
    """The message for `enriched` in `story` (a `Decision.story` snapshot, ending at this article).

    msg_type is "Alert" when `enriched` is the story's first article, else "Update".
    """
    if enriched.id not in story.article_ids:
        raise ValueError(f"article {enriched.id!r} is not part of story {story.alert_id}")
    first = enriched.id == story.article_ids[0]
    data = AlertData(
        alert_id=story.alert_id,
        msg_type="Alert" if first else "Update",
        references=[] if first else [story.alert_id],
        event=event,
        article=AlertArticle(
            id=enriched.id,
            title=enriched.title,
            url=enriched.url,
            published=enriched.published,
            source=enriched.source,
        ),
        countries=list(enriched.countries),
        topics=list(enriched.topics),
        severity=severity(event),
        certainty=certainty(event),
        corroborations=list(story.article_ids),
        article_count=story.article_count,
        first_seen=rfc3339(story.first_seen),
        last_seen=rfc3339(story.last_seen),
    )
    return Alert(
        specversion=SPECVERSION,
        id=story.alert_id if first else message_id(story.alert_id, enriched.id),
        source=ALERT_SOURCE,
        type=CE_TYPES[event.type],
        time=data.last_seen,
        datacontenttype=DATA_CONTENT_TYPE,
        dataschema=ALERT_SCHEMA_ID,
        data=data,
        subject=_subject(event, enriched.countries),
    )


_ENCODER = msgspec.json.Encoder()
_DECODER = msgspec.json.Decoder(Alert)


def encode_alert(alert: Alert) -> bytes:
    """The Kafka message value: the whole CloudEvent as JSON (structured mode)."""
    return _ENCODER.encode(alert)


def decode_alert(raw: bytes) -> Alert:
    """Parse and type-check an alert message value (for tail, tests and consumers)."""
    return _DECODER.decode(raw)


def ce_headers(alert: Alert) -> list[tuple[str, bytes]]:
    """Kafka headers: `content-type` for structured mode, plus `ce_*` copies of the attributes.

    The value stays authoritative; the `ce_*` copies let consumers filter on type or
    subject without parsing JSON (the binary-mode names of the CloudEvents Kafka binding).
    """
    attributes = [
        ("ce_specversion", alert.specversion),
        ("ce_id", alert.id),
        ("ce_source", alert.source),
        ("ce_type", alert.type),
        ("ce_time", alert.time),
    ]
    if alert.subject is not None:
        attributes.append(("ce_subject", alert.subject))
    attributes.append(("content-type", STRUCTURED_CONTENT_TYPE))
    return [(name, value.encode()) for name, value in attributes]
