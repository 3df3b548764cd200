"""Offline commands (no Kafka): `newsalerts annotate` and `newsalerts eval`.

Both only read files, call the pure core (articles -> enrich -> evaluate) and print:
the logic they exercise is unit-tested where it lives, these functions stay thin.

Exit codes of `annotate`: 0 when at least one article was annotated (bad lines are
reported on stderr as "line N: reason" and skipped — one bad line must not lose a
batch); 1 when nothing could be annotated (no input, only bad lines, unreadable files).
`eval` exits 1 when the file holds no usable labelled item.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, BinaryIO

import msgspec
import typer
from rich.console import Console
from rich.table import Table

from streams.core.articles import (
    ArticleError,
    iter_jsonl,
    parse_seed_file,
    read_articles,
)
from streams.core.enrich import enrich
from streams.core.evaluate import LabelledItem, compare, summarize
from streams.core.records import Article

_err = Console(stderr=True, highlight=False, soft_wrap=True, markup=False)  # one line per problem, verbatim
_encode = msgspec.json.Encoder().encode


def _stdin_articles(stream: BinaryIO) -> Iterator[tuple[int, Article | ArticleError]]:
    """JSONL from stdin, or one seed-format article when the input starts like a seed file."""
    first = stream.readline()
    if first.rstrip().endswith(b"Summary:"):
        text = (first + stream.read()).decode("utf-8", "replace")
        try:
            yield 1, parse_seed_file(text, "stdin")
        except ValueError as exc:
            yield 1, ArticleError(1, getattr(exc, "reason", "bad_json"), str(exc))
        return

    def lines() -> Iterator[bytes]:
        yield first
        yield from stream

    yield from iter_jsonl(lines())


def _articles(name: str) -> Iterator[tuple[int, Article | ArticleError]]:
    return _stdin_articles(sys.stdin.buffer) if name == "-" else read_articles(name)


def annotate(
    files: Annotated[
        list[str] | None,
        typer.Argument(help="JSONL article files or seed-format .txt files; '-' (default) reads stdin."),
    ] = None,
) -> None:
    """Enrich articles offline: one enriched JSON object per input article on stdout."""
    out = sys.stdout.buffer
    names = files or ["-"]
    done = 0
    for name in names:
        prefix = f"{name}: " if len(names) > 1 else ""
        try:
            for _line, item in _articles(name):
                if isinstance(item, ArticleError):
                    _err.print(f"{prefix}{item}")
                    continue
                out.write(_encode(enrich(item)) + b"\n")
                done += 1
        except OSError as exc:
            _err.print(f"{name}: cannot read: {exc.strerror or exc}")
    out.flush()
    if done == 0:
        raise typer.Exit(1)


def _labelled(path: str) -> Iterator[tuple[int, LabelledItem]]:
    """Labelled items of a JSONL file; bad lines are reported on stderr and skipped."""
    decoder = msgspec.json.Decoder(LabelledItem)
    with contextlib.nullcontext(sys.stdin.buffer) if path == "-" else Path(path).open("rb") as stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                yield number, decoder.decode(line)
            except msgspec.DecodeError as exc:
                _err.print(f"line {number}: {exc}")


def _table(report: dict) -> Table:
    table = Table(title=f"newsalerts eval — {report['items']} items")
    for column in ("", "precision", "recall", "F1", "TP", "FP", "FN"):
        table.add_column(column, justify="left" if not column else "right")
    rows = [*report["events"].items(), ("countries (micro)", report["countries"])]
    for name, s in rows:
        table.add_row(
            name,
            f"{s['precision']:.3f}",
            f"{s['recall']:.3f}",
            f"{s['f1']:.3f}",
            str(s["tp"]),
            str(s["fp"]),
            str(s["fn"]),
        )
    return table


def _print_report(report: dict, errors: bool) -> None:
    console = Console(highlight=False)
    console.print(_table(report))
    actors = report["actors"]
    console.print(
        f"actors of {actors['events']} correct events: source agrees {actors['source_agreement']:.1%}, "
        f"target agrees {actors['target_agreement']:.1%}"
    )
    for name, alarms in report["false_alarms"].items():
        console.print(
            f"false alarms on {name.replace('_', ' ')}: {alarms['alarms']}/{alarms['items']} = {alarms['rate']:.1%}"
        )
    if errors:
        for kind, scores in report["events"].items():
            for label in ("false_positives", "false_negatives"):
                if scores[label]:
                    console.print(f"{kind} {label.replace('_', ' ')}: {', '.join(scores[label])}")


def eval_(
    file: Annotated[str, typer.Argument(help="Labelled JSONL (title, body, expected.countries/events); '-' = stdin.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="List the ids of false positives/negatives.")] = False,
) -> None:
    """Score event detection and country tagging against hand labels."""
    results = []
    try:
        for number, item in _labelled(file):
            article = Article(
                id=item.id or f"line-{number}", title=item.title, body=item.body,
                published=item.published, source=item.source, url=item.url,
            )  # fmt: skip
            results.append(compare(item, enrich(article)))
    except OSError as exc:
        _err.print(f"{file}: cannot read: {exc.strerror or exc}")
        raise typer.Exit(1) from None
    if not results:
        _err.print(f"{file}: no labelled items")
        raise typer.Exit(1)
    report = summarize(results)
    if json_out:
        sys.stdout.buffer.write(msgspec.json.encode(report) + b"\n")
    else:
        _print_report(report, errors)
