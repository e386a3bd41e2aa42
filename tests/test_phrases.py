"""Table of single phrases in real-report phrasing, each with the records it must yield.

A row is (text, expected claims); a claim is (surface, value, high, unit, qualifier, subject), where
subject ``...`` means "not asserted". An empty list means "not a claim". Adding a case is adding a row.
The shared hard phrases in ../shared/dev/phrases.jsonl run too, in place.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

import union_facts

from .conftest import DEV

X = ...  # subject not asserted

CASES: list[tuple[str, list[tuple]]] = [
    # ---- Arabic, Chinese and mixed numerals, multipliers
    ("建设工会驿站320家", [("320家", 320, None, "家", "exact", "工会驿站")]),
    ("建成320家工会驿站", [("320家", 320, None, "家", "exact", "工会驿站")]),
    ("筹集资金867.4万元", [("867.4万元", 8674000, None, "元", "exact", "资金")]),
    ("全市共有会员三千五百人", [("三千五百人", 3500, None, "人", "exact", "会员")]),
    ("覆盖两万名职工", [("两万名", 20000, None, "名", "exact", "职工")]),
    ("十余家单位联合发起", [("十余家", 10, None, "家", "over", "单位")]),
    ("累计发放救助金1,234.5万元", [("1,234.5万元", 12345000, None, "元", "exact", "救助金")]),
    ("全年实现地区生产总值382419万元", [("382419万元", 3824190000, None, "元", "exact", "地区生产总值")]),
    ("国内生产总值超过126万亿元", [("126万亿元", 126 * 10**12, None, "元", "over", "国内生产总值")]),
    ("全省职工总数达到1200万人", [("1200万人", 12000000, None, "人", "exact", "职工总数")]),
    ("完成投资3千万元", [("3千万元", 30000000, None, "元", "exact", "投资")]),
    ("撬动社会资金2百万元", [("2百万元", 2000000, None, "元", "exact", "社会资金")]),
    ("补贴3万4000元", [("3万4000元", 34000, None, "元", "exact", X)]),
    ("支票金额伍仟元整", [("伍仟元", 5000, None, "元", "exact", X)]),
    ("组建六支队伍", [("六支", 6, None, "支", "exact", "队伍")]),
    ("覆盖二十一个乡镇", [("二十一个", 21, None, "个", "exact", "乡镇")]),
    ("全县新建职工书屋12个", [("12个", 12, None, "个", "exact", "职工书屋")]),
    # ---- money
    ("发放慰问金58.8万元", [("58.8万元", 588000, None, "元", "exact", "慰问金")]),
    ("公共财政预算收入完成70.46亿元", [("70.46亿元", 7046000000, None, "元", "exact", X)]),
    ("按平均汇率计算为5791美元", [("5791美元", 5791, None, "美元", "exact", None)]),
    ("获得8亿元人民币贷款", [("8亿元", 800000000, None, "元", "exact", X)]),
    ("实际利用外资2.3亿美元", [("2.3亿美元", 230000000, None, "美元", "exact", "实际利用外资")]),
    ("商品房均价8500元/平方米", [("8500元/平方米", 8500, None, "元/平方米", "exact", X)]),
    ("设计时速120公里/小时", [("120公里/小时", 120, None, "公里/小时", "exact", X)]),
    # ---- percentages, points, multiples, fractions
    ("城镇调查失业率平均为5.2%", [("5.2%", Decimal("5.2"), None, "%", "exact", "城镇调查失业率")]),
    ("参保率达到百分之三十", [("百分之三十", 30, None, "%", "exact", "参保率")]),
    ("入会率提高3个百分点", [("3个百分点", 3, None, "百分点", "exact", "入会率")]),
    ("出生率为9.88‰", [("9.88‰", Decimal("9.88"), None, "‰", "exact", "出生率")]),
    (
        "第二产业增加值440.98亿元，下降6.1%",
        [
            ("440.98亿元", Decimal("44098000000"), None, "元", "exact", "第二产业增加值"),
            ("6.1%", Decimal("6.1"), None, "%", "exact", "第二产业增加值"),
        ],
    ),
    ("单位地区生产总值综合能耗[3]-3.3%", [("-3.3%", Decimal("-3.3"), None, "%", "exact", X)]),
    (
        "现价人均地区生产总值36935元，同比11.4%",
        [
            ("36935元", 36935, None, "元", "exact", X),
            ("11.4%", Decimal("11.4"), None, "%", "exact", X),
        ],
    ),
    ("工业产值增长1.5倍", [("1.5倍", Decimal("1.5"), None, "倍", "exact", X)]),
    ("城乡居民收入翻一番", [("翻一番", 2, None, "倍", "exact", X)]),
    ("5、翻一番", [("翻一番", 2, None, "倍", "exact", X)]),
    ("三分之一的会员参加培训", [("三分之一", Decimal("33.333333"), None, "%", "exact", X)]),
    (
        "贡献率分别为36.9%、36.8%和26.3%",
        [
            ("36.9%", Decimal("36.9"), None, "%", "exact", "贡献率"),
            ("36.8%", Decimal("36.8"), None, "%", "exact", "贡献率"),
            ("26.3%", Decimal("26.3"), None, "%", "exact", "贡献率"),
        ],
    ),
    (
        "分别拉动GDP增长1.2、1.3和5.6个百分点",
        [
            ("1.2", Decimal("1.2"), None, "百分点", "exact", X),
            ("1.3", Decimal("1.3"), None, "百分点", "exact", X),
            ("5.6个百分点", Decimal("5.6"), None, "百分点", "exact", X),
        ],
    ),
    # ---- ranges
    ("预计吸引游客3至5万人", [("3至5万人", 30000, 50000, "人", "exact", X)]),
    ("每户补助3-5万元", [("3-5万元", 30000, 50000, "元", "each", X)]),  # per household: each, as pu07
    ("单场活动参与3～5万人次", [("3～5万人次", 30000, 50000, "人次", "exact", X)]),
    ("吸引三四十家企业入驻", [("三四十家", 30, 40, "家", "approx", "企业")]),
    ("预算八到九百亿元", [("八到九百亿元", 80000000000, 90000000000, "元", "exact", X)]),
    # ---- qualifiers
    ("走访慰问困难职工等弱势群体近1.7万人", [("1.7万人", 17000, None, "人", "nearly", "弱势群体")]),
    ("总投资约2.3亿元", [("2.3亿元", 230000000, None, "元", "approx", "总投资")]),
    ("投入资金50万元左右", [("50万元", 500000, None, "元", "approx", "资金")]),
    ("参与活动职工1.2万余人", [("1.2万余人", 12000, None, "人", "over", X)]),
    ("2万多个驿站具备法律服务功能", [("2万多个", 20000, None, "个", "over", "驿站")]),
    ("服务职工超过5000人次", [("5000人次", 5000, None, "人次", "over", X)]),
    ("惠及职工逾3万人", [("3万人", 30000, None, "人", "over", "职工")]),
    ("培训覆盖率达90%以上", [("90%", 90, None, "%", "over", X)]),
    ("受理案件不足百件", [("百件", 100, None, "件", "under", "案件")]),
    ("受理案件不足100件", [("100件", 100, None, "件", "under", "案件")]),
    ("平均用时不到3小时", [("3小时", 3, None, "小时", "under", X)]),
    ("每年至少开展2次", [("2次", 2, None, "次", "at_least", X)]),
    ("选树标兵岗各3个", [("3个", 3, None, "个", "each", "标兵岗")]),
    ("上万名职工受益", [("上万名", 10000, None, "名", "over", "职工")]),
    ("数十家企业参加", [("数十家", 10, 100, "家", "approx", "企业")]),  # [10, 100): README
    ("近千人参加启动仪式", [("千人", 1000, None, "人", "nearly", X)]),
    ("全市百余人参加", [("百余人", 100, None, "人", "over", X)]),
    ("全年共接待来访职工群众326批次", [("326批次", 326, None, "批次", "exact", "职工群众")]),
    ("发电量5亿千瓦时", [("5亿千瓦时", 500000000, None, "千瓦时", "exact", "发电量")]),
    ("新修道路12千米", [("12千米", 12, None, "千米", "exact", X)]),
    ("募集三十几万元", [("三十几万元", 300000, None, "元", "over", X)]),
    ("筹措一千多万元", [("一千多万元", 10000000, None, "元", "over", X)]),
    # ---- cumulative, change, period
    ("截至目前，全市累计建设工会驿站320家", [("320家", 320, None, "家", "exact", "工会驿站")]),
    # ---- traditional script, pinyin noise, width, punctuation
    ("建設工會驛站320家", [("320家", 320, None, "家", "exact", "工会驿站")]),
    ("年末全市常住人口312.87萬(wàn)人", [("312.87萬(wàn)人", 3128700, None, "人", "exact", "常住人口")]),
    ("籌(chóu)集資(zī)金867.4萬元", [("867.4萬元", 8674000, None, "元", "exact", "资金")]),
    ("建成工会驿站３２０家", [("３２０家", 320, None, "家", "exact", "工会驿站")]),
    ("增长５．２％", [("５．２％", Decimal("5.2"), None, "%", "exact", X)]),
    ("发放救助金１，２３４．５万元", [("１，２３４．５万元", 12345000, None, "元", "exact", "救助金")]),
    ("新建驿站\u00a030家", [("30家", 30, None, "家", "exact", "驿站")]),
    (
        "城镇新增就业1244万人,,城镇调查失业率平均为5.2%",
        [
            ("1244万人", 12440000, None, "人", "exact", "城镇新增就业"),
            ("5.2%", Decimal("5.2"), None, "%", "exact", "城镇调查失业率"),
        ],
    ),
    ("其中:农业产值203379万元", [("203379万元", 2033790000, None, "元", "exact", "农业产值")]),
    ("民生难题24條", [("24條", 24, None, "条", "exact", "民生难题")]),
    # ---- not claims: dates, years, months, holidays
    ("2024年3月22日", []),
    ("发布时间:2024-03-22", []),
    ("二〇二四年工作要点", []),
    ("4月下旬至5月底", []),
    ("“3·8”前夕开展慰问", []),
    ("“5·1”期间组织宣讲", []),
    ("积极向上的社会氛围?!?·8”前选树", []),
    ("五一期间走访一线职工", []),
    ("2023-2024年度先进集体", []),
    # ---- ordinals, sessions, anniversaries
    ("创建第七届全国文明城市", []),
    ("荣获一等奖", []),
    ("区委六届二十四次全会", []),
    ("十届五次全委(扩大)会议", []),
    ("十四届全国人大二次会议", []),
    ("庆祝建党100周年", []),
    ("位列全省第11名", []),
    ("荣获全省前三名", []),
    ("三番五次强调安全生产", []),
    # ---- slogans and names containing numbers
    ("深入开展两学一做学习教育", []),
    ("统筹推进“五位一体”总体布局", []),
    ("建功十四五奋进新征程", []),
    ("荣获五一劳动奖章", []),
    ("“一城引领、两业支撑、五个振兴、六个坚持、十件实事”", []),
    ("三次产业比重为21.5∶36.1∶42.4", []),
    ("打造一站式服务模式", []),
    ("深入一线走访职工", []),
    ("执行全国统一零售价", []),
    ("建成24小时驿站1.21万个", [("1.21万个", 12100, None, "个", "exact", X)]),
    ("开展“工会进万家”活动", []),
    ("张三赔偿李四人民币车费601,293.11元", [("601,293.11元", Decimal("601293.11"), None, "元", "exact", X)]),
    ("命名一批“最美劳动者”", []),
    # ---- spam inserted into pages
    ("澳门威尼斯人注册送88元彩金，全市建成驿站30家", [("30家", 30, None, "家", "exact", "驿站")]),
    ("首存100元送体验金", []),
    # ---- enumerators
    ("一是强化思想引领", []),
    ("（三）强化服务保障", []),
    # ---- phones, postcodes, registration numbers, URLs, counters, ids
    ("联系电话13812345678", []),
    ("举报电话:0839-3262473", []),
    ("邮编:628017", []),
    ("备案号:蜀ICP备2021007964号-1", []),
    ("职工维权服务热线“12351”", []),
    ("网址http://www.example.com/2024/320.html", []),
    ("点击量:2286", []),
    ("订单号A202107211321363588510367", []),
    ("图1 2017年三次产业构成(%)", []),
]


def _claims(text: str) -> list[tuple]:
    return [(c.surface, c.value, c.high, c.unit, c.qualifier, c.subject) for c in union_facts.extract_claims(text)]


def _expected(row: tuple, got: tuple) -> tuple:
    surface, value, high, unit, qualifier, subject = row
    high = None if high is None else Decimal(high)
    return (surface, Decimal(value), high, unit, qualifier, got[5] if subject is ... else subject)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:24] for c in CASES])
def test_phrase(text, expected):
    got = _claims(text)
    assert len(got) == len(expected), got
    assert got == [_expected(row, g) for row, g in zip(expected, got, strict=True)]


def test_table_is_large_enough():
    assert len(CASES) >= 80


def _shared_phrases() -> list:
    path = DEV / "phrases.jsonl"
    if not path.exists():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"{path} not found (read in place)"))]
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [pytest.param(row, id=row["text"][:24]) for row in rows]


@pytest.mark.parametrize("case", _shared_phrases())
def test_shared_phrase(case):
    got = union_facts.extract_claims(case["text"])
    want = [g for g in case["claims"] if not g.get("optional")]
    assert [(c.value, c.high, c.unit, c.qualifier) for c in got] == [
        (
            Decimal(str(g["value"])),
            None if g.get("high") is None else Decimal(str(g["high"])),
            g["unit"],
            g.get("qualifier", "exact"),
        )
        for g in want
    ]
    for c, g in zip(got, want, strict=True):
        assert case["text"][c.start : c.end] == c.surface
        for key in ("currency", "cumulative"):
            if key in g:
                assert getattr(c, key) == g[key], key
        if "direction" in g:
            assert c.change == g["direction"]
