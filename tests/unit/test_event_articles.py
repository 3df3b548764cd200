"""Event detection on wordings found by blind whole-article probes (tests/data/probes/articles-*).

Each set of 60 articles was written from the labelling guide alone and scored with
`newsalerts eval` before any change; the classes its errors exposed are tested here with
their look-alikes. Hand-written paraphrases, like test_event_wording_wire.py.
"""

from __future__ import annotations

from tests.unit.event_support import assert_actors, assert_no_events, assert_reports, types

# --- blind full articles (HuffPost style)


def test_an_infinitive_with_an_adverb_repeated_arrests_and_a_status_are_no_acts():
    assert_no_events(
        "The notice asks police worldwide to locate and provisionally arrest a wanted person.",
        "The U.S. has classified Griner as wrongfully detained.",
    )
    assert types("John Lewis, Civil Rights Icon Arrested Dozens Of Times, Dies At 80\nHe died.") == set()
    assert_reports(
        "sanctions_lifted", "The Security Council on Friday voted to fully lift the arms embargo on Somalia."
    )


def test_a_state_barring_a_countrys_airline_from_flying():
    assert_actors(
        "Ban\nOn Monday, Britain barred Belarus' state airline Belavia from flying into the country.",
        "sanctions_imposed",
        "GB",
        "BY",
    )
    assert_no_events("He was barred from entering Russia on Monday.")


# --- blind full articles (Wikinews and international wire style)


def test_sanctions_described_kept_or_further_are_no_act():
    assert_no_events(
        "A vote could restore sanctions lifted under the agreement.",
        "The EU also maintains separate asset freezes on dozens of individuals over the conflict.",
        "The leaders agreed to work towards a ceasefire and further exchanges of prisoners.",
    )
    assert types("Detained Saudi women's rights activists appear in court for first time\nThey spoke.") == set()
    assert types("Sanctions Lifted On Iran\nOfficials spoke.") == {"sanctions_lifted"}  # a headline's passive
    assert_reports("sanctions_imposed", "Officials were targeted in a fresh round of sanctions announced on Wednesday.")


def test_a_lift_governs_a_listed_asset_freeze_and_a_reason_is_no_target():
    text = (
        "The Council voted unanimously on Wednesday to lift an arms embargo, asset freezes and travel bans on Eritrea."
    )
    assert types("UN\n" + text) == {"sanctions_lifted"}
    assert_actors(
        "Russia\nAustralia imposes new sanctions on Russia over Ukraine crisis", "sanctions_imposed", "AU", "RU"
    )
    assert_actors(
        "HK\nChina imposes sanctions on 11 Americans, including senators, over Hong Kong",
        "sanctions_imposed",
        "CN",
        "US",
    )
    assert_actors(
        "Myanmar\nCanada on Monday imposed sanctions on seven officers from Myanmar over the violence.",
        "sanctions_imposed",
        "CA",
        "MM",
    )
    assert_actors("Lula\nBrazil's Newly Freed Former Leader Sets Up Clash", "prisoner_release", "BR", None)


# --- blind full articles (HuffPost crime and culture)


def test_a_later_court_step_in_the_headline_makes_undated_body_arrests_history():
    sentencing = (
        "Man Sentenced To 25 Years For Shooting That Wounded 3\n"
        "He was arrested two days after the shooting when officers found him in a basement."
    )
    assert types(sentencing) == set()
    bail = "Rittenhouse Released On $2 Million Bail\nRittenhouse was arrested the next day in his hometown."
    assert types(bail) == set()
    dated = "Man Pleads Not Guilty\nPolice arrested a second suspect on Monday, officials said."
    assert types(dated) == {"arrest"}
    assert types("Man Arrested After Standoff Ahead Of Trial\nHe was taken away.") == {"arrest"}


def test_later_convicted_is_history_but_later_charged_is_the_same_story():
    assert_no_events("Whelan was arrested in a Moscow hotel room and later convicted of espionage.")
    assert_reports("arrest", "Police said the driver was detained at the scene and later charged with DUI.")


def test_a_step_that_could_lead_to_sanctions_and_a_release_party():
    assert_no_events(
        "The senators asked Trump to act, a step that could lead to sanctions.",
        "Netflix released the first half of the fifth season of the comedy on Tuesday.",
    )
    assert_reports("sanctions_imposed", "The EU stepped up sanctions on Belarus on Monday.")
    assert types("Rapper Arrested On Gun Charge After Album Release Party\nHe was booked.") == {"arrest"}


# --- blind full articles (Asian, African and Latin American outlets)


def test_past_eras_decades_statuses_and_delays_are_no_news():
    assert_no_events(
        "Thousands were killed during the 17-year dictatorship, and tens of thousands were detained and tortured.",
        "The US and the EU imposed travel bans and asset freezes on Zimbabwean officials in the early 2000s.",
        "Biden said the two men had been wrongfully detained.",
    )
    assert types("Malawi president pardons 499 prisoners, releases delayed\nThey wait.") == set()
    assert types("Zimbabwe marks Anti-Sanctions Day\nPeople marched.") == set()
    assert_reports("arrest", "Police arbitrarily detained 20 protesters on Monday.")


def test_a_lift_reaches_over_a_list_of_measures():
    text = "The Council on Wednesday unanimously lifted an arms embargo, travel bans and asset freezes on Eritrea."
    assert types("UN\n" + text) == {"sanctions_lifted"}


def test_hit_with_sanctions_a_participle_clause_and_an_aside_are_not_targets():
    assert_actors(
        "EU hits Belarus with economic sanctions over forced landing\nIt did.", "sanctions_imposed", None, "BY"
    )
    assert_actors(
        "Ban\nRussia on Saturday imposed sanctions on British Prime Minister Boris Johnson, banning him from entering "
        "Russia.",
        "sanctions_imposed",
        "RU",
        "GB",
    )
    assert_actors("HK\nHong Kong police arrest 53 pro-democracy figures, including US lawyer", "arrest", "HK", None)
    assert_actors("Aid\nItalian aid worker kidnapped in Kenya freed in Somalia", "prisoner_release", None, "IT")


# --- blind full articles (Wikinews; HuffPost world and politics)


def test_proposals_goals_and_lists_of_lifted_measures_are_no_impositions():
    assert_no_events(
        "Some officials have floated easing oil sanctions on Venezuela.",
        "Britain and Australia called for the detained leaders to be released.",
        "North Korea released photos Friday showing leader Kim Jong Un at the launch.",
    )
    text = "The EU on Monday lifted most of its sanctions on Belarus, including an asset freeze on its leader."
    assert types("EU\n" + text) == {"sanctions_lifted"}


def test_dates_in_the_same_month_abbreviated_months_and_one_word_asides():
    published = "2019-10-23"
    assert types("Turkey\nThe sanctions were announced on October 14, after the offensive.", published) == set()
    assert types("Turkey\nThe sanctions were announced on October 22, officials said.", published) == {
        "sanctions_imposed"
    }
    assert types("Navalny\nNavalny was arrested on Jan. 17 upon returning from Germany.", "2021-02-20") == set()
    assert (
        types(
            "Whelan\nWhelan was detained by the Federal Security Service (FSB) in a hotel on December 28, 2018.",
            "2019-05-25",
        )
        == set()
    )


def test_a_release_in_the_article_makes_an_undated_arrest_its_history():
    article = (
        "Iran frees US Navy veteran Michael White\n"
        "On Thursday, Iran released Michael White, a US Navy veteran held in the country since 2018. "
        "He was detained while visiting a woman he had met online, his family said."
    )
    assert types(article, "2020-06-05") == {"prisoner_release"}
    dated = "Protest\nPolice detained 12 protesters on Monday. Officials said they were freed from prison cells."
    assert "arrest" in types(dated)


# --- blind full articles (dense hard negatives; a random draw of HuffPost sections)


def test_anniversaries_years_later_and_what_would_have_happened():
    assert_no_events(
        "Saturday marks 500 days since French cyclist Lucas Fournier was detained near the border.",
        "Five years ago this week, security officers arrested blogger Amr Saleh at his apartment.",
        "The trial opened on Monday, more than a year after police detained her in a dawn raid.",
        "The draft would have banned helicopter sales and blacklisted a number of officials.",
        "Several of the former hostages spoke this week about the anniversary of their release.",
        "Amnesty International said its petition for his release had gathered a million signatures.",
    )
    retrospective = (
        "Forty years on, former US hostages recall the day they left Iran\n"
        "The hostages were freed under the Algiers Accords, negotiated with Algerian help."
    )
    assert types(retrospective) == set()


def test_measures_described_bail_walkouts_lists_and_soundtracks():
    assert_no_events(
        "The measures barred most trade and froze the assets of the Sudanese government.",
        "A former councilman walked out of the county jail on Monday after posting a $50,000 bond.",
        "The soundtrack, released separately on streaming services, is sparse.",
        "'If she is freed, she plans to return to journalism,' her husband said.",
    )
    assert types("Ukraine and Russia exchange lists ahead of expected prisoner swap\nLists.") == set()
    lawsuit = "City settles lawsuit over wrongful arrest of teenager\nOfficers handcuffed him and held him for hours."
    assert types(lawsuit) == set()


def test_dated_when_clauses_homecomings_and_releases_of_one_of_them():
    assert_reports(
        "sanctions_lifted",
        "That changed on Saturday, when the U.S. Treasury eased sanctions on Venezuela to grant Chevron a license.",
    )
    assert types("Freed Irishman Ibrahim Halawa arrives home after four years in Egyptian jail\nHe landed.") == {
        "prisoner_release"
    }
    assert_reports(
        "prisoner_release", "On Thursday, Belarus released one of them, freelance photographer Tomas Vaitkus."
    )
    assert_no_events("Trump was released from the hospital and returned to the White House.")


# --- blind full articles (precision, round two; recall)


def test_fact_checks_statistics_explainers_and_hypotheticals():
    fact_check = "Fact check: No, the U.S. has not lifted sanctions on Iran's bank\nThe administration lifted them."
    assert types(fact_check) == set()
    assert_no_events(
        "Police made fewer than 650,000 arrests in the year to March, the lowest since records began.",
        "Any resolution imposing an arms embargo or targeted sanctions would face a veto.",
        "'Sanctions have imposed a heavy cost, but they have not broken the system,' the economist said.",
        "The film ends before any of the men is released.",
        "It would direct the State Department to identify officials within 180 days and freeze any assets they hold.",
        "Ministers failed on Monday to agree a new package of sanctions on Iranian officials.",
        "MPs questioned the Foreign Office over support for Britons detained abroad.",
    )
    assert types("Police arrests in England and Wales fall to record low\nFigures fell.") == set()


def test_sports_releases_orders_and_a_return_that_is_a_noun():
    assert_no_events(
        "The midfielder joined on a free transfer after he was released by Portuguese club Vitoria.",
        "The court suspended his sentence and ordered his release, but he stays in jail in another case.",
    )
    assert "prisoner_release" not in types("Navalny\nNavalny was detained last Sunday on his return from Germany.")
    assert types("Bears release veteran linebacker, freeing up $9 million in cap space\nHe left.") == set()


def test_released_by_captors_or_authorities_despite_relative_clauses():
    assert_reports(
        "prisoner_release",
        "Two Canadian men who had been held in China on charges they denied were released by Chinese authorities on "
        "Friday.",
        "The family said Wednesday that he is safe after he was released by his captors.",
    )
    assert types("Chief\nPolice Chief Denies Officers Detained Journalist at Protest") == set()


# --- blind realistic news days (a world wire feed; a US general-news site)


def test_a_plan_or_framework_for_sanctions_is_no_imposition():
    assert types("U.S. senators unveil plan for Turkey sanctions over Syria incursion\nThey spoke.") == set()
    assert_no_events("Two senators unveiled a bipartisan framework on Wednesday for sanctions against Turkey.")
    assert_reports("sanctions_imposed", "The Treasury announced a plan on Monday and imposed sanctions on Turkey.")


def test_remand_in_custody_and_a_jailing_headline_make_body_arrests_history():
    assert_no_events("He was remanded in custody and is due to appear at Crown Court next month.")
    jailed = "Cocaine gang leader jailed for 14 years\nHe was arrested following an investigation by the agency."
    assert types(jailed) == set()
    assert types("Gang\nHe was arrested in 2019 following an investigation.", "2021-11-24") == set()
