"""Throughput of enrich() on one core: articles/s and MB/s on ~3 KB real-news articles.

    python -m bench.enrich_bench [--corpus PATH] [--n 20000] [--size 3000] [--breakdown]

Articles are built from real text: article i takes the title of item i and, as body,
the bodies of items i, i+1, ... joined until the article is about `--size` bytes, cut
at a sentence end. The source is `--corpus` (JSONL with title/body), else the
committed dev set, else the seeds. A warm-up pass compiles the matchers and fills
caches; then enrich() is timed over `--n` articles (cycling through the built set) with
time.perf_counter. `run(articles)` is the same measurement for callers such as
`newsalerts bench`.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path

from streams.core.articles import parse_seed_file
from streams.core.enrich import enrich
from streams.core.records import Article

REPO = Path(__file__).resolve().parents[1]
DEV_SET = REPO / "tests" / "data" / "dev.jsonl"
SEEDS = REPO / "seeds"
DISTINCT = 2000  # distinct padded articles; the timed loop cycles through them
WARMUP = 300


def load_items(corpus: str | Path | None) -> list[tuple[str, str]]:
    """(title, body) pairs of the source texts."""
    path = Path(corpus) if corpus else DEV_SET
    if path.is_file():
        items = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                if obj.get("body"):
                    items.append((obj.get("title", ""), obj["body"]))
        return items
    seeds = sorted(SEEDS.glob("*.txt"))
    return [(a.title, a.body) for a in (parse_seed_file(p.read_text("utf-8"), p.stem) for p in seeds)]


def _cut(text: str, limit: int) -> str:
    """`text` cut at the last sentence end before `limit` characters."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    end = max(head.rfind(". "), head.rfind(".\n"))
    return head[: end + 1] if end > limit // 2 else head


def build_articles(items: Sequence[tuple[str, str]], count: int, size: int) -> list[Article]:
    """`count` articles of about `size` bytes made of consecutive real bodies."""
    articles = []
    for i in range(count):
        title = items[i % len(items)][0]
        parts, length, j = [], len(title), i
        while length < size and j - i < len(items):
            body = items[j % len(items)][1]
            parts.append(body)
            length += len(body) + 2
            j += 1
        body = _cut("\n\n".join(parts), max(size - len(title), 1))
        articles.append(Article(id=f"bench-{i}", title=title, body=body, published="2020-01-01"))
    return articles


def run(articles: Sequence[Article], n: int = 20_000, warmup: int = WARMUP) -> dict[str, float]:
    """Time enrich() over `n` articles cycled from `articles`; the figures as a dict."""
    for article in articles[:warmup]:
        enrich(article)
    sequence = [articles[i % len(articles)] for i in range(n)]
    size = sum(len(a.title.encode()) + 1 + len(a.body.encode()) for a in sequence)
    events = 0
    start = time.perf_counter()
    for article in sequence:
        events += len(enrich(article).events)
    seconds = time.perf_counter() - start
    return {
        "articles": n,
        "seconds": seconds,
        "articles_per_s": n / seconds,
        "mb_per_s": size / seconds / 1e6,
        "mean_article_bytes": size / n,
        "us_per_article": seconds / n * 1e6,
        "events_per_article": events / n,
    }


def breakdown(articles: Sequence[Article], n: int = 5000) -> dict[str, float]:
    """Microseconds per article spent in each step of enrich() (for finding hot spots).
    Each step's inputs are computed beforehand and its outputs dropped, so that no step
    is timed while the results of all `n` articles pile up in memory."""
    from streams.core.countries import read_mentions, tag_countries
    from streams.core.enrich import article_text, lead_end, phrase_scanner
    from streams.core.events import detect_events
    from streams.core.phrase_scan import resolve
    from streams.core.topics import classify_topics, lead_length

    sample = [articles[i % len(articles)] for i in range(n)]
    texts = [article_text(a) for a in sample]
    scanner = phrase_scanner()
    hits = [scanner.scan(text, lead_length(text)) for text in texts]
    mentions = [read_mentions(text, found[0]) for text, found in zip(texts, hits)]
    triggers = [resolve(found[2]) for found in hits]
    leads = [lead_end(text, len(a.title)) for text, a in zip(texts, sample)]
    steps = {
        "phrase scan": lambda i: scanner.scan(texts[i], lead_length(texts[i])),
        "read_mentions": lambda i: read_mentions(texts[i], hits[i][0]),
        "detect_events": lambda i: detect_events(texts[i], mentions[i], sample[i].published, triggers[i]),
        "lead_end": lambda i: lead_end(texts[i], len(sample[i].title)),
        "tag_countries": lambda i: tag_countries(texts[i], mentions[i], leads[i], set()),
        "classify_topics": lambda i: classify_topics(texts[i], mentions[i], hits[i][1]),
    }
    timings: dict[str, float] = {}
    for name, step in steps.items():
        start = time.perf_counter()
        for i in range(n):
            step(i)
        timings[name] = (time.perf_counter() - start) / n * 1e6
    return timings


def main(argv: Sequence[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="JSONL with title/body (default: tests/data/dev.jsonl, else seeds)")
    parser.add_argument("--n", type=int, default=20_000, help="articles to time (default 20000)")
    parser.add_argument("--size", type=int, default=3000, help="approximate article size in bytes")
    parser.add_argument("--breakdown", action="store_true", help="also time each step of enrich()")
    args = parser.parse_args(argv)
    articles = build_articles(load_items(args.corpus), DISTINCT, args.size)
    result = run(articles, args.n)
    print(
        f"enrich(): {result['articles_per_s']:,.0f} articles/s, {result['mb_per_s']:.1f} MB/s "
        f"({result['us_per_article']:.1f} µs/article, {result['mean_article_bytes']:,.0f} B/article, "
        f"{result['articles']:,} articles, {result['events_per_article']:.2f} events/article)"
    )
    if args.breakdown:
        for step, micros in breakdown(articles).items():
            print(f"  {step:16s} {micros:8.1f} µs/article")
    return result


if __name__ == "__main__":
    main()
