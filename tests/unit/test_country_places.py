"""Country words that name a place, a person or a title, found by a blind 120-item probe.

The probe (session 6) was written from the labelling guide alone, imitating outlets
worldwide; each class it exposed is tested here next to the country reading it must keep.
"""

from __future__ import annotations

from tests.unit.test_countries import found


def test_seas_gulfs_and_towns_that_contain_a_country_word():
    assert found("Pirates boarded a tanker in the Gulf of Guinea.") == set()
    assert found("Manila said a vessel was rammed in the South China Sea.") == {"PH"}
    assert found("Protesters blocked roads around Fort-de-France.") == set()
    assert found("Guinea's junta said on Monday it would hold elections.") == {"GN"}
    assert found("China said the vessel had entered its waters.") == {"CN"}


def test_us_counties_schools_and_hyphenated_localities():
    assert found("Lebanon County prosecutors said the driver was speeding.") == set()
    assert found("He was named head coach at Lebanon High.") == set()
    assert found("The Athens-Clarke County commission voted on Monday.") == set()
    assert found("Lebanon's prime minister met the envoy.") == {"LB"}
    assert found("Athens said the talks would go on.") == {"GR"}


def test_a_middle_initial_makes_a_person_and_a_titled_work_is_no_country():
    assert found("Michael B. Jordan will direct the sequel.") == set()
    assert found("Jordan said the border would stay closed.") == {"JO"}
    assert found("The man stole a gold toilet titled ‘America’ from the palace.") == set()
    assert found("The artist said ‘America’ was a satire.") == {"US"}


def test_listed_air_and_seasonal_games_after_a_capital_are_places():
    assert found("A Jakarta-listed miner raised money in a bond sale.") == set()
    assert found("Delhi air quality slipped to severe on Monday.") == set()
    assert found("Beijing’s Winter Olympics venue will host a festival.") == set()
    assert found("Beijing’s envoy said the talks had failed.") == {"CN"}


# --- a second blind probe (regional outlets, US local news, business and sports pages)


def test_a_name_the_text_places_in_a_us_state_is_that_town_throughout():
    assert found("Lima man charged after chase\nA 27-year-old Lima, Ohio, man faces charges.") == set()
    assert found("Moscow police cite dozens\nOfficers in Moscow, Idaho, issued 31 citations.") == set()
    assert found("Athens-Clarke commission votes\nCommissioners in Athens, Georgia, voted.") == set()
    # a comma between two places of a headline is no town: "In Cuba, Florida Declares ..."
    assert found("Evacuations In Cuba, Florida Declares State Of Emergency\nPeople left Cuba.") == {"CU"}


def test_a_common_noun_in_the_text_makes_the_capitalised_name_need_support():
    assert found("Turkey prices fall ahead of Thanksgiving\nA 16-pound turkey cost less.") == set()
    assert found("Turkey says talks went well\nAnkara sent a turkey to the zoo.") == {"TR"}
    # ... and so does the noun's season: the bird, unless the country is named some other way
    assert found("Turkey Prices Are Soaring Ahead Of Thanksgiving\nFeed costs pushed prices up.") == set()
    assert found("Turkey Hosts Thanksgiving Dinner For Troops\nAnkara welcomed U.S. soldiers.") == {"TR", "US"}
    assert found("Turkey Votes In Runoff\nErdogan faces Kilicdaroglu.") == {"TR"}


def test_a_city_before_a_common_noun_names_a_local_thing_not_the_government():
    assert found("Cairo monorail carries first passengers") == set()
    assert found("Kuala Lumpur traffic snarled by monsoon flooding") == set()
    assert found("Moscow says the talks failed.") == {"RU"}
    assert found("Tehran regime accused of abuses") == {"IR"}
    assert found("Pyongyang fires missiles as Seoul and Tokyo hold talks") == {"KP", "KR", "JP"}
    assert found("Regina Ip from the pro-Beijing camp said the bill was dead.") == {"CN"}


def test_combining_forms_name_two_countries_and_brands_name_none():
    assert found("A Franco-German fighter jet project hit new delays.") == {"FR", "DE"}
    assert found("Royal Bank of Canada profit beats forecasts") == set()
    assert found("Air France restores long-haul schedule") == set()
    assert found("Nike said Jordan brand sales slipped.") == set()


# --- a third blind probe (HuffPost and Wikinews style)


def test_local_offices_name_links_and_quoted_titles_are_no_country():
    assert found("Fire\nThe Paris prosecutor's office said it was treating the fire as an accident.") == set()
    assert found("Beaches\nIn the Algarve, Praia da Marinha's golden cliffs are worth the early wake-up.") == set()
    assert found("Hilton\nShe tells her story in a new YouTube documentary, 'This Is Paris.'") == set()
    assert found("Toilet\nGold Toilet Titled 'America' Stolen From Palace") == set()
    assert found("Norwegian Cruise Line cancels sailings through October") == set()
    # a headline quote is speech, not a title; a possessive is no closing quote
    assert found("Court Rules Biden Properly Ended 'Remain In Mexico' Policy\nIt did.") == {"MX"}
    assert found("Kim Has 'Great Satisfaction' After North Korea's Rocket Test\nIt flew.") == {"KP"}
    assert found("Bid\nThe Washington governor's bid ended.") == set()


# --- blind full articles (HuffPost style)


def test_a_travel_route_and_a_surname_throughout_the_text():
    assert found("The flight, traveling from Athens to Vilnius, was diverted by Belarus.") == {"BY"}
    assert found("A message from Moscow to Washington arrived.") == {"RU", "US"}
    assert found("Michael B. Jordan was named Sexiest Man Alive. Jordan told the magazine he was flattered.") == set()
    assert found("The attacker, Sudesh Amman, 20, was shot. Amman had served half his sentence.") == set()
    assert found("King Abdullah of Jordan met the envoy. Jordan said the talks went well.") == {"JO"}


def test_a_tournament_named_after_a_continent_is_no_country():
    assert found("Messi led Argentina to the Copa America title in July.") == {"AR"}


# --- blind full articles (Wikinews; HuffPost world and politics)


def test_stadiums_scorers_routes_and_far_away_places():
    assert found("Final\nAlgeria won at the Cairo International Stadium. Baghdad Bounedjah scored early.") == {"DZ"}
    assert found("Fans\nSupporters celebrated in the streets of Algiers, Oran and Paris.") == set()
    assert found("Sigley\nSigley flew from Pyongyang to Beijing and later continued to Tokyo.") == set()
    assert found("Quake\nThe quake was felt as far away as Sarajevo and Belgrade.") == set()
    assert found("KCNA\nThe official Korean Central News Agency said he had been detained.") == {"KP"}
    assert found("Talks\nWashington and Moscow said the talks would resume.") == {"US", "RU"}


def test_brands_singers_and_tourist_destinations():
    assert found("Al Jazeera America will shut down in April.") == set()
    assert found("India.Arie announces a 20-city tour.") == set()
    assert found("Its removal was driving wealthy tourists to Paris and Milan.") == set()


def test_a_province_named_like_a_country_and_cities_from_one_to_another():
    assert found("An observer was shot dead in the southern province of Gaza, Mozambique.") == {"MZ"}
    assert found("Marches are planned in cities from London to Sydney.") == set()


def test_routes_pairs_of_capitals_compass_words_and_a_historical_kingdom():
    assert found("Air India will launch non-stop Delhi-Toronto flights on Friday.") == set()
    assert found("Flights between Delhi and Toronto start on Friday.") == set()
    assert found("Moscow-Washington talks resumed.") == {"RU", "US"}
    assert found("Talks between Moscow and Kyiv resumed.") == {"RU", "UA"}
    assert found("A firefighter was hurt in north Wales. North Wales Fire and Rescue Service said so.") == {"GB"}
    assert found("The museum will return a bronze taken from the Kingdom of Benin to Nigeria.") == {"NG"}


def test_a_list_with_one_town_is_a_list_of_places_and_long_routes():
    assert found("Protesters in Beirut, Tripoli and Tyre called for the resignation.") == set()
    assert found("Washington, Moscow and Beijing called for calm.") == {"US", "RU", "CN"}
    assert found("Qantas plans flights from the east coast of Australia to London and New York.") == {"AU"}


def test_english_names_england_only_as_the_adjective_of_a_noun():
    assert found("The Foxes clinched the English title after Tottenham drew.") == {"GB"}
    assert found("English drummer Ginger Baker died on Sunday.") == {"GB"}
    assert found("English Actor Dies At 80") == {"GB"}
    for text in (
        "He was rejected for lack of knowledge of English.",
        "Subtitles in English are available.",
        "The English Channel was closed to ferries.",
        "An English version of the page was posted.",
        "We have never felt the need to consume English medicine.",
        "She speaks English fluently.",
    ):
        assert found(text) == set(), text


def test_an_overseas_department_of_a_country_names_the_country():
    assert found("Kourou, French Guiana, an overseas department of France, hosts launches.") == {"GF", "FR"}
    assert found("Floods hit the southern province of Gaza in Mozambique.") == {"MZ"}


def test_a_capital_after_a_surname_particle_is_a_name_and_al_jazeera_english_a_channel():
    assert found("Philippine Police Arrest Duterte Critic Leila De Lima") == {"PH"}
    assert found("Banco de Mexico raised rates.") == {"MX"}
    assert found("Egypt frees Al Jazeera English journalist Peter Greste") == {"EG"}


def test_headline_verbs_after_a_given_name_country_both_congos_and_a_capital_as_a_destination():
    assert found("Chad Added To Travel Ban, Baffling Counterterrorism Experts") == {"TD"}
    assert found("Wales Stun Belgium To Reach Euro 2016 Semifinals") == {"GB", "BE"}
    assert found("Jordan Peele Wins Oscar For Original Screenplay") == set()
    assert found("Floods Hit Both Congos As River Tops Its Banks") == {"CD", "CG"}
    assert found("Pyongyang Fires Another Missile Over Japan") == {"KP", "JP"}
    assert found("Pence Heads To Lima For Summit Of The Americas") == set()


def test_a_region_of_a_country_names_it_and_brands_and_birds_do_not():
    assert found("Deaths were also reported in the Tibet region of China.") == {"CN"}
    assert found("Floods hit the southern province of Gaza in Mozambique.") == {"MZ"}
    assert found("Search For Malaysia Airlines Jet Comes To An End") == set()
    assert found("Turkey Brining 101") == set()
    assert found("The plane flew on its way from Kuala Lumpur to Beijing.") == set()


def test_a_capital_after_the_is_no_government():
    assert found("The Vermont senator won, and his supporters are feeling the Bern.") == set()
    assert found("Staffers voted to join the Washington-Baltimore NewsGuild.") == set()


def test_a_turkey_to_roast_and_american_brands():
    assert found("How To Roast The Perfect Turkey") == set()
    assert found("Protesters Shut Down Mall Of America") == set()
    assert found("Misty Copeland Becomes First Black Principal Dancer At American Ballet Theatre") == set()


def test_airlines_named_after_countries_and_a_given_name_before_a_particle():
    assert found("Garuda Indonesia and Air New Zealand won awards.") == set()
    assert found("Hurricane Michael made landfall near Mexico Beach.") == set()
    assert found("South Africa's Chad le Clos finished second.") == {"ZA"}


def test_what_only_a_government_has_makes_a_possessive_capital_the_state():
    assert found("Britain Detains Iranian Tanker At Washington's Request") == {"GB", "IR", "US"}
    assert found("The extradition came at Beijing's behest.") == {"CN"}
    assert found("Protesters gathered in Moscow's Red Square.") == set()
    assert found("The tanker was seized in Tehran's port.") == set()


def test_a_capital_left_or_left_for_is_a_place():
    assert found("The jet lost contact an hour after leaving Kuala Lumpur for Beijing.") == set()
    assert found("Hong Kong Lets Snowden Leave For Moscow") == {"HK"}
    assert found("The deal is a win for Beijing.") == {"CN"}
    assert found("Moscow left the talks on Monday.") == {"RU"}


def test_a_capital_flown_in_from_is_a_place():
    assert found("He was taken into custody after flying in from Paris on his private jet.") == set()
    assert found("Putin Flew Back To Moscow") == set()
    assert found("He sent a message back to Moscow.") == {"RU"}


def test_a_capital_as_a_place_settles_georgia_and_towns_brands_and_nicknames():
    assert found("Protests In Georgia\nThousands tried to storm parliament in Tbilisi.") == {"GE"}
    assert found("Georgia Applies For EU Membership\nThe former Soviet republic fast-tracked its bid.") == {"GE"}
    assert found("Georgia Governor Signs Bill\nThe law takes effect in Atlanta in July.") == set()
    assert found("Jordan Arrests Former Royal Court Chief In Alleged Plot") == {"JO"}
    assert found("South Carolina Town Of Denmark Says Its Water Was Treated") == set()
    assert found("Canada Goose Says It Will Stop Using Fur") == set()
    assert found("CIA Says Most 'Havana Syndrome' Cases Not Caused By Foreign Power") == set()
    assert found("Louisiana Moves Teenagers To Angola Prison") == set()
    assert found("London Firefighters Have Busiest Day Since World War II") == set()
    assert found("A jet vanished en route to Beijing.") == set()


def test_a_capital_joined_to_a_town_or_a_surname_is_no_government():
    assert found("Vansummeren won the Paris–Roubaix one-day classic.") == set()
    assert found("Commissioner Annabelle Lima-Taub called the lawmaker names.") == set()
    assert found("Moscow-Washington talks resumed.") == {"RU", "US"}
    assert found("The Organization of American States found irregularities.") == set()


def test_an_unhyphenated_origin_label_is_no_country_and_a_jet_from_a_capital_a_place():
    assert found("Man Arrested In Attack On Asian American Woman") == set()
    assert found("African Americans voted in record numbers.") == set()
    assert found("Americans voted in record numbers.") == {"US"}
    assert found("He landed on a private jet from Paris.") == set()


def test_headline_verbs_before_a_capital_a_capitals_clause_and_local_institutions():
    assert found("Beijing Warns Washington Will 'Pay The Price'") == {"CN", "US"}
    assert found("Washington Approves Arms Package For Taiwan") == {"US", "TW"}
    assert found("Denzel Washington Wins Oscar") == set()
    assert found("Ankara demanded that Washington extradite the cleric.") == {"TR", "US"}
    assert found("He said that Cairo traffic was bad.") == set()
    assert found("Paris Police Clear Migrant Camps") == set()
    assert found("Moscow Court Extends Detention Of Ukrainian Journalist") == {"UA"}
    assert found("Crowds Mark 30 Years Since The Fall Of The Berlin Wall") == set()
    assert found("SEOUL (Reuters) - The launch came early on Wednesday.") == set()
    assert found("Berlin suspends Dublin rules for Syrian asylum seekers") == {"DE", "SY"}
    assert found("The jet crashed after take-off from Addis Ababa.") == set()


def test_both_koreas_in_title_case_particles_in_running_text_and_more_names():
    assert found("Athletes From North And South Korea March Together") == {"KP", "KR"}
    assert found("Police took de Lima into custody at the Senate.") == set()
    assert found("Grace Bay in the Turks and Caicos took second place.") == {"TC"}
    assert found("Families Of 12 Hong Kongers Held In Mainland China") == {"HK", "CN"}
    assert found("A chairlift at Gudauri, in the country of Georgia, sped backward.") == {"GE"}
    assert found("A Taco Lover's Guide To Mexico City") == set()
    assert found("Tehran insisted that Washington lift all sanctions.") == {"IR", "US"}


def test_a_capital_before_a_time_word_and_a_possessive_before_a_local_place():
    assert found("The law was imposed by Beijing last June.") == {"CN"}
    assert found("Pope Francis was released from Rome's Gemelli hospital on Saturday.") == set()
    assert found("Moscow's Foreign Ministry said no.") == {"RU"}


def test_a_capital_before_a_government_participle_a_route_bound_for_and_all_korean():
    assert found("It was the highest-profile arrest under the Beijing-imposed law.") == {"CN"}
    assert found("Flight MH370, bound for Beijing from Kuala Lumpur, vanished from radar.") == set()
    assert found("BTS Becomes First All-South Korean Act To Top The Billboard Hot 100") == {"KR"}


def test_names_breeds_dishes_shows_and_teams_that_carry_a_country_word():
    assert found("America Ferrera Opens The Women's March With A Rousing Speech") == set()
    assert found("Hunters Bag 68 Burmese Pythons In Florida") == set()
    assert found("The year-old female Portuguese water dog joins Bo.") == set()
    assert found("How To Make A Proper Irish Coffee") == set()
    assert found("Paula Jones Blasts Her Portrayal On 'American Crime Story: Impeachment'") == set()
    assert found("Holland Humiliates Spain 5-1 In World Cup Rematch") == {"NL", "ES"}
    assert found("Team GB Finishes Second In Rio Medal Table") == {"GB"}
    assert found("Mexico City Quake Topples Buildings") == set()


def test_a_surname_after_its_particle_is_the_person_throughout_and_marches_travel():
    assert found("Senator Leila De Lima, Duterte Critic, Arrested\nDe Lima, who led a probe, was taken away.") == set()
    assert found("Contador won the Tour de France twice.") == {"FR"}
    assert found("Crowds filled streets, with sister marches from London to Sydney.") == set()
    assert found("The government switched alliances from Taiwan to Beijing.") == {"TW", "CN"}


def test_gaza_alone_a_surname_in_body_text_and_more_names():
    assert found("Israel Launches Ground Invasion Of Gaza") == {"IL"}
    assert found("Palestinians in Gaza protested.") == {"PS"}
    assert found("News\nHealth ministry spokesman Sidi Yahya Tunis said teams were tracing contacts.") == set()
    assert found("News\nOn Monday Moscow said it would retaliate.") == {"RU"}
    assert found("Rugby Australia terminates Israel Folau's contract") == {"AU"}
    assert found("Peterhansel wins car category of 2016 Dakar Rally") == set()


def test_a_high_commission_is_no_school_and_a_teams_city_no_government():
    assert found("Demonstrators outside the British High Commission demanded an apology.") == {"GB"}
    assert found("He was named head coach at Lebanon High.") == set()
    assert found("Washington's NFL Team Unveils Its New Name") == set()


def test_a_dashed_route_with_to_and_an_airline_brand():
    assert found("A fighter jet forced his Athens-to-Vilnius flight to land.") == set()
    assert found("The US-Bangla Airlines flight from Dhaka caught fire.") == set()


def test_a_capital_visited_is_a_place_and_the_oval_office_a_room():
    assert found("Why You Should Visit Lisbon In The Off-Season") == set()
    assert found("The president spoke from the Oval Office on Tuesday night.") == set()
    assert found("The White House said the talks would go on.") == {"US"}


def test_a_festival_prize_a_spaced_route_end_and_an_awards_show():
    assert found("Jafar Panahi's 'Taxi' Wins Berlin's Top Prize") == set()
    assert found("She went into cardiac arrest on a London-to-Los Angeles flight Friday.") == set()
    assert found("She will be named artist of the decade at the American Music Awards.") == set()


def test_a_state_listed_with_another_state_is_no_country():
    assert found("Colorado and Washington legalize recreational marijuana") == set()
    assert found("Washington and Moscow agreed to talk.") == {"US", "RU"}


def test_washington_teams():
    assert found("Washington Nationals win first World Series title") == set()


def test_a_government_participle_after_a_capital_in_title_case():
    assert found("Hong Kong Media Tycoon Jimmy Lai Arrested Under Beijing-Imposed Security Law") == {"HK", "CN"}


def test_a_plane_model_from_a_capital_is_travel():
    assert found("The Boeing 777 from Seoul slammed into a seawall.") == set()


def test_a_canadian_residential_school_is_no_india():
    assert found("The remains were located at the Kamloops Indian Residential School in British Columbia.") == set()


def test_later_destinations_in_a_travel_list_are_places():
    assert found("Deals on flights to Mexico City, Lisbon and Reykjavik are popping up now.") == set()
    assert found("He sent messages to Moscow, Beijing and Tehran.") == {"RU", "CN", "IR"}


def test_the_west_bank_alone_is_a_region():
    assert found("Bodies Of Three Missing Israeli Teens Found In West Bank") == {"IL"}
    assert found("Palestinians in the West Bank protested.") == {"PS"}


def test_regions_landmarks_and_brands_named_after_a_country_name_none():
    assert found("Pipeline leak fouls fishing creeks in Niger Delta") == set()  # a region, like Donbas
    assert found("Nigerian militants attacked a platform in the Niger Delta") == {"NG"}
    assert found("Panama Canal imposes draft limits as drought drains Gatun Lake") == set()
    assert found("Panama said the canal would reopen") == {"PA"}
    assert found("Swiss Re Puts Hurricane Claims At $1.3 Billion") == set()
    assert found("Nestle Sells Poland Spring To Private Equity") == set()
    assert found("Chipotle Mexican Grill Agrees To Pay $25 Million") == set()
    assert found("American Airlines And US Airways Announce $11 Billion Merger") == set()


def test_a_headline_verb_before_a_name_is_no_first_name():
    assert found("Protesters Try To Storm Georgia's Parliament\nRiot police in Tbilisi fired tear gas.") == {"GE"}
    assert found("Rebels Invade Chad From The North") == {"TD"}
    assert found("Storm Reid Joins Cast") == set()


def test_a_capital_after_suburban_is_a_part_of_the_city():
    assert found("Sanrio said the character is a little girl from suburban London.") == set()


def test_an_amount_of_a_currency_a_city_nearby_and_a_capital_spoken_from():
    assert found("He would donate the prize money of eight million Swedish crowns to them.") == set()
    assert found("The Russian rouble fell as much as 20 percent.") == {"RU"}  # the country's currency: news of it
    assert found("Roofs were torn off in nearby Panama City.") == set()
    assert found("Taliban spokesman Suhail Shaheen, speaking from Doha, said the group would govern.") == set()
    assert found("Swedish police said they found the jewels.") == {"SE"}


def test_a_capital_one_is_flown_to_and_a_currency_named_in_full():
    assert found("Nicaragua freed twelve priests from prison and flown them to Rome, following a deal.") == {"NI"}
    assert found("Milei has promised to replace the peso with the United States dollar.") == set()
    assert found("He sent a message to Beijing.") == {"CN"}


def test_a_flight_number_between_the_flight_and_its_route():
    assert found("Flight MH17 from Amsterdam to Kuala Lumpur crashed near the Russian border.") == {"RU"}
    assert found("A letter from Moscow to Kyiv") == {"RU", "UA"}


def test_a_capital_before_its_protesters_or_a_building_and_more_famous_names():
    assert found("Kiev Protesters Topple Lenin Statue") == set()
    assert found("Dhaka Building Collapse Death Toll Passes 1,000") == set()
    assert found("Kyiv said on Monday it would respond.") == {"UA"}
    assert found("Israel Houghton Apologizes After Announcing Divorce") == set()
    assert found("Notre Dame Fighting Irish Earn College Football Playoff Spot") == set()


def test_a_region_or_a_brand_named_with_a_country_word_is_neither_country():
    assert found("Capsule lands\nThe capsule landed in Inner Mongolia on Thursday.") == set()
    assert found("Mongolia votes\nMongolians went to the polls.") == {"MN"}
    assert found("Shell cuts output\nRoyal Dutch Shell said it shut part of its output.") == set()


def test_a_capital_as_someones_hometown_a_journeys_start_or_an_events_name_is_a_place():
    assert found("Race ends\nKemp, a businessman from Athens, will take office in January.") == set()
    assert found("Prince freed\nHe returned to the kingdom from London after assurances.") == set()
    assert found("Hamilton wins Abu Dhabi Grand Prix\nThe race ended at dusk.") == set()
    assert found("Talks\nA message from Moscow reached the envoys.") == {"RU"}


def test_a_capital_before_a_modal_verb_is_the_government():
    assert found("Talks\nMoscow said any discussions with Washington must take place quietly.") == {"RU", "US"}
    assert found("Talks\nBeijing can wait, officials said.") == {"CN"}


def test_a_capital_listed_after_in_is_a_place_unless_officials_are_in_it():
    black_hole = "Image unveiled\nIt was shown at press conferences in Brussels, Santiago, Tokyo and Washington."
    assert found(black_hole) == set()
    assert found("Exile\nShe spent eight years of exile mostly in Dubai and London.") == set()
    assert found("Talks\nOfficials in Seoul and Tokyo welcomed the deal.") == {"KR", "JP"}
    assert found("Castro dies\nHe outlasted ten presidents in Washington.") == {"US"}
    assert found("Bombing suspect caught\nHe was taken to Beth Israel Deaconess Medical Center.") == set()


def test_show_titles_brands_and_venues_name_no_country():
    assert found("Sofia Vergara Joins 'America's Got Talent' As A Judge\nShe will sit beside Heidi Klum.") == set()
    assert found("'The Great British Baking Show' Has A New Home\nEpisodes stream on Friday.") == set()
    assert found("Canadians Are Ditching Heinz For French's Ketchup\nThe plant is in Ontario.") == {"CA"}
    assert found("Louvre Abu Dhabi Opens Its Doors\nThe museum shows Leonardo.") == set()
    assert found("Ai Weiwei Covers Berlin Concert Hall In Life Jackets\nThe artist honors refugees.") == set()
    assert found("Britain\nThe Great British public voted.") == {"GB"}


def test_north_and_south_korean_names_both_koreas():
    assert found("North And South Korean Athletes March Together At Olympic Opening\nCrowds cheered.") == {"KR", "KP"}


def test_the_gulf_of_thailand_is_a_landmark():
    assert found("Search widens\nShips are scouring the Gulf of Thailand for the plane.") == set()
    assert found("Thailand joins the search\nThai ships sailed.") == {"TH"}
    assert found("Irish voters approve Lisbon Treaty in second referendum\nTurnout was high.") == {"IE"}


def test_a_capital_after_a_title_and_a_given_name_is_a_surname_throughout():
    malta = "Schembri arrested\nHe was chief of staff to Prime Minister Joseph Muscat. Muscat told reporters he knew."
    assert found(malta) == set()
    assert found("Oman\nMuscat told the envoys it would mediate.") == {"OM"}
