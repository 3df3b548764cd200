"""Event detection on wordings that session 8's blind probes found.

The probes were natural draws of HuffPost (2012-2022) and Wikinews (2009-2011), and sets
written to stress actors, precision and recall. Each class they exposed is tested here
with its look-alikes. The sentences are hand-written paraphrases, not corpus text.
"""

from __future__ import annotations

from tests.unit.event_support import types


def _headline(title: str, body: str = "Officials spoke.") -> set[str]:
    return types(f"{title}\n{body}")


def test_freeing_a_count_of_captives_and_a_second_headline_verb_after_a_threat():
    assert _headline("Immigration Officials Free Hundreds Of Detainees Ahead Of Budget Cuts") == {"prisoner_release"}
    assert _headline("Rebels Free Some Of The Hostages") == {"prisoner_release"}
    assert _headline("Nurse Nina Pham Is Free Of Ebola, Leaves Hospital") == set()
    assert _headline("Obama Declares Venezuela A Security Threat, Sanctions 7 Officials") == {"sanctions_imposed"}
    assert _headline("Obama Threatens To Sanction 7 Officials") == set()
