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
