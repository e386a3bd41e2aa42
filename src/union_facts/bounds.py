"""Clause and sentence bounds around a figure, shared by the exclusion, quantity, subject and record stages.

All positions are in the normalised text. A bound never reaches further than the given number of
characters from the figure.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable

from . import timed_regex as regex

_CLAUSE_BREAK = regex.compile(r"[，,。；;：:！？!?\n、]")
_LAST_CLAUSE_BREAK = regex.compile(r"(?r)[，,。；;：:！？!?\n、]")  # searches backwards: the last one first
_SENTENCE_BREAK = regex.compile(r"[。；;！？!?\n]")
#: How far a clause is sought around a figure by default (the spam check's reach).
CLAUSE_REACH = 30
#: How far the words read around a figure reach into its clause, before and after it.
LEFT_WINDOW = 24
RIGHT_WINDOW = 16
#: Characters: a longer sentence is cut to the clause (or a window) around its figure.
MAX_SENTENCE = 400


def clause(text: str, start: int, end: int, before: int = CLAUSE_REACH, after: int = CLAUSE_REACH) -> tuple[int, int]:
    """The clause around ``[start, end)``, at most `before`/`after` characters each way."""
    lo = max(0, start - before)
    lo_break = _LAST_CLAUSE_BREAK.search(text, lo, start)
    hi_break = _CLAUSE_BREAK.search(text, end, min(len(text), end + after))
    return (lo_break.end() if lo_break else lo), (hi_break.start() if hi_break else min(len(text), end + after))


def window(text: str, start: int, end: int, floor: int) -> tuple[int, int]:
    """The stretch of its clause whose words are read around ``[start, end)``, never before `floor`
    (where the figure before ends)."""
    lo, hi = clause(text, start, end, LEFT_WINDOW, RIGHT_WINDOW)
    return max(lo, floor), hi


class Sentences:
    """Where the sentences of one document start and end: its sentence breaks found in one scan,
    each figure's sentence then by bisection (no rescan from the document start, whatever the text).

    A sentence over `MAX_SENTENCE` characters is cut to the figure's clause, and a clause over it to
    a window around the figure: bounds that depend only on the text around the figure, so a figure
    keeps its sentence when the document is embedded in another.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = array("q", (m.start() for m in _SENTENCE_BREAK.finditer(text)))

    def around(self, start: int, end: int) -> tuple[int, int]:
        """``[lo, hi)`` of the sentence holding ``[start, end)``, its closing mark included."""
        text, breaks, n = self.text, self.breaks, len(self.text)
        i = bisect_left(breaks, start)  # the breaks before the figure: breaks[:i]
        lo = breaks[i - 1] + 1 if i else 0
        j = bisect_left(breaks, end, lo=i)
        stop = breaks[j] if j < len(breaks) else n  # where the next break starts (or the text ends)
        if stop - lo <= MAX_SENTENCE:
            return lo, min(n, stop + 1)
        # a long sentence: the clause, sought at most MAX_SENTENCE characters each way
        left = _LAST_CLAUSE_BREAK.search(text, max(lo, start - MAX_SENTENCE), start)
        right = _CLAUSE_BREAK.search(text, end, min(stop, end + MAX_SENTENCE))
        lo = left.end() if left else max(lo, start - MAX_SENTENCE)
        stop = right.start() if right else min(stop, end + MAX_SENTENCE)
        if stop - lo > MAX_SENTENCE:
            half = max(0, MAX_SENTENCE - (end - start)) // 2
            lo, stop = max(lo, start - half), min(stop, end + half)
        return lo, stop


def merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans sorted, overlapping ones merged."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def same_sentence(text: str, start: int, end: int) -> bool:
    """Whether no sentence ends within ``[start, end)``."""
    return _SENTENCE_BREAK.search(text, start, end) is None
