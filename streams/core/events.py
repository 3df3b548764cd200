"""Detect acts — sanctions imposed or lifted, prisoner releases, arrests — in one article.

`detect_events(text, mentions, published)` reads `text = title + "\\n" + body`:

1. the trigger words are found by the phrase scan that also finds countries and topic
   terms (phrase_scan.py: one pass over the article, no lower-casing of it), as the
   spellings of TRIGGER_WORDS that contain one of their STEMS; cheap gates
   (event_gates.py) drop hits no rule could accept ("press release", "free speech",
   "to detain");
2. only the sentences containing a surviving hit are located (text.sentence_bounds)
   and tokenised, once each (event_window.py);
3. a rule (event_rules*.py) decides whether the word reports an act, modality.py
   rejects negated, hypothetical, requested and background mentions, event_args.py
   finds source/target countries and a count;
4. per event type the strongest reading is kept (one event per type per article), its
   missing actors/count filled from the other readings of the same type. A type
   whose only readings are body sentences dated days back ("last week") is dropped,
   and so is one resting only on a bare noun ("the pastor's arrest") when the article
   also tells that act as history;
5. the article as a whole (event_article.py): a fact check or a TV recap reports no act;
   under a headline that looks back ("Forty years on", "A Mother Recalls") only readings
   dated today count; a bail headline makes the body's release that bail; and an undated
   body arrest is how the case began when the headline tells a later court step
   ("Sentenced", "Wins Settlement") or the article reports a release.

Codes. CAMEO codes are the issue's. PLOVER: `sanctions_imposed` is emitted as
**SANCTION**, following the PLOVER manual (international sanctions are SANCTION /
discontinue) rather than the 2021 CAMEO->PLOVER table (COERCE): subscribers then see
state sanctions and police arrests (COERCE) as different categories, which is the
split a risk desk filters on. Lifts and releases are RETREAT, arrests COERCE.

Decisions a reader of the alerts should know:
* sanctions include blacklisting, asset freezes, designations under a sanctions
  programme and flight or trade bans on a named country ("banned flights to Cuba"),
  but not bans for health or safety, a legislature's bill, nor a court's or a sports
  body's sanctions on lawyers or clubs;
* release on bail/bond/own recognizance or "pending" trial is NOT a prisoner release
  (the person stays a defendant; for a risk desk it is the arrest story continuing),
  nor is a release "hours later"/"without charge" after a police detention;
* hostages freed by their captors (or in a swap) ARE a prisoner release; hostages
  freed by troops in a raid are a rescue (PLOVER AID) and are not. Held people coming
  home ("3 Americans held by North Korea return") are a reported release;
* a pardon, amnesty or court order is only a release when the release is reported
  (NOTES: announced pardons are CONCEDE); a completed prisoner swap is a release;
* `arrest` means arrests and detentions ("arrested", "detained", "taken into custody",
  "in custody" after an incident, "apprehended", "booked", "nabbed", "jailed on a
  charge"). "charged"/"indicted" alone are NOT arrests, although CAMEO 173 includes
  charges: US crime news is full of charges that follow an arrest reported earlier,
  and NOTES codes an in-absentia warrant as THREATEN. "jailed for N years" (a
  sentence) and "captured" (combatants: ASSAULT) are not arrests either;
* confidence (0..1) grows with a finite verb, a title hit, named actors, a count and
  corroborating sentences; it drops for hedging ("reportedly"). Readings under
  MIN_CONFIDENCE are dropped.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from streams.core import dating, event_article, event_gates, modality
from streams.core.event_args import find_actors, teaser_actors, teaser_arrest_agent
from streams.core.event_lexicon import CUSTODY_CONTEXT, HOSTAGE_STORY, STEMS, TRIGGER_WORDS
from streams.core.event_quantity import find_quantity
from streams.core.event_rules import read_sanction
from streams.core.event_rules_arrest import read_arrest
from streams.core.event_rules_release import read_release
from streams.core.event_window import Reading, SentenceTokens, Window
from streams.core.phrase_scan import LETTERS, Entry, Hit, PhraseScanner, resolve
from streams.core.records import EVENT_TYPES, Event, Evidence
from streams.core.text import contains_any_folded, first_sentence_end, sentence_bounds

CODES: dict[str, tuple[str, str]] = {
    "sanctions_imposed": ("163", "SANCTION"),
    "sanctions_lifted": ("085", "RETREAT"),
    "prisoner_release": ("0841", "RETREAT"),
    "arrest": ("173", "COERCE"),
}
MIN_CONFIDENCE = 0.3
_CUSTODY_CUES = tuple(cue.encode("ascii") for cue in CUSTODY_CONTEXT)


class Candidate(NamedTuple):
    """One accepted reading of an act, before the per-type merge."""

    type: str
    sentence: tuple[int, int]
    source: str | None
    target: str | None
    quantity: tuple[int, bool] | None  # (value, exact)
    confidence: float
    position: int
    weak: bool  # a bare noun phrase ("X's arrest"): overruled by a background reading
    stale: bool  # a body sentence dated days back ("last week"): needs the title to agree
    dated: bool  # in the title, or in a sentence dated today or this week ("on Monday")


class _Article:
    """Per-article state shared by the readings: text, mentions, cached lookups."""

    __slots__ = ("_custody", "_sentences", "background", "mentions", "published", "starts", "text", "title_end")

    def __init__(self, text: str, mentions: Sequence, published: str | None) -> None:
        self.text = text
        newline = text.find("\n")
        self.title_end = newline if newline >= 0 else len(text)
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.published = published
        self.background: set[str] = set()  # types with a reading rejected as background
        self._sentences: list[SentenceTokens] = []
        self._custody: bool | None = None

    def sentence(self, pos: int) -> SentenceTokens:
        """The sentence containing `pos`, located and tokenised once for all its hits."""
        for sent in self._sentences:
            if sent.start <= pos < sent.end:
                return sent
        sent = SentenceTokens(self.text, *sentence_bounds(self.text, pos))
        self._sentences.append(sent)
        return sent

    def speaks_of_custody(self) -> bool:
        """Does the article speak of prison, custody, hostages...? Computed once, on demand."""
        if self._custody is None:
            self._custody = contains_any_folded(self.text, _CUSTODY_CUES)
        return self._custody


@functools.cache
def trigger_vocabulary() -> tuple[Entry, ...]:
    """The trigger channel of the phrase scan: every spelling of a TRIGGER_WORDS word
    that contains one of its STEMS as written ("Sanctions", "sanctionS", not "SANCTIONS"),
    so the words found are those a search for the stems finds. A word starts, as for
    countries and topics, after a space or a separator of the scan (quotes, brackets,
    dashes...); a trigger glued to other punctuation ("#freed", "...arrested") is not read."""
    entries = []
    for word, family in TRIGGER_WORDS.items():
        for stem in STEMS:
            at = word.find(stem.lower())
            while at != -1:  # the letters around the stem may take either case
                before = itertools.product(*((c, c.upper()) for c in word[:at]))
                after = [(c, c.upper()) for c in word[at + len(stem) :]]
                for head, tail in itertools.product(before, itertools.product(*after)):
                    entries.append(("".join(head) + stem + "".join(tail), LETTERS, family))
                at = word.find(stem.lower(), at + 1)
    return tuple(entries)


@functools.cache
def _trigger_scanner() -> PhraseScanner:
    return PhraseScanner(trigger_vocabulary())


def find_triggers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, family) of every trigger word, in text order. Linear in len(text)."""
    return resolve(_trigger_scanner().scan(text)[0])


_READERS: dict[str, Callable[[Window, Callable[[], bool]], Reading | None]] = {
    "sanction": read_sanction,
    "release": read_release,
    "arrest": read_arrest,
}


def _modality_windows(win: Window, reading: Reading) -> tuple[str, str]:
    """Lower-cased text before and after the word that carries the act. A headline's
    second finite verb after a comma opens its own clause ("Obama Declares Venezuela A
    Security Threat, Sanctions 7 Officials"): nothing before the comma governs it."""
    if reading.act_start <= win.start:
        left = win.left_text(before=reading.act_start)
        if reading.act_start == win.start and win.follows_headline_comma() and win.word.endswith(("s", "ed")):
            left = ""
        right = (
            win.right_text(16)
            if reading.act_end >= win.end
            else win.text[reading.act_end : win.end].lower() + " " + win.right_text(16)
        )
        return left, right
    act = win.sent.index_at(reading.act_start)
    between = win.sent.words[win.idx + 1 : act]
    after = win.sent.words[act + 1 : win.hi]
    return " ".join([win.left_text(), win.word, *between]), " ".join(after[:16])


def _confidence(reading: Reading, win: Window, left: str, source: str | None, target: str | None, quantity) -> float:
    """Confidence from cues: verb strength, title, named actors, a count, hedging."""
    score = 0.35 + 0.35 * reading.strength
    score += 0.12 if win.is_title else 0.0
    score += (0.08 if source else 0.0) + (0.04 if target else 0.0) + (0.04 if quantity else 0.0)
    score -= 0.12 if modality.hedged(left) else 0.0
    return score


def _why_not_news(win: Window, reading: Reading, left: str, right: str, published: str | None) -> str | None:
    """Why the reading is not a fresh act ("negated", "irrealis", "background"), or None:
    the clause's own modality first, then what the rest of the sentence sets around it."""
    why = modality.reject_reason(left, right, published, reading.voice, reading.base_form, win.is_title)
    if why is not None:
        return why
    sentence = win.text[win.sent.start : reading.act_start].lower()
    if dating.sentence_opens_earlier(sentence[:40], published):
        return "background"  # "In April, his compound was raided ...; he was briefly detained"
    act = win.text[reading.act_start : reading.act_end].lower()
    if modality.condition_not_met(left, act, reading.voice, reading.base_form):
        return "irrealis"
    if reading.voice != "nominal":
        return None
    if reading.type.startswith("sanctions") and modality.chamber_voted(left):
        return "irrealis"  # "The Senate voted 94 to 0 ... to attach new sanctions"
    return "irrealis" if modality.demanded_in_a_list(sentence) else None


def _read_hit(article: _Article, hit: tuple[int, int, str]) -> Candidate | None:
    """One trigger word -> an accepted candidate, or None (background noted on `article`)."""
    start, end, family = hit
    sent = article.sentence(start)
    win = Window(sent, start, end, start < article.title_end, article.mentions, article.starts)
    reading = _READERS[family](win, article.speaks_of_custody)
    if reading is None:
        return None
    left, right = _modality_windows(win, reading)
    why = "background" if reading.history else _why_not_news(win, reading, left, right, article.published)
    if why is not None:
        if why == "background":
            article.background.add(reading.type)
        return None
    source, target = find_actors(win, reading, article.mentions, article.starts)
    quantity = find_quantity(win, reading) if not reading.type.startswith("sanctions") else None
    confidence = _confidence(reading, win, left, source, target, quantity)
    weak = reading.voice == "nominal" and reading.strength <= 0.5
    stale = not win.is_title and dating.stale(left, right)
    dated = win.is_title or dating.fresh(" ".join(sent.words))
    if not dated and _follows_an_earlier_time(article, sent.start):
        article.background.add(reading.type)
        return None
    return Candidate(
        reading.type, (sent.start, sent.end), source, target, quantity, confidence, start, weak, stale, dated
    )


_SINCE_WHEN = re.compile(r"\bsince \S+(?: \d{4})?")


def _follows_an_earlier_time(article: _Article, start: int) -> bool:
    """Does an earlier sentence of the same paragraph, past the first paragraph, date its
    story earlier, with no sentence since dated today ("The two leaders announced in
    December that ... The deal came with an exchange: Cuba freed Alan Gross")? An undated
    act after it goes on telling that time."""
    text = article.text
    paragraph = text.rfind("\n", article.title_end + 1, start)
    if paragraph < 0:
        return False  # the first paragraph tells the news
    before = _SINCE_WHEN.sub("", text[paragraph + 1 : start].lower())  # "who has owned Chelsea since 2003"
    return dating.dated_earlier(before, article.published) and not dating.fresh(before)


def _local_state(mentions: Sequence) -> str | None:
    """The one country an article names (capitals aside: "in Paris" may be a venue).
    Police arrest where they are, so an arrest with no named actor in a story about one
    country is that country's; with two countries named, nothing is guessed."""
    named = {m.code for m in mentions if m.kind != "capital"}
    return named.pop() if len(named) == 1 else None


def _hostages(article: _Article, best: Candidate) -> bool:
    """Does the story's lead (headline and first body sentence) or the release's own
    sentence speak of captives of kidnappers or militants? (Not militants named in a
    long article's later paragraphs: "the Andijan events, which it blamed on militants".)"""
    lead_end = first_sentence_end(article.text, article.title_end + 1)
    sentence = article.sentence(best.position)
    in_sentence = HOSTAGE_STORY.search(article.text, sentence.start, sentence.end)
    return bool(HOSTAGE_STORY.search(article.text, 0, lead_end) or in_sentence)


def _actors(best: Candidate, ranked: list[Candidate], article: _Article) -> tuple[str | None, str | None]:
    """Source and target of the merged event: the best reading's, completed by the other
    readings, then by what the article says around them."""
    source = best.source or next((c.source for c in ranked if c.source), None)
    target = best.target or next((c.target for c in ranked if c.target and c.source in (None, source)), None)
    if source == target and best.type.startswith("sanctions"):  # no state sanctions itself:
        if best.source is None:
            source = None  # a weaker reading's source that is the target: "U.N. Slaps Sanctions On North Korea"
        elif best.target is None:
            target = None  # a weaker reading's target that is the source: "assets ... under US jurisdiction"
    if source is None and best.type == "arrest" and best.position < article.title_end:
        source = teaser_arrest_agent(article.text, article.title_end, article.mentions, article.starts)
    if source is None and best.type == "arrest":
        source = _local_state(article.mentions)
    if source is None and best.type == "prisoner_release" and target is not None and not _hostages(article, best):
        source = _local_state(article.mentions)  # "Saudi Activist Loujain Al-Hathloul Freed": held at home
    if best.type.startswith("sanctions") and best.position < article.title_end:
        return teaser_actors(article.text, article.title_end, article.mentions, article.starts, source, target)
    return source, target


def _merge(candidates: list[Candidate], article: _Article) -> Event:
    """One event from all readings of a type: the strongest, completed by the others."""
    ranked = sorted(candidates, key=lambda c: (-c.confidence, c.position))
    best = ranked[0]
    source, target = _actors(best, ranked, article)
    counts = [c.quantity for c in ranked if c.quantity]
    exact = [value for value, is_exact in counts if is_exact]
    quantity = max(exact) if exact else max((v for v, _ in counts), default=None)
    confidence = min(0.99, best.confidence + 0.04 * min(2, len(ranked) - 1))
    start, end = best.sentence
    text = article.text
    cameo, plover = CODES[best.type]
    return Event(
        type=best.type,  # type: ignore[arg-type]
        cameo=cameo,
        plover=plover,
        source=source,
        target=target,
        quantity=quantity,
        evidence=Evidence(text=text[start:end], start=start, end=end),
        confidence=round(max(0.0, confidence), 2),
    )


def detect_events(
    text: str, mentions: Sequence, published: str | None = None, triggers: list[Hit] | None = None
) -> list[Event]:
    """Events reported as fresh acts in `text` (title + "\\n" + body), one per type.

    `mentions` are the country mentions of `text` (sorted, non-overlapping), used for
    actors; `published` (ISO date) lets "in 2019" / "since June" mark background.
    `triggers` are `find_triggers(text)` when a shared phrase scan already found them.
    """
    hits = find_triggers(text) if triggers is None else triggers
    if not hits:
        return []
    article = _Article(text, mentions, published)
    by_type: dict[str, list[Candidate]] = {}
    for hit in hits:
        if not event_gates.passes(text[hit[0] : hit[1]].lower(), text, hit[0], hit[1], article.speaks_of_custody):
            continue
        candidate = _read_hit(article, hit)
        if candidate is not None and candidate.confidence >= MIN_CONFIDENCE:
            by_type.setdefault(candidate.type, []).append(candidate)
    if not by_type or event_article.tells_no_acts(text, article.title_end):
        return []  # (most articles have no reading: the headline is read only for those that do)
    by_type = event_article.sift(by_type, text, article.title_end)
    return [
        _merge(by_type[kind], article)
        for kind in EVENT_TYPES
        if by_type.get(kind) and _stands(by_type[kind], kind in article.background)
    ]


def _stands(candidates: list[Candidate], background_seen: bool) -> bool:
    """Whether a type's readings add up to an event.

    Readings dated days back ("last week") need a fresh one beside them; bare noun
    phrases ("the pastor's arrest") fall when the article also tells the act as
    background ("his arrest and subsequent sentencing").
    """
    if all(c.stale for c in candidates):
        return False
    return not (background_seen and all(c.weak for c in candidates))
