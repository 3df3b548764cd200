"""The few words around a trigger word that event rules read.

Rules never see a whole article: the shared phrase scan finds the trigger words, each
sentence holding a hit is tokenised once (`SentenceTokens`: C-speed `str.split` into
parallel lists; token offsets summed from token lengths where one character separates
the tokens, else found with a regex or `str.find`), and each hit becomes a `Window` —
index ranges into those lists for the clause before the word (`left`) and after it
(`right`), cut at the nearest clause break on each side. Rules read lower-cased,
punctuation-stripped words; a few need the raw token ("Stone's", "Police,") or offsets
(governing verb, actors).
"""

from __future__ import annotations

import itertools
import operator
import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from streams.core.event_lexicon import BE_AUX, COUNT_WORDS, HAVE_AUX, PREPOSITIONS, SAYING, SUBORDINATORS, words

LEFT_WORDS = 28  # how far back a rule may look for a subject or governing verb
RIGHT_WORDS = 34  # how far forward for an object, a "from prison" or a count
_TOKEN = re.compile(r"\S+")
_STRIP = ".,;:!?\"'“”‘’()[]{}*…"
_DASHES = words("– — - --")


class Token(NamedTuple):
    """A word of the window: lower-cased, punctuation stripped, with its text offsets."""

    word: str
    start: int
    end: int
    raw: str  # as written (case, punctuation), for possessives and proper names


class SentenceTokens:
    """The words of one sentence, shared by every trigger window inside it."""

    __slots__ = ("_dense", "_starts", "breaks_after", "closers", "end", "raws", "start", "text", "words")

    def __init__(self, text: str, start: int, end: int) -> None:
        segment = text[start:end]
        raws = segment.split()
        words = list(map(str.strip, segment.lower().split(), itertools.repeat(_STRIP)))
        self.text, self.start, self.end = text, start, end
        self._starts: list[int] | None = None
        self._dense = "" not in words and _DASHES.isdisjoint(raws)  # token i is the i-th raw token
        dashes: set[int] = set()
        if not self._dense:  # drop bare punctuation; a dash ends the clause before it
            kept: list[tuple[str, str]] = []
            for word, raw in zip(words, raws):
                if raw in _DASHES:
                    dashes.add(len(kept) - 1)
                elif word:
                    kept.append((word, raw))
            words, raws = [w for w, _ in kept], [r for _, r in kept]
        # clause breaks: after "word;" / "word:" / a dash, and at "(aside" (most sentences have none)
        if ";" in segment or ":" in segment or "(" in segment:
            dashes.update(i for i, r in enumerate(raws) if r[-1] in ";:" or r[0] == "(")
        self.breaks_after = dashes
        # tokens that close a clause on the right ("word;", "aside)"), in order
        # ";" or ")" ends a clause, but not a one-word aside: "the Federal Security Service (FSB) in ..."
        self.closers = (
            [i for i, r in enumerate(raws) if r[-1] in ";)" and r[0] != "("] if ";" in segment or ")" in segment else []
        )
        self.words, self.raws = words, raws

    @property
    def starts(self) -> list[int]:
        """Text offset of every token (found once, on first use)."""
        if self._starts is None:
            raws = self.raws
            if self._dense and self.end - self.start == sum(map(len, raws)) + len(raws) - 1:
                # one character between tokens (most sentences): each starts one past the last
                steps = map(operator.add, map(len, raws[:-1]), itertools.repeat(1))
                self._starts = list(itertools.accumulate(steps, initial=self.start))
            elif self._dense:  # every whitespace-separated token was kept
                self._starts = [m.start() for m in _TOKEN.finditer(self.text, self.start, self.end)]
            else:
                starts, pos, text = [], self.start, self.text
                for raw in self.raws:
                    pos = text.find(raw, pos)
                    starts.append(pos)
                    pos += len(raw)
                self._starts = starts
        return self._starts

    def index_at(self, offset: int) -> int:
        """Index of the token containing text offset `offset`."""
        if self._dense and self._starts is None:  # count the words before it: no offsets needed
            return max(0, len(self.text[self.start : offset + 1].split()) - 1)
        return max(0, bisect_right(self.starts, offset) - 1)

    def token(self, i: int) -> Token:
        start = self.starts[i]
        return Token(self.words[i], start, start + len(self.raws[i]), self.raws[i])


class Window:
    """The clause around one trigger word of one sentence."""

    __slots__ = ("_mentions", "_starts", "end", "hi", "idx", "is_title", "lo", "sent", "start", "text", "word")

    def __init__(
        self,
        sent: SentenceTokens,
        start: int,
        end: int,
        is_title: bool,
        mentions: Sequence = (),
        starts: Sequence[int] = (),
    ) -> None:
        self.sent, self.text = sent, sent.text
        # the article's country mentions (non-overlapping, in text order) and their starts
        self._mentions, self._starts = mentions, starts
        self.start, self.end = start, end
        self.word = sent.text[start:end].lower()
        self.is_title = is_title
        idx = sent.index_at(start)
        self.idx = idx
        lo = max(0, idx - LEFT_WORDS)
        breaks = [i for i in sent.breaks_after if lo <= i < idx] if sent.breaks_after else None
        if breaks:  # the nearest break before the word ends the left clause
            last = max(breaks)
            lo = last + 1 if sent.raws[last][0] != "(" else last
        hi = min(len(sent.words), idx + 1 + RIGHT_WORDS)
        closer = bisect_right(sent.closers, idx)
        if closer < len(sent.closers) and sent.closers[closer] < hi:  # the first closer after it
            hi = sent.closers[closer] + 1
        self.lo, self.hi = lo, hi

    def _mention_of(self, tok: Token | None):
        """The country mention `tok` is part of ("Russia", "Korea" of "North Korea", "U.S."), or None."""
        if tok is None or not self._starts:
            return None
        i = bisect_right(self._starts, tok.start) - 1
        return self._mentions[i] if i >= 0 and tok.start < self._mentions[i].end else None

    def names_country(self, tok: Token | None) -> bool:
        """Is `tok` part of a country mention?"""
        return self._mention_of(tok) is not None

    def mention_kind(self, tok: Token | None) -> str | None:
        """The kind ("name", "demonym", "capital", "metonym") of the mention `tok` is part of."""
        mention = self._mention_of(tok)
        return mention.kind if mention is not None else None

    def names_country_before(self, n: int) -> bool:
        """Is one of the last `n` tokens before the trigger part of a country mention?"""
        return any(self.names_country(tok) for tok in self.left_tail(n))

    def names_country_after(self, first: int, last: int) -> bool:
        """Is one of the tokens `first`..`last` after the trigger part of a country mention?"""
        return any(self.names_country(self.next(k)) for k in range(first, last + 1))

    def opens_headline_before_noun(self) -> bool:
        """Does the trigger open a headline before a noun phrase, which it then describes
        ("Detained Saudi Activists Appear In Court", "Freed American Writer ... Recounts")?
        A headline reporting the act puts it after ("Activists Detained")."""
        nxt = self.right_words(1)
        return self.is_title and self.idx == self.lo and bool(nxt) and nxt[0] not in PREPOSITIONS

    def in_aside(self, opened_within: int = 1, closed_within: int = 12) -> bool:
        """Is the trigger inside an aside between commas: a comma within the last
        `opened_within` tokens and one within the next `closed_within` ("The woman,
        detained in a facility, has ...", "Otto Warmbier, American Student Freed By North
        Korea, Dies")?"""
        opened = any((tok := self.prev(k)) is not None and tok.raw.endswith(",") for k in range(1, opened_within + 1))
        return opened and any(
            (tok := self.next(k)) is not None and tok.raw.endswith(",") for k in range(1, closed_within + 1)
        )

    def in_headline_appositive(self) -> bool:
        """Is the trigger inside a headline's appositive, after a name's comma and up to
        the comma before the headline's own verb ("Brittney Griner, U.S. Basketball Star
        Detained In Russia, Pleads With Biden", "Bowe Bergdahl, Soldier Freed In Prisoner
        Swap, To Face Court-Martial")? Not before an attribution ("..., Police Say")."""
        if not self.is_title or not any((tok := self.prev(k)) and tok.raw.endswith(",") for k in range(1, 7)):
            return False
        for i in range(self.idx, min(self.hi, self.idx + 9)):
            if self.sent.raws[i].endswith(","):
                after = self.sent.words[i + 1] if i + 1 < self.hi else ""
                return bool(after) and after not in _ATTRIBUTIONS and not after.endswith("ing")  # not ", freeing"
        return False

    def follows_headline_comma(self) -> bool:
        """Does the trigger follow a comma in a headline? There a second finite verb opens
        its own clause ("Expels 35 Russian Diplomats, Sanctions Spy Agencies")."""
        prev = self.prev()
        return self.is_title and prev is not None and prev.raw.endswith(",")

    def capitalised_after(self, n: int) -> bool:
        """Does one of the next `n` tokens start with a capital (a name: "drug lord Ovidio Guzman")?"""
        return any(tok is not None and tok.raw[:1].isupper() for tok in map(self.next, range(1, n + 1)))

    def left_tail(self, n: int) -> list[Token]:
        """The last `n` tokens before the trigger, in text order."""
        return [self.sent.token(i) for i in range(max(self.lo, self.idx - n), self.idx)]

    def prev(self, k: int = 1) -> Token | None:
        """The k-th token before the trigger (in its clause), or None."""
        i = self.idx - k
        return self.sent.token(i) if i >= self.lo else None

    def next(self, k: int = 1) -> Token | None:
        """The k-th token after the trigger (in its clause), or None."""
        i = self.idx + k
        return self.sent.token(i) if i < self.hi else None

    def left_words(self, n: int | None = None, before: int | None = None) -> list[str]:
        """Lower-cased words before the trigger (or before text offset `before`), last `n`."""
        stop = self.idx
        if before is not None and before < self.start:
            starts = self.sent.starts
            while stop > self.lo and starts[stop - 1] + len(self.sent.raws[stop - 1]) > before:
                stop -= 1
        lo = self.lo if n is None else max(self.lo, stop - n)
        return self.sent.words[lo:stop]

    def right_words(self, n: int | None = None) -> list[str]:
        """Lower-cased words after the trigger, first `n`."""
        hi = self.hi if n is None else min(self.hi, self.idx + 1 + n)
        return self.sent.words[self.idx + 1 : hi]

    def left_text(self, before: int | None = None) -> str:
        """The left window as written, lower-cased (punctuation kept for date regexes)."""
        if self.lo >= self.idx:
            return ""
        end = self.start if before is None else min(before, self.start)
        return self.text[self.sent.starts[self.lo] : end].lower().rstrip()

    def right_text(self, n: int | None = None) -> str:
        """The first `n` right-hand words as written, lower-cased."""
        hi = self.hi if n is None else min(self.hi, self.idx + 1 + n)
        if hi <= self.idx + 1:
            return ""
        last = hi - 1
        return self.text[self.end : self.sent.starts[last] + len(self.sent.raws[last])].lower().strip()

    def clause_span(self) -> tuple[int, int]:
        """Text offsets of the clause the window covers."""
        starts, raws = self.sent.starts, self.sent.raws
        lo = starts[self.lo] if self.lo < self.idx else self.start
        hi = starts[self.hi - 1] + len(raws[self.hi - 1]) if self.hi > self.idx + 1 else self.end
        return lo, hi


class Reading(NamedTuple):
    """A trigger word read as an act by a rule (event_rules*.py)."""

    type: str  # one of records.EVENT_TYPES
    voice: str  # "active" | "passive" | "nominal"
    act_start: int  # offsets of the word carrying the act: the verb, or the noun itself
    act_end: int
    strength: float  # 0..1: a finite verb is stronger evidence than a noun phrase
    base_form: bool = False  # bare verb ("lift"): "to lift" is then an infinitive goal
    history: bool = False  # the wording itself tells the act as history ("arrest and sentencing")


_TIME_WORDS = words(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight last earlier "
    "later overnight early late hours days weeks months again"
)
_ATTRIBUTIONS = SAYING | words("police officials authorities cops prosecutors sources")
_QUANTIFIERS = words("over about around nearly almost some up")


def is_possessive(raw: str) -> bool:
    """A possessive token: "Stone's", "Garner’s", "protesters'"."""
    return raw.endswith(("'s", "’s", "s'", "s’"))


def passive_aux(win: Window) -> bool:
    """A form of "be"/"get" among the two words before the trigger ("was not released"),
    or before a coordinated participle ("were fired and arrested")."""
    words = win.left_words(4)
    if any(w in BE_AUX for w in words[-2:]):
        return True
    return "and" in words[-2:] and any(w in BE_AUX for w in words)


def generic_people(win: Window) -> bool:
    """ "people released from prison", "people arrested for breaching the order": with no
    count before it, "people" and a participle name a kind of people, not an act."""
    left = win.left_words(2)
    return left[-1:] == ["people"] and not (left[:1] and (left[0].isdigit() or left[0] in COUNT_WORDS))


def participle_voice(win: Window) -> str:
    """Voice of an -ed trigger: "passive" or "active".

    Passive after "be", before "by", or when no object follows — headline style "Man
    Arrested After ...", "Woman ... Freed", "..., released Saturday". Active after
    "have" or when an object follows ("Police arrested the suspect").
    """
    if passive_aux(win) or win.right_words(1) == ["by"]:
        return "passive"
    prev = win.left_words(1)
    if prev and prev[0] in HAVE_AUX:
        return "active"
    nxt = win.right_words(2)
    if nxt[:1] and nxt[0] in _QUANTIFIERS and nxt[1:] and nxt[1][:1].isdigit():
        return "active"  # "freed over 100 prisoners": a count, not a preposition
    if not nxt or nxt[0] in PREPOSITIONS or nxt[0] in _TIME_WORDS or nxt[0] in SUBORDINATORS:
        return "passive"
    if win.text.startswith(",", win.end):
        return "passive"  # its clause ends: "2 Of 17 Kidnapped Missionaries In Haiti Released, Aid Group Says"
    if not (win.sent.raws[win.idx + 1][0].isalnum() or win.sent.raws[win.idx + 1][0] in "$“\"'‘"):
        return "passive"
    if prev and win.sent.raws[win.idx - 1].endswith(","):
        return "passive"
    return "active"


# What people held earlier do in a later story: "Man Arrested At Starbucks Sues Police".
_AFTERMATH_VERBS = words(
    "sues sue settle settles speaks speak describes describe recalls recall recounts recount wins win "
    "files file reflects reflect shares share walks leaves reunites returns"
)
_CLAUSE_OPENERS = SUBORDINATORS | {"following", "over"}
_SPANS = words("days weeks months years decades")


def aftermath_follows(win: Window) -> bool:
    """Does the headline's own verb come after the participle ("Men Arrested At Starbucks
    Settle With City", "Man Freed After 3 Decades For Murder He Didn't Commit Sues City"),
    not inside an "after" clause ("Arrested After Crash Victim Dies")?"""
    right = win.right_words(12)
    if right[:1] == ["after"] and right[2:3] and right[2] in _SPANS:
        right = right[3:]  # a span of time, not a clause: "After 3 Decades"
    for i, word in enumerate(right[:9]):
        if word in _CLAUSE_OPENERS:
            return False
        if word in _AFTERMATH_VERBS and right[i - 1 : i] != ["to"]:  # not "For Threatening To Sue"
            return True
    return False
