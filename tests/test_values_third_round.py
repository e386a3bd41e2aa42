"""Figure families a third blind set found (own sentences, invented figures): a table column named
by what it counts (件数, 人数, 户数: its cells take 件, 人, 户), a row of cells that each name their
figure under a caption's unit (行政复议 | 结果维持 2 | 结果纠正 1), a table row's last cell that must
not take a unit from the next line (“总计 | 3” above “本年度……”), measure words of training and
trials (学时, 课时, 组), a period of months (前十个月, 首十個月: when, not how much), and figures in
a WeChat article's list of earlier posts (往期推荐), which is page chrome. Rows: (surface, value,
high, unit, qualifier, kind, currency).
"""

from __future__ import annotations

import pytest

from .value_cases import Case, assert_held_out, check, ids

P, C, D, M = "people", "count", "duration", "money"

CASES: list[Case] = [
    # a column named by what it counts
    (
        "信息内容 | 本年制发件数 | 本年废止件数\n规范性文件 | 14 | 3\n",
        [("14", 14, None, "件", "exact", C, None), ("3", 3, None, "件", "exact", C, None)],
    ),
    (
        "街道\t参保人数\t参保户数\n东城街道\t3200\t860\n西城街道\t2750\t712\n",
        [
            ("3200", 3200, None, "人", "exact", P, None),
            ("860", 860, None, "户", "exact", C, None),
            ("2750", 2750, None, "人", "exact", P, None),
            ("712", 712, None, "户", "exact", C, None),
        ],
    ),
    # a row's last cell stays in its row
    (
        "二、申请办理情况（单位：件）\n项目 | 总计\n本年新收申请 | 137\n本年度未发生行政诉讼案件。\n",
        [("137", 137, None, "件", "exact", C, None)],
    ),
    (
        "行政复议 | 维持 2 | 纠正 1 | 总计 3\n本年度未收取信息处理费。\n",
        [],
    ),
    # a row of labelled cells under a caption's unit (a disclosure report's 行政复议 row)
    (
        "四、行政复议、行政诉讼情况（单位：件）\n行政复议 | 结果维持 2 | 结果纠正 1 | 总计 3\n",
        [
            ("2", 2, None, "件", "exact", C, None),
            ("1", 1, None, "件", "exact", C, None),
            ("3", 3, None, "件", "exact", C, None),
        ],
    ),
    (
        "（单位：人）\n参训人员 | 男职工 120 | 女职工 86\n",
        [("120", 120, None, "人", "exact", P, None), ("86", 86, None, "人", "exact", P, None)],
    ),
    # measure words of training and trials
    ("员工人均培训时长46学时。", [("46学时", 46, None, "学时", "exact", D, None)]),
    ("团队反复试验了200余组焊接参数。", [("200余组", 200, None, "组", "over", C, None)]),
    # a period of months is when, not how much
    ("今年前十个月新增城镇就业1.2万人。", [("1.2万人", 12000, None, "人", "exact", P, None)]),
    ("首十個月共錄得職位空缺12萬個。", [("12萬個", 120000, None, "个", "exact", C, None)]),
    # earlier posts of a WeChat account are chrome
    (
        "本次活动共发放慰问品500份。\n\n往期推荐\n▶ 第三届“江城工匠”评选揭晓，28人榜上有名\n▶ 全市首批15家职工书屋名单公布\n",
        [("500份", 500, None, "份", "exact", C, None)],
    ),
]

HELD_OUT: list[Case] = [
    (
        "（单位：户）\n困难职工 | 城镇 45 | 农村 32 | 合计 77\n",
        [
            ("45", 45, None, "户", "exact", C, None),
            ("32", 32, None, "户", "exact", C, None),
            ("77", 77, None, "户", "exact", C, None),
        ],
    ),
    (
        "单位 | 会员人数 | 入会户数\n第一分会 | 640 | 210\n",
        [("640", 640, None, "人", "exact", P, None), ("210", 210, None, "户", "exact", C, None)],
    ),
    (
        "三、复议诉讼情况（单位：件）\n类别 | 数量\n行政诉讼 | 5\n本年度无败诉案件。\n",
        [("5", 5, None, "件", "exact", C, None)],
    ),
    ("全年开展安全培训累计1200课时。", [("1200课时", 1200, None, "课时", "exact", D, None)]),
    ("今年前三个月全市接待游客860万人次。", [("860万人次", 8600000, None, "人次", "exact", P, None)]),
    (
        "全年帮扶困难职工320户。\n\n往期精选\n▶ 12家企业获评模范职工之家\n",
        [("320户", 320, None, "户", "exact", C, None)],
    ),
]

HELD_OUT_FLOOR = 6  # measured: raise, never lower


@pytest.mark.parametrize(("text", "rows"), CASES, ids=ids(CASES))
def test_third_round_family(text, rows):
    check(text, rows)


def test_held_out_third_round():
    assert_held_out("third-round families", HELD_OUT, HELD_OUT_FLOOR)
