"""How many people an act concerns: "123 prisoners" -> 123 (exact); "over 100 other
prisoners", "nearly 1,400" -> 100, 1400 (lower bounds, marked inexact so an exact count
wins); "a dozen" -> 12; vague plurals ("dozens", "hundreds") give None rather than an
invented number.
"""

from __future__ import annotations

import re

from streams.core import event_lexicon as lex
from streams.core.event_window import Reading, Window

_NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
        fifteen sixteen seventeen eighteen nineteen twenty""".split()
    )
}
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80})
_NUMBER_WORDS.update({"ninety": 90, "dozen": 12, "hundred": 100, "thousand": 1000})
_APPROX = (
    r"over|more than|at least|nearly|almost|about|around|some|up to|roughly|approximately|"
    r"an estimated|upwards of|as many as|a"
)
_QUANTITY = re.compile(
    rf"(?<![\w$£€.,-])(?:({_APPROX}) )?(\d{{1,3}}(?:,\d{{3}})+|\d+|{'|'.join(_NUMBER_WORDS)})(\+)?"
    r"(?: (million|thousand))?(?![\w%-]|\.\d|,\d)((?: [\w'’-]+){0,4})"
)
_UNITS = lex.words(
    "years year months month weeks week days day hours hour minutes percent dollars counts count "
    "charges times rounds miles kilometers numbers pounds euros tons barrels cases votes seats "
    "points countries states cities billion"
)
_PERSON_SUFFIXES = ("ans", "ians", "ers", "ors", "ists", "ees", "ese")
_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? $|\bno\.? $|[$£€]$")
_LEFT_CLAUSE = re.compile(r",| and ")
_TRAILING_NUMBER = re.compile(r"\b\d[\d,]*\+?$|\b(?:a )?dozen$")
_LEADING_NUMBER = re.compile(r"(?:over |more than |at least |nearly |almost |about |around |some )?\d")


def _number(token: str, scale: str | None) -> int | None:
    value = _NUMBER_WORDS.get(token)
    if value is None:
        value = int(token.replace(",", ""))
    return value * (1_000_000 if scale == "million" else 1000 if scale == "thousand" else 1)


def _counts_people(tail: str) -> bool:
    """The words after a number name people ("other prisoners", "Russian individuals")."""
    for word in tail.split()[:4]:
        word = word.strip("'’")
        if word in _UNITS:
            return False
        if word in lex.PERSON_NOUNS or word in lex.CAPTIVES or word.endswith(_PERSON_SUFFIXES):
            return True
    return False


def _scan_quantity(window: str, adjacent: bool, last: bool = False) -> tuple[int, bool] | None:
    """First (or `last`) count of people in a lower-cased window -> (value, exact)."""
    found = None
    for match in _QUANTITY.finditer(window):
        approx, digits, plus, scale, tail = match.groups()
        if approx == "a" and digits not in ("dozen", "hundred", "thousand"):
            continue
        if digits.isdigit() and len(digits) == 4 and digits.startswith(("18", "19", "20")):
            continue  # a year
        if _MONTH_BEFORE.search(window, 0, match.start()):
            continue  # a date: "on April 11"
        first = tail.split()[:1]
        if not (_counts_people(tail) or (adjacent and not (first and first[0] in _UNITS))):
            continue
        found = _number(digits, scale), not (approx or plus or digits == "dozen")
        if not last:
            return found
    return found


def find_quantity(win: Window, reading: Reading) -> tuple[int, bool] | None:
    """How many people the act concerns, with whether the count is exact.

    Passive and headline forms carry the count before the verb ("At Least 13 Arrested",
    "279 Kidnapped Schoolgirls Are Freed"); active and nominal forms after it ("arrested
    three people", "the release of 123 prisoners"). Only the act's own clause is read,
    so "the shooting that left two people dead" or "Man, 21," do not count.
    """
    left = _LEFT_CLAUSE.split(win.left_text(before=min(reading.act_start, win.start)))[-1]
    left = " ".join(left.split()[-10:])
    left_hit = _scan_quantity(left, adjacent=bool(_TRAILING_NUMBER.search(left)), last=True)
    if reading.voice == "passive":
        return left_hit
    if reading.voice == "nominal" and win.right_words(1) != ["of"]:
        return left_hit if _TRAILING_NUMBER.search(left) else None
    words = []
    for i in range(win.idx + 1, min(win.hi, win.idx + 21)):
        if win.sent.words[i] in lex.CLAUSE_WORDS:
            break
        words.append(win.sent.raws[i].lower())
    right = " ".join(words)
    right_hit = _scan_quantity(right, adjacent=bool(_LEADING_NUMBER.match(right)))
    return right_hit or (left_hit if _TRAILING_NUMBER.search(left) else None)
