"""`regex` under the extraction's time limit: the one time-limit mechanism of the pipeline.

The pipeline's modules import this in place of `regex` (``from . import timed_regex as regex``);
`time_limit` sets the limit (the `Extractor`'s ``timeout``) for the document being read, in this
thread. No input, vocabulary pattern or user-supplied pattern can make a search run without
bound: past the limit it raises `TimeoutError`, which the extractor reports as
`ExtractionTimeout`.

`regex` enforces a limit by reading a clock at every call given one, which costs more than a short
search itself (5 µs against 0.6 µs). So the limit goes only where a search can run long:

- a pass over a long text (more than `WINDOW` characters: a document, a long line) runs under
  the limit; ``finditer`` restarts the scan every `BLOCK` matches, each block under the limit,
  so the work the caller does between matches is not counted and a clock is read once a block;
- a pattern that can backtrack without bound (a group repeated by ``*``, ``+`` or ``{n,}`` that
  holds an alternation or a repetition, as a user's ``(?:工|工工)+``) runs under the limit on
  every call, however short the text;
- any other search of a window of at most `WINDOW` characters runs untimed: its work is bounded
  by the window's length, so a document's searches add up to linear time. A single character
  class cannot backtrack at all and is returned as a plain `regex` pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

import regex as _regex
from regex import MULTILINE, V1, VERBOSE, Match, error, escape

__all__ = [
    "BLOCK",
    "MULTILINE",
    "V1",
    "VERBOSE",
    "WINDOW",
    "Match",
    "Pattern",
    "compile",
    "error",
    "escape",
    "literals",
    "time_limit",
]

WINDOW = 512  # characters a search may cover untimed
BLOCK = 256  # matches of a long scan between two readings of the clock

_limit: ContextVar[float | None] = ContextVar("union_facts_regex_timeout", default=None)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Run the block with `seconds` as the limit of every long search (None: no limit)."""
    token = _limit.set(seconds)
    try:
        yield
    finally:
        _limit.reset(token)


class Pattern:
    """A compiled `regex` pattern whose long searches run under the current time limit."""

    __slots__ = ("compiled", "unbounded")

    def __init__(self, compiled: _regex.Pattern[str], *, unbounded: bool) -> None:
        self.compiled = compiled
        self.unbounded = unbounded  # can backtrack without bound: timed on every call

    def __class_getitem__(cls, item: object) -> type[Pattern]:  # Pattern[str] in annotations
        return cls

    def __repr__(self) -> str:
        return f"timed_regex.compile({self.compiled.pattern!r})"

    @property
    def pattern(self) -> str:
        return str(self.compiled.pattern)

    @property
    def groupindex(self) -> dict[str, int]:
        return dict(self.compiled.groupindex)

    def _timed(self, string: str, pos: int | None, endpos: int | None, kwargs: dict[str, Any]) -> bool:
        """Whether this call needs the clock (and the limit is set in `kwargs` if so)."""
        if "timeout" in kwargs:
            return kwargs["timeout"] is not None
        span = (len(string) if endpos is None else endpos) - (pos or 0)
        if span <= WINDOW and not self.unbounded:
            return False
        kwargs["timeout"] = _limit.get()
        return kwargs["timeout"] is not None

    def search(
        self, string: str, pos: int | None = None, endpos: int | None = None, **kwargs: Any
    ) -> Match[str] | None:
        if not kwargs and not self.unbounded and (len(string) if endpos is None else endpos) - (pos or 0) <= WINDOW:
            return self.compiled.search(string, pos, endpos)  # a short window: no clock (the common case)
        self._timed(string, pos, endpos, kwargs)
        return self.compiled.search(string, pos, endpos, **kwargs)

    def match(self, string: str, pos: int | None = None, endpos: int | None = None, **kwargs: Any) -> Match[str] | None:
        if not kwargs and not self.unbounded and (len(string) if endpos is None else endpos) - (pos or 0) <= WINDOW:
            return self.compiled.match(string, pos, endpos)  # a short window: no clock (the common case)
        self._timed(string, pos, endpos, kwargs)
        return self.compiled.match(string, pos, endpos, **kwargs)

    def fullmatch(
        self, string: str, pos: int | None = None, endpos: int | None = None, **kwargs: Any
    ) -> Match[str] | None:
        if not kwargs and not self.unbounded and (len(string) if endpos is None else endpos) - (pos or 0) <= WINDOW:
            return self.compiled.fullmatch(string, pos, endpos)  # a short window: no clock (the common case)
        self._timed(string, pos, endpos, kwargs)
        return self.compiled.fullmatch(string, pos, endpos, **kwargs)

    def finditer(
        self, string: str, pos: int | None = None, endpos: int | None = None, **kwargs: Any
    ) -> Iterator[Match[str]]:
        if not self._timed(string, pos, endpos, kwargs):
            return self.compiled.finditer(string, pos, endpos, **kwargs)  # type: ignore[no-any-return]
        return _blocks(self.compiled, string, pos or 0, endpos, kwargs)

    def findall(self, string: str, pos: int | None = None, endpos: int | None = None, **kwargs: Any) -> list[Any]:
        self._timed(string, pos, endpos, kwargs)
        return self.compiled.findall(string, pos, endpos, **kwargs)  # type: ignore[no-any-return]

    def sub(self, repl: Any, string: str, count: int = 0, **kwargs: Any) -> str:
        self._timed(string, kwargs.get("pos"), kwargs.get("endpos"), kwargs)
        return self.compiled.sub(repl, string, count, **kwargs)  # type: ignore[no-any-return]

    def split(self, string: str, maxsplit: int = 0, **kwargs: Any) -> list[str]:
        self._timed(string, None, None, kwargs)
        return self.compiled.split(string, maxsplit, **kwargs)  # type: ignore[no-any-return]


def _blocks(
    compiled: _regex.Pattern[str], string: str, pos: int, endpos: int | None, kwargs: dict[str, Any]
) -> Iterator[Match[str]]:
    """``compiled.finditer`` restarted after every `BLOCK` matches, each block under the limit.

    regex's limit runs from the first match to the last, so it would also count what the caller
    does between matches, which grows with the text. The matches are the same: a block ends only
    at a non-empty match, and the next starts at its end (or, for overlapped matches, one after
    its start).
    """
    overlapped = kwargs.get("overlapped", False)
    while True:
        for n, m in enumerate(compiled.finditer(string, pos, endpos, **kwargs), 1):
            yield m
            if n >= BLOCK and m.end() > m.start():
                pos = m.start() + 1 if overlapped else m.end()
                break
        else:
            return


# A group repeated without bound that holds an alternation or a repetition: (?:工|工工)+, (a+)*.
_TOKEN = _regex.compile(
    r"""\\[pPN]\{[^}]*\}|\\.|\[(?:\\.|\[(?:\\.|[^\]\\])*\]|[^\]\\])*+\]
    |\(\?[#][^)]*\)|\((?:\?(?:P?<[\w]+>|[:>=!|]|<[=!]|[a-zA-Z]+(?:-[a-zA-Z]+)?[:)]))?|\)|\|
    |[*+?](?:[+?])?|\{\d*(?:,\d*)?\}[+?]?|.""",
    _regex.VERBOSE | _regex.DOTALL,
)


def can_backtrack_without_bound(pattern: str) -> bool:
    """Whether `pattern` repeats (``*``, ``+``, ``{n,}``) a group holding an alternation or a
    repetition, without a possessive quantifier: the shape of catastrophic backtracking."""
    stack: list[list[bool]] = [[False, False, False]]  # per open group: alternation, repetition, atomic
    closed: list[bool] | None = None  # the group just closed, if the last token closed one
    for tok in _TOKEN.findall(pattern):
        if tok.startswith("(") and not tok.endswith(")"):  # not a comment nor inline flags
            stack.append([False, False, tok.startswith(("(?>", "(?=", "(?!", "(?<=", "(?<!"))])
            closed = None
        elif tok == ")" and len(stack) > 1:
            alternation, repetition, atomic = stack.pop()
            closed = [False, False] if atomic else [alternation, repetition]  # atomic: gives nothing back
            stack[-1][0] |= closed[0]
            stack[-1][1] |= closed[1]
        elif tok == "|":
            stack[-1][0] = True
            closed = None
        elif tok[0] in "*+?{":
            unbounded = tok[0] in "*+" or bool(_regex.fullmatch(r"\{\d*,\}[+?]?", tok))
            possessive = tok.endswith("+") and len(tok) > 1
            if unbounded and not possessive and closed is not None and (closed[0] or closed[1]):
                return True
            if tok[0] != "?" and not possessive:
                stack[-1][1] = True
            closed = None
        else:
            closed = None
    return False


# One character class ("[。；;！？!?\n]", "\p{Han}"): one step per character and nothing to
# backtrack into, so it runs as a plain pattern.
_ONE_CLASS = _regex.compile(r"(?:\(\?r\))?(?:\[(?:\\.|[^\[\]\\])++\]|\\p\{\w++\}|\\[dswDSW])")  # (?r): backwards


@lru_cache(maxsize=512)
def compile(pattern: str, flags: int = 0) -> Pattern | _regex.Pattern[str]:
    """`regex.compile`, under the time limit (a single character class is returned as it is)."""
    compiled = _regex.compile(pattern, flags)
    if _ONE_CLASS.fullmatch(pattern):
        return compiled
    return Pattern(compiled, unbounded=can_backtrack_without_bound(pattern))


_LITERALS = _regex.compile(r"(?:[^\\|()\[\]{}.*+?^$]|\\\W)++(?:\|(?:[^\\|()\[\]{}.*+?^$]|\\\W)++)*+")


@lru_cache(maxsize=64)
def literals(pattern: str) -> re.Pattern[str]:
    """An alternation of literal words (``regex.escape``d, joined by ``|``), compiled by Python's own
    engine: the same matches, found four times faster than `regex` finds them. A scan for literal
    words is linear and cannot backtrack, so it needs no time limit."""
    if pattern != "(?!)" and not _LITERALS.fullmatch(pattern):  # (?!): no words, nothing matches
        raise ValueError(f"not an alternation of literal words: {pattern[:60]!r}")
    return re.compile(pattern)


def search(pattern: str, string: str, flags: int = 0, **kwargs: Any) -> Match[str] | None:
    return compile(pattern, flags).search(string, **kwargs)


def match(pattern: str, string: str, flags: int = 0, **kwargs: Any) -> Match[str] | None:
    return compile(pattern, flags).match(string, **kwargs)


def fullmatch(pattern: str, string: str, flags: int = 0, **kwargs: Any) -> Match[str] | None:
    return compile(pattern, flags).fullmatch(string, **kwargs)


def findall(pattern: str, string: str, flags: int = 0, **kwargs: Any) -> list[Any]:
    return compile(pattern, flags).findall(string, **kwargs)


def finditer(pattern: str, string: str, flags: int = 0, **kwargs: Any) -> Iterator[Match[str]]:
    return compile(pattern, flags).finditer(string, **kwargs)


def sub(pattern: str, repl: Any, string: str, count: int = 0, flags: int = 0, **kwargs: Any) -> str:
    return compile(pattern, flags).sub(repl, string, count, **kwargs)


def split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0, **kwargs: Any) -> list[str]:
    return compile(pattern, flags).split(string, maxsplit, **kwargs)
