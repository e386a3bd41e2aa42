"""The segmenter's dictionary, cached on disk and unpacked one first character at a time.

Building the private jieba tokenizer (its ~350 000-word dictionary, the part-of-speech table and
the domain terms) takes about a second in every new process, although a document's windows touch
only a few hundred distinct characters. So the built tables (word frequencies with jieba's prefix
entries, the total, the tags) are written once to a cache file, split by first character; a new
process reads that file and unpacks the part for a character the first time a window contains it.

`Lexicon.cut` is jieba's ``POSTokenizer.cut(sentence, HMM=False)`` (jieba 0.42, MIT licence) over
these tables, step for step, so segmentation is exactly what the private tokenizer gives
(``tests/test_lexicon.py`` checks it against jieba itself).

Where the cache file lives, who may own it, and how it is rebuilt and pruned: `dictionary_cache`.
The file's header and each shard carry a checksum; a file is opened as a regular file of this
user's only (never through a link, never blocking on a FIFO).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import stat
import sys
import threading
import weakref
from collections.abc import Callable
from math import inf, log
from pathlib import Path

FORMAT = ("union_facts.lexicon", 2)
_DIGEST = 16  # bytes of blake2b per header and per shard

# jieba.posseg's patterns, verbatim (stdlib re, as jieba uses them).
_RE_HAN = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._]+)")
_RE_SKIP = re.compile("(\r\n|\\s)")
_NUM_CHARS = frozenset(".0123456789")  # jieba's re_num, "[\\.0-9]+", on one character
_RE_ENG = re.compile("[a-zA-Z0-9]+")

_NO_WORDS: tuple[dict[str, float], dict[str, str]] = ({}, {})  # a character that starts no word
_PREFIX = 1.0  # a prefix of a word that is no word itself (a word's log probability is at most 0)
Tables = tuple[dict[str, int], int, dict[str, str]]  # word frequencies (prefixes at 0), total, tags
_First = tuple[Callable[[str], float | None], float | None, str, Callable[[str, str], str]]


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=_DIGEST).digest()


Index = dict[str, tuple[int, int, bytes]]  # first character -> (offset, size, digest) of its shard


class Lexicon:
    """Word frequencies and tags, unpacked by first character on demand (thread-safe).

    `read(offset, size)` returns bytes of the shard region: `open` reads them from the cache
    file with ``os.pread`` (nothing held in memory, fork-safe), `from_bytes` from memory. A shard
    whose checksum fails is read again from `recover()` (the tables rebuilt), never unpacked.
    """

    def __init__(self, total: int, index: Index, read: Callable[[int, int], bytes]) -> None:
        self.total = total
        # unpacked, by first character: each word's log probability (jieba's log(freq) - log(total),
        # computed once, not at every cut) and its tag
        self._parts: dict[str, tuple[dict[str, float], dict[str, str]]] = {}
        # first character -> (its words' get, the character's own log probability, its own tag, its
        # words' tags' get): what every position of a cut asks first, kept in one small table so a
        # one-character word is never sought in its character's large tables (they are cold in memory)
        self._firsts: dict[str, _First] = {}
        self._shared: dict[int, float] = {}  # frequency -> its log probability, one object each
        self._index = index
        self._read = read
        self._pending: frozenset[str] = frozenset(index)
        self._lock = threading.Lock()
        self.recover: Callable[[], Lexicon] | None = None
        self._refs: Lexicon | None = None  # the rebuilt lexicon whose file this one reads

    # ---------------------------------------------------------------- the file format
    # 8 bytes: header size n; 16 bytes: the header's digest; header (n bytes): marshal of
    # (FORMAT, total, index); then the shards.
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
        blobs, index, offset = [], {}, 0
        for ch, (part_freq, part_tags) in by_char.items():
            # one string object per word and per tag, so the unpacked dicts share them
            same = {w: w for w in part_freq}
            part_tags = {same.get(w, w): sys.intern(t) for w, t in part_tags.items()}
            blob = marshal.dumps((part_freq, part_tags))
            index[ch] = (offset, len(blob), _digest(blob))
            blobs.append(blob)
            offset += len(blob)
        header = marshal.dumps((FORMAT, int(total), index))
        return len(header).to_bytes(8, "little") + _digest(header) + header + b"".join(blobs)

    @staticmethod
    def _header(head: bytes, size: int) -> tuple[int, Index, int]:
        """(total, index, start of the shards), checked against its digest and the file size;
        ValueError if not one."""
        n = int.from_bytes(head[:8], "little")
        start = 8 + _DIGEST
        header = head[start : start + n]
        if len(header) != n or _digest(header) != head[8:start]:
            raise ValueError("not a lexicon cache, or a corrupt one")
        try:
            fmt, total, index = marshal.loads(header)
            ok = fmt == FORMAT and isinstance(total, int) and total > 0 and isinstance(index, dict)
            ok = ok and start + n + sum(length for _, length, _ in index.values()) == size
        except (EOFError, ValueError, TypeError) as exc:
            raise ValueError("not a lexicon cache") from exc
        if not ok:
            raise ValueError("not a lexicon cache of this format, or truncated")
        return total, index, start + n

    @classmethod
    def from_bytes(cls, data: bytes) -> Lexicon:
        total, index, base = cls._header(data, len(data))
        return cls(total, index, lambda offset, size: data[base + offset : base + offset + size])

    @classmethod
    def open(cls, path: Path) -> Lexicon:
        """The lexicon in a cache file; OSError or ValueError when it cannot be read as one (also
        when it is a link, not a regular file, or someone else's)."""
        fd = _open_private_file(path)
        if not hasattr(os, "pread"):  # not POSIX: read it whole
            with os.fdopen(fd, "rb") as f:
                return cls.from_bytes(f.read())
        try:
            size = os.fstat(fd).st_size
            n = int.from_bytes(os.pread(fd, 8, 0), "little")
            if 8 + _DIGEST + n > size:
                raise ValueError("not a lexicon cache")
            total, index, base = cls._header(os.pread(fd, 8 + _DIGEST + n, 0), size)
        except BaseException:
            os.close(fd)
            raise
        lexicon = cls(total, index, lambda offset, size: os.pread(fd, size, base + offset))
        weakref.finalize(lexicon, os.close, fd)
        return lexicon

    # ---------------------------------------------------------------- lookups
    def ensure(self, text: str) -> None:
        """Unpack the words that start with any character of `text`."""
        if missing := self._pending.intersection(text):
            with self._lock:
                logtotal, shared = log(self.total), self._shared
                for ch in missing & self._pending:
                    freq, tags = marshal.loads(self._shard(ch))
                    # words of one frequency share one float object: the few hundred common ones stay
                    # in the processor's cache, where one float per word would be a memory read each
                    for f in set(freq.values()).difference(shared):
                        shared[f] = log(f) - logtotal if f else _PREFIX
                    words = {w: shared[f] for w, f in freq.items()}
                    self._parts[ch] = (words, tags)
                    self._firsts[ch] = (words.get, words.get(ch), tags.get(ch, "x"), tags.get)
                # published after the parts are in: a character not pending is complete
                self._pending = self._pending - missing

    def _shard(self, ch: str) -> bytes:
        """The checked bytes of a character's shard; on a bad checksum, from the rebuilt tables."""
        offset, size, digest = self._index[ch]
        blob = self._read(offset, size)
        if _digest(blob) == digest:
            return blob
        if self.recover is None:
            raise ValueError(f"corrupt lexicon shard for {ch!r}")
        fresh = self.recover()  # the file changed under us: rebuilt and read from the new tables
        self._index, self._read, self.recover = fresh._index, fresh._read, None
        self._refs = fresh  # keeps its file open
        return self._shard(ch)

    def tag(self, word: str) -> str:
        """Part of speech of a dictionary word ('' when unknown)."""
        self.ensure(word[:1])
        return self._parts.get(word[:1], _NO_WORDS)[1].get(word, "")

    def cut(self, sentence: str) -> list[tuple[str, str]]:
        """(word, flag) pairs: jieba's ``POSTokenizer.lcut(sentence, HMM=False)``."""
        out: list[tuple[str, str]] = []
        for n, blk in enumerate(_RE_HAN.split(sentence)):
            if n % 2:  # the split keeps its group: every other piece is a run of word characters
                self._cut_block(blk, out)
                continue
            for m, x in enumerate(_RE_SKIP.split(blk)):
                if m % 2:
                    out.append((x, "x"))
                    continue
                eng = "eng" if _RE_ENG.match(x) else "x"  # sic: jieba tests the whole run here
                for xx in x:
                    out.append((xx, "m" if xx in _NUM_CHARS else eng))
        return out

    def _cut_block(self, blk: str, out: list[tuple[str, str]]) -> None:
        """jieba's get_DAG, calc and __cut_DAG_NO_HMM on one run of word characters."""
        n = len(blk)
        # get_DAG and calc in one backward pass: the best route from each position to the end,
        # with the same sums and the same tie-break as jieba's max() over (score, end) tuples.
        # A character that starts no word is an edge of its own (jieba: ``FREQ.get(w) or 1``).
        alone = 0.0 - log(self.total)  # log(1) - log(total)
        score = [0.0] * (n + 1)
        end = list(range(n + 1))
        first = self._firsts.get
        for k in range(n - 1, -1, -1):
            entry = first(blk[k])  # the words that start here start with blk[k]
            if entry is None and blk[k] in self._pending:  # its words not unpacked yet
                self.ensure(blk[k])
                entry = first(blk[k])
            best, best_end = -inf, -1
            if entry is not None and (lp := entry[1]) is not None:  # blk[k] is a word or starts one
                if lp <= 0.0:  # a word, not only a prefix of one
                    best, best_end = lp + score[k + 1], k
                get, i = entry[0], k + 1
                while i < n and (lp := get(blk[k : i + 1])) is not None:
                    if lp <= 0.0:
                        cand = lp + score[i + 1]
                        if cand >= best:  # a tie goes to the longer word, as in jieba
                            best, best_end = cand, i
                    i += 1
            if best_end < 0:
                best, best_end = alone + score[k + 1], k
            score[k], end[k] = best, best_end
        x, buf = 0, ""
        while x < n:
            y = end[x] + 1
            if y - x == 1:
                ch = blk[x]
                if ch.isascii() and ch.isalnum():  # _RE_ENG1: one ASCII letter or digit
                    buf += ch
                    x = y
                    continue
                entry = first(ch)
                word, flag = ch, entry[2] if entry is not None else "x"
            else:
                word = blk[x:y]
                flag = self._firsts[word[0]][3](word, "x")
            if buf:
                out.append((buf, "eng"))
                buf = ""
            out.append((word, flag))
            x = y
        if buf:
            out.append((buf, "eng"))


def _open_private_file(path: Path) -> int:
    """A read descriptor on `path` if it is a regular file of this user's: never through a link,
    never blocking on a FIFO."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode) or (hasattr(os, "getuid") and st.st_uid != os.getuid()):
        os.close(fd)
        raise ValueError(f"{path} is not a regular file of this user's")
    return fd
