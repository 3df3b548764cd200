"""Sanctions as lists and asset freezes: names put on or taken off a sanctions list,
delisted, designated under a sanctions programme (OFAC's word), and assets frozen or
unfrozen.

Each word has an everyday sense ("delisted from Nasdaq", "a designated driver", "a
hiring freeze", "frozen ground"), so each reader needs a sanctions sentence, an asset or
a listed name. `event_rules.read_sanction` dispatches here.
"""

from __future__ import annotations

from streams.core import event_lexicon as lex
from streams.core.event_window import Reading, Window, is_possessive, passive_aux
from streams.core.modality import wished
from streams.core.sanction_grammar import BASE_FORMS, governing_act, sentence_has

_UNFREEZE = lex.words("unfreeze unfreezes unfreezing unfroze unfrozen unblock unblocks unblocked")  # funds
FREEZE_WORDS = lex.words("freeze freezes freezing froze frozen") | _UNFREEZE
DELIST_WORDS = lex.words("delist delists delisted delisting")
DESIGNATE_WORDS = lex.words("designated designates")
_THE_MEASURES = lex.words("measures sanctions embargo restrictions designation designations listing")
_STILL_FROZEN = lex.words("already still remain remains remained stay stays")
_CRIMINAL_CASE = lex.words("police prosecutors investigators detectives judge magistrate")
_REGULATORS = lex.words("securities regulator regulators liquidators liquidator receivers bankruptcy")
_WHOSE_ASSETS = (["of"], ["belonging"], ["held"], ["linked"], ["owned"])  # "freezes assets of ..." is the verb
_LISTED_ENTITIES = lex.words(
    "companies company firms firm banks bank entities entity vessels ships tankers networks groups organizations "
    "businesses exchanges airlines"
)


def sanctions_list(win: Window) -> Reading | None:
    """A name put on or taken off a sanctions list: "removed Belavia from its sanctions
    list" (lifted), "added five firms to the sanctions list" (imposed)."""
    left = win.left_tail(12)
    for i in range(len(left) - 1, 0, -1):
        preposition = left[i].word
        if preposition == "off":  # "Cuba Officially Off U.S. Terror Blacklist"
            return Reading("sanctions_lifted", "passive", win.start, win.end, 0.8)
        if preposition not in ("from", "to", "on") or (preposition == "to" and left[i - 1].word == "subject"):
            continue  # "from the list of persons subject to restrictive measures"
        verbs = lex.DELIST_VERBS if preposition == "from" else lex.ENLIST_VERBS
        verb = next((tok for tok in reversed(left[:i]) if tok.word in verbs), None)
        if verb is None:
            return None
        kind = "sanctions_lifted" if preposition == "from" else "sanctions_imposed"
        return Reading(kind, "active", verb.start, verb.end, 0.9, verb.word in ("remove", "add", "delist"))
    return None


def delisted(win: Window) -> Reading | None:
    """ "The Treasury delisted three Russian businessmen": lifted, in a sentence about
    sanctions only ("delisted from Nasdaq" is a stock exchange's act)."""
    if not sentence_has(win, lex.SANCTIONS_CONTEXT):
        return None
    voice = "passive" if passive_aux(win) else "active"
    return Reading("sanctions_lifted", voice, win.start, win.end, 0.85, win.word == "delist")


def asset_freeze(win: Window) -> Reading | None:
    """Assets frozen or unfrozen: "froze the assets of 20 officials", "an asset freeze
    on", "unfroze $6bn of Iranian funds", "their assets were frozen"; not "frozen assets"
    (a state), a hiring freeze or frozen ground."""
    kind = "sanctions_lifted" if win.word in _UNFREEZE else "sanctions_imposed"
    prev, ahead = win.prev(), win.right_words(5)
    trade_with = ahead[:2] in (["trade", "with"], ["ties", "with"]) and win.names_country_after(3, 4)
    if kind == "sanctions_imposed" and trade_with:
        return Reading(kind, "active", win.start, win.end, 0.8)  # "Saudi Arabia Freezes Trade With Canada"
    if {"billion", "million", "bn", "m"} & set(ahead):
        ahead = win.right_words(8)  # a sum first: "unblocked US$1.5 billion of Libyan government funds"
    if prev is not None and prev.word in ("asset", "assets") and win.word.endswith(("freeze", "freezes")):
        if "including" in win.left_words(3):
            return None  # an item of sanctions already read: "lifted most of its sanctions, including an asset freeze"
        if set(win.left_words(6)) & lex.KEEPING or set(win.left_words(14)) & lex.RENEWALS:
            # a state: "maintains asset freezes on", "extended an arms embargo, along with ... asset freezes"
            return None
        act = governing_act(win)
        if act is not None and act.word in lex.LIFT_VERBS:  # "lift an arms embargo, asset freezes and ..."
            return Reading("sanctions_lifted", "active", act.start, act.end, 0.8, act.word in BASE_FORMS)
        if act is not None and act.word in lex.IMPOSE_VERBS:  # "has imposed travel bans and asset freezes on"
            return Reading(kind, "active", act.start, act.end, 0.8, act.word in BASE_FORMS)
        if "reach" in win.left_words(5) or (act is None and set(win.left_words(20)) & (lex.KEEPING | lex.RENEWALS)):
            return None  # a state: "out of reach of Western asset freezes on", "The renewal keeps in place ... freezes"
        if act is None and set(win.left_words(20)) & lex.LIFT_VERBS:
            # an item a lifting verb governs: "lifts ... the restrictions on trade, ... and the visa bans and asset
            return None  # freezes on nearly 500 people"
        if {"on", "against", "targeting"} & set(win.right_words(4)):
            return Reading(kind, "nominal", win.start, win.end, 0.7)  # "an asset freeze (and travel ban) on ..."
        placed = win.left_words(8)
        if "under" in placed and {"placed", "put"} & set(placed):  # "were placed under ... an asset freeze"
            return Reading(kind, "passive", win.start, win.end, 0.8)
        return None
    if set(win.left_words(3)) & _CRIMINAL_CASE or set(win.left_words(10)) & _REGULATORS:
        # a seizure in a criminal case: "Police also froze HK$18 million in assets"; a market regulator's freeze:
        return None  # "the Securities Commission of The Bahamas, which on Thursday froze the assets of FTX"
    if win.word in ("froze", "freezes") and set(win.left_words(6)[:2]) & _THE_MEASURES:
        return None  # what existing sanctions do: "The measures barred most trade and froze the assets of"
    if win.word.endswith("frozen"):  # a participle: passive or perfect, never the adjective
        if set(win.left_words(2)) & _STILL_FROZEN:
            return None  # a state: "many are already frozen under sanctions", "remain frozen"
        if passive_aux(win) and set(win.left_words(12)) & lex.ASSET_NOUNS:
            return Reading(kind, "passive", win.start, win.end, 0.8)
        if not (prev is not None and prev.word in lex.HAVE_AUX and set(ahead) & lex.ASSET_NOUNS):
            return None
    elif not set(ahead) & lex.ASSET_NOUNS or (ahead[0] in lex.ASSET_NOUNS and ahead[1:2] not in _WHOSE_ASSETS):
        return None  # nothing frozen, or "freeze assets" as a noun phrase head ("freeze assets law")
    if prev is None or prev.word in lex.DETERMINERS or (prev.word in lex.PREPOSITIONS and prev.word != "to"):
        return None  # a noun: "the freeze of assets"
    return Reading(kind, "active", win.start, win.end, 0.85, win.word in BASE_FORMS)


def designated(win: Window) -> Reading | None:
    """Names designated under a sanctions programme, in a sentence about sanctions (OFAC's
    word): "the Treasury designated five Iranian officials", "two banks were designated";
    not "a designated driver", "the Treasury's designated spokesman", "U.S.-designated
    terrorist groups" or the "Specially Designated Nationals" list."""
    prev = win.prev()
    if prev is not None and prev.word == "specially":  # "added to the Specially Designated Nationals list"
        return sanctions_list(win) if win.right_words(2)[1:] == ["list"] else None
    if not sentence_has(win, lex.SANCTIONS_CONTEXT):
        return None
    if win.start > 0 and win.text[win.start - 1] == "-":
        return None  # "U.S.-designated": an adjective
    if prev is None or prev.word in lex.DETERMINERS or is_possessive(prev.raw):
        return None  # an adjective: "the designated driver", "Specially Designated Nationals"
    if prev.word == "of" and "list" in win.left_words(3):
        return None  # a list's name: "removed ... from its list of designated entities"
    if passive_aux(win):
        return Reading("sanctions_imposed", "passive", win.start, win.end, 0.85)
    nxt = win.right_words(1)
    if not nxt or nxt[0] in lex.PREPOSITIONS or nxt[0] in ("as", "for"):
        return None  # "designated to deal with", "designated as the venue": no sanctioned object
    if not win.capitalised_after(3) and not set(win.right_words(4)) & (lex.PERSON_NOUNS | _LISTED_ENTITIES):
        return None  # "designated funds for the program": nobody is listed
    return Reading("sanctions_imposed", "active", win.start, win.end, 0.85)


_OFF_THE_LIST = lex.LIFT_VERBS | lex.words(
    "remove removes removed removing delist delists delisted take takes took taken"
)
_ON_THE_LIST = lex.words(
    "designate designates designated designating redesignate redesignates redesignated add adds added "
    "put puts return returns returned relist relists relisted name names named label labels labeled labelled"
)
_LIST_VERBS = _OFF_THE_LIST | _ON_THE_LIST


def terror_sponsor(win: Window) -> Reading | None:
    """The US list of state sponsors of terrorism, a sanctions regime: a state taken off it
    ("formally removed Sudan from its list of state sponsors of terrorism") or put on it
    ("redesignated Cuba a state sponsor of terrorism"); not the label in a description."""
    verb = next((tok for tok in reversed(win.left_tail(8)) if tok.word in _LIST_VERBS), None)
    if verb is None:
        return None
    wish = win.text[max(0, verb.start - 40) : verb.start].lower().split()[-3:]
    if verb.word.endswith("ed") and wished(" ".join(wish)):
        return None  # "Havana wanted Cuba removed from the US list"
    kind = "sanctions_lifted" if verb.word in _OFF_THE_LIST else "sanctions_imposed"
    before = win.text[max(0, verb.start - 12) : verb.start].lower().split()[-1:]
    voice = "passive" if before and before[0] in lex.BE_AUX else "active"
    return Reading(kind, voice, verb.start, verb.end, 0.8, verb.word in ("remove", "designate", "delist"))
