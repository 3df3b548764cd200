"""Person-centred rules: prisoner releases and arrests.

"released" is mostly about statements, videos and albums in real news, and "freed" can
be a cave rescue; so a release needs evidence that someone was *held*: a "from prison /
custody / jail" phrase, a captive noun ("123 prisoners", "hostages"), or a held cue next
to a person ("Woman Accused Of ... Freed"). Decisions (see events.py docstring):
release on bail/bond is not a prisoner release; a rescue by troops is AID, not a
release; a prisoner swap that took place is one. "arrest" must not be "cardiac arrest",
"arrest warrant", "resisting arrest", nor a state ("held in custody", "detained for
months"); "charged"/"indicted" are not arrests, and "jailed" only "on a charge" (else
it is a sentence).
"""

from __future__ import annotations

from collections.abc import Callable

from streams.core import event_lexicon as lex
from streams.core import modality
from streams.core.event_window import (
    Reading,
    Window,
    is_possessive,
    participle_voice,
    passive_aux,
)

_WALK_FREE = lex.words("walk walks walked walking set sets go goes went going")
_NOMINAL_PREV = lex.DETERMINERS | lex.words(
    "early quick eventual immediate prisoner hostage news press media work pretrial compassionate "
    "conditional supervised upcoming planned"
)
_SWAP_WORDS = lex.words("swap swaps swapped exchange exchanges exchanged")
_ORDERS = lex.words("order orders ordered ordering")  # "Judge Orders Release Of": the order only
_GRANTED = lex.words("granted given won secured")  # "was granted early release"
_PEOPLE_PRONOUNS = lex.words("those many most several all others")  # "those detained": a description


def _from_place(win: Window) -> str | None:
    """What "released/freed from X" names: "custody" (jail, prison...), "other" (hospital...) or None."""
    words = win.right_words(8)
    if "from" not in words[:4]:
        return None
    for word in words[words.index("from") + 1 : words.index("from") + 5]:
        if word in lex.CUSTODY_PLACES:
            return "custody"
        if word in lex.NOT_CUSTODY_PLACES:
            return "other"
    return None


_OBJECT_SKIP = lex.DETERMINERS | lex.words("new latest first final full official more further newly")


def _non_person_object(win: Window) -> bool:
    """The object is not a person: "released a (new) statement / its report / footage"."""
    words = [w for w in win.right_words(4) if w not in _OBJECT_SKIP]
    return bool(set(words[:3]) & lex.NON_PERSON_OBJECTS)


def _held(win: Window, voice: str, custody: Callable[[], bool]) -> bool:
    """Evidence that the released person was held: a captive noun or a held cue nearby,
    or, in an article about custody, a person as subject ("Woman ... Freed") or object."""
    left = set(win.left_words(8))
    near = left | set(win.right_words(20 if voice == "active" else 10))
    if near & lex.CAPTIVES or (left | set(win.right_words(10))) & lex.HELD_CUES:
        return True
    if not custody():
        return False
    if voice == "active":
        return bool(set(win.right_words(6)) & lex.PERSON_NOUNS)  # "Belarus Frees ... Opposition Figures"
    named = not win.is_title and any(t.raw[:1].isupper() for t in win.left_tail(3))
    return bool(left & lex.PERSON_NOUNS) or named


def _rescue(win: Window) -> bool:
    """Troops freeing hostages is a rescue (PLOVER AID), not a release."""
    return bool(set(win.left_words(3)) & lex.RESCUERS or {"rescue", "rescued", "raid"} & set(win.right_words(12)))


def _released_person(win: Window, custody: Callable[[], bool]) -> Reading | None:
    """A release verb ("released", "freed"): needs a held person, no bail, no rescue."""
    voice = "passive" if win.word.endswith("ed") and participle_voice(win) == "passive" else "active"
    place = _from_place(win)
    if place == "other" or set(win.right_words(14)) & lex.BAIL_CUES or _rescue(win):
        return None
    if any(cue in win.right_text(6) for cue in lex.SHORT_DETENTION):
        return None
    if voice == "active" and _non_person_object(win):
        return None
    if voice == "passive" and set(win.left_words(5)) & lex.NON_PERSON_OBJECTS:
        return None
    base = win.word in ("release", "free")
    if place == "custody":
        return Reading("prisoner_release", voice, win.start, win.end, 1.0, base)
    if not _held(win, voice, custody):
        return None
    return Reading("prisoner_release", voice, win.start, win.end, 0.85, base)


def _release_noun(win: Window, custody: Callable[[], bool]) -> Reading | None:
    """The noun: "the release of 123 prisoners", "the rapper's release" (in a custody story)."""
    if win.right_words(1) == ["of"]:
        phrase = set(win.right_words(7))
        if phrase & lex.NON_PERSON_OBJECTS or not phrase & (lex.CAPTIVES | lex.PERSON_NOUNS):
            return None
        if set(win.right_words(14)) & lex.RELEASE_AS_AIM:
            return None  # "the release of political prisoners was a key demand"
        if set(win.left_words(3)) & _ORDERS:
            return None  # "Judge Orders Release Of Jailed Journalist": the order, not the release
        return Reading("prisoner_release", "nominal", win.start, win.end, 0.75)
    prev = win.prev()
    if prev is not None and (is_possessive(prev.raw) or prev.word in ("his", "her", "their")) and custody():
        return Reading("prisoner_release", "nominal", win.start, win.end, 0.5)
    if set(win.left_words(2)) & _GRANTED and custody():  # "was granted early release"
        return Reading("prisoner_release", "nominal", win.start, win.end, 0.7)
    return None


def _swap(win: Window) -> Reading | None:
    """A prisoner swap or exchange (not "in exchange for")."""
    if win.left_words(1) == ["in"] and win.right_words(1) == ["for"]:
        return None
    near = set(win.left_words(2)) | set(win.right_words(3))
    if not near & lex.CAPTIVES or {"deal", "talks", "agreement", "proposal"} & set(win.right_words(2)):
        return None
    return Reading("prisoner_release", "active" if win.word.endswith("ed") else "nominal", win.start, win.end, 0.8)


_NOT_A_SUBJECT = (
    lex.DETERMINERS | lex.PREPOSITIONS | lex.BE_AUX | lex.words("to will would could should may might must can help")
)


def _free_captives(win: Window) -> Reading | None:
    """ "free" as the verb, with captives for its object: "Taliban free American hostage",
    "Kidnappers free three hostages"; not "to free the hostages" (an aim), "will free",
    troops freeing hostages (a rescue) or the adjective ("free legal help to prisoners",
    "are free for inmates")."""
    prev = win.prev()
    if prev is None or prev.word in _NOT_A_SUBJECT or _rescue(win):
        return None
    for word in win.right_words(4):
        if word in lex.CAPTIVES:
            return Reading("prisoner_release", "active", win.start, win.end, 0.85, True)
        if word in lex.PREPOSITIONS:
            return None
    return None


def _walked_free(win: Window, custody: Callable[[], bool]) -> Reading | None:
    """Walking free ("walked/set/went free"): figurative unless someone was held; or the
    verb with captives for its object (`_free_captives`)."""
    prev = win.left_words(2)
    if not prev or not (prev[-1] in _WALK_FREE or (len(prev) == 2 and prev[0] in ("set", "sets"))):
        return _free_captives(win)
    cues = (set(win.left_words(8)) | set(win.right_words(10))) & (lex.HELD_CUES | lex.CAPTIVES)
    return Reading("prisoner_release", "active", win.start, win.end, 0.9) if cues or custody() else None


_HOME_PREV = lex.words("are is was were come comes came back arrive arrives arrived head heads headed fly flew flown")
_HELD_BEFORE_HOME = lex.words("held jailed detained imprisoned captive captives hostage hostages prisoners")


def _homecoming(win: Window) -> Reading | None:
    """Held people coming home is a reported release (the labelling rules count it):
    "3 Americans Held By North Korea Return To The United States"."""
    if not set(win.left_words(8)) & _HELD_BEFORE_HOME:
        return None
    if win.word == "home" and win.left_words(1)[-1:] and win.left_words(1)[-1] not in _HOME_PREV:
        return None
    if win.word != "home" and not set(win.right_words(1)) & {"to", "home", "from", "safely", "after"}:
        return None  # a noun: "Demanding Season 5 Return"
    if set(win.right_words(3)) & (lex.CUSTODY_PLACES | {"custody"}):
        return None  # "returned to prison"
    return Reading("prisoner_release", "passive", win.start, win.end, 0.8)


def _handed_over(win: Window) -> Reading | None:
    """Captives handed over ("Hamas handed over three hostages to the Red Cross", "the
    prisoners were handed over"); not a suspect handed over to the police."""
    right = win.right_words(8)
    if "over" not in right[:3] or {"police", "authorities", "prosecutors"} & set(right):
        return None
    voice = "passive" if passive_aux(win) else "active"
    people = set(win.left_words(6)) if voice == "passive" else set(right)
    if not people & lex.HANDED_OVER:
        return None
    return Reading("prisoner_release", voice, win.start, win.end, 0.85)


def read_release(win: Window, custody: Callable[[], bool]) -> Reading | None:
    """Prisoner release: freed, released from custody, walked free, swapped, came home,
    handed over."""
    word = win.word
    if word == "handed":
        return _handed_over(win)
    if word == "walked":  # the gate saw "out of": "walked out of prison on Monday"
        if not set(win.right_words(8)) & lex.CUSTODY_PLACES:
            return None  # "walked out of the meeting"
        return Reading("prisoner_release", "active", win.start, win.end, 0.9)
    if word in lex.HOMECOMING:
        return _homecoming(win)
    if word in _SWAP_WORDS:
        return _swap(win)
    if word == "free":
        return _walked_free(win, custody)
    if word in ("release", "releases"):
        prev = win.prev()
        nominal = prev is None or prev.word in _NOMINAL_PREV or prev.word in lex.PREPOSITIONS
        if nominal or is_possessive(prev.raw) or win.right_words(1) == ["of"]:
            return _release_noun(win, custody)
    if word == "freed" and win.right_words(1) == ["up"]:
        return None
    return _released_person(win, custody)


# --- arrests ----------------------------------------------------------------------------
def _custody(win: Window) -> Reading | None:
    """Custody as an act: "taken into custody", "a suspect is in custody"; not "died in custody"."""
    left = win.left_words(4)
    if win.right_words(1) and win.right_words(1)[0] in ("battle", "dispute", "fight", "hearing", "case"):
        return None
    if set(left) & lex.STATE_VERBS or "from" in left[-3:] or "until" in win.right_words(3):
        return None
    if "into" in left[-3:]:
        return Reading("arrest", "passive", win.start, win.end, 0.95)
    if "in" in left[-3:] and (set(left) & {"is", "are", "was", "were", "now", "suspect", "suspects"}):
        return Reading("arrest", "passive", win.start, win.end, 0.75)
    return None


def _arrest_noun(win: Window) -> Reading | None:
    """The noun as an act: "arrests of 31 men", "made an arrest", "100 arrests", "Stone's arrest"."""
    left, right = win.left_words(4), win.right_words(4)
    if "warrant" in left or "warrants" in left:
        return None  # "warrants for their arrest"
    if set(right) & lex.LATER_STEPS:  # "his arrest and subsequent sentencing"
        return Reading("arrest", "nominal", win.start, win.end, 0.5, history=True)
    if left[-1:] == ["house"]:
        if {"placed", "put"} & set(left):
            return Reading("arrest", "active", win.start, win.end, 0.9)
        return None
    if (
        set(left) & lex.NOMINAL_ARREST_VERBS
        or right[:1] == ["made"]
        or right[:2] in (["have", "been"], ["has", "been"])
    ):
        return Reading("arrest", "nominal", win.start, win.end, 0.8)
    if right[:1] == ["of"] or (left and left[-1].replace(",", "").replace("+", "").isdigit()):
        return Reading("arrest", "nominal", win.start, win.end, 0.7)
    prev = win.prev()
    if prev is not None and is_possessive(prev.raw):
        return Reading("arrest", "nominal", win.start, win.end, 0.5)
    if win.is_title and {"after", "following", "over"} & set(left[-3:]):
        return Reading("arrest", "nominal", win.start, win.end, 0.5)  # "Resigns After Arrest On ..."
    return None


def _arrest_verb(win: Window) -> Reading | None:
    """The verb: "Police arrested ...", "13 Arrested", "India Arrests Over 500", "was detained"."""
    prev = win.left_words(1)
    if win.word.endswith("ing") and prev and prev[0] in lex.PREPOSITIONS:
        return None  # "the limit for detaining children", "accused of detaining"
    if not win.is_title and win.text[win.start].isupper() and win.idx > win.lo and win.word in ("arrest", "detain"):
        return None  # a slogan or name mid-sentence: "our policy is Catch and Detain"
    if win.word.endswith("ed"):
        voice = participle_voice(win)
        if voice == "passive" and not passive_aux(win) and set(win.left_words(8)) & lex.HEADLINE_VERBS:
            return None  # modifier of an object: "ICE Releases DACA Recipient Detained While ..."
        if voice == "active" and prev and (prev[0] in lex.DETERMINERS or prev[0] in lex.PREPOSITIONS):
            return None  # attributive: "Over Detained Pastor", "the arrested men"
        if prev and prev[0] in _PEOPLE_PRONOUNS and not passive_aux(win):
            return None  # a description of people: "the names of those detained"
        right = win.right_words(3)
        if (
            right[:1] == ["for"]
            and len(right) > 1
            and (right[1] in lex.CUSTODY_DURATION_NEXT or right[-1] in lex.CUSTODY_DURATION_NEXT)
        ):
            return None  # a state: "detained for months"
        return Reading("arrest", voice, win.start, win.end, 1.0 if voice == "active" or passive_aux(win) else 0.9)
    return Reading("arrest", "active", win.start, win.end, 0.9, win.word in ("arrest", "detain", "apprehend"))


_JAILED_ON = lex.words("charge charges law suspicion accused without")
_BOOKED_INTO = lex.words("jail charge charges custody county")
_NAB_AGENTS = lex.ARREST_AGENTS | lex.words("feds cops")
_WANTED = lex.words("suspect suspects fugitive fugitives gunman")
_NABBED_WHO = lex.PERSON_NOUNS | _NAB_AGENTS | _WANTED | lex.words("ex-cop cop")
_SLANG_ARRESTS = lex.words("nabbed nab nabs busted cuffed handcuffed")
# In a title, "<Someone> Busted/Cuffed ..." names the person arrested even without a
# person noun ("Actor Cuffed After Brawl"); "nab" needs its agent or object.
_TITLE_PARTICIPLES = lex.words("busted cuffed handcuffed")
# "busted" is an arrest when the police are named or the charge is a crime ("Busted For
# Selling Drugs"); "Busted For Disguising Themselves As Grannies" is only "caught".
_BUSTED_FOR = _NAB_AGENTS | lex.words(
    """selling dealing smuggling possession drugs cocaine heroin meth marijuana weed trafficking
    dui stealing theft shoplifting robbery burglary prostitution gambling bribery fraud"""
)


def _booked_jailed_nabbed(win: Window) -> Reading | None:
    """Rarer arrest verbs: "jailed on a charge" (not "jailed for 10 years"), "booked",
    "nabbed" / "Feds Nab Suspect", "Ex-Cop Busted For Selling Drugs", "Actor Cuffed After
    Brawl" (each with a person or an agent near, and "busted" with what for)."""
    right = set(win.right_words(10))
    cues = {"jailed": _JAILED_ON, "booked": _BOOKED_INTO, "busted": _BUSTED_FOR}.get(win.word)
    if win.word == "busted":
        right |= set(win.left_words(6))  # "FBI agents busted ..."
    if cues is not None and not right & cues:
        return None
    if win.word in _SLANG_ARRESTS and not (set(win.left_words(4)) | set(win.right_words(4))) & _NABBED_WHO:
        after = win.right_words(1)
        if not (win.is_title and win.word in _TITLE_PARTICIPLES and win.idx > 0):
            return None
        if after and after[0] not in lex.PREPOSITIONS:
            return None  # attributive: "Cuffed Jeans"
    if win.word in ("nab", "nabs"):  # sports and awards "nab" wins and spots: the police must do it
        if not set(win.left_words(4)) & _NAB_AGENTS and not set(win.right_words(3)) & _WANTED:
            return None
        return Reading("arrest", "active", win.start, win.end, 0.8, win.word == "nab")
    return Reading("arrest", participle_voice(win), win.start, win.end, 0.85)


def _surrender(win: Window) -> Reading | None:
    """ "Rapper Turns Himself In To Police", "turned herself in to police on Monday". In
    body text a surrender is usually a recap of how a case began ("turned himself in the
    morning after the shooting"), so there it must be dated today."""
    if not win.is_title and not modality.fresh(win.right_text(12)):
        return None
    return Reading("arrest", "active", win.start, win.end, 0.85)


def _rounded_up(win: Window) -> Reading | None:
    """ "Police rounded up dozens of protesters", "200 migrants were rounded up": people,
    by the authorities, not cattle, numbers or people rounded up by vigilantes."""
    right = win.right_words(7)
    passive = passive_aux(win)
    people = set(win.left_words(6)) if passive else set(right[1:])  # "migrants were rounded up"
    if right[:1] != ["up"] or not people & lex.ROUNDED_UP:
        return None
    if not passive and not set(win.left_words(6)) & lex.ARREST_AGENTS:
        return None  # "armed vigilantes rounded up 300 immigrants": not the authorities
    return Reading("arrest", "passive" if passive else "active", win.start, win.end, 0.85)


_CAPTURED_WHO = _NABBED_WHO | lex.words("gunmen lord kingpin")
_CAPTORS = lex.ARREST_AGENTS - lex.words("forces troops soldiers military army")  # a war capture is no arrest


def _captured(win: Window) -> Reading | None:
    """A person captured by authorities ("authorities captured drug lord Ovidio Guzman",
    "the fugitive was captured in Texas"); not footage, territory or an alligator."""
    passive = passive_aux(win)
    what = set(win.right_words(4)) if not passive else set(win.left_words(4))
    if what & lex.NOT_CAPTURED or (not passive and set(win.right_words(2)) & {"on", "by"}):
        return None  # "captured on video"
    agents = set(win.left_words(5)) & _CAPTORS
    if passive and not what & _CAPTURED_WHO:
        return None
    if not passive and not agents:
        return None
    return Reading("arrest", "passive" if passive else "active", win.start, win.end, 0.8)


def read_arrest(win: Window, custody: Callable[[], bool] | None = None) -> Reading | None:
    """Arrest or detention by authorities (`custody` is unused: the reader signature is shared)."""
    word = win.word
    prev = win.prev()
    if word == "custody":
        return _custody(win)
    if word in ("jailed", "booked", "nabbed", "nab", "nabs", "busted", "cuffed", "handcuffed"):
        return _booked_jailed_nabbed(win)
    if word in ("turns", "turned"):  # the gate saw "himself in"
        return _surrender(win)
    if word == "rounded":
        return _rounded_up(win)
    if word in ("captured", "captures"):
        return _captured(win)
    if prev is not None and prev.word in lex.ARREST_NOT_ACT_PREV or set(win.right_words(1)) & lex.ARREST_NOT_ACT_NEXT:
        return None
    if word in ("arrest", "arrests") and not _arrest_as_verb(win):
        return _arrest_noun(win)
    return _arrest_verb(win)


_OBJECT_START = lex.DETERMINERS | lex.words(
    "him her them me us over more nearly almost dozens hundreds thousands "
    "scores two three four five six seven eight nine ten twelve"
)


def _arrest_as_verb(win: Window) -> bool:
    """Is "arrest(s)" a verb? Yes with an agent just before ("Police Arrest", "FBI Arrests") or an
    object just after ("Arrests 6", "arrest the suspect"); otherwise a noun."""
    prev = win.prev()
    if prev is None or prev.word in lex.DETERMINERS or prev.word in lex.PREPOSITIONS or is_possessive(prev.raw):
        return False
    if prev.word.rstrip("+").replace(",", "").isdigit() or prev.word == "house":
        return False
    if set(win.left_words(3)) & lex.ARREST_AGENTS or prev.word in ("to", "and", "or"):
        return True
    nxt = win.right_words(1)
    if nxt and (nxt[0] in _OBJECT_START or nxt[0].replace(",", "").isdigit()):
        return True
    # a headline with countries around it: "Russia Arrests U.S. Soldier", "Iran Arrests French Tourist"
    return win.is_title and win.names_country(prev) and win.names_country(win.next())
