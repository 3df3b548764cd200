"""Typed records of the messages that flow through newsalerts.

Data flows one way: bytes -> Article -> EnrichedArticle -> alerts. These msgspec
structs are the single definition of each shape; `schemas/*.schema.json` documents
the same shapes for subscribers (a test keeps the two in step). msgspec decodes and
validates JSON in one pass, so a wrong type is caught at the edge, not deep inside.
"""

from __future__ import annotations

from typing import Literal

import msgspec

EventType = Literal["sanctions_imposed", "sanctions_lifted", "prisoner_release", "arrest"]
EVENT_TYPES: tuple[str, ...] = ("sanctions_imposed", "sanctions_lifted", "prisoner_release", "arrest")
CountryRole = Literal["primary", "mentioned"]


class Article(msgspec.Struct, frozen=True):
    """An incoming news article (`news.articles`). Unknown extra fields are accepted and ignored."""

    id: str
    title: str
    body: str
    published: str | None = None  # ISO-8601 date or date-time, as the outlet gave it
    source: str | None = None  # outlet name
    url: str | None = None


class CountryTag(msgspec.Struct, frozen=True):
    """A country the article is about (`primary`) or merely names (`mentioned`)."""

    code: str  # ISO 3166-1 alpha-2
    name: str
    role: CountryRole
    mentions: int


class TopicTag(msgspec.Struct, frozen=True):
    """A topic label aligned to the IPTC Media Topics top level."""

    id: str  # IPTC media topic id, e.g. "medtop:11000000"
    label: str
    score: float


class Evidence(msgspec.Struct, frozen=True):
    """The sentence an event was read from, with offsets into `title + "\\n" + body`."""

    text: str
    start: int
    end: int


class Event(msgspec.Struct, frozen=True):
    """One detected act (not a mere mention) with its codes, actors and evidence."""

    type: EventType
    cameo: str
    plover: str
    source: str | None  # ISO code of the acting country, when the text gives it
    target: str | None  # ISO code of the country acted upon, when the text gives it
    quantity: int | None  # number of people or items concerned ("123 prisoners", "over 100")
    evidence: Evidence
    confidence: float  # 0..1


class EnrichedArticle(msgspec.Struct, frozen=True):
    """An article with its countries, topics and events (`news.enriched`)."""

    id: str
    title: str
    published: str | None
    source: str | None
    url: str | None
    countries: list[CountryTag]
    topics: list[TopicTag]
    events: list[Event]
