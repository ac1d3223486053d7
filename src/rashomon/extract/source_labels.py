"""Source names that need no affiliation reading: acronyms and the names they stand for, a
diplomat's mission, a group that names itself, two names of one body (for
:mod:`rashomon.extract.source_names`, which re-exports them)."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from rashomon.config import setting
from rashomon.data import load as load_data
from rashomon.extract.lexicon import load_cues_data, word_set
from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.lexicon import words
from rashomon.types import Source

ACRONYM_MIN: int = setting("extract.source_labels", "acronym_min")  # data/settings.toml
ACRONYM_MAX: int = setting("extract.source_labels", "acronym_max")  # data/settings.toml
SMALL = words("claim_words.yaml", "name_small_words")


def acronym(name: str) -> str:
    """Initials of a name's capitalised words: "Libyan National Army" → "LNA"."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w’'-]*", name)
                   if w.lower() not in SMALL and w[0].isupper())


def is_acronym(name: str) -> bool:
    """"TPLF", "LNA": upper case, ACRONYM_MIN to ACRONYM_MAX characters."""
    return name.isupper() and ACRONYM_MIN <= len(name) <= ACRONYM_MAX


def unify_acronyms(names: list[str]) -> dict[str, str]:
    """Name → the acronym it is known by in the same article, when that acronym is also a
    source there ("Libyan National Army" → "LNA")."""
    shorts = {n for n in names if is_acronym(n)}
    out: dict[str, str] = {}
    for n in names:
        if n in shorts:
            continue
        a = acronym(n)
        if len(a) >= ACRONYM_MIN and a in shorts:
            out[n] = a
    return out


@functools.cache
def _mission() -> tuple[re.Pattern[str], dict[str, str]]:
    """The diplomatic roles of cues.yaml and, per country code, its first demonym (the
    singular: data/demonyms.yaml lists it before the plural)."""
    roles = "|".join(re.escape(r) for r in load_cues_data()["mission_roles"])
    first: dict[str, str] = {}
    for word, codes in (load_data("demonyms.yaml").get("demonyms") or {}).items():
        if len(codes or ()) == 1 and "," not in str(word):
            first.setdefault(codes[0], str(word))
    return re.compile(rf"\b(?:{roles})\b", re.IGNORECASE), first


def is_mission(name: str) -> bool:
    """Whether a source name is a diplomatic mission's ("Iranian ambassador")."""
    return bool(_mission()[0].search(name))


def mission_name(source: Source, texts: list[str], actors: ActorGazetteer) -> str | None:
    """"Iranian ambassador Hossein Akbari", "Iran's ambassador to Damascus": a diplomat abroad
    speaks for the country's mission, named by nationality and role ("Iranian ambassador"),
    not for the government at home that the gazetteer resolves the country to."""
    pattern, demonym = _mission()
    if source.kind in {"unknown", "person"}:  # "The Israeli consul in Cairo, Dan Levy"
        for t in texts:
            for role in pattern.finditer(t or ""):
                before = t[:role.start()].split()
                if before and before[-1] in demonym.values():
                    return f"{before[-1]} {role.group(0).lower()}"
        return None
    if source.kind != "government":
        return None
    actor = actors.resolve(source.name)
    nationality = demonym.get(actor.country or "") if actor is not None else None
    for t in texts:
        m = pattern.search(t or "")
        if m and nationality:
            return f"{nationality} {m.group(0).lower()}"
    return None


_SELF_NAMED = re.compile(
    r"\b(?:calling\s+itself|call(?:s|ing)?\s+themselves|(?:which|that|who)\s+calls?\s+(?:itself|themselves)"
    r"|known\s+as)\s+(?:the\s+)?[\"“']?(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|(?:al|el|ul|ad|ash|as)-[\w'’-]+|of|al|el|wal|for|and|the)){0,6})")


_NICKNAME = re.compile(r"\bknown\s+as\b")
# a person's title before the speaker's name ("President X", "General X")
_TITLED = re.compile(r"^(?:the\s+)?(?:(?:Vice[\s-])?President|Prime\s+Minister|Premier|King|Emir|General|Gen\.|"
                     r"Colonel|Col\.|Governor|Mayor|Minister)\s+[A-Z]")


def self_named(text: str) -> str | None:
    """The name a group gives itself in a speaker phrase ("a little-known group calling itself
    the Sahel Liberation Front", "a militia known as Ansar al-Din"), small words at its end cut."""
    m = _SELF_NAMED.search(text)
    if m is None:
        return None
    words = m.group("name").split()
    while words and words[-1].lower() in SMALL | {"the", "wal"}:
        words = words[:-1]
    return " ".join(words) or None


def self_named_source(source: Source, party: str | None, texts: list[str],
                      actors: ActorGazetteer) -> tuple[Source, str | None] | None:
    """"a little-known group calling itself X": X speaks (the gazetteer's actor when it knows
    it), and is the party it names; None when no text names the group so."""
    if source.kind not in {"person", "unknown"}:
        return None
    # "President Mohamed Abdullahi Mohamed, known as Farmaajo": a person's nickname, no group's name
    person = source.kind == "person" or _TITLED.match(source.text or "") is not None
    own = next((n for t in texts if t and (n := self_named(t)) and not (person and _NICKNAME.search(t))), None)
    if own is None:
        return None
    actor = actors.resolve(own)
    if actor is not None:
        return replace(source, name=actor.name, kind=actor.kind), actor.party
    return replace(source, name=own, kind="armed_group"), party or own


SAME_BODY_WORDS: int = setting("extract.source_labels", "same_body_words")  # data/settings.toml


def _body_words(name: str) -> frozenset[str]:
    """The capitalised words of a body's name, without small words and possessive endings."""
    return frozenset(w.removesuffix("’s").removesuffix("'s") for w in re.findall(r"[A-Z][\w’'-]*", name)
                     if w.lower() not in SMALL)


def same_body_names(names: list[str]) -> dict[str, str]:
    """Name → the first name of the article for the same body: two names of bodies the
    gazetteer does not know that share SAME_BODY_WORDS capitalised words or more ("the Khartoum
    Ministry of Health's Emergency Directorate" and "the Emergency Unit of the Sudanese Ministry
    of Health": Ministry, Health, Emergency)."""
    out: dict[str, str] = {}
    firsts: list[tuple[str, frozenset[str]]] = []
    for n in dict.fromkeys(names):
        words = _body_words(n)
        match = next((f for f, fw in firsts if len(words & fw) >= SAME_BODY_WORDS), None)
        if match is not None:
            out[n] = match
        else:
            firsts.append((n, words))
    return out


@functools.cache
def _command() -> re.Pattern[str]:
    alts = "|".join(sorted((re.escape(w) for w in word_set("command_words")), key=len, reverse=True))
    return re.compile(rf"^(?:the\s+)?(?P<force>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,4}}?)(?:['’]s)?\s+(?:{alts})$",
                      re.IGNORECASE)


def command_force(name: str) -> str | None:
    """"LNA command centre", "the RSF's General Command": the force whose command speaks."""
    m = _command().match(name.strip())
    if m is None or not m.group("force")[:1].isupper():
        return None
    return m.group("force")


_ACR = r"(?P<org>[A-Z][A-Z0-9-]{1,9})"


@functools.cache
def _acronym_patterns() -> tuple[re.Pattern[str], ...]:
    data = load_cues_data()  # the speaker titles, ranks and roles (source_names reads the same)
    role_words = {w.lower() for key in ("speaker_titles", "speaker_ranks", "affiliation_roles") for w in data[key]}
    role = "|".join(sorted((re.escape(r) for r in role_words), key=len, reverse=True))
    return (
        re.compile(rf"^(?:[Tt]he\s+)?{_ACR}['’]s\s+\S"),  # "The ELN's Northeastern War Front", "the M23's leader"
        re.compile(rf"\({_ACR}\)\s+(?:[\w-]+\s+)?(?:{role})s?\b", re.IGNORECASE),  # "… Force (PDF) commander"
        # "a local PDF commander", "RSF adviser Ali Hamdan"
        re.compile(rf"^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[a-z-]+\s+)?{_ACR}\s+(?:[a-z-]+\s+)?(?:{role})s?\b"),
        # "The rebel alliance that controls the area, the CSP-DPA,": a description named by the
        # acronym set after it
        re.compile(rf"^(?:[Aa]n?|[Tt]he)\s+[a-z][\w\s-]*?,\s+(?:the\s+)?{_ACR},?$"),
    )


def acronym_org(text: str) -> str | None:
    """The group an acronym names in a speaker phrase that is its member or its part: "RSF
    adviser Ali Hamdan", "a local PDF commander", "The M23's political leader", "the ELN's
    Northeastern War Front", "a People's Defence Force (PDF) commander" → "RSF", "PDF", "M23",
    "ELN" (the group speaks, as the gold sets name a party by its organisation); or that names a
    description in an appositive ("the rebel alliance, the CSP-DPA," → "CSP-DPA")."""
    for pattern in _acronym_patterns():
        m = pattern.search(text.strip())
        if m and is_acronym(m.group("org")):
            return m.group("org")
    return None


@functools.cache
def _place_units() -> frozenset[str]:
    """Lower-case words for a country's parts ("state", "province": ``subnational_units`` of
    data/actors.yaml)."""
    return frozenset(str(w).lower() for w in load_data("actors.yaml").get("subnational_units") or ()
                     if " " not in str(w))


def names_place(words: str) -> bool:
    """Whether ``words`` name a country's part by a name and a lower-case unit ("neighbouring
    Zamfara state", "Borno state"): a place, though "state" is also a body's word ("Islamic
    State" is written with a capital)."""
    parts = words.strip(" .,").split()
    return len(parts) >= 2 and parts[-1] in _place_units() and parts[-2][:1].isupper()


# the head of an organisation's office, written after its acronym ("WFP Executive Director")
_OFFICE_HEADS = frozenset({"director", "director-general", "coordinator", "representative", "president",
                           "chair", "chairman", "chairperson", "chairwoman", "secretary-general", "commissioner"})


def acronym_head(words: list[str]) -> str | None:
    """The acronym of a title "<ACRONYM> <Office> <Head>" ("MSF Operations Director", "WFP
    Country Director"): the organisation's head speaks for it; None for other titles."""
    if len(words) > 1 and is_acronym(words[0]) and words[-1].lower() in _OFFICE_HEADS \
            and all(w[:1].isupper() for w in words[1:]):
        return words[0]
    return None


_PLACED_PEOPLE = word_set("placed_people")


def group_name(name: str) -> str:
    """"resident" → "residents", "witness" → "witnesses": one unnamed member of a group of
    people known by where they are speaks for the group (as "a resident of Djibo" is named
    "residents"); other names unchanged."""
    low = name.lower()
    if low not in _PLACED_PEOPLE:
        return name
    plural = next((low + end for end in ("s", "es") if low + end in _PLACED_PEOPLE), None)
    return name + plural[len(low):] if plural is not None else name


def bracketed_acronym(text: str, name: str) -> str | None:
    """The acronym written in brackets right after a body's capitalised name in ``text``
    ("Strategic Framework for the Defence of the People of Azawad (CSP-DPA)" → "CSP-DPA"; the
    description before the name goes: "rebel", "the opposition"); None without one."""
    core = re.sub(r"^(?:[a-z][\w-]*\s+)+", "", name.strip())
    if len(core.split()) < 2 or not core[:1].isupper() or f"{core} (" not in text:
        return None  # the substring test first: one pattern per name is compiled otherwise
    m = re.search(rf"(?<![\w-]){re.escape(core)}\s+\((?P<acr>[A-Z][A-Z0-9-]*[A-Z0-9])\)", text)
    return m.group("acr") if m is not None and is_acronym(m.group("acr")) else None
