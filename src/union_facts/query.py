"""Asking a report for its figures: `find` (every match) and `one` (exactly one, or a clear error).

Subjects are compared after folding script (traditional -> simplified) and width (full-width ->
half-width, NFKC), so "工會驛站", "工会驿站" and "工会驿站" ask for the same thing. A query subject
matches a claim whose subject equals it or contains it ("驿站" finds "工会驿站").
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import Claim, Report

__all__ = ["ClaimLookupError", "describe", "find", "fold", "nearest", "one"]

_NEAREST = 5  # claims listed by a failed lookup


class ClaimLookupError(LookupError):
    """`Report.one` found no claim or several; `matches` holds what it found, `nearest` the closest."""

    def __init__(self, message: str, matches: Sequence[Claim], nearest: Sequence[Claim]) -> None:
        super().__init__(message)
        self.matches = list(matches)
        self.nearest = list(nearest)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Script- and width-folded form of a subject or headline: NFKC, then traditional -> simplified."""
    from .reading import _t2s

    return str(_t2s().convert(unicodedata.normalize("NFKC", text))).strip()


def find(
    report: Report,
    subject: str | None = None,
    unit: str | None = None,
    kind: str | None = None,
    section: int | str | None = None,
    status: str | None = None,
) -> list[Claim]:
    """The claims of `report` that pass every filter given (None: no filter), in document order.

    Args:
        subject: equal to, or contained in, the claim's subject (both folded).
        unit: the claim's unit, canonical as in `Claim.unit` ("元", not "万元"; "%"), script folded.
        kind: money, people, count, percent, measure, multiple or duration.
        section: an index into `report.sections`, or text contained in the section's headline.
        status: the claim's status, where the installed version's `Claim` has that field.
    """
    if status is not None and "status" not in _claim_fields():
        raise TypeError("find(status=...): this version's Claim has no 'status' field")
    return [c for c in report.claims if _matches(report, c, subject, unit, kind, section, status)]


def one(report: Report, **filters: Any) -> Claim:
    """The single claim passing `filters` (see `find`); `ClaimLookupError` listing the nearest otherwise."""
    matches = find(report, **filters)
    if len(matches) == 1:
        return matches[0]
    asked = ", ".join(f"{k}={v!r}" for k, v in filters.items() if v is not None) or "no filter"
    if matches:
        listed = "\n".join("  " + describe(c) for c in matches[:_NEAREST])
        more = f"\n  … and {len(matches) - _NEAREST} more" if len(matches) > _NEAREST else ""
        raise ClaimLookupError(f"{len(matches)} claims match {asked}:\n{listed}{more}", matches, matches[:_NEAREST])
    close = nearest(report, filters.get("subject"), filters.get("unit"))
    listed = "\n".join("  " + describe(c) for c in close) or "  (the report has no claims)"
    raise ClaimLookupError(f"no claim matches {asked}; the nearest are:\n{listed}", [], close)


def nearest(report: Report, subject: str | None, unit: str | None = None, n: int = _NEAREST) -> list[Claim]:
    """The `n` claims whose subjects look most like `subject` (same unit first), in that order."""
    want = fold(subject) if subject else ""

    def closeness(claim: Claim) -> tuple[bool, float]:
        have = fold(claim.subject) if claim.subject else ""
        return (unit is not None and claim.unit == unit, difflib.SequenceMatcher(None, want, have).ratio())

    return sorted(report.claims, key=closeness, reverse=True)[:n]


def describe(claim: Claim) -> str:
    """One line: subject, value, unit, qualifier and the sentence, for error messages."""
    value = format(claim.value, "f") + (f"–{format(claim.high, 'f')}" if claim.high is not None else "")
    qualifier = "" if claim.qualifier == "exact" else f" ({claim.qualifier})"
    sentence = claim.sentence if len(claim.sentence) <= 80 else claim.sentence[:79] + "…"
    return f"{claim.subject or '—'}: {value} {claim.unit}{qualifier}  «{sentence}»"


def _matches(
    report: Report,
    claim: Claim,
    subject: str | None,
    unit: str | None,
    kind: str | None,
    section: int | str | None,
    status: str | None,
) -> bool:
    if unit is not None and claim.unit != fold(unit):
        return False
    if kind is not None and claim.kind != kind:
        return False
    if status is not None and getattr(claim, "status", None) != status:
        return False
    if subject is not None and not (claim.subject and fold(subject) in fold(claim.subject)):
        return False
    return section is None or _in_section(report, claim, section)


def _in_section(report: Report, claim: Claim, section: int | str) -> bool:
    if isinstance(section, int):
        return claim.section == section
    if claim.section is None:
        return False
    headline = report.sections[claim.section].headline
    return headline is not None and fold(section) in fold(headline)


def _claim_fields() -> dict[str, Any]:
    from .models import Claim

    return dict(Claim.model_fields)
