"""Canonical names for sources the actor gazetteer does not know, from the words of the text.

A source found by syntax is kept; its name is the organisation it speaks for when the text
says so, else the words as written, cleaned:

* an affiliation: "Getachew Reda, a spokesman for the Tigray People's Liberation Front (TPLF)"
  → "TPLF"; "Osama Ali, spokesman of the Emergency Department" → "Emergency Department";
* a title before a name: "Emergency services spokesperson Osama Ali" → "Emergency services",
  "Iranian ambassador Hossein Akbari" → "Iranian ambassador" (ranks and speaker titles go, a
  role that is itself the source stays);
* a description: "Two aid workers" → "aid workers", "An Afghan police chief" → "Afghan
  police" (numbers, articles and speaker titles go);
* an office of a state the gazetteer knows only as a country: "Chad's defence minister" →
  "Chadian military", "the Malian foreign minister" → "Malian government"
  (:mod:`rashomon.extract.state_officials`);
* across the article, a name spelt out and its acronym are one source ("the Libyan National
  Army" and "the LNA" → "LNA"): :func:`unify_acronyms`.

The words as written stay in ``Source.text``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from rashomon.extract.lexicon import load_cues_data, word_set
from rashomon.extract.source_labels import acronym as acronym
from rashomon.extract.source_labels import acronym_head, group_name, mission_name, names_place
from rashomon.extract.source_labels import acronym_org as acronym_org
from rashomon.extract.source_labels import command_force as command_force
from rashomon.extract.source_labels import is_acronym as is_acronym
from rashomon.extract.source_labels import is_mission as is_mission
from rashomon.extract.source_labels import same_body_names as same_body_names
from rashomon.extract.source_labels import self_named as self_named
from rashomon.extract.source_labels import self_named_source as self_named_source
from rashomon.extract.source_labels import unify_acronyms as unify_acronyms
from rashomon.extract.source_words import (
    _LEADING,
    _bodies,
    _body_before,
    _clean_org,
    _name_before,
    _names_body,
    _nationality_before,
    _office_before,
    _words,
)
from rashomon.extract.source_words import (
    SMALL as SMALL,
)
from rashomon.extract.source_words import (
    nationality_words as nationality_words,
)
from rashomon.extract.state_officials import (
    StateSource,
    capital_speaker,
    country_speaker,
    known_state,
    own_state_forces,
    posted_state,
    state_source,
    un_envoy_state,
)
from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.lexicon import words
from rashomon.types import Source

PLACED_ROLES = word_set("placed_roles")
PLACED_PEOPLE = word_set("placed_people")
STATE_FORCE_WORDS = word_set("state_forces")  # "army", "military": a state's forces


def affiliation(text: str) -> str | None:
    """The organisation a speaker phrase says the speaker speaks for, or None. Leaders and
    members "in" a place speak for no body there ("community leaders in Colombia's Catatumbo
    region"), unless the words after "in" name one; officials there speak for its authorities."""
    _, _, pattern = _words()
    for m in pattern.finditer(text):
        if m.group("prep").lower() == "of" and m.group("org").split()[0].lower() in _TITLE_OF:
            # "the army's chief of staff": the title's own words, no body; its owner speaks
            owner = _BODY_OWNER.search(text, 0, m.start("role"))
            if owner is not None and owner.group("owner").split()[-1] in _BODY_OWNERS | _bodies():
                return owner.group("owner")
            continue
        org = _clean_org(m.group("org"))
        if m.group("role").lower() in PLACED_ROLES and _office_before(text[:m.start("role")]):
            continue  # "the commissioner of Nasir county, NAME, a member of the SPLM-IO": his office speaks
        # "community leaders in Catatumbo"; "Cameroonian officials in Fotokol": the nation's
        # officials, posted in a town
        # "a senior police officer in Peshawar": the body named before the role (police), posted there
        if org and m.group("prep").lower() == "in" and (
                m.group("role").lower() in PLACED_ROLES or _nationality_before(text[:m.start("role")])
                or _body_before(text[:m.start("role")])) \
                and not is_acronym(org) and (not _names_body(org) or names_place(org)):
            continue
        # "the army spokesman for the Beni area": the army's, posted for an area (a common noun
        # ends the words after "for"; "a military spokesman for the Houthis" stays the Houthis')
        if org and m.group("prep").lower() == "for" and _body_before(text[:m.start("role")]) \
                and org.split()[-1][:1].islower() and not is_acronym(org) and not _names_body(org):
            continue
        if org and m.group("prep").lower() == "in" and not is_acronym(org) and not _names_body(org) \
                and (named := _name_before(text[:m.start("role")])) is not None:
            return named  # "A Fano commander in West Gojjam": Fano's commander, posted there
        owner = _OWNER.search(text, 0, m.start("role"))
        if owner and m.group("prep").lower() in {"for", "in"} and (own := _clean_org(owner.group("owner"))):
            return own  # "MSF's emergency coordinator for Sudan": MSF's, posted for Sudan
        if org and m.group("role").lower() in _TERRITORIAL and m.group("prep").lower() == "of" \
                and not is_acronym(org) and not _names_body(org):
            return f"{org} administration"  # "the top civilian administrator of Borno": no place speaks
        if org:
            return org
    return None


# the words after "of" in a compound title ("chief of staff", "head of state", "chief of
# mission"): part of the title, never the body it belongs to (probe7's "staff" for an army's
# chief of staff; kept general: these titles exist in every state's forces and missions)
_TITLE_OF = frozenset({"staff", "state", "government", "mission"})
# the roles whose "<role> of <place>" heads the place's administration ("the administrator of
# Beni territory" speaks for the Beni territory administration, as gold names such offices)
_TERRITORIAL = frozenset({"administrator"})
_BODY_OWNERS = STATE_FORCE_WORDS | {"navy", "air force"}  # forces own chiefs of staff
# a body owning a title, lower case as bodies are written ("the army's", "the Mozambican navy's")
_BODY_OWNER = re.compile(r"(?<![\w’'])(?P<owner>(?:(?!(?:The|An?)\s)[A-Z][\w-]*\s+)?[a-z][\w-]*)['’]s\s+"
                         r"(?:[a-z][\w-]*\s+){0,2}$")
# an organisation owning the role right before it: "MSF's emergency coordinator", "the UN's envoy"
_OWNER = re.compile(r"(?<![\w’'])(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})['’]s\s+(?:[a-z][\w-]*\s+){0,3}$")


def title_name(words_before: str) -> str | None:
    """The source in the title words before a person's name: ranks and speaker titles go."""
    titles, _, _ = _words()
    # "A " before a description that is the whole speaker: an article, no title
    words = [w for w in _LEADING.sub("", words_before.strip(" ,") + " ").split()]
    while words and (words[-1].lower().strip(".") in titles or words[-1].endswith(".")):
        words = words[:-1]
    while words and words[0].lower().strip(".") in titles and not _second_leader(words):
        words = words[1:]
    if not words or words[-1].lower() in SMALL or not any(ch.isalpha() for ch in "".join(words)):
        return None  # "— Daniel Mejía": a dash is no title
    if (head := acronym_head(words)) is not None:
        return head  # "MSF Operations Director": the organisation's head speaks for it
    return " ".join(words)



def _second_leader(words: list[str]) -> bool:
    """"Deputy President", "Deputy Prime Minister": a rank before a leader's title makes
    another office (cut to "President" it would be the head of state)."""
    rest = " ".join(words[1:]).lower()
    return words[0].lower() in _DEPUTIES and any(rest == t or rest.startswith(t + " ") for t in _leaders())


_DEPUTIES = frozenset({"deputy", "vice"})


@functools.cache
def _leaders() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_cues_data()["source_merge"]["leader_titles"])


def appositive_title(text: str, name: str) -> str | None:
    """"Rashid, the Kabul police chief who goes by one name": the body in a title set after a
    person's name ("Kabul police"), when it ends in a speaker title and names a place or body
    with a capital ("the police chief" alone names no body), or a body posted for a place ("the
    army spokesman for the Beni area" → "army")."""
    titles, _, _ = _words()
    if f"{name}," not in text:
        return None  # performance only: the pattern below holds "<name>," (a pattern per name: compiled each time)
    m = re.search(rf"(?:^|\s){re.escape(name)},\s+(?:the|an?)\s+(?P<desc>[^,;]{{3,60}}?)"
                  r"(?:\s+(?:who|which|that)\b|,|$)", text)
    if m is None:
        return None
    desc = re.sub(r"^([a-z][\w-]*)['’]s\s", r"\1 ", m.group("desc"))  # "the army's spokesman": the army's
    if (office := _PLACE_OFFICE.match(desc)) is not None:  # "the governor of the Far North region"
        return f"{office.group('place')} {office.group('office').lower()}"
    # "NAME, the army spokesman for the Beni area": a body's title posted for a place (the
    # posting names the place, the body before the title is the one that speaks)
    posted = re.split(r"\s+(?:for|in)\s+(?:the\s+)?(?=[A-Z])", desc, maxsplit=1)
    if len(posted) == 2 and len(posted[0].split()) >= 2:
        desc = posted[0]
    words = desc.split()
    if len(words) < 2 or words[-1].lower() not in titles or not (
            any(w[:1].isupper() for w in words[:-1]) or len(posted) == 2):
        return None
    short = description_name(desc)
    if short.split()[-1].lower() not in _bodies():
        return None
    if len(posted) == 2 and short.lower() not in STATE_FORCE_WORDS:
        # "the police commander for Beni territory": the territory's police, a command of its
        # own; an army's spokesman for an area speaks for the army
        return f"{posted[1].strip(' .')} {short}"
    return short


# the head of a territory named by it: "NAME, the governor of Cauca" speaks as the Cauca governor
_PLACE_OFFICE = re.compile(r"^(?:[a-z][\w-]*\s+){0,2}(?P<office>governor|mayor|prefect)\s+of\s+(?:the\s+)?"
                           r"(?P<place>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|del|region|province|state|district|county))*)$")
_APPOSITIVE_TAIL = re.compile(r",\s+(?:the|an?)\s+[a-z][^,]*$")  # ", the mountain enclave at the centre of …"


def description_name(text: str) -> str:
    """A description without numbers, articles or a speaker title at its end, nor an appositive
    after it ("a human rights group in Parakou, the main city of the north")."""
    titles, _, _ = _words()
    name = _APPOSITIVE_TAIL.sub("", text).strip(" ,")
    while True:
        stripped = _LEADING.sub("", name)
        if stripped == name:
            break
        name = stripped
    words = name.split()
    short = list(words)
    while len(short) > 1 and short[-1].lower() in titles:
        short = short[:-1]
    if short != words and short[-1].lower() not in _bodies():
        return " ".join(words)  # "Israeli official" stays; "Afghan police chief" → "Afghan police"
    while short != words and len(short) > 1 and short[0].lower() in titles:
        short = short[1:]  # "senior police officer" → "police": a rank before the body goes too
    return " ".join(short) or text


# "Residents of the Lac Vert camp", "residents of this northern Israeli town": a named place, or
# a described one (a place noun of place_words.yaml's address_nouns at its end)
_PLACE_TAIL = re.compile(
    r"^(?P<who>.+?)\s+(?:in|from|of)\s+(?P<where>(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?[A-Z].*|(?:this|that|the)\s+(?:[\w-]+\s+){0,3}(?:"
    + "|".join(sorted(map(re.escape, words("place_words.yaml", "address_nouns")))) + r"))$")


def without_place(name: str) -> str:
    """"Community leaders in Colombia's Catatumbo region" → "Community leaders", "Residents of
    the Lac Vert camp" → "Residents": a group described by where it is is that group; a body
    in the tail keeps it ("officials in the Ministry of Health"), and so does a group of no
    ``placed_people`` ("the African Union mission in Somalia")."""
    m = _PLACE_TAIL.match(name.strip())
    if m is None:
        return name
    who = m.group("who").split()
    titles, _, _ = _words()
    placed = who[-1].lower() in PLACED_PEOPLE or _nationality_before(" ".join(who[:-1])) \
        or (who[-1].lower() in titles and _body_before(" ".join(who[:-1])))  # "Cameroonian officials", "police officer"
    if not placed or (_names_body(m.group("where")) and not names_place(m.group("where"))):
        return name
    return m.group("who")


# lower-case words that open a person's name ("al-Bashir", "de Klerk", "van der Berg")
_ANONYMOUS = frozenset({"source", "sources"})  # an unnamed informant, known by the body it is in
_LOWER_NAME = re.compile(r"(?:al|el|de|da|di|du|van|von|bin|ibn|abu|le|la)\b")


# "Various Libyan media reports", "local press reports": the reports' outlets speak
# ("as Azerbaijani media reports said": the parser may hang the clause's "as" on the speaker)
_MEDIA_REPORTS = re.compile(r"^(?:as\s+)?(?:(?:various|several|some|many|other)\s+)?(?P<media>(?:[\w-]+\s+)?"
                            r"(?:media|press|television|tv|radio))\s+reports$", re.IGNORECASE)


def _posted_in(texts: list[str], org: str) -> bool:
    """Whether ``org`` is only the place a speaker is posted in ("officials in Martuni"): after
    "in", no body word, no acronym (the caller asks the actor gazetteer about it too)."""
    if _names_body(org) or is_acronym(org):
        return False
    return any(t and re.search(rf"\bin\s+(?:the\s+)?{re.escape(org)}\b", t) for t in texts)


def _posted_elsewhere(source: Source, texts: list[str], actors: ActorGazetteer) -> StateSource | None:
    """The state a resolved state office or UN source really speaks for: "a foreign office
    spokesman in Islamabad" is Pakistan's (not the UK's Foreign Office, which the gazetteer
    found by the office's name), "Russia's ambassador to the UN" is Russia's (not the UN's)."""
    if source.kind in {"person", "unknown"}:
        return None
    actor = actors.resolve(source.name)
    for t in texts:
        state = (posted_state(t.split(",")[0]) or un_envoy_state(t)) if t else None
        if state is not None and state.code and (actor is None or actor.country != state.code):
            return known_state(state, actors)
    return None


def without_person(org: str | None, persons: tuple[str, ...]) -> str | None:
    """An organisation without the person's name the title ran on into ("Foreign Minister of
    Sudan Ali Sadiq" → "Sudan")."""
    for person in persons:
        if org and person and org.endswith(person) and len(org) > len(person):
            titles, _, _ = _words()
            words = org[:-len(person)].strip(" ,").split()
            while words and words[-1].lower().strip(".") in titles:
                words = words[:-1]  # "… of Staff Gen. Mark Milley": the rank goes with the name
            return " ".join(words) or None
    return org


def person_of(text: str, name: str, actors: ActorGazetteer) -> str | None:
    """"Dr. Abdirahman Yusuf of the regional health office", "Ali Hassan from the Sudan Doctors
    Network": the body a person is "of" or "from" right after the name (a body word, an
    acronym or an actor; not a home town: "Ali of Kassala")."""
    if f"{name} " in text:
        m = re.search(rf"{re.escape(name)}\s+(?:of|from)\s+(?P<org>(?:the\s+)?[^,;:\n]+)", text)
    else:  # the tagger took the body into the person's name: "Dr. X of the regional health office"
        m = re.search(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4}\s+(?:of|from)\s+(?P<org>(?:the\s+)?[^,;:\n]+)$", name)
    org = _clean_org(m.group("org")) if m is not None else None
    if org is None or not (_names_body(org) or is_acronym(org) or actors.resolve(org) is not None):
        return None
    return org


_MEMBERSHIP = re.compile(r",\s*(?:an?|the)\s+(?:[a-z]+\s+)?(?:member|leader)s?\s+of\b")


def office_not_party(source: Source, texts: list[str], actors: ActorGazetteer) -> str | None:
    """"the commissioner of Nasir county, NAME, a member of the opposition SPLM-IO": an
    official described by an office speaks for the office, not for the party named as his
    membership in an appositive (the gazetteer found the party in the whole phrase only);
    "NAME, a member of the SPLM-IO" (no office) stays the party's."""
    if source.kind in {"person", "unknown"} or len(texts) < 2 or not texts[0] or not texts[1]:
        return None
    m = _MEMBERSHIP.search(texts[0])
    if m is None or actors.resolve(texts[1]) is not None or actors.resolve(texts[0][:m.start()]) is not None \
            or not _office_before(texts[0][:m.start() + 1]):
        return None
    office = texts[0].split(",")[0].strip()
    return description_name(office) if office[:1].islower() or office.lower().startswith(("the ", "a ", "an ")) \
        else None


def text_source(source: Source, party: str | None, texts: list[str],
                actors: ActorGazetteer, persons: tuple[str, ...] = ()) -> tuple[Source, str | None]:
    """The source named by the text's own words (see the module docstring) for a source the
    gazetteer did not resolve; ``texts``: the speaker phrase, its whole subject and the
    person's title context; ``persons``: the names of people in the speaker phrase."""
    if (forces := own_state_forces(source, texts, actors)) is not None:
        return replace(source, name=forces.name, kind=forces.kind), party or forces.party
    if (posted := _posted_elsewhere(source, texts, actors)) is not None:
        return replace(source, name=posted.name, kind=posted.kind), posted.party
    if (office := office_not_party(source, texts, actors)) is not None:
        return replace(source, name=office, kind="official"), None
    if (mission := mission_name(source, texts, actors)) is not None:
        return replace(source, name=mission, kind="official"), party
    if (named := self_named_source(source, party, texts, actors)) is not None:
        return named
    if source.kind in {"person", "unknown"}:
        # "Chad's defence minister", "the Malian foreign minister": the state's body
        # "a presidential adviser in Baku": an office posted in its state's capital
        state = next((st for t in texts if t and (st := state_source(t) or posted_state(t)) is not None), None)
        if state is None and source.kind == "unknown":
            state = country_speaker(source.name) or capital_speaker(source.name)  # "Thailand", "Kigali" said
        if state is not None:
            state = known_state(state, actors)
            return replace(source, name=state.name, kind=state.kind), party or state.party
    org = next((o for t in texts if t and (o := without_person(affiliation(t), persons))), None)
    if org is not None and _posted_in(texts, org) and actors.resolve(org) is None:
        org = None  # "a railway official in Quetta": the place the official is posted in never speaks
    if source.kind not in {"person", "unknown"}:
        # "official spokesman of the Arab Coalition's Joint Incident Assessment Team": a body
        # of a known actor that the gazetteer does not know keeps its own name
        if org is not None and org[:1].isupper() and len(org.split()) >= 2 \
                and actors.resolve(org) is None and not actors.party(org):
            return replace(source, name=org, kind="unknown"), party
        return source, party
    if org is None:
        org = next((a for t in texts[:2] if t and (a := acronym_org(t))), None)
    if org is None and source.kind == "person":
        org = next((o for t in texts if t and (o := person_of(t, source.name, actors))), None)
    if org is None and source.kind == "person":
        for t in texts:
            at = t.find(source.name)
            if at == 0 and source.name[:1].islower():  # "police spokesman Mohamed Hassan Ali": the
                at = min((i for p in persons if (i := t.find(p)) > 0), default=-1)  # tagger split the name
                if at > 0 and t[:at].split()[-1].lower() not in _words()[0]:
                    at = -1  # "one survivor from Kishishe": a place the tagger took for a name, after no title
            if at > 0 and (title := title_name(t[:at])) is not None:
                org = title
                break
    if org is None and source.kind in {"person", "unknown"}:
        org = next((a for t in texts if t and (a := appositive_title(t, source.name))), None)
    if org is None:
        org = command_force(source.name)  # the tagger may take "General Command" for a person
    if org is None:
        if source.kind == "unknown":
            if (m := _MEDIA_REPORTS.match(source.name)) is not None:
                return replace(source, name=m.group("media")), party  # "Various Haitian media reports"
            return replace(source, name=group_name(description_name(without_place(source.name)))), party
        # "one survivor from Kishishe, a herder" (a place the tagger took for a name): survivors
        group = group_name(description_name(without_place(source.name.split(",")[0])))
        if source.name[:1].islower() and not _LOWER_NAME.match(source.name) \
                and without_place(source.name.split(",")[0]).split()[-1].lower() in _ANONYMOUS:
            # "military source in Bol, the provincial capital": an unnamed source the tagger took
            # for a person by the place in it (a person's name is capitalised); its body speaks
            return replace(source, name=group, kind="unknown"), party
        if group != source.name and group.lower() in PLACED_PEOPLE and group.lower().endswith("s"):
            return replace(source, name=group, kind="unknown"), party
        return source, party
    actor = actors.resolve(org)
    if actor is not None:
        return replace(source, name=actor.name, kind=actor.kind), actor.party
    return replace(source, name=org, kind="unknown"), actors.party(org) or party
