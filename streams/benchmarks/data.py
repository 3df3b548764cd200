"""The benchmark's articles, built from real news text.

Throughput articles (~3 KB): the corpus (default `/work/shared/corpus/articles.jsonl`,
else the committed `tests/data/dev.jsonl`) is read in file order; article *i* takes the
title, date, source and url of corpus item `i mod M`, and as body the bodies of items
`i, i+1, i+2, …` (wrapping round) joined by blank lines until the title plus body reach
`target_bytes`, cut back to the last sentence end (else the last space) before that
size. Ids are `bench-<i>` so every one of the N articles is distinct. Items with an
empty body are skipped as sources.

Latency articles: the first throughput articles themselves, as the issue asks (the same
real articles in every part); those in which `enrich()` finds an event are the ones whose
alert is timed. A stress run uses only alerting articles: the dev-set items whose gold
annotation has events (`expected.events`) and in which `enrich()` does find one. Both are
sent as fresh copies (`lat-<k>-<original id>`), so that none is a re-delivery for the
dedup table: each alerting one raises an Alert or an Update.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import msgspec

from streams.core.records import Article

REPO = Path(__file__).resolve().parents[2]
SHARED_CORPUS = Path("/work/shared/corpus/articles.jsonl")
DEV_SET = REPO / "tests" / "data" / "dev.jsonl"

_encode = msgspec.json.Encoder().encode


class _Item(msgspec.Struct):
    id: str
    title: str = ""
    body: str = ""
    published: str | None = None
    source: str | None = None
    url: str | None = None


class _Expected(msgspec.Struct, frozen=True):
    events: list[dict] = []


class _DevItem(_Item):
    expected: _Expected = _Expected()


def default_corpus() -> Path:
    return SHARED_CORPUS if SHARED_CORPUS.is_file() else DEV_SET


def load_items(path: str | Path, item_type: type = _Item) -> list:
    """The JSONL lines of `path` that decode as items (others are skipped)."""
    decoder = msgspec.json.Decoder(item_type)
    items = []
    with open(path, "rb") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                items.append(decoder.decode(line))
            except msgspec.DecodeError:
                continue
    return items


def cut_text(text: str, limit: int) -> str:
    """`text` cut to at most `limit` UTF-8 bytes, at the last sentence end (else space) before it."""
    raw = text.encode()
    if len(raw) <= limit:
        return text
    head = raw[:limit].decode(errors="ignore")
    for marks in ((". ", "! ", "? ", ".\n"), (" ", "\n")):
        end = max(head.rfind(mark) for mark in marks)
        if end > limit // 2:
            return head[: end + 1].rstrip()
    return head


def build_article(items: list, i: int, target_bytes: int = 3000) -> Article:
    """Article `i` of the throughput set (see the module doc)."""
    first = items[i % len(items)]
    budget = max(target_bytes - len(first.title.encode()), 1)
    parts: list[str] = []
    size = 0
    j = i
    while size < budget and len(parts) < len(items):
        body = items[j % len(items)].body
        j += 1
        if body:
            parts.append(body)
            size += len(body.encode()) + 2
    body = cut_text("\n\n".join(parts), budget)
    return Article(
        id=f"bench-{i:07d}", title=first.title, body=body,
        published=first.published, source=first.source, url=first.url,
    )  # fmt: skip


@dataclass
class ArticleSet:
    """N encoded articles (key, value) and where they came from."""

    keys: list[bytes]
    values: list[bytes]
    source: str
    how: str

    def __len__(self) -> int:
        return len(self.values)

    @property
    def mean_bytes(self) -> float:
        return sum(map(len, self.values)) / len(self.values) if self.values else 0.0

    def articles(self) -> Iterator[Article]:
        decoder = msgspec.json.Decoder(Article)
        return (decoder.decode(v) for v in self.values)


def throughput_articles(n: int, corpus: str | Path | None = None, target_bytes: int = 3000) -> ArticleSet:
    path = Path(corpus) if corpus else default_corpus()
    items = [item for item in load_items(path) if item.body or item.title]
    if not items:
        raise ValueError(f"no articles in {path}")
    keys, values = [], []
    for i in range(n):
        article = build_article(items, i, target_bytes)
        keys.append(article.id.encode())
        values.append(_encode(article))
    how = (
        f"{n:,} articles of ~{target_bytes:,} B: title of corpus item i, bodies of items i, i+1, … "
        f"joined until the size, cut at a sentence end ({len(items):,} items in {path})"
    )
    return ArticleSet(keys, values, str(path), how)


def latency_mix(articles: ArticleSet, n: int) -> tuple[list[Article], list[bool]]:
    """The first `n` throughput articles, and for each whether `enrich()` finds an event in it
    (the ones the latency part expects an alert for)."""
    from streams.core.enrich import enrich

    chosen = [article for article, _ in zip(articles.articles(), range(n))]
    return chosen, [bool(enrich(article).events) for article in chosen]


def alerting_articles(dev_set: str | Path = DEV_SET, check_with_enrich: bool = True) -> list[Article]:
    """Dev-set articles with gold events that the current enrichment does detect events in."""
    items = [item for item in load_items(dev_set, _DevItem) if item.expected.events]
    articles = [
        Article(id=it.id, title=it.title, body=it.body, published=it.published, source=it.source, url=it.url)
        for it in items
    ]
    if check_with_enrich:
        try:
            from streams.core.enrich import enrich
        except ImportError:
            return articles
        detected = [a for a in articles if enrich(a).events]
        return detected or articles
    return articles


def latency_copy(article: Article, k: int) -> tuple[bytes, bytes]:
    """(key, value) of the k-th fresh copy of an alerting article."""
    copy = msgspec.structs.replace(article, id=f"lat-{k:06d}-{article.id}")
    return copy.id.encode(), _encode(copy)
