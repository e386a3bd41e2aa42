"""The examples run: the notebook tour (executed with nbclient) and the Parquet pipeline."""

from __future__ import annotations

import subprocess
import sys

import pytest

import union_facts

from .conftest import ROOT, SAMPLE

EXAMPLES = ROOT / "examples"


def test_notebook_tour_executes(sample_text):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("pandas")
    nb = nbformat.read(EXAMPLES / "notebook_tour.ipynb", as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit the notebook without outputs"
    where = {"metadata": {"path": str(EXAMPLES)}}
    client = nbclient.NotebookClient(nb, timeout=120, kernel_name="python3", resources=where)
    client.execute()

    report = union_facts.extract(sample_text)
    code = [c for c in nb.cells if c.cell_type == "code"]
    outputs = [o for c in code for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert code[0].outputs[0].data["text/plain"].endswith(f", {len(report.claims)})")
    frame_html = code[1].outputs[0].data["text/html"]
    assert all(c.surface in frame_html for c in report.claims)
    grouped = code[2].outputs[0].data["text/plain"]
    assert "count" in grouped and "sum" in grouped and "8674000.0" in grouped
    view = code[3].outputs[0].data["text/html"]
    assert view == report._repr_html_()
    assert view.count("<mark ") == len(report.claims)


def test_pipeline_writes_parquet(tmp_path):
    pd = pytest.importorskip("pandas")
    out = tmp_path / "claims.parquet"
    docs = SAMPLE / "docs"
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "pipeline.py"), str(docs), str(out)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    frame = pd.read_parquet(out)
    report = union_facts.extract((docs / "gy01.txt").read_text(encoding="utf-8"))
    assert frame["doc"].unique().tolist() == ["gy01.txt"]
    assert frame["surface"].tolist() == [c.surface for c in report.claims]
    assert f"{len(report.claims)} claims from 1 reports" in result.stderr
