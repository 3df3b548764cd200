"""Topic tags: IPTC ids, the seed article, sport vs conflict, phrase precedence, scoring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from streams.core.countries import default_matcher
from streams.core.records import TopicTag
from streams.core.topic_lexicon import TOPICS
from streams.core.topics import MAX_TOPICS, THRESHOLD, classify_topics

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_5888520af6bb491f.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl"

POLITICS = "medtop:11000000"
ECONOMY = "medtop:04000000"
CONFLICT = "medtop:16000000"
SPORT = "medtop:15000000"
HEALTH = "medtop:07000000"
RELIGION = "medtop:12000000"
ARTS = "medtop:01000000"
INTERNATIONAL = "medtop:20000638"
DIPLOMACY = "medtop:20000639"
SANCTION = "medtop:20000642"
HUMAN_RIGHTS = "medtop:20000592"


def ids(text: str, **kwargs) -> list[str]:
    return [tag.id for tag in classify_topics(text, **kwargs)]


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8").split("News Article:\n", 1)[1]


def test_seed_article_topics():
    text = seed_text()
    found = ids(text, mentions=default_matcher().find(text))
    assert {POLITICS, INTERNATIONAL, DIPLOMACY, HUMAN_RIGHTS, ECONOMY, SANCTION} <= set(found)
    assert found[0] == POLITICS


def test_tags_are_iptc_ids_with_labels_sorted_by_score():
    tags = classify_topics(seed_text())
    assert all(isinstance(t, TopicTag) and t.id.startswith("medtop:") for t in tags)
    assert all(t.label == TOPICS[t.id][0] for t in tags)
    assert all(THRESHOLD <= t.score <= 1 for t in tags)
    assert [t.score for t in tags] == sorted((t.score for t in tags), reverse=True)
    assert sum(TOPICS[t.id][1] is None for t in tags) <= MAX_TOPICS
    assert TOPICS[POLITICS][0] == "politics and government"
    assert TOPICS[HUMAN_RIGHTS] == ("human rights", "medtop:14000000")


@pytest.mark.parametrize(
    "headline",
    [
        "Patriots Fight Back To Win Super Bowl After Battle With Falcons",
        "Serena Williams Wins Her 23rd Grand Slam Title",
        "Striker scores twice as United beat City in the league",
    ],
)
def test_sports_headlines_are_sport_not_conflict(headline: str):
    found = ids(headline)
    assert SPORT in found and CONFLICT not in found


def test_sports_headline_from_the_corpus():
    if not CORPUS.exists():
        pytest.skip("shared corpus not present")
    wanted = "huffpost-v3-08425"  # a Wimbledon final, headline and one-line description
    with CORPUS.open(encoding="utf-8") as lines:
        item = next(json.loads(line) for line in lines if wanted in line)
    found = ids(f"{item['title']}\n{item['body']}")
    assert found[0] == SPORT and CONFLICT not in found


def test_war_news_is_conflict():
    assert ids("Russian troops shell Kyiv as the invasion enters its second week")[0] == CONFLICT


def test_longer_phrase_decides():
    assert RELIGION not in ids("Islamic State fighters seize the town") and CONFLICT in ids(
        "Islamic State fighters seize the town"
    )
    assert ids("A novel coronavirus spreads") == [HEALTH]
    assert ECONOMY not in ids("Settlers in the West Bank")


def test_sub_topic_lends_to_its_parent():
    found = ids("The special envoy held talks with the ambassador at the embassy.")
    assert {DIPLOMACY, INTERNATIONAL, POLITICS} <= set(found)


def test_country_mentions_strengthen_international_relations():
    text = "Belarus, Lithuania and Poland discussed relations and ties over the border."
    mentions = default_matcher().find(text)
    plain = {t.id: t.score for t in classify_topics(text)}
    with_countries = {t.id: t.score for t in classify_topics(text, mentions)}
    assert with_countries[INTERNATIONAL] > plain.get(INTERNATIONAL, 0.0)


def test_title_counts_more_than_body():
    in_title = {t.id: t.score for t in classify_topics("Hospital patients\nThe day went on.")}
    in_body = {t.id: t.score for t in classify_topics("The day went on\nHospital patients.")}
    assert in_title[HEALTH] > in_body[HEALTH]


def test_a_repeated_word_counts_at_most_three_times():
    three = classify_topics("movie " * 3)
    thirty = classify_topics("movie " * 30)
    assert three[0].id == thirty[0].id == ARTS
    assert thirty[0].score <= three[0].score


def test_no_topic_for_empty_or_neutral_text():
    assert classify_topics("") == []
    assert classify_topics("The quick brown fox jumps over the lazy dog.") == []


def test_only_the_lead_is_read():
    filler = "and the day went on " * 120  # pushes what follows past SCAN_LIMIT
    assert SPORT not in ids(f"Notes\n{filler} football, soccer, tennis, golf")
    assert SPORT in ids(f"Notes\nfootball, soccer, tennis, golf {filler}")


def test_medical_arrests_and_nuclear_talks():
    cardiac = {t.id for t in classify_topics("Candidate Dies Of Cardiac Arrest\nHe was 58, his campaign said.")}
    assert HEALTH in cardiac and "medtop:02000000" not in cardiac
    nuclear = classify_topics("North Korea Says Pressure Was Not The Reason For Its Denuclearization\n")
    assert CONFLICT in {t.id for t in nuclear}
