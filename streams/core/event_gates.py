"""Cheap gates: drop trigger hits that no rule could accept, before any tokenising.

Real news says "press release", "free speech", "in exchange for" and "released a
statement" far more often than it reports releases: on the corpus 9 in 10 hits of
"free"/"release" lead nowhere. Locating and tokenising a sentence costs tens of
microseconds, so each gate checks, on a few characters around the word, a condition
the rules themselves require (a necessary condition, never a sufficient one):

* "free" is only an act in "walked/set/went free", after captors ("Taliban free"), or
  with captives after it ("free three hostages");
* "exchange"/"swap" only with prisoners or hostages nearby;
* "custody" only after "into"/"in";
* "release..." only near a custody word, after a capitalised word ("Turkey Releases"),
  before "by" ("released by China"), or in an article that speaks of custody at all
  (the rules accept "the release of the journalist" on that basis);
* "home"/"return" only near "held"/"jailed"/"detained"... (homecoming);
* "sanctions"/"embargo" only with a verb or noun of imposing/lifting close by, or
  with what could be its object next (the verb: "Britain sanctions Russian oligarch");
* "restrictive" only before "measures" (the EU's word for sanctions);
* "designated" only with sanctions, OFAC or the Treasury close by (OFAC's word), or
  before "Nationals" (its list);
* "ban"/"restrictions"/"suspended" only with flights, imports, oil... close by, or "on"
  and a name after (a trade measure: "its ban on Georgian wine");
* "rounded"/"picked" only before "up" ("police rounded up 40 protesters", "picked up by police");
* "handed"/"hands" only before "over" with captives near ("handed over three hostages");
* "walked"/"walking" only before "out of" ("walked out of prison"), "left"/"leaves" only
  before "prison" or "jail", perhaps with an article and a word between ("left prison on
  Thursday", "leaves military prison");
* "barred"/"bars" only before "entry" or "from flying/entering..." ("Russia has barred
  entry to 500 U.S. officials", "Britain barred Belavia from flying into the country");
* "turns"/"turned" only before "himself in" (a surrender: "turned himself in to police"),
  "surrendered"/"surrenders" only before "to" and the authorities ("surrendered to police");
* "held" only before "on suspicion", "for questioning", "after", "over" or "in connection
  with" ("Three held after raid"), "hold"/"holding" only after the police ("Police hold
  three suspects"), "let"/"lets" only before "go" ("Abu Sayyaf Lets Norwegian Hostage Go";
  right before it only with captives or custody near: "were let go in exchange for"),
  "sends"/"sent" only before "to jail" or "to prison";
* "seized"/"seizes" only before "by" and the authorities, or a word for a person ("seized
  by Chinese agents", "seizes dissident on board"; not drugs, power or ships);
* "detain"/"arrest"/"detaining"... not after "to" or a preposition ("to detain",
  "for detaining": an infinitive goal or a generic activity).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from streams.core import event_lexicon as lex
from streams.core.event_lexicon import CUSTODY_CONTEXT, words

_WALK = words("walk walks walked walking set sets go goes went going")
_CAPTIVE_CUES = ("prisoner", "hostage", "captive", "detainee", "inmate")
_HANDED_OVER_CUES = _CAPTIVE_CUES + tuple(sorted(lex.TAKEN_CAPTIVE))
_HELD_CUES = tuple("held jailed detained imprisoned captive hostage prisoner freed released pardon".split())
_HELD_AFTER_FREE = ("prison", "jail", "captivity", "custody", "detention", "bars", "held", "hostage", "captive")
_RELEASE_CUES = CUSTODY_CONTEXT + ("held", "freed", "bars", "exonerat", "swap", "dissident") + tuple(lex.CAPTORS)
_SANCTION_ACTS = (
    (lex.IMPOSE_VERBS | lex.LIFT_VERBS | lex.LIFT_NOUNS | lex.IMPOSE_NOUNS | lex.NEW_ADJECTIVES | lex.RETALIATE_VERBS)
    | lex.EXEMPT_WORDS
    | {"relief", "lapse", "expire", "agree", "agrees", "agreed"}  # "lets arms embargo lapse", "EU agrees arms embargo"
)


def _near(text: str, start: int, end: int, before: int, after: int, cues: tuple[str, ...]) -> bool:
    window = text[max(0, start - before) : end + after].lower()
    return any(cue in window for cue in cues)


def _words_before(text: str, start: int, n: int) -> list[str]:
    return text[max(0, start - 8 * n) : start].lower().split()[-n:]


def _free(text: str, start: int, end: int, custody: Callable[[], bool]) -> bool:
    before = _words_before(text, start, 2)
    walked = bool(before) and (before[-1] in _WALK or before[0] in ("set", "sets"))
    free_man = before[-1:] == ["a"] and text.startswith((" man", " woman", " Man", " Woman"), end)  # "Is A Free Man"
    by_captors = bool(before) and before[-1].rsplit("-", 1)[-1] in lex.CAPTORS  # "Taliban free US citizen held in"
    captives = _near(text, end, end, 0, 40, _CAPTIVE_CUES)  # "Taliban free American hostage"
    is_free = before[-1:] in (["is"], ["are"]) and (
        _near(text, start, start, 80, 0, _HELD_CUES + _HANDED_OVER_CUES)
        or (text.startswith((" after", " After"), end) and _near(text, end, end, 0, 60, _HELD_AFTER_FREE))
    )  # "..., Jailed In Myanmar, Is Free", "Is Free After 7 Years In Military Prison"
    return walked or free_man or by_captors or captives or is_free


_BE_BEFORE = ("was ", "were ", "been ", "is ", "are ")  # "Whelan was swapped for a Russian arms dealer"


def _swap(text: str, start: int, end: int, custody: Callable[[], bool]) -> bool:
    traded = text.startswith((" for ", " For "), end) and text[max(0, start - 6) : start].lower().endswith(_BE_BEFORE)
    traded = traded or text.startswith(" For ", end)  # a headline's "WNBA Star Swapped For Arms Dealer Viktor Bout"
    return traded or _near(text, start, end, 40, 40, _CAPTIVE_CUES + ("detained", " held"))  # "swapped four detained"


def _custody(text: str, start: int, end: int, custody: Callable[[], bool]) -> bool:
    return bool({"into", "in"} & set(_words_before(text, start, 3)))


def _release(text: str, start: int, end: int, custody: Callable[[], bool]) -> bool:
    by_someone = text.startswith(" by ", end)  # "released by China", "released by his captors"
    named = _named_before(text, start)  # "Turkey Releases American Pastor", "Iran released"
    return by_someone or named or _near(text, start, end, 120, 160, _RELEASE_CUES) or custody()


def _named_before(text: str, start: int) -> bool:
    """Is the word before a capitalised one (a name: "Iran released", "China let")?"""
    before = text[max(0, start - 24) : start].split()
    return bool(before) and before[-1][:1].isupper()


def _sanctions(text: str, start: int, end: int, custody: Callable[[], bool]) -> bool:
    around = text[max(0, start - 60) : end + 70].lower().replace(",", " ").split()
    return not _SANCTION_ACTS.isdisjoint(around) or _object_follows(text, end)


def _boycott_ended(text: str, start: int, end: int, custody: Callable[[], bool]) -> bool:
    return text.startswith((" of ", " Of "), end) and not lex.LIFT_VERBS.isdisjoint(_words_before(text, start, 4))


def _terror_sponsor(text: str, start: int, end: int, custody: Callable[[], bool]) -> bool:
    return text[end : end + 12].lower().startswith(" of terror")  # "state sponsors of terrorism"


def _designation(text: str, start: int, end: int, custody: Callable[[], bool]) -> bool:
    nationals = text.startswith((" Nationals", " nationals"), end)  # OFAC's "Specially Designated Nationals" list
    return nationals or _near(text, start, end, 150, 150, lex.SANCTIONS_CONTEXT)


def _trade_measure(text: str, start: int, end: int, custody: Callable[[], bool]) -> bool:
    on_a_name = text.startswith((" on ", " On "), end) and text[end + 4 : end + 5].isupper()  # "ban on Georgian wine"
    return on_a_name or _near(text, start, end, 20, 50, lex.TRADE_CUES)


def _object_follows(text: str, end: int) -> bool:
    """The next word could start an object ("Britain sanctions Russian oligarch",
    "sanctions 12 firms", "sanctions the bank"): "sanctions" may be the verb."""
    after = text[end : end + 12].split(maxsplit=1)
    if not after or text[end : end + 1] != " ":
        return False
    nxt = after[0]
    return nxt[:1].isupper() or nxt[:1].isdigit() or nxt.lower() in lex.DETERMINERS


def _not_after_to(text: str, start: int, end: int, custody: Callable[[], bool]) -> bool:
    before = _words_before(text, start, 1)
    if text.endswith(("After ", "Following "), 0, start):
        return True  # a headline's "Russia Bans Turkish Goods After Detaining Turkish Businessmen"
    return not before or (before[0] != "to" and before[0] not in lex.PREPOSITIONS)


_DEGREE = lex.words("most more so very an truly quite less least as")


_APPROVING = lex.words("federally officially legally formally properly socially culturally religiously")


def _sanctioned(text: str, start: int, end: int, custody: Callable[[], bool]) -> bool:
    """Not "state-sanctioned violence" nor "a Federally Sanctioned Holiday": approved, not penalised."""
    before = _words_before(text, start, 2)[-1:]  # two words' reach: "Federally" is longer than 8 characters
    return text[start - 1 : start] != "-" and not (before and before[0] in _APPROVING)


def _unquoted(words: list[str]) -> list[str]:
    """The words without the quote marks around them (a lone mark is no word)."""
    return [w for w in (word.strip("\"'“”‘’") for word in words) if w]


def _arresting(text: str, start: int, end: int, custody: Callable[[], bool]) -> bool:
    """ "arresting" the verb, not the adjective ("The Most Arresting Parody", "an arresting image")."""
    before = _unquoted(_words_before(text, start, 2))[-1:]  # 'describe as "arresting" images'
    if before and before[0] in _DEGREE:
        return False
    after = _unquoted(text[end : end + 20].lower().split())[:1]  # "Arresting Photos Show ...": an adjective of a thing
    return _not_after_to(text, start, end, custody) and not (after and after[0] in lex.NON_PERSON_OBJECTS)


_HOMECOMING_CUES = _HELD_CUES + ("behind bars", "prison", "captivity", "swap", "release")


def _homecoming(text: str, start: int, end: int, custody: Callable[[], bool]) -> bool:
    # "held ... return", "Home After 3 Years Behind Bars", "Returns Home After Nearly 3 Years In Egyptian Prison"
    return _near(text, start, end, 90, 60, _HOMECOMING_CUES)


def _handed_over(text: str, start: int, end: int, custody: Callable[[], bool]) -> bool:
    cues = _HANDED_OVER_CUES + tuple(lex.CAPTORS)  # "The Taliban handed over Sgt. Bowe Bergdahl"
    after = text[end : end + 45].lower()
    particle = " over" in after[:20] or " back to " in after or after.startswith(" back ")
    return particle and _near(text, start, end, 60, 120, cues)  # "hands captured Indian pilot back to India"


_BARRED_FROM = (
    " entry",
    " Entry",
    "from flying",
    "from entering",
    "from landing",
    "from using",
    "from its airspace",
    "from its skies",
)


def _barred_from(text: str, start: int, end: int, custody: Callable[[], bool]) -> bool:
    return _near(text, end, end, 0, 120, _BARRED_FROM)  # "barred entry to", "barred Belavia from flying"


def _followed_by(*starts: str) -> Callable[[str, int, int, Callable[[], bool]], bool]:
    """A gate passing a trigger that one of `starts` follows ("rounded" + " up ")."""
    return lambda text, start, end, custody: text.startswith(starts, end)


_SURRENDER = (" himself in", " herself in", " themselves in", " Himself In", " Herself In", " Themselves In")
_HELD_FOR = (" on suspicion", " for questioning", " after ", " over ", " in connection with")
_HELD_FOR += tuple(cue.title() for cue in _HELD_FOR)
_HOLDERS = tuple(lex.HOLDERS)
# "Held By German Police"
_HELD_BY = re.compile(r" by (?:\w+ )?(?:police|authorities|officers|detectives)\b", re.IGNORECASE)


_TO_JAIL = (" to jail", " to prison")
# "left prison", "leaves a prison camp", "Leaves Military Prison", "left the federal jail"
_LEFT_PRISON = re.compile(r" (?:(?:a|the|an) )?(?:[A-Za-z]+ )?(?:prison|jail)\b", re.IGNORECASE)
_LET_GO_CUES = _HANDED_OVER_CUES + _HELD_CUES + ("convict", "amnest", "exchange", "swap")


def _let_go(text: str, start: int, end: int, custody: Callable[[], bool]) -> bool:
    """Someone let go: a captive, or a named or national person ("Lets Norwegian Hostage Go",
    "Iran lets Washington Post reporter, 3 other Americans go"), someone a state lets go
    ("China let the two men go"), or captives who "were let go"."""
    following = text[end : end + 60]
    lowered = following.lower()
    if lowered.startswith((" out of", " out on")):
        return True  # "let out of prison", "Let Out On Medical Parole"
    out = lowered.find(" out ")
    if 0 < out and any(cue in lowered[:out] for cue in _CAPTIVE_CUES):
        return True  # "Indonesia Lets 30,000 Inmates Out Early"
    at = max(following.find(" go"), following.find(" Go"), following.find(" home"), following.find(" Home"))
    if at < 0 or lowered.startswith(" go of", at):
        return False
    if at == 0:  # "were let go", "missionaries let go by gang": held people before it
        return _near(text, start, end, 120, 60, _LET_GO_CUES) or custody()
    between = following[:at]
    return (
        _named_before(text, start)
        or any(cue in lowered[:at] for cue in _CAPTIVE_CUES)
        or any(w[:1].isupper() for w in between.split())
    )


_SEIZED_WHO = ("dissident", "activist", "journalist", "opposition", "leader", "chief", "boss", "suspect", "lord")


def _authorities_after(following: str, preposition: str) -> bool:
    """Does `following` (lower-cased text after the verb) open with `preposition` and
    name police or other authorities ("by Chinese agents", "to FBI")?"""
    return following.startswith(preposition) and not lex.ARREST_AGENTS.isdisjoint(following.split())


def _seized_someone(text: str, start: int, end: int, custody: Callable[[], bool]) -> bool:
    """ "seized by Chinese agents", "seizes dissident on board": people, not goods or power."""
    following = text[end : end + 50].lower()
    return _authorities_after(following, " by ") or any(cue in following for cue in _SEIZED_WHO)


def _surrendered_to_police(text: str, start: int, end: int, custody: Callable[[], bool]) -> bool:
    """ "surrendered to authorities", "Surrenders To FBI"; not troops or a team surrendering."""
    return _authorities_after(text[end : end + 30].lower(), " to ")


def _held_by_police(text: str, start: int, end: int, custody: Callable[[], bool]) -> bool:
    return _near(text, start, start, 30, 0, _HOLDERS)


_GATES: dict[str, Callable[[str, int, int, Callable[[], bool]], bool]] = {
    **dict.fromkeys(("round", "rounds", "rounded", "sweep", "sweeps", "swept", "picked"), _followed_by(" up ", " Up ")),
    "hauled": _followed_by(" off ", " Off ", " away ", " Away ", " into ", " Into "),
    **dict.fromkeys(("handed", "hands"), _handed_over),
    **dict.fromkeys(("walk", "walked", "walks", "walking"), _followed_by(" out of ", " Out Of ", " Out of ")),
    **dict.fromkeys(("left", "leaves"), lambda text, start, end, custody: _LEFT_PRISON.match(text, end) is not None),
    **dict.fromkeys(("barred", "bars"), _barred_from),
    **dict.fromkeys(("turns", "turned"), _followed_by(*_SURRENDER)),
    **dict.fromkeys(("surrendered", "surrenders"), _surrendered_to_police),
    "held": lambda text, start, end, custody: text.startswith(_HELD_FOR, end) or _HELD_BY.match(text, end) is not None,
    **dict.fromkeys(("let", "lets"), _let_go),
    **dict.fromkeys(("sends", "sent"), lambda text, start, end, custody: _near(text, end, end, 0, 40, _TO_JAIL)),
    **dict.fromkeys(("hold", "holding"), _held_by_police),
    "free": _free,
    **dict.fromkeys(("swap", "swaps", "swapped", "exchange", "exchanges", "exchanged"), _swap),
    "custody": _custody,
    **dict.fromkeys(("release", "releases", "released", "releasing"), _release),
    **dict.fromkeys(("home", "return", "returns", "returned", "returning"), _homecoming),
    **dict.fromkeys(("sanctions", "embargo", "embargoes"), _sanctions),
    **dict.fromkeys(("sponsor", "sponsors"), _terror_sponsor),
    "boycott": _boycott_ended,
    "sanctioned": _sanctioned,
    "restrictive": _followed_by(" measures", " measure "),
    "penalties": _followed_by(" on ", " On ", " against ", " Against "),
    **dict.fromkeys(("designated", "designates"), _designation),
    **dict.fromkeys(
        (
            "ban",
            "bans",
            "banned",
            "banning",
            "restrictions",
            "rules",
            "curbs",
            "suspended",
            "suspends",
            "halts",
            "halted",
        ),
        _trade_measure,
    ),
    **dict.fromkeys(("detain", "detaining", "apprehend"), _not_after_to),
    "arresting": _arresting,
    **dict.fromkeys(("seized", "seizes"), _seized_someone),
}


def passes(word: str, text: str, start: int, end: int, custody: Callable[[], bool]) -> bool:
    """Could any rule accept trigger `word` at text[start:end]? `custody()` tells, lazily,
    whether the article speaks of custody at all."""
    gate = _GATES.get(word)
    return gate is None or gate(text, start, end, custody)
