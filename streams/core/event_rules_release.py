"""Prisoner release rules: is "released"/"freed"/"swapped"... a release of held people?

"released" is mostly about statements, videos and albums in real news, and "freed" can
be a cave rescue; so a release needs evidence that someone was *held*: a "from prison /
custody / jail" phrase, a captive noun ("123 prisoners", "hostages"), or a held cue next
to a person ("Woman Accused Of ... Freed"). Decisions (see events.py docstring):
release on bail/bond is not a prisoner release; a rescue by troops is AID, not a
release; a prisoner swap that took place is one; held people coming home are a
reported release (other ways out of custody are in event_rules_release_ways.py). Arrests
are in event_rules_arrest.py, sanctions in event_rules.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from streams.core import dating
from streams.core import event_lexicon as lex
from streams.core.event_rules_release_ways import (
    PERSONAL_OBJECTS,
    handed_over,
    homecoming,
    left_prison,
    let_go,
    rescue,
    walked_free,
    walked_out,
)
from streams.core.event_window import (
    Reading,
    Window,
    aftermath_follows,
    generic_people,
    is_possessive,
    participle_voice,
    passive_aux,
)
from streams.core.text import body_lead

_NOMINAL_PREV = lex.DETERMINERS | lex.words(
    "early quick eventual immediate prisoner hostage news press media work pretrial compassionate "
    "conditional supervised upcoming planned"
)
# "Judge Orders Release Of", "Israel Approves Release Of 104 Prisoners": the decision only
_ORDERS = lex.words("order orders ordered ordering approve approves approved approving")
# "release" as a modifier of another noun: "Prison release programme reviewed", "his release date"
_MEDICAL = lex.words("hospital treatment treated condition injuries")
_MEDIA_HOUSES = lex.words("publisher publishers publishing house press records studio studios label books")
_SCREENS = lex.words("cinemas cinema theaters theatres theater theatre streaming online")  # "released online"
_TRANSFER = lex.words("transfer transfers transferred transferring")
_RELEASE_MODIFIES = lex.words(
    "programme programmes program programs scheme schemes date dates policy policies plan plans papers form "
    "forms conditions process system schedule party parties show event"
)
_GRANTED = lex.words("granted given won secured")  # "was granted early release"


def _from_place(win: Window) -> str | None:
    """What "released/freed from X" names: "custody" (jail, prison...), "other" (hospital...) or None."""
    words = win.right_words(8)
    if "from" not in words[:4]:
        return None
    at = words.index("from")
    for word in words[at + 1 : at + 5]:
        if word in lex.CUSTODY_PLACES:
            return "custody"
        if word in lex.NOT_CUSTODY_PLACES:
            return "other"
    return None


def _from_a_state(win: Window) -> bool:
    """ "Nazanin Zaghari-Ratcliffe Freed From Iran, Flies Home": freed from a state's
    detention (a country ends the phrase); not "Frees Village From Russian Troops"."""
    words = win.right_words(2)
    if words[:1] not in (["from"], ["in"]) or not win.names_country(win.next(2)):
        return False
    country, after = win.next(2), win.next(3)
    return after is None or country.raw.endswith((",", ".", ";")) or after.word in lex.PREPOSITIONS


_OBJECT_SKIP = lex.DETERMINERS | lex.words("new latest first final full official more further newly")


def _non_person_object(win: Window) -> bool:
    """The object is not a person: "released a (new) statement / its report / footage";
    but a compound naming people is ("released the aid workers")."""
    words = [w for w in win.right_words(7) if w not in _OBJECT_SKIP][:5]
    if words[:1] and words[0] in PERSONAL_OBJECTS:
        return False  # "freed him as part of a mass amnesty"
    if set(words) & _VESSELS:
        return False  # a ship and its crew, read by the ship rule: "released the oil tanker MT Smyrni and its crew"
    ends = (i for i, w in enumerate(words[:4]) if w in lex.PREPOSITIONS or w in _DAYS or w.endswith("ing"))
    phrase = words[: next(ends, 4)]  # "released photos Friday showing leader Kim": photos
    return _thing_before(words) and not set(phrase[1:]) & lex.PERSON_NOUNS  # not "Frees Aya Hijazi, Aid Worker"


def _thing_before(left: list[str]) -> bool:
    """A non-person noun before a passive release, not a compound naming people ("aid worker")."""
    return any(
        word in lex.NON_PERSON_OBJECTS and not (i + 1 < len(left) and left[i + 1] in lex.PERSON_NOUNS)
        for i, word in enumerate(left)
    )


def _thing_subject(win: Window) -> bool:
    """The sentence opens on a thing that is the passive's subject, far before it: "The book,
    titled Even Silence Has an End in English ..., was released simultaneously"; or a bare
    participle after a comma describes a thing named just before: "according to the FBI's
    annual report Crime in the United States, released on Monday"."""
    if not passive_aux(win) and win.text[: win.start].rstrip().endswith(","):
        left = win.left_words(8)
        return _thing_before(left) and not set(left) & lex.PEOPLE_OR_CAPTIVES
    before = win.sent.words[win.lo : win.idx]
    if not passive_aux(win) or set(before) & _PEOPLE_OR_SAYING:
        return False
    return _thing_before(before[:3])


_SAYS = lex.words("said says say told")
_PEOPLE_OR_SAYING = lex.PEOPLE_OR_CAPTIVES | _SAYS  # a person the subject, or a report of one


def _nationals_next(win: Window) -> bool:
    """Is the object a plural demonym: "Frees Canadians", "Frees 2 Americans"?"""
    nxt = win.next(2) if win.right_words(1)[:1] and win.right_words(1)[0][:1].isdigit() else win.next()
    return nxt is not None and nxt.raw.endswith("s") and win.mention_kind(nxt) == "demonym"


def _held(win: Window, voice: str, custody: Callable[[], bool]) -> bool:
    """Evidence that the released person was held: a captive noun or a held cue nearby,
    or, in an article about custody, a person as subject ("Woman ... Freed") or object."""
    left = set(win.left_words(12))  # a long subject: "Two Canadians detained in China for 1,000 days were freed"
    near = left | set(win.right_words(20 if voice == "active" else 10))
    if near & lex.CAPTIVES or (left | set(win.right_words(10))) & lex.HELD_CUES:
        return True
    # people after the verb, or a seized ship's crew: "Releases Seized South Korean Tanker And Its Captain"
    people = set(win.right_words(6)) & lex.PERSON_NOUNS or set(win.right_words(8)) & _SEAFARERS
    people_after = voice == "active" and bool(people)
    if people_after and win.right_words(1) == ["captured"]:
        return True  # "Pakistan Releases Captured Indian Pilot"
    if people_after and set(win.left_words(3)) & lex.CAPTORS:
        return True  # "The militants released the aid workers": captors release captives
    nationals_after = voice == "active" and (_nationals_next(win) or bool(set(win.right_words(1)) & PERSONAL_OBJECTS))
    if (people_after or nationals_after) and win.names_country_before(2):
        return True  # "Iran Frees Two French Citizens", "China Frees Canadians", "After China Frees Them"
    if voice == "passive" and win.right_words(1) == ["by"]:
        at = 3 if win.right_words(2)[1:] and win.right_words(2)[1] in lex.DETERMINERS else 2  # "by his captors"
        agent, after = win.next(at), win.next(at + 1)
        state = win.names_country(agent) and not (after is not None and after.word in _NOT_STATE_AGENTS)
        if agent is not None and (agent.word in lex.CAPTORS or state):
            return True  # "after being released by China", "freed by their kidnappers"; not "by Portuguese club"
    later = win.right_words(6)
    vessel = bool(set(later[:2]) & _VESSELS)  # "Iran Frees Tanker After Two Months": a ship
    after_a_hold = "after" in later and set(later) & lex.CUSTODY_DURATION_NEXT and not vessel
    if after_a_hold and win.names_country_before(2):
        return True  # a state frees someone after a long hold: "Iran Frees Nazanin Zaghari-Ratcliffe After Six Years"
    someone = left & lex.PERSON_NOUNS or (win.names_country_before(6) and not left & _VESSELS)
    if after_a_hold and voice == "passive" and win.is_title and someone:
        # "Saudi Activist Loujain Al-Hathloul Freed After Nearly 3 Years", "Puerto Rican Nationalist ... Freed After"
        return True
    parts = {part for word in near for part in word.split("-")}  # "Al Qaeda-Linked Group"
    if parts & lex.CAPTORS and near & lex.PERSON_NOUNS:
        return True  # "21 Chibok Girls Freed After Talks With Boko Haram"
    if not custody():
        return False
    if voice == "active":  # "Belarus Frees ... Opposition Figures", "Cuba Frees Alan Gross"
        return people_after or (win.names_country_before(2) and win.capitalised_after(1))
    named = not win.is_title and any(t.raw[:1].isupper() for t in win.left_tail(3))
    return bool(left & lex.PERSON_NOUNS) or named or _headline_opens_on_a_name(win)


def _headline_opens_on_a_name(win: Window) -> bool:
    """A headline's passive release right after a short name that opens it ("Yulia
    Tymoshenko Freed As ..."), in a custody story: Title Case hides names, but a name of
    two or three words is one person when the body's first sentence speaks of a person."""
    if not win.is_title or not 2 <= win.idx - win.lo <= 3:
        return False
    if not all(t.raw[:1].isupper() and t.raw.isalpha() for t in win.left_tail(3)):
        return False
    return not _PERSON_WORDS.isdisjoint(_WORDS.findall(body_lead(win.text, win.sent.end)))


_PERSON_WORDS = lex.PERSON_NOUNS | lex.words("he she his her")
_WORDS = re.compile(r"[a-z]+")


def _in_aside(win: Window) -> bool:
    """The participle sits in an aside between commas, not dated today ("Otto Warmbier,
    American Student Freed By North Korea, Dies At 22")."""
    return win.in_aside(opened_within=3, closed_within=8) and not dating.fresh(win.right_text(8))


def _released_person(win: Window, custody: Callable[[], bool]) -> Reading | None:
    """A release verb ("released", "freed"): needs a held person, no bail, no rescue."""
    voice = "passive" if win.word.endswith("ed") and participle_voice(win) == "passive" else "active"
    prev = win.left_words(1)
    if prev == ["newly"] and set(win.right_words(3)) & lex.PERSON_NOUNS:
        # "Newly Freed Rapper ... Lands"; read as active for actors: in "Brazil's Newly Freed
        # Former Leader" the country before is the state that freed him
        return Reading("prisoner_release", "active", win.start, win.end, 0.8)
    if win.word.endswith("ed") and prev and prev[0] in lex.DETERMINERS and not passive_aux(win):
        return None  # attributive: "How The Freed Hostages Are Doing", "the released prisoners said"
    if win.word.endswith("ed") and win.opens_headline_before_noun():
        return None  # attributive at a headline's start: "Freed American Writer ... Recounts Captivity"
    if voice == "passive" and not passive_aux(win) and generic_people(win):
        return None  # a kind of people: "Homeboy Industries hires people released from prison"
    if voice == "passive" and not passive_aux(win) and _in_aside(win):
        return None  # a description: "Otto Warmbier, American Student Freed By North Korea, Dies At 22"
    if voice == "passive" and not passive_aux(win) and win.is_title and aftermath_follows(win):
        return None  # who the subject is: "Man Freed After 3 Decades For Murder He Didn't Commit Sues City"
    if win.word in ("releases", "release") and set(win.right_words(1)) & lex.MODALS:
        return None  # a noun, the subject of a modal: "said releases would begin next month"
    place = _from_place(win)
    if place == "other" or set(win.right_words(14)) & lex.BAIL_CUES or rescue(win):
        return None
    ship = set(win.right_words(5)) & _VESSELS and not set(win.right_words(12)) & _ABOARD
    if voice == "active" and ship:
        return None  # a ship: "Gibraltar Frees Iranian Tanker"; not "released the ... tanker MT Smyrni and its 26 crew"
    if place != "custody" and set(win.left_words(12) + win.right_words(6)) & _MEDICAL:
        return None  # a patient: "taken to the hospital and released after treatment", "in good condition"
    if set(win.right_words(3)) & _SCREENS or win.right_words(3) == ["to", "the", "public"]:
        return None  # a film: "... was released in cinemas", a video "was released to the public on Wednesday"
    if "by" in win.right_words(4) and set(win.right_words(8)) & _MEDIA_HOUSES:
        return None  # a book: "The First Casualty, released this week by Penguin Random House"
    if set(win.left_words(4) + win.right_words(10)) & lex.SPORT_RELEASE and "hunger" not in win.right_words(4):
        return None  # a team releasing a player: "Bears release veteran linebacker, freeing up cap space"
    if {"into", "wild"} <= set(win.right_words(8)) or "bred" in win.left_words(6):
        return None  # an animal: "China Releases Captive-Bred Giant Panda Into The Wild"
    if any(cue in win.right_text(6) for cue in lex.SHORT_DETENTION) or "trapped" in win.right_words(8):
        return None  # ... or freed from rubble: "freed a woman who had been trapped in a stairwell"
    next_word = win.right_words(1)[:1]  # a determiner or "new" opens an object: "released new survey data"
    object_follows = voice == "active" or (
        not passive_aux(win) and next_word != [] and next_word[0] in lex.DETERMINERS | lex.NEW_ADJECTIVES
    )
    if object_follows and _non_person_object(win):
        return None  # "released a statement"; "The rapper, who ..., released his new album"
    if voice == "passive" and (_thing_before(win.left_words(5)) or _thing_subject(win)):
        return None  # "the report was released"; not "an aid worker freed by Tehran"
    base = win.word in ("release", "free")
    if place == "custody" or (voice == "passive" and _from_a_state(win)):
        return Reading("prisoner_release", voice, win.start, win.end, 1.0, base)
    if not _held(win, voice, custody):
        return None
    return Reading("prisoner_release", voice, win.start, win.end, 0.85, base)


_VESSELS = lex.words("tanker tankers ship ships vessel vessels boat boats")
_SEAFARERS = lex.words("captain captains master skipper crewmen seafarers")
_ABOARD = lex.PEOPLE_OR_CAPTIVES | _SEAFARERS  # people on a ship: its release frees them
_HELD_PEOPLE = lex.words("detained held jailed imprisoned")
_EXCHANGED_THINGS = lex.words("fire blows views ideas greetings gifts notes vows barbs insults words")
_NOT_STATE_AGENTS = lex.words("club clubs team side company firm label studio network publisher university school")
_HELD_UP = lex.words("delayed postponed halted suspended blocked stalled")
_DAYS = lex.words("today yesterday monday tuesday wednesday thursday friday saturday sunday")


_TOPIC_NOUNS = lex.words(
    "papers documents document correspondence letters files report reports inquiry questions debate row controversy"
)
_ABOUT = lex.words("on about over into")


def _topic_of(win: Window) -> bool:
    """A release that is what a text or a dispute is about: "papers on his release", "a row over the release"."""
    left = win.left_words(5)
    return any(word in _TOPIC_NOUNS and left[i + 1 : i + 2] and left[i + 1] in _ABOUT for i, word in enumerate(left))


def _of_follows(win: Window) -> bool:
    """ "the release of", "the release today of"."""
    right = win.right_words(2)
    return right[:1] == ["of"] or (right[:1] != [] and right[0] in _DAYS and right[1:] == ["of"])


def _release_noun(win: Window, custody: Callable[[], bool]) -> Reading | None:
    """The noun: "the release of 123 prisoners", "the rapper's release" (in a custody story)."""
    if _topic_of(win):
        return None  # "publishes papers on Lockerbie bomber's release": what the papers are about
    if _of_follows(win):
        phrase = set(win.right_words(8))
        if phrase & lex.NON_PERSON_OBJECTS or not phrase & lex.PEOPLE_OR_CAPTIVES:
            return None
        if set(win.right_words(14)) & lex.RELEASE_AS_AIM:
            return None  # "the release of political prisoners was a key demand"
        if set(win.left_words(3)) & _ORDERS:
            return None  # "Judge Orders Release Of Jailed Journalist": the order, not the release
        return Reading("prisoner_release", "nominal", win.start, win.end, 0.75)
    prev = win.prev()
    owned = prev is not None and (is_possessive(prev.raw) or prev.word in ("his", "her", "their"))
    if set(win.left_words(5 if owned else 3)) & _ORDERS:
        return None  # "ordered his release", "ordered the jailed former president's release": the order
    if win.is_title and _from_place(win) == "custody":  # "Rezaian Lands In Germany After Release From Iranian Prison"
        return Reading("prisoner_release", "nominal", win.start, win.end, 0.7)
    if owned and set(win.right_words(3)) & lex.RELEASE_AS_AIM:
        return None  # "asked the White House to make their release a priority"
    if owned and win.left_words(3)[:2] in (["conditions", "of"], ["terms", "of"]):
        return None  # a bail or parole term: "she had violated the conditions of her release"
    if owned and custody():
        return Reading("prisoner_release", "nominal", win.start, win.end, 0.5)
    if set(win.left_words(2)) & _GRANTED and custody():  # "was granted early release"
        return Reading("prisoner_release", "nominal", win.start, win.end, 0.7)
    return None


def _swap(win: Window) -> Reading | None:
    """A prisoner swap or exchange (not "in exchange for", nor "exchange lists")."""
    if win.left_words(1) == ["in"] and win.right_words(1) == ["for"]:
        return None
    if win.in_headline_appositive():
        return None  # who the subject is: "Bowe Bergdahl, Soldier Freed In Prisoner Swap, To Face Court-Martial"
    if win.right_words(1) and win.right_words(1)[0] in lex.NON_PERSON_OBJECTS | _EXCHANGED_THINGS:
        return None  # "Ukraine and Russia exchange lists ahead of expected prisoner swap"
    near = set(win.left_words(2)) | set(win.right_words(3))  # "swapped four detained Americans"
    # "Whelan was swapped for ...", a headline's "WNBA Star Swapped For Arms Dealer Viktor Bout"
    bare = win.is_title and win.word == "swapped" and not passive_aux(win)
    traded = (passive_aux(win) or bare) and win.right_words(1) == ["for"] and _a_person_for(win)
    if not (near & (lex.CAPTIVES | _HELD_PEOPLE) or traded) or {"deal", "talks", "agreement", "proposal"} & set(
        win.right_words(2)
    ):
        return None
    nominal = not win.word.endswith("ed")
    if nominal and set(win.left_words(10)) & lex.RELEASE_VERBS:
        return None  # the manner of a release told by its verb: "released Brittney Griner in a prisoner exchange"
    if nominal and set(win.left_words(3)) & _APPROVES:
        return None  # a decision on a swap still to come: "Israeli cabinet approves prisoner exchange with Hezbollah"
    voice = "nominal" if nominal else "passive" if passive_aux(win) or bare else "active"  # "Whelan was swapped for"
    return Reading("prisoner_release", voice, win.start, win.end, 0.8)


def _a_person_for(win: Window) -> bool:
    """A person traded for: "Whelan was swapped for a Russian arms dealer" (not "was
    exchanged for dollars")."""
    return bool(set(win.right_words(5)) & _TRADED_FOR) or win.names_country_after(2, 3)


# "WNBA Star Swapped For Arms Dealer Viktor Bout"
_TRADED_PEOPLE = lex.words("dealer smuggler spy spies agent agents pilot hacker")
_TRADED_FOR = lex.PEOPLE_OR_CAPTIVES | _TRADED_PEOPLE


_APPROVES = lex.words("approve approves approved backs backed endorses endorsed ratifies ratified")


def read_release(win: Window, custody: Callable[[], bool]) -> Reading | None:
    """Prisoner release: freed, released from custody, walked free, swapped, came home,
    handed over; not a transfer ("The transfer, the largest single release of detainees")."""
    word = win.word
    if not _TRANSFER.isdisjoint(win.sent.words):
        return None
    if word in ("handed", "hands"):
        return handed_over(win)
    if word in ("let", "lets"):
        return let_go(win)
    if word in ("left", "leaves"):  # the gate saw "prison"/"jail" after it
        return left_prison(win)
    if word in ("walk", "walked", "walks", "walking"):  # the gate saw "out of"
        return walked_out(win)
    if word in lex.HOMECOMING:
        return homecoming(win)
    if word in lex.SWAP_WORDS:
        return _swap(win)
    if word == "free":
        return walked_free(win, custody)
    if word in ("release", "releases"):
        if set(win.right_words(1)) & (_RELEASE_MODIFIES | _HELD_UP):
            return None  # "Prison release programme", "releases delayed"
        prev = win.prev()
        nominal = prev is None or prev.word in _NOMINAL_PREV or prev.word in lex.PREPOSITIONS
        if nominal or is_possessive(prev.raw) or _of_follows(win):
            return _release_noun(win, custody)
    if word == "freed" and win.right_words(1) == ["up"]:
        return None
    if word in ("freeing", "releasing") and win.left_words(1)[:1] == ["the"] and win.right_words(1) == ["of"]:
        return _release_noun(win, custody)  # a gerund as a noun: "an end to military rule and the freeing of"
    if word == "releasing" and lex.MODALS_AND_TO.intersection(win.right_words(8)):
        return None  # a gerund subject of a modal: "releasing detained students would be a priority"
    return _released_person(win, custody)
