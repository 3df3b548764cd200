"""Find the countries a news text names, and tag an article with them.

Why this shape: alerts are subscribed to per country, so a false country is a false
alert. Matching is therefore precise first: names come from pycountry (every ISO
3166-1 code, official and common names) plus a small curated vocabulary in
`country_aliases` (short forms, demonyms, capitals, seats of power), all compiled
once as the country channel of the phrase scan (`phrase_scan`: enrich() finds country
names, topic terms and trigger words in one pass). Per text there is that one pass and
constant work per hit (a few characters of context either side), so cost is linear
in the text length.

How the ambiguous names are read (each has a unit test):
* Case: everything must start with a capital ("turkey", "china", "chile", "jersey"
  are the nouns); acronyms must match exactly ("US" is the country, "us" and the
  all-caps "LET US" are not). ISO codes such as IN, IT, BE, TO, ME, NO are never words.
* Longer phrases win: "Papua New Guinea" over "Guinea", "Niger Delta" (a region: no
  country) over "Niger", "New Mexico", "Latin America", "Washington Post", "guinea pig" hide the
  country word inside them. "Nigeria" is not "Niger" (whole words only).
* Person names (Jordan, Chad, Washington, Georgia, Holland, Wales): not next to
  another capitalized word ("Michael Jordan", "Jordan Peterson", "Chad Johnson"),
  capitalized function words excepted ("King Of Jordan").
* Georgia needs confirmation (Tbilisi, "Georgian", Abkhazia... elsewhere in the text)
  and is refused in US-state contexts ("Atlanta, Georgia", "Georgia's governor",
  "Georgia Senate race"); Jersey likewise needs the Channel Islands or Guernsey.
* "Moscow, Idaho" or "Paris, Tex." (a place followed by a US state) is not the capital,
  nor is any other "Moscow" of that text ("Moscow police cite dozens"); a name used
  as a surname ("Michael B. Jordan") is the person throughout the text; "Grenada
  Street" or "Kenya Road" is a street. A name that is also a common noun needs another
  mention of its country when the text uses the noun ("Turkey prices fall" over "a
  16-pound turkey").
* A capital stands for its country only as a metonym ("Moscow said", "Beijing's
  response"); after a place preposition ("arrested in Paris", "Mayor of London", "a
  rally outside Tokyo") or before a place noun ("London Bridge") it is a place, and a
  place alone does not make news about the country; so is a capital listed among
  other place names ("the towns of Carrascal, Madrid, Carmen").
* Demonyms used as languages ("speaks Russian", "Spanish-language") or in hyphenated
  origin labels ("Mexican-American actor", "Korean-Canadian family") tag neither
  country; "Chinese-American relations" tag both.
* Bare "Congo" is CD, bare "Korea" is KR, Kosovo is XK: see `country_aliases`; but in
  a text that names the other one by a full name and never this one ("a North Korean
  bank, the Korea Kwangson Banking Corporation"), the bare name is that other one.
The context checks themselves are in `country_context`.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

import pycountry

from streams.core import country_aliases as data
from streams.core.country_capitals import listed_among_places, surname_in_body
from streams.core.country_context import (
    after_surname_particle,
    common_noun_elsewhere,
    rejected,
    state_after_town,
    surname_position,
)
from streams.core.nearby_words import alternation
from streams.core.phrase_scan import (
    PLURAL_OK,
    WHOLE,
    Entry,
    PhraseScanner,
    RawHit,
    case_variants,
    resolve,
)
from streams.core.records import CountryTag


class Mention(NamedTuple):
    """One place where a text names a country (a tuple: several are made per article)."""

    code: str  # ISO 3166-1 alpha-2 (XK for Kosovo)
    start: int  # character offsets into the text given to `find()`
    end: int
    surface: str  # the matched text
    kind: str  # "name" | "demonym" | "capital" | "metonym"


@dataclass(frozen=True, slots=True)
class _Phrase:
    """What a compiled spelling means. `code` None = a blocker (names no country)."""

    code: str | None
    kind: str
    checks: tuple[str, ...] = ()
    supported_by: tuple[str, ...] = ()


class CountryMatcher:
    """Finds country mentions; build once (see `default_matcher`), call `find` per text."""

    def __init__(self) -> None:
        self._scanner = PhraseScanner(vocabulary())

    def find(self, text: str) -> list[Mention]:
        """Non-overlapping, leftmost-longest mentions, sorted by start."""
        return read_mentions(text, self._scanner.scan(text)[0])


_SECOND_COUNTRY = {phrase.lower(): code for phrase, code in data.SECOND_COUNTRY.items()}


def read_mentions(text: str, hits: list[RawHit]) -> list[Mention]:
    """The mentions among the raw hits of the `vocabulary()` channel in `text` (enrich()
    scans once for all taggers and hands each its hits)."""
    mentions: list[Mention] = []
    pending: list[tuple[Mention, tuple[str, ...]]] = []
    confirmed: set[str] = set()
    other_senses: set[str] = set()  # names the text uses for a town ("Lima, Ohio") or a person's surname
    found = resolve(hits)
    edges: set[int] | None = None  # where country phrases start and end, built for the first capital
    for start, end, phrase in found:
        if phrase.code is None:
            continue
        if phrase.kind == "cue":
            confirmed.add(phrase.code)
            continue
        state_end = state_after_town(text, start, end) if text.startswith(",", end) else None
        if state_end is not None:  # "a Lima, Ohio, man"; but "In Cuba, Florida Declares ..." is two places
            if state_end == len(text) or text[state_end] in ",.;:)\n":  # also a headline's end
                other_senses.add(text[start:end])
            continue
        if phrase.kind == "capital":
            edges = edges if edges is not None else {edge for hit in found for edge in hit[:2]}
            if listed_among_places(text, start, end, edges):
                continue
        if rejected(phrase.kind, phrase.checks, text, start, end):
            named = "person" in phrase.checks or "surname" in phrase.checks
            if (named and surname_position(text, start)) or after_surname_particle(text, start, phrase.kind):
                other_senses.add(text[start:end])  # "Michael B. Jordan ... Jordan told", "Leila De Lima ... De Lima,"
            elif phrase.kind == "capital" and surname_in_body(text, start):
                other_senses.add(text[start:end])  # "Prime Minister Joseph Muscat ... Muscat told reporters"
            elif phrase.kind == "capital":
                confirmed.add(phrase.code)  # only a place, but it settles a name: "Georgia ... in Tbilisi"
        else:
            mention = Mention(phrase.code, start, end, text[start:end], phrase.kind)
            if phrase.supported_by:
                pending.append((mention, phrase.supported_by))
            elif "noun" in phrase.checks and common_noun_elsewhere(text, mention.surface):
                pending.append((mention, (phrase.code,)))  # "Turkey prices fall ... a 16-pound turkey"
            else:
                mentions.append(mention)
                confirmed.add(phrase.code)
                second = _SECOND_COUNTRY.get(mention.surface.lower())  # "North And South Korea" too
                if second:  # "the Koreas": both
                    mentions.append(mention._replace(code=second))
                    confirmed.add(second)
    if other_senses:  # one sense per text: "Lima man charged" above "a Lima, Ohio, man"
        mentions = [m for m in mentions if m.surface not in other_senses]
        pending = [(m, codes) for m, codes in pending if m.surface not in other_senses]
    return _bare_names_read_by_siblings(_with_confirmed(mentions, pending, confirmed))


# A bare name's default country, the sibling a text may mean by it, and its bare spellings.
_BARE_NAMES = (
    ("KR", "KP", frozenset({"korea", "korean", "koreans"})),
    ("CD", "CG", frozenset({"congo", "congolese"})),
    ("DO", "DM", frozenset({"dominican", "dominicans"})),  # Dominica's people are Dominicans too
)


def _bare_names_read_by_siblings(mentions: list[Mention]) -> list[Mention]:
    """Bare "Korea" is the North, bare "Congo" the Republic, "Dominican" Dominica's, in a
    text that names that sibling in full and its default country only by the bare name."""
    codes = {m.code for m in mentions}
    for default, sibling, bare in _BARE_NAMES:
        if default not in codes or sibling not in codes:
            continue
        if all(m.surface.lower() in bare for m in mentions if m.code == default):
            mentions = [m._replace(code=sibling) if m.code == default else m for m in mentions]
    return mentions


@functools.cache
def default_matcher() -> CountryMatcher:
    """The shared matcher: its automaton is compiled on first use only."""
    return CountryMatcher()


def country_name(code: str) -> str:
    """Short common name ("Belarus", "United States", "Russia"); unknown codes unchanged."""
    return _display_names().get(code, code)


def tag_countries(text: str, mentions: list[Mention], lead_end: int, actor_codes: set[str]) -> list[CountryTag]:
    """One tag per country: "primary" if named before `lead_end` (title and lead) or an
    event actor, else "mentioned"; `mentions` is the count. Primary first, then by
    count, then by first appearance. Actors absent from `mentions` get a count of 0.
    `text` is the text the mentions index into (kept for callers' symmetry)."""
    counts: dict[str, int] = {}
    first_seen: dict[str, int] = {}
    primary = set(actor_codes)
    for mention in mentions:
        code = mention.code
        if code in counts:
            counts[code] += 1
        else:
            counts[code] = 1
            first_seen[code] = mention.start
        if mention.start < lead_end:
            primary.add(code)
    absent = len(text)
    ranked = sorted(
        (code not in primary, -counts.get(code, 0), first_seen.get(code, absent), code)
        for code in counts.keys() | actor_codes
    )
    names = _display_names()
    return [
        CountryTag(
            code=code,
            name=names.get(code, code),
            role="mentioned" if secondary else "primary",
            mentions=-negative_count,
        )
        for secondary, negative_count, _, code in ranked
    ]


def _with_confirmed(
    mentions: list[Mention], pending: list[tuple[Mention, tuple[str, ...]]], confirmed: set[str]
) -> list[Mention]:
    if not pending:
        return mentions
    mentions.extend(m for m, codes in pending if confirmed.intersection(codes))
    mentions.sort(key=lambda m: m.start)
    return mentions


# ---------------------------------------------------------------- vocabulary build


def _fold_accents(phrase: str) -> str:
    decomposed = unicodedata.normalize("NFKD", phrase)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _name_forms(name: str) -> list[str]:
    """pycountry spellings -> news spellings: "Korea, Republic of" gives "Korea" and
    "Republic of Korea"; "(French part)" is dropped; "the State of X" loses "the"."""
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    name = re.sub(r"^the ", "", name)
    head, _, tail = name.partition(", ")
    if not tail:
        return [name]
    if tail.endswith((" of", " of the")):
        return [head, f"{tail} {head}"]
    return [head]


def _pycountry_names() -> dict[str, str]:
    """Every unambiguous pycountry name form -> its code."""
    owners: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            for form in _name_forms(getattr(country, attr, None) or ""):
                if form:
                    owners.setdefault(form, set()).add(country.alpha_2)
    return {form: codes.pop() for form, codes in owners.items() if len(codes) == 1}


def _table_rows() -> Iterator[tuple[str, str, str]]:
    """(code, kind, phrase) for every phrase of the curated country table."""
    kinds = ("name", "demonym", "capital", "metonym")
    for line in data.COUNTRY_TABLE.strip().splitlines():
        code, *fields = (field.strip() for field in line.split("|"))
        for kind, field in zip(kinds, fields):
            for phrase in filter(None, (p.strip() for p in field.split(","))):
                yield code, kind, phrase


def _country_phrases() -> dict[str, _Phrase]:
    """Written phrase -> meaning, pycountry first, the curated table overriding it."""
    phrases = {form: _Phrase(code, "name") for form, code in _pycountry_names().items()}
    phrases.update({phrase: _Phrase(code, kind) for code, kind, phrase in _table_rows()})
    for phrase, entry in list(phrases.items()):
        if entry.kind in ("name", "demonym"):
            phrases.setdefault(_fold_accents(phrase), entry)
    for phrase in data.RISKY.keys() | data.SUPPORTED_BY.keys():
        entry = phrases[phrase]
        checks = tuple(data.RISKY.get(phrase, "").split())
        phrases[phrase] = _Phrase(entry.code, entry.kind, checks, data.SUPPORTED_BY.get(phrase, ()))
    return phrases


def _blocker_phrases(country_phrases: Iterable[str]) -> list[str]:
    """The curated blockers plus every US state name that contains a country word
    ("New Mexico", "New Jersey"), except those that are countries themselves."""
    listed = [p for row in csv.reader(data.BLOCKERS.strip().splitlines(), skipinitialspace=True) for p in row]
    country_words = re.compile(rf"\b(?:{alternation(country_phrases)})\b")
    states = {s.name for s in pycountry.subdivisions.get(country_code="US")}
    containing = {s for s in states if country_words.search(s) and not country_words.fullmatch(s)}
    return [p.strip() for p in listed if p.strip()] + sorted(containing)


@functools.cache
def vocabulary() -> tuple[Entry, ...]:
    """The country channel of the phrase scan: (spelling, boundary rule, meaning); blockers
    and cues come last so they override a country reading of the same spelling."""
    return tuple(_compiled_entries())


def _compiled_entries() -> Iterator[Entry]:
    phrases = _country_phrases()
    for phrase, entry in phrases.items():
        for spelling in case_variants(phrase, exact=phrase.isupper()):
            yield spelling, PLURAL_OK if entry.kind == "demonym" else WHOLE, entry
    blocker = _Phrase(None, "blocker")
    for phrase in _blocker_phrases(phrases):
        for spelling in case_variants(phrase):
            yield spelling, PLURAL_OK, blocker
    for code, cues in data.CUES.items():
        for phrase in cues.split(", "):
            for spelling in case_variants(phrase):
                yield spelling, WHOLE, _Phrase(code, "cue")


@functools.cache
def _display_names() -> dict[str, str]:
    names = {}
    for country in pycountry.countries:
        common = getattr(country, "common_name", None) or country.name
        names[country.alpha_2] = _name_forms(common)[0]
    names.update(data.EXTRA_CODES)
    names.update(data.SHORT_NAMES)
    return names
