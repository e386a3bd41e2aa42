"""Accounting: every digit run and numeral run of a text is in exactly one Mention with its fate."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import union_facts
from union_facts import Mention, account, vocabulary
from union_facts.accounting import NUMERAL_CHARS
from union_facts.normalize import normalize

from .conftest import dev_documents, needs_dev_set
from .strategies import chinese_text, grammar_text


def number_positions(text: str) -> list[int]:
    """Input positions that read as a digit or a Chinese numeral once normalised (萬, ５ included)."""
    norm = normalize(text)
    return [norm.to_original(p) for p, ch in enumerate(norm.text) if ch.isdecimal() or ch in NUMERAL_CHARS]


FATES = {
    *("claim", "boilerplate", "slogan", "name", "vague", "not a numeral", "not a range", "chart"),  # the extractor's
    *(reason for reason, _ in vocabulary.exclusions()),
    *("date", "time", "page", "heading", "code", "no_unit"),  # what accounting itself recognises
}


def assert_accounts_for_everything(text: str, mentions: list[Mention]) -> None:
    previous_end = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text), m
        assert text[m.start : m.end] == m.text, m
        assert m.start >= previous_end, m
        previous_end = m.end
        assert m.fate in FATES, m
    starts = [m.start for m in mentions]
    for pos in number_positions(text):
        i = max(0, next((k for k, s in enumerate(starts) if s > pos), len(starts)) - 1)
        assert mentions and mentions[i].start <= pos < mentions[i].end, (pos, text[pos], mentions)
    for ch_pos, ch in enumerate(text):
        if ch.isdecimal():
            assert any(m.start <= ch_pos < m.end for m in mentions), (ch_pos, ch)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("全市建成工会驿站320家。", [("320家", "claim")]),
        ("2023年5月1日上午8:30召开", [("2023年5月1日", "date"), ("8:30", "time")]),
        ("截至目前，全市共有3", [("3", "no_unit")]),
        ("统一思想", [("一", "name")]),
        ("奋战在一线", [("一线", "slogan")]),  # slogans.txt
        ("十分重要", [("十", "name")]),
        ("第三届职代会", [("第三", "ordinal")]),
        ("电话：0839-1234567", [("电话：0839-1234567", "phone")]),
        ("深入开展两学一做学习教育", [("两学一做", "name")]),  # exclusions.tsv, before slogans.txt
        ("走访了一个家庭", [("一个", "vague")]),
        ("G20峰会", [("20", "code")]),
        ("一、综合\n全年实现生产总值382419万元。", [("一、", "heading"), ("382419万元", "claim")]),
        ("共12页", [("共12页", "page")]),
        ("萬(wàn)家燈火", [("萬(wàn)家", "name")]),
        ("点击量：2286\n正文。", [("2286", "boilerplate")]),
        ("百分之5和百分之6", [("百分之5", "claim"), ("百分之6", "claim")]),
        ("0%  5%  10%  15%\n", [("0%", "chart"), ("5%", "chart"), ("10%", "chart"), ("15%", "chart")]),
        ("产品  单位  产量\n粮食  万吨  61.3\n", [("万吨", "name"), ("61.3", "claim")]),  # a unit cell: 万 in a word
    ],
)
def test_fates(text, want):
    mentions = account(text)
    assert_accounts_for_everything(text, mentions)
    assert [(m.text, m.fate) for m in mentions] == want


def test_claims_are_the_extractors_claims_and_carry_their_value():
    text = "筹集资金867.4萬元，慰问困难职工近1.7万人。"
    mentions = account(text)
    claims = union_facts.extract_claims(text)
    assert [(m.start, m.end) for m in mentions if m.fate == "claim"] == [(c.start, c.end) for c in claims]
    assert mentions[0].detail == "8674000 元"


def test_account_takes_str_only():
    with pytest.raises(TypeError, match="decode"):
        account(b"3\xe4\xba\xba")


@given(st.one_of(grammar_text, chinese_text))
@example("1\u200b2人，二十一期间，萬萬萬萬")
def test_every_number_like_character_is_accounted_for(text):
    assert_accounts_for_everything(text, account(text))


@needs_dev_set
@pytest.mark.parametrize(("doc_id", "text"), dev_documents() or [pytest.param("-", "", marks=pytest.mark.skip)])
def test_dev_set_every_digit_run_is_accounted_for(doc_id, text):
    mentions = account(text)
    assert_accounts_for_everything(text, mentions)
    claims = union_facts.extract_claims(text)
    assert [(m.start, m.end) for m in mentions if m.fate == "claim"] == [(c.start, c.end) for c in claims]
