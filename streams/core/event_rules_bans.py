"""Bans on a country as sanctions: flights, trade, entry, airspace.

The labelling guide counts "flight or trade bans imposed on a state or its officials as
pressure" ("announced new restrictions on flights to Cuba"), and their easing. A ban is
read as one only when it names the country it targets and, for the wordings that could be
anyone's ("suspended flights", "barred entry"), when a state acts; bans for health or
safety, a legislature's bill, a domestic ban or an airline's decision are not sanctions.
"""

from __future__ import annotations

import re

from streams.core import event_lexicon as lex
from streams.core.event_window import Reading, Window, passive_aux
from streams.core.sanction_grammar import BASE_FORMS, MEASURES_DO, governing_act, passive_act, sentence_has, text_has
from streams.core.text import body_lead

_BAN_VERBS = lex.words("bans banned banning")
_BAN_NOUNS = lex.words("ban restrictions rules curbs")
_SUSPEND = lex.words("suspended suspends halts halted")  # "China Halts North Korean Coal Imports"
_SUSPENDED_MEASURES = lex.words("restrictions sanctions embargo ban bans curbs measures")
BAN_WORDS = _BAN_VERBS | _BAN_NOUNS | _SUSPEND  # read by `read_trade_measure`
# Verbs that move goods: a "banned" after them describes the goods ("shipped banned goods to Iran").
_MOVED = lex.words(
    "ship ships shipped shipping smuggle smuggles smuggled smuggling sell sells sold selling export exports "
    "exported exporting funnel funnels funneled funnelled supply supplies supplied supplying send sends sent "
    "sending deliver delivers delivered transfer transferred buy buys bought procure procured procuring"
)
_HEALTH = tuple(cue for cue in lex.HEALTH_OR_SAFETY_CUES if cue not in ("safety", "security"))  # in a headline
_FIRMS = lex.words("airline airlines carrier carriers company companies firm firms operator operators")


def _by_a_state(win: Window) -> bool:
    """Does a country (or its capital) or a bloc act in the words before the trigger ("The
    US Department of Transportation on Friday suspended", "EU Closes Its Airspace To")?"""
    return win.names_country_before(8) or not lex.BLOC_WORDS.isdisjoint(win.left_words(8))


def _lead_has(win: Window, cues: tuple[str, ...]) -> bool:
    """Does the body's first sentence, after a headline, hold one of `cues`?"""
    return text_has(body_lead(win.text, win.sent.end), cues)


_CLAUSE_WORDS = lex.SUBORDINATORS | {"but", "that", "which"}
_TAKES_EFFECT = re.compile(
    r"\b(?:takes?|took|taking) (?:full )?effect\b|\b(?:comes?|came|coming|went|goes) into (?:full )?(?:force|effect)\b"
)


def takes_effect(win: Window) -> bool:
    """Does the measure come into force in its own clause ("EU Oil Embargo On Iran Takes
    Full Effect", "a ban on imports of Iranian crude came into force Sunday"), not another
    one's ("Sanctions On Iran Lifted As Nuclear Deal Takes Effect")?"""
    right = " ".join(win.right_words(8))
    found = _TAKES_EFFECT.search(right)
    if found is None:
        return False
    between = right[: found.start()].split()
    return not any(word.endswith("ed") or word in _CLAUSE_WORDS for word in between)


def hit_with(win: Window) -> bool:
    """ "Moscow retaliates with entry ban on", "Washington Hits Cuban Officials With Visa Bans"."""
    left = win.left_words(6)
    return "with" in left and bool(set(left[: left.index("with")]) & lex.RETALIATE_VERBS)


def read_entry_barred(win: Window) -> Reading | None:
    """A state barring a country's people or planes: "Russia has barred entry to 500 U.S.
    officials", "Britain barred Belarus' state airline from flying into the country"; not
    a club barring fans, nor a person barred from entering a country."""
    by_a_bloc = bool(set(win.left_words(4)) & lex.BLOC_WORDS)  # "EU Bars Belarusian Airlines From Its Skies"
    if not (_by_a_state(win) or by_a_bloc) or not win.names_country_after(1, 6):
        return None
    return Reading("sanctions_imposed", "passive" if passive_aux(win) else "active", win.start, win.end, 0.8)


def _country_modifier(win: Window) -> bool:
    """The country modifies the measure: "Cuba Travel And Trade Restrictions", "Russian oil ban"."""
    k = 1
    while (tok := win.prev(k)) is not None and (tok.word in lex.TRADE_OBJECTS or tok.word == "and"):
        k += 1
    country = win.prev(k)
    if k == 1 and (win.word in _BAN_VERBS or win.word in _SUSPEND) and win.next() is not None:
        return False  # the subject of the verb: "India Bans Wheat Exports", "Ireland suspended flights"
    if k == 1:  # right before the measure: a full name ("Eases Cuba Restrictions On Flights"), not "US restrictions"
        owner = country is not None and country.raw.endswith(("'s", "’s"))  # "Indonesia's ban on exports": its own
        return win.names_country(country) and not country.raw.replace(".", "").isupper() and not owner
    return win.names_country(country)


_OFFICIALS = lex.words(
    "official officials leader leaders minister ministers oligarch oligarchs general generals lawmakers "
    "judges diplomats businessmen elite elites"
)


def _bars_private_people(win: Window) -> bool:
    """A travel ban on people of a nationality who are no officials ("on American
    pro-democracy workers", "on Iranian citizens"): a court's or an immigration measure,
    not a sanction; on "Russian officials" it is one."""
    right = win.right_words(5)
    if win.left_words(1) != ["travel"] or right[:1] != ["on"] or win.mention_kind(win.next(2)) != "demonym":
        return False
    people = set(right[2:]) & lex.PERSON_NOUNS
    return bool(people) and not people & _OFFICIALS


def _goods_from_a_country(win: Window) -> bool:
    """Goods named at length before their country: "banned imports of most food products from
    the United States"."""
    right = win.right_words(10)
    if right[:1] not in (["imports"], ["exports"]) or "from" not in right[2:]:
        return False
    at = right.index("from", 2) + 1
    return win.names_country_after(at + 1, at + 2)


def read_trade_measure(win: Window) -> Reading | None:
    """A flight or trade ban on a named country, as pressure: "banned flights to Cuba",
    "announced new restrictions on flights to Cuba", "imposed a ban on Russian oil
    imports", or one eased or lifted ("eased restrictions on flights to Cuba"); not a ban
    for health or safety, a legislature's bill, a domestic ban, or a
    ban with no country after it."""
    if sentence_has(win, lex.HEALTH_OR_SAFETY_CUES) or set(win.left_words()) & lex.LEGISLATURE:
        return None
    if win.is_title and _lead_has(win, lex.HEALTH_OR_SAFETY_CUES):
        return None  # "Australia Ends India Travel Ban" over a lead about "the COVID-19 hotspot"
    if not win.is_title and text_has(win.text[: win.text.find("\n")].lower(), _HEALTH):
        return None  # visas suspended under "China reopens borders as quarantine for arriving travellers ends"
    if sentence_has(win, lex.MARKET_CUES) and not (win.names_country_after(1, 6) and "imports" in win.right_words(6)):
        return None  # for the home market, unless it bars a country's goods
    right = win.right_words(6)
    if win.word == "bans" and right[:1] and right[0] in MEASURES_DO:
        return None  # the noun as a subject: "China Bans Leave Australian Coal Ships Stranded"
    if _bars_private_people(win):
        return None  # an exit ban in a court case: "Egypt Lifts Travel Ban On American Pro-Democracy Workers"
    if set(win.left_words(4)) & lex.KEEPING or set(win.left_words(14)) & lex.RENEWALS:
        return None  # kept in force, an ongoing state: "a decree extending Russia's ban on most food imports"
    if hit_with(win):
        return Reading("sanctions_imposed", "active", win.start, win.end, 0.8)
    if win.word in ("ban", "restrictions") and takes_effect(win) and win.names_country_after(1, 6):
        return Reading(
            "sanctions_imposed", "nominal", win.start, win.end, 0.7
        )  # "ban on Iranian crude came into force"
    goods_of = right[:1] == ["on"] and win.names_country(win.next(2)) and _by_a_state(win)  # "its ban on Georgian wine"
    if not set(right[:4]) & lex.TRADE_OBJECTS and not set(win.left_words(1)) & lex.TRADE_OBJECTS and not goods_of:
        return None  # neither "bans flights to" nor "a flight ban", "visa restrictions"
    to_far = right[5:6] in (["to"], ["from"]) and win.names_country_after(
        7, 7
    )  # "Cruise Ships And Group Tours To Cuba"
    if not (win.names_country_after(1, 6) or to_far) and not _goods_from_a_country(win) and not _country_modifier(win):
        return None  # the measure must name the country it targets
    if win.word in _SUSPEND and set(right[:3]) & _SUSPENDED_MEASURES:
        return None  # a measure suspended is eased ("suspended restrictions on American investment"): its noun tells
    if win.word in _SUSPEND and set(win.left_words(8)) & _FIRMS:
        return None  # a company's decision: "Russia's Flagship Airline Aeroflot Halts All International Flights"
    if win.word in _SUSPEND:  # "The US has suspended all charter flights to Cuban cities": a state's act
        return Reading("sanctions_imposed", "active", win.start, win.end, 0.8) if _by_a_state(win) else None
    prev = win.prev()
    if win.word in _BAN_VERBS and not (prev is not None and prev.word in lex.TRADE_OBJECTS):  # not "travel bans"
        if prev is None or prev.word in lex.DETERMINERS or prev.word in lex.PREPOSITIONS or prev.word in _MOVED:
            return None  # "the banned flights", "funneled banned materials to Pyongyang"
        voice = "passive" if passive_aux(win) else "active"
        return Reading("sanctions_imposed", voice, win.start, win.end, 0.8)
    verb_position = prev is not None and (prev.word in lex.MODALS_AND_TO or win.names_country(prev))
    if win.word == "ban" and verb_position and governing_act(win) is None:
        # the verb: "would ban" / "to ban" (modality rejects those), "US Ban Flights To ..."
        return Reading("sanctions_imposed", "active", win.start, win.end, 0.8, True)
    act = governing_act(win)
    if act is not None and act.word in lex.IMPOSE_VERBS:
        return Reading("sanctions_imposed", "active", act.start, act.end, 0.8, act.word in BASE_FORMS)
    if act is not None and act.word in lex.LIFT_VERBS:  # "eased restrictions on flights to Cuba"
        return Reading("sanctions_lifted", "active", act.start, act.end, 0.8, act.word in BASE_FORMS)
    if set(win.left_words(2)) & lex.NEW_ADJECTIVES and right[:1] == ["on"]:
        return Reading("sanctions_imposed", "nominal", win.start, win.end, 0.6)  # "New restrictions on imports of"
    return passive_act(win)  # "Trade restrictions on Cuba were eased by Washington"


_MORE_BORDERS = lex.words("and its their land sea border borders airports ports")
_CLOSE = lex.words("close closes closed closing shut shuts shutting")
_REOPEN = lex.words("reopen reopens reopened reopening")


def read_airspace(win: Window) -> Reading | None:
    """A state closing its airspace to a country's aircraft ("Ottawa has closed Canadian
    airspace to all Russian-registered aircraft"), or reopening it: a flight ban."""
    right = win.right_words(5)  # "airspace to", "Airspace And Border To", "airspace and land borders to"
    to = right.index("to") + 1 if "to" in right and set(right[: right.index("to")]) <= _MORE_BORDERS else 0
    if not to or not _by_a_state(win):
        return None
    if not win.names_country_after(to + 1, 5):
        return None  # "closed its airspace to all flights": no country targeted
    verb = next((tok for tok in reversed(win.left_tail(4)) if tok.word in _CLOSE or tok.word in _REOPEN), None)
    if verb is None:
        return None
    kind = "sanctions_lifted" if verb.word in _REOPEN else "sanctions_imposed"
    return Reading(kind, "active", verb.start, verb.end, 0.8, verb.word in ("close", "shut", "reopen"))


def read_boycott_lifted(win: Window) -> Reading | None:
    """A state ending its boycott of a country, a trade measure eased: "United Arab Emirates
    scraps boycott of Israel" (the gate saw a lifting verb before and "of" after). A
    boycott's start is left alone: most are consumers' or teams', not states'."""
    verb = next((tok for tok in reversed(win.left_tail(4)) if tok.word in lex.LIFT_VERBS), None)
    if verb is None or not win.names_country_after(2, 3) or not _by_a_state(win):
        return None
    return Reading("sanctions_lifted", "active", verb.start, verb.end, 0.8, verb.word in BASE_FORMS)
