"""The invariants every Report must satisfy, whatever the input: shared by the robustness tests."""

from __future__ import annotations

from union_facts import Report


def assert_valid_report(text: str, report: Report) -> None:
    """Offsets point at the input, claims are in order and disjoint, ranges are not inverted."""
    assert isinstance(report, Report)
    assert report.text == text
    previous_end = 0
    for c in report.claims:
        assert 0 <= c.start < c.end <= len(text), c
        assert text[c.start : c.end] == c.surface, c
        assert c.start >= previous_end, f"{c} overlaps or precedes the claim before it (which ends at {previous_end})"
        previous_end = c.end
        assert c.high is None or c.high >= c.value, c
        assert c.section is None or 0 <= c.section < len(report.sections), c
    for s in report.sections:
        assert 0 <= s.start <= s.end <= len(text), s
    for span in report.boilerplate:
        assert 0 <= span.start <= span.end <= len(text), span
