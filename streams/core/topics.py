"""Multi-label topic tags (IPTC Media Topics) for an article, from a weighted lexicon.

Why a lexicon and not a model: topics here are a routing and filtering aid for alerts,
they must be explainable ("sanctions" -> economic sanction) and cost a few tens of
microseconds per article on one core, with no model weights to ship. Every term of
`topic_lexicon` is compiled once as the topic channel of the phrase scan (`phrase_scan`,
so the longest phrase wins: "Islamic State" is conflict, not religion). Only the lead,
the title and the start of the body (at most SCAN_LIMIT characters), is read: enrich()'s
one pass over the article hands over the topic hits that end in the lead, so the cost
is linear in the text length and bounded for long features.

Scoring, per topic: the sum of its hits' weights (a term counts at most three times;
hits in the title, before the first newline, count 1.5x); a sub-topic also lends 70 %
of its sum to its parent (diplomacy -> international relations -> politics); an
article naming several countries strengthens international relations it already
shows. The sum is squashed to 0..1 by 1 - exp(-sum / (3 * sqrt(length / 1000))), so a
long text needs more evidence than a headline. Topics scoring at least 0.5 are kept,
best first: at most six top-level topics, plus the sub-topics that qualify.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Iterator, Sequence

from streams.core import topic_lexicon as lexicon
from streams.core.phrase_scan import (
    PLURAL_OK,
    Entry,
    PhraseScanner,
    RawHit,
    case_variants,
    resolve,
)
from streams.core.records import TopicTag

THRESHOLD = 0.5
MAX_TOPICS = 6
SCAN_LIMIT = 2000
_SCALE = 3.0
_TITLE_FACTOR = 1.5
_MAX_REPEATS = 3
_PARENT_SHARE = 0.7
_INTERNATIONAL = "medtop:20000638"
# A sum under _HOPELESS * scale scores under THRESHOLD (1 - exp(-x) < T iff x < -ln(1 - T));
# 1 % under the exact bound, so rounding never skips a topic that would qualify.
_HOPELESS = 0.99 * -math.log(1.0 - THRESHOLD)


class _Term:
    """A lexicon phrase and the (topic id, weight) pairs it signals, in the body and in
    the title (weights times 1.5, computed once); hashed by identity so repeats of one
    term can be counted cheaply."""

    __slots__ = ("signals", "title_signals")

    def __init__(self, signals: tuple[tuple[str, float], ...]) -> None:
        self.signals = signals
        self.title_signals = tuple((topic, weight * _TITLE_FACTOR) for topic, weight in signals)


def classify_topics(
    text: str, mentions: Sequence[object] | None = None, hits: list[RawHit] | None = None
) -> list[TopicTag]:
    """IPTC topics of `text` (title, newline, body) with scores in 0..1, best first.
    `mentions` (country mentions of the same text) may strengthen international relations.
    `hits` are the raw hits of the `vocabulary()` channel in the lead (`lead_length`),
    when a shared scan (enrich()) already has them; by default the lead is scanned here."""
    lead = lead_length(text)
    if hits is None or (lead < len(text) and text[lead] != " "):  # a lead cut inside a word
        hits = _scanner().scan(text[:lead])[0]
    sums = _weighted_hits(resolve(hits), _title_end(text, lead))
    if mentions:
        _add_country_signal(sums, {getattr(m, "code", None) for m in mentions})
    _lend_to_parents(sums)
    return _tags(sums, lead)


def lead_length(text: str) -> int:
    """Length of the lead read: the first SCAN_LIMIT characters, cut at a space. News
    puts its subject first, and a bounded read keeps long features cheap and their tail
    from adding noise."""
    if len(text) <= SCAN_LIMIT:
        return len(text)
    cut = text.rfind(" ", 0, SCAN_LIMIT)
    return cut if cut > 0 else SCAN_LIMIT


def _title_end(text: str, lead: int) -> int:
    newline = text.find("\n", 0, lead)
    return lead if newline < 0 else newline


def _weighted_hits(hits: Iterable[tuple[int, int, _Term]], title_end: int) -> dict[str, float]:
    sums: dict[str, float] = {}
    repeats: dict[_Term, int] = {}
    for start, _, term in hits:
        seen = repeats.get(term, 0)
        if seen == _MAX_REPEATS:
            continue
        repeats[term] = seen + 1
        for topic, weight in term.title_signals if start < title_end else term.signals:
            sums[topic] = sums.get(topic, 0.0) + weight
    return sums


def _add_country_signal(sums: dict[str, float], codes: set[object]) -> None:
    """Several countries named in a text about relations make the relations likelier."""
    codes.discard(None)
    if len(codes) >= 2 and _INTERNATIONAL in sums:
        sums[_INTERNATIONAL] += 0.5 * (min(len(codes), 4) - 1)


def _lend_to_parents(sums: dict[str, float]) -> None:
    for topic, parent in _children_deepest_first():
        if topic in sums:
            sums[parent] = sums.get(parent, 0.0) + _PARENT_SHARE * sums[topic]


def _tags(sums: dict[str, float], length: int) -> list[TopicTag]:
    """Topics at or above the threshold, best first: at most MAX_TOPICS top-level ones,
    plus every qualifying sub-topic (they refine a parent rather than add noise)."""
    scale = _SCALE * math.sqrt(max(1.0, length / 1000))
    hopeless = _HOPELESS * scale  # below it the score is under THRESHOLD: no exp() needed
    kept = []
    for topic, total in sums.items():
        if total < hopeless:
            continue
        score = 1.0 - math.exp(-total / scale)
        if score >= THRESHOLD:
            kept.append((-score, topic))
    kept.sort()
    tags = []
    top_level = 0
    for negative_score, topic in kept:
        label, parent = lexicon.TOPICS[topic]
        if parent is None:
            if top_level == MAX_TOPICS:
                continue
            top_level += 1
        tags.append(TopicTag(id=topic, label=label, score=round(-negative_score, 3)))
    return tags


@functools.cache
def _children_deepest_first() -> tuple[tuple[str, str], ...]:
    """(sub-topic, parent) pairs, deepest first, so that a grandchild's share reaches
    its grandparent through its parent."""

    def depth(topic: str) -> int:
        parent = lexicon.TOPICS[topic][1]
        return 0 if parent is None else 1 + depth(parent)

    ordered = sorted(lexicon.TOPICS, key=depth, reverse=True)
    return tuple((topic, parent) for topic in ordered if (parent := lexicon.TOPICS[topic][1]))


def _lexicon_terms() -> dict[str, list[tuple[str, float]]]:
    """term -> [(topic, weight), ...] over the whole lexicon; NEUTRAL terms map to []."""
    signals: dict[str, list[tuple[str, float]]] = {}
    for topic, block in lexicon.TERMS.items():
        for weight, term in _weighted_terms(block):
            signals.setdefault(term, []).append((topic, weight))
    for term in _split_terms(lexicon.NEUTRAL):
        signals[term] = []
    return signals


def _weighted_terms(block: str) -> Iterator[tuple[float, str]]:
    """Parse "weight | term, term, ..." groups; a line without "|" continues the group
    above (a term may wrap across lines)."""
    groups: list[tuple[float, list[str]]] = []
    for line in block.strip().splitlines():
        head, bar, terms = line.partition("|")
        if bar:
            groups.append((float(head), [terms]))
        else:
            groups[-1][1].append(head)
    for weight, lines in groups:
        yield from ((weight, term) for term in _split_terms(" ".join(lines)))


def _split_terms(terms: str) -> Iterator[str]:
    return (" ".join(t.split()) for t in terms.split(",") if t.strip())


@functools.cache
def vocabulary() -> tuple[Entry, ...]:
    """The topic channel of the phrase scan: each term in its case forms (acronyms only
    as written: "AIDS", not "aids"); a plural "s" may follow any term."""
    entries = []
    for phrase, signals in _lexicon_terms().items():
        term = _Term(tuple(signals))
        entries.extend((spelling, PLURAL_OK, term) for spelling in case_variants(phrase, exact=phrase.isupper()))
    return tuple(entries)


@functools.cache
def _scanner() -> PhraseScanner:
    return PhraseScanner(vocabulary())
