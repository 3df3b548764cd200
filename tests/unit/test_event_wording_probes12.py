"""Non-acts from session 12's blind probes (tests/data/probes/README.md) and that session's review
mends: requests, conditions, descriptions, states and background that use trigger words."""

from __future__ import annotations

from tests.unit.event_support import types


def test_one_list_of_wishing_verbs_governs_bare_participles_and_the_terror_list():
    # what a wish governs is wanted, not done, in any tense of the verb
    assert types("Tehran Demanded All Sanctions Lifted Before Talks\nThe talks stalled.") == set()
    assert types("News\nHavana expected Cuba removed from the US list of state sponsors of terrorism.") == set()
    assert types("Rouhani Says Iran Wants All Sanctions Lifted Within Months\nHe spoke Sunday.") == set()
    # "sought" takes a noun, and the act after it is still the news
    sanctuary = "Immigrant Who Sought Sanctuary In Church Detained By U.S. Agents At Appointment\nHe was taken away."
    assert types(sanctuary) == {"arrest"}
    assert types("US Lifts Sanctions It Had Wanted Kept On Sudan\nThe order took effect.") == {"sanctions_lifted"}


def test_a_return_home_under_a_condition_on_a_pronoun_is_hypothetical():
    runner = "Ethiopian Olympic Runner Fears He Will Be Jailed Or Killed If He Returns Home\nHe protested in Rio."
    assert types(runner) == set()
    # a return told as news still counts
    assert types("Jailed Ethiopian Runner Returns Home After Release\nHe landed Sunday.") == {"prisoner_release"}


def test_a_plea_to_someone_for_a_release_is_a_request():
    warmbier = (
        "Detained American Student Makes Tearful Plea To North Korea For His Release\n"
        "Otto Warmbier, held since January, spoke to reporters."
    )
    assert types(warmbier) == set()
    assert "prisoner_release" not in types("News\nHis mother made a plea to Tehran for his release on Monday.")


def test_banned_goods_moved_somewhere_describe_the_goods():
    evasion = (
        "Chinese Businesswoman Charged With Helping North Korea Evade Sanctions\n"
        "U.S. prosecutors say Ma Xiaohong's company funneled banned materials to Pyongyang's weapons programs."
    )
    assert types(evasion) == set()
    assert types("News\nThe firm shipped banned goods to Iran.") == set()
    # a state banning goods from a country is the act
    assert types("News\nChina banned imports of coal from North Korea on Saturday.") == {"sanctions_imposed"}
