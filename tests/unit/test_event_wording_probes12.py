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
