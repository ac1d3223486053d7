"""normalize(): metadata, ids, language, warnings, and invariants (hypothesis)."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rashomon.config import Options
from rashomon.ingest import from_text
from rashomon.normalize import content_hash, normalize, normalize_text, outlet_from_url
from rashomon.types import Article, RawDocument, Skipped

OPTIONS = Options()

ENGLISH = (
    "Shells landed near a grain depot outside the river town late on Tuesday, setting two "
    "trucks on fire, the regional governor said. A spokesman for the armed forces said the "
    "army had not fired in the area and blamed the attack on an armed group operating nearby."
)
FRENCH = (
    "Des obus sont tombés mardi soir près d'un dépôt de céréales à la sortie de la ville, "
    "incendiant deux camions, a déclaré le gouverneur de la région. Un porte-parole de "
    "l'armée a affirmé que ses soldats n'avaient pas tiré dans ce secteur et a accusé un "
    "groupe armé présent dans les environs."
)
GERMAN = (
    "Granaten schlugen am Dienstagabend in der Nähe eines Getreidelagers am Rand der Stadt "
    "ein und setzten zwei Lastwagen in Brand, sagte der Gouverneur der Region. Ein Sprecher "
    "der Streitkräfte erklärte, die Armee habe in dem Gebiet nicht geschossen, und machte "
    "eine bewaffnete Gruppe aus der Umgebung verantwortlich."
)


def article_of(raw: RawDocument, options: Options = OPTIONS) -> Article:
    result = normalize(raw, options)
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.example-news.com/world/2020/01/02/story", "example-news.com"),
        ("http://en.example.org/a?b=c", "en.example.org"),
        ("https://WWW.Example.CO.UK:8443/x", "example.co.uk"),
        ("www.example.net/path", "example.net"),
        ("not a url", None),
        ("", None),
        (None, None),
    ],
)
def test_outlet_from_url(url: str | None, outlet: str | None) -> None:
    assert outlet_from_url(url) == outlet


def test_outlet_field_wins_over_url() -> None:
    raw = from_text(ENGLISH, outlet=" Example  Wire ", url="https://www.other.com/x")
    assert article_of(raw).outlet == "Example Wire"
    assert article_of(from_text(ENGLISH, url="https://www.other.com/x")).outlet == "other.com"


def test_id_and_hash() -> None:
    article = article_of(from_text(f"  {ENGLISH}  \n\n\n"))
    digest = hashlib.sha256(ENGLISH.encode()).hexdigest()
    assert article.text == ENGLISH
    assert article.content_hash == digest == content_hash(ENGLISH)
    assert article.id == "a-" + digest[:12]
    assert article_of(from_text(ENGLISH, id="given-7")).id == "given-7"


def test_fields_are_carried_over() -> None:
    raw = RawDocument(
        input="corpus.jsonl:3", text=ENGLISH, format="json", id="x",
        url=" https://example.org/a ", title="  Depot\n shelled ", published="2020-01-02",
        metadata={"section": "world", "warnings": ["decoded as cp1252 (not UTF-8)"]},
    )
    article = article_of(raw)
    assert article.input == "corpus.jsonl:3"
    assert article.url == "https://example.org/a"
    assert article.title == "Depot shelled"
    assert article.published == "2020-01-02"
    assert article.language == "en"
    assert article.metadata == {"section": "world", "format": "json"}
    assert article.warnings == ("decoded as cp1252 (not UTF-8)",)


def test_no_title_stays_none() -> None:
    assert article_of(from_text(ENGLISH)).title is None


def test_only_boilerplate_is_skipped() -> None:
    result = normalize(from_text("Share this article\n\nADVERTISEMENT", id="x"), OPTIONS)
    assert result == Skipped("x", "no text left after removing boilerplate")


def test_too_many_characters_is_skipped() -> None:
    result = normalize(from_text(ENGLISH, id="x"), OPTIONS.with_(max_chars=50))
    assert isinstance(result, Skipped) and "(max_chars)" in result.reason


@pytest.mark.parametrize(("text", "lang"), [(FRENCH, "fr"), (GERMAN, "de")])
def test_unsupported_language_is_skipped(text: str, lang: str) -> None:
    result = normalize(from_text(text, id="x"), OPTIONS)
    assert result == Skipped("x", f"language '{lang}' is not supported (supported: en)")


def test_supported_languages_are_options() -> None:
    article = article_of(from_text(FRENCH), OPTIONS.with_(languages=("en", "fr")))
    assert article.language == "fr"


def test_short_foreign_text_is_analysed_with_a_warning() -> None:
    article = article_of(from_text("Le gouverneur a démenti toute frappe sur la ville."))
    assert article.language in ("fr", None)
    assert any("not supported" in w or "uncertain" in w for w in article.warnings)


def test_uncertain_language_warns() -> None:
    article = article_of(from_text("Kharbat 12:40 — 3 / 7 / 2019 ... 44"))
    assert any("language" in w for w in article.warnings)


def test_english_language() -> None:
    article = article_of(from_text(ENGLISH))
    assert article.language == "en"
    assert article.warnings == ()


# --- invariants ----------------------------------------------------------------------------

LINES = st.sampled_from([
    "", "", "ADVERTISEMENT", "Share this article", "Tweet", "Read more:", "Related",
    "Top Tweets About The Story", "@someone: wow", " date 2020-01-02 ", "* Comment:",
    "Published June 3, 2020", "Updated: March 4th, 2021 10:00 AM IST",
    ENGLISH, "The army denied it.", "Short headline here", "  spaced   out   words  ",
    "Cafe\u0301 \u200bzero", "tab\there", "\u00a0", "Line with a full stop.",
])
TEXTS = st.one_of(
    st.lists(LINES, max_size=12).map("\n".join),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=80),
    st.text(alphabet=" \n\t\r\u00a0\u200b\u2029abcé\u0301.:#*", max_size=60),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(TEXTS)
def test_normalize_text_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert once == once.strip()
    assert "\n\n\n" not in once
    assert "  " not in once
    assert "\u200b" not in once


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(LINES, min_size=1, max_size=10).map("\n".join))
def test_normalizing_an_article_again_changes_nothing(text: str) -> None:
    first = normalize(from_text(text, id="p"), OPTIONS)
    if isinstance(first, Skipped):
        return
    second = normalize(from_text(first.text, id="p"), OPTIONS)
    assert isinstance(second, Article)
    assert second.text == first.text
    assert second.content_hash == first.content_hash
    assert first.content_hash == content_hash(first.text)
