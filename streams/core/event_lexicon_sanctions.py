"""The sanctions vocabulary the event rules read: the verbs that impose, lift, keep and
list, what a measure is and what it bans, and sanctions in another sense (a court's, a
sports body's).

Split from `event_lexicon` when that module reached its size limit; it re-exports every
name here, so the rules read them as `lex.<NAME>` like the rest. All entries are lower case.
"""

from __future__ import annotations

from streams.core.wordlists import words

# Verbs whose "with" brings the measure: "Moscow retaliates with entry ban on", "Hits ... With Visa Bans".
RETALIATE_VERBS = words("retaliates retaliated retaliate responds responded hits hit slaps slapped")
IMPOSE_VERBS = words(
    "impose imposes imposed imposing reimpose reimposes reimposed reimposing slap slaps slapped "
    "slapping levy levies levied levying announce announces announced announcing unveil unveils "
    "unveiled approve approves approved adopt adopts adopted expand "
    "expands expanded tighten tightens tightened tightening broaden broadens broadened toughen toughened "
    "hit hits enact enacts enacted introduce introduces introduced place places placed put puts "
    "issue issues issued widen widens widened target targets targeted "
    "sanctioned ramp ramps ramped step steps stepped intensify intensified add adds added order orders ordered "
    "restore restores restored restoring"
)
# Sanctions kept in force longer are an ongoing state, as "detention extended" is in the guide.
RENEWALS = words("extended renewed prolonged expired upheld maintained renewal extension")
# ... and said so just before the measure: "extends its ban on", "keeps asset freezes on"
KEEP_VERBS = words(
    "keep keeps keeping kept maintain maintains maintaining maintained retain retains retaining retained"
)
KEEPING = KEEP_VERBS | words(
    "extend extends extending extended renew renews renewing renewed prolong prolongs prolonging existing current"
)
# Blocs and bodies that sanction as one (not countries): as written, and as window words.
BLOC_NAMES = (
    "EU", "E.U.", "European Union", "UN", "U.N.", "United Nations", "NATO", "ECOWAS", "G7", "G-7", "bloc", "Brussels",
)  # fmt: skip
BLOC_WORDS = frozenset(name.split()[-1].lower().strip(".") for name in BLOC_NAMES)
IMPOSE_NOUNS = words("imposition reimposition")
NEW_ADJECTIVES = words("new fresh additional further tougher sweeping more harsher expanded")
LIFT_VERBS = words(
    "lift lifts lifted lifting ease eases eased easing remove removes removed removing drop drops "
    "dropped dropping scrap scraps scrapped scrapping end ends ended ending revoke revokes revoked "
    "rescind rescinds rescinded waive waives waived suspend suspends suspended relax relaxes "
    "relaxed roll rolls rolled cancel cancels canceled cancelled unfreeze unfreezes unfroze repeal "
    "repeals repealed loosen loosens loosened waiving revoking rescinding relaxing suspending cancelling "
    "canceling repealing loosening reverse reverses reversed reversing pause pauses paused pausing "
    "terminate terminates terminated terminating"
)
LIFT_NOUNS = words("lifting removal easing suspension relaxation repeal end rollback cancellation")
# An exemption from sanctions eases them: "exempting humanitarian aid from its sanctions regimes"
EXEMPT_WORDS = words("exempt exempts exempted exempting exemption exemptions")
# Verbs and prepositions that make "sanctions" a state or a topic, not an act (and KEEP_VERBS).
_STATE_OR_TOPIC = words(
    "face faces faced facing under violate violates violated violating violation breach breached "
    "breaching evade evaded evading skirt skirted circumvent circumvented dodge comply complying "
    "remain remains despite amid from survive weather withstand hurt hurting affect affected "
    "impact crippling crippled bypass bust busting about against way path "
    # a plan or a bill between the verb and "sanctions": "senators unveil plan for Turkey sanctions"
    "plan plans proposal proposals bill bills draft legislation push calls threat threats framework frameworks "
    "by"  # the sanctions as the agent: "hit hard by US sanctions"
)
SANCTION_BLOCKERS = _STATE_OR_TOPIC | KEEP_VERBS
SANCTION_NOT_ACT_NEXT = words(
    "relief waiver waivers violation violations violators evasion busting regime list committee "
    "experts expert panel lawyer lawyers policy program programs law laws bill legislation "
    "tweet tweets threat threats talks order case cases probe fallout official officials chief czar envoy "
    "enforcement monitors act plan plans proposal proposals options decision decisions"
)
SANCTION_MODIFIERS = words(
    "new fresh additional further tougher sweeping more economic financial tough harsh crippling "
    "punishing targeted international western u.s us american eu european un un-backed broad "
    "sectoral secondary individual trade oil banking"
)
# Verbs that move a name on or off a sanctions list ("removed X from its sanctions list").
DELIST_VERBS = words(
    "remove removes removed removing delist delists delisted delisting drop drops dropped take took taken"
)
ENLIST_VERBS = words(
    "add adds added adding put puts place places placed include includes included designate designated"
)
# What an asset freeze freezes ("froze the assets of", "unfroze $6bn of Iranian funds").
ASSET_NOUNS = words("asset assets funds holdings accounts property properties reserves")
# Words of a sentence that make "delisted" a sanctions act, not a stock-exchange one.
SANCTIONS_CONTEXT = (
    "sanction", "ofac", "treasury", "blacklist", "7031", "asset freeze", "restrictive measure", "travel ban",
    "visa ban",
)  # fmt: skip
# Flight and trade bans on a country are sanctions when they are pressure, as the labelling
# guide says ("restrictions on flights to Cuba"); bans for health or safety are not.
TRADE_OBJECTS = words(
    "flights flight imports import exports export trade goods products oil gas crude airline airlines "
    "carriers shipments visa visas travel entry investment investments planes aircraft jets arms weapons tours "
    "cruise cruises trips ships vessels"
)
TRADE_CUES = tuple(
    """flight import export trade goods products oil gas crude airline carrier shipment visa travel entry
    investment plane aircraft arms weapons tours cruise trips ships vessels""".split()
)
# Bans for health, safety or domestic supply are no sanctions (substrings of the sentence).
HEALTH_OR_SAFETY_CUES = tuple(
    """virus covid pandemic outbreak ebola disease infect health flu quarantine epidemic contamina safety
    security mask pesticid bacteri salmonella listeria fever residue recall fda variant omicron vaccin
    volcan eruption aviation crash""".split()
) + (
    "faa ",  # "FAA Bans U.S. Flights To Tel Aviv After Rocket Lands Near Airport": a safety regulator
)
# A ban for the home market ("India bans wheat exports to Bangladesh to tame prices") is no
# pressure on a country, unless it bars a named country's goods ("Bans Russian Oil Imports,
# Warns Of Higher Gas Prices").
MARKET_CUES = ("price", "shortage", "supply", "inflation")
# Legislatures: their vote passes a bill or a resolution, not the act ("The House voted to
# impose sanctions", "House Approves Ban On Russian Oil").
LEGISLATURE = words("house senate congress parliament lawmakers legislators legislature assembly representatives mps")
# Words before a bare verb that make it no finite act ("would ban", "to free").
MODALS = words("will would could should may might must can")
MODALS_AND_TO = MODALS | {"to"}
# Sanctions in another sense: a court's penalty on a party or its lawyers ("Judge
# Sanctions Trump Lawyers"), a sports body's ("FIFA sanctioned the club").
SPORT_BODIES = words("ncaa mlb nfl nba nhl mls fifa uefa ioc wada usada rusada")  # named: a headline's subject
COURTS_AND_SPORT_BODIES = SPORT_BODIES | words(
    "judge judges court courts justice justices tribunal magistrate bar referee "
    "league federation regulator regulators college university school anti-doping doping athletic athletics boxing"
)
# Who a sports body sanctions: "The club was sanctioned by the league".
SPORT_PARTIES = words(
    "club clubs team teams boxer boxers athlete athletes player players coach jockey trainer cyclist swimmer sprinter"
)
LITIGANTS = words("lawyer lawyers attorney attorneys counsel plaintiff plaintiffs defendant defendants litigants")
SPORT_NOUNS = words(
    "race races record records event events fight fights bout bouts match matches project game "
    "games tournament meet competition league marathon run"
)
