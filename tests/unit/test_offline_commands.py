"""`annotate` and `eval` as a user runs them: files in, lines/tables out, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from streams.commands.offline import annotate, eval_

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_5888520af6bb491f.txt"
ARTICLE = {"id": "a1", "title": "Russian Police Detain 1,400 Protesters", "body": "The rally in Moscow was banned."}
LABELLED = [
    {**ARTICLE, "expected": {"countries": ["RU"], "events": [{"type": "arrest", "source": "RU", "target": "RU"}]}},
    {"id": "n1", "title": "Candidate dies of cardiac arrest", "body": "He was 62.", "kind": "hard_negative",
     "expected": {"countries": [], "events": []}},
]  # fmt: skip


@pytest.fixture()
def cli() -> typer.Typer:
    app = typer.Typer()
    app.command()(annotate)
    app.command(name="eval")(eval_)
    return app


@pytest.fixture()
def runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 keeps stderr apart already
        return CliRunner()


def jsonl(path: Path, rows: list, extra: str = "") -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + extra, encoding="utf-8")
    return path


def test_annotate_writes_one_enriched_object_per_article(cli, runner, tmp_path):
    result = runner.invoke(cli, ["annotate", str(jsonl(tmp_path / "a.jsonl", [ARTICLE, {**ARTICLE, "id": "a2"}]))])
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a1", "a2"]
    assert lines[0]["events"][0]["type"] == "arrest" and lines[0]["countries"][0]["code"] == "RU"


def test_annotate_reports_bad_lines_and_keeps_going(cli, runner, tmp_path):
    path = jsonl(tmp_path / "a.jsonl", [ARTICLE], extra='{"broken\n{"id": "x", "title": "t", "body": ""}\n')
    result = runner.invoke(cli, ["annotate", str(path)])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1
    assert "line 2: bad_json" in result.stderr and "line 3: empty_body" in result.stderr


def test_annotate_fails_when_nothing_could_be_read(cli, runner, tmp_path):
    assert runner.invoke(cli, ["annotate", str(jsonl(tmp_path / "bad.jsonl", [], extra="nope\n"))]).exit_code == 1
    missing = runner.invoke(cli, ["annotate", str(tmp_path / "missing.jsonl")])
    assert missing.exit_code == 1 and "cannot read" in missing.stderr


def test_annotate_reads_several_files_seed_files_and_stdin(cli, runner, tmp_path):
    both = runner.invoke(cli, ["annotate", str(SEED), str(jsonl(tmp_path / "a.jsonl", [ARTICLE]))])
    assert [json.loads(line)["id"] for line in both.stdout.splitlines()] == ["000_5888520af6bb491f", "a1"]
    piped = runner.invoke(cli, ["annotate"], input=json.dumps(ARTICLE) + "\n")
    assert json.loads(piped.stdout)["id"] == "a1"
    seed_piped = runner.invoke(cli, ["annotate", "-"], input=SEED.read_text(encoding="utf-8"))
    assert {e["type"] for e in json.loads(seed_piped.stdout)["events"]} == {"prisoner_release", "sanctions_lifted"}


def test_eval_prints_a_table_and_json(cli, runner, tmp_path):
    path = jsonl(tmp_path / "dev.jsonl", LABELLED)
    table = runner.invoke(cli, ["eval", str(path)])
    assert table.exit_code == 0
    assert "arrest" in table.stdout and "F1" in table.stdout and "hard negatives: 0/1" in table.stdout
    report = json.loads(runner.invoke(cli, ["eval", str(path), "--json"]).stdout)
    assert report["items"] == 2
    assert report["events"]["arrest"]["f1"] == 1.0
    assert report["false_alarms"]["hard_negatives"]["rate"] == 0.0


def test_eval_without_items_fails(cli, runner, tmp_path):
    result = runner.invoke(cli, ["eval", str(jsonl(tmp_path / "empty.jsonl", []))])
    assert result.exit_code == 1
