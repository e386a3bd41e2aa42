"""Find quantities in normalised text: number, multiplier, unit, qualifier, range.

The grammar lives here; the words (units, qualifiers) come from ``vocabulary``. Every pattern is
linear: number runs are matched possessively and only from the start of a run, so no input can
make a pattern backtrack without bound.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Context, Decimal

from . import bounds
from . import timed_regex as regex
from .config import Vocabulary
from .models import Kind, Qualifier
from .numerals import CN_DIGITS, CN_MULTIPLIERS, Numeral, multiplier, parse_numeral

_CN = CN_DIGITS + CN_MULTIPLIERS + "壹贰叁肆伍陆柒捌玖拾佰仟"
ARABIC = r"(?:\d{1,3}(?:,\d{3})++(?![\d,])|\d++)(?:\.\d++)?"
_NUM_ARABIC = rf"(?<![\d.A-Za-z-])(?:-(?=\d))?(?:\d++[万亿]\d{{1,4}}+(?![\d.])|{ARABIC})"
_NUM_CHINESE = rf"(?<![{_CN}几第])[{_CN}几]++(?:点[{CN_DIGITS}]++)?"
NUMBER = rf"(?:{_NUM_ARABIC}|{_NUM_CHINESE})"
# The top of a range follows its separator, which the start-of-run lookbehinds would refuse.
_NUMBER_HIGH = rf"(?:(?:\d++[万亿]\d{{1,4}}+(?![\d.])|{ARABIC})|[{_CN}几]++(?:点[{CN_DIGITS}]++)?)"
MULTIPLIER = r"(?:万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千|百|十)"
_RANGE_SEP = r"(?:至|到|-|~|—|－)"


def _alternation(words: Iterable[str]) -> str:
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


class QuantityFinder:
    """Compiled patterns for one vocabulary (units, qualifier words)."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.units = {u.written: u for u in vocab.units}
        quals = vocab.qualifiers
        self.before, self.inside, self.after = quals["before"], quals["inside"], quals["after"]
        self.numeral_words = vocab.numeral_words  # 上万, 数十: part of the numeral itself
        led = [w for w in self.units if w[0] in CN_MULTIPLIERS]
        plain = [w for w in self.units if w[0] not in CN_MULTIPLIERS]
        pre, post = _alternation(self.before), _alternation(self.after)
        self.pattern = regex.compile(
            rf"(?P<pre>{pre})?"
            rf"(?:(?P<lo>{NUMBER})(?P<lomult>{MULTIPLIER})?\s?{_RANGE_SEP}\s?(?P<hi>{_NUMBER_HIGH})"
            rf"|(?P<num>{NUMBER}))"
            r"(?P<inf1>余|多)?"
            rf"(?:(?P<unitm>{_alternation(led)})"
            rf"|(?P<mult>{MULTIPLIER})?(?P<inf2>余|多)?\s?(?P<unit>{_alternation(plain + led)}))"
            rf"(?:/(?P<per>{_alternation(plain + led)}))?"  # a rate: 8500元/平方米, 120公里/小时
            rf"(?P<post>{post})?",
            regex.V1,
        )
        self.fraction = regex.compile(
            rf"(?P<pre>{pre})?(?P<den>{NUMBER})分之(?P<num>{NUMBER})(?P<post>{post})?", regex.V1
        )
        self.doubling = regex.compile(r"翻了?(?P<n>[一两二三四五六七八九\d])番", regex.V1)
        # 至少开展2次: a comparison word may stand a short verb away from its figure (高于/低于 a
        # verb away compare, they do not bound: only the words marked "bound" in qualifiers.tsv).
        self.gapped = regex.compile(
            rf"(?P<word>{_alternation(w for w in self.before if w in vocab.bound_words)})\p{{Han}}{{1,3}}$", regex.V1
        )
        self.bare_before = regex.compile(rf"(?<![\d.A-Za-z])(?P<num>-?{ARABIC})\s?(?:、|和|及|与|以及)\s?$", regex.V1)

    def find(self, text: str) -> tuple[list[Quantity], list[Rejection]]:
        """Every quantity of normalised `text` in order, and the number-like spans the grammar refused."""
        found: list[Quantity] = []
        rejected: list[Rejection] = []
        for m in self.pattern.finditer(text):  # never empty: a unit is required
            q = self._from_match(m)
            if isinstance(q, Rejection):
                rejected.append(q)
            else:
                found.append(q)
        found += self._fractions(text) + self._doublings(text)
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
            if q.qualifier == "exact" and (distant := self.qualifier_at_distance(text[lo : q.context_start])):
                q = dataclasses.replace(q, qualifier=distant)
            out.append(q)
        return out

    def qualifier_at_distance(self, left: str) -> Qualifier | None:
        """The qualifier of a comparison word a few characters before the figure, if any."""
        m = self.gapped.search(left)
        return self.before[m["word"]] if m else None

    # ---------------------------------------------------------------- the main grammar
    def _from_match(self, m: regex.Match[str]) -> Quantity | Rejection:
        ranged = m["lo"] is not None
        num_text = m["hi"] if ranged else m["num"]
        num_start = m.start("lo") if ranged else m.start("num")
        numeral = parse_numeral(num_text)
        if numeral is None:
            return Rejection(num_start, m.end(), "not a numeral")
        unit_word = m["unitm"] or m["unit"]
        unit = self.units[unit_word]
        mult = m["mult"] or ""
        scale = multiplier(mult) if mult else Decimal(1)
        pre = m["pre"]
        chinese = not num_text[0].isdigit() and num_text[0] != "-"
        lone = chinese and all(c in CN_MULTIPLIERS for c in num_text)
        if pre in self.numeral_words and not lone:
            pre = None
        if lone and not (pre or m["inf1"] or m["inf2"]) and num_text != "十":
            return Rejection(num_start, m.end(), "name")  # 万家, 千人计划: not a count; 百余人 is one
        if chinese and num_text == "一" and not mult and unit.kind in ("count", "people"):
            return Rejection(num_start, m.end(), "vague")  # 一个, 一批: an article, not a count
        value, high = numeral.value * scale, None
        if numeral.high is not None:
            high = numeral.high * scale
        if ranged:
            low = self._range_low(m, scale)
            if low is None:
                return Rejection(num_start, m.end(), "not a numeral")
            value, high = low, value
            if high < value:
                return Rejection(num_start, m.end(), "not a range")
        start = m.start("pre") if pre in self.numeral_words else num_start
        per = self.units[m["per"]].canonical if m["per"] else None
        return Quantity(
            start=start,
            end=m.end("per") if per else m.end("unitm") if m["unitm"] else m.end("unit"),
            value=value,
            high=high,
            unit=f"{unit.canonical}/{per}" if per else unit.canonical,
            kind=unit.kind,
            currency=unit.currency,
            qualifier=self._qualifier(pre, m["inf1"] or m["inf2"], m["post"], numeral),
            context_start=m.start(),
            context_end=m.end(),
            chinese=chinese,
            multiplier=mult,
        )

    def _range_low(self, m: regex.Match[str], scale: Decimal) -> Decimal | None:
        low = parse_numeral(m["lo"])
        if low is None:
            return None
        if m["lomult"]:
            return low.value * multiplier(m["lomult"])
        hi = m["hi"]
        # 八到九百亿: the low end shares the high end's scale (百亿), not just the last multiplier.
        if len(m["lo"]) == 1 and len(hi) > 1 and hi[0] in CN_DIGITS and all(c in CN_MULTIPLIERS for c in hi[1:]):
            return low.value * multiplier(hi[1:]) * scale
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

    # ---------------------------------------------------------------- other shapes
    def _fractions(self, text: str) -> list[Quantity]:
        out = []
        for m in self.fraction.finditer(text):
            den, num = parse_numeral(m["den"]), parse_numeral(m["num"])
            if den is None or num is None or den.value == 0:
                continue
            unit, value = ("‰", num.value) if m["den"] == "千" else ("%", num.value * 100 / den.value)
            if m["den"] == "百":
                value = num.value
            if value != value.to_integral_value():
                value = _six_places(value)
            pre, post = m["pre"], m["post"]
            qualifier = self.before[pre] if pre else self.after[post] if post else "exact"
            out.append(
                Quantity(
                    m.start("den"),
                    m.end("num"),
                    value,
                    None,
                    unit,
                    "percent",
                    None,
                    qualifier,
                    m.start(),
                    m.end(),
                    chinese=False,
                )
            )
        return out

    def _doublings(self, text: str) -> list[Quantity]:
        out = []
        for m in self.doubling.finditer(text):
            n = parse_numeral(m["n"])
            if n is not None and 0 < n.value < 10:
                out.append(
                    Quantity(
                        m.start(),
                        m.end(),
                        Decimal(2) ** int(n.value),
                        None,
                        "倍",
                        "multiple",
                        None,
                        "exact",
                        m.start(),
                        m.end(),
                        chinese=False,
                    )
                )
        return out

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


def _six_places(value: Decimal) -> Decimal:
    """A fraction's share rounded to six places, with the precision that takes (三分之10²⁴ has 25
    digits before the point: past the default context, where quantize would raise)."""
    context = Context(prec=max(28, value.adjusted() + 8))
    return value.quantize(Decimal("1.000000"), context=context).normalize(context)
