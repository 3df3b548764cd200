"""Score enriched articles against hand labels: events, actors, countries, false alarms.

Pure functions over plain records so the scoring itself is unit-tested on tiny
hand-made cases; `newsalerts eval` only reads a labelled JSONL file, runs enrich() and
prints what `summarize` returns.

What is measured, and why:
* events, per type, at article level — an alert fires per article and type, so the
  question is "did we alert on this type for this article": TP/FP/FN -> P/R/F1;
* actors of correctly detected events — share whose source (target) equals the label,
  counting "both null" as agreement (the labels only name countries the text names);
* countries, micro-averaged over articles on the set of all tagged codes (primary and
  mentioned), since the labels list every country the text names;
* false alarms: the share of items labelled with no event that still got one — on all
  such items, and on the `hard_negative` kind (items full of trigger words) alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import msgspec

from streams.core.records import EVENT_TYPES, EnrichedArticle


class ExpectedEvent(msgspec.Struct, frozen=True):
    type: str
    source: str | None = None
    target: str | None = None


class Expected(msgspec.Struct, frozen=True):
    countries: list[str] = []
    events: list[ExpectedEvent] = []


class LabelledItem(msgspec.Struct, frozen=True):
    """One line of a labelled JSONL file (dev set format; extra fields ignored)."""

    title: str
    body: str
    expected: Expected
    id: str = ""
    published: str | None = None
    source: str | None = None
    url: str | None = None
    kind: str | None = None


class ItemResult(msgspec.Struct, frozen=True):
    """Comparison of one item's prediction with its labels."""

    id: str
    kind: str | None
    expected_types: frozenset[str]
    predicted_types: frozenset[str]
    expected_countries: frozenset[str]
    predicted_countries: frozenset[str]
    actor_matches: tuple[tuple[str, bool, bool], ...]  # (type, source equal, target equal) per TP


def compare(item: LabelledItem, enriched: EnrichedArticle) -> ItemResult:
    """Line up one item's labels with its enrichment."""
    expected = {e.type: e for e in item.expected.events}
    predicted = {e.type: e for e in enriched.events}
    actors = tuple(
        (kind, predicted[kind].source == expected[kind].source, predicted[kind].target == expected[kind].target)
        for kind in sorted(expected.keys() & predicted.keys())
    )
    return ItemResult(
        id=item.id or enriched.id,
        kind=item.kind,
        expected_types=frozenset(expected),
        predicted_types=frozenset(predicted),
        expected_countries=frozenset(item.expected.countries),
        predicted_countries=frozenset(tag.code for tag in enriched.countries),
        actor_matches=actors,
    )


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision, recall and F1 with their counts; 0/0 is reported as 1.0 (nothing to get wrong)."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def _event_scores(results: list[ItemResult]) -> dict[str, dict[str, Any]]:
    scores = {}
    for kind in EVENT_TYPES:
        tp = sum(1 for r in results if kind in r.expected_types and kind in r.predicted_types)
        fp = [r.id for r in results if kind in r.predicted_types and kind not in r.expected_types]
        fn = [r.id for r in results if kind in r.expected_types and kind not in r.predicted_types]
        scores[kind] = {**prf(tp, len(fp), len(fn)), "false_positives": fp, "false_negatives": fn}
    return scores


def _actor_scores(results: list[ItemResult]) -> dict[str, float | int]:
    matches = [m for r in results for m in r.actor_matches]
    total = len(matches)
    return {
        "events": total,
        "source_agreement": sum(m[1] for m in matches) / total if total else 1.0,
        "target_agreement": sum(m[2] for m in matches) / total if total else 1.0,
    }


def _country_scores(results: list[ItemResult]) -> dict[str, Any]:
    tp = sum(len(r.expected_countries & r.predicted_countries) for r in results)
    fp = sum(len(r.predicted_countries - r.expected_countries) for r in results)
    fn = sum(len(r.expected_countries - r.predicted_countries) for r in results)
    wrong = [
        {
            "id": r.id,
            "extra": sorted(r.predicted_countries - r.expected_countries),
            "missing": sorted(r.expected_countries - r.predicted_countries),
        }
        for r in results
        if r.predicted_countries != r.expected_countries
    ]
    return {**prf(tp, fp, fn), "errors": wrong}


def _false_alarms(results: list[ItemResult]) -> dict[str, Any]:
    def rate(items: list[ItemResult]) -> dict[str, Any]:
        alarms = [r.id for r in items if r.predicted_types]
        return {
            "items": len(items),
            "alarms": len(alarms),
            "rate": len(alarms) / len(items) if items else 0.0,
            "ids": alarms,
        }

    negatives = [r for r in results if not r.expected_types]
    return {"negatives": rate(negatives), "hard_negatives": rate([r for r in negatives if r.kind == "hard_negative"])}


def summarize(results: Iterable[ItemResult]) -> dict[str, Any]:
    """The report: per-type event P/R/F1, actor agreement, country micro P/R/F1, false alarms."""
    items = list(results)
    return {
        "items": len(items),
        "events": _event_scores(items),
        "actors": _actor_scores(items),
        "countries": _country_scores(items),
        "false_alarms": _false_alarms(items),
    }
