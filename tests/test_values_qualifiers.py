"""Qualifier words (under/over), vague numerals 几/数, tenths 成 and price ratios 折.

Conventions (README, claim table): 数十/几十 -> [10, 100) approx (``high`` is the exclusive top:
the next power of ten); a trailing 几 is the range of its digit (十几 -> [11, 19], approx); a 几 before
a multiplier keeps the round figure with ``over`` (三十几万 -> 300000, over); 几个/几次 alone invent
no value. 成 is tenths (八成 -> 80 %); 折 a price ratio (八折 -> 80 %, 七五折 -> 75 %), kind percent.
Rows: (surface, value, high, unit, qualifier, kind, currency).
"""

from __future__ import annotations

import pytest

from .value_cases import Case, assert_held_out, check, ids

M, P, C, PCT, ME, D = "money", "people", "count", "percent", "measure", "duration"

CASES: list[Case] = [
    # ---- under
    ("单笔报销不超过5000元", [("5000元", 5000, None, "元", "under", M, "CNY")]),
    ("管理费率不高于3%", [("3%", 3, None, "%", "under", PCT, None)]),
    ("每组人数小于10人", [("10人", 10, None, "人", "under", P, None)]),
    ("登记失业率低于2.5%", [("2.5%", "2.5", None, "%", "under", PCT, None)]),
    ("每期学员控制在50人以内", [("50人", 50, None, "人", "under", P, None)]),
    ("單次補助不超過三千元", [("三千元", 3000, None, "元", "under", M, "CNY")]),
    # ---- over and at_least
    ("优良天数比例高于80%", [("80%", 80, None, "%", "over", PCT, None)]),
    ("单套面积大于100平方米", [("100平方米", 100, None, "平方米", "over", ME, None)]),
    ("职工满意度不低于90%", [("90%", 90, None, "%", "at_least", PCT, None)]),
    ("每年开展培训不少于20次", [("20次", 20, None, "次", "at_least", C, None)]),
    ("项目历时3个多月", [("3个多月", 3, None, "月", "over", D, None)]),
    # ---- 几 / 数: no invented value
    ("几个月来，工会干部走遍了全县", []),
    ("数十家企业参与招聘", [("数十家", 10, 100, "家", "approx", C, None)]),
    ("建成数百个职工之家", [("数百个", 100, 1000, "个", "approx", C, None)]),
    ("十几人组成宣讲团", [("十几人", 11, 19, "人", "approx", P, None)]),
    ("筹集数千万元资金", [("数千万元", 10000000, 100000000, "元", "approx", M, "CNY")]),
    ("动员二十几个社区参与", [("二十几个", 21, 29, "个", "approx", C, None)]),
    ("几十名志愿者连夜集结", [("几十名", 10, 100, "名", "approx", P, None)]),
    ("走访了几家企业", []),
    ("募集三十几万元", [("三十几万元", 300000, None, "元", "over", M, "CNY")]),
    ("吸引數萬人次觀展", [("數萬人次", 10000, 100000, "人次", "approx", P, None)]),
    # ---- 成: tenths
    ("八成职工参加了体检", [("八成", 80, None, "%", "exact", PCT, None)]),
    ("超过三成企业建立工会", [("三成", 30, None, "%", "over", PCT, None)]),
    ("签约率达九成以上", [("九成", 90, None, "%", "over", PCT, None)]),
    ("近两成岗位面向高校毕业生", [("两成", 20, None, "%", "nearly", PCT, None)]),
    ("逾七成受訪者表示滿意", [("七成", 70, None, "%", "over", PCT, None)]),
    ("制度一成不变", []),
    ("新吸收三成员单位", []),
    ("八成员工参加了培训", [("八成", 80, None, "%", "exact", PCT, None)]),
    ("新建成五个服务站", [("五个", 5, None, "个", "exact", C, None)]),
    # ---- 折: price ratio
    ("会员购票享受八折优惠", [("八折", 80, None, "%", "exact", PCT, None)]),
    ("商户对职工打七五折", [("七五折", 75, None, "%", "exact", PCT, None)]),
    ("折合人民币3820元", [("人民币3820元", 3820, None, "元", "exact", M, "CNY")]),
]

HELD_OUT: list[Case] = [
    ("项目资本金比例不超过30%", [("30%", 30, None, "%", "under", PCT, None)]),
    ("排队时间小于15分钟", [("15分钟", 15, None, "分钟", "under", D, None)]),
    ("覆盖率高于95%", [("95%", 95, None, "%", "over", PCT, None)]),
    ("每季度服务不少于４次", [("４次", 4, None, "次", "at_least", C, None)]),
    ("数百名职工参加长跑", [("数百名", 100, 1000, "名", "approx", P, None)]),
    ("十几家单位联合举办", [("十几家", 11, 19, "家", "approx", C, None)]),
    ("几天来，救援队连续作战", []),
    ("幾十個社區參與", [("幾十個", 10, 100, "个", "approx", C, None)]),
    ("六成以上职工参保", [("六成", 60, None, "%", "over", PCT, None)]),
    ("近四成家庭受益", [("四成", 40, None, "%", "nearly", PCT, None)]),
    ("门票打九折", [("九折", 90, None, "%", "exact", PCT, None)]),
    ("贷款利率低于3.45%", [("3.45%", "3.45", None, "%", "under", PCT, None)]),
    ("每户补助不高于2000元", [("2000元", 2000, None, "元", "under", M, "CNY")]),
    ("单笔金额大于5万元", [("5万元", 50000, None, "元", "over", M, "CNY")]),
    ("数十名专家参与评审", [("数十名", 10, 100, "名", "approx", P, None)]),
    ("三十几名志愿者参加", [("三十几名", 31, 39, "名", "approx", P, None)]),
    ("超过五成受访职工表示满意", [("五成", 50, None, "%", "over", PCT, None)]),
    ("会员卡享受八五折", [("八五折", 85, None, "%", "exact", PCT, None)]),
]
HELD_OUT_FLOOR = 17  # measured: raise, never lower


@pytest.mark.parametrize(("text", "rows"), CASES, ids=ids(CASES))
def test_qualifier(text, rows):
    check(text, rows)


def test_held_out_qualifiers():
    assert_held_out("qualifiers", HELD_OUT, HELD_OUT_FLOOR)
