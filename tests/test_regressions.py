"""Inputs that once broke an invariant (found by the property tests), each with what it must give."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import union_facts
from union_facts.accounting import account

from .invariants import assert_valid_report


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A fraction's numerator was taken again as a bare number listed before the next figure.
        ("百分之5和百分之6", [("百分之5", "5", "%"), ("百分之6", "6", "%")]),
        ("百分之-0、翻一番", [("百分之-0", "0", "%"), ("翻一番", "2", "倍")]),
    ],
)
def test_found_by_fuzzing(text, want):
    report = union_facts.extract(text)
    assert_valid_report(text, report)
    assert [(c.surface, c.value, c.unit) for c in report.claims] == [(s, Decimal(v), u) for s, v, u in want]


def test_rejections_point_into_the_input_after_removed_pinyin():
    # The grammar's own rejections (name, vague) came back in normalised positions.
    text = "網(wǎng)站有万家灯火，一个人。"
    got = [(text[r.start : r.end], r.reason) for r in union_facts.default_extractor().rejections(text)]
    assert got == [("万家", "name"), ("一个", "vague")]


@pytest.mark.parametrize(
    ("bad", "fix"),
    [
        (memoryview("工会".encode()), r"decode first"),
        (bytearray("工会".encode()), r"decode first"),
        (Path("report.txt"), r"read it first, e\.g\. union_facts\.read_text\('report\.txt'\)"),
        (42, r"not int: pass the document's text"),
        (None, r"not NoneType: pass the document's text"),
    ],
)
def test_a_type_error_names_the_fix(bad, fix):
    with pytest.raises(TypeError, match=fix):
        union_facts.extract(bad)


# Issue 9, item 1: a line holding two chrome words was chrome whatever its length, and lost its figures.
CHROME_WORDS_IN_BODY = [
    ("记者从市总工会获悉，今年全市新建工会驿站320家，资金来源于财政拨款。", ["320家"]),
    (  # a news lead: bylines, then the body on the same line
        "本报讯 记者王敏 通讯员李华：今年以来，全省就业人口达1255.9万人，城镇新增就业19.66万人，形势总体稳定。",
        ["1255.9万人", "19.66万人"],
    ),
    ("发布时间：2024-03-22 来源：县总工会 工会驿站320家，服务职工1.2万人次。", ["320家", "1.2万人次"]),
    (  # a page flattened to one line (HTML stripped)
        "首页 > 新闻中心 > 工会动态 松岭县总工会开展送温暖活动 发布时间：2024-01-25 10:30 来源：松岭县总工会 "
        "记者 王敏 通讯员 李华 近日，县总工会走访慰问困难职工86户，发放慰问金25.8万元。编辑：赵兰 "
        "电话：0839-3262473 地址：松岭县中山路100号",
        ["86户", "25.8万元"],
    ),
    ("河湾网讯(记者 周晓 通讯员 钱锋)3月2日起，河湾区总工会组成5个慰问组，走访一线职工410人。", ["5个", "410人"]),
    ("编辑部记者走访了12家企业，作者所在的车间有职工56人。", ["12家", "56人"]),
]


@pytest.mark.parametrize(("text", "want"), CHROME_WORDS_IN_BODY, ids=[t[:10] for t, _ in CHROME_WORDS_IN_BODY])
def test_a_sentence_mentioning_a_reporter_keeps_its_figures(text, want):
    report = union_facts.extract(text)
    assert_valid_report(text, report)
    assert [c.surface for c in report.claims] == want
    fates = {m.text: m.fate for m in account(text)}
    assert [fates.get(surface) for surface in want] == ["claim"] * len(want)
