"""Page structure, table-driven: headlines with levels, titles, dates, sources, page chrome."""

from __future__ import annotations

import datetime as dt

import pytest

import union_facts

BODY = "全市各级工会积极行动，深入企业、社区开展走访，帮助职工解决实际困难，取得良好成效。"

HEADLINE_CASES = [
    (  # parallel lead-ins ended by 。, one running straight into its paragraph
        f"思想引领吹响“冲锋号”。{BODY}\n推优评先树好“风向标”紧扣发展大局，{BODY}\n志愿服务引领“新风尚”。{BODY}",
        [("思想引领吹响“冲锋号”", 1), ("推优评先树好“风向标”", 1), ("志愿服务引领“新风尚”", 1)],
    ),
    (  # numbered headings and lead-in sub-headings
        f"一、综合\n经济总量。{BODY}\n二、农业\n农林牧渔业。{BODY}",
        [("综合", 1), ("经济总量", 2), ("农业", 1), ("农林牧渔业", 2)],
    ),
    (  # three numbering styles, levels by rank
        f"一、工作回顾\n（一）强化思想引领。{BODY}\n1.开展主题宣讲\n{BODY}\n二、工作打算\n{BODY}",
        [("工作回顾", 1), ("强化思想引领", 2), ("开展主题宣讲", 3), ("工作打算", 1)],
    ),
    (f"第一部分 过去一年的工作\n{BODY}", [("过去一年的工作", 1)]),
    (f"一、围绕中心大局，服务高质量发展\n{BODY}", [("围绕中心大局，服务高质量发展", 1)]),
    (f"一、2023年工作回顾\n{BODY}", [("2023年工作回顾", 1)]),
    (f"{BODY}\n强化服务保障\n{BODY}", [("强化服务保障", 1)]),  # a short standalone line
    # not headlines
    (f"{BODY}\n活动现场气氛热烈。{BODY}", []),  # a lone short first sentence
    (f"{BODY}\n1.全年实现地区生产总值382419万元，同比增长7.6%。\n{BODY}", []),  # a numbered sentence
    (f"{BODY}\n活动现场（张三 摄）\n{BODY}", []),  # photo caption
    (f"{BODY}\n粮食作物播种面积及产量情况\n表一 单位:公顷、吨\n指标 | 播种面积 | 产量", []),  # table caption
    (f"{BODY}\n各位代表：\n{BODY}", []),  # salutation
    (f"{BODY}\n郏县总工会党组", []),  # closing byline
    ("一是强化思想引领，二是做好服务保障，三是加强自身建设。", []),  # enumerators inside prose
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_CASES, ids=[c[0][:12] for c in HEADLINE_CASES])
def test_headlines(text, expected):
    got = [(s.headline, s.level) for s in union_facts.extract(text).sections if s.headline]
    assert got == expected


META_CASES = [
    (
        "凝聚职工力量 助创文明城市\n广元工会网 http://www.example.com/  发布时间:2024-03-22  点击量:2286  来源:系统管理\n"
        + BODY,
        ("凝聚职工力量 助创文明城市", dt.date(2024, 3, 22), "广元工会网", 2286),
    ),
    (
        "首页 > 新闻中心 > 工会动态\n市总工会开展送温暖活动\n发布日期：2024-01-25 10:30  来源：市总工会  浏览次数：1536\n"
        + BODY,
        ("市总工会开展送温暖活动", dt.date(2024, 1, 25), "市总工会", 1536),
    ),
    ("通辽市统计局\n(2018年4月16日)\n" + BODY, (None, dt.date(2018, 4, 16), "通辽市统计局", None)),
    (
        "政府工作报告\n——2025年1月12日在某市第十六届人民代表大会第四次会议上\n" + BODY,
        ("政府工作报告", dt.date(2025, 1, 12), None, None),
    ),
    (BODY + "\n2023年9月27日，全国总工会热线正式启用，推动以数字化方式履行维权服务职责。", (None, None, None, None)),
    (
        "新闻热线:028-86696397\n当前位置: 四川经济网 > 文旅 >新闻详情\n活动标题在西昌举行\n" + BODY,
        ("活动标题在西昌举行", None, "四川经济网", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), META_CASES, ids=[c[0][:8] for c in META_CASES])
def test_title_date_source_views(text, expected):
    r = union_facts.extract(text)
    assert (r.title, r.published, r.source, r.views) == expected


def test_chrome_lines_hold_no_claims():
    text = BODY + "\n版权所有：某市总工会  地址：某市中山路100号  邮编：310000  电话：0571-12345678\n"
    r = union_facts.extract(text + "全市建成驿站30家。")
    assert [c.surface for c in r.claims] == ["30家"]
    assert text.index("版权所有") == r.boilerplate[0].start
