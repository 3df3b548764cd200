"""enrich(): one article in, its countries, topics and events out. Pure and linear.

The text read is `title + "\\n" + body` (event evidence offsets refer to it). One
phrase-scan pass (phrase_scan.py) finds country names, topic terms (in the topic lead
only) and event trigger words together, instead of one scan per tagger over the same
text. Its country mentions serve three consumers: the country tags, the topic
classifier and the event detector's actors. Countries that act in an event (source or
target) are promoted to primary, because an alert on them is what subscribers want; the
lead (title + first body sentence) is the other signal of what an article is about.
Nothing here allocates per-article state beyond the record it returns.
"""

from __future__ import annotations

import functools

from streams.core import countries, events, topics
from streams.core.countries import read_mentions, tag_countries
from streams.core.events import detect_events
from streams.core.phrase_scan import PhraseScanner, resolve
from streams.core.records import Article, EnrichedArticle
from streams.core.text import first_sentence_end
from streams.core.topics import classify_topics


def article_text(article: Article) -> str:
    """The text every offset refers to: title, a newline, body."""
    return f"{article.title}\n{article.body}"


def lead_end(text: str, title_len: int) -> int:
    """End offset of the lead: the title plus the body's first sentence."""
    if title_len + 1 >= len(text):
        return len(text)
    return first_sentence_end(text, title_len + 1)


@functools.cache
def phrase_scanner() -> PhraseScanner:
    """Countries, topic terms and trigger words in one scanner, compiled on first use;
    topic terms (channel 1) are only looked for in the lead `topics.lead_length` gives."""
    channels = countries.vocabulary(), topics.vocabulary(), events.trigger_vocabulary()
    return PhraseScanner(*channels, lead_only=[1])


def enrich(article: Article) -> EnrichedArticle:
    """Tag `article` with countries, topics and detected events."""
    text = article_text(article)
    country_hits, topic_hits, trigger_hits = phrase_scanner().scan(text, topics.lead_length(text))
    mentions = read_mentions(text, country_hits)
    found = detect_events(text, mentions, article.published, resolve(trigger_hits))
    actors = {code for event in found for code in (event.source, event.target) if code}
    return EnrichedArticle(
        id=article.id,
        title=article.title,
        published=article.published,
        source=article.source,
        url=article.url,
        countries=tag_countries(text, mentions, lead_end(text, len(article.title)), actors),
        topics=classify_topics(text, mentions, topic_hits),
        events=found,
    )
