"""Faust agents: a thin imperative shell around `streams.core.pipeline`.

Two stages, joined by a repartitioning topic:

1. `enrich_articles` reads `news.articles` (keyed by article id), enriches each article
   and writes it to `news.enriched`; every detected event becomes a candidate alert on
   `news.alert-candidates`, keyed by its story signature. Bad input goes to the
   dead-letter topic with the reason; the agent never stops on it.
2. `raise_alerts` reads the candidates, so all reports of one story meet on one
   partition, and decides with the `stories` table whether a candidate is a new alert,
   a corroboration (an update with the same alert id) or a re-delivery (nothing).

Both stages take events in batches to spread Faust's per-message cost; offsets are
committed only after what the batch sent (table writes included) is acknowledged (the
alert stage acks its candidates itself, once its writes are in), so delivery is
at-least-once, and deterministic alert ids make re-processing invisible.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections.abc import Callable, Container

from aiokafka.partitioner import DefaultPartitioner

from streams import config
from streams.app import (
    alerts_topic,
    app,
    articles_topic,
    candidates_topic,
    dlq_topic,
    enriched_topic,
    settings,
    stories,
)
from streams.core import dedup, pipeline
from streams.core.routing import load_subscriptions
from streams.kafka.ordered_writes import DecidedBatch, StateWriter
from streams.metrics import (
    ALERTS,
    ARTICLES,
    CONSUMER_LAG,
    DEAD_LETTERS,
    DEDUP_HITS,
    ENRICH_SECONDS,
    LATENCY_SECONDS,
)

log = logging.getLogger(__name__)
BATCH_SIZE = 1000
BATCH_WITHIN_SECONDS = settings.batch_within_ms / 1000
# A batch of 1,000 articles holds the event loop for most of a second: hand it back now
# and then, so candidates waiting for the alert stage (and the producer's I/O) go on.
# `await producer.send` alone does not yield while the producer's buffer has room.
YIELD_EVERY = 25
_PARTITIONER = DefaultPartitioner()  # the producer's: the `stories` table uses it (use_partitioner)

subscriptions = load_subscriptions(settings.subscriptions_file)
ARTICLES_ENRICHED = ARTICLES.labels("enriched")  # bound once: labels() is a dict lookup + lock
ARTICLES_DEAD_LETTERED = ARTICLES.labels("dead_lettered")


def _published_at_ns(headers) -> int | None:
    """The producer's send time, from the latency header (absent on foreign producers)."""
    for name, value in headers or ():
        if name == config.PUBLISHED_AT_HEADER:
            try:
                return int(value)
            except ValueError:
                return None
    return None


_OUTPUT_TOPICS = [
    enriched_topic, candidates_topic, alerts_topic, dlq_topic,
    *(app.topic(subscription.topic, partitions=settings.partitions) for subscription in subscriptions),
]  # fmt: skip


async def declare_output_topics() -> None:
    """Create the topics the worker writes to, if missing (each agent awaits it first).

    Faust creates only the internal topics it consumes: on a broker with
    `auto.create.topics.enable=false` (common in production) the first alert for a new
    subscription would otherwise fail to send and stop the worker.
    """
    await asyncio.gather(*(topic.maybe_declare() for topic in _OUTPUT_TOPICS))


@app.agent(articles_topic)
async def enrich_articles(stream):
    """news.articles -> news.enriched + news.alert-candidates (+ news.articles.dlq).

    Sends go straight to Faust's producer (aiokafka's future) rather than `topic.send`,
    which wraps each message in a FutureMessage with sensors and callbacks. At-least-once
    holds the same way: Faust flushes its producer before it commits any offset.
    """
    await declare_output_topics()
    producer = app.producer
    enriched, candidates = enriched_topic.get_topic_name(), candidates_topic.get_topic_name()
    async for batch in stream.take_events(BATCH_SIZE, within=BATCH_WITHIN_SECONDS):
        for position, event in enumerate(batch, 1):
            if position % YIELD_EVERY == 0:
                await asyncio.sleep(0)
            message = event.message
            started = time.perf_counter()
            outcome = pipeline.process_article(
                message.value, max_body_bytes=settings.max_body_bytes, origin=_origin(message), now=time.time()
            )
            ENRICH_SECONDS.observe(time.perf_counter() - started)
            if outcome.dead_letter is not None:
                await _dead_letter(message, outcome.dead_letter)
                ARTICLES_DEAD_LETTERED.inc()
                continue
            await producer.send(enriched, outcome.key, outcome.enriched, None, None, None)
            if outcome.candidates:
                latency_header = _latency_header(message.headers)
                for key, candidate in outcome.candidates:
                    await producer.send(candidates, key, candidate, None, None, latency_header)
            ARTICLES_ENRICHED.inc()


@app.agent(candidates_topic)
async def raise_alerts(stream):
    """news.alert-candidates -> news.alerts and alerts.<subscription>, deduplicated by story.

    Each batch of candidates is decided here (its alerts sent) and handed to a
    `StateWriter`, which confirms the alerts, writes the story states and only then acks
    the candidates, in the background and in order (see `streams.kafka.ordered_writes`):
    a crash re-sends the same alert ids rather than losing alerts, and never leaves a
    committed candidate whose story state is lost.
    """
    await declare_output_topics()
    cache = pipeline.StateCache()
    writer = StateWriter(stories, cache, ack=stream.ack, crash=app.crash)
    stream_time, next_sweep = 0.0, time.monotonic() + settings.dedup_sweep_seconds
    try:
        async for batch in stream.noack_take(BATCH_SIZE, within=BATCH_WITHIN_SECONDS):
            await writer.add(await _decide(batch, writer.state_of))
            stream_time = max(stream_time, *(event.message.timestamp for event in batch))
            if time.monotonic() >= next_sweep:
                _sweep_expired_stories(cache, stream_time, skip=writer.unsaved)
                next_sweep = time.monotonic() + settings.dedup_sweep_seconds
    finally:  # stopping: let the queued writes finish (a batch not acked is redone on restart)
        await writer.close()


async def _decide(batch, state_of: Callable[[bytes], dedup.StoryState | None]) -> DecidedBatch:
    """Decide each candidate in turn (a later one sees the states the earlier ones produced)
    and send its alerts; `state_of` gives a key's state as the batch starts."""
    states: dict[bytes, dedup.StoryState | None] = {}
    changed: set[bytes] = set()
    decided = DecidedBatch(batch)
    for event in batch:
        message = event.message
        key = message.key
        try:
            outcome = pipeline.process_candidate(
                states[key] if key in states else state_of(key),
                message.value,
                now=message.timestamp,
                window_seconds=settings.dedup_window_seconds,
                subscriptions=subscriptions,
            )
        except Exception as exc:  # a bug, not bad input: set the candidate aside, keep going
            log.exception("candidate at %s[%s]@%s failed", message.topic, message.partition, message.offset)
            await _dead_letter(message, pipeline.processing_error(exc, _origin(message), time.time()))
            continue
        states[key] = outcome.state
        if outcome.state_changed:
            changed.add(key)
        for out in outcome.outputs:
            decided.deliveries.append(await app.producer.send(out.topic, out.key, out.value, None, None, out.headers))
        if outcome.outputs:
            ALERTS.labels(outcome.event_type, outcome.msg_type).inc()
            published_at = _published_at_ns(message.headers)
            if published_at:  # observed when Kafka acknowledges the alert, not when the writer gets to it
                decided.deliveries[-1].add_done_callback(lambda _, sent=published_at: _observe_latency(sent))
        if outcome.is_dedup_hit:
            DEDUP_HITS.labels(outcome.event_type).inc()
    decided.states = {key: states[key] for key in changed}
    return decided


def _sweep_expired_stories(cache: pipeline.StateCache, stream_time: float, skip: Container[bytes] = ()) -> None:
    """Drop the stories that left the dedup window from the keys of the partitions this
    worker owns, and delete keys with none left: `decide` expires the stories of a key
    only when a candidate for it arrives, so a key that never sees one again would stay
    in the table (and its changelog) for good.

    Time is stream time (the newest candidate's timestamp), the clock `decide` uses, so
    a worker working off an old backlog never drops stories its candidates still need.
    Keys of standby partitions are left alone: their owner sweeps them, and so are the keys
    in `skip` (states decided but not yet written: the write to come replaces them).
    """
    topic = candidates_topic.get_topic_name()
    owned = {tp.partition for tp in app.consumer.assignment() if tp.topic == topic}
    partitions = list(range(app.consumer.topic_partitions(topic) or settings.partitions))
    for key in [k for k in list(stories) if _PARTITIONER(k, partitions, None) in owned and k not in skip]:
        try:
            state = cache.get(key, stories.get(key))
        except ValueError:  # msgspec's DecodeError: left for process_candidate to dead-letter
            log.warning("story state of %r does not decode; not swept", key)
            continue
        live = dedup.live_stories(state, stream_time, settings.dedup_window_seconds)
        if not live:
            del stories[key]
            cache.forget(key)
        elif len(live) < len(state.stories):
            stories[key] = cache.encode(key, dedup.StoryState(live))


def _observe_latency(published_at_ns: int) -> None:
    LATENCY_SECONDS.observe(max(0, time.time_ns() - published_at_ns) / 1e9)


def _origin(message) -> pipeline.MessageOrigin:
    return pipeline.MessageOrigin(message.topic, message.partition, message.offset, settings.worker_name)


async def _dead_letter(message, letter: pipeline.DeadLetter) -> None:
    """The original key, value and headers, plus the reason headers, to the dead-letter topic."""
    headers = [*(message.headers or ()), *letter.headers]
    await dlq_topic.send(key=message.key, value=message.value, headers=headers)
    DEAD_LETTERS.labels(letter.reason).inc()


def _latency_header(headers) -> list[tuple[str, bytes]]:
    """Carry the producer's publish time on to the candidate, for end-to-end latency."""
    return [(k, v) for k, v in headers or () if k == config.PUBLISHED_AT_HEADER]


@app.timer(interval=5.0)
async def export_consumer_lag():
    """Publish end offset minus committed offset per partition of news.articles."""
    consumer = app.consumer
    for tp in consumer.assignment():
        if tp.topic != config.ARTICLES_TOPIC:
            continue
        highwater = consumer.highwater(tp)
        committed = consumer._committed_offset.get(tp) or 0  # Faust keeps no public accessor
        if highwater is not None:
            CONSUMER_LAG.labels(str(tp.partition)).set(max(0, highwater - committed))


@app.task
async def warm_up_then_freeze_the_heap():
    """Compile the matchers before the first article, then exempt every object alive
    from garbage collection. The lexicons, pycountry's data and the compiled app are
    ~100k long-lived objects that each full collection would walk again: a 30-80 ms
    pause, taken every few seconds under load, which dominated the p99 latency."""
    pipeline.warm_up()
    gc.collect()
    gc.freeze()


@app.task
async def quiet_root_logger():
    """Undo Faust's root logger at DEBUG (set for its terminal spinner when the log level is
    WARN or above): with it, every debug() call of aiokafka and Faust builds a LogRecord,
    about 5 % of the worker's CPU."""
    root = logging.getLogger()
    spinners = [h for h in root.handlers if type(h).__name__ == "SpinnerHandler"]
    if spinners:  # only there at WARN and above
        for handler in spinners:
            root.removeHandler(handler)
        root.setLevel(logging.WARNING)


@app.page("/healthz")
async def healthz(self, request):
    """Liveness: the event loop answers."""
    return self.json({"status": "ok", "worker": settings.worker_name})


@app.page("/readyz")
async def readyz(self, request):
    """Readiness: partitions assigned and no rebalance in progress."""
    ready = bool(app.consumer.assignment()) and not app.rebalancing
    return self.json({"ready": ready}, status=200 if ready else 503)
