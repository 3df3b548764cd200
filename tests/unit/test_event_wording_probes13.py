"""Session 13's blind probes (tests/data/probes/README.md): acts, non-acts and a place name of
classes the earlier sets had not shown."""

from __future__ import annotations

from streams.core.enrich import enrich
from streams.core.records import Article
from tests.unit.event_support import assert_no_events, assert_reports, types


def test_a_headline_drops_the_auxiliary_of_people_rounded_up():
    purge = "Saudi Princes, Ministers Rounded Up In Sweeping Corruption Purge\nThe committee was formed hours before."
    assert types(purge, "2017-11-05") == {"arrest"}
    assert types("Hundreds Of Migrants Swept Up In Overnight Raids\nAgents came at dawn.") == {"arrest"}
    # numbers and cattle are not people
    assert types("Prices Rounded Up To The Nearest Dollar\nShoppers noticed.") == set()
    assert types("Cattle Rounded Up After Storm Breaks Fences\nRanchers worked all night.") == set()


def test_a_quoted_arresting_is_still_the_adjective():
    assert_no_events(
        'An exhibition of what curators describe as "arresting" images of Arctic sea ice opened on Tuesday.',
        "Critics called the film's opening shot an 'arresting' sight.",
    )
    assert_reports("arrest", "Police began arresting protesters outside parliament on Tuesday.")


def test_an_act_denied_or_rumoured_in_a_short_that_clause_is_not_reported():
    assert types("Police Deny Rumors That Pop Star Was Arrested In Dubai\nThe singer was at a private event.") == set()
    assert_no_events(
        "The ministry on Monday dismissed reports that the journalist had been detained.",
        "Officials denied that troops detained the mayor on Sunday.",
    )
    # the denial of something else beside an act told as news
    assert_reports("arrest", "Police on Monday arrested the singer, who denied that she had been drinking.")
    assert types("Singer Who Denied Rumors Arrested In Dubai\nPolice confirmed it on Monday.") == {"arrest"}


def test_a_review_or_a_comedy_sketch_tells_a_story_not_an_act():
    review = (
        "Review: French thriller 'The Informant's Day' ends with detective arresting his brother\n"
        "In the film's climax, the detective handcuffs and arrests his brother on a crowded ferry."
    )
    assert types(review) == set()
    snl = "Watch Kate McKinnon Get 'Arrested' As Santa In This 'SNL' Sketch\nThe cold open went viral."
    assert types(snl) == set()
    # a real arrest of a comedian, and an arrest after a police sketch, are news
    assert types("Former 'SNL' Star Arrested For DUI In Los Angeles\nPolice booked him Sunday.") == {"arrest"}
    assert types("Police Arrest Man Who Matched Composite Sketch\nHe was held on Monday.") == {"arrest"}


def test_a_tally_of_a_past_fiscal_year_is_background():
    ice = (
        "ICE Arrests Fell Sharply, Agency Data Show\n"
        "U.S. Immigration and Customs Enforcement made about 74,000 administrative arrests in fiscal 2021, "
        "down from 104,000 a year earlier, according to the agency's annual report."
    )
    assert types(ice, "2022-03-10") == set()
    assert types("News\nAgents made 300 arrests in fiscal 2021, the report said.", "2022-03-10") == set()


def test_an_act_at_an_event_of_an_earlier_year_is_background():
    activist = (
        "This Activist Was Detained 17 Times. Now She's Running For City Council.\n"
        "Police detained her for the first time at a 1999 sit-in, and she has kept count ever since."
    )
    assert types(activist, "2019-05-01") == set()
    # at an event of this year, dated today
    assert types("News\nPolice detained 40 people at a 2019 sit-in on Monday.", "2019-05-01") == {"arrest"}


def test_niger_state_is_a_state_of_nigeria():
    text = "News\nThe man was released in a forest near the boundary with Niger State, police in Nigeria said."
    codes = {country.code for country in enrich(Article(id="n", title="News", body=text.split("\n", 1)[1])).countries}
    assert codes == {"NG"}
    assert "NE" in {
        c.code for c in enrich(Article(id="n", title="Niger Frees Soldiers", body="Niamey said so.")).countries
    }


def test_a_congressman_called_dutch_is_no_country():
    title = "Rep. Dutch Ruppersberger Presses Spy Chiefs On Hacking"
    codes = {c.code for c in enrich(Article(id="d", title=title, body="The Maryland Democrat spoke.")).countries}
    assert codes == set()
    assert {c.code for c in enrich(Article(id="d", title="Dutch Court Rules", body="It sat.")).countries} == {"NL"}


def test_a_professional_or_sports_body_far_before_its_verb_still_penalises():
    assert_no_events(
        "The College of Physicians and Surgeons of Ontario on Wednesday sanctioned a Toronto plastic surgeon "
        "for professional misconduct.",
        "The Athletics Integrity Unit sanctioned a Kenyan marathoner on Tuesday with a four-year ban.",
    )
    assert_reports(
        "sanctions_imposed",
        "The foreign ministers of the European Union on Wednesday sanctioned four Chinese officials over Xinjiang.",
    )


def test_a_preliminary_approval_is_a_step_before_the_act():
    assert_no_events(
        "European Union ambassadors have given preliminary approval to travel bans and asset freezes on four "
        "Chinese officials, diplomats said on Wednesday.",
        "Ministers agreed in principle on Monday to lift sanctions on Iran.",
    )


def test_clearing_the_way_and_stalled_talks_are_no_acts():
    assert types("Argentine Judge Asks Senate To Clear Way For Kirchner's Arrest\nThe request went in.") == set()
    assert types("Talks Stall Over Release Of Spanish Journalists Held In Syria\nMediators left.") == set()
    # talks that ended, then an act
    assert_reports("prisoner_release", "After talks ended on Monday, the rebels freed the two journalists.")


def test_a_country_s_detained_leader_is_a_state():
    lawyers = (
        "Lawyers for Burma's detained opposition leader Aung San Suu Kyi presented their appeal to a court "
        "in Yangon on Friday."
    )
    assert_no_events(lawyers)
    assert_reports("arrest", "Burma's junta detained the opposition leader on Friday.")


def test_a_list_of_designated_entities_is_the_list_s_name():
    delisted = (
        "US lifts sanctions on two Belarusian chemical companies\n"
        "The Treasury Department said on Tuesday it had removed the Polimir plastics plant from its list of "
        "designated entities, allowing American companies to trade with it again."
    )
    assert types(delisted) == {"sanctions_lifted"}
    assert_reports("sanctions_imposed", "The Treasury designated five Iranian officials under its sanctions on Monday.")


def test_a_release_that_papers_or_a_row_are_about_is_a_topic():
    papers = (
        "Scottish government publishes papers on Lockerbie bomber's release\n"
        "Ministers released hundreds of pages of documents on Tuesday about the decision to free the prisoner."
    )
    assert types(papers) == set()
    assert types("Activist Cheers Her Son's Release From Prison\nHe left the jail on Monday.") == {"prisoner_release"}


def test_under_a_refused_release_an_undated_arrest_is_the_case_s_start():
    refused = (
        "Libya says it will not free two Swiss businessmen\n"
        "The couple were arrested after two domestic staff accused them of mistreatment; the charges were dropped."
    )
    assert types(refused) == set()
    assert "arrest" in types("Libya Refuses To Free Swiss Businessmen, Arrests A Third\nPolice acted on Monday.")


def test_a_river_a_friary_a_novelist_a_club_and_a_song_are_no_countries():
    def codes(title: str, body: str) -> set[str]:
        return {c.code for c in enrich(Article(id="c", title=title, body=body)).countries}

    assert codes("Boat Capsizes On Congo River", "Rescuers searched the river on Sunday.") == set()
    assert codes("Manuscripts Found In Dominican Friary", "Conservators worked in Oxford.") == set()
    assert codes("Jamaica Kincaid Wins Award", "The novelist spoke on Thursday.") == set()
    assert codes("Mexican Champions Club America Sign Striker", "The club paid a fee.") == {"MX"}
    assert codes("Springsteen Opens Tour", "He played 'Born in the U.S.A.' in Cardiff.") == set()
    # the countries themselves still count
    assert codes("Congo Votes", "Voters in the Democratic Republic of Congo went to the polls.") == {"CD"}
    assert codes("Jamaica Votes", "Jamaica held an election on Thursday.") == {"JM"}


def test_custody_never_taken_into_is_negated():
    assert_no_events(
        "Officials insisted the reporter, last seen filming a protest, was never taken into state custody on Monday."
    )
    assert_reports("arrest", "The reporter was taken into state custody on Monday, officials said.")


def test_an_arrest_in_a_sting_of_an_earlier_year_is_background():
    bond = (
        "Ex-State Senator Allowed To Remain Free On Bond\n"
        "The Illinois Democrat, first arrested in a 2016 FBI sting, pleaded not guilty Tuesday to fresh counts."
    )
    assert types(bond, "2018-05-01") == set()
    assert types("News\nAgents arrested him on Monday in a 2018 sting, the FBI said.", "2018-05-01") == {"arrest"}


def test_a_request_that_someone_be_placed_under_house_arrest_is_a_request():
    assert_no_events(
        "The court extended his detention on Thursday, ignoring a request from his lawyers that he be placed "
        "under house arrest."
    )
    assert_reports("arrest", "The court placed the former minister under house arrest on Thursday.")


def test_acts_over_the_past_year_are_background():
    assert_no_events(
        "Myanmar has freed hundreds of political prisoners over the past year.",
        "Police have arrested more than 300 people over the last two years.",
    )
    assert_reports("prisoner_release", "Myanmar freed 200 political prisoners on Tuesday.")


def test_a_headline_subject_freed_long_ago_that_sues_is_no_release():
    sues = "Man Freed After 3 Decades For Murder He Didn't Commit Sues City\nHis lawyers filed on Monday."
    assert types(sues) == set()
    assert types("Man Freed After 3 Decades In Prison\nHe walked out on Monday.") == {"prisoner_release"}


def test_an_animal_named_far_before_captured_is_no_arrest():
    gator = "Alligator That Eluded Chicago Police For A Week Is Finally Captured\nA trapper caught it."
    assert types(gator) == set()
    assert types("Fugitive Who Eluded Police For A Week Is Finally Captured\nHe was held.") == {"arrest"}


def test_releases_before_a_modal_are_a_noun_and_still_to_come():
    amnesty = (
        "Angola to free hundreds of prisoners under amnesty law\n"
        "The justice minister said releases would begin next month once prison authorities had reviewed each case."
    )
    assert types(amnesty) == set()
    assert types("Myanmar Releases 200 Political Prisoners\nThey walked out on Monday.") == {"prisoner_release"}
