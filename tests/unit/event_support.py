"""Helpers for the event-detection tests: the real country matcher feeds the detector."""

from __future__ import annotations

from streams.core.countries import default_matcher
from streams.core.events import detect_events


def events(text: str, published: str | None = "2024-06-15"):
    return detect_events(text, default_matcher().find(text), published)


def types(text: str, published: str | None = "2024-06-15") -> set[str]:
    return {e.type for e in events(text, published)}


def assert_reports(kind: str, *texts: str) -> None:
    """Each text, as the body under a neutral title, reports exactly `kind`."""
    for text in texts:
        assert types("News\n" + text) == {kind}, text


def assert_no_events(*texts: str) -> None:
    """Each text, as the body under a neutral title, reports no event."""
    for text in texts:
        assert types("News\n" + text) == set(), text


def one(text: str, kind: str, published: str | None = "2024-06-15"):
    found = [e for e in events(text, published) if e.type == kind]
    assert len(found) == 1, f"expected one {kind} in {text!r}, got {found}"
    return found[0]


def assert_actors(text: str, kind: str, source: str | None, target: str | None) -> None:
    """`text` reports one `kind` event, with these source and target countries."""
    event = one(text, kind)
    assert (event.source, event.target) == (source, target), text
