"""read_text: UTF-8, GB18030/GBK and Big5, with and without BOM, on real short sentences."""

from __future__ import annotations

import codecs

import pytest

import union_facts
from union_facts.reading import TextDecodeError, decode, detect_encoding, plausibility, read_text

from .conftest import SAMPLE
from .conftest import encodes as _encodes

GY01 = (SAMPLE / "docs" / "gy01.txt").read_text(encoding="utf-8")
GB_BOM = b"\x84\x31\x95\x33"


def _sentences() -> list[str]:
    """Real sentences and clauses of the sample report, cut to 2, 4 and 12 characters and whole."""
    import re

    pieces = [p.strip() for p in re.split(r"[。,，\n]", GY01) if len(p.strip()) >= 2]
    out: list[str] = []
    for p in pieces:
        for n in (2, 4, 12, None):
            cut = p[:n]
            if cut not in out:
                out.append(cut)
    return out


SENTENCES = _sentences()
# (codec of the bytes, BOM prepended, codec read_text must report)
ENCODINGS = [
    ("utf-8", b"", "utf-8"),
    ("utf-8", codecs.BOM_UTF8, "utf-8"),
    ("gb18030", b"", "gb18030"),
    ("gb18030", GB_BOM, "gb18030"),
    ("gbk", b"", "gb18030"),
    ("big5", b"", "big5hkscs"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
]


def _cases(codec: str) -> list[tuple[str, bytes]]:
    cases = []
    for s in SENTENCES:
        try:
            data = s.encode(codec)
        except UnicodeEncodeError:  # Big5 has no pinyin letters and no simplified forms
            continue
        if not data.isascii():
            cases.append((s, data))
    return cases


@pytest.mark.parametrize(("codec", "bom", "reported"), ENCODINGS, ids=[c + "+bom" * bool(b) for c, b, _ in ENCODINGS])
def test_short_real_sentences_decode_exactly(codec, bom, reported):
    cases = _cases(codec)
    assert len(cases) >= 60, f"too few {codec} cases to mean anything: {len(cases)}"
    wrong = []
    for text, data in cases:
        got = decode(bom + data)
        if (got.text, got.encoding, got.bom) != (text, reported, bool(bom)):
            wrong.append((text, got))
    assert wrong == []


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "gb18030", "gbk", "big5"])
def test_whole_sample_report_from_a_file(tmp_path, codec):
    # GBK lacks U+00A0, Big5 pinyin tone letters: those are left out
    text = "".join(c for c in GY01 if _encodes(c, codec))
    assert len(text) > 0.9 * len(GY01)
    path = tmp_path / f"gy01.{codec}.txt"
    path.write_bytes(text.encode(codec))
    assert read_text(path) == text
    assert read_text(str(path)) == text
    assert read_text(path.read_bytes()) == text


def test_plausibility_ranks_the_right_reading_first():
    """On every GBK/Big5 text of 3+ Chinese characters the right reading scores above any wrong one.

    Shorter ones can be a tie ("推優" in Big5 reads "崩纔" = "崩才" in GB18030); the preference for
    GB18030 settles those, as test_short_real_sentences_decode_exactly shows."""
    checked = 0
    for codec, others in (("gbk", ("big5hkscs", "cp950")), ("big5", ("gb18030",))):
        for text, data in _cases(codec):
            if sum(not c.isascii() for c in text) < 3:
                continue
            for other in others:
                try:
                    wrong = data.decode(other)
                except UnicodeDecodeError:
                    continue
                if wrong != text:
                    assert plausibility(text) > plausibility(wrong), (text, wrong)
                    checked += 1
    assert checked >= 100


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("志愿".encode("gbk"), "gb18030"),  # valid UTF-8 by chance: "־Ը"
        ("喜讯:".encode("gbk"), "gb18030"),  # valid UTF-8 by chance: "ϲѶ:"
        ("café".encode(), "utf-8"),  # also valid GB18030: "caf茅"
        (b"plain ascii 320", "utf-8"),
        (b"", "utf-8"),
        ("日本語のテキストです".encode("shift_jis"), "cp932"),  # not Chinese: charset-normalizer decides
    ],
)
def test_detect_encoding_edge_cases(data, encoding):
    assert detect_encoding(data) == encoding


@pytest.mark.parametrize(
    ("raw", "text"),
    [(b"a\r\nb\rc\n", "a\nb\nc\n"), (codecs.BOM_UTF8 + "工会\r\n".encode(), "工会\n")],
)
def test_newlines_and_bom_as_path_read_text_gives(raw, text):
    assert read_text(raw) == text


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",  # binary
        "工会驿站".encode("gbk") + b"\x00\x01\x02\x03",  # control bytes are not text
    ],
)
def test_undecodable_file_raises_naming_it(tmp_path, data):
    path = tmp_path / "broken.txt"
    path.write_bytes(data)
    with pytest.raises(UnicodeDecodeError) as info:
        read_text(path)
    assert isinstance(info.value, TextDecodeError) and info.value.path == str(path)
    assert str(path) in str(info.value) and "GB18030" in str(info.value)
    with pytest.raises(TextDecodeError, match="cannot decode input"):
        read_text(data)


def test_a_str_is_a_path_and_other_types_are_refused(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_text(str(tmp_path / "工会驿站320家"))
    with pytest.raises(TypeError, match="path or bytes"):
        read_text(42)  # type: ignore[arg-type]


def test_exported_and_extract_ready():
    data = "截至目前，全市累計建設工會驛站320家。".encode("big5")
    report = union_facts.extract(union_facts.read_text(data))
    assert [(c.surface, c.subject) for c in report.claims] == [("320家", "工会驿站")]
