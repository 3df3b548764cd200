"""Detect acts — sanctions imposed or lifted, prisoner releases, arrests — in one article.

`detect_events(text, mentions, published)` reads `text = title + "\\n" + body`:

1. one linear scan finds trigger words (str.find over a few stems, at C speed, no
   lower-casing of the article);
2. only the sentences containing a hit are located (text.sentence_bounds) and read;
3. a rule (event_rules*.py) decides whether the word reports an act, modality.py
   rejects negated, hypothetical, requested and background mentions, event_args.py
   finds source/target countries and a count;
4. per event type the strongest reading is kept (one event per type per article), its
   missing actors/count filled from the other readings of the same type.

Codes. CAMEO codes are the issue's. PLOVER: `sanctions_imposed` is emitted as
**SANCTION**, following the PLOVER manual (international sanctions are SANCTION /
discontinue) rather than the 2021 CAMEO->PLOVER table (COERCE): subscribers then see
state sanctions and police arrests (COERCE) as different categories, which is the
split a risk desk filters on. Lifts and releases are RETREAT, arrests COERCE.

Decisions a reader of the alerts should know:
* release on bail/bond/own recognizance or "pending" trial is NOT a prisoner release
  (the person stays a defendant; for a risk desk it is the arrest story continuing);
* hostages freed by their captors (or in a swap) ARE a prisoner release; hostages
  freed by troops in a raid are a rescue (PLOVER AID) and are not;
* a pardon or amnesty is only a release when the person is released (NOTES: announced
  pardons are CONCEDE); a completed prisoner swap is a release;
* `arrest` means arrests and detentions ("arrested", "detained", "taken into custody",
  "apprehended"). "charged"/"indicted" alone are NOT arrests, although CAMEO 173
  includes charges: US crime news is full of charges that follow an arrest reported
  earlier, and NOTES codes an in-absentia warrant as THREATEN. "jailed" (usually a
  sentence) and "captured" (combatants: ASSAULT) are not arrests either;
* confidence (0..1) grows with a finite verb, a title hit, named actors, a count and
  corroborating sentences; it drops for hedging ("reportedly") and relative clauses
  ("X, who was arrested ..."). Readings under MIN_CONFIDENCE are dropped.
"""

from __future__ import annotations

from typing import Callable, NamedTuple, Sequence

from streams.core import modality
from streams.core.event_args import find_actors, find_quantity
from streams.core.event_lexicon import CUSTODY_CONTEXT, STEMS, TRIGGER_WORDS
from streams.core.event_rules import read_sanction
from streams.core.event_rules_people import read_arrest, read_release
from streams.core.event_window import Reading, Window
from streams.core.records import EVENT_TYPES, Event, Evidence
from streams.core.text import sentence_bounds

CODES: dict[str, tuple[str, str]] = {
    "sanctions_imposed": ("163", "SANCTION"),
    "sanctions_lifted": ("085", "RETREAT"),
    "prisoner_release": ("0841", "RETREAT"),
    "arrest": ("173", "COERCE"),
}
MIN_CONFIDENCE = 0.3


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


class _Article:
    """Per-article state shared by the readings: text, mentions, cached lookups."""

    __slots__ = ("text", "title_end", "mentions", "starts", "published", "background", "_sentences", "_custody")

    def __init__(self, text: str, mentions: Sequence, published: str | None) -> None:
        self.text = text
        newline = text.find("\n")
        self.title_end = newline if newline >= 0 else len(text)
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.published = published
        self.background: set[str] = set()  # types with a reading rejected as background
        self._sentences: list[tuple[int, int]] = []
        self._custody: bool | None = None

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence containing `pos`, located once and reused for later hits."""
        for span in self._sentences:
            if span[0] <= pos < span[1]:
                return span
        span = sentence_bounds(self.text, pos)
        self._sentences.append(span)
        return span

    @property
    def custody_context(self) -> bool:
        """Does the article speak of prison, custody, hostages...? Computed on demand."""
        if self._custody is None:
            low = self.text.lower()
            self._custody = any(cue in low for cue in CUSTODY_CONTEXT)
        return self._custody


_NEEDS_HELD_CUE = frozenset(("home", "return", "returns", "returned", "returning"))
_HELD_CUES = ("held", "jailed", "detained", "imprisoned", "captive", "hostage", "prisoner")


def _held_cue_before(text: str, start: int) -> bool:
    """Cheap gate for very common words ("home"): only near "held", "jailed", "freed"..."""
    before = text[max(0, start - 90) : start].lower()
    return any(cue in before for cue in _HELD_CUES)


def find_triggers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, family) of every trigger word, in text order. Linear in len(text)."""
    found: dict[int, tuple[int, int, str]] = {}
    size = len(text)
    for stem, _family in STEMS:
        i = text.find(stem)
        while i != -1:
            start, end = i, i + len(stem)
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            while end < size and text[end].isalpha():
                end += 1
            word = text[start:end].lower()
            family = TRIGGER_WORDS.get(word)
            if family is not None and (word not in _NEEDS_HELD_CUE or _held_cue_before(text, start)):
                found[start] = (start, end, family)
            i = text.find(stem, end)
    return [found[k] for k in sorted(found)]


_READERS: dict[str, Callable[[Window, bool], Reading | None]] = {
    "sanction": lambda win, _custody: read_sanction(win),
    "release": read_release,
    "arrest": read_arrest,
}


def _modality_windows(win: Window, reading: Reading) -> tuple[str, str]:
    """Lower-cased text before and after the word that carries the act."""
    if reading.act_start <= win.start:
        left = win.left_text(before=reading.act_start)
        right = win.right_text(14) if reading.act_end >= win.end else win.text[reading.act_end : win.end].lower() + " " + win.right_text(14)
        return left, right
    between = [t.word for t in win.right_tokens if t.end <= reading.act_start]
    after = [t.word for t in win.right_tokens if t.start >= reading.act_end]
    return " ".join([win.left_text(), win.word, *between]), " ".join(after[:14])


def _confidence(reading: Reading, win: Window, left: str, source: str | None, target: str | None, quantity) -> float:
    """Confidence from cues: verb strength, title, named actors, a count, hedging."""
    score = 0.35 + 0.35 * reading.strength
    score += 0.12 if win.is_title else 0.0
    score += (0.08 if source else 0.0) + (0.04 if target else 0.0) + (0.04 if quantity else 0.0)
    score -= 0.12 if modality.hedged(left) else 0.0
    score -= 0.2 if reading.voice == "passive" and modality.relative_passive(left) else 0.0
    return score


def _read_hit(article: _Article, hit: tuple[int, int, str]) -> Candidate | None:
    """One trigger word -> an accepted candidate, or None (background noted on `article`)."""
    start, end, family = hit
    sentence = article.sentence(start)
    win = Window(article.text, start, end, sentence, start < article.title_end)
    reading = _READERS[family](win, article.custody_context if family == "release" else True)
    if reading is None:
        return None
    left, right = _modality_windows(win, reading)
    why = "background" if reading.history else modality.reject_reason(left, right, article.published, reading.voice, reading.base_form, win.is_title)
    if why is not None:
        if why == "background":
            article.background.add(reading.type)
        return None
    source, target = find_actors(win, reading, article.mentions, article.starts)
    quantity = find_quantity(win, reading) if not reading.type.startswith("sanctions") else None
    confidence = _confidence(reading, win, left, source, target, quantity)
    weak = reading.voice == "nominal" and reading.strength <= 0.5
    stale = not win.is_title and modality.stale(left, right)
    return Candidate(reading.type, sentence, source, target, quantity, confidence, start, weak, stale)


def _merge(candidates: list[Candidate], text: str) -> Event:
    """One event from all readings of a type: the strongest, completed by the others."""
    ranked = sorted(candidates, key=lambda c: (-c.confidence, c.position))
    best = ranked[0]
    source = best.source or next((c.source for c in ranked if c.source), None)
    target = best.target or next(
        (c.target for c in ranked if c.target and c.target != source and c.source in (None, source)), None
    )
    counts = [c.quantity for c in ranked if c.quantity]
    exact = [value for value, is_exact in counts if is_exact]
    quantity = max(exact) if exact else max((v for v, _ in counts), default=None)
    confidence = min(0.99, best.confidence + 0.04 * min(2, len(ranked) - 1))
    start, end = best.sentence
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


def detect_events(text: str, mentions: Sequence, published: str | None = None) -> list[Event]:
    """Events reported as fresh acts in `text` (title + "\\n" + body), one per type.

    `mentions` are the country mentions of `text` (sorted, non-overlapping), used for
    actors; `published` (ISO date) lets "in 2019" / "since June" mark background.
    """
    hits = find_triggers(text)
    if not hits:
        return []
    article = _Article(text, mentions, published)
    by_type: dict[str, list[Candidate]] = {}
    for hit in hits:
        candidate = _read_hit(article, hit)
        if candidate is not None and candidate.confidence >= MIN_CONFIDENCE:
            by_type.setdefault(candidate.type, []).append(candidate)
    return [
        _merge(by_type[kind], text)
        for kind in EVENT_TYPES
        if kind in by_type and _stands(by_type[kind], kind in article.background)
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
