"""Wordings from session 11's blind probes (tests/data/probes/README.md) and its review mends."""

from __future__ import annotations

from tests.unit.event_support import assert_actors, one, types


def test_a_captive_freed_by_a_militant_group_is_freed_by_no_state():
    # "captive", "captivity", "kidnapping" and the captors' names all tell a hostage story,
    # near the release and anywhere in the text alike
    curtis = (
        "American Writer Peter Theo Curtis Freed By Al Qaeda-Linked Group In Syria\n"
        "Curtis, held for nearly two years, was handed over to U.N. peacekeepers on Sunday."
    )
    assert_actors(curtis, "prisoner_release", None, "US")
    bergdahl = (
        "Sgt. Bowe Bergdahl Freed After Nearly Five Years In Taliban Captivity\n"
        "The only U.S. soldier held captive in the Afghanistan war was handed over on Saturday."
    )
    assert one(bergdahl, "prisoner_release").source is None
    # a state's own prisoner, in a one-country story, is still that state's release
    hathloul = "Saudi Activist Loujain Al-Hathloul Freed After Nearly 3 Years In Prison\nShe was held for her activism."
    assert_actors(hathloul, "prisoner_release", "SA", "SA")


def test_a_condition_on_the_people_to_be_freed_reaches_over_a_long_subject():
    long_subject = (
        "Opposition keeps up its march\nThe opposition said it would keep marching until every one of the "
        "activists jailed in the crackdown is freed."
    )
    assert types(long_subject) == set()
    backshifted = (
        "Husband begins hunger strike\nHe said he would not eat until his wife who is held in Evin prison was freed."
    )
    assert types(backshifted) == set()
    # a release told plainly is still one
    assert types("Opposition activists freed\nEvery one of the activists jailed in the crackdown was freed.") == {
        "prisoner_release"
    }
