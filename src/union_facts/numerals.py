"""Numerals (Arabic, Chinese and mixed) to exact Decimal values.

Only spans already recognised as numbers come here: this module never searches running text.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from . import timed_regex as regex

CN_DIGITS = "零〇一二两三四五六七八九"
CN_MULTIPLIERS = "十百千万亿"
_FINANCIAL = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟两", "一二三四五六七八九十百千二")
_DIGIT_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_MULT_VALUE = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
_MAX_CHINESE_LEN = 32  # longer runs are noise, never a numeral
_MAX_ARABIC_LEN = 24  # 100 万亿 has 15 digits; longer runs are codes and noise

_ARABIC = regex.compile(r"(-?)(\d[\d,]*(?:\.\d+)?)(?:([万亿])(\d+))?")
_ADJACENT = regex.compile(r"([一二三四五六七八九])([一二三四五六七八九])([十百千万亿]*)")
_MULTIPLIER_WORDS = frozenset("十百千万亿") | {"十万", "百万", "千万", "十亿", "百亿", "千亿", "万亿"}
_DECIMAL = regex.compile(r"([零〇一二三四五六七八九十百千]*)点([零〇一二三四五六七八九]+)([十百千万亿]*)")


def _canonical_integer_pattern() -> str:
    """The written form of an integer below 10^16 as cn2an's "normal" mode checks it (after the
    financial characters are folded): 三十八, 一千零五, 十二万三千, 两亿零五百万 ..."""
    d, z = "[一二三四五六七八九]", "[零〇]"
    d10_99, d10_99_one = f"{d}?十{d}?", f"{d}十{d}?"
    d1_99 = f"(?:{d10_99}|{d})"
    d100_999 = f"(?:{d}百(?:{z}{d})?|{d}百{d10_99_one})"
    d1_999 = f"(?:{d100_999}|{d1_99})"
    d1000_9999 = f"(?:{d}千(?:{z}{d1_99})?|{d}千{d100_999})"
    d1_9999 = f"(?:{d1000_9999}|{d1_999})"
    d1e4_1e8 = f"(?:{d1_9999}万(?:{z}{d1_999})?|{d1_9999}万{d1000_9999})"
    d1_1e8 = f"(?:{d1e4_1e8}|{d1_9999})"
    d1e8_1e16 = f"(?:{d1_1e8}亿(?:{z}{d1_1e8})?|{d1_1e8}亿{d1e4_1e8})"
    return f"{z}|{d1e8_1e16}|{d1_1e8}"


_CANONICAL_INTEGER = regex.compile(_canonical_integer_pattern())
_CN2AN_QUIRKS = ("〇十", "万十", "亿十")  # canonical, yet cn2an reads them otherwise: it decides


@dataclass(frozen=True, slots=True)
class Numeral:
    """A parsed numeral: its value (or range) and the vagueness it carries itself."""

    value: Decimal
    high: Decimal | None = None
    vague: Literal["over", "approx"] | None = None  # 三十几 -> over; 三四十 -> approx


def multiplier(chars: str) -> Decimal:
    """十/百/千/万/亿 and their combinations (千万, 万亿): the product of the parts."""
    result = Decimal(1)
    for ch in chars:
        result *= _MULT_VALUE[ch]
    return result


def parse_arabic(text: str) -> Decimal | None:
    """'1,234.5' -> 1234.5; '-3.3' -> -3.3; '3万4000' -> 34000."""
    m = _ARABIC.fullmatch(text)
    if m is None:
        return None
    sign, digits, mult, tail = m.groups()
    if len(digits) > _MAX_ARABIC_LEN:
        return None
    if "," in digits and not regex.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", digits):
        return None
    value = Decimal(digits.replace(",", ""))
    if mult:
        value = value * multiplier(mult) + Decimal(tail)
    return -value if sign else value


@lru_cache(maxsize=4096)
def parse_chinese(text: str) -> Numeral | None:
    """'两万' -> 20000, '一点五七' -> 1.57, '三十几万' -> 300000 (over), '三四十' -> 30..40."""
    if not text or len(text) > _MAX_CHINESE_LEN:
        return None
    text = text.translate(_FINANCIAL)
    if "几" in text:
        return _parse_with_ji(text)
    if m := _ADJACENT.fullmatch(text):
        low, high = _DIGIT_VALUE[m[1]], _DIGIT_VALUE[m[2]]
        if high != low + 1:
            return None
        scale = multiplier(m[3])
        return Numeral(low * scale, high * scale, "approx")
    if m := _DECIMAL.fullmatch(text):
        whole = _chinese_integer(m[1]) if m[1] else Decimal(0)
        if whole is None:
            return None
        fraction = "".join(str(_DIGIT_VALUE[c]) for c in m[2])
        value = (whole + Decimal("0." + fraction)) * multiplier(m[3])
        return Numeral(value)
    integer = _chinese_integer(text)
    return Numeral(integer) if integer is not None else None


def _parse_with_ji(text: str) -> Numeral | None:
    """几 stands for an unknown digit: 十几 -> 10+, 三十几万 -> 300000+, 几十 -> 10+."""
    head, _, tail = text.partition("几")
    if "几" in tail or (tail and not all(c in CN_MULTIPLIERS for c in tail)):
        return None
    base = _chinese_integer(head) if head else Decimal(1)
    if base is None:
        return None
    return Numeral(base * multiplier(tail), vague="over")


def _chinese_integer(text: str) -> Decimal | None:
    if all(c in CN_MULTIPLIERS for c in text):
        return multiplier(text) if text in _MULTIPLIER_WORDS else None
    if len(text) > 1 and not any(c in CN_MULTIPLIERS for c in text):
        return None  # digit strings such as 二〇二四 name years and codes, not quantities
    if _CANONICAL_INTEGER.fullmatch(text) and not any(w in text for w in _CN2AN_QUIRKS):
        return Decimal(_canonical_value(text))
    import cn2an  # deferred: importing it costs more than the rest of the package

    try:
        value = cn2an.cn2an(text, "normal")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    if isinstance(value, float) and not value.is_integer():
        return None
    return Decimal(int(value))


def _canonical_value(text: str) -> int:
    """The value of a canonical written integer, the same as cn2an's (which costs 0.3 s to import
    and is left for the irregular forms: 一万三, 一百十, 两千零一百 ...)."""
    total = wan = section = digit = 0  # above 亿, between 万 and 亿, below 万, the pending digit
    for c in text:
        if c in _DIGIT_VALUE:
            digit = _DIGIT_VALUE[c]
        elif c == "十":
            section, digit = section + (digit or 1) * 10, 0
        elif c in "百千":
            section, digit = section + digit * _MULT_VALUE[c], 0
        elif c == "万":
            wan, section, digit = wan + (section + digit) * 10**4, 0, 0
        else:  # 亿
            total, wan, section, digit = (total + wan + section + digit) * 10**8, 0, 0, 0
    return total + wan + section + digit


def parse_numeral(text: str) -> Numeral | None:
    """Any numeral span: Arabic, Chinese or mixed."""
    if not text:
        return None
    if text[0].isdigit() or text[0] == "-":
        value = parse_arabic(text)
        return Numeral(value) if value is not None else None
    return parse_chinese(text)
