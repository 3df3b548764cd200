"""The pure part of `newsalerts bench`: percentiles, targets, the table and the JSON.

Nothing here touches Kafka or a clock, so it is unit-tested on plain numbers
(`tests/unit/test_bench_report.py`).
"""

from __future__ import annotations

import math
import os
import platform
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

# Targets of the project (README "Performance"): figure key -> (comparison, threshold).
TARGETS: dict[str, tuple[str, float]] = {
    "ratio": (">=", 0.5),
    "enrich_per_s": (">=", 25_000.0),
    "latency_p99_ms": ("<", 100.0),
    "worker_peak_rss_mb": ("<=", 250.0),
}


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0..100) with linear interpolation between closest ranks
    (numpy's default "linear" method); None for no values."""
    if not values:
        return None
    if not 0 <= q <= 100:
        raise ValueError(f"percentile must be within 0..100, got {q}")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def histogram_quantile(buckets: Mapping[float, float], q: float) -> float | None:
    """Prometheus' `histogram_quantile` on cumulative bucket counts {upper bound: count}.

    Linear interpolation inside the bucket that holds the rank, as Prometheus does;
    a rank in the +Inf bucket returns the largest finite bound. None for no samples.
    """
    bounds = sorted(buckets)
    if not bounds or buckets[bounds[-1]] <= 0:
        return None
    total = buckets[bounds[-1]]
    rank = total * q
    lower_bound, lower_count = 0.0, 0.0
    for bound in bounds:
        count = buckets[bound]
        if count >= rank:
            if math.isinf(bound):
                finite = [b for b in bounds if not math.isinf(b)]
                return finite[-1] if finite else None
            if count == lower_count:
                return bound
            return lower_bound + (bound - lower_bound) * (rank - lower_count) / (count - lower_count)
        lower_bound, lower_count = bound, count
    return bounds[-1]


def parse_histogram(text: str, name: str) -> dict[float, float]:
    """Cumulative `{le: count}` of histogram `name` in a Prometheus text scrape (summed over labels)."""
    buckets: dict[float, float] = {}
    pattern = re.compile(rf'^{re.escape(name)}_bucket\{{(?:.*,)?le="([^"]+)"(?:,.*)?\}} (\S+)$')
    for line in text.splitlines():
        match = pattern.match(line)
        if match:
            bound = float(match.group(1))  # "+Inf" parses as inf
            buckets[bound] = buckets.get(bound, 0.0) + float(match.group(2))
    return buckets


def subtract_histograms(after: Mapping[float, float], before: Mapping[float, float]) -> dict[float, float]:
    """Bucket counts of the samples observed between two scrapes."""
    return {bound: count - before.get(bound, 0.0) for bound, count in after.items()}


def rate(count: float, seconds: float) -> float | None:
    """count / seconds, None when nothing was timed."""
    return count / seconds if seconds > 0 else None


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or not denominator:
        return None
    return numerator / denominator


def check(key: str, value: float | None) -> bool | None:
    """Pass (True) / fail (False) against TARGETS; None when there is no target or no value."""
    if key not in TARGETS or value is None:
        return None
    op, threshold = TARGETS[key]
    return {">=": value >= threshold, ">": value > threshold, "<=": value <= threshold, "<": value < threshold}[op]


def target_text(key: str) -> str:
    if key not in TARGETS:
        return ""
    op, threshold = TARGETS[key]
    op = {">=": "≥", "<=": "≤"}.get(op, op)
    return f"{op} {threshold:,.{0 if threshold >= 10 else 1}f}"


@dataclass(frozen=True)
class Figure:
    """One row of the report."""

    key: str
    label: str
    value: float | None
    unit: str
    target: str = ""
    passed: bool | None = None
    note: str = ""


def figure(key: str, label: str, value: float | None, unit: str, note: str = "", passed: bool | None = None) -> Figure:
    """A row with its target and verdict filled in from TARGETS (or `passed` when given)."""
    verdict = check(key, value) if passed is None else passed
    return Figure(key, label, value, unit, target_text(key), verdict, note)


def build_figures(results: Mapping[str, Any]) -> list[Figure]:
    """The report's rows from the measured results of each part (missing parts are left out).

    `results` keys: ceiling, worker, shell, enrich, latency, latency_light, rss, scale (dicts as the parts return).
    """
    rows: list[Figure] = []
    ceiling, worker = results.get("ceiling"), results.get("worker")
    if ceiling:
        rows.append(
            figure(
                "ceiling_per_s",
                "1. Ceiling: raw aiokafka pass-through",
                ceiling.get("per_s"),
                "msg/s",
                f"{ceiling.get('messages', 0):,} msgs in {ceiling.get('seconds', 0):.2f}s",
            )
        )
    if worker:
        note = f"{worker.get('measured', 0):,} articles in {worker.get('seconds', 0):.2f}s"
        if worker.get("worker_cpu_per_wall_s") is not None:
            cpu_ms = worker.get("cpu_ms_per_article") or 0
            note += f", {worker['worker_cpu_per_wall_s']:.2f} CPU, {cpu_ms:.2f} ms CPU/article"
        if (worker.get("backlog_drain_seconds") or 0) >= 1:
            note += f"; alert stage busy {worker['backlog_drain_seconds']:.0f}s more"
        if not worker.get("complete", True):
            note += " - INCOMPLETE (timed out)"
        rows.append(figure("worker_per_s", "2. Worker end to end (1 process)", worker.get("per_s"), "articles/s", note))
    if ceiling or worker:
        value = ratio(worker and worker.get("per_s"), ceiling and ceiling.get("per_s"))
        rows.append(figure("ratio", "6. Ratio worker ÷ ceiling", value, "×"))
    shell = results.get("shell")
    if shell:
        shell_ratio = ratio(shell.get("per_s"), ceiling and ceiling.get("per_s"))
        cpu_ms = shell.get("cpu_ms_per_article") or 0
        note = f"{cpu_ms:.2f} ms CPU/article; ÷ ceiling {shell_ratio or 0:.2f}: Faust's own share"
        rows.append(
            figure("shell_per_s", "   … the worker with enrich() stubbed", shell.get("per_s"), "articles/s", note)
        )
    enrich = results.get("enrich")
    if enrich:
        rows.append(
            figure(
                "enrich_per_s", "3. Pure enrichment (1 core)", enrich.get("per_s"), "articles/s", enrich.get("note", "")
            )
        )
    rows.extend(latency_rows(results))
    rss = results.get("rss")
    if rss:
        rows.append(
            figure("worker_peak_rss_mb", "5. Worker peak RSS", rss.get("peak_mb"), "MB", rss.get("note", "VmHWM"))
        )
    if results.get("scale_skipped"):
        rows.append(figure("scale_per_s", "7. Scale: skipped", None, "articles/s", results["scale_skipped"]))
    scale = results.get("scale")
    if scale:
        rows.append(
            figure(
                "scale_per_s",
                f"7. Scale: {scale.get('workers', 2)} workers, {scale.get('partitions', 4)} partitions",
                scale.get("per_s"),
                "articles/s",
                f"×{scale['speedup']:.2f} of 1 worker" if scale.get("speedup") else "",
            )
        )
        complete = scale.get("distinct") == scale.get("messages")
        rows.append(
            figure(
                "scale_distinct",
                "7. Scale: distinct keys on news.enriched",
                scale.get("distinct"),
                "articles",
                f"expected {scale.get('messages', 0):,}; {scale.get('duplicates', 0):,} re-processed",
                passed=complete,
            )
        )
    return rows


def latency_rows(results: Mapping[str, Any]) -> list[Figure]:
    """Part 4: the latency at the target rate (with the subscriber's and the worker's view),
    below saturation, and with every article raising an alert."""
    rows = []
    latency = results.get("latency")
    if latency:
        note = f"{latency.get('alerts', 0):,} alerts for {latency.get('sent', 0):,} articles"
        note += f" at {latency.get('rate', 0):,.0f}/s"
        rows.append(figure("latency_p50_ms", "4. Publish→alert latency p50", latency.get("p50_ms"), "ms", note))
        # Articles whose alert had not come when the part ended are not in the percentiles:
        # the p99 of those that came is then only a lower bound, and cannot pass.
        p99_note = "alert's Kafka timestamp − publish header" + _lower_bound(latency)
        rows.append(figure("latency_p99_ms", "4. Publish→alert latency p99", latency.get("p99_ms"), "ms", p99_note,
                           passed=False if missing_alerts(latency) > 0 else None))  # fmt: skip
        if latency.get("received_p99_ms") is not None:
            received_note = f"p50 {latency.get('received_p50_ms', 0):.1f} ms"
            rows.append(figure("received_p99_ms", "   … p99 as received by a subscriber",
                               latency.get("received_p99_ms"), "ms", received_note))  # fmt: skip
        if latency.get("histogram_p99_ms") is not None:
            rows.append(figure("histogram_p99_ms", "   … p99 from the worker's histogram",
                               latency.get("histogram_p99_ms"), "ms",
                               "newsalerts_publish_to_alert_seconds (bucket interpolation)"))  # fmt: skip
    light = results.get("latency_light")
    if light and light.get("p99_ms") is not None:
        rows.append(figure("light_latency_p99_ms", f"   … p99 below saturation, {light.get('rate', 0):,.0f}/s",
                           light.get("p99_ms"), "ms",
                           f"p50 {light.get('p50_ms') or 0:.1f} ms, {light.get('alerts', 0):,} alerts: "
                           "the pipeline's own latency"))  # fmt: skip
    stress = results.get("latency_alerting")
    if stress and stress.get("p99_ms") is not None:
        note = f"p50 {stress.get('p50_ms') or 0:.1f} ms, {stress.get('alerts', 0):,} alerts" + _lower_bound(stress)
        rows.append(figure("stress_latency_p99_ms", f"   … p99 if every article alerts, {stress.get('rate', 0):,.0f}/s",
                           stress.get("p99_ms"), "ms", note))  # fmt: skip
    return rows


def _lower_bound(latency: Mapping[str, Any]) -> str:
    """The note that a p99 misses the articles whose alert never came ("" when none did)."""
    missing = missing_alerts(latency)
    return f"; a lower bound: {missing:,} articles had no alert by the end" if missing > 0 else ""


def missing_alerts(latency: Mapping[str, Any]) -> int:
    """Articles that should have raised an alert and had none when the part ended."""
    expected = latency.get("expected_articles_with_alert", latency.get("sent", 0))
    return expected - latency.get("articles_with_alert", expected)


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    if unit == "×":
        return f"{value:.2f}"
    if unit == "ms":
        return f"{value:,.1f}"
    return f"{value:,.0f}"


def verdict_text(passed: bool | None) -> str:
    return {True: "PASS", False: "FAIL", None: "-"}[passed]


def table_rows(figures: Iterable[Figure]) -> list[tuple[str, str, str, str, str]]:
    """(label, value with unit, target, verdict, note) strings, in order."""
    return [
        (f.label, f"{format_value(f.value, f.unit)} {f.unit}".rstrip(), f.target, verdict_text(f.passed), f.note)
        for f in figures
    ]


def render_table(figures: Sequence[Figure], machine: Mapping[str, Any], title: str = "newsalerts bench"):
    """A rich Table of the figures; the caption names the machine."""
    from rich.table import Table

    caption = (
        f"{machine.get('cpu_model', '?')} · {machine.get('nproc', '?')} cores · Python {machine.get('python', '?')}"
        f" · Kafka {machine.get('kafka', '?')} · faust-streaming {machine.get('faust', '?')}"
    )
    if machine.get("loadavg_at_start"):
        caption += f" · load average {machine['loadavg_at_start'][0]:.1f} at start"
    table = Table(title=title, caption=caption)
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_column("target", justify="right")
    table.add_column("result", justify="center")
    table.add_column("how", style="dim")
    styles = {"PASS": "[green]PASS[/]", "FAIL": "[bold red]FAIL[/]", "-": "-"}
    for label, value, target, verdict, note in table_rows(figures):
        table.add_row(label, value, target, styles[verdict], note)
    return table


def build_report(
    figures: Sequence[Figure],
    machine: Mapping[str, Any],
    settings: Mapping[str, Any],
    results: Mapping[str, Any],
    elapsed_seconds: float,
) -> dict[str, Any]:
    """The JSON document: machine, settings, rows with verdicts, raw results, run time."""
    verdicts = [f.passed for f in figures if f.passed is not None]
    return {
        "machine": dict(machine),
        "settings": dict(settings),
        "figures": [asdict(f) for f in figures],
        "passed": all(verdicts) if verdicts else None,
        "results": dict(results),
        "elapsed_seconds": round(elapsed_seconds, 2),
    }


def cpu_model(cpuinfo: str) -> str:
    """The first "model name" of /proc/cpuinfo text ("unknown" if none)."""
    for line in cpuinfo.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "model name" and value.strip():
            return value.strip()
    return "unknown"


def machine_info() -> dict[str, Any]:
    """nproc, CPU model, memory, Python and the versions of the moving parts."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        with open("/proc/cpuinfo") as f:
            model = cpu_model(f.read())
    except OSError:
        model = platform.processor() or "unknown"
    info: dict[str, Any] = {
        "nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "cpu_model": model,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
        info["memory_gb"] = round(kb / 1024 / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    for package, key in (("faust-streaming", "faust"), ("aiokafka", "aiokafka"), ("msgspec", "msgspec")):
        try:
            info[key] = version(package)
        except PackageNotFoundError:
            info[key] = None
    try:
        from streams.kafka.broker import kafka_version

        info["kafka"] = kafka_version()
    except Exception:  # noqa: BLE001 - informational only
        info["kafka"] = None
    return info


def vm_hwm_kb(status_text: str) -> int | None:
    """VmHWM (peak resident set, kB) from /proc/<pid>/status text."""
    match = re.search(r"^VmHWM:\s+(\d+)\s+kB", status_text, re.MULTILINE)
    return int(match.group(1)) if match else None
