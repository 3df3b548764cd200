"""`newsalerts bench`: the performance figures against their targets, in one run.

Registered by the CLI (`app.command()(bench)`); the work is in `streams.benchmarks`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console


def bench(
    messages: Annotated[int, typer.Option("--messages", "-n", help="Articles for the throughput parts.")] = 50_000,
    bootstrap: Annotated[
        Optional[str], typer.Option("--bootstrap", "-b", help="Use this Kafka instead of starting a local broker.")
    ] = None,
    corpus: Annotated[
        Optional[Path],
        typer.Option(help="JSONL articles to build from (default: the shared corpus, else the dev set)."),
    ] = None,
    article_bytes: Annotated[int, typer.Option(help="Size of each built article, title + body.")] = 3000,
    partitions: Annotated[int, typer.Option(help="Partitions of every topic.")] = 4,
    latency_rate: Annotated[float, typer.Option(help="Articles/s of the latency part.")] = 1000.0,
    latency_seconds: Annotated[float, typer.Option(help="Duration of the latency part.")] = 15.0,
    light_rate: Annotated[
        float, typer.Option(help="Articles/s of the below-saturation latency point (0: skip).")
    ] = 100.0,
    enrich_articles: Annotated[int, typer.Option(help="Articles for the pure enrichment part.")] = 10_000,
    shell: Annotated[
        bool, typer.Option("--shell/--no-shell", help="Also time the worker with enrich() stubbed (Faust's own cost).")
    ] = True,
    scale: Annotated[
        Optional[bool],
        typer.Option("--scale/--no-scale", help="Two workers sharing the group (default: if it fits in --budget)."),
    ] = None,
    budget: Annotated[
        float, typer.Option(help="Seconds the whole run should take; the default scale part fits in it or is skipped.")
    ] = 300.0,
    scale_workers: Annotated[int, typer.Option(help="Workers of the scale part.")] = 2,
    worker_timeout: Annotated[
        float, typer.Option(help="Give up on a throughput part after this many seconds.")
    ] = 150.0,
    worker_env: Annotated[
        Optional[list[str]],
        typer.Option("--worker-env", help="KEY=VALUE for the worker processes (repeatable), e.g. FAUST_LOOP=uvloop."),
    ] = None,
    worker_cwd: Annotated[
        Optional[Path],
        typer.Option(
            help="Start the workers from this directory: its streams/ is the worker that runs (A/B a variant)."
        ),
    ] = None,
    profile_dir: Annotated[
        Optional[Path], typer.Option(help="Run the single worker under cProfile; write worker.prof here.")
    ] = None,
    keep_logs: Annotated[Optional[Path], typer.Option(help="Keep the workers' logs in this directory.")] = None,
    json_out: Annotated[Optional[Path], typer.Option("--json-out", help="Also write the JSON report here.")] = None,
    print_json: Annotated[bool, typer.Option("--json/--no-json", help="Print the JSON report after the table.")] = True,
) -> None:
    """Throughput (ceiling, worker, ratio), pure enrichment, latency, peak RSS and scale-out against the targets."""
    import orjson

    from streams.benchmarks.report import Figure, render_table
    from streams.benchmarks.runner import BenchOptions, run_bench

    console = Console(stderr=True)
    out = Console(highlight=False)
    if not out.is_terminal:  # a pipe or file: room for the notes column
        out = Console(highlight=False, width=160)
    env: dict[str, str] = {}
    for item in worker_env or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            console.print(f"[red]--worker-env {item!r}: use KEY=VALUE[/]")
            raise typer.Exit(2)
        env[key] = value
    options = BenchOptions(
        messages=messages, bootstrap=bootstrap, corpus=str(corpus) if corpus else None, article_bytes=article_bytes,
        partitions=partitions, latency_rate=latency_rate, latency_seconds=latency_seconds, light_rate=light_rate,
        enrich_articles=enrich_articles, shell=shell, scale=scale, budget_seconds=budget, scale_workers=scale_workers,
        worker_timeout=worker_timeout,
        profile_dir=str(profile_dir) if profile_dir else None, worker_env=env,
        worker_cwd=str(worker_cwd) if worker_cwd else None,
        keep_logs=str(keep_logs) if keep_logs else None,
    )  # fmt: skip
    result = run_bench(options, log=lambda text: console.print(f"[dim]{text}[/]"))
    figures = [Figure(**row) for row in result["figures"]]
    out.print(render_table(figures, result["machine"]))
    out.print(f"run took {result['elapsed_seconds']:.0f}s; parts: {result['results'].get('timings')}")
    document = orjson.dumps(result, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS)
    if json_out:
        json_out.write_bytes(document + b"\n")
    if print_json:
        sys.stdout.write(document.decode() + "\n")
        sys.stdout.flush()
    if result["passed"] is False:
        raise typer.Exit(1)
