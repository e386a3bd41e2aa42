"""Units: currencies by word and symbol (never a measure word), physical units with their kind, and
千 before a statistical unit (a multiplier) against 千米/千克/千瓦 (units of their own).
A currency word or symbol before the number is part of the surface: it is the unit as written.
Rows: (surface, value, high, unit, qualifier, kind, currency)."""

from __future__ import annotations

import pytest

from .value_cases import Case, assert_held_out, check, ids

M, P, C, PCT, ME, D = "money", "people", "count", "percent", "measure", "duration"

CASES: list[Case] = [
    # ---- currencies by word
    ("岛内外贸额5306亿台币", [("5306亿台币", 530600000000, None, "新台币", "exact", M, "TWD")]),
    ("每月补助新台币3万元", [("新台币3万元", 30000, None, "新台币", "exact", M, "TWD")]),
    ("门票仅需4人民币", [("4人民币", 4, None, "元", "exact", M, "CNY")]),
    ("票价人民币4元", [("人民币4元", 4, None, "元", "exact", M, "CNY")]),
    ("月费港币两千九百六十元", [("港币两千九百六十元", 2960, None, "港元", "exact", M, "HKD")]),
    ("补贴1500澳门元", [("1500澳门元", 1500, None, "澳门元", "exact", M, "MOP")]),
    ("每人獲發澳門幣800元", [("澳門幣800元", 800, None, "澳门元", "each", M, "MOP")]),
    ("团费3000日元", [("3000日元", 3000, None, "日元", "exact", M, "JPY")]),
    ("援助资金50万欧元", [("50万欧元", 500000, None, "欧元", "exact", M, "EUR")]),
    ("人均GDP折合6120美元", [("6120美元", 6120, None, "美元", "exact", M, "USD")]),
    ("发放助学金RMB300万", [("RMB300万", 3000000, None, "元", "exact", M, "CNY")]),
    ("报名费USD 20", [("USD 20", 20, None, "美元", "exact", M, "USD")]),
    # ---- currencies by symbol
    ("会员费$20起", [("$20", 20, None, "美元", "exact", M, "USD")]),
    ("售价US$20", [("US$20", 20, None, "美元", "exact", M, "USD")]),
    ("每份￥300", [("￥300", 300, None, "元", "exact", M, "CNY")]),
    ("套餐¥300", [("¥300", 300, None, "元", "exact", M, "CNY")]),
    ("捐款$1,200", [("$1,200", 1200, None, "美元", "exact", M, "USD")]),
    # ---- physical units, with their kind
    ("平均身高172公分", [("172公分", 172, None, "厘米", "exact", ME, None)]),
    ("降雨量达35厘米", [("35厘米", 35, None, "厘米", "exact", ME, None)]),
    ("最高气温38摄氏度", [("38摄氏度", 38, None, "℃", "exact", ME, None)]),
    ("最低气温-12℃", [("-12℃", -12, None, "℃", "exact", ME, None)]),
    ("夜间最低气温零下5摄氏度", [("零下5摄氏度", -5, None, "℃", "exact", ME, None)]),
    ("PM2.5浓度为35微克/立方米", [("35微克/立方米", 35, None, "微克/立方米", "exact", ME, None)]),
    ("每瓶500毫升", [("500毫升", 500, None, "毫升", "exact", ME, None)]),
    ("全年用电量3.2亿千瓦时", [("3.2亿千瓦时", 320000000, None, "千瓦时", "exact", ME, None)]),
    ("新增耕地1200亩", [("1200亩", 1200, None, "亩", "exact", ME, None)]),
    ("造林面积2.6万公顷", [("2.6万公顷", 26000, None, "公顷", "exact", ME, None)]),
    ("每片含钙600毫克", [("600毫克", 600, None, "毫克", "exact", ME, None)]),
    ("储水3万立方米", [("3万立方米", 30000, None, "立方米", "exact", ME, None)]),
    # ---- 千 before a statistical unit is a multiplier; 千米/千克/千瓦 are units
    ("粮食播种面积85.3千公顷", [("85.3千公顷", 85300, None, "公顷", "exact", ME, None)]),
    ("年末存栏生猪12.4千头", [("12.4千头", 12400, None, "头", "exact", C, None)]),
    ("新建道路46千米", [("46千米", 46, None, "千米", "exact", ME, None)]),
    ("人均粮食占有量480千克", [("480千克", 480, None, "千克", "exact", ME, None)]),
    ("光伏装机3.5万千瓦", [("3.5万千瓦", 35000, None, "千瓦", "exact", ME, None)]),
    ("人口出生率下降1.37个千分点", [("1.37个千分点", "1.37", None, "千分点", "exact", PCT, None)]),
    ("培训3个月", [("3个月", 3, None, "月", "exact", D, None)]),
    # ---- a figure in 万/亿 before a noun naming people counts 人
    ("帮助2.6万困难群众解决就医难题", [("2.6万", 26000, None, "人", "exact", P, None)]),
    ("惠及3万多职工", [("3万多", 30000, None, "人", "over", P, None)]),
    ("筹集1万元职工互助金", [("1万元", 10000, None, "元", "exact", M, "CNY")]),
    ("开展百万职工技能大赛", []),
]

HELD_OUT: list[Case] = [
    ("年薪１２０万台币", [("１２０万台币", 1200000, None, "新台币", "exact", M, "TWD")]),
    ("人民幣3萬元", [("人民幣3萬元", 30000, None, "元", "exact", M, "CNY")]),
    ("港幣五百元", [("港幣五百元", 500, None, "港元", "exact", M, "HKD")]),
    ("票价US$45", [("US$45", 45, None, "美元", "exact", M, "USD")]),
    ("体重75公斤", [("75公斤", 75, None, "公斤", "exact", ME, None)]),
    ("加注汽油40升", [("40升", 40, None, "升", "exact", ME, None)]),
    ("耕地面积12.6千公顷", [("12.6千公顷", 12600, None, "公顷", "exact", ME, None)]),
    ("河道长度23千米", [("23千米", 23, None, "千米", "exact", ME, None)]),
    ("平均氣溫26.5℃", [("26.5℃", "26.5", None, "℃", "exact", ME, None)]),
    ("发放5000欧元奖学金", [("5000欧元", 5000, None, "欧元", "exact", M, "EUR")]),
    ("每小时降雨45毫米", [("45毫米", 45, None, "毫米", "exact", ME, None)]),
    ("捐赠新台币500万元", [("新台币500万元", 5000000, None, "新台币", "exact", M, "TWD")]),
    ("兑换2000港元", [("2000港元", 2000, None, "港元", "exact", M, "HKD")]),
    ("降水量120毫米", [("120毫米", 120, None, "毫米", "exact", ME, None)]),
    ("棉花种植面积3.2千公顷", [("3.2千公顷", 3200, None, "公顷", "exact", ME, None)]),
]
HELD_OUT_FLOOR = 15  # measured: raise, never lower


@pytest.mark.parametrize(("text", "rows"), CASES, ids=ids(CASES))
def test_unit(text, rows):
    check(text, rows)


def test_held_out_units():
    assert_held_out("units", HELD_OUT, HELD_OUT_FLOOR)
