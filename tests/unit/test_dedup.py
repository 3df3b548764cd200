"""Story dedup: signatures, text similarity and the new / corroborate / duplicate decision."""

from __future__ import annotations

import random
from pathlib import Path

import msgspec
import pytest

from streams.core import dedup, sketch
from streams.core.alerts import alert_id, build_alert, encode_alert
from streams.core.dedup import Candidate, decide, make_candidate, make_candidates, story_signature
from streams.core.events import CODES
from streams.core.records import CountryTag, EnrichedArticle, Event, Evidence
from streams.core.sketch import content_words, fingerprint, similarity

DATA = Path(__file__).resolve().parents[1] / "data"
SEED = msgspec.json.decode((DATA / "alerting_seed_enriched.json").read_bytes(), type=EnrichedArticle)
T0 = 1_765_620_000.0
HOUR = 3600.0


def _evidence(text: str) -> Evidence:
    return Evidence(text=text, start=0, end=len(text))


def _event(kind: str, source: str | None, target: str | None, quantity: int | None, text: str, confidence: float):
    """An event of `kind` with its CAMEO/PLOVER codes, evidenced by `text`."""
    return Event(kind, *CODES[kind], source, target, quantity, _evidence(text), confidence)


def _article(id: str, title: str, events: list[Event], countries=None) -> EnrichedArticle:
    return EnrichedArticle(
        id=id,
        title=title,
        published="2025-12-13",
        source="test",
        url=None,
        countries=SEED.countries if countries is None else countries,
        topics=SEED.topics,
        events=events,
    )


# The seed told again by another outlet: other title, sentences reordered and paraphrased,
# numbers given differently ("123" rather than "over 100"), same facts.
REWORDED = _article(
    "reworded-1",
    "US lifts potash sanctions on Belarus as Minsk frees Bialiatski and Kolesnikova",
    [
        _event(
            "sanctions_lifted",
            "US",
            "BY",
            None,
            "In return, Washington removed its sanctions on the Belarusian potash sector, "
            "a key source of revenue for Minsk.",
            0.8,
        ),
        _event(
            "prisoner_release",
            "BY",
            None,
            123,
            "Nobel laureate Ales Bialiatski and opposition leader Maria Kolesnikova were among "
            "123 prisoners Belarus freed on Saturday after two days of talks with Washington's envoy.",
            0.9,
        ),
    ],
)

# A different release by the same country a day later: same signature, other facts.
LITHUANIANS = _article(
    "other-release-1",
    "Belarus pardons five Lithuanian citizens held on spying charges",
    [
        _event(
            "prisoner_release",
            "BY",
            None,
            5,
            "Belarus on Sunday released five Lithuanian nationals convicted of espionage, "
            "Lithuania's foreign ministry said, calling it a goodwill gesture ahead of border talks.",
            0.9,
        )
    ],
)


# Another US sanctions relief for Belarus two days later: shares generic words with the
# reworded copy ("US", "Belarusian", "removed") but not the story.
BELAVIA = _article(
    "belavia-1",
    "US lifts sanctions on Belarusian airline Belavia",
    [
        _event(
            "sanctions_lifted",
            "US",
            "BY",
            None,
            "The US Treasury on Tuesday removed Belavia from its sanctions list, "
            "allowing the state carrier to buy aircraft parts.",
            0.85,
        )
    ],
)


def _candidate(article: EnrichedArticle, kind: str) -> Candidate:
    return next(c for c in make_candidates(article) if c.event.type == kind)


def _run(articles_at: list[tuple[EnrichedArticle, float]], kind: str):
    """Feed the `kind` candidates of articles through decide(); return decisions and state."""
    state, decisions = None, []
    for article, now in articles_at:
        decision, state = decide(state, _candidate(article, kind), now)
        decisions.append(decision)
    return decisions, state


def test_signature_is_type_plus_actor_countries():
    by_type = {c.event.type: c.signature for c in make_candidates(SEED)}
    assert by_type == {
        "prisoner_release": "prisoner_release|BY",
        "sanctions_lifted": "sanctions_lifted|BY|US",
    }
    assert {c.event.type: c.signature for c in make_candidates(REWORDED)} == by_type
    assert _candidate(LITHUANIANS, "prisoner_release").signature == "prisoner_release|BY"


def test_signature_falls_back_to_primary_countries_never_mentioned_ones():
    event = msgspec.structs.replace(SEED.events[0], source=None, target=None)
    assert story_signature(event, SEED) == "prisoner_release|BY|US"  # BY, US primary; LT only mentioned
    mentioned_only = [CountryTag("LT", "Lithuania", "mentioned", 3)]
    assert story_signature(event, _article("x", "t", [event], mentioned_only)) == "prisoner_release|-"


def test_one_candidate_per_signature_the_most_confident():
    weak, strong = (
        msgspec.structs.replace(SEED.events[0], confidence=c, evidence=_evidence(t))
        for c, t in ((0.6, "weak"), (0.95, "strong"))
    )
    article = msgspec.structs.replace(SEED, events=[weak, SEED.events[1], strong])
    candidates = make_candidates(article)
    assert [c.event.type for c in candidates] == ["prisoner_release", "sanctions_lifted"]
    assert candidates[0].event is strong


@pytest.mark.parametrize("kind", ["prisoner_release", "sanctions_lifted"])
def test_reworded_copy_of_the_seed_corroborates_the_same_story(kind):
    (first, second), state = _run([(SEED, T0), (REWORDED, T0 + 2 * HOUR)], kind)
    assert first.kind == "new" and second.kind == "corroborate"
    assert second.story.alert_id == first.story.alert_id
    assert second.story.article_ids == [SEED.id, REWORDED.id]
    assert len(state.stories) == 1


def test_a_different_release_under_the_same_signature_is_a_new_story():
    decisions, state = _run([(SEED, T0), (REWORDED, T0 + HOUR), (LITHUANIANS, T0 + 26 * HOUR)], "prisoner_release")
    assert [d.kind for d in decisions] == ["new", "corroborate", "new"]
    assert decisions[2].story.alert_id == alert_id("prisoner_release|BY", LITHUANIANS.id)
    assert decisions[2].story.alert_id != decisions[0].story.alert_id
    assert [s.article_ids for s in state.stories] == [[SEED.id, REWORDED.id], [LITHUANIANS.id]]


def test_a_different_sanctions_relief_sharing_generic_words_is_a_new_story():
    decisions, state = _run([(SEED, T0), (REWORDED, T0 + HOUR), (BELAVIA, T0 + 50 * HOUR)], "sanctions_lifted")
    assert [d.kind for d in decisions] == ["new", "corroborate", "new"]
    assert 0 < decisions[2].score < dedup.SAME_STORY  # some overlap, below the bar
    assert len(state.stories) == 2


def test_text_alone_separates_stories_when_quantities_are_unknown():
    no_quantity = msgspec.structs.replace(
        LITHUANIANS, events=[msgspec.structs.replace(LITHUANIANS.events[0], quantity=None)]
    )
    decisions, _ = _run([(SEED, T0), (no_quantity, T0 + HOUR)], "prisoner_release")
    assert [d.kind for d in decisions] == ["new", "new"]


def test_conflicting_quantities_need_near_verbatim_text():
    syndicated = msgspec.structs.replace(
        SEED, id="wire-copy", events=[msgspec.structs.replace(SEED.events[0], quantity=5)]
    )
    decisions, _ = _run([(SEED, T0), (syndicated, T0 + HOUR)], "prisoner_release")
    assert [d.kind for d in decisions] == ["new", "corroborate"]  # same words: a misread number


def test_redelivery_is_a_duplicate_and_re_emits_byte_identical_messages():
    kind = "prisoner_release"
    first, second = _candidate(SEED, kind), _candidate(REWORDED, kind)
    d1, state = decide(None, first, T0)
    d2, state = decide(state, second, T0 + HOUR)
    emitted = {
        first.article_id: encode_alert(build_alert(first.article, first.event, d1.story)),
        second.article_id: encode_alert(build_alert(second.article, second.event, d2.story)),
    }
    for cand in (first, second):  # re-processed later, after the story grew
        again, after = decide(state, cand, T0 + 5 * HOUR)
        assert again.kind == "duplicate"
        assert after == state
        assert encode_alert(build_alert(cand.article, cand.event, again.story)) == emitted[cand.article_id]


def test_stories_expire_after_the_window_and_the_first_article_keeps_its_id():
    kind = "prisoner_release"
    d1, state = decide(None, _candidate(SEED, kind), T0)
    later = T0 + dedup.DEFAULT_WINDOW_SECONDS + 1
    d2, state2 = decide(state, _candidate(REWORDED, kind), later)
    assert d2.kind == "new" and d2.story.alert_id != d1.story.alert_id
    assert [s.article_ids for s in state2.stories] == [[REWORDED.id]]
    d3, _ = decide(state, _candidate(SEED, kind), later)  # re-delivered after expiry
    assert d3.kind == "new" and d3.story.alert_id == d1.story.alert_id


def test_window_is_a_parameter():
    kind = "prisoner_release"
    _, state = decide(None, _candidate(SEED, kind), T0)
    decision, _ = decide(state, _candidate(REWORDED, kind), T0 + 2 * HOUR, window_seconds=HOUR)
    assert decision.kind == "new"


def test_state_is_bounded_per_key(monkeypatch):
    monkeypatch.setattr(dedup, "MAX_STORIES_PER_KEY", 3)
    state = None
    for i in range(5):
        event = msgspec.structs.replace(SEED.events[0], evidence=_evidence(f"word{i}a word{i}b word{i}c"))
        article = _article(f"a{i}", f"title{i}", [event])
        _, state = decide(state, make_candidate(article, event), T0 + i)
    assert [s.article_ids for s in state.stories] == [["a2"], ["a3"], ["a4"]]


def test_state_and_candidates_survive_serialisation_and_replay_identically():
    sequence = [(SEED, T0), (REWORDED, T0 + HOUR), (LITHUANIANS, T0 + 26 * HOUR)]
    _, state = _run(sequence, "prisoner_release")
    raw = dedup.encode_state(state)
    assert dedup.decode_state(raw) == state
    _, again = _run(sequence, "prisoner_release")
    assert dedup.encode_state(again) == raw  # deterministic: same input, same changelog bytes
    cand = _candidate(SEED, "sanctions_lifted")
    assert dedup.decode_candidate(dedup.encode_candidate(cand)) == cand
    assert decide(dedup.decode_state(raw), cand, T0) == decide(state, cand, T0)


def test_table_value_is_compact():
    _, state = _run([(SEED, T0), (REWORDED, T0 + HOUR), (LITHUANIANS, T0 + 26 * HOUR)], "prisoner_release")
    assert len(dedup.encode_state(state)) < 0.6 * len(msgspec.json.encode(state))


def test_content_words_drop_stop_words_digits_and_event_vocabulary():
    words = content_words("Belarus has released 123 prisoners, freed Kolesnikova and lifted sanctions")
    assert words == {"belaru", "kolesnikova"}


def test_similarity_is_exact_for_short_texts_and_symmetric():
    a = fingerprint("Nobel laureate Ales Bialiatski walked free in Minsk")
    b = fingerprint("Ales Bialiatski, the Nobel laureate, left prison in Minsk on Saturday")
    assert similarity(a, a) == 1.0
    # shared: nobel laureat ale bialiatski minsk; the shorter text has 6 content words
    assert similarity(a, b) == similarity(b, a) == pytest.approx(5 / 6)
    assert similarity(a, fingerprint("Potash exports rose")) == 0.0
    assert similarity(a, fingerprint("")) == 0.0


def test_similarity_needs_three_shared_words():
    assert similarity(fingerprint("Minsk Bialiatski"), fingerprint("Minsk Bialiatski Vilnius Riga")) == 0.0


def test_sketch_estimate_tracks_the_exact_overlap_for_long_texts():
    rng = random.Random(7)
    vocab = [f"w{chr(97 + i)}{chr(97 + j)}x" for i in range(26) for j in range(26)]
    shared = rng.sample(vocab, 150)
    rest = [w for w in vocab if w not in shared]
    a_words, b_words = shared + rest[:150], shared + rest[150:300]  # 300 words each, 150 shared
    a, b = fingerprint(" ".join(a_words)), fingerprint(" ".join(b_words))
    assert len(a.hashes) == sketch.SKETCH_SIZE and a.size == 300
    assert similarity(a, b) == pytest.approx(0.5, abs=0.15)


def test_a_long_story_lists_its_first_and_latest_articles_and_counts_them_all():
    kind = "prisoner_release"
    copies = [msgspec.structs.replace(REWORDED, id=f"copy-{i}") for i in range(50)]
    decisions, state = _run([(SEED, T0)] + [(c, T0 + i + 1) for i, c in enumerate(copies)], kind)
    assert [d.kind for d in decisions] == ["new"] + ["corroborate"] * 50
    (story,) = state.stories
    assert story.article_count == 51
    assert len(story.article_ids) == len(story.seen) == dedup.KEPT_ARTICLE_IDS
    assert story.article_ids == [SEED.id] + [f"copy-{i}" for i in range(50 - dedup.KEPT_ARTICLE_IDS + 1, 50)]
    assert story.first_seen == T0 and story.last_seen == T0 + 50
    # a recent article re-delivered is recognised, with the count it joined at
    again, _ = decide(state, _candidate(copies[45], kind), T0 + 60)
    assert again.kind == "duplicate" and again.story.article_count == 47
    assert again.story.article_ids[-1] == "copy-45"


def test_sketch_estimate_uses_every_hash_both_sketches_know():
    rng = random.Random(3)
    words = [f"z{chr(97 + i // 26)}{chr(97 + i % 26)}q" for i in range(400)]
    for _ in range(20):
        a = fingerprint(" ".join(rng.sample(words, rng.randint(30, 300))))
        b = fingerprint(" ".join(rng.sample(words, rng.randint(70, 300))))
        limit = min(fp.hashes[-1] for fp in (a, b) if fp.size > len(fp.hashes))
        known_a, known_b = ({h for h in fp.hashes if h <= limit} for fp in (a, b))
        jaccard = len(known_a & known_b) / len(known_a | known_b)
        assert sketch.shared_words(a, b) == pytest.approx(jaccard * (a.size + b.size) / (1 + jaccard))


def test_alert_schema_bounds_corroborations_as_stories_keep_them():
    schema = msgspec.json.decode((Path(__file__).resolve().parents[2] / "schemas" / "alert.schema.json").read_bytes())
    assert schema["$defs"]["AlertData"]["properties"]["corroborations"]["maxItems"] == dedup.KEPT_ARTICLE_IDS


def test_a_re_delivered_article_no_longer_listed_is_still_a_duplicate():
    kind = "prisoner_release"
    copies = [msgspec.structs.replace(REWORDED, id=f"copy-{i}") for i in range(40)]
    _, state = _run([(SEED, T0)] + [(c, T0 + i + 1) for i, c in enumerate(copies)], kind)
    assert "copy-3" not in state.stories[0].article_ids  # listed ids moved on
    again, after = decide(state, _candidate(copies[3], kind), T0 + 60)
    assert again.kind == "duplicate" and after == state  # not a second "corroboration"
    assert decide(state, _candidate(msgspec.structs.replace(REWORDED, id="copy-new"), kind), T0 + 61)[0].kind == (
        "corroborate"
    )
