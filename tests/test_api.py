"""Public API contract: names, bad input, empty input, configuration."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

import union_facts
from union_facts import Extractor, Unit


def test_public_names():
    for name in ("extract", "extract_claims", "extract_headlines", "Extractor", "Report", "Claim", "Section"):
        assert hasattr(union_facts, name)


@pytest.mark.parametrize("bad", [b"\xe5\xb7\xa5", 42, None, ["text"]])
def test_non_str_input_raises_type_error(bad):
    with pytest.raises(TypeError, match="str"):
        union_facts.extract(bad)


def test_bytes_error_names_the_fix():
    with pytest.raises(TypeError, match="decode"):
        union_facts.extract("工会".encode())


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "没有数字的一段话。"])
def test_empty_or_number_free_text_gives_a_valid_empty_report(text):
    report = union_facts.extract(text)
    assert report.claims == [] and report.text == text


def test_claim_dump_has_the_contract_keys():
    claim = union_facts.extract_claims("筹集资金867.4万元")[0]
    keys = {"surface", "start", "end", "value", "high", "unit", "qualifier", "subject", "section", "sentence"}
    assert keys <= claim.model_dump().keys()
    assert json.loads(claim.model_dump_json())["value"] == 8674000


def test_values_are_exact_decimals():
    claim = union_facts.extract_claims("指数低开百分之一点五七")[0]
    assert claim.value == Decimal("1.57")
    assert json.loads(claim.model_dump_json())["value"] == 1.57


def test_extract_headlines_returns_headed_sections():
    text = "一、综合\n全年实现地区生产总值382419万元。\n二、农业\n粮食总产48.2万吨。"
    assert [s.headline for s in union_facts.extract_headlines(text)] == ["综合", "农业"]


def test_extractor_extra_units_and_terms():
    ex = Extractor(extra_units=["盏", Unit("标箱", "标箱", "measure")], domain_terms=["暖心灯"])
    claims = ex.extract_claims("安装暖心灯300盏，吞吐量达120万标箱。")
    assert [(c.value, c.unit, c.kind) for c in claims] == [
        (Decimal(300), "盏", "count"),
        (Decimal(1200000), "标箱", "measure"),
    ]
    assert claims[0].subject == "暖心灯"


def test_extractor_headline_patterns():
    ex = Extractor(headline_patterns=[r"^【(?P<text>[^】]{2,20})】"])
    text = "【强化服务】全市建成驿站30家，服务职工2万人次。"
    assert [s.headline for s in ex.extract_headlines(text)] == ["强化服务"]


def test_import_is_cheap():
    import subprocess
    import sys

    code = "import sys, union_facts; print(sorted(m for m in ('jieba', 'cn2an', 'opencc') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert out.stderr == ""
