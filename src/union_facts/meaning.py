"""What a figure means beyond its value: status (actual, target, forecast), the basis of a change
and whether the change is a rate or an absolute amount, and which figure a 其中 part belongs to.

Read from the words of the figure's own sentence; the records stage asks, one figure at a time
and in document order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from . import timed_regex as regex
from .config import Vocabulary
from .models import ChangeMeasure, Status

_RATE_UNITS = frozenset({"%", "‰", "倍"})  # a change in these is relative; 百分点 is an amount of a rate
_YEAR_BASIS = regex.compile(r"(?:比|较|与)(\d{4})年(?:同期)?")
_DONE = regex.compile(r"(?:完成|实现|超额|达到|超过)[^，,；;。]{0,6}$")  # 完成年度目标: a result, not a plan
_NOUN_USE = regex.compile(r"[，,；;。的]")  # the status word ends a clause or modifies a noun
_LEAD = regex.compile(r"(?:是|为)?[：:]")
_CLAUSE = regex.compile(r"[，,；;]")
_PART = regex.compile(r"其中")
_PER_UNIT = regex.compile(r"(?:每\S{0,2}|[人户亩]均|平均)[^，,；;。]{0,6}$")
_BREAKS = regex.compile(r"[。；;！？!?]\s*|\n\s*")  # one sentence break, blank lines and all
_PART_REACH = 6  # 其中 opens a sentence when it is within this many characters of its start


def _alternation(words: Iterable[str]) -> str:
    """The words as one alternation, longest first; none at all matches nothing."""
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) or "(?!)"


class MeaningReader:
    """Status and basis words, compiled once."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.statuses = vocab.statuses
        self.bases = vocab.change_bases
        self._status = regex.literals(_alternation(self.statuses))
        self._basis = regex.literals(_alternation(self.bases))

    def status(self, text: str, sentence_start: int, pos: int) -> Status:
        """The status the last status word before `pos` in its sentence gives ('actual' by default).

        A word rules the rest of its own clause; it rules the whole sentence when it leads it
        (预计全年完成…，增长4.5%) or opens a list with a colon (预期目标：…，…). A word used as a
        noun (…全覆盖目标，; 目标的105%; 完成年度目标) marks nothing."""
        status: Status = "actual"
        for m in self._status.finditer(text, sentence_start, pos):
            cited = text.startswith("据", m.start() - 1)  # 据预测，…: a source, leading the sentence
            if not cited and _NOUN_USE.match(text, m.end()):
                continue
            if _DONE.search(text, max(sentence_start, m.start() - 8), m.start()):
                continue
            leads = cited or _LEAD.match(text, m.end()) or not _CLAUSE.search(text, sentence_start, m.start())
            if leads or not _CLAUSE.search(text, m.end(), pos):
                status = self.statuses[m[0]]
        return status

    def basis(self, text: str, lo: int, hi: int) -> str | None:
        """What a change between `lo` and `hi` (the words before its figure) is measured against."""
        if years := list(_YEAR_BASIS.finditer(text, lo, hi)):
            return str(years[-1][1])
        found = list(self._basis.finditer(text, lo, hi))
        return self.bases[str(found[-1][0])] if found else None


def adds_up(kind: str, before: str, measure: ChangeMeasure | None) -> bool:
    """Whether a figure is an amount that sums with others (so may be a whole or a part): not a
    change, a share or a multiple, nor a per-unit figure (每名3000元, 人均, 平均)."""
    return measure is None and kind not in ("percent", "multiple") and not _PER_UNIT.search(before)


def change_measure(unit: str, change: str | None, basis: str | None) -> ChangeMeasure | None:
    """'rate' for a relative change (%, ‰, 倍), 'absolute' for an amount; None when not a change."""
    if change is None and basis is None:
        return None
    return "rate" if unit in _RATE_UNITS else "absolute"


@dataclass(slots=True)
class _Seen:
    index: int
    unit: str
    start: int  # normalised
    end: int
    sentence: int  # start of its sentence, normalised
    whole: bool  # may be a whole: an amount that adds up, not itself a part


class PartFinder:
    """Fed every claim of a document in order; says which earlier claim a 其中 part belongs to."""

    def __init__(self) -> None:
        self._seen: list[_Seen] = []  # the last claims, enough to reach back a sentence
        self._by_start: dict[int, int] = {}  # figure start -> claim index (tables name wholes so)
        self._whole_of: dict[int, int] = {}  # part index -> whole index

    def part_of(
        self,
        text: str,
        index: int,
        span: tuple[int, int],
        unit: str,
        sentence_start: int,
        *,
        adds_up: bool,
        whole_at: int | None = None,
    ) -> int | None:
        """The index of the whole claim `index` is a part of, or None; then remembers the claim.

        `whole_at` is the start of the whole's figure when a table said so."""
        start, end = span
        whole = self._by_start.get(whole_at) if whole_at is not None else None
        if whole_at is None and adds_up:
            whole = self._find_whole(text, start, unit, sentence_start)
        if whole is not None:
            self._whole_of[index] = whole
        self._seen.append(_Seen(index, unit, start, end, sentence_start, adds_up and whole is None))
        self._by_start[start] = index
        if len(self._seen) > 64:
            del self._seen[:32]
        return whole

    def _find_whole(self, text: str, start: int, unit: str, sentence_start: int) -> int | None:
        opens_with_part = _opens_with_part(text, sentence_start, start)
        for seen in reversed(self._seen):
            if seen.sentence < sentence_start and (
                not opens_with_part or len(_BREAKS.findall(text, seen.end, sentence_start)) > 1
            ):
                return None  # a whole is in this sentence, or in the one before one opening with 其中
            if seen.unit != unit:
                continue
            if seen.index in self._whole_of:
                return self._whole_of[seen.index]  # 其中 A 21.6万人，B 30.7万人: parts of one whole
            if seen.whole and _PART.search(text, seen.end, start) is not None:
                return seen.index
            return None  # nothing says "of which" between them
        return None


def _opens_with_part(text: str, sentence_start: int, pos: int) -> bool:
    """The sentence of `pos` opens with 其中 (the whole is in the sentence before)."""
    head = text[sentence_start : min(pos, sentence_start + _PART_REACH)].lstrip()
    return head.startswith("其中")
