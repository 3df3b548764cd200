"""The `newsalerts` command line: one entry point for every part of the system.

Each command parses its options and hands over to the module that does the work;
nothing here knows how Kafka, Faust or the enrichment work inside.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from streams import config

app = typer.Typer(
    help="Real-time news alerts: sanctions imposed or lifted, prisoners released, arrests; by country.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True)
out = Console(highlight=False, soft_wrap=True)

Bootstrap = Annotated[
    str,
    typer.Option("--bootstrap", "-b", envvar="NEWSALERTS_BOOTSTRAP", help="Kafka bootstrap servers host:port."),
]


@app.command()
def broker(
    port: Annotated[int, typer.Option(help="Broker port on 127.0.0.1 (0 = a free one).")] = 9092,
    partitions: Annotated[int, typer.Option(help="Partitions of the project's topics.")] = 4,
    data_dir: Annotated[Optional[Path], typer.Option(help="Keep the broker's data here (default: temporary).")] = None,
) -> None:
    """Start a local single-node Apache Kafka (KRaft) broker, create the topics, wait for Ctrl-C."""
    from streams.core.routing import pipeline_topics
    from streams.kafka.admin import ensure_topics_sync
    from streams.kafka.broker import BrokerError, LocalBroker, kafka_version

    try:
        with console.status("Starting Kafka (the first run fetches it with Maven)..."):
            local = LocalBroker(port=port or None, data_dir=data_dir).start()
    except BrokerError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(1) from None
    try:
        topics = pipeline_topics(config.Settings().subscriptions_file)
        ensure_topics_sync(local.bootstrap, topics, partitions=partitions)
        out.print(f"Kafka {kafka_version()} is up at [bold]{local.bootstrap}[/]  (Ctrl-C stops it)")
        out.print(f"  export NEWSALERTS_BOOTSTRAP={local.bootstrap}")
        while local.running:
            time.sleep(1)
        console.print("[red]the broker exited[/]")
    except KeyboardInterrupt:
        pass
    finally:
        local.stop()


@app.command()
def worker(
    bootstrap: Bootstrap = "127.0.0.1:9092",
    metrics_port: Annotated[int, typer.Option(envvar="NEWSALERTS_METRICS_PORT", help="Web/metrics port.")] = 6066,
    name: Annotated[Optional[str], typer.Option(help="Worker name (dead-letter headers, logs).")] = None,
    loglevel: Annotated[str, typer.Option(help="Log level: crit, error, warn, info, debug.")] = "warn",
) -> None:
    """Run a Faust worker: enrich articles, detect events, publish alerts (Ctrl-C / SIGTERM stops)."""
    os.environ["NEWSALERTS_BOOTSTRAP"] = bootstrap
    os.environ["NEWSALERTS_METRICS_PORT"] = str(metrics_port)
    if name:
        os.environ["NEWSALERTS_WORKER_NAME"] = name
    try:
        from streams.app import app as faust_app
    except ValueError as exc:  # configuration errors (subscriptions, security settings)
        console.print(f"[red]configuration error:[/] {exc}")
        raise typer.Exit(2) from None
    sys.argv = ["newsalerts worker", "worker", "--loglevel", loglevel]
    faust_app.main()


@app.command()
def replay(
    paths: Annotated[list[Path], typer.Argument(help="Seed-format .txt files, JSONL files or directories.")],
    bootstrap: Bootstrap = "127.0.0.1:9092",
    rate: Annotated[Optional[float], typer.Option(help="Articles per second (default: as fast as possible).")] = None,
    loop: Annotated[bool, typer.Option("--loop", help="Cycle through the input until --limit.")] = False,
    limit: Annotated[Optional[int], typer.Option(help="Stop after this many articles.")] = None,
    topic: Annotated[str, typer.Option(help="Target topic.")] = config.ARTICLES_TOPIC,
) -> None:
    """Publish articles to news.articles, keyed by id, with a publish-time header."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from streams.kafka.replay import replay as run_replay

    if loop and limit is None:
        console.print("[yellow]--loop without --limit runs until Ctrl-C[/]")
    with Progress(
        TextColumn("replay"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console
    ) as progress:
        task = progress.add_task("replay", total=limit)
        report = asyncio.run(
            run_replay(
                paths,
                bootstrap,
                topic=topic,
                rate=rate,
                loop=loop,
                limit=limit,
                on_sent=lambda n: progress.advance(task, n),
            )
        )
    for problem in report.skipped:
        console.print(f"[yellow]skipped[/] {problem}")
    console.print(
        f"sent {report.sent} article(s) to {topic} in {report.seconds:.2f}s "
        f"({report.rate:,.0f}/s); skipped {len(report.skipped)}"
    )
    if report.sent == 0:
        raise typer.Exit(1)


@app.command()
def tail(
    bootstrap: Bootstrap = "127.0.0.1:9092",
    event_type: Annotated[Optional[str], typer.Option("--type", help="Only this event type.")] = None,
    country: Annotated[Optional[str], typer.Option(help="Only alerts involving this ISO country code.")] = None,
    subscription: Annotated[Optional[str], typer.Option(help="Read alerts.<name> instead of news.alerts.")] = None,
    from_beginning: Annotated[bool, typer.Option("--from-beginning", help="Start at the oldest alert.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One CloudEvent JSON per line.")] = False,
    limit: Annotated[Optional[int], typer.Option(help="Exit after this many alerts.")] = None,
    idle_timeout: Annotated[Optional[float], typer.Option(help="Exit after this many idle seconds.")] = None,
) -> None:
    """Print alerts as they arrive."""
    from streams.kafka.tail import AlertFilter, format_alert
    from streams.kafka.tail import tail as run_tail

    topic = config.subscription_topic(subscription) if subscription else config.ALERTS_TOPIC

    def show(alert: dict, raw: bytes) -> None:
        if as_json:
            sys.stdout.write(raw.decode() + "\n")
            sys.stdout.flush()
        else:
            out.print(format_alert(alert))

    try:
        asyncio.run(
            run_tail(
                bootstrap,
                topic,
                show,
                alert_filter=AlertFilter(event_type=event_type, country=country),
                from_beginning=from_beginning,
                stop_after=limit,
                idle_timeout=idle_timeout,
            )
        )
    except KeyboardInterrupt:
        pass


@app.command()
def demo(
    once: Annotated[bool, typer.Option("--once", help="Exit when the replay has been processed.")] = False,
    seeds: Annotated[Path, typer.Option(help="What to replay.")] = Path("seeds"),
) -> None:
    """Start a broker and a worker, replay the seeds, print the alerts; Ctrl-C stops everything."""
    from streams.demo import run_demo

    raise typer.Exit(run_demo(seeds, once=once, out=out, console=console))


@app.command()
def dlq(
    bootstrap: Bootstrap = "127.0.0.1:9092",
    replay_them: Annotated[bool, typer.Option("--replay", help="Send the originals back to news.articles.")] = False,
    reason: Annotated[Optional[str], typer.Option(help="Only dead letters with this reason.")] = None,
) -> None:
    """List dead letters (reason, place, preview); with --replay, send them back after a fix."""
    from rich.table import Table

    from streams.kafka.dlq import read_dead_letters, replay_dead_letters

    letters = asyncio.run(read_dead_letters(bootstrap))
    if reason:
        letters = [d for d in letters if d.reason == reason]
    table = Table("partition", "offset", "reason", "error", "value")
    for letter in letters:
        table.add_row(
            str(letter.partition),
            str(letter.offset),
            letter.reason,
            letter.errors.get("exception.message", ""),
            letter.preview(60),
        )
    out.print(table)
    out.print(f"{len(letters)} dead letter(s) in {config.DLQ_TOPIC}")
    if replay_them and letters:
        sent = asyncio.run(replay_dead_letters(bootstrap, letters))
        out.print(f"replayed {sent} message(s) to {config.ARTICLES_TOPIC}")


@app.command()
def schema(name: Annotated[str, typer.Argument(help="article | enriched-article | alert | dead-letter")]) -> None:
    """Print the JSON Schema of one message type."""
    from streams.core.schemas import load_schema, schema_names

    if name not in schema_names():
        console.print(f"[red]unknown schema {name!r}[/]; choose from: {', '.join(schema_names())}")
        raise typer.Exit(2)
    import orjson

    sys.stdout.write(orjson.dumps(load_schema(name), option=orjson.OPT_INDENT_2).decode() + "\n")


def _register_commands() -> None:
    """Commands whose options live beside their work: annotate/eval (offline) and bench."""
    from streams.commands.bench import bench
    from streams.commands.offline import annotate, eval_

    app.command()(annotate)
    app.command(name="eval")(eval_)
    app.command()(bench)


_register_commands()
