"""Free TCP ports for the processes the project starts (the local broker, workers).

A port the OS picks (`bind(("", 0))`) comes from the kernel's ephemeral range, the same
range outgoing connections take their local ports from: between our pick and the
listener's bind, one of them (the worker's own Kafka connections, or a readiness poll that
connects to itself on a port nobody listens on yet) can take it, and the listener fails
with "address already in use". So ports are picked below that range, and a worker that
still loses its port is restarted on another (`WorkerProcess.wait_ready`).
"""

from __future__ import annotations

import random
import socket
from pathlib import Path

_PORT_RANGE = Path("/proc/sys/net/ipv4/ip_local_port_range")


def _ephemeral_start() -> int:
    try:
        return int(_PORT_RANGE.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768  # Linux's default


def _bindable(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("0.0.0.0", port))  # taken on any address means taken on loopback too
        except OSError:
            return False
    return True


def free_ports(count: int = 1) -> list[int]:
    """`count` distinct free ports, below the ephemeral range when there is room for them."""
    start = _ephemeral_start()
    low, high = max(1024, start - 10_000), start - 1
    rng = random.SystemRandom()
    ports: list[int] = []
    for _ in range(200 if high > low else 0):
        port = rng.randint(low, high)
        if port not in ports and _bindable(port):
            ports.append(port)
            if len(ports) == count:
                return ports
    while len(ports) < count:  # no room below the range: let the OS pick
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        if port not in ports:
            ports.append(port)
    return ports


def free_port() -> int:
    """One free port (see `free_ports`)."""
    return free_ports(1)[0]
