"""The subscriber: read alerts as they arrive and show them to a person (or as JSON).

It is a plain aiokafka consumer, exactly what any subscriber would write, so it also
documents how to consume the alert topics from one's own code.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

import orjson
from aiokafka import AIOKafkaConsumer

from streams import config


@dataclass(frozen=True)
class AlertFilter:
    """Client-side filters on top of the chosen topic."""

    event_type: str | None = None
    country: str | None = None

    def accepts(self, alert: dict) -> bool:
        data = alert.get("data") or {}
        event = data.get("event") or {}
        if self.event_type and event.get("type") != self.event_type:
            return False
        if self.country:
            codes = {event.get("source"), event.get("target")}
            codes.update(c.get("code") for c in data.get("countries") or ())
            if self.country.upper() not in codes:
                return False
        return True


def format_alert(alert: dict) -> str:
    """One alert as a few readable lines (rich markup)."""
    data = alert.get("data") or {}
    event = data.get("event") or {}
    article = data.get("article") or {}
    actors = " -> ".join(code for code in (event.get("source"), event.get("target")) if code) or "?"
    quantity = f"  quantity {event['quantity']}" if event.get("quantity") is not None else ""
    kind = data.get("msg_type", "Alert")
    reports = data.get("article_count") or len(data.get("corroborations") or [])  # the list is capped
    colour = "bold red" if kind == "Alert" else "yellow"
    evidence = (event.get("evidence") or {}).get("text", "")
    return (
        f"[{colour}]{kind.upper():6}[/] [bold]{event.get('type')}[/] {actors}{quantity}"
        f"  confidence {event.get('confidence', 0):.2f}  severity {data.get('severity', '?')}"
        f"  id {alert.get('id')}\n"
        f"        {article.get('title', '')}  ({article.get('id')}; {reports} report(s))\n"
        f"        [dim]“{evidence}”[/]"
    )


async def tail(
    bootstrap: str,
    topic: str,
    show: Callable[[dict, bytes], None],
    *,
    alert_filter: AlertFilter = AlertFilter(),
    from_beginning: bool = False,
    stop_after: int | None = None,
    idle_timeout: float | None = None,
) -> int:
    """Call `show(alert, raw)` for each accepted alert; stop after `stop_after` or `idle_timeout` s idle."""
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=None,  # a tail is a reader, not a member of the workers' group
        auto_offset_reset="earliest" if from_beginning else "latest",
        enable_auto_commit=False,
        **config.aiokafka_security(),
    )
    await consumer.start()
    shown = 0
    try:
        while stop_after is None or shown < stop_after:
            batches = await consumer.getmany(timeout_ms=int((idle_timeout or 1.0) * 1000))
            if not batches and idle_timeout is not None:
                break
            for messages in batches.values():
                for message in messages:
                    try:
                        alert = orjson.loads(message.value)
                    except orjson.JSONDecodeError:
                        continue  # not an alert: nothing a person could read
                    if alert_filter.accepts(alert):
                        show(alert, message.value)
                        shown += 1
    except asyncio.CancelledError:
        pass
    finally:
        await consumer.stop()
    return shown
