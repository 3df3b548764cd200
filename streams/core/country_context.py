"""Is this country phrase the country here? The context checks of the country tagger.

Each check looks at a bounded window (a few characters or words) around one hit of the
country channel and says whether to reject it: a person's name ("Michael Jordan"), a
common noun ("roast turkey"), the US state ("Georgia's governor"), a capital used as a
place ("arrested in Paris", "a trip to Warsaw", "Delhi riots"), a language ("speaks
Russian"), an origin label ("Korean-Canadian"), a US town ("Moscow, Idaho") or a street
("Kenya Road"). The words they read are curated in `country_context_words`, the capital
checks live in `country_capitals` and the word readers in `nearby_words`; `countries`
calls `rejected` once per hit, so the cost stays constant per hit.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pycountry

from streams.core import country_context_words as data
from streams.core.country_capitals import capital_as_place
from streams.core.nearby_words import MAX_WORD, POSSESSIVES, alternation, is_name_word, next_word, prev_word

_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\. $")  # "Michael B. Jordan"


def surname_position(text: str, start: int) -> bool:
    """Does a first name or an initial come just before ("Michael Jordan", "Michael B.
    Jordan")? A compass word is no first name ("North Wales"), nor a headline verb
    ("Beijing Warns Washington")."""
    prev = prev_word(text, start)
    lowered = prev.lower()
    if lowered in data.FUNCTION_WORDS:
        return False  # a Title Case article or preposition: "Own A Welsh Soccer Team"
    if is_name_word(prev) and lowered not in data.CITY_PART_WORDS and lowered not in data.HEADLINE_VERBS_AFTER_NAME:
        return True
    return _INITIAL_BEFORE.search(text, max(0, start - 4), start) is not None


_NO_SURNAME_NEXT = frozenset("so still now also too not just really".split())
_NAME_PARTICLES_LOWER = frozenset("le la de da di van von du del".split())


def after_surname_particle(text: str, start: int, kind: str) -> bool:
    """A surname after its particle: "Duterte Critic Leila De Lima", "Dutch coach Frank De
    Boer", and a capital after a lower-case one ("took de Lima into custody", "Leila de
    Lima"); not "Banco de Mexico" or "Tour de France" (a country's name)."""
    if text.endswith(_PARTICLES, 0, start) and _SURNAME_PARTICLE.search(text, max(0, start - 30), start):
        return True
    return kind == "capital" and text.endswith(_PARTICLES_LOWER, 0, start)


def _looks_like_person(text: str, start: int, end: int) -> bool:
    if surname_position(text, start):
        return True
    if text.startswith(POSSESSIVES, end):
        return False
    following = next_word(text, end)
    if following in _NAME_PARTICLES_LOWER and next_word(text, end + len(following) + 1)[:1].isupper():
        return True  # "South Africa's Chad le Clos"
    if following.lower() in data.HEADLINE_VERBS_AFTER_NAME or (len(following) > 4 and following.endswith("ed")):
        return False  # the country acting in a headline: "Wales Stun Belgium", "Chad Added To Travel Ban"
    if following.lower() in _NO_SURNAME_NEXT:
        return False  # a Title Case adverb: "Why Is Washington So Worried About China's Island Building?"
    return is_name_word(following)


def _used_as_noun(text: str, start: int, end: int) -> bool:
    prev = prev_word(text, start)
    if next_word(text, end).lower() in data.FOOD_NEXT_WORDS:
        return True  # "Turkey Brining 101"
    return prev.lower() in data.NOUN_DETERMINERS or prev in ("The", "THE")


_CITY_COMMA = re.compile(r"[A-Z][\w.'\u2019-]*, $")


def _means_us_state(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - MAX_WORD) : start]
    if _CITY_COMMA.search(before) or before.lower().endswith("state of "):
        return True
    if prev_word(text, start).lower() in data.STATE_PREV_WORDS:
        return True
    if _STATE_LISTED_BEFORE.search(text, max(0, start - 25), start) or _STATE_LISTED_AFTER.match(text, end):
        return True  # listed with another state: "Colorado and Washington", "Georgia and Alabama"
    following = next_word(text, end, past_possessive=True).lower().rstrip(".")
    return following in data.STATE_NEXT_WORDS


def _acronym_misread(text: str, start: int, end: int) -> bool:
    """The currency "US$", or the pronoun after an all-caps word ("LET US")."""
    if text.startswith("$", end):
        return True
    prev = prev_word(text, start)
    return len(prev) >= 2 and prev.isalpha() and prev.isupper()


def _names_a_currency(text: str, start: int, end: int) -> bool:
    """ "nine billion US dollars", "the U.S. dollar", "US-dollar bonds": a currency mark."""
    following = text[end : end + 10].lower()
    return following[:1] in (" ", "-") and following[1:].startswith("dollar")


_NEXT_WORD = re.compile(r" ([a-z]+)", re.IGNORECASE)


def _english_as_language(text: str, start: int, end: int) -> bool:
    """ "English" names England (GB) only as the adjective of a noun ("the English club",
    "English drummer Ginger Baker"); alone ("knowledge of English", "in English and
    French") or before "version", "Channel", "muffin" it is the language or a thing."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return True
    word = nxt.group(1).lower()
    return word in data.ENGLISH_NOT_ENGLAND_NEXT or word in data.FUNCTION_WORDS


_CHECKS: dict[str, Callable[[str, int, int], bool]] = {
    "person": _looks_like_person,
    "surname": lambda text, start, end: surname_position(text, start),  # a demonym that is also a surname
    "noun": _used_as_noun,
    "state": _means_us_state,
    "acronym": _acronym_misread,
    "currency": _names_a_currency,
    "prefix": lambda text, start, end: not text.startswith("-", end),
    "language": _english_as_language,
}


_US_STATES = pycountry.subdivisions.get(country_code="US")
_US_STATE_NAMES = {s.name for s in _US_STATES if s.type in ("State", "District")} - {"Georgia"}


def _north_american_place_pattern() -> re.Pattern[str]:
    """A US state or a Canadian province after a comma (", Idaho", ", Tex.", ", TX",
    ", Ontario"): the place is a town there ("Moscow, Idaho", "London, Ontario")."""
    postal = {s.code[3:] for s in _US_STATES}
    provinces = {s.name for s in pycountry.subdivisions.get(country_code="CA")}
    body = alternation(_US_STATE_NAMES | postal | provinces | set(data.AP_STATE_ABBREVIATIONS))
    # not a Title Case compound: "Freed In Haiti, Ohio-Based Group Says"; but "the Lebanon, Tennessee-based chain"
    return re.compile(rf",\s(?:{body})(?!\w|-[A-Z])")


_US_PLACE = _north_american_place_pattern()
# A state listed with another: "Colorado and Washington legalize marijuana", "Georgia and Alabama"
_OTHER_STATES = alternation(_US_STATE_NAMES - {"Washington"})
_STATE_LISTED_BEFORE = re.compile(rf"\b(?:{_OTHER_STATES})(?:,| and| or) $")
_STATE_LISTED_AFTER = re.compile(rf"(?:,| and| or) (?:{_OTHER_STATES})\b")
# A newspaper or broadcaster named after a country or its capital ("The Korea Herald",
# "the Tehran Times", "The Times of India"): the guide's brand and media names.
_MEDIA_AFTER = re.compile(rf" (?:{alternation(data.MEDIA_WORDS)})(?![\w-])")
_REGION_OF = ("province of ", "Province of ", "region of ", "district of ", "department of ", "county of ")
_TOWN_OF = ("town of ", "Town of ", "Town Of ", "village of ", "Village of ", "Village Of ", "township of ")
_PARTICLES_LOWER = (" de ", " da ", " do ", " dos ", " das ", " del ", " di ")
_PARTICLES = (" De ", " Da ", " Di ", " Del ", " Van ", " Von ", " Dos ", " Das ", " Du ")


def _region_of_a_country(text: str, start: int) -> bool:
    """ "the Tibet region of China", "an overseas department of France": the country holds
    a region named before it; in "the southern province of Gaza" the region is the name."""
    if text.endswith("overseas department of ", 0, start):
        return True
    before = text[max(0, start - 40) : start].split()
    return len(before) >= 3 and before[-3][:1].isupper()


_SURNAME_PARTICLE = re.compile(rf"\b[A-Z][a-z]+ (?:{'|'.join(p.strip() for p in _PARTICLES)}) $")  # "Leila De Lima"
_LOCALITY_INITIALS = frozenset("CPTBH")  # County, Parish, Township, Borough, High
_QUOTE_OR_STOP = frozenset("'’\"”.,")
_OPENING_QUOTES = frozenset("‘'\"“")
# "Lebanon County", "Lebanon High" (a school); not "the British High Commission" or "High Court"
_US_LOCALITY_AFTER = re.compile(
    r"(?:-[A-Z][a-z]+)? (?:County|Parish|Township|Borough|High(?! Commission| Court| Representative))\b"
)
_TITLED_BEFORE = re.compile(r"\b(?:titled|entitled|called|named|dubbed) [‘'\"“]$", re.IGNORECASE)
# The end of a quoted Title Case title: "the documentary ‘This Is Paris.’"
_QUOTED_TITLE = re.compile(r"[‘'\"“](?:[A-Z][\w’'-]* ){1,4}$")
_CLOSING_QUOTES = ("'", "’", '"', "”", ".'", ".’", '."', ".”", ",'", ",’", ',"', ",”")


def _ends_quoted_title(text: str, start: int, end: int) -> bool:
    """Body text only (headlines put every quote in Title Case: "Trump Slams 'Remain In
    Mexico' Ruling"), and not a possessive ("North Korea's")."""
    if not text.startswith(_CLOSING_QUOTES, end) or text[end + 1 : end + 2].isalpha():
        return False
    return text.find("\n", 0, start) != -1 and _QUOTED_TITLE.search(text, max(0, start - 40), start) is not None


_STREET = re.compile(rf" (?:{alternation(data.STREET_WORDS)})(?!\w)")
_STREET_INITIALS = frozenset(word[0] for word in data.STREET_WORDS)  # skips most regex calls
_LANGUAGE_AFTER = re.compile(rf"[- ](?:{alternation(data.LANGUAGE_NEXT_WORDS)})(?!\w)", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(rf" (?:{alternation(data.CURRENCY_NEXT_WORDS)})(?!\w)", re.IGNORECASE)
_NOT_BILATERAL = rf"(?![\w-])(?! (?:{alternation(data.BILATERAL_WORDS)})(?!\w))"
_ORIGIN_LABEL = re.compile(rf"(?:[- ]Americans?|-Canadians?|-Australians?|-British){_NOT_BILATERAL}")
_NOT_BILATERAL_AFTER = re.compile(_NOT_BILATERAL)
_ORIGIN_BEFORE_AMERICAN = re.compile(
    r"\b(?:African|Asian|Arab|Hispanic|Latino|Latina|Jewish|Muslim|Mexican|Japanese|Irish|Italian|Chinese|"
    r"Korean|Cuban|Filipino|Indian|Vietnamese|Armenian|Iranian|Polish|Palestinian|Somali|Haitian|Greek) $"
)
_COMBINING_FORMS = ("franco", "sino", "russo", "italo", "anglo")


_LANGUAGE_VERBS = tuple(data.LANGUAGE_PREV_WORDS)
_LANGUAGE_VERB_REACH = max(map(len, _LANGUAGE_VERBS)) + 2  # the verb and the spaces after it


def _after_language_verb(text: str, start: int) -> bool:
    """The demonym follows "speaks", "learning"...: a language. Most demonyms follow no
    such verb, which an endswith() on the few characters before shows more cheaply than
    reading the word before."""
    before = text[max(0, start - _LANGUAGE_VERB_REACH) : start].lower().rstrip(" ")
    return before.endswith(_LANGUAGE_VERBS) and prev_word(text, start).lower() in data.LANGUAGE_PREV_WORDS


_CLAUSE_OPENERS = frozenset("because that and but while since as where when if although".split())


def _opens_clause(previous: str) -> bool:
    """Is the word before a clause's start (a conjunction, or a sentence's end)?"""
    return not previous or previous.endswith((".", "!", "?")) or previous.lower() in _CLAUSE_OPENERS


_CLOSING = frozenset(",.;:'\u2019)")  # a demonym directly before one qualifies no noun
_CLAUSE_AFTER_LANGUAGE = re.compile(r" (?:(?:and|or|with) (?:a|an|the|his|her|their|its)|in)\b")


def _demonym_misread(text: str, start: int, end: int, following: str) -> bool:
    """A language ("speaks Russian", "Spanish-language"), a currency ("Swedish crowns"), a hyphenated origin label
    ("Mexican-American actor", "Korean-Canadian family", "Asian-American pastor": neither
    half is tagged; "pro-Russian" and "anti-American" are no origin) or a surname (a name,
    then the demonym qualifying nothing: "the murder of Jeff German, who", "Dawn French's
    show"); `following` is the character after the demonym."""
    if _after_language_verb(text, start):
        return True
    singular = text[end - 1] != "s"  # a language, not its people: "dozens of Canadians."
    if (
        singular
        and text.endswith((" in ", " of "), 0, start)
        and (following in _CLOSING or _CLAUSE_AFTER_LANGUAGE.match(text, end))
    ):
        return True  # a language: "with lines in Spanish and a promise", "sang in French.", "the use of French in"
    if singular and text.startswith((" is ", " was "), end) and _opens_clause(prev_word(text, start)):
        return True  # a language as a subject: "because French was in decline" (not "a Canadian was abducted")
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        if text[max(0, start - 5) : start - 1].lower().endswith(("pro", "anti", "all", "ex")):
            return False  # "pro-Russian separatists", "anti-American protests", "All-South Korean Act", "Ex-Russian"
        if text[max(0, start - 7) : start - 1].lower().endswith(_COMBINING_FORMS):
            return False  # "Franco-German", "Sino-Indian": two countries
        return _NOT_BILATERAL_AFTER.match(text, end) is not None
    if text.startswith("American", start) and _ORIGIN_BEFORE_AMERICAN.search(text, max(0, start - 16), start):
        return True  # the label unhyphenated: "an Asian American woman", "African Americans"
    if following not in ("-", " "):
        # "Jeff German's" (a surname), not "Displaced Puerto Ricans." (people)
        return following in _CLOSING and text[end - 1] != "s" and is_name_word(prev_word(text, start))
    if _LANGUAGE_AFTER.match(text, end) or _CURRENCY_AFTER.match(text, end):
        return True  # a language, or a currency: "eight million Swedish crowns"
    return _ORIGIN_LABEL.match(text, end) is not None


def state_after_town(text: str, start: int, end: int) -> int | None:
    """Where the US state or Canadian province after text[start:end] ends, when one
    follows ("Lima, Ohio", "Athens, Georgia"; not "Tbilisi, Georgia"), else None."""
    if not text.startswith(",", end):
        return None
    if text.startswith(", Georgia", end):
        georgian = text[start:end] == "Tbilisi" or text.startswith(("n", "'", "’"), end + 9)
        return None if georgian else end + 9
    match = _US_PLACE.match(text, end)
    return match.end() if match else None


def common_noun_elsewhere(text: str, name: str) -> bool:
    """Does `text` also use `name` as a lower-case word ("turkey", "chile"), or speak of
    the noun's own season ("Turkey Prices Are Soaring Ahead Of Thanksgiving")?"""
    if any(cue in text for cue in data.NOUN_SEASONS.get(name, ())):
        return True
    noun = name.lower()
    at = text.find(noun)
    while at != -1:
        end = at + len(noun)
        if (at == 0 or not text[at - 1].isalpha()) and (end == len(text) or not text[end].isalpha()):
            return True
        at = text.find(noun, end)
    return False


def rejected(kind: str, checks: tuple[str, ...], text: str, start: int, end: int) -> bool:
    """Does the context of text[start:end], a country phrase of `kind` with the named risk
    `checks` ("person", "surname", "noun", "state", "acronym", "currency", "prefix"), say it is not
    the country here?"""
    for check in checks:
        if _CHECKS[check](text, start, end):
            return True
    following = text[end : end + 1]
    if text.endswith("Times of ", 0, start):
        return True  # "The Times of India"
    if after_surname_particle(text, start, kind):
        return True
    if text.endswith(_TOWN_OF, 0, start):
        return True  # a town named like a country: "South Carolina Town Of Denmark"
    if text.endswith(_REGION_OF, 0, start) and not _region_of_a_country(text, start):
        return True  # a region named like a country: "the southern province of Gaza" (Mozambique)
    if following == " ":
        if _MEDIA_AFTER.match(text, end):
            return True  # "The Korea Herald"
        if text[end + 1 : end + 2] in _LOCALITY_INITIALS and _US_LOCALITY_AFTER.match(text, end):
            return True  # "Lebanon County prosecutors", "coach at Lebanon High"
    elif following == "-":
        if text[end + 1 : end + 2].isupper() and _US_LOCALITY_AFTER.match(text, end):
            return True  # "Athens-Clarke County"
    elif following in _QUOTE_OR_STOP and _ends_quoted_title(text, start, end):
        return True  # the end of a quoted Title Case title: "the documentary ‘This Is Paris.’"
    if start and text[start - 1] in _OPENING_QUOTES and _TITLED_BEFORE.search(text, max(0, start - 12), start):
        return True  # a work's title: "a gold toilet titled ‘America’"
    if text.endswith((" titled ", " entitled "), 0, start):
        return True  # ... and unquoted: "The work, titled America, was created by Maurizio Cattelan"
    if kind == "demonym":
        return _demonym_misread(text, start, end, following)
    if kind == "capital" and capital_as_place(text, start, end):
        return True
    return following == " " and text[end + 1 : end + 2] in _STREET_INITIALS and _STREET.match(text, end) is not None
