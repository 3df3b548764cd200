"""How a sanctions word is governed: the act before it, a passive after it, a bloc agreeing it.

Shared by the readers of sanctions words (event_rules.py) and of bans on a country
(event_rules_bans.py): "imposes new sanctions", "the lifting of US sanctions",
"sanctions on Iran were lifted", "restrictions on Cuba were eased by Washington".
"""

from __future__ import annotations

import re

from streams.core import dating
from streams.core import event_lexicon as lex
from streams.core.event_window import Reading, Token, Window

BASE_FORMS = lex.words(
    "lift ease remove drop impose end scrap slap levy sanction blacklist freeze unfreeze approve adopt tighten "
    "expand broaden toughen reimpose rescind revoke waive suspend relax loosen repeal cancel introduce enact "
    "announce unveil widen intensify restore terminate hit place put issue target"
)
# Verbs a measure does as the subject ("As Sanctions Bite", "China Bans Leave Australian Coal Ships Stranded")
MEASURES_DO = lex.words(
    "bite bites pinch pinches hurt hurts loom looms weigh weighs cost costs cripple cripples push pushes drive "
    "drives spark sparks fail fails force forces squeeze squeezes hammer hammers choke chokes work works backfire "
    "backfires help helps helped snap snaps take takes hit hits cast casts leave leaves"
)
_WEAK_PASSIVE = lex.words("hit put place target add")
_BE = lex.words("were was are is be been being")
_PARTICLE_VERBS = lex.words("step steps stepped ramp ramps ramped")
_MEASURES = lex.words("sanctions embargo embargoes freeze freezes ban bans restrictions measures")
_PASSIVE_SANCTION = re.compile(
    r"^(?:\S+ ){0,6}?(?:(?:have|has|had|were|was|are|is|will|would|could|be|been|being|to|not|now|"
    r"also|officially|formally|finally|partially|fully) )+(\w+)\b|^(?:(?:on|against) \S+ (?:\S+ )?)?(\w+ed)\b"
)


# Words that open another clause: the governing verb and the passive of the sanctions lie before them
_SUBORDINATORS = lex.SUBORDINATORS | {"but"}
# ... and "before"/"after" open a time clause: "announced hours before international sanctions were lifted"
_CONJUNCTIONS = _SUBORDINATORS | lex.words("amid that whether before after")


_ADJECTIVES = lex.words("crippling crippled")
_BEFORE_AN_ADJECTIVE = lex.IMPOSE_VERBS | lex.LIFT_VERBS | lex.NEW_ADJECTIVES | lex.SANCTION_MODIFIERS
_POSTPONING = lex.words("put puts putting hold holds held holding")  # ... "off": postponed


def _modifier(tok: Token) -> bool:
    return tok.word in lex.SANCTION_MODIFIERS or tok.word in lex.TRADE_OBJECTS


def governing_act(win: Window) -> Token | None:
    """The verb or noun before "sanctions" saying what is done with them, if any.

    Walks back over modifiers ("lifting of US sanctions", "imposes new sanctions");
    a state verb or preposition ("faced", "under", "despite") ends the search.
    """
    tail = win.left_tail(9)  # room for a list: "lifted an arms embargo, travel bans and asset freezes"
    for i in range(len(tail) - 1, -1, -1):
        tok, word = tail[i], tail[i].word
        if word == "targeted" and i and tail[i - 1].word in _BEFORE_AN_ADJECTIVE:
            continue  # the adjective: "to place targeted sanctions on leaders", "with tougher targeted sanctions"
        if word == "off" and i and tail[i - 1].word in _POSTPONING:
            return None  # "put off bringing a new round of economic sanctions ... into force"
        if word in _ADJECTIVES and all(t.word in lex.SANCTION_MODIFIERS for t in tail[i + 1 :]):
            continue  # an adjective of the noun: "lifted crippling economic sanctions on Iran"
        if word in _CONJUNCTIONS and 0 < i < len(tail) - 1 and _modifier(tail[i - 1]) and _modifier(tail[i + 1]):
            continue  # a list of modifiers: "eased trade and travel restrictions on Cuba"
        if word in lex.SANCTION_BLOCKERS or word in lex.MODALS or word in _CONJUNCTIONS:
            return None  # a modal between verb and noun ("a step that could lead to sanctions"), or
            # another clause's verb ("Iran's Rial Hits Record Low As U.S. Sanctions Loom")
        if word in _PARTICLE_VERBS and (i + 1 == len(tail) or tail[i + 1].word != "up"):
            continue  # "step up sanctions" is an act, "a step that ..." is not
        if word in ("hit", "hits") and all(t.word != "with" for t in tail[i + 1 :]):
            return None  # "hits X with sanctions", but not "Prices Hit 7-Year High On Rusal Sanctions Fallout"
        if word in lex.LIFT_VERBS or word in lex.LIFT_NOUNS or word in lex.IMPOSE_VERBS or word in lex.IMPOSE_NOUNS:
            return tok
        listed = tok.raw.endswith(",") and word in _MEASURES  # "lift an arms embargo, asset freezes and ..."
        if tok.raw.endswith((",", ";", ":", ".")) and word not in lex.SANCTION_MODIFIERS and not listed:
            return None
    return None


_CLAUSE_BREAKS = _SUBORDINATORS | lex.STATE_VERBS


def passive_act(win: Window) -> Reading | None:
    """A passive act after the noun: "sanctions on Iran were lifted", headline "Sanctions Lifted"."""
    words = win.right_words(10)
    match = _PASSIVE_SANCTION.match(" ".join(words))
    verb = match and (match.group(1) or match.group(2))
    if not verb or verb not in words:
        return None
    if _CLAUSE_BREAKS.intersection(words[: words.index(verb)]):
        return None  # another clause's passive: "Iran Sanctions Remain In Place As Nuclear Talks Are Extended"
    if match.group(1) and not _BE.intersection(match.group(0).split()):
        return None  # active perfect, the sanctions acting: "Sanctions have imposed a heavy cost"
    if match.group(2) and not win.is_title and not dating.fresh(" ".join(words[1:4])):
        return None  # bare: a headline's passive; in body text a description ("sanctions lifted under
        # the deal") unless dated today ("a fresh round of sanctions announced on Wednesday")
    tok = win.next(words.index(verb) + 1)
    if verb in lex.LIFT_VERBS:
        return Reading("sanctions_lifted", "passive", tok.start, tok.end, 0.85)
    if verb in lex.IMPOSE_VERBS and verb not in _WEAK_PASSIVE:
        return Reading("sanctions_imposed", "passive", tok.start, tok.end, 0.85)
    return None


_LET = lex.words("let lets allowed allows allowing")
_LAPSE = lex.words("lapse lapsed expire expired")


def allowed_to_lapse(win: Window) -> Reading | None:
    """Sanctions let run out end them: "EU lets arms embargo on Syria lapse", "allowed the
    sanctions to expire" (modality still reads "refused to let ... lapse")."""
    let = next((t for t in reversed(win.left_tail(4)) if t.word in _LET), None)
    if let is None or _LAPSE.isdisjoint(win.right_words(8)):
        return None
    return Reading("sanctions_lifted", "active", let.start, let.end, 0.8)


_AND_DO = lex.words("and or do does did")  # "remains in place, as do targeted travel bans"
_BEFORE_A_MODIFIER = lex.SAYING | lex.DETERMINERS | lex.PREPOSITIONS | _AND_DO


def adjective_position(win: Window, act: Token) -> bool:
    """A participle right after a saying verb, a determiner, a preposition or "and" modifies
    the noun ("said targeted sanctions", "the targeted sanctions") rather than governing it."""
    before = win.text[max(0, act.start - 20) : act.start].lower().split()[-1:]
    return bool(before) and before[0] in _BEFORE_A_MODIFIER


_AGREED = lex.words("agree agrees agreed")
_AGREED_ON = lex.SANCTION_MODIFIERS | lex.TRADE_OBJECTS | lex.DETERMINERS | lex.NEW_ADJECTIVES
_AGREED_ON |= lex.words("to on upon arms")


def agreed_to(win: Window) -> Token | None:
    """A bloc's decision on sanctions or an embargo, with only the measure's own words
    between: "EU agrees arms embargo on Venezuela", "agreed to an embargo on" (not "agreed to
    talks on sanctions", nor "EU Agrees New Trade Rules With Japan")."""
    if win.word not in ("sanctions", "embargo", "embargoes"):
        return None
    tail = win.left_tail(6)
    at = next((i for i in range(len(tail) - 1, -1, -1) if tail[i].word in _AGREED), None)
    if at is None or not {tok.word for tok in tail[at + 1 :]} <= _AGREED_ON:
        return None
    return tail[at]


_NEW_MEASURES = lex.words("resolution resolutions order orders decision decree rule rules license licence waiver")


_FREES = lex.words("frees freed freeing relieves relieved relieving")
_EXEMPTING = lex.EXEMPT_WORDS | _FREES


def exempted_from(win: Window) -> Token | None:
    """The "exempt"/"exemption" a few words before "from (its) sanctions", if any; or the
    verb of "frees the transitional government from sanctions", itself the easing."""
    wide = win.left_tail(12)
    tail = wide[-7:]
    words = [tok.word for tok in tail]
    if "from" not in words[-3:]:
        return None
    i = next((i for i in range(len(tail) - 1, -1, -1) if tail[i].word in _EXEMPTING), None)
    if i is None or (i and tail[i].word == "exempt" and tail[i - 1].word in lex.BE_AUX | lex.STATE_VERBS):
        return None  # a state: "the firm is exempt from sanctions"
    if tail[i].word in _FREES and win.is_title and tail[i].word.endswith("ed") and _verb_after(win):
        return None  # what the subject is: "Russian Aluminum Giant Freed From U.S. Sanctions Invests In ..."
    if tail[i].word in _FREES:
        return tail[i]
    before = wide[: len(wide) - len(tail) + i]  # the words before the exemption
    if not win.is_title and _NEW_MEASURES.isdisjoint(tok.word for tok in before):
        return None  # how sanctions were drawn up: "Europe had deliberately exempted energy imports from sanctions"
    return tail[i]


def _verb_after(win: Window) -> bool:
    """A Title Case headline verb follows the measure: "... Sanctions Invests In Kentucky Plant"."""
    nxt = win.next()
    return nxt is not None and nxt.raw[:1].isupper() and nxt.word.endswith("s") and nxt.word not in lex.PREPOSITIONS


def sentence_has(win: Window, cues: tuple[str, ...]) -> bool:
    """Does the trigger's sentence (lower-cased words) contain one of `cues`?"""
    return text_has(" ".join(win.sent.words), cues)


def text_has(lowered: str, cues: tuple[str, ...]) -> bool:
    """Does lower-cased text contain one of `cues`, outside the names of bodies that hold a
    cue word ("the UN Security Council imposes a travel ban" gives no security reason)?"""
    if "security council" in lowered:
        lowered = lowered.replace("security council", "")
    return any(cue in lowered for cue in cues)
