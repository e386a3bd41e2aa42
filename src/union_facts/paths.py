"""The files of the command line: inputs (folders walked, each unreadable one reported), names
shown safely (control characters and undecodable bytes escaped), and the output put in place only
once it is whole."""

from __future__ import annotations

import contextlib
import io
import os
import stat
import sys
import tempfile
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

STDIN = "-"

_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def shown_name(name: str) -> str:
    """A file name safe to print: control and bidi characters escaped (``\\x1b``, ``\\u202e``), and
    each byte that was not UTF-8 (a surrogate escape, U+DC80-U+DCFF) as ``\\xNN``."""
    if name.isprintable() and name.isascii():
        return name
    out = []
    for ch in name:
        cp = ord(ch)
        if 0xDC80 <= cp <= 0xDCFF:
            out.append(f"\\x{cp - 0xDC00:02x}")
        elif unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch in _BIDI_CONTROLS:
            out.append(f"\\x{cp:02x}" if cp < 0x100 else f"\\u{cp:04x}")
        else:
            out.append(ch)
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that cannot be read, and why."""

    path: str
    reason: str


def inputs(paths: Sequence[str]) -> Iterator[str | Failure]:
    """Files to read, in the order given; folders expand to their *.txt files, sorted."""
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
        found = _walk(raw)
        if not found:
            yield Failure(raw, "folder holds no *.txt file")
        yield from found


def _walk(folder: str) -> list[str | Failure]:
    """The *.txt files under `folder` (symbolic links followed, each folder once), sorted by path;
    and, in their place, each one that cannot be read as a regular file and each folder that
    cannot be listed."""
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
            elif Path(entry.name).suffix.lower() == ".txt":
                found.append((Path(entry.path), _regular_file(entry)))
    found.sort(key=lambda item: item[0])
    return [item for _, item in found]


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


class Sink:
    """Where the output goes: standard output, or a temporary file in the output's folder renamed
    over it only once everything is written (an existing file stays whole until then). A device
    or a FIFO (-o /dev/stdout) is written in place."""

    def __init__(self, output: str | None) -> None:
        self.path: str | None = None
        self.tmp: str | None = None
        if output is None:
            self.stream = stdout()
            return
        self.path = os.path.realpath(output)  # a link to the output: replace its target, not the link
        try:
            mode: int | None = os.stat(self.path).st_mode
        except FileNotFoundError:
            mode = None
        if mode is not None and not stat.S_ISREG(mode):
            self.stream = open(self.path, "w", encoding="utf-8", newline="")  # noqa: SIM115
            self.path = None
            return
        fd, self.tmp = tempfile.mkstemp(dir=os.path.dirname(self.path), prefix=".union-facts-", suffix=".tmp")
        os.fchmod(fd, stat.S_IMODE(mode) if mode is not None else 0o666 & ~_umask())
        self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def finish(self, *, keep: bool) -> None:
        """Flush (every error raised here) and, for a file, put it in place when `keep`."""
        self.stream.flush()
        if self.tmp is None:
            if self.stream is not sys.stdout:
                self.stream.close()
            return
        if not keep:  # every input failed: an existing output is left as it was
            self.discard()
            return
        os.fsync(self.stream.fileno())
        self.stream.close()
        assert self.path is not None
        os.replace(self.tmp, self.path)
        self.tmp = None

    def discard(self) -> None:
        """Close without putting anything in place: a temporary file is deleted."""
        if self.stream is not sys.stdout:
            with contextlib.suppress(OSError):
                self.stream.close()
        if self.tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.tmp)
            self.tmp = None


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def reason(exc: BaseException) -> str:
    """Why an input failed, in a few words (an OS error's own message, a decoding error's text)."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    from .reading import TextDecodeError

    if isinstance(exc, TextDecodeError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def stdout() -> IO[str]:
    """Standard output, in UTF-8."""
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("_", "-") != "utf-8":
        stream.reconfigure(encoding="utf-8")
    return stream
