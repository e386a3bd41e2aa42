"""The development set, read in place from ../shared/dev: targets on three text variants."""

from __future__ import annotations

import pytest

import union_facts
from union_facts.evaluate import evaluate

from .conftest import DEV, dev_documents, needs_dev_set

VARIANTS = ["original", "trad_pinyin", "fullwidth"]


@pytest.fixture(scope="module")
def scores_by_variant(scorer):
    return {v: evaluate(DEV, transform=lambda text, v=v: scorer.variant(text, v)).summary() for v in VARIANTS}


@needs_dev_set
@pytest.mark.parametrize("variant", VARIANTS)
def test_targets(scores_by_variant, variant):
    s = scores_by_variant[variant]
    assert s["claims"]["F1"] >= 0.95, s
    assert s["headlines"]["F1"] >= 0.95, s
    assert s["qualifier_acc"] >= 0.95, s
    assert s["subject_acc"] >= 0.85, s


@needs_dev_set
@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize(("doc_id", "text"), dev_documents() or [pytest.param("-", "", marks=pytest.mark.skip)])
def test_offsets_point_into_the_input(scorer, variant, doc_id, text):
    text = scorer.variant(text, variant)
    for c in union_facts.extract(text).claims:
        assert text[c.start : c.end] == c.surface, (doc_id, c)
        assert 0 <= c.start < c.end <= len(text)
