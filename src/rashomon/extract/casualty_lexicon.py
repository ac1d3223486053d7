"""The casualty lexicon: the regexes of :mod:`rashomon.extract.numbers`, one per word order.

The words are data (``data/casualty_words.yaml``); :func:`lexicon` turns them into compiled
regexes (through the start-up cache, :mod:`rashomon.nlp.regexes`), in the order they are tried
(:data:`RULES`): a toll noun and its number, a noun with "of" and the victims, counted remains,
an active verb and its victims, the victims and their casualty word (the rules are described in
:mod:`rashomon.extract.numbers`). :func:`kinds` says which kinds of casualty a match reports.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from typing import Any, Literal

from rashomon.config import setting
from rashomon.data import load as load_data
from rashomon.extract.quantities import norm, quantity_regex
from rashomon.lexicon import case_blind_alternation as alt
from rashomon.nlp.regexes import compile_cached
from rashomon.types import Figure

logger = logging.getLogger(__name__)

# words between a toll noun and the verb that links it to its number ("the death toll from
# Tuesday's bombing of the market has risen to 11"; provenance in data/settings.toml)
TOLL_GAP: int = setting("extract.casualty_lexicon", "toll_gap")  # data/settings.toml
# … and a verb saying the toll rose, across a longer subject ("the death toll from a car bomb that went
# off outside a police station in the town of Sopore rose to nine")
RISE_GAP: int = setting("extract.casualty_lexicon", "rise_gap")  # data/settings.toml

Kind = Literal["killed", "injured"]
KINDS: tuple[Kind, ...] = ("killed", "injured")


@dataclass(frozen=True, slots=True)
class Lexicon:
    stems: tuple[str, ...]
    rules: tuple[re.Pattern[str], ...]  # listed, material, toll, of_noun, counted, no_sign, verb_first,
    # number_first
    listed: re.Pattern[str]  # "those killed included two soldiers and a nurse"
    material: re.Pattern[str]  # "losses were limited to material": zero of both kinds
    number_first: re.Pattern[str]
    quantity_next: re.Pattern[str]  # a quantity right after a participle: "killed at least 25"
    elliptic: re.Pattern[str]  # "… were killed and another" right before a figure
    part: re.Pattern[str]  # one more part of a list of victims (after the first)
    one_person: re.Pattern[str]  # "a man", "my neighbour", "their commander": one victim
    conjoined: re.Pattern[str]  # "the driver and " right before a figure
    additive: re.Pattern[str]  # "In addition to the bomber, " right before a figure
    revision: re.Pattern[str]
    cumulative: re.Pattern[str]
    death: re.Pattern[str]  # any killed word at all
    follower: re.Pattern[str]
    subset: re.Pattern[str]  # right after a quantity: "of his children", "of their relatives"
    partial: re.Pattern[str]  # right after a toll: "(dead) does not include the missing"
    trapped: re.Pattern[str]  # right after a burial: "under the rubble", "alive"
    motive: re.Pattern[str]  # right before a killing named as a motive: "revenge for the"
    counting: re.Pattern[str]  # right before a quantity: "(we have) counted", "found"
    ongoing: re.Pattern[str]  # after it in the clause: "(58 bodies …) still searching"
    body_status: re.Pattern[str]  # right after "N bodies": "had not yet been claimed", "remained unidentified"
    died_after: re.Pattern[str]  # after "a woman wounded …" in its clause: "has died" (an update)
    burial: frozenset[str]  # "buried 34 people": a toll, unless trapped follows
    toll_noun: re.Pattern[str]  # right after a toll's number: "(rose to 72) wounded", "(12) people hurt"
    ordinal: re.Pattern[str]  # right after "a"/"an": "(a) third man", "(a) fourth soldier"
    ordinals: dict[str, int]  # "second" → 2: "a third man also died" makes the toll three
    counted_only: frozenset[str]  # "eliminated two terrorists", not "eliminating a threat"
    kind_of: dict[str, str]  # casualty phrase → "killed" | "injured" | "both"
    participles: frozenset[str]
    singular: frozenset[str]


# the rules in the order they are tried: a figure taken by one is not read again by the next
RULES = ("listed", "material", "toll", "of_noun", "counted", "no_sign", "verb_first", "number_first", "all_of_count")


def _bound_heads(lex: dict[str, Any]) -> str:
    """Lookbehinds keeping a toll's gap words from swallowing the head of a bound that ends in a
    toll link ("the number of dead might be close to 30": "close to" bounds the 30, its "to" is no
    link), for every modifier of ``modifiers`` whose last word is a toll link ("close to", "up to")."""
    links = {str(w).lower() for w in lex["toll_links"]}
    heads = set()
    for kind in ("lower_bound", "upper_bound", "approximate"):
        for m in lex["modifiers"].get(kind, ()):
            first, _, last = str(m).lower().rpartition(" ")
            # not "up": after a verb of revising it is the direction ("revised the toll up to 62": 62)
            if first and last in links and first.rsplit(" ", 1)[-1] != "up":
                heads.add(first.rsplit(" ", 1)[-1])
    return "".join(rf"(?<!\b{re.escape(h)})" for h in sorted(heads))


@functools.cache
def lexicon() -> Lexicon:
    """The casualty regexes, built from ``data/casualty_words.yaml`` and compiled through the
    start-up cache (:mod:`rashomon.nlp.regexes`): the one place they are loaded."""
    lex = load_data("casualty_words.yaml")
    kind_of: dict[str, str] = {}
    for kind in ("killed", "injured", "both"):
        for group, phrases in lex[kind].items():
            if group == "of_nouns":
                continue
            for phrase in phrases:
                kind_of.setdefault(norm(phrase), kind)
        for phrase in lex[kind].get("of_nouns", []):
            kind_of.setdefault(norm(phrase), kind)
    for phrase in lex["material_only"]:
        kind_of.setdefault(norm(phrase), "both")
    heads = {norm(p): kind for kind in KINDS for p in lex["list_heads"][kind]}

    def words(*groups: str) -> list[str]:
        return [w for kind in ("killed", "injured", "both") for g in groups
                for w in lex[kind].get(g, [])]

    # the victims between a quantity and its casualty word: "22 [of its fighters] were killed",
    # "a [member of the crew] was killed", "five [employees from the charity] were killed"
    stop = alt([*lex["stop_words"], *lex["links"], *kind_of, *lex["number_words"],
                *lex["vague_quantities"], *lex["zero"], *lex["months"]])
    not_victims = alt(lex["not_victims"], plural=True)
    np_token = (rf"(?:\d+-year-olds?|(?!{stop}(?!\w)|{not_victims}(?!\w))"
                r"[^\W\d_](?:[\w'’]|[-.](?=\w))*)")
    det = r"(?:the|its|their|his|her|our|these|those|a|an)"
    # "of the Safi and Kaloub families", "from the World Central Kitchen (WCK) team"
    tail = (rf"(?:\s+(?:of|from)(?:\s+{det})?(?:\s+{np_token}){{1,3}}(?:\s+\([^()\s]{{1,12}}\))?"
            rf"(?:\s+(?:and\s+)?{np_token}){{0,3}})?")
    # one quantity may count two plural nouns joined without their own: "seven soldiers and militia
    # members" (7), but "a husband and wife" is two
    word_a = alt(words("participles", "intransitive", "nouns", "burial"))
    plural = "|".join(f"(?<={re.escape(w)})" for w in lex["plural_endings"])
    shared = (rf"(?:(?:{plural})\s+and(?:\s+{np_token}){{1,2}}"
              rf"(?=(?:\s+{alt(lex['links'])}(?!\w))*\s+{word_a}(?!\w)))?")
    # a named victim may carry an age: "a child named Ali Hassan (14)"
    age = r"(?:\s+\(\d{1,3}\))?"
    tokens = rf"(?:\s+of(?:\s+{det})?)?(?:\s+{np_token}){{1,5}}{age}{shared}{tail}"
    np_req = rf"(?:\s+of\s+(?:them|those|whom|us)(?!\w)|{tokens})"
    noun_phrase = rf"{np_req}?"
    quantity = quantity_regex(lex, np_token)
    singular = alt(lex["singular_victims"])
    sep = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    # one person named by a determiner and a person noun: "a man", "my neighbour", "their commander"
    poss = rf"(?:{alt(lex['possessives'])}|its)\s+"
    person = rf"(?:the|a|an|my|our|{alt(lex['possessives'])}|its)\s+(?:[^\W\d_][\w'’-]*\s+)?{alt(lex['person_nouns'])}"
    # a further part of a list names its own victims and is no partitive ("three of them"); it may
    # be a person's own ("a man and his two sons", "two fighters and their commander")
    part = (rf"(?:(?!\S+\s+of\s+(?:them|those|whom)(?!\w))(?:{poss})?{quantity}{tokens}|{singular}(?!\w)"
            rf"|{poss}(?:[^\W\d_][\w'’-]*\s+)?{alt(lex['person_nouns'])}(?!\w))")
    # a list follows only a first part with its own victims ("2023, one man was killed" is none)
    more = rf"(?P<more>(?:{sep}{part})*)"
    listed = rf"(?:{np_req}{more})?"
    # … or, without commas, a counted part of the victims: "six people including four children
    # were killed" (6: the four are among them, not the toll)
    aside = (rf"(?:(?:\s*,\s*{alt(lex['aside_starts'])}(?!\w)[^,;.:()]{{0,80}}?(?=\s*,)){{1,2}}"
             rf"\s*,|(?P<inner>\s+{alt(lex['aside_starts'])}\s+{quantity}(?:\s+{np_token}){{1,3}}))?")
    word_b = alt(words("active", "burial", "counted_only"))
    number_first = (
        rf"(?P<q>{quantity}){listed}{aside}(?P<link>(?:\s+(?:{alt(lex['links'])}|(?!{word_a}\s)[a-z]+ed\s+and)(?!\w))+)?"
        rf"(?:\s+{alt(lex['possessives'])})?(?:\s+{alt(lex['severity'])})?\s+(?P<w>{word_a})(?!\w)"
        rf"(?:\s+(?:and/or|and|or|&)\s+(?:{alt(lex['severity'])}\s+)?(?P<w2>{word_a})(?!\w))?")
    verb_first = (
        rf"(?<!\w)(?P<w>{word_b})(?!\w)(?:\s+(?:and|or)\s+(?P<w2>{word_b})(?!\w))?"
        rf"(?:\s+(?:also|reportedly|allegedly))?\s+(?:(?P<q>{quantity}){noun_phrase}|(?P<s>{singular})(?!\w))"
        rf"{more}")
    # a count given first, then all of it killed: "the attackers numbered seven and that all of
    # them had been killed" (7)
    all_of_count = (rf"(?<!\w){alt(lex.get('count_all_verbs', ()))}\s+(?P<q>{quantity})\s*,?\s+and\s+(?:that\s+)?"
                    rf"all\s+of\s+them(?P<link>(?:\s+{alt(lex['links'])}(?!\w))+)\s+(?P<w>{word_a})(?!\w)")
    # "the number of civilians killed": a toll noun of the kind of its last word
    toll_word = alt(words("participles", "attributive"))
    toll = (
        # an aside may follow the toll noun: "the death toll, which earlier stood at 25, rose to 43"
        rf"(?<!\w)(?P<w>{alt(words('tolls'))}|number\s+of(?:\s+[^\W\d_][\w'’-]*){{1,2}}?\s+{toll_word})(?!\w)(?:\s*,[^,;:()]{{1,60}}?,)?"
        rf"(?:(?:\s+[\w'’-]+){{0,{TOLL_GAP}}}?{_bound_heads(lex)}\s+{alt(lex['toll_links'])}"
        # a verb of rising may follow one aside between commas in the subject ("killed in a market
        # in Goma, the capital of North Kivu, has risen to 30"): the verb says it is the toll's
        rf"|(?:\s+[\w'’-]+){{0,{RISE_GAP}}}?(?:\s*,[^,;:().]{{1,60}}?,(?:\s+[\w'’-]+){{0,{RISE_GAP}}}?)?"
        rf"\s+{alt(lex.get('toll_rise_links', ()))})"
        # a toll is a number, never an article: "the toll from the bombing of a market rose to 11"
        rf"\s+(?P<q>{quantity})(?<!\ba)(?<!\ban)(?<!\bboth)")
    # "the deaths of five journalists", "the death of the two assailants"
    of_noun = (rf"(?<!\w)(?P<w>{alt(words('of_nouns'))})(?:\s+(?:the|its|their|these|those))?"
               rf"\s+(?P<q>{quantity}){listed}")
    # "no indications (at this time) of civilian casualties": zero, for the noun's kinds
    nouns = alt(words("nouns"), plural=True)
    no_sign = (rf"(?<!\w)(?P<q>{alt(lex['no_sign_of'])})(?!\w)(?:[\s\"“”’']+[\w-]+){{0,4}}?"
               rf"[\s\"“”’']+of\s+(?:any\s+)?(?:[\w-]+\s+)?(?P<w>{nouns})(?!\w)")
    # a participle before the victims' noun: "received 48 wounded people", "five dead soldiers"
    attributive = alt(words("participles", "attributive"))
    # "29 bodies", "three more bodies were pulled from the rubble"
    counted = (rf"(?P<q>{quantity})\s+(?:(?:{alt(lex['more_victims'])})\s+)?(?:(?P<w>{alt(words('counted'))})(?!\w)"
               rf"|(?P<w2>{attributive})(?=\s+{np_token}))")
    include, whole = alt(lex["list_include"]), alt(lex["list_whole"])
    listed_rule = (
        rf"(?<!\w)(?P<w>{alt(heads)})(?!\w)(?:\s+(?:in|at|on|during|by)(?:\s+[\w'’-]+){{1,9}}?)?"
        rf"\s+(?:(?P<inc>{include})|{whole})\s+(?P<q>{quantity}){tokens}{more}")
    material = rf"(?<!\w)(?P<q>(?P<w>{alt(lex['material_only'])}))(?!\w)"
    # the noun after a toll's number says its kind: "the toll rose to 72 wounded" counts the
    # injured, whatever "toll" alone would say (one victims' word may stand between)
    toll_noun = rf"(?:\s+(?!{word_a}(?!\w)){np_token})?\s+(?P<w>{word_a})(?!\w)"
    ordinals = {norm(w): int(n) for w, n in lex["parse"]["ordinals"].items()}
    ordinal = rf"\s+(?P<o>{alt(ordinals)})(?!\w)"
    quantity_next = rf"\s+(?:{quantity})"
    word_done = alt(words("participles", "intransitive"))
    elliptic = (rf"(?<!\w){word_done}(?!\w)(?:\s+[^\s,.;:]+){{0,6}}?,?\s+and\s+"
                rf"(?:{alt(lex['elliptic_joins'])}\s+)?$")
    follower = rf"\s*(?:$|[^\w\s]|{alt(lex['bare_followers'])}(?!\w))"
    # a few words may stand between the comma and the figure ("…, the blast killed four"), but no
    # other clause ("and") and no figure of its own
    between = rf"(?:\s+(?!and\b|or\b|\d|{word_a}\b|{word_b}\b)[^\s,.;:]+){{0,4}}"
    additive = (rf"(?<!\w){alt(lex['additive'])}\s+(?P<p>(?:the\s+|its\s+|their\s+)?{part})\s*,"
                rf"{between}\s*$")
    revision = rf"(?<!\w){alt(lex['revision_words'])}(?!\w)"
    partial = (rf"(?:\s+[\w-]+)?[\s\"“”'’]+(?:does|do|did|would|will|may|might)\s*(?:not|n['’]t)\s+"
               rf"(?:yet\s+|fully\s+)?{alt(lex['partial_toll_verbs'])}(?!\w)")
    subset = (rf"\s+of\s+(?:{alt(lex['possessives'])}(?:\s+[\w'’-]+)?\s+{alt(lex['kin_nouns'])}"
              rf"|the\s+(?:(?:most|more)\s+)?(?:[a-z]+ly\s+)?{alt(lex['victim_groups'])})(?!\w)")
    wars = alt(lex.get("cumulative_wars", ()))
    earlier = alt(lex.get("earlier_event_cues", ()))
    numeral = rf"(?:\d|\b{alt(lex['number_words'])}\b)"
    cumulative = (rf"(?<!\w)(?:{alt(lex['cumulative_cues'])}"
                  rf"|{earlier}[^,;.]{{0,80}}?{numeral}"  # the figure inside the earlier event's clause
                  # … also with words between ("came amid rising tension, a day after a soldier was
                  # killed"): the death told after "after", in its clause, is the earlier event's ("came days
                  # after the truce collapsed, and it killed nine": the comma ends it)
                  rf"|(?:came|comes)\s[^.;:]{{0,100}}?\b(?:a\s+|one\s+|two\s+|three\s+|several\s+)?"
                  rf"{alt(lex['earlier_event_units'])}\s+after\s[^,.;:]{{0,80}}?\b{alt(lex['earlier_event_deaths'])}"
                  # an earlier event the incident is measured against, its toll in a clause of its own:
                  # "the deadliest since the 2018 attack on Kolofata, which killed 30" (not "the deadliest
                  # since 2018, killed 30": no clause of the earlier event's)
                  rf"|{alt(lex['comparison_superlatives'])}\s[^.;:]{{0,80}}?\bsince\s[^.;:]{{0,100}}?,?\s+"
                  rf"{alt(lex['comparison_relatives'])}\s[^.;:]{{0,100}}?{numeral}"
                  # dead that include the men behind an attack: a later act against them (a
                  # retaliation), not that attack's toll ("killed 40 … including some of the men
                  # behind Sunday's ambush")
                  rf"|{alt(lex['retaliation_starts'])}\s+(?:[\w'’-]+\s+){{0,4}}?{alt(lex['retaliation_links'])}"
                  rf"\s+(?:the|a|an|this|that|last|[\w-]+['’]s)"
                  # "have been killed since fighting broke out on Sept. 27": a war's running total
                  rf"|(?:has|have)\s+(?:been\s+)?(?:killed|died)\b[^;]{{0,60}}?\bsince\s+(?:the\s+)?"
                  rf"{alt(lex.get('cumulative_fighting', ()))}\s+{alt(lex['cumulative_starts'])}\s+(?:on|in)\s+"
                  rf"{alt(lex['months'])}(?!\w)"
                  # a toll over months or years of a battle: "a five-month battle in which 900 were killed"
                  rf"|(?<![\w-])(?:[a-z0-9]+-)?{alt(lex.get('cumulative_long_units', ()))}(?:-long)?\s+"
                  rf"(?:[\w-]+\s+)?{alt(lex.get('cumulative_long_acts', ()))}(?:\s+of\s+[^,.;:]{{0,40}}?)?,?\s+"
                  rf"{alt(lex['comparison_relatives'])}(?=\s)"
                  # bodies found across a region's towns: "200 bodies had been found in villages around Sinjar"
                  rf"|(?:bodies|remains|graves)\b[^.;:]{{0,60}}?\b{alt(lex.get('tally_found_verbs', ()))}\s+in\s+"
                  rf"(?:the\s+)?{alt(lex.get('tally_places', ()))}\s+{alt(lex.get('tally_spread', ()))}(?!\w)"
                  rf"|since\s+the(?:\s+[\w-]+){{0,2}}?\s+"
                  rf"{alt(lex['cumulative_since'], plural=True)}"
                  rf"|(?:over|in|during|within|for)\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?"
                  rf"{alt(lex['cumulative_spans'])}"
                  # "which began in 2017", "have been killed … since Russian troops took the plant in
                  # March 2022": a war's start, or a perfect tense counted since a year
                  rf"|{alt(lex['cumulative_starts'])}\s+in\s+(?:19|20)\d\d"
                  rf"|(?:has|have)\s+(?:been\s+)?(?:killed|died)\b[^.;]{{0,100}}?\bsince(?:\s+[\w'’-]+){{0,9}}?"
                  rf"\s+(?:19|20)\d\d"
                  rf"|(?:has|have)\s+(?:been\s+)?(?:killed|died)\b[^.;]{{0,100}}?\bin\s+(?:19|20)\d\d(?![\d,])"
                  # a count over this year or since a month ("more than 300 inmates have been killed in the
                  # country's prisons this year", "have died in attacks since January"); not across a comma
                  # ("have been killed in the attack, the deadliest this year": the incident's own toll)
                  rf"|(?:has|have)\s+(?:been\s+)?(?:killed|died)\b(?:[^.;,]|,(?=\d)){{0,100}}?\b(?:"
                  rf"{alt(lex.get('cumulative_periods', ()))}|since\s+{alt(lex['months'])}(?![\w\s]*\d))(?!\w)"
                  rf"|(?<![\w-]){wars}(?:\s+in\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:has|have)\s+(?:now\s+|already\s+)?"
                  rf"(?:killed|claimed|left)"
                  rf"|(?:has|have)\s+(?:been\s+)?(?:killed|died)\b[^.;]{{0,60}}?\bin\s+the(?:\s+[\w'’-]+){{0,2}}?\s+{wars}(?![\w-])"
                  # "… have been killed and hundreds of thousands displaced": a second count of the
                  # war joined by "and" (not "a camp for displaced people": a noun, far from "and")
                  rf"|(?:has|have)\s+(?:been\s+)?(?:killed|died)\b[^.;]{{0,60}}?\band\s+(?:[^\s.;]+\s+){{0,4}}?"
                  rf"{alt(lex.get('cumulative_beside', ()))}(?!\s+(?:people|persons|families|civilians|residents))"
                  rf")(?!\w)")
    # cheap substring test: a text with none of these cannot hold a casualty figure
    stems = {p.split()[0][:4] for p in words("participles", "intransitive", "nouns", "active", "burial", "counted_only",
                                              "of_nouns", "counted")}
    stems |= {p.split()[-1][:4] for p in words("tolls")}
    stems |= {p.split()[0][:4] for p in lex["material_only"]}
    logger.debug("casualty lexicon: %d casualty phrases", len(kind_of))
    rx = compile_cached("casualties", {
        "listed": listed_rule, "material": material, "toll": toll, "of_noun": of_noun, "counted": counted,
        "no_sign": no_sign, "verb_first": verb_first, "number_first": number_first, "all_of_count": all_of_count,
        "quantity_next": quantity_next, "elliptic": elliptic, "part": rf"{sep}(?P<p>{part})",
        "one_person": person,
        # a person named before the victims counted: "the driver and two passengers were killed"
        "conjoined": rf"(?<!\w)(?P<p>{person})\s+and\s+(?:{poss})?$",
        "additive": additive, "revision": revision, "cumulative": cumulative, "follower": follower, "subset": subset,
        "toll_noun": toll_noun, "ordinal": ordinal,
        "partial": partial, "trapped": rf"\s+{alt(lex['burial_not_before'])}(?!\w)",
        # "(we have) counted": "so far", "to date" before the verb date the count (exact), no ongoing word
        "counting": rf"(?<!\w){alt(lex.get('count_verbs', ()))}\s+$",
        "ongoing": rf"[^.;:!?]{{0,60}}?(?<!\w){alt(lex.get('count_ongoing', ()))}(?!\w)",
        "body_status": rf"(?:\s+[\w'’-]+){{0,4}}?\s+{alt(lex.get('body_status', ()))}(?!\w)",
        # the participle's own phrase ("wounded in the attack on a market in Zamfara, Nigeria,"), then
        # the verb of death: no "and" or subordinator between (another clause's victims died: "a
        # policeman wounded and two civilians died", "58 wounded, after one of the wounded died")
        "died_after": (rf"\s+(?:in|during|by|on|at|near)(?:[\s,]+(?!(?:{alt(lex.get('wounded_died_stops', ()))})\b)"
                       rf"[^\s,.;:!?]+){{1,14}}?[\s,]+{alt(lex.get('wounded_died', ()))}(?!\w)"),
        "death": rf"(?<!\w){alt(p for p, k in kind_of.items() if k == 'killed')}",
        # right before a killing named as an attack's motive: "revenge for (the killing of …)"
        "motive": rf"(?<!\w){alt(lex.get('motive_words', ()))}\s+(?:the\s+|a\s+|an\s+)?$",
    })
    return Lexicon(
        stems=tuple(sorted(stems)),
        rules=tuple(rx[name] for name in RULES),
        listed=rx["listed"], material=rx["material"], number_first=rx["number_first"],
        quantity_next=rx["quantity_next"], elliptic=rx["elliptic"], part=rx["part"],
        one_person=rx["one_person"], conjoined=rx["conjoined"], additive=rx["additive"],
        revision=rx["revision"], cumulative=rx["cumulative"], follower=rx["follower"], subset=rx["subset"],
        partial=rx["partial"], trapped=rx["trapped"], motive=rx["motive"], counting=rx["counting"],
        ongoing=rx["ongoing"], body_status=rx["body_status"], died_after=rx["died_after"],
        burial=frozenset(norm(w) for w in words("burial")),
        counted_only=frozenset(norm(w) for w in words("counted_only")),
        toll_noun=rx["toll_noun"], ordinal=rx["ordinal"], ordinals=ordinals,
        # a prefix match: "deadly", "martyrs" count as speaking of deaths too
        kind_of={**kind_of, **heads},
        death=rx["death"],
        participles=frozenset(norm(w) for w in words("participles", "burial")),
        singular=frozenset(norm(w) for w in lex["singular_victims"]),
    )


def kinds(lex: Lexicon, m: re.Match[str], figure: Figure) -> list[Kind]:
    """The kinds a match reports. A casualties noun, or a killed word joined to an injured
    word ("18 killed and wounded"), is one joint count: read only when zero or unspecified."""
    kinds: list[Kind] = []
    for word in (m["w"], m.groupdict().get("w2")):
        if word is None:
            continue
        kind = lex.kind_of.get(norm(word))
        if kind is None and norm(word).startswith("number of "):
            kind = lex.kind_of.get(norm(word).rsplit(" ", 1)[1])  # "the number of civilians killed"
        if kind == "both" and figure == Figure(0, 0):
            kinds.extend(KINDS)
        elif kind in KINDS:
            kinds.append("killed" if kind == "killed" else "injured")
    kinds = list(dict.fromkeys(kinds))
    joint = figure != Figure(0, 0) and (figure.min is not None or figure.max is not None)
    return [] if len(kinds) > 1 and joint else kinds
