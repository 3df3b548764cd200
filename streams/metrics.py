"""The project's own Prometheus metrics, named by Prometheus conventions.

One registry holds these and Faust's sensor series, so a single `/metrics` scrape shows
both. Labels come from small fixed sets only (outcome, event type, reason, partition).
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

ARTICLES = Counter(
    "newsalerts_articles_total",
    "Articles consumed from news.articles, by outcome (enriched, dead_lettered).",
    ["outcome"],
    registry=REGISTRY,
)
ALERTS = Counter(
    "newsalerts_alerts_total",
    "Alerts published, by event type and message type (alert = new story, update = corroboration).",
    ["event_type", "msg_type"],
    registry=REGISTRY,
)
DEAD_LETTERS = Counter(
    "newsalerts_dead_letters_total",
    "Messages sent to the dead-letter topic, by reason.",
    ["reason"],
    registry=REGISTRY,
)
DEDUP_HITS = Counter(
    "newsalerts_dedup_hits_total",
    "Candidate alerts folded into an existing story instead of raising a new alert.",
    ["event_type"],
    registry=REGISTRY,
)
ENRICH_SECONDS = Histogram(
    "newsalerts_enrich_seconds",
    "Time to enrich one article (pure Python core).",
    buckets=(0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1),
    registry=REGISTRY,
)
LATENCY_SECONDS = Histogram(
    "newsalerts_publish_to_alert_seconds",
    "Time from the producer's publish timestamp to the alert being handed to Kafka.",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
    registry=REGISTRY,
)
CONSUMER_LAG = Gauge(
    "newsalerts_consumer_lag_messages",
    "Messages between the end of news.articles and this worker's position, per partition.",
    ["partition"],
    registry=REGISTRY,
)


def _zero_known_series() -> None:
    """Create every known label set at 0, so `increase()` and rate() see the first event
    after a start (a series that appears at 1 has no increase to show)."""
    from streams.core.deadletter import REASONS
    from streams.core.records import EVENT_TYPES

    for outcome in ("enriched", "dead_lettered"):
        ARTICLES.labels(outcome)
    for reason in REASONS:
        DEAD_LETTERS.labels(reason)
    for event_type in EVENT_TYPES:
        DEDUP_HITS.labels(event_type)
        for msg_type in ("Alert", "Update"):
            ALERTS.labels(event_type, msg_type)


_zero_known_series()
