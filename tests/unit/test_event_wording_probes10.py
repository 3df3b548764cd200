"""Event detection on wordings that session 10's blind probes and review found.

Each class is tested with its look-alikes. The sentences are hand-written paraphrases,
not corpus text.
"""

from __future__ import annotations

from tests.unit.event_support import assert_actors, one, types


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


def test_a_headline_release_on_bond_makes_the_same_headlines_leaving_jail_that_bond():
    zimmerman = "George Zimmerman Released On Bond, Leaves Jail\nHe walked out of a Florida jail after posting bond."
    assert types(zimmerman) == set()
    assert types("George Zimmerman Leaves Jail\nHe walked out of a Florida jail after his sentence ended.") == {
        "prisoner_release"
    }


def test_a_headline_that_opens_on_a_short_name_and_says_freed_tells_a_release_in_a_custody_story():
    tymoshenko = (
        "Yulia Tymoshenko Freed As Ukraine's Parliament Ousts Yanukovych\n"
        "The former prime minister, imprisoned since 2011, headed to Kiev's Independence Square."
    )
    assert types(tymoshenko, "2014-02-22") == {"prisoner_release"}
    # not without custody in the story, nor when the body's first sentence speaks of no person
    assert types("Yulia Tymoshenko Freed As Parliament Votes\nShe headed to the square.") == set()
    assert types("Frozen Assets Freed As Deal Closes\nThe prison deal closed.") == set()
    assert types("Panda Cub Freed\nThe cub was stuck in a drain near the prison for a day.") == set()


def test_a_release_made_a_priority_or_a_swap_if_necessary_is_a_goal():
    families = (
        "Families Of Americans Detained Abroad Urge Biden To Bring Them Home\n"
        "Relatives of people held in Russia asked the White House to make their release a priority, "
        "including through prisoner swaps if necessary."
    )
    assert types(families) == set()
    assert types("Swap\nRussia and the U.S. completed a prisoner swap on Thursday, freeing Brittney Griner.") == {
        "prisoner_release"
    }


def test_an_order_of_a_persons_release_is_the_order_even_with_a_long_possessive():
    lula = (
        "Brazilian Judges Clash Over Order To Free Lula\nAn appeals court judge ordered the jailed former "
        "president's release, but he was overruled within hours, leaving Lula behind bars."
    )
    assert types(lula) == set()


def test_freeing_a_government_from_sanctions_eases_them():
    sudan = (
        "U.S. Removes Sudan From State Sponsors Of Terrorism List\nThe move takes effect after Khartoum paid "
        "$335 million, and frees the transitional government from sanctions that had choked its economy."
    )
    assert types(sudan, "2020-12-14") == {"sanctions_lifted"}
    assert types("Iran\nThe economy, which suffers from sanctions, shrank.") == set()
    assert types("Iran\nIran will not be freed from sanctions soon, officials said.") == set()


def test_a_headline_arrest_takes_its_source_from_the_police_the_teaser_names():
    assange = (
        "Julian Assange Arrested After Ecuador Revokes His Asylum\n"
        "British police carried the WikiLeaks founder out of the embassy in London. He faces a U.S. request."
    )
    assert_actors(assange, "arrest", "GB", None)
    # the police's country, not the first country of the teaser
    navalny = "Alexei Navalny Detained On Arrival\nBack from Germany, Russian police led him away at passport control."
    assert_actors(navalny, "arrest", "RU", None)
    # no police named in the teaser: no source guessed from the countries it names
    two = "Activist Arrested After Ecuador Vote\nThe talks with Peru had failed, and he was carried out of a building."
    assert one(two, "arrest").source is None


def test_a_release_of_a_states_own_national_in_a_one_country_story_is_that_states():
    hathloul = "Saudi Activist Loujain Al-Hathloul Freed After Nearly 3 Years In Prison\nShe was held for her activism."
    assert_actors(hathloul, "prisoner_release", "SA", "SA")
    # captives of kidnappers are freed by no state
    kidnapped = "Kidnapped Cameroonian Schoolchildren Released\nThe gunmen let the pupils go after a week."
    assert one(kidnapped, "prisoner_release").source is None
    # two countries named: nothing guessed
    two = "Saudi Activist Freed After Nearly 3 Years In Prison\nCanada had called for her release."
    assert one(two, "prisoner_release").source is None


def test_an_arrest_after_other_people_were_freed_is_still_an_arrest():
    hijack = "EgyptAir flight lands in Cyprus; hijacker arrested after hostages freed\nThe plane landed in Larnaca."
    assert types(hijack) == {"arrest", "prisoner_release"}
    # ... while the people the participle describes, freed later, were not arrested as news
    assert types("Two Americans detained in Iran for years were freed on Monday\nThey flew home.") == {
        "prisoner_release"
    }


def test_a_captured_or_detained_person_after_a_preposition_is_a_description():
    assert types("Israel studies Hamas list of prisoners sought for captured soldier\nOfficials spoke.") == set()
    assert types("Rally For Detained Journalist\nHundreds marched for the journalist held in prison.") == set()
    assert types("Manhunt ends\nU.S. marshals captured the fugitive soldier in Texas on Sunday.") == {"arrest"}


def test_a_means_to_a_requested_end_is_requested_too():
    senators = (
        "Iran test-fires ballistic missiles\nSeveral Republican senators called on the administration to "
        "respond by imposing new sanctions on Iran."
    )
    assert types(senators) == set()
    assert types("Moscow\nThe United States moved to punish Russia by imposing sanctions on Friday.") == {
        "sanctions_imposed"
    }


def test_an_act_in_a_relative_clause_of_something_dated_earlier_is_background():
    deal = (
        "Taliban behead Afghan journalist\nThe deal that ended Mastrogiacomo's ordeal last month, in which the "
        "Afghan government handed over Taliban prisoners, drew strong criticism."
    )
    assert types(deal, "2007-04-09") == set()
    assert types(deal.replace("last month", "on Monday"), "2007-04-09") == {"prisoner_release"}


def test_a_headline_subject_that_is_a_sports_body_makes_listed_sanctions_a_penalty():
    assert types("NCAA Hits Ole Miss With Bowl Ban, More Sanctions Over Violations\nThe school pays.") == set()
    assert types("US Hits Iran With Travel Ban, More Sanctions Over Missile Test\nTreasury acted.") == {
        "sanctions_imposed"
    }


def test_last_years_deal_names_a_deal_and_does_not_date_the_act():
    rezaian = (
        "Iran Frees Jason Rezaian In Prisoner Swap\nThe release came as the U.S. and the European Union "
        "lifted nuclear-related sanctions on Tehran under last year's landmark deal."
    )
    assert "sanctions_lifted" in types(rezaian, "2016-01-17")
    assert "sanctions_lifted" not in types("Deal\nThe U.S. lifted sanctions on Tehran last year.", "2016-01-17")


def test_arresting_before_a_thing_is_the_adjective():
    assert types("Arresting Photos Show Families Sheltering Underground\nThe pictures went viral.") == set()
    assert types("Police Arresting Protesters Outside Capitol\nOfficers detained dozens.") == {"arrest"}


def test_a_release_online_is_footage_and_a_month_of_a_thing_dates_the_act():
    foley = "ISIS Video Shows Killing\nOfficials verify the footage, which the militants released online Tuesday."
    assert types(foley) == set()
    reed = (
        "Freed Marine Trevor Reed Urges Biden To Bring Paul Whelan Home\nReed, released in an April prisoner "
        "swap after nearly three years in Russian custody, says the administration must act."
    )
    assert types(reed, "2022-07-20") == set()


def test_a_condition_not_met_yet_is_no_act():
    assert types("Khamenei Says Iran Won't Return To Nuclear Deal Until U.S. Lifts All Sanctions\nHe spoke.") == set()
    assert types("Iran\nTalks will go on until sanctions are lifted.") == set()
    assert types("Fugitive\nHe was on the run until police arrested him on Monday.") == {"arrest"}
    assert types("Iran\nTrade stalled until the US lifted sanctions on Monday.") == {"sanctions_lifted"}


def test_suspending_restrictions_eases_them():
    myanmar = (
        "United States eases investment restrictions on Myanmar\nThe United States on Thursday suspended "
        "restrictions on American investment in Myanmar."
    )
    assert types(myanmar) == {"sanctions_lifted"}
    assert types("Cuba\nThe US has suspended all charter flights to Cuban cities on Friday.") == {"sanctions_imposed"}


def test_the_security_council_gives_no_security_reason_for_a_ban():
    guinea_bissau = "UN Security Council imposes travel ban on Guinea-Bissau coup leaders\nThe council acted on Friday."
    assert_actors(guinea_bissau, "sanctions_imposed", None, "GW")
    assert types("Airlines\nThe UK banned laptops on flights from Turkey over security fears.") == set()


def test_a_weaker_readings_source_that_is_the_target_is_dropped():
    un = (
        "U.N. Slaps New Sanctions On North Korea After Nuclear Test\nThe Security Council approved a resolution "
        "capping Pyongyang's oil imports and banning its textile exports."
    )
    assert_actors(un, "sanctions_imposed", None, "KP")


def test_a_pronoun_object_is_a_person_whatever_follows():
    turnell = (
        "Australian economist returns home\nSean Turnell arrived back in Australia on Friday, a day after the "
        "country's military government freed him as part of a mass prisoner amnesty."
    )
    assert types(turnell) == {"prisoner_release"}
    assert types("Prison\nThe ministry released part of its report on the prison on Friday.") == set()


def test_a_professional_league_sanctions_teams_not_states():
    assert types("MLB Hits Astros With Harsh Sanctions Over Sign-Stealing Scheme\nThe team lost picks.") == set()
    assert types("NBA Fines Nets Over Injury Reports\nThe league sanctioned the team on Friday.") == set()


def test_a_participle_right_after_says_opens_the_reported_clauses_subject():
    amnesty = "Amnesty International says detained Saudi women activists were tortured\nThey are held in prison."
    assert types(amnesty) == set()
    assert types("Police Say 3 Detained After Brawl\nOfficers spoke.") == {"arrest"}


def test_whether_far_before_a_coordinated_subject_and_a_campaign_abroad_are_not_acts():
    myanmar = (
        "Aung San Suu Kyi wins seat\nDiplomats said the vote would influence whether the United States and "
        "the European Union relax the sanctions they imposed."
    )
    assert types(myanmar) == set()
    lai = "Jimmy Lai's trial opens\nLai's son has campaigned abroad for his father's release from prison."
    assert types(lai) == set()
    assert types("Myanmar\nThe United States and the European Union relaxed the sanctions on Monday.") == {
        "sanctions_lifted"
    }


def test_sanctions_past_the_lead_on_a_person_the_headline_names_for_something_else_retell_the_case():
    deripaska = (
        "Oleg Deripaska sues US Treasury over sanctions\nThe suit was filed in Washington on Friday.\n"
        "The Treasury imposed the sanctions on Deripaska, along with six other oligarchs."
    )
    assert types(deripaska, "2019-03-16") == set()
    fresh = deripaska.replace("on Deripaska,", "on Deripaska on Friday,")
    assert types(fresh, "2019-03-16") == {"sanctions_imposed"}


def test_moving_towards_a_new_set_of_sanctions_is_prospective():
    obama = (
        "Obama says new Iran sanctions to be developed 'fairly quickly'\nObama said on Tuesday that the United "
        "States and its allies were moving towards a significant new set of sanctions against Iran."
    )
    assert types(obama) == set()
    assert types("Iran\nThe United States imposed a significant new set of sanctions against Iran on Tuesday.") == {
        "sanctions_imposed"
    }


def test_notices_for_an_arrest_and_custody_at_the_time_are_not_arrests():
    dubai = "Dubai police name suspects\nThe emirate would ask Interpol to issue notices for the suspects' arrest."
    assert types(dubai) == set()
    polanski = "Polanski wins award\nThe film was completed while Polanski was in custody."
    assert types(polanski) == set()
    assert types("Shooting\nA suspect is in custody after the shooting on Monday, police said.") == {"arrest"}


def test_already_jailed_describes_a_state():
    murdaugh = (
        "Alex Murdaugh Indicted On Murder Charges\nThe disgraced lawyer, already jailed on financial fraud "
        "charges, is expected to plead not guilty."
    )
    assert types(murdaugh) == set()


def test_recall_set_wordings_set_free_by_a_state_curbs_and_airspace_with_borders():
    assert types("Michael Kovrig And Michael Spavor Set Free By China, Land In Canada\nThey flew home.") == {
        "prisoner_release"
    }
    bae = "Bae Thanks Supporters\nThe missionary, freed Saturday with a colleague, had spent two years in a labor camp."
    assert types(bae) == {"prisoner_release"}
    assert types("U.S. Eases Curbs On Travel And Trade With Cuba\nNew rules were announced Thursday.") == {
        "sanctions_lifted"
    }
    assert types("Senate Debates Curbs On Immigration\nLawmakers spoke.") == set()
    qatar = "Saudi Arabia Reopens Airspace And Border To Qatar, Ending Blockade\nThe summit opened."
    assert types(qatar) == {"sanctions_lifted"}
    assert types("Kenneth Bae's Family Pleads With North Korea For His Release\nHe is held at a labor camp.") == set()


def test_wire_month_look_alikes_are_not_acts():
    bagram = (
        "Afghanistan orders release of 72 Bagram prisoners\nUS forces said there was strong evidence against "
        'the men, and that their release "would pose a serious threat".'
    )
    assert types(bagram) == set()
    ores = "Indonesia bans exports of unprocessed ores\nIndonesia's ban on exports of raw mineral ores took effect."
    assert types(ores) == set()
    assert types("Russia\nRussia's ban on Georgian wine took effect on Monday.") == {"sanctions_imposed"}
    talks = "Kiev\nBiden urged him to pull back riot police and to hold talks with the opposition."
    assert types(talks) == set()
    bieber = "Singer in court\nA judge set his bond at $2,500 by video link, and he left the jail in the afternoon."
    assert types(bieber) == set()
    amnesty = "Amnesty passes\nParliament voted to offer an amnesty to people detained during two months of protests."
    assert types(amnesty) == set()


def test_long_article_retellings_from_articles_135():
    venezuela = (
        "Venezuela deal\nHe set a deadline of the end of November for the government to define a process "
        "for reinstating candidates barred from office, and for the release of political prisoners."
    )
    assert types(venezuela) == set()
    summit = (
        "Trump and Kim sign joint statement\nTrump thanked Kim for the release in May of three US citizens who "
        "had been imprisoned in North Korea, who were flown home with Secretary of State Mike Pompeo."
    )
    assert types(summit, "2018-06-12") == set()


def test_held_overnight_before_a_release_is_still_news_and_captured_then_freed_is_the_release():
    sailors = (
        "Iran Releases 10 U.S. Sailors A Day After Seizing Their Boats\nThe Navy crew was detained overnight on "
        "Farsi Island after their boats drifted into Iranian waters."
    )
    assert types(sailors) == {"prisoner_release", "arrest"}
    assert types("2 Americans Captured In Ukraine Freed In Saudi-Brokered Swap\nThey flew home.") == {
        "prisoner_release"
    }


def test_a_federally_sanctioned_holiday_is_approved_not_penalised():
    assert types("Juneteenth Becomes First New Federally Sanctioned Holiday In Decades\nBiden signed it.") == set()
    assert types("Venezuela\nWashington and London on Thursday jointly sanctioned six Venezuelan officials.") == {
        "sanctions_imposed"
    }


def test_freed_at_the_end_of_a_long_until_clause_and_walking_free_from_a_courtroom_are_not_releases():
    marcos = (
        "Zapatista leader demands release of detainees\nMarcos called for protests until all those detained "
        "after last week's clashes in San Salvador Atenco are freed."
    )
    assert types(marcos) == set()
    zuma = "South African court acquits Zuma of rape\nZuma walked free from the courtroom and addressed the crowd."
    assert "prisoner_release" not in types(zuma)
    assert types("Activist freed\nThe activist walked free from prison on Monday after six years.") == {
        "prisoner_release"
    }


def test_agreeing_to_sweeping_sanctions_adopts_them_and_a_sports_headline_owns_its_bodys_sanctions():
    eu = "EU Agrees To Sweeping Economic Sanctions Against Russia\nGovernments signed off on Tuesday."
    assert types(eu) == {"sanctions_imposed"}
    assert types("Russia and Ukraine agree to exchange prisoners at Paris summit\nLeaders met.") == set()
    ncaa = (
        "NCAA Lifts Penn State's Bowl Ban, Restores Scholarships\nThe governing body rolled back the sanctions "
        "it imposed in the scandal."
    )
    assert types(ncaa) == set()


def test_jailed_in_an_aside_describes_the_freed_man():
    holt = (
        "Venezuela Frees American Joshua Holt After 2 Years Behind Bars\nThe Utah man, jailed on weapons charges "
        "his family called bogus, was welcomed at the White House on Saturday."
    )
    assert types(holt) == {"prisoner_release"}


def test_a_wire_month_of_2017_items_from_articles_144():
    venezuela = (
        "EU imposes arms embargo\nThe ministers called for credible negotiations leading to free and fair "
        "elections, the release of political prisoners and respect for the assembly."
    )
    assert types(venezuela) == {"sanctions_imposed"}  # the headline's embargo, and no release
    tours = "China eases ban on group tours\nChina on Tuesday partly lifted a ban on group tours to South Korea."
    assert types(tours) == {"sanctions_lifted"}
    miteb = "Saudi prince Miteb bin Abdullah freed after settlement in corruption probe\nHe was detained in November."
    assert types(miteb) == {"prisoner_release"}


def test_long_article_retellings_from_articles_145():
    assert "arrest" not in types("Nuclear sanctions on Iran lifted; four detained Americans freed\nThey flew home.")
    coup = (
        "Court adds seven years to Suu Kyi's sentence\nMore than 16,000 people have been detained by the "
        "security forces since the coup, a monitoring group says."
    )
    assert types(coup) == set()
    assert types("Reporter convicted\nRussia and the United States have exchanged prisoners before.") == set()
    book = (
        "Peter Greste recounts imprisonment in new book\nThe First Casualty, released this week by Penguin "
        "Random House, argues that governments have used the language of war."
    )
    assert types(book) == set()
    assert types("Swap\nRussia and the United States exchanged prisoners on Friday.") == {"prisoner_release"}


def test_terminating_sanctions_lifts_them():
    myanmar = (
        "Obama Ends Remaining Sanctions On Myanmar\nThe president signed an order terminating the U.S. national "
        "emergency and economic sanctions on the Southeast Asian nation."
    )
    assert types(myanmar) == {"sanctions_lifted"}


def test_hostages_seized_then_freed_in_one_headline_are_a_release_only():
    turks = "49 Turkish Hostages Seized By ISIS In Iraq Freed\nThey were flown home on Saturday."
    assert types(turks) == {"prisoner_release"}


def test_released_new_data_and_detained_in_early_july_are_not_news_acts():
    famine = "UN declares famine\nThe unit, managed by the UN agency, released new survey data showing malnutrition."
    assert types(famine) == set()
    fenerbahce = (
        "Federation withdraws club from Champions League\nThe chairman, who was among more than thirty people "
        "detained by police in raids in early July, remains in custody."
    )
    assert types(fenerbahce, "2011-08-24") == set()


def test_chants_for_a_release_immigration_blacklists_and_escapes_are_not_acts():
    bangkok = "Emergency declared\nThousands rallied in Bangkok, chanting for the release of their leaders."
    assert types(bangkok) == set()
    pemberton = (
        "US Marine deported\nThe Bureau of Immigration said he had been added to its blacklist and would not be "
        "allowed to return."
    )
    assert types(pemberton) == set()
    congo = (
        "More than 1,300 inmates escape after attack on Congolese prison\nThe Islamic State group claimed "
        "responsibility, saying its fighters had freed prisoners."
    )
    assert types(congo) == set()


def test_restoring_sanctions_reimposes_them():
    iran = "U.S. Restores All Iran Sanctions Lifted Under Nuclear Deal\nThe penalties took effect Monday."
    assert types(iran) == {"sanctions_imposed"}
    # ... but a waiver restored eases them (session 11)
    assert types("U.S. Restores Sanctions Waiver For Iran's Nuclear Work\nThe State Department acted.") == {
        "sanctions_lifted"
    }
    assert types("US moves to restore UN sanctions on Iran as allies object\nEurope disagreed.") == set()
