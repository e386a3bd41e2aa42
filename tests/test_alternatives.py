"""Alternations run one pattern at a time (`union_facts.alternatives`) find what the alternation finds."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from union_facts import timed_regex
from union_facts.alternatives import Alternatives
from union_facts.config import Vocabulary
from union_facts.exclusions import _addresses, _alternatives

# Pieces that exclusions, addresses and periods are made of, and text around them.
_PIECES = [
    "第3", "第 12", "十四五", "两学一做", "3届", "五次会议", "前3名", "10周年", "“5·12”", "五一期间", "24小时值守",
    "13812345678", "0812-3456789", "电话：0812 345", "邮编 618000", "ICP备12345号", "AB1234567", "3:2:1",
    "[1]", "图3", "截至9月底", "2024年", "上半年以来", "全年", "汛期期间", "http://a.cn/x_1.pdf", "www.gh.cn", "a@b.cn", "报告.docx", "%E5%B7", "1.5", "320家", "，", "\n", " ",
]  # fmt: skip


def _as_found(matches):
    return [(m.start(), m.end(), m.lastgroup) for m in matches]


@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=14).map("".join), st.data())
def test_separate_patterns_match_as_the_alternation(text, data):
    """Run one by one (for speed), patterns find what their alternation finds: at every start the
    first alternative that matches, overlapped within a window; left to right without overlaps
    over the whole text (the addresses). Checked on the exclusions and on the addresses."""
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    vocab = Vocabulary.default()
    for pieces in (_alternatives(vocab), _addresses(vocab), [f"(?:{p})" for p in vocab.periods]):
        alternation = regex.compile("|".join(pieces), regex.V1)
        separate = Alternatives(pieces)
        assert _as_found(separate.overlapped(text, lo, hi)) == _as_found(
            alternation.finditer(text, lo, hi, overlapped=True)
        )
        assert _as_found(separate.finditer(text)) == _as_found(alternation.finditer(text))
        assert _as_found(separate.finditer(text, lo, hi)) == _as_found(alternation.finditer(text, lo, hi))


_WORDS = st.lists(st.text(alphabet="同比上年去期较计划预$ .A", min_size=1, max_size=4), min_size=1, max_size=6)


@given(_WORDS, st.text(alphabet="同比上年去期较计划预$ .A，", max_size=30), st.data())
def test_word_lists_in_pythons_engine_match_as_in_regex(words, text, data):
    """`timed_regex.literals` (Python's engine, for speed) finds what `regex` finds."""
    pattern = "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    fast, slow = timed_regex.literals(pattern), regex.compile(pattern, regex.V1)
    assert [m.span() for m in fast.finditer(text, lo, hi)] == [m.span() for m in slow.finditer(text, lo, hi)]


@pytest.mark.parametrize("pattern", [r"a|b*", "(a)", "[ab]", "a.b", r"\d", "a|", "^a"])
def test_only_literal_words_go_to_pythons_engine(pattern):
    with pytest.raises(ValueError, match="literal words"):
        timed_regex.literals(pattern)
