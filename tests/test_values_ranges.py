"""Ranges: one claim for the whole range, whether the unit, multiplier or % is written once or on
both ends; 到 至 - － ～ ~ —; a hyphen between two figures is a range, never a minus.
Rows: (surface, value, high, unit, qualifier, kind, currency)."""

from __future__ import annotations

import pytest

from .value_cases import Case, assert_held_out, check, ids

M, P, C, PCT, ME, D = "money", "people", "count", "percent", "measure", "duration"

CASES: list[Case] = [
    # ---- unit or % on both ends
    ("人均年收入2.9万元至3.1万元", [("2.9万元至3.1万元", 29000, 31000, "元", "exact", M, "CNY")]),
    ("物价涨幅控制在0.7%至1.4%", [("0.7%至1.4%", "0.7", "1.4", "%", "exact", PCT, None)]),
    ("首付比例为30%至40%", [("30%至40%", 30, 40, "%", "exact", PCT, None)]),
    ("每月开展1次至2次", [("1次至2次", 1, 2, "次", "exact", C, None)]),
    ("每人补助1.2万元-1.5万元", [("1.2万元-1.5万元", 12000, 15000, "元", "each", M, "CNY")]),
    ("注册资本1万(含)-5万元", [("1万(含)-5万元", 10000, 50000, "元", "exact", M, "CNY")]),
    ("年增速保持在8%～10%", [("8%～10%", 8, 10, "%", "exact", PCT, None)]),
    ("單戶面積50平方米到60平方米", [("50平方米到60平方米", 50, 60, "平方米", "exact", ME, None)]),
    # ---- a multiplier written once covers the range
    ("奖励金额十八至三十万元", [("十八至三十万元", 180000, 300000, "元", "exact", M, "CNY")]),
    ("预计参观一百二十到一百五十万人", [("一百二十到一百五十万人", 1200000, 1500000, "人", "exact", P, None)]),
    ("总投资3-5亿元", [("3-5亿元", 300000000, 500000000, "元", "exact", M, "CNY")]),
    ("受惠人數1萬8800至3萬9400人", [("1萬8800至3萬9400人", 18800, 39400, "人", "exact", P, None)]),
    ("每场吸引２万～３万人次", [("２万～３万人次", 20000, 30000, "人次", "exact", P, None)]),
    # ---- separators
    ("每组5~8人", [("5~8人", 5, 8, "人", "exact", P, None)]),
    ("课程持续15—20天", [("15—20天", 15, 20, "天", "exact", D, None)]),
    ("每班招收6－8名学员", [("6－8名", 6, 8, "名", "exact", P, None)]),
    ("单价在120元到150元之间", [("120元到150元", 120, 150, "元", "exact", M, "CNY")]),
    # ---- not ranges
    ("2023-2024年度优秀会员", []),
    # the high end below the low end (the long fuzz run found it): the figure before 至 alone
    (
        "覆盖率达百分之百至三十个乡镇",
        [("百分之百", 100, None, "%", "exact", PCT, None), ("三十个", 30, None, "个", "exact", C, None)],
    ),
    ("位列第3-5名", []),
]

HELD_OUT: list[Case] = [
    ("月租金1500元至2000元", [("1500元至2000元", 1500, 2000, "元", "exact", M, "CNY")]),
    ("不良率控制在1.5%-2%", [("1.5%-2%", "1.5", 2, "%", "exact", PCT, None)]),
    ("每周2次到3次", [("2次到3次", 2, 3, "次", "exact", C, None)]),
    ("贷款额度5万元—10万元", [("5万元—10万元", 50000, 100000, "元", "exact", M, "CNY")]),
    ("預計投入八至十億元", [("八至十億元", 800000000, 1000000000, "元", "exact", M, "CNY")]),
    ("年产能２０－３０万吨", [("２０－３０万吨", 200000, 300000, "吨", "exact", ME, None)]),
    ("带动就业3000~5000人", [("3000~5000人", 3000, 5000, "人", "exact", P, None)]),
    ("每期培训10至15天", [("10至15天", 10, 15, "天", "exact", D, None)]),
    ("每亩补贴100元至150元", [("100元至150元", 100, 150, "元", "exact", M, "CNY")]),
    ("目标增速6%至6.5%", [("6%至6.5%", 6, "6.5", "%", "exact", PCT, None)]),
    ("投资二十至三十亿元", [("二十至三十亿元", 2000000000, 3000000000, "元", "exact", M, "CNY")]),
    ("每场3-5千人", [("3-5千人", 3000, 5000, "人", "exact", P, None)]),
]
HELD_OUT_FLOOR = 12  # measured: raise, never lower


@pytest.mark.parametrize(("text", "rows"), CASES, ids=ids(CASES))
def test_range(text, rows):
    check(text, rows)


def test_held_out_ranges():
    assert_held_out("ranges", HELD_OUT, HELD_OUT_FLOOR)
