"""Event detection on wordings that session 9's blind probes found.

The probes were natural draws of HuffPost (2012-2022) and Wikinews (2008-2024), and sets
written to stress precision (trigger words in other senses, background in long
articles) and recall (less common wording). Each class they exposed is tested here with
its look-alikes. The sentences are hand-written paraphrases, not corpus text.
"""

from __future__ import annotations

from tests.unit.event_support import assert_actors, types


def _headline(title: str, body: str = "Officials spoke.") -> set[str]:
    return types(f"{title}\n{body}")


def test_acts_that_are_unlikely_or_have_no_grounds_are_not_acts():
    assert types("Indictment\nThe officers, who are unlikely to ever be arrested or stand trial, are accused.") == set()
    assert types("Snowden\nRussia says it has no legal grounds to hand him over or detain him.") == set()
    assert types("Raid\nPolice went to the house on Monday and arrested two men.") == {"arrest"}
    assert types("Moscow\nRussia said it would hand him over or detain him.") == set()


def test_arresting_the_adjective_is_no_arrest():
    assert _headline("'American Vandal' Is The Most Arresting True-Crime Parody Of The Year") == set()
    assert types("Photo\nAn arresting image of the storm went viral.") == set()
    assert _headline("Police Arresting Protesters Outside Capitol", "Officers detained dozens.") == {"arrest"}


def test_a_numbered_or_fresh_sanctions_package_is_a_noun_not_a_headline_verb():
    assert _headline("EU Proposes Ban On Russian Oil In Sixth Sanctions Package") == set()
    assert _headline("EU Adopts Sixth Sanctions Package Against Russia") == {"sanctions_imposed"}
    assert _headline("EU Approves Fresh Sanctions Package On Russia") == {"sanctions_imposed"}
    assert _headline("U.S. Sanctions Russian Oligarchs") == {"sanctions_imposed"}


def test_picked_up_by_police_in_a_title_case_headline():
    assert _headline("Two Teens Picked Up By Police After Chase") == {"arrest"}
    assert _headline("Package Picked Up By Courier") == set()
    assert _headline("Stocks Picked Up Steam On Friday") == set()


def test_measures_that_have_frozen_assets_describe_a_state():
    assert (
        types(
            "Yachts\nThe vessels docked beyond the reach of the British and EU measures that have frozen the "
            "billionaire's assets."
        )
        == set()
    )
    assert types("Assets\nThe EU has frozen the assets of 100 oligarchs, officials said Monday.") == {
        "sanctions_imposed"
    }


def test_a_headline_sanction_takes_its_missing_actor_from_the_teaser():
    assert_actors(
        "Obama Lifts Decades-Old Arms Embargo On Vietnam\nSpeaking in Hanoi, the president said the U.S. was "
        "fully ending its restrictions on selling lethal weapons.",
        "sanctions_lifted",
        "US",
        "VN",
    )
    assert_actors(
        "China Sanctions Ted Cruz, Marco Rubio Over Uighur Criticism\nBeijing announced penalties on the senators "
        "and other U.S. officials.",
        "sanctions_imposed",
        "CN",
        "US",
    )
    # not a bloc's sanctions, not a country the headline names in another role, not an object
    assert_actors(
        "U.N. Lifts Sanctions On Eritrea After Peace Deal\nThe Security Council acted after Ethiopia signed.",
        "sanctions_lifted",
        None,
        "ER",
    )
    assert_actors(
        "Trump Lifts Sanctions On Turkey After Syria Cease-Fire\nThe president said Syria was calm.",
        "sanctions_lifted",
        None,
        "TR",
    )
    assert_actors(
        "Trump Administration Mistakenly Sanctioned Italian Pizzeria Owner\nThe attempt to crack down on "
        "Venezuelan oil snared an Italian designer.",
        "sanctions_imposed",
        None,
        "IT",
    )


def test_a_second_headline_verb_shares_the_first_verbs_subject_not_its_object():
    assert_actors(
        "Obama Expels 35 Russian Diplomats, Sanctions Spy Agencies\nThe U.S. also shut two Russian compounds.",
        "sanctions_imposed",
        "US",  # not RU, the first verb's object; the target is no country the clause names
        None,
    )


def test_background_in_long_articles_since_then_days_later_and_calls_to_set_free():
    assert (
        types("Erdogan wins\nSince then, more than 150,000 people have been detained and thousands dismissed.") == set()
    )
    assert types("Court overturns verdict\nKnox and Sollecito were arrested days later.") == set()
    assert types("Raid\nPolice arrested two men on Monday.") == {"arrest"}
    assert types("Pussy Riot\nMadonna had called for the women to be set free.") == set()
    assert types("Kenya\nPolice said the hostages were set free on Monday.") == {"prisoner_release"}


def test_an_undated_act_after_a_sentence_dated_earlier_goes_on_telling_that_time():
    talks = (
        "Obama and Castro hold talks\nThe two leaders met on Saturday in Panama.\n"
        "The two leaders announced in December that they would restore ties. The deal came with an exchange: "
        "Cuba freed Alan Gross, a US contractor held in Havana for five years."
    )
    assert types(talks, "2015-04-11") == set()
    # ... not in the first paragraph, not when the act is dated, not after a "since" that dates another verb
    assert types(talks.replace("freed Alan Gross", "freed Alan Gross on Saturday"), "2015-04-11") == {
        "prisoner_release"
    }
    lead = (
        "Talks\nThe two leaders announced in December that they would restore ties. Cuba freed Alan Gross, "
        "a US contractor held in Havana for five years."
    )
    assert types(lead, "2015-04-11") == {"prisoner_release"}
    owner = (
        "Chelsea owner sanctioned\nThe club spoke on Thursday.\nAmong the seven was Roman Abramovich, who has "
        "owned Chelsea since 2003. The government of the United Kingdom froze his assets in the country."
    )
    assert types(owner, "2022-03-10") == {"sanctions_imposed"}


def test_an_earlier_time_set_in_the_paragraph_carries_to_its_undated_acts():
    nobel = (
        "Jailed Iranian activist wins Nobel Peace Prize\nThe committee announced the prize on Friday.\n"
        "The award came a year after the death of Mahsa Amini, who died in September 2022. Her death sparked "
        "protests. The United States and the United Kingdom imposed sanctions on dozens of Iranian officials "
        "in response."
    )
    assert types(nobel, "2023-10-06") == set()
    today = nobel.replace("Her death sparked protests.", "On Friday, Iran summoned envoys.")
    assert types(today, "2023-10-06") == {"sanctions_imposed"}


def test_people_arrested_earlier_who_reach_a_settlement():
    assert _headline("Black Men Arrested At Philadelphia Starbucks Reach Settlement") == set()


def test_people_known_to_be_held_and_undated_tallies_on_hundreds():
    assert types("Bail\nCourts granted bail to most of the thirty people held over a Greenpeace protest.") == set()
    assert types("Belfast\nTwo men were held over the shooting on Monday.") == {"arrest"}
    assert _headline("Two Men Held Over Belfast Shooting") == {"arrest"}
    assert (
        types("Summit\nThe United States has also imposed its own sanctions on hundreds of North Korean firms.")
        == set()
    )
    assert types(
        "Sanctions\nThe US has imposed sanctions on dozens of Russian officials, the Treasury said on Monday."
    ) == {"sanctions_imposed"}


def test_freeing_a_named_aid_worker_a_state_capturing_a_cartel_boss_and_a_sports_bodys_sanctions():
    assert _headline("Egypt Frees Aya Hijazi, U.S. Aid Worker Jailed For Nearly 3 Years") == {"prisoner_release"}
    assert _headline("Police Release Bodycam Footage Of Shooting") == set()
    assert _headline("Mexico Captures Cartel Boss 'El Marro' In Guanajuato") == {"arrest"}
    assert _headline("Mexico Captures Key Town From Rebels") == set()
    assert (
        types(
            "NCAA Restores Joe Paterno's Wins\nThe agreement rolls back the last of the sanctions the NCAA imposed "
            "over the scandal."
        )
        == set()
    )


def test_a_person_freed_after_years_in_a_headline():
    assert _headline("Saudi Activist Loujain Al-Hathloul Freed After Nearly 3 Years") == {"prisoner_release"}
    assert _headline("Patient Freed After 3 Years On Ventilator") == set()
    assert _headline("Tanker Freed After Two Months") == set()


def test_acts_a_modal_governs_through_and_begin_or_an_expectation_dated_monday():
    assert (
        types(
            "Venezuela\nHe said the government must, by the end of November, set out a process for allowing all "
            "candidates to stand and begin releasing political prisoners."
        )
        == set()
    )
    assert types("Prisoners\nThe government began releasing political prisoners on Monday.") == {"prisoner_release"}
    assert (
        types("Iran\nEU foreign ministers are expected on Monday to approve asset freezes on more Iranian officials.")
        == set()
    )


def test_an_exemption_from_sanctions_eases_them_and_a_fate_told_of_someone_arrested_before():
    assert types(
        "UN\nThe U.N. Security Council on Friday adopted a resolution exempting humanitarian aid from its "
        "sanctions regimes."
    ) == {"sanctions_lifted"}
    assert _headline("U.N. Security Council Carves Out Humanitarian Exemption From Sanctions") == {"sanctions_lifted"}
    assert types("Firms\nThe firms remain exempt from sanctions.") == set()
    assert types("Germany\nScholz said Europe had deliberately exempted energy imports from sanctions.") == set()
    assert types("UN\nThe council could exempt aid from sanctions.") == set()
    assert (
        types(
            "Germany summons envoy\nGermany summoned Iran's ambassador on Friday over the execution of a man "
            "arrested during anti-government protests."
        )
        == set()
    )
    assert types("Raid\nThree men arrested in the raid were charged on Monday.") == {"arrest"}


def test_possibilities_struggles_tallies_in_words_and_mandative_subjunctives():
    assert (
        types("Uganda\nThe administration would weigh engagement, including the possibility of sanctions on officials.")
        == set()
    )
    assert types("Nobel\nShe said the regime had arrested her thirteen times.") == set()
    assert types("Prize\nSentsov had become a symbol of the struggle for the release of political prisoners.") == set()
    assert (
        types("Verdict\nTwice the judges ordered that the defendant be set free, decisions later overturned.") == set()
    )
    assert (
        types(
            "Myanmar report\nThe report recommended that the Security Council refer the case to the court or "
            "impose an arms embargo on the country."
        )
        == set()
    )
    assert types("Embargo\nThe Security Council imposed an arms embargo on the country on Friday.") == {
        "sanctions_imposed"
    }


def test_a_headline_appositive_describes_its_name():
    assert _headline("Brittney Griner, U.S. Basketball Star Detained In Russia, Pleads With Biden In Letter") == set()
    assert _headline("Family Of Ahmed Mohamed, Teen Arrested Over Homemade Clock, Sues School District") == set()
    assert _headline("Bowe Bergdahl, Soldier Freed In Taliban Prisoner Swap, To Face Court-Martial") == set()
    assert _headline("Man, Wife Arrested After Crash, Police Say") == {"arrest"}
    assert _headline("Russia, U.S. Complete Biggest Prisoner Swap Since Cold War, Freeing Gershkovich") == {
        "prisoner_release"
    }


def test_a_lifting_that_talks_aim_for_in_return():
    assert (
        types(
            "Talks\nThe negotiations aim to ensure that Iran cannot develop nuclear weapons in return for the "
            "lifting of international sanctions."
        )
        == set()
    )
    assert types("Deal\nIran curbed its programme on Monday in return for the lifting of sanctions.") == {
        "sanctions_lifted"
    }


def test_a_later_step_of_a_case_in_the_headline_makes_the_bodys_undated_arrest_its_start():
    brunson = (
        "Turkey moves American pastor Andrew Brunson to house arrest\nA court ruled on Wednesday.\n"
        "Turkish authorities detained Brunson and his wife in 2016."
    )
    assert types(brunson.replace(" in 2016", ""), "2018-07-25") == set()
    # ... only past the first paragraph: a one-paragraph body is all lead
    one_paragraph = "Turkey moves Andrew Brunson to house arrest\nTurkish authorities detained Brunson and his wife."
    assert types(one_paragraph, "2018-07-25") == {"arrest"}
    raid = "Minister stabbed in Banten\nThe attack happened on Thursday.\nPolice arrested Abu Rara at the scene."
    assert types(raid, "2019-10-10") == {"arrest"}  # the headline does not name him: the news
    assert (
        types(
            "Liu Xiaobo dies in state custody\nHe died on Thursday.\nPolice detained Liu before the manifesto.",
            "2017-07-13",
        )
        == set()
    )
    assert (
        types("Myanmar court sentences Suu Kyi\nThe ruling came Monday.\nSoldiers detained Suu Kyi in raids.") == set()
    )
    assert types("Suu Kyi\nSince then, the government has freed hundreds of political prisoners.") == set()
    assert types("Court\nWashington imposed sanctions on 17 Saudi officials that November.", "2019-12-23") == set()


def test_a_sentence_opening_on_a_year_from_a_year_onwards_and_a_transfer_headline():
    castro = "Castro dies\nIn 1962 President John F. Kennedy imposed a trade embargo that remains in place today."
    assert types(castro, "2016-11-26") == set()
    assert types("Sanctions\nIn 2024 the US imposed sanctions on the firm, officials said.", "2024-03-01") == {
        "sanctions_imposed"
    }
    assert types("Deal\nThe sanctions were tightened from 2006 onwards through a series of resolutions.") == set()
    assert _headline("Iran Moves Detained Americans From Prison To House Arrest") == set()


def test_a_count_since_monday_is_news_and_a_modal_reaches_a_coordinated_measure():
    assert types(
        "Catalonia\nThe ministry said on Thursday that dozens of people had been arrested across the region "
        "since Monday."
    ) == {"arrest"}
    assert types("Iran\nShe has been detained since 2019.") == set()
    assert (
        types("EU\nUnder the framework, the EU could in future impose travel bans and asset freezes on officials.")
        == set()
    )
    assert types("EU\nThe EU on Monday imposed travel bans and asset freezes on 40 officials.") == {"sanctions_imposed"}


def test_an_act_told_long_before_in_an_after_clause():
    assert (
        types("Trial opens\nThe trial opened on Wednesday, more than 15 months after he was taken into custody.")
        == set()
    )
    assert types(
        "Greste freed\nGreste was released on Sunday, more than 400 days after he and two colleagues were arrested."
    ) == {"prisoner_release"}


def test_death_row_is_custody_and_a_sent_back_detainee_is_described():
    assert _headline("Anthony Ray Hinton Walks Free After Nearly 30 Years On Alabama's Death Row") == {
        "prisoner_release"
    }
    assert _headline("North Korea Sends Detained NYU Student Back To South Korea") == set()
