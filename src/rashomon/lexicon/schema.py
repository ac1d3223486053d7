"""The shape of every lexicon file of ``rashomon/data``, checked when it is loaded.

A spec says what a value must be: :data:`WORDS` (a list of strings), :data:`TEXT`,
:data:`INTEGER`, :data:`NUMBER`, :data:`RECORDS` (a list of mappings, such as the gazetteers'
entries, checked by their own readers), :class:`Map` (a mapping whose keys are data, such as
verb → stance) or :class:`Keys` (a mapping with fixed keys; a key ending in ``?`` may be
absent). A value of the wrong shape is a :class:`~rashomon.lexicon.errors.LexiconError` naming
the file and the key. Keys the schema does not name are kept (the test of unread keys finds a
key no code reads, such as a misspelt one).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rashomon.lexicon.errors import LexiconError
from rashomon.lexicon.tracked import ReadMap


@dataclass(frozen=True, slots=True)
class Scalar:
    name: str
    types: tuple[type, ...]
    nullable: bool = False


@dataclass(frozen=True, slots=True)
class ListOf:
    item: Spec


@dataclass(frozen=True, slots=True)
class Map:
    value: Spec


@dataclass(frozen=True, slots=True)
class Keys:
    fields: dict[str, Spec] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AnyValue:
    name: str = "anything"


Spec = Scalar | ListOf | Map | Keys | AnyValue

TEXT = Scalar("a string", (str,))
INTEGER = Scalar("a whole number", (int,))
NUMBER = Scalar("a number", (int, float))
WORDS = ListOf(TEXT)
RECORDS = ListOf(Map(AnyValue()))
NUMBER_OR_NULL = Scalar("a number or null", (int, float), nullable=True)


def _shape(value: Any) -> str:
    return {dict: "a mapping", list: "a list", str: "a string", bool: "true/false"}.get(
        type(value), type(value).__name__)


def check(spec: Spec, value: Any, file: str, path: str = "") -> Any:
    """``value`` checked against ``spec``; fixed-key mappings become :class:`ReadMap`."""
    where = path or "(top level)"
    if isinstance(spec, AnyValue):
        return value
    if isinstance(spec, Scalar):
        if value is None and spec.nullable:
            return value
        if isinstance(value, bool) or not isinstance(value, spec.types):
            raise LexiconError(file, where, f"expected {spec.name}, found {_shape(value)} {value!r}")
        return value
    if isinstance(spec, ListOf):
        if not isinstance(value, list):
            raise LexiconError(file, where, f"expected a list, found {_shape(value)}")
        return [check(spec.item, item, file, f"{path}[{i}]") for i, item in enumerate(value)]
    if not isinstance(value, dict):
        raise LexiconError(file, where, f"expected a mapping, found {_shape(value)}")
    if isinstance(spec, Map):
        return {key: check(spec.value, item, file, f"{path}.{key}" if path else str(key))
                for key, item in value.items()}
    out: dict[str, Any] = {}
    for name, sub in spec.fields.items():
        key, optional = name.rstrip("?"), name.endswith("?")
        if key not in value:
            if not optional:
                raise LexiconError(file, f"{path}.{key}" if path else key, "missing")
            continue
        out[key] = check(sub, value[key], file, f"{path}.{key}" if path else key)
    for key, item in value.items():
        if str(key) not in out:
            out[str(key)] = item  # not in the schema: kept, and reported by the unread-keys test
    return ReadMap(out, file, f"{path}." if path else "")


def unknown_keys(spec: Spec, value: Any, path: str = "") -> list[str]:
    """Keys of fixed-key mappings in ``value`` that ``spec`` does not name (for the test that
    keeps the schemas complete; loading keeps such keys)."""
    if isinstance(spec, ListOf) and isinstance(value, list):
        return [k for i, item in enumerate(value) for k in unknown_keys(spec.item, item, f"{path}[{i}]")]
    if isinstance(spec, Map) and isinstance(value, dict):
        return [k for key, item in value.items() for k in unknown_keys(spec.value, item, f"{path}{key}.")]
    if not isinstance(spec, Keys) or not isinstance(value, dict):
        return []
    named = {name.rstrip("?"): sub for name, sub in spec.fields.items()}
    out = [f"{path}{key}" for key in value if str(key) not in named]
    for key, sub in named.items():
        if key in value:
            out += unknown_keys(sub, value[key], f"{path}{key}.")
    return out


_CASUALTY = Keys({**{k: WORDS for k in ("participles", "intransitive", "nouns", "of_nouns", "counted",
                                          "attributive", "active", "tolls")}, "burial?": WORDS,
                  "counted_only?": WORDS})
_CUE_VERBS = Keys({"asserts": WORDS, "confirms": WORDS, "denies": WORDS, "declines": WORDS,
                   "position?": WORDS, "not_cues?": WORDS, "clausal?": WORDS})
_TRIGGER_GROUPS = Keys({f"{g}?": WORDS for g in ("platforms", "events", "weapons", "cues", "generic")})

SCHEMAS: dict[str, Keys] = {
    "address_words.yaml": Keys({"held_nouns": WORDS, "unit_nouns": WORDS, "list_words": WORDS,
                                "description_articles": WORDS, "description_prepositions": WORDS,
                                "seat_nouns": WORDS, "area_nouns": WORDS, "subunit_nouns": WORDS}),
    "actors.yaml": Keys({"spelling": Map(TEXT), "case_sensitive": WORDS, "affiliation_words": WORDS,
                         "affiliation_modifiers?": WORDS, "named_body_heads?": WORDS,
                         "subnational_units?": WORDS, "specialised_bodies?": WORDS, "state_office_qualifiers?": WORDS,
                         "shared_movement_names?": WORDS, "civil_group_words?": WORDS,
                         "dated_demonyms?": WORDS, "own_ministry_portfolios?": WORDS,
                         "parties": Map(Keys({"words": WORDS, "demonyms?": WORDS})),
                         "actors": RECORDS}),
    "boilerplate.yaml": Keys({"drop_lines": ListOf(Keys({"pattern": TEXT, "max_len?": INTEGER})),
                              "block_headers": WORDS, "tail_headers": WORDS,
                              "page_date_prefix": TEXT, "published_line": TEXT,
                              "updated_line": TEXT, "timezones": Map(TEXT)}),
    "casualty_words.yaml": Keys({
        "killed": _CASUALTY, "injured": _CASUALTY, "both": Keys({"nouns": WORDS}),
        "material_only": WORDS, "list_heads": Keys({"killed": WORDS, "injured": WORDS}),
        "list_include": WORDS, "list_whole": WORDS, "elliptic_joins": WORDS, "revision_words": WORDS,
        "singular_victims": WORDS, "person_nouns": WORDS, "aside_starts": WORDS, "additive": WORDS,
        "cumulative_cues": WORDS, "cumulative_periods": WORDS, "cumulative_since": WORDS, "cumulative_spans": WORDS,
        "cumulative_starts": WORDS,
        "cumulative_beside?": WORDS, "cumulative_wars?": WORDS, "earlier_event_cues?": WORDS,
        "toll_links": WORDS, "toll_rise_links?": WORDS,
        "links": WORDS, "severity": WORDS, "possessives": WORDS, "kin_nouns": WORDS,
        "victim_groups": WORDS, "bare_followers": WORDS, "partial_toll_verbs?": WORDS,
        "modifiers": Keys({"lower_bound": WORDS, "upper_bound": WORDS, "approximate": WORDS}),
        "suffixes": Keys({"lower_bound": WORDS, "approximate": WORDS}),
        "bound_hedges": WORDS, "scales": Map(INTEGER), "besides_words": WORDS, "more_victims": WORDS,
        "vague_quantities": Map(NUMBER_OR_NULL), "zero": WORDS, "no_sign_of": WORDS,
        "number_words": WORDS, "group_nouns": WORDS, "not_before_number": WORDS, "before_year": WORDS,
        "months": WORDS, "units_after": WORDS, "not_victims": WORDS, "stop_words": WORDS, "plural_endings": WORDS,
        "burial_not_before?": WORDS, "weak_revision_words?": WORDS, "earlier_statement_cues?": WORDS,
        "held_statement_cues?": WORDS,
        "part_owners?": WORDS, "part_after?": WORDS,
        "part_before?": WORDS, "part_hospitals?": WORDS, "count_verbs?": WORDS, "count_ongoing?": WORDS,
        "body_status?": WORDS, "wounded_died?": WORDS, "wounded_died_stops?": WORDS,
        "scene_region_nouns?": WORDS, "scene_past_words?": WORDS, "scene_whole_nouns?": WORDS,
        "count_all_verbs?": WORDS, "scene_night_words?": WORDS,
        "scene_back_determiners?": WORDS, "scene_back_nouns?": WORDS,
        "other_act_words": Keys({k: WORDS for k in ("apart", "another", "own_after_the", "new", "last")}),
        "roundup_act_preps?": WORDS, "roundup_act_words?": WORDS, "roundup_bearing_words?": WORDS,
        "roundup_district_nouns?": WORDS, "roundup_shift_phrases?": WORDS, "roundup_look_back?": WORDS,
        "same_speaker_generic?": WORDS, "same_body_prosecution?": WORDS, "roundup_settlement_nouns?": WORDS,
        "roundup_near_words?": WORDS, "roundup_date_links?": WORDS, "roundup_time_units?": WORDS,
        "roundup_relative_words?": WORDS, "roundup_second_act_words?": WORDS, "roundup_name_particles?": WORDS,
        "replaced_toll_words?": WORDS,
        "target_verbs?": WORDS, "target_military_qualifiers?": WORDS, "target_military_heads?": WORDS,
        "target_military_nouns?": WORDS, "target_civilian_nouns?": WORDS, "target_aim_verbs?": WORDS,
        "target_no_military?": WORDS, "target_were_civilians?": WORDS,
        "withheld_verbs?": WORDS, "withheld_nouns?": WORDS, "withheld_decline_words?": WORDS,
        "earlier_event_units": WORDS, "earlier_event_deaths": WORDS, "comparison_superlatives": WORDS,
        "comparison_relatives": WORDS,
        "retaliation_starts": WORDS, "retaliation_links": WORDS,
        "cumulative_fighting?": WORDS, "cumulative_long_units?": WORDS, "cumulative_long_acts?": WORDS,
        "tally_found_verbs?": WORDS,
        "tally_places?": WORDS, "tally_spread?": WORDS, "motive_words?": WORDS,
        "part_nationals?": WORDS, "part_foreigners?": WORDS,
        "side_people": WORDS, "side_losses": WORDS, "side_died": WORDS,
        "parse": Keys({**{k: WORDS for k in ("killed_verbs", "injured_verbs", "intransitive_verbs",
                                              "active_verbs", "not_count_after",
                                              "not_count_after_stems", "accompanying_words")},
                       **{f"{k}?": WORDS for k in ("hospital_verbs", "hospital_nouns", "not_injured_subjects",
                                                   "loss_verbs", "pair_words", "witness_owners")},
                       "ordinals": Map(INTEGER)})}),
    "causes.yaml": Keys({"accident_cues": WORDS, "one_sided_cues?": WORDS}),
    "claim_words.yaml": Keys({k: WORDS for k in (
        "claim_nouns", "estimate_nouns", "relative_words", "relay_cues", "name_determiners",
        "name_leading_words", "name_small_words", "not_bodies", "leading_articles", "own_people", "function_words")}),
    "contested_words.yaml": Keys({k: WORDS for k in (
        "event_nouns", "predicate_before", "contested_words", "predicate_after", "negations",
        "other_subjects", "relatives", "mutual_blame", "either_verbs", "either_parties")}),
    "cues.yaml": Keys({
        "reporting_verbs": _CUE_VERBS, "decline_objects": WORDS, "signature_name_particles": WORDS,
        "rule_words": Map(WORDS),
        "no_response": Keys({"verbs": WORDS, "objects": WORDS}), "decline_phrases": WORDS,
        "denial_content": WORDS, "attack_lemmas": WORDS, "attack_nouns": WORDS, "hedges": WORDS,
        "anaphora": Keys({"person": WORDS, "group": WORDS, "speaker_words?": WORDS}),
        "source_nouns": WORDS, "relay_words?": WORDS, "wire_staff?": WORDS, "not_speaker_nouns?": WORDS,
        "generic_sources": Map(Map(TEXT)), "speaker_titles": WORDS, "territory_preps": WORDS,
        "territory_nouns": WORDS, "inner_territory_nouns": WORDS,
        "inner_territory_preps": WORDS, "territory_actor_nouns": WORDS, "territory_countries": Map(WORDS),
        "incident_words": WORDS, "affiliation_roles?": WORDS, "org_descriptions": WORDS,
        "mission_roles": WORDS, "speaker_ranks?": WORDS,
        "source_merge": Keys({"fighter_nouns": WORDS, "movement_words": WORDS, "own_country_words": WORDS,
                              "leader_titles": WORDS, "generic_heads": WORDS,
                              "office_bodies?": Map(WORDS)}),
        "headline_debunk": Keys({"words": WORDS, "leads": WORDS, "not_after": WORDS,
                                 "adjective_words": WORDS, "story_nouns": WORDS})}),
    "dates.yaml": Keys({"weekdays": WORDS, "months": WORDS, "month_short_forms": WORDS,
                        "ordinal_suffixes": WORDS, "utc_names": WORDS, "time_separator_words": WORDS,
                        "month_leading_words": WORDS, "year_leading_words": WORDS, "years_ago_counts": WORDS,
                        "number_words": Map(INTEGER), "weekday_short_forms": WORDS, "weekday_endings": WORDS,
                        "relative_units": Map(INTEGER), "ago_words": WORDS, "time_word_stems": WORDS,
                        "time_word_endings": WORDS,
                        **{k: WORDS for k in ("day_before_phrases", "same_day_phrases", "weekend_words",
                                              "last_weekend_phrases", "week_before_phrases", "same_week_phrases",
                                              "month_before_phrases", "same_month_phrases", "before_weekday_words",
                                              "filler_words", "hyphen_prefixes", "year_before_phrases",
                                              "reaction_verbs", "date_determiners", "period_start_words",
                                              "period_lead_phrases", "period_span_words", "period_units",
                                              "period_event_clause_words")},
                        "statement_objects?": WORDS, "toll_nouns?": WORDS, "toll_verbs?": WORDS,
                        "question_verbs?": WORDS, "statement_nouns?": WORDS, "harm_verbs?": WORDS}),
    "demonyms.yaml": Keys({"demonyms": Map(WORDS)}),
    "link_words.yaml": Keys({"generic_target_words": WORDS, "not_person_last_words": WORDS,
                            "place_stopwords": WORDS, "site_heads": WORDS, "site_kinds": WORDS,
                            "victim_nouns": WORDS, "victim_modifier_stopwords": WORDS,
                            "name_particles": WORDS, "settlement_nouns": WORDS,
                            "incident_name_heads": WORDS, "incident_name_stopwords": WORDS, "site_qualifiers": WORDS,
                            "area_nouns": WORDS}),
    "party_words.yaml": Keys({"placeholders": WORDS, "proxy_words": WORDS, "branches": Map(TEXT)}),
    "place_words.yaml": Keys({
        **{k: WORDS for k in ("reference_words", "directions", "site_nouns", "sub_place_nouns", "address_nouns",
                              "not_container_words", "container_words", "border_nouns", "time_zone_words",
                              "locative", "speaker_prepositions", "institution_nouns", "branch_nouns",
                              "side_nouns", "depart_verbs", "official_nouns", "disclosure_verbs",
                              "seat_verbs", "government_acts", "lead_site_nouns",
                              "landmark_prepositions", "place_descriptions", "place_verbs")},
        "origin": Keys({k: WORDS for k in ("people", "at_home_people", "verbs", "adverbs", "of_nouns", "in_words")}),
        "command": Keys({k: WORDS for k in ("verbs", "nouns", "carriers")}),
        "destination": Keys({k: WORDS for k in ("prepositions", "holder_prepositions", "verbs", "fled_verbs",
                                                "fled_words", "title_verb_forms", "carry_verbs",
                                                "carried_words", "care_sites", "care_purposes")}),
        "unknown_place": Keys({k: WORDS for k in ("prepositions", "town_nouns", "holder_prepositions",
                                                  "on_prepositions", "on_heads", "after_nouns", "name_particles")}),
        "country_words": Keys({k: WORDS for k in ("capital_nouns", "country_nouns", "compass_words", "part_nouns")}),
        "anaphora": Keys({k: WORDS for k in ("there_words", "same_words", "same_nouns", "settlement_nouns",
                                             "site_nouns", "capital_words", "capital_adjectives")})}),
    "places.yaml": Keys({"country_variants": Map(WORDS), "region_words": WORDS, "direction_words": WORDS,
                         "first_level_words": WORDS, "unit_after_town_words": WORDS, "unit_first_level_words": WORDS,
                         "frame_words": WORDS, "site_words": WORDS, "feature_words": WORDS, "town_site_nouns": WORDS,
                         "not_places": WORDS, "named_after_words": WORDS, "case_sensitive": WORDS,
                         "french_directions": Map(TEXT), "shared_demonyms": Map(WORDS),
                         **{k: WORDS for k in ("region_generic_words", "region_unit_words", "english_position_words",
                                               "adjective_endings")},
                         **{k: WORDS for k in ("place_nouns", "qualified_place_nouns", "address_slot_nouns",
                                               "sub_place_nouns", "border_words", "border_nouns", "function_words",
                                               "country_feature_after", "country_feature_before",
                                               "name_articles", "name_particles", "english_articles",
                                               "name_words", "glued_articles", "state_media_words")},
                         "places": RECORDS, "aliases": RECORDS}),
    "triggers.yaml": Keys({
        "tiers": Keys({g: INTEGER for g in ("platforms", "events", "weapons", "cues", "generic")}),
        "weapon_groups": WORDS, "types": Map(_TRIGGER_GROUPS), "not_triggers": WORDS,
        "ground_attackers?": Keys({"groups": WORDS, "adjectives": WORDS, "verbs": WORDS, "nouns": WORDS}),
        "state_forces?": Keys({"nouns": WORDS, "verbs": WORDS}),
        "suppliers?": Keys({"verbs": WORDS}), "group_units?": WORDS, "answer_preps?": WORDS, "answer_objects?": WORDS,
        "doer_ties?": WORDS, "tied_deeds?": WORDS, "blamed_bodies?": WORDS, "authorship_attributes?": WORDS,
        "blame_predicates?": WORDS, "relief?": Keys({"carriers": WORDS, "cargo": WORDS}),
        "new_groups?": Keys({"not_group_words": WORDS, "violent_verbs": WORDS, "group_words": WORDS}),
        "blame_pointing?": Keys({"verbs": WORDS, "objects": WORDS, "subjects": WORDS}),
        "telling_verbs?": WORDS,
        "responses?": Keys({k: WORDS for k in ("forces", "speakers", "verbs", "men", "strongholds", "operations")}),
        "frames": Keys({"statement_verbs": WORDS, "actor_heads": WORDS, "place_prepositions": Map(NUMBER),
                        "other_incident_cues": WORDS, "caption_cues": WORDS, "target_prepositions": WORDS,
                        "target_pronouns": WORDS, "place_nouns": WORDS, "family_nouns?": WORDS, "time_words": WORDS,
                        "target_verbs": WORDS, "ranked_first_words?": WORDS,
                        "damage_verbs?": WORDS, "burning_verbs?": WORDS, "habitual_adverbs?": WORDS})}),
}
