"""The structure pipeline's steps one by one, table-driven: blocks, header roles, headings."""

from __future__ import annotations

import pytest

from union_facts.structure.blocks import read_blocks
from union_facts.structure.header import date_in, roles, title_span
from union_facts.structure.headings import find_headlines

BLOCKS = [  # text -> the non-chrome blocks
    ("澄江县总工会召开全委会\n1月29日，会议召开。", ["澄江县总工会召开全委会", "1月29日，会议召开。"]),
    (  # a flattened page: cut at field runs, a bare date and inline enumerators
        "梅岭区工会工作总结 2024年1月5日 一、主要工作 新建工会12家。二、下步打算 继续推进。",
        ["梅岭区工会工作总结", "2024年1月5日", "一、主要工作 新建工会12家。", "二、下步打算 继续推进。"],
    ),
    (  # hard wraps joined where a number is cut from its unit, furniture dropped
        "全年新建工会组织12个，新发展会员\n860人，其中快递员210人。\n第1页共3页\n走访困难职工45户，发放慰问金\n9.6万元。",
        ["全年新建工会组织12个，新发展会员\n860人，其中快递员210人。", "走访困难职工45户，发放慰问金\n9.6万元。"],
    ),
    (
        "东篱县工会工作报告\n一、工作回顾\n- 2 -\n东篱县工会工作报告\n二、今后打算",
        ["东篱县工会工作报告", "一、工作回顾", "二、今后打算"],
    ),
]


@pytest.mark.parametrize(("text", "want"), BLOCKS, ids=[t[:10] for t, _ in BLOCKS])
def test_blocks(text, want):
    blocks, _ = read_blocks(text)
    assert [b.text for b in blocks if not b.chrome] == want
    assert all(text[b.start : b.end] == b.text for b in blocks)  # offsets into the text given


ROLES = [  # a header -> roles, title
    (
        "云台工会网\n首页 > 工会动态\n云台市总工会慰问环卫工人\n2024-08-08 来源：市总工会",
        ["site", "chrome", "text", "date"],
        "云台市总工会慰问环卫工人",
    ),
    (
        "情暖新春 关爱同行\n临川区总工会走访困难职工\n——全区送温暖活动综述\n记者 韩雪",
        ["text", "text", "subtitle", "chrome"],
        "临川区总工会走访困难职工",
    ),
    ("各基层工会：", ["addressee"], None),
    ("关于举办2024年青石县职工\n象棋比赛的通知", ["text", "text"], "关于举办2024年青石县职工\n象棋比赛的通知"),
    ("原标题：青石县表彰技术能手_工会动态_青石工会网\n2024/05/18 星期六", ["text", "date"], "青石县表彰技术能手"),
    ("2023年工作回顾", ["heading"], None),
    (
        "岚山市职工队伍统计公报[1]\n岚山市总工会  岚山市统计局\n（2024年3月2日）",
        ["text", "author", "date"],
        "岚山市职工队伍统计公报",
    ),
]


@pytest.mark.parametrize(("text", "want_roles", "want_title"), ROLES, ids=[t[:10] for t, _, _ in ROLES])
def test_header_roles_and_title(text, want_roles, want_title):
    blocks, _ = read_blocks(text)
    rs = roles(blocks)
    assert [r.role for r in rs] == want_roles
    span = title_span(rs, text)
    assert (text[span[0] : span[1]] if span else None) == want_title


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2024年5月18日", "2024-05-18"),
        ("2024.05.18", "2024-05-18"),
        ("二〇二三年十二月二十日", "2023-12-20"),
        ("2024年2月30日", None),
    ],
)
def test_dates(written, iso):
    d = date_in(written)
    assert (d.isoformat() if d else None) == iso


BODY = "全县各级工会深入企业走访，帮助职工解决实际困难，取得良好成效。"
HEADINGS = [  # body -> (headline, level)
    (
        f"一、工作回顾\n（一）强化引领\n{BODY}\n二、今后打算\n{BODY}",
        [("工作回顾", 1), ("强化引领", 2), ("今后打算", 1)],
    ),
    (f"一、主要任务\n1、走访困难职工。\n2、组织技能培训。\n二、工作要求\n{BODY}", [("主要任务", 1), ("工作要求", 1)]),
    (f"建强阵地。{BODY}\n做优服务。{BODY}", [("建强阵地", 1), ("做优服务", 1)]),
    (f"{BODY}\n比赛现场气氛热烈。{BODY}", []),  # a lone lead-in under no heading
    (
        f"一、主要做法\n{BODY[:-1]}。一是建强阵地，扩大覆盖。{BODY}二是做优服务。{BODY}",
        [("主要做法", 1), ("建强阵地，扩大覆盖", 2), ("做优服务", 2)],
    ),
    (f"【工作动态】{BODY}\n【基层风采】{BODY}", [("工作动态", 1), ("基层风采", 1)]),
    (f"问：怎样申请补助？\n答：{BODY}", [("怎样申请补助", 1)]),
    ("一、综合\n人口年末常住人口28万人。\n就业全年新增就业4100人。", [("综合", 1), ("人口", 2), ("就业", 2)]),
    ("下面进行第一项议程，请主席讲话。\n（讲话完毕）\n" + BODY, []),
    ("第一章 总则\n第一条 为规范管理，制定本办法。\n第二条 本办法自发布之日起施行。", [("总则", 1)]),
]


@pytest.mark.parametrize(("text", "want"), HEADINGS, ids=[t[:10] for t, _ in HEADINGS])
def test_headings(text, want):
    blocks, _ = read_blocks(text)
    got = [(text[h.start : h.end], h.level) for h in find_headlines([b for b in blocks if not b.chrome])]
    assert got == want
