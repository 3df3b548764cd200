"""CAP 1.2 severity and certainty of a detected event.

CAP's `severity` describes harm to life or property; a news alert has no such
measure, so we read it as *how much the event matters to a subscriber*, from three
things the event carries and nothing else (so the same event always gets the same
severity, whichever worker computes it):

1. a base level per event type (`BASE_SEVERITY`): imposing sanctions is Severe;
   lifting sanctions and releasing prisoners are Moderate; an arrest is Minor;
2. scale: `quantity` >= 100 raises one level, >= 1000 two levels (mass releases,
   mass arrests, sanctions on hundreds of entities), capped at Extreme;
3. doubt: `confidence` < 0.5 lowers one level (never below Minor).

`Unknown` is only returned for an event type this module does not know, which the
typed records make impossible today; it ranks below Minor for `min_severity` filters.

Certainty is read from the detector's confidence alone. We never say `Observed`: the
system reads reports, it does not witness events.
"""

from __future__ import annotations

from typing import Literal

from streams.core.records import Event

Severity = Literal["Extreme", "Severe", "Moderate", "Minor", "Unknown"]
Certainty = Literal["Observed", "Likely", "Possible", "Unlikely", "Unknown"]

# Lowest first: the index is the rank used by `min_severity` comparisons.
SEVERITY_ORDER: tuple[str, ...] = ("Unknown", "Minor", "Moderate", "Severe", "Extreme")
CERTAINTIES: tuple[str, ...] = ("Observed", "Likely", "Possible", "Unlikely", "Unknown")

BASE_SEVERITY: dict[str, str] = {
    "sanctions_imposed": "Severe",
    "sanctions_lifted": "Moderate",
    "prisoner_release": "Moderate",
    "arrest": "Minor",
}
LARGE_QUANTITY = 100
VERY_LARGE_QUANTITY = 1000
LOW_CONFIDENCE = 0.5
LIKELY_CONFIDENCE = 0.8


def severity_rank(level: str) -> int:
    """Rank of a CAP severity (Unknown=0 ... Extreme=4); ValueError for other words."""
    try:
        return SEVERITY_ORDER.index(level)
    except ValueError:
        raise ValueError(f"unknown CAP severity {level!r} (expected one of {SEVERITY_ORDER})") from None


def severity(event: Event) -> str:
    """CAP severity of `event` by the documented rule (type, then scale, then doubt)."""
    base = BASE_SEVERITY.get(event.type)
    if base is None:
        return "Unknown"
    rank = severity_rank(base)
    if event.quantity is not None:
        rank += (event.quantity >= LARGE_QUANTITY) + (event.quantity >= VERY_LARGE_QUANTITY)
    if event.confidence < LOW_CONFIDENCE:
        rank -= 1
    lowest, highest = severity_rank("Minor"), severity_rank("Extreme")
    return SEVERITY_ORDER[min(max(rank, lowest), highest)]


def certainty(event: Event) -> str:
    """CAP certainty from the detector's confidence: >= 0.8 Likely, >= 0.5 Possible, else Unlikely."""
    if event.confidence >= LIKELY_CONFIDENCE:
        return "Likely"
    if event.confidence >= LOW_CONFIDENCE:
        return "Possible"
    return "Unlikely"
