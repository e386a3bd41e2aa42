"""The Extractor: wires normalise -> structure -> quantities -> subjects -> records."""

from __future__ import annotations

import dataclasses
import functools
import os
import sys
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from . import timed_regex as regex
from . import vocabulary
from .models import Claim, Report, Section, Span
from .normalize import Normalized, half_width_alnum, normalize
from .quantities import Quantity, QuantityFinder, Rejection
from .segmenter import Segmenter
from .structure import Layout, LayoutReader
from .subjects import SubjectFinder, SubjectReading
from .vocabulary import Unit

_CLAUSE_BREAK = regex.compile(r"[，,。；;：:！？!?\n、]")
_SENTENCE_BREAK = regex.compile(r"[。；;！？!?\n]")
_LAST_SENTENCE_BREAK = regex.compile(r"(?r)[。；;！？!?\n]")  # searches backwards: the last one first
_QUOTED = regex.compile(r"“[^“”\n]{1,80}”|「[^「」\n]{1,80}」|『[^『』\n]{1,80}』")
_LIST_JOINERS = regex.compile(r"\s*(?:、|和|及|与|以及|,|，)?\s*")
_SPAM_REACH = 30  # characters around a figure searched for advert words, within its clause
_EXCLUSION_REACH = 12  # characters around a figure an exclusion (date, phone, ordinal …) is sought in
_LEFT_WINDOW = 24
_RIGHT_WINDOW = 16
T = TypeVar("T")


class ExtractionTimeout(RuntimeError):
    """A pattern ran past the extractor's time limit on this input."""


def _time_limited(method: Callable[..., T]) -> Callable[..., T]:
    """Run an `Extractor` method with its ``timeout`` on every pattern; a timeout is an ExtractionTimeout."""

    @functools.wraps(method)
    def limited(self: Extractor, text: str, *args: Any, **kwargs: Any) -> T:
        try:
            with regex.time_limit(self.timeout):
                return method(self, text, *args, **kwargs)
        except TimeoutError as exc:
            raise ExtractionTimeout(f"a pattern ran over {self.timeout} s on this input ({len(text)} chars)") from exc

    return limited


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity that survived the exclusion rules, with what surrounds it."""

    quantity: Quantity
    info: SubjectReading


@dataclass(frozen=True, slots=True)
class ExclusionHits:
    """A document's exclusion matches (sorted by start) and advert-word positions."""

    starts: list[int]
    found: list[tuple[int, int, str]]
    longest: int
    spam: list[int]

    def exclusion_over(self, start: int, end: int) -> str | None:
        """The reason of an exclusion match overlapping ``[start, end)``, if any."""
        i = bisect_left(self.starts, end) - 1
        while i >= 0 and self.starts[i] >= start - self.longest:
            s, e, reason = self.found[i]
            if s < end and start < e:
                return reason
            i -= 1
        return None

    def spam_near(self, pos: int, reach: int) -> bool:
        i = bisect_left(self.spam, pos - reach)
        return i < len(self.spam) and self.spam[i] <= pos + reach


class Extractor:
    """Holds configuration and loaded resources; build once, call `extract` many times.

    Args:
        extra_units: more units or measure words. A string is a count word ("盏"); a `Unit`
            sets the canonical form, kind and currency.
        domain_terms: words for the segmenter, so subjects such as "爱心驿站" stay whole.
        headline_patterns: regexes matched at the start of a body line; the group named
            ``text`` (or the whole match) is a headline.
        timeout: seconds any one pattern may run on one input before `ExtractionTimeout`.
    """

    def __init__(
        self,
        *,
        extra_units: Iterable[str | Unit] = (),
        domain_terms: Iterable[str] = (),
        headline_patterns: Sequence[str] = (),
        timeout: float | None = 10.0,
    ) -> None:
        extra_units, domain_terms = tuple(extra_units), tuple(domain_terms)
        self._config = (extra_units, domain_terms, tuple(headline_patterns), timeout)
        units = list(vocabulary.units())
        units += [u if isinstance(u, Unit) else Unit(u, u, "count") for u in extra_units]
        self.timeout = timeout
        self.finder = QuantityFinder(units, timeout=timeout)
        self.layout_reader = LayoutReader(headline_patterns)
        self.segmenter = Segmenter(domain_terms)
        self.subjects = SubjectFinder(self.segmenter)
        self._exclusions = _compile_exclusions()
        self._addresses = _compile_addresses()
        self._spam = regex.compile("|".join(regex.escape(w) for w in vocabulary.spam_markers()))
        self._periods = regex.compile("|".join(f"(?:{p})" for p in vocabulary.period_patterns()), regex.V1)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its configuration: each worker process rebuilds it once (see `extractor_for`)."""
        return (extractor_for, self._config)

    def warm_up(self) -> Extractor:
        """Load the segmenter's dictionary now rather than on the first figure."""
        self.segmenter.warm_up()
        normalize("預熱")
        return self

    # ---------------------------------------------------------------- public API
    @_time_limited
    def extract(self, text: str) -> Report:
        """Metadata, sections and claims of one document."""
        _check_text(text)
        if not text.strip():
            return Report(text=text)
        norm = normalize(text, timeout=self.timeout)
        layout = self.layout_reader.read(norm.text)
        figures = self._figures(norm.text, layout)
        sections = [_share_fields_set(s) for s in _sections(norm, layout)]
        section_starts = [s.start for s in sections]
        claims = list(_compact(self._claim(norm, f, section_starts) for f in _drain(figures)))
        return Report(
            text=text,
            title=_display(norm, layout.title),
            published=layout.published,
            source=_display(norm, layout.source),
            views=layout.views,
            sections=sections,
            claims=claims,
            boilerplate=[Span(start=a, end=b) for a, b in (norm.span(*s) for s in layout.boilerplate)],
        )

    def extract_claims(self, text: str) -> list[Claim]:
        return self.extract(text).claims

    def extract_headlines(self, text: str) -> list[Section]:
        return [s for s in self.extract(text).sections if s.headline is not None]

    # ---------------------------------------------------------------- claims
    def _figures(self, text: str, layout: Layout) -> list[Figure]:
        quantities, _ = self.finder.find(text)
        marks = self.exclusion_hits(text, quantities)
        kept = [q for q in quantities if self.reject_reason(text, q, layout, marks) is None]
        figures: list[Figure] = []
        for q in kept:
            left, right = self._windows(text, q, figures)
            if q.qualifier == "exact" and (distant := self.finder.qualifier_at_distance(left)):
                q = dataclasses.replace(q, qualifier=distant)
            info = self.subjects.read(left, right, q.kind)
            figures.append(Figure(q, self._inherit(text, q, info, figures, right)))
        return figures

    def exclusion_hits(self, text: str, quantities: Sequence[Quantity]) -> ExclusionHits:
        """The exclusion matches near the quantities and every advert word of a document."""
        found: list[tuple[int, int, str]] = []
        for lo, hi in _merged_windows(quantities, len(text), _EXCLUSION_REACH):
            for m in self._exclusions.finditer(text, lo, hi, overlapped=True):
                found.append((m.start(), m.end(), exclusion_reason(m)))
        # URLs, e-mail addresses, file names: sought whole, a figure may sit anywhere inside one
        found += [(m.start(), m.end(), exclusion_reason(m)) for m in self._addresses.finditer(text)]
        found.sort()
        spam = [m.start() for m in self._spam.finditer(text)]
        return ExclusionHits([f[0] for f in found], found, max((e - s for s, e, _ in found), default=0), spam)

    def reject_reason(self, text: str, q: Quantity, layout: Layout, marks: ExclusionHits | None = None) -> str | None:
        """Why a found quantity is not a claim (None when it is one)."""
        k = bisect_right(layout.boilerplate, (q.start, len(text))) - 1
        if k >= 0 and layout.boilerplate[k][0] <= q.start < layout.boilerplate[k][1]:
            return "boilerplate"
        marks = marks or self.exclusion_hits(text, [q])
        if marks.spam_near(q.start, _SPAM_REACH) and self._spam.search(text, *self._clause(text, q.start, q.end)):
            return "spam"
        if (reason := marks.exclusion_over(q.start, q.end)) is not None:
            return reason
        if q.chinese:
            for m in _QUOTED.finditer(text, max(0, q.start - 81), min(len(text), q.end + 81)):
                if m.start() < q.start and q.end < m.end():
                    return "slogan"
            lo = max(0, q.context_start - 6)
            window = text[lo : q.end + 4]
            if not self.segmenter.is_word_start(window, q.context_start - lo):
                return "name"  # the numeral is inside a word: 李四, 统一
            if self._word_runs_past(window, q.start - lo, q.end - lo):
                return "name"  # the figure starts a longer word: 三台县, 五人制
        return None

    def _word_runs_past(self, window: str, start: int, end: int) -> bool:
        """Whether a word runs on past the figure's end: 三台县, 五人制, 二三二条款."""
        pos = 0
        for tok in self.segmenter.tokens(window):
            pos += len(tok.word)
            if pos > end:
                return pos - len(tok.word) < end and pos - len(tok.word) >= start
        return False

    @staticmethod
    def _clause(
        text: str, start: int, end: int, before: int = _SPAM_REACH, after: int = _SPAM_REACH
    ) -> tuple[int, int]:
        """The clause around ``[start, end)``, at most `before`/`after` characters each way."""
        lo = max(0, start - before)
        breaks = list(_CLAUSE_BREAK.finditer(text, lo, start))
        hi_break = _CLAUSE_BREAK.search(text, end, min(len(text), end + after))
        return (breaks[-1].end() if breaks else lo), (hi_break.start() if hi_break else min(len(text), end + after))

    def _windows(self, text: str, q: Quantity, before: list[Figure]) -> tuple[str, str]:
        """The words of its clause on each side of a figure, never reaching into the figure before."""
        lo, hi = self._clause(text, q.context_start, q.context_end, _LEFT_WINDOW, _RIGHT_WINDOW)
        lo = max(lo, before[-1].quantity.context_end if before else 0)
        return text[lo : q.context_start], text[q.context_end : hi]

    def _inherit(
        self, text: str, q: Quantity, info: SubjectReading, before: list[Figure], right: str
    ) -> SubjectReading:
        """A figure naming nothing takes the subject of the figure before it in the sentence."""
        if info.subject:
            return info
        prev = before[-1] if before else None
        if (
            prev is None
            or not prev.info.subject
            or _SENTENCE_BREAK.search(text, prev.quantity.end, q.start)
            or (q.kind != prev.quantity.kind and q.kind != "percent")
        ):
            subject = self.subjects.head_after_de(right)
            return SubjectReading(subject, info.change, info.cumulative, info.enumerated) if subject else info
        subject = prev.info.subject
        if _LIST_JOINERS.fullmatch(text, prev.quantity.context_end, q.context_start):
            # 分别增长18.6%和21.3%: a listed figure shares the words of the one before it
            return SubjectReading(subject, info.change or prev.info.change, prev.info.cumulative, info.enumerated)
        if info.change and q.kind == "percent":
            word = text[max(0, q.context_start - 2) : q.context_start]
            subject += word if vocabulary.changes().get(word) else ("增长" if info.change == "up" else "下降")
        return SubjectReading(subject, info.change, info.cumulative, info.enumerated)

    def _claim(self, norm: Normalized, f: Figure, section_starts: list[int]) -> Claim:
        q, text = f.quantity, norm.text
        start, end = norm.span(q.start, q.end)
        sent_lo_m = _LAST_SENTENCE_BREAK.search(text, max(0, q.start - 400), q.start)
        sent_lo = sent_lo_m.end() if sent_lo_m else 0
        sent_hi_m = _SENTENCE_BREAK.search(text, q.end, min(len(text), q.end + 400))
        sent_hi = sent_hi_m.end() if sent_hi_m else min(len(text), q.end + 400)
        periods = list(self._periods.finditer(text, sent_lo, q.start))
        return Claim(
            surface=norm.original[start:end],
            start=start,
            end=end,
            value=q.value,
            high=q.high,
            unit=q.unit,
            qualifier=q.qualifier,
            subject=f.info.subject,
            kind=q.kind,
            currency=q.currency,
            cumulative=f.info.cumulative,
            change=f.info.change,  # type: ignore[arg-type]
            period=norm.original_without_noise(*periods[-1].span()) if periods else None,
            section=_section_index(section_starts, start),
            sentence=norm.original_without_noise(sent_lo, sent_hi).strip(),
        )

    # ---------------------------------------------------------------- accounting
    @_time_limited
    def rejections(self, text: str) -> list[Rejection]:
        """Every number-like span the grammar saw but did not keep, with the reason."""
        _check_text(text)
        norm = normalize(text, timeout=self.timeout)
        layout = self.layout_reader.read(norm.text)
        quantities, rejected = self.finder.find(norm.text)
        out = [Rejection(*norm.span(r.start, r.end), r.reason) for r in rejected]
        marks = self.exclusion_hits(norm.text, quantities)
        for q in quantities:
            if (reason := self.reject_reason(norm.text, q, layout, marks)) is not None:
                out.append(Rejection(*norm.span(q.start, q.end), reason))
        return out


def _check_text(text: object) -> None:
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError("extract() takes str, not bytes: decode first, e.g. union_facts.read_text(data)")
    if isinstance(text, os.PathLike):
        fix = f"read it first, e.g. union_facts.read_text({os.fspath(text)!r})"
        raise TypeError(f"extract() takes the text, not a path: {fix}")
    if not isinstance(text, str):
        raise TypeError(f"extract() takes str, not {type(text).__name__}: pass the document's text")


def _merged_windows(quantities: Sequence[Quantity], length: int, reach: int) -> list[tuple[int, int]]:
    """The stretches within `reach` of some quantity, overlapping ones merged."""
    windows: list[tuple[int, int]] = []
    for q in sorted(quantities, key=lambda q: q.start):
        lo, hi = max(0, q.start - reach), min(length, q.end + reach)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows


def exclusion_reason(m: regex.Match[str]) -> str:
    """The reason of an exclusion match: its group name without the ``__index`` suffix."""
    return (m.lastgroup or "excluded").split("__")[0]


def _compile_exclusions() -> regex.Pattern[str]:
    """One alternation of every exclusion; a match's group name is ``reason__index``."""
    parts = [f"(?P<{reason}__{i}>{pattern})" for i, (reason, pattern) in enumerate(vocabulary.exclusions())]
    slogans = "|".join(regex.escape(s) for s in sorted(vocabulary.slogans(), key=len, reverse=True))
    parts.append(f"(?P<slogan>{slogans})")
    return regex.compile("|".join(parts), regex.V1)


def _compile_addresses() -> regex.Pattern[str]:
    parts = [f"(?P<{reason}__{i}>{pattern})" for i, (reason, pattern) in enumerate(vocabulary.addresses())]
    return regex.compile("|".join(parts), regex.V1)


def _sections(norm: Normalized, layout: Layout) -> list[Section]:
    heads = layout.headlines
    n = len(norm.original)
    starts = [norm.to_original(h.section_start) for h in heads]
    sections: list[Section] = []
    if not heads or starts[0] > 0:
        sections.append(Section(headline=None, level=1, start=0, end=starts[0] if heads else n))
    for i, h in enumerate(heads):
        end = starts[i + 1] if i + 1 < len(heads) else n
        sections.append(Section(headline=_display(norm, (h.start, h.end)), level=h.level, start=starts[i], end=end))
    return sections


def _display(norm: Normalized, span: tuple[int, int] | None) -> str | None:
    """A title or headline as written (script kept, annotation noise removed, digits half-width)."""
    return half_width_alnum(norm.original_without_noise(*span)) if span else None


_Frozen = TypeVar("_Frozen", Claim, Section)
_fields_sets: dict[frozenset[str], set[str]] = {}


def _share_fields_set(model: _Frozen) -> _Frozen:
    """pydantic keeps, per instance, the set of field names it was given (~730 bytes for a claim:
    as much as its values). Claims and sections are frozen and all given the same fields: they
    share one set."""
    given = model.__pydantic_fields_set__
    shared = _fields_sets.setdefault(frozenset(given), given)
    if shared is not given:
        object.__setattr__(model, "__pydantic_fields_set__", shared)
    return model


def _compact(claims: Iterable[Claim]) -> Iterator[Claim]:
    """The claims, sharing what they repeat, values unchanged: the fields-set, the sentence of the
    claim before when it is the same sentence, and subjects (interned). A 10 MB page has 84 000
    claims; this is a fifth of their memory."""
    previous: Claim | None = None
    for claim in claims:
        values = _share_fields_set(claim).__dict__  # frozen to users; equal values swapped here
        if previous is not None and values["sentence"] == previous.sentence:
            values["sentence"] = previous.sentence
        if values["subject"] is not None:
            values["subject"] = sys.intern(values["subject"])
        previous = claim
        yield claim


def _drain(items: list[Figure]) -> Iterator[Figure]:
    """The items in order, each dropped from the list as it is taken: a figure is freed once its
    claim is made, so a long document never holds all its figures and all its claims at once."""
    items.reverse()
    while items:
        yield items.pop()


def _section_index(section_starts: list[int], pos: int) -> int | None:
    if not section_starts:
        return None
    return max(0, bisect_right(section_starts, pos) - 1)


_default: Extractor | None = None
_default_lock = threading.Lock()


def default_extractor() -> Extractor:
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Extractor()
    return _default


_rebuilt: dict[tuple[Any, ...], Extractor] = {}
_rebuilt_lock = threading.Lock()


def extractor_for(
    extra_units: tuple[str | Unit, ...] = (),
    domain_terms: tuple[str, ...] = (),
    headline_patterns: tuple[str, ...] = (),
    timeout: float | None = 10.0,
) -> Extractor:
    """The extractor of this configuration in this process, made on the first call only.

    Unpickling an `Extractor` calls this, so a worker that receives one with every task (dask,
    Spark) builds it once; the default configuration is `default_extractor()` itself.
    """
    key = (extra_units, domain_terms, headline_patterns, timeout)
    defaults = Extractor.__init__.__kwdefaults__ or {}
    if key == tuple(d if k == "timeout" else tuple(d) for k, d in defaults.items()):
        return default_extractor()
    with _rebuilt_lock:
        if (ex := _rebuilt.get(key)) is None:
            ex = _rebuilt[key] = Extractor(
                extra_units=extra_units, domain_terms=domain_terms, headline_patterns=headline_patterns, timeout=timeout
            )
    return ex
