"""The windows of text the subject stage reads around a figure: before it, back to its clause's
start (across a hard wrap inside a sentence); after it, up to the next break."""

from __future__ import annotations

from . import bounds
from . import timed_regex as regex
from .quantities import Quantity

_RIGHT_BREAK = regex.compile(r"[，,。；;：:！？!?\n、]")  # a noun after a figure never spans a list
_LAST_CLAUSE_BREAK = regex.compile(r"(?r)[，,。；;：:！？!?\n]")
LEFT_WINDOW = bounds.LEFT_WINDOW
_LINE_ENDS = frozenset("，,。；;：:！？!?、）)】》”\n \t\u3000")
_LINE_OPENER = regex.compile(r"\s|[-—–·•*#>（(【]|[一二三四五六七八九十\d]{1,3}[.、．]")  # a list item, a heading
_LINE_REACH = 200  # how far back a line's start is sought (a page of one long line stays linear)
_WRAPPED_LINE = 16  # a hard-wrapped line is a full line: a heading or a label is shorter
_SPACED = regex.compile(r"\s{2}|\t")
RIGHT_WINDOW = 12  # a noun after a figure is short (bounds.RIGHT_WINDOW is the clause's reach)
NAMING_WINDOW = 48  # 其中120个被命名为“……”: the name may be long


def left_start(text: str, q: Quantity, before: Quantity | None) -> int:
    """Where the words before `q` are read from: its clause's start, never before `before` ends."""
    lo = max(0, q.context_start - LEFT_WINDOW)
    end = q.context_start
    while (last_break := _LAST_CLAUSE_BREAK.search(text, lo, end)) is not None and _wraps(text, last_break.start()):
        end = last_break.start()  # a hard wrap inside a sentence (a PDF copy): the clause goes on above it
    lo = last_break.end() if last_break else lo
    return max(lo, before.context_end if before else 0)


def _wraps(text: str, pos: int) -> bool:
    """Whether the line break at `pos` cuts a sentence (全县基层工会组\n织由1126个): the line before it
    runs on, unpunctuated, and the line after it opens with no list or heading mark."""
    if text[pos] != "\n" or pos == 0 or text[pos - 1] in _LINE_ENDS or _LINE_OPENER.match(text, pos + 1):
        return False
    opens = max(text.rfind("\n", max(0, pos - _LINE_REACH), pos) + 1, pos - _LINE_REACH)
    line = text[opens:pos].strip()  # an indent is no table spacing
    # a full line of prose: not a heading or a label (short), a table row (spaced), an item with its own figure
    return len(line) >= _WRAPPED_LINE and not _SPACED.search(line) and not any(c.isdigit() for c in line)


def right(text: str, q: Quantity, reach: int = RIGHT_WINDOW) -> str:
    """The words after `q`, up to the next break, at most `reach` characters."""
    hi = min(len(text), q.context_end + reach)
    stop = _RIGHT_BREAK.search(text, q.context_end, hi)
    return text[q.context_end : stop.start() if stop else hi]
