"""Inputs that once broke an invariant (found by the property tests), each with what it must give."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import union_facts

from .invariants import assert_valid_report


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A fraction's numerator was taken again as a bare number listed before the next figure.
        ("百分之5和百分之6", [("百分之5", "5", "%"), ("百分之6", "6", "%")]),
        ("百分之-0、翻一番", [("百分之-0", "0", "%"), ("翻一番", "2", "倍")]),
    ],
)
def test_found_by_fuzzing(text, want):
    report = union_facts.extract(text)
    assert_valid_report(text, report)
    assert [(c.surface, c.value, c.unit) for c in report.claims] == [(s, Decimal(v), u) for s, v, u in want]


# Issue 9: reproducers of exceptions the guarantee does not allow, and of lost precision.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a fraction past the decimal context raised decimal.InvalidOperation
        ("三分之100000000000000000000001", [("三分之100000000000000000000001", "3333333333333333333333366.667", "%")]),
        ("七分之二", [("七分之二", "28.571429", "%")]),
        # a lone surrogate raised UnicodeEncodeError from OpenCC; offsets still point into the input
        ("工会驿站320家\ud800", [("320家", "320", "家")]),
        ("\udcff網(wǎng)站建成驿站\ud800\udfff5家", [("5家", "5", "家")]),
    ],
)
def test_issue_9_exceptions(text, want):
    report = union_facts.extract(text)
    assert_valid_report(text, report)
    assert [(c.surface, c.value, c.unit) for c in report.claims] == [(s, Decimal(v), u) for s, v, u in want]
    assert union_facts.Report.model_validate_json(report.model_dump_json()).claims == report.claims


@pytest.mark.parametrize("value", ["1234567890123.4567", "0.1", "3333333333333333333333366.667", "-3.3"])
def test_issue_9_json_round_trip_is_exact(value):
    # non-integral values were dumped as doubles: 1234567890123.4567 came back ...4568
    claim = union_facts.Claim(surface="x", start=0, end=1, value=Decimal(value), unit="元")
    report = union_facts.Report(text="x", claims=[claim])
    assert union_facts.Report.model_validate_json(report.model_dump_json()) == report


def test_rejections_point_into_the_input_after_removed_pinyin():
    # The grammar's own rejections (name, vague) came back in normalised positions.
    text = "網(wǎng)站有万家灯火，一个人。"
    got = [(text[r.start : r.end], r.reason) for r in union_facts.default_extractor().rejections(text)]
    assert got == [("万家", "name"), ("一个", "vague")]


@pytest.mark.parametrize(
    ("bad", "fix"),
    [
        (memoryview("工会".encode()), r"decode first"),
        (bytearray("工会".encode()), r"decode first"),
        (Path("report.txt"), r"read it first, e\.g\. union_facts\.read_text\('report\.txt'\)"),
        (42, r"not int: pass the document's text"),
        (None, r"not NoneType: pass the document's text"),
    ],
)
def test_a_type_error_names_the_fix(bad, fix):
    with pytest.raises(TypeError, match=fix):
        union_facts.extract(bad)
