"""Input discovery: the files to read from the paths given, and each one skipped with its reason."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .args import STDIN
from .messages import reason

if TYPE_CHECKING:
    from ..files import Source


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that is not read: failed (counted in the exit status) or skipped on purpose."""

    path: str
    reason: str
    skipped: bool = False  # left out on purpose (not included, extra missing): not a failure


def discover(paths: Sequence[str], include: Sequence[str] = ("*.txt",)) -> Iterator[str | Failure]:
    """Files to read, in the order given; folders expand to the files `include` names, sorted,
    each other file in them a skipped `Failure` saying why."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        try:
            st = os.stat(raw)
        except FileNotFoundError:
            yield Failure(raw, "no such file or folder")
            continue
        except (OSError, ValueError) as exc:  # a name too long, a NUL in it …
            yield Failure(raw, reason(exc))
            continue
        if not stat.S_ISDIR(st.st_mode):
            yield raw  # a file named on the command line is read whatever it is (a FIFO: <(cmd))
            continue
        found = walk(raw, include)
        if not any(isinstance(f, str) for f in found):
            yield Failure(raw, f"folder holds no file matching {','.join(include)}")
        yield from found


def walk(folder: str, include: Sequence[str] = ("*.txt",)) -> list[str | Failure]:
    """The files under `folder` that `include` names (symbolic links followed, each folder once),
    sorted by path; and, in their place, each one that cannot be read as a regular file, each
    folder that cannot be listed and each other file, skipped with the reason."""
    found: list[tuple[Path, str | Failure]] = []
    pending, seen = [folder], set()
    while pending:
        where = pending.pop()
        try:
            st = os.stat(where)
            if (st.st_dev, st.st_ino) in seen:
                continue  # a link back up the tree
            seen.add((st.st_dev, st.st_ino))
            with os.scandir(where) as listing:
                entries = list(listing)
        except OSError as exc:
            found.append((Path(where), Failure(where, f"cannot read folder: {reason(exc)}")))
            continue
        for entry in entries:
            if _is_folder(entry):
                pending.append(entry.path)
            else:
                found.append((Path(entry.path), _included(entry, include)))
    found.sort(key=lambda item: item[0])
    return [item for _, item in found]


def _included(entry: os.DirEntry[str], include: Sequence[str]) -> str | Failure:
    """The entry as `_regular_file` gives it when `include` names it and its format can be read."""
    from fnmatch import fnmatchcase

    from ..files import format_of, missing_extra

    if not any(fnmatchcase(entry.name.lower(), pattern) for pattern in include):
        return Failure(entry.path, f"skipped: not included (--include {','.join(include)})", skipped=True)
    fmt = format_of(entry.name)
    if fmt != "text" and (hint := missing_extra(fmt)) is not None:
        return Failure(entry.path, f"skipped: reading {fmt.upper()} needs an extra: {hint}", skipped=True)
    return _regular_file(entry)


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _regular_file(entry: os.DirEntry[str]) -> str | Failure:
    """The entry's path if it is a regular file (or a link to one), else why it is skipped."""
    try:
        st = os.stat(entry.path)
    except FileNotFoundError:
        return Failure(entry.path, "dangling symbolic link" if entry.is_symlink() else "no such file")
    except OSError as exc:
        return Failure(entry.path, reason(exc))
    if stat.S_ISREG(st.st_mode):
        return entry.path
    kind = "a FIFO" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) else "a device"
    return Failure(entry.path, f"not a regular file ({kind}): skipped")


def read_source(path: str) -> Source:
    """The text of `path` (a file of any readable format, or standard input for '-')."""
    from ..files import Source, read_file
    from ..reading import decode

    if path == STDIN:
        if sys.stdin is None:
            raise OSError(errno.EBADF, "standard input is closed")
        return Source(decode(sys.stdin.buffer.read(), name="<stdin>").text, None)
    return read_file(path)


def same_file(output: str, inputs: Sequence[str]) -> str | None:
    """The input that `output` names too (the same file, by device and inode), if any."""
    try:
        out = os.stat(output)
    except (OSError, ValueError):
        return None  # a new file is no input
    for path in inputs:
        with contextlib.suppress(OSError, ValueError):
            if path != STDIN and os.path.samestat(os.stat(path), out):
                return path
    return None
