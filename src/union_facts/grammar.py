"""The number grammar shared by the quantity stages: number, multiplier and range patterns, and
the `Quantity` and `Rejection` records they produce (offsets are normalised positions).

Every pattern is linear: number runs are matched possessively and only from the start of a run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from . import timed_regex as regex
from .models import Kind, Qualifier
from .numerals import CN_DIGITS, CN_MULTIPLIERS, FINANCIAL

_CN = CN_DIGITS + CN_MULTIPLIERS + FINANCIAL
#: Cells apart on a line (a pipe, a tab, a run of spaces): a table's row, not a sentence.
CELLS_APART = regex.compile(r"[|\t]|\S {2,}\S")
# Thousands grouped by commas, or by single spaces as PDF tables print them ("3 000", never "000").
ARABIC = r"(?:\d{1,3}(?:,\d{3})++(?![\d,])|\d{1,3}(?:\x20\d{3})++(?![\d,])|\d++)(?:\.\d++)?"
# 13万2千, 3万4000, 5万4千6百: digits and multipliers in a chain are one numeral; Taiwan papers
# group the digits by commas on either side of a multiplier (6萬1,274, 1,158萬7千, 5兆1,860億,
# 1兆2,345.6億).
_GROUPED = r"(?:\d{1,3}(?:,\d{3})++(?![\d,])|\d++)"
_CHAIN_MULT = "十百千万亿兆佰仟拾"
# (the lookahead first: most numbers are no chain, and it refuses them in one pass over the digits)
_CHAIN = rf"(?=\d[\d,.]*+[{_CHAIN_MULT}]\d){_GROUPED}(?:\.\d++)?(?:[{_CHAIN_MULT}]{_GROUPED}(?:\.\d++)?)++(?![\d.])"
_NUM_ARABIC = rf"(?<![\d.A-Za-z-])(?:-(?=\d))?(?:{_CHAIN}|{ARABIC})"
# A Chinese numeral may carry single spaces inside (PDF and OCR text: "一百 五 十 二").
_CN_RUN = rf"[{_CN}几]++(?:\x20[{_CN}]++)*+(?:点[{CN_DIGITS}]++)?"
# 伍, 陆, 拾 … are also word characters (队伍, 大陆, 收拾): after a Han character, financial numerals
# followed by an ordinary digit or 十百千 are the end of a word, and the numeral starts after them
# (队伍三十六支: 三十六, not 伍三十六).
_WORD_FINANCIAL = rf"(?<=\p{{Han}})[{FINANCIAL}]++[〇○一二两三四五六七八九廿卅十百千]"
_NUM_CHINESE = (  # a numeral character first: the lookarounds are tried only there
    rf"(?=[{_CN}几])(?:(?<![{_CN}几第])|(?<=(?:^|[^{_CN}几第])[{FINANCIAL}]))(?!{_WORD_FINANCIAL}){_CN_RUN}"
)
_SIGN = rf"(?:(?:负|零下)(?=[\d{_CN}]))?"  # 负3.9%, 零下5摄氏度: negative
NUMBER = rf"(?:{_SIGN}(?:{_NUM_ARABIC}|{_NUM_CHINESE}))"
# The top of a range follows its separator, which the start-of-run lookbehinds would refuse.
NUMBER_HIGH = rf"(?:{_CHAIN}|{ARABIC}|{_CN_RUN})"
MULTIPLIER = r"(?:万亿|千亿|百亿|十亿|千万|百万|十万|万万|亿|万|千|百|十|兆|佰|仟|拾)"
MULTIPLIER_CHARS = CN_MULTIPLIERS + "兆"
RANGE_SEP = r"(?:至|到|-|~|—|－)"
INCLUSIVE = r"(?:\((?:含|不含)\))?"  # 1万(含)-5万元


def alternation(words: Iterable[str]) -> str:
    """The words as one alternation, longest first; none at all matches nothing (not the empty string)."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) or "(?!)"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure found in normalised text; offsets are normalised positions."""

    start: int  # surface start: the number (or 上/数 of 上万, 数十)
    end: int  # surface end: after the unit
    value: Decimal
    high: Decimal | None
    unit: str
    kind: Kind
    currency: str | None
    qualifier: Qualifier
    context_start: int  # where a qualifier word before the number begins
    context_end: int  # after a qualifier word following the unit
    chinese: bool  # written in Chinese numerals (slogan checks apply)
    multiplier: str = ""


@dataclass(frozen=True, slots=True)
class Rejection:
    """A number-like span that is not a claim, and why."""

    start: int
    end: int
    reason: str
