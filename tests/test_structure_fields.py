"""Page chrome as fields (structure.fields), table-driven: which lines are chrome, which parts are."""

from __future__ import annotations

import pytest

from union_facts.structure.fields import chrome_spans

# (line, the chrome parts, whether the whole line is chrome)
CASES = [
    ("记者 王敏", ["记者 王敏"], True),
    ("本报记者 周晓 通讯员 钱锋", ["本报记者 周晓 通讯员 钱锋"], True),
    ("来源：松岭县总工会", ["来源：松岭县总工会"], True),
    ("电话：0839-3262473", ["电话：0839-3262473"], True),
    ("编辑：", ["编辑："], True),
    ("赵兰 责任编辑：孙立", ["赵兰 责任编辑：孙立"], True),
    (
        "2025-06-03 09:12:40 稿件来源:本站原创 编辑:周立校对:钱敏审核:孙杰",
        ["2025-06-03 09:12:40 稿件来源:本站原创 编辑:周立校对:钱敏审核:孙杰"],
        True,
    ),
    (
        "青禾工会网 http://www.example.cn/ 发布时间:2024-05-18 点击量:915",
        ["青禾工会网 http://www.example.cn/ 发布时间:2024-05-18 点击量:915"],
        True,
    ),
    ("首页 > 新闻中心 > 工会动态", ["首页 > 新闻中心 > 工会动态"], True),
    ("当前位置：青禾网 > 要闻", ["当前位置：青禾网 > 要闻"], True),
    ("返回顶部 | 设为首页 | 加入收藏", ["返回顶部 | 设为首页 | 加入收藏"], True),
    ("备案号:青ICP备2022001234号-1", ["备案号:青ICP备2022001234号-1"], True),
    ("北川日报 2023-09-14 16:05 大字", ["北川日报 2023-09-14 16:05 大字"], True),
    ("松岭报社版权所有 未经授权禁止转载", ["松岭报社版权所有 未经授权禁止转载"], True),
    # a line mixing fields and body: only the fields are chrome
    ("发布时间：2024-03-22 来源：县总工会 工会驿站320家。", ["发布时间：2024-03-22", "来源：县总工会"], False),
    ("本报讯 记者王敏 通讯员李华：今年新建驿站12个。", ["记者王敏", "通讯员李华"], False),
    ("河湾网讯(记者 周晓)3月2日起，区总工会走访职工410人。", ["记者 周晓"], False),
    # sentences and titles mentioning a chrome word: body
    ("记者从市总工会获悉，今年全市新建工会驿站320家。", [], False),
    ("记者节里的工会人", [], False),
    ("优秀工会工作者表彰大会召开", [], False),
    ("资金来源于财政拨款，电话回访满意率达98%。", [], False),
    ("本报记者随县总工会一行 从青禾直飞北川讨薪", [], False),
    ("正式发布 样本企业包括青禾机械和北川纺织", [], False),
]


@pytest.mark.parametrize(("line", "parts", "whole"), CASES, ids=[c[0][:12] for c in CASES])
def test_chrome_fields(line, parts, whole):
    spans, got_whole = chrome_spans(line, 0, len(line))
    assert ([line[a:b].strip() for a, b in spans], got_whole) == (parts, whole)
