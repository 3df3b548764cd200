"""Country words that name a place, a person or a title, found by a blind 120-item probe.

The probe (session 6) was written from the labelling guide alone, imitating outlets
worldwide; each class it exposed is tested here next to the country reading it must keep.
"""

from __future__ import annotations

from tests.unit.test_countries import found


def test_seas_gulfs_and_towns_that_contain_a_country_word():
    assert found("Pirates boarded a tanker in the Gulf of Guinea.") == set()
    assert found("Manila said a vessel was rammed in the South China Sea.") == {"PH"}
    assert found("Protesters blocked roads around Fort-de-France.") == set()
    assert found("Guinea's junta said on Monday it would hold elections.") == {"GN"}
    assert found("China said the vessel had entered its waters.") == {"CN"}


def test_us_counties_schools_and_hyphenated_localities():
    assert found("Lebanon County prosecutors said the driver was speeding.") == set()
    assert found("He was named head coach at Lebanon High.") == set()
    assert found("The Athens-Clarke County commission voted on Monday.") == set()
    assert found("Lebanon's prime minister met the envoy.") == {"LB"}
    assert found("Athens said the talks would go on.") == {"GR"}


def test_a_middle_initial_makes_a_person_and_a_titled_work_is_no_country():
    assert found("Michael B. Jordan will direct the sequel.") == set()
    assert found("Jordan said the border would stay closed.") == {"JO"}
    assert found("The man stole a gold toilet titled ‘America’ from the palace.") == set()
    assert found("The artist said ‘America’ was a satire.") == {"US"}


def test_listed_air_and_seasonal_games_after_a_capital_are_places():
    assert found("A Jakarta-listed miner raised money in a bond sale.") == set()
    assert found("Delhi air quality slipped to severe on Monday.") == set()
    assert found("Beijing’s Winter Olympics venue will host a festival.") == set()
    assert found("Beijing’s envoy said the talks had failed.") == {"CN"}
