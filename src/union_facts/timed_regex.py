"""`regex`, with the current extraction's time limit on every call.

The pipeline's modules import this in place of `regex` (``from . import timed_regex as regex``).
A pattern compiled here passes the limit set by `time_limit` (the `Extractor`'s ``timeout``, for
the document being read, in this thread) to every search, so that no input, vocabulary pattern or
user-supplied headline pattern can make a match run without bound: it raises `TimeoutError`,
which the extractor reports as `ExtractionTimeout`. A ``timeout=`` given to a call wins. A
pattern that is a single character class cannot backtrack and runs as it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import regex as _regex
from regex import MULTILINE, V1, VERBOSE, Match, error, escape

__all__ = ["MULTILINE", "V1", "VERBOSE", "Match", "Pattern", "compile", "error", "escape", "time_limit"]

_limit: ContextVar[float | None] = ContextVar("union_facts_regex_timeout", default=None)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Run the block with `seconds` as the limit of every pattern call (None: no limit)."""
    token = _limit.set(seconds)
    try:
        yield
    finally:
        _limit.reset(token)


def _timed(kwargs: dict[str, Any]) -> dict[str, Any]:
    if kwargs.get("timeout") is None:
        kwargs["timeout"] = _limit.get()
    return kwargs


class Pattern:
    """A compiled `regex` pattern whose calls run under the current time limit."""

    __slots__ = ("compiled",)

    def __init__(self, compiled: _regex.Pattern[str]) -> None:
        self.compiled = compiled

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

    def search(self, *args: Any, **kwargs: Any) -> Match[str] | None:
        return self.compiled.search(*args, **_timed(kwargs))

    def match(self, *args: Any, **kwargs: Any) -> Match[str] | None:
        return self.compiled.match(*args, **_timed(kwargs))

    def fullmatch(self, *args: Any, **kwargs: Any) -> Match[str] | None:
        return self.compiled.fullmatch(*args, **_timed(kwargs))

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[Match[str]]:
        return self.compiled.finditer(*args, **_timed(kwargs))  # type: ignore[no-any-return]

    def findall(self, *args: Any, **kwargs: Any) -> list[Any]:
        return self.compiled.findall(*args, **_timed(kwargs))  # type: ignore[no-any-return]

    def sub(self, *args: Any, **kwargs: Any) -> str:
        return self.compiled.sub(*args, **_timed(kwargs))  # type: ignore[no-any-return]

    def split(self, *args: Any, **kwargs: Any) -> list[str]:
        return self.compiled.split(*args, **_timed(kwargs))  # type: ignore[no-any-return]


# One character class ("[。；;！？!?\n]", "\p{Han}"): one step per character and nothing to
# backtrack into, so it runs without the clock (a timed call costs a microsecond or more).
_ONE_CLASS = _regex.compile(r"\[(?:\\.|[^\[\]\\])++\]|\\p\{\w++\}|\\[dswDSW]")


def compile(pattern: str, flags: int = 0) -> Pattern | _regex.Pattern[str]:
    """`regex.compile`, timed (a single character class is returned as it is)."""
    compiled = _regex.compile(pattern, flags)
    if _ONE_CLASS.fullmatch(pattern):
        return compiled
    return Pattern(compiled)


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
