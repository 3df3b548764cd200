"""Articles in: seed-format text files, JSONL lines and raw Kafka message values.

Every way in ends in the same typed `Article`, and every way to fail ends in a reason
from one small fixed set, so the worker can dead-letter and count bad input and the
replay producer can report it with its place, instead of either of them stopping.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import msgspec

from streams.core.records import Article

_DECODER = msgspec.json.Decoder(Article)
_SEED_HEAD = re.compile(r"^(?P<date>.+?):\s*Summary:\s*$", re.MULTILINE)
_ARTICLE_MARK = re.compile(r"^News Article:\s*$", re.MULTILINE)


class InvalidArticle(ValueError):
    """Input that is not a usable article; `reason` is one of the dead-letter reasons."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class ArticleError:
    """A line or file that could not be read, with its place (1-based line number)."""

    line: int
    reason: str


def decode_article(raw: bytes, max_body_bytes: int = 1 << 20) -> Article:
    """One message value -> Article, or InvalidArticle with a reason a metric can count."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidArticle("not_utf8", f"byte {exc.start} is not UTF-8") from None
    try:
        article = _DECODER.decode(raw)
    except msgspec.ValidationError as exc:
        reason = "missing_field" if "missing required field" in str(exc) else "wrong_type"
        raise InvalidArticle(reason, str(exc)) from None
    except msgspec.DecodeError as exc:
        raise InvalidArticle("bad_json", str(exc)) from None
    return check_article(article, max_body_bytes)


def check_article(article: Article, max_body_bytes: int = 1 << 20) -> Article:
    """The checks types cannot express: non-empty id/title/body, bounded body size."""
    for name in ("id", "title"):
        if not getattr(article, name).strip():
            raise InvalidArticle("missing_field", f"`{name}` is empty")
    if not article.body.strip():
        raise InvalidArticle("empty_body", "`body` has no text")
    size = len(article.body.encode("utf-8"))
    if size > max_body_bytes:
        raise InvalidArticle("body_too_large", f"body is {size} bytes, the limit is {max_body_bytes}")
    return article


def _iso_date(text: str) -> str | None:
    """The seed's `date`-style stamp ("Wed Dec 17 04:20:00 UTC 2025") as ISO-8601 UTC."""
    try:
        return datetime.strptime(text.strip(), "%a %b %d %H:%M:%S UTC %Y").strftime("%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return None


def parse_seed_file(text: str, name: str) -> Article:
    """A seed-format file: `<date>: Summary:` + summary, `News Article:`, title line, body.

    The id is the file's stem; the summary is an editor's abstract, not the article, so it
    is not part of the body (events are read from the reporting itself).
    """
    head, mark = _SEED_HEAD.search(text), _ARTICLE_MARK.search(text)
    if mark is None:
        raise InvalidArticle("missing_field", "no `News Article:` line")
    title, _, body = text[mark.end():].lstrip("\n").partition("\n")
    article = Article(
        id=name,
        title=title.strip(),
        body=body.strip(),
        published=_iso_date(head.group("date")) if head else None,
    )
    return check_article(article)


def iter_jsonl(lines: Iterable[bytes]) -> Iterator[tuple[int, Article | ArticleError]]:
    """(line number, Article or ArticleError) for each non-blank line."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield number, decode_article(line.rstrip(b"\r\n"))
        except InvalidArticle as exc:
            yield number, ArticleError(number, str(exc))


def read_articles(path: str | Path) -> Iterator[tuple[int, Article | ArticleError]]:
    """Articles of a `.txt` seed file (one) or a JSONL file (one per line)."""
    path = Path(path)
    if path.suffix == ".txt":
        try:
            yield 1, parse_seed_file(path.read_text(encoding="utf-8"), path.stem)
        except (InvalidArticle, UnicodeDecodeError) as exc:
            yield 1, ArticleError(1, str(exc))
        return
    with path.open("rb") as lines:
        yield from iter_jsonl(lines)
