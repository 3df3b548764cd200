"""Topic vocabulary for `topics.py`: IPTC Media Topics and the terms that signal them.

Ids and English labels are IPTC's (checked against the IPTC MediaTopic NewsCodes
spreadsheet of 2025-03-31). The top level has 17 topics; "human interest"
(medtop:08000000) is left out because no word list separates it from the others.
Four sub-topics the alerts care about are added with their IPTC parents:
international relations (under politics), its children diplomacy and economic
sanction, and human rights (under society > fundamental rights).

Terms are lower-case unless they are names or acronyms; an all-capital term ("NATO")
matches only in capitals, the others also Capitalized, Title Case and UPPER. A plural
"s" is always accepted. Weights: 3 = decisive ("human rights"), 2 = strong, 1 =
supporting, 0.5 = weak. The same term may serve several topics (a hurricane is both
weather and disaster). A longer phrase replaces the words inside it, so phrases give
their own reading: "novel coronavirus" is health (not the arts' "novel"), "Islamic
State" is conflict (not religion), and NEUTRAL phrases ("West Bank") count for nothing.
"""

from __future__ import annotations

# id -> (IPTC label, parent id or None)
TOPICS: dict[str, tuple[str, str | None]] = {
    "medtop:01000000": ("arts, culture, entertainment and media", None),
    "medtop:02000000": ("crime, law and justice", None),
    "medtop:03000000": ("disaster, accident and emergency incident", None),
    "medtop:04000000": ("economy, business and finance", None),
    "medtop:05000000": ("education", None),
    "medtop:06000000": ("environment", None),
    "medtop:07000000": ("health", None),
    "medtop:09000000": ("labour", None),
    "medtop:10000000": ("lifestyle and leisure", None),
    "medtop:11000000": ("politics and government", None),
    "medtop:12000000": ("religion", None),
    "medtop:13000000": ("science and technology", None),
    "medtop:14000000": ("society", None),
    "medtop:15000000": ("sport", None),
    "medtop:16000000": ("conflict, war and peace", None),
    "medtop:17000000": ("weather", None),
    "medtop:20000638": ("international relations", "medtop:11000000"),
    "medtop:20000639": ("diplomacy", "medtop:20000638"),
    "medtop:20000642": ("economic sanction", "medtop:20000638"),
    "medtop:20000592": ("human rights", "medtop:14000000"),
}

# topic id -> lines of "weight | term, term, ..."
TERMS: dict[str, str] = {
    "medtop:01000000": """
        2 | film, movie, music, musician, song, album, singer, actor, actress, Hollywood, Oscar,
            Grammy,
            Emmy, Golden Globe, television, Netflix, sitcom, celebrity, celebrities, concert,
            museum,
            theater, theatre, Broadway, novel, novelist, poet, poetry, painting, painter, comedian,
            comedy, rapper, hip-hop, documentary, premiere, box office, pop star, Saturday Night
            Live,
            talk show, late-night, journalism, artwork, sculpture, exhibition, Disney, Marvel, Star
            Wars,
            Kimmel, Colbert, Fallon, Seth Meyers, Trevor Noah, John Oliver, Bill Maher, Fox News,
            MSNBC,
            Hannity, Tucker Carlson, New York Times, Washington Post, anchor, Instagram
        1 | TV, show, episode, series, band, art, artist, book, author, director, festival, media,
            journalist, newspaper, magazine, star, trailer, dance, dancer, culture, cultural,
            stage, performance, reality show, host, CNN, BBC, publisher, reporter, network,
            interview,
            Kardashian, Kanye, royal family, Meghan Markle, Prince Harry
    """,
    "medtop:02000000": """
        2 | police, arrest, arrested, prison, jail, jailed, prisoner, court, judge, trial, lawsuit,
            sued, prosecutor, prosecution, convicted, conviction, sentenced, murder, murdered,
            homicide, mass shooting, gunman, robbery, theft, fraud, indicted, indictment, felony,
            crime, criminal, detained, detention, custody, lawyer, attorney general, FBI,
            Justice Department, Department of Justice, suspect, sexual assault, sexual abuse, rape,
            kidnapping, kidnapped, trafficking, smuggling, corruption, bribery, pardon, pardoned,
            Supreme Court, verdict, acquitted, guilty, plea, extradition, law enforcement, opened
            fire
        1 | law, legal, illegal, victim, investigation, investigators, probe, charged, charges,
            accused, allegations, abuse, assault, shooting, shot, police officer, officer, sheriff,
            cop, gun, gun violence, attorney, released, release, amnesty, lawyers, jury
    """,
    "medtop:03000000": """
        2 | disaster, earthquake, quake, tsunami, flood, flooding, wildfire, bushfire, landslide,
            mudslide, volcano, eruption, avalanche, crash, plane crash, car crash, accident,
            collision, derailment, derailed, explosion, blaze, firefighter, rescuers, evacuation,
            evacuated, death toll, shipwreck, capsized, drowned, famine, FEMA, Red Cross,
            state of emergency, emergency services, hurricane, typhoon, cyclone, tornado
        1 | fire, blast, rescue, rescued, emergency, collapse, collapsed, survivors, injured,
            injuries, missing, sank, damage, destruction, relief, aid workers
        0.5 | killed, dead, victims
    """,
    "medtop:04000000": """
        2 | economy, economic, economist, stock market, stocks, investor, investment, tariff,
            export,
            import, industry, potash, company, corporate, corporation, business, revenue, profit,
            earnings, GDP, inflation, recession, interest rate, central bank, Federal Reserve,
            Wall Street, Nasdaq, Dow Jones, S&P 500, IMF, World Bank, bankruptcy, bankrupt, deficit,
            oil prices, commodity, commodities, merger, acquisition, startup, CEO, retailer,
            shareholder, cryptocurrency, bitcoin, trade war, economic growth, manufacturing,
            supply chain, stock exchange, finance, financial, banking, currency, price war
        1 | market, shares, trade, debt, budget, tax, taxes, prices, price, billion, crude, retail,
            consumer, sales, bank, dollar, euro, ruble, rouble, yuan, sector, investors, exports,
            imports, firm, industries, fertilizer, fertiliser, revenue source, oil, gas, energy,
            Starbucks, Uber, Amazon, Walmart, Elon Musk, store, brand, warehouse, executive,
            product,
            customers, SEC
    """,
    "medtop:05000000": """
        2 | school, student, teacher, university, college, campus, education, educational, educator,
            classroom, tuition, curriculum, graduation, exam, kindergarten, pupil, professor,
            academic, scholarship, homework, school board, high school, student loan, student debt,
            Department of Education
        1 | graduate, principal, learning, teaching, class, lecture
    """,
    "medtop:06000000": """
        3 | climate change, climate crisis, global warming
        2 | climate, emissions, greenhouse gas, carbon dioxide, pollution, polluted, pollutant,
            environment, environmental, environmentalist, conservation, wildlife, endangered
            species,
            endangered, deforestation, biodiversity, renewable energy, renewables, solar power,
            wind power, fossil fuel, EPA, Environmental Protection Agency, recycling, extinction,
            ecosystem, oil spill, national park, Paris Agreement, sustainability, habitat, wetland,
            coral reef, glacier, sea level, carbon, Paris climate
        1 | species, animals, trees, forest, ocean, plastic, coal, waste, sustainable, nature,
            whale,
            flamingo, drought, lake, river, river bank, zoo, sea, fish, bear, animal, wild
    """,
    "medtop:07000000": """
        2 | health, healthcare, health care, hospital, disease, virus, coronavirus, COVID-19, COVID,
            cardiac arrest, respiratory arrest, heart attack, stroke,
            pandemic, epidemic, vaccine, vaccination, vaccinated, cancer, patient, doctor,
            physician,
            nurse, medical, medicine, Medicaid, Medicare, mental health, obesity, diabetes, HIV,
            AIDS, Ebola, measles, influenza, flu, infection, infected, outbreak, surgery, surgeon,
            clinic, clinical trial, symptoms, diagnosis, diagnosed, pharmaceutical, drugmaker, FDA,
            CDC, World Health Organization, opioid, overdose, dementia, Alzheimer's, public health,
            quarantine, novel coronavirus, Omicron, hospitalized, ICU
        1 | treatment, therapy, drug, drugs, lockdown, masks, mask, care, abortion, pills,
            pregnancy,
            died, death, deaths, illness, ill, health insurance
    """,
    "medtop:09000000": """
        2 | labor, labour, labor union, trade union, union workers, workers, worker, employee,
            employer, employment, unemployment, jobless, minimum wage, wage, on strike, walkout,
            layoffs, laid off, pension, salary, salaries, hiring, workplace, gig economy,
            collective bargaining, child labor, labor market, jobs report, payrolls, workforce,
            jobs, unionize, unionized, unionizing
        1 | job, strike, union, unions, staff, hired, fired, paid leave, overtime
    """,
    "medtop:10000000": """
        2 | travel, vacation, recipe, cooking, restaurant, chef, wine, beer, cocktail, fashion,
            beauty, makeup, fitness, workout, yoga, wedding, dating, parenting, gardening, shopping,
            Thanksgiving, Halloween, tourism, tourist, cruise, leisure, hobby, skincare, home decor
        1 | food, holiday, style, diet, parents, kids, pets, pet, dog, cat, garden, Christmas,
            hotel,
            relationship, baby, meal, dinner, trip
    """,
    "medtop:11000000": """
        2 | politics, political, politician, parliament, parliamentary, lawmaker, legislature,
            legislation, senate, senator, congressman, congresswoman, congressional,
            prime minister, election, electoral, referendum, impeachment, impeach, impeached,
            presidential, opposition leader, opposition figure, opposition party, ruling party,
            authoritarian, dictator, dictatorship, regime, Democrats, Republicans, GOP,
            campaign trail, Congress, White House, Kremlin, Downing Street, cabinet, coup,
            Labour Party, Labor Party, landslide victory, landslide win, government, Capitol riot,
            insurrection, filibuster, midterm, midterms, Jan. 6, Pelosi, McConnell, Schumer
        1 | president, minister, ministry, vote, voted, voters, voting, ballot, campaign, candidate,
            opposition, governor, mayor, policy, policies, democracy, democratic, Democrat,
            Republican, partisan, bipartisan, constitution, constitutional, veto, protest,
            protesters, demonstrators, Trump, Biden, Obama, Putin, administration, leader, reform,
            state media, state department, rule, crackdown, federal, Capitol, Gov., Rep., Sen.,
            bill,
            secretary, shutdown, nominee, primary
        0.5 | war of words, official, officials
    """,
    "medtop:12000000": """
        2 | religion, religious, church, pope, Vatican, Catholic, Christian, Christianity, Muslim,
            Islam, Islamic, Jewish, Jews, Judaism, synagogue, mosque, temple, Hindu, Buddhist,
            Buddhism, bishop, priest, clergy, evangelical, pastor, imam, rabbi, sermon, Bible,
            Quran, Koran, Ramadan, Easter, archbishop, diocese, archdiocese, theology, worship,
            pilgrimage, pilgrims, Umrah, Hajj, cardinal
        1 | faith, prayer, pray, God, spiritual, saint, sacred, holy
    """,
    "medtop:13000000": """
        2 | science, scientific, scientist, research, researchers, technology, tech, NASA,
            space agency, spacecraft, rocket, satellite, astronaut, cosmonaut, planet, telescope,
            physics, physicist, chemistry, biology, biologist, artificial intelligence, robot,
            robotics, computer, software, internet, smartphone, iPhone, cybersecurity, cyberattack,
            hackers, hacking, hacked, algorithm, genetic, gene, DNA, genome, fossil, dinosaur,
            experiment, laboratory, engineering, electric vehicle, blockchain, archaeologist,
            archaeology, astronomer, astronomy, asteroid, comet, galaxy, spaceflight, space station,
            SpaceX, Roscosmos, AI
        1 | Google, Facebook, Twitter, Microsoft, Apple, Tesla, study, data, app, lab,
            discovery, innovation, engineer, online, digital, device, space,
            Mars, moon
    """,
    "medtop:14000000": """
        2 | immigration, immigrant, migrant, refugee, asylum, asylum seeker, racism, racist, racial,
            discrimination, poverty, homeless, homelessness, LGBTQ, LGBT, gay, lesbian, transgender,
            same-sex marriage, equality, inequality, feminism, feminist, gender, women's rights,
            civil rights, social justice, welfare, charity, Black Lives Matter, hate crime,
            hate speech, diversity, disability, demographic, census, culture war, food bank,
            abortion rights, abortion
        1 | community, communities, families, family, marriage, children, youth, elderly, social,
            society, citizens, citizenship, population, volunteers, women, minorities, minority,
            indigenous, neighborhood, nationals, diaspora, exile
    """,
    "medtop:15000000": """
        2 | sport, football, soccer, basketball, baseball, tennis, golf, hockey, cricket, rugby,
            boxing, athlete, Olympics, Olympic, Paralympics, World Cup, Super Bowl, championship,
            tournament, playoffs, playoff, league, NFL, NBA, MLB, NHL, NCAA, FIFA, UEFA,
            quarterback,
            touchdown, goalkeeper, midfielder, pitcher, coach, head coach, Grand Slam, Grand Prix,
            Formula One, marathon, Wimbledon, US Open, gold medal, medal, stadium, UFC, wrestling,
            wrestler, cycling, cyclist, Tour de France, sprinter, swimmer, figure skating, skiing,
            chess, grandmaster, Grand Master, PGA, St. Louis Cardinals, striker, Invictus Games,
            athletics, innings, halftime
        1 | team, teammate, player, game, match, season, score, scored, goal, victory, defeat,
            champion, title, draft, referee, win, final, finals, club
        0.5 | racing, fans
    """,
    "medtop:16000000": """
        2 | war, warfare, military, troops, soldier, army, armed forces, invasion, invaded, invade,
            airstrike, air strike, missile, bombing, shelling, artillery, militant, insurgent,
            insurgency, rebels, ceasefire, cease-fire, truce, armistice, peace talks, peace deal,
            peace process, peace agreement, terrorism, terrorist, terror attack, jihadist, ISIS,
            Islamic State, Taliban, al-Qaeda, Hamas, Hezbollah, genocide, war crimes, combat,
            frontline, front line, warplane, warship, drone strike, guerrilla, paramilitary,
            armed conflict, hostilities, nuclear weapons, battlefield, Pentagon, defense minister,
            defence minister, Ministry of Defence, wartime, airspace, annexation, occupied,
            denuclearization, denuclearisation, nuclear program, nuclear programme, nuclear test,
            missile test, ballistic missile
        1 | attack, casualties, weapons, arms, NATO, conflict, aggression, offensive, clashes,
            violence, hostage, siege, raid, escalation, peace, rockets, drone, drones, bomb,
            security forces, fighting, forces
    """,
    "medtop:17000000": """
        2 | weather, forecast, forecasters, meteorologist, National Weather Service, rainfall,
            snowfall, snowstorm, blizzard, thunderstorm, hurricane, typhoon, cyclone, tornado,
            heat wave, heatwave, cold snap, monsoon, El Niño, El Nino, La Niña, frost, hail,
            temperatures, humidity, wind chill, degrees Fahrenheit, degrees Celsius, storm,
            winter storm, tropical storm
        1 | rain, snow, winds, wind, temperature, meteorological, sunny, cloudy, freezing, heat,
            drought, flooding
    """,
    "medtop:20000638": """
        2 | foreign minister, foreign ministry, foreign policy, foreign affairs, bilateral,
            multilateral, treaty, United Nations, UN Security Council, Security Council,
            European Union, international community, state visit, Secretary of State, G7, G20,
            G-7, G-20, Department of State, geopolitical, allies, allied, alliance, foreign
            relations, relations between,
            strained relations, normalizing relations, isolation, Western isolation
        1 | international, foreign, relations, ties, cooperation, accord, pact, UN, U.N.,
            EU, citizens of, Western, West, tensions, airspace
    """,
    "medtop:20000639": """
        2 | diplomacy, diplomatic, diplomat, envoy, special envoy, ambassador, embassy, consulate,
            talks, negotiations, negotiated, negotiator, mediation, mediator, normalization,
            normalisation, normalizing relations, normalize relations, rapprochement, détente,
            peace talks, diplomatic victory, state visit, foreign minister
        1 | summit, negotiate, dialogue, engagement, meeting, visit, met with, baby steps
    """,
    "medtop:20000642": """
        3 | sanctions, sanction, sanctioned, embargo, export ban, asset freeze, blacklisted,
            lifting sanctions, lifted sanctions
    """,
    "medtop:20000592": """
        3 | human rights, rights group, rights activist, political prisoner, Amnesty International,
            Human Rights Watch, prisoners of conscience
        2 | dissident, repression, crackdown, persecution, persecuted, torture, tortured,
            freedom of speech, free speech, press freedom, freedom of expression, censorship,
            civil liberties, Nobel Peace Prize, forced labor, forced labour, arbitrary detention,
            death penalty, executions, opposition figure, imprisoned, imprisonment, Peace Prize,
            labor camp
        1 | activist, released prisoners, prisoners, freed
    """,
}

# Phrases that carry no topic but contain words that do ("West Bank" is not banking).
NEUTRAL = "under fire, West Bank, Soviet Union, Labor Day, Labour Day, Bank of America Stadium"
