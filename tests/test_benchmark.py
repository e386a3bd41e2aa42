"""The benchmark script runs and reports every figure (a smoke run: no timing is asserted)."""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import ROOT


def test_benchmark_quick_run_reports_every_figure(tmp_path):
    out = tmp_path / "bench.json"
    cmd = [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--json", str(out)]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=True)
    for words in ("sha256", "load", "jieba.lcut HMM off", "opencc t2s", "regex pass", "-X importtime", "| figure |"):
        assert words in run.stdout, run.stdout
    figures = json.loads(out.read_text())
    thr = figures["throughput"]["generated corpus"]
    assert set(thr["ratios"]) == {"jieba.lcut", "jieba.lcut HMM off", "regex pass", "opencc t2s"}
    assert all(len(rates) == 2 and min(rates) > 0 for rates in thr["rates"].values())  # one per round
    assert figures["import"]["heavy_modules_at_import"] == []
    assert [row["bytes"] for row in figures["scaling"]] == [1_000, 10_000, 100_000]
    assert figures["rss"]["claims"] > 0 and figures["first"]["first_result_s"]
    assert len(figures["parallel"]["speedup"]) == 2 and len(figures["parallel"]["plain_speedup"]) == 2
    subjects = figures["subjects"]  # this checkout against the reference commit, when git has it
    assert "subject stage" in run.stdout and all(len(r) == 2 for r in subjects["us_per_figure"]["new"].values())
    if subjects["against"]:
        assert all(len(r) == 2 and min(r) > 0 for r in subjects["ratio_new_over_old"].values())
        assert all(len(r) == 2 for r in subjects["same_claims_ratio_new_over_old"].values())
    else:
        assert "reference not measured" in run.stdout


def test_the_generated_corpus_is_fixed():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import corpus
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    first, again = corpus.generate(20), corpus.generate(20)
    assert first == again and corpus.checksum(first) == corpus.checksum(again)
    assert len({doc.split("\n")[0] for doc in first}) > 10  # reports differ from one another
