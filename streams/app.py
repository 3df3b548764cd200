"""The Faust application: topics, the dedup table, sensors and web endpoints.

Configuration comes from `NEWSALERTS_*` environment variables (see `streams.config`),
so `faust -A streams.app worker` and `newsalerts worker` build the same app. The agents
live in `streams.agents`; they are imported at the bottom so that `-A streams.app` finds
them without Faust's autodiscovery.
"""

from __future__ import annotations

import os

import faust
from faust.sensors.prometheus import setup_prometheus_sensors

from streams import config
from streams.kafka.table_writes import AwaitableTable
from streams.metrics import REGISTRY

settings = config.Settings()
os.makedirs(os.path.join(settings.data_dir, settings.worker_name), exist_ok=True)  # Faust makes one level only

app = faust.App(
    settings.app_id,
    broker=[f"kafka://{server}" for server in settings.bootstrap.split(",")],
    broker_credentials=config.broker_credentials(),
    store="memory://",  # table state is rebuilt from its Kafka changelog on start
    datadir=os.path.join(settings.data_dir, settings.worker_name),
    topic_partitions=settings.partitions,
    topic_replication_factor=settings.replication_factor,
    value_serializer="raw",
    key_serializer="raw",
    web_host=settings.web_host,
    web_port=settings.metrics_port,
    web_in_thread=False,
    consumer_auto_offset_reset="earliest",
    # Throughput: let the producer batch and the consumer fetch in bulk. The fetch size
    # matters most: at aiokafka's default of 1 MB per partition a fetch holds ~300
    # articles of 3 KB, and the worker idled between fetches (0.6 CPU busy; with 4 MB,
    # 0.9 and 1.6x the articles/s). Linger stays short: every hop of an alert pays it.
    producer_linger_ms=settings.producer_linger_ms,
    producer_max_batch_size=1024 * 1024,
    consumer_max_fetch_size=4 * 1024 * 1024,
    broker_max_poll_records=10000,
    stream_buffer_maxsize=8192,
    broker_commit_interval=1.0,
    # A dead worker's partitions move to the others after 10 s, not Faust's default 60 s.
    broker_session_timeout=10.0,
    broker_heartbeat_interval=1.0,
    logging_config=None,
    Table=AwaitableTable,  # the alert stage awaits its table writes before it acknowledges
)

# Raw bytes on every topic: the agents decode with msgspec themselves, so a malformed
# message reaches our code (and the dead-letter topic) instead of crashing Faust's codec.
articles_topic = app.topic(config.ARTICLES_TOPIC, key_type=bytes, value_type=bytes)
enriched_topic = app.topic(config.ENRICHED_TOPIC, key_type=bytes, value_type=bytes)
candidates_topic = app.topic(config.CANDIDATES_TOPIC, key_type=bytes, value_type=bytes)
alerts_topic = app.topic(config.ALERTS_TOPIC, key_type=bytes, value_type=bytes)
dlq_topic = app.topic(config.DLQ_TOPIC, key_type=bytes, value_type=bytes)

# Story state per signature key, backed by a compacted changelog topic, so dedup survives
# worker restarts. `use_partitioner`: a write picks its changelog partition from the key,
# exactly as the candidates topic does (same key bytes, same partitioner, same partition
# count), so the table stays co-partitioned with its input even though the batching agent
# writes outside Faust's per-event context.
stories = app.Table(
    "stories",
    default=None,
    key_type=bytes,
    value_type=bytes,
    partitions=settings.partitions,
    use_partitioner=True,
)

setup_prometheus_sensors(app, registry=REGISTRY, name_prefix="faust")

from streams import agents  # noqa: E402,F401  (registers agents, timers and pages)
