"""Scoring on tiny hand-made cases whose numbers can be worked out by hand."""

from __future__ import annotations

import pytest

from streams.core.evaluate import (
    Expected,
    ExpectedEvent,
    LabelledItem,
    compare,
    prf,
    summarize,
)
from streams.core.records import CountryTag, EnrichedArticle, Event, Evidence


def item(id: str, countries=(), events=(), kind=None) -> LabelledItem:
    return LabelledItem(
        id=id, title="t", body="b", kind=kind,
        expected=Expected(countries=list(countries), events=[ExpectedEvent(*e) for e in events]),
    )  # fmt: skip


def enriched(id: str, countries=(), events=()) -> EnrichedArticle:
    tags = [CountryTag(code=c, name=c, role="mentioned", mentions=1) for c in countries]
    found = [
        Event(type=t, cameo="", plover="", source=s, target=g, quantity=None,
              evidence=Evidence(text="t", start=0, end=1), confidence=0.9)
        for t, s, g in events
    ]  # fmt: skip
    return EnrichedArticle(
        id=id, title="t", published=None, source=None, url=None, countries=tags, topics=[], events=found
    )


def test_prf_counts_and_degenerate_cases():
    assert prf(2, 1, 1) == pytest.approx({"tp": 2, "fp": 1, "fn": 1, "precision": 2 / 3, "recall": 2 / 3, "f1": 2 / 3})
    assert prf(0, 0, 0)["f1"] == 1.0  # nothing expected, nothing predicted
    assert prf(0, 2, 0)["precision"] == 0.0 and prf(0, 2, 0)["f1"] == 0.0


def test_event_scores_are_per_type_and_article_level():
    results = [
        compare(item("1", events=[("arrest", "RU", None)]), enriched("1", events=[("arrest", "RU", None)])),
        compare(item("2", events=[("arrest", None, None)]), enriched("2")),
        compare(item("3", kind="hard_negative"), enriched("3", events=[("arrest", None, None)])),
        compare(
            item("4", events=[("prisoner_release", "BY", None)]),
            enriched("4", events=[("prisoner_release", "BY", "US")]),
        ),
    ]
    report = summarize(results)
    arrest = report["events"]["arrest"]
    assert (arrest["tp"], arrest["fp"], arrest["fn"]) == (1, 1, 1)
    assert arrest["false_positives"] == ["3"] and arrest["false_negatives"] == ["2"]
    assert report["events"]["prisoner_release"]["f1"] == 1.0
    assert report["events"]["sanctions_lifted"]["f1"] == 1.0  # absent everywhere
    assert report["actors"] == {"events": 2, "source_agreement": 1.0, "target_agreement": 0.5}


def test_false_alarm_rates():
    results = [
        compare(item("1", kind="hard_negative"), enriched("1", events=[("arrest", None, None)])),
        compare(item("2", kind="hard_negative"), enriched("2")),
        compare(item("3", kind="plain_negative"), enriched("3")),
        compare(item("4", events=[("arrest", None, None)]), enriched("4", events=[("arrest", None, None)])),
    ]
    alarms = summarize(results)["false_alarms"]
    assert (alarms["negatives"]["alarms"], alarms["negatives"]["items"]) == (1, 3)
    assert alarms["hard_negatives"]["rate"] == 0.5 and alarms["hard_negatives"]["ids"] == ["1"]


def test_country_micro_scores():
    results = [
        compare(item("1", countries=["BY", "US"]), enriched("1", countries=["BY", "US", "RU"])),
        compare(item("2", countries=["FR"]), enriched("2")),
        compare(item("3"), enriched("3")),
    ]
    countries = summarize(results)["countries"]
    assert (countries["tp"], countries["fp"], countries["fn"]) == (2, 1, 1)
    assert countries["precision"] == pytest.approx(2 / 3) and countries["recall"] == pytest.approx(2 / 3)
    assert countries["errors"] == [
        {"id": "1", "extra": ["RU"], "missing": []},
        {"id": "2", "extra": [], "missing": ["FR"]},
    ]
