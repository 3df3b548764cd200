"""`newsalerts demo`: the whole path on real parts, started and stopped by one command.

Broker (local KRaft) -> topics -> worker process -> replay of the seeds -> alerts printed
as a subscriber sees them. Everything it started is stopped on exit, Ctrl-C included.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from rich.console import Console

from streams import config
from streams.core.routing import pipeline_topics
from streams.kafka.admin import ensure_topics_sync
from streams.kafka.broker import BrokerError, LocalBroker
from streams.kafka.replay import replay
from streams.kafka.tail import format_alert, tail
from streams.worker_process import WorkerProcess

DEMO_DIR = Path(".cache/demo")


def run_demo(seeds: Path, *, once: bool, out: Console, console: Console) -> int:
    """Run the demo; returns the process exit code."""
    try:
        with console.status("Starting Kafka (the first run fetches it with Maven, ~30 s)..."):
            broker = LocalBroker().start()
    except BrokerError as exc:
        console.print(f"[red]error:[/] {exc}")
        return 1
    worker = WorkerProcess(broker.bootstrap, log_dir=DEMO_DIR, name="demo-worker")
    try:
        topics = pipeline_topics(config.Settings().subscriptions_file)
        ensure_topics_sync(broker.bootstrap, topics, partitions=4)
        console.print(f"Kafka broker at [bold]{broker.bootstrap}[/]; starting a worker (log: {worker.log_path})")
        with console.status("Waiting for the worker to join its consumer group..."):
            worker.start().wait_ready()
        console.print(f"Worker ready; Prometheus metrics at [bold]{worker.metrics_url}[/]")
        return asyncio.run(_replay_and_show(broker.bootstrap, worker, seeds, once, out, console))
    except KeyboardInterrupt:
        return 130
    except (TimeoutError, RuntimeError) as exc:
        console.print(f"[red]error:[/] {exc}")
        return 1
    finally:
        with console.status("Stopping worker and broker..."):
            worker.stop()
            broker.stop()


async def _replay_and_show(
    bootstrap: str, worker: WorkerProcess, seeds: Path, once: bool, out: Console, console: Console
) -> int:
    """Tail alerts while replaying; with `once`, stop when the worker has processed everything."""
    shown: list[dict] = []

    def show(alert: dict, raw: bytes) -> None:
        shown.append(alert)
        out.print(format_alert(alert))

    tail_task = asyncio.create_task(tail(bootstrap, config.ALERTS_TOPIC, show, from_beginning=True))
    report = await replay([seeds], bootstrap)
    console.print(f"Replayed {report.sent} article(s) from {seeds}")
    for problem in report.skipped:
        console.print(f"[yellow]skipped[/] {problem}")
    if not once:
        console.print("Alerts appear as they arrive; Ctrl-C stops the demo.")
        await tail_task
        return 0
    await _wait_until_processed(worker, report.sent)
    await _wait_until_quiet(shown)
    tail_task.cancel()
    await asyncio.gather(tail_task, return_exceptions=True)
    console.print(f"{len(shown)} alert(s); metrics were at {worker.metrics_url}")
    return 0


async def _wait_until_processed(worker: WorkerProcess, sent: int, timeout: float = 60.0) -> None:
    """Poll the worker's own counter until every replayed article has an outcome."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = await asyncio.to_thread(worker.metric, "newsalerts_articles_total")
        if done >= sent:
            return
        await asyncio.sleep(0.2)
    raise TimeoutError(f"the worker processed fewer than {sent} articles in {timeout:.0f}s")


async def _wait_until_quiet(shown: list, quiet: float = 2.0, timeout: float = 30.0) -> None:
    """Alerts follow articles through one more topic: wait until none has come for `quiet` s."""
    deadline = time.monotonic() + timeout
    seen, since = len(shown), time.monotonic()
    while time.monotonic() < deadline:
        await asyncio.sleep(0.1)
        if len(shown) != seen:
            seen, since = len(shown), time.monotonic()
        elif shown and time.monotonic() - since >= quiet:
            return
