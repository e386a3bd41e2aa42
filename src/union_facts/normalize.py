"""Normalise raw report text for matching, keeping a map back to the input.

Matching runs on a simplified-script, half-width copy of the text with inline annotation noise
(pinyin such as "網(wǎng)", parenthesised emoji) removed. Substitutions are one character for one
character; removals are recorded as segments, so every position in the normalised text maps back
to a position in the original string.
"""

from __future__ import annotations

import re
import threading
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

from . import timed_regex as regex

_EMOJI = r"[\p{Extended_Pictographic}\p{So}\u200d\ufe0f\u3030]"
_PINYIN_LETTER = r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]"
_EMOJI_NOTE = rf"\((?:\s{{0,2}}{_EMOJI}){{1,4}}\s{{0,2}}\)"
# Pinyin after a Han character (or after another note: "萬(wàn)(wàn)"), possibly with emoji noise
# inside: "(wǎng)", "(zài )", "(pé(🌋)ng )".
_PINYIN_NOTE = (
    rf"(?<=\p{{Han}}(?:\((?:[^()\n]|\([^()\n]{{0,4}}\)){{1,14}}\)){{0,3}})\((?=[^)]{{0,8}}[aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])"
    rf"(?:{_PINYIN_LETTER}|{_EMOJI_NOTE}|[ \t]){{1,12}}\)"
)
_ZERO_WIDTH = r"[\u200b\u200c\u200e\u200f\u2060\ufeff]"
NOISE = regex.compile(f"{_PINYIN_NOTE}|{_EMOJI_NOTE}|{_ZERO_WIDTH}+", regex.V1)

_WIDTH_TABLE: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE.update(
    {
        0x3000: 0x20,  # ideographic space
        0x00A0: 0x20,  # no-break space
        0x202F: 0x20,
        **{cp: 0x20 for cp in range(0x2000, 0x200B)},
        0x301C: 0x7E,  # wave dash as range sign
        0x2236: 0x3A,  # ratio sign
        0xFE6A: 0x25,  # small percent sign
        0x2212: 0x2D,  # minus sign
        0x2013: 0x2D,  # en dash
    }
)
# A str may hold lone surrogates (no UTF-8 text can): matched as U+FFFD, one for one.
_SURROGATES = {cp: 0xFFFD for cp in range(0xD800, 0xE000)}
_WIDTH_TABLE.update(_SURROGATES)
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def _runs_of(codepoints: list[int]) -> str:
    """A character class of the code points (sorted), as ranges."""
    spans: list[list[int]] = []
    for cp in codepoints:
        if spans and cp == spans[-1][1] + 1:
            spans[-1][1] = cp
        else:
            spans.append([cp, cp])
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in spans)


# Runs of the characters the width table changes. str.translate looks every character of a page
# up in the table; translating only these runs is 2.6 times faster, with the same result.
_WIDE = re.compile(f"[{_runs_of(sorted(_WIDTH_TABLE))}]+")


def fold_width(text: str) -> str:
    """``text.translate(_WIDTH_TABLE)``: full-width forms, odd spaces and dashes, lone surrogates."""
    return _WIDE.sub(lambda m: m[0].translate(_WIDTH_TABLE), text)


def without_surrogates(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD (same length): what UTF-8 can carry."""
    return text.translate(_SURROGATES) if _SURROGATE.search(text) else text


# Full-width digits, Latin letters, "%" and "." in their ASCII forms; everything else as written.
_ALNUM_TABLE = {
    cp: cp - 0xFEE0 for cp in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), 0xFF05, 0xFF0E)
}


def half_width_alnum(text: str) -> str:
    """'２０２４年工作回顾' -> '2024年工作回顾': display form for titles and headlines."""
    return text.translate(_ALNUM_TABLE)


_converter: Any = None
_converter_lock = threading.Lock()


def _t2s() -> Any:
    """The OpenCC traditional-to-simplified converter, built on first use."""
    global _converter
    if _converter is None:
        with _converter_lock:
            if _converter is None:
                import opencc

                _converter = opencc.OpenCC("t2s")
    return _converter


def to_simplified(text: str) -> str:
    """Traditional to simplified script, guaranteed one character for one character."""
    text = without_surrogates(text)  # OpenCC takes UTF-8 only
    converted: str = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    # A phrase rule changed the length: convert character by character (rare).
    return "".join(c if len(c := _t2s().convert(ch)) == 1 else ch for ch in text)


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text plus the map from its positions back to the original string."""

    original: str
    text: str
    # machine integers, not tuples of int objects: a page dense with notes has one segment per note
    seg_starts: array[int]  # position in `text` where each kept segment starts
    seg_shifts: array[int]  # original position minus normalised position in that segment
    surrogates: bool = False  # the original holds lone surrogates: shown as U+FFFD

    def to_original(self, pos: int) -> int:
        """Original position of the character at normalised position `pos`."""
        if not self.seg_starts:
            return pos
        k = max(bisect_right(self.seg_starts, pos) - 1, 0)
        return pos + self.seg_shifts[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original half-open range covering normalised ``[start, end)``."""
        if end <= start:
            o = self.to_original(start) if start < len(self.text) else len(self.original)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1

    def original_without_noise(self, start: int, end: int) -> str:
        """The original characters behind normalised ``[start, end)``, noise left out (and lone
        surrogates as U+FFFD: a headline or a sentence must be writable as UTF-8)."""
        shown = self._original_without_noise(start, end)
        return without_surrogates(shown) if self.surrogates else shown

    def _original_without_noise(self, start: int, end: int) -> str:
        if not self.seg_starts:
            return self.original[start:end]
        starts = self.seg_starts
        parts = []
        # Only the segments that overlap [start, end): found by bisection, not by a scan of all.
        for k in range(max(bisect_right(starts, start) - 1, 0), bisect_left(starts, end)):
            seg_end = starts[k + 1] if k + 1 < len(starts) else len(self.text)
            a, b = max(start, starts[k]), min(end, seg_end)
            if a < b:
                shift = self.seg_shifts[k]
                parts.append(self.original[a + shift : b + shift])
        return "".join(parts)


def normalize(text: str) -> Normalized:
    """Normalise `text`: remove annotation noise, fold width and script, keep the offset map."""
    kept: list[str] = []
    starts: array[int] = array("q")
    shifts: array[int] = array("q")
    pos = norm_pos = 0
    for m in NOISE.finditer(text):
        if m.start() > pos:
            starts.append(norm_pos)
            shifts.append(pos - norm_pos)
            kept.append(text[pos : m.start()])
            norm_pos += m.start() - pos
        pos = m.end()
    if pos < len(text) or not starts:
        starts.append(norm_pos)
        shifts.append(pos - norm_pos)
        kept.append(text[pos:])
    simplified = to_simplified(fold_width("".join(kept)))
    # The pieces are freed, and only then the offset map copied to its final size: what lives on
    # is allocated after the temporaries (30 MB less at the peak of a 10 MB page, on glibc).
    del kept
    surrogates = _SURROGATE.search(text) is not None
    return Normalized(text, simplified, array("q", starts), array("q", shifts), surrogates)
