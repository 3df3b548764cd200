"""Dead-letter headers: Connect-style names under our prefix, a fixed set of reasons."""

from __future__ import annotations

import pytest

from streams.core.deadletter import (
    MAX_MESSAGE_BYTES,
    PREFIX,
    REASONS,
    dead_letter_headers,
    headers_as_json,
)
from streams.core.schemas import validate

T0 = 1_765_620_000.0


def _headers(reason="bad_json", exc=None, **kw):
    return dead_letter_headers(reason, exc, "news.articles", 3, 1234, "worker-7", T0, **kw)


def test_origin_worker_and_time_are_recorded():
    headers = dict(_headers(exc=ValueError("Expecting value: line 1 column 1")))
    assert headers == {
        "newsalerts.errors.reason": b"bad_json",
        "newsalerts.errors.class.name": b"newsalerts.decode",
        "newsalerts.errors.topic": b"news.articles",
        "newsalerts.errors.partition": b"3",
        "newsalerts.errors.offset": b"1234",
        "newsalerts.errors.worker": b"worker-7",
        "newsalerts.errors.timestamp": b"2025-12-13T10:00:00.000Z",
        "newsalerts.errors.exception.class.name": b"builtins.ValueError",
        "newsalerts.errors.exception.message": b"Expecting value: line 1 column 1",
    }


@pytest.mark.parametrize("reason", REASONS)
def test_every_reason_yields_schema_valid_headers(reason):
    headers = _headers(reason)
    assert all(name.startswith(PREFIX) and isinstance(value, bytes) for name, value in headers)
    assert len({name for name, _ in headers}) == len(headers)
    validate("dead-letter", headers_as_json(headers))


def test_the_reason_set_is_fixed():
    assert set(REASONS) == {
        "not_utf8",
        "bad_json",
        "wrong_type",
        "missing_field",
        "empty_body",
        "body_too_large",
        "processing_error",
    }
    with pytest.raises(ValueError, match="unknown dead-letter reason 'oops'"):
        _headers("oops")


def test_without_an_exception_there_are_no_exception_headers():
    names = {name for name, _ in _headers("empty_body")}
    assert not any("exception" in name for name in names)


def test_processing_errors_are_attributed_to_the_process_stage_and_can_be_overridden():
    assert dict(_headers("processing_error"))[PREFIX + "class.name"] == b"newsalerts.process"
    custom = dict(_headers("wrong_type", component="streams.core.articles"))
    assert custom[PREFIX + "class.name"] == b"streams.core.articles"


def test_exception_class_is_qualified():
    class LocalError(Exception):
        pass

    name = dict(_headers("processing_error", LocalError("x")))[PREFIX + "exception.class.name"]
    assert name.endswith(b"test_deadletter.test_exception_class_is_qualified.<locals>.LocalError")


def test_long_messages_are_cut_on_a_character_boundary():
    message = dict(_headers(exc=ValueError("é" * MAX_MESSAGE_BYTES)))[PREFIX + "exception.message"]
    assert len(message) <= MAX_MESSAGE_BYTES
    assert message.decode("utf-8") == "é" * (MAX_MESSAGE_BYTES // 2)


def test_headers_as_json_keeps_only_our_headers():
    headers = [("traceparent", b"00-x"), *_headers(), (PREFIX + "worker", b"w\xff")]
    doc = headers_as_json(headers)
    assert "traceparent" not in doc
    assert doc[PREFIX + "worker"] == "w\ufffd"  # last one wins; undecodable bytes replaced
    assert doc[PREFIX + "offset"] == "1234"
