"""When an act happened, from the words around it and the article's publication date.

News reports today's acts "on Monday" or "yesterday" and dates history "in 2019", "last
August" or "on October 14" (in an article of October 23), and acts a few days old "last
week" (stale: news only when a fresher reading stands beside them). Modality (modality.py)
and the event rules read these dates to tell the news from its background; both work on
short, lower-cased windows of text.
"""

from __future__ import annotations

import functools
import re

_FRESH = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|overnight|"
    r"this (?:morning|afternoon|evening|week))\b"
)
_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTH_ALT = "|".join(_MONTHS)
# Wire abbreviations, read only before a period or a day ("on Jan. 17"): never "may"
_MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9}
_MONTH_ABBREVIATIONS |= {"oct": 10, "nov": 11, "dec": 12}
_MONTH_NUMBER = {month: number for number, month in enumerate(_MONTHS, 1)} | _MONTH_ABBREVIATIONS
_MONTH_HINTS = _MONTHS + tuple(f"{abbreviation}." for abbreviation in _MONTH_ABBREVIATIONS)
# Words that can follow a year adverbial ("imposed in 2020 remain in force") where a
# noun would make the year a modifier ("in 2020 elections"): the year dates the act.
_NOT_A_NOUN = "|".join(
    """and when after before for while but that which who whom because until amid against over
    under with remain remains remained were was are has have had still continue continues
    continued will would could can may might helped hurt led cut hit forced caused crippled slashed
    along alongside among around near despite through upon via within without into onto across toward towards onwards
    halved reduced pushed drove sent made gave took left kept put dealt following
    gets get got wins won faces faced dies died says said sues sued launches returns speaks
    finally now again also during from the a an his her its their""".split()
)
_YEAR_ADVERBIAL = re.compile(
    r"\b(?:in|on|since|during|from|until|by|of|between)\s+"
    r"(?:(?:(?:the )?(?:early|late|mid-?)|the (?:spring|summer|fall|autumn|winter) of|the(?= \d{3}0s)|"
    r"(?:the )?fiscal(?: year)?)\s*)?"  # "arrests in fiscal 2021"
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTH_ALT})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)?"  # "20 january"
    r"((?:18|19|20)\d\d)(?:s|\b)"  # "in the 1950s"; not a modifier: "in the 2020 protests"
    rf"(?!\s*(?:-|–)?\s*(?!(?:{_NOT_A_NOUN})\b)[a-z]{{3,}}\b)"
    r"|\bduring (?:the )?((?:18|19|20)\d\d)\b"  # "arrested during 2014 Ferguson protests": still the act's date
    # "detained after the July 2016 coup attempt": the act follows an event of that year
    rf"|\b(?:after|following) the (?:(?:{_MONTH_ALT}) )?((?:18|19|20)\d\d)\b"
    # at or in an event of that year: "detained her at a 1999 sit-in", "first arrested in a 2016 FBI sting"
    r"|\b(?:at (?:a|an|the)|in an?) ((?:18|19|20)\d\d)\b"
)
_MONTH_ADVERBIAL = re.compile(
    r"\b(?:in|on|since|during|last|between|that|hours of|morning of|night of)\s+"  # "in the early hours of February 1"
    r"(?:(?:an?|the)\s+(?=\w+\s+[a-z]))?(?:(?:early|late|mid-?)\s*)?"  # "in an April prisoner swap", "in early July"
    r"(?:(?P<day_first>\d{1,2})(?:st|nd|rd|th)?\s+)?"  # "on 17 December"
    rf"(?P<month>{_MONTH_ALT}|(?:{'|'.join(_MONTH_ABBREVIATIONS)})(?=\.|\s+\d))\b"
    r"(?!\s+day)"  # not "May Day"
    r"(?:\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b)?(?!,?\s+\d{4})"  # a year after it: _YEAR_ADVERBIAL decides
)
_DAYS_STILL_NEWS = 3  # an act dated this many days before the article is still its news


def fresh(words: str) -> bool:
    """True when lower-cased `words` date an act today or this week ("on Monday", "yesterday")."""
    return _FRESH.search(words) is not None


def _published_year_month(published: str | None) -> tuple[int, int] | None:
    """(year, month) from an ISO date or date-time; None when absent or malformed."""
    if not published or len(published) < 7 or not published[:4].isdigit():
        return None
    month = published[5:7]
    return int(published[:4]), int(month) if month.isdigit() else 0


def earlier_year(year: int, published: str | None) -> bool:
    """Is `year` before the article's? Without a publication date any year is history."""
    when = _published_year_month(published)
    return when is None or year < when[0]


def dated_earlier(window: str, published: str | None) -> bool:
    """True when `window` dates the act before the article ("in 2019", "since June").

    Without a publication date any explicit year adverbial counts as background: fresh
    news is dated "on Saturday", history is dated "in 2019".
    """
    when = _published_year_month(published)
    # the regexes only run when the year or month they need is there (most windows have neither)
    if "18" in window or "19" in window or "20" in window:
        for match in _YEAR_ADVERBIAL.finditer(window):
            if earlier_year(int(next(year for year in match.groups() if year)), published):
                return True
    if when is None or not when[1] or not any(month in window for month in _MONTH_HINTS):
        return False
    today = int(published[8:10]) if published and published[8:10].isdigit() else None
    for match in _MONTH_ADVERBIAL.finditer(window):
        if _MONTH_NUMBER[match["month"]] != when[1]:
            return True
        day = match["day"] or match["day_first"]
        if today is not None and day and today - int(day) > _DAYS_STILL_NEWS:
            return True  # "announced on October 14" in an article of October 23
    return False


_RELATIVE_AFTER = re.compile(r"^(.*?)[,(]? (?:in|during|under|by|through) which\b[^,;]*$")
# A period already over, told relative to today ("last month", "years ago"); not "last year's deal".
EARLIER_PERIOD = (
    r"last (?:month|year|summer|spring|autumn|fall|winter)(?!['’]s)|(?:weeks?|months?|years?|decades?) ago|"
    r"in recent (?:years|months)|over the (?:past|last) (?:year|decade|(?:\w+ )?(?:years|months))"
)
LAST_PERIOD = re.compile(rf"\b(?:{EARLIER_PERIOD})\b")


def dated_antecedent(left: str, published: str | None) -> bool:
    """Is the act told in a relative clause of something dated earlier ("The deal that
    ended the ordeal last month, in which the Afghan government handed over prisoners")?"""
    found = _RELATIVE_AFTER.match(left) if " which" in left else None
    if found is None:
        return False
    antecedent = last_words(found.group(1), 6)
    return LAST_PERIOD.search(antecedent) is not None or dated_earlier(antecedent, published)


def last_words(text: str, words: int) -> str:
    """The last `words` words of a window (cues further away rarely govern the act)."""
    return " ".join(text.split()[-words:])


def first_words(text: str, words: int) -> str:
    """The first `words` words of a window."""
    return " ".join(text.split()[:words])


_STALE = re.compile(r"\b(?:last week|earlier this week|earlier in the week|days ago|last weekend)\b")


def stale(left: str, right: str) -> bool:
    """True for acts dated a few days back ("arrested 13 people last week"); a clause joined
    by ", and" starts afresh ("sentenced ... last week, and he was released"). `left` and
    `right` are the lower-cased windows before and after the act."""
    # ... nor an aside on the subject's past: "The journalist, sentenced days ago, was freed"
    left = without_subject_aside(left.rsplit(", and ", 1)[-1], 80)
    return _STALE.search(last_words(left, 6) + " " + first_words(right, 10)) is not None


def without_subject_aside(left: str, longest: int) -> str:
    """`left` without an aside of up to `longest` characters between its subject and the
    auxiliary ending it: "the journalist, sentenced days ago, was" reads as "the journalist was"."""
    return _aside_before_aux(longest).sub(" ", left)


@functools.lru_cache(maxsize=None)
def _aside_before_aux(longest: int) -> re.Pattern[str]:
    return re.compile(rf", [^,]{{1,{longest}}},(?= (?:was|were|is|are)$)")


# "killed or disappeared during the 17-year dictatorship, and tens of thousands were detained"
_PAST_ERA = re.compile(
    r"\bduring (?:the|its|his|their) (?:[\w-]+ ){0,3}"
    r"(?:dictatorship|war|regime|era|occupation|junta|rule|conflict|uprising|crackdown of \d{4})\b"
)
# "the biggest prisoner swap since the Cold War" compares, it does not date
_SUPERLATIVES = frozenset(
    """biggest largest first highest worst greatest toughest harshest broadest widest most best longest
    deadliest strongest heaviest steepest sharpest lowest fewest smallest""".split()
)


def in_past_era(window: str) -> bool:
    """Does `window` set the act in a past era ("during the 17-year dictatorship")?"""
    return _PAST_ERA.search(window) is not None


def compares(words: str) -> bool:
    """Does a superlative stand among `words` ("its biggest pardon", "the first swap")? Then
    a "since" after it compares ("the biggest swap since the Cold War"), it does not date."""
    return not _SUPERLATIVES.isdisjoint(words.split())


# "more than 400 days after he and two colleagues were arrested": the act is that long before
_LONG_AFTER_PASSIVE = re.compile(
    r"\b(?:days|weeks|months|years) after (?:\S+ ){0,8}(?:was|were|had been)(?: \w+ly)?(?: taken into)?$"
)
# A sentence opening on a year: "In 1962 President John F. Kennedy imposed a trade embargo"
_OPENS_WITH_YEAR = re.compile(r"^in ((?:18|19|20)\d\d)\b,? (?!elections?\b|polls?\b|census\b)")


def long_after(left: str) -> bool:
    """Is a passive act told in a clause of days or more after something ("15 months after
    he was taken into custody")?"""
    return " after " in left and _LONG_AFTER_PASSIVE.search(last_words(left, 14)) is not None


def opens_on_earlier_year(left: str, published: str | None) -> bool:
    """Does the act's sentence open on a year before the article ("In 1962 ...")?"""
    opening = _OPENS_WITH_YEAR.match(left.lstrip())
    return opening is not None and earlier_year(int(opening.group(1)), published)


_OPENS_DATED = re.compile(r"^(?:in|on|last) [^,;]{2,30},")  # "In April, his compound was raided ...; he was"


def sentence_opens_earlier(sentence: str, published: str | None) -> bool:
    """Does the lower-cased sentence open on a time before the article ("In April, ...")?
    It then sets every clause after it, past a semicolon too."""
    opening = _OPENS_DATED.match(sentence)
    return opening is not None and dated_earlier(opening.group(), published) and not fresh(opening.group())


def framed_earlier(left: str, published: str | None) -> bool:
    """Does the window before the act set it in an earlier time: long after an earlier
    act, in a sentence opening on an earlier year, or in a relative clause of something
    dated earlier?"""
    return long_after(left) or opens_on_earlier_year(left, published) or dated_antecedent(left, published)
