"""Alert envelope, ids, severity and Kafka headers, on the seed article."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from streams.core.alerts import (
    ALERT_SOURCE,
    CE_TYPES,
    STRUCTURED_CONTENT_TYPE,
    alert_id,
    build_alert,
    ce_headers,
    decode_alert,
    encode_alert,
    message_id,
    rfc3339,
)
from streams.core.dedup import decide, make_candidates
from streams.core.records import EVENT_TYPES, CountryTag, EnrichedArticle, Event, Evidence
from streams.core.severity import certainty, severity

DATA = Path(__file__).resolve().parents[1] / "data"
SEED_FILE = Path(__file__).resolve().parents[2] / "seeds" / "000_5888520af6bb491f.txt"
SEED = msgspec.json.decode((DATA / "alerting_seed_enriched.json").read_bytes(), type=EnrichedArticle)
T0 = 1_765_620_000.0  # 2025-12-13T10:00:00Z


def _event(**changes) -> Event:
    base = Event("arrest", "173", "COERCE", "BY", None, None, Evidence("x", 0, 1), 0.9)
    return msgspec.structs.replace(base, **changes)


def _first_alerts(article: EnrichedArticle = SEED, now: float = T0):
    """{event type: Alert} for the article taken as the first of its stories."""
    result = {}
    for cand in make_candidates(article):
        decision, _ = decide(None, cand, now)
        result[cand.event.type] = build_alert(cand.article, cand.event, decision.story)
    return result


def test_seed_fixture_evidence_is_taken_from_the_seed_text():
    lines = SEED_FILE.read_text(encoding="utf-8").split("\n")
    start = lines.index("News Article:") + 1
    text = lines[start] + "\n" + "\n".join(lines[start + 1 :])
    assert SEED.title == lines[start]
    for event in SEED.events:
        assert text[event.evidence.start : event.evidence.end] == event.evidence.text


def test_alert_id_is_deterministic_and_depends_on_signature_and_first_article():
    assert alert_id("prisoner_release|BY", "a1") == alert_id("prisoner_release|BY", "a1")
    ids = {
        alert_id("prisoner_release|BY", "a1"),
        alert_id("prisoner_release|BY", "a2"),
        alert_id("sanctions_lifted|BY|US", "a1"),
    }
    assert len(ids) == 3
    assert alert_id("ab", "c") != alert_id("a", "bc")  # the parts are separated, not glued


def test_first_article_of_a_story_is_an_alert_whose_id_is_the_alert_id():
    alerts = _first_alerts()
    assert set(alerts) == {"prisoner_release", "sanctions_lifted"}
    release = alerts["prisoner_release"]
    assert release.specversion == "1.0"
    assert release.source == ALERT_SOURCE
    assert release.type == "newsalerts.prisoner.released"
    assert release.id == release.data.alert_id == alert_id("prisoner_release|BY", SEED.id)
    assert release.data.msg_type == "Alert"
    assert release.data.references == []
    assert release.data.corroborations == [SEED.id]
    assert release.time == release.data.first_seen == release.data.last_seen == "2025-12-13T10:00:00.000Z"
    assert release.data.article.id == SEED.id and release.data.article.title == SEED.title
    assert [c.code for c in release.data.countries] == [c.code for c in SEED.countries]


def test_subject_is_where_the_act_takes_effect():
    alerts = _first_alerts()
    assert alerts["prisoner_release"].subject == "BY"  # the releasing country
    assert alerts["sanctions_lifted"].subject == "BY"  # the sanctioned country, not the US
    no_actor = msgspec.structs.replace(SEED, events=[_event(type="arrest", source=None, target=None)])
    assert _first_alerts(no_actor)["arrest"].subject == "BY"  # the top primary country
    nowhere = msgspec.structs.replace(no_actor, countries=[])
    alert = _first_alerts(nowhere)["arrest"]
    assert alert.subject is None
    assert b'"subject"' not in encode_alert(alert)  # absent, not null


def test_corroborating_article_yields_an_update_with_its_own_message_id():
    cand = make_candidates(SEED)[0]
    _, state = decide(None, cand, T0)
    copy = msgspec.structs.replace(SEED, id="copy-1", source="wire")
    cand2 = next(c for c in make_candidates(copy) if c.signature == cand.signature)
    decision, _ = decide(state, cand2, T0 + 60)
    assert decision.kind == "corroborate"
    update = build_alert(cand2.article, cand2.event, decision.story)
    first_id = alert_id(cand.signature, SEED.id)
    assert update.data.msg_type == "Update"
    assert update.data.alert_id == first_id
    assert update.data.references == [first_id]
    assert update.id == message_id(first_id, "copy-1") != first_id
    assert update.data.corroborations == [SEED.id, "copy-1"]
    assert update.data.article.id == "copy-1"
    assert update.data.first_seen == rfc3339(T0) and update.data.last_seen == rfc3339(T0 + 60)
    assert update.time == update.data.last_seen


def test_build_alert_refuses_an_article_outside_the_story():
    cand = make_candidates(SEED)[0]
    decision, _ = decide(None, cand, T0)
    stranger = msgspec.structs.replace(SEED, id="other")
    with pytest.raises(ValueError, match="not part of story"):
        build_alert(stranger, cand.event, decision.story)


def test_encode_decode_round_trip_and_structured_mode_json():
    alert = _first_alerts()["sanctions_lifted"]
    raw = encode_alert(alert)
    assert decode_alert(raw) == alert
    doc = msgspec.json.decode(raw)
    assert doc["datacontenttype"] == "application/json"
    assert doc["data"]["event"]["source"] == "US" and doc["data"]["event"]["target"] == "BY"


def test_ce_headers_mirror_the_attributes():
    alert = _first_alerts()["prisoner_release"]
    headers = ce_headers(alert)
    assert all(isinstance(v, bytes) for _, v in headers)
    as_dict = dict(headers)
    assert len(as_dict) == len(headers)
    assert as_dict == {
        "ce_specversion": b"1.0",
        "ce_id": alert.id.encode(),
        "ce_source": ALERT_SOURCE.encode(),
        "ce_type": b"newsalerts.prisoner.released",
        "ce_time": alert.time.encode(),
        "ce_subject": b"BY",
        "content-type": STRUCTURED_CONTENT_TYPE.encode(),
    }


def test_every_event_type_has_a_dotted_ce_type():
    assert set(CE_TYPES) == set(EVENT_TYPES)
    assert all(t.startswith("newsalerts.") and "_" not in t for t in CE_TYPES.values())
    assert len(set(CE_TYPES.values())) == len(CE_TYPES)


@pytest.mark.parametrize(
    ("kind", "quantity", "confidence", "expected"),
    [
        ("arrest", None, 0.9, "Minor"),
        ("arrest", 150, 0.9, "Moderate"),
        ("arrest", 5000, 0.9, "Severe"),
        ("arrest", None, 0.3, "Minor"),  # never below Minor
        ("prisoner_release", None, 0.9, "Moderate"),
        ("prisoner_release", 123, 0.9, "Severe"),
        ("prisoner_release", 123, 0.4, "Moderate"),
        ("sanctions_lifted", None, 0.85, "Moderate"),
        ("sanctions_imposed", None, 0.9, "Severe"),
        ("sanctions_imposed", 300, 0.9, "Extreme"),
        ("sanctions_imposed", 3000, 0.9, "Extreme"),  # capped
    ],
)
def test_severity_rule(kind, quantity, confidence, expected):
    assert severity(_event(type=kind, quantity=quantity, confidence=confidence)) == expected


@pytest.mark.parametrize(
    ("confidence", "expected"), [(0.95, "Likely"), (0.8, "Likely"), (0.6, "Possible"), (0.2, "Unlikely")]
)
def test_certainty_never_claims_observed(confidence, expected):
    assert certainty(_event(confidence=confidence)) == expected


def test_seed_severities():
    alerts = _first_alerts()
    assert alerts["prisoner_release"].data.severity == "Severe"  # over 100 prisoners
    assert alerts["sanctions_lifted"].data.severity == "Moderate"
    assert alerts["prisoner_release"].data.certainty == "Likely"


def test_rfc3339_is_utc_with_milliseconds():
    assert rfc3339(0) == "1970-01-01T00:00:00.000Z"
    assert rfc3339(T0 + 0.25) == "2025-12-13T10:00:00.250Z"


def test_alert_countries_keep_roles():
    alert = _first_alerts()["prisoner_release"]
    lt = next(c for c in alert.data.countries if c.code == "LT")
    assert lt == CountryTag("LT", "Lithuania", "mentioned", 2)
