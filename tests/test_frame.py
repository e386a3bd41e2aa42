"""DataFrames of claims: columns, dtypes, input forms, Parquet, and life without pandas."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import union_facts
from union_facts.table import COLUMNS

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def report(sample_text):
    return union_facts.extract(sample_text)


def test_one_row_per_claim_with_its_fields(report):
    frame = union_facts.to_frame({"gy01": report})
    assert tuple(frame.columns) == COLUMNS
    assert len(frame) == len(report.claims) > 0
    for row, claim in zip(frame.itertuples(index=False), report.claims, strict=True):
        assert row.doc == "gy01" and row.title == report.title
        assert row.published == pd.Timestamp(report.published)
        assert row.section == report.sections[claim.section].headline
        assert (row.surface, row.unit, row.qualifier, row.kind, row.subject) == (
            claim.surface,
            claim.unit,
            claim.qualifier,
            claim.kind,
            claim.subject,
        )
        assert row.value == float(claim.value)
        assert (row.start, row.end, row.sentence) == (claim.start, claim.end, claim.sentence)


def test_dtypes(report):
    frame = report.to_frame("gy01")
    assert frame["value"].dtype == "float64" and frame["high"].dtype == "float64"
    assert frame["start"].dtype == "int64" and frame["end"].dtype == "int64"
    assert frame["cumulative"].dtype == bool and frame["section_index"].dtype == "Int64"
    assert pd.api.types.is_datetime64_any_dtype(frame["published"])


@pytest.mark.parametrize(
    ("make", "docs"),
    [
        (lambda r: r, [None]),
        (lambda r: {"a.txt": r, "b.txt": r}, ["a.txt", "b.txt"]),
        (lambda r: [r, r], [0, 1]),
        (lambda r: [(Path("x") / "a.txt", r)], [str(Path("x") / "a.txt")]),
        (lambda r: (d for d in [("only", r)]), ["only"]),
    ],
    ids=["report", "mapping", "list", "pairs-with-paths", "generator"],
)
def test_input_forms(report, make, docs):
    frame = union_facts.to_frame(make(report))
    assert list(dict.fromkeys(frame["doc"])) == docs
    assert len(frame) == len(docs) * len(report.claims)


@pytest.mark.parametrize("bad", [["text"], [("a", "b")], 42])
def test_bad_input_is_a_type_error(bad):
    with pytest.raises(TypeError):
        union_facts.to_frame(bad)


def test_empty_input_keeps_the_columns():
    frame = union_facts.to_frame([union_facts.extract("没有数字的一段话。")])
    assert tuple(frame.columns) == COLUMNS and len(frame) == 0


def test_parquet_round_trip(report, tmp_path):
    import pyarrow.parquet as pq

    frame = union_facts.to_frame({"gy01": report})
    frame.to_parquet(tmp_path / "claims.parquet")
    back = pd.read_parquet(tmp_path / "claims.parquet")
    pd.testing.assert_frame_equal(back, frame, check_dtype=False)
    assert back["value"].tolist() == [float(c.value) for c in report.claims]

    exact = union_facts.to_frame({"gy01": report}, decimals=True)
    assert exact["value"].tolist() == [c.value for c in report.claims]
    exact.to_parquet(tmp_path / "exact.parquet")
    assert str(pq.read_schema(tmp_path / "exact.parquet").field("value").type).startswith("decimal")
    assert pd.read_parquet(tmp_path / "exact.parquet")["value"].tolist() == [c.value for c in report.claims]


def test_groupby_sums_by_section_and_unit(report):
    frame = report.to_frame()
    sums = frame.groupby(["section", "unit"], dropna=False)["value"].sum()
    want: dict[tuple, Decimal] = {}
    for c in report.claims:
        key = (report.sections[c.section].headline, c.unit)
        want[key] = want.get(key, Decimal(0)) + c.value
    assert {k: Decimal(str(v)) for k, v in sums.items()} == want


BLOCK_PANDAS = "import sys; sys.modules['pandas'] = None; sys.modules['pyarrow'] = None\n"


def test_core_works_and_to_frame_says_what_to_install_without_pandas():
    code = BLOCK_PANDAS + (
        "import union_facts\n"
        "r = union_facts.extract('全市累计建设工会驿站320家。')\n"
        "print(len(r.claims), r.model_dump_json()[:1], len(r.to_html()) > 0)\n"
        "try:\n    r.to_frame()\nexcept ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    assert lines[0] == "1 { True"
    assert "needs pandas" in lines[1] and "pip install 'union_facts[pandas]'" in lines[1]


def test_import_stays_cheap():
    heavy = ("pandas", "pyarrow", "tqdm", "charset_normalizer", "playwright", "nbclient", "jsonschema")
    code = f"import sys, union_facts, union_facts.cli; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]" and out.stderr == ""


def test_meaning_columns():
    text = "力争全年新增就业1.2万人。发放帮扶资金860万元，其中助学资金180万元，比上年增长5%。"
    frame = union_facts.to_frame(union_facts.extract(text))
    assert list(frame["status"]) == ["target", "actual", "actual", "actual"]
    assert frame["part_of"].dtype == "Int64" and frame["part_of"].tolist()[2] == 1
    assert frame["part_of"].isna().tolist() == [True, True, False, True]
    assert frame["basis"].tolist()[3] == "previous_year" and frame["change_measure"].tolist()[3] == "rate"
