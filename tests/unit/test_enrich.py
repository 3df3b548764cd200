"""enrich(): one article to its countries, topics and events; pure and repeatable."""

from __future__ import annotations

from pathlib import Path

import msgspec

from streams.core.articles import parse_seed_file
from streams.core.enrich import article_text, enrich, lead_end
from streams.core.records import Article, EnrichedArticle

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_5888520af6bb491f.txt"


def seed() -> Article:
    return parse_seed_file(SEED.read_text(encoding="utf-8"), SEED.name)


def test_seed_is_enriched_with_its_events_countries_and_topics():
    article = seed()
    result = enrich(article)
    assert isinstance(result, EnrichedArticle)
    assert (result.id, result.title, result.published) == (article.id, article.title, article.published)
    assert {e.type for e in result.events} == {"prisoner_release", "sanctions_lifted"}
    roles = {tag.code: tag.role for tag in result.countries}
    assert roles["BY"] == roles["US"] == "primary"
    assert roles.get("LT") == "mentioned"
    assert result.topics  # sanctions and releases are politics: some topic must be tagged


def test_evidence_offsets_refer_to_title_newline_body():
    article = seed()
    text = article_text(article)
    assert text == f"{article.title}\n{article.body}"
    for event in enrich(article).events:
        assert text[event.evidence.start : event.evidence.end] == event.evidence.text


def test_event_actors_are_primary_even_outside_the_lead():
    article = Article(
        id="x", title="Weekly roundup of world news",
        body="Markets rose. Elsewhere, Belarus released 14 prisoners on Friday after talks.",
    )  # fmt: skip
    result = enrich(article)
    assert [e.source for e in result.events] == ["BY"]
    assert {t.code: t.role for t in result.countries}["BY"] == "primary"


def test_plain_article_has_no_events():
    article = Article(id="p", title="Stocks rally", body="Investors in Japan cheered strong earnings.")
    result = enrich(article)
    assert result.events == [] and [t.code for t in result.countries] == ["JP"]


def test_enrich_is_pure_and_encodes():
    article = seed()
    first, second = enrich(article), enrich(article)
    assert first == second
    assert msgspec.json.decode(msgspec.json.encode(first), type=EnrichedArticle) == first


def test_lead_is_title_plus_first_body_sentence():
    text = "Title\nFirst sentence. Second sentence."
    assert text[: lead_end(text, len("Title"))] == "Title\nFirst sentence."
    assert lead_end("Title\n", 5) == len("Title\n")
