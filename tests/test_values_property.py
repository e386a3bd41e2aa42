"""Property: every generated figure comes back as one claim whose surface is the figure as written
and whose value is the number it was written from.

Each example is a document of 40 figures (12,000 figures a run under the `ci` profile), each
written one way: Arabic (grouped, full width, with 万/亿), digit-and-multiplier chains (5万4千6百),
Taiwan-style grouped chains (6萬1,274, 1,158萬7千), Chinese positional (一百零五, with OCR spaces), financial (壹佰零伍), digit-by-digit (一九○),
traditional multipliers (萬, 億) and 负.
"""

from __future__ import annotations

from decimal import Decimal

import cn2an
from hypothesis import given
from hypothesis import strategies as st

import union_facts

FIGURES_PER_DOCUMENT = 40
_FULL_WIDTH = {ord(c): ord(c) + 0xFEE0 for c in "0123456789.,"}
_DIGITS = "〇一二三四五六七八九"
_UNITS = ["元", "吨", "名", "人次", "万元", "亿元", "公顷", "%"]


def _scale(unit: str) -> tuple[str, Decimal]:
    if unit.startswith("万"):
        return unit[1:], Decimal(10**4)
    if unit.startswith("亿"):
        return unit[1:], Decimal(10**8)
    return unit, Decimal(1)


@st.composite
def arabic(draw: st.DrawFn) -> tuple[str, Decimal]:
    whole = draw(st.integers(2, 10**9))
    text = draw(st.sampled_from([str(whole), f"{whole:,}"]))
    value = Decimal(whole)
    if draw(st.booleans()):
        frac = draw(st.integers(1, 99))
        text, value = f"{text}.{frac:02d}", value + Decimal(frac) / 100
    if draw(st.booleans()):
        text = text.translate(_FULL_WIDTH)
    return text, value


@st.composite
def chain(draw: st.DrawFn) -> tuple[str, Decimal]:
    """13万2千, 5万4千6百, 3万4000."""
    wan = draw(st.integers(1, 9999))
    qian, bai = draw(st.integers(1, 9)), draw(st.integers(0, 9))
    if draw(st.booleans()):
        rest = draw(st.integers(1000, 9999))
        return f"{wan}万{rest}", Decimal(wan * 10**4 + rest)
    text = f"{wan}万{qian}千" + (f"{bai}百" if bai else "")
    return text, Decimal(wan * 10**4 + qian * 1000 + bai * 100)


@st.composite
def taiwan(draw: st.DrawFn) -> tuple[str, Decimal]:
    """6萬1,274, 1,158萬7千, 3兆2,480億: digits grouped by commas on either side of a multiplier."""
    big = draw(st.integers(1, 9999))
    if draw(st.booleans()):
        rest = draw(st.integers(1000, 9999))
        return f"{big}萬{rest:,}", Decimal(big * 10**4 + rest)
    if draw(st.booleans()):
        yi = draw(st.integers(1000, 9999))
        return f"{big}兆{yi:,}億", Decimal(big * 10**12 + yi * 10**8)
    qian = draw(st.integers(1, 9))
    return f"{big:,}萬{qian}千", Decimal(big * 10**4 + qian * 1000)


@st.composite
def chinese(draw: st.DrawFn) -> tuple[str, Decimal]:
    n = draw(st.integers(2, 10**12))
    style = draw(st.sampled_from(["low", "up"]))
    text = cn2an.an2cn(n, style)
    if style == "low" and draw(st.booleans()):
        text = text.replace("万", "萬").replace("亿", "億")
    if style == "low" and draw(st.integers(0, 4)) == 0:
        cut = draw(st.integers(1, len(text) - 1)) if len(text) > 1 else 0
        text = text[:cut] + " " + text[cut:] if cut else text  # a PDF space inside the numeral
    return text, Decimal(n)


@st.composite
def digit_by_digit(draw: st.DrawFn) -> tuple[str, Decimal]:
    """一九○, 三五八点二万: Taiwan and Hong Kong papers."""
    n = draw(st.integers(100, 99999))
    text = "".join(_DIGITS[int(d)] for d in str(n))
    if draw(st.booleans()):
        text = text.replace("〇", "○")
    value = Decimal(n)
    if draw(st.booleans()):
        frac = draw(st.integers(1, 9))
        text, value = f"{text}点{_DIGITS[frac]}", value + Decimal(frac) / 10
    if draw(st.booleans()):
        text, value = text + "万", value * 10**4
    return text, value


@st.composite
def figure(draw: st.DrawFn) -> tuple[str, Decimal, str]:
    """A figure with its unit: (surface, value, canonical unit)."""
    text, value = draw(st.one_of(arabic(), chain(), taiwan(), chinese(), digit_by_digit()))
    unit = draw(st.sampled_from(_UNITS))
    if unit == "%":
        sign = draw(st.sampled_from(["", "负"]))
        return f"{sign}{text}%", -value if sign else value, "%"
    canonical, scale = _scale(unit)
    if scale != 1 and any(c in text for c in "万萬亿億"):
        unit, canonical, scale = "元", "元", Decimal(1)  # one multiplier at a time
    return f"{text}{unit}", value * scale, {"名": "名", "人次": "人次"}.get(canonical, canonical)


@given(st.lists(figure(), min_size=FIGURES_PER_DOCUMENT, max_size=FIGURES_PER_DOCUMENT))
def test_every_figure_comes_back_with_its_value(figures):
    text = "；".join(f"全年合计{surface}" for surface, _, _ in figures) + "。"
    got = [(c.surface, c.value, c.unit) for c in union_facts.extract_claims(text)]
    assert got == [(s, v, u) for s, v, u in figures]


@given(st.from_regex(r"\A[0-9]{1,26}(?:\.[0-9]{1,6})?\Z"))
def test_plain_decimal_shortcut_reads_as_the_full_parser(digits: str) -> None:
    """parse_numeral reads a plain Arabic number directly; the full parser gives the same value,
    written the same way (exponent kept), and refuses the same over-long runs."""
    from union_facts.numerals import _canonical, _parse_body, parse_numeral

    parse_numeral.cache_clear()
    fast, full = parse_numeral(digits), _parse_body(_canonical(digits))
    assert (None if fast is None else str(fast.value)) == (None if full is None else str(full.value))
    assert fast == full
