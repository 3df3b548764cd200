"""Arguments of an act: who did it (source) and to whom (target).

Actors come from the country mentions of the one matcher pass enrich() makes, placed
relative to the act word: in active voice the nearest country before the verb is the
actor ("Belarus has released", "Russian police arrested") and one after it the patient
("... 33 Russian individuals", "sanctions on Belarus"); in passive voice the country
before is the patient and "by/in/from X" after gives the actor ("arrested in China",
"freed from Egypt jail"), or "held by/in X" before it ("Americans held by North Korea
return"). Only countries the text names are coded — leaders and agencies ("Trump",
"FBI") are not countries; metonyms ("the Kremlin", "Washington") are the country
matcher's to resolve. A domestic arrest with only the detainee's nationality named
("Russian opposition leader detained") is coded as that country's act.

(How many people an act concerns is event_quantity.py's.)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import NamedTuple

from streams.core import event_lexicon as lex
from streams.core.event_window import Reading, Window
from streams.core.text import first_sentence_end

_PLACE_PREPS = lex.words("in from at inside")
_HOLDER_PREPS = lex.words("by in from")
_TARGET_PREPS = lex.words("on against targeting over to of with")
_REPORTING = lex.words(
    "says said say announced announces reported reports confirmed confirms claims claimed told tells "
    "warned warns according"
)
_NON_STATE = lex.words(
    "gang gangs group groups militants militant rebels rebel kidnappers captors church mob cartel "
    "insurgents extremists jihadists fighters religious pirates"
)
_POLITICAL = lex.words(
    "protesters demonstrators activists opposition dissidents critics journalists politicians "
    "candidates premier president minister lawmakers leaders leader"
)
_HIT_VERBS = lex.words("hit hits slap slaps slapped")  # their object is the target: "hits Belarus with sanctions"
_SUBJECT_REACH = 90  # chars before the verb in which its subject is looked for
_SUBJECT_REACH_NOMINAL = 40


class Actors(NamedTuple):
    """ISO codes of the acting and the affected country; equal codes = a domestic act."""

    source: str | None
    target: str | None


def _mentions_between(mentions: Sequence, starts: Sequence[int], lo: int, hi: int) -> list:
    """Mentions fully inside [lo, hi), in text order (mentions are sorted by start)."""
    out = []
    for i in range(bisect_left(starts, lo), len(mentions)):
        m = mentions[i]
        if m.start >= hi:
            break
        if m.end <= hi:
            out.append(m)
    return out


def _word_before(text: str, start: int) -> str:
    """The lower-cased word before offset `start`, skipping "the" ("on the United States")."""
    words = text[max(0, start - 20) : start].lower().split()
    if words and words[-1] == "the":
        words.pop()
    return words[-1].strip(",.;:\"'“”") if words else ""


def _holder(text: str, before: Sequence) -> str | None:
    """The holding state: "Americans held by North Korea return", "prisoners in Iran were released": the
    country introduced by by/in/from before a passive act holds the people."""
    holders = [m for m in before if _word_before(text, m.start) in _HOLDER_PREPS]
    return holders[-1].code if holders else None


def _spans(win: Window, reading: Reading) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
    """Text ranges before the act, between act and trigger word, and after both."""
    lo, hi = win.clause_span()
    hi += 1
    if reading.act_start < win.start:  # "lifting of US sanctions"
        return (lo, reading.act_start), (reading.act_end, win.start), (win.end, hi)
    if reading.act_start > win.start:  # "sanctions on Iran were lifted"
        return (lo, win.start), (win.end, reading.act_start), (reading.act_end, hi)
    return (lo, win.start), (win.start, win.start), (win.end, hi)


def _clause_cut(win: Window, lo: int, hi: int) -> int:
    """End of the act's own clause: "Belarus Frees X as US Lifts Sanctions" stops at "as"."""
    sent = win.sent
    for i in range(win.idx + 1, win.hi):
        if sent.words[i] in lex.CLAUSE_WORDS and sent.starts[i] > lo:
            return sent.starts[i]
        if sent.words[i].endswith("ing") and sent.raws[i - 1].endswith(",") and sent.starts[i] > lo:
            return sent.starts[i]  # a participle clause: ", banning them from entering Russia"
    return hi


def _speaker_cut(win: Window, lo: int, hi: int, voice: str) -> int:
    """Start of the act's clause after a reporting verb: in "Nigerian Governor Says 279
    Kidnapped Schoolgirls Are Freed" the governor speaks, he is not the patient. Kept
    for "China says it detained ...", where the speaker is the actor."""
    sent = win.sent
    for i in range(win.idx - 1, win.lo - 1, -1):
        if sent.starts[i] < lo:
            break
        if sent.starts[i] >= hi:
            continue  # the act itself or words after it ("The US announced new restrictions")
        if sent.words[i] in _REPORTING:
            pronoun = i + 1 < win.idx and sent.words[i + 1] in ("it", "its", "they")
            return lo if voice == "active" and pronoun else min(hi, sent.starts[i] + len(sent.raws[i]))
    return lo


_PROTESTS = lex.words("protest protests protesting demonstration demonstrations rally rallies march marches")


# ... and a time phrase names no target either: "frees political prisoners ahead of Thein Sein's US visit"
_REASON_OR_TIME = lex.words("over for including ahead before after amid during")


def _reason_start(win: Window, lo: int, hi: int) -> int:
    """Where a reason ("over the Ukraine crisis", "for its role in") or an aside ("including
    a US lawyer") starts after the act: no target is looked for beyond it; nor beyond what
    people protested ("at demonstrations against the invasion of Ukraine")."""
    sent = win.sent
    for i in range(win.idx + 1, win.hi):
        if lo < sent.starts[i] < hi:
            word = sent.words[i]
            if word in _REASON_OR_TIME or (word == "against" and sent.words[i - 1] in _PROTESTS):
                return sent.starts[i]
    return hi


_MISSIONS = tuple(f"{own} {building}" for own in ("", "'s", "’s") for building in ("embassy", "consulate"))


def _a_mission(text: str, mention) -> bool:
    """ "at the Ecuadorian embassy in London", "at Ecuador's embassy": the building is the
    other state's mission, not where the act's state acts."""
    return text[mention.end : mention.end + 14].lower().startswith(_MISSIONS)


_REQUEST_OF = ("request of ", "request of the ", "behest of ", "behest of the ")


def _requester(text: str, mention) -> bool:
    """ "Canada Arrests Huawei Executive At Request Of U.S.", "at U.S. request": the state
    that asked is neither who acted nor whom the act was on."""
    if text[max(0, mention.start - 16) : mention.start].lower().endswith(_REQUEST_OF):
        return True
    return text[mention.end : mention.end + 10].lower().startswith((" request", "'s request", "’s request"))


_AGENT_ASIDE_OPEN = re.compile(r", (?:\w+ )?\w+(?:ed|en) by (?:[^,]{0,40} )?$")  # ", backed by", ", angered by"
_ASIDE_CLOSE = re.compile(r"[^,]{0,40}, ?$")


def _aside(text: str, mention, hi: int) -> bool:
    """The mention is an agent in an aside before the act, not its subject: "The unanimous
    vote, backed by China and Russia, bans exports of coal ... from North Korea"."""
    opened = _AGENT_ASIDE_OPEN.search(text, max(0, mention.start - 60), mention.start)
    return opened is not None and _ASIDE_CLOSE.fullmatch(text, mention.end, hi) is not None


def _prep(text: str, mention) -> str:
    return _word_before(text, mention.start)


def _non_state(text: str, mention) -> bool:
    """A demonym on a group that is not a state: "Haitian gang", "Afghan militants"."""
    following = text[mention.end : mention.end + 14].lower().split()[:1]
    return bool(following) and following[0].strip(",.;:'’s") in _NON_STATE


def find_actors(win: Window, reading: Reading, mentions: Sequence, starts: Sequence[int]) -> Actors:
    """Source and target ISO codes for one act, from mentions around it in its clause."""
    text = win.text
    (b_lo, b_hi), (i_lo, i_hi), (a_lo, a_hi) = _spans(win, reading)
    b_lo = _speaker_cut(win, b_lo, b_hi, reading.voice)
    a_hi = _clause_cut(win, a_lo, a_hi)
    if reading.type == "prisoner_release" and win.right_words(1) == ["for"]:
        a_hi = a_lo  # who was traded for whom: "The American was swapped for a Russian pilot serving ... in the U.S."
    before = _mentions_between(mentions, starts, b_lo, b_hi)
    before = [m for m in before if not _non_state(text, m) and not _aside(text, m, b_hi)]
    inside = _mentions_between(mentions, starts, i_lo, i_hi)
    after = _mentions_between(mentions, starts, a_lo, a_hi)
    sanctions = reading.type.startswith("sanctions")
    # "officers from Myanmar" are the sanctioned; "freed from an Egyptian jail" names the holder
    # "freed from an Egyptian jail" names the holder; "arrested on return from South Africa" a trip
    trip = reading.type == "arrest"
    after = [
        m
        for m in after
        if not _a_mission(text, m) and not _requester(text, m) and not (trip and _prep(text, m) == "from")
    ]
    places = [m for m in after if _prep(text, m) in _PLACE_PREPS and not (sanctions and _prep(text, m) == "from")]
    agents = [m for m in after if _prep(text, m) == "by"]
    reason = _reason_start(win, a_lo, a_hi)  # "sanctions on Russia over Ukraine": Ukraine is the reason
    objects = [m for m in after if m not in places and m not in agents and m.start < reason]
    # "in Paris" is a venue, not a state (capitals count only as metonyms); a hostage
    # freed "in Haiti" was freed by kidnappers, not by Haiti.
    placed = [m for m in places if m.kind != "capital"]
    near = " ".join(win.left_words(8) + win.right_words(12))  # "Taliban Free 5 British Nationals Held In Afghanistan"
    hostages = reading.type == "prisoner_release" and lex.HOSTAGE_STORY.search(near) is not None
    if hostages:
        placed = []
    if reading.voice == "passive" or (
        reading.voice == "nominal" and not reading.type.startswith("sanctions") and win.right_words(1) != ["of"]
    ):
        sentence = _mentions_between(mentions, starts, win.sent.start, win.sent.end)
        return _patient_first(text, reading, before, inside, agents, placed, hostages, sentence)
    reach = _SUBJECT_REACH_NOMINAL if reading.voice == "nominal" else _SUBJECT_REACH
    subjects = [m for m in before if m.end >= b_hi - reach and _prep(text, m) not in _TARGET_PREPS]
    if sanctions and win.follows_headline_comma():  # a second headline verb shares the first one's subject,
        subjects = [m for m in subjects if m.start <= win.sent.start + 4]  # not its object: "Expels Russian Diplomats,"
    source = subjects[-1].code if subjects else None
    if win.right_words(1) == ["list"]:  # "removed a Belarusian official from its sanctions list"
        listed = _single(inside)
        return Actors(source, listed[0].code if listed else None)
    if win.text[reading.act_start : reading.act_end].lower() in _HIT_VERBS and inside:
        return Actors(source, inside[0].code)  # "EU hits Belarus with economic sanctions"
    if source is None and inside and not (sanctions and not objects and _sanctioned_modifier(inside[0])):
        source, inside = inside[0].code, inside[1:]  # "lifting of US sanctions"; not "Eases Zimbabwe Sanctions"
    target = (_single(objects) or inside or [None])[0]
    if target is None and sanctions:  # "Imposes New Sanctions Over Iran's Ballistic Missile Program"
        target = next((m for m in after if m.start >= reason and _possessive_after(text, m)), None)
    if source is None and placed:
        source = placed[0].code  # "an arrest in China"
    target_code = target.code if target else None
    if reading.type == "arrest" and target_code is None and _POLITICAL & set(win.right_words(12)):
        target_code = source  # "Russian Police Detain 1,400 Protesters": the state's own citizens
    return Actors(source, target_code)


_BLOC_NAMES = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(map(re.escape, lex.BLOC_NAMES)))
_LEAD_OPENING = re.compile(r"(?:the )?(?:new |latest )?", re.IGNORECASE)


def teaser_actors(
    text: str, title_end: int, mentions: Sequence, starts: Sequence[int], source: str | None, target: str | None
) -> Actors:
    """A headline's sanctions completed from the teaser under it: a missing source is the
    country opening the teaser ("Biden Administration Sanctions ...: The U.S. targeted
    seven officials"); with one actor known, a missing one is the one other country the
    teaser's first sentence names ("Obama Lifts Arms Embargo On Vietnam: ... said the U.S.
    was ending its restrictions", "China Sanctions Ted Cruz: ... other U.S. officials")."""
    if source is None:
        opening = _opening_country(text, title_end, mentions, starts)
        if opening not in (None, target):
            source = opening
        elif target is not None:
            source = _other_teaser_country(text, title_end, mentions, starts, target, as_source=True)
    if target is None and source is not None:
        target = _other_teaser_country(text, title_end, mentions, starts, source, as_source=False)
    return Actors(source, target)


_AGENT_AFTER = re.compile(r"[’']?s? ([a-z]+)")


def teaser_arrest_agent(text: str, title_end: int, mentions: Sequence, starts: Sequence[int]) -> str | None:
    """A headline's arrest by no named state, completed from the teaser: the country of
    the first police, agents or authorities its first sentence names ("Julian Assange
    Arrested After Ecuador Revokes His Asylum: British police carried the WikiLeaks
    founder out of the embassy")."""
    _, named = _teaser_sentence(text, title_end, mentions, starts)
    for m in named:
        agent = _AGENT_AFTER.match(text, m.end)
        if agent is not None and agent.group(1) in lex.ARREST_AGENTS:
            return m.code
    return None


def _teaser_sentence(text: str, title_end: int, mentions: Sequence, starts: Sequence[int]) -> tuple[int, Sequence]:
    """Where the teaser's first sentence ends, and the country mentions in it."""
    lead, end = title_end + 1, first_sentence_end(text, title_end + 1)
    return end, mentions[bisect_left(starts, lead) : bisect_left(starts, end)]


def _opening_country(text: str, title_end: int, mentions: Sequence, starts: Sequence[int]) -> str | None:
    """The country the teaser opens with ("The U.S. measures target ..."), or None."""
    lead = title_end + 1
    i = bisect_left(starts, lead)
    if i == len(mentions):
        return None
    return mentions[i].code if _LEAD_OPENING.fullmatch(text, lead, mentions[i].start) else None


def _other_teaser_country(
    text: str, title_end: int, mentions: Sequence, starts: Sequence[int], known: str, *, as_source: bool
) -> str | None:
    """The one country the teaser's first sentence names besides `known` and the
    headline's countries, or None. None when a bloc is named (the bloc would be the actor:
    "EU sanctions on Moscow"); a source is not taken from after "on", "against"... ("a
    crackdown on Venezuelan oil")."""
    end, in_teaser = _teaser_sentence(text, title_end, mentions, starts)
    if _BLOC_NAMES.search(text, 0, end):
        return None
    headline = {m.code for m in mentions[: bisect_left(starts, title_end)]}
    named = {m.code for m in in_teaser if not (as_source and _word_before(text, m.start) in _TARGET_PREPS)}
    named -= headline | {known}
    return named.pop() if len(named) == 1 else None


def _possessive_after(text: str, mention) -> bool:
    return text.startswith(("'s ", "’s "), mention.end) and mention.code is not None


def _sanctioned_modifier(mention) -> bool:
    """A country's full name before "sanctions" names whom they target ("Zimbabwe
    sanctions", "North Korea sanctions"); an abbreviation or demonym names who imposes
    them ("US sanctions", "British sanctions")."""
    return mention.kind == "name" and not mention.surface.replace(".", "").isupper()


def _patient_first(
    text: str, reading: Reading, before: list, inside: list, agents: list, placed: list, hostages: bool, sentence: list
) -> Actors:
    """Passive and bare nominal acts: the country before names the people acted upon;
    "by X" / "in X" after it, or "held by/in X" before it, names the actor (not for
    hostages: "kidnapped in Kenya, freed in Somalia" names no captor state)."""
    source = (agents or placed or [None])[0]
    held = [m for m in before if _prep(text, m) not in _HOLDER_PREPS]
    target = (inside or held[-1:] or [None])[0]
    source_code = source.code if source else (None if hostages else _holder(text, before))
    if source_code is None and target is not None and reading.type == "arrest" and len(before) == 1:
        scenes = {m.code for m in sentence if _prep(text, m) in ("in", "at")}  # "... at New Zealand mosques"
        if scenes <= {target.code}:
            return Actors(target.code, target.code)  # "Russian Opposition Leader Detained": domestic
    return Actors(source_code, target.code if target else None)


def _single(mentions: Sequence) -> list:
    """The mentions if they name one country, else none: "a US citizen, ... and Ukrainian
    nationals" are of several nationalities, so no single target."""
    return mentions[:1] if len({m.code for m in mentions}) == 1 else []
