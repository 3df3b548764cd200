"""Country words that name a place, a person or a title, found by session 11's blind probes
(tests/data/probes/README.md), each class next to the country reading it must keep."""

from __future__ import annotations

from tests.unit.test_countries import found


def test_a_capital_a_plane_arrives_from_or_is_bound_for_is_a_place():
    assert found("Paramedics met the plane arriving from London.") == set()
    assert found("He was removed from a Warsaw-bound plane in St Petersburg.") == set()
    assert found("London said the plane would not be allowed to land.") == {"GB"}


def test_dominicans_in_a_story_about_dominica_are_dominicas():
    assert found("A magistrate in Dominica refused bail; the Dominican government has not accepted his account.") == {
        "DM"
    }
    assert found("The Dominican government said the border would reopen.") == {"DO"}


def test_a_capital_after_demanding_that_is_the_governments_subject():
    assert found("Demonstrators are demanding that Beijing allow open elections for the city's leader.") == {"CN"}
    assert found("Officials said that Cairo traffic was the worst in years.") == set()


def test_a_former_nationals_demonym_after_ex_is_the_country():
    assert found("Ex-Russian Spy Critically Ill After Suspected Poisoning") == {"RU"}
    assert found("Ex-Honduran President Taken Into Custody") == {"HN"}


def test_food_and_media_names_that_contain_a_country_word():
    assert found("The Surprising Story Behind German Chocolate Cake's Name") == set()
    assert found("Lebanon Bologna Is The Pennsylvania Deli Meat You Need To Try") == set()
    assert found("U.S. News & World Report's panel of experts praised the diet.") == set()
    assert found("Lebanon's prime minister resigned.") == {"LB"}


def test_a_capital_praised_as_a_destination_is_a_place():
    assert found("Why Lisbon Might Be Europe's Best Budget City Break") == set()
    assert found("Mexico City Is The Hottest Food Destination Of The Year") == set()
    assert found("Beijing is the biggest buyer of Iranian oil.") == {"CN", "IR"}
    assert found("Beirut Explosion Kills Dozens And Injures Thousands") == set()


def test_a_capital_at_one_end_of_a_from_to_range_is_a_place():
    assert found("From Ljubljana to Porto, these spots deliver charm without the crowds.") == set()
    assert found("Protests spread from Kiev to New York.") == set()
