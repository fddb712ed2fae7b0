"""The permissions of new output files, shared by the atomic writers of the CLI and of `to_sqlite`.

A file written through a temporary file from `tempfile.mkstemp` is created 0600; the
writers give it these permissions before renaming it, so every output ends up as a file
created the usual way would (0644 under the usual umask 022).
"""

from __future__ import annotations

import os

__all__ = ["new_file_mode"]


def new_file_mode() -> int:
    """0o666 less the process's umask: the mode `open(path, "w")` would give a new file."""
    umask = os.umask(0o022)  # reading the umask means setting it: put it straight back
    os.umask(umask)
    return 0o666 & ~umask
