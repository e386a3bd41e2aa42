"""Reports written for this suite (own sentences, illustrative figures), scored like the dev set."""

from __future__ import annotations

import pytest

import union_facts
from union_facts.evaluate import evaluate, iter_gold

from .conftest import HERE

OWN = HERE / "data" / "own"


@pytest.fixture(scope="module")
def summary():
    return evaluate(OWN).summary()


def test_own_reports_meet_the_targets(summary):
    assert summary["documents"] >= 3
    assert summary["claims"]["F1"] >= 0.95, summary
    assert summary["headlines"]["F1"] >= 0.95, summary
    assert summary["qualifier_acc"] >= 0.95, summary
    assert summary["subject_acc"] >= 0.85, summary
    assert summary["title_acc"] == 1.0 and summary["date_acc"] == 1.0, summary


@pytest.mark.parametrize(
    ("doc_id", "text", "gold"), list(iter_gold(OWN)), ids=lambda x: x if isinstance(x, str) and len(x) < 8 else ""
)
def test_every_claim_value_unit_and_qualifier(doc_id, text, gold):
    got = [(c.surface, float(c.value), c.unit, c.qualifier) for c in union_facts.extract(text).claims]
    want = [(g["surface"], float(g["value"]), g["unit"], g["qualifier"]) for g in gold["claims"]]
    assert got == want


@pytest.mark.parametrize("variant", ["trad_pinyin", "fullwidth"])
def test_own_reports_survive_noisier_text(scorer, variant):
    s = evaluate(OWN, transform=lambda text: scorer.variant(text, variant)).summary()
    assert s["claims"]["F1"] >= 0.95 and s["headlines"]["F1"] >= 0.95, s
    assert s["title_acc"] == 1.0 and s["date_acc"] == 1.0, s
