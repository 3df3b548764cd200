"""Prometheus config and alert rules: promtool validates them and runs the rules' unit tests.

promtool is Prometheus' own checker, so a config or rule that passes here loads in the
Prometheus of docker-compose.yml. The structural checks below need no promtool: every alert
carries what on-call needs (severity, summary, description) and is covered by a unit test
that makes it fire and one that keeps it quiet.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
PROM = ROOT / "deploy/prometheus"
CONFIG = PROM / "prometheus.yml"
RULES = PROM / "rules.yml"
RULES_TEST = PROM / "rules_test.yml"

SEVERITIES = {"critical", "warning", "info"}

needs_promtool = pytest.mark.skipif(
    shutil.which("promtool") is None,
    reason="promtool not installed (Debian: apt-get install prometheus); CI installs it",
)


def _promtool(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["promtool", *args], capture_output=True, text=True, timeout=60)


@needs_promtool
def test_promtool_check_config():
    """The config parses and its rule_files resolve (promtool checks those too)."""
    result = _promtool("check", "config", str(CONFIG))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 rule files found" in result.stdout


@needs_promtool
def test_promtool_check_rules():
    result = _promtool("check", "rules", str(RULES))
    assert result.returncode == 0, result.stdout + result.stderr


@needs_promtool
def test_promtool_test_rules():
    """The alerting behaviour itself: see rules_test.yml for the scenarios."""
    result = _promtool("test", "rules", str(RULES_TEST))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def _alerts() -> list[dict]:
    groups = yaml.safe_load(RULES.read_text())["groups"]
    return [rule for group in groups for rule in group["rules"] if "alert" in rule]


def test_config_loads_the_rules_file():
    config = yaml.safe_load(CONFIG.read_text())
    assert [(CONFIG.parent / f).resolve() for f in config["rule_files"]] == [RULES.resolve()]
    assert yaml.safe_load(RULES_TEST.read_text())["rule_files"] == ["rules.yml"]


def test_alerts_have_severity_and_annotations():
    alerts = _alerts()
    assert len(alerts) >= 5
    for rule in alerts:
        assert rule.get("labels", {}).get("severity") in SEVERITIES, rule["alert"]
        annotations = rule.get("annotations", {})
        assert annotations.get("summary") and annotations.get("description"), rule["alert"]


def test_every_alert_has_a_firing_and_a_quiet_unit_test():
    """An untested alert is one nobody knows fires; a never-quiet one pages for nothing."""
    fires, quiet = set(), set()
    for case in yaml.safe_load(RULES_TEST.read_text())["tests"]:
        for check in case.get("alert_rule_test", []):
            (fires if check.get("exp_alerts") else quiet).add(check["alertname"])
    names = {rule["alert"] for rule in _alerts()}
    assert names - fires == set(), f"alerts never shown firing: {sorted(names - fires)}"
    assert names - quiet == set(), f"alerts never shown quiet: {sorted(names - quiet)}"
    assert (fires | quiet) <= names, f"tests for unknown alerts: {sorted((fires | quiet) - names)}"


def test_worker_job_name_matches_the_rules():
    """The rules select up{job="newsalerts-worker"}: the scrape job must have that name."""
    config = yaml.safe_load(CONFIG.read_text())
    jobs = {job["job_name"] for job in config["scrape_configs"]}
    assert "newsalerts-worker" in jobs
    assert any('job="newsalerts-worker"' in rule["expr"] for rule in _alerts())
