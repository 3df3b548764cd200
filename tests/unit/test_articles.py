"""Articles in: seed files, JSONL lines and raw message values, with fixed error reasons."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from streams.core.articles import (
    REASONS,
    ArticleError,
    InvalidArticle,
    decode_article,
    iso_date,
    iter_jsonl,
    parse_seed_file,
    read_articles,
)

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_5888520af6bb491f.txt"
GOOD = {"id": "a1", "title": "Police arrest 3", "body": "Three men were arrested on Friday."}


def raw(**fields) -> bytes:
    return json.dumps({**GOOD, **fields}).encode()


# --- seed files -----------------------------------------------------------------------------
def test_seed_file_parts():
    article = parse_seed_file(SEED.read_text(encoding="utf-8"), SEED.name)
    assert article.id == "000_5888520af6bb491f"
    assert article.published == "2025-12-17T04:20:00Z"
    assert article.title == "Belarus Frees Nobel Laureate, Opposition Figures as US Lifts Sanctions"
    assert article.body.startswith("MINSK, BELARUS")
    assert "Summary:" not in article.body and "News Article:" not in article.body  # abstract left out


def test_seed_without_article_mark_is_rejected():
    with pytest.raises(InvalidArticle) as err:
        parse_seed_file("Wed Dec 17 04:20:00 UTC 2025: Summary:\nonly a summary\n", "x.txt")
    assert err.value.reason == "missing_field"


def test_seed_with_unreadable_date_keeps_the_article():
    text = "sometime: Summary:\nabstract\nNews Article:\nTitle\nBody text.\n"
    article = parse_seed_file(text, "s.txt")
    assert (article.published, article.title, article.body) == (None, "Title", "Body text.")


@pytest.mark.parametrize(
    "stamp, iso",
    [
        ("Wed Dec 17 04:20:00 UTC 2025", "2025-12-17T04:20:00Z"),
        ("Wed Dec 17 04:20:00 GMT 2025", "2025-12-17T04:20:00Z"),
        ("Wed Dec 17 05:20:00 +0100 2025", "2025-12-17T04:20:00Z"),
        ("2025-12-17", "2025-12-17"),
        ("not a date", None),
    ],
)
def test_iso_date(stamp, iso):
    assert iso_date(stamp) == iso


# --- raw message values ---------------------------------------------------------------------------
def test_decode_good_article_ignores_unknown_fields():
    article = decode_article(raw(extra={"x": 1}, published="2024-01-02"))
    assert (article.id, article.published, article.source) == ("a1", "2024-01-02", None)


def test_decode_tolerates_a_byte_order_mark():
    assert decode_article(b"\xef\xbb\xbf" + raw()).id == "a1"


@pytest.mark.parametrize(
    "value, reason",
    [
        (b'{"id": "a", "title": "t", "body": "caf\xe9"}', "not_utf8"),
        (b'{"id": "a", "title": ', "bad_json"),
        (b"", "bad_json"),
        (b"[1, 2]", "wrong_type"),
        (raw(id=5), "wrong_type"),
        (raw(published=20240101), "wrong_type"),
        (json.dumps({"id": "a", "body": "b"}).encode(), "missing_field"),
        (raw(title=None), "missing_field"),
        (raw(id="  "), "missing_field"),
        (raw(title=""), "missing_field"),
        (raw(body=" \n\t"), "empty_body"),
        (raw(body="x" * 2000), "body_too_large"),
    ],
)
def test_decode_errors_have_a_reason_from_the_fixed_set(value, reason):
    with pytest.raises(InvalidArticle) as err:
        decode_article(value, max_body_bytes=1000)
    assert err.value.reason == reason and reason in REASONS
    assert err.value.detail


def test_body_limit_counts_utf8_bytes_not_characters():
    body = "é" * 600  # 1,200 bytes
    with pytest.raises(InvalidArticle):
        decode_article(raw(body=body), max_body_bytes=1000)
    assert decode_article(raw(body=body), max_body_bytes=1200).body == body


# --- JSONL streams ---------------------------------------------------------------------------
def test_bad_lines_become_errors_with_their_line_number_and_the_stream_goes_on():
    lines = [raw(), b"", b"{oops", raw(id="a2"), json.dumps({"id": "a3"}).encode()]
    out = list(iter_jsonl(lines))
    assert [n for n, _ in out] == [1, 3, 4, 5]
    assert out[0][1].id == "a1" and out[2][1].id == "a2"
    assert isinstance(out[1][1], ArticleError) and out[1][1].reason == "bad_json"
    assert out[3][1] == ArticleError(5, "missing_field", out[3][1].detail)
    assert str(out[1][1]).startswith("line 3: bad_json")


def test_iter_jsonl_accepts_text_lines():
    [(line, article)] = list(iter_jsonl([raw().decode() + "\n"]))
    assert (line, article.id) == (1, "a1")


def test_read_articles_from_jsonl_and_seed_files(tmp_path):
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_bytes(raw() + b"\nnot json\n")
    items = [item for _, item in read_articles(jsonl)]
    assert items[0].id == "a1" and isinstance(items[1], ArticleError)
    seed = tmp_path / "001_x.txt"
    seed.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    [(line, article)] = list(read_articles(seed))
    assert (line, article.id) == (1, "001_x")


def test_read_articles_reports_a_bad_seed_file_instead_of_raising(tmp_path):
    seed = tmp_path / "bad.txt"
    seed.write_bytes(b"\xff\xfe not text")
    [(line, error)] = list(read_articles(seed))
    assert (line, error.reason) == (1, "not_utf8")
