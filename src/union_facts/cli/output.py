"""Where the output goes and how progress shows: files replaced whole, terminal-only bars."""

from __future__ import annotations

import contextlib
import io
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from typing import IO, Any

from .messages import say


@contextlib.contextmanager
def char_progress(total: int, *, quiet: bool) -> Iterator[Callable[[int], None] | None]:
    """A bar counting characters (for one large file) on a terminal; yields its update function."""
    if quiet or total < 100_000 or sys.stderr is None or not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="char", unit_scale=True, file=sys.stderr, leave=False) as bar:

        def advance(position: int) -> None:
            if position > bar.n:
                bar.update(position - bar.n)

        yield advance


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
        """Drop what was written: an existing output file is left as it was."""
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


class Progress:
    """A tqdm bar on a terminal's standard error, or nothing at all."""

    def __init__(self, bar: Any) -> None:
        self.bar = bar

    def update(self, n: int) -> None:
        """Advance the bar by `n` files."""
        if self.bar is not None:
            self.bar.update(n)

    def write(self, message: str) -> None:
        """A line on standard error, above the bar when there is one."""
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            say(message)

    def close(self) -> None:
        """Remove the bar."""
        if self.bar is not None:
            self.bar.close()


def file_progress(total: int, *, quiet: bool) -> Progress:
    """A bar counting files (for two or more) on a terminal, or nothing."""
    if quiet or total < 2 or sys.stderr is None or not sys.stderr.isatty():
        return Progress(None)
    from tqdm import tqdm

    try:
        width = os.get_terminal_size(sys.stderr.fileno()).columns
    except OSError:
        width = 0
    size: dict[str, Any] = {"dynamic_ncols": True} if width else {"ncols": 80}  # a terminal that tells no size
    return Progress(tqdm(total=total, unit="file", file=sys.stderr, leave=False, **size))


def stdout() -> IO[str]:
    """Standard output, made UTF-8 whatever the locale says."""
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("_", "-") != "utf-8":
        stream.reconfigure(encoding="utf-8")
    return stream
