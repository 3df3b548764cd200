"""`newsalerts bench`: every figure of the performance targets in one run, on one broker.

Order (each part alone on the machine, the others idle):
1. build N ~3 KB articles from real text (`data`), pre-fill the articles topic of a
   fresh prefix with them;
2. ceiling: raw aiokafka pass-through of that same topic (its own consumer group);
3. pure enrichment (bench/enrich_bench.py, in this process, on the same articles);
4. one worker on that prefix, started after the pre-fill (it, too, reads a full topic):
   articles/s from /readyz to all N counted;
5. latency: the same, now warm, worker at a fixed rate: fresh copies of the same
   articles (the alerts of the ~1 in 5 that raise one are timed), then below saturation
   and in a stress run every article raising an alert; worker peak RSS (VmHWM) after all;
6. scale: a fresh prefix, the same N articles, two workers in one group. By default
   (`scale=None`) it runs only if it is expected to fit in the time budget (5 min):
   N / (single-worker rate) plus start-up, from what part 4 measured.
"""

from __future__ import annotations

import asyncio
import importlib.util
import inspect
import logging
import os
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from streams.benchmarks import data, kafka_io, latency, report, worker_run

REPO = Path(__file__).resolve().parents[2]
ENRICH_BENCH = REPO / "bench" / "enrich_bench.py"
LATENCY_HISTOGRAM = "newsalerts_publish_to_alert_seconds"


@dataclass
class BenchOptions:
    messages: int = 50_000
    bootstrap: str | None = None
    corpus: str | None = None
    article_bytes: int = 3000
    partitions: int = 4
    latency_rate: float = 1000.0
    latency_seconds: float = 15.0
    light_rate: float = 100.0  # a rate below saturation: the pipeline's own latency, no queue
    light_seconds: float = 8.0
    stress_seconds: float = 10.0  # the latency rate again, every article alerting (0: skip)
    enrich_articles: int = 10_000
    shell: bool = True  # also time a worker whose enrich() is a stub: Faust's own cost
    scale: bool | None = None  # None: run it if it fits in budget_seconds
    budget_seconds: float = 300.0
    scale_workers: int = 2
    worker_timeout: float = 150.0
    profile_dir: str | None = None
    worker_env: dict[str, str] = field(default_factory=dict)
    worker_cwd: str | None = None  # run the workers from here (a variant's checkout)
    keep_logs: str | None = None


def _say(log: Callable[[str], None] | None, text: str) -> None:
    if log:
        log(text)


def run_enrich_bench(articles: list) -> dict:
    """Pure enrichment articles/s through bench/enrich_bench.py's run() (the other engineer's tool)."""
    if not ENRICH_BENCH.is_file():
        return {"per_s": None, "note": f"{ENRICH_BENCH.relative_to(REPO)} not found"}
    spec = importlib.util.spec_from_file_location("newsalerts_enrich_bench", ENRICH_BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    run = module.run
    params = inspect.signature(run).parameters
    kwargs: dict[str, Any] = {"n": len(articles)} if "n" in params else {}
    result = run(articles, **kwargs)
    per_s = _rate_of(result)
    return {"per_s": per_s, "note": f"bench/enrich_bench.run() on {len(articles):,} of the same articles",
            "raw": _jsonable(result)}  # fmt: skip


def _rate_of(result: Any) -> float | None:
    if isinstance(result, (int, float)):
        return float(result)
    values = result if isinstance(result, dict) else getattr(result, "__dict__", {})
    for key in ("articles_per_s", "articles_per_second", "per_s", "rate", "throughput"):
        if key in values and isinstance(values[key], (int, float)):
            return float(values[key])
    if hasattr(result, "per_s"):
        return float(result.per_s)
    return None


def _jsonable(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return _jsonable(asdict(value))
    return repr(value)


def _exit_on_sigterm(signum, frame):
    raise SystemExit(128 + signum)


def run_bench(options: BenchOptions, log: Callable[[str], None] | None = None) -> dict:
    """Run every part; returns the JSON report (see `report.build_report`).

    SIGTERM is turned into SystemExit meanwhile, so the workers (own sessions) and the
    broker are stopped by the `finally` blocks instead of being left behind.
    """
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _exit_on_sigterm) if in_main else None
    try:
        return _run(options, log)
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, previous)


def _run(options: BenchOptions, log: Callable[[str], None] | None) -> dict:
    began = time.perf_counter()
    # fresh topics answer the first produce with a retriable NotLeaderForPartition: not news
    logging.getLogger("aiokafka.producer.sender").setLevel(logging.ERROR)
    machine = report.machine_info()
    machine["loadavg_at_start"] = [round(x, 2) for x in os.getloadavg()]
    results: dict[str, Any] = {}
    timings: dict[str, float] = {}
    log_dir = Path(options.keep_logs or tempfile.mkdtemp(prefix="newsalerts-bench-"))
    log_dir.mkdir(parents=True, exist_ok=True)
    broker = None

    def lap(name: str, since: float) -> None:
        timings[name] = round(time.perf_counter() - since, 2)

    try:
        t = time.perf_counter()
        bootstrap = options.bootstrap
        if not bootstrap:
            from streams.kafka.broker import LocalBroker

            _say(log, "starting a local Kafka broker")
            broker = LocalBroker().start()
            bootstrap = broker.bootstrap
        lap("broker_start", t)

        t = time.perf_counter()
        articles = data.throughput_articles(options.messages, options.corpus, options.article_bytes)
        results["articles"] = {"count": len(articles), "mean_bytes": round(articles.mean_bytes), "how": articles.how}
        _say(log, f"built {len(articles):,} articles, mean {articles.mean_bytes:,.0f} B")
        lap("build_articles", t)

        t = time.perf_counter()
        pipeline = worker_run.BenchPipeline(
            bootstrap, log_dir, options.partitions, "e2e", options.worker_env, options.worker_cwd
        )
        prefill_s = pipeline.prefill(articles.keys, articles.values)
        results["prefill"] = {"seconds": round(prefill_s, 2), "per_s": round(len(articles) / prefill_s)}
        _say(log, f"pre-filled {pipeline.topics['articles']} in {prefill_s:.1f}s")
        lap("prefill", t)

        # 1. ceiling, on the very topic the worker will read (own consumer group)
        t = time.perf_counter()
        sink = pipeline.prefix + "bench.ceiling-out"
        from streams.kafka.admin import ensure_topics_sync

        ensure_topics_sync(bootstrap, [sink], partitions=options.partitions)
        results["ceiling"] = asyncio.run(
            kafka_io.ceiling(bootstrap, pipeline.topics["articles"], sink, len(articles), options.worker_timeout)
        )
        _say(log, f"ceiling: {results['ceiling']['per_s']:,.0f} msg/s")
        lap("ceiling", t)

        # 3. pure enrichment, same articles
        t = time.perf_counter()
        sample = list(articles.articles())[: options.enrich_articles]
        try:
            results["enrich"] = run_enrich_bench(sample)
        except Exception as exc:  # noqa: BLE001 - the other parts are still worth having
            results["enrich"] = {"per_s": None, "note": f"enrich_bench failed: {exc!r}"[:200]}
        _say(log, f"pure enrichment: {results['enrich'].get('per_s') or 0:,.0f} articles/s")
        lap("enrich", t)

        # 2. one worker end to end
        t = time.perf_counter()
        profile = Path(options.profile_dir) / "worker.prof" if options.profile_dir else None
        if profile:
            profile.parent.mkdir(parents=True, exist_ok=True)
        worker = pipeline.start_worker(profile_path=profile)
        try:
            worker.wait_ready()
            _say(log, f"worker ready (pid {worker.pid}); measuring {len(articles):,} articles")
            results["worker"] = worker_run.measure_processing(pipeline, len(articles), options.worker_timeout)
            offsets = asyncio.run(kafka_io.end_offsets(bootstrap, pipeline.topics["enriched"]))
            results["worker"]["enriched_offsets"] = sum(offsets.values())
            results["worker"]["loop"] = options.worker_env.get("FAUST_LOOP", "aio")
            _say(log, f"worker: {results['worker']['per_s'] or 0:,.0f} articles/s")
            lap("worker", t)

            # the alert stage may still be working off the candidates of part 2: let it
            # finish, or the latency part would measure that backlog
            waited, lag = asyncio.run(kafka_io.wait_for_group(
                bootstrap, pipeline.app_id, [pipeline.topics["articles"], pipeline.topics["candidates"]], 120.0
            ))  # fmt: skip
            results["worker"]["backlog_drain_seconds"] = round(waited, 2)
            results["worker"]["backlog_left"] = lag
            _say(log, f"worker idle after {waited:.1f}s more (lag left {lag})")

            # 4. latency on the same (warm) worker: below saturation, at the target rate, then stressed
            t = time.perf_counter()
            alerting = data.alerting_articles()
            if options.light_rate > 0 and options.light_seconds > 0:
                results["latency_light"] = asyncio.run(
                    latency.run_latency(
                        bootstrap, pipeline.topics["articles"], pipeline.topics["alerts"], alerting,
                        rate=options.light_rate, seconds=options.light_seconds, first_copy=10_000_000,
                    )
                )  # fmt: skip
            mix, mix_alerting = data.latency_mix(articles, int(options.latency_rate * options.latency_seconds))
            status, before = worker.get("/metrics")
            results["latency"] = asyncio.run(
                latency.run_latency(
                    bootstrap, pipeline.topics["articles"], pipeline.topics["alerts"], mix,
                    rate=options.latency_rate, seconds=options.latency_seconds, alerting=mix_alerting,
                )
            )  # fmt: skip
            status_after, after = worker.get("/metrics")
            if status == 200 and status_after == 200:
                buckets = report.subtract_histograms(
                    report.parse_histogram(after, LATENCY_HISTOGRAM), report.parse_histogram(before, LATENCY_HISTOGRAM)
                )
                p99 = report.histogram_quantile(buckets, 0.99)
                results["latency"]["histogram_p99_ms"] = p99 * 1000 if p99 is not None else None
            _say(log, f"latency p99: {results['latency'].get('p99_ms') or 0:.1f} ms")
            if options.stress_seconds > 0:  # last: a worker that falls behind here delays nothing else
                results["latency_alerting"] = asyncio.run(
                    latency.run_latency(
                        bootstrap, pipeline.topics["articles"], pipeline.topics["alerts"], alerting,
                        rate=options.latency_rate, seconds=options.stress_seconds, first_copy=20_000_000,
                    )
                )  # fmt: skip
                _say(
                    log, f"latency p99, every article alerting: {results['latency_alerting'].get('p99_ms') or 0:.1f} ms"
                )
            lap("latency", t)

            # 5. peak RSS of the worker over parts 2 and 4
            peak = worker.peak_rss_kb()
            results["rss"] = {"peak_mb": round(peak / 1024, 1) if peak else None,
                              "note": "VmHWM of the worker after the throughput and latency parts"}  # fmt: skip
        finally:
            pipeline.stop()
        if profile:
            results["profile"] = {"path": str(profile), "top": _profile_top(profile)}

        # 2b. the same worker with enrichment stubbed out: what Faust and Kafka cost alone
        if options.shell:
            t = time.perf_counter()
            results["shell"] = _shell_part(bootstrap, articles, log_dir, options)
            _say(log, f"worker without enrichment: {results['shell'].get('per_s') or 0:,.0f} articles/s")
            lap("shell", t)

        # 7. scale
        run_scale = options.scale
        if run_scale is None:
            single = results["worker"].get("per_s") or 0.0
            expected = (len(articles) / single if single else float("inf")) + 25.0  # pre-fill, start-up, checks
            left = options.budget_seconds - (time.perf_counter() - began)
            run_scale = expected <= left
            if not run_scale:
                results["scale_skipped"] = (
                    f"expected ~{expected:.0f}s at the single worker's rate, {max(left, 0):.0f}s of the "
                    f"{options.budget_seconds:.0f}s budget left: run with --scale"
                )
                _say(log, f"scale part skipped ({results['scale_skipped']})")
        if run_scale:
            t = time.perf_counter()
            _say(log, f"scale: {options.scale_workers} workers, {options.partitions} partitions")
            results["scale"] = worker_run.scale_run(
                bootstrap, articles.keys, articles.values, log_dir, partitions=options.partitions,
                workers=options.scale_workers, timeout=options.worker_timeout, worker_env=options.worker_env,
                worker_cwd=options.worker_cwd,
            )  # fmt: skip
            single = results["worker"].get("per_s")
            if single and results["scale"].get("per_s"):
                results["scale"]["speedup"] = results["scale"]["per_s"] / single
            lap("scale", t)
            if results["scale"].get("peak_rss_mb") and results["rss"].get("peak_mb"):
                results["rss"]["scale_workers_peak_mb"] = results["scale"]["peak_rss_mb"]
    finally:
        if broker is not None:
            broker.stop()
        if not options.keep_logs:
            shutil.rmtree(log_dir, ignore_errors=True)

    results["timings"] = timings
    machine["loadavg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    figures = report.build_figures(results)
    settings = {k: v for k, v in asdict(options).items()}
    return report.build_report(figures, machine, settings, results, time.perf_counter() - began)


def _shell_part(bootstrap: str, articles, log_dir: Path, options: BenchOptions) -> dict:
    """Part 2 again on fresh topics, from a copy of the package whose enrich() is a stub."""
    package = Path(options.worker_cwd or worker_run.REPO) / "streams"  # the worker part 2 ran
    variant = worker_run.stub_enrichment_tree(log_dir / "shell-variant", package)
    pipeline = worker_run.BenchPipeline(
        bootstrap, log_dir, options.partitions, "shell", options.worker_env, str(variant)
    )
    pipeline.prefill(articles.keys, articles.values)
    worker = pipeline.start_worker()
    try:
        worker.wait_ready()
        return worker_run.measure_processing(pipeline, len(articles), options.worker_timeout)
    finally:
        pipeline.stop()


def _profile_top(path: Path, limit: int = 25) -> list[dict]:
    """The functions with the most own time in a cProfile dump (empty if it was not written)."""
    import pstats

    for _ in range(20):  # the worker writes it while exiting
        if path.is_file() and path.stat().st_size > 0:
            break
        time.sleep(0.25)
    else:
        return []
    stats = pstats.Stats(str(path))
    rows = []
    for (filename, line, name), (_primitive, nc, tt, ct, _callers) in stats.stats.items():
        rows.append({"function": f"{Path(filename).name}:{line}:{name}", "calls": nc,
                     "own_s": round(tt, 3), "cumulative_s": round(ct, 3)})  # fmt: skip
    rows.sort(key=lambda r: r["own_s"], reverse=True)
    return rows[:limit]
