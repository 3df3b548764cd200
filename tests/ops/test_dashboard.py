"""The Grafana dashboard and the alert rules query only series the worker really exports.

A panel or an alert on a misspelt metric shows "No data" (or never fires) instead of failing,
so the check is made here: every metric name in every PromQL expression must be one that
the worker's registry produces, and every grouping label one that those metrics carry.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = ROOT / "deploy/grafana/dashboards/newsalerts.json"
DATASOURCES = ROOT / "deploy/grafana/provisioning/datasources/prometheus.yml"
RULES = ROOT / "deploy/prometheus/rules.yml"

# Series that Prometheus itself attaches to every scrape, not exported by the worker.
PROMETHEUS_SERIES = {"up": {"job", "instance"}}
TARGET_LABELS = {"job", "instance"}  # added by Prometheus to every scraped series

# Runs in a child interpreter: registering Faust's sensor on streams.metrics.REGISTRY here
# would make a later `import streams.app` in the same pytest session fail with
# "Duplicated timeseries". The child does exactly what streams/app.py does.
_PROBE = r"""
import json
import faust
from faust.sensors.prometheus import setup_prometheus_sensors
from streams.metrics import REGISTRY

app = faust.App("newsalerts-names-probe", broker="kafka://127.0.0.1:9")
setup_prometheus_sensors(app, registry=REGISTRY, name_prefix="faust")
labels = {}
for collector in list(REGISTRY._collector_to_names):
    for family in collector.describe() or collector.collect():
        labels[family.name] = list(getattr(collector, "_labelnames", ()))
families = {family.name: family.type for family in REGISTRY.collect()}
print(json.dumps({"families": families, "labels": labels}))
"""

SUFFIXES = {
    "counter": ["_total", "_created"],
    "histogram": ["_bucket", "_sum", "_count", "_created"],
    "summary": ["", "_sum", "_count", "_created"],
    "gauge": [""],
    "info": ["_info"],
    "stateset": [""],
    "enum": [""],
    "untyped": [""],
    "unknown": [""],
}


@pytest.fixture(scope="module")
def exported() -> dict[str, set[str]]:
    """Exposition name -> its label names, for everything the worker's /metrics serves."""
    result = subprocess.run([sys.executable, "-c", _PROBE], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    names: dict[str, set[str]] = {}
    for family, kind in probe["families"].items():
        labels = set(probe["labels"].get(family, ())) | TARGET_LABELS
        for suffix in SUFFIXES[kind]:
            names[family + suffix] = labels | ({"le"} if suffix == "_bucket" else set())
    for name, labels in PROMETHEUS_SERIES.items():
        names[name] = labels
    return names


# --- a small PromQL reader: enough for selectors, functions and grouping clauses ----------

_KEYWORDS = {
    "and",
    "or",
    "unless",
    "bool",
    "offset",
    "inf",
    "nan",
    "by",
    "without",
    "on",
    "ignoring",
    "group_left",
    "group_right",
}
_GROUPING = re.compile(r"\b(by|without|on|ignoring|group_left|group_right)\s*\(([^)]*)\)")
_SELECTOR_LABELS = re.compile(r"([a-zA-Z_][a-zA-Z0-9_]*)\s*(?:=~|!~|!=|=)")
_IDENT = re.compile(r"(?<![\w.$:])([a-zA-Z_:][a-zA-Z0-9_:]*)(?![\w:]|\s*\()")


def promql_names(expr: str) -> tuple[set[str], set[str]]:
    """(metric names, label names used in matchers and grouping clauses) of a PromQL expr."""
    expr = re.sub(r'"(?:\\.|[^"\\])*"', '""', expr)  # string literals can hold anything
    labels: set[str] = set()
    for body in re.findall(r"\{([^}]*)\}", expr):
        labels |= set(_SELECTOR_LABELS.findall(body))
    expr = re.sub(r"\{[^}]*\}", " ", expr)
    expr = re.sub(r"\[[^\]]*\]", " ", expr)  # range and subquery durations
    for _, body in _GROUPING.findall(expr):
        labels |= {label.strip() for label in body.split(",") if label.strip()}
    expr = _GROUPING.sub(" ", expr)
    metrics = {name for name in _IDENT.findall(expr) if name not in _KEYWORDS}
    return metrics, labels


def test_promql_reader():
    """The reader itself: a typo must surface as a metric name, functions must not."""
    metrics, labels = promql_names(
        'histogram_quantile(0.99, sum by (le) (rate(newsalerts_typo_bucket{job="w", a=~"x|y"}[5m])))'
        " > 1e3 and on () sum(up) offset 5m"
    )
    assert metrics == {"newsalerts_typo_bucket", "up"}
    assert labels == {"le", "job", "a"}
    assert promql_names("sum(rate(x_total[$__rate_interval])) without (instance)") == ({"x_total"}, {"instance"})


# --- the dashboard ---------------------------------------------------------------------


def _dashboard() -> dict:
    return json.loads(DASHBOARD.read_text())


def _panels(dashboard: dict) -> list[dict]:
    panels = []
    for panel in dashboard["panels"]:
        panels.append(panel)
        panels.extend(panel.get("panels", []))  # collapsed rows keep their panels inside
    return [p for p in panels if p.get("type") != "row"]


def _queries(dashboard: dict) -> list[tuple[str, str]]:
    return [(p["title"], t["expr"]) for p in _panels(dashboard) for t in p.get("targets", [])]


def test_dashboard_is_well_formed():
    """Unique panel ids, a stable uid (links and provisioning), every panel has a query."""
    dashboard = _dashboard()
    assert dashboard["uid"] == "newsalerts"
    panels = _panels(dashboard)
    ids = [p["id"] for p in panels]
    assert len(ids) == len(set(ids)), "duplicate panel ids"
    for panel in panels:
        assert panel.get("targets"), f"panel {panel['title']!r} has no query"
        assert all(t.get("expr") for t in panel["targets"]), panel["title"]
        assert {"x", "y", "w", "h"} <= set(panel["gridPos"]), panel["title"]


def test_panels_use_the_provisioned_datasource():
    """Panels refer to the datasource by uid, the one provisioning creates."""
    provisioned = yaml.safe_load(DATASOURCES.read_text())["datasources"]
    uids = [d["uid"] for d in provisioned if d["type"] == "prometheus"]
    assert len(uids) == 1
    expected = {"type": "prometheus", "uid": uids[0]}
    for panel in _panels(_dashboard()):
        refs = [panel["datasource"]] + [t.get("datasource", panel["datasource"]) for t in panel["targets"]]
        assert all(ref == expected for ref in refs), panel["title"]


def test_dashboard_queries_name_only_exported_metrics(exported):
    """Every metric in every panel's PromQL is served by the worker (or is Prometheus' `up`)."""
    unknown = []
    for title, expr in _queries(_dashboard()):
        metrics, _ = promql_names(expr)
        assert metrics, f"no metric found in {title!r}: {expr}"
        unknown += [f"{title}: {name}" for name in sorted(metrics - exported.keys())]
    assert not unknown, "metrics the worker does not export:\n" + "\n".join(unknown)


def test_dashboard_labels_exist_on_their_metrics(exported):
    """`sum by (label)` on a label the metrics lack silently collapses to one series."""
    wrong = []
    for title, expr in _queries(_dashboard()):
        metrics, labels = promql_names(expr)
        known = set().union(*(exported.get(m, set()) for m in metrics))
        wrong += [f"{title}: {label}" for label in sorted(labels - known)]
    assert not wrong, "labels not on the queried metrics:\n" + "\n".join(wrong)


def test_dashboard_covers_every_project_metric_and_faust(exported):
    """Each newsalerts_* family has a panel, and Faust's own series are shown too."""
    used = set().union(*(promql_names(expr)[0] for _, expr in _queries(_dashboard())))
    families = {re.sub(r"_(total|bucket|sum|count|created)$", "", n) for n in exported if n.startswith("newsalerts_")}
    missing = [f for f in sorted(families) if not any(u.startswith(f) for u in used)]
    assert not missing, f"project metrics without a panel: {missing}"
    assert any(name.startswith("faust_") for name in used)


# --- the alert rules ---------------------------------------------------------------------


def test_alert_rules_name_only_exported_metrics(exported):
    """A rule on a series that never exists can never fire: same check as the panels."""
    problems = []
    for group in yaml.safe_load(RULES.read_text())["groups"]:
        for rule in group["rules"]:
            metrics, labels = promql_names(rule["expr"])
            name = rule.get("alert") or rule.get("record")
            problems += [f"{name}: metric {m}" for m in sorted(metrics - exported.keys())]
            known = set().union(*(exported.get(m, set()) for m in metrics))
            problems += [f"{name}: label {label}" for label in sorted(labels - known)]
    assert not problems, "\n".join(problems)
