"""Find quantities in normalised text: number, multiplier, unit, qualifier, range.

The grammar lives here; the words (units, qualifiers) come from the `Vocabulary`. Every pattern is
linear: number runs are matched possessively and only from the start of a run, so no input can
make a pattern backtrack without bound.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from decimal import Decimal
from operator import itemgetter

from . import bounds
from . import timed_regex as regex
from .config import Vocabulary
from .grammar import (
    ARABIC,
    CELLS_APART,
    INCLUSIVE,
    MULTIPLIER,
    MULTIPLIER_CHARS,
    NUMBER,
    NUMBER_HIGH,
    RANGE_SEP,
    Quantity,
    Rejection,
    alternation,
)
from .models import Qualifier
from .numerals import CN_DIGITS, CN_MULTIPLIERS, FINANCIAL, Numeral, multiplier, parse_numeral, vague_scale
from .shapes import ShapeFinder

_CHAIN_MULTIPLIERS = frozenset("十百千万亿兆佰仟拾")
_LONE_CHARS = frozenset(MULTIPLIER_CHARS + FINANCIAL[-3:])  # a run of these alone: 万家, 千人计划
_NOT_NUMERAL = "not a numeral"
_TWO_UNITS = "two units"  # a range's ends in different units: two figures, not a range
#: 每人/每名/每户 … a few words before an amount in its clause: the amount of each (not 每个月, a period;
#: not 平均每户, an average)
_PER_HEAD = regex.compile(r"(?<!平均)每(?:人|名|户|位|家|个(?!月))[^，,；;。\d]{0,8}$")
_GROUPS = ("pre", "num", "lomult", "lounit", "hi", "inf1", "unitm", "mult", "inf2", "unit", "per", "post")

__all__ = ["ARABIC", "Quantity", "QuantityFinder", "Rejection"]


class QuantityFinder:
    """Compiled patterns for one vocabulary (units, qualifier words)."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.units = {u.written: u for u in vocab.units}
        quals = vocab.qualifiers
        self.before, self.inside, self.after = quals["before"], quals["inside"], quals["after"]
        self.numeral_words = vocab.numeral_words  # 上万, 数十: part of the numeral itself
        led = [w for w in self.units if w[0] in MULTIPLIER_CHARS]
        plain = [w for w in self.units if w[0] not in MULTIPLIER_CHARS]
        pre, post = alternation(self.before), alternation(self.after)
        self.pre_words, self.post_words = pre, post
        self.pattern = regex.compile(
            rf"(?P<pre>{pre})?"
            # the number, then the rest of a range if one follows (one reading of the low end, not
            # a range tried and the number read again)
            rf"(?P<num>{NUMBER})(?:(?P<lomult>{MULTIPLIER})?(?P<lounit>{alternation(plain + led)})?{INCLUSIVE}"
            rf"\s?{RANGE_SEP}\s?(?P<hi>{NUMBER_HIGH}))?"
            r"(?:\x20?(?P<inf1>余|多))?"  # 2300 余人: a space in a markdown or PDF copy
            # a PDF space, or a hard wrap, may stand before 亿元, 万人 ("8.76\n万人")
            rf"(?:[\x20\n]?(?P<unitm>{alternation(led)})"
            rf"|(?:[\x20\n]?(?P<mult>{MULTIPLIER}))?(?P<inf2>余|多)?\s?(?P<unit>{alternation(plain + led)}))"
            rf"(?:/(?P<per>{alternation(plain + led)}))?"  # a rate: 8500元/平方米, 120公里/小时
            rf"(?P<post>{post})?",
            regex.V1,
        )
        # 至少开展2次: a comparison word may stand a short verb away from its figure (高于/低于 a
        # verb away compare, they do not bound: only the words marked "bound" in qualifiers.tsv).
        # 不低于经费总额的60%: a bound (不…) whose object closes with 的 before the figure
        of_bounds = [w for w, q in self.before.items() if w.startswith("不") and q in ("at_least", "under")]
        self.gapped = regex.compile(
            rf"(?P<word>{alternation(w for w in self.before if w in vocab.bound_words)})\p{{Han}}{{1,3}}$"
            rf"|(?P<word>{alternation(of_bounds)})[^，,；;。\d]{{1,10}}的$",
            regex.V1,
        )
        self.bare_before = regex.compile(rf"(?<![\d.A-Za-z])(?P<num>-?{ARABIC})\s?(?:、|和|及|与|以及)\s?$", regex.V1)

        self._at = self.pattern.groupindex  # group name -> number: positions read faster than names
        self._take = itemgetter(*(self._at[name] - 1 for name in _GROUPS))
        self.shapes = ShapeFinder(self)

    def find(self, text: str) -> tuple[list[Quantity], list[Rejection]]:
        """Every quantity of normalised `text` in order, and the number-like spans the grammar refused."""
        found: list[Quantity] = []
        rejected: list[Rejection] = []
        for m in self.pattern.finditer(text):  # never empty: a unit is required
            q = self._from_match(m)
            if isinstance(q, Rejection) and q.reason == _TWO_UNITS:
                found += self._ends_apart(text, m)
            elif isinstance(q, Rejection) and q.reason == _NOT_NUMERAL and (after := self._after_word(text, q)):
                found.append(after)
            elif isinstance(q, Rejection):
                rejected.append(q)
            else:
                found.append(q)
        found += self.shapes.find(text)
        found = _without_overlaps(found)
        found += self._coordinated(text, found)
        found.sort(key=lambda q: q.start)
        return found, rejected

    def with_distant_qualifiers(self, text: str, kept: Sequence[Quantity]) -> list[Quantity]:
        """The kept figures (in order), an exact one qualified by a comparison word a short verb
        before it in its clause: 至少开展2次. Runs after the exclusions, as the words read around a
        figure stop where the kept figure before it ends."""
        out: list[Quantity] = []
        for q in kept:
            lo, _ = bounds.window(text, q.context_start, q.context_end, out[-1].context_end if out else 0)
            if q.qualifier == "exact" and (distant := self.qualifier_at_distance(text[lo : q.context_start], q.kind)):
                q = dataclasses.replace(q, qualifier=distant)
            out.append(q)
        return out

    def qualifier_at_distance(self, left: str, kind: str = "count") -> Qualifier | None:
        """The qualifier of a comparison word a few characters before the figure, if any; each for
        a sum given per head (每人发放慰问金800元, 每户补助2000元), not for a statistic of one
        (每人每月总工时为165.8小时, 每人每月总薪资平均为…)."""
        if m := self.gapped.search(left):
            return self.before[m["word"]]
        per_head = kind == "money" and (m := _PER_HEAD.search(left)) is not None and "平均" not in m.group()
        return "each" if per_head else None

    # ---------------------------------------------------------------- the main grammar
    def _from_match(self, m: regex.Match[str]) -> Quantity | Rejection:
        # the groups by position (a tenth of the time of reading a dozen by name)
        g_pre, g_num, g_lomult, g_lounit, g_hi, g_inf1, g_unitm, g_mult, g_inf2, g_unit, g_per, g_post = self._take(
            m.groups()
        )
        ranged = g_hi is not None
        num_text = g_hi if ranged else g_num
        num_start = m.start(self._at["num"])
        pre = g_pre
        unit = self.units[g_unitm or g_unit]
        digits = num_text.removeprefix("负").removeprefix("零下")
        chinese = not digits[0].isdigit() and digits[0] != "-"
        lone = chinese and _LONE_CHARS.issuperset(digits)
        mult = g_mult or ""
        if mult and digits[0].isdigit() and any(c in _CHAIN_MULTIPLIERS for c in digits):
            num_text, mult = num_text + mult, ""  # 13万2千: the multiplier closes the chain
        numeral = vague_scale(num_text) if pre == "数" and lone and not ranged else parse_numeral(num_text)
        if numeral is None:
            return Rejection(num_start, m.end(), _NOT_NUMERAL)
        if "\n" in m[0] and CELLS_APART.search(m.string, m.string.rfind("\n", 0, num_start) + 1, num_start):
            return Rejection(num_start, m.end(), "row end")  # a table row's cell never runs onto the next line
        if pre in self.numeral_words and not lone:
            pre = None
        if lone and not (pre or g_inf1 or g_inf2) and not num_text.startswith("十"):
            return Rejection(num_start, m.end(), "name")  # 万家, 千人计划, 拾起: not a count; 百余人 is one
        if chinese and num_text == "一" and not mult and unit.kind in ("count", "people"):
            return Rejection(num_start, m.end(), "vague")  # 一个, 一批: an article, not a count
        scale = multiplier(mult) if mult else Decimal(1)
        value, high = numeral.value * scale, None if numeral.high is None else numeral.high * scale
        if pre == "数" and numeral.vague == "approx":
            pre = None  # 数十: the range says it
        if ranged:
            low = self._range_low(g_num, g_hi, g_lomult, scale, own_unit=g_lounit is not None)
            if g_lounit and self.units[g_lounit].canonical != unit.canonical:
                return Rejection(num_start, m.end(), _TWO_UNITS)
            if low is None:
                return Rejection(num_start, m.end(), "not a range")
            value, high = low, value
        context_start = m.start()
        if ranged and high is not None and high < value:
            # no range runs downwards: the figure after the separator stands alone (百分之百至三十个)
            num_start = context_start = m.start(self._at["hi"])
            value, high = high, None if numeral.high is None else numeral.high * scale
            pre = g_pre = None
        start = m.start(self._at["pre"]) if g_pre in self.numeral_words and lone else num_start
        per = self.units[g_per].canonical if g_per else None
        return Quantity(
            start=start,
            end=m.end(self._at["per"]) if per else m.end(self._at["unitm"]) if g_unitm else m.end(self._at["unit"]),
            value=value,
            high=high,
            unit=f"{unit.canonical}/{per}" if per else unit.canonical,
            kind=unit.kind,
            currency=unit.currency,
            qualifier=self._qualifier(pre, g_inf1 or g_inf2 or _inside(unit.written), g_post, numeral),
            context_start=context_start,
            context_end=m.end(),
            chinese=chinese,
            multiplier=mult,
        )

    def _ends_apart(self, text: str, m: regex.Match[str]) -> list[Quantity]:
        """The two figures of a "range" whose ends have different units (2小时到3天), each alone."""
        out: list[Quantity] = []
        for lo, hi in ((m.start(), m.end(self._at["lounit"])), (m.start(self._at["hi"]), m.end())):
            # the top read from its own start: the separator before it (50人-100名) is no minus sign
            for part in self.pattern.finditer(text[lo:hi]):
                q = self._from_match(part)
                if isinstance(q, Quantity):
                    out.append(_shifted(q, lo))
        return out

    def _after_word(self, text: str, r: Rejection) -> Quantity | None:
        """The figure after the last character or two of a word (统一三十六支: 三十六支), when a
        Chinese run is no numeral as a whole."""
        if text[r.start].isdigit():
            return None
        for lo in (r.start + 1, r.start + 2):
            m = self.pattern.fullmatch(text[lo : r.end])
            if m is not None and isinstance(q := self._from_match(m), Quantity):
                return _shifted(q, lo)
        return None

    def _range_low(self, lo: str, hi: str, lomult: str | None, scale: Decimal, *, own_unit: bool) -> Decimal | None:
        """The low end's value; `scale` is the top's multiplier. A low end written with its own unit
        is whole (3000元至2万元: the 万 is the top's alone)."""
        low = parse_numeral(lo)
        if low is None:
            return None
        if lomult or own_unit:
            return low.value * multiplier(lomult) if lomult else low.value
        # 八到九百亿: the low end shares the high end's scale (百亿), not just the last multiplier.
        if len(lo) == 1 and len(hi) > 1 and hi[0] in CN_DIGITS and all(c in CN_MULTIPLIERS for c in hi[1:]):
            return low.value * multiplier(hi[1:]) * scale
        # 十八至三十万, 一百二十到一百五十万: a 万/亿 written once, at the top, covers the range.
        tail = regex.search(r"[万亿]+$", hi)
        if tail and not any(c in "万亿" for c in lo):
            return low.value * multiplier(tail[0]) * scale
        return low.value * scale

    def _qualifier(self, pre: str | None, inside: str | None, post: str | None, numeral: Numeral) -> Qualifier:
        if pre:
            return self.before[pre]
        if inside:
            return self.inside[inside]
        if numeral.vague:
            return numeral.vague
        if post:
            return self.after[post]
        return "exact"

    # ---------------------------------------------------------------- listed figures
    def _coordinated(self, text: str, found: list[Quantity]) -> list[Quantity]:
        """Bare numbers listed before a figure share its unit: 1.2、1.3和5.6个百分点."""
        out: list[Quantity] = []
        floor = 0  # never reach back into the figure before (百分之5和百分之6: 5 is taken)
        for q in found:
            if q.high is not None or q.chinese or (not text[q.start].isdigit() and text[q.start] != "-"):
                floor = q.context_end  # ranges, Chinese numerals, 翻一番, 百分之三十 share nothing
                continue
            pos = q.context_start
            scale = multiplier(q.multiplier) if q.multiplier else Decimal(1)
            while (m := self.bare_before.search(text, max(floor, pos - 24), pos)) is not None:
                value = parse_numeral(m["num"])
                if value is None:
                    break
                out.append(
                    Quantity(
                        m.start("num"),
                        m.end("num"),
                        value.value * scale,
                        None,
                        q.unit,
                        q.kind,
                        q.currency,
                        "exact",
                        m.start("num"),
                        m.end("num"),
                        chinese=False,
                        multiplier=q.multiplier,
                    )
                )
                pos = m.start("num")
            floor = q.context_end
        return out


def _shifted(q: Quantity, by: int) -> Quantity:
    """`q` found in a slice of the text that starts at `by`."""
    return dataclasses.replace(
        q, start=q.start + by, end=q.end + by, context_start=q.context_start + by, context_end=q.context_end + by
    )


def _without_overlaps(found: list[Quantity]) -> list[Quantity]:
    """Keep the longest of overlapping finds (百分之三十 over 三十)."""
    found = sorted(found, key=lambda q: (q.context_start, -(q.context_end - q.context_start)))
    kept: list[Quantity] = []
    for q in found:
        if kept and q.context_start < kept[-1].context_end:
            if q.context_end - q.context_start > kept[-1].context_end - kept[-1].context_start:
                kept[-1] = q
            continue
        kept.append(q)
    return kept


def _inside(unit: str) -> str | None:
    """The 多 of 个多月: a unit written with 多 or 余 inside says `over`."""
    return "多" if "多" in unit else "余" if "余" in unit else None
