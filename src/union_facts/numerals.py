"""Numerals (Arabic, Chinese, mixed, financial 大写, digit-by-digit) to exact Decimal values.

Only spans already recognised as numbers come here: this module never searches running text.
A numeral is read as a sequence of numbers and multipliers, the way it is written: "13万2千" is
13 x 10^4 + 2 x 10^3, "二萬八五九○" is 2 x 10^4 + 8590 (a digit-by-digit tail), "一万五" is 15000
(a single digit after a multiplier counts in the next lower one), "四万万" is 4 x 10^8.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from . import timed_regex as regex

CN_DIGITS = "零〇○一二两三四五六七八九廿卅"
CN_MULTIPLIERS = "十百千万亿"
FINANCIAL = "壹贰叁肆伍陆柒捌玖拾佰仟"
_FINANCIAL = str.maketrans(FINANCIAL + "两○", "一二三四五六七八九十百千二〇")
_DIGIT_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_MULT_VALUE = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8, "兆": 10**12, "拾": 10, "佰": 100, "仟": 1000}
_BIG = frozenset("万亿兆")
_MAX_CHINESE_LEN = 32  # longer runs are noise, never a numeral
_MAX_ARABIC_LEN = 24  # 100 万亿 has 15 digits; longer runs are codes and noise

# A number token: Arabic (with thousands separators), or a run of Chinese digits with a 点 fraction.
_PLAIN_DECIMAL = regex.compile(r"[0-9]++(?:\.[0-9]++)?")
_TOKEN = regex.compile(
    r"\d[\d,]*+(?:\.\d++)?|[〇零一二三四五六七八九]++(?:点[〇零一二三四五六七八九]++)?|点[〇零一二三四五六七八九]++|[十百千万亿兆]"
)
_ADJACENT = regex.compile(r"([一二三四五六七八九])([一二三四五六七八九])([十百千万亿]*)")
_MULTIPLIER_WORDS = frozenset("十百千万亿") | {"十万", "百万", "千万", "十亿", "百亿", "千亿", "万亿", "万万"}


@dataclass(frozen=True, slots=True)
class Numeral:
    """A parsed numeral: its value (or range) and the vagueness it carries itself."""

    value: Decimal
    high: Decimal | None = None
    vague: Literal["over", "approx"] | None = None  # 三十几万 -> over; 三四十, 十几, 数十 -> approx


def multiplier(chars: str) -> Decimal:
    """十/百/千/万/亿/兆 and their combinations (千万, 万亿): the product of the parts."""
    result = Decimal(1)
    for ch in chars:
        result *= _MULT_VALUE[ch]
    return result


def _canonical(text: str) -> str:
    """Financial forms, 两, ○ and 廿/卅 as plain digits; spaces (PDF, OCR) and 负 dropped."""
    text = text.translate(_FINANCIAL).replace(" ", "")
    return regex.sub(r"(?<![一二三四五六七八九])([廿卅])", lambda m: "二十" if m[1] == "廿" else "三十", text)


def _token_value(tok: str) -> Decimal | None:
    if tok[0].isdigit():
        digits = tok.replace(",", "")
        if len(digits) > _MAX_ARABIC_LEN:
            return None
        if "," in tok and not regex.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", tok):
            return None
        return Decimal(digits)
    whole, _, frac = tok.partition("点")
    text = "".join(str(_DIGIT_VALUE[c]) for c in whole) or "0"
    return Decimal(text + ("." + "".join(str(_DIGIT_VALUE[c]) for c in frac) if frac else ""))


def _positional(tokens: list[str]) -> Decimal | None:
    """Numbers and multipliers read left to right; None for a sequence no one writes (百千, 亿亿, 千二)."""
    total, section = Decimal(0), Decimal(0)
    number: Decimal | None = None
    last_small, last_big, last_unit = 10**5, 0, 0
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        if tok in _BIG:
            unit, current = _MULT_VALUE[tok], section + (number or 0)
            if unit > last_big and (total or current):  # 三万五千亿: the multiplier covers what came before
                total = (total + current) * unit
            elif unit == last_big == 10**4 and prev == "万":  # 万万
                total *= unit
            elif unit < last_big and current:
                total += current * unit
            else:
                return None
            last_big, section, last_small = unit, Decimal(0), 10**5
        elif tok in _MULT_VALUE:
            unit = _MULT_VALUE[tok]
            if number is not None and not prev[0].isdigit() and _significant(prev) == 0:
                number = None  # 一千零十: the 十 after 零 is 一十
            if unit >= last_small or (number is None and unit != 10) or _significant(prev) > 1:
                return None
            section += (number if number is not None else 1) * unit
            last_small = unit
        elif number is not None or (value := _token_value(tok)) is None:
            return None  # two numbers in a row
        elif i and not _fits(tok, prev, last_big, last_tail=i == len(tokens) - 1):
            return None
        else:
            number = value
            continue
        number, last_unit = None, _MULT_VALUE[tok]
    if number is not None:
        # 一万五 -> 15000, 三千五 -> 3500: one digit right after a multiplier above 十
        if last_unit > 10 and len(tokens[-1]) == 1 and tokens[-1] not in "〇零0":
            number *= Decimal(last_unit) / 10
        section += number
    return total + section


def _significant(tok: str) -> int:
    """Digits of a Chinese digit run that are not leading zeros (0 for a multiplier or Arabic)."""
    if not tok or tok[0].isdigit() or tok in _MULT_VALUE:
        return 0
    return len(tok.partition("点")[0].lstrip("〇零"))


def _fits(tok: str, prev: str, last_big: int, *, last_tail: bool) -> bool:
    """A number after the first: one digit (零五 too), or a tail filling the places of the 万/亿 before
    it, written digit by digit (二萬八五九○) or in Arabic (3万4000, 1萬8800)."""
    places = len(str(last_big)) - 1 if prev in _BIG else 0
    if tok[0].isdigit():
        digits = len(tok.partition(".")[0].replace(",", ""))
        return digits <= places if prev in _BIG else digits == 1 and "." not in tok  # 5万4千6百
    whole = tok.partition("点")[0]
    return len(whole.lstrip("〇零")) <= 1 or (last_tail and len(whole) == places)


def _plain(text: str) -> Numeral | None:
    tokens = _TOKEN.findall(text)
    if "".join(tokens) != text:
        return None
    if text in _MULTIPLIER_WORDS:
        return Numeral(multiplier(text))  # 十, 百万, 千亿 …; other runs of multipliers (十万亿) read below
    # Digit-by-digit Chinese numerals (一九○, 三五八点二万) need 3 digits, a 零/〇, a 点 or a big
    # multiplier: two plain digits are a vague range (三四十) or not a number (三五成群).
    for i, t in enumerate(tokens):
        if not t[0].isdigit() and t not in _MULT_VALUE and len(t) == 2 and "点" not in t:
            followed_big = i + 1 < len(tokens) and tokens[i + 1] in _BIG
            if not followed_big and not any(c in "〇零" for c in t) and i == 0 and len(tokens) == 1:
                return None
    value = _positional(tokens)
    return Numeral(value) if value is not None else None


@lru_cache(maxsize=4096)
def parse_numeral(text: str) -> Numeral | None:
    """Any numeral span: Arabic, Chinese, mixed, financial or digit-by-digit; 负/- make it negative."""
    if not text or len(text) > _MAX_CHINESE_LEN + _MAX_ARABIC_LEN:
        return None
    if _PLAIN_DECIMAL.fullmatch(text) and len(text) <= _MAX_ARABIC_LEN:
        return Numeral(Decimal(text))  # 320, 867.4: most figures, read directly
    negative = text[0] in "-负" or text.startswith("零下")
    body = _canonical(text[2:] if text.startswith("零下") else text[1:] if negative else text)
    if not body or (not body[0].isdigit() and len(body) > _MAX_CHINESE_LEN):
        return None
    numeral = _parse_body(body)
    if numeral is None or not negative:
        return numeral
    return Numeral(-numeral.value, None if numeral.high is None else -numeral.high, numeral.vague)


def _parse_body(text: str) -> Numeral | None:
    if "几" in text:
        return _parse_with_ji(text)
    if m := _ADJACENT.fullmatch(text):
        low, high = _DIGIT_VALUE[m[1]], _DIGIT_VALUE[m[2]]
        if high != low + 1:
            return None
        scale = multiplier(m[3])
        return Numeral(low * scale, high * scale, "approx")
    return _plain(text)


def parse_arabic(text: str) -> Decimal | None:
    """'1,234.5' -> 1234.5; '-3.3' -> -3.3; '3万4000' -> 34000."""
    numeral = parse_numeral(text) if text and (text[0].isdigit() or text[0] == "-") else None
    return numeral.value if numeral else None


def parse_chinese(text: str) -> Numeral | None:
    """'两万' -> 20000, '一点五七' -> 1.57, '三十几万' -> 300000 (over), '三四十' -> 30..40."""
    return parse_numeral(text) if text and not text[0].isdigit() else None


def vague_scale(multipliers: str) -> Numeral | None:
    """数十/几百/数万: at least one and fewer than ten of the multiplier: [m, 10m), approx."""
    if multipliers not in _MULTIPLIER_WORDS:
        return None
    m = multiplier(multipliers)
    return Numeral(m, m * 10, "approx")


def _parse_with_ji(text: str) -> Numeral | None:
    """几 is an unknown digit: 十几 -> [11, 19]; 几十 -> [10, 100); 三十几万 -> 300000+ (over)."""
    head, _, tail = text.partition("几")
    if "几" in tail or (tail and not all(c in CN_MULTIPLIERS for c in tail)):
        return None
    if not head:
        return vague_scale(tail) if tail else None  # 几个, 几天: no value at all
    base = _plain(head)
    if base is None:
        return None
    if not tail and head[-1] == "十":
        return Numeral(base.value + 1, base.value + 9, "approx")
    return Numeral(base.value * multiplier(tail), vague="over")
