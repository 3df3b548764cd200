"""Event detection: acts vs mentions, actors, counts, evidence, and the text helpers.

Sentences are short, hand-written paraphrases of the wording real news uses (and of the
hard negatives the issue lists); the seed is the one full real article. The country
matcher is the real one, since actors come from its mentions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.core.articles import parse_seed_file
from streams.core.events import CODES, find_triggers
from streams.core.text import first_sentence_end, sentence_bounds, sentence_spans
from tests.unit.event_support import events, one, types

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_5888520af6bb491f.txt"


# --- the seed ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed_events():
    article = parse_seed_file(SEED.read_text(encoding="utf-8"), SEED.name)
    text = f"{article.title}\n{article.body}"
    return text, {e.type: e for e in events(text, article.published)}


def test_seed_yields_exactly_the_release_and_the_lifting(seed_events):
    _, found = seed_events
    assert set(found) == {"prisoner_release", "sanctions_lifted"}


def test_seed_actors_and_count(seed_events):
    _, found = seed_events
    release, lifted = found["prisoner_release"], found["sanctions_lifted"]
    assert (release.source, release.quantity) == ("BY", 123)  # the exact count beats "over 100"
    assert release.target is None  # freed prisoners of several nationalities
    assert (lifted.source, lifted.target) == ("US", "BY")
    assert (release.cameo, release.plover, lifted.cameo, lifted.plover) == ("0841", "RETREAT", "085", "RETREAT")


def test_seed_evidence_points_into_the_text(seed_events):
    text, found = seed_events
    for event in found.values():
        assert text[event.evidence.start : event.evidence.end] == event.evidence.text
        assert 0 < event.confidence <= 1


# --- acts that must be found -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, kind",
    [
        (
            "Trump Imposes New Sanctions Targeting Iranian Supreme Leader\nThe measures target his office.",
            "sanctions_imposed",
        ),
        (
            "U.S. And Allies Sanction Senior Chinese Officials Over Uighur Abuses\nChina denounced them.",
            "sanctions_imposed",
        ),
        ("EU slaps fresh sanctions on Russian banks\nThe bloc acted on Monday.", "sanctions_imposed"),
        ("Sanctions on Iran were lifted on Monday\nOil exports resumed.", "sanctions_lifted"),
        ("Washington eases sanctions on Venezuela\nThe Treasury issued a licence.", "sanctions_lifted"),
        ("North Korea Releases 3 American Political Prisoners\nThey flew home.", "prisoner_release"),
        ("Journalist Freed From Myanmar Jail\nHe had been held for months.", "prisoner_release"),
        ("Haitian Gang Releases 3 More Hostages\nTwelve remain abducted.", "prisoner_release"),
        ("Dissident walks free\nThe activist walked free after years of imprisonment.", "prisoner_release"),
        ("Man Released From Prison After 43 Years\nHis conviction was overturned.", "prisoner_release"),
        ("Russian Police Detain Nearly 1,400 Protesters In Moscow\nThe rally was unauthorised.", "arrest"),
        ("Suspect taken into custody\nA suspect has been taken into custody after the shooting.", "arrest"),
        ("Arrest Made In Mall Shooting\nPolice gave no name.", "arrest"),
        ("Capitol Riot Suspect Nabbed\nThe FBI filed a complaint.", "arrest"),
        ("Brother Jailed On Probation Violation Charge\nHe was near a school.", "arrest"),
        ("Ex-Prosecutor Booked At Jail\nShe turned herself in.", "arrest"),
    ],
)
def test_reported_acts_are_found(text, kind):
    assert kind in types(text)


# --- mentions that are not acts -------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # negation
        "Belarus did not release the prisoners\nTalks stalled.",
        "No arrests have been made\nThe investigation continues.",
        "The US won't lift sanctions on Iran\nOfficials said so.",
        # threats, plans, future, hypotheticals
        "Trump threatened to impose sanctions on Turkey\nAnkara shrugged.",
        "Trump To Violate Iran Nuclear Deal, Vows To Reimpose Sanctions\nEurope objects.",
        "The EU will lift sanctions next year\nDiplomats agreed.",
        "Biden Threatens Sanctions On Myanmar After Coup\nThe army seized power.",
        "Officials are considering new sanctions on Russia\nNo decision yet.",
        "Police could arrest the organisers\nThe rally is banned.",
        # requests
        "Protesters called for the release of political prisoners\nThey marched.",
        "Manning Asks Judge To Be Released From Jail\nHer lawyers filed.",
        "Prosecutors asked a judge to detain the man\nHe is a flight risk.",
        # background and states
        "Iran has faced sanctions since 2012\nIts economy shrank.",
        "Sanctions on Iran remain in place\nTalks resume.",
        "The man, who was jailed in 2019, spoke at the rally\nHe was cheered.",
        "Mandela was arrested in 1962\nHe later became president.",
        "He spoke at the rally after being arrested last year\nThe crowd cheered.",
        "The US has no plans to lift sanctions on Cuba\nThe embargo stays.",
        "Belarus refused to release the opposition leader\nHer lawyers appealed.",
        "Calls to free the jailed reporter grew louder\nHis paper campaigned.",
        # goals and talks
        "Talks aimed at securing the lifting of sanctions\nNothing was agreed.",
        "Sanctions relief talks resumed in Vienna\nDiplomats met.",
        # nouns and other senses
        "Court issues arrest warrant for former minister\nHe is abroad.",
        "Candidate dies of cardiac arrest\nHe was 62.",
        "Police released a statement on the shooting\nIt named no suspect.",
        "The studio released the album on Friday\nFans queued.",
        "Arrested Development returns for a new season\nFans rejoice.",
        "The film's release was delayed\nCinemas are closed.",
        "Suspect Released On Bail\nThe man was released on bail after his hearing.",
        "Officials froze the release of the report\nCritics objected.",
        "It was not an officially sanctioned race\nThe record stands.",
        "Ex-president freed from hospital\nDoctors were pleased.",
        "Troops Free 149 Hostages In Raid\nThe rescue took hours.",
        "Crackdown\nThe government has not released the names of those detained.",
    ],
)
def test_mentions_that_are_not_acts_give_no_event(text):
    assert types(text) == set()


def test_background_is_judged_against_the_publication_date():
    text = "Opposition figure arrested in March\nHe was detained in March, police said."
    assert types(text, published="2024-03-20") == {"arrest"}
    assert types(text, published="2024-09-20") == set()


def test_an_act_dated_days_back_needs_the_title_to_report_it():
    body_only = "Witnesses testify in plot trial\nPolice arrested 13 people last week who planned the attack."
    assert types(body_only) == set()
    titled = "13 Arrested Over Attack Plot\nPolice arrested 13 people last week who planned the attack."
    assert types(titled) == {"arrest"}


# --- actors ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, kind, source, target",
    [
        ("The US lifted sanctions on Belarus\nPotash exports resume.", "sanctions_lifted", "US", "BY"),
        ("Belarus released 123 prisoners\nThey crossed into Lithuania.", "prisoner_release", "BY", None),
        ("Russian police arrested dozens of protesters\nThe rally was banned.", "arrest", "RU", "RU"),
        ("Pastor arrested in China\nHis church was raided.", "arrest", "CN", None),
        ("American Citizen Freed From Egypt Jail\nShe had been held for two years.", "prisoner_release", "EG", "US"),
        ("Belarusian KGB arrested 33 Russian individuals\nThey were called mercenaries.", "arrest", "BY", "RU"),
        ("Saudi Arabia Detains 2 U.S. Citizens\nThe arrests targeted critics.", "arrest", "SA", "US"),
        ("Spies\nPolish police arrested two Russians, saying they spied for Moscow.", "arrest", "PL", "RU"),
    ],
)
def test_source_and_target(text, kind, source, target):
    event = one(text, kind)
    assert (event.source, event.target) == (source, target)


def test_a_participle_after_the_object_starts_another_clause():
    """Its countries are not the people acted upon."""
    event = one("Plot\nThe FBI arrested a Texas man, saying he threatened supporters of Israel.", "arrest")
    assert event.target is None


def test_a_capital_named_as_a_venue_is_not_an_actor():
    event = one("Demonstrators Arrested During May Day Rallies In Paris\nPolice used tear gas.", "arrest")
    assert event.source is None


def test_kidnappers_are_not_the_state_where_hostages_are_freed():
    event = one("2 Of 17 Missionary Abductees Freed In Haiti\nThe group is safe.", "prisoner_release")
    assert event.source is None and event.quantity == 2


# --- counts --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, kind, quantity",
    [
        ("Belarus freed 123 prisoners\nThey left.", "prisoner_release", 123),
        ("Belarus freed over 100 other prisoners\nThey left.", "prisoner_release", 100),
        ("Police arrested three people at the protest\nThey were charged.", "arrest", 3),
        ("At Least 13 Arrested In Morocco Over Murders\nThe victims were tourists.", "arrest", 13),
        ("Police Detain Nearly 1,400 Protesters\nThe rally was banned.", "arrest", 1400),
        ("Dozens arrested at the protest\nThe square was cleared.", "arrest", None),
        ("Man, 21, Arrested After Shooting\nThree died.", "arrest", None),  # an age, not a count
    ],
)
def test_quantity(text, kind, quantity):
    assert one(text, kind).quantity == quantity


# --- shape of the output ---------------------------------------------------------------------
def test_one_event_per_type_with_the_strongest_evidence():
    text = (
        "Police arrest 5 protesters\nPolice arrested five protesters on Monday. "
        "Two more people were detained later. Officers said the arrests were lawful."
    )
    found = events(text)
    assert [e.type for e in found] == ["arrest"]
    assert found[0].evidence.start == 0  # the title reading is the strongest


def test_confidence_reflects_the_cues():
    strong = one("Russian Police Arrest 1,000 Protesters In Moscow\nThe rally was banned.", "arrest")
    hedged = one("Notes\nA man was reportedly detained, according to unconfirmed posts.", "arrest")
    assert 0 < hedged.confidence < strong.confidence <= 1


def test_codes_follow_the_documented_choices():
    assert CODES == {
        "sanctions_imposed": ("163", "SANCTION"),
        "sanctions_lifted": ("085", "RETREAT"),
        "prisoner_release": ("0841", "RETREAT"),
        "arrest": ("173", "COERCE"),
    }


def test_text_without_triggers_is_cheap_and_empty():
    text = "Markets rallied on Tuesday\nInvestors cheered strong earnings from technology firms."
    assert find_triggers(text) == []
    assert events(text) == []


def test_find_triggers_reports_whole_words_in_text_order():
    text = "Unsanctioned churches\nPolice arrested a pastor; sanctions followed and he was freed."
    words = [text[s:e] for s, e, _ in find_triggers(text)]
    assert words == ["arrested", "sanctions", "freed"]  # "Unsanctioned" is not "sanctioned"


# --- text helpers --------------------------------------------------------------------------
def test_sentence_spans_keep_offsets_and_skip_abbreviations():
    text = 'Title here\nMr. Smith met Gov. Brown in Washington, D.C. on Jan. 5. He said "Yes." Then U.S. sanctions hit.'
    spans = [text[s:e] for s, e in sentence_spans(text)]
    assert spans == [
        "Title here",
        "Mr. Smith met Gov. Brown in Washington, D.C. on Jan. 5.",
        'He said "Yes."',
        "Then U.S. sanctions hit.",
    ]


def test_sentence_bounds_agrees_with_the_full_split():
    text = SEED.read_text(encoding="utf-8")
    for start, end in sentence_spans(text):
        for pos in (start, (start + end) // 2, end - 1):
            assert sentence_bounds(text, pos) == (start, end)


def test_first_sentence_end_marks_the_lead():
    text = "Title\nFirst sentence here. Second one."
    assert text[: first_sentence_end(text, 6)] == "Title\nFirst sentence here."
