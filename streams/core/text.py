"""Sentence splitting with character offsets, and a case-blind search for cue words.

Events are read sentence by sentence, and the evidence we publish is a sentence with
offsets into `title + "\\n" + body`, so the splitter must keep offsets exact. It is a
single regex scan plus a constant-time check per candidate boundary (O(n)); no model,
because enrich() has a budget of tens of microseconds per article.

Rules (chosen for news prose):
* a newline always ends a sentence (title, paragraphs, datelines);
* `.`, `!`, `?` (plus closing quotes/brackets) end a sentence when whitespace and an
  upper-case letter, digit or opening quote follow;
* a period after a known abbreviation ("Mr.", "Gov.", "Jan.") or an initial/acronym
  ("N.", "U.S.", "D.C.") does not end a sentence. "in the U.S. The" is then missed:
  a rare, harmless merge, whereas splitting "U.S. sanctions" would cut evidence.

`contains_any_folded` answers "does the article speak of X anywhere" (any case, inside
words) without lower-casing the whole text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# `[.!?]+["”’')\]]*(?=\s+["“‘'(\[]?[A-Z0-9])|\n`, written to start with one character class
# so that the regex engine skips to candidate characters in C instead of trying both
# alternatives at every position (twice as fast; same matches).
_BOUNDARY = re.compile(r"""[.!?\n](?:(?<=\n)|[.!?]*["”’')\]]*(?=\s+["“‘'(\[]?[A-Z0-9]))""")
_LAST_TOKEN = re.compile(r"(?:^|[\s(\"“])((?:[A-Za-z]\.)*[A-Za-z]+)\.?$")
_ABBREVIATION_WORDS = """mr mrs ms dr prof gov sen rep gen lt col sgt capt cmdr adm maj st jr sr inc co corp
    ltd llc vs no nos jan feb mar apr jun jul aug sep sept oct nov dec rev hon mt ft fig dept est
    approx pres sec atty supt insp det cpl pvt ave blvd etc"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation, an initial or an acronym."""
    match = _LAST_TOKEN.search(text, max(0, dot - 16), dot + 1)
    if match is None:
        return False
    token = match.group(1)
    if "." in token or len(token) == 1:  # "U.S", "N"
        return True
    return token.lower() in _ABBREVIATIONS


def _boundaries(text: str, start: int = 0, end: int | None = None):
    """Yield (end_of_sentence, start_of_next_search) for real boundaries in text[start:end]."""
    stop = len(text) if end is None else end
    for match in _BOUNDARY.finditer(text, start, stop):
        first = match.start()
        if text[first] == "." and match.end() - first == 1 and _is_abbreviation(text, first):
            continue
        yield match.end(), match.end()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink [start, end) to exclude surrounding whitespace; None if nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split `text` into sentences, returned as (start, end) offsets, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for end, nxt in _boundaries(text):
        span = _trimmed(text, begin, end)
        if span:
            spans.append(span)
        begin = nxt
    span = _trimmed(text, begin, len(text))
    if span:
        spans.append(span)
    return spans


class Sentences:
    """Sentence spans of one text, computed once, with O(log n) lookup by offset."""

    __slots__ = ("_starts", "spans", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = sentence_spans(text)
        self._starts = [s for s, _ in self.spans]

    def index_at(self, pos: int) -> int:
        """Index of the sentence containing offset `pos` (or the nearest one before it)."""
        return max(0, bisect_right(self._starts, pos) - 1)

    def span_at(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence containing offset `pos`."""
        return self.spans[self.index_at(pos)] if self.spans else (0, 0)


def first_sentence_end(text: str, start: int = 0) -> int:
    """Offset just after the first sentence that begins at or after `start`.

    Used for the article lead (title + first body sentence) without splitting the body.
    """
    for end, _ in _boundaries(text, start):
        if _trimmed(text, start, end):
            return end
    return len(text)


def body_lead(text: str, title_end: int) -> str:
    """The body's first sentence, lower-cased: what a headline's story opens with (the
    headline is `text[:title_end]`, then a newline)."""
    return text[title_end : first_sentence_end(text, title_end + 1)].lower()


_END_MARK = re.compile(r"""[.!?]["”’')\]]? """)  # candidate ends; _real_end decides


def _last_end(text: str, lo: int, hi: int) -> int:
    """Offset just after the last real sentence end in text[lo:hi], or -1.

    Candidates come from one small regex scan; each is checked against abbreviations and
    against the capital/digit the next sentence must start with.
    """
    for match in reversed(list(_END_MARK.finditer(text, lo, hi))):
        end = match.end() - 1
        if _real_end(text, match.start(), end):
            return end
    return -1


def _first_end(text: str, pos: int, hi: int) -> int:
    """Offset just after the first real sentence end after `pos` (up to `hi`), or -1."""
    lo = max(0, pos - 2)  # `pos` may sit inside the closing marks: `opinion?”|`
    for match in _END_MARK.finditer(text, lo, min(len(text), hi + 2)):
        end = match.end() - 1
        if end > pos and _real_end(text, match.start(), end):
            return end
    return -1


def _real_end(text: str, mark: int, end: int) -> bool:
    """Is the punctuation at `mark` (closers up to `end`) a sentence end?"""
    nxt = end
    while nxt < len(text) and text[nxt] == " ":
        nxt += 1
    if nxt >= len(text) or not (text[nxt].isupper() or text[nxt].isdigit() or text[nxt] in "\"“‘'(["):
        return False
    return not (text[mark] == "." and end == mark + 1 and _is_abbreviation(text, mark))


def sentence_bounds(text: str, pos: int, reach: int = 400) -> tuple[int, int]:
    """(start, end) of the sentence containing offset `pos`, found locally.

    Looks at most `reach` characters each way (a paragraph break via str.rfind/str.find,
    then one small regex scan for candidate ends), so the cost does not grow with the
    article: enrich() only calls this for the few sentences that contain a trigger. A
    longer sentence is cut at `reach`. Agrees with `sentence_spans` (tests check it).
    """
    lo = max(0, pos - reach)
    newline = text.rfind("\n", lo, pos)
    start = newline + 1 if newline >= 0 else lo
    end = _last_end(text, start, pos)
    start = end if end >= 0 else start
    hi = min(len(text), pos + reach)
    newline = text.find("\n", pos, hi)
    stop = newline if newline >= 0 else hi
    end = _first_end(text, pos, stop)
    stop = end if 0 <= end <= stop else stop
    return _trimmed(text, start, stop) or (pos, pos)


# The only characters outside ASCII whose lower case holds an ASCII letter: KELVIN SIGN
# ("k") and LATIN CAPITAL I WITH DOT ("i" + a combining dot).
_FOLDS_TO_ASCII = ("\u212a", "\u0130")


def contains_any_folded(text: str, needles: tuple[bytes, ...]) -> bool:
    """Whether any lower-case ASCII needle occurs in `text.lower()`, without lower-casing
    a (usually non-ASCII) str: its ASCII bytes, other characters as "?" (which no needle
    holds), are lower-cased in C at a fraction of the cost. `text.lower()` is only used
    for the rare text with a character that lower-cases to an ASCII letter."""
    if any(char in text for char in _FOLDS_TO_ASCII):
        folded = text.lower().encode("ascii", "replace")
    else:
        folded = text.encode("ascii", "replace").lower()
    return any(needle in folded for needle in needles)
