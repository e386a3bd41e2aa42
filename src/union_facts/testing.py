"""Helpers for test suites and pipelines that assert figures from sample reports.

>>> import union_facts
>>> from union_facts.testing import assert_figure
>>> report = union_facts.extract("全市累计建设工会驿站320家。")
>>> assert_figure(report, "工会驿站", 320, "家")
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .query import describe, fold, nearest

if TYPE_CHECKING:
    from .models import Claim, Report

__all__ = ["assert_figure"]


def assert_figure(
    report: Report,
    subject: str,
    value: int | float | str | Decimal,
    unit: str,
    qualifier: str | None = None,
    rel: float = 0,
) -> Claim:
    """Assert that `report` states `value` `unit` of `subject`; return the claim that does.

    `subject` matches as in `Report.find` (folded, equal or contained); `value` is in base units
    (万/亿 applied, as in `Claim.value`) and matches within a relative tolerance `rel`; `qualifier`
    is checked when given. The failure message lists what the report does say about that subject
    (or, when it says nothing, the claims whose subjects are nearest).
    """
    want = Decimal(str(value))
    about = report.find(subject=subject)
    for claim in about:
        if claim.unit == fold(unit) and _close(claim.value, want, rel) and qualifier in (None, claim.qualifier):
            return claim
    asked = f"{subject}: {format(want, 'f')} {unit}" + (f" ({qualifier})" if qualifier else "")
    if about:
        said = "\n".join("  " + describe(c) for c in about)
        raise AssertionError(f"report does not state {asked}; about {subject!r} it says:\n{said}")
    close = "\n".join("  " + describe(c) for c in nearest(report, subject, fold(unit))) or "  (no claims at all)"
    raise AssertionError(f"report states nothing about {subject!r} (wanted {asked}); nearest claims:\n{close}")


def _close(have: Decimal, want: Decimal, rel: float) -> bool:
    if rel == 0:
        return have == want
    return abs(have - want) <= Decimal(str(rel)) * abs(want)
