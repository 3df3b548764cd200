"""`words()`: the one helper every vocabulary module builds its word sets with."""

from __future__ import annotations


def words(spec: str) -> frozenset[str]:
    """A set of words from a space-separated string (keeps long lists readable)."""
    return frozenset(spec.split())
