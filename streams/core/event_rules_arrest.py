"""Arrest rules: is "arrested"/"detained"/"custody"... an arrest by the authorities?

"arrest" must not be "cardiac arrest", "arrest warrant", "resisting arrest", nor a state
("held in custody", "detained for months"); "charged"/"indicted" are not arrests, and
"jailed" only "on a charge" (else it is a sentence). Rarer and slang wordings ("booked",
"nabbed", "busted", "rounded up", "captured", "turned himself in") need the authorities
or a charge close by. Releases are in event_rules_release.py.
"""

from __future__ import annotations

from collections.abc import Callable

from streams.core import dating
from streams.core import event_lexicon as lex
from streams.core.event_window import Reading, Window, is_possessive, participle_voice, passive_aux

_CUSTODY_TAKEN = lex.words("taken placed put booked")
_STILL = lex.words("remain remains remained remaining still")
_UNJUSTLY = lex.words("wrongfully wrongly unjustly arbitrarily unlawfully illegally")
_RATES = lex.words("rate rates percent")
_THINGS_DETAINED = lex.words("luggage baggage bag bags suitcase suitcases parcel parcels package packages cargo")
_PEOPLE_PRONOUNS = lex.words("those many most several all others")  # "those detained": a description


def _custody(win: Window) -> Reading | None:
    """Custody as an act: "taken into custody", "a suspect is in custody"; not "died in custody"."""
    left = win.left_words(4)
    if win.right_words(1) and win.right_words(1)[0] in ("battle", "dispute", "fight", "hearing", "case"):
        return None
    if set(left[-3:]) & lex.STATE_VERBS or "from" in left[-3:] or "until" in win.right_words(3):
        return None
    if "into" in left[-3:]:  # "was taken into custody" (passive) or "will take him into custody" (active)
        voice = "passive" if set(left) & lex.BE_AUX else "active"
        return Reading("arrest", voice, win.start, win.end, 0.95)
    if left[-1:] == ["in"] and left[-2:-1] and left[-2].endswith(("ed", "en")) and left[-2] not in _CUSTODY_TAKEN:
        return None  # what happened there: "many said they were beaten in custody"
    if "in" in left[-3:] and (set(left) & {"is", "are", "was", "were", "now", "suspect", "suspects"}):
        return Reading("arrest", "passive", win.start, win.end, 0.75)
    return None


_TRENDS = lex.words(
    "fell fall falls rose rise rises dropped drop drops declined decline declines increased increase increases "
    "doubled halved climbed jumped surged soared plunged plummeted tripled surge spike jump"
)


def _arrest_noun(win: Window) -> Reading | None:
    """The noun as an act: "arrests of 31 men", "made an arrest", "100 arrests", "Stone's arrest"."""
    left, right = win.left_words(4), win.right_words(4)
    if "warrant" in left or "warrants" in left:
        return None  # "warrants for their arrest"
    if "of" in left[-3:] and set(left) & lex.NON_PERSON_OBJECTS:
        return None  # what a record shows: "Release Dashcam Video Of Sandra Bland's Arrest"
    if not _TRENDS.isdisjoint(win.right_words(8)) and not set(left) & lex.NOMINAL_ARREST_VERBS:
        return None  # the subject of a statistic: "Arrests of children aged 10 to 17 fell by 11%"
    if left[-1:] == ["in"] and left[-2:-1] and left[-2] in _TRENDS:
        return None  # a statistic: "the drop in arrests of young people"
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
        if not (win.is_title and prev[0] in ("after", "following")):  # "Russia Bans Goods After Detaining ..."
            return None  # "the limit for detaining children", "accused of detaining"
    if not win.is_title and win.text[win.start].isupper() and win.idx > win.lo and win.word in ("arrest", "detain"):
        return None  # a slogan or name mid-sentence: "our policy is Catch and Detain"
    if win.word.endswith("ed"):
        if _headline_attributive(win):
            return None  # attributive at a headline's start: "Detained Saudi Activists Appear In Court"
        voice = participle_voice(win)
        # "Man Charged And Arrested After ...", "Teen Charged, Arrested After ...": both happened to him
        before = win.prev()
        listed = before is not None and before.raw.endswith(",") and before.word.endswith("ed")
        coordinated = prev == ["and"] or listed
        if (
            voice == "passive"
            and not passive_aux(win)
            and not coordinated
            and set(win.left_words(8)) & lex.HEADLINE_VERBS
        ):
            return None  # modifier of an object: "ICE Releases DACA Recipient Detained While ..."
        if voice == "active" and prev and (prev[0] in lex.DETERMINERS or prev[0] in lex.PREPOSITIONS):
            return None  # attributive: "Over Detained Pastor", "the arrested men"
        if win.is_title and prev and prev[0] in lex.HEADLINE_VERBS and not passive_aux(win) and not coordinated:
            return None  # the object's attribute: "Swedish Ambassador Visits Detained American In North Korea"
        if voice == "passive" and not passive_aux(win) and _appositive(win) and not dating.fresh(win.right_text(8)):
            return None  # a description between commas: "The woman, detained in a New Mexico facility, has"
        if voice == "passive" and set(win.left_words(4)) & _THINGS_DETAINED:
            return None  # "Why Your Luggage Gets Detained At Customs"
        if prev and prev[0] in _PEOPLE_PRONOUNS and not passive_aux(win):
            return None  # a description of people: "the names of those detained"
        if win.right_words(1)[:1] in (["abroad"], ["overseas"]):
            return None  # a description: "support for Britons detained abroad"
        before = win.left_words(2)
        if before[-1:] == ["as"] or (before[:1] == ["as"] and before[-1].endswith("ly")):
            return None  # a status: "classified Griner as wrongfully detained"
        if before[-1:] and before[-1] in _UNJUSTLY and not dating.fresh(win.right_text(8)):
            return None  # a status, unless dated: "the two men had been wrongfully detained"
        if _RATES & set(win.right_words(4)):
            return None  # a statistic: "black motorists were searched and arrested at higher rates"
        if _later_outcome(win.right_words(12)):
            return Reading("arrest", voice, win.start, win.end, 0.9, history=True)  # "... and later convicted"
        if _held_for_a_while(win.right_words(8)):
            return None  # a state: "detained for months", "detained in China for more than 1,000 days"
        if not passive_aux(win) and (_freed_before(win) or voice == "passive" and _freed_later(win)):
            return None  # who was freed: "ICE Releases Detained Father", "Two Americans detained ... freed"
        return Reading("arrest", voice, win.start, win.end, 1.0 if voice == "active" or passive_aux(win) else 0.9)
    return Reading("arrest", "active", win.start, win.end, 0.9, win.word in ("arrest", "detain", "apprehend"))


_FREED = lex.words("freed released free frees release releases releasing freeing swapped exchanged")
_FREED_LATER = _FREED - {"release", "releases"}  # after the participle they are nouns: "Album Release Party"


def _freed_before(win: Window) -> bool:
    """A release just before names the people the participle describes: "Authorities
    Release Detained Canadians", "Released Dozens Of Political Prisoners Detained During
    Protests"; not "released the names of three men detained"."""
    left = win.left_words(8)
    at = max((i for i, word in enumerate(left) if word in _FREED), default=None)
    return at is not None and not set(left[at + 1 :]) & lex.NON_PERSON_OBJECTS


def _freed_later(win: Window) -> bool:
    """The sentence frees the people the participle describes (not on bail: an arrest
    before a release on bail is still news)."""
    right = set(win.right_words(20))
    return bool(right & _FREED_LATER) and not right & lex.BAIL_CUES


def _appositive(win: Window) -> bool:
    """The participle opens an aside between commas ("The woman, detained in a facility, has")."""
    prev = win.prev()
    if prev is None or not prev.raw.endswith(","):
        return False
    return any((tok := win.next(k)) is not None and tok.raw.endswith(",") for k in range(1, 13))


def _headline_attributive(win: Window) -> bool:
    """A participle opening a headline before a noun phrase describes it ("Detained Saudi
    Activists Appear In Court"); a headline reporting the act puts it after ("Activists
    Detained")."""
    nxt = win.right_words(1)
    return win.is_title and win.idx == win.lo and bool(nxt) and nxt[0] not in lex.PREPOSITIONS


def _later_outcome(right: list[str]) -> bool:
    """ "was arrested in a Moscow hotel room and later convicted of espionage": history."""
    for i, word in enumerate(right[:-1]):
        if word in ("later", "subsequently", "eventually") and right[i + 1] in lex.LATER_OUTCOMES:
            return True
    return False


def _held_for_a_while(right: list[str]) -> bool:
    """A duration after the participle ("for months", "in China for two years"): how long
    someone has been held, a state rather than the act of arresting."""
    if "for" not in right[:3]:
        return False
    after = right[right.index("for") + 1 :][:4]
    return bool(set(after) & lex.CUSTODY_DURATION_NEXT)


_JAILED_ON = lex.words("charge charges law suspicion accused without")
_BOOKED_INTO = lex.words("jail charge charges custody county")
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
    if win.word == "jailed" and _held_for_a_while(win.right_words(8)):
        return None  # a state: "Jailed At Rikers For 3 Years Without Trial"
    if win.word in _TITLE_PARTICIPLES and win.right_words(1)[:1] and win.right_words(1)[0] in lex.PERSON_NOUNS:
        if not set(win.left_words(2)) & _NAB_AGENTS:
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


def _surrender(win: Window) -> Reading | None:
    """ "Rapper Turns Himself In To Police", "turned herself in to police on Monday". In
    body text a surrender is usually a recap of how a case began ("turned himself in the
    morning after the shooting"), so there it must be dated today."""
    if not win.is_title and not dating.fresh(win.right_text(12)):
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


def _picked_up(win: Window) -> Reading | None:
    """ "Two teenagers were picked up by police", "officers picked up the suspect": people
    picked up by the authorities, not a parcel, a signal or a trend picked up."""
    right = win.right_words(8)
    if right[:1] != ["up"]:
        return None
    passive = passive_aux(win)
    if passive:
        agents = set(right[2:4]) if right[1:2] == ["by"] else set()
        people = set(win.left_words(6))
    else:
        agents, people = set(win.left_words(4)), set(right[1:])
    if not agents & lex.ARREST_AGENTS or not people & (lex.PERSON_NOUNS | _WANTED | lex.ROUNDED_UP):
        return None
    return Reading("arrest", "passive" if passive else "active", win.start, win.end, 0.8)


_COUNTS = lex.words("two three four five six seven eight nine ten dozen dozens scores hundreds")
_HELD_WHO = lex.PERSON_NOUNS | _WANTED | lex.ROUNDED_UP | _COUNTS
_HOLDERS = lex.words("police officers authorities detectives")
_HOLD_OBJECT_NOT = lex.words("accountable responsible liable hostage hostages captive")


def _held(win: Window) -> Reading | None:
    """British and wire usage of "held" for an arrest: "a man is being held on suspicion
    of murder", "Three held after Manchester raid", "Two men held over Belfast shooting",
    "Police hold three suspects"; not "Vigil held after shooting", "held hostage",
    "hold officials accountable"."""
    right = win.right_words(3)
    if win.word != "held":
        after = set(win.right_words(6))
        if not set(win.left_words(4)) & _HOLDERS or not after & _HELD_WHO or after & _HOLD_OBJECT_NOT:
            return None
        return Reading("arrest", "active", win.start, win.end, 0.8)
    if right[:2] in (["on", "suspicion"], ["for", "questioning"]):
        return Reading("arrest", "passive", win.start, win.end, 0.85)
    who = [word for word in win.left_words(4) if word not in lex.BE_AUX]
    if not who or not (who[-1] in _HELD_WHO or who[-1].isdigit()):
        return None
    return Reading("arrest", "passive", win.start, win.end, 0.8)


_PRETRIAL = lex.words("trial charge charges bail bond")


def _sent_to_jail(win: Window) -> Reading | None:
    """Sent to jail before a verdict: "Judge Sends Paul Manafort To Jail Ahead Of Trial", "...
    To Jail Over Witness Tampering Charges"; not a sentence ("sent to prison for 10 years")."""
    right = win.right_words(14)
    if "to" not in right or not {"jail", "prison"} & set(right):
        return None
    if _held_for_a_while(right[right.index("to") + 2 :]) or {"sentence", "sentenced", "life"} & set(right):
        return None
    if not _PRETRIAL & set(right):
        return None
    return Reading("arrest", "active", win.start, win.end, 0.8)


_CAPTURED_WHO = _NABBED_WHO | lex.words("gunmen lord kingpin")
_CAPTORS = lex.ARREST_AGENTS - lex.words("forces troops soldiers military army")  # a war capture is no arrest


def _captured(win: Window) -> Reading | None:
    """A person captured by authorities ("authorities captured drug lord Ovidio Guzman",
    "the fugitive was captured in Texas"); not footage, territory or an alligator."""
    passive = passive_aux(win) or (win.word.endswith("ed") and win.is_title and participle_voice(win) == "passive")
    what = set(win.right_words(4)) if not passive else set(win.left_words(4))
    if what & lex.NOT_CAPTURED or (not passive and set(win.right_words(1)) & {"on", "by"}):
        return None  # "captured on video"
    if win.right_words(1)[:1] in (["on"], ["in"], ["by"]) and set(win.right_words(4)) & lex.NOT_CAPTURED:
        return None  # "The gunman was captured on video", "captured by security cameras"
    recapture = win.word.startswith("re")  # only an escaped person is recaptured: "Mexico Recaptures El Chapo"
    agents = set(win.left_words(5)) & _CAPTORS or (recapture and win.names_country_before(2))
    if passive and not what & _CAPTURED_WHO:
        return None
    if not passive and not agents:
        return None
    if not passive and not recapture and not what & _CAPTURED_WHO and (win.is_title or not win.capitalised_after(3)):
        return None  # no person captured: "Wildlife officers captured a three-metre crocodile"
    return Reading("arrest", "passive" if passive else "active", win.start, win.end, 0.8)


def read_arrest(win: Window, custody: Callable[[], bool] | None = None) -> Reading | None:
    """Arrest or detention by authorities (`custody` is unused: the reader signature is shared)."""
    word = win.word
    prev = win.prev()
    if set(win.left_words(2)) & _STILL:
        return None  # a state: "remains jailed in Eritrea", "still detained"
    if word == "custody":
        return _custody(win)
    if word in ("jailed", "booked", "nabbed", "nab", "nabs", "busted", "cuffed", "handcuffed"):
        return _booked_jailed_nabbed(win)
    if word in ("turns", "turned"):  # the gate saw "himself in"
        return _surrender(win)
    if word == "rounded":
        return _rounded_up(win)
    if word == "picked":
        return _picked_up(win)
    if word in ("capture", "captured", "captures", "recapture", "recaptured", "recaptures"):
        return _captured(win)
    if word in ("held", "hold", "holding"):
        return _held(win)
    if word in ("sends", "sent"):
        return _sent_to_jail(win)
    if prev is not None and prev.word in lex.ARREST_NOT_ACT_PREV or set(win.right_words(1)) & lex.ARREST_NOT_ACT_NEXT:
        return None
    if word in ("arrest", "arrests") and not _arrest_as_verb(win):
        return _arrest_noun(win)
    return _arrest_verb(win)


# After "<Country> Arrests" in a headline: the noun's own verb ("Russia Arrests Spark Outcry"), not an object
_NOT_AN_OBJECT = (
    _TRENDS
    | lex.PREPOSITIONS
    | lex.BE_AUX
    | lex.HAVE_AUX
    | lex.words("and or spark sparks draw draws prompt prompts trigger triggers raise raises fuel fuels cause causes")
    | lex.words("follow follows continue continues mount mounts grow grows")
)
_OBJECT_START = lex.DETERMINERS | lex.words(
    "him her them me us over more nearly almost dozens hundreds thousands "
    "scores two three four five six seven eight nine ten twelve "
    "former ex top senior alleged suspected prominent another"
)


def _arrest_as_verb(win: Window) -> bool:
    """Is "arrest(s)" a verb? Yes with an agent just before ("Police Arrest", "FBI Arrests") or an
    object just after ("Arrests 6", "arrest the suspect"); otherwise a noun."""
    prev = win.prev()
    if prev is None or prev.word in lex.DETERMINERS or prev.word in lex.PREPOSITIONS or is_possessive(prev.raw):
        return False
    if win.right_words(1) and win.right_words(1)[0] in ("in", "of", "for", "fall", "fell", "rose", "rise"):
        return False  # a noun: "Police arrests in England and Wales fall to record low"
    if prev.word.rstrip("+").replace(",", "").isdigit() or prev.word == "house":
        return False
    if set(win.left_words(3)) & lex.ARREST_AGENTS or prev.word in ("to", "and", "or"):
        return True
    nxt = win.right_words(1)
    if nxt and (nxt[0] in _OBJECT_START or nxt[0].replace(",", "").isdigit()):
        return True
    # a headline with countries around it: "Russia Arrests U.S. Soldier", "Iran Arrests French Tourist"
    if win.is_title and win.names_country(prev) and nxt and nxt[0] not in _NOT_AN_OBJECT:
        return True  # "Canada Arrests Huawei Finance Chief At U.S. Request"
    return win.is_title and win.names_country(prev) and win.names_country(win.next())
