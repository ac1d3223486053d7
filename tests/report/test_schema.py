"""The schema accepts what to_dict writes and rejects what breaks the contract."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import jsonschema
import pytest
from tests.report.ledger_fixtures import hostile_ledger, sample_ledger

from rashomon.errors import RashomonError
from rashomon.report.ledger_json import to_dict
from rashomon.report.schema import LedgerSchemaError, ledger_schema, validate_ledger

Doc = dict[str, Any]


def test_schema_is_valid_draft_2020_12() -> None:
    schema = ledger_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    schema["title"] = "changed"  # a fresh copy each call
    assert ledger_schema()["title"] == "rashomon.ledger/1"


@pytest.mark.parametrize("ledger", [sample_ledger(), hostile_ledger()], ids=["sample", "hostile"])
def test_accepts_to_dict_output(ledger: Any) -> None:
    validate_ledger(to_dict(ledger))


def _rename(obj: Doc, old: str, new: str) -> None:
    obj[new] = obj.pop(old)


BREAKAGES: dict[str, tuple[Callable[[Doc], None], str]] = {
    "renamed claim key": (lambda d: _rename(d["claims"][0], "stance", "position"),
                          r"\$\.claims\[0\]"),
    "renamed article key": (lambda d: _rename(d["articles"][0], "outlet", "publisher"),
                            r"\$\.articles\[0\]"),
    "renamed event key": (lambda d: _rename(d["events"][0], "killed", "deaths"),
                          r"\$\.events\[0\]"),
    "bad stance": (lambda d: d["claims"][1].update(stance="claims"),
                   r"\$\.claims\[1\]\.stance"),
    "bad about": (lambda d: d["claims"][1].update(about="weather"), r"claims\[1\]\.about"),
    "bad source kind": (lambda d: d["claims"][0]["source"].update(kind="blogger"),
                        r"source\.kind"),
    "missing events": (lambda d: d.pop("events"), "'events' is a required property"),
    "missing evidence": (lambda d: d["claims"][2].pop("evidence"), "'evidence' is a required"),
    "missing source via": (lambda d: d["claims"][2]["source"].pop("via"), "'via'"),
    "missing perpetrator status": (lambda d: d["events"][0]["perpetrator"].pop("status"),
                                   "'status'"),
    "wrong schema name": (lambda d: d.update(schema="rashomon.ledger/2"), r"\$\.schema"),
    "negative killed": (lambda d: d["claims"][3]["killed"].update(min=-1), r"claims\[3\]\.killed"),
    "string count": (lambda d: d["events"][0]["killed"].update(max="31"), r"killed\.max"),
    "three contradiction ids": (
        lambda d: d["events"][0]["contradictions"][0]["claim_ids"].append("c5"), "claim_ids"),
    "bad country": (lambda d: d["events"][0]["location"].update(country="Iraq"), "country"),
    "bad date": (lambda d: d["events"][0].update(date="10 March 2020"), r"events\[0\]\.date"),
    "bad event type": (lambda d: d["events"][1].update(type="riot"), r"events\[1\]\.type"),
    "hedged not bool": (lambda d: d["claims"][0].update(hedged="no"), "hedged"),
    "confidence above 1": (lambda d: d["claims"][0].update(confidence=1.5), "confidence"),
    "via not a list": (lambda d: d["claims"][5]["source"].update(via="Wire Service"), "via"),
}


@pytest.mark.parametrize("name", list(BREAKAGES))
def test_rejects(name: str) -> None:
    breakage, message = BREAKAGES[name]
    data = copy.deepcopy(to_dict(sample_ledger()))
    breakage(data)
    with pytest.raises(LedgerSchemaError, match=message) as info:
        validate_ledger(data)
    assert isinstance(info.value, RashomonError)
    assert str(info.value).startswith("not a valid rashomon.ledger/1 document at $")


def test_long_values_are_cut_in_messages() -> None:
    data = to_dict(sample_ledger())
    data["articles"][0]["published"] = "x" * 5000
    with pytest.raises(LedgerSchemaError) as info:
        validate_ledger(data)
    assert len(str(info.value)) < 500
