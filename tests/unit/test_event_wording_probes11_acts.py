"""Acts and their actors from session 11's blind probes (tests/data/probes/README.md): wordings
the rules missed, and who acted on whom."""

from __future__ import annotations

from tests.unit.event_support import assert_actors, one, types


def test_a_captive_freed_by_a_militant_group_is_freed_by_no_state():
    # "captive", "captivity", "kidnapping" and the captors' names all tell a hostage story,
    # near the release and anywhere in the text alike
    curtis = (
        "American Writer Peter Theo Curtis Freed By Al Qaeda-Linked Group In Syria\n"
        "Curtis, held for nearly two years, was handed over to U.N. peacekeepers on Sunday."
    )
    assert_actors(curtis, "prisoner_release", None, "US")
    bergdahl = (
        "Sgt. Bowe Bergdahl Freed After Nearly Five Years In Taliban Captivity\n"
        "The only U.S. soldier held captive in the Afghanistan war was handed over on Saturday."
    )
    assert one(bergdahl, "prisoner_release").source is None
    # a state's own prisoner, in a one-country story, is still that state's release
    hathloul = "Saudi Activist Loujain Al-Hathloul Freed After Nearly 3 Years In Prison\nShe was held for her activism."
    assert_actors(hathloul, "prisoner_release", "SA", "SA")


def test_a_judge_jailing_leaders_pending_trial_is_an_arrest():
    catalans = (
        "Spanish Judge Jails Ousted Catalan Leaders Pending Rebellion Trial\n"
        "Eight members of the deposed regional government were sent to jail without bail."
    )
    assert types(catalans) == {"arrest"}
    # a trial held is a later step: the arrest retold under it is history
    held = "Catalan Leaders Go On Trial\nEight members of the deposed government were sent to jail without bail."
    assert types(held) == set()


def test_a_time_phrase_after_a_release_names_no_target():
    burma = "Burma frees political prisoners ahead of Thein Sein's US visit\nThe releases were announced on Friday."
    assert one(burma, "prisoner_release").target is None


def test_an_embassy_and_a_trip_are_not_where_police_act():
    assange = (
        "Julian Assange arrested at Ecuadorian embassy in London\n"
        "WikiLeaks founder Julian Assange was arrested by British police at the Ecuadorian embassy on Thursday."
    )
    assert one(assange, "arrest").source == "GB"
    biti = (
        "Zimbabwe opposition's Tendai Biti arrested on return from South Africa\n"
        "Zimbabwean police arrested Tendai Biti when he arrived at Harare airport on Thursday."
    )
    assert one(biti, "arrest").source == "ZW"


def test_no_state_sanctions_itself():
    crimea = (
        "US and EU impose sanctions on Russian and Ukrainian officials\n"
        "The United States and the European Union on Monday imposed sanctions on Russian and Ukrainian officials. "
        "Any assets they hold under US jurisdiction are frozen."
    )
    assert_actors(crimea, "sanctions_imposed", "US", None)


def test_militants_in_a_later_paragraph_do_not_make_a_release_a_hostage_story():
    activist = (
        "Uzbek human rights activist Mutabar Tadjibaeva freed from prison\n"
        "Mutabar Tadjibaeva, one of Uzbekistan's best-known rights defenders, has been released from prison.\n\n"
        "She had spoken out about the killing of protesters in Andijan, which the government blamed on militants."
    )
    assert_actors(activist, "prisoner_release", "UZ", "UZ")


def test_sanctions_let_run_out_are_lifted():
    syria = "EU lets arms embargo on Syria lapse after ministers fail to agree\nThe embargo expired at midnight."
    assert_actors(syria, "sanctions_lifted", None, "SY")
    assert types("News\nMinisters allowed the sanctions on Syria to expire on Friday.") == {"sanctions_lifted"}
    assert types("News\nThe EU refused to let the arms embargo on Syria lapse on Friday.") == set()


def test_a_sanctions_waiver_given_and_funds_unblocked_ease_sanctions():
    waiver = "U.S. Restores Sanctions Waiver For Iran's Civilian Nuclear Work\nThe move eases the way for talks."
    assert_actors(waiver, "sanctions_lifted", "US", "IR")
    assert types("U.S. Extends Sanctions Waiver For Iraq's Power Imports\nThe waiver runs 120 days.") == set()
    libya = "News\nThe United States on Thursday unblocked US$1.5 billion of Libyan government funds."
    assert_actors(libya, "sanctions_lifted", "US", "LY")
    assert types("News\nProtesters unblocked the road to the port on Monday.") == set()


def test_a_person_swapped_for_another_is_released():
    reed = (
        "Trevor Reed's Release Marks Rare U.S.-Russia Deal\nThe American ex-Marine was swapped for a Russian pilot "
        "serving 20 years in the U.S. for drug smuggling."
    )
    assert_actors(reed, "prisoner_release", None, "US")  # the subject is the one freed; the pilot's prison is not
    assert types("News\nWhelan was swapped for a Russian arms dealer on Thursday in Abu Dhabi.") == {"prisoner_release"}
    assert types("News\nThe currency was exchanged for dollars at the border.") == set()


def test_an_embassy_named_by_a_possessive_is_not_where_police_act():
    assange = "Julian Assange arrested at Ecuador's embassy in London\nBritish police carried him out on Thursday."
    assert one(assange, "arrest").source != "EC"


def test_captives_finally_home_are_released():
    canadians = (
        "Two Canadians Held In China For Nearly 3 Years Are Finally Home\nThe two men landed in Calgary on Saturday."
    )
    assert types(canadians) == {"prisoner_release"}
    # ... but "after returning" only times another act
    navalny = (
        "Alexei Navalny detained on return to Russia\nRussian opposition leader Alexei Navalny was detained at a "
        "Moscow airport on Sunday evening, minutes after returning from Germany."
    )
    assert types(navalny) == {"arrest"}


def test_a_bloc_closing_its_airspace_to_a_country_bans_its_flights():
    eu = "EU Closes Its Airspace To Russian Planes\nThe bloc acted on Sunday."
    assert_actors(eu, "sanctions_imposed", None, "RU")


def test_the_state_that_asked_for_an_arrest_is_no_actor():
    meng = "Canada Arrests Huawei Executive At Request Of U.S.\nShe was detained in Vancouver."
    assert_actors(meng, "arrest", "CA", None)
    honduras = "Former Honduran President Arrested At U.S. Request\nPolice in Tegucigalpa led him from his home."
    assert one(honduras, "arrest").source != "US"


def test_a_release_is_not_dated_by_when_its_captives_were_seized():
    farc = (
        "FARC rebels release four Chinese oil workers seized in Colombia last year\n"
        "The rebels handed the men to the Red Cross on Thursday."
    )
    assert_actors(farc, "prisoner_release", None, "CN")


def test_a_bloc_agreeing_a_measure_imposes_it():
    assert_actors(
        "European Union agrees arms embargo on Venezuela\nMinisters met on Monday.", "sanctions_imposed", None, "VE"
    )
    eu = "News\nForeign ministers of the European Union on Monday agreed to an embargo on arms sales to Venezuela."
    assert types(eu) == {"sanctions_imposed"}
    assert types("News\nIran agreed to talks on sanctions on Monday.") == set()


def test_let_go_home_and_let_out_of_prison_are_releases():
    assert_actors(
        "Alek Sigley Safe And Well After North Korea Lets Him Go\nHe reached Beijing.", "prisoner_release", "KP", None
    )
    nazanin = "News\nIran let the British charity worker fly home on Wednesday along with a fellow detainee."
    assert_actors(nazanin, "prisoner_release", "IR", "GB")
    assert types("News\nThe campaigner was let out of prison on Wednesday, her sister said.") == {"prisoner_release"}
    assert types("Jacob Zuma Let Out On Medical Parole 2 Months Into Prison Term\nHe went home.") == {
        "prisoner_release"
    }
    assert types("News\nThe activist was let out on bail on Wednesday.") == set()
    camps = "News\nThe files show how officials decided who to put into and let out of detention camps."
    assert types(camps) == set()


def test_walking_free_after_a_bare_time_served_is_a_release():
    assert types("Brazil's Former President Lula Walks Free After 19 Months\nHe left on Friday.") == {
        "prisoner_release"
    }
    assert types("Trapped miners walk free after two weeks underground\nThey emerged on Tuesday.") == set()
    assert types("Rescued Sea Turtle Set Free After Months Of Rehab\nIt swam away.") == set()


def test_a_headline_subject_picked_up_by_immigration_agents_is_arrested():
    assert types("Pizza Deliveryman Picked Up By ICE While Dropping Off Order\nHe had a pizza to deliver.") == {
        "arrest"
    }


def test_a_headline_sanctioning_dozens_of_a_countrys_officials():
    belarus = "EU Sanctions Dozens Of Belarusian Officials Over Disputed Election\nThe bloc froze their assets."
    assert_actors(belarus, "sanctions_imposed", None, "BY")


def test_a_release_headline_ending_its_clause_before_an_attribution():
    haiti = "2 Of 17 Kidnapped Missionaries In Haiti Released, Aid Group Says\nThe two hostages were safe."
    assert types(haiti) == {"prisoner_release"}


def test_the_list_of_state_sponsors_of_terrorism_is_a_sanctions_regime():
    sudan = "News\nThe United States formally removed Sudan from its list of state sponsors of terrorism on Monday."
    assert_actors(sudan, "sanctions_lifted", "US", "SD")
    assert types("Trump Administration Redesignates Cuba A State Sponsor Of Terrorism\nIt acted Monday.") == {
        "sanctions_imposed"
    }
    assert types("News\nCuba, a state sponsor of terrorism, denied the claim.") == set()
    assert types("News\nHavana wanted Cuba removed from the US list of state sponsors of terrorism.") == set()


def test_a_state_scrapping_its_boycott_of_a_country_eases_a_trade_measure():
    uae = "United Arab Emirates scraps boycott of Israel\nThe decree took effect on Saturday."
    assert_actors(uae, "sanctions_lifted", "AE", "IL")
    assert types("Fans end boycott of Arsenal games\nThey returned to the stands.") == set()


def test_captives_held_by_a_state_who_are_freed_or_flying_home():
    canadians = (
        "2 Canadians Held By China For Nearly 3 Years Are Flying Home\n"
        "Michael Kovrig and Michael Spavor were freed hours after Meng Wanzhou reached a deal with U.S. prosecutors."
    )
    assert_actors(canadians, "prisoner_release", "CN", "CA")


def test_a_gunman_in_custody_after_an_attack_is_arrested():
    assert types("18-Year-Old Gunman In Custody After Racist Attack At Buffalo Supermarket\nHe surrendered.") == {
        "arrest"
    }
    assert types("Death Of Black Man In Custody Sparks Protests\nHis family spoke.") == set()


def test_a_state_freezing_trade_with_a_country_imposes_a_trade_measure():
    saudi = "Saudi Arabia Freezes Trade With Canada, Expels Ambassador\nThe kingdom also halted new investment."
    assert_actors(saudi, "sanctions_imposed", "SA", "CA")


def test_walking_out_of_prison_in_the_base_form_and_being_free_after_captivity():
    reuters = "Reuters Reporters Walk Out Of Myanmar Prison After 511 Days\nThey were pardoned."
    assert types(reuters) == {"prisoner_release"}
    simpson = "O.J. Simpson Granted Parole\nThe vote cleared the way for him to walk out of prison as early as October."
    assert types(simpson) == set()
    fenster = "Danny Fenster, American Journalist Jailed In Myanmar, Is Free\nHe was handed over on Monday."
    assert_actors(fenster, "prisoner_release", "MM", "US")
    haiti = "Last 12 Missionaries Kidnapped In Haiti Are Free, Christian Aid Ministries Says\nThey are safe."
    assert_actors(haiti, "prisoner_release", None, None)
    assert types("Jailed Activist Is Free To Leave The Country\nThe court ruled on Monday.") == set()


def test_a_ban_on_cruise_trips_to_a_country_is_a_trade_measure():
    cuba = "Trump Administration Bans Cruise Ship Trips To Cuba\nThe new restrictions are meant to punish Havana."
    assert types(cuba) == {"sanctions_imposed"}


def test_captives_freed_are_not_dated_by_when_they_were_seized():
    danes = (
        "Somali pirates free Danish family after seven months\nA Danish family and two Danish crew members who were "
        "seized by Somali pirates in February have been freed, the foreign ministry said on Wednesday."
    )
    assert types(danes, published="2011-09-08") == {"prisoner_release"}


def test_a_suspect_booked_on_suspicion_is_arrested():
    pelosi = (
        "Paul Pelosi Attacked With Hammer In San Francisco Home\nOfficers found the intruder struggling with him; "
        "David DePape was booked on suspicion of attempted homicide."
    )
    assert types(pelosi) == {"arrest"}
