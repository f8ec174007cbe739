"""Tell a live session's recovery file from one left behind by a crash — on POSIX and on Windows.

A PID alone cannot tell: after a crash (or a restart) another program may run under the same PID.
So a live session holds an exclusive lock, which the operating system drops when the process
ends, however it ends:

- POSIX: ``flock`` on the recovery file itself (re-taken after each autosave, which replaces the
  file);
- Windows: ``msvcrt.locking`` on a lock file beside it (``<recovery>.json.lock``). The recovery file
  itself cannot be used there: a locked byte range cannot be read by the process that looks for
  orphans, and a file held open cannot be replaced by the next autosave.

``held_elsewhere`` answers True when it cannot tell (no lock support, a file it may not open), so
that a live colleague's session is never offered as a recovery; the PID check runs first.
"""

from __future__ import annotations

import os
from pathlib import Path

LOCK_SUFFIX = ".lock"


def lock_file(recovery: Path) -> Path:
    """The Windows lock file of a recovery file."""
    return recovery.with_name(recovery.name + LOCK_SUFFIX)


def backend() -> str | None:
    """"flock" (POSIX), "msvcrt" (Windows) or None."""
    try:
        import fcntl  # noqa: F401
        return "flock"
    except ImportError:
        pass
    try:
        import msvcrt  # noqa: F401
        return "msvcrt"
    except ImportError:
        return None


def _msvcrt_lock(fd: int, lock: bool) -> None:
    """Lock (non-blocking; OSError when another process holds it) or unlock byte 0 of `fd`."""
    import msvcrt

    os.lseek(fd, 0, os.SEEK_SET)
    msvcrt.locking(fd, msvcrt.LK_NBLCK if lock else msvcrt.LK_UNLCK, 1)


def _try_lock(path: Path, kind: str, flags: int) -> int | None:
    """An fd of `path` holding its exclusive lock now, or None (held elsewhere, or no access).
    FileNotFoundError passes through."""
    fd = os.open(path, flags, 0o666)
    try:
        if kind == "flock":
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            _msvcrt_lock(fd, True)
    except OSError:
        os.close(fd)
        return None
    return fd


class Holder:
    """The lock one session holds on its recovery file while it lives."""

    def __init__(self, recovery: Path):
        self.recovery = Path(recovery)
        self.kind = backend()
        self.fd: int | None = None

    def hold(self) -> bool:
        """Take (or keep) the lock; call after each write of the recovery file. True if held."""
        if self.kind == "flock":
            self.release()  # the autosave replaced the file: lock the new one
            path, flags = self.recovery, os.O_RDONLY
        elif self.kind == "msvcrt":
            if self.fd is not None:
                return True  # the lock file is never replaced: the lock taken first still holds
            path, flags = lock_file(self.recovery), os.O_RDWR | os.O_CREAT
        else:
            return False
        try:
            self.fd = _try_lock(path, self.kind, flags)
        except OSError:
            return False
        return self.fd is not None

    def release(self, remove: bool = False) -> None:
        """Drop the lock; with `remove`, also delete the lock file (the recovery file is gone)."""
        fd, self.fd = self.fd, None
        if fd is not None:
            try:
                if self.kind == "msvcrt":
                    _msvcrt_lock(fd, False)
            except OSError:
                pass
            finally:
                os.close(fd)
        if remove and self.kind == "msvcrt":
            try:
                lock_file(self.recovery).unlink()
            except OSError:
                pass


def held_elsewhere(recovery: Path) -> bool:
    """Does a live process hold the lock of this recovery file? True when it cannot be told."""
    kind = backend()
    if kind is None:
        return True  # no lock support: the PID check alone
    path = Path(recovery) if kind == "flock" else lock_file(Path(recovery))
    try:
        fd = _try_lock(path, kind, os.O_RDONLY if kind == "flock" else os.O_RDWR)
    except FileNotFoundError:
        # flock: the file is gone; Windows: its owner never locked it (it crashed first, or an
        # older gkdesk wrote it)
        return kind == "flock"
    except OSError:
        return True
    if fd is None:
        return True
    try:
        if kind == "msvcrt":
            _msvcrt_lock(fd, False)
    except OSError:
        pass
    finally:
        os.close(fd)  # also releases a flock we just took
    return False


def remove_stale_lock_files(folder: Path) -> None:
    """Delete lock files whose recovery file is gone and that nobody holds (Windows leftovers)."""
    if backend() != "msvcrt":
        return
    for f in Path(folder).glob("*.json" + LOCK_SUFFIX):
        rec = f.with_name(f.name[: -len(LOCK_SUFFIX)])
        if not rec.exists() and not held_elsewhere(rec):
            try:
                f.unlink()
            except OSError:
                pass
