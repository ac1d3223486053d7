"""One party, one name: descriptions and unnamed speakers take the body the article named.

Article-level rules over claim drafts (after each speaker is resolved on its own, before
vague sources are consolidated), for sources the actor gazetteer does not know:

* a bare speaker title ("a spokesman", "the spokeswoman", "an official") speaks for the body
  named as a source just before it;
* a fighter description ("rebels", "the Tigrayan rebels", "Kachin insurgents") is the armed
  group the article names (kind ``armed_group``, or a name or spelt-out acronym with a
  movement word: Front, Movement, Liberation ...); a demonym or place word must fit its name;
* the spokesperson or office of a head of government or state ("Prime Minister X's
  spokeswoman", "President X's office") speaks for the government;
* a bare generic name ("government", "army", "police") takes the article's one qualified name
  with the same head ("Ethiopian government"), not a neighbour's named only after it;
* a person named without a title right after an unnamed spokesperson of a body ("a spokesman
  for the LNA said … NAME blamed …") is that spokesperson;
* a body written with its acronym in brackets is known by it ("… of Azawad (CSP-DPA)");
* a patron's body named by its noun alone ("the Hamas-led ministry") is the body with that noun
  named before ("the Hamas-run health ministry in Gaza"), not the patron;
* a state's office or forces named without the state ("Information Minister", "Army spokesman")
  belong to the one state named before them (:func:`_state_before`).

The words as written stay in ``Source.text`` and its offsets; only names (and kinds) change.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from spacy.tokens import Doc

from rashomon.config import setting
from rashomon.data import load as load_data
from rashomon.extract.doctext import text_of
from rashomon.extract.draft_rules import ClaimDraft
from rashomon.extract.lexicon import load_cues_data
from rashomon.extract.source_country import qualified_name, story_bodies
from rashomon.extract.source_described import described_apart, described_speakers
from rashomon.extract.source_groups import described_groups, ministry_officials
from rashomon.extract.source_labels import bracketed_acronym
from rashomon.extract.source_names import STATE_FORCE_WORDS, is_acronym, nationality_words
from rashomon.extract.source_topic import minister_of_ministry, owned_by_group, topic_pronouns
from rashomon.extract.state_officials import (
    StateSource,
    country_speaker,
    last_state_forces,
    office_of,
    stateless_office,
)
from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.lexicon import words
from rashomon.nlp.entities import ents_in

DETERMINERS = words("claim_words.yaml", "name_determiners")
# a person named right after an unnamed spokesperson is that spokesperson only this close
# (characters between the two speakers: two short paragraphs; provenance: news style, where the
# name follows in the next sentence or paragraph)
FIGHTER_MAX_WORDS: int = setting("extract.source_merge", "fighter_max_words")  # data/settings.toml
MIN_STEM: int = setting("extract.source_merge", "min_stem")  # data/settings.toml
SPOKES_GAP: int = setting("extract.source_merge", "spokes_gap")  # data/settings.toml


@functools.cache
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = load_cues_data()["source_merge"]
    titles = frozenset(w.lower() for w in load_cues_data()["speaker_titles"])
    return (titles, frozenset(data["fighter_nouns"]), frozenset(data["movement_words"]),
            frozenset(data["leader_titles"]), frozenset(data["generic_heads"]))


_POSSESSIVE = re.compile(r"^[A-Z][\w-]*['’]s\s+[a-z]")  # "Haiti's transitional …"


@functools.cache
def _own_country() -> re.Pattern[str]:
    """"the country's", "the nation's": the article's own country, as if unqualified."""
    words = "|".join(re.escape(w) for w in load_cues_data()["source_merge"]["own_country_words"])
    return re.compile(rf"^(?:the\s+)?(?:{words})['’]s\s+")


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z][\w’'-]*", text)]


def _written(doc: Doc, d: ClaimDraft) -> str:
    s = d.source
    if s.start is not None and s.end is not None and s.end > s.start:
        return text_of(doc)[s.start:s.end]
    return s.text


def bare_title(text: str) -> bool:
    """"a spokesman", "the spokeswoman", "An official": only speaker titles after a determiner,
    one speaker ("officials", "sources" stay a collective of their own)."""
    titles = _lexicon()[0]
    words = [w.lower() for w in _words(text)]
    while words and words[0] in DETERMINERS:
        words = words[1:]
    return bool(words) and all(w in titles for w in words) and not words[-1].endswith("s")


def fighter_description(text: str) -> tuple[str, ...] | None:
    """The qualifying words of a fighter description ("the Tigrayan rebels" → ("tigrayan",)),
    () for a bare one ("rebels"), None when the words are not a fighter description."""
    fighters = _lexicon()[1]
    words = [w.lower() for w in _words(text)]
    while words and words[0] in DETERMINERS:
        words = words[1:]
    if not words or words[-1] not in fighters or len(words) > FIGHTER_MAX_WORDS:
        return None
    return tuple(w for w in words[:-1] if w not in fighters)


def _spelt_out(doc: Doc, name: str) -> str:
    """The words an acronym stands for in the text ("Tigray People's Liberation Front (TPLF)")."""
    if not is_acronym(name):
        return name
    m = re.search(rf"((?:[A-Z][\w’'-]*\s+(?:(?:of|the|for|and|de)\s+)?){{1,8}})\(\s*{re.escape(name)}\s*\)",
                  text_of(doc))
    return f"{m.group(1).strip()} {name}" if m else name


def _stem(word: str) -> str:
    """"Tigrayan" → "tigray", "Kachin" → "kachin": enough to find the place in a name."""
    w = word.lower()
    for suffix in ("ians", "ian", "ans", "an", "is", "i", "ese", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= MIN_STEM:
            return w[:-len(suffix)]
    return w


def _is_movement(doc: Doc, d: ClaimDraft, actors: ActorGazetteer) -> bool:
    if d.source.kind == "armed_group":
        return True
    if d.source.kind not in {"unknown", "person"} or d.source.kind == "person":
        return False
    movement = _lexicon()[2]
    return any(w.lower() in movement for w in _words(_spelt_out(doc, d.source.name)))


def _head_of_state_office(text: str) -> bool:
    """"Prime Minister Abiy Ahmed's spokeswoman", "President Tshisekedi's office"."""
    leaders = _lexicon()[3]
    m = re.match(r"^(?:the\s+)?(.+?)['’]s\s+(\w+)", text.strip(), re.IGNORECASE)
    if not m:
        return False
    owner = m.group(1).lower()
    return any(owner.startswith(t + " ") for t in leaders)


@functools.cache
def _offices() -> dict[str, tuple[str, ...]]:
    return {str(k).lower(): tuple(str(w).lower() for w in v)
            for k, v in load_cues_data()["source_merge"]["office_bodies"].items()}


def _office_body(d: ClaimDraft, written: str, before: list[ClaimDraft]) -> ClaimDraft | None:
    """The draft before ``d`` whose source holds the local office ``d`` is named by alone
    ("Governor" for "Governor Serhiy Lysak"): one that names the title with its place ("the
    governor of the Dnipropetrovsk region") or the office's body ("the Borno state
    government"), the latest first."""
    if d.source.kind not in {"unknown", "person"}:
        return None
    office = d.source.name.strip().lower()
    words = written.split()
    if office not in _offices() and len(words) >= 2 and words[0] in (w.capitalize() for w in _offices()):
        office = words[0].lower()  # "Governor Oleksandr Prokudin" named as a person: his office
    bodies = _offices().get(office)
    if bodies is None:
        return None
    for b in reversed(before):
        name = b.source.name.lower()
        if name in {office, d.source.name.strip().lower()} or b.source.kind == "person":
            continue
        if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", name) for w in bodies):
            return b
    return None


STATE_KINDS = frozenset({"government", "military"})
_ONE_HOLDER = frozenset({"minister", "secretary", "governor", "mayor", "president", "premier", "commissioner"})
# "the Hamas-led ministry", "the Houthi-run administration": a patron and one body noun
_PATRON_BODY = re.compile(
    r"^(?:[Tt]he\s+)?[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?-(?:run|led|controlled|held)\s+(?P<noun>[a-z]+)$")


def _state_before(drafts: list[ClaimDraft], at: int, doc: Doc, actors: ActorGazetteer) -> StateSource | None:
    """The state body an office or force named without its state ("Information Minister", "Army",
    "a federal military official") stands for: that office of the one state whose government (for
    forces: government or forces) spoke before it ("South Sudan's government", "Cambodia"), else,
    for forces, of the one state whose forces the text named before it ("… accused the South Sudan
    People's Defence Forces …. Army spokesman X said …"); None when no state or two came before."""
    d = drafts[at]
    if d.source.kind not in {"unknown", "person", "official"} or not stateless_office(d.source.name):
        return None
    forces = any(re.search(rf"\b{re.escape(w)}\b", d.source.name.lower()) for w in STATE_FORCE_WORDS)
    # a minister speaks for the government named before; after a state's forces, "the interior
    # ministry" may well be the other side's ("the Israeli military said …; the interior
    # ministry in Gaza said …"); two states named before leave it either's
    states = {b.party for b in drafts[:at] if b.party and b.source.kind in (STATE_KINDS if forces else {"government"})
              and country_speaker(b.party) is not None}
    if len(states) == 1 and (state := office_of(states.pop(), d.source.name, actors)) is not None:
        return state
    # a government that is no country's name ("Yemeni government", the NUG): its minister, when
    # it is the one government named before and no state's (a ministry named before is no government)
    govs = {(b.source.name, b.party) for b in drafts[:at] if b.source.kind == "government" and b.party
            and not re.search(r"\b(?:ministry|office)\b", b.source.name.lower())}
    if not forces and not states and len(govs) == 1:
        name, party = govs.pop()
        return StateSource(name, "government", party)
    if not forces or states:
        return None
    before = text_of(doc)[:d.attribution.speaker_start]
    named = {a.party for _, _, a in actors.named(before, remember=False)
             if a.kind == "military" and a.party and a.country}
    if not named and (last := last_state_forces(before)) is not None and last.code:
        named = {last.party}  # "… said the Nigerian military had failed …"
    return office_of(named.pop(), d.source.name, actors) if len(named) == 1 else None


def _lead_name(drafts: list[ClaimDraft], at: int, names: set[str]) -> str | None:
    """Of ``names``, the one the article's drafts name first, when it is the only one of them
    named before ``at`` (another government named between leaves a bare one either's)."""
    before = {d.source.name for d in drafts[:at] if d.source.name in names}
    return before.pop() if len(before) == 1 else None


@functools.cache
def _movements() -> tuple[str, ...]:
    return tuple(str(w).lower() for w in load_data("actors.yaml").get("shared_movement_names") or ())


def _movement_in(text: str) -> bool:
    return any(m in text.lower() for m in _movements())


def _bare_movement(written: str, text: str) -> bool:
    """Whether a speaker names a shared movement ("a Red Cross official") without saying which
    member ("the International Committee", "ICRC", "the Kenya Red Cross")."""
    words = f"{written} {text}"
    return _movement_in(words) and _MEMBER_NAMED.search(words) is None and _COUNTRY_BEFORE.search(words) is None


_MEMBER_NAMED = re.compile(r"(?i)\b(?:international|committee|federation|society|I[CF]RC)\b")
_COUNTRY_BEFORE = re.compile(r"(?<![\w'’])(?!(?:A|An|The|This|That)\s)[A-Z][\w'’]*\s+Red\s+Cr")


def merge_descriptions(drafts: list[ClaimDraft], doc: Doc, actors: ActorGazetteer) -> list[ClaimDraft]:
    """Apply the module's rules to an article's drafts (in text order)."""
    titles, _, _, _, heads = _lexicon()
    # "it" for the new topic; "the group's spokesman"; "Health Minister X" after "the Ministry of Health"
    out = minister_of_ministry(owned_by_group(topic_pronouns(drafts, doc, actors)))
    written = [_written(doc, d) for d in drafts]
    orgs = [i for i, d in enumerate(out) if d.source.kind != "person" and not bare_title(written[i])
            and fighter_description(written[i]) is None]
    # the spokesperson or office of a head of government: the government
    for i, d in enumerate(out):
        if _head_of_state_office(written[i]) and d.source.kind in {"unknown", "person"}:
            govs = [out[j].source for j in orgs if out[j].source.name.lower().endswith("government")]
            named = max(govs, key=lambda s: len(s.name)) if govs else None
            name = named.name if named is not None else "government"
            out[i] = replace(d, source=replace(d.source, name=name, kind="government"))
    # a bare speaker title: the organisation named as a source just before it
    for i, d in enumerate(out):
        # "the source said" resolved to the source named just before ("a military source in
        # Bol"): already its antecedent's, not the last organisation's (probe7: a military
        # source's quote credited to the presidency)
        if d.source.kind in {"unknown", "person"} and bare_title(written[i]) \
                and (bare_title(d.source.name) or d.source.name == d.source.text):
            before = [j for j in orgs if j < i and not bare_title(written[j])]
            # "an officer who asked not to be named" after "Defence Minister X": no minister's officer
            if before and out[before[-1]].source.name.split()[-1].lower() not in _ONE_HOLDER:
                src = out[before[-1]]
                out[i] = replace(d, source=replace(d.source, name=src.source.name, kind=src.source.kind),
                                 party=src.party)
    # "One of the sources …", "A survivor, NAME, said", "the information team" after its full name
    out = described_speakers(out, written, doc)
    # an office named by its title alone ("Governor X" named "Governor"): the body before it
    for i, d in enumerate(out):
        if (body := _office_body(d, written[i], out[:i])) is not None:
            out[i] = replace(d, source=replace(d.source, name=body.source.name, kind=body.source.kind),
                             party=body.party)
    # a fighter description: the armed group of the article
    movements = [j for j in orgs if _is_movement(doc, out[j], actors)]
    for i, d in enumerate(out):
        quals = fighter_description(written[i])
        if quals is None or d.source.kind not in {"unknown", "armed_group"} or i in movements:
            continue
        fits = [j for j in movements
                if all(_stem(q) in _spelt_out(doc, out[j].source.name).lower() for q in quals)]
        if not fits:
            continue
        before = [j for j in fits if j < i]
        j = before[-1] if before else fits[0]
        out[i] = replace(d, source=replace(d.source, name=out[j].source.name, kind=out[j].source.kind),
                         party=out[j].party)
    # a bare generic name: the article's one qualified name of the same head
    own = _own_country()
    for i, d in enumerate(out):
        name = own.sub("", d.source.name.strip().lower())  # "the country's government": bare
        if name not in heads:
            continue
        every = {o.source.name for o in out if o.source.name.lower().endswith((" " + name, "'s " + name, "’s " + name))
                 and not own.match(o.source.name.lower())}
        # "Ethiopian government"; "Haiti's transitional government": a country's, one word between
        qualified = {n for n in every if len(n.split()) == 2 or (len(n.split()) == 3 and _POSSESSIVE.match(n))}
        if len(qualified) == 1 and len(every) == 1:
            out[i] = replace(d, source=replace(d.source, name=qualified_name(out, i, qualified.pop(), name, doc)))
        elif (lead := _lead_name(out, i, qualified)) is not None:
            # two governments named: the one named before it, when the other comes after ("The
            # Congolese government condemned …; Government spokesman X said …; Uganda's …")
            out[i] = replace(d, source=replace(d.source, name=lead))
    # "the rebel Strategic Framework for the Defence of the People of Azawad (CSP-DPA) said": a
    # body the text names with its acronym in brackets is known by the acronym (as "the LNA")
    text = text_of(doc)
    for i, d in enumerate(out):
        if d.source.kind in {"unknown", "person"} and (short := bracketed_acronym(text, d.source.name)) is not None:
            out[i] = replace(d, source=replace(d.source, name=short, kind="unknown"))
    # "the Hamas-run health ministry in Gaza said …", then "the Hamas-led ministry said …": a body
    # described by its patron and its noun alone is the body with that noun named before, not
    # the patron the gazetteer found in the words
    for i, d in enumerate(out):
        m = _PATRON_BODY.match(written[i].strip())
        if m is None:
            continue
        noun = m.group("noun").lower()
        body = next((b for b in reversed(out[:i]) if b.source.name != d.source.name and not _PATRON_BODY.match(
            b.source.text.strip()) and re.search(rf"\b{re.escape(noun)}\b", f"{b.source.text} {b.source.name}".lower())
            and len(b.source.text.split()) > 2), None)
        if body is not None:
            out[i] = replace(d, source=replace(d.source, name=body.source.name, kind=body.source.kind),
                             party=body.party)
    # "South Sudan's government denied …", then "Information Minister X said …": an office or
    # force named without its state belongs to the state of the last state body before it
    for i, d in enumerate(out):
        if (state := _state_before(out, i, doc, actors)) is not None:
            out[i] = replace(d, source=replace(d.source, name=state.name, kind=state.kind),
                             party=d.party or state.party)
    # "an Afghan police chief", then "the Kabul police chief": one unnamed individual of a
    # national body and the article's one local body of the same head are one source
    demonyms = nationality_words()
    for i, d in enumerate(out):
        parts = d.source.name.split()
        # the speaker's own words name the nationality ("an Afghan police chief"), not a person the
        # gazetteer knows ("an aide to Vladimir Putin": the Russian government, not the US one quoted)
        if len(parts) != 2 or parts[0] not in demonyms or parts[1].lower() not in heads \
                or not written[i].lower().startswith(("a ", "an ")) \
                or parts[0].lower() not in written[i].lower().split():
            continue
        local = {o.source.name for o in out if len(o.source.name.split()) == 2
                 and o.source.name.split()[1] == parts[1] and o.source.name.split()[0] not in demonyms
                 and o.source.name[:1].isupper() and country_speaker(o.source.name.split()[0]) is None}
        if len(local) == 1:
            out[i] = replace(d, source=replace(d.source, name=local.pop()))
    # "the Kenya Red Cross said …", then "a Red Cross official in Moyale said …": the movement's
    # bare name after a national society is that society, not the international committee
    for i, d in enumerate(out):
        if not _bare_movement(written[i], d.source.text):
            continue
        society = next((o.source.name for o in reversed(out[:i]) if o.source.kind == "unknown"
                        and _movement_in(o.source.name) and not _bare_movement(o.source.name, "")), None)
        if society is not None:
            out[i] = replace(d, source=replace(d.source, name=society, kind="unknown"), party=None)
    # "A group representing families of the victims said …", then "The Collective Justice for X
    # said …": a collective described in the lead is the body named right after it
    for i, name in described_groups(out, written, SPOKES_GAP):
        out = [replace(o, source=replace(o.source, name=name, kind="unknown"))
               if o.source.name == out[i].source.name else o for o in out]
    for i, body in ministry_officials(out):  # "Health officials in Gaza" after "the health ministry"
        out[i] = replace(out[i], source=replace(out[i].source, name=body.source.name, kind=body.source.kind),
                         party=body.party)
    # a person named without title right after an unnamed spokesperson of a body
    for i in range(1, len(out)):
        d, prev = out[i], out[i - 1]
        if d.source.kind != "person" or d.source.name != d.source.text or len(d.source.name.split()) < 2:
            continue
        if described_apart(doc, d, titles):
            continue  # "Maria Torres, whose brother was killed, said": a witness of her own, no spokesperson
        pw = written[i - 1].lower().split()
        if not pw or not any(w.strip(",") in titles for w in pw[:3]) or prev.source.kind == "person":
            continue
        if prev.source.name.lower() in heads or bare_title(prev.source.name):
            continue
        # the spokesperson's phrase up to its cue: "The group's spokesman, NAME, said" names him too
        cue = prev.attribution.cue_index
        end = max(prev.attribution.speaker_end, doc[cue].idx if 0 <= cue < len(doc) else 0)
        span = doc.char_span(prev.attribution.speaker_start, end, alignment_mode="expand")
        if span is None or any(e.label_ == "PERSON" for e in ents_in(span)):
            continue  # "LNA spokesman Ahmad al-Mesmari": a named spokesperson, not this one
        if (d.attribution.speaker_start - prev.attribution.speaker_end) > SPOKES_GAP:
            continue
        name = d.source.name
        for k in range(i, len(out)):  # the same person further on ("Mesmari said")
            o = out[k]
            if o.source.kind == "person" and (o.source.name == name or name.endswith(" " + o.source.name)):
                out[k] = replace(o, source=replace(o.source, name=prev.source.name, kind=prev.source.kind),
                                 party=prev.party)
    return story_bodies(out, doc, actors)  # "officials said" in a story set in one country: that country's
