"""Articles in: raw Kafka message values, JSONL lines and seed-format text files.

Every way in ends in the same typed `Article`, and every way to fail ends in a reason
from one small fixed set (`REASONS`), so the worker can dead-letter and count bad
input by reason (a metric label must come from a small set) and the offline tools can
report a bad line with its number instead of stopping the stream.

Decisions:
* UTF-8 is checked explicitly first (`not_utf8`), so a bad byte is not reported as
  malformed JSON; a UTF-8 byte-order mark is tolerated.
* msgspec decodes and validates in one pass; unknown fields are ignored (producers may
  add fields). A missing or null `id`/`title`/`body` is `missing_field`, any other type
  mismatch (a number for a string, an array for the object) is `wrong_type`.
* Empty or whitespace-only `id`/`title` are `missing_field`; such a `body` is
  `empty_body`; a body over `max_body_bytes` UTF-8 bytes is `body_too_large`.
* Seed files: the `<date>: Summary:` paragraph is an editor's abstract of the article,
  not the article, so it is NOT part of the body (events and offsets come from the
  reporting itself, and the abstract would double-count every mention). The date
  ("Wed Dec 17 04:20:00 UTC 2025") becomes ISO-8601 ("2025-12-17T04:20:00Z"); a date
  that cannot be read leaves `published` empty rather than rejecting the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import msgspec

from streams.core.records import Article

REASONS = ("not_utf8", "bad_json", "wrong_type", "missing_field", "empty_body", "body_too_large")
DEFAULT_MAX_BODY_BYTES = 1 << 20
_DECODER = msgspec.json.Decoder(Article)
_MISSING = re.compile(r"missing required field|got `null`")
_SEED_HEAD = re.compile(r"^(?P<date>[^\n]*?):\s*Summary:[ \t]*$", re.MULTILINE)
_ARTICLE_MARK = re.compile(r"^News Article:[ \t]*$", re.MULTILINE)
_DATE_FORMATS = ("%a %b %d %H:%M:%S %Z %Y", "%a %b %d %H:%M:%S %z %Y", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d")


class InvalidArticle(ValueError):
    """Input that is not a usable article; `reason` is one of `REASONS`."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class ArticleError:
    """A line or file that could not be read: where (1-based line), why, and details."""

    line: int
    reason: str
    detail: str = ""

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}" + (f" ({self.detail})" if self.detail else "")


def check_article(article: Article, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> Article:
    """The checks types cannot express: non-empty id/title/body, bounded body size."""
    for name in ("id", "title"):
        if not getattr(article, name).strip():
            raise InvalidArticle("missing_field", f"`{name}` is empty")
    if not article.body.strip():
        raise InvalidArticle("empty_body", "`body` has no text")
    if len(article.body) * 4 > max_body_bytes:  # cheap bound first: 4 bytes per char at most
        size = len(article.body.encode("utf-8"))
        if size > max_body_bytes:
            raise InvalidArticle("body_too_large", f"body is {size} bytes, the limit is {max_body_bytes}")
    return article


def _decode_json(data: bytes | str) -> Article:
    try:
        return _DECODER.decode(data)
    except msgspec.ValidationError as exc:  # a subclass of DecodeError: test it first
        reason = "missing_field" if _MISSING.search(str(exc)) else "wrong_type"
        raise InvalidArticle(reason, str(exc)) from None
    except msgspec.DecodeError as exc:
        raise InvalidArticle("bad_json", str(exc)) from None


def decode_article(raw: bytes, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> Article:
    """One message value -> Article, or InvalidArticle with a reason a metric can count."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidArticle("not_utf8", f"byte {exc.start} is not UTF-8") from None
    return check_article(_decode_json(text.removeprefix("\ufeff")), max_body_bytes)


def iso_date(stamp: str) -> str | None:
    """A `date`-style stamp ("Wed Dec 17 04:20:00 UTC 2025") as ISO-8601 UTC, else None."""
    stamp = stamp.strip().replace(" GMT ", " UTC ")
    for fmt in _DATE_FORMATS:
        try:
            moment = datetime.strptime(stamp, fmt)
        except ValueError:
            continue
        if fmt == "%Y-%m-%d":
            return moment.strftime("%Y-%m-%d")
        moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return None


def parse_seed_file(text: str, name: str) -> Article:
    """A seed-format file: `<date>: Summary:` + summary, `News Article:`, title line, body.

    `name` is the file name or stem; the id is the stem ("000_5888520af6bb491f").
    """
    mark = _ARTICLE_MARK.search(text)
    if mark is None:
        raise InvalidArticle("missing_field", "no `News Article:` line")
    head = _SEED_HEAD.search(text, 0, mark.start())
    title, _, body = text[mark.end() :].lstrip("\r\n").partition("\n")
    article = Article(
        id=Path(name).stem,
        title=title.strip(),
        body=body.strip(),
        published=iso_date(head.group("date")) if head else None,
    )
    return check_article(article)


def iter_jsonl(
    lines: Iterable[bytes | str], max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
) -> Iterator[tuple[int, Article | ArticleError]]:
    """(line number, Article or ArticleError) for each non-blank line; never raises on data."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = line if isinstance(line, bytes) else line.encode("utf-8", "surrogatepass")
            yield number, decode_article(raw.rstrip(b"\r\n"), max_body_bytes)
        except InvalidArticle as exc:
            yield number, ArticleError(number, exc.reason, exc.detail)


def read_articles(path: str | Path) -> Iterator[tuple[int, Article | ArticleError]]:
    """Articles of a `.txt` seed file (one, line 1) or of a JSONL file (one per line).

    An unreadable file raises OSError (the caller reports it); bad content never raises.
    """
    path = Path(path)
    if path.suffix == ".txt":
        try:
            yield 1, parse_seed_file(path.read_bytes().decode("utf-8"), path.name)
        except UnicodeDecodeError as exc:
            yield 1, ArticleError(1, "not_utf8", f"byte {exc.start} is not UTF-8")
        except InvalidArticle as exc:
            yield 1, ArticleError(1, exc.reason, exc.detail)
        return
    with path.open("rb") as lines:
        yield from iter_jsonl(lines)
