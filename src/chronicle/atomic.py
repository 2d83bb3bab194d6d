"""Atomic file output: a reader never sees a half-written file.

:func:`write_atomic` writes to a temporary file in the target's own folder (so the final rename stays on one
file system), flushes and fsyncs it, renames it over the target with :func:`os.replace` and fsyncs the folder.
If anything fails, the temporary file is removed and the previous target, if any, is left untouched.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

_DEFAULT_MODE = 0o644


def _new_file_mode() -> int:
    """The mode a plain ``open(path, "w")`` would give a new file (0o666 less the umask), read without
    changing the umask (``os.umask`` is process-global and racy); 0o644 where /proc is unavailable."""
    try:
        with Path("/proc/self/status").open(encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return _DEFAULT_MODE


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` (text is encoded as UTF-8, with no newline translation) to ``path`` atomically.

    A symbolic link at ``path`` is followed, so the link stays and its target is replaced. An existing
    target keeps its permission bits. Raises :class:`OSError` when the folder is missing or not writable.
    """
    target = Path(os.path.realpath(path))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = _new_file_mode()
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.chmod(mode)
        tmp.replace(target)
    except OSError as error:  # name the file the caller asked for, not the temporary one
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise OSError(error.errno, error.strerror, str(path)) from error
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(target.parent)


def _fsync_dir(directory: Path) -> None:
    """Make the rename durable; some platforms and file systems cannot open or fsync a folder."""
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
