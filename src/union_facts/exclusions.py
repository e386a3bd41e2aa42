"""What is not a claim: dates, ordinals, phones, slogans, adverts, page chrome, numerals inside words.

`Exclusions.split` takes the quantities the grammar found and keeps the claims, giving every
other one its reason.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from . import bounds, vocabulary
from . import timed_regex as regex
from .alternatives import Alternatives
from .config import Vocabulary
from .quantities import Quantity, Rejection
from .segmenter import Segmenter
from .structure import Layout

_QUOTED = regex.compile(r"“[^“”\n]{1,80}”|「[^「」\n]{1,80}」|『[^『』\n]{1,80}』")
_SPAM_REACH = 30  # characters around a figure searched for advert words, within its clause


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
        """Whether an advert word starts within `reach` characters of `pos`."""
        i = bisect_left(self.spam, pos - reach)
        return i < len(self.spam) and self.spam[i] <= pos + reach


class Exclusions:
    """The exclusion rules of one vocabulary; the segmenter tells numerals inside words (李四, 统一)."""

    def __init__(self, vocab: Vocabulary, segmenter: Segmenter) -> None:
        self.segmenter = segmenter
        self.rules = Alternatives(_alternatives(vocab))
        self.addresses = Alternatives(_addresses(vocab))
        self.spam = regex.literals("|".join(regex.escape(w) for w in vocab.spam_markers) or "(?!)")
        self.not_spam = regex.literals("|".join(regex.escape(w) for w in vocabulary.spam_exceptions()) or "(?!)")

    def split(
        self, text: str, quantities: Sequence[Quantity], layout: Layout
    ) -> tuple[list[Quantity], list[Rejection]]:
        """The quantities that are claims, and a `Rejection` (normalised offsets) for each of the others."""
        hits = self.hits(text, quantities)
        kept: list[Quantity] = []
        rejected: list[Rejection] = []
        for q in quantities:
            if (reason := self.reject_reason(text, q, layout, hits)) is None:
                kept.append(q)
            else:
                rejected.append(Rejection(q.start, q.end, reason))
        return kept, rejected

    def hits(self, text: str, quantities: Sequence[Quantity]) -> ExclusionHits:
        """The exclusion matches of a document (at every start: overlapped) and every advert word.

        Found over the whole text, each pattern on its own (`Alternatives`): faster than the
        alternation over windows around each figure, and no window edge cuts a match short."""
        found: list[tuple[int, int, str]] = []
        if quantities:
            found += [(m.start(), m.end(), exclusion_reason(m)) for m in self.rules.overlapped(text)]
        # URLs, e-mail addresses, file names: sought whole, a figure may sit anywhere inside one
        found += [(m.start(), m.end(), exclusion_reason(m)) for m in self.addresses.finditer(text)]
        found.sort()
        spam = [m.start() for m in self.spam.finditer(text) if not self.not_spam.match(text, m.start())]
        return ExclusionHits([f[0] for f in found], found, max((e - s for s, e, _ in found), default=0), spam)

    def everywhere(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Every exclusion match of the whole text (not overlapping), with its reason."""
        for m in self.rules.finditer(text):
            yield m.start(), m.end(), exclusion_reason(m)

    def _spam_in(self, text: str, lo: int, hi: int) -> bool:
        """An advert word in ``text[lo:hi]`` that is not part of a word of the economy (博彩业)."""
        return any(not self.not_spam.match(text, m.start()) for m in self.spam.finditer(text, lo, hi))

    def reject_reason(self, text: str, q: Quantity, layout: Layout, hits: ExclusionHits | None = None) -> str | None:
        """Why a found quantity is not a claim (None when it is one)."""
        k = bisect_right(layout.boilerplate, (q.start, len(text))) - 1
        if k >= 0 and layout.boilerplate[k][0] <= q.start < layout.boilerplate[k][1]:
            return "boilerplate"
        hits = hits or self.hits(text, [q])
        if hits.spam_near(q.start, _SPAM_REACH) and self._spam_in(text, *bounds.clause(text, q.start, q.end)):
            return "spam"
        if (reason := hits.exclusion_over(q.start, q.end)) is not None:
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
        """Whether a word that begins inside the figure runs on past its end: 三台县, 二三二条款."""
        pos = 0
        for tok in self.segmenter.tokens(window):
            pos += len(tok.word)
            if pos > end:
                return start <= pos - len(tok.word) < end
        return False


def exclusion_reason(m: regex.Match[str]) -> str:
    """The reason of an exclusion match: its group name without the ``__index`` suffix."""
    return (m.lastgroup or "excluded").split("__")[0]


def _alternatives(vocab: Vocabulary) -> list[str]:
    """Every exclusion, in order of precedence; a match's group name is ``reason__index``."""
    parts = [f"(?P<{reason}__{i}>{pattern})" for i, (reason, pattern) in enumerate(vocab.exclusions)]
    slogans = "|".join(regex.escape(s) for s in sorted(vocab.slogans, key=len, reverse=True))
    parts.append(f"(?P<slogan>{slogans})")
    return parts


def _addresses(vocab: Vocabulary) -> list[str]:
    """URLs, e-mail addresses, file names, percent-escapes: sought over the whole text."""
    return [f"(?P<{reason}__{i}>{pattern})" for i, (reason, pattern) in enumerate(vocab.addresses)]
