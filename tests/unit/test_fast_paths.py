"""Shortcuts taken for speed give the answers of the plain computations they replace.

Each shortcut skips work only where the plain computation cannot answer otherwise: the
passive-chain regex searched from its reach, the ASCII-folded cue search, token offsets
summed from token lengths, clause limits taken from breaks and closers.
"""

from __future__ import annotations

import random
import re

import pytest

from streams.core import modality
from streams.core.event_lexicon import CUSTODY_CONTEXT
from streams.core.event_window import SentenceTokens, Window
from streams.core.text import contains_any_folded

CUES = tuple(cue.encode("ascii") for cue in CUSTODY_CONTEXT)


def test_passive_chain_search_from_its_reach_finds_the_match_of_a_full_search():
    words = ["was", "be", "been", "is", "get", "x", "yy", "the", "man", "was,", "-was", "not", "were"]
    spacing = [" ", " ", " ", "  ", "\t", ""]
    rng = random.Random(7)
    for _ in range(5_000):
        left = "".join(rng.choice(words) + rng.choice(spacing) for _ in range(rng.randint(0, 18)))
        full = modality._PASSIVE_CHAIN.search(left.rstrip())
        expected = full.group(1) if full else " ".join(left.split()[-1:])
        assert modality.governing_words(left, "passive") == expected, repr(left)


@pytest.mark.parametrize(
    "text",
    [
        "He was jailed.",
        "HE WAS JAILED",
        "Le prisonnier “libéré” — détenu?",
        "\u212aIDNAPPED",  # KELVIN SIGN lower-cases to "k"
        "JA\u0130L",  # "İ" lower-cases to "i" + a combining dot: not "jail"
        "\u212a" + "nothing here",
        "Nothing at all.",
        "",
    ],
)
def test_folded_cue_search_agrees_with_lower_casing(text):
    assert contains_any_folded(text, CUES) == any(cue in text.lower() for cue in CUSTODY_CONTEXT)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested three men on Monday.",
        "Police  arrested\tthree men (all   local) on Monday; none resisted.",
        "The minister - a critic - was detained: officials said so.",
        "One",
    ],
)
def test_token_offsets_and_clause_limits_agree_with_a_token_walk(sentence):
    text = "Title\n" + sentence
    sent = SentenceTokens(text, 6, len(text))
    dense = [m.start() for m in re.finditer(r"\S+", text[6:])]
    if sent.raws == text[6:].split():
        assert sent.starts == [6 + offset for offset in dense]
    for start in sent.starts:
        win = Window(sent, start, start + len(text[start:].split()[0]), False)
        lo = max(0, win.idx - 28)
        for i in range(win.idx - 1, lo - 1, -1):
            if i in sent.breaks_after:
                lo = i + 1 if sent.raws[i][0] != "(" else i
                break
        hi = min(len(sent.words), win.idx + 1 + 34)
        for i in range(win.idx + 1, hi):
            if sent.raws[i][-1] in ";)":
                hi = i + 1
                break
        assert (win.lo, win.hi) == (lo, hi)
