"""Property tests: whatever the input, `extract` returns a valid Report, the same one every time.

Bounded by the `ci` hypothesis profile; ``HYPOTHESIS_PROFILE=long`` runs the fuzz (see _hypothesis.py).
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import union_facts
from union_facts.accounting import account

from .invariants import assert_valid_report
from .strategies import any_text, chinese_text, grammar_text, known_phrasings


@given(any_text)
@example("\x00\x01\x02\u200b\ufeff")
@example("\u202e١٢٣ שלום 🌋 3万人")
def test_any_unicode_gives_a_valid_report(text):
    report = union_facts.extract(text)
    assert_valid_report(text, report)
    report.model_dump_json()


@given(chinese_text)
def test_chinese_text_gives_a_valid_report(text):
    report = union_facts.extract(text)
    assert_valid_report(text, report)
    report.model_dump_json()


@given(grammar_text)
@example("百分之5和百分之6")
@example("1.2.3.4万人，万万万万人，近1,234,567.89万元左右")
def test_figures_dates_and_noise_give_a_valid_report(text):
    report = union_facts.extract(text)
    assert_valid_report(text, report)
    report.model_dump_json()


UNRELATED = [
    "这是一段与报告无关的文字，讲的是天气和风景。",
    "會議結束後，大家合影留念。",
    "Lorem ipsum dolor sit amet.",
]


def _claim_rows(report, shift=0):
    return [c.model_dump(exclude={"section"}) | {"start": c.start - shift, "end": c.end - shift} for c in report.claims]


@given(st.one_of(grammar_text, chinese_text), st.sampled_from(UNRELATED), st.sampled_from(UNRELATED))
def test_deterministic_and_independent_of_the_surrounding_paragraphs(text, before, after):
    report = union_facts.extract(text)
    assert union_facts.extract(text).model_dump_json() == report.model_dump_json()
    prefix = before + "\n\n"
    embedded = union_facts.extract(prefix + text + "\n\n" + after)
    assert _claim_rows(embedded, len(prefix)) == _claim_rows(report)
    shifted = [(s.start - len(prefix), s.end - len(prefix)) for s in embedded.boilerplate]
    assert shifted == [(s.start, s.end) for s in report.boilerplate]


#: Sentence breaks (extractor._SENTENCE_BREAK) taken out, so that a text is one long sentence.
_NO_SENTENCE_BREAK = str.maketrans("", "", "。；;！？!?\n")
_LONG_CLAUSES = "各级工会组织深入开展职工技能培训，推动产业工人队伍建设改革走深走实，" * 8  # 288 characters, no break


@given(grammar_text, st.integers(1, 3), st.sampled_from(UNRELATED), st.sampled_from(UNRELATED))
def test_figures_in_sentences_over_400_characters_keep_their_claims_when_embedded(text, pad, before, after):
    body = _LONG_CLAUSES[: 100 * pad] + text.translate(_NO_SENTENCE_BREAK) + _LONG_CLAUSES[: 150 * pad]
    report = union_facts.extract(body)
    assert_valid_report(body, report)
    assert all(len(c.sentence) <= 400 for c in report.claims)
    prefix = before + "\n\n"
    embedded = union_facts.extract(prefix + body + "\n\n" + after)
    assert _claim_rows(embedded, len(prefix)) == _claim_rows(report)


@given(known_phrasings())
def test_known_phrasings_come_back_with_their_value(case):
    text, phrasing, value, unit = case
    claims = union_facts.extract_claims(text)
    assert [(c.value, c.unit) for c in claims] == [(value, unit)], (phrasing, text, claims)
    assert claims[0].qualifier == ("nearly" if phrasing == "近{n}名" else "exact")


# ---------------------------------------------------------------- chrome never swallows a sentence
_PLACES = st.sampled_from(["松岭县", "青禾市", "河湾区", "北川镇"])
_BODIES = [
    "今年全市新建工会驿站{n}家，服务职工明显增多。",
    "{place}总工会走访慰问困难职工{n}户。",
    "全年开展技能竞赛{n}场次，参赛职工踊跃。",
    "累计发放慰问资金{n}万元，惠及职工群众。",
]
_CHROME_IN_SENTENCE = [  # chrome words inside an ordinary sentence: still body
    "记者从{place}总工会获悉，",
    "据{place}总工会编辑部统计，",
    "记者了解到，",
    "通讯员在{place}采访时看到，",
    "资金来源于财政拨款，",
    "来源于一线的建议被采纳，",
    "",
]
_FIELDS = st.sampled_from(
    [
        "记者 王敏",
        "本报记者 周晓 通讯员 钱锋",
        "(记者 李华)",
        "来源：{place}总工会",
        "电话：0839-3262473",
        "编辑：赵兰",
        "责任编辑：孙立",
        "发布时间：2024-03-22 10:30",
        "点击量：2286",
        "首页 > 新闻中心 > 工会动态",
        "地址：{place}中山路100号 邮编：628017",
        "返回顶部",
        "相关推荐",
        "版权所有：{place}总工会",
    ]
)


@st.composite
def _sentence_among_chrome(draw: st.DrawFn) -> tuple[str, str]:
    place = draw(_PLACES)
    body = draw(st.sampled_from(_BODIES)).format(n=draw(st.integers(2, 99999)), place=place)
    sentence = draw(st.sampled_from(_CHROME_IN_SENTENCE)).format(place=place) + body
    before = [f.format(place=place) for f in draw(st.lists(_FIELDS, max_size=4))]
    after = [f.format(place=place) for f in draw(st.lists(_FIELDS, max_size=4))]
    joiner = draw(st.sampled_from(["\n", " ", "  ", "\n\n"]))  # " ": a page flattened to one line
    return sentence, joiner.join([*before, sentence, *after])


@given(_sentence_among_chrome())
@example(
    (
        "记者从市总工会获悉，今年全市新建工会驿站320家，服务职工明显增多。",
        "记者 王敏\n记者从市总工会获悉，今年全市新建工会驿站320家，服务职工明显增多。",
    )
)
def test_a_figure_in_a_sentence_is_never_lost_to_chrome(case):
    sentence, page = case
    alone = [(c.surface, c.value) for c in union_facts.extract(sentence).claims]
    assert alone, sentence
    at = page.index(sentence)
    report = union_facts.extract(page)
    assert_valid_report(page, report)
    kept = [(c.surface, c.value) for c in report.claims if at <= c.start < at + len(sentence)]
    assert kept == alone
    chrome = [m for m in account(page) if m.fate == "boilerplate" and at <= m.start < at + len(sentence)]
    assert chrome == []
