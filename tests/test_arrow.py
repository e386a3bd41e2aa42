"""One published Arrow schema: Parquet files from different batches read together everywhere."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import union_facts
from union_facts.arrow import exact_value
from union_facts.table import COLUMNS

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

# Two batches whose figures differ in every way a per-file type inference keys on: integers only
# and no currency, change or range in one; fractions, a range, money and changes in the other.
BATCH_A = {
    "a/qinglan.txt": "青岚市累计建成工会驿站320家，服务户外劳动者1.2万人次。",
    "a/empty.txt": "本期没有统计数字。",
}
BATCH_B = {
    "b/baishui.txt": "白水县全年筹集帮扶资金867.45万元，比上年增长5.23%，慰问困难职工300至500人。",
    "b/yunfeng.txt": "云峰区职工书屋覆盖率达到0.5%，新增会员约2.3万人。",
}


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("claims")
    reports = {}
    for name, batch in (("a", BATCH_A), ("b", BATCH_B)):
        extracted = {doc: union_facts.extract(text) for doc, text in batch.items()}
        union_facts.to_frame(extracted, decimals=True).to_parquet(folder / f"{name}.parquet")
        reports.update(extracted)
    return folder, reports


def _expected(reports):
    return sorted((doc, c.start, c.surface, c.value, c.high) for doc, r in reports.items() for c in r.claims)


def test_every_file_has_the_published_schema(written):
    folder, _ = written
    for path in sorted(folder.glob("*.parquet")):
        schema = pq.read_schema(path)
        assert schema.remove_metadata().equals(union_facts.arrow_schema().remove_metadata()), path
    assert union_facts.arrow_schema().field("value").type == pa.decimal128(38, 6)


def test_pandas_reads_both_batches_with_exact_values(written):
    folder, reports = written
    frame = pd.read_parquet(folder)
    got = sorted(zip(frame["doc"], frame["start"], frame["surface"], frame["value"], frame["high"], strict=True))
    assert [(d, s, t, v, h if pd.notna(h) else None) for d, s, t, v, h in got] == _expected(reports)
    assert len(got) > 5


def test_duckdb_reads_both_batches_as_decimals(written):
    duckdb = pytest.importorskip("duckdb")
    folder, reports = written
    con = duckdb.connect()
    rows = con.execute(
        f"select doc, start, surface, value, high from read_parquet('{folder}/*.parquet') order by doc, start"
    ).fetchall()
    assert rows == _expected(reports)
    kind = con.execute(f"select typeof(value) from read_parquet('{folder}/*.parquet') limit 1").fetchone()
    assert kind == ("DECIMAL(38,6)",)
    total = con.execute(f"select sum(value) from read_parquet('{folder}/*.parquet')").fetchone()[0]
    assert total == sum(c.value for r in reports.values() for c in r.claims)


def test_polars_reads_both_batches_as_decimals(written):
    pl = pytest.importorskip("polars")
    folder, reports = written
    frame = pl.read_parquet(sorted(folder.glob("*.parquet"))).sort(["doc", "start"])
    assert frame.schema["value"] == pl.Decimal(38, 6)
    rows = list(zip(*(frame[c].to_list() for c in ("doc", "start", "surface", "value", "high")), strict=True))
    assert rows == _expected(reports)


def test_to_arrow_is_the_frame_and_keeps_empty_batches_typed():
    table = union_facts.to_arrow([])
    assert table.schema.equals(union_facts.arrow_schema()) and table.num_rows == 0
    frame = union_facts.to_frame({"x": union_facts.extract("工会驿站320家。")}, decimals=True)
    assert tuple(frame.columns) == COLUMNS
    assert (
        pa.Table.from_pandas(frame, preserve_index=False)
        .schema.remove_metadata()
        .equals(union_facts.arrow_schema().remove_metadata())
    )


# (value, stored)
EXACT = [
    (Decimal(320), Decimal("320.000000")),
    (Decimal("8674500"), Decimal("8674500")),
    (Decimal("0.000001"), Decimal("0.000001")),
    (Decimal("0.0000005"), Decimal("0.000000")),  # half-even
    (Decimal("0.0000015"), Decimal("0.000002")),
    (Decimal("-3.3"), Decimal("-3.3")),
    (Decimal("9" * 32), Decimal("9" * 32)),
    (Decimal("1" + "0" * 32), None),  # 33 integer digits do not fit
    (None, None),
]


@pytest.mark.parametrize(("value", "stored"), EXACT)
def test_exact_value(value, stored):
    assert exact_value(value) == stored


@given(st.decimals(allow_nan=False, allow_infinity=False, places=None, min_value=-(10**40), max_value=10**40))
def test_exact_value_is_the_nearest_storable(value):
    stored = exact_value(value)
    if abs(value) >= Decimal(10) ** 32:
        assert stored is None
    else:
        assert stored is not None and -stored.as_tuple().exponent == 6
        assert abs(stored - value) <= Decimal("0.0000005")
