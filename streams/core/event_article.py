"""What a whole article says about its readings: the headline can change what the body's acts mean.

Each reading is one sentence's act (events.py); these rules look at the article around
them. A fact check weighs claims, and a TV recap, a review or a sketch tells a story, so
none of them reports an act. Under a headline that looks back ("Forty years on", "A Mother
Recalls The Raid") only acts dated today count. A bail headline ("Released On $150,000 Bail")
makes the body's release that bail, and a lead sentence telling of bail makes the headline's
release that bail. And when the headline tells a later step of a case ("Man Sentenced To 25
Years", "... Wins $50,000 Settlement") or the article reports a release (or a headline refuses
one), an undated arrest is how the case began, not news.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol, TypeVar

from streams.core.event_lexicon import BAIL_CUES, COURT_STEPS, ESCAPES
from streams.core.text import body_lead

_NO_ACTS = re.compile(
    r"\bfact[ -]?check|\b(?:finale|episode|sitcom|recap|spoilers?|docuseries|biopic)\b|"
    r"\breview:|\b(?:snl\W{0,2}|comedy|parody) sketch|"  # "Review: French thriller ...", "In This 'SNL' Sketch"
    r"\bdocumentary\b(?! (?:film)?makers?\b| directors?\b)",  # not "Iran arrests documentary filmmakers"
    re.IGNORECASE,
)
# "Robert Durst Arrested ... Ahead Of 'The Jinx' Finale": the show dates a real act
_BEFORE_A_SHOW = re.compile(r"\b(?:ahead of|before|after|days before|hours before)\b[^.]*$", re.IGNORECASE)
_RETROSPECTIVE = re.compile(
    r"\b(?:\w+) (?:years?|decades?) (?:on|after|later|since)\b|\b(?:\w+) months? (?:on|later|since)\b|"
    r"\banniversary\b|\byears ago\b",  # not "Recaptured 6 Months After Prison Escape"
    re.IGNORECASE,
)
_OBITUARY = re.compile(r"\bdie[sd]?,? (?:aged|at) \d+|\bobituary\b|\bdead at \d+", re.IGNORECASE)
_EXPLAINER = re.compile(r"\bexplained\b|\bexplainer\b", re.IGNORECASE)
_MEMORY = re.compile(r"\b(?:recalls?|recounts?|remembers?|relives?|revisits?|looks? back)\b", re.IGNORECASE)
_SENTENCED = re.compile(  # "Gets Life", "given further one-year sentence", "Dies In State Custody"
    r"\b(?:gets?|got|given|receives?)(?: \w+)? (?:life|death|[\w-]+ years|[\w-]+ sentence)\b|"
    r"\bdie[sd]? (?:in|at) (?:\w+ ){0,2}(?:custody|prison|jail|penal colony|detention)\b",
    re.IGNORECASE,
)
_SETTLEMENT_OVER = re.compile(r"\b(?:settlement|lawsuit|suit|damages) (?:over|for)\b")
_SETTLED = re.compile(r"\b(?:wins|sues|settles|awarded|reach|reaches|reached)\b", re.IGNORECASE)  # "Wins Settlement"
_SUES_OVER = re.compile(r"\b(?:sues?|sued|suing|settles?|settled)\b.* over\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_TRIAL_AHEAD = re.compile(r"\b(?:pending|awaiting|await|ahead of)(?: \w+){0,2} trial\b", re.IGNORECASE)
# A headline that asks, explains or argues reports no act itself ("Is This The End Of Iran
# Sanctions?", "The Case For Lifting Sanctions On Cuba", "7 Arrests That Changed History");
# the body may still report one.
_NOT_A_REPORT = re.compile(
    r"^(?:[^:]{0,40}: )?(?:why|how|the case (?:for|against)|what (?:to know|we know|happens|it means)|"
    r"here['’]s (?:why|how|what)|is|are|will|would|could|should|can|did|does|\d+ \w+ (?:that|to know|you|we)|"
    r"throwback|\d+ times)\b",
    re.IGNORECASE,
)


class _Reading(Protocol):
    type: str
    sentence: tuple[int, int]
    position: int
    dated: bool


R = TypeVar("R", bound=_Reading)


def tells_no_acts(text: str, title_end: int) -> bool:
    """A fact check ("Fact check: No, the U.S. has not lifted sanctions"), a TV episode
    ("'Brooklyn Nine-Nine' Finale Sees Jake Arrest His Childhood Hero"), a review or a sketch."""
    found = _NO_ACTS.search(text, 0, title_end)
    return found is not None and not _BEFORE_A_SHOW.search(text, max(0, found.start() - 40), found.start())


def sift(by_type: dict[str, list[R]], text: str, title_end: int) -> dict[str, list[R]]:
    """The readings per type that the article as a whole lets stand."""
    title = text[:title_end]
    if title.rstrip().endswith("?") or _NOT_A_REPORT.match(title):
        by_type = _keep(by_type, lambda c: c.position > title_end)
    if _EXPLAINER.search(title):  # "The Magnitsky Act, Explained": the body tells what a law did
        by_type = _keep(by_type, lambda c: c.dated and c.position > title_end)
    if _MEMORY.search(title):  # "'They Took Me Into Custody': A Mother Recalls The Raid"
        by_type = _keep(by_type, lambda c: c.dated and c.position > title_end)
    elif _RETROSPECTIVE.search(title) or _OBITUARY.search(title):  # "Forty years on, ...", "Havel dies aged 75"
        by_type = _keep(by_type, lambda c: c.dated)
    words = set(_WORD.findall(title.lower()))
    if _TRIAL_AHEAD.search(title):
        words.discard("trial")  # a trial to come is no later step: "Jails Catalan Leaders Pending Rebellion Trial"
    if "prisoner_release" in by_type and ESCAPES & words:
        by_type["prisoner_release"] = []  # "1,300 Inmates Escape After Attack ...: its fighters had freed prisoners"
    if "prisoner_release" in by_type and BAIL_CUES & words:
        # "Zimmerman Released On $150,000 Bail": the body's "walked out of jail" is that bail, and
        # so is the headline's: "Released On Bond, Leaves Jail"
        by_type["prisoner_release"] = []
    elif "prisoner_release" in by_type and _bail_in_lead(text, title_end):
        # "Meek Mill Walks Out Of Prison ...: The court ordered the rapper released on unsecured bail"
        by_type["prisoner_release"] = []
    if "arrest" in by_type and _settled(title):
        by_type["arrest"] = []  # "Man Arrested For Filming Police Wins $50,000 Settlement": the case's start
    elif "arrest" in by_type and (
        COURT_STEPS & words
        or _SENTENCED.search(title)
        or "prisoner_release" in by_type
        or _REFUSED_RELEASE.search(title)
    ):  # a release, even one refused ("Libya says it will not free two Swiss businessmen")
        by_type["arrest"] = [c for c in by_type["arrest"] if c.dated]  # the case's history, unless dated
    elif "arrest" in by_type:
        # the headline names the person and tells a later step: "Turkey moves American pastor Andrew Brunson
        # to house arrest ... Turkish authorities detained Brunson and his wife"
        by_type["arrest"] = _without_retold_cases(by_type["arrest"], text, title)
    for kind in ("prisoner_release", "sanctions_imposed", "sanctions_lifted"):
        if kind in by_type:  # "US Army charges Bowe Bergdahl ... The Taliban freed Bergdahl in exchange for"
            by_type[kind] = _without_retold_cases(by_type[kind], text, title)
    if "sanctions_imposed" in by_type and not _SANCTION_WORDS.search(title):
        lead_end = _lead_end(text, title_end)
        by_type["sanctions_imposed"] = [c for c in by_type["sanctions_imposed"] if not _standing(c, text, lead_end)]
    return by_type


_REFUSED_RELEASE = re.compile(
    r"\b(?:not|won['’]t|refus\w*|reject\w*|den(?:y|ies|ied))\b(?: \S+){0,3} (?:free|release)\b", re.IGNORECASE
)
_SANCTION_WORDS = re.compile(r"\b(?:sanction|embargo|ban|bans|blacklist|freez|penalt|restrict|curb)", re.IGNORECASE)
_PERFECT_IMPOSED = re.compile(r"\bha(?:s|ve)(?: also| long| already)? (?:imposed|slapped|placed|put|levied|frozen)\b")


def _standing(reading: _Reading, text: str, lead_end: int) -> bool:
    """An undated "have imposed sanctions" past the lead of a story on something else tells
    measures in force: "The US and the EU have imposed sanctions on the military government
    over its treatment of Suu Kyi" under "Aung San Suu Kyi marks 64th birthday in prison"."""
    start, end = reading.sentence
    return start >= lead_end and not reading.dated and _PERFECT_IMPOSED.search(text, start, end) is not None


def _lead_end(text: str, title_end: int) -> int:
    """The end of the body's first paragraph of prose (past a dateline such as "Friday, June 19, 2009")."""
    at = title_end + 1
    while True:
        end = text.find("\n", at)
        if end < 0:
            return len(text)
        if end - at > 40:
            return end
        at = end + 1


def _without_retold_cases(readings: list[R], text: str, title: str) -> list[R]:
    """Under a headline that names a person and tells something else of them, an undated
    act on that person past the first paragraph retells how the case began."""
    title_end = len(title)
    if any(c.position < title_end for c in readings):
        return readings
    first_paragraph = text.find("\n", title_end + 1)
    if first_paragraph < 0:
        first_paragraph = len(text)  # no paragraph break: the whole body is the lead

    def stands(c: R) -> bool:
        return c.dated or c.position < first_paragraph or not _headline_names_whom(text, c.position, title)

    return [c for c in readings if stands(c)]


_WHOM = re.compile(r"\w+(?: (?:on|against)(?: the)?)? ([A-Z][\w'’-]+)")  # "freed Bergdahl", "sanctions on Deripaska"


def _headline_names_whom(text: str, position: int, title: str) -> bool:
    """Is the capitalised name right after the act word at `position` ("detained Brunson")
    a word of the headline?"""
    found = _WHOM.match(text, position)
    return found is not None and re.search(rf"\b{re.escape(found.group(1))}\b", title) is not None


def _bail_in_lead(text: str, title_end: int) -> bool:
    """Does the body's first sentence tell a release on bail?"""
    lead = body_lead(text, title_end)
    return "bail" in lead or " bond" in lead


def _keep(by_type: dict[str, list[R]], keep: Callable[[R], bool]) -> dict[str, list[R]]:
    """Each type's readings that pass `keep` (a type left with none stays, empty)."""
    return {kind: [c for c in found if keep(c)] for kind, found in by_type.items()}


def _settled(title: str) -> bool:
    """A headline about a lawsuit over an arrest, filed, won or settled."""
    lowered = title.lower()
    if _SUES_OVER.search(title) or _SETTLEMENT_OVER.search(lowered):
        return True  # "Boyfriend Sues Louisville Police Over His Arrest", "settlement over G20 mass arrests"
    return _SETTLED.search(title) is not None and ("settlement" in lowered or "lawsuit" in lowered)
