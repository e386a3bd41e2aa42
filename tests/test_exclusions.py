"""The exclusion stage alone: `Exclusions.split` keeps claims and names why the rest are not."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from union_facts import Extractor
from union_facts.config import Vocabulary
from union_facts.exclusions import Alternatives, _addresses, _alternatives

CASES = [
    ("柳溪县新建职工书屋14家", [], ["14家"]),
    ("排名前3名的单位获奖励5000元", [("3名", "rank")], ["5000元"]),
    ("青禾区把“三个一”工作法推广到全区", [("三个", "slogan")], []),
    ("本站推荐：加微信领取奖品100元", [("100元", "spam")], []),
    ("来源：柳溪县总工会 编辑：王敏 浏览：35次", [("35次", "boilerplate")], []),  # a line of chrome fields
    ("咨询电话：0812-3456789，共办结诉求35件", [], ["35件"]),  # a field, then body: the body keeps its figure
]


@pytest.mark.parametrize(("text", "rejected", "kept"), CASES)
def test_split_keeps_claims_and_names_the_rest(text, rejected, kept):
    ex = Extractor()
    layout = ex.layout_reader.read(text)
    quantities, _ = ex.finder.find(text)
    got_kept, got_rejected = ex.exclusions.split(text, quantities, layout)
    assert [text[q.start : q.end] for q in got_kept] == kept
    assert [(text[r.start : r.end], r.reason) for r in got_rejected] == rejected
    assert len(got_kept) + len(got_rejected) == len(quantities)


# Pieces that exclusions and addresses are made of, and text around them.
_PIECES = [
    "第3", "第 12", "十四五", "两学一做", "3届", "五次会议", "前3名", "10周年", "“5·12”", "五一期间", "24小时值守",
    "13812345678", "0812-3456789", "电话：0812 345", "邮编 618000", "ICP备12345号", "AB1234567", "3:2:1",
    "[1]", "图3", "http://a.cn/x_1.pdf", "www.gh.cn", "a@b.cn", "报告.docx", "%E5%B7", "1.5", "320家", "，", "\n", " ",
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
    for pieces in (_alternatives(vocab), _addresses(vocab)):
        alternation = regex.compile("|".join(pieces), regex.V1)
        separate = Alternatives(pieces)
        assert _as_found(separate.overlapped(text, lo, hi)) == _as_found(
            alternation.finditer(text, lo, hi, overlapped=True)
        )
        assert _as_found(separate.finditer(text)) == _as_found(alternation.finditer(text))
