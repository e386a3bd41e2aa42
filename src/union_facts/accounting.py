"""Accounting: every number-like token of a text and what became of it, so nothing is dropped silently.

A debugging aid, apart from the extraction path: `account` runs the extractor's stages once
(`Extractor.analyse`), takes its claims and what it rejected and why, and classifies the digit and numeral runs the
grammar never took (dates, times, list numbers, codes, numerals inside words, bare numbers).
Every Arabic digit run and every Chinese numeral run of the input lies in exactly one `Mention`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from . import timed_regex as regex
from .extractor import Analysis, Extractor, default_extractor, time_limit
from .models import Claim
from .quantities import ARABIC, Rejection

#: Chinese numeral characters (simplified; traditional forms are folded before matching).
NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
_RUN = regex.compile(rf"\d++|[{NUMERAL_CHARS}]++")
_CN = "零〇一二两三四五六七八九十"
_MONTH = r"(?:1[0-2]|0?[1-9])(?!\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)"
_DATES = regex.compile(
    rf"""(?<!\d)(?:19|20)\d{{2}}\s?[-/.年]\s?\d{{1,2}}\s?[-/.月]\s?\d{{1,2}}(?:日|号)?(?!\d)
    |(?<!\d)(?:19|20)\d{{2}}\s?年(?:\s?\d{{1,2}}\s?月)?
    |(?<![\d.]){_MONTH}\s?月(?:\s?{_DAY}\s?[日号])?
    |(?<![\d.]){_DAY}\s?[日号]
    |(?<![{_CN}])[〇零一二三四五六七八九]{{4}}年(?:[一二三四五六七八九十]{{1,2}}月)?
    |(?<![{_CN}])[一二三四五六七八九十]{{1,2}}月(?:[一二三四五六七八九十]{{1,3}}[日号])?
    |(?<![{_CN}])[一二三四1-4]季度""",
    regex.VERBOSE,
)
_TIMES = regex.compile(
    rf"""(?<![\d:])\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?![\d:])
    |(?<!\d)\d{{1,2}}\s?[时点]\s?\d{{1,2}}\s?分
    |(?<![{_CN}])[{_CN}]{{1,3}}[时点][{_CN}]{{1,3}}分""",
    regex.VERBOSE,
)
_CODES = regex.compile(r"(?<![\d.])\d++(?:\.\d++){2,}+(?![\d.])")  # 1.2.3.4: a version or an item code
_PAGES = regex.compile(r"(?:第|共)\s?\d++\s?页|(?<![\d/])\d++\s?/\s?\d++\s?页")
_LIST_NUMBER = regex.compile(
    r"^[ \t]*(?:第[一二三四五六七八九十]++(?:部分|章|篇)|[一二三四五六七八九十]{1,3}[ \t]?[、.](?!\d)"
    r"|[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|\d{1,2}[ \t]?[、.](?!\d))",
    regex.MULTILINE,
)
_LETTER = regex.compile(r"[A-Za-z]")
_BARE_NUMBER = regex.compile(rf"(?<![\d.,]){ARABIC}")
_LONGEST_WORD_RUN = 8  # longer numeral runs are noise, not segmented


class Mention(BaseModel):
    """One number-like token of the input and what became of it."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str = Field(description="input[start:end]")
    fate: str = Field(
        description="claim, or why not: a rejection reason of the extractor (boilerplate, slogan, name, "
        "vague, not a numeral, not a range, or an exclusions.tsv reason such as ordinal, phone, "
        "url, id), or date, time, page, heading, code, no_unit"
    )
    detail: str = Field(default="", description="the claim's value and unit, or the word the numeral is part of")


@dataclass(frozen=True, slots=True)
class _Candidate:
    rank: int  # lower wins where candidates overlap
    start: int  # original positions
    end: int
    fate: str
    detail: str = ""


def account(text: str, extractor: Extractor | None = None) -> list[Mention]:
    """Every digit run and Chinese numeral run of `text`, in order, each with its fate."""
    ex = extractor or default_extractor()
    analysis = ex.analyse(text)  # checks the type and raises the extractor's own errors
    with time_limit(ex.timeout, text):
        return _Accountant(ex, analysis).run(analysis.report.claims, analysis.rejections())


class _Accountant:
    def __init__(self, ex: Extractor, analysis: Analysis) -> None:
        self.ex, self.norm, self.layout = ex, analysis.norm, analysis.layout
        norm = analysis.norm
        self.runs = [(m.start(), m.end()) for m in _RUN.finditer(norm.text)]  # normalised
        self.spans = [norm.span(a, b) for a, b in self.runs]  # original
        self.starts = [a for a, _ in self.spans]

    def run(self, claims: list[Claim], rejections: list[Rejection]) -> list[Mention]:
        candidates = [_Candidate(0, c.start, c.end, "claim", f"{c.value} {c.unit}") for c in claims]
        candidates += [_Candidate(1, r.start, r.end, r.reason) for r in rejections]
        candidates += self._found()
        placed: list[_Candidate] = []
        placed_starts: list[int] = []
        dropped: list[_Candidate] = []
        for cand in sorted(candidates, key=lambda c: (c.rank, c.start)):
            if not self._holds_a_run(cand):
                continue
            i = bisect_left(placed_starts, cand.end)
            if i and placed[i - 1].end > cand.start:  # overlaps one already placed
                dropped.append(cand)
                continue
            placed.insert(i, cand)
            placed_starts.insert(i, cand.start)
        mentions = [self._mention(c) for c in placed]
        mentions += self._leftovers(placed, placed_starts, dropped)
        return sorted(mentions, key=lambda m: m.start)

    # ---------------------------------------------------------------- what the text itself shows
    def _found(self) -> list[_Candidate]:
        text, out = self.norm.text, []
        for start, end, reason in self.ex.exclusions.everywhere(text):
            out.append(_Candidate(2, *self.norm.span(start, end), reason))
        for rank, fate, pattern in ((3, "date", _DATES), (3, "time", _TIMES), (3, "page", _PAGES), (3, "code", _CODES)):
            out += [_Candidate(rank, *self.norm.span(*m.span()), fate) for m in pattern.finditer(text)]
        for h in self.layout.headlines:
            if h.section_start < h.start:
                out.append(_Candidate(4, *self.norm.span(h.section_start, h.start), "heading"))
        out += [_Candidate(4, *self.norm.span(*m.span()), "heading") for m in _LIST_NUMBER.finditer(text)]
        for m in _BARE_NUMBER.finditer(text):  # a number no rule took: one mention, not one per digit run
            out.append(_Candidate(5, *self.norm.span(*m.span()), *self._classify(*m.span())))
        return out

    def _holds_a_run(self, cand: _Candidate) -> bool:
        i = bisect_left(self.starts, cand.end) - 1
        return i >= 0 and self.spans[i][1] > cand.start

    # ---------------------------------------------------------------- runs nothing claimed
    def _leftovers(
        self, placed: list[_Candidate], placed_starts: list[int], dropped: list[_Candidate]
    ) -> list[Mention]:
        """Mentions for the parts of runs nothing placed covers: a dropped candidate's fate, or a guess."""
        fallback: dict[int, _Candidate] = {}  # run index -> best dropped candidate over it
        for c in dropped:
            i = max(bisect_right(self.starts, c.start) - 1, 0)
            while i < len(self.spans) and self.spans[i][0] < c.end:
                if self.spans[i][1] > c.start and (i not in fallback or c.rank < fallback[i].rank):
                    fallback[i] = c
                i += 1
        out: list[Mention] = []
        for i, (a, b) in enumerate(self.spans):
            k = max(bisect_left(placed_starts, a) - 1, 0)
            pieces, pos = [], a
            for p in placed[k:]:
                if p.start >= b:
                    break
                if p.start > pos:
                    pieces.append((pos, p.start))
                pos = max(pos, p.end)
            if pos < b:
                pieces.append((pos, b))
            for s, e in pieces:
                best = fallback.get(i)
                if best is not None and best.start < e and s < best.end:
                    out.append(self._mention(_Candidate(best.rank, s, e, best.fate, best.detail)))
                else:
                    out.append(self._mention(_Candidate(9, s, e, *self._classify(*self.runs[i]))))
        return out

    def _classify(self, a: int, b: int) -> tuple[str, str]:
        """Fate of a normalised run no rule spoke for."""
        text = self.norm.text
        chrome = self.layout.boilerplate  # line spans, in order
        k = bisect_right(chrome, (a, len(text))) - 1
        if k >= 0 and chrome[k][0] <= a < chrome[k][1]:
            return "boilerplate", ""
        if text[a].isdigit():
            letters = _LETTER.match(text, a - 1) if a else None
            if letters or _LETTER.match(text, b) or (b - a >= 7 and text[a:b].isdecimal()):
                return "code", ""
            return "no_unit", ""
        if b - a > _LONGEST_WORD_RUN:
            return "no_unit", "too long for a numeral"
        lo = max(0, a - 4)
        pos = lo
        for tok in self.ex.segmenter.tokens(text[lo : b + 4]):
            end = pos + len(tok.word)
            if pos < b and a < end and any(ch not in NUMERAL_CHARS for ch in tok.word):
                return "name", tok.word
            pos = end
        return "no_unit", ""

    def _mention(self, c: _Candidate) -> Mention:
        return Mention(start=c.start, end=c.end, text=self.norm.original[c.start : c.end], fate=c.fate, detail=c.detail)
