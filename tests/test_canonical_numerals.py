"""Chinese integers are read without cn2an (0.3 s to import), with cn2an's own values where cn2an
reads the numeral as written; where it does not (二千〇十, 一亿十万), the reading is documented here."""

from __future__ import annotations

from decimal import Decimal

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from union_facts.numerals import parse_numeral


def cn2an_value(text: str) -> Decimal | None:
    """What cn2an makes of an integer in its "normal" mode."""
    try:
        value = cn2an.cn2an(text, "normal")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    if isinstance(value, float) and not value.is_integer():
        return None
    return Decimal(int(value))


def value_of(text: str) -> Decimal | None:
    numeral = parse_numeral(text)
    return numeral.value if numeral is not None and numeral.high is None else None


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
        ("十万亿", 10 * 10**12),  # only multipliers, read positionally (hypothesis found it)
        ("九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九", 10**16 - 1),
        ("一万三", 13_000),
        ("一百十", 110),
        ("三万五千亿", 35 * 10**11),
    ],
)
def test_integers_as_cn2an_reads_them(text, value):
    assert value_of(text) == Decimal(value) == cn2an_value(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("二千〇十", 2010),  # cn2an refuses it
        ("二千零一百", 2100),  # cn2an refuses it
        ("一亿十万", 100_100_000),  # cn2an: 100 000 000, the 十万 lost
        ("一百二十五亿一千", 12_500_001_000),  # cn2an writes it (an2cn, no 零) and refuses to read it
    ],
)
def test_forms_cn2an_misreads(text, value):
    assert value_of(text) == Decimal(value) != cn2an_value(text)


@pytest.mark.parametrize(
    "text", ["千二", "百九", "亿十七四五", "零亿", "六亿三二九〇", "四七八万九亿亿二零八", "八十四万一二"]
)
def test_sequences_no_one_writes_are_not_numerals(text):
    assert parse_numeral(text) is None


@given(st.integers(0, 10**16 - 1), st.sampled_from(["low", "up"]))
def test_every_written_integer_has_its_value(n, style):
    """Every integer as cn2an writes it reads back as itself; cn2an agrees wherever it reads its own
    writing (it writes 一百二十五亿一千 without the 零 its reader wants, and refuses it)."""
    text = cn2an.an2cn(n, style)
    assert value_of(text) == Decimal(n)
    assert cn2an_value(text) in (Decimal(n), None)
