"""What a figure means: status (actual, target, forecast), part_of (其中), basis of a change and
whether the change is a rate or an absolute amount; durations and ages.

Our own invented sentences in report phrasing. A meaning row is (text, expected claims), a claim
(surface, status, part_of, basis, change, change_measure). ``HELD_OUT`` is a third of the cases
kept aside while the rules were tuned: its pass count is a ratchet, reported separately.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import union_facts

Meaning = tuple[str, str, int | None, str | None, str | None, str | None]
PY, PP = "previous_year", "previous_period"

CASES: list[tuple[str, list[Meaning]]] = [
    # ---- status: target
    ("今年预期目标：全县生产总值增长6.5%左右", [("6.5%", "target", None, None, "up", "rate")]),
    (
        "主要预期目标是：地区生产总值增长6%，城镇新增就业1.1万人以上",
        [("6%", "target", None, None, "up", "rate"), ("1.1万人", "target", None, None, None, None)],
    ),
    ("计划新建职工书屋40家", [("40家", "target", None, None, None, None)]),
    ("力争全年新增就业1.2万人", [("1.2万人", "target", None, None, None, None)]),
    ("确保困难职工帮扶资金发放率达到100%", [("100%", "target", None, None, None, None)]),
    ("争取吸引社会投资5亿元", [("5亿元", "target", None, None, None, None)]),
    ("今年的主要任务是新建户外劳动者服务站点50个", [("50个", "target", None, None, None, None)]),
    ("目标是到2027年建成200个工会驿站", [("200个", "target", None, None, None, None)]),
    # ---- status: forecast
    ("预计全年完成固定资产投资30亿元", [("30亿元", "forecast", None, None, None, None)]),
    ("据预测，明年游客量将达到500万人次", [("500万人次", "forecast", None, None, None, None)]),
    ("全市职工书屋有望突破2000家", [("2000家", "forecast", None, None, None, None)]),
    # ---- status: actual, the default, also where a plan is named but a result reported
    ("全年完成投资28.6亿元", [("28.6亿元", "actual", None, None, None, None)]),
    ("完成年度目标的105%", [("105%", "actual", None, None, None, None)]),
    ("超额完成目标任务，新建驿站52个", [("52个", "actual", None, None, None, None)]),
    (
        "力争新增就业1万人。全年实际新增就业1.2万人。",
        [("1万人", "target", None, None, None, None), ("1.2万人", "actual", None, None, None, None)],
    ),
    ("紧扣年初确定的目标任务，全年新建职工之家36家", [("36家", "actual", None, None, None, None)]),
    ("基本实现全覆盖目标，发展会员5000人", [("5000人", "actual", None, None, None, None)]),
    ("列入计划的项目32个", [("32个", "actual", None, None, None, None)]),
    (
        "預計全年完成投資32億元，增長4.5%",
        [("32億元", "forecast", None, None, None, None), ("4.5%", "forecast", None, None, "up", "rate")],
    ),
    ("据预计，年底前建成驿站６０个", [("６０个", "forecast", None, None, None, None)]),
    (
        "计划投资30亿元，实际完成32亿元",
        [("30亿元", "target", None, None, None, None), ("32亿元", "actual", None, None, None, None)],
    ),
    ("做好计划生育服务，发放奖励扶助金120万元", [("120万元", "actual", None, None, None, None)]),
    # ---- part_of: 其中
    (
        "建成工会驿站300个，其中省级示范驿站45个",
        [("300个", "actual", None, None, None, None), ("45个", "actual", 0, None, None, None)],
    ),
    (
        "年末全县户籍人口52.3万人，其中：城镇人口21.6万人，乡村人口30.7万人",
        [
            ("52.3万人", "actual", None, None, None, None),
            ("21.6万人", "actual", 0, None, None, None),
            ("30.7万人", "actual", 0, None, None, None),
        ],
    ),
    (
        "发放帮扶资金860万元，其中生活救助资金520万元、助学资金180万元",
        [
            ("860万元", "actual", None, None, None, None),
            ("520万元", "actual", 0, None, None, None),
            ("180万元", "actual", 0, None, None, None),
        ],
    ),
    (
        "全年新增会员1.2万人，比上年增长8.5%，其中农民工会员6800人",
        [
            ("1.2万人", "actual", None, None, None, None),
            ("8.5%", "actual", None, PY, "up", "rate"),
            ("6800人", "actual", 0, None, None, None),
        ],
    ),
    (
        "基层工会组织548个（其中当年新建21个）",
        [("548个", "actual", None, None, None, None), ("21个", "actual", 0, None, None, None)],
    ),
    (
        "建成驿站300个，新建书屋45个",
        [("300个", "actual", None, None, None, None), ("45个", "actual", None, None, None, None)],
    ),
    (
        "完成投资10.5亿元，其中每个项目平均3000万元",
        [("10.5亿元", "actual", None, None, None, None), ("3000万元", "actual", None, None, None, None)],
    ),
    (
        "新增就业3.6万人，其中省内转移2.8万人，完成全年目标的105%",
        [
            ("3.6万人", "actual", None, None, None, None),
            ("2.8万人", "actual", 0, None, None, None),
            ("105%", "actual", None, None, None, None),
        ],
    ),
    (
        "建成驛站300個，其中示範驛站45個",
        [("300個", "actual", None, None, None, None), ("45個", "actual", 0, None, None, None)],
    ),
    (
        "建成驿站３００个，其中示范驿站４５个",
        [("３００个", "actual", None, None, None, None), ("４５个", "actual", 0, None, None, None)],
    ),
    # ---- basis and the form of a change
    ("地区生产总值比上年增长5.2%", [("5.2%", "actual", None, PY, "up", "rate")]),
    ("社会消费品零售总额同比下降2.3%", [("2.3%", "actual", None, PY, "down", "rate")]),
    ("三季度工业用电量环比增长3.1%", [("3.1%", "actual", None, PP, "up", "rate")]),
    ("城镇居民人均可支配收入比2020年增长18.6%", [("18.6%", "actual", None, "2020", "up", "rate")]),
    ("市场主体比上年增加320家", [("320家", "actual", None, PY, "up", "absolute")]),
    ("入会率提高1.5个百分点", [("1.5个百分点", "actual", None, None, "up", "absolute")]),
    ("工业产值增长1.5倍", [("1.5倍", "actual", None, None, "up", "rate")]),
    ("全年旅游收入增长9.4%", [("9.4%", "actual", None, None, "up", "rate")]),
    ("快递业务量比上月增长2.1%", [("2.1%", "actual", None, PP, "up", "rate")]),
]

HELD_OUT: list[tuple[str, list[Meaning]]] = [
    ("全年目标任务为城镇新增就业8000人", [("8000人", "target", None, None, None, None)]),
    ("预计到年底覆盖职工12万人", [("12万人", "forecast", None, None, None, None)]),
    ("明年计划投入专项资金3000万元", [("3000万元", "target", None, None, None, None)]),
    ("预测全年粮食产量可达60万吨", [("60万吨", "forecast", None, None, None, None)]),
    ("截至年底，已建成户外劳动者服务站点86个", [("86个", "actual", None, None, None, None)]),
    (
        "受理劳动争议案件326件，其中调解结案289件，调解成功率88.7%",
        [
            ("326件", "actual", None, None, None, None),
            ("289件", "actual", 0, None, None, None),
            ("88.7%", "actual", None, None, None, None),
        ],
    ),
    (
        "全市职工总数24.6万人，其中女职工11.2万人",
        [("24.6万人", "actual", None, None, None, None), ("11.2万人", "actual", 0, None, None, None)],
    ),
    ("会员人数较上年末增加1500人", [("1500人", "actual", None, PY, "up", "absolute")]),
    ("与上年同期相比增长6.0%", [("6.0%", "actual", None, PY, "up", "rate")]),
    ("出口额比2019年同期增长12%", [("12%", "actual", None, "2019", "up", "rate")]),
    ("规模以上企业较去年减少15家", [("15家", "actual", None, PY, "down", "absolute")]),
    ("居民消费价格同比上涨1.8%", [("1.8%", "actual", None, PY, "up", "rate")]),
    ("力爭全年新增就業1.5萬人", [("1.5萬人", "target", None, None, None, None)]),
    ("預計全年完成投資３２億元", [("３２億元", "forecast", None, None, None, None)]),
]
HELD_OUT_FLOOR = 14  # measured pass count of HELD_OUT (a ratchet: raise it, never lower it)

# ---- durations and ages: (text, [(surface, value, high, unit, kind)])
DURATIONS: list[tuple[str, list[tuple[str, int, int | None, str, str]]]] = [
    ("举办为期3个月的技能培训", [("3个月", 3, None, "月", "duration")]),
    ("户外劳动者每天工作8小时以上", [("8小时", 8, None, "小时", "duration")]),
    ("面向18至35周岁的青年职工", [("18至35周岁", 18, 35, "周岁", "measure")]),
    ("年满60周岁的退休职工", [("60周岁", 60, None, "周岁", "measure")]),
    ("为70岁以上老人发放补贴", [("70岁", 70, None, "岁", "measure")]),
]
DURATIONS_HELD_OUT: list[tuple[str, list[tuple[str, int, int | None, str, str]]]] = [
    ("16至24周歲的青年", [("16至24周歲", 16, 24, "周岁", "measure")]),
    ("集中整治为期45天", [("45天", 45, None, "天", "duration")]),
]
DURATIONS_HELD_OUT_FLOOR = 2


def _meaning(text: str) -> list[Meaning]:
    claims = union_facts.extract_claims(text)
    return [(c.surface, c.status, c.part_of, c.basis, c.change, c.change_measure) for c in claims]


def _durations(text: str) -> list[tuple]:
    return [(c.surface, c.value, c.high, c.unit, c.kind) for c in union_facts.extract_claims(text)]


def _want_durations(rows: list[tuple]) -> list[tuple]:
    return [(s, Decimal(v), None if h is None else Decimal(h), u, k) for s, v, h, u, k in rows]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:20] for c in CASES])
def test_meaning(text, expected):
    assert _meaning(text) == expected


@pytest.mark.parametrize(("text", "expected"), DURATIONS, ids=[c[0][:20] for c in DURATIONS])
def test_durations_and_ages(text, expected):
    assert _durations(text) == _want_durations(expected)


def test_part_of_points_to_an_earlier_claim():
    for text, _ in CASES + HELD_OUT:
        claims = union_facts.extract_claims(text)
        for i, c in enumerate(claims):
            assert c.part_of is None or 0 <= c.part_of < i, (text, c)


def test_held_out_floor():
    passed = sum(_meaning(text) == expected for text, expected in HELD_OUT)
    ages = sum(_durations(text) == _want_durations(expected) for text, expected in DURATIONS_HELD_OUT)
    print(f"meaning held out: {passed}/{len(HELD_OUT)}; durations held out: {ages}/{len(DURATIONS_HELD_OUT)}")
    assert passed >= HELD_OUT_FLOOR
    assert ages >= DURATIONS_HELD_OUT_FLOOR


def test_tables_are_large_enough():
    assert len(CASES) + len(HELD_OUT) + len(DURATIONS) + len(DURATIONS_HELD_OUT) >= 45


def test_json_schema_describes_and_validates_the_new_fields():
    jsonschema = pytest.importorskip("jsonschema")
    schema = union_facts.json_schema()
    props = schema["$defs"]["Claim"]["properties"]
    for field in ("status", "part_of", "basis", "change_measure"):
        assert props[field]["description"], field
    assert props["status"]["enum"] == ["actual", "target", "forecast"]
    report = union_facts.extract(
        "力争新建驿站50个。城镇居民人均可支配收入比2020年增长18.6%，建成驿站300个，其中示范驿站45个。"
    )
    jsonschema.validate(report.model_dump(mode="json"), schema)
    bad = report.model_dump(mode="json")
    bad["claims"][1]["basis"] = "last_decade"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_readme_claim_table_documents_every_field():
    from pathlib import Path

    import regex

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    rows = [ln.split("|")[1] for ln in readme.splitlines() if ln.startswith("| `")]
    documented = {name for cell in rows for name in regex.findall(r"`(\w+)`", cell)}
    assert set(union_facts.Claim.model_fields) <= documented


@pytest.mark.parametrize("variant", ["trad_pinyin", "fullwidth"])
@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:20] for c in CASES])
def test_meaning_in_traditional_script_and_full_width(scorer, variant, text, expected):
    """The same sentence converted as the shared scorer converts documents means the same."""
    claims = union_facts.extract_claims(scorer.variant(text, variant))
    assert [(c.status, c.part_of, c.basis, c.change, c.change_measure) for c in claims] == [e[1:] for e in expected]


def test_status_and_basis_vocabularies_hold_only_known_values():
    from typing import get_args

    from union_facts import vocabulary
    from union_facts.models import Status

    assert set(vocabulary.statuses().values()) <= set(get_args(Status))
    assert set(vocabulary.change_bases().values()) == {"previous_year", "previous_period"}
    with pytest.raises(vocabulary.VocabularyError, match=r"statuses\.tsv:3"):
        vocabulary.check("statuses.tsv:3", "planned", vocabulary.STATUSES, "the status")
