"""Settings and topic names, in one place.

Every setting can be given by environment variable (`NEWSALERTS_<NAME>`), so the same
code runs in the demo, the tests, CI and docker compose without edits.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

ARTICLES_TOPIC = "news.articles"
ENRICHED_TOPIC = "news.enriched"
ALERTS_TOPIC = "news.alerts"
CANDIDATES_TOPIC = "news.alert-candidates"  # internal: candidate alerts keyed by story signature
DLQ_TOPIC = "news.articles.dlq"
SUBSCRIPTION_TOPIC_PREFIX = "alerts."

PUBLISHED_AT_HEADER = "newsalerts_published_at_ns"  # producer's wall clock at send, for latency


def _env(name: str, default: str) -> str:
    return os.environ.get(f"NEWSALERTS_{name}", default)


@dataclass(frozen=True)
class Settings:
    """Runtime settings of a worker or a CLI command."""

    bootstrap: str = field(default_factory=lambda: _env("BOOTSTRAP", "127.0.0.1:9092"))
    app_id: str = field(default_factory=lambda: _env("APP_ID", "newsalerts"))
    partitions: int = field(default_factory=lambda: int(_env("PARTITIONS", "4")))
    metrics_port: int = field(default_factory=lambda: int(_env("METRICS_PORT", "6066")))
    data_dir: str = field(default_factory=lambda: _env("DATA_DIR", ".cache/worker"))
    max_body_bytes: int = field(default_factory=lambda: int(_env("MAX_BODY_BYTES", str(1024 * 1024))))
    dedup_window_seconds: float = field(
        default_factory=lambda: float(_env("DEDUP_WINDOW_SECONDS", str(72 * 3600)))
    )
    subscriptions_file: str = field(
        default_factory=lambda: _env("SUBSCRIPTIONS", "deploy/subscriptions.yaml")
    )
    worker_name: str = field(default_factory=lambda: _env("WORKER_NAME", f"worker-{os.getpid()}"))
