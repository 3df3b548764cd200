"""Event detection on wordings that session 8's blind probes found.

The probes were natural draws of HuffPost (2012-2022) and Wikinews (2009-2011), and sets
written to stress actors, precision and recall. Each class they exposed is tested here
with its look-alikes. The sentences are hand-written paraphrases, not corpus text.
"""

from __future__ import annotations

from tests.unit.event_support import assert_actors, types


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


def test_let_go_homecomings_a_free_man_and_leaving_a_prison():
    assert _headline("Iran lets Washington Post reporter, 3 other Americans go in prisoner deal") == {
        "prisoner_release"
    }
    assert _headline("2 of 17 kidnapped missionaries in Haiti let go by gang") == {"prisoner_release"}
    assert types("Swap\nSandra Loli and Mikael Gidada were let go in exchange for 240 rebel fighters.") == {
        "prisoner_release"
    }
    assert types("China\nChina let the two men go hours after the executive resolved her case.") == {"prisoner_release"}
    assert types("CNN\nThe anchor, arrested in May, was let go by the network after the scandal.") == set()
    assert types("Navalny\nThe Kremlin sees the jailed opposition leader as too dangerous to let go.") == set()
    assert _headline("Saudi Activist Loujain Al-Hathloul Is Home After Nearly 3 Years Behind Bars") == {
        "prisoner_release"
    }
    assert _headline("Brittney Griner Is Coming Home After Russia Swaps Her For Arms Dealer Viktor Bout") == {
        "prisoner_release"
    }
    assert _headline("Soldier Is Coming Home After 9 Months In Afghanistan") == set()
    assert _headline(
        "Mikhail Khodorkovsky, Once Russia's Richest Man, Is A Free Man",
        "The former oil tycoon flew to Germany after a decade behind bars.",
    ) == {"prisoner_release"}
    assert _headline("The Groom Is A Free Man Again", "He signed the divorce papers.") == set()
    assert types("Prison\nHe left a prison camp in Karelia on Friday after a decade behind bars.") == {
        "prisoner_release"
    }
    assert types("Tour\nThe tourists left the prison museum at noon.") == set()
    assert types("Bieber\nHe left the jail hours later after posting bond.") == set()
    assert types("Transfer\nTwelve Yemenis left the prison in the largest single transfer.") == set()


def test_handed_over_captured_a_person_in_custody_retaliation_and_orders_to_arrest():
    assert _headline("Pakistan hands over captured Indian pilot at Wagah border") == {"prisoner_release"}
    assert _headline("Australian man in custody after 49 killed at New Zealand mosques") == {"arrest"}
    assert _headline("Officers Could Face Charges In Death Of Black Man In Custody") == set()
    assert _headline("China Retaliates With Sanctions On Marco Rubio, Ted Cruz Over Xinjiang") == {"sanctions_imposed"}
    assert types("Retaliation\nMoscow responded with sanctions against Ukrainian officials.") == {"sanctions_imposed"}
    assert _headline("Russia Threatens To Retaliate With Sanctions On U.S.") == set()
    assert _headline("Argentine judge orders arrest of ex-President Cristina Fernandez") == set()
    assert _headline("U.S. Lifts Travel Ban For Vaccinated Visitors From Europe, Mexico") == set()


def test_a_domestic_arrest_is_guessed_only_when_no_other_country_is_the_scene():
    assert_actors(
        "Australian man in custody after 49 killed at New Zealand mosques\nPolice spoke.", "arrest", None, "AU"
    )
    assert_actors("Russian Opposition Leader Detained\nPolice spoke.", "arrest", "RU", "RU")


def test_walking_out_leaving_prison_animals_into_the_wild_and_conditions_on_the_captives():
    assert _headline("Chelsea Manning leaves military prison after sentence commuted") == {"prisoner_release"}
    assert _headline("About 6,000 inmates begin walking out of federal prisons early") == {"prisoner_release"}
    assert _headline("Guard Leaves Prison After Shift") == set()
    assert _headline("China Releases Captive-Bred Giant Panda Into The Wild") == set()
    assert types("Talks\nThey would walk out unless jailed activists such as Leopoldo Lopez are freed.") == set()
    assert types("Talks\nHe said that if the men are released, talks would go on.") == set()


def test_sanctions_on_a_names_possessive_bans_for_the_home_market_and_doping_bodies():
    assert _headline("U.S. Sanctions Putin's Adult Daughters And Russia's Biggest Banks") == {"sanctions_imposed"}
    assert _headline("Biden Bans Russian Oil Imports, Warns Americans Of Higher Gas Prices") == {"sanctions_imposed"}
    assert _headline("India bans wheat exports as heat wave scorches crop") == set()
    assert _headline("India Bans Wheat Exports To Tame Prices") == set()
    assert _headline("Canada Bans Russian Oil") == {"sanctions_imposed"}
    assert (
        types(
            "Lance Armstrong Banned For Life\nThe U.S. Anti-Doping Agency imposed the sanctions after the cyclist quit."
        )
        == set()
    )
    assert types("Talks\nTehran insisted that Washington lift all sanctions.") == set()


def test_long_articles_tallies_executions_quoted_acts_and_earlier_rounds():
    assert (
        types("EU prepares new Belarus sanctions\nThe EU has already imposed four rounds of sanctions on Minsk.")
        == set()
    )
    assert (
        types("Crackdown\nSome 14,000 people, including children, were being held in connection with the protests.")
        == set()
    )
    assert types("Arrest\nPolice said a man is being held on suspicion of murder.") == {"arrest"}
    assert types("Iran carries out first execution linked to protests\nHe was detained the same day.") == set()
    assert types('Bond\nTrump wrote that he would travel to Atlanta on Thursday to be "arrested" at the jail.') == set()
    assert_actors(
        "Protests\nRussian police detained thousands of people at demonstrations against the invasion of Ukraine.",
        "arrest",
        "RU",
        None,
    )


def test_captures_and_seizures_of_people_by_authorities_not_of_places_or_goods():
    assert _headline("Mexican Drug Lord Joaquin 'El Chapo' Guzman Captured") == {"arrest"}
    assert _headline("Mexican Drug Lord 'El Chapo' Guzmán Recaptured 6 Months After Prison Escape") == {"arrest"}
    assert _headline("U.S. Special Forces Capture Benghazi Suspect Ahmed Abu Khattala In Libya") == {"arrest"}
    assert _headline("Azerbaijan says its forces have captured Shusha") == set()
    assert _headline("Russia Captures Ukrainian Soldiers") == set()
    assert _headline("Swedish bookseller seized by Chinese agents on train to Beijing") == {"arrest"}
    assert _headline("Belarus forces down Ryanair jet, seizes dissident on board") == {"arrest"}
    assert types("Raid\nPolice seized drugs and cash.") == set()
    assert types("Coup\nThe army seized power on Monday.") == set()
    assert _headline("Iran Seizes British Tanker") == set()


def test_reported_detentions_negated_suspects_deals_not_reached_and_house_arrest():
    assert types(
        "Kazakh ex-spy chief falls\nThe committee said on Saturday its former head Karim Massimov, a longtime ally "
        "of the ex-president, had been detained on suspicion of high treason."
    ) == {"arrest"}
    assert types("Hackers\nThey stole data, though none of the suspects has been arrested.") == set()
    assert types("Swap\nThe Kremlin said no agreement had been reached on a prisoner exchange with the U.S.") == set()
    assert _headline("Pakistan puts Islamist leader blamed for Mumbai attacks under house arrest") == {"arrest"}


def test_captors_freeing_observers_jailbreaks_measures_in_force_and_health_leads():
    assert _headline("Pro-Russian Militants Free OSCE Observers In Eastern Ukraine") == {"prisoner_release"}
    assert _headline("Syrian Rebels Free 45 Fijian U.N. Peacekeepers") == {"prisoner_release"}
    assert (
        types("Inmates Escape As Militants Storm Abu Ghraib Prison\nGunmen attacked two prisons, freeing 500 inmates.")
        == set()
    )
    assert types("Manhunt\nCorrections officer Vicky White left the jail with a murder suspect.") == set()
    assert _headline("EU Oil Embargo On Iran Takes Full Effect") == {"sanctions_imposed"}
    assert types("News\nThe sanctions, which took effect in 2018, hurt exports.") == set()
    assert types("News\nThe smoking ban took effect on Monday.") == set()
    assert (
        types(
            "Australia ends India travel ban\nA flight landed after Canberra lifted a ban on arrivals from "
            "the COVID-19 hotspot."
        )
        == set()
    )
    assert (  # an abbreviation ("P.M.") does not end the lead before its health cue
        types(
            "Australia Ends India Travel Ban\nThe Australian government, led by P.M. Morrison, lifted a ban on "
            "arrivals from the COVID-19 hotspot."
        )
        == set()
    )
    assert types(
        "Russia bans Boris Johnson from entering country\nRussia on Saturday barred British Prime Minister Boris "
        "Johnson, Foreign Secretary Liz Truss and several other senior ministers from entering the country."
    ) == {"sanctions_imposed"}


def test_measures_kept_in_force_are_a_state():
    assert (
        types("Mugabe\nThe United States and the European Union maintain travel bans and asset freezes against Mugabe.")
        == set()
    )
    # one word set for keeping a measure, whichever measure it is (bans and asset freezes)
    assert types("Oligarchs\nThe EU extends asset freezes on Russian oligarchs.") == set()
    assert types("Oil\nCanada retains its ban on Russian oil imports, the minister said.") == set()


def test_a_travel_ban_on_private_people_is_no_sanction_on_officials_it_is():
    assert _headline("Egypt Lifts Travel Ban On American Pro-Democracy Workers") == set()
    assert _headline("U.S. Imposes Travel Ban On Russian Officials") == {"sanctions_imposed"}


def test_captured_people_released_officials_letting_a_named_man_go_and_sanctions_violated():
    assert _headline("Pakistan Releases Captured Indian Pilot As 'Peace Gesture'") == {"prisoner_release"}
    assert types("Energy\nResearchers captured a flash of gamma rays released by a thunderstorm.") == set()
    assert types("JFK\nU.S. customs officials let Hameed Khalid Darweesh go after nearly 19 hours in detention.") == {
        "prisoner_release"
    }
    assert _headline("Exxon Fined $2 Million For Violating Russia Sanctions While Tillerson Was CEO") == set()
    assert _headline("U.S. Sanctions Russia") == {"sanctions_imposed"}


def test_fourth_round_states_offers_explainers_listicles_and_retaken_ground():
    assert _headline("Iran Nuclear Talks Extended Seven Months, Sanctions Stay In Place") == set()
    assert _headline("Boko Haram Video Shows Kidnapped Girls, Offers Prisoner Swap") == set()
    assert (
        types(
            "The Magnitsky Act, Explained: Why Moscow Wants It Gone\n"
            "The 2012 U.S. law froze the assets of Russian officials."
        )
        == set()
    )
    assert _headline("Throwback: 9 Times Famous Activists Were Arrested For A Cause") == set()
    assert _headline("Iraqi Forces Recapture Tikrit From ISIS") == set()
    assert (
        types(
            "Assange\nBritish police say they would still take the WikiLeaks founder into custody "
            "if he stepped outside."
        )
        == set()
    )
    assert types("Caught\nNeighbours alerted police, who took him into custody, ending a two-day manhunt.") == {
        "arrest"
    }


def test_fourth_round_homecomings_later_clauses_captives_taken_years_ago_and_transfers():
    assert _headline("Ibrahim Halawa arrives home in Dublin after Egypt release") == {"prisoner_release"}
    assert types(
        "Cyntoia Brown Is Home\nBrown, who was sentenced to life as a teenager, walked out of a Tennessee prison "
        "Wednesday after the governor granted her clemency in January."
    ) == {"prisoner_release"}
    assert _headline("Taliban free American, Australian professors kidnapped in 2016") == {"prisoner_release"}
    assert (
        types(
            "U.S. transfers 15 Guantanamo detainees\nThe transfer, the largest single release of detainees, cut the "
            "population to 61."
        )
        == set()
    )


def test_restrictions_on_a_countrys_goods_and_workers_coming_into_force():
    assert _headline("Russian restrictions on Turkish goods and workers come into force") == {"sanctions_imposed"}


def test_fifth_round_acts_a_day_before_adjectives_lists_and_subjunctive_rulings():
    assert types(
        "Rouhani Lashes Out\nThe Iranian president lashed out a day after the U.S. imposed sanctions on Khamenei."
    ) == {"sanctions_imposed"}
    assert (
        types("Protests\nMahsa Amini, 22, died days after she was detained for allegedly violating hijab rules.")
        == set()
    )
    assert types("Rouhani Hails Deal\nWorld powers lifted crippling economic sanctions on Iran on Saturday.") == {
        "sanctions_lifted"
    }
    assert types(
        "Cigars\nThe U.S. on Thursday eased trade and travel restrictions on Cuba, allowing Americans home."
    ) == {"sanctions_lifted"}
    assert types(
        "Richardson\nMyanmar's military government freed American journalist Danny Fenster on Monday, "
        "days after sentencing him to 11 years in prison."
    ) == {"prisoner_release"}
    assert types(
        "Genscher\nRussia's most famous prisoner, former oil tycoon Mikhail Khodorkovsky, was freed on Friday "
        "after more than 10 years behind bars."
    ) == {"prisoner_release"}
    assert (
        types("Navalny\nRussia would not comply with a ruling that it release jailed politician Alexei Navalny.")
        == set()
    )
    assert types("Kremlin Warns\nThe House voted 419-3 on Tuesday for new sanctions on Russia.") == set()


def test_background_in_long_articles_obituaries_dates_and_tallies():
    assert types("Havel dies aged 75\nHe was arrested again in January 1989 during protests.", "2011-12-18") == set()
    assert types("Ressa wins Nobel\nShe was arrested again the following month at Manila airport.") == set()
    assert (
        types(
            "Court sentences Suu Kyi\nSuu Kyi was detained in the early hours of February 1, when the army took over.",
            "2021-12-06",
        )
        == set()
    )
    assert (
        types("Warmbier\nThe family will try to seize assets, although many are already frozen under sanctions.")
        == set()
    )
    assert types(
        "Rezaian freed\nIran released four prisoners in an exchange announced hours before international "
        "sanctions on Iran were lifted."
    ) == {"prisoner_release", "sanctions_lifted"}
    assert types("Kerry\nThe minister said that lifting the embargo was essential to normal relations.") == set()
    assert (
        types("Tikhanovsky\nCanada imposed several rounds of sanctions on Belarusian officials over the crackdown.")
        == set()
    )
    assert types("News\nCanada imposed a new round of sanctions on Belarusian officials on Monday.") == {
        "sanctions_imposed"
    }


def test_releases_that_are_films_patients_future_dates_and_a_freed_anchor():
    assert types("Film\nThe Mauritanian, a legal drama, was released in cinemas and on video on demand.") == set()
    assert types("Crash\nBoth were taken to the hospital and were released after treatment.") == set()
    assert types("Clemency\nHaslam commuted her sentence, with her release set for August 7, 2019.") == set()
    assert _headline("Man Injured In Nipsey Hussle Shooting Released From Jail") == {"prisoner_release"}
    assert _headline(
        "Press TV anchor Marzieh Hashemi freed after testifying to US grand jury",
        "She had been detained as a material witness.",
    ) == {"prisoner_release"}


def test_an_act_told_days_afterward_an_earlier_one_is_background():
    assert types("Meng\nDays afterward, Chinese authorities detained two Canadians.") == set()
    assert types("Meng\nOn Monday, Chinese authorities detained two Canadians.") == {"arrest"}


def test_a_headline_sanction_with_no_named_actor_takes_the_country_opening_the_teaser():
    assert_actors(
        "Trump Slaps Sanctions On Iran's Supreme Leader\nThe U.S. measures target Ayatollah Ali Khamenei.",
        "sanctions_imposed",
        "US",
        "IR",
    )
    assert_actors(
        "Trump Slaps Sanctions On Iran's Supreme Leader\nOfficials said the measures target Khamenei's office.",
        "sanctions_imposed",
        None,
        "IR",
    )


def test_someone_detained_earlier_who_now_walks_out_is_no_new_arrest():
    assert _headline("Pizza Delivery Man Detained By ICE Walks Out Of Jail After Judge's Ruling") == {
        "prisoner_release"
    }


def test_a_show_named_as_a_date_and_sanctions_over_a_countrys_programme():
    assert _headline("Robert Durst Arrested In New Orleans Ahead Of 'The Jinx' Finale") == {"arrest"}
    assert _headline("'Brooklyn Nine-Nine' Finale Sees Jake Arrest His Hero") == set()
    assert_actors(
        "U.S. Imposes New Sanctions Over Iran's Ballistic Missile Program\nOfficials spoke.",
        "sanctions_imposed",
        "US",
        "IR",
    )


def test_gerund_subjects_measures_kept_and_a_first_arrest_years_before():
    assert types("Putin\nRamaphosa said that arresting Putin would amount to a declaration of war.") == set()
    assert types("UN\nA separate resolution adopted on the same day kept an arms embargo on al-Shabaab.") == set()
    assert (
        types("Lai trial begins\nThe trial opened on Monday, nearly three years after he was first arrested.") == set()
    )


def test_jailed_with_a_charge_captures_after_a_manhunt_and_surrenders_to_police():
    assert _headline("Ohio Man Charged And Jailed After Car Plows Into Counterprotesters") == {"arrest"}
    assert _headline("Eric Frein Captured After 7-Week Manhunt In Pennsylvania Woods") == {"arrest"}
    assert _headline("Escaped Killer David Sweat Shot And Captured Near Canadian Border") == {"arrest"}
    assert _headline("Arna Kimiai, Second Suspect In Uber Attack, Surrenders To Police") == {"arrest"}
    assert types("War\nThe rebels surrendered to government troops.") == set()
    assert types("News\nOfficer Jason Van Dyke surrendered to authorities Tuesday morning.") == {"arrest"}


def test_a_second_headline_arrest_a_blocs_flight_ban_and_an_escape():
    assert _headline("Belarus Diverts Ryanair Jet, Arrests Dissident Journalist On Board") == {"arrest"}
    assert _headline("Russia Arrests Spark Outcry") == set()
    assert _headline("EU Bars Belarusian Airlines From Its Skies Over Forced Landing") == {"sanctions_imposed"}
    assert (
        types(
            "Escaped Alabama Inmate And Jail Officer Still On The Run\nCasey White walked out of the county jail "
            "with assistant director Vicky White."
        )
        == set()
    )


def test_sanctions_precision_bills_voted_on_support_for_lifting_and_last_months_release():
    assert (
        types(
            "House backs sanctions\nThe House voted 419-3 on Tuesday to approve legislation imposing "
            "new sanctions on Russia."
        )
        == set()
    )
    assert types(
        "Trump signs sanctions bill\nThe president signed the legislation slapping new U.S. sanctions on Russia, "
        "complaining that Congress had tied his hands."
    ) == {"sanctions_imposed"}
    assert _headline("Aung San Suu Kyi backs easing of remaining US sanctions on Burma") == set()
    assert types(
        "Sanctions lifted\nThe U.S. lifted sanctions on Turkish ministers, following last month's release of "
        "American pastor Andrew Brunson."
    ) == {"sanctions_lifted"}
    assert types("Talks\nDifferences remained over which U.S. sanctions Washington would be willing to lift.") == set()


def test_background_tallies_dated_openers_agreements_and_goals():
    assert (
        types("Protasevich\nThe EU has imposed sanctions on Lukashenko and dozens of officials since the election.")
        == set()
    )
    assert (  # "protest" ends in -est but compares nothing: still a tally
        types(
            "Talks resume\nThe EU has imposed sanctions on dozens of Belarusian officials over the crackdown on "
            "protest since the election."
        )
        == set()
    )
    assert types("Talks\nThe EU has imposed sanctions on dozens of officials in its harshest step since the vote.") == {
        "sanctions_imposed"
    }
    assert types(
        "Egypt rounds up hundreds\nEgyptian authorities have detained more than 1,000 people since small street "
        "protests broke out on Friday, rights groups said.",
        "2019-09-25",
    ) == {"arrest"}
    assert types(
        "Bahrain\nBahrain has released more than 1,500 prisoners in its biggest pardon since the 2011 uprising."
    ) == {"prisoner_release"}
    assert types("Biden\nIn November 2018 the Treasury imposed sanctions on 17 Saudi officials.", "2022-07-16") == set()
    assert types("Minsk\nThe agreement provides for the release and exchange of all prisoners.") == set()
    assert types("Navalny\nThe ministers urged the EU to respond quickly with new sanctions.") == set()


def test_a_subjunctive_recommendation_and_a_sanctions_regulation_by_name():
    assert (
        types("Report\nThe inquiry recommended that all children and their families be released from detention.")
        == set()
    )
    assert types("Sudan\nThe change was published as an amendment to the Sudanese Sanctions Regulations.") == set()


def test_a_clause_joined_by_and_is_dated_afresh():
    assert types(
        "UAE pardons Matthew Hedges\nThe UAE on Monday pardoned Hedges, a student sentenced to life in prison for "
        "spying last week, and he was released and allowed to leave the country.",
        "2018-11-28",
    ) == {"prisoner_release"}
    assert types("Arrests\nPolice arrested 13 people last week.", "2018-11-28") == set()


def test_a_jailbreak_word_ending_a_headline_without_a_body_still_counts():
    assert types("Inmates walked out of prison after rebels stormed") == set()
    assert types("Inmates walked out of prison after rebels stormed\nOfficials spoke.") == set()
    assert types("Inmates walked out of prison on Monday") == {"prisoner_release"}
