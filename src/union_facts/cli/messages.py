"""What the command says on standard error, and file names made safe to print."""

from __future__ import annotations

import contextlib
import os
import sys
import unicodedata


def silence_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's flush at exit has nowhere to fail."""
    if sys.stdout is not None:
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def say(message: str) -> None:
    """A line on standard error, unless it is closed (print would fall back to standard output)."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            print(message, file=sys.stderr, flush=True)


def cannot_write(output: str | None, exc: OSError) -> int:
    """Report that the output cannot be written; the exit status (1)."""
    where = shown_name(output) if output else "standard output"
    say(f"union-facts: cannot write {where}: {reason(exc)}")
    if output is None:
        silence_stdout()
    return 1


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


def reason(exc: BaseException) -> str:
    """Why `exc` happened, in words for standard error (the OS message when there is one)."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    from ..reading import TextDecodeError

    if isinstance(exc, TextDecodeError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"
