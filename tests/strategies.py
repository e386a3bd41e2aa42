"""Hypothesis strategies: arbitrary Unicode, Chinese-heavy text, and text built from the grammar.

The grammar strategies draw their words (units, qualifiers) from the package's own vocabularies,
so they follow the data files as those grow.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from union_facts import vocabulary

# ---------------------------------------------------------------- alphabets

#: Lone surrogates (category Cs): a Python str may hold them, though no UTF-8 text can.
_SURROGATE = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)

#: All of Unicode, lone surrogates included.
any_text = st.lists(st.one_of(st.characters(), st.characters(), st.characters(), _SURROGATE), max_size=400).map("".join)

_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
_CN_NUMERAL = st.sampled_from("零〇一二两三四五六七八九十百千万亿几点壹贰叁肆伍陆柒捌玖拾佰仟")
_PUNCT = st.sampled_from("，。、；：？！“”‘’「」『』（）《》【】()[]<>,.;:!?-~—%‰/·…\"'")
_SPACE = st.sampled_from([" ", "\t", "\n", "\r\n", "\u3000", "\u00a0", "\u200b", "\ufeff", "\x00", "\x0b", "\x85"])
_DIGIT = st.sampled_from("0123456789０１２３４５６７８９")
_OTHER_SCRIPT = st.sampled_from(
    [
        "Hello",
        "café",
        "Ελλάδα",
        "Россия",
        "العربية",
        "עברית",
        "\u202eRTL\u202c",
        "ไทย",
        "한국어",
        "ひらがな",
        "カタカナ",
    ]
)
_EMOJI = st.sampled_from(["😀", "🌋", "👨‍👩‍👧", "❤️", "🇨🇳", "✅", "🔥", "\u3030"])
_WORDS = st.sampled_from(
    [
        "工会",
        "職工",
        "驿站",
        "全市",
        "累计",
        "建设",
        "服务",
        "资金",
        "同比增长",
        "下降",
        "截至目前",
        "统一",
        "一线",
        "第三",
        "李四",
        "万家",
        "千人计划",
        "网(wǎng)",
        "萬(wàn)",
        "(🌋)",
        "来源：",
        "点击量：",
        "电话：",
        "邮编：",
        "www.example.cn",
    ]
)

#: Mostly Han characters, with numerals, punctuation, white space and the odd foreign word.
chinese_text = st.lists(
    st.one_of(
        _HAN,
        _HAN,
        _HAN,
        _CN_NUMERAL,
        _PUNCT,
        _SPACE,
        _DIGIT,
        _WORDS,
        _OTHER_SCRIPT,
        _EMOJI,
        _SURROGATE,
    ),
    max_size=200,
).map("".join)

# ---------------------------------------------------------------- the grammar of figures

_UNITS = [u.written for u in vocabulary.units()]
_QUALIFIERS = vocabulary.qualifiers()
_BEFORE = sorted(_QUALIFIERS["before"])
_INSIDE = sorted(_QUALIFIERS["inside"])
_AFTER = sorted(_QUALIFIERS["after"])
_MULTIPLIERS = ["", "", "", "万", "亿", "千", "百", "十", "千万", "百万", "万亿"]


def _group_thousands(n: int) -> str:
    return f"{n:,}"


@st.composite
def arabic_numbers(draw: st.DrawFn) -> str:
    """Arabic numbers as reports write them: plain, grouped, decimal, negative, full width; now and
    then one of 30 to 60 digits (past the decimal context: 28 digits)."""
    huge = draw(st.integers(min_value=0, max_value=9)) == 0
    whole = draw(
        st.integers(min_value=10**29, max_value=10**60) if huge else st.integers(min_value=0, max_value=10**12)
    )
    text = draw(st.sampled_from([str(whole), _group_thousands(whole)]))
    if draw(st.booleans()):
        text += "." + str(draw(st.integers(min_value=0, max_value=9999)))
    if draw(st.integers(min_value=0, max_value=9)) == 0:
        text = "-" + text
    if draw(st.integers(min_value=0, max_value=4)) == 0:
        text = text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789.,"})
    return text


chinese_numbers = st.one_of(
    st.lists(_CN_NUMERAL, min_size=1, max_size=8).map("".join),
    st.lists(st.sampled_from("一二三四五六七八九十百千万亿"), min_size=20, max_size=40).map("".join),  # huge ones
    st.sampled_from(
        ["三十", "两万", "一点五七", "十几", "三四十", "百分之三十", "千分之五", "二〇二四", "上万", "数十"]
    ),
)

_FRACTION_BASE = st.one_of(st.sampled_from(["百", "百", "千", "十", "三", "万"]), chinese_numbers, arabic_numbers())

#: Shapes outside the main grammar: fractions, doublings.
_OTHER_SHAPES = st.one_of(
    st.builds("{}分之{}".format, _FRACTION_BASE, st.one_of(chinese_numbers, arabic_numbers())),
    st.builds("翻{}番".format, st.sampled_from("一两二三四五六七八九0123456789十")),
)

_DATES = st.one_of(
    st.builds(
        "{}年{}月{}日".format,
        st.integers(1900, 2099),
        st.integers(0, 13),
        st.integers(0, 32),
    ),
    st.builds("{}-{:02d}-{:02d}".format, st.integers(1990, 2030), st.integers(1, 12), st.integers(1, 31)),
    st.builds("{}:{:02d}".format, st.integers(0, 23), st.integers(0, 59)),
    st.sampled_from(["2023年", "二〇二三年", "去年", "上半年", "截至目前", "截至2023年底", "一季度"]),
)


@st.composite
def figures(draw: st.DrawFn) -> str:
    """One figure: qualifier? number (or range) multiplier? 余/多? unit qualifier?"""
    number = draw(st.one_of(arabic_numbers(), chinese_numbers, _OTHER_SHAPES))
    if draw(st.integers(0, 5)) == 0:
        number += draw(st.sampled_from(["至", "到", "-", "~", "—"])) + draw(
            st.one_of(arabic_numbers(), chinese_numbers)
        )
    parts = [
        draw(st.sampled_from(["", "", *_BEFORE])),
        number,
        draw(st.sampled_from(_MULTIPLIERS)),
        draw(st.sampled_from(["", "", "", *_INSIDE])),
        draw(st.sampled_from(["", *_UNITS, *_UNITS])),
        draw(st.sampled_from(["", "", "", *_AFTER])),
    ]
    return "".join(parts)


_NOISE = st.one_of(_HAN, _PUNCT, _SPACE, _WORDS, _EMOJI, _OTHER_SCRIPT, _DIGIT, st.characters(), _SURROGATE)
_JOINERS = st.sampled_from(
    ["、", "和", "及", "与", "以及", "至", "到", "-", "~", "—", "，", "。", "分之", "第", "年", "月"]
)

#: Figures listed with one unit at the end: "1.2、1.3和5.6个百分点", "百分之5和百分之6".
_LISTS = st.builds(
    "{}{}{}".format,
    st.lists(st.one_of(figures(), arabic_numbers(), chinese_numbers, _OTHER_SHAPES), min_size=1, max_size=4).map(
        "、".join
    ),
    st.sampled_from(["和", "及", "与", "以及", "、", " 和 "]),
    figures(),
)

#: Figures, dates and noise in any order: the text the grammar is most likely to trip on.
grammar_text = st.lists(
    st.one_of(figures(), _LISTS, _DATES, _JOINERS, _NOISE, _NOISE, _WORDS),
    max_size=30,
).map("".join)

# ---------------------------------------------------------------- round trip

#: (unit as written, value) pairs for "{n}{unit}": units whose canonical form keeps the written one.
_ROUND_TRIP_UNITS = sorted(
    u.written for u in vocabulary.units() if u.written == u.canonical and u.written[0] not in "千"
)

_PLAIN_LEFT = st.sampled_from(["全市", "今年", "累计完成", "共有", "工会驿站", "其中", "本次活动"])


@st.composite
def known_phrasings(draw: st.DrawFn) -> tuple[str, str, Decimal, str]:
    """(text, phrasing, expected value, expected unit) for "{n}{unit}", "{n}万元" and "近{n}名"."""
    n = draw(st.integers(min_value=2, max_value=999_999))
    frac = draw(st.sampled_from(["", "", ".5", ".25", ".08"]))
    number = f"{n}{frac}"
    value = Decimal(number)
    phrasing = draw(st.sampled_from(["{n}{unit}", "{n}万元", "近{n}名"]))
    if phrasing == "{n}{unit}":
        unit = draw(st.sampled_from(_ROUND_TRIP_UNITS))
        surface = f"{number}{unit}"
    elif phrasing == "{n}万元":
        unit, value, surface = "元", value * 10_000, f"{number}万元"
    else:
        unit, surface = "名", f"近{number}名"
    left = draw(_PLAIN_LEFT)
    right = draw(st.sampled_from(["。", "，", "", "\n"]))
    return f"{left}{surface}{right}", phrasing, value, unit
