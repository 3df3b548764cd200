"""One pass over the text finds the fixed phrases of every tagger at once.

The country tagger, the topic classifier and the event detector all look for fixed
phrases (country names, topic terms, trigger words) in the same ~3 KB article. Each
declares its phrases as a *channel* of (spelling, boundary rule, payload) entries;
`PhraseScanner` compiles one or more channels into a single pyahocorasick automaton
whose values say which channels a spelling feeds, makes one pass over the text and
hands each channel its own hits. enrich() scans once for all three channels (the pass
costs about the same for one channel as for three: it is paid per character, and the
extra hits are few); the taggers' stand-alone entry points scan with a scanner of their
own channel only, so both read the text identically. Choices that keep the pass cheap
and exact:
* The automaton runs over the text *as written*, not over a lower-cased copy: each
  phrase is entered in the few case forms news text uses (as written, Capitalized,
  Title Case, UPPER). That skips a full-text `lower()`, lets "US" differ from "us", and
  keeps offsets exact.
* Every phrase is entered with a leading space, and the scanned copy of the text has
  its word-separating punctuation (newlines, brackets, quotes, apostrophes, hyphens,
  slashes) replaced by spaces, one character for one. The automaton's root then has a
  single branch, which makes pyahocorasick about twice as fast as with one branch per
  initial letter, and the left word boundary comes for free.
* The right boundary is checked per hit, by the entry's rule: WHOLE ("Oman" is not
  "Omani"), PLURAL_OK (a plural "s" may follow: "Ukrainians") or LETTERS (the phrase is
  a run of letters, so only a letter may not follow: "arrested5" is "arrested").
Overlapping hits are resolved per channel (one channel's phrase never hides another's),
leftmost-longest: "Papua New Guinea" hides "Guinea", and a longer "non-country" phrase
("Latin America") hides the country word inside it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import ahocorasick

Hit = tuple[int, int, Any]  # (start, end, payload), offsets into the scanned text
# A hit before overlap resolution: (start, -end, pluralized, payload). A plain tuple
# sort orders such hits leftmost-longest; `end` includes a plural "s".
RawHit = tuple[int, int, bool, Any]
Entry = tuple[str, int, Any]  # (spelling, boundary rule, payload)

WHOLE, PLURAL_OK, LETTERS = 0, 1, 2

_SEPARATORS = "\n\t\r([{\"'\u201c\u201d\u2018\u2019\u00ab\u00bb-\u2013\u2014/"


def _spaced(text: str) -> str:
    """`text` with separators turned into spaces, behind one leading space; the
    character at index i of `text` is at index i + 1 of the result."""
    for separator in _SEPARATORS:
        text = text.replace(separator, " ")
    return " " + text


def case_variants(phrase: str, *, exact: bool = False) -> set[str]:
    """The spellings of `phrase` to look for: as written, Capitalized, Title Case and
    UPPER (`exact` keeps only the written one). Apostrophe and hyphen variants need no
    entry: separators all read as spaces ("Côte d’Ivoire" = "Côte d'Ivoire")."""
    if exact:
        return {phrase}
    capitalized = phrase[:1].upper() + phrase[1:]
    title = " ".join(word[:1].upper() + word[1:] for word in phrase.split(" "))
    return {phrase, capitalized, title, phrase.upper()}


class PhraseScanner:
    """The phrases of several channels in one automaton; `scan` hits per channel."""

    def __init__(self, *channels: Iterable[Entry]) -> None:
        self.channels = len(channels)
        meanings: dict[str, dict[int, tuple[int, int, Any]]] = {}
        for channel, entries in enumerate(channels):
            for spelling, rule, payload in entries:  # a later entry replaces an earlier one
                meanings.setdefault(spelling, {})[channel] = (channel, rule, payload)
        self._automaton = ahocorasick.Automaton()
        for spelling, by_channel in meanings.items():
            self._automaton.add_word(_spaced(spelling), (len(spelling), tuple(by_channel.values())))
        self._automaton.make_automaton()

    def scan(self, text: str) -> tuple[list[RawHit], ...]:
        """Whole-word hits of every channel, in order of their end (use `resolve`)."""
        hits: tuple[list[RawHit], ...] = tuple([] for _ in range(self.channels))
        if not text:
            return hits
        append = tuple(channel_hits.append for channel_hits in hits)
        size = len(text)
        for end, (length, meanings) in self._automaton.iter(_spaced(text)):
            start = end - length
            following = text[end] if end < size else " "
            if not following.isalnum():
                for channel, _, payload in meanings:
                    append[channel]((start, -end, False, payload))
                continue
            plural = following in "sS" and (end + 1 == size or not text[end + 1].isalnum())
            for channel, rule, payload in meanings:
                if rule == PLURAL_OK and plural:
                    append[channel]((start, -end - 1, True, payload))
                elif rule == LETTERS and not following.isalpha():
                    append[channel]((start, -end, False, payload))
        return hits


def resolve(hits: list[RawHit], limit: int | None = None) -> list[Hit]:
    """Non-overlapping hits, leftmost-longest, of those ending by `limit` (all if None).

    Earliest start wins, then the longest; on a tie a spelling found as written beats
    one extended by a plural "s" ("Philippines" the name, not "Philippine"+s). No two
    hits of one channel share all of start, end and pluralized: one span is one spelling.
    """
    if limit is not None:
        hits = [hit for hit in hits if -hit[1] - hit[2] <= limit]  # the end before any "s"
    if len(hits) > 1:
        hits = sorted(hits)
    kept = []
    taken_until = -1
    for start, negative_end, _, payload in hits:
        if start >= taken_until:
            kept.append((start, -negative_end, payload))
            taken_until = -negative_end
    return kept
