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
    for words in (
        "import union_facts",
        "first result",
        "jieba.lcut",
        "union_facts / ceiling",
        "peak RSS",
        "extract_many",
    ):
        assert words in run.stdout, run.stdout
    figures = json.loads(out.read_text())
    assert figures["import"]["heavy_modules_at_import"] == []
    assert figures["throughput"]["cold_chars_per_s"] > 0 and figures["throughput"]["ratio_jieba"] > 0
    assert [row["bytes"] for row in figures["scaling"]] == [1_000, 10_000, 100_000]
    assert figures["parallel"]["speedup"] > 0
