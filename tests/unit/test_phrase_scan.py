"""The shared phrase scan: one pass for countries, topic terms and trigger words.

enrich() scans once for all three taggers; their stand-alone entry points scan with a
scanner of their own. These tests pin that both read every text the same way, that a
phrase crossing the end of the topic lead is still seen, that channels resolve
overlaps independently, and that the trigger channel finds exactly the words the
former stem search (str.find over STEMS) found.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from streams.core import countries, enrich, events, topics
from streams.core.countries import default_matcher, read_mentions
from streams.core.enrich import article_text
from streams.core.event_lexicon import STEMS, TRIGGER_WORDS
from streams.core.events import find_triggers
from streams.core.phrase_scan import LETTERS, PLURAL_OK, WHOLE, PhraseScanner, resolve
from streams.core.records import Article

ROOT = Path(__file__).resolve().parents[2]
DEV_SET = ROOT / "tests" / "data" / "dev.jsonl"


def dev_texts() -> list[str]:
    items = [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [article_text(Article(id="d", title=o.get("title", ""), body=o.get("body", ""))) for o in items]
    # long texts too, so that the topic lead ends before the text does
    joined = [" ".join(texts[i : i + 12]) for i in range(0, len(texts), 12)]
    return texts + joined


DEV_TEXTS = dev_texts()


def shared_scan(text: str):
    return enrich.phrase_scanner().scan(text, topics.lead_length(text))


@pytest.mark.parametrize("text", DEV_TEXTS[::7] + DEV_TEXTS[-26:], ids=lambda text: text[:30])
def test_shared_scan_reads_like_the_standalone_taggers(text):
    country_hits, topic_hits, trigger_hits = shared_scan(text)
    mentions = read_mentions(text, country_hits)
    assert mentions == default_matcher().find(text)
    assert topics.classify_topics(text, mentions, topic_hits) == topics.classify_topics(text, mentions)
    assert resolve(trigger_hits) == find_triggers(text)


def test_a_phrase_crossing_the_end_of_the_topic_lead_is_found_once():
    prefix = ("Nothing at all happened today. " * 70)[:1985] + " "
    text = prefix + "Papua New Guinea votes. " + "Markets were calm. " * 20
    lead = topics.lead_length(text)
    assert text[lead - 9 : lead] == "Papua New" and lead < len(text)  # the lead cuts the name
    mentions = read_mentions(text, shared_scan(text)[0])
    assert [(m.code, m.surface) for m in mentions] == [("PG", "Papua New Guinea")]
    assert mentions == default_matcher().find(text)


def test_channels_resolve_overlaps_on_their_own():
    scanner = PhraseScanner(
        [("New York", WHOLE, "city"), ("York", WHOLE, "york")],
        [("York", WHOLE, "topic"), ("Oman", WHOLE, "oman"), ("Ukrainian", PLURAL_OK, "ua")],
    )
    first, second = (resolve(hits) for hits in scanner.scan("New York Omani Ukrainians"))
    assert first == [(0, 8, "city")]  # the longer phrase hides "York" in its own channel
    assert second == [(4, 8, "topic"), (15, 25, "ua")]  # "Omani" is not "Oman"


def test_a_later_entry_of_a_channel_replaces_an_earlier_one():
    scanner = PhraseScanner([("Jersey", WHOLE, "country"), ("Jersey", WHOLE, "blocker")])
    assert resolve(scanner.scan("Jersey")[0]) == [(0, 6, "blocker")]


def test_letters_rule_lets_digits_follow():
    scanner = PhraseScanner([("arrested", LETTERS, "a"), ("arrest", WHOLE, "w")])
    assert resolve(scanner.scan("arrested5 arrest5")[0]) == [(0, 8, "a")]


def stem_search(text: str) -> list[tuple[int, int, str]]:
    """The trigger search enrich() used before the shared scan: str.find for each stem,
    widened to the whole run of letters, looked up lower-cased."""
    found = {}
    for stem in STEMS:
        i = text.find(stem)
        while i != -1:
            start, end = i, i + len(stem)
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            while end < len(text) and text[end].isalpha():
                end += 1
            family = TRIGGER_WORDS.get(text[start:end].lower())
            if family is not None:
                found[start] = (start, end, family)
            i = text.find(stem, end)
    return [found[k] for k in sorted(found)]


TRICKY = [
    "Unsanctioned churches; sanctionS and SANCTIONS and Sanctioned",
    "re-arrested (detained) “freed” Home home HOME Freedom freeing",
    "arrested5 jailed, Jailbreak; ‘swapped’ exchange-rate nabbed/booked apprehended",
]


@pytest.mark.parametrize("text", TRICKY, ids=lambda text: text[:30])
def test_trigger_words_are_those_of_the_stem_search(text):
    assert find_triggers(text) == stem_search(text)


def test_trigger_words_of_the_dev_set_are_those_of_the_stem_search():
    assert [find_triggers(text) for text in DEV_TEXTS] == [stem_search(text) for text in DEV_TEXTS]


def test_vocabularies_are_compiled_once():
    assert countries.vocabulary() is countries.vocabulary()
    assert events.trigger_vocabulary() is events.trigger_vocabulary()
    assert enrich.phrase_scanner() is enrich.phrase_scanner()
