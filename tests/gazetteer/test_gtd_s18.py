"""Open-world resolution, pinned: a town of a conflict no eval set covers, written as news
spells it (transliteration variants: Tal/Tall/Tell, al-/ash-, Deir ez-Zor's five spellings,
Mek'ele/Mekele, Pul-e/Puli), resolves to that town in the article's country; and a namesake
elsewhere stays itself where the article is about its country (the near misses).

Helper gtd, session 18. The GTD Iraq misses of this session (notes/gtd-failures.md) are all
places the gazetteer lacks, none a choice among its places; these sentences, written for this
file about other conflicts, check that the choice stays right wherever the news comes from.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Found = dict[str, tuple[str, str | None, str]]


@pytest.mark.parametrize(("text", "name", "country"), [
    # Syria: article and spelling variants of the skeleton
    ("Turkish drones struck a village near Tal Abyad in northern Syria on Monday.", "Tal Abyad", "SY"),
    ("Kurdish officials said shelling hit Ras al-Ain, Syria, overnight.", "Ras al-Ain", "SY"),
    ("Government forces retook Jisr al-Shughur in Idlib province, Syria.", "Jisr al-Shughur", "SY"),
    ("An airstrike hit a market in Maarat al-Numan, Idlib, Syria.", "Maarat al-Numan", "SY"),
    ("Government troops entered Ma'arat al-Nouman in Syria's Idlib province.", "Ma'arat al-Nouman", "SY"),
    ("Airstrikes hit Dayr az-Zawr city in eastern Syria.", "Dayr az-Zawr", "SY"),
    ("Clashes erupted in Deir Ezzor, eastern Syria.", "Deir Ezzor", "SY"),
    ("Islamic State fighters shelled Deir el-Zour, Syria.", "Deir el-Zour", "SY"),
    ("Militants attacked Al-Mayadeen in eastern Syria.", "Al-Mayadeen", "SY"),
    ("Rebels attacked Tel Rifaat, north of Aleppo, Syria.", "Tel Rifaat", "SY"),
    ("Fighting resumed around Kobani, the Kurdish-held town in northern Syria.", "Kobani", "SY"),
    # Sudan, Ethiopia, Somalia
    ("The RSF shelled Um Kadada in North Darfur, Sudan, residents said.", "Um Kadada", "SD"),
    ("RSF fighters stormed El Geneina, West Darfur, Sudan.", "El Geneina", "SD"),
    ("Shelling hit El-Obeid in North Kordofan, Sudan.", "El-Obeid", "SD"),
    ("Tigrayan forces entered Mekele, Ethiopia.", "Mekele", "ET"),
    ("Eritrean troops were accused of killing civilians in Axum, in Ethiopia's Tigray region.", "Axum", "ET"),
    ("Al-Shabaab claimed an attack on a base near Dhusamareb, Somalia.", "Dhusamareb", "SO"),
    ("Al-Shabaab fighters attacked Belet Weyne, Somalia.", "Belet Weyne", "SO"),
    ("A roadside bomb struck a convoy in Afgoye, Somalia.", "Afgoye", "SO"),
    # Afghanistan, Kashmir, Nigeria, the Caucasus, Myanmar, Colombia
    ("Taliban fighters overran Musa Qala district in Helmand province, Afghanistan.", "Musa Qala", "AF"),
    ("The Taliban captured Pul-e-Khumri, Baghlan province, Afghanistan.", "Pul-e-Khumri", "AF"),
    ("Clashes in Lashkargah, Helmand, Afghanistan, killed 12.", "Lashkargah", "AF"),
    ("Two soldiers were killed in an ambush in Rajouri, Jammu and Kashmir, police said.", "Rajouri", "IN"),
    ("Boko Haram fighters attacked Malam Fatori in Borno state, Nigeria.", "Malam Fatori", "NG"),
    ("Azerbaijani forces entered Stepanakert, the main town of Nagorno-Karabakh.", "Stepanakert", "AZ"),
    ("Junta airstrikes hit Kale in Myanmar's Sagaing region.", "Kale", "MM"),
    ("ELN rebels bombed a pipeline near Saravena, Arauca, Colombia.", "Saravena", "CO"),
    # a namesake abroad is bigger; the article's country decides
    ("Gunmen attacked a checkpoint in Abala, in Niger's Tillaberi region.", "Abala", "NE"),
    ("Fighters shelled Dese, a town in Ethiopia's Amhara region.", "Dese", "ET"),
    ("A bomb exploded in Faizabad, the capital of Badakhshan province, Afghanistan.", "Faizabad", "AF"),
    ("Houthi forces attacked government positions in Al Bayda, Yemen.", "Al Bayda", "YE"),
    ("Islamic State fighters retook Palmyra from Syrian government forces.", "Palmyra", "SY"),
    ("Fighting continued in Hays district, Hodeidah province, Yemen.", "Hays", "YE"),
    ("Boko Haram attacked Mafa in Borno state, Nigeria.", "Mafa", "NG"),
])
def test_a_conflict_town_resolves_in_the_articles_country(read_places: Callable[[str], Found], text: str,
                                                           name: str, country: str) -> None:
    found = read_places(text).get(name)
    assert found is not None, f"{name!r} not read in {text!r}"
    assert found[1] == country and found[2] == "town", found


@pytest.mark.parametrize(("text", "name", "country"), [
    # near misses: the same names in stories about the namesake's own country stay there
    ("A fire destroyed a barn in Palmyra, New York, on Sunday.", "Palmyra", "US"),
    ("Flooding hit Abala in Ethiopia's Afar region on Tuesday.", "Abala", "ET"),
    ("Police in Faizabad, Uttar Pradesh, India, arrested two men.", "Faizabad", "IN"),
    ("Libyan forces deployed in Al Bayda, eastern Libya.", "Al Bayda", "LY"),
    ("A storm hit Hays, Kansas.", "Hays", "US"),
    ("Protesters gathered in Kale, a town in western Turkey.", "Kale", "TR"),
    ("Voters in Dese, in Italy's Veneto region, went to the polls.", "Dese", "IT"),
])
def test_a_namesake_stays_in_its_own_story(read_places: Callable[[str], Found], text: str, name: str,
                                           country: str) -> None:
    found = read_places(text).get(name)
    assert found is not None and found[1] == country, found
