"""Settings and topic names, in one place.

Every setting can be given by environment variable (`NEWSALERTS_<NAME>`), so the same
code runs in the demo, the tests, CI and docker compose without edits.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field

# NEWSALERTS_TOPIC_PREFIX namespaces every topic (e.g. "t1."), so that several pipelines,
# such as test scenarios, can share one broker without seeing each other's messages.
TOPIC_PREFIX = os.environ.get("NEWSALERTS_TOPIC_PREFIX", "")


def topic_names(prefix: str = TOPIC_PREFIX) -> dict[str, str]:
    """The project's topic names under `prefix`, by role."""
    return {
        "articles": f"{prefix}news.articles",
        "enriched": f"{prefix}news.enriched",
        "candidates": f"{prefix}news.alert-candidates",  # internal: candidates keyed by story signature
        "alerts": f"{prefix}news.alerts",
        "dlq": f"{prefix}news.articles.dlq",
        "subscription_prefix": f"{prefix}alerts.",
    }


_TOPICS = topic_names()
ARTICLES_TOPIC = _TOPICS["articles"]
ENRICHED_TOPIC = _TOPICS["enriched"]
CANDIDATES_TOPIC = _TOPICS["candidates"]
ALERTS_TOPIC = _TOPICS["alerts"]
DLQ_TOPIC = _TOPICS["dlq"]
SUBSCRIPTION_TOPIC_PREFIX = _TOPICS["subscription_prefix"]

PUBLISHED_AT_HEADER = "newsalerts_published_at_ns"  # producer's wall clock at send, for latency


def core_topics() -> list[str]:
    """The topics every deployment needs, besides one per subscription."""
    return [ARTICLES_TOPIC, ENRICHED_TOPIC, CANDIDATES_TOPIC, ALERTS_TOPIC, DLQ_TOPIC]


def subscription_topic(name: str) -> str:
    """The topic a named subscription is delivered to."""
    return f"{SUBSCRIPTION_TOPIC_PREFIX}{name}"


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
    dedup_window_seconds: float = field(default_factory=lambda: float(_env("DEDUP_WINDOW_SECONDS", str(72 * 3600))))
    # How often the alert stage drops expired stories and deletes keys left empty.
    dedup_sweep_seconds: float = field(default_factory=lambda: float(_env("DEDUP_SWEEP_SECONDS", "300")))
    subscriptions_file: str = field(default_factory=lambda: _env("SUBSCRIPTIONS", "deploy/subscriptions.yaml"))
    worker_name: str = field(
        default_factory=lambda: _env("WORKER_NAME", f"{socket.gethostname()}-{os.getpid()}")
    )  # names the worker in dead-letter headers; host + pid tells container replicas apart
    web_host: str = field(default_factory=lambda: _env("WEB_HOST", "127.0.0.1"))
    replication_factor: int = field(default_factory=lambda: int(_env("REPLICATION_FACTOR", "1")))
    # Latency against batching: how long a stage waits to fill a batch, and how long the
    # producer lingers to fill one. Each alert pays both twice (two stages, two sends).
    batch_within_ms: float = field(default_factory=lambda: float(_env("BATCH_WITHIN_MS", "10")))
    producer_linger_ms: int = field(default_factory=lambda: int(_env("PRODUCER_LINGER_MS", "5")))


@dataclass(frozen=True)
class Security:
    """TLS/SASL settings for every Kafka connection, from the environment (never from the repo).

    NEWSALERTS_SECURITY_PROTOCOL: PLAINTEXT (default), SSL, SASL_PLAINTEXT or SASL_SSL.
    NEWSALERTS_SSL_CAFILE / _SSL_CERTFILE / _SSL_KEYFILE: PEM files for SSL.
    NEWSALERTS_SASL_MECHANISM (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512), _SASL_USERNAME, _SASL_PASSWORD.
    """

    protocol: str
    mechanism: str
    username: str
    password: str
    cafile: str
    certfile: str
    keyfile: str

    @classmethod
    def from_env(cls) -> "Security":
        security = cls(
            protocol=_env("SECURITY_PROTOCOL", "PLAINTEXT").upper(),
            mechanism=_env("SASL_MECHANISM", "PLAIN").upper(),
            username=_env("SASL_USERNAME", ""),
            password=_env("SASL_PASSWORD", ""),
            cafile=_env("SSL_CAFILE", ""),
            certfile=_env("SSL_CERTFILE", ""),
            keyfile=_env("SSL_KEYFILE", ""),
        )
        security.check()
        return security

    def check(self) -> None:
        """Reject unknown or incomplete settings at start-up, with the variable to fix."""
        if self.protocol not in {"PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"}:
            raise ValueError(
                f"NEWSALERTS_SECURITY_PROTOCOL={self.protocol!r}: use PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL"
            )
        if self.uses_sasl:
            if self.mechanism not in {"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"}:
                raise ValueError(
                    f"NEWSALERTS_SASL_MECHANISM={self.mechanism!r}: use PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512"
                )
            if not self.username:
                raise ValueError(f"NEWSALERTS_SECURITY_PROTOCOL={self.protocol} needs NEWSALERTS_SASL_USERNAME")

    @property
    def uses_sasl(self) -> bool:
        return self.protocol.startswith("SASL")

    @property
    def uses_ssl(self) -> bool:
        return self.protocol in {"SSL", "SASL_SSL"}

    def ssl_context(self):
        if not self.uses_ssl:
            return None
        import ssl

        context = ssl.create_default_context(cafile=self.cafile or None)
        if self.certfile:
            context.load_cert_chain(self.certfile, self.keyfile or None)
        return context


def aiokafka_security() -> dict:
    """Keyword arguments for aiokafka clients (producer, consumer, admin)."""
    security = Security.from_env()
    options: dict = {"security_protocol": security.protocol}
    if security.uses_ssl:
        options["ssl_context"] = security.ssl_context()
    if security.uses_sasl:
        options.update(
            sasl_mechanism=security.mechanism,
            sasl_plain_username=security.username,
            sasl_plain_password=security.password,
        )
    return options


def broker_credentials():
    """The same settings as a Faust credentials object (None for PLAINTEXT)."""
    security = Security.from_env()
    if security.protocol == "PLAINTEXT":
        return None
    import faust  # imported here so the pure tools can import config without Faust

    if not security.uses_sasl:
        return faust.SSLCredentials(security.ssl_context())
    return faust.SASLCredentials(
        username=security.username,
        password=security.password,
        mechanism=security.mechanism,
        ssl_context=security.ssl_context(),
    )
