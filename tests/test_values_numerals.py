"""Numerals and their multipliers: mixed chains, financial (大写), digit-by-digit, spaces, 万亿/兆/万万,
半, 元角分, signs. Rows: (surface, value, high, unit, qualifier, kind, currency)."""

from __future__ import annotations

import pytest

from .value_cases import Case, assert_held_out, check, ids

M, P, C, PCT, ME, D = "money", "people", "count", "percent", "measure", "duration"

CASES: list[Case] = [
    # ---- digit + Chinese multiplier chains (colloquial mixed multipliers)
    ("今年城镇新增就业13万2千人", [("13万2千人", 132000, None, "人", "exact", P, None)]),
    ("对每个项目补助25万6千元", [("25万6千元", 256000, None, "元", "each", M, "CNY")]),
    ("全县参保职工5万4千6百人", [("5万4千6百人", 54600, None, "人", "exact", P, None)]),
    ("每名劳模奖励9佰元", [("9佰元", 900, None, "元", "each", M, "CNY")]),
    ("工会筹集帮扶资金2万5千8百元", [("2万5千8百元", 25800, None, "元", "exact", M, "CNY")]),
    ("新增会员1萬2千人", [("1萬2千人", 12000, None, "人", "exact", P, None)]),
    ("培训家政人员３万４千人次", [("３万４千人次", 34000, None, "人次", "exact", P, None)]),
    # ---- financial numerals (大写)
    ("报销金额伍仟叁佰元整", [("伍仟叁佰元", 5300, None, "元", "exact", M, "CNY")]),
    ("收据写明玖仟陆佰陆拾伍圆壹角捌分", [("玖仟陆佰陆拾伍圆壹角捌分", "9665.18", None, "元", "exact", M, "CNY")]),
    ("合同价款叁拾万零伍佰元整", [("叁拾万零伍佰元", 300500, None, "元", "exact", M, "CNY")]),
    ("收到捐款貳仟肆佰元整", [("貳仟肆佰元", 2400, None, "元", "exact", M, "CNY")]),
    # ---- digit-by-digit numerals with 〇/○/零 and 點 (Taiwan and Hong Kong papers)
    ("每月津貼二萬八五九○元", [("二萬八五九○元", 28590, None, "元", "exact", M, "CNY")]),
    ("受惠長者達一七三點九五萬名", [("一七三點九五萬名", 1739500, None, "名", "exact", P, None)]),
    ("門票每張一九○元", [("一九○元", 190, None, "元", "exact", M, "CNY")]),
    ("全年出口額三○五億美元", [("三○五億美元", 30500000000, None, "美元", "exact", M, "USD")]),
    ("按年增長百分之廿八點六", [("百分之廿八點六", "28.6", None, "%", "exact", PCT, None)]),
    ("失業率為百分之卅一點二", [("百分之卅一點二", "31.2", None, "%", "exact", PCT, None)]),
    ("港口吞吐量四二〇七點六萬噸", [("四二〇七點六萬噸", 42076000, None, "吨", "exact", ME, None)]),
    # ---- spaces inside one numeral (PDF and OCR text); two figures stay two
    ("慰问困难职工一百 五 十 二人", [("一百 五 十 二人", 152, None, "人", "exact", P, None)]),
    ("每户发放三千 九百 六十五元", [("三千 九百 六十五元", 3965, None, "元", "each", M, "CNY")]),
    (
        "新建驿站 二十 家，培训骨干 三十 人",
        [("二十 家", 20, None, "家", "exact", C, None), ("三十 人", 30, None, "人", "exact", P, None)],
    ),
    ("全市共有会员3 000人", [("3 000人", 3000, None, "人", "exact", P, None)]),
    ("全年营收 1.2 亿元", [("1.2 亿元", 120000000, None, "元", "exact", M, "CNY")]),
    # ---- 万亿 / 萬億, 兆, 万万
    ("全省一般公共预算收入13.57万亿元", [("13.57万亿元", 13570000000000, None, "元", "exact", M, "CNY")]),
    ("兩地貿易總額6萬億港元", [("6萬億港元", 6000000000000, None, "港元", "exact", M, "HKD")]),
    ("社会融资规模增量1.2兆元", [("1.2兆元", 1200000000000, None, "元", "exact", M, "CNY")]),
    ("新增风电装机50兆瓦", [("50兆瓦", 50, None, "兆瓦", "exact", ME, None)]),
    ("颁发创新奖金十万元", [("十万元", 100000, None, "元", "exact", M, "CNY")]),
    ("当年全国有四万万人", [("四万万人", 400000000, None, "人", "exact", P, None)]),
    # ---- 半
    ("日产钢材一吨半", [("一吨半", "1.5", None, "吨", "exact", ME, None)]),
    ("培训为期一个半月", [("一个半月", "1.5", None, "月", "exact", D, None)]),
    ("项目建设用时两年半", [("两年半", "2.5", None, "年", "exact", D, None)]),
    ("平均等候三个半小时", [("三个半小时", "3.5", None, "小时", "exact", D, None)]),
    # ---- 元角分, 毛
    ("每份午餐补贴12元5角", [("12元5角", "12.5", None, "元", "exact", M, "CNY")]),
    ("报销车费123元1角1分", [("123元1角1分", "123.11", None, "元", "exact", M, "CNY")]),
    ("公交票价调为3元5毛", [("3元5毛", "3.5", None, "元", "exact", M, "CNY")]),
    # ---- signs: 负 and a leading minus
    ("全年工业利润增速为负3.9%", [("负3.9%", "-3.9", None, "%", "exact", PCT, None)]),
    ("规上企业利润增速-5.6%", [("-5.6%", "-5.6", None, "%", "exact", PCT, None)]),
    ("利润负增长2.1%", [("2.1%", "2.1", None, "%", "exact", PCT, None)]),
]

HELD_OUT: list[Case] = [
    ("年内发放创业担保贷款3万6千元", [("3万6千元", 36000, None, "元", "exact", M, "CNY")]),
    ("全镇常住人口2万3千5百人", [("2万3千5百人", 23500, None, "人", "exact", P, None)]),
    ("慰问金额柒仟捌佰元整", [("柒仟捌佰元", 7800, None, "元", "exact", M, "CNY")]),
    ("發放補助壹萬貳仟元", [("壹萬貳仟元", 12000, None, "元", "exact", M, "CNY")]),
    ("全年旅客三五八點二萬人次", [("三五八點二萬人次", 3582000, None, "人次", "exact", P, None)]),
    ("平均月薪二萬四六○○元", [("二萬四六○○元", 24600, None, "元", "exact", M, "CNY")]),
    ("走访职工家庭二百 零 六户", [("二百 零 六户", 206, None, "户", "exact", C, None)]),
    ("存款余额２．５万亿元", [("２．５万亿元", 2500000000000, None, "元", "exact", M, "CNY")]),
    ("建成光伏电站120兆瓦", [("120兆瓦", 120, None, "兆瓦", "exact", ME, None)]),
    ("每人每天补贴8元6毛", [("8元6毛", "8.6", None, "元", "each", M, "CNY")]),
    ("出口增速為負2.4%", [("負2.4%", "-2.4", None, "%", "exact", PCT, None)]),
    ("專案歷時三年半", [("三年半", "3.5", None, "年", "exact", D, None)]),
    ("全区参保人数4万6千8百人", [("4万6千8百人", 46800, None, "人", "exact", P, None)]),
    ("支付金额捌仟伍佰元整", [("捌仟伍佰元", 8500, None, "元", "exact", M, "CNY")]),
    ("年度營收四八七點二億元", [("四八七點二億元", 48720000000, None, "元", "exact", M, "CNY")]),
    ("每人每月补贴6元8角", [("6元8角", "6.8", None, "元", "each", M, "CNY")]),
    ("全市新增贷款1.5兆元", [("1.5兆元", 1500000000000, None, "元", "exact", M, "CNY")]),
]
HELD_OUT_FLOOR = 17  # measured: raise, never lower


@pytest.mark.parametrize(("text", "rows"), CASES, ids=ids(CASES))
def test_numeral(text, rows):
    check(text, rows)


def test_held_out_numerals():
    assert_held_out("numerals", HELD_OUT, HELD_OUT_FLOOR)
