"""The words next to a phrase, read without tokenising: what the country checks look at.

The country tagger judges each hit by a word or two around it ("Michael Jordan",
"Georgia's governor", "arrested in Paris"); these helpers find those words in the raw
text in constant time per hit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from streams.core import country_context_words as data

MAX_WORD = 30
POSSESSIVES = ("'s", "\u2019s", "'S", "\u2019S")


def prev_word(text: str, start: int) -> str:
    """The word just before `start`, if separated by one or two spaces only."""
    i = start
    while i > 0 and start - i < 2 and text[i - 1] == " ":
        i -= 1
    if i == start or i == 0 or not text[i - 1].isalnum():
        return ""
    j = i - 1
    while j > 0 and i - j < MAX_WORD and (text[j - 1].isalnum() or text[j - 1] in ".'\u2019-"):
        j -= 1
    return text[j:i]


def next_word(text: str, end: int, *, past_possessive: bool = False) -> str:
    """The word just after `end` (after spaces; optionally after a possessive 's)."""
    if past_possessive and text.startswith(POSSESSIVES, end):
        end += 2
    i = end
    while i < len(text) and i - end < 2 and text[i] == " ":
        i += 1
    if i == end:
        return ""
    k = i
    while k < len(text) and k - i < MAX_WORD and (text[k].isalnum() or text[k] in "-'\u2019"):
        k += 1
    return text[i:k]


def is_name_word(word: str) -> bool:
    return bool(word) and word[0].isupper() and word.lower().rstrip(".") not in data.FUNCTION_WORDS


def alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
