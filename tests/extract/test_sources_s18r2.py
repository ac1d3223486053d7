"""Round 2 of session 18 (sources): an outlet citing someone in one or two words ("citing
witnesses", "citing local sources") relays them as it does a longer cited phrase; the short
cited words are never widened into "citing witnesses"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "relay", "cited"), [
    ("A car bomb hit a hotel in Mogadishu on Saturday. Radio Shabelle, citing witnesses, reported that "
     "12 people were killed.", "Radio Shabelle", "witnesses"),
    ("Fighters attacked a village near Beni on Sunday. The UN-funded Radio Okapi, citing local sources, said "
     "that 19 civilians were killed.", "Radio Okapi", "local sources"),
    ("An airstrike hit a village near Mandalay on Friday. Radio Free Asia, citing residents, "
     "reported that seven people were killed.", "Radio Free Asia", "residents"),
    ("Gunmen attacked a bus near Djibo on Monday. The Sahel Post newspaper, quoting survivors, said 23 "
     "passengers were killed.", "Sahel Post", "survivors"),
])
def test_an_outlet_citing_a_short_source_relays_it(extract, text: str, relay: str,  # type: ignore[no-untyped-def]
                                                    cited: str) -> None:
    claims = [c for c in extract(text).claims if c.killed is not None]
    assert claims, text
    assert all(relay not in c.source.name and "citing" not in c.source.text.lower() for c in claims)
    assert any(cited in c.source.text for c in claims)
    assert any(relay in " ".join(c.source.via) for c in claims)


@pytest.mark.parametrize("text", [
    # a finite "cited" with a thing for its object is the subject's own reason, not a relay
    "Fighting killed 30 people in Kadugli on Tuesday. The army cited security concerns and said 30 "
    "attackers were killed.",
])
def test_a_cited_reason_is_no_relay(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(text).claims if c.killed is not None]
    assert any("army" in c.source.name.lower() or "military" in c.source.name.lower() for c in claims)


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]):  # type: ignore[no-untyped-def]
    """A hand-built parse (the parser's misreading of a relay, reproduced without the model)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    pos = {"NNP": "PROPN", "NN": "NOUN", "NNS": "NOUN", "VBG": "VERB", "VBD": "VERB", "DT": "DET",
           "JJ": "ADJ", ",": "PUNCT", ".": "PUNCT", "CD": "NUM", "IN": "ADP"}
    lemmas = [{"citing": "cite", "quoting": "quote", "said": "say", "put": "put"}.get(w, w.lower()) for w in words]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=[pos[t] for t in tags], lemmas=lemmas)


@pytest.mark.parametrize(("words", "heads", "deps", "tags", "speaker"), [
    # "The Dawn newspaper, citing a police official, put the toll at 14": "citing" hung on the subject
    (["The", "Dawn", "newspaper", ",", "citing", "a", "police", "official", ",", "put", "the", "toll", "at",
      "14", "."],
     [2, 2, 9, 2, 2, 7, 7, 4, 2, 9, 11, 9, 9, 12, 9],
     ["det", "compound", "nsubj", "punct", "advcl", "det", "compound", "dobj", "punct", "ROOT", "det", "dobj",
      "prep", "pobj", "punct"],
     ["DT", "NNP", "NN", ",", "VBG", "DT", "NN", "NN", ",", "VBD", "DT", "NN", "IN", "CD", "."], "newspaper"),
    # "Radio Tamazuj, quoting witnesses, said …"
    (["Radio", "Tamazuj", ",", "quoting", "witnesses", ",", "said", "12", "died", "."],
     [1, 6, 1, 1, 3, 1, 6, 8, 6, 6],
     ["compound", "nsubj", "punct", "advcl", "dobj", "punct", "ROOT", "nsubj", "ccomp", "punct"],
     ["NNP", "NNP", ",", "VBG", "NNS", ",", "VBD", "CD", "VBD", "."], "Tamazuj"),
])
def test_a_relay_participle_hung_on_its_subject_speaks_for_it(words, heads, deps, tags,  # type: ignore[no-untyped-def]
                                                              speaker) -> None:
    from rashomon.extract.attribution_speaker import find_subject
    doc = _parsed(words, heads, deps, tags)
    cue = next(t for t in doc if t.tag_ == "VBG")
    found = find_subject(cue)
    assert found is not None and found.text == speaker


def test_an_adverbial_participle_of_a_verb_is_no_relay_subject() -> None:
    """"Gunmen, shooting at the crowd, killed 9": no citing participle, nothing to speak for."""
    from rashomon.extract.attribution_speaker import find_subject
    doc = _parsed(["Gunmen", ",", "quoting", "nobody", ",", "fled", "."], [5, 0, 5, 2, 0, 5, 5],
                  ["nsubj", "punct", "advcl", "dobj", "punct", "ROOT", "punct"],
                  ["NNS", ",", "VBG", "NN", ",", "VBD", "."])
    found = find_subject(doc[2])
    assert found is not None and found.text == "Gunmen"  # the verb's own subject, by the usual climb


@pytest.mark.parametrize(("text", "name"), [
    ("PORT-AU-PRINCE, Haiti, March 4 - Gangs stormed the national penitentiary in Haiti's capital on Saturday, "
     "killing at least 12 people. Prime Minister Garry Conille said the attackers would be found.",
     "Haitian government"),
    ("BOGOTA, Jan 17 - A car bomb killed 21 people at a police academy in the Colombian capital on Thursday. "
     "President Ivan Duque said the ELN had carried out the attack.", "Colombian government"),
    ("MOGADISHU, Oct 29 - Two car bombs killed at least 100 people near the education ministry in the Somali "
     "capital on Saturday. President Hassan Sheikh Mohamud said al Shabaab had carried out the attack.",
     "Somali government"),
])
def test_a_head_of_state_named_without_the_state_is_the_story_country(extract, text: str,  # type: ignore[no-untyped-def]
                                                                      name: str) -> None:
    names = {c.source.name for c in extract(text).claims if "said" not in c.source.text}
    assert name in names, names


@pytest.mark.parametrize("text", [
    # another state speaks in the story: a bare "President" may be either's
    "MOGADISHU, Oct 29 - Two car bombs killed at least 100 people in the Somali capital on Saturday. Kenya's "
    "government said its embassy staff were safe. President Hassan Sheikh Mohamud said al Shabaab had carried "
    "out the attack.",
    # no one country sets the story
    "Gunmen killed 12 people at a market on Saturday. President Hassan Sheikh Mohamud said al Shabaab had "
    "carried out the attack.",
])
def test_a_head_of_state_stays_bare_when_the_state_is_unsure(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    names = {c.source.name for c in extract(text).claims}
    assert "Somali government" not in names, names

