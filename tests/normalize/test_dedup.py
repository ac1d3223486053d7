"""Exact and near-duplicate detection (MinHash LSH)."""

from __future__ import annotations

from rashomon.config import Options
from rashomon.ingest import from_text
from rashomon.normalize import Deduplicator, content_hash, normalize
from rashomon.types import Article

OPTIONS = Options()

# A made-up wire story about a made-up town, about 380 words.
WIRE_STORY = """\
Drones struck a fuel convoy on the highway east of Qasr Nahil late on Saturday, killing at \
least nine drivers and wounding four others, according to a local health official.

The official, who asked not to be named because he was not authorised to speak to the press, \
said the bodies had been taken to the town's only hospital, which was struggling to cope with \
the number of wounded arriving through the night.

A regional militia that controls the crossing said in a statement that its own fighters had \
been escorting the convoy and that twelve of them had been killed. It blamed a foreign air \
force for the attack and promised to respond at a time of its choosing.

A spokesman for the foreign coalition operating in the area denied that any of its aircraft \
had flown over the highway that night. "We did not conduct any strikes near Qasr Nahil," the \
spokesman said in an emailed reply to questions, adding that the coalition had no information \
about who was responsible.

A monitoring group based abroad, which relies on a network of sources on the ground, put the \
death toll higher, saying that as many as twenty people had died and that the aircraft could \
not be identified. The group said several of the trucks had been carrying fuel bought from \
traders on the other side of the border.

The highway is the main route between the two countries and has been hit several times over \
the past year. Residents said traffic on the road stopped for most of Sunday while crews \
cleared the burned vehicles and repaired a damaged section of the asphalt near the bridge.

The government of the neighbouring country said it had opened an investigation and called on \
all sides to respect its sovereignty. Its foreign ministry summoned a diplomat to explain the \
presence of unidentified aircraft in the area, a ministry statement said.

Local traders said the price of fuel in the town had almost doubled since the attack, and that \
many families had started to cut wood for heating as the nights grew colder in the valley."""

OTHER_STORY_SAME_TOWN = """\
Farmers around Qasr Nahil are bringing in the largest wheat harvest in a decade after two \
years of good rain, the regional agriculture office said on Thursday.

The office said yields had risen by almost a third compared with last season, and that the \
new grain silo built on the edge of the town would be able to store most of the crop until \
the winter, when prices are usually higher.

Traders in the town market said the arrival of buyers from the capital had pushed up the \
price of flour for local bakeries, which have complained that they are unable to pass the \
higher costs on to their customers.

The agriculture office said it would hand out seed and fertiliser to small farmers before the \
autumn planting, and that a new irrigation canal would be finished by the spring if the \
contractors were paid on time.

Several families who left the town during the fighting of earlier years have returned to \
farm their land, local officials said, although many houses on the outskirts still lack \
electricity and running water, and the school has only three teachers for its pupils."""


def article(text: str, id: str) -> Article:
    result = normalize(from_text(text, id=id), OPTIONS)
    assert isinstance(result, Article), result
    return result


def wire_copy_with_new_first_paragraph() -> str:
    paragraphs = WIRE_STORY.split("\n\n")
    paragraphs[0] = (
        "Follow our live coverage of the region on the app. This copy was distributed by a "
        "partner agency and has been edited for length by the desk of the evening edition."
    )
    return "\n\n".join(paragraphs)


def test_content_hash_is_sha256_hex() -> None:
    assert content_hash("abc") == (
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    )


def test_exact_duplicate() -> None:
    dedup = Deduplicator(OPTIONS)
    assert dedup.add(article(WIRE_STORY, "first")) is None
    assert dedup.add(article("  " + WIRE_STORY.replace("\n\n", "\n\n\n"), "second")) == "first"
    assert len(dedup) == 2


def test_wire_copy_with_different_first_paragraph_is_near_duplicate() -> None:
    dedup = Deduplicator(OPTIONS)
    original = article(WIRE_STORY, "wire")
    copy = article(wire_copy_with_new_first_paragraph(), "copy")
    assert original.content_hash != copy.content_hash
    assert dedup.add(original) is None
    assert dedup.add(copy) == "wire"


def test_different_stories_about_the_same_town_are_not_duplicates() -> None:
    dedup = Deduplicator(OPTIONS)
    assert dedup.add(article(WIRE_STORY, "strike")) is None
    assert dedup.add(article(OTHER_STORY_SAME_TOWN, "harvest")) is None


def test_returns_an_earlier_article_and_every_article_is_added() -> None:
    dedup = Deduplicator(OPTIONS)
    assert dedup.add(article(OTHER_STORY_SAME_TOWN, "harvest")) is None
    assert dedup.add(article(WIRE_STORY, "wire")) is None
    assert dedup.add(article(wire_copy_with_new_first_paragraph(), "copy")) == "wire"
    # a third copy matches one of the earlier two, never itself or the other story
    assert dedup.add(article(WIRE_STORY, "again")) == "wire"
    assert len(dedup) == 4


def test_same_id_twice_does_not_break() -> None:
    dedup = Deduplicator(OPTIONS)
    assert dedup.add(article(WIRE_STORY, "same")) is None
    assert dedup.add(article(OTHER_STORY_SAME_TOWN, "same")) is None


def test_threshold_is_an_option() -> None:
    strict = Deduplicator(OPTIONS.with_(near_duplicate_threshold=1.0))
    assert strict.add(article(WIRE_STORY, "wire")) is None
    assert strict.add(article(wire_copy_with_new_first_paragraph(), "copy")) is None


def test_short_texts() -> None:
    dedup = Deduplicator(OPTIONS)
    assert dedup.add(article("Two rockets hit.", "a")) is None
    assert dedup.add(article("Two rockets hit!", "b")) == "a"  # same words, one shingle
    assert dedup.add(article("Three shells fell.", "c")) is None


def test_the_batched_sketch_equals_one_update_per_shingle() -> None:
    """``minhash`` hashes all shingles in one batch; the sketch is the one-by-one sketch."""
    from datasketch import MinHash

    from rashomon.normalize.dedup import shingles

    dedup = Deduplicator(Options())
    for text in ("RSF drones struck the market in El Fasher on Saturday, killing 12 people.",
                 "Shelling near Goma hit the Mugunga camp; the army blamed M23 and M23 denied it.", ""):
        one_by_one = MinHash(num_perm=dedup._num_perm)
        for shingle in sorted(shingles(text, Options().shingle_words)):
            one_by_one.update(shingle.encode("utf-8"))
        assert (dedup.minhash(text).hashvalues == one_by_one.hashvalues).all()
