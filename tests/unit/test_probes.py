"""Regression guard: the blind probe sets of tests/data/probes stay as well read as when closed.

Each set was written from the labelling guide alone, scored before the detector was
changed for it, and then used to find classes of wording (see tests/data/probes/README.md).
These tests keep those classes from slipping back; the floors sit a little under the
scores each set reached, so one new miss is not a failure but a broken class is.
"""

from __future__ import annotations

import json
from pathlib import Path

import msgspec
import pytest

from streams.core.enrich import enrich
from streams.core.evaluate import LabelledItem, compare, summarize
from streams.core.records import EVENT_TYPES, Article

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes"
EVENT_F1_FLOOR = 0.95
FALSE_ALARM_CEILING = 0.02
COUNTRY_F1_FLOOR = 0.97
# Whole articles have few events per type (2-12), so one miss moves F1 by up to 0.1;
# articles-7 keeps one known false alarm (sanctions reimposed years before, told undated).
ARTICLE_F1_FLOOR = 0.90
# articles-19 labels two custody orders as arrests ("Spanish judge jails eight former Catalan
# ministers", "taken back to prison"), which the guide leaves out as too close to a sentence.
# articles-26 (written to stress recall) keeps four impositions without a trigger word the
# detector reads ("Added To U.S. Terror List", "Bars Business With", "Bans Its Planes").
# articles-30 has one release told in a "came after" clause ("The move came after Havana
# freed American contractor Alan Gross"), which the detector reads as background.
# articles-41 tells background sanctions in the present perfect, undated, in a story on
# another act ("The US and its allies have imposed wide-ranging sanctions on Russian banks").
# articles-91 (written to stress precision on background in long Wikinews articles) keeps one
# retold imposition: "After the incident, Moscow imposed a series of economic sanctions on
# Turkey" in a story on a later meeting, where "after the incident" would also open fresh news.
# articles-73 (written to stress recall on releases) has only two arrests; one is told in a
# "two days after police arrested them" clause of a release story, which the detector reads
# as background.
# articles-99 (session 9, precision on background in long Wikinews articles) keeps one retold
# act pair: a report a year after the Ryanair diversion opens a paragraph with "After the plane
# landed, Belarusian security officers ... detained them" and another with "The European Union
# responded to the diversion by ... imposing economic sanctions on Belarus", both undated.
# articles-107 (session 9, precision on long Wikinews articles again) keeps three: "The US eased
# many of its sanctions after the military began handing power to a civilian government" in an
# election story, an arms embargo and sanctions a UN report recommends in a list whose second
# item the mandative check does not reach, and "9,000 people were arrested ... between June and
# May" (only the first month of a range is read as a date).
# articles-109 (session 9, acts retold as the undated first sentence of a later paragraph, 38
# hard negatives of 60) keeps four: an arrest read from a bail story's paragraph, a memoir
# "released on Tuesday by Henry Holt", "Pyongyang freed three American detainees as Pompeo left"
# in a summit story, and sanctions imposed "after Amini's death" in an anniversary story.
# articles-115 (session 9, background in long articles in forms other than dates) keeps two:
# "three Al Jazeera journalists, eventually freed after more than 400 days in prison" in an
# obituary of Morsi, and "In his first months in office his government freed thousands of
# political prisoners" in a Nobel story; and misses Saudi Arabia reopening "its airspace and its
# land and sea borders to Qatar" (the airspace rule wants "airspace to" a country).
# articles-117 (session 9's last round: each hard negative retells an earlier act as the plain,
# undated first sentence of a later paragraph, under a headline on later news) is kept as a
# measure of that class rather than a passing set: 21 of 35 blind, 13 now. Dropping every such
# act under a headline about something else took 11 false alarms off the probes but lost real
# acts of natural Wikinews months (a resolution's flight ban told in its second paragraph), so
# it was not adopted; the floors below only keep the set from getting worse.
# articles-124 (session 10, a natural Wikinews month) has three liftings, so one false alarm
# weighs: "insisted that any deal must recognise Iran's right ... and lead to the lifting of
# sanctions" (the modal lies beyond the window the coordinated noun reads; "lead to" alone is a
# real result in headlines such as "Looting Leads To More Than 100 Arrests"). It also keeps
# "was briefly detained by the military and has since left the country" from last month's coup.
# articles-126 (session 10, a natural Wikinews month) labels a journalist "held for several
# hours before being released" as a release; the detector reads the end of a short police
# detention as no release (the same rule that keeps "released hours later without charge" out).
# articles-132 (session 10, a natural HuffPost draw of 2022) has five impositions, so one false
# alarm weighs: "The deal ends Roman Abramovich's ownership after the Russian oligarch was
# sanctioned over the war in Ukraine", an undated passive in an "after" clause.
# articles-133 (session 10, a natural Wikinews month) has two impositions and misses one: "The
# United States has revoked the visas of several Ukrainian officials" (visa bans are read only
# as "barred ... entry").
# articles-134 (session 10, a recall set: 72 acts in the many ways HuffPost tells them) keeps
# five misses: flight bans told as "Shuts Its Skies To Belarusian Airlines", "Bans Cruise Ships
# From Sailing To Cuba" and "barred Qatari planes from their airspace" (read, its actor came
# out backwards, so the rule was not kept), a swap told as "The American ex-Marine was swapped
# for a Russian pilot", and "let him go" after a detention the same day.
# articles-138 (session 10, a natural Wikinews month of 2006) keeps two arrest misses and one
# false alarm: a tally "arrested many more since a criminal organisation launched a wave of
# attacks" (read as a tally over a period), Marines "placed in pretrial confinement", and
# "Hundreds of demonstrators were detained when police cleared a tent camp ... a few days after
# the poll" in a story months later.
# articles-145 (session 10, background in long articles) has five impositions, so its one false
# alarm weighs: "In March last year the Commerce Department placed ZTE on a trade blacklist,
# known as the Entity List" (export controls, which the guide does not cover, told as the
# background of a settlement).
# articles-147 (session 10, a natural HuffPost draw of world news, politics and crime) misses "EU
# Hits Russia's Banks, Oil And Arms Industries With Toughest Sanctions Yet" (a list between the
# verb and "With"), one of its seven impositions.
# articles-149 (session 10, a natural Wikinews month of 2019) labels editors "briefly detained"
# and let go the same day as a release; the detector reads the end of a short police detention
# as none (see articles-126).
# articles-150 (session 10, a natural Wikinews month of 2020) has three releases and misses one:
# "Joseph Scott Pemberton ... was released from detention" and deported, the release told with
# the pardon in a sentence the rules do not read as custody ending.
# articles-157 (session 11, a natural Wikinews month of 2008) labels the end of an eight-hour
# police detention ("detained Morgan Tsvangirai for about eight hours", then let go) a release,
# which the detector reads as none (see articles-126).
# articles-160 (session 11, background in long articles) misses one release told as a pardon and
# a homecoming with no trigger word ("pardoned them ... arrived in California").
# articles-175 (session 11, a natural Wikinews month of 2019) misses a US entry ban told as a
# designation ("designated Cuba's Minister ..., barring him ... from entering the country": the
# headline's "bars" has no entry word near) and the end of a detention of a few hours.
# articles-176 (a natural Wikinews month of 2020) misses ECOWAS closing "land and air borders with
# Mali" (no trigger word) and keeps a release false alarm, a banner "calling the release of the
# Taliban 'national treason'" under a headline on the assembly's approval.
# articles-178 (background in long articles) keeps two false alarms: sanctions dated "in 2018"
# beyond the words read after the act, and a bare "Some were detained." in a retold scandal.
# articles-181 (session 11, a natural Wikinews month of 2016) misses a release told as "Freed
# Canadian-Iranian professor ... returns to Montreal" with "two days after Iran released her".
# articles-183 (a natural Wikinews month of 2010) misses North Korea "returned ... its seven crew
# members" (a transitive "returned") and an arms-delivery ban; it keeps a release false alarm,
# "calls from governments and rights groups for her release" (the request lies beyond the words read).
# articles-187 (session 11, a natural Wikinews month of 2022) labels the end of a BBC
# journalist's detention of a few hours a release (see articles-126).
# articles-189 (sanctions only, precision and recall) keeps three false alarms: "The sanctions
# were imposed over accusations that ..." retold in a lifting story, "renewed its arms embargo ...
# and targeted sanctions against ...", and "was sanctioned ... earlier this month" past the words
# read after the act.
# articles-190 (releases only) has two arrests and reads a third, "releases Australian travel
# bloggers held over drone flight" (the headline's "held over" is an arrest elsewhere, articles-70).
# articles-206 (session 12, a natural Wikinews month of 2010) has two liftings and misses one,
# "Israel eases blockade of Gaza Strip" ("blockade" is no trigger word: CAMEO codes a blockade
# apart from sanctions), and labels a military rescue of hostages a release (the rules read
# troops freeing hostages as a rescue).
# articles-207 (a natural Wikinews month of 2023) labels kidnapped Americans "found alive" a release.
# articles-209 (background in long articles) keeps one arrest false alarm: "Days after her arrest,
# Chinese state security officers detained two Canadians" in a story on a later hearing.
# articles-216 (a natural HuffPost draw of 2021) misses two of its nine arrests: Chauvin "taken into
# custody" as the judge revoked his bond under a headline on the verdicts (a court step, so only
# dated arrests stand), and "Belarus Forces Down Ryanair Jet To Arrest Dissident Journalist" (a
# purpose infinitive, read as a goal; the body says only "taken off the flight").
# articles-220 (a natural Wikinews month of 2018) has nine arrests, misses one made public a week
# late ("Denmark accuses Iran of assassination plot after arrest in Sweden") and keeps one false
# alarm: "a critic of Crown Prince Mohammed bin Salman's policies, including the war in Yemen and
# the arrests of women's rights activists" (a list of policies, read as acts).
# articles-227 (session 12, background in long articles told in forms other than dates) keeps two
# false alarms on 35 hard negatives: "The nuclear deal's implementation coincided with a prisoner
# exchange in which Iran let go four US citizens" in a story on an Airbus order two weeks later,
# and "hundreds who left the campus were arrested" after a siege "a week ago" in an election story.
# articles-231 (a natural Wikinews month of 2017) has four releases and labels a priest rescued by
# troops in Marawi one (the rules read troops freeing hostages as a rescue, see articles-206).
# articles-235 (a natural HuffPost draw of 2017) misses two of its eight impositions: the Gulf states
# cutting ties with Qatar and closing borders (a blockade; no trigger word) and "Trump Rolls Back
# Obama's Cuba Opening, Tightening Travel And Trade Rules" (the country stands before the comma).
# articles-237 (a natural Wikinews month of 2024) has one lifting and keeps one false alarm: "US
# lifts ban on weapons and training for Ukraine's Azov Brigade" (a ban on supplying a unit, read as
# an arms embargo eased).
# articles-242 (a natural Wikinews month, October 2012) has four releases and reads a fifth: "Thein
# Sein's government has released hundreds of political prisoners, held by-elections ... and eased
# censorship since taking office last year" (the "since" lies beyond the words read).
# articles-246 (a natural HuffPost draw of 2012) misses three of its ten releases: "Somali Pirates
# Free Italian Tanker Enrica Ievoli" (a ship; the crew is not named), "Khader Adnan, Palestinian
# Hunger Striker, Freed By Israel" (after an appositive) and Yoani Sanchez "Detained And Then Freed"
# (a short detention).
# articles-248 (a natural Wikinews month, March 2011) misses two of its seven releases: a claim by
# officials that a woman taken from a hotel "has been freed", and "South Korea sends 27 North Koreans
# home by sea" (held for questioning, not told as custody).
# articles-211 (a natural HuffPost draw of 2019) has three liftings and keeps one false alarm:
# "Trump Reverses 'Additional' North Korea Sanctions" (the body says the reversed sanctions were
# only planned, never imposed).
# articles-252 (session 13, a natural Wikinews month of 2016) has one imposition and keeps one
# false alarm: Turkish growers "face ruin after Russia banned imports of Turkish tomatoes" three
# months before, undated.
# articles-254 (session 13, written to stress recall) misses three of its fifteen liftings: a
# sanctions "waiver", a sanctions programme "terminated" and Japan restoring South Korea to its
# export "white list" (no trigger word the detector reads).
# articles-257 (session 13, a natural Wikinews month of 2009) has four impositions and keeps one
# false alarm: the US "has maintained a ban on imports from Burma ... for most of the past decade,
# and has frozen the assets of dozens of senior officials" (a perfect joined to a kept measure).
# articles-264 (session 13, a natural Wikinews month of 2022) keeps two retold acts told undated:
# "The United States also froze about $7 billion of assets" in a story on releasing them, and a
# government that "has released some well-known detainees" in a story on a call for a release.
ARTICLE_F1_FLOORS = {
    "articles-99.jsonl": 0.75,
    "articles-117.jsonl": 0.4,
    "articles-115.jsonl": 0.8,
    "articles-109.jsonl": 0.8,
    "articles-107.jsonl": 0.85,
    "articles-19.jsonl": 0.85,
    "articles-26.jsonl": 0.85,
    "articles-30.jsonl": 0.85,
    "articles-41.jsonl": 0.85,
    "articles-73.jsonl": 0.65,
    "articles-91.jsonl": 0.75,
    "articles-124.jsonl": 0.65,
    "articles-126.jsonl": 0.85,
    "articles-132.jsonl": 0.85,
    "articles-133.jsonl": 0.65,
    "articles-134.jsonl": 0.85,
    "articles-138.jsonl": 0.85,
    "articles-145.jsonl": 0.75,
    "articles-147.jsonl": 0.85,
    "articles-149.jsonl": 0.85,
    "articles-150.jsonl": 0.75,
    "articles-157.jsonl": 0.85,
    "articles-160.jsonl": 0.85,
    "articles-175.jsonl": 0.75,
    "articles-176.jsonl": 0.75,
    "articles-178.jsonl": 0.75,
    "articles-181.jsonl": 0.75,
    "articles-183.jsonl": 0.65,
    "articles-187.jsonl": 0.85,
    "articles-190.jsonl": 0.65,
    "articles-206.jsonl": 0.65,
    "articles-207.jsonl": 0.85,
    "articles-209.jsonl": 0.85,
    "articles-211.jsonl": 0.85,
    "articles-216.jsonl": 0.85,
    "articles-220.jsonl": 0.85,
    "articles-231.jsonl": 0.85,
    "articles-235.jsonl": 0.85,
    "articles-237.jsonl": 0.65,
    "articles-242.jsonl": 0.85,
    "articles-246.jsonl": 0.85,
    "articles-248.jsonl": 0.8,
    "articles-252.jsonl": 0.85,
    "articles-254.jsonl": 0.85,
    "articles-257.jsonl": 0.75,
    "articles-264.jsonl": 0.85,
}
# countries-4 keeps given names and surnames that a Title Case headline hides ("Israel
# Adesanya", "America Ferrera", "Dawn French", "Adriana Lima") and slogans ("Make America
# Great Again").
COUNTRY_F1_FLOORS = {"countries-4.jsonl": 0.95}
# articles-154 (session 10, a natural Wikinews month of 2020) has one lifting, missed: "abolished
# a 1972 law that enforced a boycott of Israel" ("boycott" is no trigger word). Its other types
# keep the usual floor.
# articles-214 (session 12, releases only) has no arrest and reads one: "knows ... that the former
# Marine has been detained by the Syrian government" (Austin Tice, held for ten years: a state).
# articles-243 (releases, precision) has no arrest and reads two: Americans "held in Iran" offered
# in a swap, and "more than 200 people have been detained in connection with the protests" (a tally).
ARTICLE_MISSED_TYPES = {
    "articles-154.jsonl": {"sanctions_lifted"},
    "articles-214.jsonl": {"arrest"},
    "articles-243.jsonl": {"arrest"},
}
ARTICLE_FALSE_ALARM_CEILING = 0.05
ARTICLE_FALSE_ALARM_CEILINGS = {  # see ARTICLE_F1_FLOORS
    "articles-107.jsonl": 0.09,
    "articles-109.jsonl": 0.11,
    "articles-115.jsonl": 0.06,
    "articles-117.jsonl": 0.4,
    "articles-178.jsonl": 0.06,
    "articles-189.jsonl": 0.07,
    "articles-227.jsonl": 0.06,
    "articles-264.jsonl": 0.1,
}


def _article(text: str) -> Article:
    """A sentence is a body under a neutral title; a headline (no final period) is a title."""
    title, body = ("News", text) if text.endswith(".") else (text, "Officials spoke.")
    return Article(id="probe", title=title, body=body, published="2024-06-01")


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


@pytest.mark.parametrize("name", sorted(p.name for p in PROBES.glob("events-*.txt")))
def test_event_probe_set(name: str):
    counts = {kind: [0, 0, 0] for kind in EVENT_TYPES}  # tp, fp, fn
    negatives = alarms = 0
    for line in (PROBES / name).read_text(encoding="utf-8").splitlines():
        want, text = line.split("|", 1)
        got = {event.type for event in enrich(_article(text)).events}
        expected = set() if want == "none" else {want}
        negatives += not expected
        alarms += bool(got) and not expected
        for kind in EVENT_TYPES:
            counts[kind][0] += kind in got and kind in expected
            counts[kind][1] += kind in got and kind not in expected
            counts[kind][2] += kind in expected and kind not in got
    scores = {kind: round(_f1(*c), 3) for kind, c in counts.items()}
    assert min(scores.values()) >= EVENT_F1_FLOOR, scores
    assert alarms <= FALSE_ALARM_CEILING * negatives, f"{alarms} false alarms on {negatives} negatives"


@pytest.mark.parametrize("name", sorted(p.name for p in PROBES.glob("countries-*.jsonl")))
def test_country_probe_set(name: str):
    tp = fp = fn = 0
    for line in (PROBES / name).read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        article = Article(id="probe", title=item["title"], body=item["body"], published="2024-06-01")
        got = {country.code for country in enrich(article).countries}
        expected = set(item["countries"])
        tp, fp, fn = tp + len(got & expected), fp + len(got - expected), fn + len(expected - got)
    assert _f1(tp, fp, fn) >= COUNTRY_F1_FLOORS.get(name, COUNTRY_F1_FLOOR), (tp, fp, fn)


@pytest.mark.parametrize("name", sorted(p.name for p in PROBES.glob("articles-*.jsonl")))
def test_article_probe_set(name: str):
    """Whole articles in the dev set's format, scored the way `newsalerts eval` scores."""
    decoder = msgspec.json.Decoder(LabelledItem)
    results = []
    for line in (PROBES / name).read_text(encoding="utf-8").splitlines():
        item = decoder.decode(line)
        article = Article(id=item.id, title=item.title, body=item.body, published=item.published)
        results.append(compare(item, enrich(article)))
    report = summarize(results)
    floor = ARTICLE_F1_FLOORS.get(name, ARTICLE_F1_FLOOR)
    kept = ARTICLE_MISSED_TYPES.get(name, set())  # a type whose only act, or only reading, is documented
    assert min(s["f1"] for kind, s in report["events"].items() if kind not in kept) >= floor, report["events"]
    assert all(report["events"][kind]["tp"] + report["events"][kind]["fn"] <= 1 for kind in kept)
    ceiling = ARTICLE_FALSE_ALARM_CEILINGS.get(name, ARTICLE_FALSE_ALARM_CEILING)
    assert report["false_alarms"]["hard_negatives"]["rate"] <= ceiling, report["false_alarms"]
    assert report["countries"]["f1"] >= COUNTRY_F1_FLOOR, report["countries"]["errors"]
