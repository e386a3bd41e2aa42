"""The exclusion stage alone: `Exclusions.split` keeps claims and names why the rest are not."""

from __future__ import annotations

import pytest

from union_facts import Extractor

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
