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


# Values up to 15 significant digits (any 万/亿 figure in a report) survive JSON exactly.
values = st.decimals(min_value=Decimal("-1e14"), max_value=Decimal("1e14"), places=4, allow_nan=False).map(
    lambda d: Decimal(f"{d:.15g}")
)


@settings(max_examples=200, deadline=None)
@given(value=values, high=st.none() | values)
def test_decimal_values_round_trip(value, high):
    claim = Claim(surface="x", start=0, end=1, value=value, high=high, unit="元", sentence="x")
    _round_trip(Report(text="x", claims=[claim]))


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
