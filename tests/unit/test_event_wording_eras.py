"""Event detection on wordings that blind probes of older HuffPost and Wikinews years found.

Session 7's probes imitate the corpus's own sources from years the corpus does not cover
(HuffPost 2012-2018 headlines with their one-line teasers, Wikinews 2017-2022), which is
where unseen real news most likely comes from. Each class they exposed is tested here
with its look-alikes. The sentences are hand-written paraphrases, not corpus text.
"""

from __future__ import annotations

from tests.unit.event_support import assert_actors, assert_no_events, assert_reports, types


def _headline(title: str, body: str = "Officials spoke.") -> set[str]:
    return types(f"{title}\n{body}")


def test_hostages_freed_with_a_named_captor_group_and_a_state_freeing_a_named_person():
    assert _headline("21 Chibok Girls Freed After Talks With Boko Haram") == {"prisoner_release"}
    assert _headline(
        "Cuba Frees Alan Gross As Obama Announces Historic Thaw",
        "The American contractor, jailed in Cuba for five years, landed at Andrews Air Force Base.",
    ) == {"prisoner_release"}
    assert _headline("Khodorkovsky Freed After Putin Pardon, Flies To Germany") == {"prisoner_release"}
    assert _headline("Iran Frees Tanker After Two Months") == set()
    assert_no_events("Rebels freed the town from government troops.")


def test_a_sanctions_noun_before_a_participle_is_not_the_verb():
    assert _headline("Iran Sanctions Lifted Hours After Tehran Frees Americans") == {
        "sanctions_lifted",
        "prisoner_release",
    }
    assert _headline("Russia Sanctions Imposed Over Ukraine") == {"sanctions_imposed"}
    assert _headline("Venezuela Sanctions Eased As Talks Resume") == {"sanctions_lifted"}
    assert _headline("US Sanctions Chinese Officials Over Hong Kong") == {"sanctions_imposed"}


def test_a_country_modifying_a_trade_measure_and_investment_bans():
    assert _headline("Obama Eases Cuba Travel And Trade Restrictions") == {"sanctions_lifted"}
    assert _headline("U.S. Eases Investment Ban On Burma") == {"sanctions_lifted"}
    assert _headline("U.S. Eases Cuba Travel And Trade Rules In Historic Shift") == {"sanctions_lifted"}
    assert _headline("EU Agrees New Trade Rules With Japan") == set()
    assert _headline("US Lifts China Travel Restrictions As Virus Cases Fall") == set()


def test_sanctions_extended_or_remaining_are_a_state_and_another_clause_passive_is_not_theirs():
    # the guide's "detention extended" is an ongoing state; so is a six-month rollover
    assert _headline("EU Extends Economic Sanctions On Russia For Six More Months") == set()
    assert _headline("Russia Sanctions Extended By Six Months") == set()
    assert _headline("Iran Sanctions Remain In Place As Nuclear Talks Are Extended") == set()
    assert _headline("Iran Frees Jason Rezaian As Sanctions Are Lifted") >= {"sanctions_lifted"}
    assert "sanctions_imposed" not in _headline("Iran Frees Jason Rezaian As Sanctions Are Lifted")
    assert _headline("Activists Call Police Killings 'State-Sanctioned Violence'") == set()


def test_readying_or_drafting_sanctions_is_no_act():
    assert _headline("EU Readies New Sanctions Against Syria") == set()
    assert_no_events("Officials are drafting sanctions against Syria's central bank.")


def test_a_headline_arrest_after_a_preposition_and_a_return_that_dates_an_arrest():
    assert _headline("Russia Bans Turkish Goods After Detaining Turkish Businessmen") >= {"arrest"}
    assert_no_events("Lawyers accused of detaining children were fined.")
    assert _headline(
        "Bahrain Arrests Rights Activist Nabeel Rajab At Airport",
        "The prominent Bahraini activist was detained Saturday as he returned from Beirut, his lawyer said.",
    ) == {"arrest"}


def test_memories_and_coordinated_acts_days_after_another_are_background():
    assert _headline("John Lewis Recalls Being Beaten And Arrested In Selma") == set()
    assert_no_events(
        "Bland was found hanged in her cell three days after she was pulled over and arrested for assault.",
        "She remembers how she was detained at the border.",
    )
    assert_reports("arrest", "Police stopped and arrested two men on Sunday.")


def test_a_bail_headline_makes_the_bodys_walk_out_of_jail_that_bail():
    assert (
        _headline(
            "George Zimmerman Released On $150,000 Bail",
            "The neighborhood watch volunteer walked out of a Florida jail just after midnight.",
        )
        == set()
    )
    assert _headline(
        "Activist Freed After Two Years",
        "The activist walked out of a Florida jail just after midnight on Monday.",
    ) == {"prisoner_release"}


def test_a_countrys_full_name_before_sanctions_is_their_target_an_abbreviation_their_source():
    assert_actors("EU Eases Zimbabwe Sanctions Ahead Of Referendum\nOfficials spoke.", "sanctions_lifted", None, "ZW")
    assert_actors("News\nThe EU eased its Zimbabwe sanctions on Monday.", "sanctions_lifted", None, "ZW")
    assert_actors("Lifting of US sanctions on Iran begins\nOfficials spoke.", "sanctions_lifted", "US", "IR")
    assert_actors("News\nThe lifting of British sanctions on Iran began on Monday.", "sanctions_lifted", "GB", "IR")


def test_jailed_for_years_bail_walks_and_a_threatened_custody_are_no_acts():
    assert _headline("Kalief Browder, Jailed At Rikers For 3 Years Without Trial, Dies At 22") == set()
    assert _headline("Hong Kong Activist Joshua Wong Walks Free On Bail") == set()
    assert (
        _headline(
            "Meek Mill Released From Prison On Bail, Heads Straight To 76ers Game",
            "The rapper walked out of a state prison in Chester after the court ordered him freed on bail.",
        )
        == set()
    )
    assert_no_events("Deputies will take him into custody if he doesn't show up by Friday, the judge warned.")
    assert_reports("arrest", "Deputies took him into custody on Friday.", "He was taken into custody on Friday.")


def test_what_an_earlier_designation_did_and_a_return_that_is_a_noun():
    assert_no_events("The designation froze any assets they held under US jurisdiction.")
    assert _headline("Alexei Navalny detained on return to Russia") == {"arrest"}


def test_a_second_object_of_a_call_for_is_requested_too():
    assert_no_events(
        "It also called for an arms embargo on the country and for targeted sanctions against the generals."
    )
    assert_reports(
        "sanctions_imposed", "The EU imposed an arms embargo on Monday and for the first time targeted sanctions."
    )


def test_sanctions_as_a_negated_subject_backing_off_options_and_the_price_of_a_deal():
    assert _headline("Pence: Russia Sanctions Aren't Going Anywhere") == set()
    assert _headline("Sanctions On Iran Lifted As Nuclear Deal Takes Effect") == {"sanctions_lifted"}
    assert "sanctions_imposed" not in _headline("White House Backs Off Russia Sanctions Nikki Haley Announced")
    assert _headline("Trump Waives Iran Sanctions Again, But Says It's The Last Time") == set()
    assert _headline("Treasury Waives Most Sanctions On Syria") == {"sanctions_lifted"}
    assert_no_events(
        "An official said asset freezes and visa bans against Russian officials were among the options being "
        "considered.",
        "Iran and six powers reached an agreement to limit its nuclear programme in exchange for the lifting of "
        "international sanctions.",
    )
    completed = "The United States confirmed the removal of sanctions on Belarus's potash industry in exchange for the"
    assert types(f"News\n{completed} release of 123 prisoners.") == {"sanctions_lifted", "prisoner_release"}


def test_marches_for_a_release_things_detained_asides_and_tv_episodes():
    assert _headline("Two years on, campaigners march for release of Chibok schoolgirls") == set()
    assert _headline("Why Your Luggage Gets Detained At Customs") == set()
    assert_no_events(
        "The Honduran woman, detained in a New Mexico facility, has been denied hormone therapy, her lawyers say.",
        "The amnesty could allow 30 people detained over a Greenpeace protest to avoid trial.",
    )
    assert_reports("arrest", "The man, detained on Monday near the border, was charged with smuggling.")
    assert _headline("'Brooklyn Nine-Nine' Finale Sees Jake Arrest His Childhood Hero") == set()


def test_third_round_recall_names_numbers_recaptures_letting_go_and_halted_imports():
    assert _headline("U.S. Sanctions Kim Jong Un Personally For The First Time") == {"sanctions_imposed"}
    assert _headline("Khashoggi Killing: U.S. Sanctions 17 Saudis") == {"sanctions_imposed"}
    for title in ("US Sanctions Hit Iran Economy", "US Sanctions Chief Resigns", "US Sanctions Could Hurt Iran"):
        assert _headline(title) == set(), title
    assert _headline("Paris Attacks Suspect Salah Abdeslam Captured In Brussels") == {"arrest"}
    assert _headline("'Mission Accomplished': Mexico Recaptures El Chapo") == {"arrest"}
    assert _headline("Abu Sayyaf Lets Norwegian Hostage Go After A Year") == {"prisoner_release"}
    assert _headline("Turkish Court Lets American Pastor Go") == {"prisoner_release"}
    assert _headline("Company Lets 200 Workers Go") == set()
    assert _headline("Japanese Journalist Back Home After 3 Years Held In Syria") == {"prisoner_release"}
    assert _headline("Cuba Officially Off U.S. Terror Blacklist") == {"sanctions_lifted"}
    assert _headline("U.S. Pauses Sanctions On Belarusian Companies") == {"sanctions_lifted"}
    assert _headline("Moscow Relaxes Ban On Turkish Produce, Tomatoes Still Off The Menu") == {"sanctions_lifted"}
    assert _headline("China Halts North Korean Coal Imports") == {"sanctions_imposed"}
    assert _headline("Obama Orders New Penalties On North Korea Over Sony Hack") == {"sanctions_imposed"}
    assert _headline("Congress Approves Tougher Penalties On Drunk Drivers") == set()
    assert _headline("Russia's Flagship Airline Aeroflot Halts All International Flights Except To Belarus") == set()


def test_third_round_precision_wishes_attributes_statistics_memories_and_court_outcomes():
    assert_no_events(
        "Defense lawyers want their client released to house arrest while he awaits trial.",
        "The report found black motorists were searched and arrested at higher rates than white drivers.",
    )
    assert _headline("Body Camera Video Shows Officer Tasing Handcuffed Man During 2016 Arrest") == set()
    assert _headline("Police Handcuffed Man At Starbucks, Video Shows") == {"arrest"}
    assert _headline("Man Arrested For Filming Police Wins $50,000 Settlement") == set()
    assert _headline("Activist Arrested During 2014 Ferguson Protests Launches Run For City Council") == set()
    assert (
        _headline(
            "'They Took Me Into Custody In Front Of My Kids': A Mother Recalls The Postville Raid",
            "Nearly 400 workers were detained in the 2008 raid.",
        )
        == set()
    )
    assert (
        _headline(
            "Ohio Man Gets Life For 2014 Shooting Spree",
            "He was arrested hours after the killings and has remained jailed since, prosecutors said.",
        )
        == set()
    )


def test_fourth_round_renewals_wishes_looming_sanctions_and_a_second_headline_verb():
    assert _headline("EU Rolls Over Economic Sanctions On Russia For Six More Months") == set()
    assert _headline("US Rolls Back Sanctions On Cuba") == {"sanctions_lifted"}
    assert _headline("Obama Renews Venezuela Sanctions Order For Another Year") == set()
    assert _headline("Rouhani Says Iran Wants All Sanctions Lifted Within Months") == set()
    assert _headline("Iran's Rial Hits Record Low As U.S. Sanctions Loom") == set()
    assert _headline("Obama Expels 35 Russian Diplomats, Sanctions Spy Agencies Over Election Hacking") == {
        "sanctions_imposed"
    }
    assert_no_events(
        "Johnson conceded there was little appetite among European partners for new penalties on Moscow.",
        "It recommended that the government release all individuals arbitrarily deprived of their liberty.",
    )


def test_fourth_round_attributes_dates_and_memories():
    assert _headline("Swedish Ambassador Visits Detained American In North Korea") == set()
    assert _headline("Freed American Writer Peter Theo Curtis Recounts Captivity In Syria") == set()
    assert _headline("Egyptian Activist Arrested In 2013 Gets Five Years In Prison") == set()
    assert _headline("Photo Of Drowned Syrian Toddler Captures Scale Of Refugee Crisis") == set()
    assert_no_events("Earlier this month, activists were arrested in Brisbane after blocking a bridge.")
    assert_reports(
        "prisoner_release",
        "The president confirmed on Sunday that two aid workers kidnapped in Mali earlier this year had been released.",
    )


def test_fifth_round_negated_subjects_regulators_documentaries_and_captures():
    assert_no_events(
        "None of the defendants, accused of running a troll farm, is in custody.",
        "He was given 18 drinks in 82 minutes; none of the students has been taken into custody.",
        "Regulators sanctioned the bank after employees opened accounts customers never asked for.",
        "Many said they were beaten in custody.",
        "More than 35,000 people were detained during protests in the months following the August 2020 vote.",
        "Authorities have cracked down on dissent since last year's election, and thousands have been detained.",
    )
    assert (
        _headline(
            "New Documentary Traces One Man's Long Road To Exoneration",
            "The film follows him from his 1994 conviction to the day he finally walked free.",
        )
        == set()
    )
    assert _headline("Man Detained By ICE In 2016 Finally Gets His Green Card") == set()
    assert _headline("Small-Town Police Department Nabs Viral Fame With Lip Sync Video") == set()
    assert _headline("Teen Charged, Arrested After Threatening Post About School") == {"arrest"}
    assert _headline("U.S. Marshals Capture Fugitive On FBI's Most Wanted List") == {"arrest"}
    assert _headline("Biden Approves Order Paving Way For Sanctions On Myanmar Generals") == set()
    assert "sanctions_imposed" not in types(
        "News\nKerry announced in Vienna that nuclear-related sanctions were lifted on Saturday."
    )


def test_sixth_round_sanctions_as_subject_or_object_votes_discussions_and_delays():
    for title in (
        "Iran's Currency Hits Record Low As Sanctions Bite",
        "Syrians Face Fuel And Medicine Shortages As Sanctions Pinch",
        "HSBC To Pay $1.9 Billion In Money Laundering, Sanctions Case",
        "North Korea Calls Sanctions An 'Act Of War'",
        "Trump Delays Decision On Lifting Sudan Sanctions",
    ):
        assert _headline(title) == set(), title
    assert_no_events(
        "The House voted 419-3 on Tuesday to approve new sanctions on Russia, sending the measure to the Senate.",
        "Foreign ministers are discussing travel bans and asset freezes on members of Maduro's government.",
    )


def test_sixth_round_approved_releases_pardoned_homecomings_recaptures_and_videos():
    assert _headline("Israel Approves Release Of 104 Palestinian Prisoners") == set()
    assert _headline("British Academic Matthew Hedges Returns Home After UAE Pardon") == {"prisoner_release"}
    assert _headline("American Writer Peter Theo Curtis Freed In Syria") == {"prisoner_release"}
    assert _headline("Mexican Marines Recapture Drug Lord 'El Chapo' Guzman") == {"arrest"}
    assert _headline("Texas Officials Release Dashcam Video Of Sandra Bland's Arrest") == set()
    assert _headline("Judge Grants Bond To 'Dreamer' Detained By ICE In Seattle") == set()


def test_sent_to_jail_before_a_verdict_is_an_arrest_a_sentence_is_not():
    assert _headline("Judge Sends Paul Manafort To Jail Ahead Of Trial") == {"arrest"}
    assert _headline("Judge Sends Paul Manafort To Jail Over Witness Tampering Charges") == {"arrest"}
    assert_no_events(
        "The judge sent him to prison for 10 years on fraud charges.", "She sent letters to prison inmates."
    )


def test_seventh_round_sanctions_nouns_in_headlines():
    for title in (
        "Russia Sanctions Cost German Exporters Billions, Study Finds",
        "Trump Puts New Russia Sanctions On Hold",
        "How Sanctions Helped End Apartheid",
        "Aluminum Prices Hit 7-Year High On Rusal Sanctions Fallout",
        "European Firms Pull Out Of Iran As U.S. Sanctions Snap Back",
        "Former Treasury Sanctions Official Joins Wall Street Law Firm",
        "College Sanctions Fraternity After Hazing Death",
    ):
        assert _headline(title) == set(), title
    assert _headline("Obama Ends Sanctions Program Against Myanmar") == {"sanctions_lifted"}
    assert _headline("Canada Arrests Huawei Finance Chief At U.S. Request") == {"arrest"}
    assert _headline("Russia Arrests Spark Outcry") == set()


def test_seventh_round_custody_bail_leads_captor_groups_and_generic_states():
    assert _headline("All Six Officers Charged In Freddie Gray's Death Are Now In Custody") == {"arrest"}
    assert _headline("Inmate Mistakenly Released From Jail Is Back In Custody") >= {"arrest"}
    assert (
        _headline(
            "Meek Mill Walks Out Of Prison After Pennsylvania Supreme Court Order",
            "The court ordered the rapper released on unsecured bail while he fights his sentence.",
        )
        == set()
    )
    assert _headline("American Writer Peter Theo Curtis Freed By Al Qaeda-Linked Group In Syria") == {
        "prisoner_release"
    }
    assert_no_events(
        "The pontiff told inmates that being detained 'does not mean being excluded.'",
        "Suu Kyi said releasing detained students and activists would be a priority, without giving a date.",
        "The campaigners, detained weeks before the kingdom lifted its ban on women driving, have had no lawyers.",
    )
    assert_reports("arrest", "Several officers posted bail within hours of being booked into the jail on Friday.")


def test_eighth_round_sanctions_headline_roles():
    for title in (
        "U.S. Sanctions Cast Shadow Over Trump-Putin Summit",
        "New Syria Sanctions Blocked At U.N. As Russia, China Cast Veto",
        "Scottish Episcopal Church Sanctions Same-Sex Weddings",
        "North Korea Sanctions Enforcement Falls Short, U.N. Panel Says",
        "House Votes To Extend Iran Sanctions Act",
        "Treasury Moves To Lift Sanctions On Deripaska's Companies",
    ):
        assert _headline(title) == set(), title
    assert _headline("EU Sanctions 12 More Belarus Officials Over Crackdown") == {"sanctions_imposed"}


def test_eighth_round_relative_negations_asides_photos_and_demands():
    assert _headline("Man Who Spent 39 Years In Prison For Murders He Didn't Commit Walks Free") == {"prisoner_release"}
    assert_no_events("Iran didn't release the prisoners.", "The junta didn't set free any prisoners.")
    assert _headline("Otto Warmbier, American Student Freed By North Korea, Dies At 22") == set()
    assert _headline(
        "Jason Rezaian Lands In Germany After Release From Iranian Prison",
        "The American reporter, freed after 545 days, was flown to a U.S. military hospital.",
    ) == {"prisoner_release"}
    assert _headline("Elizabeth Warren Releases DNA Test Showing Native American Ancestry") == set()
    assert_no_events(
        "The FBI released photographs of the two suspects on Thursday afternoon.",
        "Al Jazeera demanded that the verdict be overturned and that its staff be freed.",
    )


def test_ninth_round_acts_told_only_in_the_teaser():
    assert_reports(
        "arrest",
        "Turkish authorities rounded up nearly 3,000 soldiers after the failed coup attempt.",
        "Mexican marines nabbed Joaquin 'El Chapo' Guzman in a raid in Los Mochis on Friday.",
        "Chinese state security officers picked up a Canadian former diplomat, Ottawa said on Tuesday.",
    )
    assert_reports(
        "prisoner_release",
        "The Taliban handed over Sgt. Bowe Bergdahl to American special forces on Saturday.",
        "Pyongyang let the American student go on humanitarian grounds after 17 months in custody.",
        "Tehran swapped four detained Americans for seven Iranians held in the U.S., officials said on Saturday.",
        "The American writer was handed over to U.N. peacekeepers after nearly two years as a hostage.",
    )
    assert_reports(
        "sanctions_imposed",
        "EU ministers imposed an embargo on Iranian crude on Monday, phased in until July.",
        "Saudi Arabia banned Qatari planes from its airspace on Monday.",
    )
    assert_reports("sanctions_lifted", "The president scrapped a decades-old U.S. ban on arms sales to Hanoi.")


def test_ninth_round_animals_generic_people_and_measures_in_force():
    assert_no_events(
        "Deputies took the 8-foot alligator into custody and released it into a nearby lake.",
        "Homeboy Industries hires people released from prison, offering job training.",
        "Travel bans and asset freezes on about 150 Russian individuals remain in force until September.",
    )


def test_tenth_round_headlines_that_ask_explain_or_argue_report_no_act():
    for title in (
        "Is This The End Of Iran Sanctions?",
        "The Case For Lifting Sanctions On Cuba",
        "Why Sanctions Alone Won't Stop North Korea",
        "The Case Against New Sanctions On Iran",
        "From Rosa Parks To John Lewis: 7 Arrests That Changed History",
    ):
        assert _headline(title) == set(), title
    assert _headline("Will Sanctions Stop Putin?", "The EU imposed sweeping sanctions on Russian banks on Monday.") == {
        "sanctions_imposed"
    }
    assert _headline("13 Arrested After Brawl At Stadium") == {"arrest"}
    assert _headline("U.S. Eases Cuba Restrictions On Flights And Remittances") == {"sanctions_lifted"}


def test_tenth_round_negated_subjects_mid_sentence_orders_wishes_and_later():
    assert_no_events(
        "Scholars doubt a president can be indicted, let alone taken into custody.",
        "Months after police shot Taylor, none of the officers involved has been charged or taken into custody.",
        "A Brazilian judge ordered former President Lula da Silva released Sunday, only to be overruled.",
        "Relatives of U.S. citizens detained in Iran asked the White House to prioritize their release.",
        "He won the 2012 election but was ousted by the military a year later amid protests and arrested.",
        "Days later, China detained two Canadians, who remain in custody.",
    )


def test_eleventh_round_headline_nouns_judgements_and_extensions():
    assert _headline("Russia Arrests Show Kremlin's Fear Of Navalny") == set()
    assert _headline("European Court Says Russia's Arrests Of Navalny Were Political") == set()
    assert _headline("Iran Frees Nazanin Zaghari-Ratcliffe After Six Years") == {"prisoner_release"}
    assert _headline("Iran Frees Tanker After Two Months") == set()
    assert_no_events(
        "The report criticized Ankara over the tens of thousands of people detained after the July 2016 coup attempt.",
        "Putin signed a decree on Wednesday extending Russia's ban on most food imports from Western countries.",
    )
    assert_reports(
        "prisoner_release",
        "The government freed hundreds of prisoners on Friday, including dissidents jailed after the 1988 uprising.",
    )
