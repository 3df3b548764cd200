"""`newsalerts dlq`: list dead letters with their reasons, and replay them after a fix."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

import msgspec

from tests.integration.test_resilience import send_all


def test_dead_letters_are_listed_and_replayed_after_the_fix(pipeline_factory):
    pipeline = pipeline_factory()
    strict = pipeline.start_worker(NEWSALERTS_MAX_BODY_BYTES="100")
    article = {"id": "long-1", "title": "Police arrested two men in Paris", "body": "French police arrested " * 20}
    messages = [(b"long-1", msgspec.json.encode(article)), (b"broken-1", b'{"id": "broken-1", "title"')]
    asyncio.run(send_all(pipeline.bootstrap, pipeline.topics["articles"], messages))
    assert len(pipeline.read("dlq", until=2)) == 2

    env = {**os.environ, **pipeline.env()}
    cli = [sys.executable, "-m", "streams", "dlq", "--bootstrap", pipeline.bootstrap]
    listed = subprocess.run(cli, env=env, capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert "body_too_large" in listed.stdout and "bad_json" in listed.stdout
    assert "2 dead letter(s)" in listed.stdout

    strict.stop()  # the fix: a worker that accepts longer bodies
    pipeline.start_worker(NEWSALERTS_MAX_BODY_BYTES="100000")
    replayed = subprocess.run(
        [*cli, "--replay", "--reason", "body_too_large"], env=env, capture_output=True, text=True, timeout=120
    )
    assert replayed.returncode == 0, replayed.stderr
    assert "replayed 1 message(s)" in replayed.stdout
    enriched = [msgspec.json.decode(m.value) for m in pipeline.read("enriched", until=1)]
    assert [e["id"] for e in enriched] == ["long-1"]
    assert [e["type"] for e in enriched[0]["events"]] == ["arrest"]
