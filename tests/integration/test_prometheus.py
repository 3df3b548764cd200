"""A real Prometheus scrapes a real worker: the monitoring stack works end to end.

The ops tests check the files; this one checks that they meet the running code: the
scrape config (retargeted to a loopback worker) yields series, the counters move when the
seed is replayed, every alert rule evaluates without error against real series, and the
worker's exposition passes `promtool check metrics` (no lint on our own newsalerts_* series;
Faust's own series break naming rules, see shared notes, and are tolerated).
"""

from __future__ import annotations

import json
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import yaml

from streams.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
PROM_CONFIG = ROOT / "deploy/prometheus/prometheus.yml"
DASHBOARD = ROOT / "deploy/grafana/dashboards/newsalerts.json"
RULES = ROOT / "deploy/prometheus/rules.yml"
SEED_ALERTS = 2  # the seed article yields a prisoner release and a sanctions lifting
DEADLINE = 60.0  # seconds for Prometheus to see the alerts once the seed is replayed

pytestmark = [
    pytest.mark.timeout(300),
    pytest.mark.skipif(
        shutil.which("prometheus") is None or shutil.which("promtool") is None,
        reason="prometheus/promtool not installed (Debian: apt-get install prometheus); CI installs it",
    ),
]


def _get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.load(response)


def _query(base: str, promql: str) -> list[dict]:
    data = _get_json(f"{base}/api/v1/query?{urllib.parse.urlencode({'query': promql})}")
    assert data["status"] == "success", data
    return data["data"]["result"]


def _scalar(base: str, promql: str) -> float | None:
    result = _query(base, promql)
    return float(result[0]["value"][1]) if result else None


def _prometheus_config(tmp: Path, worker_port: int) -> Path:
    """deploy/prometheus/prometheus.yml with the worker job pointed at the loopback worker."""
    config = yaml.safe_load(PROM_CONFIG.read_text())
    config["global"].update(scrape_interval="1s", scrape_timeout="1s", evaluation_interval="1s")
    config["rule_files"] = [str(RULES)]
    job = next(j for j in config["scrape_configs"] if j["job_name"] == "newsalerts-worker")
    for key in [k for k in job if k.endswith("_sd_configs") or k == "static_configs"]:
        del job[key]
    job["static_configs"] = [{"targets": [f"127.0.0.1:{worker_port}"]}]
    config["scrape_configs"] = [job]
    path = tmp / "prometheus.yml"
    path.write_text(yaml.safe_dump(config))
    return path


def _wait(what: str, check, timeout: float, log: Path | None = None):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = check()
        except (urllib.error.URLError, OSError, KeyError, IndexError) as exc:
            last = exc
        else:
            if last:
                return last
        time.sleep(0.5)
    tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what} (last: {last!r})\n{tail}")


def test_prometheus_scrapes_worker_and_sees_alerts(pipeline_factory, tmp_path):
    """Seed replayed -> Prometheus sees the alert counter reach 2, rules evaluate cleanly.

    The pipeline has its own topic prefix and app id (tests/integration/conftest.py): no other
    test's articles, dead letters or dedup state reach this worker, so no alert may fire here.
    """
    pipeline = pipeline_factory()
    prometheus: subprocess.Popen | None = None
    prom_log = tmp_path / "prometheus.log"
    try:
        worker = pipeline.start_worker("prometheus-test-worker")  # waits for /readyz

        port = free_port()
        base = f"http://127.0.0.1:{port}"
        with open(prom_log, "wb") as log:
            prometheus = subprocess.Popen(
                [
                    "prometheus",
                    f"--config.file={_prometheus_config(tmp_path, worker.metrics_port)}",
                    f"--storage.tsdb.path={tmp_path / 'tsdb'}",
                    f"--web.listen-address=127.0.0.1:{port}",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

        def ready() -> bool:
            if prometheus.poll() is not None:
                raise AssertionError(f"prometheus exited:\n{prom_log.read_text(errors='replace')[-3000:]}")
            with urllib.request.urlopen(f"{base}/-/ready", timeout=2) as response:
                return response.status == 200

        _wait("prometheus /-/ready", ready, 30, prom_log)
        _wait("the worker target to be up", lambda: _scalar(base, 'up{job="newsalerts-worker"}') == 1, 30, prom_log)

        replay = subprocess.run(
            [
                sys.executable,
                "-m",
                "streams",
                "replay",
                "seeds/",
                "--bootstrap",
                pipeline.bootstrap,
                "--topic",
                pipeline.topics["articles"],
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert replay.returncode == 0, replay.stdout + replay.stderr

        alerts = _wait(
            f"sum(newsalerts_alerts_total) >= {SEED_ALERTS}",
            lambda: (v := _scalar(base, "sum(newsalerts_alerts_total)")) is not None and v >= SEED_ALERTS and v,
            DEADLINE,
            worker.log_path,
        )
        assert alerts >= SEED_ALERTS
        assert _scalar(base, 'sum(newsalerts_articles_total{outcome="enriched"})') >= 1
        assert _scalar(base, "sum(faust_messages_received_total)") >= 1
        # The dashboard's Faust panels use series a real worker serves (all unlabelled, so
        # present from the first scrape on).
        used = set(re.findall(r"\bfaust_[a-z_]+", DASHBOARD.read_text()))
        missing = [name for name in sorted(used) if not _query(base, f"count({name})")]
        assert not missing, f"dashboard queries Faust series Prometheus never saw: {missing}"

        # Every rule of rules.yml is loaded and evaluates cleanly on real series.
        expected = {
            rule.get("alert") or rule.get("record")
            for group in yaml.safe_load(RULES.read_text())["groups"]
            for rule in group["rules"]
        }

        def rules_ok():
            groups = _get_json(f"{base}/api/v1/rules")["data"]["groups"]
            rules = {r["name"]: r for g in groups for r in g["rules"]}
            assert set(rules) == expected, sorted(rules)
            return all(r["health"] == "ok" for r in rules.values()) and rules

        rules = _wait("every rule evaluated with health ok", rules_ok, 20, prom_log)
        firing = [name for name, rule in rules.items() if rule.get("state") == "firing"]
        assert not firing, f"alerts firing on a healthy pipeline: {firing}"
        for name in ("NewsalertsWorkerDown", "NewsalertsNoWorkers"):  # the target is up
            assert rules[name]["state"] == "inactive", rules[name]

        # The exposition passes promtool's parser; lint is only allowed on Faust's own series.
        status, text = worker.get("/metrics")
        assert status == 200
        check = subprocess.run(["promtool", "check", "metrics"], input=text, capture_output=True, text=True, timeout=30)
        output = check.stdout + check.stderr
        assert check.returncode in (0, 3), output  # 3 = lint problems only; 1 = unparsable
        assert "error while linting" not in output, output
        ours = [line for line in output.splitlines() if line.startswith("newsalerts_")]
        assert not ours, "\n".join(ours)
    finally:
        if prometheus is not None and prometheus.poll() is None:
            prometheus.send_signal(signal.SIGTERM)
            try:
                prometheus.wait(15)
            except subprocess.TimeoutExpired:
                prometheus.kill()
                prometheus.wait()
        pipeline.stop()  # the fixture stops it too; stopping first keeps the order obvious
