"""Shared runner of the value tables (tests/test_values_*.py).

A row is (text, expected claims); a claim is (surface, value, high, unit, qualifier, kind, currency).
An empty list means "no claim". Each table keeps a third of its cases aside (``HELD_OUT``): written
with the rest, never tuned against, and asserted only as a measured pass count (a ratchet).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import union_facts

Record = tuple[str, Any, Any, str, str, str, str | None]
Case = tuple[str, list[Record]]


def claims_of(text: str) -> list[tuple[Any, ...]]:
    out = []
    for c in union_facts.extract_claims(text):
        assert text[c.start : c.end] == c.surface, c
        out.append((c.surface, c.value, c.high, c.unit, c.qualifier, c.kind, c.currency))
    return out


def expected(rows: list[Record]) -> list[tuple[Any, ...]]:
    return [
        (surface, Decimal(str(value)), None if high is None else Decimal(str(high)), unit, qualifier, kind, currency)
        for surface, value, high, unit, qualifier, kind, currency in rows
    ]


def check(text: str, rows: list[Record]) -> None:
    assert claims_of(text) == expected(rows)


def held_out_score(cases: list[Case]) -> tuple[int, list[str]]:
    """How many held-out cases pass, and the texts of those that fail (reported, not tuned)."""
    failed = [text for text, rows in cases if claims_of(text) != expected(rows)]
    return len(cases) - len(failed), failed


def assert_held_out(name: str, cases: list[Case], floor: int) -> None:
    """Print a held-out table's pass count and assert its measured floor (a ratchet)."""
    passed, failed = held_out_score(cases)
    print(f"held-out {name}: {passed}/{len(cases)}")
    assert passed >= floor, failed


def ids(cases: list[Case]) -> list[str]:
    return [text[:24] for text, _ in cases]
