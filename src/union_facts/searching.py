"""finditer with a time limit on the pattern's work, not on the caller's work between matches."""

from __future__ import annotations

from collections.abc import Iterator

import regex


def finditer(
    pattern: regex.Pattern[str], text: str, *, timeout: float | None, every: int = 256
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, timeout=timeout)``, for a pattern that never matches empty text.

    regex's limit runs from the first match to the last, so it also counts what the caller does
    between matches, which grows with the text: a long page timed out though no search was slow.
    The scan restarts where it stopped every `every` matches, each part under the limit; the
    matches are the same.
    """
    pos = 0
    while True:
        for n, m in enumerate(pattern.finditer(text, pos, timeout=timeout), 1):
            yield m
            if n == every:
                pos = m.end()
                break
        else:
            return
