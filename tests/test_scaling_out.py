"""Many documents: extract_many on a process pool, pickling for engines, claims as a table, dask."""

from __future__ import annotations

import dataclasses
import multiprocessing
import pickle
import subprocess
import sys

import pytest

import union_facts
from union_facts import Config, Extractor

from .conftest import DEV, ROOT, dev_documents, needs_dev_set


@pytest.fixture(scope="module")
def texts(sample_text) -> list[str]:
    docs = [t for _, t in dev_documents()] or [sample_text]
    return [*docs, "", "没有数字的一段话。", sample_text, "全市累计建设工会驿站320家。"]


def test_extract_many_keeps_input_order_and_matches_serial(texts):
    serial = [union_facts.extract(t) for t in texts]
    assert list(union_facts.extract_many(texts, workers=2, chunksize=3)) == serial
    assert list(union_facts.extract_many(iter(texts), workers=1)) == serial


def test_extract_many_sends_a_configured_extractor_to_fresh_workers():
    ex = Extractor(extra_units=["盏"], domain_terms=["暖心灯"]).warm_up()  # its dictionary cache, for the workers
    texts = ["安装暖心灯300盏。", "建成驿站30家，服务职工2万人次。"] * 3
    spawn = multiprocessing.get_context("spawn")
    got = list(union_facts.extract_many(texts, workers=2, chunksize=2, extractor=ex, mp_context=spawn))
    assert got == [ex.extract(t) for t in texts]
    assert got[0].claims[0].subject == "暖心灯"


MIXED = ["工会驿站320家。", b"bytes", "服务职工2万人次。", 42, "筹集资金867.4万元。"]


@pytest.mark.parametrize("workers", [1, 2])
def test_extract_many_raises_at_the_failing_document_and_goes_on(workers):
    results = union_facts.extract_many(MIXED, workers=workers, chunksize=2)
    assert next(results).claims[0].value == 320
    with pytest.raises(TypeError, match="decode"):
        next(results)
    assert next(results).claims[0].value == 20_000  # the caller caught it: the rest still flows
    with pytest.raises(TypeError, match="not int"):
        next(results)
    assert next(results).claims[0].value == 8_674_000
    assert next(results, None) is None


@pytest.mark.parametrize("workers", [1, 2])
def test_extract_many_skips_or_returns_failures_in_order(workers):
    skipped = union_facts.extract_many(MIXED, workers=workers, chunksize=2, on_error="skip")
    assert [r.claims[0].value for r in skipped] == [320, 20_000, 8_674_000]
    returned = list(union_facts.extract_many(MIXED, workers=workers, chunksize=2, on_error="return", progress=True))
    assert [type(r).__name__ for r in returned] == ["Report", "TypeError", "Report", "TypeError", "Report"]
    assert [r.text for r in returned if isinstance(r, union_facts.Report)] == MIXED[::2]
    with pytest.raises(ValueError, match="on_error"):
        union_facts.extract_many(MIXED, on_error="ignore")  # type: ignore[call-overload]


def test_extract_many_progress_and_bad_arguments(capsys):
    assert len(list(union_facts.extract_many(["驿站3家。"] * 4, workers=1, progress=True))) == 4
    with pytest.raises(ValueError, match="workers"):
        list(union_facts.extract_many(["x"], workers=0))
    with pytest.raises(ValueError, match="chunksize"):
        list(union_facts.extract_many(["x"], chunksize=0))


def test_reports_claims_and_extractors_pickle(sample_text):
    report = union_facts.extract(sample_text)
    assert pickle.loads(pickle.dumps(report)) == report
    assert pickle.loads(pickle.dumps(report.claims[0])) == report.claims[0]
    ex = Extractor(domain_terms=["暖心灯"])
    blob = pickle.dumps(ex)
    assert len(blob) < 1000  # its configuration, not its tables
    again = pickle.loads(blob)
    assert again is not ex and pickle.loads(blob) is again  # built once per process
    assert pickle.loads(pickle.dumps(union_facts.default_extractor())) is union_facts.default_extractor()
    # every option travels: the whole Config, whatever fields it gains
    options = {
        "extra_units": ["盏"],
        "domain_terms": ["暖心灯"],
        "headline_patterns": ["^【(?P<text>.{2,9})】"],
        "timeout": 3.0,
    }
    assert {f.name for f in dataclasses.fields(Config)} == set(options)
    assert pickle.loads(pickle.dumps(Extractor(**options))).config == Config(**options)


@needs_dev_set
def test_dask_example_writes_the_serial_claims(tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("dask.distributed")
    out = tmp_path / "claims.parquet"
    script = ROOT / "examples" / "dask_corpus.py"
    docs = DEV / "docs"
    subprocess.run([sys.executable, str(script), str(docs), str(out), "--workers", "2"], check=True, timeout=300)
    paths = sorted(docs.rglob("*.txt"))
    serial = [union_facts.extract(p.read_text(encoding="utf-8")) for p in paths]
    expected = union_facts.to_frame(
        [(p.relative_to(docs).as_posix(), r) for p, r in zip(paths, serial, strict=True)], decimals=True
    )
    got = pd.read_parquet(out)
    keys = ["doc", "start", "end"]
    got = got.sort_values(keys, kind="stable").reset_index(drop=True)
    expected = expected.sort_values(keys, kind="stable").reset_index(drop=True)
    for frame in (got, expected):  # Parquet keeps the instant, not the resolution
        frame["published"] = frame["published"].astype("datetime64[ns]")
    assert len(got) == len(expected) > 100
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)
