"""Value tables for the two converters every claim depends on: `parse_numeral` and the offset map.

Rows are (input, expected): adding a case is adding a row.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from union_facts.normalize import _WIDTH_TABLE, fold_width, normalize
from union_facts.numerals import parse_numeral

# numeral as recognised -> (value, high, vague qualifier), or None: not a quantity
NUMERALS = [
    ("100", ("100", None, None)),
    ("1,234.5", ("1234.5", None, None)),
    ("12,345,678", ("12345678", None, None)),
    ("0.75", ("0.75", None, None)),
    ("-3.9", ("-3.9", None, None)),
    ("１２３", ("123", None, None)),  # full width
    ("3万4000", ("34000", None, None)),
    ("一", ("1", None, None)),
    ("十", ("10", None, None)),
    ("十一", ("11", None, None)),
    ("两百", ("200", None, None)),
    ("一百零一", ("101", None, None)),
    ("一千零五", ("1005", None, None)),
    ("三万五", ("35000", None, None)),
    ("十五万", ("150000", None, None)),
    ("二十万零三百", ("200300", None, None)),
    ("六亿", ("600000000", None, None)),
    ("壹仟贰佰", ("1200", None, None)),  # financial numerals
    ("一点五七", ("1.57", None, None)),
    ("零点五", ("0.5", None, None)),
    ("十几", ("11", "19", "approx")),  # a trailing 几: the range of its digit (issue 13)
    ("几十", ("10", "100", "approx")),  # [10, 100): high is the exclusive top
    ("三十几万", ("300000", None, "over")),
    ("三四十", ("30", "40", "approx")),  # two adjacent digits: a rough range
    ("五六", ("5", "6", "approx")),
    ("七八千", ("7000", "8000", "approx")),
    ("二〇二四", ("2024", None, None)),  # digit by digit (issue 13); a year is told apart by its unit 年
    ("一二三", ("123", None, None)),
    ("1,2345", None),  # a misplaced separator
    ("一点", None),
    ("123456789012345678901234567", None),  # longer than any amount: a code
]


@pytest.mark.parametrize(("text", "expected"), NUMERALS, ids=[t for t, _ in NUMERALS])
def test_parse_numeral(text, expected):
    got = parse_numeral(text)
    if expected is None:
        assert got is None
    else:
        value, high, vague = expected
        assert got is not None
        assert (got.value, got.high, got.vague) == (Decimal(value), None if high is None else Decimal(high), vague)


# original -> (normalised text, [(a normalised substring, the original characters it maps back to)])
OFFSETS = [
    ("網(wǎng)絡建設120個", ("网络建设120个", [("网络", "網(wǎng)絡"), ("120个", "120個")])),  # pinyin note
    ("驛(yì)站(zhàn)320家", ("驿站320家", [("驿", "驛"), ("站", "站"), ("320家", "320家")])),
    ("工会(gōng huì)驿站3家", ("工会驿站3家", [("会驿", "会(gōng huì)驿"), ("3家", "3家")])),
    ("慰问😀(😀)职工30人", ("慰问😀职工30人", [("职工", "职工"), ("😀职", "😀(😀)职")])),  # emoji note
    ("职工\u200b\u200b30人", ("职工30人", [("工3", "工\u200b\u200b3"), ("30人", "30人")])),  # zero width
    ("全年１２３家", ("全年123家", [("123家", "１２３家")])),  # full width
    ("增长１２．５％", ("增长12.5%", [("12.5%", "１２．５％")])),
    ("近1.7萬人", ("近1.7万人", [("1.7万人", "1.7萬人")])),  # script folded in place
    ("A(ā)B", ("A(ā)B", [("(ā)", "(ā)")])),  # a note needs a Chinese character before it
]


@pytest.mark.parametrize(("original", "expected"), OFFSETS, ids=[o for o, _ in OFFSETS])
def test_offset_map(original, expected):
    text, pieces = expected
    norm = normalize(original)
    assert norm.text == text
    for piece, behind in pieces:
        start = text.index(piece)
        lo, hi = norm.span(start, start + len(piece))
        assert original[lo:hi] == behind


_WIDE_SAMPLE = (
    "０１９ＡＺａｚ％．，：；（）　\u00a0\u202f\u2009\u301c\u2236\ufe6a\u2212\u2013\ud800\udfff工会驿站320家 -~"
)


@given(st.text(alphabet=_WIDE_SAMPLE, max_size=40) | st.text(max_size=40))
def test_width_folding_translates_as_the_table(text: str) -> None:
    """fold_width translates only the runs the width table changes: the same text as translate."""
    assert fold_width(text) == text.translate(_WIDTH_TABLE)
