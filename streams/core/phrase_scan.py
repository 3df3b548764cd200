"""One-pass phrase finding shared by the country and topic taggers.

Both taggers look for a few thousand fixed phrases in every article, so both compile
their phrases once into a pyahocorasick automaton and make a single pass over the text.
Two choices keep that pass cheap and exact:
* The automaton runs over the text *as written*, not over a lower-cased copy: each
  phrase is entered in the few case forms news text uses (as written, Capitalized,
  Title Case, UPPER). That skips a full-text `lower()`, lets "US" differ from "us", and
  keeps offsets exact.
* Every phrase is entered with a leading space, and the scanned copy of the text has
  its word-separating punctuation (newlines, brackets, quotes, apostrophes, hyphens,
  slashes) replaced by spaces, one character for one. The automaton's root then has a
  single branch, which makes pyahocorasick about twice as fast as with one branch per
  initial letter, and the left word boundary comes for free. The right boundary is
  checked per hit, so "Oman" is not "Omani"; a plural "s" may follow a phrase that
  allows it ("Ukrainians").
Overlapping hits are resolved leftmost-longest, so "Papua New Guinea" hides "Guinea"
and a longer "non-country" phrase ("Latin America") hides the country word inside it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import ahocorasick

Hit = tuple[int, int, Any]  # (start, end, payload), offsets into the scanned text

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


def build_automaton(entries: Iterable[tuple[str, bool, Any]]) -> ahocorasick.Automaton:
    """Compile (spelling, plural_ok, payload) triples; a later spelling replaces an earlier
    identical one, so callers add general entries first and overrides last."""
    automaton = ahocorasick.Automaton()
    for spelling, plural_ok, payload in entries:
        automaton.add_word(_spaced(spelling), (len(spelling), plural_ok, payload))
    automaton.make_automaton()
    return automaton


def scan(automaton: ahocorasick.Automaton, text: str) -> list[Hit]:
    """Whole-word hits of `automaton` in `text`, non-overlapping, leftmost-longest."""
    if not text:
        return []
    hits = []
    size = len(text)
    for end, (length, plural_ok, payload) in automaton.iter(_spaced(text)):
        pluralized = end < size and text[end].isalnum()
        if pluralized and not (plural_ok and _plural_s_at(text, end)):
            continue
        hits.append((end - length, -(end + pluralized), pluralized, payload))
    return _leftmost_longest(hits)


def _plural_s_at(text: str, index: int) -> bool:
    after = index + 1
    return text[index] in "sS" and (after == len(text) or not text[after].isalnum())


def _leftmost_longest(hits: list[tuple[int, int, bool, Any]]) -> list[Hit]:
    """Earliest start wins, then the longest; on a tie a spelling found as written
    beats one extended by a plural "s" ("Philippines" the name, not "Philippine"+s).
    Hits come as (start, -end, pluralized, payload), so a plain tuple sort orders them
    (no two hits share all of start, end and pluralized: one span is one spelling)."""
    hits.sort()
    kept = []
    taken_until = -1
    for start, negative_end, _, payload in hits:
        if start >= taken_until:
            kept.append((start, -negative_end, payload))
            taken_until = -negative_end
    return kept
