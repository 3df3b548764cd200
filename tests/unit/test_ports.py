"""Ports for the processes the project starts are picked below the ephemeral range."""

from __future__ import annotations

import socket

from streams import ports


def test_free_ports_are_distinct_bindable_and_below_the_ephemeral_range():
    picked = ports.free_ports(5)
    assert len(set(picked)) == 5
    start = ports._ephemeral_start()
    for port in picked:
        assert 1024 <= port < start
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", port))  # still free


def test_a_taken_port_is_never_picked():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert not ports._bindable(port)
