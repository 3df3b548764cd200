"""Curated country vocabulary that pycountry does not carry, kept in one place.

pycountry gives every ISO 3166-1 code with its official and common names; it has no
demonyms ("Belarusian"), no capitals ("Minsk"), no seats of power used as metonyms
("the Kremlin"), and none of the short forms news writers use ("US", "Britain").
This module holds exactly those, plus the phrases that must *not* count as a country
("Latin America", "guinea pig", "Washington Post") and the context markers used to
resolve the few genuinely ambiguous names. It is data only; `countries.py` holds
the logic, and the words its context checks read are in `country_context_words`.

Decisions recorded here (see also `countries.py`):
* Bare "Congo" and "Congolese" mean the Democratic Republic of the Congo (CD), the
  country news means far more often; "Republic of the Congo", "Congo-Brazzaville"
  and "Brazzaville" give CG.
* Bare "Korea" and "Korean" mean South Korea (KR); "North Korea(n)", "DPRK" and
  "Pyongyang" give KP; "the Koreas" and "North and South Korea" give both (the guide's
  rule); "Korean War" / "Korean Peninsula" give neither.
* Kosovo is tagged "XK", the user-assigned code used by the EU, IMF and CLDR (it is
  not in ISO 3166-1 proper, so pycountry lacks it).
* "Brussels", "The Hague", "Geneva" and "Jerusalem" are not matched as metonyms: they
  name the EU, the international courts, the UN or a contested capital more often
  than the host state. "Belgium", "Dutch", "Israeli" etc. still match.
* "Palestine", "Palestinian" and the Palestinian territories are tagged PS (State of
  Palestine, as in ISO 3166-1); Gaza and the West Bank alone are regions that name no
  country by themselves, as the guide says of regions and as the labellers read them
  ("Israeli Strikes Kill 42 In Gaza City": IL only).
* England, Scotland, Wales and Northern Ireland are tagged GB; "English" is not a
  demonym here (it names the language far more often).

Table format, one country per line: ``CODE | extra names | demonyms | capitals | metonyms``
(comma-separated, any field may be empty). An all-capital alias ("US", "U.K.") is
matched with exactly that case; everything else in its written, Title or UPPER case.
"""

from __future__ import annotations

COUNTRY_TABLE = """
AD | | Andorran | Andorra la Vella
AE | UAE, U.A.E., Emirates | Emirati | Abu Dhabi
AF | | Afghan | Kabul
AG | Antigua | Antiguan |
AL | | Albanian | Tirana
AM | | Armenian | Yerevan
AO | | Angolan | Luanda
AR | | Argentine, Argentinian | Buenos Aires
AS | | American Samoan |
AT | | Austrian | Vienna
AU | | Australian, Aussie | Canberra
AW | | Aruban |
AZ | | Azerbaijani, Azeri | Baku
BA | Bosnia, Bosnia-Herzegovina | Bosnian | Sarajevo
BB | | Barbadian, Bajan | Bridgetown
BD | | Bangladeshi | Dhaka
BE | | Belgian |
BF | | Burkinabe, Burkinabé | Ouagadougou
BG | | Bulgarian |
BH | | Bahraini | Manama
BI | | Burundian | Gitega, Bujumbura
BJ | | Beninese | Porto-Novo, Cotonou
BM | | Bermudian |
BN | Brunei | Bruneian | Bandar Seri Begawan
BO | | Bolivian | La Paz
BR | | Brazilian | Brasilia, Brasília
BS | The Bahamas | Bahamian |
BT | | Bhutanese | Thimphu
BW | | Botswanan, Motswana, Batswana | Gaborone
BY | Belorussia, Byelorussia | Belarusian, Belarussian, Belorussian | Minsk
BZ | | Belizean | Belmopan
CA | | Canadian | Ottawa
CD | Congo, Congos, DR Congo, D.R. Congo, DRC, Congo-Kinshasa, Democratic Republic of Congo, Democratic Republic of the Congo | Congolese | Kinshasa
CF | Central African Republic | | Bangui
CG | Republic of Congo, Congo-Brazzaville, Congo Republic | | Brazzaville
CH | | Swiss | Bern, Berne
CI | Ivory Coast | Ivorian | Yamoussoukro, Abidjan
CL | | Chilean |
CM | | Cameroonian | Yaounde, Yaoundé
CN | PRC, Mainland China | Chinese, Sino | Beijing | Zhongnanhai
CO | | Colombian | Bogota, Bogotá
CR | | Costa Rican |
CU | | Cuban | Havana
CV | Cape Verde | Cape Verdean, Cabo Verdean | Praia
CY | | Cypriot | Nicosia
CZ | Czech Republic | Czech | Prague
DE | | German | Berlin | Bundestag
DJ | | Djiboutian |
DK | | Danish | Copenhagen
DO | | Dominican | Santo Domingo
DZ | | Algerian | Algiers
EC | | Ecuadorian, Ecuadorean | Quito
EE | | Estonian | Tallinn
EG | | Egyptian | Cairo
ER | | Eritrean | Asmara
ES | | Spanish, Spaniard | Madrid
ET | | Ethiopian | Addis Ababa
FI | | Finnish | Helsinki
FJ | | Fijian | Suva
FK | Falklands, Falkland Islands | Falkland Islander |
FO | Faroes | Faroese |
FR | | French, Frenchman, Frenchwoman, Franco | Paris | Élysée, Elysee, Élysée Palace, Elysee Palace, Quai d'Orsay
GA | | Gabonese | Libreville
GB | UK, U.K., Britain, Great Britain, England, Scotland, Wales, Northern Ireland, Team GB | British, Briton, Brit, Scottish, Welsh, Northern Irish, English | London | Downing Street, Whitehall
GD | | Grenadian |
GE | country of Georgia, Republic of Georgia | Georgian | Tbilisi
GH | | Ghanaian | Accra
GI | | Gibraltarian |
GL | | Greenlandic, Greenlander | Nuuk
GM | The Gambia | Gambian | Banjul
GN | Guinea-Conakry | Guinean | Conakry
GQ | | Equatoguinean, Equatorial Guinean | Malabo
GR | | Greek | Athens
GT | | Guatemalan | Guatemala City
GU | | Guamanian |
GW | Guinea Bissau | Bissau-Guinean | Bissau
GY | | Guyanese |
HK | | Hong Konger, Hongkonger |
HN | | Honduran | Tegucigalpa
HR | | Croatian, Croat | Zagreb
HT | | Haitian | Port-au-Prince
HU | | Hungarian | Budapest
ID | | Indonesian | Jakarta
IE | | Irish, Irishman, Irishwoman, Irishmen | Dublin
IL | | Israeli | | Knesset
IM | | Manx |
IN | | Indian | New Delhi, Delhi
IQ | | Iraqi | Baghdad
IR | | Iranian | Tehran, Teheran
IS | | Icelandic, Icelander | Reykjavik, Reykjavík
IT | | Italian, Italo | Rome
JE | Bailiwick of Jersey | | St Helier, St. Helier, Saint Helier
JM | | Jamaican |
JO | | Jordanian | Amman
JP | | Japanese | Tokyo
KE | | Kenyan | Nairobi
KG | Kirghizia | Kyrgyz, Kyrgyzstani | Bishkek
KH | | Cambodian | Phnom Penh
KI | | I-Kiribati | Tarawa
KM | | Comorian | Moroni
KN | St Kitts and Nevis, St. Kitts and Nevis, St Kitts, St. Kitts | Kittitian | Basseterre
KP | North Korea, N. Korea, DPRK, D.P.R.K., Korean Central News Agency, Korean Central Television | North Korean, N. Korean | Pyongyang
KR | South Korea, S. Korea, Korea, Republic of Korea, Koreas, North and South Korea, South and North Korea | South Korean, S. Korean, Korean, North and South Korean | Seoul
KW | | Kuwaiti | Kuwait City
KY | Caymans | Caymanian |
KZ | | Kazakh, Kazakhstani | Astana, Nur-Sultan
LA | Laos | Laotian, Lao | Vientiane
LB | | Lebanese | Beirut
LC | St Lucia, St. Lucia | Saint Lucian | Castries
LI | | Liechtensteiner | Vaduz
LK | | Sri Lankan | Colombo
LR | | Liberian | Monrovia
LS | | Basotho, Mosotho | Maseru
LT | | Lithuanian | Vilnius
LU | | Luxembourgish, Luxembourger |
LV | | Latvian | Riga
LY | | Libyan | Tripoli
MA | | Moroccan | Rabat
MC | | Monegasque, Monégasque |
MD | | Moldovan | Chisinau, Chișinău
ME | | Montenegrin | Podgorica
MG | | Malagasy | Antananarivo
MH | | Marshallese | Majuro
MK | Macedonia | Macedonian | Skopje
ML | | Malian | Bamako
MM | Burma | Burmese | Naypyidaw, Naypyitaw, Nay Pyi Taw
MN | | Mongolian | Ulaanbaatar, Ulan Bator
MO | Macau | Macanese |
MR | | Mauritanian | Nouakchott
MT | | Maltese | Valletta
MU | | Mauritian | Port Louis
MV | | Maldivian | Malé
MW | | Malawian | Lilongwe
MX | | Mexican | Mexico City
MY | | Malaysian | Kuala Lumpur, Putrajaya
MZ | | Mozambican | Maputo
NA | | Namibian | Windhoek
NC | | New Caledonian | Nouméa, Noumea
NE | | Nigerien | Niamey
NG | | Nigerian | Abuja
NI | | Nicaraguan | Managua
NL | Holland, The Netherlands | Dutch, Dutchman, Dutchwoman | Amsterdam
NO | | Norwegian | Oslo
NP | | Nepali, Nepalese | Kathmandu
NR | | Nauruan |
NZ | | New Zealander |
OM | | Omani | Muscat
PA | | Panamanian | Panama City
PE | | Peruvian | Lima
PF | | French Polynesian | Papeete
PG | | Papua New Guinean | Port Moresby
PH | | Filipino, Filipina, Philippine | Manila
PK | | Pakistani | Islamabad
PL | | Polish | Warsaw | Sejm
PR | | Puerto Rican |
PS | Palestine, Palestinian territories, Palestinian Territories | Palestinian | Ramallah, Gaza City
PT | | Portuguese | Lisbon
PY | | Paraguayan | Asuncion, Asunción
QA | | Qatari | Doha
RE | Reunion Island, La Réunion | Réunionese |
RO | | Romanian | Bucharest
RS | | Serbian, Serb | Belgrade
RU | Russia | Russian, Russo | Moscow | Kremlin, State Duma
RW | | Rwandan | Kigali
SA | | Saudi | Riyadh
SB | | Solomon Islander | Honiara
SC | | Seychellois |
SD | | Sudanese | Khartoum
SE | | Swedish, Swede | Stockholm
SG | | Singaporean |
SI | | Slovenian, Slovene | Ljubljana
SK | Slovak Republic | Slovak, Slovakian | Bratislava
SL | | Sierra Leonean | Freetown
SM | | Sammarinese |
SN | | Senegalese | Dakar
SO | | Somali, Somalian | Mogadishu
SR | | Surinamese | Paramaribo
SS | | South Sudanese | Juba
ST | São Tomé and Príncipe, Sao Tome | Santomean |
SV | | Salvadoran, Salvadorean | San Salvador
SY | Syria | Syrian | Damascus
SZ | Swaziland | Swazi | Mbabane
TC | Turks and Caicos | |
TD | | Chadian | N'Djamena, Ndjamena
TG | | Togolese | Lomé, Lome
TH | | Thai | Bangkok
TJ | | Tajik, Tajikistani | Dushanbe
TL | East Timor | Timorese, East Timorese | Dili
TM | | Turkmen | Ashgabat
TN | | Tunisian | Tunis
TO | | Tongan | Nuku'alofa
TR | Turkey | Turkish, Turk | Ankara
TT | Trinidad | Trinidadian, Tobagonian | Port of Spain
TV | | Tuvaluan | Funafuti
TW | | Taiwanese | Taipei
TZ | | Tanzanian | Dodoma, Dar es Salaam
UA | | Ukrainian | Kyiv, Kiev | Verkhovna Rada
UG | | Ugandan | Kampala
US | US, U.S., USA, U.S.A., America | American | Washington | White House, Pentagon, Capitol Hill
UY | | Uruguayan | Montevideo
UZ | | Uzbek, Uzbekistani | Tashkent
VA | Vatican, Vatican City | |
VC | St Vincent and the Grenadines, St. Vincent and the Grenadines, St Vincent, St. Vincent | Vincentian | Kingstown
VE | | Venezuelan | Caracas
VG | BVI | |
VI | U.S. Virgin Islands, US Virgin Islands, USVI | |
VN | Vietnam | Vietnamese | Hanoi
VU | | Ni-Vanuatu | Port Vila
WS | | Samoan | Apia
XK | Kosovo | Kosovar, Kosovan | Pristina, Prishtina
YE | | Yemeni | Sanaa, Sana'a
ZA | | South African | Pretoria
ZM | | Zambian | Lusaka
ZW | | Zimbabwean | Harare
"""

# Codes pycountry does not know, with their display names.
EXTRA_CODES = {"XK": "Kosovo"}

# Display names where pycountry's name or common_name is not the short name news uses.
SHORT_NAMES = {
    "BN": "Brunei",
    "CD": "DR Congo",
    "CG": "Republic of the Congo",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "PS": "Palestine",
    "RU": "Russia",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands",
}

# Phrases that contain a country word but do not refer to that country. Each is matched
# like a name (written, Title, UPPER case) and, being longer, hides the country word.
BLOCKERS = """
Latin America, South America, Central America, North America, Pan-America,
Latin American, South American, Central American, North American, Pan-American, Pan American,
Captain America, Miss America, Good Morning America, American Indian, West Indian, West Indies,
Native American, American Idol, American Airlines, American Express, American University,
Indian Ocean, Indian reservation, Indian Country, Indian tribe, Indian tribes, Indian Affairs,
Indian Health Service, Indian Wells, Indian Child Welfare, Indian Point, Cleveland Indians,
Indian Residential School, Indian Residential Schools, Indian residential school, Indian residential schools,
New England, New South Wales, New Guinea, New Mexican, Gulf of Mexico, British Columbia,
Washington Post, Washington Times, Washington Examiner, Washington state, Washington State,
George Washington, Denzel Washington, Booker T. Washington, Kerry Washington, Martha Washington,
guinea pig, guinea fowl, guinea worm, Guinea worm, Niger River, River Niger, Niger State, Niger state, Congo River, River Congo,
Turkey Day, turkey trot, cold turkey, Wild Turkey, Thanksgiving turkey, turkey pardon, roast turkey,
turkey sandwich, turkey burger, turkey dinner, turkey breast, turkey leg, turkey bacon,
turkey recipe, turkey hunt, Butterball turkey, Young Turks, ground turkey, Ground Turkey,
French fries, French fry, French toast, French kiss, French press, French Quarter, French bulldog,
French horn, French manicure, French braid, Swiss cheese, Swiss Army knife, Danish pastry,
German shepherd, Greek yogurt, Greek life, Russian roulette, Russian doll, Chinese checkers,
Dutch oven, Brazilian wax, Brazilian blowout, Canadian bacon, Moscow Mule, Mexican food,
Panama hat, Panama City Beach, "Panama City, Florida", "Panama City, Fla.", Jamaica Plain,
"Jamaica, Queens", Jamaica Estates, Bermuda Triangle, Bermuda shorts, Georgian era, Georgian-era,
Georgian architecture, Georgian style, Georgian-style, Georgian Bay, Georgian terrace,
Dominican order, Dominican friar, Dominican friars, Dominican friary, Dominican priory, Dominican sisters, Dominican nun,
Dominican University, Dominican College, Korean War, Korean Peninsula, Korean peninsula,
Paris Agreement, Paris agreement, Paris climate, Paris accord, Paris Accord, Paris Hilton,
Paris Jackson, Jack London, London Breed, Irving Berlin, Stockholm syndrome, Oslo Accords, Oslo accords,
Oslo Accord, Oslo accord, March on Washington, March On Washington,
Cuba Gooding, Kenya Moore, Ireland Baldwin, chile pepper, green chile, red chile, chile relleno,
South Georgia, North Georgia, Guernsey cow, Guernsey cattle, Reunion, Jersey City, Jersey Shore,
Agence France-Presse, Agence France Presse, Voice of America, Bank of America, Spanish flu,
Islamic State of Iraq, Islamic State in Iraq, Mark Cuban,
"Washington, D.C.", Washington D.C., "Washington, DC", Washington DC,
Emirates airline, Emirates Airline, Fly Emirates, Emirates Stadium,
Paris Saint-Germain, Real Madrid, Atletico Madrid, Atlético Madrid, Tokyo Disneyland, Tokyo Disney,
Malaysia King, This Is America, Gulf of Guinea, South China Sea, East China Sea, Fort-de-France,
Air France, Air Canada, Air India, Air China, China Eastern, China Southern, Japan Airlines, Korean Air,
American Ballet Theatre, American Ballet, All England Club, Garuda Indonesia, Air New Zealand, Thai Airways, All Nippon Airways, Air India Express, Mexico Beach, Mall of America, Mall Of America, Singapore Airlines, Malaysia Airlines, Malaysian Airlines, Qatar Airways, Turkish Airlines, British Airways, Kenya Airways, Ethiopian Airlines,
Royal Bank of Canada, Jordan Brand, Jordan brand, Air Jordan, Jordan-branded, Norwegian Cruise Line,
Norwegian Air, Copa America, Copa América, Al Jazeera America, Al Jazeera English, India.Arie, India Arie,
Benin bronze, Benin bronzes, Benin Bronze, Benin Bronzes, Benin City, Kingdom of Benin,
Canada Goose, Iceland Foods, Iceland supermarket, Iceland Supermarket, Havana Syndrome, Havana syndrome,
Angola Prison, Angola prison, "Angola, Louisiana", Irish Sea, Kenya Barris, Organization of American States, Dublin rules, Dublin Regulation, Dublin regulation,
America Ferrera, Israel Adesanya, Niger Innis, American Crime Story, American Horror Story, American Pharoah,
American League, Burmese python, Burmese pythons, Portuguese water dog, cheese Danish, Irish coffee,
Russian and Turkish Baths, Israel Folau, India Walton, Emirates Team New Zealand, America's Cup,
Washington's NFL team, Washington's NFL Team, Washington Commanders, Washington Football Team, US-Bangla,
American Music Awards, American Music Award, Washington Nationals, Washington Wizards, Washington Capitals,
Niger Delta, Panama Canal, Swiss Re, Poland Spring, Chipotle Mexican Grill, American Airlines, US Airways,
Israel Houghton, Fighting Irish, Washington's NFL franchise,
German chocolate, German Chocolate, Swedish Fish, Hatch chile, Hatch Chile, Lebanon bologna, U.S. News & World Report,
American International Group, Minsk deal, Minsk Deal, Minsk agreement, Minsk Agreement, Minsk agreements,
Minsk Agreements, Minsk accords, Minsk Accords, Minsk protocol, Minsk Protocol, Inner Mongolia, Royal Dutch Shell, Beth Israel, Louvre Abu Dhabi, French's, America's Got Talent,
Dutch Ruppersberger, Jamaica Kincaid, Club America, Club América, Born in the U.S.A., West Azerbaijan, East Azerbaijan, American Bandstand, French Montana, Austria-Hungary, Austro-Hungarian, Canada geese, Canada goose, Boy Scouts of America, Boy Scouts Of America, Great British Baking Show, Great British Bake Off, Gulf of Thailand, Lisbon Treaty, Treaty of Lisbon
"""

# Phrases that add no mention but confirm an ambiguous name elsewhere in the text
# (e.g. "Abkhazia" makes a bare "Georgia" the country).
CUES = {
    "GE": "Abkhazia, South Ossetia, Georgian Dream, Saakashvili, Ivanishvili, Batumi, Kutaisi, Caucasus, "
    "former Soviet republic, ex-Soviet republic",
    "JE": "Channel Islands",
}

# Risky names and how to check them (see `countries.py` for what each check does):
#   person  - also a given or family name: reject next to another capitalized word
#   surname - a demonym that is also a family name: reject after a first name only
#   noun    - also a common noun: reject after a determiner ("a", "roast", title-case "The")
#   state   - also a US state: reject in "City, Georgia", "Georgia's governor", ...
#   acronym - an acronym that is also a word in all-caps text ("LET US") or a currency ("US$")
#   language - also a language: only an adjective before a noun counts ("English club")
RISKY = {
    "Jordan": "person",
    "Chad": "person noun",
    "Holland": "person",
    "Amman": "person",
    "Wales": "person",
    "Welsh": "surname",  # "novelist Irvine Welsh"; not "Own A Welsh Soccer Team"
    "Georgia": "person state",
    "Washington": "person state",
    "Whitehall": "person",  # also a surname ("Jack Whitehall")
    "Jersey": "noun",
    "Turkey": "noun",
    "Guinea": "noun",
    "Chile": "noun",
    "English": "language",
    "US": "acronym currency",
    "U.S.": "currency",  # "U.S. dollars" is a currency mark
    "United States": "currency",  # "replace the peso with the United States dollar"
    # combining forms, countries only before a hyphen ("Sino-Russian", "Franco-German";
    # not James Franco)
    "Sino": "prefix",
    "Franco": "prefix",
    "Russo": "prefix",
    "Italo": "prefix",
}

# Names of two countries at once ("the Koreas", "North and South Korea", "both Congos"): entered under
# the first, they add a mention of the second.
SECOND_COUNTRY = {
    "Koreas": "KP", "North and South Korea": "KP", "South and North Korea": "KP", "North and South Korean": "KP",
    "Congos": "CG",
}  # fmt: skip

# Names kept only if the text also names one of these countries some unambiguous way
# (a bare "Georgia" is usually the US state, a bare "Jersey" New Jersey or a shirt).
# (a bare "St Vincent" is more often a hospital, school or saint than the country).
SUPPORTED_BY = {"Georgia": ("GE",), "Jersey": ("JE", "GG"), "St Vincent": ("VC",), "St. Vincent": ("VC",)}
