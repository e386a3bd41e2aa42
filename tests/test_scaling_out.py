"""Many documents: extract_many on a process pool, pickling for engines, claims as a table, dask."""

from __future__ import annotations

import dataclasses
import importlib.util
import multiprocessing
import pickle
import subprocess
import sys

import pytest

import union_facts
from union_facts import Config, Extractor
from union_facts.files import extract_file

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
        "extra_qualifiers": [("差不多", "before", "approx")],
        "extra_exclusions": [("hotline", r"服务号\d+")],
        "extra_slogans": ["八个一"],
        "extra_spam_markers": ["扫码进群"],
        "extra_changes": [("攀升", "up")],
        "extra_cumulative_words": ["拢共"],
        "extra_linking_words": ["合共"],
        "extra_scope_words": ["全矿"],
        "extra_periods": ["汛期"],
        "domain_terms": ["暖心灯"],
        "headline_patterns": ["^【(?P<text>.{2,9})】"],
        "timeout": 3.0,
    }
    assert {f.name for f in dataclasses.fields(Config)} == set(options)
    assert pickle.loads(pickle.dumps(Extractor(**options))).config == Config(**options)


OWN_LEGACY = {  # own sentences in the legacy encodings a folder of reports really holds
    "own/big5.txt": ("青嵐市累計建成工會驛站320家，服務戶外勞動者1.2萬人次。", "big5"),
    "own/gbk.txt": ("白水县全年筹集帮扶资金867.4万元，慰问困难职工近1700人。", "gbk"),
}


@needs_dev_set
def test_dask_example_writes_the_serial_claims_and_reports_failed_files(tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("dask.distributed")
    docs, out = tmp_path / "docs", tmp_path / "claims.parquet"
    (docs / "own").mkdir(parents=True)
    for p in sorted((DEV / "docs").glob("*.txt")):  # the dev set read in place, through links
        (docs / p.name).symlink_to(p)
    for name, (text, codec) in OWN_LEGACY.items():
        (docs / name).write_bytes(text.encode(codec))
    if importlib.util.find_spec("trafilatura") and importlib.util.find_spec("pypdfium2"):
        from benchmarks import own_report

        (docs / "own" / "gov.html").write_bytes(own_report.gov_page())  # read through read_html
        own_report.write_pdf(docs / "own" / "report.pdf", size=14)  # and read_pdf
    (docs / "own" / "broken.txt").write_bytes(b"\x00\x01\x02\x80\x81 binary, not text")
    script = ROOT / "examples" / "dask_corpus.py"
    run = subprocess.run(
        [sys.executable, str(script), str(docs), str(out), "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 1, run.stderr
    assert "failed: own/broken.txt: TextDecodeError" in run.stderr and "\\x" not in run.stderr
    paths = sorted(p for p in docs.rglob("*.*") if p.name != "broken.txt")
    serial = [extract_file(p) for p in paths]
    expected = union_facts.to_frame(
        [(p.relative_to(docs).as_posix(), r) for p, r in zip(paths, serial, strict=True)], decimals=True
    )
    got = pd.read_parquet(out)
    keys = ["doc", "start", "end"]
    got = got.sort_values(keys, kind="stable").reset_index(drop=True)
    expected = expected.sort_values(keys, kind="stable").reset_index(drop=True)
    assert len(got) == len(expected) > 100
    assert {"own/big5.txt", "own/gbk.txt"} <= set(got["doc"])
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)


def _dies_on_kill(self, text, **kwargs):
    """Extractor.extract in a forked worker: the process dies outright (as the OOM killer does it)."""
    if text == "KILL":
        import os

        os._exit(137)
    return _REAL_EXTRACT(self, text, **kwargs)


_REAL_EXTRACT = Extractor.extract
CRASHING = [
    "工会驿站320家。",
    "服务职工2万人次。",
    "KILL",
    "筹集资金867.4万元。",
    "慰问困难职工68名。",
    "新建书屋14家。",
] * 2


@pytest.mark.skipif(sys.platform != "linux", reason="a forked worker inherits the patched extract on Linux only")
@pytest.mark.parametrize("chunksize", [1, 4])
def test_extract_many_survives_a_worker_killed_outright(monkeypatch, chunksize):
    """A worker killed mid-document (out of memory, a signal) costs that document only: it gets a
    WorkerDied, every other document its report, in input order; the pool is renewed."""
    monkeypatch.setattr(Extractor, "extract", _dies_on_kill)
    fork = multiprocessing.get_context("fork")
    got = list(union_facts.extract_many(CRASHING, workers=2, chunksize=chunksize, mp_context=fork, on_error="return"))
    monkeypatch.undo()
    assert [type(r).__name__ for r in got] == ["WorkerDied" if t == "KILL" else "Report" for t in CRASHING]
    assert [r.claims[0].value for r in got if isinstance(r, union_facts.Report)] == [
        union_facts.extract(t).claims[0].value for t in CRASHING if t != "KILL"
    ]
    assert "died" in str(got[2])
    with pytest.raises(union_facts.WorkerDied):
        monkeypatch.setattr(Extractor, "extract", _dies_on_kill)
        list(union_facts.extract_many(CRASHING, workers=2, chunksize=chunksize, mp_context=fork))


def test_reports_come_back_from_workers_as_they_left(texts):
    """Workers send claims as rows of values (`transport`); the parent rebuilds equal reports: the
    same values, the same given fields, the same JSON, also for claims given different fields."""
    from multiprocessing.reduction import ForkingPickler

    from union_facts import parallel  # noqa: F401  (registers the reduction)

    reports = [union_facts.extract(t) for t in texts]
    paged = reports[0].model_copy(update={"claims": [c.model_copy(update={"page": 2}) for c in reports[0].claims[:3]]})
    for report in [*reports, paged]:
        sent = bytes(ForkingPickler.dumps(report))
        assert b"_rebuild_report" in sent  # the rows, not the default pickling
        back = pickle.loads(sent)
        assert back == report
        assert back.model_dump_json() == report.model_dump_json()
        assert [c.model_fields_set for c in back.claims] == [c.model_fields_set for c in report.claims]
        assert list(back.__dict__) == list(report.__dict__)


class _Name(str):
    """A str subclass: marshal refuses it, so its report's claims go by pickle."""


def test_reports_of_no_claims_or_unusual_values_come_back_equal():
    from multiprocessing.reduction import ForkingPickler

    from union_facts import parallel  # noqa: F401  (registers the reduction)

    report = union_facts.extract("全市建成工会驿站320家，筹集资金867.4万元。")
    odd = report.model_copy(update={"claims": [report.claims[0].model_copy(update={"subject": _Name("驿站")})]})
    for sent in (union_facts.extract(""), union_facts.extract("没有数字。"), report, odd):
        back = pickle.loads(bytes(ForkingPickler.dumps(sent)))
        assert back == sent
        assert back.model_dump_json() == sent.model_dump_json()
    assert [type(c.value) for c in back.claims] == [type(c.value) for c in odd.claims]


@pytest.mark.parametrize(
    ("texts", "size", "workers", "sizes"),
    [
        (["a"] * 40, 8, 2, [8, 8, 6, 4, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1]),  # known length: the last smaller
        (iter(["a"] * 40), 8, 2, [8] * 5),  # a generator: fixed size, its length unknown
        (["a"] * 3, 16, 2, [1, 1, 1]),
        ([], 16, 2, []),
    ],
)
def test_chunks_shrink_towards_the_end_when_the_number_of_texts_is_known(texts, size, workers, sizes):
    from union_facts.parallel import _chunks

    chunks = list(_chunks(texts, size, workers))
    assert [len(c) for c in chunks] == sizes
    assert [t for c in chunks for t in c] == ["a"] * sum(sizes)
