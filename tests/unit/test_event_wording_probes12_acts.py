"""Acts and their actors from session 12's blind probes (tests/data/probes/README.md): wordings
the rules missed, and who acted on whom."""

from __future__ import annotations

from tests.unit.event_support import assert_actors, types


def test_someone_who_is_free_after_time_in_prison_was_released():
    manning = (
        "Chelsea Manning Is Free After 7 Years In Military Prison\n"
        "'Okay, so here we go!' the former Army intelligence analyst posted after leaving Fort Leavenworth."
    )
    assert types(manning) == {"prisoner_release"}
    assert types("Austin Tice's Friend Is Free After Five Years Held In Syria\nHe spoke.") == {"prisoner_release"}
    # free of something else, or free on bail, is no release
    assert types("Afghanistan Is Free After Decades Of War\nThe country marked the day.") == set()
    assert types("The Drug Is Free After Prison Reform Passes\nPatients cheered.") == set()
    assert types("Cosby Is Free After Posting Bail, Jail Officials Say\nHe left.") == set()


def test_signing_a_sanctions_bill_imposes_the_sanctions_on_the_country_it_names():
    assert_actors("US Signs Russia Sanctions Bill\nThe president signed it.", "sanctions_imposed", "US", "RU")
    flawed = "Trump Grudgingly Signs Russia Sanctions Bill, Calls It 'Seriously Flawed'\nHe signed it."
    assert_actors(flawed, "sanctions_imposed", None, "RU")
    # a promise to sign, a bill not signed, and a bill passed by one chamber are not the act
    assert types("Trump Says He Will Sign Russia Sanctions Bill\nHe spoke.") == set()
    assert types("Trump Hasn't Signed Russia Sanctions Bill\nHe spoke.") == set()
    assert types("Senate Passes Russia Sanctions Bill\nThe vote was 98-2.") == set()


def test_captives_seized_in_a_raid_and_then_freed_were_released():
    flotilla = "Israel frees activists seized in Gaza flotilla raid\nThey had been held since Monday at Ela prison."
    assert_actors(flotilla, "prisoner_release", "IL", None)
    # troops freeing hostages in a raid rescue them
    assert types("Troops free hostages in dawn raid on rebel camp\nFour were flown to safety.") == set()


def test_a_ban_on_goods_named_at_length_before_their_country():
    russia = "News\nRussia today banned imports of most food products from the United States, the EU and Norway."
    assert_actors(russia, "sanctions_imposed", "RU", None)
    assert types("News\nThe city banned imports of plastic bags from the port of Lagos.") == set()


def test_agents_in_an_aside_before_the_act_do_not_act():
    un = "News\nThe resolution, backed by China and Russia, bans flights to North Korea."
    assert_actors(un, "sanctions_imposed", None, "KP")
    # a subject before its verb still acts
    assert_actors("News\nChina, angered by Pyongyang, bans flights to North Korea.", "sanctions_imposed", "CN", "KP")


def test_captives_handed_back_to_their_country_are_released():
    pilot = "Pakistan hands captured Indian pilot back to India at Wagah border\nHe crossed on Friday."
    assert_actors(pilot, "prisoner_release", "PK", "IN")
    assert types("Police hand suspect back to prosecutors\nHe was questioned.") == set()


def test_a_state_freeing_them_frees_people_it_held():
    kovrig = "Michael Kovrig And Michael Spavor Land In Canada After China Frees Them\nThey were greeted by Trudeau."
    assert "prisoner_release" in types(kovrig)


def test_a_tanker_released_with_its_crew_frees_captives():
    smyrni = (
        "Somali pirates release Greek-owned tanker after ten months\nSomali pirates have released the Greek-owned "
        "oil tanker MT Smyrni and its 26 crew members, ten months after it was hijacked."
    )
    assert types(smyrni) == {"prisoner_release"}
    assert types("News\nIran released the British-flagged oil tanker Stena Impero on Friday.") == set()


def test_a_seized_tankers_captain_and_a_hunger_striker_are_people_released():
    tanker = "Iran Releases Seized South Korean Tanker And Its Captain\nSeoul officials welcomed the move."
    assert types(tanker) == {"prisoner_release"}
    adnan = "Israel Releases Palestinian Hunger Striker Khader Adnan\nHe ended a 55-day fast."
    assert types(adnan) == {"prisoner_release"}
    assert types("Arsenal Releases Veteran Striker\nThe club confirmed the move.") == set()


def test_a_gunman_in_custody_under_a_long_headline_name_was_arrested():
    colorado = "Colorado Springs Planned Parenthood Gunman In Custody After Standoff\nPolice said he surrendered."
    assert types(colorado) == {"arrest"}
    assert types("Family Mourns Death Of Black Man In Custody At County Jail\nThey asked for answers.") == set()


def test_flying_home_with_people_a_state_pardoned_is_their_release():
    clinton = "Bill Clinton flies home with journalists pardoned by North Korea\nThey landed in Burbank."
    assert types(clinton) == {"prisoner_release"}
    assert types("Obama flies home with trade deal signed by Japan\nHe landed Sunday.") == set()


def test_rounding_up_and_sweeping_up_people_are_arrests():
    saudi = "Saudi Arabia Rounds Up Princes, Ministers And Tycoons In Sweeping Anti-Graft Purge\nThey are held."
    assert_actors(saudi, "arrest", "SA", None)
    assert types("Saudi Arabia Sweeps Up Women's Rights Campaigners\nSeven were picked up.") == {"arrest"}
    assert types("Police Round Up 40 Protesters\nThey were taken away.") == {"arrest"}
    assert types("Storm Sweeps Up Debris Across Town\nResidents cleaned up.") == set()
    assert types("News\nAnalysts round up the week's news.") == set()


def test_hauled_off_by_police_and_held_by_police_are_arrests():
    wine = "Ugandan Presidential Hopeful Bobi Wine Hauled Off By Police Again At Campaign Rally\nHe was released later."
    assert "arrest" in types(wine)
    assert types("Car Hauled Off By Tow Truck After Crash\nNobody was hurt.") == set()
    puigdemont = "Ex-Catalan Leader Carles Puigdemont Held By German Police On Spanish Warrant\nHe was stopped."
    assert_actors(puigdemont, "arrest", "DE", None)
    # a time held, or a death after being held, is no arrest
    brunson = "News\nAndrew Brunson has been held by Turkish authorities for nearly two years."
    assert types(brunson) == set()
    amini = "Protests Spread In Iran After Death Of Woman Held By Morality Police\nShe died in custody."
    assert "arrest" not in types(amini)


def test_releases_told_as_lets_out_hands_back_and_a_pardoned_walk_out():
    assert types("Indonesia Lets 30,000 Inmates Out Early To Slow Coronavirus\nThey go home.") == {"prisoner_release"}
    pilot = "Pakistan Hands Back Captured Indian Pilot At Wagah Border As 'Peace Gesture'\nHe crossed on foot."
    assert_actors(pilot, "prisoner_release", "PK", "IN")
    khodorkovsky = (
        "Mikhail Khodorkovsky flies to Germany after Putin pardon\nMikhail Khodorkovsky, once Russia's richest "
        "man, walked out of a prison camp in northern Russia on Friday after more than ten years behind bars."
    )
    assert types(khodorkovsky) == {"prisoner_release"}


def test_a_headline_participle_listed_after_another_is_the_act():
    biden = "Biden Punishes Moscow For SolarWinds Hack, Expelling 10 Diplomats And Blacklisting Dozens\nIt is new."
    assert types(biden) == {"sanctions_imposed"}


def test_releases_and_arrests_from_the_2014_and_2015_draws():
    italians = "Italian Aid Workers Kidnapped In Syria Are Free And Heading Home\nThey had been held since last summer."
    assert types(italians) == {"prisoner_release"}
    assert "prisoner_release" in types("North Korea Releases NYU Student Detained Since April\nHe was handed over.")
    baltimore = "All 6 Baltimore Officers Charged In Freddie Gray's Death Are In Custody\nCharges were announced."
    assert types(baltimore) == {"arrest"}
    assert types("Rick Perry Booked, Gets Mug Shot -- And Then Gets Ice Cream\nHe smiled.") == {"arrest"}
    meriam = "Meriam Ibrahim, Sudanese Christian Spared Death Sentence, Rearrested At Airport\nShe was held."
    assert "arrest" in types(meriam)
    banks = "U.S., Europe Hit Russia's Banks, Energy And Arms Sectors With Tough New Sanctions\nThey were announced."
    assert types(banks) == {"sanctions_imposed"}


def test_a_court_jailing_pending_trial_and_a_ban_on_a_countrys_ships():
    cumhuriyet = "Turkish court jails two Cumhuriyet journalists pending trial\nThey were taken to prison."
    assert types(cumhuriyet) == {"arrest"}
    assert types("Belarus jails opposition leader for five years\nThe court ruled.") == set()
    ships = "Australia bans North Korean ships from its ports\nThe ban starts today."
    assert_actors(ships, "sanctions_imposed", "AU", "KP")


def test_releases_told_after_an_aside_a_long_time_held_or_a_homecoming():
    fenster = (
        "Danny Fenster's Family Thanks Bill Richardson\nThe American journalist, sentenced to 11 years just days "
        "ago, was freed by Myanmar's junta and handed over to the former U.N. ambassador."
    )
    assert types(fenster) == {"prisoner_release"}
    rivera = "Puerto Rican Nationalist Oscar Lopez Rivera Freed After 35 Years\nHe returned to San Juan."
    assert types(rivera) == {"prisoner_release"}
    hijazi = "American Charity Worker Aya Hijazi Returns Home After Nearly 3 Years In Egyptian Prison\nShe landed."
    assert types(hijazi) == {"prisoner_release"}


def test_placed_under_arrest_and_a_driver_under_arrest():
    spain = "Spain Train Crash Driver Under Arrest As Death Toll Reaches 78\nHe was placed under arrest in hospital."
    assert types(spain) == {"arrest"}
    assert types("News\nThe driver was placed under arrest in his hospital bed, police said.") == {"arrest"}
    assert types("News\nHe remains under arrest at a military base.") == set()


def test_a_headline_swap_for_a_named_dealer_and_police_rounding_up_figures():
    griner = "Brittney Griner Is Free: WNBA Star Swapped For Arms Dealer Viktor Bout\nShe walked off a Russian plane."
    assert types(griner) == {"prisoner_release"}
    hk = "Hong Kong Police Round Up 53 Pro-Democracy Figures In Mass Arrests\nThe raids began at dawn."
    assert types(hk) == {"arrest"}


def test_a_name_in_custody_a_cruise_ban_and_a_leader_placed_under_arrest():
    zimmerman = "George Zimmerman In Custody, Charged With Second-Degree Murder\nHe turned himself in."
    assert types(zimmerman) == {"arrest"}
    cruise = "Trump Administration Bans Cruise Ships And Group Tours To Cuba\nThe rules take effect Wednesday."
    assert types(cruise) == {"sanctions_imposed"}
    bashir = "Sudan's Military Ousts President Omar Al-Bashir And Places Him Under Arrest\nThe army took power."
    assert "arrest" in types(bashir)
    assert types("Chavis Carter Death: Police Say Handcuffed Man Shot Himself In Back Of Squad Car\nX.") == set()
