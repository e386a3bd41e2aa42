"""Canonical Chinese integers are read without cn2an (0.3 s to import), with cn2an's own values."""

from __future__ import annotations

from decimal import Decimal

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from union_facts import numerals


def cn2an_value(text: str) -> Decimal | None:
    """What the numeral module made of an integer when it always asked cn2an."""
    try:
        value = cn2an.cn2an(text, "normal")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    if isinstance(value, float) and not value.is_integer():
        return None
    return Decimal(int(value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三十八", 38),
        ("十五", 15),
        ("一百零五", 105),
        ("一千零十", 1010),
        ("二千三百四十五", 2345),
        ("十二万三千", 123_000),
        ("一万零五十", 10_050),
        ("二亿零五百万", 205_000_000),
        ("三千万亿", 3_000 * 10**12),
        ("九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九", 10**16 - 1),
    ],
)
def test_canonical_integers(text, value):
    assert numerals._CANONICAL_INTEGER.fullmatch(text)
    assert numerals._chinese_integer(text) == Decimal(value) == cn2an_value(text)


@pytest.mark.parametrize("text", ["一万三", "一百十", "二千〇十", "一亿十万", "二千零一百", "三万万五"])
def test_irregular_forms_are_left_to_cn2an(text):
    assert not numerals._CANONICAL_INTEGER.fullmatch(text) or any(q in text for q in numerals._CN2AN_QUIRKS)
    assert numerals._chinese_integer(text) == cn2an_value(text)


@given(st.text(alphabet="零〇一二三四五六七八九十百千万亿", min_size=2, max_size=12))
def test_same_value_as_cn2an(text):
    if any(c in numerals.CN_MULTIPLIERS for c in text) and not all(c in numerals.CN_MULTIPLIERS for c in text):
        assert numerals._chinese_integer(text) == cn2an_value(text)
