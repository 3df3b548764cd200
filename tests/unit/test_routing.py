"""Subscriptions: the shipped file, matching semantics and loader errors."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from streams.core.alerts import build_alert
from streams.core.dedup import decide, make_candidates
from streams.core.records import CountryTag, EnrichedArticle
from streams.core.routing import (
    Subscription,
    SubscriptionError,
    load_subscriptions,
    parse_subscriptions,
    route,
)

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "deploy" / "subscriptions.yaml"
SEED = msgspec.json.decode((ROOT / "tests" / "data" / "alerting_seed_enriched.json").read_bytes(), type=EnrichedArticle)
T0 = 1_765_620_000.0


def _alerts(article: EnrichedArticle = SEED):
    out = {}
    for cand in make_candidates(article):
        decision, _ = decide(None, cand, T0)
        out[cand.event.type] = build_alert(cand.article, cand.event, decision.story)
    return out


@pytest.fixture(scope="module")
def shipped():
    return load_subscriptions(SHIPPED)


def _by_name(subscriptions, name):
    return next(s for s in subscriptions if s.name == name)


def test_shipped_file_has_the_required_subscriptions(shipped):
    assert [s.name for s in shipped][:4] == ["prisoner-releases", "sanctions", "lithuania", "belarus"]
    assert _by_name(shipped, "prisoner-releases").topic == "alerts.prisoner-releases"
    assert _by_name(shipped, "sanctions").types == {"sanctions_imposed", "sanctions_lifted"}
    assert _by_name(shipped, "lithuania").countries == {"LT"}


def test_seed_alerts_route_by_type_and_actor_country(shipped):
    alerts = _alerts()
    assert route(alerts["prisoner_release"], shipped) == ["alerts.prisoner-releases", "alerts.belarus"]
    assert route(alerts["sanctions_lifted"], shipped) == ["alerts.sanctions", "alerts.belarus"]


def test_lithuania_gets_nothing_from_the_seed_where_it_is_only_mentioned(shipped):
    lithuania = [_by_name(shipped, "lithuania")]
    assert all(route(alert, lithuania) == [] for alert in _alerts().values())


def test_prisoner_release_subscription_gets_exactly_the_release_alert(shipped):
    sub = [_by_name(shipped, "prisoner-releases")]
    hits = [kind for kind, alert in _alerts().items() if route(alert, sub)]
    assert hits == ["prisoner_release"]


def test_without_actors_the_primary_countries_decide():
    event = msgspec.structs.replace(SEED.events[0], source=None, target=None)
    lt_primary = [CountryTag("LT", "Lithuania", "primary", 5), CountryTag("BY", "Belarus", "mentioned", 1)]
    alert = _alerts(msgspec.structs.replace(SEED, events=[event], countries=lt_primary))["prisoner_release"]
    subs = [Subscription("lt", countries=frozenset({"LT"})), Subscription("by", countries=frozenset({"BY"}))]
    assert route(alert, subs) == ["alerts.lt"]


def test_actors_win_over_primary_countries():
    # US is a primary country of the seed, but the release was done by Belarus alone.
    us = [Subscription("us", countries=frozenset({"US"}))]
    alerts = _alerts()
    assert route(alerts["prisoner_release"], us) == []
    assert route(alerts["sanctions_lifted"], us) == ["alerts.us"]


def test_confidence_and_severity_thresholds():
    alerts = _alerts()  # release: Severe, 0.9; sanctions lifted: Moderate, 0.85
    subs = [
        Subscription("severe", min_severity="Severe"),
        Subscription("sure", min_confidence=0.88),
        Subscription("all"),
    ]
    assert route(alerts["prisoner_release"], subs) == ["alerts.severe", "alerts.sure", "alerts.all"]
    assert route(alerts["sanctions_lifted"], subs) == ["alerts.all"]


def _load(tmp_path, text: str):
    path = tmp_path / "subs.yaml"
    path.write_text(text, encoding="utf-8")
    return load_subscriptions(path), path


@pytest.mark.parametrize(
    ("entries", "needle"),
    [
        ("- {name: x, types: [prisoner_relase]}", "unknown event type(s) ['prisoner_relase']"),
        ("- {name: x, types: []}", "types: must be a non-empty list"),
        ("- {name: x, countries: [XX]}", "country code(s) (upper case, e.g. LT): ['XX']"),
        ("- {name: x, countries: [lt]}", "['lt']"),
        ("- {name: x, countries: LT}", "countries: must be a non-empty list"),
        ("- {name: Bad_Name}", "name 'Bad_Name' must match"),
        ("- {name: alerts_x}", "must not mix '.' and '_'"),
        ("- {types: [arrest]}", "name None must match"),
        ("- {name: x, country: [LT]}", "unknown key(s) ['country']"),
        ("- {name: x, min_confidence: 1.5}", "min_confidence: must be a number between 0 and 1"),
        ("- {name: x, min_confidence: true}", "min_confidence"),
        ("- {name: x, min_severity: High}", "min_severity: must be one of"),
        ("- {name: x}\n- {name: x}", "subscriptions[1]: duplicate name 'x'"),
        ("- just-a-string", "must be a mapping"),
    ],
)
def test_loader_errors_name_the_file_the_entry_and_the_problem(tmp_path, entries, needle):
    with pytest.raises(SubscriptionError) as info:
        _load(tmp_path, "subscriptions:\n" + "\n".join("  " + line for line in entries.splitlines()))
    message = str(info.value)
    assert str(tmp_path / "subs.yaml") in message
    assert "subscriptions[" in message
    assert needle in message


def test_error_names_the_entry_by_name_once_known(tmp_path):
    with pytest.raises(SubscriptionError, match=r"subscriptions\[1\] \('beta'\): countries"):
        _load(tmp_path, "subscriptions:\n  - {name: alpha}\n  - {name: beta, countries: [ZZ]}\n")


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("[]", "expected a mapping with a 'subscriptions' list"),
        ("subscriptions: {a: 1}", "expected a mapping with a 'subscriptions' list"),
        ("version: 2\nsubscriptions: []", "unsupported version 2"),
        ("subs: []\nsubscriptions: []", "unknown top-level key(s) ['subs']"),
        ("subscriptions: [\n", "cannot read subscriptions"),
    ],
)
def test_file_level_errors(tmp_path, text, needle):
    with pytest.raises(SubscriptionError, match="subs.yaml") as info:
        _load(tmp_path, text)
    assert needle in str(info.value)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(SubscriptionError, match="cannot read subscriptions"):
        load_subscriptions(tmp_path / "absent.yaml")


def test_parse_accepts_the_documented_keys():
    (sub,) = parse_subscriptions(
        {
            "version": 1,
            "subscriptions": [
                {
                    "name": "by.arrests",
                    "description": "Arrests by Belarus",
                    "types": ["arrest"],
                    "countries": ["BY"],
                    "min_confidence": 0.7,
                    "min_severity": "Moderate",
                }
            ],
        }
    )
    assert sub == Subscription(
        "by.arrests", frozenset({"arrest"}), frozenset({"BY"}), 0.7, "Moderate", "Arrests by Belarus"
    )
    assert sub.topic == "alerts.by.arrests"
