"""The invariants every Report must satisfy, whatever the input: shared by the robustness tests."""

from __future__ import annotations

from union_facts import Report


def assert_valid_report(text: str, report: Report) -> None:
    """Offsets point at the input; claims, sections and chrome are in order and disjoint; no inverted range."""
    assert isinstance(report, Report)
    assert report.text == text
    previous_end = 0
    for i, c in enumerate(report.claims):
        assert c.part_of is None or 0 <= c.part_of < i, f"{c} is a part of a claim that is not before it"
        assert 0 <= c.start < c.end <= len(text), c
        assert text[c.start : c.end] == c.surface, c
        assert c.start >= previous_end, f"{c} overlaps or precedes the claim before it (which ends at {previous_end})"
        previous_end = c.end
        assert c.high is None or c.high >= c.value, c
        if c.section is not None:
            section = report.sections[c.section]
            assert section.start <= c.start < section.end, (c, section)
    for spans in (report.sections, report.boilerplate):
        previous_end = 0
        for span in spans:
            assert previous_end <= span.start <= span.end <= len(text), (span, spans)
            previous_end = span.end
