"""Is a matched act asserted as a fresh fact? Negation, irrealis, background, hedging.

Event coders' worst complaint is extra events (NOTES: PETRARCH "315 % extra events").
Most of those come from sentences that *mention* an act without reporting it:
"did not release", "threatened to impose", "called for the release", "will lift",
"has faced sanctions since 2020", "who was jailed in 2019". These checks read a few
words around the act (the caller passes short lower-cased windows), so they cost
microseconds and need no parser. They are deliberately conservative: for an alert
stream a missed mention of an act is cheaper than an alert on a non-act.

Windows: `left` is the text of the clause before the act word, `right` the text after
it, both lower-cased; only the last/first few words matter for most cues. Background (an
act retold as an earlier fact or an ongoing state) is read in background.py.
"""

from __future__ import annotations

import re

from streams.core.background import COORDINATED, background
from streams.core.dating import first_words, fresh, last_words
from streams.core.event_lexicon import LEGISLATURE, WISH_VERBS

# Negation and refusals. "no arrests were made" / "did not release" / "refused to lift" /
# "nobody was arrested" / "none of them were detained".
_NEGATION = re.compile(
    r"\b(?:not|never|no|nor|neither|nobody|none(?! other)|without|cannot|refus\w*|declin\w* to|"
    r"fail\w*(?: on \w+day)? to|"
    r"den(?:y|ies|ied)(?! (?:were|was|is|are|had|has|have)\b)|"  # not "charges they denied were released"
    r"reject\w*|stop(?:s|ped|ping)?(?! and)|halt\w*|ceas\w*|avoid\w*|"  # not "stopped and arrested"
    r"back(?:s|ed|ing)? (?:off|away from)|walk(?:s|ed|ing)? back|let alone|rather than|instead of|short of|"
    r"call(?:s|ed|ing)? off|cancel\w*|postpon\w*|rul(?:es|ed|ing) out|"  # "Calls Off Release", "ruled out tougher"
    r"\w+n['’]t)\b"
)
# Irrealis: future, modal, plans, threats, conditions, requests and goals.
_IRREALIS = re.compile(
    r"\b(?:will|would|could|can|\w+['’]ll|(?<!in )(?<!of )(?<!on )(?<!since )(?<!early )(?<!late )may|"
    r"might|must|should|shall|going to|gonna|\w+['’]d|information leading to|"  # "he'd lift", a reward's "leading to"
    r"(?:lets|allows?|permits?|empowers?)(?: \S+){1,2}$|"  # a power given: "The decree lets authorities detain"
    r"plan(?:s|ned|ning)? to|plans|expect\w*(?: on \w+day)? to|set to|poised to|intend\w* to|"
    r"threat\w*|vow\w*|pledg\w*|promis\w*|agree\w* to|offer\w* (?:to|of)|want\w* to|wants?|"
    r"wish\w* to|seek\w*|sought|aim\w*|in a bid to|ready to|prepared to|"
    r"prepar(?:e|es|ing)|read(?:ies|ying)|draft(?:s|ing)|"
    r"consider\w*|weigh\w*|mull\w*|anticipat\w*|propos\w*|call\w* for|calls? on|called on|urg\w*|"
    r"demand\w*|insist\w* (?:that|on)|ask\w*|request\w*|recommend\w*|appetite|pav\w* (?:the )?way|"
    r"clear\w* (?:the )?way|"
    r"discuss\w*|debat\w*|balk\w* at|oppos(?:e|es|ed|ing)|close to|to (?:play|have) a (?:\w+ )?role in|"
    r"decision on|delay\w*|prioriti[sz]\w*|"
    r"(?:preliminary|tentative) (?:approval|backing|green light|go-ahead)|in principle|"  # a step before adoption
    r"(?:clash\w*|row\w*|disput\w*|split|divided|at odds) over|"
    r"(?:put|puts|putting|hold|holds|held|holding) off (?:on|bringing|imposing|lifting|a|any|new|further)\b|"
    r"(?:hold|holds|held|holding) back(?: \S+){0,2}$|"  # "Israel holds back fourth release of Palestinian prisoners"
    r"press\w* for|push\w* for|pressur\w*|appeal\w*|lobb\w*|support\w* (?:of|for)|"
    r"to (?:begin|start|resume)$|"  # "Orders ICE To Begin Releasing Detainees"
    # "pleads with X for", "a plea to North Korea for his release", "to press Moscow for his release"
    r"(?:campaign\w*|fight\w*|struggl\w*|plead\w*|pleas?|beg(?:s|ged|ging)?|press|push)(?: [^\s,;]+){0,3} for|"
    r"work\w* for|march\w* for|rall(?:y|ies|ied) for|chant\w* for|"
    r"working to|secur(?:e|es|ing)|hop(?:e|es|ing) (?:to|for)|mov(?:e|es|ing) towards?|"
    r"if|unless|whether|whenever|would-be|possible|possibly|possibilit\w*|potential\w*|(?:un)?likely|prospect\w*|"
    r"due to|"
    r"chance\w*|option\w*|measure to|order\w* to|try\w* to|tried to|"
    r"attempt\w*|effort\w*|negotiat\w*|talks? (?:on|about|over|of)|"
    r"talks? (?:stall\w*|falter\w*|snag\w*|deadlock\w*) (?:on|over)|warn\w*|risk\w*|"
    r"fear\w*|allow\w*|authoriz\w*|permit\w* to|eligible|await\w*|"
    r"to (?:order|win|obtain|gain|force|arrange|facilitate|expedite|block|prevent|delay)|"
    r"float\w*|petition\w*|deadlines?|provides? for|provided for|any|to agree|to be(?: set)?$|"
    r"that (?:\S+ ){0,3}be set$)\b"
)
_ENACTED = re.compile(  # "voted to impose", "voted unanimously on Wednesday to lift"
    r"\b(?:vote[sd]?|decided|decides)(?: \w+ly)?(?: on \w+day)? to(?: \w+ (?:and|or))?(?: \w+ly)?$"
)
# ... but a legislature's vote passes a bill or a resolution, not the act itself
# ("The House voted to impose sanctions": the guide's "a bill that passed one chamber").
_A_CHAMBER = rf"\b(?:{'|'.join(sorted(LEGISLATURE))})\b"
_LEGISLATURE = re.compile(_A_CHAMBER)
_CHAMBER_VOTED = re.compile(_A_CHAMBER + r"(?: \S+){0,2} vot(?:ed|es)\b")  # "The Senate voted 94 to 0"
# A relative clause between commas describes someone; its verbs do not govern the act.
# ... also when the window opens inside it: "[Brown, ]who was sentenced ... with her, walked out"
_PARENTHETICAL = re.compile(r"(?:,\s*|^[^,]*?\b)(?:who|whose|whom|which|where)\b[^,]*,")
_NEGATED_OBJECT = re.compile(r"^(?:no one|nobody|none(?! other))\b")  # "police arrested no one"
# A contracted negation, then one word that is not an auxiliary or an adverb, then the act:
# the negation is that word's ("for murders he didn't commit | walks free").
_NEGATED_OTHER_VERB = re.compile(
    r"\w+n['’]t (?!(?:be|been|being|get|got|have|to|ever|yet|even|set|walk|go|make|made)\b)(?!\w+ly\b)\w+"
    r"(?: (?:walks?|walked|went|goes|sets?))?$"
)
_NOUN_PHRASE_TAIL = re.compile(
    r"(?: (?:a|an|the|new|fresh|further|additional|significant|tough|tougher|sweeping|economic|set|round|package|"
    r"wave|of))+ ?$"
)
_AGREED_TO = re.compile(r"\bagree(?:s|d)? to$")
_WHETHER = re.compile(r"\bwhether\b[^,;]*$")
_MEANS = re.compile(r"\bto \w+(?: \w+){0,2} by$")  # "called on the administration to respond by imposing"
# A measure as the instrument of an infinitive's verb is that infinitive's goal, as "to
# impose" is: "Unveil Bill To Punish Russia With New Sanctions" (but "decided to hit ... with").
_INSTRUMENT_OF = re.compile(r"\bto (\w+)(?: [^\s,;]+){1,3} with$")
_SUBJUNCTIVE = re.compile(r"\bthat (?:\S+ ){0,6}be$")  # "recommended that all children and their families be"
# ... with the act a noun after its participle: "a request that he be placed under house arrest"
_SUBJUNCTIVE_PLACED = re.compile(r"\bthat (?:\S+ ){0,6}be (?:placed|put|kept|held|moved|transferred) (?:\S+ ){0,2}\S+$")
# "unless jailed activists such as Leopoldo Lopez are freed", "until all those detained after
# last week's clashes ... are freed", "would not eat until his wife was freed", "possible once the embargo was ended"
_CONDITION_ON_PRONOUN = re.compile(r"\b(?:if|unless) (?:he|she|they|it|we|you|i)$")  # "Killed If He Returns Home"
_CONDITION_ON_SUBJECT = re.compile(
    r"\b(?:unless|until|if|once)\b(?: [^\s,;]+){1,12}(?:,[^,;]{1,60},)? (?:are|is|be|were|was|get|gets)(?: \w+ly)?$"
)  # "once the first prisoners were actually freed", "if the prisoners, many convicted of ..., are freed"
_EXAMPLE_OF = re.compile(r"\bsuch as(?: \S+){0,2}$")
_DEMANDED_BE = re.compile(r"\b(?:demand|demands|demanded|demanding|urge|urges|urged|insist|insists)\b(?: \S+){1,8} be$")
_AND_BE = re.compile(r"\b(?:and|or) be$")  # a bare "be" joined to a verb that a modal or "to" governs
_GENERIC_DOERS = re.compile(r"\b(?:countries|nations|states|governments|those|firms|companies) (?:that|which|who)$")
_GENERIC_BEING = re.compile(r"(?:^|\b(?:that|about|fear|risk|means?)) being$")
# A time told relative to the act, so not the act's news: "talks within a week of the prisoners being set free"
_WITHIN_OF = re.compile(r"\bwithin \S+ \S+ of(?: \S+){0,4}$")
# "None of the defendants ... is in custody", "Months after ..., none of the officers has been"
_NEGATED_SUBJECT = re.compile(r"(?:^|[,;] )(?:(?:though|although|but|while|yet) )?(?:none of|no one|nobody|neither)\b")
# A denied or rumoured act told in a short "that" clause: "Police Deny Rumors That Pop Star
# Was Arrested", "dismissed reports that he had been detained"; not a longer clause whose act
# is told beside the denial ("denied that the men were tortured after they were arrested").
_DENIED_THAT = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|debunk\w*|refut\w*|rumou?rs?)\b"
    r"(?: [^\s,;]+){0,3} that(?: [^\s,;]+){0,4}$"
)
_THAT_IT = re.compile(r"\bthat (?:it|he|she)$")
_MANDATIVE_THAT = re.compile(r"\b(?:recommend|urg|demand|propos|request|insist|suggest)\w* that\b")
# "to locate and provisionally arrest", "no legal grounds to hand him over or detain him"
_INFINITIVE = re.compile(r"\bto(?:(?: \w+){1,3} (?:and|or))?(?: \w+ly)?$")
_HABITUAL = re.compile(
    r"\b(?:increasingly|routinely|regularly|frequently|often|usually|repeatedly|"
    r"continu\w* to|keeps?|kept)\b"
)
_COORDINATED_FOR = re.compile(r"\b(?:and|or) for(?: \w+)?$")
# "an expected prisoner swap", "Offers Prisoner Swap"
_PLANNED = frozenset(
    "further future expected upcoming planned proposed offers offered proposes backs backed supports supported".split()
)  # ... and "Suu Kyi backs easing of remaining US sanctions"
_ORDERED = re.compile(r"\border(?:s|ed|ing)?\b")
# A noun whose own verb is modal: "An exchange of prisoners could take place next week".
_MODAL_AFTER_NOUN = re.compile(
    r"(?:[^\s,;]+ ){0,4}(?:could|would|will|may|might|should|is expected|are expected|set for|scheduled for|due)\b"
)  # "with her release set for August 7"
# ... or is the price of an agreement: "reached an agreement to limit its programme in exchange
# for the lifting of sanctions" (a completed trade, "in exchange for the release of 123
# prisoners", has no agreement word before it)
_BARGAINED = re.compile(
    r"\b(?:agreement|deal|agreed|agrees|offer\w*|aim\w*|negotiat\w*|talks|seek\w*|propos\w*)\b(?: \S+){0,12} "
    r"in (?:exchange|return) for(?: \S+){0,3}$"
)
# ... or is stopped: "New Syria Sanctions Blocked At U.N."
_THWARTED_AFTER_NOUN = re.compile(r"(?:[^\s,;]+ ){0,3}(?:blocked|vetoed|rejected|stall(?:s|ed)?|defeated)\b")
# ... or is one of the options: "asset freezes and visa bans ... were among the options being considered"
_OPTION_AFTER_NOUN = re.compile(
    r"(?:[^\s,;]+ ){0,8}(?:(?:were|are|is|was) among the options|being (?:considered|discussed|weighed)|"
    r"under (?:consideration|discussion)|on the table|if (?:necessary|needed|need be|required))\b"
)  # "... including through prisoner swaps if necessary"
_ACTIVE_RELATIVE = re.compile(  # "..., who freed", "measures that have frozen the billionaire's assets"
    r"\b(?:who|which)(?: (?:are|is|was|were|have|has|had))?(?: \w+ly)?$|\bthat (?:have|has|had)(?: \w+ly)?$"
)
_AFTER_NOMINAL = re.compile(r"\b(?:after|following|before)(?: the| a| an)?(?: \S+)?$")
# "three US citizens ..., who were flown home with Pompeo", "Garner, who was being arrested for",
# "a girl ... who was taken into federal custody"
_RELATIVE_PASSIVE = re.compile(
    r"\b(?:who|whom|which|that) (?:was|were|had been|has been|have been|was being|were being)"
    r"(?: \w+ly| later| again| also)?(?: flown| brought| sent| taken into(?: \w+)?| placed in(?: \w+)?)?$"
)
_HEDGE = re.compile(
    r"\b(?:reportedly|according to|said to|rumou?r\w*|unconfirmed|claim\w*|"
    r"apparently|appear\w* to|may have|might have|purportedly|supposedly)\b"
)
_PASSIVE_CHAIN = re.compile(
    r"((?:\S+ ){0,4}(?<!\S)(?:be|been|being|was|were|is|are|get|gets|got|getting)\b(?: \S+){0,3})$"
)
_CHAIN_SPACES = 7  # single spaces a _PASSIVE_CHAIN match can hold: 4 + 3


def governing_words(left: str, voice: str) -> str:
    """The words before the act that can carry its modality.

    Active and nominal acts: the last few words ("US could lift", "called for the
    release of"). Passive acts: only the auxiliary chain ("will be", "was not", "to be")
    and two words before it — in a headline such as "Extremists Aiming To Riot At Pride
    Event Arrested" the words before the participle belong to the subject, not to the act.
    """
    if voice == "nominal":  # a noun's own phrase carries no modality: "were moving towards | a new set of";
        head = _NOUN_PHRASE_TAIL.sub("", left)  # and agreeing to a measure adopts it: "Agrees To Sweeping Sanctions"
        return last_words(_AGREED_TO.sub("", head) if len(head) < len(left.rstrip()) else head, 6)
    if voice != "passive":
        return last_words(left, 6)
    left = left.rstrip()
    match = _PASSIVE_CHAIN.search(left, _chain_reach(left))
    return match.group(1) if match else last_words(left, 1)


def _chain_reach(left: str) -> int:
    """Where a `_PASSIVE_CHAIN` match can start at the earliest: just after the 8th
    single space from the end. A match holds at most 7 such spaces (4 words, the
    auxiliary, 3 words), so starting the search there finds the same match, and the
    regex no longer tries (and backtracks from) every position of a long window."""
    cut = len(left)
    for _ in range(_CHAIN_SPACES + 1):
        cut = left.rfind(" ", 0, cut)
        if cut < 0:
            return 0
    return cut + 1


def negated(words: str) -> bool:
    """True when the act is negated or refused ("did not release", "no arrests"); not
    when the negation has a verb of its own ("Murders He Didn't Commit Walks Free")."""
    return _NEGATION.search(words) is not None and not _NEGATED_OTHER_VERB.search(words)


def irrealis(words: str, base_form: bool = False) -> bool:
    """True for future, modal, planned, threatened, requested or hypothetical acts.

    `base_form` says the act word is a bare verb ("lift", "release", "arrest"): then
    a preceding "to" makes it an infinitive goal ("to lift sanctions") — not an act.
    """
    if base_form and _INFINITIVE.search(words) and not (_ENACTED.search(words) and not _LEGISLATURE.search(words)):
        return True
    if base_form and _THAT_IT.search(words):
        return True  # a ruling's subjunctive: "a ruling ... that it release jailed opposition politician"
    return _IRREALIS.search(words) is not None or _HABITUAL.search(last_words(words, 4)) is not None


def relative_passive(left: str) -> bool:
    """An appositive description of a person ("..., who was arrested ..."): background."""
    return _RELATIVE_PASSIVE.search(left.rstrip()) is not None


_NO_DEAL = re.compile(r"\bno (?:deal|agreement)\b")  # "no agreement had been reached on a prisoner exchange"


def hedged(left: str) -> bool:
    """True when the report is second-hand or unconfirmed ("reportedly released")."""
    return _HEDGE.search(last_words(left, 10)) is not None


def _described(left: str, right: str, voice: str, in_title: bool) -> bool:
    """The act only describes someone or something already known: "the cop who arrested
    X", "X, who was freed ...", and in body text "details emerged after the arrest";
    but a relative clause dated today is the news itself ("..., who walked free on Monday")."""
    relative = (voice == "passive" and relative_passive(left)) or (
        voice == "active" and _ACTIVE_RELATIVE.search(left.rstrip()) is not None
    )
    if relative:
        return not fresh(first_words(right, 8))
    if voice != "nominal" or in_title or not _AFTER_NOMINAL.search(left.rstrip()):
        return False
    return not fresh(last_words(left, 8))  # "reeling Wednesday following the arrests of"


_WORD = re.compile(r"[a-z]+")


def wished(words: str) -> bool:
    """A verb of wishing among the (lower-cased) words: "Iran Wants All Sanctions Lifted",
    "to keep X detained", "Havana wanted Cuba removed from the list"."""
    return not WISH_VERBS.isdisjoint(_WORD.findall(words))


def _infinitive_goal(words: str) -> bool:
    """The measure is what an infinitive's verb would act with: "to punish Russia with"."""
    found = _INSTRUMENT_OF.search(words)
    return found is not None and irrealis(f"{words[: found.start()]}to", base_form=True)


def _bare_participle_governed(left: str, in_title: bool) -> bool:
    """A participle without its auxiliary describes its noun in a modal or wished-for clause:
    "could allow 30 people detained over a protest to avoid trial", "Wants All Sanctions
    Lifted" (in a headline the words before it are usually its subject, so only a wish counts)."""
    return wished(left) or (not in_title and irrealis(left))


def reject_reason(
    left: str,
    right: str,
    published: str | None,
    voice: str = "active",
    base_form: bool = False,
    in_title: bool = False,
) -> str | None:
    """Why the act is not asserted as a fresh fact, or None when it is.

    `left`/`right` are the lower-cased clause windows before/after the act word;
    `voice` is "active", "passive" or "nominal" (see `governing_words`).
    """
    left = _PARENTHETICAL.sub(" ", left)  # "the man, whose name has not been released, was arrested"
    left = left.rstrip("\"'“”‘’ ")  # 'to be "arrested"': a quote mark is no word
    words = governing_words(left, voice)
    if negated(words) or (voice == "active" and _NEGATED_OBJECT.match(right.lstrip())):
        return "negated"
    if voice != "active" and _NEGATED_SUBJECT.search(left.lstrip()):
        return "negated"
    if _DENIED_THAT.search(last_words(left, 12)):
        return "negated"
    if voice == "passive" and (_CONDITION_ON_SUBJECT.search(left) or _CONDITION_ON_PRONOUN.search(left)):
        return "irrealis"  # a condition on the subject: "unless jailed activists such as Leopoldo Lopez are freed"
    if _WITHIN_OF.search(last_words(left, 9)):
        return "irrealis"
    if voice == "nominal" and _EXAMPLE_OF.search(last_words(left, 4)):
        return "irrealis"  # an example of a measure the clause names: "to impose sanctions, such as asset freezes"
    if voice == "passive" and _DEMANDED_BE.search(last_words(left, 10)):
        return "irrealis"  # a subjunctive without "that": "Demand Carrie Lam Resign And Jailed Protesters Be"
    if voice == "passive" and (_SUBJUNCTIVE.search(last_words(left, 9)) or _AND_BE.search(words)):
        return "irrealis"  # "demanded ... that its staff be freed", "expected to turn himself in and be booked"
    if _SUBJUNCTIVE_PLACED.search(last_words(left, 12)):
        return "irrealis"
    if base_form and _MANDATIVE_THAT.search(left):
        return "irrealis"  # a mandative subjunctive: "recommended that the Security Council ... impose an embargo"
    if base_form and _GENERIC_DOERS.search(left):
        return "irrealis"  # a kind of states, not an act: "other countries that impose sanctions on Russia"
    if voice == "passive" and _GENERIC_BEING.search(words):
        return "irrealis"  # a generic state, not an act: "told inmates that being detained 'does not mean ...'"
    # "would direct ... to identify officials and freeze", "called for an embargo ... and for targeted sanctions"
    coordinated = COORDINATED.search(words) is not None or _COORDINATED_FOR.search(words) is not None
    coordinated = coordinated or (base_form and left.rstrip().endswith(","))  # "would impose ..., freeze"
    # "a deadline ... for X, and for the release of"; a bare verb joined to a modal one: "would also impose a
    # travel ban on Iranian officials and scientists involved in those programmes and freeze their assets"
    reach = 24 if _COORDINATED_FOR.search(words) or (base_form and COORDINATED.search(words)) else 14
    if (
        irrealis(words, base_form)
        or ((coordinated or _MEANS.search(words)) and irrealis(last_words(left, reach)))
        or _WHETHER.search(last_words(left, 12)) is not None  # "whether the US and the EU relax the sanctions"
        or (voice != "passive" and _infinitive_goal(words))  # "U.S. To Hit Russia With New Sanctions"
        or (voice == "nominal" and " and " in last_words(left, 4) and irrealis(last_words(left, 10)))
        or (voice == "nominal" and left.rstrip().endswith((", the", ", and the")) and irrealis(last_words(left, 16)))
        or (voice == "passive" and _ORDERED.search(last_words(left, 8)))
        or (
            voice == "passive" and " " not in words.strip() and _bare_participle_governed(last_words(left, 8), in_title)
        )
    ):
        # ... including "Court Orders Ex-President Freed" (the order, not the act), and a bare
        # participle in body text describing people in a modal clause ("could allow 30 people
        # detained over a protest to avoid trial")
        return "irrealis"
    if voice == "nominal" and (_THWARTED_AFTER_NOUN.match(right.lstrip()) or _NO_DEAL.search(last_words(left, 12))):
        return "negated"
    if voice == "nominal" and (
        _MODAL_AFTER_NOUN.match(right.lstrip(" \"'“”‘’"))  # 'their release "would pose a serious threat"'
        or _OPTION_AFTER_NOUN.match(right.lstrip())
        or _BARGAINED.search(last_words(left, 18))
        or _PLANNED.intersection(last_words(left, 2).split())
    ):
        return "irrealis"  # "An exchange of prisoners could take place next week"
    if background(words, left, right, published) or _described(left, right, voice, in_title):
        return "background"
    return None


_UNTIL = re.compile(r"\buntil(?: [^\s,;]+){0,12}$")


def condition_not_met(left: str, act: str, voice: str, base_form: bool) -> bool:
    """A condition not met yet (`act` is the act's word): "Iran Won't Return To Nuclear Deal
    Until U.S. Lifts All Sanctions"; not a past "until police arrested him". (A passive
    condition, "until sanctions are lifted", is `reject_reason`'s condition on the subject.)"""
    if voice != "active" or "until" not in left or not _UNTIL.search(left):
        return False
    return base_form or (act.endswith("s") and not act.endswith("ss"))


_DEMANDS_LISTED = re.compile(
    r"\b(?:demands?|conditions|expectations|commitments|calls? for|called for|wants?|asks?)\b[^:;.]{0,40}"
    r"(?::|, including\b)[^:;]*$"
)


def demanded_in_a_list(before: str) -> bool:
    """The act is an item of a list of demands (`before` is its sentence up to the act):
    "set out three demands: Lukashenko's resignation, new elections and the release of all
    political prisoners", "set out its expectations, including the release of all remaining
    political prisoners", "met its commitments, including ... the release of"."""
    return _DEMANDS_LISTED.search(before) is not None


def chamber_voted(left: str) -> bool:
    """A legislature's vote just before a measure passes a bill, not the measure (the guide's
    "a bill that passed one chamber"): "The Senate voted 94 to 0 ... to attach new sanctions"."""
    return _CHAMBER_VOTED.search(last_words(left, 16)) is not None
