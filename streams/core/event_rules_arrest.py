"""Arrest rules: is "arrested"/"detained"/"custody"... an arrest by the authorities?

"arrest" must not be "cardiac arrest", "arrest warrant", "resisting arrest", nor a state
("held in custody", "detained for months"); "charged"/"indicted" are not arrests, and
"jailed" only "on a charge" (else it is a sentence). Rarer and slang wordings ("booked",
"nabbed", "busted", "rounded up", "captured", "turned himself in", "held") are read in
event_rules_arrest_rare.py. Releases are in event_rules_release.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from streams.core import dating, modality
from streams.core import event_lexicon as lex
from streams.core.event_rules_arrest_rare import (
    FREED,
    freed_later,
    held_long,
    read_booked_jailed_nabbed,
    read_captured,
    read_hauled_off,
    read_held,
    read_picked_up,
    read_rounded_up,
    read_sent_to_jail,
    read_surrender,
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

_CUSTODY_TAKEN = lex.words("taken placed put booked")
_STILL = lex.words("remain remains remained remaining still already")
_UNJUSTLY = lex.words("wrongfully wrongly unjustly arbitrarily unlawfully illegally")
_RATES = lex.words("rate rates percent")
_THINGS_DETAINED = lex.words("luggage baggage bag bags suitcase suitcases parcel parcels package packages cargo")
# "Port officials have detained the vessel" (but a passive's "Aid Ship Captain Arrested" arrests a person)
_SHIPS = lex.words("vessel vessels ship ships tanker tankers")
_OBJECTS_DETAINED = _THINGS_DETAINED | _SHIPS  # an active verb's object
_PEOPLE_PRONOUNS = lex.words("those many most several all others")  # "those detained": a description


_ASSAILANTS = lex.words("gunman gunmen shooter shooters attacker attackers assailant suspect suspects driver killer")
_PEOPLE_IN_CUSTODY = lex.PERSON_NOUNS | _ASSAILANTS  # "Australian Man In Custody", "Gunman In Custody"


def _custody(win: Window) -> Reading | None:
    """Custody as an act: "taken into custody", "a suspect is in custody"; not "died in custody"."""
    left = win.left_words(4)
    if win.right_words(1) and win.right_words(1)[0] in ("battle", "dispute", "fight", "hearing", "case"):
        return None
    be_in = left[-2:] in (["is", "in"], ["are", "in"])  # "Charged In Freddie Gray's Death Are In Custody"
    if (set(left[-3:]) & lex.STATE_VERBS and not be_in) or "from" in left[-3:] or "until" in win.right_words(3):
        return None
    if set(left) & lex.NOT_CAPTURED:  # "Deputies took the 8-foot alligator into custody"
        return None
    if "into" in left[-3:]:  # "was taken into custody" (passive) or "will take him into custody" (active)
        if {"never", "not"} & set(win.left_words(5)):
            return None  # negated beyond the auxiliary chain's reach: "was never taken into state custody"
        voice = "passive" if set(win.left_words(8)) & lex.BE_AUX else "active"
        take = next((tok for tok in reversed(win.left_tail(8)) if tok.word in _TAKE), None)
        if (
            voice == "active"
            and take is not None
            and modality.irrealis(dating.last_words(win.left_text(take.start), 6))
        ):
            return None  # the verb carries the modal: "would still take the founder into custody if"
        return Reading("arrest", voice, win.start, win.end, 0.95)
    if left[-1:] == ["in"] and left[-2:-1] and left[-2].endswith(("ed", "en")) and left[-2] not in _CUSTODY_TAKEN:
        return None  # what happened there: "many said they were beaten in custody"
    if {"no", "nobody", "none"} & set(left):
        return None  # "investigators had no suspects in custody"
    if {"while", "when"} & set(win.left_words(6)):
        return None  # a state at the time: "was completed while Polanski was in custody"
    # a headline opening on the person: "Australian Man In Custody After ...", not "Death Of Black Man In Custody"
    # ... or on a longer name: "Colorado Springs Planned Parenthood Gunman In Custody After Standoff"
    opens = win.is_title and (len(win.left_words(5)) <= 4 or not set(win.left_words(8)) & _FATE_OR_DEATH)
    person_in = opens and left[-2:-1] != [] and left[-2] in _PEOPLE_IN_CUSTODY and left[-1] == "in"
    person_in = person_in or (win.is_title and 1 < len(win.left_words(4)) <= 3 and left[-1:] == ["in"])  # "George
    # Zimmerman In Custody, Charged With ..." (a name opening the headline)
    if person_in or ("in" in left[-3:] and (set(left) & {"is", "are", "was", "were", "now", "suspect", "suspects"})):
        return Reading("arrest", "passive", win.start, win.end, 0.75)  # "Australian Man In Custody After ..."
    return None


_JUDGED = re.compile(
    r"\b(?:were|was) (?:\w+ )?(?:political|illegal|unlawful|arbitrary|unjustified|justified|wrong|a sign of|an act of)"
)  # ... or what they stood for: "the arrests of the officers were a sign of 'state terrorism'"
_TRENDS = lex.words(
    "fell fall falls rose rise rises dropped drop drops declined decline declines increased increase increases "
    "doubled halved climbed jumped surged soared plunged plummeted tripled surge spike jump"
)


_TAKE = lex.words("take takes took taking")
_PLACED = lex.words("placed put puts places placing putting")
_ORDERS = lex.words("order orders ordered ordering")
_WARRANTS = lex.words("warrant warrants notice notices")


def _put_under_arrest(win: Window) -> bool:
    """Someone placed under arrest, or a headline's person "Under Arrest"; not one who remains there."""
    left = win.left_words(4)
    if set(left) & lex.STATE_VERBS or "house" in left:
        return False
    return bool(set(left[-3:-1]) & _PLACED) or (win.is_title and left[-2:-1] != [] and left[-2] in _ASSAILANTS)


def _record_of(left: list[str]) -> bool:
    """A record's noun just before an "of" a few words back: "Video Of Sandra Bland's Traffic Stop And"."""
    return any(word == "of" and i and left[i - 1] in lex.NON_PERSON_OBJECTS for i, word in enumerate(left))


def _arrest_noun(win: Window) -> Reading | None:
    """The noun as an act: "arrests of 31 men", "made an arrest", "100 arrests", "Stone's arrest"."""
    left, right = win.left_words(4), win.right_words(4)
    if _WARRANTS & set(left) or set(left[-2:]) & _ORDERS:
        return None  # "warrants for their arrest", "Interpol notices for the suspects' arrest", "orders arrest of"
    if _JUDGED.search(" ".join(win.right_words(8))):
        return None  # a judgement of past arrests: "Court Says Russia's Arrests Of Navalny Were Political"
    if "of" in left[-3:] and set(left) & lex.NON_PERSON_OBJECTS:
        return None  # what a record shows: "Release Dashcam Video Of Sandra Bland's Arrest"
    if not _TRENDS.isdisjoint(win.right_words(8)) and not set(left) & lex.NOMINAL_ARREST_VERBS:
        return None  # the subject of a statistic: "Arrests of children aged 10 to 17 fell by 11%"
    if left[-1:] == ["in"] and left[-2:-1] and left[-2] in _TRENDS:
        return None  # a statistic: "the drop in arrests of young people"
    if set(right) & lex.LATER_STEPS:  # "his arrest and subsequent sentencing"
        return Reading("arrest", "nominal", win.start, win.end, 0.5, history=True)
    if left[-1:] == ["house"]:
        # "puts Islamist leader blamed for Mumbai attacks under house arrest"; not a bail condition
        if _PLACED & set(win.left_words(10)) and not set(win.left_words(10)) & lex.BAIL_CUES:
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


# What people arrested earlier do in a later story: "Man Arrested At Starbucks Sues Police".
_DIED = lex.words("of died dies death dead")
# whose fate or whose family is the news: "over the execution of a man arrested", "Family Of American Detained"
_FATES = lex.words(
    "execution executions death deaths killing killings funeral funerals hanging hangings family families relatives"
)
_FATE_OR_DEATH = _FATES | _DIED  # a headline about a death or a fate, not an arrest


def _arrest_verb(win: Window) -> Reading | None:
    """The verb: "Police arrested ...", "13 Arrested", "India Arrests Over 500", "was detained"."""
    prev = win.left_words(1)
    if win.word.endswith("ing") and prev and prev[0] in lex.PREPOSITIONS:
        if not (win.is_title and prev[0] in ("after", "following")):  # "Russia Bans Goods After Detaining ..."
            return None  # "the limit for detaining children", "accused of detaining"
    if win.word.endswith("ing") and (not prev or prev[0] == "that") and lex.MODALS_AND_TO & set(win.right_words(6)):
        return None  # a gerund subject: "said that arresting Putin would amount to a declaration of war"
    if not win.is_title and win.text[win.start].isupper() and win.idx > win.lo and win.word in ("arrest", "detain"):
        return None  # a slogan or name mid-sentence: "our policy is Catch and Detain"
    if win.word.endswith("ed"):
        if win.opens_headline_before_noun():
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
        if voice == "passive" and not passive_aux(win) and win.is_title and aftermath_follows(win):
            return None  # who the subject is: "Man Arrested At Starbucks Sues Police", "... Settle With City"
        if prev and (prev[0] in lex.DETERMINERS or prev[0] in lex.PREPOSITIONS or is_possessive(prev[0])):
            if voice == "active" or set(win.right_words(1)) & lex.PERSON_NOUNS:
                return None  # attributive: "Over Detained Pastor", "the arrested men", "Burma's detained leader"
        if voice == "active" and prev and prev[0] in _SAYS:
            return None  # the subject of the reported clause: "Amnesty says detained Saudi activists were tortured"
        if win.is_title and prev and prev[0] in lex.HEADLINE_VERBS and not passive_aux(win) and not coordinated:
            return None  # the object's attribute: "Swedish Ambassador Visits Detained American In North Korea"
        if voice == "passive" and not passive_aux(win) and win.in_aside() and not dating.fresh(win.right_text(8)):
            return None  # a description between commas: "The woman, detained in a New Mexico facility, has"
        if voice == "passive" and not passive_aux(win) and not win.is_title and _held_in_a_country(win):
            return None  # who they are: "Relatives of U.S. citizens detained in Iran asked the White House"
        if voice == "active" and set(win.right_words(3)) & _OBJECTS_DETAINED:
            return None  # "Port officials have detained the vessel"
        if voice == "passive" and set(win.left_words(4)) & _THINGS_DETAINED:
            return None  # "Why Your Luggage Gets Detained At Customs"
        if prev and prev[0] in _PEOPLE_PRONOUNS and not passive_aux(win):
            return None  # a description of people: "the names of those detained"
        if win.right_words(1)[:1] in (["abroad"], ["overseas"]) or "conditions" in win.right_words(4):
            return None  # a description: "support for Britons detained abroad", "are detained in harsh conditions"
        if voice == "passive" and not passive_aux(win) and "conditions" in win.left_words(5):
            return None  # the people held: "Conditions For Migrant Children Detained At Texas Border Station"
        if voice == "passive" and not passive_aux(win) and not win.is_title and generic_people(win):
            if not dating.fresh(win.right_text(10)):
                return None  # a kind of people: "people arrested for breaching the order ... could now seek"
        if voice == "passive" and not passive_aux(win) and win.in_headline_appositive():
            return None  # who the subject is: "Brittney Griner, U.S. Basketball Star Detained In Russia, Pleads"
        if voice == "passive" and not passive_aux(win) and _FATES.intersection(win.left_words(5)[:-2]):
            return None  # whose fate is the news: "over the execution of a man arrested during protests"
        before = win.left_words(2)
        if before[-1:] == ["as"] or (before[:1] == ["as"] and before[-1].endswith("ly")):
            return None  # a status: "classified Griner as wrongfully detained"
        if before[-1:] and before[-1] in _UNJUSTLY and not dating.fresh(win.right_text(8)):
            return None  # a status, unless dated: "the two men had been wrongfully detained"
        if _RATES & set(win.right_words(4)):
            return None  # a statistic: "black motorists were searched and arrested at higher rates"
        if _later_outcome(win.right_words(12)):
            return Reading("arrest", voice, win.start, win.end, 0.9, history=True)  # "... and later convicted"
        if held_long(win):
            return None  # a state: "detained for months", "detained in China for ...", "spent six years detained"
        counted = prev and (prev[0].isdigit() or prev[0] in lex.COUNT_WORDS)  # "four detained Americans freed"
        if not passive_aux(win) and (_freed_before(win) or (voice == "passive" or counted) and freed_later(win)):
            return None  # who was freed: "ICE Releases Detained Father", "Two Americans detained ... freed"
        return Reading("arrest", voice, win.start, win.end, 1.0 if voice == "active" or passive_aux(win) else 0.9)
    return Reading("arrest", "active", win.start, win.end, 0.9, win.word in ("arrest", "detain", "apprehend"))


_SAYS = lex.SAYING | lex.words("claims claim")


def _freed_before(win: Window) -> bool:
    """A release just before names the people the participle describes: "Authorities
    Release Detained Canadians", "Released Dozens Of Political Prisoners Detained During
    Protests"; not "released the names of three men detained"."""
    left = win.left_words(8)
    at = max((i for i, word in enumerate(left) if word in FREED), default=None)
    return at is not None and not set(left[at + 1 :]) & lex.NON_PERSON_OBJECTS


def _held_in_a_country(win: Window) -> bool:
    """Body text: "detained in Iran" or "detained during two months of protests" right after
    the people it describes, undated."""
    during = win.right_words(1) == ["during"]  # "an amnesty to people detained during the protests"
    if not during and (win.right_words(1) != ["in"] or not win.names_country_after(2, 3)):
        return False
    return (
        win.left_words(1)[-1:] != []
        and win.left_words(1)[-1] in lex.ROUNDED_UP | lex.PERSON_NOUNS
        and not (dating.fresh(win.right_text(8)))
    )


def _later_outcome(right: list[str]) -> bool:
    """ "was arrested in a Moscow hotel room and later convicted of espionage": history."""
    for i, word in enumerate(right[:-1]):
        if word in ("later", "subsequently", "eventually") and right[i + 1] in lex.LATER_OUTCOMES:
            return True
    return False


def read_arrest(win: Window, custody: Callable[[], bool] | None = None) -> Reading | None:
    """Arrest or detention by authorities (`custody` is unused: the reader signature is shared)."""
    word = win.word
    prev = win.prev()
    if set(win.left_words(2)) & _STILL:
        return None  # a state: "remains jailed in Eritrea", "still detained"
    if word == "custody":
        return _custody(win)
    if word == "jails":  # a court jailing someone before a verdict: "Jails Two Journalists Pending Trial"
        pending = {"pending", "awaiting"} & set(win.right_words(8)) and "trial" in win.right_words(10)
        return Reading("arrest", "active", win.start, win.end, 0.8) if pending else None
    if word in ("jailed", "booked", "nabbed", "nab", "nabs", "busted", "cuffed", "handcuffed"):
        return read_booked_jailed_nabbed(win)
    if word in ("turns", "turned", "surrendered", "surrenders"):  # the gate saw "himself in" or "to police"
        return read_surrender(win)
    if word in ("round", "rounds", "rounded", "sweep", "sweeps", "swept"):
        return read_rounded_up(win)
    if word == "picked":
        return read_picked_up(win)
    if word == "hauled":
        return read_hauled_off(win)
    if word in ("capture", "captured", "captures", "recapture", "recaptured", "recaptures", "seized", "seizes"):
        return read_captured(win)
    if word in ("held", "hold", "holding"):
        return read_held(win)
    if word in ("sends", "sent"):
        return read_sent_to_jail(win)
    if word == "arrest" and prev is not None and prev.word == "under" and _put_under_arrest(win):
        return Reading("arrest", "passive", win.start, win.end, 0.8)  # "was placed under arrest", "Driver Under Arrest"
    if prev is not None and prev.word in lex.ARREST_NOT_ACT_PREV or set(win.right_words(1)) & lex.ARREST_NOT_ACT_NEXT:
        return None
    if word in ("arrest", "arrests") and _record_of(win.left_words(8)):
        return None  # what a record shows: "Release Dashcam Video Of Sandra Bland's Traffic Stop And Arrest"
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
    | lex.words("follow follows continue continues mount mounts grow grows show shows reveal reveals signal signals")
)
_OBJECT_START = lex.DETERMINERS | lex.words(
    "him her them me us over more nearly almost dozens hundreds thousands "
    "scores two three four five six seven eight nine ten twelve "
    "former ex top senior alleged suspected prominent another"
)


_NOUN_NEXT = lex.words("in of for fall fell rose rise were was are is")


def _arrest_as_verb(win: Window) -> bool:
    """Is "arrest(s)" a verb? Yes with an agent just before ("Police Arrest", "FBI Arrests") or an
    object just after ("Arrests 6", "arrest the suspect"); otherwise a noun."""
    prev = win.prev()
    if prev is None or prev.word in lex.DETERMINERS or prev.word in lex.PREPOSITIONS or is_possessive(prev.raw):
        return False
    if win.right_words(1) and win.right_words(1)[0] in _NOUN_NEXT:
        return False  # a noun: "Police arrests in England and Wales fall to record low", "homicides and arrests were"
    if prev.word.rstrip("+").replace(",", "").isdigit() or prev.word == "house":
        return False
    if set(win.left_words(3)) & lex.ARREST_AGENTS or prev.word in ("to", "and", "or"):
        return True
    nxt = win.right_words(1)
    if nxt and (nxt[0] in _OBJECT_START or nxt[0].replace(",", "").isdigit()):
        return True
    listed = win.follows_headline_comma() and win.capitalised_after(1)
    if listed and nxt and nxt[0] not in _NOT_AN_OBJECT:
        return True  # a second headline verb: "Belarus Diverts Ryanair Jet, Arrests Dissident Journalist"
    # a headline with countries around it: "Russia Arrests U.S. Soldier", "Iran Arrests French Tourist"
    if win.is_title and win.names_country(prev) and nxt and nxt[0] not in _NOT_AN_OBJECT:
        return True  # "Canada Arrests Huawei Finance Chief At U.S. Request"
    return win.is_title and win.names_country(prev) and win.names_country(win.next())
