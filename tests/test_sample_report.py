"""The bundled sample report gy01: every gold field, headlines, title, date, metadata."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import union_facts


@pytest.fixture(scope="module")
def report(sample_text):
    return union_facts.extract(sample_text)


def test_every_gold_claim_every_field(report, sample_gold):
    got = [(c.surface, c.value, c.high, c.unit, c.qualifier) for c in report.claims]
    want = [
        (g["surface"], Decimal(str(g["value"])), g.get("high"), g["unit"], g["qualifier"])
        for g in sample_gold["claims"]
    ]
    assert got == want


# Ratchet: gold subjects matched exactly (the gold follows SCHEMA's newer list ruling); raise, never lower.
SUBJECTS_RIGHT = 10


def test_subjects_ratchet(report, sample_gold):
    pairs = [(c.subject, g["subject"]) for c, g in zip(report.claims, sample_gold["claims"], strict=True)]
    right = sum(got == want for got, want in pairs)
    assert right >= SUBJECTS_RIGHT, [p for p in pairs if p[0] != p[1]]


def test_headlines_in_original_script(report, sample_gold):
    assert [(s.headline, s.level) for s in report.sections if s.headline] == [
        (h["text"], h["level"]) for h in sample_gold["headlines"]
    ]


def test_title_date_and_page_metadata(report, sample_gold):
    assert report.title == sample_gold["title"]
    assert report.published == dt.date.fromisoformat(sample_gold["published"])
    assert report.views == 2286
    assert report.source == "廣元工會網"


def test_boilerplate_is_not_body(report, sample_text):
    chrome = "".join(sample_text[s.start : s.end] for s in report.boilerplate)
    for marker in ("返回頂部", "備案號", "郵編:628017", "點擊量:2286"):
        assert marker in chrome
    assert all(c.start < report.boilerplate[-1].start for c in report.claims)


def test_claim_context_fields(report):
    stations = next(c for c in report.claims if c.surface == "320家")
    assert stations.cumulative and stations.period == "截至目前" and stations.kind == "count"
    money = next(c for c in report.claims if c.surface == "867.4萬元")
    assert (money.kind, money.currency, money.period) == ("money", "CNY", "春節期間")
    assert money.sentence.startswith("春節期間") and money.sentence.endswith("。")
    assert report.sections[money.section].headline == "紓憂解困織密職工“關愛網”"


def test_sections_partition_the_text(report, sample_text):
    assert report.sections[0].start == 0 and report.sections[-1].end == len(sample_text)
    for a, b in zip(report.sections, report.sections[1:], strict=False):
        assert a.end == b.start


def test_offsets_point_into_the_input(report, sample_text):
    for c in report.claims:
        assert sample_text[c.start : c.end] == c.surface
