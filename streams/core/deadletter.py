"""Dead-letter headers: why a message was set aside, and where it came from.

A dead letter keeps the original key, value and headers untouched and adds these
headers, so the message can be inspected and replayed as it was. The names follow
Kafka Connect's `DeadLetterQueueReporter` (`__connect.errors.topic`, `.partition`,
`.offset`, `.class.name`, `.exception.class.name`, `.exception.message`) under our own
prefix, so tooling written for Connect's DLQs reads ours after a prefix change; we add
`.reason` (a small fixed vocabulary to count and filter on), `.worker` and `.timestamp`.

* `class.name`: as in Connect, the code that rejected the message. Connect puts its
  converter or task class there; we put the stage: `newsalerts.decode` for the input
  reasons, `newsalerts.process` for `processing_error` (or the caller's own value);
* `exception.class.name` / `exception.message`: the exception, when there is one
  (`empty_body` or `body_too_large` may be detected without raising); the message is
  cut to `MAX_MESSAGE_BYTES` so a huge error cannot make the header set too large;
* values are UTF-8 text (partition and offset in decimal), so any client can print them.

No stack trace: worker logs carry it; headers are for filtering and replay.
"""

from __future__ import annotations

from typing import Literal, get_args

from streams.core.alerts import rfc3339

PREFIX = "newsalerts.errors."
Reason = Literal[
    "not_utf8",  # the value is not valid UTF-8
    "bad_json",  # not parseable JSON
    "wrong_type",  # JSON, but a field (or the whole value) has the wrong type
    "missing_field",  # a required field is absent
    "empty_body",  # the article has no text to read
    "body_too_large",  # over the configured size limit
    "processing_error",  # a valid article that the worker failed on (a bug, not bad input)
]
REASONS: tuple[str, ...] = get_args(Reason)
MAX_MESSAGE_BYTES = 1024


def _stage(reason: str) -> str:
    return "newsalerts.process" if reason == "processing_error" else "newsalerts.decode"


def _truncate_utf8(text: str, limit: int) -> bytes:
    """At most `limit` bytes of `text`, cut on a character boundary."""
    return text.encode("utf-8")[:limit].decode("utf-8", "ignore").encode("utf-8")


def dead_letter_headers(
    reason: str,
    exc: BaseException | None,
    topic: str,
    partition: int,
    offset: int,
    worker: str,
    now: float,
    *,
    component: str | None = None,
) -> list[tuple[str, bytes]]:
    """Headers to add to the original message when sending it to the dead-letter topic.

    `now` is epoch seconds; `component` overrides the stage written to `class.name`.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown dead-letter reason {reason!r}; expected one of {REASONS}")
    headers = [
        ("reason", reason.encode()),
        ("class.name", (component or _stage(reason)).encode()),
        ("topic", topic.encode()),
        ("partition", str(partition).encode()),
        ("offset", str(offset).encode()),
        ("worker", worker.encode()),
        ("timestamp", rfc3339(now).encode()),
    ]
    if exc is not None:
        kind = type(exc)
        headers.append(("exception.class.name", f"{kind.__module__}.{kind.__qualname__}".encode()))
        headers.append(("exception.message", _truncate_utf8(str(exc), MAX_MESSAGE_BYTES)))
    return [(PREFIX + name, value) for name, value in headers]


def headers_as_json(headers: list[tuple[str, bytes]]) -> dict[str, str]:
    """Our dead-letter headers as a JSON object (the shape `dead-letter.schema.json` describes).

    Other headers the original message carried are left out; undecodable bytes are replaced.
    """
    return {name: value.decode("utf-8", "replace") for name, value in headers if name.startswith(PREFIX)}
