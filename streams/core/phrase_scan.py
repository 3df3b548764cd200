"""One pass over the text finds the fixed phrases of every tagger at once.

The country tagger, the topic classifier and the event detector all look for fixed
phrases (country names, topic terms, trigger words) in the same ~3 KB article. Each
declares its phrases as a *channel* of (spelling, boundary rule, payload) entries;
`PhraseScanner` compiles one or more channels into a single pyahocorasick automaton
whose values say which channels a spelling feeds, makes one pass over the text and
hands each channel its own hits. enrich() scans once for all three channels: a pass is
paid mostly per character, so one shared pass costs far less than three (the trigger
search alone used to take as long as the country pass). The taggers' stand-alone
entry points scan with a scanner of their own channel only, so both read a text
identically. Choices that keep the pass cheap and exact:
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

import itertools
from collections.abc import Iterable
from typing import Any

import ahocorasick

Hit = tuple[int, int, Any]  # (start, end, payload), offsets into the scanned text
# A hit before overlap resolution: (start, -end, pluralized, payload). A plain tuple
# sort orders such hits leftmost-longest; `end` includes a plural "s".
RawHit = tuple[int, int, bool, Any]
Entry = tuple[str, int, Any]  # (spelling, boundary rule, payload)
Meaning = tuple[int, int, Any]  # (channel, boundary rule, payload)

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
    """The phrases of several channels in one automaton; `scan` hits per channel.

    Channels listed in `lead_only` want hits in the lead of the text only (topics read
    the first ~2,000 characters): past the lead, a second automaton without their
    phrases takes over, so their frequent words cost nothing there.
    """

    def __init__(self, *channels: Iterable[Entry], lead_only: Iterable[int] = ()) -> None:
        self.channels = len(channels)
        meanings: dict[str, dict[int, Meaning]] = {}
        for channel, entries in enumerate(channels):
            for spelling, rule, payload in entries:  # a later entry replaces an earlier one
                meanings.setdefault(spelling, {})[channel] = (channel, rule, payload)
        self._automaton = _compile(meanings)
        self._tail = None
        if lead_only:
            skipped = set(lead_only)
            tail = {s: {c: m for c, m in by.items() if c not in skipped} for s, by in meanings.items()}
            self._tail = _compile({spelling: by for spelling, by in tail.items() if by})
        self._longest = max(map(len, meanings), default=0) + 1  # with the leading space

    def scan(self, text: str, lead: int | None = None) -> tuple[list[RawHit], ...]:
        """Whole-word hits of every channel, in order of their end (see `resolve`); hits
        of the `lead_only` channels only if they end by `lead` (all, if None)."""
        hits: tuple[list[RawHit], ...] = tuple([] for _ in range(self.channels))
        if not text:
            return hits
        spaced = _spaced(text) + "  "  # a hit's boundary checks read two characters on
        stop = len(text) + 1
        if self._tail is None or lead is None or lead >= len(text):
            _collect(self._automaton.iter(spaced, 0, stop), spaced, hits)
        else:
            _collect(self._automaton.iter(spaced, 0, lead + 1), spaced, hits)
            # the tail pass starts early enough to see phrases that straddle the lead's end
            tail = self._tail.iter(spaced, max(0, lead + 1 - self._longest), stop)
            _collect(itertools.dropwhile(lambda found: found[0] <= lead, tail), spaced, hits)
        return hits


# English letters, most frequent first: at a word's start, and elsewhere in a word.
_INITIAL_RANK = {c: i for i, c in enumerate("tasowicbphfmdrelngiuvyjkqzTSACMBPIHNWDRFELGOUJKVYQXZ")}
_INNER_RANK = {c: i for i, c in enumerate(" etaoinsrhldcumfpgwybvkxjqzTSACMBPIHNWDRFELGOUJKVYQXZ")}


def _frequent_first(spelling: str) -> list[int]:
    """Sort key putting likely next characters first: pyahocorasick searches a node's
    children one by one in the order they were added, so adding the spellings in
    letter-frequency order makes each step of the scan cheaper (about 10 %)."""
    spaced = _spaced(spelling)
    ranks = (_INITIAL_RANK if before == " " else _INNER_RANK for before in spaced)
    return [rank.get(c, 99) for rank, c in zip(ranks, spaced[1:])]


def _compile(meanings: dict[str, dict[int, Meaning]]) -> ahocorasick.Automaton:
    """An automaton whose value for a spelling is (length, channel, rule, payload, more):
    the first meaning flat (most spellings feed a single channel), the others in `more`."""
    automaton = ahocorasick.Automaton()
    for spelling in sorted(meanings, key=_frequent_first):
        first, *more = meanings[spelling].values()
        automaton.add_word(_spaced(spelling), (len(spelling), *first, tuple(more)))
    automaton.make_automaton()
    return automaton


def _collect(found: Iterable, spaced: str, hits: tuple[list[RawHit], ...]) -> None:
    """Append the automaton's matches to their channels' hits, if the character after
    each (spaced[end + 1] is text[end], or a space) passes the entry's rule."""
    append = [channel_hits.append for channel_hits in hits]
    for end, (length, channel, rule, payload, more) in found:
        following = spaced[end + 1]
        if not following.isalnum():
            append[channel]((end - length, -end, False, payload))
            if more:
                for each, _, each_payload in more:
                    append[each]((end - length, -end, False, each_payload))
            continue
        plural = following in "sS" and not spaced[end + 2].isalnum()
        for each, each_rule, each_payload in ((channel, rule, payload), *more):
            if each_rule == PLURAL_OK and plural:
                append[each]((end - length, -end - 1, True, each_payload))
            elif each_rule == LETTERS and not following.isalpha():
                append[each]((end - length, -end, False, each_payload))


def resolve(hits: list[RawHit]) -> list[Hit]:
    """Non-overlapping hits, leftmost-longest (`hits` is sorted in place).

    Earliest start wins, then the longest; on a tie a spelling found as written beats
    one extended by a plural "s" ("Philippines" the name, not "Philippine"+s). No two
    hits of one channel share all of start, end and pluralized: one span is one spelling.
    """
    hits.sort()
    kept = []
    taken_until = -1
    for start, negative_end, _, payload in hits:
        if start >= taken_until:
            kept.append((start, -negative_end, payload))
            taken_until = -negative_end
    return kept
