"""Text similarity for story dedup: bottom-k MinHash sketches of content words.

A story is recognised by its words: the text (`dedup.story_text`) is reduced to stemmed
content words (stop words, digits and the event's own vocabulary removed, because every
story under one dedup key shares those) and kept as a bottom-k MinHash sketch, the set
size and the k smallest crc32 hashes. For texts under k distinct words the sketch *is*
the word set and the estimates are exact. Cost: O(text) per sketch, O(k) per comparison.
Pure Python with no state: a sketch is a msgspec struct of plain values, so it can ride
on a candidate message and live in the changelog-backed story table.
"""

from __future__ import annotations

import bisect
import re
import zlib

import msgspec

SKETCH_SIZE = 64  # k of the bottom-k sketch; news titles + one sentence rarely exceed it
MIN_SHARED_WORDS = 3  # fewer shared words than this is no overlap at all

_WORD = re.compile(r"[^\W\d_]+")
_SUFFIXES = ("ing", "ed", "es", "s", "e")
_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers him his how i if in into is it its
    itself just me more most my no nor not now of off on once only or other our ours out over
    own same she should so some such than that the their theirs them then there these they this
    those through to too under until up very was we were what when where which while who whom
    why will with would you your yours said says say according amid including among
    one two three four five six seven eight nine ten dozen dozens hundred hundreds thousand
    thousands others new""".split()
)  # number words go with digits: quantities are compared on their own


def _stem(word: str) -> str:
    """Crude suffix stripping: enough to match frees/freed, lifts/lifted, release/released."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


# Words every story under one signature shares (the signature already holds the type):
# they would make unrelated stories of one kind look alike.
_EVENT_WORDS = frozenset(
    _stem(word)
    for word in """release free prisoner prison jail inmate detainee pardon amnesty
    sanction lift ease impose embargo restriction measure
    arrest detain custody charge police""".split()
)


def content_words(text: str) -> set[str]:
    """Stemmed, lower-cased content words of `text` (no stop words, digits or event words)."""
    distinct = set(_WORD.findall(text.lower())) - _STOPWORDS  # stem each word once, not per use
    stems = {_stem(word) for word in distinct if len(word) > 1}
    return stems - _EVENT_WORDS


class Fingerprint(msgspec.Struct, frozen=True, array_like=True):
    """Bottom-k MinHash sketch of a word set: its size and its k smallest crc32 hashes."""

    size: int
    hashes: list[int]


def fingerprint(text: str, k: int = SKETCH_SIZE) -> Fingerprint:
    """The sketch of `text`'s content words (O(len(text)))."""
    hashes = {zlib.crc32(word.encode()) for word in content_words(text)}
    return Fingerprint(len(hashes), sorted(hashes)[:k])


def shared_words(a: Fingerprint, b: Fingerprint) -> float:
    """|A ∩ B|: counted exactly when both sketches hold their whole set (fewer than k
    words, the usual case); else estimated from the hashes both sketches know in full,
    those up to the smaller of their largest kept hashes: Jaccard J is the share of
    those in both, and |A ∩ B| = J·(|A|+|B|)/(1+J)."""
    return _shared(a, set(a.hashes), b)


def _shared(a: Fingerprint, set_a: set[int], b: Fingerprint) -> float:
    if not set_a or not b.hashes:
        return 0.0
    common = set_a.intersection(b.hashes)
    a_whole, b_whole = a.size == len(a.hashes), b.size == len(b.hashes)
    if a_whole and b_whole:
        return float(len(common))
    # Below `limit` both sketches are complete; hashes are kept sorted, so bisect counts.
    # (This runs once per story compared: set operations and bisect stay in C.)
    limit = min(h[-1] for h, whole in ((a.hashes, a_whole), (b.hashes, b_whole)) if not whole)
    both = sum(1 for h in common if h <= limit)
    either = bisect.bisect_right(a.hashes, limit) + bisect.bisect_right(b.hashes, limit) - both
    jaccard = both / either
    return jaccard * (a.size + b.size) / (1 + jaccard)


def overlap(a: Fingerprint, set_a: set[int], b: Fingerprint) -> float:
    shared = _shared(a, set_a, b)
    if shared < MIN_SHARED_WORDS - 1e-9:
        return 0.0
    return shared / min(a.size, b.size)


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Overlap coefficient |A ∩ B| / min(|A|, |B|), 0 when fewer than `MIN_SHARED_WORDS` are shared.

    Overlap rather than Jaccard because evidence sentences differ in length: a short wire
    copy contained in a long report is the same story.
    """
    return overlap(a, set(a.hashes), b)
