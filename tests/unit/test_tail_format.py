"""How `newsalerts tail` prints an alert."""

from __future__ import annotations

from streams.kafka.tail import format_alert


def _alert(**data) -> dict:
    event = {"type": "arrest", "source": "KE", "confidence": 0.8, "evidence": {"text": "Police arrested him."}}
    return {"id": "x", "data": {"msg_type": "Update", "event": event, "article": {"id": "a9", "title": "T"}, **data}}


def test_reports_count_every_article_of_the_story_not_only_the_listed_ids():
    listed = [f"a{i}" for i in range(16)]
    assert "40 report(s)" in format_alert(_alert(corroborations=listed, article_count=40))


def test_alerts_without_a_count_fall_back_to_the_listed_ids():
    assert "2 report(s)" in format_alert(_alert(corroborations=["a1", "a2"]))
