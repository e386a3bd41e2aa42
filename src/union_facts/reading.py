"""Reading report files: encoding detection for UTF-8, GB18030/GBK and Big5, with or without BOM.

Detectors guess poorly on short Chinese texts: GBK bytes nearly always decode as Big5 and Big5
bytes as GB18030, into rarer characters. So a byte-order mark decides when there is one; valid
UTF-8 is UTF-8; otherwise every Chinese candidate that decodes cleanly is scored by how common its
characters are in running Chinese text (simplified and traditional alike) and the most plausible
wins. charset-normalizer is asked only when no Chinese reading looks like Chinese.
"""

from __future__ import annotations

import codecs
import math
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["Decoded", "TextDecodeError", "decode", "detect_encoding", "read_text"]

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (b"\x84\x31\x95\x33", "gb18030"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Chinese candidates, in order of preference on a tie. big5hkscs and cp950 both extend Big5.
_CHINESE = ("gb18030", "big5hkscs", "cp950")
# Mean log-frequency (see `plausibility`) below which a reading does not look like Chinese:
# right readings of real sentences score about -7, wrong ones about -14, Shift-JIS or
# Windows-1251 text read as GB18030 -13 to -15.
_PLAUSIBLE = -12.5
# Valid UTF-8 with this many non-ASCII characters is UTF-8; with fewer it may be GBK by chance,
# and a Chinese reading more plausible by _MARGIN wins.
_SURE_UTF8 = 4
_MARGIN = 1.0
# GB18030 is the likelier legacy encoding: a Big5 reading must beat it by this much. It settles
# one-character texts where both readings are common ("現" in GBK reads "政" in Big5).
_GB_PRIOR = 0.3
# Text files hold no control characters but tab, newlines, form feed and vertical tab.
_CONTROLS = frozenset(chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0)])
_CJK_PUNCT = frozenset("，。、；：？！“”‘’（）《》【】〔〕〖〗—…·「」『』〈〉～％　￥・")
_PINYIN = frozenset("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ")


def _common_non_han(c: str) -> bool:
    """Characters other than Han that are common in Chinese web text (and in Latin text)."""
    cp = ord(c)
    return (
        c in _CJK_PUNCT
        or c in _PINYIN
        or 0xFF01 <= cp <= 0xFF5E  # full-width forms
        or 0x00C0 <= cp <= 0x017F  # Latin letters with diacritics
        or 0x2010 <= cp <= 0x2027  # general punctuation: dashes, quotes, ellipsis
        or 0x2600 <= cp <= 0x27BF  # symbols and dingbats
        or cp >= 0x1F000  # emoji
    )


class TextDecodeError(UnicodeDecodeError):
    """The bytes are not text in any supported encoding; `path` names the file (or None)."""

    def __init__(self, path: str | None, data: bytes, start: int, end: int, reason: str) -> None:
        super().__init__("utf-8", data, start, end, reason)
        self.path = path

    def __str__(self) -> str:
        where = f"{self.path!r}" if self.path is not None else "input"
        return (
            f"cannot decode {where}: not text in UTF-8, GB18030/GBK or Big5 "
            f"(as UTF-8: {self.reason} at byte {self.start})"
        )


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the Python codec that produced it and whether a byte-order mark named it."""

    text: str
    encoding: str
    bom: bool = False


def read_text(source: str | os.PathLike[str] | bytes | bytearray | memoryview) -> str:
    """The text of a file (a path) or of raw bytes, its encoding detected.

    Supports UTF-8, UTF-16/32 with BOM, GB18030 (and so GBK, GB2312) and Big5, with or without a
    byte-order mark. The BOM is dropped and newlines become ``\\n``, as `Path.read_text` does.
    Note that a ``str`` is a path, not text.

    Raises:
        TextDecodeError: (a `UnicodeDecodeError`) naming the file when no encoding fits.
        OSError: when the file cannot be read.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        return decode(bytes(source)).text
    if not isinstance(source, (str, os.PathLike)):
        raise TypeError(f"read_text() takes a path or bytes, not {type(source).__name__}")
    path = os.fspath(source)
    return decode(Path(path).read_bytes(), name=path).text


def detect_encoding(data: bytes) -> str:
    """The codec `read_text` would use for `data` (raises `TextDecodeError` if none fits)."""
    return decode(data).encoding


def decode(data: bytes, name: str | None = None) -> Decoded:
    """Decode `data` (see `read_text`); `name` is the file named in errors."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_universal_newlines(data[len(bom) :].decode(codec)), codec, bom=True)
            except UnicodeDecodeError:
                data = data[len(bom) :]  # a mark that lies: judge the bytes after it
                break
    utf8: str | None = None
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    else:
        if not _is_text(utf8):
            utf8_error = UnicodeDecodeError("utf-8", data, 0, 1, "control characters, not text")
            utf8 = None
        elif not 0 < sum(ord(c) > 0x7F for c in utf8) < _SURE_UTF8:
            return Decoded(_universal_newlines(utf8), "utf-8")

    readings: dict[str, str] = {}
    for codec in _CHINESE:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _is_text(text) and text not in readings.values() and text != utf8:
            readings[codec] = text
    scores = {
        codec: plausibility(text) + (_GB_PRIOR if codec == "gb18030" else 0.0) for codec, text in readings.items()
    }
    best = max(readings, key=lambda c: scores[c], default=None)  # the first of equals: _CHINESE order
    if utf8 is not None:
        # Short valid UTF-8 may be GBK by chance ("志愿" is valid UTF-8): a far likelier reading wins.
        if best is not None and scores[best] >= _PLAUSIBLE and scores[best] > plausibility(utf8) + _MARGIN:
            return Decoded(_universal_newlines(readings[best]), best)
        return Decoded(_universal_newlines(utf8), "utf-8")
    if best is not None and scores[best] >= _PLAUSIBLE:
        return Decoded(_universal_newlines(readings[best]), best)
    guess = _charset_normalizer_guess(data)
    if guess is not None:
        return Decoded(_universal_newlines(guess[0]), guess[1])
    if best is not None:
        return Decoded(_universal_newlines(readings[best]), best)
    raise TextDecodeError(name, data, utf8_error.start, utf8_error.end, utf8_error.reason)


def plausibility(text: str) -> float:
    """Mean log-frequency of the non-ASCII characters of `text` in Chinese (0.0 when all ASCII).

    Traditional characters count as their simplified forms; Chinese punctuation, full-width forms,
    pinyin and other Latin letters, symbols and emoji as moderately common; anything else as rarer
    than the rarest listed Han character.
    """
    table = _frequencies()
    chars = [c for c in _t2s().convert(text) if ord(c) > 0x7F and not c.isspace()]
    if not chars:
        return 0.0
    total = 0.0
    for c in chars:
        if (lp := table.log_p.get(c)) is not None:
            total += lp
        elif _common_non_han(c):
            total += table.common
        else:
            total += table.floor
    return total / len(chars)


@dataclass(frozen=True, slots=True)
class _Table:
    log_p: dict[str, float]
    common: float  # the 100th most frequent character
    floor: float  # below the rarest listed character


@lru_cache(maxsize=1)
def _frequencies() -> _Table:
    counts: list[tuple[str, int]] = []
    raw = resources.files("union_facts").joinpath("data/hanzi_freq.tsv").read_text(encoding="utf-8")
    for line in raw.splitlines():
        if line and not line.startswith("#"):
            ch, n = line.split("\t")
            counts.append((ch, int(n)))
    total = sum(n for _, n in counts)
    log_p = {ch: math.log(n / total) for ch, n in counts}
    return _Table(log_p, math.log(counts[99][1] / total), math.log(counts[-1][1] / total) - 1.0)


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    return (text, best.encoding) if _is_text(text) else None


def _is_text(text: str) -> bool:
    return not any(c in _CONTROLS for c in text) and "\ufffd" not in text


def _universal_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
