"""Country words that name a place, a person, a food or a brand, found by session 12's blind
probes (tests/data/probes/README.md), each class next to the country reading it must keep."""

from __future__ import annotations

from tests.unit.test_countries import found


def test_a_capital_weighing_a_measure_is_the_government():
    assert found("Washington Weighs New Sanctions On Moscow Over Election Meddling") == {"US", "RU"}
    assert found("Denzel Washington Weighs In On Oscars") == set()


def test_foods_and_sweets_named_after_countries_name_none():
    assert found("German Chocolate Cake Is Named After A Guy, Not A Country") == set()
    assert found("Swedish Fish Is Releasing A Limited-Edition Tropical Mix") == set()
    assert found("Hatch Chile Season Is Here, And New Mexico Is Ready") == set()
    assert found("Chile Weighs New Copper Tax") == {"CL"}


def test_a_capital_at_either_end_of_a_range_of_places_is_a_place():
    assert found("Staffers from Dublin to Mountain View left their desks.") == set()
    assert found("The coats are a status symbol from Manhattan to London.") == set()
    # but what passes between governments keeps them
    assert found("A letter from Kyiv to Moscow demanded talks.") == {"UA", "RU"}
    assert found("The decision to switch alliances from Taiwan to Beijing angered Washington.") == {"TW", "CN", "US"}


def test_a_capital_after_a_leader_and_a_given_name_is_a_surname():
    malta = "Labour wins Maltese election\nLabour leader Joseph Muscat, 39, was sworn in as prime minister."
    assert found(malta) == {"MT"}
    assert found("Oman talks\nMuscat said it would mediate between the two sides.") == {"OM"}


def test_a_capitals_landmark_is_a_place():
    assert found("Notre Dame Cathedral's Spire Collapses As Massive Fire Engulfs Paris Landmark") == set()
    assert found("Notre Dame Fire Ravages Iconic Paris Cathedral") == set()


def test_a_demonym_after_a_first_name_is_a_surname():
    welsh = "Nobel for Dylan\nNovelist Irvine Welsh called it a nostalgia award, while Salman Rushdie praised it."
    assert found(welsh) == set()
    assert found("Ryan Reynolds And Rob McElhenney Officially Own A Welsh Soccer Team") == {"GB"}
    assert found("The Welsh Government announced a lockdown.") == {"GB"}


def test_an_unquoted_work_title_and_a_firm_named_after_a_country_name_none():
    assert found("Gold toilet stolen\nThe work, titled America, was created by the artist Maurizio Cattelan.") == set()
    assert found("Shares in insurer American International Group fell more than 60 percent.") == set()


def test_a_title_case_adverb_after_a_capital_is_no_surname():
    assert found("Why Is Washington So Worried About China's Island Building?") == {"US", "CN"}
    assert found("Denzel Washington So Happy With Oscar Nod") == set()


def test_a_state_in_a_title_case_compound_after_a_country_names_no_town():
    assert found("Remaining 12 Kidnapped Missionaries Freed In Haiti, Ohio-Based Group Says") == {"HT"}
    assert found("The Lebanon, Tennessee-based restaurant chain reversed course.") == set()


def test_a_language_after_in_and_a_deal_named_after_a_capital():
    assert found("He launched his campaign in Miami with lines in Spanish and a promise to shake things up.") == set()
    assert found("She sang in French.") == set()
    assert found("Interest in Chinese and Russian companies grew.") == {"CN", "RU"}
    assert found("Kerry: Sanctions Will Stay Until Minsk Deal Is Fully Implemented") == set()


def test_a_capital_after_a_quoted_nickname_is_a_surname():
    bepi = 'Mission\nThe mission is named after Giuseppe "Bepi" Colombo, an Italian mathematician.'
    assert found(bepi) == {"IT"}


def test_english_songs_and_events_named_after_places_name_no_country():
    assert found("The South Korean boy band's first all-English single racked up 101 million views.") == {"KR"}
    assert found("He led the rally on the anniversary of the 1963 March on Washington.") == set()
    assert found("The prisoners were convicted of killing Israelis before the 1993 Oslo accords.") == {"IL"}


def test_iranian_provinces_named_after_azerbaijan_name_no_country():
    irgc = "News\nThe commanders are responsible for the provinces of West Azerbaijan and Kurdistan in Iran."
    assert found(irgc) == {"IR"}


def test_a_joint_venture_of_two_nations_and_a_plane_diverted_to_a_capital():
    assert found("The Virgo detector near Pisa, run by an Italian-French collaboration, is being upgraded.") == {
        "IT",
        "FR",
    }
    assert "AT" not in found("News\nThe plane carrying Morales home was diverted to Vienna and searched.")
    assert found("News\nThe plane carrying Morales home was diverted to Vienna and searched.") == set()


def test_a_range_opening_a_sentence_and_a_scouting_body():
    assert found("X\nReporters from London to Nairobi posed with tape over their mouths.") == set()
    assert found("Boy Scouts Of America Ends Ban On Gay Adult Leaders") == set()


def test_languages_towns_and_old_empires_named_after_countries():
    assert found("X\nThe premier said the measure was needed because French was in decline in Quebec.") == set()
    assert found("X\nThe law tightens rules on the use of French in businesses.") == set()
    assert found("X\nAll 176 people on board were killed, including dozens of Canadians.") == {"CA"}
    assert found("X\nThe group of 16 Americans and a Canadian was abducted.") == {"US", "CA"}
    assert found("Man arrested after six-hour standoff in Lebanon, Ohio\nHe surrendered.") == set()
    assert found("X\nAustria-Hungary declared war a month later.") == set()
    assert found("X\nThe men, four Britons and an Irishman, were seized.") == {"GB", "IE"}
    assert found("X\nThe Oxford English Dictionary added 26 words.") == set()


def test_a_capitals_critics_and_moves_are_the_governments_and_ground_turkey_is_meat():
    assert found("X\nThe publisher, one of Beijing's fiercest critics, was led away.") == {"CN"}
    assert found("X\nThe publisher, an outspoken critic of Beijing, was led away.") == {"CN"}
    assert found("Carrie Lam Shrugs Off Washington's Latest Move") == {"US"}
    assert found("Denzel Washington Shrugs Off Criticism") == set()
    assert found("Butterball Recalls 78,000 Pounds Of Ground Turkey Over Salmonella Fears") == set()


def test_the_last_of_three_places_and_a_country_after_his():
    assert found("X\nMoscow, New York and Madrid had been eliminated in the earlier rounds.") == set()
    assert found("X\nWashington, Moscow and Beijing condemned the test.") == {"US", "RU", "CN"}
    assert found("X\nHis Jordan-based defence team condemned the decision.") == {"JO"}


def test_a_range_opening_a_teaser_a_governor_and_a_rappers_name():
    assert found("The 10 Best Cities For Street Food\nFrom Bangkok to Mexico City, these are the places.") == set()
    assert found("Tokyo Governor Urges Residents To Stay Home") == set()
    assert found("French Montana Raises Money For Ugandan Hospital") == {"UG"}
