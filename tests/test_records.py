"""Record building: the memory sharing of `records` and the pydantic behaviour it relies on."""

from __future__ import annotations

import pickle
from decimal import Decimal

from union_facts.models import Claim, Section
from union_facts.records import compact, drain, share_fields_set


def _claim(surface: str, sentence: str, subject: str | None = "驿站") -> Claim:
    return Claim(
        surface=surface, start=0, end=len(surface), value=Decimal(3), unit="家", qualifier="exact",
        subject=subject, kind="count", sentence=sentence,
    )  # fmt: skip


def test_pydantic_keeps_a_fields_set_per_instance_that_a_frozen_model_lets_us_replace():
    """What `share_fields_set` relies on: the attribute exists, is a plain set per instance, and
    ``object.__setattr__`` swaps it on a frozen model without pydantic noticing."""
    a, b = _claim("3家", "甲。"), _claim("3家", "乙。")
    assert isinstance(a.__pydantic_fields_set__, set)
    assert a.__pydantic_fields_set__ == b.__pydantic_fields_set__
    assert a.__pydantic_fields_set__ is not b.__pydantic_fields_set__
    object.__setattr__(b, "__pydantic_fields_set__", a.__pydantic_fields_set__)
    assert b.__pydantic_fields_set__ is a.__pydantic_fields_set__
    assert b.model_dump(exclude_unset=True) == _claim("3家", "乙。").model_dump(exclude_unset=True)


def test_pydantic_reads_values_from_the_instance_dict():
    """What `compact` relies on: a value written into ``__dict__`` is the value the model shows."""
    a = _claim("3家", "甲。")
    shared = "".join(["甲", "。"])
    a.__dict__["sentence"] = shared
    assert a.sentence is shared
    assert a.model_dump()["sentence"] is shared


def test_shared_fields_set_and_compacted_claims_keep_their_values():
    claims = [_claim("3家", "同一句。"), _claim("3家", "".join(["同一", "句。"])), _claim("3家", "另一句。", None)]
    dumps = [c.model_dump_json() for c in claims]
    out = list(compact(claims))
    assert [c.model_dump_json() for c in out] == dumps
    assert out[0].__pydantic_fields_set__ is out[1].__pydantic_fields_set__ is out[2].__pydantic_fields_set__
    assert out[1].sentence is out[0].sentence
    assert pickle.loads(pickle.dumps(out[1])) == out[1]
    section = share_fields_set(Section(headline=None, level=1, start=0, end=3))
    assert section.model_dump_json(exclude_unset=True) == Section(
        headline=None, level=1, start=0, end=3
    ).model_dump_json(exclude_unset=True)


def test_drain_yields_in_order_and_empties_the_list():
    items = [1, 2, 3]
    taken = []
    for x in drain(items):
        taken.append((x, len(items)))
    assert taken == [(1, 2), (2, 1), (3, 0)]
