"""The pure parts of `newsalerts bench`: percentiles, histogram quantiles, verdicts, the
table and the JSON report, and the article builder. No timing is asserted."""

from __future__ import annotations

import math

import msgspec
import pytest

from streams.benchmarks import report
from streams.benchmarks.data import _Item, build_article, cut_text, latency_copy
from streams.benchmarks.latency import latency_summary
from streams.core.records import Article


def test_percentile_interpolates_between_ranks_like_numpy_linear():
    values = [10.0, 20.0, 30.0, 40.0]
    assert report.percentile(values, 0) == 10.0
    assert report.percentile(values, 100) == 40.0
    assert report.percentile(values, 50) == 25.0
    assert report.percentile(values, 99) == pytest.approx(39.7)


def test_percentile_ignores_input_order_and_handles_edges():
    assert report.percentile([3.0, 1.0, 2.0], 50) == 2.0
    assert report.percentile([7.0], 99) == 7.0
    assert report.percentile([], 50) is None
    with pytest.raises(ValueError):
        report.percentile([1.0], 101)


def test_p99_of_a_hundred_values_is_near_the_top():
    values = list(range(1, 101))  # 1..100
    assert report.percentile(values, 99) == pytest.approx(99.01)
    assert report.percentile(values, 50) == pytest.approx(50.5)


SCRAPE = """\
# HELP newsalerts_publish_to_alert_seconds Time from publish to alert.
# TYPE newsalerts_publish_to_alert_seconds histogram
newsalerts_publish_to_alert_seconds_bucket{le="0.01"} 10.0
newsalerts_publish_to_alert_seconds_bucket{le="0.05"} 90.0
newsalerts_publish_to_alert_seconds_bucket{le="0.1"} 100.0
newsalerts_publish_to_alert_seconds_bucket{le="+Inf"} 100.0
newsalerts_publish_to_alert_seconds_count 100.0
newsalerts_publish_to_alert_seconds_sum 3.2
other_metric_bucket{le="0.01"} 5.0
"""


def test_parse_histogram_reads_cumulative_buckets_only_of_the_named_metric():
    buckets = report.parse_histogram(SCRAPE, "newsalerts_publish_to_alert_seconds")
    assert buckets == {0.01: 10.0, 0.05: 90.0, 0.1: 100.0, math.inf: 100.0}


def test_histogram_quantile_interpolates_inside_the_bucket_like_prometheus():
    buckets = {0.01: 10.0, 0.05: 90.0, 0.1: 100.0, math.inf: 100.0}
    assert report.histogram_quantile(buckets, 0.5) == pytest.approx(0.01 + 0.04 * 40 / 80)
    assert report.histogram_quantile(buckets, 0.99) == pytest.approx(0.05 + 0.05 * 9 / 10)
    assert report.histogram_quantile({0.1: 0.0, math.inf: 0.0}, 0.99) is None


def test_histogram_quantile_in_the_inf_bucket_returns_the_largest_finite_bound():
    assert report.histogram_quantile({0.1: 1.0, 10.0: 2.0, math.inf: 100.0}, 0.99) == 10.0


def test_subtract_histograms_keeps_only_the_new_samples():
    before = {0.1: 5.0, math.inf: 6.0}
    after = {0.1: 15.0, math.inf: 20.0}
    assert report.subtract_histograms(after, before) == {0.1: 10.0, math.inf: 14.0}


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("ratio", 0.5, True),
        ("ratio", 0.49, False),
        ("enrich_per_s", 25_000, True),
        ("enrich_per_s", 24_999, False),
        ("latency_p99_ms", 99.9, True),
        ("latency_p99_ms", 100.0, False),
        ("worker_peak_rss_mb", 250.0, True),
        ("worker_peak_rss_mb", 250.1, False),
        ("ceiling_per_s", 1.0, None),
        ("ratio", None, None),
    ],
)
def test_check_applies_each_target(key, value, expected):
    assert report.check(key, value) is expected


def test_target_text_names_the_comparison():
    assert report.target_text("ratio") == "≥ 0.5"
    assert report.target_text("latency_p99_ms") == "< 100"
    assert report.target_text("enrich_per_s") == "≥ 25,000"
    assert report.target_text("ceiling_per_s") == ""


RESULTS = {
    "ceiling": {"messages": 50_000, "seconds": 2.0, "per_s": 25_000.0},
    "worker": {"measured": 50_000, "seconds": 10.0, "per_s": 5_000.0, "complete": True},
    "enrich": {"per_s": 30_000.0, "note": "bench/enrich_bench.run()"},
    "latency": {"sent": 15_000, "rate": 1000.0, "alerts": 14_000, "p50_ms": 12.0, "p99_ms": 150.0,
                "received_p50_ms": 14.0, "received_p99_ms": 160.0, "histogram_p99_ms": 140.0},
    "rss": {"peak_mb": 120.0},
    "scale": {"workers": 2, "partitions": 4, "per_s": 8_000.0, "speedup": 1.6, "messages": 50_000,
              "distinct": 50_000, "duplicates": 0},
}  # fmt: skip


def _by_key(figures):
    return {f.key: f for f in figures}


def test_a_latency_p99_that_misses_alerts_is_a_lower_bound_and_fails():
    fast_but_incomplete = {"sent": 15_000, "articles_with_alert": 9_000, "alerts": 9_000, "rate": 1000.0,
                           "p50_ms": 20.0, "p99_ms": 60.0}  # fmt: skip
    p99 = _by_key(report.build_figures({**RESULTS, "latency": fast_but_incomplete}))["latency_p99_ms"]
    assert p99.passed is False and "6,000 articles had no alert" in p99.note
    complete = {**fast_but_incomplete, "articles_with_alert": 15_000}
    assert _by_key(report.build_figures({**RESULTS, "latency": complete}))["latency_p99_ms"].passed is True


def test_build_figures_computes_the_ratio_and_the_verdicts():
    figures = _by_key(report.build_figures(RESULTS))
    assert figures["ratio"].value == pytest.approx(0.2)
    assert figures["ratio"].passed is False
    assert figures["enrich_per_s"].passed is True
    assert figures["latency_p99_ms"].passed is False
    assert figures["worker_peak_rss_mb"].passed is True
    assert figures["scale_distinct"].passed is True
    assert figures["ceiling_per_s"].passed is None  # informational rows carry no verdict


def test_build_figures_flags_missing_articles_in_the_scale_part_and_skips_absent_parts():
    results = {**RESULTS, "scale": {**RESULTS["scale"], "distinct": 49_990}}
    del results["latency"]
    figures = _by_key(report.build_figures(results))
    assert figures["scale_distinct"].passed is False
    assert "latency_p99_ms" not in figures


def test_ratio_is_unknown_without_a_ceiling():
    figures = _by_key(report.build_figures({"worker": RESULTS["worker"]}))
    assert figures["ratio"].value is None
    assert figures["ratio"].passed is None


def test_table_rows_format_values_units_and_verdicts():
    rows = report.table_rows(report.build_figures(RESULTS))
    labels = {row[0]: row for row in rows}
    ratio_row = next(row for label, row in labels.items() if "Ratio" in label)
    assert ratio_row[1:4] == ("0.20 ×", "≥ 0.5", "FAIL")
    p99 = next(row for label, row in labels.items() if label.endswith("latency p99"))
    assert p99[1] == "150.0 ms"
    assert all(row[3] in {"PASS", "FAIL", "-"} for row in rows)


def test_render_table_builds_a_rich_table_with_the_machine_in_the_caption():
    from rich.console import Console

    machine = {"cpu_model": "Test CPU", "nproc": 2, "python": "3.11.7", "kafka": "4.1.1", "faust": "0.15.3"}
    console = Console(width=200, record=True)
    console.print(report.render_table(report.build_figures(RESULTS), machine))
    text = console.export_text()
    assert "Test CPU" in text and "2 cores" in text
    assert "FAIL" in text and "PASS" in text


def test_build_report_is_json_serialisable_and_passes_only_if_every_verdict_passes():
    figures = report.build_figures(RESULTS)
    document = report.build_report(figures, {"nproc": 2}, {"messages": 50_000}, RESULTS, 123.456)
    decoded = msgspec.json.decode(msgspec.json.encode(document))
    assert decoded["passed"] is False
    assert decoded["elapsed_seconds"] == 123.46
    assert {f["key"] for f in decoded["figures"]} >= {"ratio", "latency_p99_ms", "worker_peak_rss_mb"}
    good = report.build_figures({"enrich": {"per_s": 26_000.0}})
    assert report.build_report(good, {}, {}, {}, 1.0)["passed"] is True


def test_cpu_model_and_vm_hwm_parse_proc_files():
    cpuinfo = "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\n"
    assert report.cpu_model(cpuinfo) == "AMD EPYC 7B13"
    assert report.cpu_model("processor: 0\n") == "unknown"
    status = "Name:\tpython\nVmPeak:\t  300000 kB\nVmHWM:\t  123456 kB\nVmRSS:\t  100000 kB\n"
    assert report.vm_hwm_kb(status) == 123456
    assert report.vm_hwm_kb("Name:\tpython\n") is None


def test_latency_summary_reports_both_series():
    summary = latency_summary([float(v) for v in range(1, 101)], [2.0 * v for v in range(1, 101)])
    assert summary["p50_ms"] == pytest.approx(50.5)
    assert summary["p99_ms"] == pytest.approx(99.01)
    assert summary["received_p99_ms"] == pytest.approx(198.02)
    assert summary["max_ms"] == 100.0
    assert latency_summary([], [])["p99_ms"] is None


def test_cut_text_stops_at_a_sentence_end_within_the_byte_limit():
    text = "One sentence here. Another one follows. And a third that is long."
    cut = cut_text(text, 45)
    assert cut == "One sentence here. Another one follows."
    assert len(cut.encode()) <= 45
    assert cut_text("short", 100) == "short"


def test_build_article_concatenates_consecutive_bodies_up_to_the_size():
    items = [_Item(id=f"i{n}", title=f"Title {n}", body=f"Body number {n} is here. " * 5) for n in range(10)]
    article = build_article(items, 3, target_bytes=400)
    assert article.id == "bench-0000003"
    assert article.title == "Title 3"
    assert article.body.startswith("Body number 3")
    assert "Body number 4" in article.body
    assert len(article.title.encode()) + len(article.body.encode()) <= 400
    wrapped = build_article(items, 9, target_bytes=400)
    assert "Body number 0" in wrapped.body  # wraps round to the first item


def test_latency_copies_get_fresh_ids_and_keep_the_text():
    article = Article(id="dev-1", title="T", body="B")
    key, value = latency_copy(article, 7)
    decoded = msgspec.json.decode(value, type=Article)
    assert key == b"lat-000007-dev-1" and decoded.id == "lat-000007-dev-1"
    assert (decoded.title, decoded.body) == ("T", "B")


def test_a_skipped_scale_part_is_a_row_saying_why():
    results = {k: v for k, v in RESULTS.items() if k != "scale"}
    results["scale_skipped"] = "expected ~200s, 100s of the 300s budget left: run with --scale"
    figures = _by_key(report.build_figures(results))
    assert figures["scale_per_s"].value is None
    assert "--scale" in figures["scale_per_s"].note
    assert "scale_distinct" not in figures


def test_latency_timeline_gives_the_median_per_second_of_publish_time():
    from streams.benchmarks.latency import timeline

    second = 1_000_000_000
    sent = [0, second // 2, second + 1, 3 * second]
    assert timeline(sent, [10.0, 20.0, 30.0, 40.0]) == [15.0, 30.0, None, 40.0]
    assert timeline([], []) == []


def test_the_below_saturation_latency_is_reported_without_a_verdict():
    results = {**RESULTS, "latency_light": {"rate": 100.0, "alerts": 800, "p50_ms": 40.0, "p99_ms": 90.0}}
    figures = _by_key(report.build_figures(results))
    light = figures["light_latency_p99_ms"]
    assert light.value == 90.0 and light.passed is None and "100/s" in light.label
    assert "p50 40.0 ms" in light.note
    assert "light_latency_p99_ms" not in _by_key(report.build_figures(RESULTS))


def test_the_stubbed_worker_is_reported_with_its_share_of_the_ceiling():
    results = {**RESULTS, "shell": {"per_s": 10_000.0, "cpu_ms_per_article": 0.1}}
    shell = _by_key(report.build_figures(results))["shell_per_s"]
    assert shell.value == 10_000.0 and shell.passed is None
    assert "÷ ceiling 0.40" in shell.note


def test_the_stub_tree_is_the_package_with_an_enrich_that_tags_nothing(tmp_path):
    import subprocess
    import sys

    from streams.benchmarks.worker_run import stub_enrichment_tree

    variant = stub_enrichment_tree(tmp_path)
    probe = (
        "from streams.core.pipeline import process_article, MessageOrigin\n"
        "import streams, msgspec\n"
        "raw = msgspec.json.encode(\n"
        "    {'id': 'a', 'title': 'Belarus frees 123 prisoners', 'body': 'Belarus freed 123 prisoners.'})\n"
        "out = process_article(raw, max_body_bytes=1 << 20, origin=MessageOrigin('t', 0, 0, 'w'), now=0.0)\n"
        "print(streams.__file__, len(out.candidates), msgspec.json.decode(out.enriched)['countries'])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=variant, capture_output=True, text=True, timeout=60, check=True
    )
    path, candidates, countries = done.stdout.split(maxsplit=2)
    assert path.startswith(str(variant)) and candidates == "0" and countries.strip() == "[]"


def test_only_the_articles_expected_to_alert_count_as_missing():
    mix = {"sent": 15_000, "expected_articles_with_alert": 2_700, "articles_with_alert": 2_700, "alerts": 2_750,
           "rate": 1000.0, "p50_ms": 20.0, "p99_ms": 60.0}  # fmt: skip
    assert _by_key(report.build_figures({**RESULTS, "latency": mix}))["latency_p99_ms"].passed is True
    short = {**mix, "articles_with_alert": 2_600}
    p99 = _by_key(report.build_figures({**RESULTS, "latency": short}))["latency_p99_ms"]
    assert p99.passed is False and "100 articles had no alert" in p99.note


def test_the_every_article_alerting_run_is_reported_without_a_verdict():
    stress = {"sent": 10_000, "articles_with_alert": 9_000, "alerts": 9_000, "rate": 1000.0,
              "p50_ms": 900.0, "p99_ms": 3000.0}  # fmt: skip
    row = _by_key(report.build_figures({**RESULTS, "latency_alerting": stress}))["stress_latency_p99_ms"]
    assert row.value == 3000.0 and row.passed is None and "1,000/s" in row.label
    assert "1,000 articles had no alert" in row.note
    assert "stress_latency_p99_ms" not in _by_key(report.build_figures(RESULTS))


def test_the_latency_mix_is_the_throughput_articles_with_which_of_them_alert():
    from streams.benchmarks.data import ArticleSet, latency_mix
    from streams.core.enrich import enrich

    items = [_Item(id="a", title="Police arrest opposition leader in Minsk", body="Police arrested him. " * 9),
             _Item(id="b", title="Bakery opens", body="A bakery opened in Lyon on Monday. " * 9)]  # fmt: skip
    built = [build_article(items, i, 150) for i in range(3)]  # one body each: it fills the 150 bytes
    values = [msgspec.json.encode(article) for article in built]
    articles, alerting = latency_mix(ArticleSet([a.id.encode() for a in built], values, "test", ""), 2)
    assert [a.id for a in articles] == ["bench-0000000", "bench-0000001"]
    assert alerting == [bool(enrich(a).events) for a in articles]
    assert alerting[0] is True and alerting[1] is False
