"""The segmenter's dictionary, cached on disk and unpacked one first character at a time.

Building the private jieba tokenizer (its ~350 000-word dictionary, the part-of-speech table and
the domain terms) takes about a second in every new process, although a document's windows touch
only a few hundred distinct characters. So the built tables (word frequencies with jieba's prefix
entries, the total, the tags) are written once to a cache file, split by first character; a new
process reads that file and unpacks the part for a character the first time a window contains it.

`Lexicon.cut` is jieba's ``POSTokenizer.cut(sentence, HMM=False)`` (jieba 0.42, MIT licence) over
these tables, step for step, so segmentation is exactly what the private tokenizer gives
(``tests/test_lexicon.py`` checks it against jieba itself).

The cache lives in ``$UNION_FACTS_CACHE_DIR`` or the system temp directory (where jieba keeps its
own cache). Its name is a digest of everything the tables are built from: jieba's dictionary file,
the vocabulary files in ``data/``, the code that builds them and the extra terms; anything
unreadable is rebuilt, and a cache that cannot be written is only skipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import marshal
import os
import re
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable
from math import log
from pathlib import Path

_FORMAT = ("union_facts.lexicon", 1)
CACHE_ENV = "UNION_FACTS_CACHE_DIR"

# jieba.posseg's patterns, verbatim (stdlib re, as jieba uses them).
_RE_HAN = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._]+)")
_RE_SKIP = re.compile("(\r\n|\\s)")
_RE_NUM = re.compile("[\\.0-9]+")
_RE_ENG = re.compile("[a-zA-Z0-9]+")
_RE_ENG1 = re.compile("^[a-zA-Z0-9]$", re.U)

Tables = tuple[dict[str, int], int, dict[str, str]]  # word frequencies (prefixes at 0), total, tags


class Lexicon:
    """Word frequencies and tags, unpacked by first character on demand (thread-safe)."""

    def __init__(self, total: int, shards: dict[str, bytes]) -> None:
        self.total = total
        self.freq: dict[str, int] = {}
        self.tags: dict[str, str] = {}
        self._shards = shards  # first character -> marshalled (freq, tags) of its words
        self._pending: frozenset[str] = frozenset(shards)
        self._lock = threading.Lock()

    # ---------------------------------------------------------------- packing
    @staticmethod
    def pack(tables: Tables) -> bytes:
        """The cache file's bytes for built tables."""
        freq, total, tags = tables
        by_char: dict[str, tuple[dict[str, int], dict[str, str]]] = {}
        for word, f in freq.items():
            if word:
                by_char.setdefault(word[0], ({}, {}))[0][word] = f
        for word, t in tags.items():
            if word:
                by_char.setdefault(word[0], ({}, {}))[1][word] = t
        shards = {ch: marshal.dumps(part) for ch, part in by_char.items()}
        return marshal.dumps((_FORMAT, int(total), shards))

    @classmethod
    def unpack(cls, data: bytes) -> Lexicon:
        """A lexicon from a cache file's bytes; ValueError when they are not one."""
        try:
            header, total, shards = marshal.loads(data)
            ok = header == _FORMAT and isinstance(total, int) and total > 0 and isinstance(shards, dict)
        except (EOFError, ValueError, TypeError) as exc:
            raise ValueError("not a lexicon cache") from exc
        if not ok or not all(isinstance(b, bytes) for b in shards.values()):
            raise ValueError("not a lexicon cache of this format")
        return cls(total, shards)

    # ---------------------------------------------------------------- lookups
    def ensure(self, text: str) -> None:
        """Unpack the words that start with any character of `text`."""
        if missing := self._pending.intersection(text):
            with self._lock:
                for ch in missing & self._pending:
                    freq, tags = marshal.loads(self._shards.pop(ch))
                    self.freq.update(freq)
                    self.tags.update(tags)
                # published after the tables are filled: a character not pending is complete
                self._pending = self._pending - missing

    def tag(self, word: str) -> str:
        """Part of speech of a dictionary word ('' when unknown)."""
        self.ensure(word[:1])
        return self.tags.get(word, "")

    def cut(self, sentence: str) -> list[tuple[str, str]]:
        """(word, flag) pairs: jieba's ``POSTokenizer.lcut(sentence, HMM=False)``."""
        self.ensure(sentence)
        out: list[tuple[str, str]] = []
        for blk in _RE_HAN.split(sentence):
            if _RE_HAN.match(blk):
                self._cut_block(blk, out)
                continue
            for x in _RE_SKIP.split(blk):
                if _RE_SKIP.match(x):
                    out.append((x, "x"))
                    continue
                for xx in x:
                    if _RE_NUM.match(xx):
                        out.append((xx, "m"))
                    elif _RE_ENG.match(x):  # sic: jieba tests the whole run here
                        out.append((xx, "eng"))
                    else:
                        out.append((xx, "x"))
        return out

    def _cut_block(self, blk: str, out: list[tuple[str, str]]) -> None:
        """jieba's get_DAG, calc and __cut_DAG_NO_HMM on one run of word characters."""
        freq, n = self.freq, len(blk)
        dag: list[list[int]] = []
        for k in range(n):
            ends = []
            i, frag = k, blk[k]
            while i < n and frag in freq:
                if freq[frag]:
                    ends.append(i)
                i += 1
                frag = blk[k : i + 1]
            dag.append(ends or [k])
        route: list[tuple[float, int]] = [(0.0, 0)] * (n + 1)
        route[n] = (0, 0)
        logtotal = log(self.total)
        for idx in range(n - 1, -1, -1):
            route[idx] = max((log(freq.get(blk[idx : x + 1]) or 1) - logtotal + route[x + 1][0], x) for x in dag[idx])
        x, buf = 0, ""
        while x < n:
            y = route[x][1] + 1
            word = blk[x:y]
            if _RE_ENG1.match(word):
                buf += word
            else:
                if buf:
                    out.append((buf, "eng"))
                    buf = ""
                out.append((word, self.tags.get(word, "x")))
            x = y
        if buf:
            out.append((buf, "eng"))


# -------------------------------------------------------------------- the cache file
def cache_dir() -> Path:
    return Path(os.environ.get(CACHE_ENV) or tempfile.gettempdir())


def fingerprint(extra_terms: Iterable[str], sources: Iterable[Path]) -> str:
    """Digest of what the tables are built from (file contents, jieba's dictionary, extra terms)."""
    h = hashlib.sha256(repr((_FORMAT, sys.version_info[:2])).encode())
    spec = importlib.util.find_spec("jieba")  # located, not imported
    if spec is not None and spec.origin:
        for name in ("__init__.py", "dict.txt"):
            p = Path(spec.origin).with_name(name)
            st = p.stat() if p.exists() else None
            h.update(f"{p}|{st and st.st_size}|{st and st.st_mtime_ns}".encode())
    for path in sorted(sources):
        h.update(str(path.name).encode() + b"\0" + path.read_bytes() + b"\0")
    h.update(repr(tuple(extra_terms)).encode())
    return h.hexdigest()[:20]


def load(key: str, build: Callable[[], Tables]) -> Lexicon:
    """The cached lexicon named `key`; built with `build` (and cached) when absent or unreadable."""
    path = cache_dir() / f"union_facts-lexicon-{key}.bin"
    try:
        return Lexicon.unpack(path.read_bytes())
    except (OSError, ValueError):
        pass
    data = Lexicon.pack(build())
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)  # atomic: concurrent builders each write a whole file
    except OSError:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return Lexicon.unpack(data)
