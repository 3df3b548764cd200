"""Worker processes under a fresh topic prefix: throughput, peak memory, scale-out.

Each measurement gets its own prefix and Faust app id (like the integration tests'
Pipeline), so its consumer group, offsets and dedup table start empty on a shared broker.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

from streams import config
from streams.benchmarks import kafka_io
from streams.benchmarks.report import vm_hwm_kb
from streams.core.routing import load_subscriptions
from streams.kafka.admin import ensure_topics_sync
from streams.worker_process import WorkerProcess

REPO = Path(__file__).resolve().parents[2]
SUBSCRIPTIONS = REPO / "deploy" / "subscriptions.yaml"
ARTICLES_METRIC = "newsalerts_articles_total"


class BenchWorker(WorkerProcess):
    """A WorkerProcess that can run under cProfile (`profile_path`, stats written at SIGTERM)
    and from another directory (`cwd`: `python -m streams` then imports `cwd/streams`
    first, which is how a variant of the worker is compared against this one)."""

    def __init__(self, *args, profile_path: str | Path | None = None, cwd: str | Path | None = None,
                 **kwargs) -> None:  # fmt: skip
        super().__init__(*args, **kwargs)
        self.profile_path = Path(profile_path) if profile_path else None
        self.cwd = str(cwd) if cwd else None

    def start(self) -> BenchWorker:
        if self.profile_path is None and self.cwd is None:
            super().start()
            return self
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "NEWSALERTS_BOOTSTRAP": self.bootstrap,
            "NEWSALERTS_METRICS_PORT": str(self.metrics_port),
            "NEWSALERTS_WORKER_NAME": self.name,
            **self.extra_env,
        }
        command = [sys.executable, "-m", "streams", "worker"]
        if self.profile_path is not None:
            command[1:1] = ["-m", "cProfile", "-o", str(self.profile_path)]
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True, cwd=self.cwd
            )
        return self

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    def cpu_seconds(self) -> float | None:
        """User + system CPU time the worker has used so far (from /proc/<pid>/stat)."""
        try:
            with open(f"/proc/{self.pid}/stat") as f:
                fields = f.read().rpartition(")")[2].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError, TypeError):
            return None

    def peak_rss_kb(self) -> int | None:
        """VmHWM of the worker process (its peak resident set so far), None once it has exited."""
        if not self.alive():
            return None
        try:
            with open(f"/proc/{self.pid}/status") as f:
                return vm_hwm_kb(f.read())
        except OSError:
            return None


_STUB = """


def enrich(article: Article) -> EnrichedArticle:  # the bench's shell part: no enrichment at all
    return EnrichedArticle(id=article.id, title=article.title, published=article.published,
                           source=article.source, url=article.url, countries=[], topics=[], events=[])
"""


def stub_enrichment_tree(dest: Path, source: Path = REPO / "streams") -> Path:
    """A copy of the `streams` package under `dest` whose `enrich()` returns an empty
    tagging at once: a worker started from `dest` (`cwd`) pays Faust's and Kafka's cost per
    article and nothing else, which is what the bench's shell part measures."""
    target = dest / "streams"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"), dirs_exist_ok=True)
    with open(target / "core" / "enrich.py", "a", encoding="utf-8") as module:
        module.write(_STUB)
    return dest


class BenchPipeline:
    """The project's topics under a fresh prefix, and the workers reading them."""

    def __init__(self, bootstrap: str, log_dir: Path, partitions: int, label: str,
                 worker_env: dict[str, str] | None = None, worker_cwd: str | None = None) -> None:  # fmt: skip
        self.bootstrap = bootstrap
        self.prefix = f"bench{uuid.uuid4().hex[:6]}-{label}."
        self.app_id = f"nb-{self.prefix.rstrip('.')}"
        self.topics = config.topic_names(self.prefix)
        self.partitions = partitions
        self.log_dir = log_dir
        self.worker_env = dict(worker_env or {})
        self.worker_cwd = worker_cwd
        self.workers: list[BenchWorker] = []
        subscriptions = load_subscriptions(SUBSCRIPTIONS) if SUBSCRIPTIONS.is_file() else []
        names = [t for role, t in self.topics.items() if role != "subscription_prefix"]
        names += [self.topics["subscription_prefix"] + s.name for s in subscriptions]
        ensure_topics_sync(bootstrap, names, partitions=partitions)

    def env(self) -> dict[str, str]:
        env = {
            "NEWSALERTS_TOPIC_PREFIX": self.prefix,
            "NEWSALERTS_APP_ID": self.app_id,
            "NEWSALERTS_PARTITIONS": str(self.partitions),
            "NEWSALERTS_DATA_DIR": str(self.log_dir / "data"),
        }
        if SUBSCRIPTIONS.is_file():
            env["NEWSALERTS_SUBSCRIPTIONS"] = str(SUBSCRIPTIONS)
        return {**env, **self.worker_env}

    def start_worker(self, profile_path: str | Path | None = None) -> BenchWorker:
        name = f"{self.prefix.rstrip('.')}-w{len(self.workers) + 1}"
        worker = BenchWorker(self.bootstrap, log_dir=self.log_dir, name=name, env=self.env(),
                             profile_path=profile_path, cwd=self.worker_cwd)  # fmt: skip
        self.workers.append(worker.start())
        return worker

    def prefill(self, keys, values) -> float:
        return asyncio.run(kafka_io.prefill(self.bootstrap, self.topics["articles"], keys, values))

    def processed(self) -> float:
        """Articles the workers counted (enriched + dead-lettered), summed over workers."""
        return sum(w.metric(ARTICLES_METRIC) for w in self.workers if w.alive())

    def stop(self) -> None:
        for worker in self.workers:
            worker.stop()


def wait_all_ready(workers: list[BenchWorker], timeout: float = 90.0) -> None:
    """Until every worker says ready in the same round (assigned, no rebalance going on)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for worker in workers:
            if not worker.alive():
                raise RuntimeError(f"worker {worker.name} exited:\n{worker.log_tail()}")
        if all(w.get("/readyz")[0] == 200 for w in workers):
            return
        time.sleep(0.2)
    raise TimeoutError("workers not ready in time:\n" + "\n".join(w.log_tail(10) for w in workers))


def measure_processing(pipeline: BenchPipeline, expected: int, timeout: float, poll: float = 0.1) -> dict:
    """From now until `expected` articles are processed: articles/s over that span.

    Progress is read from Kafka, not from the worker: the end offsets of news.enriched
    plus news.articles.dlq (each article leaves one message on one of them). Articles
    processed before now (the workers start consuming before /readyz is polled) are
    subtracted, so the rate covers exactly the measured span. With several workers a
    rebalance may re-process a few articles: then offsets over-count; the scale part
    checks distinct keys afterwards.
    """
    return asyncio.run(_measure(pipeline, expected, timeout, poll))


async def _measure(pipeline: BenchPipeline, expected: int, timeout: float, poll: float) -> dict:
    topics = [pipeline.topics["enriched"], pipeline.topics["dlq"]]
    async with kafka_io.OffsetCounter(pipeline.bootstrap, topics) as counter:
        started = time.perf_counter()
        cpu_before = [w.cpu_seconds() or 0.0 for w in pipeline.workers]
        before = count = await counter.count()
        deadline = started + timeout
        while count < expected and time.perf_counter() < deadline:
            await asyncio.sleep(poll)
            if not any(w.alive() for w in pipeline.workers):
                raise RuntimeError("the worker(s) died:\n" + "\n".join(w.log_tail(20) for w in pipeline.workers))
            count = await counter.count()
        seconds = time.perf_counter() - started
        cpu = sum((w.cpu_seconds() or 0.0) - b for w, b in zip(pipeline.workers, cpu_before))
    measured = count - before
    return {
        "messages": expected,
        "counted": int(count),
        "measured": int(measured),
        "counted_before_ready": int(before),
        "seconds": round(seconds, 3),
        "per_s": measured / seconds if seconds > 0 else None,
        "complete": count >= expected,
        # CPU seconds the worker(s) used per wall second: ~1.0 per worker means CPU-bound
        "worker_cpu_per_wall_s": round(cpu / seconds, 2) if seconds > 0 else None,
        "cpu_ms_per_article": round(1000 * cpu / measured, 3) if measured > 0 else None,
    }


def sample_peak_rss(workers: list[BenchWorker]) -> int | None:
    values = [kb for kb in (w.peak_rss_kb() for w in workers) if kb]
    return max(values) if values else None


def scale_run(bootstrap: str, keys, values, log_dir: Path, *, partitions: int = 4, workers: int = 2,
              timeout: float = 150.0, worker_env: dict[str, str] | None = None,
              worker_cwd: str | None = None) -> dict:  # fmt: skip
    """Pre-fill a fresh prefix, start `workers` workers in one group, time until all are
    ready and then until every article is on news.enriched (distinct keys == N)."""
    pipeline = BenchPipeline(bootstrap, log_dir, partitions, "scale", worker_env, worker_cwd)
    try:
        pipeline.prefill(keys, values)
        launched = time.perf_counter()
        for _ in range(workers):
            pipeline.start_worker()
        wait_all_ready(pipeline.workers)
        result = measure_processing(pipeline, len(values), timeout)
        enriched = pipeline.topics["enriched"]
        distinct, messages = asyncio.run(kafka_io.distinct_keys(bootstrap, enriched))
        extra = 0.0
        waited_from = time.perf_counter()
        while distinct < len(values) and result["complete"] and extra < 30.0:
            # offsets counted re-processed duplicates: wait until every key is really there
            time.sleep(0.5)
            distinct, messages = asyncio.run(kafka_io.distinct_keys(bootstrap, enriched))
            extra = time.perf_counter() - waited_from
        if extra:
            result["seconds"] = round(result["seconds"] + extra, 3)
            result["per_s"] = (len(values) - result["counted_before_ready"]) / result["seconds"]
        dead = sum((asyncio.run(kafka_io.end_offsets(bootstrap, pipeline.topics["dlq"])) or {}).values())
        peak = sample_peak_rss(pipeline.workers)
        result.update(
            workers=workers, partitions=partitions, distinct=distinct, enriched_messages=messages,
            duplicates=max(0, messages - distinct), dead_lettered=dead,
            wall_seconds_from_launch=round(time.perf_counter() - launched, 3),
            peak_rss_mb=round(peak / 1024, 1) if peak else None,
            per_worker=[int(w.metric(ARTICLES_METRIC)) for w in pipeline.workers],
        )  # fmt: skip
        return result
    finally:
        pipeline.stop()
