"""Non-acts from session 11's blind probes (tests/data/probes/README.md): requests, conditions,
descriptions, states and background that use trigger words, and the review mends of that session."""

from __future__ import annotations

from tests.unit.event_support import types


def test_a_condition_on_the_people_to_be_freed_reaches_over_a_long_subject():
    long_subject = (
        "Opposition keeps up its march\nThe opposition said it would keep marching until every one of the "
        "activists jailed in the crackdown is freed."
    )
    assert types(long_subject) == set()
    backshifted = (
        "Husband begins hunger strike\nHe said he would not eat until his wife who is held in Evin prison was freed."
    )
    assert types(backshifted) == set()
    # a release told plainly is still one
    assert types("Opposition activists freed\nEvery one of the activists jailed in the crackdown was freed.") == {
        "prisoner_release"
    }


def test_a_jailed_person_named_by_a_determiner_is_a_state():
    manafort = (
        "Trump Says A Pardon For Paul Manafort Is 'Not Off The Table'\n"
        "The president defended his jailed former campaign chairman in an interview, days after prosecutors "
        "accused Manafort of lying to them."
    )
    assert types(manafort) == set()
    assert types("News\nThe jailed activist, accused of sedition, thanked her supporters.") == set()
    # jailed on a charge is still an arrest
    assert types("News\nThe activist was jailed on charges of inciting unrest on Monday.") == {"arrest"}


def test_sanctions_as_the_instrument_of_an_infinitive_are_its_goal():
    assert types("Senators Unveil 'Bill From Hell' To Punish Russia With New Sanctions\nThe measure is new.") == set()
    assert types("Senators Move To Punish Russia With New Sanctions\nThe measure is bipartisan.") == set()
    # an infinitive that was enacted, and a plain act, are acts
    assert types("News\nThe EU on Monday decided to hit Russia with new sanctions.") == {"sanctions_imposed"}
    assert types("EU Hits Russia With New Sanctions\nThe measures take effect today.") == {"sanctions_imposed"}


def test_sanctions_plans_are_no_sanctions():
    assert types("Bush orders new sanctions plans after Zimbabwe's one-man run-off\nHe spoke on Saturday.") == set()
    assert types("Bush orders new sanctions on Zimbabwe after one-man run-off\nHe spoke on Saturday.") == {
        "sanctions_imposed"
    }


def test_police_freezing_assets_in_a_criminal_case_impose_no_sanctions():
    apple = (
        "Hong Kong police arrest five Apple Daily executives\n"
        "Police also froze HK$18 million in assets belonging to three companies linked to Apple Daily."
    )
    assert types(apple) == {"arrest"}
    assert types("News\nThe Treasury froze the assets of 20 Russian officials on Monday.") == {"sanctions_imposed"}


def test_the_conditions_of_a_release_are_no_release():
    fujimori = (
        "Prosecutor asks court to send Keiko Fujimori back to pre-trial detention\n"
        "He said she had violated the conditions of her release by communicating with a witness."
    )
    assert "prisoner_release" not in types(fujimori)


def test_a_cabinet_approving_a_prisoner_exchange_releases_no_one_yet():
    assert types("Israeli cabinet approves prisoner exchange with Hezbollah\nThe vote was 22 to 3.") == set()
    assert types("Israel and Hezbollah complete prisoner exchange\nThe swap took place at the border.") == {
        "prisoner_release"
    }


def test_a_report_made_earlier_and_a_clause_dated_earlier_are_background():
    tally = "Iran\nA spokesman said earlier this month that about 7,000 people had been arrested during the unrest."
    assert types(tally) == set()
    joined = (
        "Iran's economy\nThe economy has been badly hit since the US withdrew from the nuclear agreement last year "
        "and reimposed sanctions on its oil exports."
    )
    assert types(joined) == set()
    assert types("News\nPolice said on Monday that 70 people had been arrested during the unrest.") == {"arrest"}


def test_an_act_timed_within_months_of_an_earlier_one_is_background():
    daniloff = (
        "Reporter sentenced after secret trial\nHe is the first American reporter held on spying charges since "
        "1986, when Nicholas Daniloff was detained in Moscow. Daniloff was freed without trial within a month."
    )
    assert types(daniloff) == set()
    assert types("News\nThe reporter was freed from prison without trial on Monday.") == {"prisoner_release"}


def test_a_lawsuit_over_an_arrest_is_no_arrest():
    walker = (
        "Breonna Taylor's Boyfriend Sues Louisville Police Over His Arrest\n"
        "Kenneth Walker says he was wrongly arrested and charged with attempted murder."
    )
    assert types(walker) == set()


def test_a_release_called_off_or_postponed_is_none():
    israel = "Israel Calls Off Release Of Palestinian Prisoners As Peace Talks Falter\nThe cabinet met on Sunday."
    assert types(israel) == set()
    assert types("Israel Postpones Release Of Palestinian Prisoners\nThe cabinet met on Sunday.") == set()
    assert types("Israel Releases 26 Palestinian Prisoners\nThe cabinet met on Sunday.") == {"prisoner_release"}


def test_a_person_who_was_being_arrested_is_described():
    garner = (
        "Medical Examiner Rules Eric Garner's Death A Homicide\n"
        "Garner, who was being arrested for selling loose cigarettes on Staten Island, died from a chokehold."
    )
    assert types(garner) == set()


def test_a_release_listed_among_demands_is_none():
    belarus = (
        "News\nThe opposition set out three demands: Lukashenko's resignation, new elections, and the release of all "
        "political prisoners."
    )
    assert types(belarus) == set()
    burma = (
        "Clinton meets Burmese leaders\nIn a letter, the United States set out its expectations, including the release "
        "of all remaining political prisoners, an end to ethnic conflicts and a break with North Korea."
    )
    assert types(burma) == set()
    assert types("News\nOfficials said: the release of all political prisoners took place on Monday.") == {
        "prisoner_release"
    }


def test_speaking_in_support_of_a_release_is_a_request():
    simpson = (
        "O. J. Simpson granted parole\nOne of the dealers spoke in support of Simpson's release, telling the board "
        "that he was a good man."
    )
    assert "prisoner_release" not in types(simpson)


def test_a_day_first_date_dates_the_act():
    argo = "'Argo' wins best picture\nThey were freed on 20 January 1981, minutes after Ronald Reagan was sworn in."
    assert types(argo, published="2013-02-25") == set()
    adnan = "Detainee ends hunger strike\nAdnan was detained in a night raid on 17 December."
    assert types(adnan, published="2012-02-21") == set()
    assert types("News\nAdnan was detained in a night raid on 20 February.", published="2012-02-21") == {"arrest"}


def test_a_town_retaken_in_a_war_is_no_capture_of_a_person():
    izium = "Ukraine recaptures Izium as Russian troops pull back in Kharkiv region\nThe army raised its flag."
    assert types(izium) == set()
    assert types("Mexico Recaptures El Chapo Guzman\nMarines seized the drug lord in a raid.") == {"arrest"}


def test_pressing_a_state_for_a_release_and_wanting_sanctions_lifted_are_requests():
    reed = (
        "Parents Of Ex-Marine Jailed In Russia Urge Biden To Bring Him Home\n"
        "His family wants the White House to press Moscow for his release."
    )
    assert "prisoner_release" not in types(reed)
    assert types(
        "Trump Walks Away From Kim Summit, Says North Korea Wanted All Sanctions Lifted\nTalks broke off."
    ) == (set())


def test_a_headline_demanding_that_people_be_freed_is_a_demand():
    hong_kong = "Hong Kong Marchers Demand Carrie Lam Resign And Jailed Protesters Be Freed\nThousands marched."
    assert types(hong_kong) == set()


def test_assets_out_of_reach_of_a_freeze_are_no_freeze():
    yacht = (
        "Sanctioned Oligarch's Superyacht Docks In Turkey\n"
        "The yacht pulled into Bodrum, out of reach of Western asset freezes on the Russian billionaire."
    )
    assert types(yacht) == set()


def test_a_sentence_opening_on_an_earlier_month_dates_its_clauses_past_a_semicolon():
    mcafee = (
        "Police seek to question McAfee\nIn April, his compound was raided by police; he was briefly detained and "
        "released without charge."
    )
    assert types(mcafee, published="2012-11-12") == set()
    assert types("News\nOn Monday, police raided the compound; he was detained.", published="2012-11-12") == {"arrest"}


def test_sanctions_a_chamber_voted_to_attach_to_a_bill_are_a_bill():
    senate = (
        "US Senate votes to expand Iran sanctions in defence bill\nThe United States Senate voted 94 to 0 on "
        "Friday to attach new sanctions on Iran to the annual defence authorisation bill."
    )
    assert types(senate) == set()
    # a parliament's vote for a release told with the release is still the release
    tymoshenko = (
        "Yulia Tymoshenko Freed From Prison\nShe left the prison hospital hours after parliament voted for her release."
    )
    assert types(tymoshenko) == {"prisoner_release"}


def test_a_person_taken_into_custody_described_in_a_relative_clause_is_no_arrest():
    girl = (
        "Girl released from immigration detention\nThe girl, who was taken into federal custody by Border Patrol "
        "agents after surgery, was released on Friday."
    )
    assert types(girl) == {"prisoner_release"}


def test_a_contracted_would_and_a_reward_for_information_are_not_acts():
    assert types("Biden Says He'd Lift Iran Sanctions If Tehran Returns To Nuclear Deal\nHe spoke Friday.") == set()
    maduro = (
        "U.S. Charges Venezuela's Nicolás Maduro With Narco-Terrorism\nThe Justice Department also offered a "
        "$15 million reward for information leading to the arrest of the Venezuelan leader."
    )
    assert types(maduro) == set()


def test_asking_a_judge_to_keep_someone_detained_is_a_state():
    chansley = (
        "Prosecutors file new claims\nThe claim came in a court filing asking a judge to keep Jacob Chansley, the "
        "so-called QAnon Shaman, detained while he awaits trial."
    )
    assert types(chansley) == set()


def test_a_plural_subject_suing_over_arrests_reports_none():
    assert types("Journalists Sue Minnesota Authorities Over Arrests And Attacks At Protests\nThey filed Monday.") == (
        set()
    )


def test_people_arrested_for_something_as_a_kind_of_people_is_no_arrest():
    xr = (
        "Court rules protest ban unlawful\nTheir lawyers said the ruling meant that people arrested for breaching "
        "the order could now seek compensation."
    )
    assert types(xr) == set()
    assert types("News\nPolice said 40 people arrested on Monday would be charged.") == {"arrest"}


def test_an_example_of_a_measure_and_a_seized_thing_are_not_acts():
    hong_kong = (
        "Trump signs Hong Kong bill\nThe law also allows the US government to impose sanctions, such as asset "
        "freezes and visa bans, on officials found responsible for abuses."
    )
    assert types(hong_kong) == set()
    clips = "Court refuses to free journalists\nProsecutors have shown video clips seized from the journalists."
    assert "arrest" not in types(clips)


def test_a_headline_subject_jailed_abroad_who_appears_in_court_is_described():
    marine = "US Marine reservist jailed in Mexico appears in court over weapons charges\nHe spoke through a lawyer."
    assert types(marine) == set()


def test_an_act_in_a_time_told_relative_to_it_is_not_news():
    taliban = "Afghan assembly meets\nThe group was ready to begin talks within a week of the prisoners being set free."
    assert types(taliban) == set()


def test_that_year_and_a_participle_after_a_clause_dated_last_year_are_background():
    suu_kyi = (
        "Suu Kyi's party wins majority\nSuu Kyi spent most of the two decades before 2010 confined to her home, and "
        "was freed from house arrest in November of that year."
    )
    assert types(suu_kyi, published="2015-11-13") == set()
    prigozhina = (
        "EU court annuls listing\nThe Council placed Prigozhina on the list after Russia invaded Ukraine last year, "
        "freezing any assets she held in the EU."
    )
    assert types(prigozhina, published="2023-03-08") == set()


def test_rather_than_and_short_of_negate_the_act():
    cooper = "Amy Cooper Charged\nShe was issued a desk appearance ticket rather than being arrested, prosecutors said."
    assert types(cooper) == set()
    capitol = "Most Of The Mob Simply Walked Away\nPolice escorted rioters out rather than arresting them on the spot."
    assert types(capitol) == set()
    ice = "Judge Orders ICE To Review Detention\nThe ruling stops short of ordering anyone freed."
    assert types(ice) == set()


def test_a_headline_future_with_to_hits_no_one_yet():
    assert types("U.S. To Hit Russia With New Sanctions Over Skripal Nerve Agent Attack\nOfficials spoke.") == set()
    assert types("U.S. Hits Russia With New Sanctions Over Skripal Nerve Agent Attack\nOfficials spoke.") == {
        "sanctions_imposed"
    }


def test_an_act_in_a_relative_clause_of_a_time_in_recent_years_is_background():
    eta = (
        "ETA announces halt\nETA has been weakened by a string of police operations in Spain and France in recent "
        "years in which dozens of its leaders were arrested."
    )
    assert types(eta) == set()


def test_people_held_whom_a_pardon_is_for_and_people_detained_in_harsh_conditions_are_states():
    algeria = (
        "Algeria frees journalist\nTebboune said he had signed decrees pardoning between 55 and 60 people held over "
        "the protests."
    )
    assert "arrest" not in types(algeria)
    camp = "Court rules\nThousands of women and children linked to the group are detained in harsh conditions."
    assert types(camp) == set()


def test_permission_to_detain_and_a_plea_for_a_swap_are_not_acts():
    ethiopia = (
        "Ethiopia Declares State Of Emergency\nThe decree lets authorities detain without a warrant anyone "
        "suspected of backing terrorist groups."
    )
    assert types(ethiopia) == set()
    whelan = "Paul Whelan's Family Marks 3 Years Of His Detention\nHis brother spoke in a plea for a prisoner swap."
    assert types(whelan) == set()
    adelanto = "Judge Orders ICE To Begin Releasing Detainees From Adelanto Over Coronavirus Fears\nThe order is new."
    assert types(adelanto) == set()


def test_time_spent_detained_is_a_state():
    holt = (
        "Freed American Returns Home\nHolt, who spent two years jailed in Caracas without trial, was released Saturday."
    )
    assert "arrest" not in types(holt)
    nazanin = "Aid Worker Flies Home\nThe aid worker, who spent six years detained in Iran, left Tehran on Wednesday."
    assert "arrest" not in types(nazanin)


def test_a_tally_of_sanctions_on_more_than_a_hundred_and_a_month_earlier_are_background():
    venezuela = "US lifts sanctions on spy chief\nThe US has imposed sanctions on more than 100 Venezuelan officials."
    assert "sanctions_imposed" not in types(venezuela)
    turkey = "Turkish lira plunges\nEarlier this month the US sanctioned Turkey's justice and interior ministers."
    assert types(turkey) == set()


def test_being_back_in_a_country_is_no_time_long_ago():
    michaels = "The Two Michaels Are Back In Canada After China Lets Them Go\nThey landed in Calgary on Saturday."
    assert types(michaels) == {"prisoner_release"}
    assert types("News\nBack in 2014, police arrested him in Kiev.") == set()


def test_a_ship_freed_and_the_freeing_of_people_called_for_are_no_releases():
    assert (
        types("Gibraltar Frees Iranian Tanker Despite Last-Minute U.S. Bid To Seize It\nIt sailed on Sunday.") == set()
    )
    assert types("News\nOn Monday, Iran released British-flagged tanker Stena Impero's remaining crew members.") == {
        "prisoner_release"
    }
    myanmar = (
        "Tens Of Thousands March In Myanmar\nProtesters called for an end to military rule and the freeing of the "
        "country's detained leaders."
    )
    assert types(myanmar) == set()


def test_a_cardiorespiratory_arrest_and_a_relatives_homecoming_are_no_acts():
    maradona = "Maradona dies at 60\nHe died at his home after suffering a cardiorespiratory arrest, his lawyer said."
    assert types(maradona) == set()
    daughter = "Daughter of jailed British-Iranian mother returns to UK\nThe girl flew home on Friday."
    assert types(daughter) == set()


def test_a_swap_told_as_the_manner_of_an_earlier_release_and_a_condition_with_once():
    gershkovich = (
        "Russia detains reporter\nThe arrest comes less than four months after Russia released American basketball "
        "player Brittney Griner in a prisoner exchange for arms dealer Viktor Bout."
    )
    assert "prisoner_release" not in types(gershkovich)
    cuba = "Cuba and US restore ties\nFull normalisation would only be possible once the US economic embargo was ended."
    assert types(cuba) == set()
    saudi = (
        "UN expert calls for inquiry\nShe said targeted sanctions, including on the crown prince's assets, should "
        "be imposed."
    )
    assert types(saudi) == set()


def test_sanctions_imposed_since_a_crackdown_and_a_documentary_maker_arrested():
    belarus = (
        "Belarus frees opposition activists\nThe EU has imposed travel bans and asset freezes on Lukashenko and "
        "scores of officials since the crackdown."
    )
    assert "sanctions_imposed" not in types(belarus)
    assert types("Iran arrests documentary filmmakers accused of working with BBC\nThey were held on Monday.") == {
        "arrest"
    }


def test_a_video_released_to_the_public_and_an_amnesty_for_people_jailed():
    video = (
        "Video of Taser death made public\nA video showing police officers using a Taser on a Polish immigrant who "
        "died moments later was released to the public on Wednesday."
    )
    assert types(video) == set()
    myanmar = (
        "Myanmar junta frees thousands of prisoners\nThe government began freeing thousands of prisoners on Monday "
        "under an amnesty for people jailed or facing charges over the protests."
    )
    assert types(myanmar) == {"prisoner_release"}


def test_a_town_recaptured_by_an_army_and_sanctions_ruled_out_are_no_acts():
    assert types("Syrian Army Recaptures Eastern Ghouta As Last Rebels Leave Douma\nThe army raised its flag.") == set()
    saudi = "Trump Stands By Saudi Arabia\nThe president effectively ruled out tougher sanctions on the kingdom."
    assert types(saudi) == set()


def test_an_athletic_commission_sanctioning_a_fight_card_is_no_sanction():
    ufc = "Gaethje stops Ferguson at UFC 249\nThe athletic commission sanctioned the card after the governor acted."
    assert types(ufc) == set()
