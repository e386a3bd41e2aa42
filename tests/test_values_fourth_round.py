"""Figure families a fourth blind set found (own sentences, invented figures): votes (票) are counted,
and a hotline number read into 人社 (拨打12333人社服务热线) is no count of people. Rows: (surface,
value, high, unit, qualifier, kind, currency).
"""

from __future__ import annotations

import pytest

from .value_cases import Case, assert_held_out, check, ids

P, C = "people", "count"

CASES: list[Case] = [
    (
        "表决结果为：赞成168票，反对1票，弃权3票。",
        [
            ("168票", 168, None, "票", "exact", C, None),
            ("1票", 1, None, "票", "exact", C, None),
            ("3票", 3, None, "票", "exact", C, None),
        ],
    ),
    (
        "实到代表170人，其中赞成票166票。",
        [("170人", 170, None, "人", "exact", P, None), ("166票", 166, None, "票", "exact", C, None)],
    ),
    ("劳动者遇到欠薪问题，可拨打12333人社服务热线。", []),
    ("全县共有各级人大代表1200人。", [("1200人", 1200, None, "人", "exact", P, None)]),
]

HELD_OUT: list[Case] = [
    (
        "选举共收回选票212张，其中有效票209票。",
        [("212张", 212, None, "张", "exact", C, None), ("209票", 209, None, "票", "exact", C, None)],
    ),
    ("如有疑问请拨打12333人社咨询电话。", []),
]

HELD_OUT_FLOOR = 2  # measured: raise, never lower


@pytest.mark.parametrize(("text", "rows"), CASES, ids=ids(CASES))
def test_fourth_round_family(text, rows):
    check(text, rows)


def test_held_out_fourth_round():
    assert_held_out("fourth-round families", HELD_OUT, HELD_OUT_FLOOR)
