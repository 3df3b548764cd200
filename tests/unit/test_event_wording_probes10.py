"""Event detection on wordings that session 10's blind probes and review found.

Each class is tested with its look-alikes. The sentences are hand-written paraphrases,
not corpus text.
"""

from __future__ import annotations

from tests.unit.event_support import types


def test_a_release_past_the_lead_of_a_person_the_headline_names_for_something_else_is_the_cases_start():
    bergdahl = (
        "US Army charges Bowe Bergdahl with desertion\nThe charges were announced on Wednesday.\n"
        "The Taliban freed Bergdahl in exchange for five senior Taliban figures."
    )
    assert types(bergdahl, "2015-03-25") == set()
    assert types(bergdahl.replace("freed Bergdahl in", "freed Bergdahl on Wednesday in"), "2015-03-25") == {
        "prisoner_release"
    }  # dated today: the news
    one_paragraph = "Bowe Bergdahl lands in Germany\nThe Taliban freed Bergdahl in exchange for five prisoners."
    assert types(one_paragraph, "2014-06-01") == {"prisoner_release"}  # the lead tells it
    unnamed = (
        "US Army charges soldier with desertion\nThe charges were announced on Wednesday.\n"
        "The Taliban freed Bergdahl in exchange for five senior Taliban figures."
    )
    assert types(unnamed, "2015-03-25") == {"prisoner_release"}  # the headline names no one freed
