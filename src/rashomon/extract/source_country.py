"""A bare institutional plural ("officials said", "police said", "authorities said") in a story
about one country speaks for that country's officials ("Sri Lankan officials").

"… killing at least 12 people in the northern Sri Lankan town of Vavuniya, officials said": news
writing leaves the country off a state's officials when the story is set in one country, and the
gold names them by it (CONVENTIONS: "a generic group where no organisation is named (`Iraqi
officials`)"). Left bare, the name ("officials") names no party, and its figures match no one.

The story's country is the one country a *place* phrase names, in the speaker's own sentence or,
when that names none, in the lead (dateline and first sentence): "in Cameroon", "Cameroon's Far
North region", "the Colombian city of Cali", "COLOMBO, Sri Lanka"; a national capital's dateline
("BOGOTA -") when the lead names no country at all. A nationality before an
attacker or a force ("a Russian missile", "Eritrean troops") names no place. Two countries named
there, or another country's officials, police or government quoted in the article, leave the
name bare: "officials" is then either side's.

A civil office named without its state ("Information Minister X") is that country's office too
(:func:`_offices`), and a state body named only after a bare one, of a country the text had not
named before it, is no name for the bare one (:func:`foreign_body`: "The government blamed al
Shabaab …. Ethiopia's foreign ministry condemned the attack" in a story about Somalia). A
provincial, regional or district body named by its unit alone takes the one unit of that kind
the article names ("the provincial police" → "Khyber Pakhtunkhwa police": :func:`_local_bodies`).

Runs once per article after :func:`rashomon.extract.source_merge.merge_descriptions` has given a
bare generic name the article's one qualified name ("Kenyan police" … "police said"); the cheap
test (a bare name among the drafts) comes first, so an article without one reads nothing.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import replace

from spacy.tokens import Doc

from rashomon.extract.dateline import parse_dateline
from rashomon.extract.doctext import text_of
from rashomon.extract.draft_rules import ClaimDraft
from rashomon.extract.state_officials import capital_speaker, country_words, office_of, stateless_office
from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.lexicon.phrases import ONE_SPACE, case_blind_alternation

log = logging.getLogger(__name__)

# the bare plurals a state's officials are written with when the country goes without saying
BARE = re.compile(r"(?i)^(?:the\s+)?(?P<word>officials|authorities|police)$")
# a head of state or government named by title, alone or before a name ("President", "Prime
# Minister Garry Conille"): no state named in it
HEAD = re.compile(r"^(?:(?:Caretaker|Acting|Interim)\s+)?(?:(?:Vice[\s-])?President|Prime\s+Minister|Premier)"
                  r"(?:\s+[A-Z][\w'’.-]*){0,4}$")
# nouns of a place a country or a nationality can qualify ("the Pakistani city of", "Chad's Lac
# province"): CONVENTIONS' sub-national units and the settlements news name incidents in
_PLACE_NOUNS = ("city|town|village|villages|capital|port|province|region|state|district|county|department"
                "|governorate|oblast|border town|island|islands|north|south|east|west|northeast|northwest"
                "|southeast|southwest|centre|center")
# "northern", "south-western", "north-east", "central", "far-western"
_DIRECTION = r"(?:(?:far[\s-]+)?(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west|central)(?:ern)?[\s-]+)?"


@functools.cache
def _pattern() -> re.Pattern[str]:
    countries, demonyms, _ = country_words()
    c_alt = case_blind_alternation([c for c in countries if c], whitespace=ONE_SPACE)
    d_alt = case_blind_alternation([d for d in demonyms if d], whitespace=ONE_SPACE)
    return re.compile(
        # "in Sri Lanka", "in eastern Ukraine" (not "in Pakistan's interest": a place noun must follow a possessive)
        rf"\bin\s+(?:the\s+)?{_DIRECTION}(?P<c1>{c_alt})\b(?!['’]s|-)"
        # "Cameroon's Far North region", "Pakistan's northwest", "Colombia's capital"
        rf"|\b(?P<c2>{c_alt})['’]s\s+{_DIRECTION}(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{_PLACE_NOUNS})\b"
        # "the northern Sri Lankan town of", "the Ethiopian capital"
        rf"|\b(?P<d>{d_alt})\s+(?:{_PLACE_NOUNS})\b",
        re.IGNORECASE)


@functools.cache
def _dateline() -> re.Pattern[str]:
    """"COLOMBO, Sri Lanka, May 3 -": a dateline that names its country."""
    countries, _, _ = country_words()
    c_alt = case_blind_alternation([c for c in countries if c], whitespace=ONE_SPACE)
    return re.compile(rf"^\s*[A-Z][A-Z.'’ -]+,\s+(?P<c>(?i:{c_alt}))\b")


@functools.cache
def _any_state() -> re.Pattern[str]:
    """Any country name or single-country demonym, as a word ("Somalia's", "Ethiopian")."""
    countries, demonyms, _ = country_words()
    alt = case_blind_alternation([w for w in (*countries, *demonyms) if w], whitespace=ONE_SPACE)
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.IGNORECASE)


def states_named(text: str) -> list[str]:
    """The ISO codes of the countries ``text`` names (by name or demonym), in order, once each."""
    countries, demonyms, _ = country_words()
    out: list[str] = []
    for m in _any_state().finditer(text):
        word = m.group(0).lower()
        code = countries.get(word) or demonyms.get(word)
        if code and code not in out:
            out.append(code)
    return out


def qualified_name(drafts: list[ClaimDraft], at: int, name: str, bare: str, doc: Doc) -> str:
    """The name a bare ``bare`` body ("government") at ``at`` takes from the article's one
    qualified ``name`` of its head ("Ethiopian government"): that name, unless the article names
    it only after the bare one and it is another state's: the text before the bare one names
    other countries and never that one (a neighbour's foreign ministry condemning the attack is
    not "the government" of the story). Then the one country the lead names names it ("Somali
    government"), else it stays as it is."""
    code = _state_named(name.split()[0])
    text = text_of(doc)
    before = states_named(text[:drafts[at].attribution.sent_start])
    if code is None or not before or code in before or any(d.source.name == name for d in drafts[:at]):
        return name
    lead = states_named(_lead(text))
    own = f"{country_words()[2][lead[0]]} {bare}" if len(lead) == 1 and lead[0] != code else drafts[at].source.name
    log.debug("a bare body is not %r, named after it: %r", name, own)
    return own


def _codes(text: str) -> set[str]:
    countries, demonyms, _ = country_words()
    out: set[str] = set()
    for m in _pattern().finditer(text):
        if m.group("d"):
            code = demonyms.get(m.group("d").lower())
        else:
            code = countries.get((m.group("c1") or m.group("c2")).lower())
        if code:
            out.add(code)
    return out


def _lead(text: str) -> str:
    """The dateline and first sentence (up to the first full stop that ends a sentence)."""
    m = re.search(r"[.!?](?:[\"'”’])?\s+(?=[A-Z\"“])", text)
    return text[:m.end()] if m else text


def story_country(text: str, sent_start: int, sent_end: int) -> str | None:
    """The ISO code of the one country the speaker's sentence, else the lead, sets the story in.

    The sentence's place is the story's only when the sentence names no other state: "… had
    entered Sri Lanka by boat from Rameswaram in southern India, police said" tells a route, and
    India is not where the police are. A dateline's country ("NAIROBI, Kenya -") is the story's
    only when the lead names it or no state at all: a story filed from a neighbour ("… the bombing
    in Mogadishu … blamed on the group by Somalia's government") is not set where it was filed."""
    sentence = text[sent_start:sent_end]
    codes = _codes(sentence)
    # the place phrases themselves aside ("Nigeria's Niger State" names no Niger)
    if codes and set(states_named(_pattern().sub(" ", sentence))) - codes:
        log.debug("a sentence naming another state sets no story: %s", sentence[:80])
        codes = set()
    if not codes:
        lead = _lead(text)
        codes = _codes(lead)
        if (m := _dateline().match(lead)) is not None:
            filed = country_words()[0][m.group("c").lower()]
            named = states_named(lead[m.end():])
            if filed in named or not named:
                codes.add(filed)
            else:
                log.debug("a dateline in another state than the lead's: %s", lead[:m.end()])
        elif not codes and (code := _capital_dateline(lead)) is not None:
            codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def _capital_only(text: str, d: ClaimDraft) -> bool:
    """Whether only a capital's dateline sets the story of ``d`` in its country."""
    sentence = text[d.attribution.sent_start:d.attribution.sent_end]
    return not _codes(sentence) and _capital_dateline(_lead(text)) is not None


def _capital_dateline(lead: str) -> str | None:
    """"BOGOTA - The death toll from a truck bomb … in Valle del Cauca rose to six, officials
    said": a national capital's dateline sets the story in its country when the lead names no
    country at all (a lead that names one, "ADDIS ABABA - … outside Somalia's education
    ministry", may be filed from a neighbour's capital)."""
    found = parse_dateline(lead)
    if found is None or found.region is not None or states_named(lead[found.end:]):
        return None
    state = capital_speaker(found.part(found.place) or "")
    if state is None or not state.code:
        return None
    log.debug("capital dateline: %s → %s", found.part(found.place), state.code)
    return state.code


def _state_named(word: str) -> str | None:
    """The country a source name's first word names, as a demonym or a country ("Afghan",
    "Kenya's"), or None."""
    countries, demonyms, _ = country_words()
    first = word.lower().removesuffix("'s").removesuffix("’s")
    return demonyms.get(first) or countries.get(first)


def _other_states(drafts: list[ClaimDraft], code: str) -> bool:
    """Whether a draft quotes another country's officials, authorities or police ("Afghan
    officials", "Malaysian police"): a bare "officials" may then be theirs. Another state's
    government or forces are the other side of most conflict stories and leave it the story's."""
    for d in drafts:
        words = d.source.name.split()
        if len(words) < 2 or BARE.match(words[-1]) is None:
            continue
        other = _state_named(words[0])
        if other and other != code:
            return True
    return False


def _other_governments(drafts: list[ClaimDraft], code: str) -> bool:
    """Whether a draft quotes another state's government or forces ("Kenya's government said"):
    a head of state named without the state may then be either's."""
    for d in drafts:
        if d.source.kind not in {"government", "military"}:
            continue
        other = _state_named(d.source.name.split()[0]) if d.source.name else None
        if other is None or other != code:
            return True  # a state's body the demonym does not name (a gazetteer name) counts as another
    return False


def _heads(drafts: list[ClaimDraft], doc: Doc) -> list[ClaimDraft]:
    """A head of state or government named by title alone or with a name ("President Guillermo
    Lasso", "Prime Minister Garry Conille") in a story set in one country, where no other state's
    government or forces speak: that country's government (CONVENTIONS: a leader speaks for the
    government). Known leaders resolve through the gazetteer's people before this."""
    heads = [i for i, d in enumerate(drafts)
             if d.source.kind in {"unknown", "person"} and HEAD.match(d.source.name.strip())]
    if not heads:
        return drafts
    text = text_of(doc)
    _, _, naming = country_words()
    out = list(drafts)
    for i in heads:
        d = out[i]
        code = story_country(text, d.attribution.sent_start, d.attribution.sent_end)
        if code is None or code not in naming or _other_governments(drafts, code):
            continue
        log.debug("head of state of the story's country: %r → %s", d.source.name, naming[code])
        out[i] = replace(d, source=replace(d.source, name=f"{naming[code]} government", kind="government"))
    return out


def _offices(drafts: list[ClaimDraft], doc: Doc, actors: ActorGazetteer) -> list[ClaimDraft]:
    """A civil office named without its state ("Information Minister Abdirahman Osman", "the
    interior ministry") that no state body before it claimed (source_merge's ``_state_before``),
    in a story set in one country where no other state's government or forces speak: that
    country's office, as the gazetteer names it ("Somali government"). Not a state's forces: a
    bare "the army" in a story set in Gaza or Lebanon is often the other state's."""
    at = [i for i, d in enumerate(drafts) if d.source.kind in {"unknown", "person", "official"}
          and stateless_office(d.source.name) and _MINISTER.search(d.source.name)]
    if not at:
        return drafts
    text = text_of(doc)
    countries, _, _ = country_words()
    names = {code: name for name, code in reversed(countries.items())}
    out = list(drafts)
    for i in at:
        d = out[i]
        code = story_country(text, d.attribution.sent_start, d.attribution.sent_end)
        if code is None or code not in names or _other_governments(drafts, code) \
                or set(states_named(text[d.attribution.sent_start:d.attribution.sent_end])) - {code}:
            continue  # '"Pakistan should not push the blame on to Afghanistan," Foreign Minister X said'
        office = _MINISTRY_OF.sub(r"\g<port> minist\g<end>", d.source.name.strip())  # "ministry of defence"
        state = office_of(names[code], office, actors)
        if state is None or state.code != code or state.kind != "government":
            continue  # a defence office speaks for the forces (not this rule's: see above)
        log.debug("office of the story's country: %r → %s", d.source.name, state.name)
        out[i] = replace(d, source=replace(d.source, name=state.name, kind=state.kind), party=d.party or state.party)
    return out


_MINISTER = re.compile(r"(?i)\bminist(?:er|ry)\b")
_MINISTRY_OF = re.compile(r"(?i)^(?:the\s+)?minist(?P<end>er|ry)\s+of\s+(?:the\s+)?(?P<port>.+)$")


# "provincial police", "a regional governor", "district officials": a body of the unit the
# article names ("Khyber Pakhtunkhwa province", "Belgorod region"), named by it as the gold does
_UNIT_ADJECTIVES = {"provincial": "province", "regional": "region|oblast", "district": "district"}
_LOCAL = re.compile(rf"(?i)^(?:the\s+|an?\s+)?(?P<adj>{'|'.join(_UNIT_ADJECTIVES)})\s+(?P<body>[a-z][\w\s-]*)$")
_NOT_NAME = frozenset({"the", "in", "on", "at", "of", "a", "an", "and", "from", "across", "northern", "southern",
                       "eastern", "western", "central"})


def _unit_names(text: str, noun: str) -> set[str]:
    """The names of the units ``noun`` the text names ("Balochistan province", "the province of
    Balochistan"), without a possessive country before them."""
    name = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    out: set[str] = set()
    for m in re.finditer(rf"\b({name})\s+(?:{noun})\b|\b(?:{noun})\s+of\s+({name})", text):
        words = (m.group(1) or m.group(2)).split()
        while words and (words[0].lower() in _NOT_NAME or words[0].endswith(("'s", "’s"))
                         or _state_named(words[0]) is not None or re.match(r"[A-Z][\w'’]*-[a-z]", words[0])):
            words = words[1:]
        if words:
            out.add(" ".join(words))
    return out


def _local_bodies(drafts: list[ClaimDraft], doc: Doc) -> list[ClaimDraft]:
    """A provincial, regional or district body named by its unit alone ("the provincial police")
    in an article that names one such unit by then: "Khyber Pakhtunkhwa police" (every draft of
    the name, or none: one body, one name)."""
    found: dict[str, list[int]] = {}
    for i, d in enumerate(drafts):
        if d.source.kind in {"unknown", "person", "official"} and _LOCAL.match(d.source.name.strip()):
            found.setdefault(d.source.name, []).append(i)
    if not found:
        return drafts
    text = text_of(doc)
    out = list(drafts)
    for bare, at in found.items():
        m = _LOCAL.match(bare.strip())
        assert m is not None
        # a unit whose name the article has written by the speaker's first sentence (as the unit
        # or as its town: "in Balochistan province … the provincial police said", "shells hit
        # Poonch … the district administration said … Poonch district"), not a unit only a
        # background paragraph further down names ("… in Baghlan province killed seven")
        told = min(drafts[i].attribution.sent_end for i in at)
        units = {u for u in _unit_names(text, _UNIT_ADJECTIVES[m.group("adj").lower()]) if u in text[:told]}
        if len(units) != 1 or any(unit in o.source.name for o in drafts for unit in units) \
                or m.group("body").strip().lower().endswith(("source", "sources")):
            continue  # a body the article names by the unit ("Oromia regional government") is the one
        unit = units.pop()
        sentences = [text[drafts[i].attribution.sent_start:drafts[i].attribution.sent_end] for i in at]
        if any(w not in unit for s in sentences for w in re.findall(r"\b[Ii]n\s+([A-Z][\w'’-]+)", s)):
            continue  # "In Kharkiv, the regional governor said": the sentence's own place's
        name = f"{unit} {m.group('body').strip()}"
        log.debug("a local body named by its unit: %r → %r", bare, name)
        for i in at:
            out[i] = replace(out[i], source=replace(out[i].source, name=name))
    return out


def story_bodies(drafts: list[ClaimDraft], doc: Doc, actors: ActorGazetteer) -> list[ClaimDraft]:
    """Bare "officials"/"authorities"/"police" named by the story's one country (and a head of
    state or a civil office named without the state: :func:`_heads`, :func:`_offices`)."""
    drafts = _local_bodies(_offices(_heads(drafts, doc), doc, actors), doc)
    bare = [i for i, d in enumerate(drafts) if BARE.match(d.source.name.strip())]
    if not bare:
        return drafts
    text = text_of(doc)
    _, _, naming = country_words()
    out = list(drafts)
    for i in bare:
        d = out[i]
        code = story_country(text, d.attribution.sent_start, d.attribution.sent_end)
        if code is None or _other_states(drafts, code):
            continue
        m = BARE.match(d.source.name.strip())
        assert m is not None
        word = m.group("word").lower()
        if _capital_only(text, d) and any(o.source.name.lower().endswith(f" {word}")
                                          and _state_named(o.source.name.split()[0]) is None for o in drafts):
            # "MOGADISHU - …, a senior police official said", "Colonel X, the Lower Shabelle police
            # commander" further on: with no country named, the local body the article names
            continue
        # the name only: kind and party stay as a qualified "Pakistani officials" gets them
        out[i] = replace(d, source=replace(d.source, name=f"{naming[code]} {word}"))
    return out
