"""Other ways out of custody: walked free, walked out of or left prison, came home, handed
over, let go; and what looks like one but is not (a rescue, a jailbreak).

Each has an everyday sense ("free of Ebola", "left the museum", "let go by the network",
"returned to journalism"), so each needs held people, captors or a prison close by.
`event_rules_release.read_release` dispatches here.
"""

from __future__ import annotations

from collections.abc import Callable

from streams.core import event_lexicon as lex
from streams.core.event_window import Reading, Window, is_possessive, passive_aux

_WALK_FREE = lex.words("walk walks walked walking set sets go goes went going")
_JAILBREAK = lex.ESCAPES | lex.words("stormed storming attacked")
_WHEN = lex.words("after when once until before if unless")
_NOT_INMATES = lex.words(
    "museum tour tours tourists visitors visitor guard guards warden officer officers official corrections staff "
    "lawyer lawyers parking system"
)
_EMPLOYERS = lex.words("fired job jobs company firm employer network staff coach team club contract layoffs")
_RULERS = lex.words("government junta regime rulers court")
_RELEASING_AUTHORITIES = lex.words(
    "court judge judges authorities police government regime officials customs immigration agents"
)


def rescue(win: Window) -> bool:
    """Troops freeing hostages is a rescue (PLOVER AID), not a release; gunmen storming a
    prison and "freeing more than 500 inmates" a jailbreak (the guide's escape)."""
    left = set(win.left_words(3))
    if left & lex.RESCUERS and not left & _RULERS:
        return True  # but "Myanmar's military government freed" is a state's release
    right = win.right_words(12)
    found = next((i for i, word in enumerate(right) if word in _RESCUE_WORDS), None)
    if found is not None and not set(right[:found]) & _CAUGHT:
        return True  # but "frees activists seized in Gaza flotilla raid": the raid took them
    return not _JAILBREAK.isdisjoint(win.sent.words)


_RESCUE_WORDS = lex.words("rescue rescued raid")
_CAUGHT = lex.TAKEN_CAPTIVE | lex.words("seized detained arrested held")


_NOT_A_SUBJECT = lex.DETERMINERS | lex.PREPOSITIONS | lex.BE_AUX | lex.MODALS_AND_TO | {"help"}


_SOME_OF = lex.COUNT_WORDS | lex.words("some all most many several more")


def _free_captives(win: Window) -> Reading | None:
    """ "free" as the verb, with captives for its object: "Taliban free American hostage",
    "Kidnappers free three hostages"; not "to free the hostages" (an aim), "will free",
    troops freeing hostages (a rescue) or the adjective ("free legal help to prisoners",
    "are free for inmates")."""
    prev = win.prev()
    if prev is None or prev.word in _NOT_A_SUBJECT or rescue(win):
        return None
    if win.text[win.start - 1 : win.start] in "\"“‘'":
        return None  # a quoted slogan: 'banners reading "Free political prisoners"'
    captors = prev.word.rsplit("-", 1)[-1] in lex.CAPTORS  # "UPDATE 1-Houthis free crew of seized ship"
    if captors and set(win.right_words(6)) & (lex.HELD_CUES | lex.PERSON_NOUNS):  # "Taliban free US citizen held in"
        return Reading("prisoner_release", "active", win.start, win.end, 0.85, True)
    right = win.right_words(5)
    for i, word in enumerate(right[:4]):
        if word in lex.CAPTIVES:
            return Reading("prisoner_release", "active", win.start, win.end, 0.85, True)
        if word in lex.PREPOSITIONS and not (word == "of" and i and right[i - 1] in _SOME_OF):
            return None  # "free of Ebola"; but "Free Hundreds Of Detainees", "free some of the hostages"
    return None


_ENDS_FREE = ([], ["after"], ["again"], ["and"])  # "Are Free And Heading Home"
_HELD_SIGNS = lex.HELD_CUES | lex.CAPTIVES | lex.CAPTORS  # someone was held: "jailed", "hostages", "kidnappers"
_HELD_OR_TAKEN = _HELD_SIGNS | lex.TAKEN_CAPTIVE  # ... or "captured"


def walked_free(win: Window, custody: Callable[[], bool]) -> Reading | None:
    """Walking free ("walked/set/went free"): figurative unless someone was held; someone
    held who "is free" at a clause's end ("..., Jailed In Myanmar, Is Free"); or the verb with
    captives for its object (`_free_captives`)."""
    prev = win.left_words(2)
    free_man = prev == ["is", "a"] and win.right_words(1)[:1] in (["man"], ["woman"])  # "Is A Free Man"
    ends = win.text.startswith((",", ".", "\n", ":"), win.end) or win.right_words(1)[:1] in _ENDS_FREE
    if prev[-1:] in (["is"], ["are"]) and ends:
        # "..., Jailed In Myanmar, Is Free", "Chelsea Manning Is Free After 7 Years In Military Prison"
        held = set(win.left_words(12)) & _HELD_OR_TAKEN
        after = win.right_words(8)
        served = after[:1] == ["after"] and set(after) & _SPELLS and set(after) & _HELD_AFTER_HOME
        held = held or (served and not set(after) & lex.BAIL_CUES)
        return Reading("prisoner_release", "passive", win.start, win.end, 0.85) if held else None
    if not free_man and not (prev and (prev[-1] in _WALK_FREE or (len(prev) == 2 and prev[0] in ("set", "sets")))):
        return _free_captives(win)
    if set(win.right_words(6)) & lex.BAIL_CUES or "bred" in win.left_words(6):
        return None  # "Joshua Wong Walks Free On Bail", "lynxes bred in captivity were set free"
    if win.right_words(3)[:1] == ["from"] and set(win.right_words(3)) & _COURTROOMS:
        return None  # acquitted, never held: "Zuma walked free from the courtroom"
    cues = (set(win.left_words(12)) | set(win.right_words(10))) & _HELD_SIGNS
    by_a_state = win.right_words(1) == ["by"] and win.names_country_after(2, 3)  # "Set Free By China"
    served = _served_time(win.right_words(4))
    if cues or by_a_state or served or custody():  # "urging that the jailed band be set free": a passive
        voice = "passive" if set(win.left_words(2)[:1]) & lex.BE_AUX else "active"
        act = win.prev() if prev[-1:] == ["set"] else None  # the verb carries the mood: "... be | set free"
        return Reading("prisoner_release", voice, act.start if act else win.start, act.end if act else win.end, 0.9)
    return None


_SPELLS = lex.CUSTODY_DURATION_NEXT - lex.words("hours")  # a time held, counted in days at least


def _served_time(right: list[str]) -> bool:
    """A bare time served ends the headline: "Lula Walks Free After 19 Months"; not "after
    two weeks underground" or "After Months Of Rehab"."""
    return right[:1] == ["after"] and len(right) <= 3 and right[-1] in _SPELLS


_COURTROOMS = lex.words("court courtroom courthouse dock")
_WHILE = lex.words("as when while upon")
_HOME_PREV = lex.words(
    "are is was were come comes came coming back arrive arrives arrived head heads headed fly flies flew flown flying "
    "finally safely now"  # "Two Canadians Held In China For Nearly 3 Years Are Finally Home"
)
_HOMES = lex.words("home homeland country families family loved")
_HELD_BEFORE_HOME = lex.words(
    "held jailed detained imprisoned captive captives hostage hostages prisoners freed released pardon pardoned"
)  # "Freed Irishman Ibrahim Halawa arrives home"
# "Is Home After Nearly 3 Years Behind Bars", "Is Coming Home After Russia Swaps Her For ..."
_HELD_AFTER_HOME = _HELD_BEFORE_HOME | lex.words(
    "bars prison jail captivity custody detention swap swaps swapped release"
)


def homecoming(win: Window) -> Reading | None:
    """Held people coming home is a reported release (the labelling rules count it):
    "3 Americans Held By North Korea Return To The United States"."""
    left_words, right = win.left_words(10), win.right_words(8)
    left = set(left_words)
    # "Home After 3 Years Held In", "arrives home in Dublin after Egypt release"
    # ... and "flies home with journalists pardoned by North Korea"
    held_after = ("after" in right[:4] or right[:1] == ["with"]) and not _HELD_AFTER_HOME.isdisjoint(right)
    if not (left & _HELD_BEFORE_HOME or held_after) or left & lex.NOT_CUSTODY_PLACES:
        return None  # not "released from the hospital and returned to the White House"
    held_at = max((i for i, word in enumerate(left_words) if word in _HELD_BEFORE_HOME), default=len(left_words))
    if _WHILE.intersection(left_words[held_at + 1 :]):
        return None  # when the arrest happened: "was detained Saturday as he returned from Beirut"
    if 0 < held_at < len(left_words) and left_words[held_at - 1] == "of" and not held_after:
        return None  # a relative of the held: "Daughter of jailed British-Iranian mother returns to UK"
    prev = win.prev()
    if prev is not None and win.word.endswith("ing") and prev.word == "after":
        return None  # when another act happened: "was detained ..., minutes after returning from Germany"
    if prev is not None and (is_possessive(prev.raw) or prev.word in ("his", "her", "their", "on", "upon")):
        return None  # a noun: "was detained last Sunday on his return from Germany", "detained on return"
    if win.word == "home" and win.left_words(1)[-1:] and win.left_words(1)[-1] not in _HOME_PREV:
        return None
    if win.word != "home" and not set(win.right_words(1)) & {"to", "home", "from", "safely", "after"}:
        return None  # a noun: "Demanding Season 5 Return"
    if set(win.right_words(3)) & (lex.CUSTODY_PLACES | {"custody"}):
        return None  # "returned to prison"
    country_next = win.names_country_after(2, 3)  # "Return To The United States"
    if win.right_words(1) == ["to"] and not (country_next or set(win.right_words(3)) & _HOMES):
        return None  # "to return to journalism": no homecoming
    return Reading("prisoner_release", "passive", win.start, win.end, 0.8, win.word == "return")


def handed_over(win: Window) -> Reading | None:
    """Captives handed over or back ("Hamas handed over three hostages to the Red Cross", "the
    prisoners were handed over", "hands captured Indian pilot back to India"); not a suspect
    handed over to the police."""
    right = win.right_words(8)
    # "hands captured Indian pilot back to India", "Hands Back Captured Indian Pilot At Wagah Border"
    back = ("back" in right[:5] and "to" in right[:6]) or right[:1] == ["back"]
    if ("over" not in right[:3] and not back) or {"police", "authorities", "prosecutors"} & set(right):
        return None
    voice = "passive" if win.word == "handed" and passive_aux(win) else "active"
    people = set(win.left_words(6)) if voice == "passive" else set(right)
    if not people & lex.HANDED_OVER:
        return None
    return Reading("prisoner_release", voice, win.start, win.end, 0.85)


def _let_go_passive(win: Window) -> Reading | None:
    """Captives who "were let go" ("Sandra Loli and Mikael Gidada were let go in exchange
    for", "2 of 17 kidnapped missionaries let go by gang"); not workers let go by a firm."""
    near = set(win.left_words(12)) | set(win.right_words(10))
    if near & (_EMPLOYERS | lex.SPORT_RELEASE) or not near & (lex.CAPTIVES | lex.HELD_CUES | lex.SWAP_WORDS):
        return None
    if set(win.right_words(6)) & lex.BAIL_CUES or any(cue in win.left_text() for cue in lex.SHORT_DETENTION):
        return None  # "held for several hours and later let go pending a trial": a short detention
    return Reading("prisoner_release", "passive", win.start, win.end, 0.8, True)  # "too dangerous to let go"


_GO = lex.words("go home")  # "Lets Him Go", "let the British charity worker fly home"
PERSONAL_OBJECTS = lex.words("him her them")


def let_go(win: Window) -> Reading | None:
    """Let someone go: "Abu Sayyaf Lets Norwegian Hostage Go", "Turkish Court Lets American
    Pastor Go"; not a firm letting workers go or a team letting a player go."""
    right = win.right_words(10)
    if right[:2] == ["out", "of"] and set(right[2:5]) & lex.CUSTODY_PLACES or right[:2] == ["out", "on"]:
        if set(right) & lex.BAIL_CUES:
            return None  # "let out on bail"
        voice = "passive" if passive_aux(win) else "active"  # "was let out of prison", "Let Out On Medical Parole"
        return Reading("prisoner_release", voice, win.start, win.end, 0.8, win.word == "let")  # "who to ... let out"
    out = right.index("out") if "out" in right[1:5] else 0
    if out and set(right[:out]) & lex.CAPTIVES and not set(right) & lex.BAIL_CUES:
        return Reading("prisoner_release", "active", win.start, win.end, 0.8)  # "Lets 30,000 Inmates Out Early"
    end = next((i for i, word in enumerate(right) if word in _GO), None)
    if end is None:
        return None
    if end == 0:  # "were let go", "kidnapped missionaries let go by gang"
        return _let_go_passive(win) if right[0] == "go" else None
    held = set(right[:end])
    by_holder = bool(set(win.left_words(4)) & (lex.CAPTORS | _RELEASING_AUTHORITIES)) or win.names_country_before(2)
    if set(win.left_words(4) + right) & lex.SPORT_RELEASE:
        return None
    named = by_holder and win.capitalised_after(1) and not lex.CUSTODY_PLACES.isdisjoint(win.sent.words)
    if held & lex.CAPTIVES or (by_holder and held & (lex.PERSON_NOUNS | PERSONAL_OBJECTS)) or named:
        return Reading("prisoner_release", "active", win.start, win.end, 0.8)
    return None


def left_prison(win: Window) -> Reading | None:
    """ "left prison on Thursday", "leaves a prison camp"; not the tourists leaving a prison
    museum, a guard's shift, bail, a transfer or "after he leaves prison" (a time to come)."""
    if set(win.left_words(4) + win.right_words(3)) & _NOT_INMATES:
        return None  # "the tourists left the prison museum", "the guard left the jail at 6"
    if win.word == "leaves" and set(win.left_words(3)) & _WHEN:
        return None  # a time to come: "will surrender to Taiwan after he leaves prison"
    if set(win.right_words(12) + win.left_words(16)) & (lex.BAIL_CUES | {"transfer", "transferred"}):
        return None  # "left the jail hours later after posting bond", "set his bond at $2,500 ... and he left the jail"
    return Reading("prisoner_release", "active", win.start, win.end, 0.85)


def walked_out(win: Window) -> Reading | None:
    """ "walked out of prison on Monday"; not out of a meeting, out of jail on bond, or in
    an escape ("Escaped Alabama Inmate ...: walked out of the jail with a jail officer")."""
    if not set(win.right_words(8)) & lex.CUSTODY_PLACES or set(win.right_words(14)) & lex.BAIL_CUES:
        return None  # "walked out of the meeting", "walked out of the county jail after posting bond"
    headline = win.text.partition("\n")[0].lower()
    if not _JAILBREAK.isdisjoint(headline.split()):
        return None
    return Reading("prisoner_release", "active", win.start, win.end, 0.9, win.word == "walk")  # "to walk out"
