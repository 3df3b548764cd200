"""Is a matched act told as an earlier fact or an ongoing state rather than as news?

News reports the act; background retells it: "has faced sanctions since 2020", "who was
jailed in 2019", "arrested days later", "detained since 2019", "his 1994 arrest", "the EU
has imposed sanctions on dozens of officials since the election". `background()` reads the
same lower-cased windows as modality.py (the clause before the act word, the text after it)
and is one of its verdicts.
"""

from __future__ import annotations

import re

from streams.core import dating
from streams.core.dating import compares, dated_earlier, earlier_year, first_words, fresh, in_past_era, last_words
from streams.core.event_lexicon import TAKEN_CAPTIVE

# A coordinated act reads the clause it joins ("... and begin releasing").
COORDINATED = re.compile(r"\b(?:and|or)(?: (?:begin|start|continue|resume))?$")
_YEAR_BEFORE = re.compile(r"\b((?:18|19|20)\d\d)$")  # "his 1994 arrest", "the 1985 release of"
# Background: the act is an earlier, already-known fact.
_BACKGROUND_LEFT = re.compile(
    r"\b(?:since|previously|formerly|once|had|back in (?=\d|early|late|mid|the |(?:jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|oct|nov|dec)[a-z]*\b)|at the time|in the past|when|anniversary|responsible for|"  # not "are back in Canada"
    r"(?:ha(?:s|ve|d) )?already|the (?:following|next) (?:day|week|month|year)|(?:was|were) first|"
    r"as (?:do|does|did)|"  # what remains in force: "remains in place, as do targeted travel bans and asset"
    r"(?:in|a) response to(?: the)?|despite(?: the)?|"  # a cause: "in response to the release of prisoners"; a known
    # fact: "police still detain them for hours, despite the release of 53 political prisoners"
    r"last (?:week|month|year)['’]s|"  # "following last month's release of American pastor Andrew Brunson"
    r"after being|after (?:his|her|their|\S+['’]s)|following (?:his|her|their|\S+['’]s)|"
    r"before being|before (?:his|her|their)|(?:comes?|came) (?:just )?(?:(?:a|one|two|three) (?:days?|weeks?) )?"
    r"(?:after|as|amid)|"  # "The verdict comes a week after another journalist ... was freed"
    r"(?:weeks?|(?<!\ba )(?<!\bone )day|days|months?|years?|decades?) (?:after|before|since)|"  # not "a day after"
    r"(?:recall|remember|recount|reliv)\w* (?:being|how|when|the day)|"
    r"(?:(?:a|an|one|two|three|four|five|several|\d+) )?(?:days?|weeks?|months?|years?|decades?) later)\b"
)
_ONCE_ASIDE = re.compile(r"\bonce [^,]{1,40},$")  # what the subject once was, between commas
# The act inside an "after" clause a period before the main clause (no comma: not its opener)
_SO_FAR = re.compile(r"\bso far\b")
_PERIOD_AFTER = re.compile(r"\b(?:weeks?|months?|years?|decades?) after [^,;]*$")
# A sentence that opens on an earlier time: "Earlier this month, activists ... were arrested"
_OPENS_EARLIER = re.compile(
    r"^(?:(?:earlier this (?:month|year)|last (?:month|year)),?|(?:days|weeks|months|years) (?:later|afterwards?),|"
    r"in (?:previous|past|earlier|prior) years,)"  # "In previous years, security forces arrested dozens"
)  # "Days afterward, Chinese authorities detained two Canadians" (after an act told earlier)
_SAID_EARLIER = re.compile(
    r"\b(?:said|told|reported|announced) (?:\S+ )?(?:earlier this (?:week|month|year)|last (?:week|month|year)) that\b"
)
_BEFORE_AT_END = re.compile(r"^\W*(?:\S+ ){0,3}before\W*$")
_PERFECT_PASSIVE = re.compile(r"\b(?:has|have) been$")
_SINCE = re.compile(r"\bsince\b")  # also opening the window: "Since then, more than 150,000 people have been"
# Anywhere before the act: "Five years ago this week, officers arrested", "marks 500 days
# since he was detained"; and, before a modal perfect, what did not happen ("the draft would
# have banned ... and blacklisted ...").
_LONG_AGO_LEFT = re.compile(
    r"\b(?:(?:years?|months?|decades?) ago|(?:days|weeks|months|years) since|(?:would|could|should|might) have)\b"
)
_BACKGROUND_RIGHT = re.compile(
    rf"\b(?:previously|{dating.EARLIER_PERIOD}|"
    r"earlier this (?:year|month)|in the past|at the time|a decade (?:earlier|before)|once again|"
    r"(?:again )?the (?:following|next) (?:day|week|month|year)|"  # "arrested again the following month"
    r"(?:dozens|hundreds|scores|several|many|multiple|countless|\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\w+teen|\w+ty) (?:of )?times|"
    r"years earlier|in absentia|(?:of |in |later |earlier )?that (?:year|month)|the same year|"
    r"within (?:a|one|two|three|four|five|six|\d+) (?:months?|years?)|"  # timed from an earlier act
    r"in recent (?:years|months|weeks)|over the (?:past|last) (?:\w+ )?(?:years|decades?)|"
    r"in the (?:year|\w+ months) (?:to|ending)|in the (?:days|weeks|months|years) (?:after|following|since)|"
    r"remain(?:s|ed)? in (?:force|place|effect)|"
    r"(?:once|twice|several times|many times|three times) before)\b"
)
# "..., who remain in custody more than a year later", "freed three weeks later": the act is that long ago
_TIME_LATER = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|several|\d+) )?(?:days|weeks|months|years?|decades?) later\b"
)
_STATE_RIGHT = re.compile(r"^(?:\S+ ){0,3}since\b")  # "detained since 2019", "held since June"
# a present perfect just before the act ("has imposed", "have also freed"): with "since" or
# a count of many and no date, a tally rather than news
_PERFECT_END = re.compile(r"\b(?:has|have)(?: \w+ly| also)?$")
# "has also imposed sanctions on hundreds of", "has imposed sanctions on more than 100 Venezuelan officials"
_ON_MANY = re.compile(r"\bon (?:(?:hundreds|thousands|dozens|scores) of|more than \d+)\b")
_SINCE_AFTER = re.compile(r"^(.*?)\bsince\b(.*)$")
_PAST_PERIOD = re.compile(  # "since the election", "since 2014", "since last year"; not "since protests broke out"
    r" (?:(?:18|19|20)\d\d\b|last \w+|the (?:\w+ )?(?:election|elections|war|invasion|annexation|coup|uprising|"
    r"revolution|start|beginning|outbreak|vote|crackdown|protests)\b)"
)
# The captives' own past after a release: "released four Chinese oil workers seized in Colombia last year"
_TAKING = "|".join(sorted(TAKEN_CAPTIVE | {"seized"}))
_CAPTIVES_TAKEN = re.compile(rf"\b(?:{_TAKING}|snatched)\b.*$")
# ... and in the subject: "the Danish family, who were seized by Somali pirates in February, have been freed"
_CAPTIVES_TAKEN_WHEN = re.compile(rf"\b(?:who|that) (?:were|was|had been) (?:{_TAKING}|taken)\b[^,;]*")
_LATER_CLAUSE = re.compile(r"\b(?:after|following|because)\b.*$")
_HELD_SINCE = re.compile(
    r"\b(?:held|detained|jailed|imprisoned|kidnapped|abducted|captive)(?: \S+){0,3} "
    r"(?:since|in|(?:after|following) the) \S+(?: \d{4})?"
)  # "... since April", "professors kidnapped in 2016": when they were taken, not freed
# "landed on Saturday after being freed", "crossed back on Monday after his release",
# "after being pardoned and released": the day dates the main clause, which follows the
# act at once
_AFTER_THE_ACT = re.compile(r"\b(?:after|following) (?:being|his|her|their|\S+['’]s)(?: \w+ (?:and|or))?$")

# "police said they had arrested 15 people", "the Council said it had decided to lift",
# "police confirmed on Sunday that they had arrested", "officials said the hostages had
# been freed": reported speech shifts the fresh act back to "had"; that "had" is not the
# pluperfect of history. The reporting verb is a few words back, or anywhere before "that".
_REPORTING = r"(?:said|says|saying|told \S+|announced|confirmed|confirming|added)"
_REPORTED_NEAR = re.compile(rf"\b{_REPORTING}\b(?: \S+){{0,4}} had\b")
_REPORTED_THAT = re.compile(rf"\b{_REPORTING}\b(?: \S+){{0,4}} that\b.* had\b")
_APPOSITIVE = re.compile(r", (?:a|an|the) [^,]{1,70},")
_REPORTED_PAST_APPOSITIVE = re.compile(rf"\b{_REPORTING}\b(?: \S+){{0,8}} had\b")
_LAST_HAD = re.compile(r"\bhad\b(?!.*\bhad\b)")


def _reported(left: str, near: int) -> bool:
    """Is the "had" reported speech ("police said they had arrested"), also past an
    appositive ("said its former head Karim Massimov, a longtime ally of ..., had been")?"""
    if _REPORTED_NEAR.search(left, near) or _REPORTED_THAT.search(left):
        return True
    return ", " in left and _REPORTED_PAST_APPOSITIVE.search(_APPOSITIVE.sub("", left)) is not None


def background(words: str, left: str, right: str, published: str | None) -> bool:
    """True when the act is presented as an earlier fact or an ongoing state."""
    if "during" in left and in_past_era(left):
        return True
    if _OPENS_EARLIER.match(left.lstrip()):
        return True
    if dating.framed_earlier(left, published):
        return True
    if _SAID_EARLIER.search(left):
        return True  # a report already old: "said earlier this month that about 7,000 people had been arrested"
    if _SINCE.search(left):  # a tally over a period: "since last year's election, ... thousands have been
        if (" been" in words and _PERFECT_PASSIVE.search(words)) or (_PERFECT_END.search(words) and not fresh(left)):
            return True  # detained", "Since then, the government ... has freed hundreds of political prisoners"
    if (" ago" in left or " since" in left or " have" in left) and _LONG_AGO_LEFT.search(left):
        return True
    # a coordinated act reads the clause it joins: "days after she was pulled over and", "ousted by
    # the military a year later amid mass protests and"
    coordinated = COORDINATED.search(words) is not None
    tail = last_words(left, 9) if coordinated else last_words(words, 5)
    if coordinated and dating.LAST_PERIOD.search(tail):
        return True  # the joined clause's time: "withdrew from the deal last year and reimposed sanctions"
    if left.rstrip().endswith(",") and dating.LAST_PERIOD.search(last_words(left, 10)):
        return True  # a participle clause: "placed her on the list ... last year, freezing any assets"
    stripped = left.rstrip()
    near = max(0, len(stripped) - 80)  # "said ... had" spans a few words: read only the window's end
    if "had" in tail and _reported(stripped, near):
        tail = _LAST_HAD.sub("", tail)  # "said it had decided to" reads as "said it decided to"
    own = _CAPTIVES_TAKEN.sub("", first_words(right, 10))  # "released four workers seized ... last year"
    if _BACKGROUND_RIGHT.search(own) or _TIME_LATER.search(first_words(right, 16)):
        return True
    if _BEFORE_AT_END.match(right):
        return True  # "Russia and the United States have exchanged prisoners before."
    dated_ahead = fresh(first_words(right, 6))  # "was freed on Monday"
    # (not the captive's own past: "Releases NYU Student Detained Since April")
    since = _STATE_RIGHT.search(_HELD_SINCE.sub(" ", first_words(right, 8)).lstrip())
    if since and not compares(last_words(stripped, 2)) and not dated_ahead:
        return True  # "detained since 2019"; not a count since Monday, this week's news
    perfect = _PERFECT_END.search(stripped) or _PERFECT_PASSIVE.search(stripped)  # "have been detained ... since"
    if perfect and _SO_FAR.search(first_words(right, 12)):
        return True  # a running tally: "police have detained more than 10,000 people at the demonstrations so far"
    if perfect and _ON_MANY.search(first_words(right, 8)) and not fresh(right) and not compares(right):
        return True  # a tally with no date: "The United States has also imposed its own sanctions on hundreds of"
    tally = perfect and _SINCE_AFTER.search(first_words(right, 20))
    if tally and _PAST_PERIOD.match(tally.group(2)) and not compares(tally.group(1)):
        # a tally over a past period: "The EU has imposed sanctions on dozens of officials since the election";
        # not "has released 1,500 prisoners in its biggest pardon since 2011" or "since protests broke out on Friday"
        return True
    year = _YEAR_BEFORE.search(stripped)
    if year and earlier_year(int(year.group(1)), published):
        return True  # "his 1994 arrest"
    ahead = _HELD_SINCE.sub(" ", first_words(right, 16))
    if dated_ahead:
        # "..., kidnapped in 2016, was freed on Monday", "held in Myanmar since April was freed
        # on Friday": the day dates this act; what the subject says of the past does not,
        # nor a later clause ("walked out Wednesday after the governor granted clemency in January")
        return dated_earlier(_LATER_CLAUSE.sub("", ahead), published)
    if _PERIOD_AFTER.search(last_words(dating.without_subject_aside(stripped, 60), 10)):
        # inside a clause dated by a later one: "a month after police announced the actor's arrest", "comes a week
        return True  # after another journalist, Abdullah Elshamy of the network's Arabic service, was freed"
    cue = _BACKGROUND_LEFT.search(_ONCE_ASIDE.sub("", tail))  # not "Khodorkovsky, once Russia's richest man,"
    dated_clause = (_AFTER_THE_ACT.search(tail) or cue and cue.group() == "when") and fresh(last_words(stripped, 10))
    if cue and not dated_clause:  # but "That changed on Saturday, when the Treasury eased ..."
        return True
    return dated_earlier(_CAPTIVES_TAKEN_WHEN.sub(" ", left) + " " + ahead, published)
