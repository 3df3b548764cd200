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


def test_a_state_freeing_nationals_and_a_sanctioned_object_of_a_headline_verb():
    assert _headline("China Frees Canadians Michael Kovrig And Michael Spavor After Nearly 3 Years") == {
        "prisoner_release"
    }
    assert _headline("Russia Frees Philippines Ship") == set()
    assert _headline("U.S. Charges Sanctioned Russian Oligarch Konstantin Malofeyev") == set()
    assert _headline("U.S. Sanctioned Russian Oligarchs On Friday") == {"sanctions_imposed"}


def test_people_arrested_before_who_now_sue_or_settle_and_arrests_not_made():
    assert _headline("Black Men Arrested At Philadelphia Starbucks Settle With City For $1 Each") == set()
    assert _headline("Man Arrested After Victim Sues") == {"arrest"}
    assert _headline("Man Arrested For Threatening To Sue Neighbor") == {"arrest"}
    assert _headline("DHS Says ICE Won't Make Arrests At COVID-19 Vaccine Sites") == set()
    assert types("Killing\nPolice said investigators had no suspects in custody.") == set()
    assert types("Killing\nPolice said a suspect is in custody.") == {"arrest"}


def test_a_bare_be_after_and_and_a_deadline_for_an_act_are_not_acts():
    assert types("Weinstein\nThe producer is expected to turn himself in and be booked on charges.") == set()
    assert types("Weinstein\nThe producer turned himself in and was booked on charges.") == {"arrest"}
    assert types("Ruling\nThe judge set a July 17 deadline for freeing the minors held with their parents.") == set()
