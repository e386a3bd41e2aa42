"""The development set, read in place from ../shared/dev, scored by the shared scorer.

A ratchet: ``FLOORS`` holds the figures measured on main, per set, variant and metric. A change
may raise them (re-measure, then edit the table) but never land below them. The issues' targets
(claims F1 >= 0.99, headline F1 >= 0.95, subject_exact_acc >= 0.85 ...) are where the table climbs to.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

import union_facts

from .conftest import DEV, SCORER, dev_documents, needs_dev_set

VARIANTS = ["original", "trad_pinyin", "fullwidth"]
_DOC_METRICS = {  # metric -> path into the scorer's --json summary
    "claims_F1": ("claims", "F1"),
    "value_only_F1": ("value_only_F1",),
    "qualifier_acc": ("qualifier_acc",),
    "subject_acc": ("subject_acc",),
    "subject_exact_acc": ("subject_exact_acc",),
    "headline_F1": ("headlines", "F1"),
    "headline_level_acc": ("headline_level_acc",),
    "title_acc_named": ("title_acc_named",),
    "date_acc_named": ("date_acc_named",),
}
_DOCS = {
    "claims_F1": 0.999,
    "value_only_F1": 0.999,
    "qualifier_acc": 0.997,
    "subject_acc": 0.983,
    "subject_exact_acc": 0.897,
    "headline_F1": 1.0,
    "headline_level_acc": 1.0,
    "title_acc_named": 1.0,
    "date_acc_named": 1.0,
}
# (set, variant) -> {metric: floor}. Raise as issues land; never lower.
FLOORS: dict[tuple[str, str], dict[str, float]] = {
    ("docs", "original"): dict(_DOCS),
    ("docs", "trad_pinyin"): dict(_DOCS),
    ("docs", "fullwidth"): dict(_DOCS),
    ("structure", "-"): {"headline_F1": 0.969, "headline_level_acc": 1.0, "title_acc": 1.0, "date_acc": 1.0},
    ("phrases", "-"): {"phrases_right": 1.0},
    ("subjects", "-"): {"phrases_right": 1.0, "subject_exact_acc": 1.0},
}


def _score(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(SCORER), *args, "--json"], capture_output=True, text=True, check=True, timeout=600
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _dig(summary: dict[str, Any], path: tuple[str, ...]) -> Any:
    for key in path:
        summary = summary[key] if summary is not None else None
    return summary


def _measure(set_name: str, variant: str) -> dict[str, Any]:
    if set_name == "docs":
        s = _score("--set", str(DEV), "--variant", variant)
        assert s["n_errors"] == 0, s["errors"]
        return {m: _dig(s, path) for m, path in _DOC_METRICS.items()}
    if set_name == "structure":
        s = _score("--structure", str(DEV / "structure.jsonl"))
        return {"headline_F1": s["headlines"]["F1"], **s}
    return _score("--phrases", str(DEV / f"{set_name}.jsonl"))


@needs_dev_set
@pytest.mark.parametrize(("set_name", "variant"), list(FLOORS))
def test_ratchet(set_name, variant):
    if not SCORER.exists():
        pytest.skip(f"scorer not found at {SCORER}")
    measured = _measure(set_name, variant)
    below = {
        m: (measured.get(m), floor) for m, floor in FLOORS[set_name, variant].items() if (measured.get(m) or 0) < floor
    }
    assert not below, f"below the ratchet (measured, floor): {below}; all measured: {measured}"


@needs_dev_set
@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize(("doc_id", "text"), dev_documents() or [pytest.param("-", "", marks=pytest.mark.skip)])
def test_offsets_point_into_the_input(scorer, variant, doc_id, text):
    text = scorer.variant(text, variant)
    for c in union_facts.extract(text).claims:
        assert text[c.start : c.end] == c.surface, (doc_id, c)
        assert 0 <= c.start < c.end <= len(text)
