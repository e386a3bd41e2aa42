"""Quantities outside the number-multiplier-unit grammar: fractions (百分之三十), doublings (翻一番),
tenths and price ratios (八成, 七五折), halves (一吨半, 一个半月), 元角分, and currencies written
before the number (人民币4元, US$20).

Each shape is one linear pattern; the caller keeps the longest of overlapping finds.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from decimal import Context, Decimal
from typing import TYPE_CHECKING

from . import timed_regex as regex
from .grammar import MULTIPLIER, NUMBER, NUMBER_HIGH, RANGE_SEP, Quantity, alternation
from .numerals import FINANCIAL, multiplier, parse_numeral

if TYPE_CHECKING:
    import regex as _regex

    from .models import Qualifier
    from .quantities import QuantityFinder

_HALF_COUNTED = {"月": "月", "小时": "小时", "星期": "星期", "钟头": "小时"}  # 一个半月: after 个
_REACH = 40  # characters around an anchor a shape may span
_NUMERAL_CHARS = "0123456789零〇○一二两三四五六七八九十百千万亿廿卅" + FINANCIAL
Anchor = regex.Pattern | re.Pattern[str]  # word-list anchors use Python's engine (`regex.literals`)
AnchorMatch = regex.Match[str] | re.Match[str]
Near = Callable[[AnchorMatch], tuple[int, int]]


def _before(a: AnchorMatch) -> tuple[int, int]:
    return a.start() - 12, a.start()


_DIGIT = rf"[\d零〇一二两三四五六七八九{FINANCIAL[:9]}]"
_TENTHS = "一二两三四五六七八九十"  # the digits of 八成, 七五折


class ShapeFinder:
    """Compiled patterns of the other shapes, sharing the main grammar's words."""

    def __init__(self, finder: QuantityFinder) -> None:
        self.finder = finder
        pre, post = finder.pre_words, finder.post_words
        q = rf"(?P<pre>{pre})?"
        self.fraction = regex.compile(
            rf"{q}(?P<den>{NUMBER})分之(?P<num>{NUMBER})(?:{RANGE_SEP}(?:百分之)?(?P<top>{NUMBER_HIGH}))?(?P<post>{post})?",
            regex.V1,
        )
        self.doubling = regex.compile(r"翻了?(?P<n>[一两二三四五六七八九\d])番", regex.V1)
        # 4成6, 三成五: a digit after 成 counts hundredths, in the script of the tenths, when it
        # starts no word or figure of its own (八成一线职工, 3成6个 keep 80 %, 30 %); 七至八成 is a range.
        units = alternation([*finder.units, *"年月日号"])

        def hundredths(name: str) -> str:
            return (
                rf"(?:(?<=\d成)(?P<{name}>\d)(?![\d.,%A-Za-z]|{MULTIPLIER}|{units})"
                rf"|(?<=[{_TENTHS}]成)(?P<{name}2>[一二三四五六七八九])(?![{_TENTHS}〇零○]|{MULTIPLIER}|{units}))"
            )

        tenth = rf"(?:[{_TENTHS}]|\d(?:\.\d)?+)"
        self.tenths = regex.compile(
            rf"{q}(?<![\d零〇{_TENTHS}.,])(?:(?P<la>{tenth})(?:成{hundredths('lc')}?)?\s?{RANGE_SEP}\s?)?"
            rf"(?P<a>{tenth})(?:(?P<b>[一二三四五六七八九])?(?P<w>折)|(?P<w2>成){hundredths('c')}?)(?P<post>{post})?",
            regex.V1,
        )
        # words after a digit (成为, 折合) and words a hundredths digit would start (一线, 五星)
        self.exceptions = tuple(w for w in finder.vocab.tenths_exceptions if w[0] in "成折")
        self.digit_words = tuple(w for w in finder.vocab.tenths_exceptions if w[0] not in "成折")
        measured = [w for w, u in finder.units.items() if u.kind in ("measure", "duration")]
        self.half = regex.compile(
            rf"{q}(?P<num>{NUMBER})(?:个半(?P<u1>{alternation(_HALF_COUNTED)})"
            rf"|(?P<u2>{alternation([*measured, '年'])})半)(?P<post>{post})?",
            regex.V1,
        )
        self.yuan = regex.compile(
            rf"{q}(?P<num>{NUMBER})(?P<mult>万)?(?:元|圆|块)(?:(?P<j>{_DIGIT})[角毛])?(?:(?P<f>{_DIGIT})分)?",
            regex.V1,
        )
        people = alternation(finder.vocab.people_nouns)
        self.people = regex.compile(
            rf"{q}(?P<num>{NUMBER})(?P<mult>[万亿])?(?P<inf>余|多)?(?=\p{{Han}}{{0,3}}?(?:{people}))", regex.V1
        )
        self.currencies = {u.written: u for u in finder.vocab.currencies}
        money = [w for w, u in finder.units.items() if u.kind == "money"]
        self.prefixed = regex.compile(
            rf"{q}(?<![A-Za-z])(?P<cur>{alternation(self.currencies)})\s?(?P<num>{NUMBER_HIGH})(?P<mult>{MULTIPLIER})?"
            rf"(?P<unit>{alternation(money)})?(?P<post>{post})?",
            regex.V1,
        )
        # A shape is sought only around the characters it cannot do without (a scan of the whole
        # text from every position costs as much as the main grammar), and only where a numeral
        # stands next to them: pattern -> (anchor, slack, numeral characters, where they must be).
        numeral_chars = frozenset(_NUMERAL_CHARS)
        self.anchors: dict[
            int, tuple[regex.Pattern | _regex.Pattern[str] | re.Pattern[str], int, frozenset[str], Near]
        ] = {
            id(self.tenths): (regex.compile("[成折]"), 0, numeral_chars, lambda a: (a.start() - 2, a.start())),
            id(self.half): (regex.compile("半"), 0, numeral_chars, lambda a: (a.start() - 12, a.start())),
            id(self.yuan): (regex.compile(rf"[元圆块]{_DIGIT}[角毛分]", regex.V1), 0, numeral_chars, _before),
            id(self.people): (regex.literals(people), 3, frozenset("万亿"), _just_before),
            id(self.prefixed): (
                regex.literals(alternation(self.currencies)),
                0,
                numeral_chars,
                lambda a: (a.end(), a.end() + 2),
            ),
        }

    def find(self, text: str) -> list[Quantity]:
        """The figures of `text` in the shapes beside the main grammar (fractions, tenths, halves …)."""
        return [
            *self._fractions(text),
            *self._doublings(text),
            *self._tenths(text),
            *self._halves(text),
            *self._yuan(text),
            *self._prefixed(text),
            *self._people(text),
        ]

    def _iter(self, pattern: regex.Pattern | _regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
        if id(pattern) not in self.anchors:
            yield from pattern.finditer(text)
            return
        anchor, slack, chars, near = self.anchors[id(pattern)]
        done = 0  # matches end here or before: never yield one twice
        for a in anchor.finditer(text):
            lo, hi = near(a)
            if a.start() < done or chars.isdisjoint(text[max(0, lo) : hi]):
                continue
            lo, hi = max(done, a.start() - _REACH), min(len(text), a.end() + _REACH)
            for m in pattern.finditer(text, lo, hi):  # a short window: untimed, bounded by its length
                if m.start() <= a.start() <= m.end() + slack and m.start() >= done:
                    done = m.end()
                    yield m
                    break

    def _qualifier(self, m: regex.Match[str]) -> Qualifier:
        pre, post = m.groupdict().get("pre"), m.groupdict().get("post")
        return self.finder.before[pre] if pre else self.finder.after[post] if post else "exact"

    def _make(self, m: regex.Match[str], start: int, end: int, value: Decimal, unit: str, **kw: object) -> Quantity:
        fields: dict[str, object] = {"kind": "percent", "currency": None, "chinese": False, "high": None}
        fields.update(context_start=m.start(), context_end=m.end())
        fields.update(kw)
        return Quantity(
            start=start,
            end=end,
            value=value,
            unit=unit,
            qualifier=self._qualifier(m),
            **fields,  # type: ignore[arg-type]
        )

    def _fractions(self, text: str) -> Iterator[Quantity]:
        for m in self._iter(self.fraction, text):
            den, num = parse_numeral(m["den"]), parse_numeral(m["num"])
            top = parse_numeral(m["top"]) if m["top"] else None
            if den is None or num is None or den.value == 0 or (m["top"] and (top is None or m["den"] != "百")):
                continue
            unit, value = ("‰", num.value) if m["den"] == "千" else ("%", num.value * 100 / den.value)
            if m["den"] == "百":
                value = num.value
            if value != value.to_integral_value():
                value = _six_places(value)
            high = top.value if top else None  # 百分之廿七点六至卅一点四
            end = m.end("top") if top else m.end("num")
            if high is not None and high < value:  # 百分之百至三十个: no range runs downwards
                yield self._make(m, m.start("den"), m.end("num"), value, unit, context_end=m.end("num"))
                continue
            yield self._make(m, m.start("den"), end, value, unit, high=high)

    def _doublings(self, text: str) -> Iterator[Quantity]:
        for m in self._iter(self.doubling, text):
            n = parse_numeral(m["n"])
            if n is not None and 0 < n.value < 10:
                yield self._make(m, m.start(), m.end(), Decimal(2) ** int(n.value), "倍", kind="multiple")

    def _tenths(self, text: str) -> Iterator[Quantity]:
        """八成 -> 80 %, 七五折 -> 75 %: 成 counts tenths, 折 a price as tenths of the full price; a
        digit after 成 hundredths (4成6 -> 46 %); 七至八成 -> [70, 80] %."""
        for m in self._iter(self.tenths, text):
            word = m.start("w") if m["w"] else m.start("w2")
            if text.startswith(self.exceptions, word):
                continue
            c2 = m["c2"] if m["c2"] and not text.startswith(self.digit_words, m.start("c2")) else None
            value = _tenths_value(m["a"], m["b"] or m["c"] or c2)
            if value is None or (m["a"] == "十" and m["w"]):
                continue
            end = m.end("c") if m["c"] else m.end("c2") if c2 else word + 1
            lc2 = m["lc2"] if m["lc2"] and not text.startswith(self.digit_words, m.start("lc2")) else None
            low = _tenths_value(m["la"], m["lc"] or lc2) if m["la"] else None
            if low is None or low >= value:
                yield self._make(m, m.start("a"), end, value, "%", context_start=m.start("a"))
            else:
                yield self._make(m, m.start("la"), end, low, "%", high=value)

    def _halves(self, text: str) -> Iterator[Quantity]:
        for m in self._iter(self.half, text):
            n = parse_numeral(m["num"])
            if n is None or n.high is not None or (m["u2"] == "年" and n.value >= 100):
                continue  # 2023年半年报: a year, not two and a half
            if m["u1"]:
                unit, kind = _HALF_COUNTED[m["u1"]], "duration"
            elif m["u2"] == "年":
                unit, kind = "年", "duration"
            else:
                unit, kind = self.finder.units[m["u2"]].canonical, self.finder.units[m["u2"]].kind
            end = m.end("u1") if m["u1"] else m.end("u2") + 1
            chinese = not m["num"][0].isdigit()
            yield self._make(m, m.start("num"), end, n.value + Decimal("0.5"), unit, kind=kind, chinese=chinese)

    def _yuan(self, text: str) -> Iterator[Quantity]:
        """12元5角 -> 12.5 元, 123元1角1分 -> 123.11 元 (毛 is 角)."""
        for m in self._iter(self.yuan, text):
            n = parse_numeral(m["num"])
            if n is None or not (m["j"] or m["f"]) or n.high is not None:
                continue
            j, f = (parse_numeral(m[g]) if m[g] else None for g in ("j", "f"))
            value = n.value * (10**4 if m["mult"] else 1)
            value += (j.value / 10 if j else 0) + (f.value / 100 if f else 0)
            end = m.end("f") + 1 if m["f"] else m.end("j") + 1
            chinese = not m["num"][0].isdigit()
            yield self._make(m, m.start("num"), end, value, "元", kind="money", currency="CNY", chinese=chinese)

    def _prefixed(self, text: str) -> Iterator[Quantity]:
        """人民币4元, 港币两千九百六十元, US$20: the currency word or symbol is part of the surface."""
        for m in self._iter(self.prefixed, text):
            n = parse_numeral(m["num"])
            if n is None:
                continue
            cur = self.currencies[m["cur"]]
            unit = self.finder.units[m["unit"]] if m["unit"] else cur
            if unit.currency == "CNY" and unit.canonical == "元":
                unit = cur  # 新台币3万元: 元 is the currency's own yuan
            mult = m["mult"] or ""
            value = n.value * (multiplier(mult) if mult else 1)
            end = m.end("unit") if m["unit"] else m.end("mult") if mult else m.end("num")
            yield self._make(
                m, m.start("cur"), end, value, unit.canonical, kind="money", currency=unit.currency, multiplier=mult
            )

    def _people(self, text: str) -> Iterator[Quantity]:
        """1.95万贫困人口, 十万职工: a figure in 万/亿 before a noun naming people counts 人."""
        for m in self._iter(self.people, text):
            num = m["num"]
            if not (m["mult"] or num[-1] in "万亿") or all(c in "十百千万亿" for c in num):
                continue  # 百万职工: a name, as 万人 is
            n = parse_numeral(num + (m["mult"] or ""))
            if n is None or n.high is not None:
                continue
            chinese = not num[0].isdigit()
            q = self._make(m, m.start("num"), m.end(), n.value, "人", kind="people", chinese=chinese)
            yield dataclasses.replace(q, qualifier=self.finder.inside[m["inf"]]) if m["inf"] and not m["pre"] else q


def _tenths_value(tenths: str, hundredths: str | None) -> Decimal | None:
    """八 -> 80, 4 and 6 -> 46, 7.5 -> 75 (a decimal takes no hundredths digit)."""
    a = parse_numeral(tenths)
    b = parse_numeral(hundredths) if hundredths else None
    if a is None or (b is not None and "." in tenths):
        return None
    return a.value * 10 + (b.value if b else 0)


def _six_places(value: Decimal) -> Decimal:
    """A fraction's share rounded to six places, with the precision that takes (三分之10²⁴ has 25
    digits before the point: past the default context, where quantize would raise)."""
    context = Context(prec=max(28, value.adjusted() + 8))
    return value.quantize(Decimal("1.000000"), context=context).normalize(context)


def _just_before(a: AnchorMatch) -> tuple[int, int]:
    return a.start() - 5, a.start()
