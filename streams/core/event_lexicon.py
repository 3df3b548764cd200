"""Word lists the event rules read: trigger words, governing verbs, captives, non-acts
(the sanctions lists are in `event_lexicon_sanctions`, re-exported here).

Kept apart from the rules so that reviewing vocabulary (the part that changes most as
real news is read) does not mean reading control flow. All entries are lower case.
"""

from __future__ import annotations

import re

# The sanctions lists live in their own module; the rules read them through this one.
from streams.core.event_lexicon_sanctions import (  # noqa: F401
    ASSET_NOUNS,
    BLOC_NAMES,
    BLOC_WORDS,
    COURTS_AND_SPORT_BODIES,
    DELIST_VERBS,
    ENLIST_VERBS,
    EXEMPT_WORDS,
    HEALTH_OR_SAFETY_CUES,
    IMPOSE_NOUNS,
    IMPOSE_VERBS,
    KEEP_VERBS,
    KEEPING,
    LEGISLATURE,
    LIFT_NOUNS,
    LIFT_VERBS,
    LITIGANTS,
    MARKET_CUES,
    MODALS,
    MODALS_AND_TO,
    NEW_ADJECTIVES,
    RENEWALS,
    RETALIATE_VERBS,
    SANCTION_BLOCKERS,
    SANCTION_MODIFIERS,
    SANCTION_NOT_ACT_NEXT,
    SANCTIONS_CONTEXT,
    SPORT_BODIES,
    SPORT_NOUNS,
    SPORT_PARTIES,
    TRADE_CUES,
    TRADE_OBJECTS,
)
from streams.core.wordlists import words

# --- trigger scan -------------------------------------------------------------------
# A trigger is a whole word of TRIGGER_WORDS (any case) that contains a stem as written:
# most stems omit the first letter, so "anction" is in "Sanctions" and "sanctions";
# short words get both capitalisations ("SANCTIONS", all capitals, is not a trigger).
# events.trigger_vocabulary() spells these words out for the shared phrase scan; being
# whole words, "Unsanctioned", "retained" and "cooked" are not triggers.
STEMS: tuple[str, ...] = (
    "anction", "mbargo", "lacklist", "elist", "reez", "roze", "nblock",  # sanctions, blacklists, asset freezes
    "esignat", "SDN", "ponsor",  # names designated under a sanctions programme (OFAC's word, its list, terror sponsors)
    "ban", "Ban", "estriction", "uspend", "alt", "irspace", "arred", "ars",  # flight, trade and entry bans
    "enalties", "ules", "urbs",  # "New Penalties On North Korea", "Eases Cuba Travel And Trade Rules", "Eases Curbs"
    "oycott",  # a state's boycott of a country ended: "United Arab Emirates scraps boycott of Israel"
    "estrictive",  # the EU's "restrictive measures"
    "anded", "ands", "alk", "left", "eaves",  # handed over; walked out of (or left) prison
    "eleas", "free", "Free", "wap", "xchange", "eturn", "home", "Home",  # releases
    "rrest", "etain", "ustody", "pprehend", "jail", "Jail", "ooked", "abbed", "ound", "aptur",  # arrests
    "wept", "weep", "auled",  # "Police Round Up 40 Protesters", "Sweeps Up ... Campaigners", "Hauled Off By Police"
    "ab", "usted", "uffed", "urn", "icked", "eize",  # nab, busted, (hand)cuffed, turned himself in, picked up, seized
    "urrender",  # surrendered to police
    "eld", "old",  # "Three held after raid", "police are holding three suspects"
    "let", "Let",  # "Abu Sayyaf Lets Norwegian Hostage Go"
    "ends", "ent",  # "Judge Sends Paul Manafort To Jail Ahead Of Trial"
)  # fmt: skip
TRIGGER_WORDS: dict[str, str] = {
    **dict.fromkeys(
        words(
            "sanction sanctions sanctioned sanctioning embargo embargoes embargoed "
            "blacklist blacklists blacklisted blacklisting delist delists delisted delisting "
            "freeze freezes freezing froze frozen unfreeze unfreezes unfreezing unfroze unfrozen unblock unblocks "
            "unblocked restrictive "
            "designated designates sdn ban bans banned banning restrictions suspended suspends airspace barred bars "
            "halts halted penalties rules curbs sponsor sponsors boycott"
        ),
        "sanction",
    ),
    **dict.fromkeys(
        words(
            "release releases released releasing free frees freed freeing swap swaps swapped "
            "exchange exchanges exchanged return returns returned returning home "
            "handed hands walk walked walks walking left leaves let lets"
        ),
        "release",
    ),
    **dict.fromkeys(
        words(
            "arrest arrests arrested arresting rearrest rearrested detain detains detained detaining custody "
            "apprehend apprehends apprehended jailed jails booked nabbed round rounds rounded sweep sweeps swept "
            "hauled capture captured captures "
            "recapture recaptured recaptures sends sent "
            "nab nabs busted cuffed handcuffed turns turned picked held holding hold seized seizes "
            "surrendered surrenders"
        ),
        "arrest",
    ),
}

# --- grammar helpers ---------------------------------------------------------------------
DETERMINERS = words("the a an this that these those his her its their our my your no any some every each")
PREPOSITIONS = words(
    "of in on at for from by with to over under after before during about against amid following "
    "without into through between among since until despite via upon"
)
# Words that open another clause; each rule adds the few words that end its own reach.
# Verbs that report what someone says: an attribution ("..., Police Say") or a reported clause.
SAYING = words("says say said reports report")
SUBORDINATORS = words("after as because before since until when while unless if though although whereas")
# Words that open another clause after an act: its actors and its count lie before them.
CLAUSE_WORDS = SUBORDINATORS | words("but which who whose that following amid saying accusing alleging claiming")
BE_AUX = words("be been being was were is are get gets got getting 's")
# Verbs of wishing: what they govern is wanted, not done ("Iran Wants All Sanctions Lifted").
# Not "sought", which takes a noun ("Immigrant Who Sought Sanctuary In Church Detained").
WISH_VERBS = words(
    "want wants wanted hope hopes hoped expect expects expected demand demands demanded "
    "seek seeks ask asks asked keep keeps kept keeping"
)
HAVE_AUX = words("have has had having")

# --- prisoner release -------------------------------------------------------------------
# Groups that hold people captive: their releasing people is a release of captives.
CAPTORS = words(
    "militants kidnappers captors abductors gunmen rebels pirates insurgents jihadists taliban hamas houthis hezbollah "
    "haram shabaab shabab isis isil farc sayyaf qaeda"  # Boko Haram, al-Shabaab, Abu Sayyaf, al-Qaeda ...
)
# Captives of kidnappers or militants, freed by no state: a story about hostages, read in a
# story's lead and its release's sentence ("Kidnapped Cameroonian schoolchildren released") or
# in the words near one release.
HOSTAGE_STORY = re.compile(rf"(?i)\b(?:hostage|kidnap|abduct|captive|{'|'.join(sorted(CAPTORS))})")
CUSTODY_PLACES = words(
    "prison prisons jail jails custody detention captivity incarceration penitentiary gulag camp camps cell cells gaol"
)
NOT_CUSTODY_PLACES = words(
    "hospital isolation quarantine care treatment rehab icu cave rubble wreckage debris mud "
    "contract contracts obligation obligations duty service team label club clinic "
    "sanctions sanction embargo restrictions blacklist"  # "Aluminum Giant Freed From U.S. Sanctions"
)
# How captives were taken: a release of people "kidnapped" or "captured" frees captives.
TAKEN_CAPTIVE = words("kidnapped abducted captured")
CAPTIVES = words(
    "prisoner prisoners detainee detainees hostage hostages inmate inmates captive captives "
    "abductee abductees kidnapped abducted hijacked dissident dissidents political convicts "
    "convict pows pow"
)
# Words that, in the clause of "released/freed", show the person was held.
HELD_CUES = words(
    "prison jail custody detention detained arrested jailed imprisoned imprisonment convicted "
    "sentenced accused charged held captivity kidnapped abducted hostage hostages prisoner "
    "prisoners bars wrongful wrongfully incarcerated incarceration exonerated pardon pardoned "
    "amnesty bars serving penal swap exchange dna conviction convictions wrongly recants overturned vacated"
)
# Article-level substrings that make "freed"/"released" with a person likely a release;
# the most frequent in news first, as a search for any of them stops at the first found.
CUSTODY_CONTEXT = (
    "accused",
    "arrest",
    "prison",
    "convict",
    "sentenc",
    "detain",
    "custody",
    "detention",
    "jail",
    "hostage",
    "pardon",
    "kidnap",
    "inmate",
    "abduct",
    "incarcerat",
    "captiv",
    "amnesty",
    "behind bars",
    "death row",
    "labor camp",
    "labour camp",
    "penal colony",
    "gulag",
    "held by",  # "2 Canadians Held By China For Nearly 3 Years"
)
NON_PERSON_OBJECTS = words(
    "statement statements report reports video videos footage album albums song songs single film "
    "movie trailer data documents document records record details names list lists photo photos "
    "photograph photographs picture pictures it sketch sketches composite mugshot mugshots testimony testimonies "
    "images image emails email memo memos transcript transcripts letter letters plan plans "
    "findings study results figures funds money aid oil reserves reserve ads book books memoir "
    "information evidence summary version update updates game games app software tax returns test tests "
    "guidance rules poll survey audio recording recordings tape tapes text texts message messages "
    "clip clips bodycam mugshot mugshots affidavit files file results statistics analysis names cause details "
    "episode episodes season series trailer documentary interview dataset database cycle product "
    "products buffalo stock chemicals gas water energy balloons pressure tension anxiety "
    "payment payments vaccine vaccines doses map maps guidelines schedule ruling opinion advisory "
    "policy proposal proposals budget amount numbers half part portion soundtrack score mixtape"
)
# A later court step in a headline: the article's arrests are the case's history unless
# a body sentence dates one today ("Man Sentenced To 25 Years ...: He was arrested two
# days after the shooting").
COURT_STEPS = words(
    "sentenced sentencing convicted conviction pleads pleaded plea guilty verdict acquitted acquittal trial "
    "jury bail bond parole appeal appeals extends extended lawsuit lawsuits settles settlement jailed "
    "execution executed executes hanged sentences retrial memoir anniversary"
)
# A later step after an arrest in one sentence: "was arrested ... and later convicted".
LATER_OUTCOMES = words("convicted sentenced jailed imprisoned acquitted deported executed")
PERSON_NOUNS = words(
    "man men woman women boy boys girl girls child children kids people persons person citizen prince princes "
    "citizens national nationals journalist journalists reporter reporters activist activists "
    "student students worker workers sailor sailors crew fisherman fishermen missionary "
    "missionaries tourist tourists priest pastor cleric lawyer lawyers leader leaders striker strikers "
    "opposition laureate critic critics opponent opponents member members soldier soldiers "
    "american americans officer officers teen teenager mother father wife husband son daughter "
    "rapper singer actor athlete player players suspect suspects individuals individual "
    "protester protesters demonstrators migrants migrant immigrants immigrant refugees refugee "
    "schoolgirls schoolboys hostages prisoners detainees inmates captives others official "
    "officials politician politicians executive executives employee employees ex-president "
    "president minister blogger bloggers passengers passenger villagers pilgrims farmers "
    "schoolchildren nurses doctors engineers contractors professor professors teacher teachers "
    "observers inspectors peacekeepers monitors pilot pilots tycoon tycoons mogul magnate billionaire "
    "anchor presenter correspondent broadcaster "
    "academic academics researcher researchers scholar scholars businessman businessmen businesswoman "
    "teens teenagers youths governor mayor senator hero engineer doctor nurse contractor veteran veterans "
    "photographer photographers"
)
PEOPLE_OR_CAPTIVES = PERSON_NOUNS | CAPTIVES  # whom an act can be on: "two men", "the hostages", "dissidents"
# The held people whose handover is a release ("handed over 90 prisoners of war").
HANDED_OVER = words(
    "prisoner prisoners inmate inmates detainee detainees convict convicts hostage hostages captive captives pows "
    "kidnapped abducted captured soldier sgt. sgt writer journalist reporter aid worker"
)
# What makes a release noun a goal or a topic, not a report: "the release of political
# prisoners was a key demand".
RELEASE_AS_AIM = words("demand demands condition conditions priority goal aim focus issue")
RESCUERS = words("forces troops army military soldiers commandos rescuers seals marines special")
BAIL_CUES = words("bail bond bonds recognizance pending questioning supervision")  # "under judicial supervision"
# A release verb in its -ed/-s/-ing forms: "released", "frees", "freeing".
RELEASE_VERBS = words("released freed frees releases freeing releasing")
# Words of an escape, which frees no one by the guide ("1,300 Inmates Escape After Attack").
ESCAPES = words("escape escapes escaped jailbreak breakout")
# "released hours later", "released without charge": the end of a police detention.
SHORT_DETENTION = ("hours later", "without charge", "a day later", "shortly after")
# Judicial steps after an arrest: "his arrest and subsequent sentencing" is history.
LATER_STEPS = words("sentencing sentence conviction convicted trial imprisonment extradition")
# Finite verbs that, before a bare participle, make it a modifier of their object:
# "ICE Releases DACA Recipient Detained While ...", "Prosecutes Single Mothers Arrested In".
HEADLINE_VERBS = words(
    "releases frees prosecutes prosecuted sues sued charges charged indicts asks blames slams grants "
    "responds fires fired defends denies decries decry condemns praises visits hires meets "
    "deports deported sentences sentenced convicts convicted tries honors mourns remembers "
    "interviews profiles backs supports pardons pardoned moves transfers sends"
)
HOMECOMING = words("home return returns returned returning")
SWAP_WORDS = words("swap swaps swapped exchange exchanges exchanged")
# A team's release of a player: "Bears release veteran linebacker, freeing up cap space"
SPORT_RELEASE = words(
    "linebacker quarterback receiver cornerback pitcher outfielder infielder midfielder striker defender "
    "goalkeeper forward roster waivers club cap transfer franchise season"
)

# --- arrests ----------------------------------------------------------------------------
ARREST_NOT_ACT_PREV = words(
    "cardiac respiratory cardiorespiratory cardiopulmonary citizen's citizen’s wrongful false unlawful "
    "resisting resist resisted "
    "avoid avoiding avoided evade evading evaded escape escaped escaping evaded resisted dodge "
    "dodging mass-arrest"
)
ARREST_NOT_ACT_NEXT = words(
    "warrant warrants record records rate rates development quota quotas powers power report "
    "reports statistics figures data laws law policy policies"
)
ARREST_AGENTS = words(
    "police policemen officers officer authorities agents agent fbi ice troops soldiers forces "
    "government regime security investigators prosecutors deputies sheriff sheriffs feds kgb "
    "fsb military army cops detectives guards officials agency agencies marshals marines navy"
)
NOMINAL_ARREST_VERBS = words(
    "made make makes making prompting prompted prompt led leads sparked sparking triggered "
    "resulted followed reported announced confirmed carried"
)
# Groups that police "round up" (not cattle, not a figure rounded up to 5 percent).
# The authorities that "hold" people ("Police hold three suspects"): the gate and the rule read these.
HOLDERS = words("police officers authorities detectives")
COUNT_WORDS = words("two three four five six seven eight nine ten dozen dozens scores hundreds thousands")
ROUNDED_UP = words(
    """people protesters demonstrators activists migrants immigrants refugees suspects men women campaigners
    princes ministers tycoons businessmen officials figures lawmakers
    students journalists dissidents opponents critics worshippers residents villagers youths
    citizens nationals workers gang members soldiers officers troops judges teachers officials diplomats
    diplomat businessman businessmen executive executives"""
)
# What is captured when it is not a person: footage, places, animals, attention.
NOT_CAPTURED = words(
    """video videos camera cameras film footage tape photo photos image images picture pictures
    moment moments attention imagination hearts heart city town towns village villages territory
    region area areas base bases airport hill hills district province capital ground positions
    alligator alligators gator bear snake animal animals fish data carbon essence spirit mood votes
    vote seats seat market share title crown championship gold record power control assets drugs
    weapons guns cash documents phone phones ship ships tanker tankers vessel vessels yacht property"""
)
CUSTODY_DURATION_NEXT = words("months weeks years days decades hours")
STATE_VERBS = words(
    "died dies die death deaths remain remains remained held hold holding kept keep spent remanded "
    "languishing languish stay stayed stays"
)
