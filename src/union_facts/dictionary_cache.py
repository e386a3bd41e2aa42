"""The segmenter's dictionary cache on disk: where it lives, who may own it, how it is rebuilt and pruned.

The cache lives in ``$UNION_FACTS_CACHE_DIR`` or the user's cache folder (platformdirs:
``~/.cache/union_facts`` on Linux), created private (0700) and used only when it is the user's own
and writable by no one else; its files are opened as regular files only (no link, no FIFO). A
file's name is a digest of everything the tables are built from: jieba's dictionary file, the
vocabulary files in ``data/``, the code that builds them and the extra terms. The header and each
shard carry a checksum: anything unreadable or corrupt is rebuilt, and a cache that cannot be
written is only skipped. Files of configurations not used for `PRUNE_AGE` (or beyond the
`KEEP` most recent) are deleted whenever a new one is written.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import importlib.util
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from .lexicon import FORMAT, Lexicon, Tables

CACHE_ENV = "UNION_FACTS_CACHE_DIR"
_PREFIX, _SUFFIX = "union_facts-lexicon-", ".bin"
PRUNE_AGE = 30 * 86400  # seconds a configuration's file may go unused
KEEP = 8  # configurations kept at most


def cache_dir() -> Path:
    """``$UNION_FACTS_CACHE_DIR``, else the user's cache folder for union_facts."""
    if chosen := os.environ.get(CACHE_ENV):
        return Path(chosen)
    import platformdirs

    return Path(platformdirs.user_cache_dir("union_facts", appauthor=False))


def _private_dir() -> Path:
    """The cache folder, created 0700; OSError unless it is a folder of this user's that no one
    else may write to (another user must not be able to plant a file the segmenter trusts)."""
    path = cache_dir()
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    st = os.stat(path)
    if not stat.S_ISDIR(st.st_mode):
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(path))
    if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022):
        raise PermissionError(errno.EPERM, "cache folder not private to this user", str(path))
    return path


def fingerprint(extra_terms: Iterable[str], sources: Iterable[Path]) -> str:
    """Digest of what the tables are built from (file contents, jieba's dictionary, extra terms)."""
    h = hashlib.sha256(repr((FORMAT, sys.version_info[:2])).encode())
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
    """The cached lexicon named `key`; built with `build` (and cached) when absent or unreadable,
    and rebuilt if a shard turns out corrupt later."""
    try:
        folder = _private_dir()
    except OSError:
        return Lexicon.from_bytes(Lexicon.pack(build()))  # no cache we may trust: in memory
    path = folder / f"{_PREFIX}{key}{_SUFFIX}"
    try:
        lexicon = Lexicon.open(path)
        _touch(path)
    except (OSError, ValueError):
        lexicon = _write(path, Lexicon.pack(build()))
        _prune(folder, keep=path)
    lexicon.recover = lambda: _write(path, Lexicon.pack(build()))
    return lexicon


def _write(path: Path, data: bytes) -> Lexicon:
    """Write the cache file (atomically: concurrent builders each write a whole file) and open it;
    the lexicon in memory when the file cannot be written."""
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")  # 0600
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        return Lexicon.open(path)
    except (OSError, ValueError):
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return Lexicon.from_bytes(data)


def _touch(path: Path) -> None:
    """Mark a configuration's file as used (once a day at most: its age is what pruning reads)."""
    with contextlib.suppress(OSError):
        if time.time() - path.stat().st_mtime > 86400:
            os.utime(path)


def _prune(folder: Path, keep: Path) -> None:
    """Delete cache files of configurations unused for `PRUNE_AGE`, beyond the `KEEP` most
    recent, and temporary files left by a builder that died."""
    now = time.time()
    files = []
    for entry in os.scandir(folder):
        if not entry.name.startswith(_PREFIX) or not entry.is_file(follow_symlinks=False):
            continue
        with contextlib.suppress(OSError):
            age = now - entry.stat(follow_symlinks=False).st_mtime
            if entry.name.endswith(".tmp"):
                if age > 3600:
                    os.unlink(entry.path)
            elif entry.name.endswith(_SUFFIX) and entry.path != str(keep):
                files.append((age, entry.path))
    files.sort()
    for i, (age, name) in enumerate(files):
        if age > PRUNE_AGE or i >= KEEP - 1:
            with contextlib.suppress(OSError):
                os.unlink(name)
