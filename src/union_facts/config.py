"""One frozen `Config`: every option of an `Extractor`, the value it pickles as and is cached by."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .vocabulary import Unit


@dataclass(frozen=True, slots=True)
class Config:
    """The options of an `Extractor` (``Extractor(**options)`` builds one; sequences become tuples).

    Args:
        extra_units: more units or measure words. A string is a count word ("盏"); a `Unit`
            sets the canonical form, kind and currency.
        domain_terms: words for the segmenter, so subjects such as "爱心驿站" stay whole.
        headline_patterns: regexes matched at the start of a body line; the group named
            ``text`` (or the whole match) is a headline.
        timeout: seconds any one pattern may run on one input before `ExtractionTimeout`.
    """

    extra_units: Sequence[str | Unit] = ()
    domain_terms: Sequence[str] = ()
    headline_patterns: Sequence[str] = ()
    timeout: float | None = 10.0

    def __post_init__(self) -> None:
        for name in _SEQUENCES:  # any iterable in, a tuple kept: hashable, and equal options compare equal
            object.__setattr__(self, name, tuple(getattr(self, name)))

    def units(self) -> list[Unit]:
        """The extra units, a bare word made a count word."""
        return [u if isinstance(u, Unit) else Unit(u, u, "count") for u in self.extra_units]


_SEQUENCES = ("extra_units", "domain_terms", "headline_patterns")
