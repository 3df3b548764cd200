"""Rarer arrest wordings: "booked", "nabbed", "busted", "turned himself in", "rounded up",
"picked up", "held", "sent to jail", "captured".

Each needs the authorities or a charge close by, because each has an everyday sense:
"booked a table", "nabbed an award", "rounded up the numbers", "picked up the pace",
"held talks", "captured on video". `event_rules_arrest.read_arrest` dispatches here.
"""

from __future__ import annotations

from streams.core import dating
from streams.core import event_lexicon as lex
from streams.core.event_window import Reading, Window, generic_people, participle_voice, passive_aux


def held_for_a_while(right: list[str]) -> bool:
    """A duration after the participle ("for months", "in China for two years"): how long
    someone has been held, a state rather than the act of arresting."""
    if "for" not in right[:3]:
        return False
    after = right[right.index("for") + 1 :][:4]
    return bool(set(after) & lex.CUSTODY_DURATION_NEXT)


_JAILED_ON = lex.words("charge charges charged law suspicion accused without")
_THINGS_SEIZED = lex.NOT_CAPTURED | lex.words("clips clip documents phones laptops goods cargo drugs weapons cash")
_HEADLINE_OWN_VERB = lex.words("appears appear faces face pleads says dies returns speaks wins loses marks")
# "booked on suspicion of attempted homicide", "Rick Perry Booked, Gets Mug Shot"
_BOOKED_INTO = lex.words("jail charge charges custody county suspicion mug")
_NAB_AGENTS = lex.ARREST_AGENTS | lex.words("feds cops")
_WANTED = lex.words("suspect suspects fugitive fugitives gunman")
_NABBED_WHO = lex.PERSON_NOUNS | _NAB_AGENTS | _WANTED | lex.words("ex-cop cop")
_NABBED_THINGS = lex.words(
    "fame award awards win wins title spot nomination nominations deal prize medal victory record"
)
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


def read_booked_jailed_nabbed(win: Window) -> Reading | None:
    """Rarer arrest verbs: "jailed on a charge" (not "jailed for 10 years"), "booked",
    "nabbed" / "Feds Nab Suspect", "Ex-Cop Busted For Selling Drugs", "Actor Cuffed After
    Brawl" (each with a person or an agent near, and "busted" with what for)."""
    right = set(win.right_words(10))
    cues = {"jailed": _JAILED_ON, "booked": _BOOKED_INTO, "busted": _BUSTED_FOR}.get(win.word)
    if win.word == "busted" or (win.word == "jailed" and "charged" in win.left_words(2)):
        right |= set(win.left_words(6))  # "FBI agents busted ...", "Ohio Man Charged And Jailed After ..."
    if cues is not None and not right & cues:
        return None
    if win.word == "jailed" and held_long(win):
        return None  # a state: "Jailed At Rikers For 3 Years Without Trial", "who spent two years jailed in Caracas"
    if win.word == "jailed" and not win.is_title and not passive_aux(win) and generic_people(win):
        return None  # a kind of people: "an amnesty for people jailed or facing charges over protests"
    if win.word == "jailed" and win.is_title and not passive_aux(win) and set(win.right_words(6)) & _HEADLINE_OWN_VERB:
        return None  # who the subject is: "US Marine reservist jailed in Mexico appears in court"
    if win.word == "jailed" and win.left_words(1)[:1] and win.left_words(1)[0] in lex.DETERMINERS:
        return None  # attributive, a state: "defended his jailed former campaign chairman", "the jailed activist"
    if win.word == "jailed" and not passive_aux(win) and win.in_aside() and not dating.fresh(win.right_text(8)):
        return None  # who he is: "The Utah man, jailed on weapons charges his family called bogus, was welcomed"
    if win.word in ("cuffed", "handcuffed") and "found" in win.left_words(4):
        return None  # how captives were found: "The reporters were found blindfolded and handcuffed"
    owner = win.right_words(1)[0].removesuffix("'s").removesuffix("’s") if win.right_words(1) else ""
    if win.word in _TITLE_PARTICIPLES and owner in lex.PERSON_NOUNS:  # "a handcuffed man's head"
        if not set(win.left_words(1)) & _NAB_AGENTS:  # not "Police Say Handcuffed Man Shot Himself"
            return None  # attributive: "Officer Tasing Handcuffed Man"; not "Police Handcuffed Man"
    if win.word in _SLANG_ARRESTS and not (set(win.left_words(4)) | set(win.right_words(4))) & _NABBED_WHO:
        after = win.right_words(1)
        if not (win.is_title and win.word in _TITLE_PARTICIPLES and win.idx > 0):
            return None
        if after and after[0] not in lex.PREPOSITIONS:
            return None  # attributive: "Cuffed Jeans"
    if win.word in ("nab", "nabs", "nabbed") and set(win.right_words(3)) & _NABBED_THINGS:
        return None  # "Police Department Nabs Viral Fame With Lip Sync Video"
    if win.word in ("nab", "nabs"):  # sports and awards "nab" wins and spots: the police must do it
        if not set(win.left_words(4)) & _NAB_AGENTS and not set(win.right_words(3)) & _WANTED:
            return None
        return Reading("arrest", "active", win.start, win.end, 0.8, win.word == "nab")
    return Reading("arrest", participle_voice(win), win.start, win.end, 0.85)


def read_surrender(win: Window) -> Reading | None:
    """ "Rapper Turns Himself In To Police", "turned herself in to police on Monday",
    "surrendered to authorities Tuesday morning". In body text a surrender is usually a
    recap of how a case began ("turned himself in the morning after the shooting"), so
    there it must be dated today."""
    if not win.is_title and not dating.fresh(win.right_text(12)):
        return None
    return Reading("arrest", "active", win.start, win.end, 0.85)


def read_rounded_up(win: Window) -> Reading | None:
    """ "Police rounded up dozens of protesters", "200 migrants were rounded up", "Saudi Arabia
    Sweeps Up Women's Rights Campaigners": people, by the authorities, not cattle, numbers or
    people rounded up by vigilantes."""
    right = win.right_words(7)
    # a headline drops the auxiliary: "Saudi Princes, Ministers Rounded Up In Corruption Purge"
    untold_be = win.is_title and win.word in ("rounded", "swept") and bool(set(win.left_words(6)) & lex.ROUNDED_UP)
    passive = passive_aux(win) or untold_be
    people = set(win.left_words(6)) if passive else set(right[1:])  # "migrants were rounded up"
    if right[:1] != ["up"] or not people & lex.ROUNDED_UP:
        return None
    if not passive and not set(win.left_words(6)) & lex.ARREST_AGENTS and not win.names_country_before(3):
        return None  # "armed vigilantes rounded up 300 immigrants": not the authorities; but "Saudi Arabia Rounds Up"
    return Reading("arrest", "passive" if passive else "active", win.start, win.end, 0.85)


def read_hauled_off(win: Window) -> Reading | None:
    """ "Bobi Wine Hauled Off By Police", "protesters were hauled into custody": people taken
    by the authorities, not a car hauled off by a tow truck."""
    right = win.right_words(6)
    by_agents = "by" in right[:3] and set(right) & (lex.ARREST_AGENTS | lex.HOLDERS)
    if not (by_agents or "custody" in right[:4] or set(win.left_words(4)) & lex.ARREST_AGENTS):
        return None
    return Reading("arrest", "passive" if by_agents or passive_aux(win) else "active", win.start, win.end, 0.8)


def read_picked_up(win: Window) -> Reading | None:
    """ "Two teenagers were picked up by police", "officers picked up the suspect": people
    picked up by the authorities, not a parcel, a signal or a trend picked up."""
    right = win.right_words(8)
    if right[:1] != ["up"]:
        return None
    passive = passive_aux(win) or right[1:2] == ["by"]  # also a headline's "Teens Picked Up By Police"
    if passive:
        agents = set(right[2:4]) if right[1:2] == ["by"] else set()
        people = set(win.left_words(6))
    else:
        agents, people = set(win.left_words(4)), set(right[1:])
    subject = passive and win.is_title and win.idx > win.lo  # a headline subject: "Deliveryman Picked Up By ICE"
    if not agents & lex.ARREST_AGENTS or not (subject or people & (lex.PERSON_NOUNS | _WANTED | lex.ROUNDED_UP)):
        return None
    return Reading("arrest", "passive" if passive else "active", win.start, win.end, 0.8)


_HELD_WHO = lex.PERSON_NOUNS | _WANTED | lex.ROUNDED_UP | lex.COUNT_WORDS
_HOLD_OBJECT_NOT = lex.words(
    "accountable responsible liable hostage hostages captive talks meeting meetings conference vigil rally "
    "election elections referendum ceremony"  # "urged him to pull back riot police and to hold talks with"
)


_FREEING = lex.RELEASE_VERBS | lex.words("pardoning pardoned pardons amnesty trade swap exchange")
_KNOWN = lex.words("the those these")  # "the thirty people held": people already known to be held


def read_held(win: Window) -> Reading | None:
    """British and wire usage of "held" for an arrest: "a man is being held on suspicion
    of murder", "Three held after Manchester raid", "Two men held over Belfast shooting",
    "Police hold three suspects"; not "Vigil held after shooting", "held hostage",
    "hold officials accountable"."""
    right = win.right_words(3)
    if win.word != "held":
        after = set(win.right_words(6))
        if not set(win.left_words(4)) & lex.HOLDERS or not after & _HELD_WHO or after & _HOLD_OBJECT_NOT:
            return None
        return Reading("arrest", "active", win.start, win.end, 0.8)
    if win.left_words(2) in (["was", "being"], ["were", "being"]):
        return None  # a state at that time: "some 14,000 people were being held in connection with the protests"
    if win.left_words(1) == ["being"] and set(win.left_words(10)) & _ESTIMATES:
        return None  # a tally: "Rights groups estimate that more than 14,000 people are being held over"
    if right[:2] in (["on", "suspicion"], ["for", "questioning"]):
        return Reading("arrest", "passive", win.start, win.end, 0.85)
    if right[:1] == ["by"] and set(right) & lex.HOLDERS:  # "Puigdemont Held By German Police"
        if held_long(win) or set(win.left_words(4)) & _HELD_BEFORE:
            return None
        return Reading("arrest", "passive", win.start, win.end, 0.8)
    who = [word for word in win.left_words(4) if word not in lex.BE_AUX]
    if not who or not (who[-1] in _HELD_WHO or who[-1].isdigit()):
        return None
    if not win.is_title and not passive_aux(win) and _KNOWN & set(win.left_words(4)):
        return None  # people known to be held: "granted bail to most of the thirty people held over a protest"
    if not win.is_title and not passive_aux(win) and set(win.left_words(6)) & _FREEING:
        return None  # the people a release or pardon is for: "decrees pardoning between 55 and 60 people held over"
    return Reading("arrest", "passive", win.start, win.end, 0.8)


# a state or a fate, not the arrest: "has been held by Turkish authorities", "Death Of Woman Held By Morality Police"
_HELD_BEFORE = lex.words("been being death died dies of")
_ESTIMATES = lex.words("estimate estimates estimated")
_PRETRIAL = lex.words("trial charge charges bail bond")


def read_sent_to_jail(win: Window) -> Reading | None:
    """Sent to jail before a verdict: "Judge Sends Paul Manafort To Jail Ahead Of Trial", "...
    To Jail Over Witness Tampering Charges"; not a sentence ("sent to prison for 10 years")."""
    right = win.right_words(14)
    if "to" not in right or not {"jail", "prison"} & set(right):
        return None
    if held_for_a_while(right[right.index("to") + 2 :]) or {"sentence", "sentenced", "life"} & set(right):
        return None
    if not _PRETRIAL & set(right):
        return None
    return Reading("arrest", "active", win.start, win.end, 0.8)


_SEIZED_WHO = lex.words("dissident dissidents activist activists journalist journalists opposition leader")
_SUSPECTS = lex.words("suspect suspects fugitive fugitives lord kingpin killer killers escapee escapees boss capo")
_CAPTURED_WHO = _NABBED_WHO | _SEIZED_WHO | _SUSPECTS | lex.words("gunmen")
_CAPTORS = lex.ARREST_AGENTS - lex.words("forces troops soldiers military army")  # a war capture is no arrest


_CAPTURED_PEOPLE = _SUSPECTS | lex.PEOPLE_OR_CAPTIVES  # not a war's ground
_ARMIES = lex.words("army armies forces troops military rebels militants")
_WAR = lex.words("troops offensive counteroffensive counter-offensive frontline front-line territory")
FREED = lex.RELEASE_VERBS | lex.words("free release swapped exchanged")
FREED_LATER = FREED - {"release", "releases"}  # after the participle they are nouns: "Album Release Party"


def freed_later(win: Window) -> bool:
    """The sentence frees the people the participle describes (not on bail: an arrest
    before a release on bail is still news)."""
    words = win.right_words(20)
    right = set(words)
    if not right & FREED_LATER or right & lex.BAIL_CUES:
        return False
    freed = next(i for i, word in enumerate(words) if word in FREED_LATER)
    opener = next((i for i, word in enumerate(words[:freed]) if word in lex.SUBORDINATORS), None)
    # ... but not other people freed in a clause of their own: "hijacker arrested after hostages freed"
    return opener is None or not set(words[opener + 1 : freed]) & lex.PEOPLE_OR_CAPTIVES


def held_long(win: Window) -> bool:
    """The participle tells a time held, a state: "detained for months", "Jailed At Rikers For
    3 Years", "who spent six years detained in Iran", "back in UK after six years detained"."""
    left = win.left_words(4)
    after_a_time = "after" in left and bool(set(left[-2:]) & lex.CUSTODY_DURATION_NEXT)
    return held_for_a_while(win.right_words(8)) or "spent" in left or after_a_time


def read_captured(win: Window) -> Reading | None:
    """A person captured by authorities ("authorities captured drug lord Ovidio Guzman",
    "the fugitive was captured in Texas"); not footage, territory or an alligator."""
    prev = win.left_words(1)
    if prev and prev[0] in lex.DETERMINERS | lex.PREPOSITIONS and set(win.right_words(1)) & lex.PERSON_NOUNS:
        return None  # attributive: "prisoners sought for captured soldier", "the captured soldier"
    passive = passive_aux(win) or (win.word.endswith("ed") and win.is_title and participle_voice(win) == "passive")
    if passive and not passive_aux(win) and (freed_later(win) or set(win.left_words(6)) & lex.RELEASE_VERBS):
        # who was freed: "2 Americans Captured In Ukraine Freed In Saudi-Brokered Swap", "Libya frees three Dutch
        return None  # navy crew captured during evacuation mission"
    subject = set(win.left_words(6)) & (_SUSPECTS | lex.PERSON_NOUNS)  # not "its forces have captured Shusha"
    if win.is_title and win.word.endswith("ed") and subject and not set(win.left_words(1)) & lex.HAVE_AUX:
        passive = True  # the subject before it: "Drug Lord 'El Chapo' Guzmán Recaptured 6 Months After ..."
    if set(win.right_words(2)) & lex.NOT_CAPTURED or set(win.left_words(1)) & _THINGS_SEIZED:
        return None  # an attribute of a thing: "Houthis free crew of seized ship", "video clips seized from"
    # "Drug Lord Joaquin 'El Chapo' Guzman"; a headline's subject may lie further back:
    # "Alligator That Eluded Chicago Police For A Week Is Finally Captured"
    what = set(win.right_words(4)) if not passive else set(win.left_words(12 if win.is_title else 6))
    if what & lex.NOT_CAPTURED or (not passive and set(win.right_words(1)) & {"on", "by"}):
        return None  # "captured on video"
    if win.right_words(1)[:1] in (["on"], ["in"], ["by"]) and set(win.right_words(4)) & lex.NOT_CAPTURED:
        return None  # "The gunman was captured on video", "captured by security cameras"
    recapture = win.word.startswith("re")  # only an escaped person is recaptured: "Mexico Recaptures El Chapo"
    if recapture and "from" in win.right_words(4) and not what & _SUSPECTS:
        return None  # ground retaken: "Iraqi Forces Recapture Tikrit From ISIS"
    if recapture and set(win.left_words(3)) & _ARMIES and not what & _SUSPECTS:
        return None  # "Syrian Army Recaptures Eastern Ghouta"; but "Mexico Recaptures El Chapo"
    if not _WAR.isdisjoint(win.sent.words) and not what & _CAPTURED_PEOPLE:
        return None  # a war's ground: "Ukraine recaptures Izium as Russian troops pull back in Kharkiv region"
    agents = set(win.left_words(5)) & _CAPTORS or (recapture and win.names_country_before(2))
    if what & _SUSPECTS and (set(win.left_words(5)) & lex.ARREST_AGENTS or win.names_country_before(2)):
        agents = True  # troops or a state seizing a suspect arrest him: "Mexico Captures Cartel Boss 'El Marro'"
    if win.word.startswith("seize") and what & _SEIZED_WHO and win.names_country_before(6):
        agents = True  # a state seizing a dissident: "Belarus forces down Ryanair jet, seizes dissident on board"
    by_agents = win.right_words(1) == ["by"] and set(win.right_words(4)) & lex.ARREST_AGENTS
    hunted = win.is_title and "manhunt" in win.right_words(6)  # "Eric Frein Captured After 7-Week Manhunt"
    if passive and not what & _CAPTURED_WHO and not by_agents and not hunted:  # "seized by Chinese agents"
        return None
    if not passive and not agents:
        return None
    if not passive and not recapture and not what & _CAPTURED_WHO and (win.is_title or not win.capitalised_after(3)):
        return None  # no person captured: "Wildlife officers captured a three-metre crocodile"
    return Reading("arrest", "passive" if passive else "active", win.start, win.end, 0.8)
