"""Is a capital the government here, or only a place? "Moscow said" is Russia; "arrested in
Paris", "a London hospital", "a trip to Warsaw" and "University College London" are places.

The guide counts a capital only as a metonym for its government. These checks read the
words around a capital hit: the word after it (a noun it modifies, a longer name, a route),
the word before it (a place preposition, an institution), and lists of places.
"""

from __future__ import annotations

import re

from streams.core import country_context_words as data
from streams.core.nearby_words import MAX_WORD, alternation, is_name_word, next_word, prev_word

# "flights from Athens to", "Flight MH17 from Amsterdam to" (a flight number may follow the travel word)
_ROUTE_FROM = re.compile(
    rf"\b(?:{alternation(data.TRAVEL_WORDS)})(?: [A-Z]*\d+[A-Z]*)? from [^.;:]{{1,60}}$", re.IGNORECASE
)


def _modifies_a_noun(word: str) -> bool:
    """Is the lower-case word after a capital a common noun it modifies ("monorail",
    "traffic") rather than a verb ("says", "warned", "took"), an adverb, a function word
    or the government ("Tehran regime")? Title Case headlines never reach here."""
    word = word.removesuffix("'s").removesuffix("’s")  # "the Paris prosecutor's office"
    if not word.isalpha() or not word[0].islower() or word in data.FUNCTION_WORDS:
        return False
    if word.endswith(("s", "ed", "ly")) or word in data.IRREGULAR_PAST_VERBS:
        return False
    return word not in data.GOVERNMENT_NOUNS


_ROUTE_WORDS = r"(?:flights?|routes?|services?|trains?|rail|highway|expressway|corridor)\b"
# "Delhi-Toronto flights", "Athens-to-Vilnius flight", "a London-to-Los Angeles flight"
_ROUTE_AFTER = re.compile(rf"-(?:to-)?[A-Z][\w.'’]*(?: [A-Z][\w.'’]*)? {_ROUTE_WORDS}")
_ROUTE_WORD_AFTER = re.compile(rf" {_ROUTE_WORDS}")
_NAME_LINKS = frozenset("da de do dos das del della di du".split())
_PARTICLES = frozenset("in back out over home".split())
_SKIPPED = _PARTICLES | {"them", "him", "her"}  # ... and an object: "flown them to Rome"
_VISITS = frozenset("visit visits visited visiting explore exploring tour touring".split())
_CLAUSE_OPENERS = frozenset("that if unless because while when whether".split())
_MANDATIVE = frozenset("demand demands demanded demanding urge urges urged asked".split())
_OBJECT_STARTS = frozenset("the a an his her its their him them it all any".split())
_WEAPONS = frozenset(
    "missile missiles rocket rockets shots shells artillery salvo ballistic cruise projectiles drones back at".split()
)


_SHOT_COUNTS = frozenset("another more new two three four several a an its".split())


def _fires_weapons(text: str, end: int, following: str) -> bool:
    """ "Pyongyang fires missiles": the verb, not "an Athens fire" (a place's event)."""
    if following.lower() not in ("fires", "fire"):
        return False
    after = text.find(following, end) + len(following)
    nxt = next_word(text, after)
    if nxt.lower() in _SHOT_COUNTS:  # "Pyongyang Fires Another Missile", "fires two rockets"
        nxt = next_word(text, text.find(nxt, after) + len(nxt))
    return nxt.lower() in _WEAPONS


def _place_after_name(text: str, end: int, following: str) -> bool:
    """Is the name after a capital's possessive that of a local place ("Gemelli hospital")?"""
    after = text.find(following, end) + len(following)
    return next_word(text, after).lower() in data.PLACE_NEXT_WORDS


def _named_in_body(text: str, start: int, following: str) -> bool:
    """In body text (headlines capitalise every word) a capital followed by another
    capitalised word (`following`) is part of a longer name: a person, a team, an institution."""
    if text.find("\n", 0, start) == -1:
        return False
    return is_name_word(following)


_TITLES = frozenset(
    "minister president mr mrs ms dr king queen prince senator governor mayor judge leader chancellor premier".split()
)


_NICKNAME_BEFORE = re.compile(r"\b[A-Z][a-z]+ [\"“‘'][A-Z][a-z]+[\"”’'] $")


def surname_in_body(text: str, start: int) -> bool:
    """In body text, two capitalised names before a capital make it a surname ("Sidi Yahya
    Tunis"); a day ("On Monday Moscow said") or a function word is no name."""
    if text.find("\n", 0, start) == -1:
        return False
    if _NICKNAME_BEFORE.search(text, max(0, start - 60), start):
        return True  # a given name and a quoted nickname: 'Giuseppe "Bepi" Colombo'
    first = prev_word(text, start)
    if not _is_given_name(first):
        return False
    before = prev_word(text, text.rindex(first, 0, start))
    return _is_given_name(before) or before.lower().rstrip(".") in _TITLES  # "Prime Minister Joseph Muscat"


def _is_given_name(word: str) -> bool:
    """A name word that is neither an acronym nor a day or month ("Jean" of "Jean Paris")."""
    return is_name_word(word) and not word.isupper() and word.lower() not in data.CALENDAR_WORDS


def _coordinated(text: str, start: int) -> bool:
    """A capital after "and"/"or"/a comma is one of several subjects ("Seoul and Tokyo
    hold talks"): a bare verb may follow it. After "pro-"/"anti-" it is a side taken."""
    before = text[max(0, start - 5) : start].lower()
    if before.endswith(("pro-", "anti-")):
        return True  # "the pro-Beijing camp": the government, whatever follows
    return prev_word(text, start).lower() in ("and", "or", "nor") or before.endswith(", ")


def capital_as_place(text: str, start: int, end: int) -> bool:
    """ "arrested in Paris", "Mayor of London", "London Bridge", "a trip to Warsaw",
    "University College London": a place;
    but "the government in Beijing", "officials in Washington" are the seat of power
    speaking for the country."""
    following = next_word(text, end, past_possessive=True)
    spaced = text.startswith(" ", end)  # then `following` is the very next word, no possessive between
    if following in _NAME_LINKS:
        return True  # part of a longer name: "Praia da Marinha", "Santiago de Compostela"
    if not spaced and following.lower() in data.GOVERNMENT_WILL_NOUNS:
        return False  # "at Washington's request", "Moscow's allies": only a state has these
    paired = start > 0 and text[start - 1] == "-"  # "Moscow-Washington talks": a pair of governments
    if following.lower() in data.PLACE_NEXT_WORDS and not paired and not _fires_weapons(text, end, following):
        return True  # "London Bridge", "Tokyo Olympics", "a London hospital", "Seoul's subway"
    if not spaced and following[:1].isupper() and _place_after_name(text, end, following):
        return True  # "Rome's Gemelli hospital", "Moscow's Sheremetyevo airport"
    if text.startswith(" (", end) and text[start:end].isupper():
        return True  # a wire dateline: "SEOUL (Reuters) -"
    if _PRAISED_AS_A_PLACE.match(text, end):
        return True  # a travel pick: "Why Lisbon Might Be Europe's Best Budget City Break"
    if text.startswith(("-based", "-born", "-listed", "-headquartered", "-bound"), end):
        return True  # "a London-based think tank", "a Jakarta-listed miner", "a Warsaw-bound plane"
    if (text.startswith("-", end) and _ROUTE_AFTER.match(text, end)) or (
        start > 1 and text[start - 1] == "-" and _ROUTE_WORD_AFTER.match(text, end)
    ):
        return True  # one end of a route: "non-stop Delhi-Toronto flights", "Toronto-Delhi flights"
    if _GOVERNMENT_HYPHEN.match(text, end):
        return False  # "the Beijing-imposed law", "a Moscow-backed leader": the government's doing
    previous = prev_word(text, start)
    if spaced and _modifies_a_noun(following) and not _coordinated(text, start) and not _verb_of(text, start, end):
        return True  # "Cairo monorail", "Kuala Lumpur traffic": the city names a local thing
    word = previous.lower()
    if word in data.INSTITUTION_WORDS or word in data.CITY_PART_WORDS or previous == "the":
        return True  # "University College London", "South London", "feeling the Bern"
    if _FAR_AS_BEFORE.search(text, max(0, start - 40), start):
        return True  # "felt as far away as Sarajevo and Belgrade"
    if spaced and _named_in_body(text, start, following):
        return True  # a longer name in body text: "Baghdad Bounedjah scored", "Moscow State University"
    if surname_in_body(text, start):
        return True  # a person's last name: "spokesman Sidi Yahya Tunis said"
    if _TRAVEL_LIST_BEFORE.search(text, max(0, start - 80), start):
        return True  # a later destination in a list: "flights to Mexico City, Lisbon and Reykjavik"
    listed = _PLACE_LIST_BEFORE.search(text, max(0, start - 80), start)
    if listed and listed.group(1).lower() not in data.GOVERNMENT_NOUNS:
        return True  # a later place in a list: "press conferences in Brussels, Tokyo and Washington"
    if word in data.LEAVING_WORDS or word in _VISITS:
        return True  # "left Moscow", "after leaving Kuala Lumpur", "Why You Should Visit Lisbon"
    if word not in ("to", "from", "between", "for") and word not in data.PLACE_PREPOSITIONS:
        return False
    at = text.rindex(previous, 0, start)
    before_raw = prev_word(text, at)
    skip = before_raw.lower() in _SKIPPED or any(c.isdigit() for c in before_raw)  # "flying in from", "777 from"
    if skip and word in ("from", "to"):  # "flying in from Paris", "flew back to Moscow", "777 from Seoul"
        before_raw = prev_word(text, text.rindex(before_raw, 0, at))
    before = before_raw.lower()
    if word == "for":  # "leaving Kuala Lumpur for Beijing", "Leave For Moscow"; not "a win for Beijing"
        return before in data.LEAVING_WORDS or _LEFT_PLACE_FOR.search(text, max(0, at - 40), at) is not None
    opens = at == 0 or text[at - 1] == "\n" or text[max(0, at - 2) : at].strip() in ("", ".", ":") or before in _SPREAD
    ranged = opens or (before.isalpha() and before not in data.GOVERNMENT_NOUNS and before not in _SENT)
    if word == "from" and _TO_A_PLACE.match(text, end) and ranged:
        return True  # one end of a range: "From Ljubljana to Porto", "spread from Kiev to", "Staffers from Dublin to"
    if word == "to" and (_FROM_A_PLACE.search(text, max(0, at - 40), at)):
        return True  # the far end: "a status symbol from Manhattan to London"
    if word == "from" and (before in data.ORIGIN_NOUNS or _travel_verb_before_from(text, at)):
        return True  # "a businessman from Athens", "returned to the kingdom from London"
    if word in ("from", "between"):  # "flights from Athens", "flights between Delhi and"; not "talks between"
        return before in data.TRAVEL_WORDS or _BOUND_FOR_BEFORE.search(text, max(0, at - 60), at) is not None
    if word == "to":  # "a trip to Warsaw", "traveling from Athens to Vilnius"; but "a message to Beijing"
        return before in data.TRAVEL_WORDS or _travel_route_before(text, at)
    return before not in data.GOVERNMENT_NOUNS


def _verb_of(text: str, start: int, end: int) -> bool:
    """Is the word after the capital its verb, in a clause it opens ("demanded that
    Washington extradite the cleric"), not a noun it modifies ("that Cairo traffic was")?"""
    opener = prev_word(text, start)
    if opener.lower() not in _CLAUSE_OPENERS:
        return False
    if opener == "that" and prev_word(text, text.rindex(opener, 0, start)).lower() in _MANDATIVE:
        return True  # a subjunctive's subject: "demanding that Beijing allow open elections"
    following = next_word(text, end)
    return next_word(text, end + 1 + len(following)).lower() in _OBJECT_STARTS


def _travel_verb_before_from(text: str, from_at: int) -> bool:
    """A verb of travel a few words before "from" ("returned to the kingdom from")."""
    return any(word in data.TRAVEL_VERBS for word in text[max(0, from_at - 40) : from_at].lower().split()[-4:])


def _travel_route_before(text: str, to_at: int) -> bool:
    """ "traveling from Athens to", "flights from the east coast of Australia to": a travel
    word and "from" a few words before this "to", in the same clause."""
    return _ROUTE_FROM.search(text, max(0, to_at - 80), to_at) is not None


# What passes from one government to another: "a letter from Kyiv to Moscow", "alliances from Taiwan to Beijing"
_SENT = frozenset(
    """letter letters message messages signal signals warning warnings envoy envoys delegation alliance
    alliances ties recognition allegiance loyalty power aid support pressure""".split()
)
_TO_A_PLACE = re.compile(r" to [A-Z]")
_SPREAD = frozenset("spread spreads spreading stretch stretches stretching ranging ranges".split())
_PRAISED_AS_A_PLACE = re.compile(
    r" (?:is|was|might be|could be|may be|remains) (?:\S+ ){0,3}(?:best|coolest|hottest|cheapest|destination|city)\b",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w.'\u2019-]*"
_PLACE_NAME = rf"{_NAME}(?: {_NAME})?"
# the near end of a range after a noun: "symbol from Manhattan to", not "a letter from Kyiv to"
# ... or opening a sentence: "From Bangkok to Mexico City, these are"
_FROM_A_PLACE = re.compile(rf"(?:(?:^|\n|\. )From|\b(?!(?:{'|'.join(sorted(_SENT))}) )[A-Za-z]+ from) {_PLACE_NAME} $")
_PLACE_LIST_BEFORE = re.compile(rf"(\w+) (?:in|at) (?:{_PLACE_NAME}, )*{_PLACE_NAME}(?:,? and |,? or |, )$")
_TRAVEL_LIST_BEFORE = re.compile(
    rf"\b(?i:{alternation(data.TRAVEL_WORDS)}) (?:to|from) (?:{_PLACE_NAME}, )*{_PLACE_NAME}(?:,? and |,? or |, )$"
)
_BOUND_FOR_BEFORE = re.compile(rf"\b(?:bound|headed|heading) (?:for|to) {_NAME}(?: {_NAME})? $")  # "bound for X from Y"
_LEFT_PLACE_FOR = re.compile(rf"\b(?i:{alternation(data.LEAVING_WORDS)}) {_NAME}(?: {_NAME})? $")
_FAR_AS_BEFORE = re.compile(rf"\bas far (?:away )?as (?:{_NAME} (?:and|or) |{_NAME}, )?$")
_LIST_OF_THREE = re.compile(rf"({_NAME}(?: {_NAME})?), ({_NAME}(?: {_NAME})?) and $")
_LIST_ITEM_BEFORE = re.compile(rf"(, )?({_NAME})(?:, | and | or )$")
_GOVERNMENT_HYPHEN = re.compile(
    r"-(?:imposed|backed|led|controlled|appointed|sponsored|brokered|allied|aligned|friendly)\b", re.IGNORECASE
)
_DASH_PAIR = re.compile(rf"[-–]({_NAME})")
_LIST_ITEM_AFTER = re.compile(rf"(?:, | and | or )({_NAME})(,| and | or )?")


def listed_among_places(text: str, start: int, end: int, phrase_edges: set[int]) -> bool:
    """A capital in a list of names that are no country phrase is one place among others:
    "the towns of Carrascal, Cantilan, Madrid, Carmen", "Beijing, Shanghai and Shenzhen";
    "Washington, Moscow and Beijing" (each a country phrase) list governments, and one
    neighbour that is no country phrase makes a list of places ("Beirut, Tripoli and
    Tyre"). A list is
    a name on both sides, or two on one side ("A, B, Madrid"; "Beijing, Shanghai and
    Shenzhen"): one name alone may be "Meanwhile, Moscow said" or "Tokyo, Killing 1" in
    a title. `phrase_edges` holds the starts and ends of the text's country phrases."""
    paired = _DASH_PAIR.match(text, end)
    if paired and paired.start(1) not in phrase_edges and not _GOVERNMENT_HYPHEN.match(text, end):
        return True  # joined to a town: "the Paris–Roubaix classic"; not "Moscow-Washington talks"
    before = _LIST_ITEM_BEFORE.search(text, max(0, start - 2 * MAX_WORD), start)
    three = _LIST_OF_THREE.search(text, max(0, start - 4 * MAX_WORD), start) if before else None
    if three and (three.end(1) not in phrase_edges or three.end(2) not in phrase_edges):
        return True  # the last of three, one of them no country: "Moscow, New York and Madrid had been eliminated"
    after = _LIST_ITEM_AFTER.match(text, end)
    if not (before and after) and not (before and before.group(1)) and not (after and after.group(2)):
        return False
    neighbours = {before.end(2)} if before else set()
    if after:
        neighbours.add(after.start(1))
    return not neighbours <= phrase_edges  # one neighbour that is no country makes it a place list
