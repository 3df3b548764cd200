"""JSON Schemas: well-formed, in step with the msgspec records, and strict where documented."""

from __future__ import annotations

import copy
from pathlib import Path

import msgspec
import pytest
from jsonschema import Draft202012Validator

from streams.core import schemas
from streams.core.alerts import ALERT_SCHEMA_ID, Alert, AlertArticle, AlertData, build_alert, encode_alert
from streams.core.deadletter import dead_letter_headers, headers_as_json
from streams.core.dedup import decide, make_candidates
from streams.core.records import Article, CountryTag, EnrichedArticle, Event, Evidence, TopicTag
from streams.core.schemas import SchemaValidationError, load_schema, schema_names, validate

ROOT = Path(__file__).resolve().parents[2]
SEED_BYTES = (ROOT / "tests" / "data" / "alerting_seed_enriched.json").read_bytes()
SEED = msgspec.json.decode(SEED_BYTES, type=EnrichedArticle)
T0 = 1_765_620_000.0
ENRICHED_ID = "https://newsalerts.example/schemas/enriched-article/v1"


def _alert_docs() -> list[dict]:
    """JSON documents of the seed's alerts plus an Update from a copy of the seed."""
    docs = []
    copy_article = msgspec.structs.replace(SEED, id="copy")
    for cand, again in zip(make_candidates(SEED), make_candidates(copy_article), strict=True):
        first, state = decide(None, cand, T0)
        update, _ = decide(state, again, T0 + 60)
        for c, d in ((cand, first), (again, update)):
            docs.append(msgspec.json.decode(encode_alert(build_alert(c.article, c.event, d.story))))
    return docs


def test_the_four_schemas_are_shipped_well_formed_and_versioned():
    assert schema_names() == ["alert", "article", "dead-letter", "enriched-article"]
    for name in schema_names():
        schema = load_schema(name)
        Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["$id"] == f"https://newsalerts.example/schemas/{name}/v1"
        assert schema["x-version"].startswith("1.")
        assert schema["title"] and "additionalProperties" in schema["description"]


def test_alert_dataschema_is_the_alert_schema_id():
    assert ALERT_SCHEMA_ID == load_schema("alert")["$id"]
    assert load_schema("alert")["properties"]["dataschema"]["const"] == ALERT_SCHEMA_ID


def _fields(struct: type[msgspec.Struct]) -> tuple[set[str], set[str]]:
    info = msgspec.inspect.type_info(struct)
    return {f.name for f in info.fields}, {f.name for f in info.fields if f.required}


def _resolve(ref: str) -> dict:
    base, _, pointer = ref.partition("#")
    doc = load_schema("enriched-article") if base == ENRICHED_ID else load_schema("alert")
    for part in pointer.strip("/").split("/"):
        doc = doc[part]
    return doc


@pytest.mark.parametrize(
    ("struct", "where"),
    [
        (Article, ("article", None)),
        (EnrichedArticle, ("enriched-article", None)),
        (CountryTag, ("enriched-article", "CountryTag")),
        (TopicTag, ("enriched-article", "TopicTag")),
        (Evidence, ("enriched-article", "Evidence")),
        (Event, ("enriched-article", "Event")),
        (Alert, ("alert", None)),
        (AlertData, ("alert", "AlertData")),
        (AlertArticle, ("alert", "AlertArticle")),
    ],
)
def test_schema_properties_match_the_struct_fields(struct, where):
    name, definition = where
    schema = load_schema(name)
    if definition:
        schema = schema["$defs"][definition]
    fields, required = _fields(struct)
    assert set(schema["properties"]) == fields
    assert set(schema["required"]) == required


def test_alert_refs_point_at_real_definitions():
    data = load_schema("alert")["$defs"]["AlertData"]["properties"]
    assert _resolve(data["event"]["$ref"]) is load_schema("enriched-article")["$defs"]["Event"]
    assert "properties" in _resolve(data["countries"]["items"]["$ref"])


def test_seed_enriched_round_trips_msgspec_json_schema():
    doc = msgspec.json.decode(msgspec.json.encode(SEED))
    validate("enriched-article", doc)
    assert msgspec.convert(doc, EnrichedArticle) == SEED


def test_article_round_trip_and_extra_fields_are_allowed():
    article = Article(id="a1", title="t", body="b", published="2025-12-13", source=None, url=None)
    doc = msgspec.json.decode(msgspec.json.encode(article))
    validate("article", doc)
    validate("article", {**doc, "lang": "en", "tags": ["x"]})
    assert msgspec.convert({**doc, "lang": "en"}, Article) == article


def test_alerts_and_updates_built_from_the_seed_validate():
    docs = _alert_docs()
    assert [d["data"]["msg_type"] for d in docs] == ["Alert", "Update", "Alert", "Update"]
    for doc in docs:
        validate("alert", doc)
        assert msgspec.convert(doc, Alert).data.alert_id == doc["data"]["alert_id"]


def test_alert_admits_cloudevents_extensions_only():
    doc = _alert_docs()[0]
    validate("alert", {**doc, "traceparent": "00-abc-def-01"})
    with pytest.raises(SchemaValidationError, match="Extra_Attr"):
        validate("alert", {**doc, "Extra_Attr": "x"})
    with pytest.raises(SchemaValidationError):
        validate("alert", {**doc, "partitionkey": {"nested": 1}})


def _broken(doc: dict, path: str, value) -> dict:
    doc = copy.deepcopy(doc)
    *parents, last = path.split(".")
    target = doc
    for key in parents:
        target = target[int(key)] if key.isdigit() else target[key]
    if value is _DELETE:
        del target[last]
    else:
        target[last] = value
    return doc


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "where"),
    [
        ("specversion", "0.3", "$.specversion"),
        ("time", "2025-02-30T10:00:00Z", "$.time"),
        ("time", "13 Dec 2025", "$.time"),
        ("type", "newsalerts.unknown", "$.type"),
        ("subject", "by", "$.subject"),
        ("data.severity", "High", "$.data.severity"),
        ("data.references", ["x"], "$.data.references"),  # an Alert references nothing
        ("data.corroborations", [], "$.data.corroborations"),
        ("data.event.type", "riot", "$.data.event.type"),
        ("data.event.confidence", 1.5, "$.data.event.confidence"),
        ("data.countries.0.role", "main", "$.data.countries[0].role"),
        ("data.event.evidence", _DELETE, "$.data.event"),
        ("data.extra", 1, "$.data"),
    ],
)
def test_bad_alerts_fail_with_the_path(path, value, where):
    doc = _broken(_alert_docs()[0], path, value)
    with pytest.raises(SchemaValidationError) as info:
        validate("alert", doc)
    assert any(e.startswith(where + ":") for e in info.value.errors), info.value.errors
    assert "'alert'" in str(info.value)


def test_an_update_must_reference_its_alert():
    update = _alert_docs()[1]
    with pytest.raises(SchemaValidationError, match="references"):
        validate("alert", _broken(update, "data.references", []))


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("id", 7),
        ("events.0.source", "USA"),
        ("events.0.quantity", -1),
        ("events.0.cameo", "zero"),
        ("topics.0.id", "politics"),
        ("countries.0.extra", True),
        ("title", _DELETE),
    ],
)
def test_bad_enriched_articles_fail(path, value):
    doc = _broken(msgspec.json.decode(SEED_BYTES), path, value)
    with pytest.raises(SchemaValidationError):
        validate("enriched-article", doc)


@pytest.mark.parametrize("doc", [{"title": "t", "body": "b"}, {"id": "a", "title": None, "body": "b"}, []])
def test_bad_articles_fail(doc):
    with pytest.raises(SchemaValidationError):
        validate("article", doc)


def test_dead_letter_headers_validate_and_bad_ones_fail():
    headers = dead_letter_headers("missing_field", KeyError("body"), "news.articles", 2, 10, "w-1", T0)
    doc = headers_as_json(headers)
    validate("dead-letter", doc)
    for bad in (
        {**doc, "newsalerts.errors.partition": "-1"},
        {**doc, "newsalerts.errors.reason": "oops"},
        {**doc, "newsalerts.errors.stacktrace": "..."},
        {k: v for k, v in doc.items() if k != "newsalerts.errors.offset"},
    ):
        with pytest.raises(SchemaValidationError):
            validate("dead-letter", bad)


def test_unknown_schema_name_is_a_clear_error():
    with pytest.raises(KeyError, match="known: \\['alert'"):
        load_schema("alerts")


def test_errors_lists_every_problem_sorted():
    problems = schemas.errors("article", {"id": 1, "title": 2})
    assert problems == sorted(problems) and len(problems) == 3
