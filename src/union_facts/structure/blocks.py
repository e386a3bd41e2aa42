"""Blocks before lines: the units the later structure steps read.

A block is a paragraph-like stretch of the (normalised) text: usually a line; a page flattened to
one line is cut at inline enumerators, salutations, bare dates and runs of chrome fields; lines
hard-wrapped by a PDF are joined; page furniture (第1页共9页, "- 2 -", a running header that
repeats an earlier line) is chrome. Offsets are positions in the text given (never a copy).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from typing import Any

from .. import timed_regex as regex
from .. import vocabulary
from .fields import chrome_spans, cue_starts

_CLOSING = "。！？；：:!?;…”’」』）)】》～~👇👆👉☝✊💪❤🎉"  # new media close sentences with ～ and emoji too
_CLAUSE = regex.compile(r"[，,、]")
_DATE_TOKEN = r"(?:19|20)\d{2}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}日?"
_NUMBERED_START = regex.compile(
    r"^(?:第[一二三四五六七八九十]+(?:部分|章|节|篇)|[一二三四五六七八九十]{1,3}\s?[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]"
    r"|\d{1,2}\s?(?:[.．）)](?!\d)|、)|[①②③④⑤⑥⑦⑧⑨⑩]|——|【|#|问\s?[:：])"
)
# A wrapped line cannot end on these: a heading or a sentence does not stop at a particle.
_CONTINUES = frozenset("的和与及在对把将为等或向从以于了并且、，,")
_CONJUNCTIONS = frozenset("和与及并等")
_UNIT_START = frozenset("人个名万元家户%项场次件亿")


@dataclass(frozen=True, slots=True)
class Block:
    start: int
    end: int
    text: str  # text[start:end]: a joined block keeps its line breaks
    chrome: bool = False  # made of chrome fields, or page furniture


@cache
def _inline_split() -> Any:
    """Where a flattened line is cut: before an enumerator, a salutation, a bare date."""
    salutations = "|".join(regex.escape(s) for s in vocabulary.structure_words("salutations"))
    enumerators = (
        r"(?<=[。！？；!?;]|\s)(?:第[一二三四五六七八九十]+(?:部分|章|节|篇)|[一二三四五六七八九十]{1,3}、"
        r"|\d{1,2}(?:[.．](?![\d%])|、)|【|问\s?[:：]|答\s?[:：])"
    )
    return regex.compile(
        rf"{enumerators}|(?<!第)[(（][一二三四五六七八九十]{{1,3}}[)）]|——(?=[\p{{Han}}\d])"
        rf"|(?:{salutations})[:：]|(?<=\s){_DATE_TOKEN}(?=\s)",
        regex.V1,
    )


@cache
def _furniture() -> Any:
    return regex.compile("|".join(f"(?:{p})" for p in vocabulary.structure_words("furniture")), regex.V1)


def read_blocks(text: str) -> tuple[list[Block], list[tuple[int, int]]]:
    """The blocks of `text` in order (chrome ones flagged) and the chrome spans (fields, furniture)."""
    lines = _lines(text)
    cues = cue_starts(text)
    chrome: list[tuple[int, int]] = []
    pieces: list[Block] = []
    first = text[lines[0][0] : lines[0][1]] if lines else ""
    for k, (start, end) in enumerate(lines):
        line = text[start:end]
        if (
            k
            and line == first
            and len(line) <= 40
            and not is_sentence(line)
            and len(regex.findall(r"\p{Han}", line)) >= 4
        ):
            pieces.append(Block(start, end, line, chrome=True))  # a running header repeating the title
            chrome.append((start, end))
            continue
        spans, whole = chrome_spans(text, start, end, cues)
        furniture = [m.span() for m in _furniture().finditer(text, start, end)]
        if whole or (furniture and _covers(furniture, start, end)):
            pieces.append(Block(start, end, line, chrome=True))
            chrome.append((start, end))
            continue
        chrome += _merge(spans, furniture)
        pieces += _cut(text, start, end, spans, furniture)
    return _join_wraps(text, pieces), chrome


def is_sentence(line: str) -> bool:
    return bool(regex.search(r"[。！？!?；;]", line))


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, white space trimmed."""
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        pos += len(raw) + 1
    return out


def _covers(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return sum(b - a for a, b in spans) >= (end - start) - 2 * len(spans)


def _merge(*groups: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(s for g in groups for s in g):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _cut(
    text: str, start: int, end: int, fields: list[tuple[int, int]], furniture: list[tuple[int, int]]
) -> list[Block]:
    """A line as blocks: cut where a flattened page puts a new unit."""
    cuts = {m.start() for m in _inline_split().finditer(text, start, end) if m.start() > start}
    runs = _field_runs(text, start, end, fields)
    flattened = len(cuts) + len(runs) + len(furniture) >= 2 or (end - start > 150 and (cuts or runs or furniture))
    if not flattened:
        return [Block(start, end, text[start:end])]
    out: list[Block] = []
    chrome = _merge(runs, furniture)
    bounds = sorted({start, end, *cuts, *(a for a, _ in chrome), *(b for _, b in chrome)})
    for a, b in itertools.pairwise(bounds):
        piece = text[a:b]
        lead, trail = len(piece) - len(piece.lstrip()), len(piece) - len(piece.rstrip())
        a, b = a + lead, b - trail
        if a < b:
            is_chrome = any(x <= a and b <= y for x, y in chrome)
            out.append(Block(a, b, text[a:b], chrome=is_chrome))
    return out


def _field_runs(text: str, start: int, end: int, fields: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of chrome fields set off by white space (or the line's ends): they can be cut out."""
    runs: list[tuple[int, int]] = []
    for a, b in fields:
        if runs and not text[runs[-1][1] : a].strip():
            runs[-1] = (runs[-1][0], b)
        else:
            runs.append((a, b))
    return [(a, b) for a, b in runs if (a == start or text[a - 1].isspace()) and (b == end or text[b].isspace())]


def _join_wraps(text: str, blocks: list[Block]) -> list[Block]:
    """Join hard-wrapped lines (a PDF's), when the page shows it wraps: lines broken mid-word or mid-number."""
    real = [b for b in blocks if not b.chrome]
    if sum(1 for a, b in itertools.pairwise(real) if _broken(a.text, b.text)) < 2:
        return blocks
    out: list[Block] = []
    pending: int | None = None  # index in `out` of the block a next line may continue
    for b in blocks:
        if b.chrome:
            out.append(b)
            continue
        if pending is not None and _continues(out[pending].text, b.text):
            out[pending] = Block(out[pending].start, b.end, text[out[pending].start : b.end])
            continue
        out.append(b)
        pending = len(out) - 1
    return out


def _broken(before: str, line: str) -> bool:
    """Clear evidence of a hard wrap between two lines: a particle or comma left hanging, a number
    cut from its unit ("会员2860" / "人，其中…"), a line opening on a comma or a conjunction."""
    if not before or before[-1] in _CLOSING or _NUMBERED_START.match(line):
        return False
    if before[-1] in _CONTINUES or line[0] in "，,、。）)" or line[0] in _CONJUNCTIONS:
        return True
    if before[-1].isdigit() and line[0] in _UNIT_START:
        return True
    if _CLAUSE.search(before) and len(before) >= 10 and len(line) <= 8 and line[-1] == "。":
        return True  # "…，现就有关" / "事项通知如下。"
    return bool(regex.match(r"\d+(?:\.\d+)?(?![\d.年月日])", line)) and bool(_CLAUSE.search(before))


def _stops_mid_clause(line: str) -> bool:
    """The line ends inside a sentence: no closing mark, and a clause already begun or a particle last."""
    if not line or line[-1] in _CLOSING or _NUMBERED_START.match(line):
        return False
    return line[-1] in _CONTINUES or (bool(_CLAUSE.search(line)) and len(line) >= 10) or line[-1].isdigit()


def _continues(before: str, line: str) -> bool:
    """`line` carries on the sentence `before` left open."""
    if not before or before[-1] in _CLOSING or _NUMBERED_START.match(line):
        return False
    if _NUMBERED_START.match(before):  # a numbered heading wrapped onto a short line
        return len(line) <= 10 and not regex.search(r"[，,。；;：:]", line)
    return _stops_mid_clause(before) or _broken(before, line)
