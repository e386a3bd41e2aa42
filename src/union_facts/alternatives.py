"""An alternation of patterns run one pattern at a time, with the alternation's matches.

`regex` finds where a pattern led by a literal, a class or a required word can start with a fast
scan; an alternation of several such patterns loses it and tries every alternative at every
character (the period words: twelve times slower together than one by one). `Alternatives`
runs each pattern on its own and rebuilds exactly what the alternation would have found.
"""

from __future__ import annotations

from collections.abc import Iterator

from . import timed_regex as regex


class Alternatives:
    """The alternation ``p1|p2|…`` of some patterns, each run on its own. The matches are the
    alternation's: at each start, the first pattern that matches there. None of the patterns may
    match the empty string (a finditer over them would have to step past empty matches)."""

    def __init__(self, patterns: list[str], flags: int = regex.V1) -> None:
        self.patterns = [regex.compile(p, flags) for p in patterns]
        if any(p.search("") for p in self.patterns):
            raise ValueError("a pattern of an alternation run one by one matches the empty string")

    def overlapped(self, text: str, lo: int = 0, hi: int | None = None) -> list[regex.Match[str]]:
        """The matches at every start in ``[lo, hi)``, in order (``finditer(overlapped=True)``)."""
        hi = len(text) if hi is None else hi
        first: dict[int, regex.Match[str]] = {}
        for pattern in self.patterns:  # in precedence order: the first to match at a start keeps it
            for m in pattern.finditer(text, lo, hi, overlapped=True):
                first.setdefault(m.start(), m)
        return [first[start] for start in sorted(first)]

    def finditer(self, text: str, lo: int = 0, hi: int | None = None) -> Iterator[regex.Match[str]]:
        """The matches of the alternation in ``[lo, hi)``, left to right, none overlapping (``finditer``)."""
        pos = lo
        for m in self.overlapped(text, lo, hi):
            if m.start() >= pos:
                yield m
                pos = m.end()
