"""JSON: lossless round trips and the published JSON Schema."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import union_facts
from union_facts import Claim, Report

from .conftest import dev_documents, needs_dev_set

jsonschema = pytest.importorskip("jsonschema")


@pytest.fixture(scope="module")
def validator():
    schema = union_facts.json_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _round_trip(report: Report) -> None:
    dumped = report.model_dump_json()
    back = Report.model_validate_json(dumped)
    assert back == report
    assert back.model_dump_json() == dumped


def test_sample_report_round_trips(sample_text):
    _round_trip(union_facts.extract(sample_text))


@needs_dev_set
@pytest.mark.parametrize(("doc_id", "text"), dev_documents() or [pytest.param("-", "", marks=pytest.mark.skip)])
def test_dev_reports_round_trip_and_validate(doc_id, text, validator):
    report = union_facts.extract(text)
    _round_trip(report)
    validator.validate(json.loads(report.model_dump_json()))


# Any Decimal survives JSON exactly: up to 28 significant digits, tiny and huge exponents.
values = st.builds(
    lambda digits, exponent: Decimal(digits).scaleb(exponent),
    st.integers(min_value=-(10**28) + 1, max_value=10**28 - 1).map(str),
    st.integers(min_value=-30, max_value=30),
)


@settings(max_examples=300, deadline=None)
@given(value=values, high=st.none() | values)
def test_decimal_values_round_trip(value, high):
    claim = Claim(surface="x", start=0, end=1, value=value, high=high, unit="元", sentence="x")
    _round_trip(Report(text="x", claims=[claim]))


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("1234567890123.4567", '"1234567890123.4567"'),  # a double would give ...4568: exact digits as a string
        ("867.4", "867.4"),
        ("8674000", "8674000"),
        ("1E+40", "1" + "0" * 40),
        ("0.000000000000000000000000000001", "1e-30"),
    ],
)
def test_values_are_written_exactly_and_validate(value, written, validator):
    claim = Claim(surface="x", start=0, end=1, value=Decimal(value), unit="元", sentence="x")
    report = Report(text="x", claims=[claim])
    assert f'"value":{written},' in report.model_dump_json()
    _round_trip(report)
    validator.validate(json.loads(report.model_dump_json()))


def test_a_lone_surrogate_is_written_as_a_replacement_character(validator):
    text = "工会驿站\ud800320家"
    report = union_facts.extract(text)
    record = json.loads(report.model_dump_json())
    assert record["text"] == "工会驿站\ufffd320家"  # UTF-8 cannot carry it; offsets stay the same
    assert [(c["surface"], c["start"]) for c in record["claims"]] == [("320家", 5)]
    validator.validate(record)


def test_schema_accepts_records_and_rejects_broken_ones(sample_text, validator):
    record = json.loads(union_facts.extract(sample_text).model_dump_json())
    validator.validate(record)
    validator.validate({"path": "a.txt", **record})
    for field, bad in [("value", "867.4万"), ("qualifier", "roughly"), ("start", None), ("unit", 3)]:
        broken = json.loads(json.dumps(record))
        broken["claims"][0][field] = bad
        with pytest.raises(jsonschema.ValidationError):
            validator.validate(broken)
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({**record, "published": "22 March"})


def test_schema_describes_every_field():
    schema = union_facts.json_schema()
    assert schema["$schema"].endswith("2020-12/schema")
    assert set(Report.model_fields) | {"path"} == set(schema["properties"])
    assert set(Claim.model_fields) == set(schema["$defs"]["Claim"]["properties"])
