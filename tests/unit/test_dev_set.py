"""Format checks for the hand-labelled development set ``tests/data/dev.jsonl``.

The labels themselves were made by hand (see ``tests/data/README.md``); these tests
only make sure the file stays well-formed and that the counts documented in the
README match the data. They read two small files and run well under a second.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections import Counter
from pathlib import Path

import pycountry
import pytest

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
DEV_PATH = DATA_DIR / "dev.jsonl"
README_PATH = DATA_DIR / "README.md"
# CI and sessions lay shared/ beside the repository checkout.
CORPUS_PATH = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "articles.jsonl"

EVENT_TYPES = {"sanctions_imposed", "sanctions_lifted", "prisoner_release", "arrest"}
KINDS = {"positive", "hard_negative", "plain_negative"}
TOP_KEYS_REQUIRED = {"id", "title", "body", "published", "source", "url", "expected", "kind"}
TOP_KEYS_OPTIONAL = {"note"}
EVENT_KEYS = {"type", "source", "target"}
ID_PATTERNS = {
    "HuffPost": re.compile(r"^huffpost-v3-\d{5}$"),
    "Wikinews": re.compile(r"^wikinews-20\d\d-\d{4}$"),
    "seed": re.compile(r"^seed-[\w.-]+$"),
}
EXAMPLE_ID = re.compile(r"^example-[\w.-]+$")
# ISO 3166-1 alpha-2, plus Kosovo's user-assigned "XK" (EU, IMF, CLDR), as the tagger codes it
ALPHA2 = {c.alpha_2 for c in pycountry.countries} | {"XK"}


def _load() -> list[dict]:
    items = []
    with DEV_PATH.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            assert line.endswith("\n"), f"line {lineno}: every line must end with a newline"
            assert line.strip(), f"line {lineno}: blank line"
            obj = json.loads(line)
            assert isinstance(obj, dict), f"line {lineno}: not a JSON object"
            items.append(obj)
    return items


ITEMS = _load()


def _readme_counts() -> dict[str, int]:
    """Parse the machine-checked count table in the README (rows like ``| `arrest` | 80 |``)."""
    text = README_PATH.read_text(encoding="utf-8")
    block = text.split("<!-- counts:begin -->", 1)[1].split("<!-- counts:end -->", 1)[0]
    counts = {}
    for m in re.finditer(r"^\|\s*`([a-z_]+)`\s*\|\s*(\d+)\s*\|", block, re.M):
        counts[m.group(1)] = int(m.group(2))
    return counts


def test_enough_items():
    assert len(ITEMS) >= 200


def test_ids_unique():
    ids = [it["id"] for it in ITEMS]
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    assert not dupes, dupes


def test_item_schema():
    """Every item is well-formed; all failures are reported together (one test keeps the run fast)."""
    failures = []
    for item in ITEMS:
        try:
            _check_item(item)
        except AssertionError as exc:
            failures.append(f"{item.get('id', '?')}: {exc}")
    assert not failures, "\n".join(failures)


def _check_item(item):
    keys = set(item)
    assert TOP_KEYS_REQUIRED <= keys, TOP_KEYS_REQUIRED - keys
    assert keys <= TOP_KEYS_REQUIRED | TOP_KEYS_OPTIONAL, keys - TOP_KEYS_REQUIRED - TOP_KEYS_OPTIONAL

    for k in ("id", "title", "body", "source", "url"):
        assert isinstance(item[k], str), k
    assert item["title"].strip() and item["body"].strip()

    pattern = ID_PATTERNS.get(item["source"])
    if EXAMPLE_ID.match(item["id"]):
        pass  # public event-coding examples: any source label, noted in README
    else:
        assert pattern is not None, f"unknown source {item['source']!r}"
        assert pattern.match(item["id"]), (item["source"], item["id"])

    pub = item["published"]
    if pub is not None:
        assert isinstance(pub, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub), pub
        _dt.date.fromisoformat(pub)

    assert item["kind"] in KINDS
    if "note" in item:
        assert isinstance(item["note"], str) and item["note"].strip()

    exp = item["expected"]
    assert isinstance(exp, dict) and set(exp) == {"countries", "events"}
    countries = exp["countries"]
    assert isinstance(countries, list)
    for c in countries:
        assert isinstance(c, str) and c in ALPHA2, f"not an ISO 3166-1 alpha-2 code: {c!r}"
    assert len(set(countries)) == len(countries), "duplicate country"
    assert countries == sorted(countries), "countries must be sorted"

    events = exp["events"]
    assert isinstance(events, list)
    seen_types = set()
    for ev in events:
        assert isinstance(ev, dict) and set(ev) == EVENT_KEYS, ev
        assert ev["type"] in EVENT_TYPES, ev["type"]
        assert ev["type"] not in seen_types, "one entry per event type per article"
        seen_types.add(ev["type"])
        for role in ("source", "target"):
            code = ev[role]
            if code is not None:
                assert code in ALPHA2, code
                # actors are only coded when the text names their country
                assert code in countries, (role, code, countries)

    if item["kind"] == "positive":
        assert events, "a positive must have at least one event"
    else:
        assert not events, "negatives carry no events"
    if item["kind"] == "hard_negative":
        assert "note" in item, "every hard negative explains why in `note`"


def test_counts_match_readme():
    documented = _readme_counts()
    actual = Counter()
    actual["items"] = len(ITEMS)
    for it in ITEMS:
        actual[it["kind"]] += 1
        for ev in it["expected"]["events"]:
            actual[ev["type"]] += 1
    expected_keys = {"items", *KINDS, *EVENT_TYPES}
    assert set(documented) == expected_keys, set(documented) ^ expected_keys
    assert {k: actual[k] for k in expected_keys} == documented


def test_composition_minimums():
    kinds = Counter(it["kind"] for it in ITEMS)
    assert kinds["hard_negative"] >= 80
    assert kinds["plain_negative"] >= 40


def test_corpus_text_unchanged():
    """Corpus items must carry the corpus text verbatim (shared/ lies beside the repo)."""
    if not CORPUS_PATH.exists():
        pytest.skip(f"corpus not found at {CORPUS_PATH}")
    wanted = {it["id"]: it for it in ITEMS if it["source"] in ("HuffPost", "Wikinews")}
    found = 0
    with CORPUS_PATH.open(encoding="utf-8") as fh:
        for line in fh:
            # cheap pre-filter before parsing
            iid = line[8 : line.index('"', 8)] if line.startswith('{"id": "') else None
            if iid not in wanted:
                continue
            src = json.loads(line)
            mine = wanted[iid]
            for k in ("title", "body", "published", "source", "url"):
                assert mine[k] == src[k], (iid, k)
            found += 1
    assert found == len(wanted), "some corpus ids were not found in the corpus"
