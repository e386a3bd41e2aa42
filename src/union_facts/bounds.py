"""Clause and sentence bounds around a figure, shared by the exclusion, quantity, subject and record stages.

All positions are in the normalised text. A bound never reaches further than the given number of
characters from the figure.
"""

from __future__ import annotations

from . import timed_regex as regex

_CLAUSE_BREAK = regex.compile(r"[，,。；;：:！？!?\n、]")
_SENTENCE_BREAK = regex.compile(r"[。；;！？!?\n]")
_LAST_SENTENCE_BREAK = regex.compile(r"(?r)[。；;！？!?\n]")  # searches backwards: the last one first
#: How far a clause is sought around a figure by default (the spam check's reach).
CLAUSE_REACH = 30
#: How far the words read around a figure reach into its clause, before and after it.
LEFT_WINDOW = 24
RIGHT_WINDOW = 16
#: How far a figure's sentence is sought each way.
SENTENCE_REACH = 400


def clause(text: str, start: int, end: int, before: int = CLAUSE_REACH, after: int = CLAUSE_REACH) -> tuple[int, int]:
    """The clause around ``[start, end)``, at most `before`/`after` characters each way."""
    lo = max(0, start - before)
    breaks = list(_CLAUSE_BREAK.finditer(text, lo, start))
    hi_break = _CLAUSE_BREAK.search(text, end, min(len(text), end + after))
    return (breaks[-1].end() if breaks else lo), (hi_break.start() if hi_break else min(len(text), end + after))


def window(text: str, start: int, end: int, floor: int) -> tuple[int, int]:
    """The stretch of its clause whose words are read around ``[start, end)``, never before `floor`
    (where the figure before ends)."""
    lo, hi = clause(text, start, end, LEFT_WINDOW, RIGHT_WINDOW)
    return max(lo, floor), hi


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)``, its closing mark included, at most `SENTENCE_REACH` each way."""
    lo_m = _LAST_SENTENCE_BREAK.search(text, max(0, start - SENTENCE_REACH), start)
    hi_m = _SENTENCE_BREAK.search(text, end, min(len(text), end + SENTENCE_REACH))
    return (lo_m.end() if lo_m else 0), (hi_m.end() if hi_m else min(len(text), end + SENTENCE_REACH))


def same_sentence(text: str, start: int, end: int) -> bool:
    """Whether no sentence ends within ``[start, end)``."""
    return _SENTENCE_BREAK.search(text, start, end) is None
