"""Subscriptions: named filters over alerts, each feeding its own topic `alerts.<name>`.

Subscribable, filtered alert topics are the project's reason to exist (NOTES: live
streams filtered by event were answered with "poll searches"). Subscriptions live in a
YAML file (`deploy/subscriptions.yaml`) so operators add one without code; the loader
rejects mistakes loudly, naming the file and the entry, because a typo in a filter
would otherwise silently route nothing.

Matching (all given conditions must hold; an omitted one matches everything):

* `types`: the event type is one of them;
* `countries`: ISO 3166-1 alpha-2 codes; they must intersect the *event's countries*,
  i.e. its actors (event source/target) or, when the text names no actor, the article's
  primary countries (`alerts.event_countries`). Countries an article merely mentions
  never match: the seed names Lithuania in passing, so a Lithuania subscription gets
  none of its alerts;
* `min_confidence`: the event's confidence is at least this;
* `min_severity`: the alert's CAP severity ranks at least this (Unknown < Minor < ...).

Every message is routed on its own content, Updates included: an Update can reach a
subscription its Alert did not (say a later article gives the actor); its `references`
names the alert, and subscribers should treat an Update for an unknown alert as new.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import msgspec
import pycountry
import yaml

from streams.config import SUBSCRIPTION_TOPIC_PREFIX
from streams.core.alerts import Alert, event_countries
from streams.core.records import EVENT_TYPES
from streams.core.severity import SEVERITY_ORDER, severity_rank

# Kafka allows [a-zA-Z0-9._-] up to 249 characters, but names mixing "." and "_" collide
# in metric names; the prefix already holds a ".", so "_" is refused.
_NAME = re.compile(r"^[a-z0-9][a-z0-9.-]*$")
_MAX_NAME = 249 - len(SUBSCRIPTION_TOPIC_PREFIX)
_KEYS = frozenset({"name", "description", "types", "countries", "min_confidence", "min_severity"})
_TOP_KEYS = frozenset({"version", "subscriptions"})

Fail = Callable[[str], NoReturn]  # raises SubscriptionError about one key of one entry


class SubscriptionError(ValueError):
    """A subscriptions file that cannot be used; the message names the file and the entry."""


class Subscription(msgspec.Struct, frozen=True):
    """One named filter; `None` for a condition means "any"."""

    name: str
    types: frozenset[str] | None = None
    countries: frozenset[str] | None = None
    min_confidence: float = 0.0
    min_severity: str = "Unknown"
    description: str = ""

    @property
    def topic(self) -> str:
        return f"{SUBSCRIPTION_TOPIC_PREFIX}{self.name}"

    def matches(self, alert: Alert) -> bool:
        """True when every condition this subscription sets holds for `alert`."""
        data = alert.data
        if self.types is not None and data.event.type not in self.types:
            return False
        if self.countries is not None and self.countries.isdisjoint(event_countries(data.event, data.countries)):
            return False
        if data.event.confidence < self.min_confidence:
            return False
        return severity_rank(data.severity) >= severity_rank(self.min_severity)


def route(alert: Alert, subscriptions: list[Subscription]) -> list[str]:
    """Topics of the subscriptions `alert` matches, in file order."""
    return [s.topic for s in subscriptions if s.matches(alert)]


def _string_list(value: object, fail: Fail) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        fail("must be a non-empty list of strings (omit the key to match everything)")
    return value


def _parse_types(value: object, fail: Fail) -> frozenset[str]:
    types = _string_list(value, fail)
    unknown = sorted(set(types) - set(EVENT_TYPES))
    if unknown:
        fail(f"unknown event type(s) {unknown}; known: {list(EVENT_TYPES)}")
    return frozenset(types)


def _parse_countries(value: object, fail: Fail) -> frozenset[str]:
    codes = _string_list(value, fail)
    bad = [c for c in codes if len(c) != 2 or not c.isupper() or pycountry.countries.get(alpha_2=c) is None]
    if bad:
        fail(f"not ISO 3166-1 alpha-2 country code(s) (upper case, e.g. LT): {bad}")
    return frozenset(codes)


def _parse_entry(entry: object, where: str) -> Subscription:
    def fail(message: str, key: str | None = None) -> NoReturn:
        raise SubscriptionError(f"{where}{f': {key}' if key else ''}: {message}")

    if not isinstance(entry, dict):
        fail("must be a mapping with at least a 'name'")
    unknown = sorted(set(entry) - _KEYS)
    if unknown:
        fail(f"unknown key(s) {unknown}; allowed: {sorted(_KEYS)}")
    name = entry.get("name")
    if not isinstance(name, str) or not _NAME.match(name) or len(name) > _MAX_NAME:
        fail(
            f"name {name!r} must match [a-z0-9][a-z0-9.-]* (no '_': the topic "
            f"{SUBSCRIPTION_TOPIC_PREFIX}<name> must not mix '.' and '_'), at most {_MAX_NAME} chars"
        )
    where = f"{where} ({name!r})"
    kwargs: dict[str, object] = {"name": name}
    if "types" in entry:
        kwargs["types"] = _parse_types(entry["types"], lambda m: fail(m, "types"))
    if "countries" in entry:
        kwargs["countries"] = _parse_countries(entry["countries"], lambda m: fail(m, "countries"))
    if "min_confidence" in entry:
        value = entry["min_confidence"]
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            fail(f"must be a number between 0 and 1, got {value!r}", "min_confidence")
        kwargs["min_confidence"] = float(value)
    if "min_severity" in entry:
        if entry["min_severity"] not in SEVERITY_ORDER:
            fail(f"must be one of {list(SEVERITY_ORDER)}, got {entry['min_severity']!r}", "min_severity")
        kwargs["min_severity"] = entry["min_severity"]
    if "description" in entry:
        if not isinstance(entry["description"], str):
            fail("must be a string", "description")
        kwargs["description"] = entry["description"]
    return Subscription(**kwargs)


def parse_subscriptions(document: object, origin: str = "<subscriptions>") -> list[Subscription]:
    """Validate a parsed YAML document ({version: 1, subscriptions: [...]}) into subscriptions."""
    if not isinstance(document, dict) or not isinstance(document.get("subscriptions"), list):
        raise SubscriptionError(f"{origin}: expected a mapping with a 'subscriptions' list")
    unknown = sorted(set(document) - _TOP_KEYS)
    if unknown:
        raise SubscriptionError(f"{origin}: unknown top-level key(s) {unknown}; allowed: {sorted(_TOP_KEYS)}")
    if document.get("version", 1) != 1:
        raise SubscriptionError(f"{origin}: unsupported version {document['version']!r} (expected 1)")
    subscriptions: list[Subscription] = []
    seen: set[str] = set()
    for index, entry in enumerate(document["subscriptions"]):
        subscription = _parse_entry(entry, f"{origin}: subscriptions[{index}]")
        if subscription.name in seen:
            raise SubscriptionError(f"{origin}: subscriptions[{index}]: duplicate name {subscription.name!r}")
        seen.add(subscription.name)
        subscriptions.append(subscription)
    return subscriptions


def load_subscriptions(path: str | Path) -> list[Subscription]:
    """Read and validate a subscriptions YAML file; SubscriptionError names what is wrong."""
    path = Path(path)
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SubscriptionError(f"{path}: cannot read subscriptions: {exc}") from exc
    return parse_subscriptions(document, str(path))


def pipeline_topics(subscriptions_file: str | Path) -> list[str]:
    """Every topic a deployment needs: the core ones and one per subscription."""
    from streams.config import core_topics

    return core_topics() + [s.topic for s in load_subscriptions(subscriptions_file)]
