"""Which of the places the gazetteer finds in a sentence are places of anything there.

The incident-place vote (:mod:`rashomon.extract.frames_places`) counts only mentions that
stand for a place. Some do not:

* datelines ("BEIRUT (Reuters) -", "Beirut: At least …") say where the story was filed;
* a place that is the subject of a verb or owns an actor noun is an actor by metonymy
  ("Damascus accuses …", "Syria's foreign ministry"), and one followed by "time" is a time
  zone ("Moscow time");
* a place one person comes from says who they are ("a student from Aleppo");
* a GeoNames town inside a person's or an organisation's name is part of the name
  ("Getachew Reda", "the Crossings and Border Authority"), and so is a country inside one
  ("the Islamic State of Iraq and the Levant").

The words these tests read are in ``data/place_words.yaml``.
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Doc, Span, Token

from rashomon.extract.casualty_parse import person_nouns
from rashomon.extract.dateline import in_dateline, in_outlet
from rashomon.extract.doctext import text_of
from rashomon.extract.event_types import frame_lexicon
from rashomon.extract.frames_place_institution import institution_after
from rashomon.extract.frames_text import preposition
from rashomon.gazetteer.place_context import demonyms
from rashomon.gazetteer.places import PlaceContext, PlaceGazetteer, PlaceHit
from rashomon.lexicon import alternation, words
from rashomon.nlp.entities import ents_overlapping

logger = logging.getLogger(__name__)
_LEXICON = "place_words.yaml"
SITE_NOUNS = words(_LEXICON, "site_nouns")
_DESCRIPTIONS = words(_LEXICON, "place_descriptions")  # "Kandahar is the heart of …": a place described
_PLACE_VERBS = words(_LEXICON, "place_verbs")  # "Poonch sits on …": a place described
_BE = "be"  # grammar: the copula
LOCATIVE = words(_LEXICON, "locative")  # prepositions that say a mislabelled name is a place
BRANCH_NOUNS = words(_LEXICON, "branch_nouns")  # "al-Qaeda's affiliate in the Sahel"
ORIGIN_PEOPLE = words(_LEXICON, "origin", "people")
AT_HOME_PEOPLE = words(_LEXICON, "origin", "at_home_people")
ORIGIN_VERBS = words(_LEXICON, "origin", "verbs")
ORIGIN_ADVERBS = words(_LEXICON, "origin", "adverbs")
ORIGIN_OF_NOUNS = words(_LEXICON, "origin", "of_nouns")  # "a native of Tigray"
ORIGIN_IN_WORDS = words(_LEXICON, "origin", "in_words")  # "born in Goris"
_TIME_ZONE_WORDS = words(_LEXICON, "time_zone_words")
# month and weekday names (data/dates.yaml): a place name the tagger calls a date holds none
_TIME_NAMES = words("dates.yaml", "months") | words("dates.yaml", "weekdays") | \
    words("dates.yaml", "month_short_forms") | words("dates.yaml", "weekday_short_forms")
_TIME_ZONE = re.compile(r"\s+" + alternation(sorted(_TIME_ZONE_WORDS)) + r"\b", re.IGNORECASE)
_TIME_ZONE_CHARS = 2 + max(map(len, _TIME_ZONE_WORDS))  # " time" and the character after it
# entities a GeoNames town name inside of is part of a name, not a place: "Getachew Reda"
# (Reda, Poland), "the Tripoli Ministry of Health" is an office, "Central Command"
# (spaCy's entity labels: grammar, not vocabulary)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP"})  # a place may be mislabelled as one of these
# labels no address makes a place ("In August, Syria ..."): dates, times, numbers
TIME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
# between a place and the region holding it in an address: ", ", "town, ", " district, "
_ADDRESS_GAP = re.compile(r"(?:\s+" + alternation(sorted(words(_LEXICON, "address_nouns"))) + r")?\s*,\s*")
# a place described in apposition before the place holding it: "Suarez, a town in Cauca",
# "Sotk, a small village in Gegharkunik province"
_DESCRIBED_GAP = re.compile(r"\s*,\s+" + alternation(sorted(words("address_words.yaml", "description_articles")))
                            + r"\s+(?:[a-z-]+\s+){0,2}" + alternation(sorted(words(_LEXICON, "address_nouns")))
                            + r"\s+" + alternation(sorted(words("address_words.yaml", "description_prepositions")))
                            + r"\s+(?:the\s+)?")
# words after a town naming the unit it is the seat of ("Rutshuru territory", "Hpakant township")
_UNIT_AFTER = words(_LEXICON, "address_nouns") | words("address_words.yaml", "held_nouns") | \
    words("address_words.yaml", "unit_nouns") | words("address_words.yaml", "seat_nouns")
_DEST_PREPS = words(_LEXICON, "destination", "prepositions")
_DEST_VERBS = words(_LEXICON, "destination", "verbs")
_HOLDER_PREPS = words(_LEXICON, "destination", "holder_prepositions")  # "the town of X"
_FLED_VERBS = words(_LEXICON, "destination", "fled_verbs")
_FLED_WORDS = words(_LEXICON, "destination", "fled_words")
_ORIGIN_PREP = "from"  # grammar: "families from Nasir"
# movers who are armed men or forces move to attack, not to flee ("gunmen from Zamfara crossed into …")
_ARMED_MOVERS = words("triggers.yaml", "ground_attackers", "groups") | words("triggers.yaml", "frames", "actor_heads")
# in a headline (not parsed): a verb form of flight or movement, at most two words, a preposition
_TITLE_DESTINATION = re.compile(r"\b" + alternation(sorted(words(_LEXICON, "destination", "title_verb_forms")))
                                + r"\s+(?:\w+\s+){0,2}?" + alternation(sorted(_DEST_PREPS))
                                + r"\s+(?:the\s+)?(?:\w+['’]s\s+)?$", re.IGNORECASE)
_TITLE_FLED = re.compile(r"\b" + alternation(sorted(_FLED_WORDS)) + r"\b", re.IGNORECASE)


def is_dateline(text: str, start: int, end: int) -> bool:
    """"BEIRUT (Reuters) -", "KYIV, Ukraine —", "Beirut:" at the start of a paragraph (maybe
    after a date stamp): the place, region or outlet of the dateline (:mod:`.dateline`), the
    outlet also where the story names it again ("(Sahel Wire) … told Sahel Wire"); or a name in
    capitals alone at the head of its line ("KHARTOUM" over a story)."""
    if in_dateline(text, start, end) or in_outlet(text, start, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return text[start:end].isupper() and not text[line_start:start].strip()


def not_a_place(doc: Doc, start: int, end: int) -> bool:
    """Time zones and places used as actors (metonymy)."""
    if _TIME_ZONE.match(text_of(doc)[end:end + _TIME_ZONE_CHARS]):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if _holds_located_noun(doc, span):
        return False  # "at the Zamzam camp, El Fasher, on Sunday": an address, whatever the parse
    root = span.root
    lex = frame_lexicon()
    if root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX"):
        # "Damascus accuses", "Israel fired"; not a place described: "Kandahar is the heart of …",
        # "Alexandria, Egypt's second city, has a long history of attacks"
        return not (any(c.dep_ == "appos" and c.lemma_.lower() in _DESCRIPTIONS for c in root.children)
                    or root.head.lemma_.lower() in _PLACE_VERBS  # "Poonch sits on a bowl of hills"
                    or (root.head.lemma_ == _BE and any(c.dep_ == "attr" and c.lemma_.lower() in _DESCRIPTIONS
                                                        for c in root.head.children)))
    if root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.i > 0 and \
            doc[root.head.i - 1].lower_ in BRANCH_NOUNS:  # the word before "in", however it was parsed
        return True  # "al-Qaeda's affiliate in the Sahel": a group's name, not a place of the incident
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


def person_origin(doc: Doc, start: int, end: int) -> bool:
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
        return head.lemma_.lower() in ORIGIN_OF_NOUNS and head.pos_ in ("NOUN", "ADJ")
    if word == "in":
        return head.lower_ in ORIGIN_IN_WORDS
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



def destination(doc: Doc, start: int, end: int) -> bool:
    """Whether a place is where people went after the incident, not where it happened:
    "refugees crossed into Cameroon's Far North region", "survivors fled to the nearby town of
    Saint-Marc", "the wounded were treated at a hospital in Goma". The place (or the noun it
    qualifies or owns: "Chad's Ouaddai province") hangs on a preposition of ``destination``
    whose verb is one of flight or care, or one of movement ("cross", "arrive") whose movers
    fled ("Hundreds who fled the raid crossed into Chad"; "gunmen crossed into the village"
    is the incident's place). A place one noun further ("a hospital in Goma" after "treated
    at") counts too."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(3):
        if tok.dep_ not in ("compound", "amod", "nmod", "poss") or tok.head.i == tok.i:
            break
        tok = tok.head
    for hop in range(2):  # the place, then the noun it is in ("a hospital in Goma", "the town of X")
        if tok.dep_ != "pobj" or tok.head.pos_ != "ADP" or \
                tok.head.lower_ not in (_DEST_PREPS | _HOLDER_PREPS if hop == 0 else _DEST_PREPS):
            return False
        verb = tok.head.head
        lemma = verb.lemma_.lower()
        if verb.pos_ in ("VERB", "AUX") and tok.head.lower_ not in _HOLDER_PREPS:
            if lemma in _DEST_VERBS:
                return True
            return lemma in _FLED_VERBS and _movers_fled(verb)
        if verb.pos_ not in ("NOUN", "PROPN"):
            return False
        tok = verb
    return False


def _movers_fled(verb: Token) -> bool:
    """Whether the subject of a movement verb are people who fled: a word of flight in the
    subject's phrase ("Hundreds of Nigerians who fled the attack", "refugees"), or people who
    came from a place, no armed men among them ("Hundreds of families from Nasir crossed into
    Ethiopia"; "gunmen from Zamfara crossed into Katsina" are the attackers), or a movement told
    after a verb of flight ("had fled X, many of them arriving in Y")."""
    if verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i and verb.head.lemma_.lower() in _FLED_WORDS:
        # "thousands had fled Palma, many of them arriving in Pemba": the flight goes on
        logger.debug("a movement after a flight: %r", verb.sent.text if logger.isEnabledFor(logging.DEBUG) else "")
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    said = [t for s in subjects for t in s.subtree]
    if any(t.lemma_.lower() in _FLED_WORDS or t.lower_ in _FLED_WORDS for t in said):
        return True
    armed = any(t.lemma_.lower() in _ARMED_MOVERS or t.lower_ in _ARMED_MOVERS for t in said)
    if not armed and any(t.tag_ in ("NNS", "NNPS") and t.dep_ not in ("amod", "compound") and t.lower_ in demonyms()
                         for t in said):
        return True  # "5,000 Ethiopians have crossed into Kenya": a people, not its soldiers, crossing
    return any(t.lower_ == _ORIGIN_PREP and t.dep_ == "prep" for t in said) and \
        not any(t.lemma_.lower() in _ARMED_MOVERS or t.lower_ in _ARMED_MOVERS for t in said)


def fled_from(doc: Doc, start: int, end: int) -> bool:
    """Whether a place is where people fled from, so where the incident was: "Hundreds of
    families from Nasir have crossed into Ethiopia", "thousands of people from Kalehe fled to
    Goma". The place hangs on "from" in the subject of a verb of flight or care (or of movement
    whose movers fled: :func:`_movers_fled`)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    if tok.dep_ != "pobj" or tok.head.lower_ != _ORIGIN_PREP:
        return False
    mover = tok.head.head
    for _ in range(2):  # "families from X", "hundreds of families from X"
        if mover.dep_ in ("nsubj", "nsubjpass") or mover.dep_ != "pobj" or mover.head.pos_ != "ADP":
            break
        mover = mover.head.head
    verb = mover.head
    if mover.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    return lemma in _DEST_VERBS or (lemma in _FLED_VERBS and _movers_fled(verb))


def title_destination(title: str, start: int) -> bool:
    """:func:`destination` for a headline, which is not parsed: a verb form of flight or
    movement and a preposition right before the place ("Nigerians fleeing raid cross into
    Cameroon"), movement only in a headline that says someone fled."""
    before = title[max(0, start - 60):start]
    m = _TITLE_DESTINATION.search(before)
    if m is None:
        return False
    verb = m.group(0).split()[0].lower()
    return bool(_TITLE_FLED.fullmatch(verb)) or bool(_TITLE_FLED.search(title))


def region_named_so(doc: Doc, span: Span | None, hit: PlaceHit, places: PlaceGazetteer | None) -> bool:
    """A capitalised region name that ends in, or is followed by, a word saying it is a region
    ("Salahuddin province", "Sagaing region", "Kaduna state"): the tagger may read the name as a
    verb or make the noun the root, the words still say what it is."""
    if hit.source != "region" or span is None or places is None or not span[0].text[:1].isupper():
        return False
    # the word may end the span ("Salahuddin province") or follow it, also after a name of
    # several words ("West Darfur state", "Central Equatoria state")
    words_ = [span[-1]] if len(span) > 1 else []
    words_ += [doc[span.end]] if span.end < len(doc) else []
    return any(places.describes(t.text) for t in words_)

def not_a_name(doc: Doc, start: int, end: int, hit: PlaceHit,
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
    text = text_of(doc)
    # a preposition of place, an address of a landmark, or a description ("Suarez, a town in
    # Cauca") says the name is a place, whatever the tagger calls it
    locative = span is not None and (preposition(span.root) in LOCATIVE or _holds_located_noun(doc, span)
                                     or bool(_DESCRIBED_GAP.match(text, end)))
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
        if ent.label_ in TIME_LABELS and not (placed and no_time_word(text[start:end])):
            return False  # a date ("In August, Syria ..."), unless a place name after "in" ("in Amhara")
        if ent.label_ not in TIME_LABELS | NAME_LABELS and not addressed and not placed:
            return False  # a product, an event (unless an address says so)
        if not (hit.supported and (hit.form in ("main", "alternate") or addressed)) and not locative:
            return False  # "Salem said", "Hamas" (Hamm), unless backed or "near al-Qaim"
    if not hit.supported and span is not None and _names_organisation(span):
        return False  # "the Crossings and Border Authority": a word of an office's name
    if hit.supported and (hit.form == "main" or addressed):
        return True
    if span is not None and span.root.lower_ == "city" and len(span) > 1:
        return span[0].pos_ == "PROPN"  # "Gaza city": the name before a lower-case "city"
    if region_named_so(doc, span, hit, places):
        return True  # "Salahuddin province", "Sagaing region": the unit word says it is a region
    return span is not None and span.root.pos_ == "PROPN"


def no_time_word(name: str) -> bool:
    """Whether a name holds no digit and no month or weekday name: the tagger's DATE on "in
    Amhara" is a mistake, its DATE on "in August" is not."""
    return not any(ch.isdigit() for ch in name) and not any(w.lower() in _TIME_NAMES for w in name.split())


def _holds_located_noun(doc: Doc, span: Span) -> bool:
    """Whether a name is written as the town of a landmark or a place just named: right after
    "<noun>, " where the noun (a common noun, or a name no gazetteer has) hangs on a locative
    preposition, and itself followed by punctuation or a preposition ("near the Kishishe
    market, Rutshuru, on Monday", "at a checkpoint outside the camp, Goma.", "near Kibumba,
    Goma, on Friday"). The comma makes it an address of what was named before, which lies in
    or by it; "in the attack, Salem said" is no address."""
    i, j = span.start, span.end
    if i < 2 or doc[i - 1].text != "," or j >= len(doc):
        return False
    if doc[j].pos_ not in ("PUNCT", "ADP") and not (doc[j].lower_ in _UNIT_AFTER and j + 1 < len(doc)
                                                    and doc[j + 1].pos_ in ("PUNCT", "ADP")):
        return False  # "Rutshuru territory, on Monday": a word saying what the town's unit is may follow
    noun = doc[i - 2]
    return noun.pos_ in ("NOUN", "PROPN") and preposition(noun) in LOCATIVE


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
    """The article's place context, from the mentions that are places in their sentence, and
    the towns an institution of the story is named after ("Kantharalak hospital said …", "the
    Goma police station"): the institution lies in that town, so the town says where the story
    is, though it is no incident place of its own (:func:`institution_town`)."""
    return places.context(text_of(doc), keep=lambda hit: not_a_name(doc, hit.start, hit.end, hit, places)
                          or institution_town(doc, hit))


def institution_town(doc: Doc, hit: PlaceHit) -> bool:
    """Whether a town starts the name of an institution: an entity (not a place, person or
    people) that goes on after the town with common nouns only, written in lower case or
    nouns of sites ("Kantharalak hospital", "the Bunia general hospital", "Goma Airport");
    "Kabul Bank" or "the Goma Declaration" are names of their own."""
    if hit.source != "town":
        return False
    text = text_of(doc)
    for ent in ents_overlapping(doc, hit.start, hit.end):
        if ent.label_ in PLACE_LABELS | TIME_LABELS or ent.label_ in ("PERSON", "NORP") or ent.start_char != hit.start:
            continue
        rest = text[hit.end:ent.end_char].split()
        if rest and all(w.isalpha() and (w.islower() or w.lower() in SITE_NOUNS) for w in rest):
            return True
    # the name alone tagged (often as a person's: "Kantharalak hospital said"), a noun after it
    return not any(e.end_char > hit.end for e in ents_overlapping(doc, hit.start, hit.end)) and \
        institution_after(text, hit.end)


def is_addressed(text: str, hit: PlaceHit, following: list[PlaceHit]) -> bool:
    """Whether a place is written as an address: followed (after at most a word describing it:
    "town", "district") by a comma and places of its own country, the last a region or a
    country ("Shirqat, Saladin", "Kalma district, South Darfur", "Stavky, Donetsk, Ukraine";
    but not "Salem, Sudan's envoy"), or described before the first of them ("Suarez, a town
    in Cauca")."""
    country, end = hit.location.country, hit.end
    if not country:
        return False
    for n, nxt in enumerate(following):
        gap = text[end:nxt.start]
        joined = _ADDRESS_GAP.fullmatch(gap) or (n == 0 and _DESCRIBED_GAP.fullmatch(gap))
        if nxt.location.country != country or not joined or text.startswith(("'s", "’s"), nxt.end):
            return False
        if nxt.location.precision in ("region", "country") and nxt.source in ("region", "country", "supplement"):
            return True
        end = nxt.end
    return False
