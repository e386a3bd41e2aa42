"""Pathological inputs, one test each: they complete, and what they give points at the input.

Nothing here is timed: a hang would be caught by the extractor's own timeout (ExtractionTimeout),
and the linear growth of the run time is measured by benchmarks/run.py (reports of 1 KB to 100 MB)
and benchmarks/linear_time.py (the pathological families below), not asserted.
"""

from __future__ import annotations

import random
import sys
from decimal import Decimal

import pytest

import union_facts
from union_facts import account
from union_facts.bounds import MAX_SENTENCE

from .conftest import ROOT
from .invariants import assert_valid_report
from .test_accounting import assert_accounts_for_everything

PARAGRAPH = "各级工会组织深入开展职工思想政治引领，推动产业工人队伍建设改革走深走实，切实维护职工合法权益。"
FIGURES = ["全市建成工会驿站{}家。", "服务职工{}万人次。", "同比增长{}%。"]


def low_density_text(size: int, seed: int = 5) -> tuple[str, int]:
    """`size` characters of report prose with a figure every ~500 characters: (text, figures)."""
    rng = random.Random(seed)
    parts, length, figures = [], 0, 0
    while length < size:
        part = PARAGRAPH * 10 + rng.choice(FIGURES).format(rng.randint(1, 999)) + "\n"
        parts.append(part)
        length += len(part)
        figures += 1
    text = "".join(parts)
    return text[: text.rindex("\n", 0, size) + 1], figures - 1


def _families():
    """The families of benchmarks/linear_time.py: texts on which each claim once rescanned the text
    from the document start (issue 9)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import linear_time
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return linear_time.FAMILIES


FAMILIES = _families()


def claims_of(text: str) -> list[tuple[str, Decimal, str]]:
    report = union_facts.extract(text)
    assert_valid_report(text, report)
    return [(c.surface, c.value, c.unit) for c in report.claims]


def test_ten_megabytes():
    # Report prose with a figure every ~500 characters (dense statistics text runs at tens of
    # thousands of characters a second, too slow for the suite at this size).
    text, figures = low_density_text(10_000_000)
    assert len(text) > 9_990_000
    report = union_facts.extract(text)
    assert len(report.claims) == figures
    assert_valid_report(text, report)


def test_one_megabyte_line_without_punctuation():
    text = "工会组织职工开展技能培训" * 70_000 + "培训职工3万人次" + "劳动竞赛" * 50_000
    assert len(text) > 1_000_000 and "\n" not in text
    assert claims_of(text) == [("3万人次", Decimal(30_000), "人次")]


@pytest.mark.parametrize("after", ["", "人", "万元", "。"])
def test_a_hundred_thousand_digits(after):
    text = "1" * 100_000 + after
    assert claims_of(text) == []
    assert_accounts_for_everything(text, account(text))


@pytest.mark.parametrize("text", ["万" * 100_000, "万" * 100_000 + "人", "近" + "万" * 50_000 + "元", "一" * 100_000])
def test_endless_numerals(text):
    assert claims_of(text) == []
    assert_accounts_for_everything(text, account(text))


@pytest.mark.parametrize("text", ["1.2.3.4万", "1.2.3.4万人", "共1.2.3.4万人。", "1..2万人", "1.2.3.4" * 10_000])
def test_dotted_codes_are_no_figures(text):
    assert claims_of(text) == []
    assert_accounts_for_everything(text, account(text))


@pytest.mark.parametrize(
    "text",
    [
        "“《【（[3万人]）】》”",
        "“《【（[" * 10_000 + "3万人",
        "3万人" + "]）】》”" * 10_000,
        "“他说：“她说：“全市3万人””",
        "((((((((((3万人",
        "(wǎng)(wǎng)(wǎng)3万人)))",
        "網(" * 10_000 + "3万人",
        "「『3万人』」『「",
    ],
)
def test_nested_and_unbalanced_quotes_and_brackets(text):
    assert claims_of(text) == [("3万人", Decimal(30_000), "人")]


@pytest.mark.parametrize("text", [" ", "\t\n\r\x0b\x0c", "\u3000" * 1000, "\u00a0\u2003\u200b\ufeff", "\n" * 100_000])
def test_only_white_space(text):
    report = union_facts.extract(text)
    assert report.claims == [] and report.sections in ([], [union_facts.Section(headline=None, start=0, end=len(text))])
    assert_valid_report(text, report)


def test_nul_and_control_characters():
    controls = "".join(map(chr, [*range(32), *range(0x7F, 0xA0)]))
    text = controls + "全市职工3万人" + controls * 100 + "\x00增长5%\x00"
    assert claims_of(text) == [("3万人", Decimal(30_000), "人"), ("5%", Decimal(5), "%")]
    assert_accounts_for_everything(text, account(text))


@pytest.mark.parametrize(
    "text",
    [
        "Workers 工人 рабочие 3万人 العمال ३०० कामगार",
        "職工３萬人，增長５％，职工3万人",
        "ﾃｽﾄ 3万人 ｶﾀｶﾅ 한국어 5%",
    ],
)
def test_mixed_scripts(text):
    claims = claims_of(text)
    assert ("3万人", Decimal(30_000), "人") in claims
    assert_accounts_for_everything(text, account(text))


@pytest.mark.parametrize(
    "text",
    [
        "🎉全市职工3万人🎉",
        "👨‍👩‍👧‍👦3万人❤️‍🔥",
        "3(🌋)万人",
        "🇨🇳" * 10_000 + "3万人",
        "3万人" + "\U0001f600" * 10_000,
    ],
)
def test_emoji(text):
    claims = claims_of(text)
    assert [v for _, v, _ in claims] == [Decimal(30_000)]
    assert_accounts_for_everything(text, account(text))


@pytest.mark.parametrize(
    "text",
    [
        "\u202eشارك 3万人\u202c",
        "\u200fעובדים 3万人\u200f",
        "\u202b\u2067العمال\u2069 3万人\u202c",
    ],
)
def test_right_to_left_text(text):
    assert claims_of(text) == [("3万人", Decimal(30_000), "人")]
    assert_accounts_for_everything(text, account(text))


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_families_without_sentence_breaks(family):
    # 50 000 characters: a minute and gigabytes when each claim rescanned from offset 0, now a few seconds
    text = FAMILIES[family](50_000)
    report = union_facts.extract(text)
    assert_valid_report(text, report)
    assert len(report.claims) >= text.count("家") // 2
    assert max(len(c.sentence) for c in report.claims) <= MAX_SENTENCE + 2
