"""The blind set (tests/data/blind/README.md): invented pages whose gold was written by hand, per
SCHEMA, by someone who neither ran nor read the library. ``tuned`` (bl01-bl08) is what the rules
were then fixed against; ``held_out`` (bl09-bl12) was never looked at while fixing: its figures are
the honest estimate on unseen pages. Both are ratchets: raise a floor when a figure rises, never lower.
"""

from __future__ import annotations

import pytest

from union_facts.evaluate import evaluate

from .conftest import HERE

BLIND = HERE / "data" / "blind"
_PATHS = {
    "claims_F1": ("claims", "F1"),
    "qualifier_acc": ("qualifier_acc",),
    "subject_acc": ("subject_acc",),
    "headline_F1": ("headlines", "F1"),
    "title_acc": ("title_acc",),
    "date_acc": ("date_acc",),
}
# part -> {metric: floor}, measured
FLOORS: dict[str, dict[str, float]] = {
    "tuned": {
        "claims_F1": 1.0,
        "qualifier_acc": 1.0,
        "subject_acc": 0.893,
        "headline_F1": 1.0,
        "title_acc": 1.0,
        "date_acc": 1.0,
    },
    "held_out": {
        "claims_F1": 0.971,
        "qualifier_acc": 0.985,
        "subject_acc": 0.742,
        "headline_F1": 0.375,
        "title_acc": 1.0,
        "date_acc": 1.0,
    },
}


def _metric(summary: dict[str, object], path: tuple[str, ...]) -> float:
    value: object = summary
    for key in path:
        assert isinstance(value, dict)
        value = value[key]
    assert isinstance(value, float | int)
    return float(value)


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_blind_set_does_not_fall_below_its_floors(part):
    summary = evaluate(BLIND / part).summary()
    print(f"\nblind set, {part}: {summary}")
    low = {m: (_metric(summary, _PATHS[m]), floor) for m, floor in FLOORS[part].items()}
    assert all(got >= floor for got, floor in low.values()), low


@pytest.mark.parametrize("variant", ["trad_pinyin", "fullwidth"])
def test_blind_set_tuned_part_survives_noisier_text(scorer, variant):
    summary = evaluate(BLIND / "tuned", transform=lambda text: scorer.variant(text, variant)).summary()
    low = {m: (_metric(summary, _PATHS[m]), floor) for m, floor in FLOORS["tuned"].items()}
    assert all(got >= floor for got, floor in low.values()), low
