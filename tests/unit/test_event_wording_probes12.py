"""Non-acts from session 12's blind probes (tests/data/probes/README.md) and that session's review
mends: requests, conditions, descriptions, states and background that use trigger words."""

from __future__ import annotations

from tests.unit.event_support import types


def test_one_list_of_wishing_verbs_governs_bare_participles_and_the_terror_list():
    # what a wish governs is wanted, not done, in any tense of the verb
    assert types("Tehran Demanded All Sanctions Lifted Before Talks\nThe talks stalled.") == set()
    assert types("News\nHavana expected Cuba removed from the US list of state sponsors of terrorism.") == set()
    assert types("Rouhani Says Iran Wants All Sanctions Lifted Within Months\nHe spoke Sunday.") == set()
    # "sought" takes a noun, and the act after it is still the news
    sanctuary = "Immigrant Who Sought Sanctuary In Church Detained By U.S. Agents At Appointment\nHe was taken away."
    assert types(sanctuary) == {"arrest"}
    assert types("US Lifts Sanctions It Had Wanted Kept On Sudan\nThe order took effect.") == {"sanctions_lifted"}


def test_a_return_home_under_a_condition_on_a_pronoun_is_hypothetical():
    runner = "Ethiopian Olympic Runner Fears He Will Be Jailed Or Killed If He Returns Home\nHe protested in Rio."
    assert types(runner) == set()
    # a return told as news still counts
    assert types("Jailed Ethiopian Runner Returns Home After Release\nHe landed Sunday.") == {"prisoner_release"}


def test_a_plea_to_someone_for_a_release_is_a_request():
    warmbier = (
        "Detained American Student Makes Tearful Plea To North Korea For His Release\n"
        "Otto Warmbier, held since January, spoke to reporters."
    )
    assert types(warmbier) == set()
    assert "prisoner_release" not in types("News\nHis mother made a plea to Tehran for his release on Monday.")


def test_banned_goods_moved_somewhere_describe_the_goods():
    evasion = (
        "Chinese Businesswoman Charged With Helping North Korea Evade Sanctions\n"
        "U.S. prosecutors say Ma Xiaohong's company funneled banned materials to Pyongyang's weapons programs."
    )
    assert types(evasion) == set()
    assert types("News\nThe firm shipped banned goods to Iran.") == set()
    # a state banning goods from a country is the act
    assert types("News\nChina banned imports of coal from North Korea on Saturday.") == {"sanctions_imposed"}


def test_a_state_under_sanctions_is_no_new_imposition():
    assert types("News\nRussia, under sweeping Western sanctions over its invasion of Ukraine, sold more oil.") == set()
    assert types("News\nThe EU agreed new sanctions on Iran on Monday.") == {"sanctions_imposed"}


def test_putting_off_or_holding_off_a_measure_postpones_it():
    eu = (
        "European Union postpones new sanctions against Russia\nEuropean Union governments on Monday put off "
        "bringing a new round of economic sanctions against Russia into force, saying they wanted more time."
    )
    assert types(eu) == set()
    assert types("News\nThe EU held off on new sanctions against Russia on Monday.") == set()
    # holding off a crowd is another verb's business
    assert types("News\nPolice held off the crowd as officers arrested two men on Monday.") == {"arrest"}


def test_a_fight_sanctioned_by_its_bodies_was_approved():
    fight = "News\nThe fight was sanctioned by all three bodies and by the Nevada State Athletic Commission."
    assert types(fight) == set()
    assert types("News\nIran was sanctioned by the United States on Monday.") == {"sanctions_imposed"}


def test_visas_suspended_in_a_story_about_quarantine_are_a_health_measure():
    covid = (
        "China reopens borders as quarantine for arriving travellers ends\n"
        "South Korea has also suspended issuing most short-term visas in China until the end of the month."
    )
    assert types(covid) == set()


def test_a_kind_of_states_or_a_measure_in_force_described_in_a_relative_clause():
    duma = (
        "News\nThe Duma approved a bill that would allow the government to restrict trade with the United "
        "States and other countries that impose sanctions on Russia."
    )
    assert types(duma) == set()
    defiance = (
        "News\nNorth Korea said it had test-fired a missile, in defiance of United Nations sanctions that ban it "
        "from developing nuclear weapons."
    )
    assert types(defiance) == set()


def test_a_book_opening_its_sentence_was_released_far_after():
    book = (
        "Ingrid Betancourt publishes account of six years as FARC hostage\nThe book, titled Even Silence Has an "
        "End in English and Meme le silence a une fin in French, was released simultaneously in several languages."
    )
    assert types(book) == set()
    # a person told of first is still released
    assert types("News\nThe journalist, held since March in Evin prison, was released on Monday.") == {
        "prisoner_release"
    }


def test_a_verb_listed_after_a_modal_one_shares_its_modality():
    bill = (
        "News\nThe senators agreed on a bill that would impose sanctions on Erdogan and other senior Turkish "
        "officials, freeze their assets in the United States, and bar them from entering the country."
    )
    assert types(bill) == set()
    cuba = (
        "News\nAirlines announced plans for services to the island in anticipation of further easing of travel "
        "restrictions on Cuba."
    )
    assert types(cuba) == set()


def test_a_release_among_the_commitments_a_deal_asks_for_is_a_condition():
    venezuela = (
        "News\nUS officials said the licence would not be renewed unless Maduro's government met its commitments, "
        "including setting out by the end of November a process for candidates barred from office to run and for "
        "the release of wrongfully detained Americans and political prisoners."
    )
    assert types(venezuela) == set()


def test_an_act_inside_an_after_clause_dated_a_period_back_is_background():
    smollett = (
        "All Charges Against Jussie Smollett Dropped\nChicago's mayor called it 'a whitewash of justice' a month "
        "after police announced the actor's arrest."
    )
    assert types(smollett) == set()
    # the same clause opening the sentence dates the main clause, which is the news
    assert types("News\nA month after the attack, police arrested two men on Monday.") == {"arrest"}


def test_freed_from_sanctions_frees_no_prisoner():
    rusal = "Russian Aluminum Giant Freed From U.S. Sanctions Invests In Kentucky Plant\nDemocrats objected."
    assert types(rusal) == set()  # nor, as what the firm is, an easing of sanctions
    assert types("Sudan Freed From U.S. Sanctions After 20 Years\nThe order took effect.") == {"sanctions_lifted"}
    assert types("Aid Worker Freed From Iranian Prison\nShe flew home on Monday.") == {"prisoner_release"}


def test_people_detained_under_conditions_described_are_held_not_arrested():
    clint = (
        "Lawyers Describe 'Appalling' Conditions For Migrant Children Detained At Texas Border Station\n"
        "Kids held at the facility lacked soap."
    )
    assert types(clint) == set()


def test_a_verb_governing_a_targeted_measure_carries_the_infinitive():
    ban = (
        "News\nBan Ki-moon urged the Security Council to impose an immediate arms embargo on South Sudan and to "
        "place targeted sanctions on leaders who block the peace deal."
    )
    assert types(ban) == set()
    assert types("News\nThe US imposed targeted sanctions on Russian officials on Monday.") == {"sanctions_imposed"}


def test_custody_whenever_it_happens_is_a_habit_not_an_act():
    dhu = (
        "News\nThe coroner recommended that police be required to notify a legal service whenever an Aboriginal "
        "person is taken into custody."
    )
    assert types(dhu) == set()


def test_police_releasing_a_sketch_or_settling_over_old_arrests():
    assert types("Police Release Sketch Of Man Suspected In String Of Car Break-Ins\nCall the tip line.") == set()
    g20 = "Toronto police agree to C$16.5 million settlement over G20 mass arrests\nThe class action ends."
    assert types(g20) == set()
    stop = "News\nThe video shows an officer slamming a handcuffed man's head into a patrol car two years ago."
    assert types(stop) == set()


def test_conditions_offers_and_disputes_about_a_release_are_not_one():
    cuba = "News\nHe said he would consider ending the protest once the first prisoners were actually freed."
    assert types(cuba) == set()
    griner = "News\nShe will remain jailed as Washington presses Moscow to accept its offer of a prisoner swap."
    assert types(griner) == set()
    assert types("Brazilian judges clash over release of jailed former president Lula\nThe court split.") == set()


def test_flights_suspended_for_a_volcanic_ash_cloud_are_no_sanction():
    ash = (
        "Volcanic ash cloud from Iceland grounds flights across northern Europe\nNorway and Sweden closed their "
        "airspace, and Ireland suspended flights earlier in the morning."
    )
    assert types(ash) == set()
    assert types("News\nThe US suspended all charter flights to Cuba on Friday.") == {"sanctions_imposed"}


def test_balking_at_a_measure_and_blacklisted_people_in_a_clause_are_no_acts():
    greece = "Greece's New Government Balks At Fresh EU Sanctions On Russia\nAthens wants talks first."
    assert types(greece) == set()
    myanmar = (
        "Trade\nThe Treasury move lets cargo pass through Burma's ports, though blacklisted tycoons remain off-limits."
    )
    assert types(myanmar) == set()


def test_holding_back_a_release_or_freeing_under_a_condition_with_an_aside():
    assert types("Israel holds back fourth release of Palestinian prisoners\nTalks stalled.") == set()
    quit_if = (
        "News\nSome ministers have threatened to quit if the prisoners, many convicted of killing Israelis, are freed."
    )
    assert types(quit_if) == set()


def test_measures_that_remain_as_others_do_are_in_force():
    ivory = "News\nThe embargo on heavy weapons remains in place, as do targeted travel bans and asset freezes."
    assert types(ivory) == set()


def test_sanctions_in_force_told_in_the_perfect_past_the_lead_of_another_story():
    suu_kyi = (
        "Aung San Suu Kyi marks 64th birthday in prison as supporters call for her release\n"
        "Friday, June 19, 2009\n\nBurmese opposition leader Aung San Suu Kyi spent her birthday in Insein prison "
        "on Friday.\n\nThe United States and the European Union have imposed sanctions on the military government "
        "over its treatment of Suu Kyi."
    )
    assert types(suu_kyi) == set()
    # the same sentence as a story's lead, or under a headline on the measure, is the news
    assert types("News\nAustralia has imposed sanctions on Russian officials.") == {"sanctions_imposed"}
    in_force = suu_kyi.replace("marks 64th birthday in prison as supporters call for her release", "sanctions")
    assert types(in_force) == {"sanctions_imposed"}


def test_goals_told_as_a_role_to_play_or_a_tougher_targeted_response():
    moon = (
        "News\nMoon asked France to play a role in easing United Nations sanctions against North Korea once "
        "Pyongyang makes progress."
    )
    assert types(moon) == set()
    brown = "News\nBrown urged the European Union to respond with tougher targeted sanctions."
    assert types(brown) == set()
    assert types("News\nThe EU adopted tougher targeted sanctions against Belarus on Monday.") == {"sanctions_imposed"}


def test_years_held_before_coming_home_are_a_state():
    nazanin = "Nazanin Zaghari-Ratcliffe back in UK after six years detained in Iran\nShe landed on Wednesday."
    assert "arrest" not in types(nazanin)


def test_freezes_a_lifting_verb_governs_or_a_regulator_orders_are_no_sanctions():
    burma = (
        "European Union suspends most sanctions on Burma\nThe decision lifts for now the restrictions on trade, "
        "investment and financial transactions, and the visa bans and asset freezes on nearly 500 people."
    )
    assert types(burma) == {"sanctions_lifted"}
    ftx = (
        "News\nPolice said they were working with the Securities Commission of The Bahamas, which on Thursday "
        "froze the assets of FTX Digital Markets."
    )
    assert types(ftx) == set()


def test_an_estimate_of_people_being_held_is_a_tally():
    iran = (
        "News\nRights groups estimate that more than 14,000 people are being held over their alleged role in the "
        "demonstrations."
    )
    assert types(iran) == set()
    assert types("News\nA man is being held on suspicion of murder, police said on Monday.") == {"arrest"}


def test_a_release_told_as_the_cause_of_a_measure_came_before_it():
    belarus = (
        "United States eases sanctions on Belarusian firms after prisoner releases\nThe United States has lifted "
        "sanctions on two subsidiaries of Belneftekhim, in response to the release of political prisoners.\n\n"
        '"This action is a response to the release of Alexander Kozulin," a spokesman said.'
    )
    assert types(belarus) == {"sanctions_lifted"}


def test_background_told_as_tallies_so_far_or_acts_a_week_before_the_news():
    elshamy = (
        "News\nThe verdict comes a week after another Al Jazeera journalist, Abdullah Elshamy of the network's "
        "Arabic service, was freed on health grounds."
    )
    assert types(elshamy) == set()
    ovd = "News\nMonitoring group OVD-Info says police have detained more than 10,000 people at the protests so far."
    assert types(ovd) == set()
    reserves = (
        "Russian economy shrinks four percent in second quarter\nThe economy shrank, the statistics agency said.\n\n"
        "Since February the United States and its allies have frozen around half of the central bank's reserves."
    )
    assert types(reserves) == set()


def test_records_of_an_arrest_and_captives_found_handcuffed_and_a_safety_ban():
    bland = "Texas Officials Release Dashcam Video Of Sandra Bland's Traffic Stop And Arrest\nShe died days later."
    assert types(bland) == set()
    found = "News\nThe reporters were found blindfolded and handcuffed by Turkish soldiers near the border."
    assert types(found) == set()
    faa = "FAA Bans U.S. Flights To Tel Aviv After Rocket Lands Near Airport\nThe ban lasts 24 hours."
    assert types(faa) == set()


def test_conditional_releases_safety_suspensions_and_old_measures_in_a_speech():
    diack = "News\nAfter questioning, Diack was released under judicial supervision and ordered not to leave France."
    assert types(diack) == set()
    sinai = "Russia suspends all passenger flights to Egypt after Sinai crash\nThe airline complied."
    assert types(sinai) == set()
    speech = 'News\nHe said the US had already imposed "tough, calibrated sanctions" on Venezuela\'s government.'
    assert types(speech) == set()
    draft = (
        "News\nIt would also impose a travel ban on Iranian officials and scientists involved in those programmes "
        "and freeze their assets abroad."
    )
    assert types(draft) == set()


def test_slogans_reports_and_judgements_of_old_arrests():
    hk = 'News\nMarchers carried banners reading "Free political prisoners" through the city.'
    assert types(hk) == set()
    fbi = "News\nCrime rose, according to the FBI's annual report Crime in the United States, released on Monday."
    assert types(fbi) == set()
    judged = 'News\nPutin said the arrests of the officers were a sign of "state terrorism".'
    assert types(judged) == set()
    details = "News\nResearchers said important details on homicides and arrests were missing."
    assert types(details) == set()
    coal = "China Bans Leave Australian Coal Ships Stranded\nDozens of vessels have waited off Chinese ports."
    assert types(coal) == set()


def test_retrospectives_family_pleas_settlements_and_testimony():
    kelly = "'Surviving R. Kelly Part II' Revisits The Singer's Arrest\nThe docuseries returns Friday."
    assert types(kelly) == set()
    family = "Family Of American Detained In North Korea Pleads For His Release\nThey spoke in Ohio."
    assert types(family) == set()
    nurse = "Utah Nurse Settles With Salt Lake City For $500,000 Over Arrest Caught On Bodycam\nThe video went viral."
    assert types(nurse) == set()
    punt = "Trump Refuses To Certify Iran Nuclear Deal, Punts Sanctions Decision To Congress\nLawmakers have 60 days."
    assert types(punt) == set()
    amnesty = "News\nThe rights group released testimony from former guards and detainees at Saydnaya."
    assert types(amnesty) == set()
    cuba = "News\nActivists say police still detain them, despite the release of 53 political prisoners under the deal."
    assert types(cuba) == set()


def test_arrests_in_previous_years_and_other_sanctioned_people():
    suu_kyi = "News\nIn previous years, security forces arrested dozens of people taking part in the protest."
    assert types(suu_kyi) == set()
    lawyers = "News\nLawyers for other sanctioned Russians have cited those rulings in their own challenges."
    assert types(lawyers) == set()


def test_contracted_futures_talk_of_ending_and_a_subjunctive_set_free():
    assange = "Ecuador Grants Julian Assange Asylum; Britain Says He'll Be Arrested If He Leaves\nIt is guarded."
    assert types(assange) == set()
    cuba = "Obama-Castro Handshake At Mandela Memorial Revives Talk Of Ending Cuba Embargo\nThe greeting was brief."
    assert types(cuba) == set()
    madonna = "News\nThe singer wore a balaclava, urging that the jailed Russian punk band be set free."
    assert types(madonna) == set()
    assert types("News\nThe three women were set free on Monday after two years in prison.") == {"prisoner_release"}


def test_release_precision_opposed_animals_rubble_close_to_and_bail_conditions():
    assert types("News\nOno has opposed his release at every parole hearing.") == set()
    lynx = "News\nTwo Iberian lynxes bred in captivity were set free in southern Spain on Wednesday."
    assert types(lynx) == set()
    rubble = "News\nA rescue team freed a woman who had been trapped in a stairwell for more than 70 hours."
    assert types(rubble) == set()
    assert types("Russia and Ukraine close to prisoner exchange, officials say\nTalks go on.") == set()
    lai = "Hong Kong Media Tycoon Jimmy Lai Granted Bail, Placed Under House Arrest\nHe must stay home."
    assert types(lai) == set()
    vaxevanis = "News\nHe was held for several hours and later let go pending a trial that is due to begin on Thursday."
    assert types(vaxevanis) == set()
    ship = "News\nPort officials have detained the vessel, and the crew remain on board."
    assert types(ship) == set()


def test_crew_captured_before_the_release_that_frees_them():
    dutch = "Libya frees three Dutch navy crew captured during evacuation mission\nThey flew home on Friday."
    assert types(dutch) == {"prisoner_release"}
