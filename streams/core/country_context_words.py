"""The words the country tagger's context checks read (see `country_context`).

Each set answers one question about the words around a country phrase: does this
word before a capital make it a place ("arrested in Paris")? does this word after
"Georgia" make it the US state ("Georgia Senate race")? Data only, kept apart from
the country vocabulary (`country_aliases`), which says what the phrases are.
"""

from __future__ import annotations


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Title Case verbs after a name that is also a given name: "Wales Stun Belgium", "Jordan
# Rejects Plan" are the country acting, not "Wales Bonner" or "Jordan Peele" (any
# capitalised word ending in "-ed" counts as well: "Chad Added To Travel Ban").
HEADLINE_VERBS_AFTER_NAME = _word_set(
    """says warns urges rejects accepts denies vows stun stuns beat beats win wins lose loses host hosts
    join joins sign signs ban bans accuse accuses threatens expels recalls summons condemns votes
    agrees demands calls seeks hits slams blames backs arrests detains frees releases sanctions lifts
    imposes closes reopens executes deports announces orders suspends seizes applies holds elects marks
    approves visits meets tells asks invites thanks criticizes criticises praises pressures presses
    humiliates thrashes routs edges tops storm storms invade invades attack attacks enter enters flee flees
    leave leaves tour tours weighs mulls considers slaps welcomes insists responds denounces"""
)

# Days and months: capitalised, but no given name ("On Monday Moscow said").
CALENDAR_WORDS = _word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december"""
)

# Capitalized words that may stand next to a person-risk name without making it a
# person's name ("Of Jordan", "And Chad", "Says Washington").
FUNCTION_WORDS = _word_set(
    """a an and as at after against about amid among across before between but by
    during for from in into is it its near not of on or over since than that the their
    these this those through to toward towards under until via vs versus was were while
    with without says said say will would could should may might must can cannot shall has have had also both
    president king queen prime minister mr mrs ms dr last next earlier later today yesterday
    tomorrow now then again off up down out onto upon his her our"""
)

# Words before a capital that make it a place, not its government ("arrested in Paris",
# "Mayor of London", "a rally outside Tokyo"); a capital acting or speaking is the country.
PLACE_PREPOSITIONS = _word_set("in at near outside inside around across into of through throughout via")

# Words after a capital that make it a place or a local institution ("London Bridge",
# "Tokyo Olympics", "a London hospital", "Abu Dhabi TV"), or the scene of an event
# ("a Tokyo crash", "Delhi riots", "the Kabul bombing").
PLACE_NEXT_WORDS = _word_set(
    """bridge airport airports marathon grand masters zoo olympics olympic olympiad games hospital hospitals
    university college stock tv media metro subway underground fashion mayor
    crash crashes riot riots protest protests attack attacks bombing bombings blast blasts explosion explosions
    shooting shootings massacre earthquake quake fire fires flood floods summit
    district province municipality isolation facility hotel stadium station suburb suburbs firefighters
    police court courts wall pride drone blackout snowfall residents rally prize festival
    air winter summer club clubs side talks international protesters demonstrators building buildings
    concert museum opera philharmonic gallery theater theatre landmark landmarks cathedral governor nightlife"""
)

# Words before a capital that make it part of an institution's name ("University College
# London", "Imperial College London"): a place, not the government.
INSTITUTION_WORDS = _word_set("college university school institute academy museum hospital")

# Words before a capital that make it a part of the city ("South London", "Greater London").
CITY_PART_WORDS = _word_set(
    "north south east west central downtown greater inner outer northern southern eastern western suburban nearby"
)

# Words before "to"/"from"/"between" that make the capital after it a place travelled to or
# from ("a trip to Warsaw", "flew to Beijing", "tourists to Paris", "cities from London to
# Sydney"), not a government addressed ("a message to Beijing", "talks between Moscow and").
TRAVEL_WORDS = _word_set(
    """trip trips visit visits visited visiting travel travels traveled travelled traveling
    travelling flew fly flies flying flight flights journey journeys moved move went go goes
    going heads headed heading way returned returning relocated continued continues arrived arrives landed lands
    transferred flown taken driven sailed tourists visitors travellers travelers passengers cities towns route
    jet jets plane planes take-off takeoff departure guide guides marches rallies boeing airbus
    speaking reporting writing broadcasting diverted rerouted"""
)

# ... of them, the verbs, which may stand a few words before "from" ("returned to the kingdom from London")
TRAVEL_VERBS = _word_set("returned returning flew flown arrived arriving departed departing travelled traveled fled")
# People "from" a capital come from the city: "a businessman from Athens", "a student from Paris"
ORIGIN_NOUNS = _word_set(
    "man woman men women businessman businesswoman native resident residents student students family couple "
    "teenager boy girl artist doctor nurse teacher"
)

# Verbs of leaving: the capital after them, or after "for" following them, is a place
# ("left Moscow", "leaving Kuala Lumpur for Beijing", "Lets Snowden Leave For Moscow").
LEAVING_WORDS = _word_set("leave leaves leaving left depart departs departed departing bound")

# Nouns before that preposition that make the capital the government after all
# ("the central government in Beijing", "officials in Washington").
# Past tenses without "-ed" that follow a capital used as a metonym ("Moscow said").
IRREGULAR_PAST_VERBS = _word_set(
    """said told took made sent saw won lost hit cut put set led met gave got began became came went ran
    rose fell held kept left paid sold bought brought fought thought struck spoke stood chose drew
    threw broke froze shut sought let quit"""
)

GOVERNMENT_NOUNS = _word_set(
    """government governments officials authorities leaders leadership regime
    administration diplomats policymakers rulers establishment president presidents critic critics"""
)

# What only a government has, after a capital's possessive: "at Washington's request",
# "Moscow's ally", "Beijing's pressure" are the state whatever preposition comes before.
GOVERNMENT_WILL_NOUNS = _word_set(
    """request requests behest demand demands insistence urging pressure orders decision
    decisions policy policies sanctions approval blessing invitation response stance
    ally allies envoy envoys ambassador backing warning warnings ire objections critic critics fiercest move
    moves latest"""
)

# Words before a common-noun name that make it the noun ("a turkey", "roast Turkey").
# Words after a country that is also a food ("Turkey Brining 101", "turkey recipe"): the food.
FOOD_NEXT_WORDS = _word_set(
    """brining brine brined roast roasting stuffing carving recipe recipes breast burger burgers
    sandwich sandwiches leftovers gravy dinner fryer"""
)
# Words that make a bare common-noun name the noun unless the country is named otherwise too.
NOUN_SEASONS = {"Turkey": ("Thanksgiving", "thanksgiving")}
NOUN_DETERMINERS = _word_set(
    """a an my your our their his her this every each whole roast roasted wild cold fried perfect juicy
    smoked leftover thanksgiving butterball deep-fried"""
)

# Words after a state-risk name (past any possessive) that make it the US state.
STATE_NEXT_WORDS = _word_set(
    """state senate senator senators sen governor gov legislature legislators lawmakers
    house republican republicans democrat democrats democratic gop voters voter voting
    election elections runoff runoffs primary primaries secretary county counties sheriff
    supreme attorney general tech bulldogs university peach law laws prison prisons
    congressman congresswoman congressional district ballot ballots polls resident
    residents native school schools bill capitol statehouse assembly judge court"""
)

# Words before a state-risk name that make it the US state ("rural Georgia").
STATE_PREV_WORDS = _word_set("rural suburban metro downtown coastal")

# Words after a place name that make it a street or square ("Grenada Street", "Kenya Road").
STREET_WORDS = _word_set("Street St. Avenue Ave. Road Rd. Boulevard Blvd. Lane Drive Square Plaza")

# AP-style state abbreviations, used with pycountry's state names and postal codes to
# spot "Moscow, Idaho" / "Paris, Tex." (a place in the US, not the capital).
AP_STATE_ABBREVIATIONS = _word_set(
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. "
    "Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. "
    "S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wyo."
)

# Words before a demonym that make it a language ("speaks Russian").
LANGUAGE_PREV_WORDS = _word_set("speak speaks spoke speaking learn learning learned fluent translated")

# What "English" qualifies when it means the language, a landmark or a kind of thing, not
# England ("English version", "English Channel", "English muffin"); see `_english_as_language`.
ENGLISH_NOT_ENGLAND_NEXT = _word_set(
    """version versions page pages edition editions text texts word words class classes course courses
    teacher teachers test tests exam proficiency skills grammar literature major department dub
    translation only channel muffin muffins breakfast bulldog bulldogs ivy setter springer mastiff
    sheepdog garden gardens teacup medicine medicines are be been being single singles song songs album
    albums lyrics subtitles dictionary"""
)

# Words after a demonym that make it an amount of a currency ("eight million Swedish crowns",
# "500 Mexican pesos"): a currency mark, as the guide has "U.S. dollars"; only plurals, since
# "the Russian rouble fell" is news about the country's currency.
CURRENCY_NEXT_WORDS = _word_set(
    """crowns kronor kroner francs pesos rupees rubles roubles liras dinars dirhams riyals rials pounds
    dollars shekels forints hryvnias"""
)

# Words after a demonym that make it a language ("Russian-speaking", "Spanish language").
LANGUAGE_NEXT_WORDS = _word_set(
    "language languages speaking speaker speakers translation translations subtitles lessons"
)

# Words after "X-American" that make it bilateral ("Chinese-American relations"), not an
# American of X origin (in which case X itself is not tagged).
BILATERAL_WORDS = _word_set(
    """relations relationship ties trade talks summit alliance war border cooperation deal
    agreement dialogue tensions rivalry conflict collaboration partnership consortium venture"""
)

# Words after a country or capital name that make it a newspaper or broadcaster ("The
# Korea Herald", "the Tehran Times", "China Daily"); capitalised, as in the masthead.
MEDIA_WORDS = _word_set("Times Post Herald Daily Independent Tribune Journal Gazette Telegraph Observer Television")
