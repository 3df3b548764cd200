"""Sanctions rules: is "sanctions"/"embargo" imposed, lifted, or merely mentioned?

Blacklisting, asset freezes and designations under a sanctions programme are sanctions
too ("blacklisted five firms", "froze the assets of", "the Treasury designated five
officials"), and so is taking a name off a list ("delisted", "unfroze"): those readers are
in event_rules_lists.py.

A rule answers only "does this wording report the act": that "sanctions" is governed
by "imposes" or "lifting of" (acts) rather than "faced" or "under" (states), that
"sanctioned" is a verb ("the EU sanctioned Iran") and not an adjective ("a sanctioned
oligarch", "a sanctioned race"), and that the sanctions are a state's, not a court's
penalty on lawyers or a sports body's on a club. Negation, hypotheticals and background
are modality.py's job, and who acted is event_args.py's. Bans on a country (flights,
trade, entry, airspace) are in event_rules_bans.py, the grammar both share in
sanction_grammar.py; person-centred rules are in event_rules_release.py and
event_rules_arrest.py. Every reader returns a `Reading` or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from streams.core import event_lexicon as lex
from streams.core.event_rules_bans import (
    BAN_WORDS,
    hit_with,
    read_airspace,
    read_boycott_lifted,
    read_entry_barred,
    read_trade_measure,
    takes_effect,
)
from streams.core.event_rules_lists import (
    DELIST_WORDS,
    DESIGNATE_WORDS,
    FREEZE_WORDS,
    asset_freeze,
    delisted,
    designated,
    sanctions_list,
    terror_sponsor,
)
from streams.core.event_window import Reading, Window, is_possessive, passive_aux
from streams.core.sanction_grammar import (
    BASE_FORMS,
    MEASURES_DO,
    adjective_position,
    agreed_to,
    allowed_to_lapse,
    exempted_from,
    governing_act,
    passive_act,
)

# "blacklisted" reads as "sanctioned" does: a verb when a subject and an object surround it.
_PAST_VERBS = lex.words("sanctioned blacklisted")
_VERB_FORMS = _PAST_VERBS | lex.words("sanctioning blacklisting")
_NOUN_OR_VERB = lex.words("sanction sanctions blacklist blacklists")


_CONJUNCTIONS = lex.words("and or but as nor yet so")


_ACTOR_ABBREVIATIONS = lex.words("us u.s eu un uk")


# Verbs whose object "sanctions" is ("Calls Sanctions An 'Act Of War'"), and what sanctions do
# as a subject ("As Sanctions Bite"): around either, "sanctions" is the noun.
_VERBS_TAKING_SANCTIONS = lex.words(
    "calls call slams blames condemns denounces rejects decries criticizes defends praises welcomes mocks"
)
# Words before a sanctions noun phrase that make it a subordinate part ("As U.S. Sanctions Snap Back")
_BEFORE_A_NOUN_PHRASE = lex.words(
    "as amid despite under over on after before with without how why which what whose"
) | (
    lex.SANCTION_BLOCKERS
    & lex.words("violate violates violated violating breach breached breaching evade evaded evading")
)  # "For Violating Russia Sanctions While ...": the noun


# Title Case words after "Sanctions" that are its verb or a compound noun, not a name
_NOT_A_FIRST_NAME = MEASURES_DO | lex.words(
    "target targets chief czar envoy official officials office team deal plan plans vote votes fight"
)


def _full_name_next(win: Window) -> bool:
    """A person's full name follows: "U.S. Sanctions Kim Jong Un Personally", or a name's
    possessive: "U.S. Sanctions Putin's Adult Daughters"."""
    first, second = win.next(), win.next(2)
    if first is None or second is None or first.word in _NOT_A_FIRST_NAME:
        return False
    if is_possessive(first.raw) and first.raw[:1].isupper():
        return True
    return first.raw[:1].isupper() and second.raw[:1].isupper() and not first.word.endswith(("s", "ed"))


_COUNTS = lex.words("dozens hundreds scores several more")


def _proper_next(win: Window) -> bool:
    """An object that names a place or people: in body text any capitalised word after a
    lower-case "sanctions"; in a title a country ("US Sanctions Chinese Firms", not "US
    Sanctions Hit Iran")."""
    nxt = win.next()
    if win.is_title:  # "US Sanctions Chinese Firms", "U.S. Sanctions 17 Saudis", "Sanctions Kim Jong Un"
        counted = nxt is not None and (nxt.word.isdigit() or nxt.word in _COUNTS) and win.names_country_after(2, 4)
        # "12 More Belarus ...", "Dozens Of Belarusian Officials"
        return win.names_country(nxt) or counted or _full_name_next(win)
    return win.text[win.start].islower() and nxt is not None and nxt.raw[:1].isupper()


_PARTICIPLES_OF_SANCTIONS = {w for w in lex.LIFT_VERBS | lex.IMPOSE_VERBS if w.endswith("ed")} | lex.RENEWALS
# ... and what stops them: "New Syria Sanctions Blocked At U.N."
_PARTICIPLES_OF_SANCTIONS |= lex.words("blocked vetoed stalled delayed rejected defeated")
_NOUN_SUBJECT_NEXT = (
    lex.BE_AUX
    | lex.HAVE_AUX
    | lex.STATE_VERBS
    | lex.MODALS_AND_TO
    | lex.words("aren't aren’t isn't isn’t weren't weren’t won't won’t stay stays stayed")
)  # "..., Sanctions Stay In Place"


_ORDINALS = lex.words("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth latest")


def _verb_position(win: Window) -> bool:
    """Is "sanction(s)" used as a finite verb: a subject before it, an object after it.

    "U.S. And Allies Sanction Senior Chinese Officials" — yes; "More Sports Sanctions,
    But ..." or "the sanctions" — no.
    """
    prev, nxt = win.prev(), win.next()
    if prev is None or nxt is None or win.text[win.end : win.end + 1] in ",.;:!?'’\"”":
        return False
    if not win.is_title and win.text[win.start].isupper():
        return False  # a name in body text: "an amendment to the Sudanese Sanctions Regulations"
    if prev.word in _CONJUNCTIONS or prev.word in _VERBS_TAKING_SANCTIONS or nxt.word in MEASURES_DO:
        return False  # "As Sanctions Bite", "North Korea Calls Sanctions An 'Act Of War'"
    before = win.prev(2)
    if before is not None and before.word in _BEFORE_A_NOUN_PHRASE:
        return False  # "European Firms Pull Out Of Iran As U.S. Sanctions Snap Back"
    listed = win.follows_headline_comma() and (nxt.raw[:1].isupper() or nxt.raw[:1].isdigit())
    noun_next = nxt.word in _NOUN_SUBJECT_NEXT or nxt.word in MEASURES_DO  # "..., Sanctions Stay In Place"
    if listed and nxt.word not in _CONJUNCTIONS and nxt.word not in lex.SANCTION_NOT_ACT_NEXT and not noun_next:
        return True  # a second headline verb: "Expels 35 Russian Diplomats, Sanctions Spy Agencies"
    if governing_act(win) is not None or is_possessive(prev.raw) or prev.raw.endswith((",", ":")):
        return False
    if prev.word in lex.DETERMINERS or prev.word in lex.PREPOSITIONS or win.text[win.start - 1] == "-":
        return False  # "the sanctions", "Anti-Sanctions Day"
    if prev.word in _ORDINALS or prev.word in lex.NEW_ADJECTIVES:
        return False  # "In Sixth Sanctions Package", "Fresh Sanctions Hit"
    if prev.word in lex.SANCTION_MODIFIERS and not (prev.word in _ACTOR_ABBREVIATIONS and _proper_next(win)):
        return False  # "US sanctions policy"; but "US sanctions Chinese firms"
    if nxt.word in lex.PREPOSITIONS or nxt.word in lex.SANCTION_NOT_ACT_NEXT or nxt.word in _CONJUNCTIONS:
        return False
    if nxt.word in _PARTICIPLES_OF_SANCTIONS:
        return False  # the noun before a participle: "Iran Sanctions Lifted Hours After ...", "... Extended"
    if nxt.word in _NOUN_SUBJECT_NEXT:
        return False  # the noun as a subject: "Sanctions Are Lifted", "Iran Sanctions Remain In Place"
    if nxt.word in ("that", "which"):
        return False  # a relative clause of the noun: "in defiance of United Nations sanctions that ban it"
    return prev.raw[:1].isalnum() and (nxt.raw[:1].isupper() or nxt.word in lex.DETERMINERS or nxt.word[:1].isdigit())


# Who is listed: people, and the tycoons and firms a list names ("though blacklisted tycoons remain")
_LISTED = lex.PERSON_NOUNS | lex.words(
    "tycoons tycoon oligarchs oligarch firms companies entities banks individuals officials"
)
# What "sanctioned" means approved for: money, plans and deals ("sanctioned a share buyback").
_APPROVED = lex.words(
    "buyback dividend merger budget loan loans project projects scheme schemes funding grant grants payment "
    "payout deal acquisition spending expenditure crore crores lakh posts leave rs rs. inr "
    "wedding weddings marriage marriages unions ceremonies"
)


def _sanction_verb(win: Window) -> Reading | None:
    """The verb: "U.S. And Allies Sanction Senior Chinese Officials", "Iran was sanctioned over"."""
    nxt = win.right_words(1)
    if nxt and (nxt[0] in lex.SPORT_NOUNS or nxt[0] == "under"):
        return None  # "a race sanctioned under IAAF rules", "sanctioned race"
    if set(win.right_words(5)) & _APPROVED or "$" in win.right_text(3) or "₹" in win.right_text(3):
        return None  # approved: "The board sanctioned a $200 million share buyback", "sanctioned Rs 500 crore"
    past = win.word in _PAST_VERBS
    if past and passive_aux(win) and set(win.left_words(3)) & lex.SPORT_NOUNS:
        return None  # approved: "The fight was sanctioned by all three bodies"
    if past and passive_aux(win):
        return Reading("sanctions_imposed", "passive", win.start, win.end, 0.85)
    prev = win.prev()
    if prev is None or prev.word in ("officially", "un", "non", "state", "government"):
        return None
    attributive = prev.word in lex.DETERMINERS or prev.word in lex.PREPOSITIONS or prev.word in _OTHER
    if past and (attributive or not nxt or nxt[0] in lex.PREPOSITIONS):
        return None  # adjective: "from sanctioned Russian oligarch", "the sanctioned entities", "other sanctioned"
    if past and prev.word in lex.SUBORDINATORS and nxt[0] in _LISTED:
        return None  # adjective opening a clause: "though blacklisted tycoons remain off-limits"
    if past and win.is_title and prev.word in lex.HEADLINE_VERBS:
        return None  # the object's attribute: "U.S. Charges Sanctioned Russian Oligarch"
    if past or _verb_position(win):
        return Reading("sanctions_imposed", "active", win.start, win.end, 0.9, win.word in BASE_FORMS)
    return Reading("sanctions_imposed", "nominal", win.start, win.end, 0.8) if _listed_gerund(win) else None


def _listed_gerund(win: Window) -> bool:
    """A headline's second participle clause: "Punishes Moscow ..., Expelling 10 Diplomats And Blacklisting Dozens"."""
    left = win.left_words(6)
    return win.is_title and win.word.endswith("ing") and left[-1:] == ["and"] and any(w.endswith("ing") for w in left)


_ROUNDS_BEFORE = re.compile(r"\b(?:several|multiple|numerous|many|two|three|four|five|six|\d+) (?:rounds|waves) of$")
_TO_RESPOND_WITH = re.compile(r"\bto \w+(?: \w+ly)? with (?:new|fresh|more|further|tougher)(?: targeted)?$")
_NEW_SANCTIONS_NEXT = lex.words("on against targeting over for target targets hit hits")
_ROUNDS = lex.words("round rounds wave package batch tranche raft slew")


_UNDER = lex.words("under despite amid facing faces faced")
_OTHER = lex.words("other fellow several many")  # "Lawyers for other sanctioned Russians"


def _new_sanctions(win: Window) -> Reading | None:
    """A weak report of an imposition with no verb before it: "new sanctions on Russia",
    "new U.S. sanctions target Iranian oil", "a fresh round of American sanctions on",
    and the headline's "Targets Hackers In Fresh Sanctions", "hit with new sanctions"."""
    left = win.left_words(3)
    if _TO_RESPOND_WITH.search(win.left_text()):
        return None  # a goal: "urged the EU to respond quickly with new sanctions"
    if set(win.left_words(8)) & lex.LEGISLATURE:
        return None  # a chamber's vote: "The House voted 419-3 on Tuesday for new sanctions on Russia"
    fresh = bool(set(left) & lex.NEW_ADJECTIVES)
    if fresh and left[0] in _UNDER:
        return None  # a state: "Russia, under sweeping Western sanctions over its invasion"
    if not fresh and set(win.left_words(5)) & lex.NEW_ADJECTIVES and set(win.left_words(4)) & _ROUNDS:
        fresh = True  # "a fresh round of American sanctions"
    if not fresh:
        return None
    nxt = win.right_words(1)
    if nxt and nxt[0] in _NEW_SANCTIONS_NEXT:
        return Reading("sanctions_imposed", "nominal", win.start, win.end, 0.6)
    if len(left) >= 2 and left[-2] in ("in", "with") and left[-1] in lex.NEW_ADJECTIVES:
        return Reading("sanctions_imposed", "nominal", win.start, win.end, 0.6)
    if len(left) == 3 and left[0] == "with" and left[1] in lex.SANCTION_MODIFIERS and left[2] in lex.NEW_ADJECTIVES:
        return Reading("sanctions_imposed", "nominal", win.start, win.end, 0.6)  # "... With Tough New Sanctions"
    return None


_BILLS = lex.words("legislation bill bills measure resolution amendment")
_VOTED = lex.words("voted votes vote passed passes approved approve approves backs backed")
_SIGNED = lex.words("signed signs sign")  # a bill signed into law is the act, not a chamber's vote


def _a_chambers_bill(win: Window, act) -> bool:
    """Is the act a participle describing a bill a legislature voted on ("legislation imposing")?"""
    before = [tok for tok in win.left_tail(12) if tok.end <= act.start]
    if not before or before[-1].word not in _BILLS:
        return False
    words = set(win.sent.words)  # voted on, not signed into law ("signed the legislation slapping new sanctions")
    return bool(words & lex.LEGISLATURE) and bool(words & _VOTED) and not words & _SIGNED


_HEADLINE_SUBJECT = re.compile(r"\W*(\w*)")


def _penalty_sense(win: Window) -> bool:
    """Sanctions as a court's or a sports body's penalty: "a federal judge sanctioned
    Trump's lawyers", "imposed sanctions on the attorneys", "the NCAA sanctioned the team"."""
    left = win.left_tail(12)  # "The College of Physicians and Surgeons of Ontario on Wednesday sanctioned"
    cut = max((i + 1 for i, tok in enumerate(left) if tok.raw.endswith((",", ";", ":"))), default=0)
    subject = {tok.word for tok in left[cut:]}  # the act's own clause: not "After the court ruling, the US ..."
    right5 = win.right_words(5)  # lawyers, but not an "attorney general" (an official)
    litigants = any(w in lex.LITIGANTS and right5[i + 1 : i + 2] != ["general"] for i, w in enumerate(right5))
    if win.is_title and win.idx > win.lo + 1:  # its subject across a list: "NCAA Hits X With Ban, More Sanctions"
        subject.update(win.sent.words[win.lo : win.lo + 2])
    if subject & (lex.COURTS_AND_SPORT_BODIES | lex.SPORT_PARTIES) or litigants:
        return True
    if not win.is_title and _HEADLINE_SUBJECT.match(win.text).group(1).lower() in lex.SPORT_BODIES:
        return True  # "NCAA Lifts Penn State's Bowl Ban ...: The governing body rolled back the sanctions"
    relative = win.right_words(2)  # a relative clause naming who imposed them: "the sanctions the NCAA imposed"
    if relative[:1] == ["the"] and relative[1:] and relative[1] in lex.COURTS_AND_SPORT_BODIES:
        return True
    right = win.right_words(8)  # "was sanctioned by the league", "by the British Boxing Board of Control"
    return right[:1] == ["by"] and bool(set(right) & (lex.COURTS_AND_SPORT_BODIES | {"board"}))


_WAIVER_GIVEN = lex.words("restores restored grants granted issues issued")  # a waiver given eases sanctions


def read_sanction(win: Window, custody: Callable[[], bool] | None = None) -> Reading | None:
    """Sanctions/embargo imposed or lifted; None when merely mentioned (`custody` unused)."""
    if _penalty_sense(win):
        return None
    if win.word == "airspace":
        return read_airspace(win)
    if win.word in ("barred", "bars"):  # the gate saw "entry" after it
        return read_entry_barred(win)
    if win.word in DESIGNATE_WORDS:
        return designated(win)
    if win.word in BAN_WORDS:
        return read_trade_measure(win)
    if win.word in FREEZE_WORDS:
        return asset_freeze(win)
    if win.word in DELIST_WORDS:
        return delisted(win)
    if win.word in ("sponsor", "sponsors"):  # the gate saw "of terrorism" after it
        return terror_sponsor(win)
    if win.word == "boycott":
        return read_boycott_lifted(win)
    if win.word == "penalties" and not win.names_country_after(2, 3):
        return None  # penalties are sanctions only on a country: "Obama Orders New Penalties On North Korea"
    if win.word == "restrictive" and win.right_words(1)[:1] not in (["measures"], ["measure"]):
        return None  # "restrictive measures" is the EU's word for sanctions, read as "sanctions"
    nxt = win.right_words(2)[1:] if win.word == "restrictive" else win.right_words(1)  # after the noun
    if win.word == "sdn":  # OFAC's Specially Designated Nationals: "removed ... from the SDN list"
        return sanctions_list(win) if nxt == ["list"] else None
    if win.word.startswith("blacklist") and "immigration" in win.sent.words:
        return None  # a person barred from a country: "the Bureau of Immigration added him to its blacklist"
    if (nxt and nxt[0] == "list") or (win.word in ("blacklist", "blacklists") and not _verb_position(win)):
        return sanctions_list(win)
    if "hold" in win.right_words(4) and "on" in win.right_words(4):
        return None  # "Trump Puts New Russia Sanctions On Hold"
    if nxt and nxt[0] in ("program", "programs", "regime"):
        act = governing_act(win)
        if act is not None and act.word in lex.LIFT_VERBS:  # "Obama Ends Sanctions Program Against Myanmar"
            return Reading("sanctions_lifted", "active", act.start, act.end, 0.8, act.word in BASE_FORMS)
    if nxt and nxt[0] in lex.SANCTION_NOT_ACT_NEXT:
        granted = any(w.startswith(("grant", "gave", "give", "provid", "offer")) for w in win.left_words(3))
        took_effect = {"effect", "force"} & set(win.right_words(5)[2:])  # "sanctions relief took effect"
        if nxt[0] == "relief" and (granted or took_effect):
            return Reading("sanctions_lifted", "active", win.start, win.end, 0.7)
        if nxt[0].startswith("waiver") and set(win.left_words(2)) & _WAIVER_GIVEN:
            return Reading("sanctions_lifted", "active", win.start, win.end, 0.7)  # "Restores Sanctions Waiver For"
        signed = next((tok for tok in reversed(win.left_tail(4)) if tok.word in _SIGNED), None)
        if nxt[0] in ("bill", "legislation", "law") and signed is not None:  # "Signs Russia Sanctions Bill"
            return Reading("sanctions_imposed", "active", signed.start, signed.end, 0.7)
        return None  # "sanctions relief talks", "sanctions violation", "sanctions tweet"
    if win.word in _VERB_FORMS or (win.word in _NOUN_OR_VERB and _verb_position(win)):
        return _sanction_verb(win)
    if win.word in BASE_FORMS and win.left_words(1) == ["to"]:  # "Bill To Sanction Chinese Officials"
        return Reading("sanctions_imposed", "active", win.start, win.end, 0.9, True)  # modality: a goal unless enacted
    if "list" in win.left_words(6):  # "from the list of persons subject to restrictive measures"
        listed = sanctions_list(win)
        if listed is not None:
            return listed
    exempt = exempted_from(win)
    if exempt is not None:  # "adopted a resolution exempting humanitarian aid from its sanctions regimes"
        return Reading("sanctions_lifted", "active", exempt.start, exempt.end, 0.75, exempt.word == "exempt")
    if _ROUNDS_BEFORE.search(" ".join(win.left_words(4))):
        return None  # a tally: "imposed several rounds of sanctions on Belarusian officials over the"
    act = governing_act(win) or agreed_to(win)
    if act is not None and act.word == "targeted" and adjective_position(win, act):
        return None  # the adjective: "said targeted sanctions ... should be imposed"
    if act is None and hit_with(win) and win.right_words(1)[:1] in (["on"], ["against"]):
        return Reading("sanctions_imposed", "active", win.start, win.end, 0.85)  # "China Retaliates With Sanctions On"
    if act is None and win.word in ("sanctions", "embargo", "embargoes") and takes_effect(win):
        return Reading("sanctions_imposed", "nominal", win.start, win.end, 0.7)  # "EU Oil Embargo On Iran Takes Effect"
    if act is None:
        return passive_act(win) or allowed_to_lapse(win) or _new_sanctions(win)
    opens = win.sent.starts[win.lo] == act.start or win.text[: act.start].rstrip().lower().endswith(" that")
    if act.word.endswith("ing") and opens and not win.is_title:
        return None  # a gerund subject: "Lifting the sanctions would require approval", "said that lifting ..."
    if act.word.endswith("ing") and _a_chambers_bill(win, act):
        return None  # "The House voted 419-3 to approve legislation imposing new sanctions": a bill
    if act.word.startswith("waiv") and "again" in win.right_words(3):
        return None  # a waiver renewed keeps relief going, like sanctions extended: "Waives Iran Sanctions Again"
    if act.word.startswith("roll") and win.text.startswith((" over", " Over"), act.end):
        return None  # rolled over: renewed, an ongoing state ("EU Rolls Over Economic Sanctions On Russia")
    lifted = act.word in lex.LIFT_VERBS or act.word in lex.LIFT_NOUNS
    nominal = act.word in lex.LIFT_NOUNS or act.word in lex.IMPOSE_NOUNS
    return Reading(
        "sanctions_lifted" if lifted else "sanctions_imposed",
        "nominal" if nominal else "active",
        act.start,
        act.end,
        0.75 if nominal else 1.0,
        act.word in BASE_FORMS,
    )
