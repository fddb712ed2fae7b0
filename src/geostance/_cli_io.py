"""Input and output helpers shared by the command-line modules (`cli`, `_cli_outputs`).

A failure that ends a command is a `CommandError(file, reason)`, reported as one
line `geostance: error: <file>: <reason>`; standard output is written as UTF-8
whatever the locale; output files are replaced atomically.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from geostance._filemode import new_file_mode
from geostance.batch import _codec_name, _one_line, _os_reason

if TYPE_CHECKING:
    from collections.abc import Iterable

    from geostance.errors import GeostanceError

_STDIN = "-"

__all__ = [
    "ERRORS_HANDLERS",
    "CommandError",
    "add_decoding_arguments",
    "check_not_an_input",
    "command_error",
    "lock_exclusively",
    "one_line",
    "os_reason",
    "print_error",
    "silence_stdout",
    "text_encoding",
    "write_atomically",
    "write_stdout",
]

os_reason = _os_reason
"""The one-word reason of an OSError (shared with the batch readers)."""
one_line = _one_line
"""A message on one line, for `geostance: error: <file>: <reason>`."""


class CommandError(Exception):
    """A failure to report as `geostance: error: <file>: <reason>`, then each of `details` on a line of its own."""

    def __init__(self, file: str, reason: str, details: Iterable[str] = ()) -> None:
        self.file = file
        self.reason = reason
        self.details = tuple(details)
        super().__init__(f"{file}: {reason}")


def command_error(file: str, exc: GeostanceError) -> CommandError:
    """The CommandError for a library error: the problems of a SchemaError or ModelError one per line, as listed."""
    problems: tuple[str, ...] = getattr(exc, "problems", ())
    if len(problems) > 1:
        return CommandError(file, str(exc).split("\n", 1)[0], problems)
    return CommandError(file, str(exc))


def print_error(exc: CommandError) -> None:
    """Write `geostance: error: <file>: <reason>` on stderr, and each detail indented on a line of its own."""
    lines = [f"geostance: error: {exc.file}: {one_line(exc.reason)}", *(f"  {one_line(d)}" for d in exc.details)]
    sys.stderr.write("\n".join(lines) + "\n")


ERRORS_HANDLERS = ("strict", "replace", "ignore", "backslashreplace")
"""The `--errors` choices: what happens to bytes that do not decode."""


def add_decoding_arguments(parser: argparse.ArgumentParser, title: str, what: str) -> None:
    """Add `--encoding` and `--errors` in a group named `title`; `what` is what they decode ("the input")."""
    decoding = parser.add_argument_group(title)
    decoding.add_argument(
        "--encoding",
        metavar="ENC",
        type=text_encoding,
        default="utf-8",
        help=f"decode {what} with ENC, any text encoding Python knows (default: utf-8)",
    )
    decoding.add_argument(
        "--errors",
        choices=ERRORS_HANDLERS,
        default="strict",
        help="bytes that do not decode: strict makes them an error naming the byte offset (default); "
        "replace puts U+FFFD in their place, ignore drops them, backslashreplace writes them as \\xNN",
    )


def text_encoding(value: str) -> str:
    """An argparse type: a text encoding Python knows (`base64`, `rot13`, ... decode no bytes to text)."""
    try:
        codecs.lookup(value)
    except LookupError:
        msg = f"unknown encoding {value!r}"
        raise argparse.ArgumentTypeError(msg) from None
    try:
        _codec_name(value)
    except LookupError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def write_stdout(document: str) -> None:
    """Write UTF-8 to standard output whatever its encoding; a closed pipe ends the output quietly."""
    try:
        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            sys.stdout.write(document)
        else:
            buffer.write(document.encode("utf-8"))
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()


def silence_stdout() -> None:
    # The reader went away (`geostance parse x | head`): point stdout at devnull so
    # the interpreter's final flush does not fail again, as the Python docs advise.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def write_atomically(path: Path, document: str) -> None:
    """Write `document` to a temporary file beside `path`, then rename it over `path`."""
    name = str(path)
    if path.is_dir():
        raise CommandError(name, "is a directory")
    directory = path.parent
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(document.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        Path(temp).chmod(new_file_mode())  # mkstemp creates 0600; give the usual permissions
        Path(temp).replace(path)
        temp = None
    except OSError as exc:
        raise CommandError(name, _os_reason(exc)) from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                Path(temp).unlink()


def check_not_an_input(output: str | os.PathLike[str], inputs: Iterable[str], *also: str | os.PathLike[str]) -> None:
    """Refuse to write `output` (or any of `also`, e.g. its `.part`) when it is one of `inputs` (`-` is no file).

    Files are compared, not names: an input is the output when both exist and are the
    same file (same device and inode, so a link to it or another path counts), or when
    neither exists and both resolve to the same path. One `stat` per input.

    Raises:
        CommandError: an input is the same file as the output, however each is named.
    """
    outputs = [(path, _file_id(path)) for path in (output, *also)]
    for given in inputs:
        if given == _STDIN:
            continue
        found = _file_id(given)
        for path, target in outputs:
            if found is not None:
                same = found == target
            else:  # an input that does not exist (it will be reported): the output by name?
                place = _resolved(given)
                same = target is None and place is not None and place == _resolved(path)
            if same:
                raise CommandError(os.fspath(path), f"is also an input ({given}): writing it would destroy that input")


def _file_id(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """(device, inode) of the file `path` names, following links; None when there is none."""
    try:
        info = Path(path).stat()
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def _resolved(path: str | os.PathLike[str]) -> Path | None:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError, ValueError):
        return None


def lock_exclusively(fd: int) -> bool:
    """Lock an open file for this process without waiting; False when another process holds the lock.

    The lock goes with the process: it is released when the file is closed or the
    process ends, however it ends. On a file system that cannot lock, the file is
    used unlocked.
    """
    if sys.platform == "win32":
        import msvcrt  # noqa: PLC0415 - Windows only

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl  # noqa: PLC0415 - POSIX only

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return True  # no locks here (some network file systems): go on unlocked
    return True
