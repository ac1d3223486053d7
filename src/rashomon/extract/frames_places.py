"""The incident's place: which of the places an article names is where it happened.

Every place the gazetteer finds in the headline and the trigger sentences is a vote,
weighted by where it stands (headline > lead > other sentences) and how it is attached
("in"/"near" count more than "from"/"towards"). Some mentions are not places of anything:

* datelines ("BEIRUT (Reuters) -", "Beirut: At least …") say where the story was filed;
* a place that is the subject of a verb or owns an actor noun is an actor by metonymy
  ("Damascus accuses …", "Washington shunts blame …", "Syria's foreign ministry");
* a place followed by "time" is a time zone ("Moscow time").

The votes are then pooled by area: a mention's score is the weight of every mention within
``AREA_KM`` (regions within ``REGION_AREA_KM``) plus half the weight of its country's
mentions, so "an air base near Palmyra … T4 … Homs province … Syria" outvotes one mention of
an Israeli town where something else happened. Inside the winning area the most precise place
wins (exact > town > region); among equals a place described by a landmark first and a
landmark named only as a reference ("southeast of Albu Kamal", "near Palmyra") last:
"al-Harra, southeast of Albu Kamal" is at al-Hari, even where the headline says Albu Kamal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from rashomon.config import setting
from rashomon.extract.casualty_parse import person_nouns
from rashomon.extract.doctext import text_of
from rashomon.extract.event_types import frame_lexicon
from rashomon.extract.frames_text import Sent, evidence, governor, preposition
from rashomon.gazetteer.places import REGION_AREA_KM, PlaceContext, PlaceGazetteer, PlaceHit, distance_km
from rashomon.nlp.entities import ents_in, ents_overlapping
from rashomon.types import Evidence, Location

TITLE_WEIGHT: float = setting("extract.frames_places", "title_weight")  # data/settings.toml
LEAD_WEIGHT: float = setting("extract.frames_places", "lead_weight")  # data/settings.toml
AREA_KM: float = setting("extract.frames_places", "area_km")  # data/settings.toml
SAME_SITE_KM: float = setting("extract.frames_places", "same_site_km")  # data/settings.toml
COUNTRY_SHARE: float = setting("extract.frames_places", "country_share")  # data/settings.toml
SPEAKER_FACTOR: float = setting("extract.frames_places", "speaker_factor")  # data/settings.toml
REFERENCE_WORDS = frozenset({"near", "outside", "of", "from", "between"})  # "southeast of X"
SITE_NOUNS = frozenset({"base", "airbase", "airport", "airfield", "camp", "depot", "barracks",
                        "headquarters", "academy", "school", "college"})
LANDMARK_GAP_CHARS: int = setting("extract.frames_places", "landmark_gap_chars")  # data/settings.toml
LEAD_SENTENCES: int = setting("extract.frames", "lead_sentences")  # one setting with frames.py's lead
CONTAINER_GAP_CHARS: int = setting("extract.frames_places", "container_gap_chars")  # data/settings.toml
NEIGHBOURHOOD_KM: float = setting("extract.frames_places", "neighbourhood_km")  # data/settings.toml
# "X neighbourhood, Y": X is part of the town Y (a "district", "area" or "village" may lie
# anywhere in a governorate named like its capital: "Hawijah district, Kirkuk")
SUB_PLACE_NOUNS = ("neighbourhood", "neighborhood", "quarter", "suburb")
# what names the far side of a border: "on the border with Thailand", "the frontier with Iran"
_FAR_SIDE = re.compile(r"\b(?:border|frontier)s?\s+with\s+(?:the\s+)?$", re.IGNORECASE)
PRECISION_RANK = {"exact": 0, "town": 1, "region": 2, "country": 3, "unknown": 4}
# between a place and the region holding it in an address: ", ", "town, ", " district, "
_ADDRESS_GAP = re.compile(r"(?:\s+(?:town|city|village|district|sub-?district|area|county|"
                          r"locality|municipality))?\s*,\s*")
_DATELINE_AFTER = re.compile(r"^\s*(\(|:|,\s*[A-Z][\w ]+\s*[\u2013\u2014(:-]|\s*[\u2013\u2014-]\s)")
_DATE_PREFIX = re.compile(r"^[\s\w,.:\-/]*\d[\s\w,.:\-/]*$")  # " date 2018-06-18 " before a dateline
# entities a GeoNames town name inside of is part of a name, not a place: "Getachew Reda"
# (Reda, Poland), "the Tripoli Ministry of Health" is an office, "Central Command"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP"})  # a place may be mislabelled as one of these
# labels no address makes a place ("In August, Syria ..."): dates, times, numbers
TIME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
# prepositions that say a mislabelled name is a place: "near al-Qaim" (spaCy: PERSON)
LOCATIVE = frozenset({"in", "near", "at", "outside", "around", "into", "inside", "across", "through",
                      "towards", "toward", "from", "of"})
# Title Case here is a share of the headline's words of 4+ letters (function words left out),
# and only says its capitals prove no name; nlp.truecase rewrites a line for the parser by a
# share of all its words: two decisions on two measures, two settings
TITLE_CASE_SHARE: float = setting("extract.frames_places", "long_word_caps_share")  # data/settings.toml


@dataclass(frozen=True, slots=True)
class PlaceMention:
    text: str
    location: Location
    weight: float
    evidence: Evidence | None  # None for a headline not in the article text
    reference: bool = False  # named as a landmark: "near X", "southeast of X"
    in_title: bool = False
    landmarked: bool = False  # described by a landmark: "al-Harra" in "al-Harra, southeast of X"
    factor: float = 1.0  # of its preposition: "in", "near" > 1 > "from", "towards"


def is_dateline(text: str, start: int, end: int) -> bool:
    """"BEIRUT (Reuters) -", "KYIV, Ukraine —", "Beirut:" at the start of a paragraph (maybe
    after a date stamp)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if before.strip() and not _DATE_PREFIX.match(before):
        return False
    return text[start:end].isupper() or bool(_DATELINE_AFTER.match(text[end:end + 14]))


def _not_a_place(doc: Doc, start: int, end: int) -> bool:
    """Time zones and places used as actors (metonymy)."""
    if re.match(r"\s+time\b", text_of(doc)[end:end + 6], re.IGNORECASE):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    lex = frame_lexicon()
    if root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX"):
        return True  # "Damascus accuses", "Israel fired"
    if root.dep_ == "nsubjpass" and root.head.lemma_.lower() in lex.statement_verbs:
        return True
    if root.dep_ == "poss" and root.head.lower_ in lex.actor_heads:
        return True  # "Syria's foreign ministry"
    # "the Israel military", "Syrian state media" (not "the Al-Hari military base" nor "the
    # T4 air force base": an actor word that itself qualifies a site)
    if root.dep_ in ("compound", "amod") and root.head.lower_ in lex.actor_heads:
        head = root.head
        while head.dep_ in ("compound", "amod") and head.head is not head:
            head = head.head
        return head.lemma_.lower() not in SITE_NOUNS
    return False


def _speaker_place(token: Token) -> bool:
    """Whether a place phrase says where the source of a statement is: "officials in Cairo
    said", "police in Katsina told reporters" (the subject of a statement verb)."""
    if token.dep_ != "pobj" or token.head.pos_ != "ADP" or token.head.lower_ not in ("in", "at"):
        return False
    holder = token.head.head
    return holder.dep_ == "nsubj" and holder.pos_ in ("NOUN", "PROPN") and \
        holder.head.lemma_.lower() in frame_lexicon().statement_verbs


def _attachment(doc: Doc, start: int, end: int) -> tuple[float, bool]:
    """(weight factor, reference?) from the preposition the mention hangs on; where a source
    speaks from weighs SPEAKER_FACTOR of it (the capital its officials sit in is rarely where
    the incident was, the town its local police sit in often near it)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 1.0, False
    prep = preposition(span.root)
    factor = frame_lexicon().place_prepositions.get(prep or "", 1.0)
    if _speaker_place(span.root):
        factor *= SPEAKER_FACTOR
    reference = prep in REFERENCE_WORDS
    if prep == "of":  # "southeast of X" is a reference, "the town of X" is X
        reference = governor(span.root, 1).head.lower_ in _DIRECTIONS or \
            governor(span.root, 1).lower_ in _DIRECTIONS
    return factor, reference


_DIRECTIONS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "kilometres", "kilometers", "km", "miles", "outskirts", "vicinity", "edge", "edges",
})


# "a citizen from Cairo", "a refugee from El Geneina": people the casualty words do not list
# (person_nouns of data/casualty_words.yaml) that a place of origin follows
ORIGIN_PEOPLE = frozenset({"citizen", "national", "refugee", "migrant", "native", "man", "woman",
                           "worker"})
# people usually where they are from when they speak: "a resident from Rafah said"
AT_HOME_PEOPLE = frozenset({"resident", "villager", "witness", "local", "eyewitness"})
ORIGIN_VERBS = frozenset({"hail", "originate"})  # "who hails from Tbilisi"
ORIGIN_ADVERBS = frozenset({"originally", "initially"})  # "a commander originally from Kandahar"


def _person_origin(doc: Doc, start: int, end: int) -> bool:
    """Whether a place is where a person comes from, not where anything happened: "an
    Egyptian citizen from Cairo", "a student from Aleppo who lives in Berlin", "a commander
    originally from Kandahar", "who hails from Tbilisi", "a native of Tigray", "born in Goris".
    One person's home is told to say who they are: the people an incident befalls or who tell
    of it are often far from home; many people "from X" were often met there. An armed actor
    doing the incident ("gunmen from Zamfara kidnapped ...", "fighters from Gaza attacked")
    keeps its place (with the weak weight of "from"): where they come from is often where
    they struck, and nothing better may be named."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(2):
        if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i != tok.i:
            tok = tok.head
    if tok.dep_ != "pobj" or tok.head.pos_ != "ADP":
        return False
    prep, head = tok.head, tok.head.head
    word = prep.lower_
    if word == "of":
        return head.lemma_.lower() == "native" and head.pos_ in ("NOUN", "ADJ")
    if word == "in":
        return head.lower_ == "born"
    if word != "from":
        return False
    if head.lemma_.lower() in ORIGIN_VERBS:
        return True
    originally = any(c.lower_ in ORIGIN_ADVERBS for c in prep.children)
    if head.lower_ in ORIGIN_ADVERBS:
        head, originally = head.head, True
    lemma = head.lemma_.lower()
    if head.pos_ not in ("NOUN", "PROPN", "ADJ") or lemma in AT_HOME_PEOPLE:
        return False
    person = lemma in person_nouns() or lemma in ORIGIN_PEOPLE or head.ent_type_ == "NORP"
    if not person or head.tag_ in ("NNS", "NNPS"):
        return False  # "three people from Samarra" were often taken where they live
    doing = head.dep_ == "nsubj" and head.head.pos_ == "VERB"  # "gunmen from X kidnapped"
    return originally or not doing


def _not_a_name(doc: Doc, start: int, end: int, hit: PlaceHit,
                places: PlaceGazetteer | None = None, *, addressed: bool = False) -> bool:
    """Whether a town or region the gazetteer found is a place here and not a word or part of
    a name. A GeoNames place inside a longer person or organisation name never is; one the
    article does not back (:class:`PlaceContext`) must read as a proper noun to spaCy and not
    be a person's name by itself ("Salem said"): a common word ("Police", "Man") or a given
    name needs the article's backing, and so does a name matched only by its
    transliteration skeleton or as an alternate name ("Command" is not Kamand).

    An entity that adds only words describing the place ("west Samarra", "Kalma district":
    ``places.describes``) is no longer name. A backed place written ``addressed`` (followed by
    ", <region or country that holds it>": "in Umm Dam, Kordofan, Sudan") is a place whatever
    its tag: an address says so."""
    if hit.source not in ("town", "region"):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    locative = span is not None and preposition(span.root) in LOCATIVE
    text = text_of(doc)
    for ent in ents_overlapping(doc, start, end):
        if ent.end_char <= start or ent.start_char >= end or ent.label_ in PLACE_LABELS:
            continue
        if ent.start_char < start or ent.end_char > end:
            covers = ent.start_char <= start and ent.end_char >= end
            extra = [w for w in (text[ent.start_char:start] + " " + text[end:ent.end_char]).split()
                     if w.strip(",.;:")]
            if not (covers and places is not None and all(places.describes(w.strip(",.;:")) for w in extra)):
                return False  # part of a longer name
        # a place by its main name after "in"/"near", backed by the article or known on its
        # own, is a place whatever the tagger calls it ("landed in Mae Sot": WORK_OF_ART)
        placed = locative and hit.form == "main" and (
            hit.supported or (places is not None and places.standalone(hit)))
        if ent.label_ in TIME_LABELS or (ent.label_ not in NAME_LABELS and not addressed and not placed):
            return False  # a date ("August"), a product, an event (unless an address says so)
        if not (hit.supported and (hit.form in ("main", "alternate") or addressed)) and not locative:
            return False  # "Salem said", "Hamas" (Hamm), unless backed or "near al-Qaim"
    if not hit.supported and span is not None and _names_organisation(span):
        return False  # "the Crossings and Border Authority": a word of an office's name
    if hit.supported and (hit.form == "main" or addressed):
        return True
    if span is not None and span.root.lower_ == "city" and len(span) > 1:
        return span[0].pos_ == "PROPN"  # "Gaza city": the name before a lower-case "city"
    if _region_named_so(doc, span, hit, places):
        return True  # "Salahuddin province", "Sagaing region": the unit word says it is a region
    return span is not None and span.root.pos_ == "PROPN"


def _region_named_so(doc: Doc, span: Span | None, hit: PlaceHit, places: PlaceGazetteer | None) -> bool:
    """A capitalised region name that ends in, or is followed by, a word saying it is a region
    ("Salahuddin province", "Sagaing region", "Kaduna state"): the tagger may read the name as a
    verb or make the noun the root, the words still say what it is."""
    if hit.source != "region" or span is None or places is None or not span[0].text[:1].isupper():
        return False
    last = span[-1] if len(span) > 1 else (doc[span.end] if span.end < len(doc) else None)
    return last is not None and places.describes(last.text)


def _names_organisation(span: Span) -> bool:
    """Whether a name the article does not back as a place qualifies an organisation's name
    the tagger cut short: "the Crossings and Border Authority" (ORG: "Border Authority"),
    "the Borders and Customs Authority". The name (or the first of the names it is
    coordinated with) modifies a proper noun of an ORG entity it is no part of."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    return tok.dep_ in ("compound", "nmod", "amod") and head.i != tok.i and \
        not span.start <= head.i < span.end and head.pos_ == "PROPN" and head.ent_type_ == "ORG"


def place_context(doc: Doc, places: PlaceGazetteer) -> PlaceContext:
    """The article's place context, from the mentions that are places in their sentence."""
    return places.context(text_of(doc), keep=lambda hit: _not_a_name(doc, hit.start, hit.end, hit, places))


def _in_organisation(doc: Doc, start: int, end: int) -> bool:
    """A country named inside an organisation's name is part of the name, not the place of
    anything: "the Islamic State of Iraq and the Levant", "Al-Shabaab in Somalia" (one name),
    "US Central Command"."""
    text = text_of(doc)
    for ent in ents_in(doc):
        if ent.label_ != "ORG":
            continue
        if ent.start_char <= start and end <= ent.end_char and (ent.start_char, ent.end_char) != (start, end):
            return True
        if ent.end_char < start and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[ent.end_char:start]):
            return True  # "Islamic State" + " of Iraq" when the tagger cut the name in two
    return False


def _addressed(text: str, hit: PlaceHit, following: list[PlaceHit]) -> bool:
    """Whether a place is written as an address: followed (after at most a word describing it:
    "town", "district") by a comma and places of its own country, the last a region or a
    country ("Shirqat, Saladin", "Kalma district, South Darfur", "Stavky, Donetsk, Ukraine";
    but not "Salem, Sudan's envoy")."""
    country, end = hit.location.country, hit.end
    if not country:
        return False
    for nxt in following:
        if nxt.location.country != country or not _ADDRESS_GAP.fullmatch(text[end:nxt.start]) or \
                text.startswith(("'s", "’s"), nxt.end):
            return False
        if nxt.location.precision in ("region", "country") and nxt.source in ("region", "country", "supplement"):
            return True
        end = nxt.end
    return False


def sentence_places(doc: Doc, sent: Sent, places: PlaceGazetteer, weight: float,
                    context: PlaceContext | None = None) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    hits = places.find(sent.span.text, context)
    for n, hit in enumerate(hits):
        start, end, loc = sent.start + hit.start, sent.start + hit.end, hit.location
        if is_dateline(text_of(doc), start, end) or (
                _not_a_place(doc, start, end) and not _region_named_so(doc, doc.char_span(
                    start, end, alignment_mode="expand"), hit, places)):
            continue  # "Kaduna state" is no "state" actor
        if _FAR_SIDE.search(text_of(doc), max(0, start - 30), start):
            continue  # "Myawaddy, on the border with Thailand": the place is this side of it
        if _person_origin(doc, start, end):
            continue  # "a student from Aleppo": where a person is from, not the incident's place
        if hit.source == "country" and _in_organisation(doc, start, end):
            continue
        addressed = _addressed(sent.span.text, hit, hits[n + 1:])
        if not _not_a_name(doc, start, end, hit, places, addressed=addressed):
            continue
        factor, reference = _attachment(doc, start, end)
        out.append(PlaceMention(text_of(doc)[start:end], loc, weight * factor,
                                evidence(text_of(doc), start, end), reference, factor=factor))
    return _mark_landmarked(text_of(doc), _outside_container(text_of(doc), out))


def lead_places(doc: Doc, sents: list[Sent], mentions: list[PlaceMention], places: PlaceGazetteer,
                context: PlaceContext | None = None) -> list[PlaceMention]:
    """The places of the article's lead (its first sentence that is no caption) when the
    incident's sentences name no place finer than a country. Trigger words miss many verbs of
    violence ("Gunmen kidnapped a journalist in Samarra city, Saladin governorate, Iraq. ...
    Sources attributed the attack to ..."): the lead of a news text says where. The lead is
    the first of the first LEAD_SENTENCES sentences that names a place (a date stamp or a
    dateline may stand alone before it). Only places in a country the incident's sentences
    name (if they name any) are taken."""
    if any(m.location.precision not in ("country", "unknown") for m in mentions):
        return []
    countries = {m.location.country for m in mentions if m.location.country}
    for lead in [s for s in sents if not s.caption][:LEAD_SENTENCES]:
        found = [m for m in sentence_places(doc, lead, places, LEAD_WEIGHT, context)
                 if m.location.precision not in ("country", "unknown")
                 and (not countries or m.location.country in countries)]
        if found:
            return found
    return []


def _container_gap(gap: str) -> str | None:
    """How the text between two place names says the second holds the first: "," (an
    address: "Karma town, Anbar governorate"), "in" ("the Al-Geneina neighbourhood in Rafah",
    "west of Gaza City"); None when it does not (a list, a route, a distance: "60 km south of
    Mosul" says how far, not that it holds it)."""
    if len(gap) > CONTAINER_GAP_CHARS or re.search(r"[.;:!?()\d]|\b(?:and|or|to|from|between|km|"
                                                  r"kilomet|miles)\b", gap, re.IGNORECASE):
        return None
    if re.search(r"\b(?:in|of|inside|within)\b", gap, re.IGNORECASE):
        return "in"
    return "," if "," in gap else None


def _holds(outer: Location, inner: Location, how: str, sub_place: bool) -> bool:
    """Whether ``outer`` can hold ``inner``: never a place of another country; a town only
    the places NEIGHBOURHOOD_KM from it when ``inner`` is written as a neighbourhood of it."""
    if outer.precision == "country" or inner.precision == "country":
        return not outer.country or not inner.country or outer.country == inner.country
    if outer.country and inner.country and outer.country != inner.country:
        return False
    if outer.precision == "region" or not sub_place:
        # regions are too uneven for a radius (Anbar spans 500 km); "Hawijah district,
        # Kirkuk" and "Qayyarah, Mosul" name a governorate or district by its capital
        return True
    return distance_km(outer, inner) <= NEIGHBOURHOOD_KM


def _outside_container(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Drop a place that lies outside the place the text puts it in: "Karaj, Nineveh, Iraq"
    is no Iranian city, "the Al-Nasr neighbourhood, west of Gaza City" no village 30 km away,
    "Al-Ali area, Diyala governorate" no town in India. The holder is the next place of the
    sentence when only an address comma or "in"/"of" stands between them."""
    out: list[PlaceMention] = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and m.evidence is not None and nxt.evidence is not None:
            gap = text[m.evidence.end:nxt.evidence.start]
            how = _container_gap(gap)
            sub_place = bool(re.match(r"\s*(?:" + "|".join(SUB_PLACE_NOUNS) + r")\b", gap, re.IGNORECASE))
            if how is not None and not _holds(nxt.location, m.location, how, sub_place):
                continue
        out.append(m)
    return out


def _mark_landmarked(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A place followed closely by a landmark it is placed by ("al-Harra, southeast of Albu
    Kamal", "Hader near Quneitra") is the finer of the two, whatever their gazetteer precision."""
    out = list(mentions)
    for i in range(len(out) - 1):
        m, nxt = out[i], out[i + 1]
        if m.reference or not nxt.reference or m.evidence is None or nxt.evidence is None:
            continue
        if m.location.name == nxt.location.name:
            continue
        if nxt.evidence.start - m.evidence.end <= LANDMARK_GAP_CHARS and \
                not re.search(r"[.;:!?]", text[m.evidence.end:nxt.evidence.start]):
            out[i] = replace(m, landmarked=True)
    return out


def in_title_case(title: str) -> bool:
    """Whether a headline is in Title Case: TITLE_CASE_SHARE of its words of 4+ letters
    capitalised (short function words left out; see nlp.truecase for the parser's measure)."""
    long_words = [w for w in title.split() if len(w) > 3 and w[:1].isalpha()]
    return bool(long_words) and sum(w[:1].isupper() for w in long_words) >= TITLE_CASE_SHARE * len(long_words)


def title_places(title: str, text: str, places: PlaceGazetteer,
                 context: PlaceContext | None = None, doc: Doc | None = None) -> list[PlaceMention]:
    """Places of the headline; evidence only when the headline is also the text's first line.
    In a Title Case headline capitals say nothing: a town there needs the article's backing;
    in a headline that is not in the text, a town must be known on its own."""
    at = text.find(title) if title else -1
    title_case = in_title_case(title)
    out = []
    for hit in places.find(title, context):
        if hit.source == "town" and title_case and not hit.supported:
            continue
        if hit.source == "town" and at < 0 and not places.standalone(hit):
            continue  # a headline the text does not repeat: no sentence to check a village in
        if doc is not None and at >= 0 and not _not_a_name(doc, at + hit.start, at + hit.end, hit, places):
            continue
        s, e = hit.start, hit.end
        ev = evidence(text, at + s, at + e) if at >= 0 else None
        out.append(PlaceMention(title[s:e], hit.location, TITLE_WEIGHT, ev, in_title=True))
    return out


def in_area(a: Location, b: Location) -> bool:
    """Whether two places can be one incident's place (a country holds its places)."""
    if a.precision == "country" or b.precision == "country":
        return bool(a.country) and a.country == b.country
    if a.name == b.name and a.country == b.country:
        return True
    if a.precision == "exact" and b.precision == "exact":
        return distance_km(a, b) <= SAME_SITE_KM  # two named sites are two places
    radius = REGION_AREA_KM if "region" in (a.precision, b.precision) else AREA_KM
    return distance_km(a, b) <= radius


def choose_place(mentions: list[PlaceMention]) -> tuple[PlaceMention | None, list[PlaceMention]]:
    """The incident's place and the mentions that back it (its area)."""
    if not mentions:
        return None, []
    fine = [m for m in mentions if m.location.precision not in ("country", "unknown")]
    countries = [m for m in mentions if m.location.precision == "country"]
    if not fine:
        totals: dict[str | None, float] = {}
        for m in countries:
            totals[m.location.country] = totals.get(m.location.country, 0.0) + m.weight
        best_country = max(totals, key=lambda c: totals[c])
        area = [m for m in countries if m.location.country == best_country]
        return area[0], area

    def area_score(loc: Location) -> float:
        own = sum(n.weight for n in fine if in_area(loc, n.location))
        return own + COUNTRY_SHARE * sum(c.weight for c in countries if c.location.country == loc.country)

    # once per distinct place: a long article repeats a few places thousands of times (issue 14)
    by_place: dict[Location, float] = {}
    for m in fine:
        if m.location not in by_place:
            by_place[m.location] = area_score(m.location)
    scores = [by_place[m.location] for m in fine]
    top = max(range(len(fine)), key=lambda i: (scores[i], -i))
    area = [m for m in fine if in_area(fine[top].location, m.location)]
    named: dict[tuple[str, str | None], float] = {}
    for m in area:
        key = (m.location.name, m.location.country)
        named[key] = named.get(key, 0.0) + (0.0 if m.reference else m.weight)
    landmarked = {(m.location.name, m.location.country) for m in area if m.landmarked}
    best = min(range(len(area)), key=lambda i: (
        PRECISION_RANK.get(area[i].location.precision, 4),
        (area[i].location.name, area[i].location.country) not in landmarked,
        -named[(area[i].location.name, area[i].location.country)], i))
    backing = area + [c for c in countries if c.location.country == area[best].location.country]
    return area[best], backing
