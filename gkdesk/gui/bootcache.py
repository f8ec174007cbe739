"""Import PySide6 with its bootstrap's compiled code kept between starts.

Every start, shiboken6 compiles the Python sources of its support package (`signature_bootstrap`,
`shibokensupport.*`: ~150 kB embedded in the library, no .pyc anywhere) with the builtin
`compile()`: 14 compiles, ~130 M instructions, a sixth of the window's whole start (the bare
PySide6 window of benchmarks/ pays it too). `import_qt()` imports QtCore, QtGui and QtWidgets with
`compile` answered from a cache file while that import runs, and restores the builtin at once.

A cached entry is only ever the compile of the very same text under the very same arguments: its key
is the SHA-256 of the Python version, the filename, the mode, the flags and the exact source bytes.
Anything else (an AST request, unusual arguments, a missing or damaged file, an untrusted folder)
compiles as before. The file is marshal data, i.e. code: it is read only from a folder that is the
user's own (on POSIX owned by the user and not writable by group or others, as the template cache,
gkdesk.export.codecache; a sub-folder made 0700) and carries the SHA-256 of its payload, so a torn or altered file is ignored
and written afresh. Where: GKDESK_CACHE_DIR ("" turns it off), none when GKDESK_NO_USER_STATE=1
(tests, smoke runs without a cache folder), else the user cache folder. GKDESK_NO_BOOT_CACHE=1 turns
it off too.
"""

from __future__ import annotations

import builtins
import marshal
import os
import sys
import types
from pathlib import Path

from ..core.sha import sha256

MAGIC = b"gkdesk-pyside-boot 1\n"
#: a folder of its own in the cache folder, made 0700 (the cache folder itself may be group-writable)
FOLDER = "pyside-boot"
FILE_NAME = "bootstrap.bin"
#: what the last `import_qt` did (for tests): compiles answered from the file, compiles run, whether
#: the file was (re)written, whether a damaged or untrusted file was ignored
stats = {"hit": 0, "miss": 0, "stored": False, "bad": False}


def cache_file() -> Path | None:
    if os.environ.get("GKDESK_NO_BOOT_CACHE") == "1":
        return None
    env = os.environ.get("GKDESK_CACHE_DIR")
    if env is not None:
        folder = Path(env) if env.strip() else None
    elif os.environ.get("GKDESK_NO_USER_STATE") == "1":
        folder = None
    else:
        from ..paths import user_cache_dir

        folder = user_cache_dir()
    return None if folder is None else folder / FOLDER / FILE_NAME


def _trusted(folder: Path) -> bool:
    """The folder is this user's alone: nobody else could have put code there."""
    try:
        st = folder.stat()
    except OSError:
        return False
    if not hasattr(os, "getuid"):  # Windows: the per-user local app data folder
        return os.path.isdir(folder)
    return os.path.isdir(folder) and st.st_uid == os.getuid() and not st.st_mode & 0o022


def key(source, filename, mode: str, flags: int, dont_inherit: bool, optimize: int) -> bytes | None:
    """The entry's key, or None when this compile is not one to keep (the source is not text)."""
    kind = type(source).__name__  # bytes honour a coding line, str does not
    if isinstance(source, str):
        source = source.encode("utf-8", "surrogatepass")
    elif not isinstance(source, bytes):
        return None
    h = sha256(MAGIC)
    h.update(sys.version.encode())
    h.update(repr((kind, os.fsdecode(filename), mode, flags, bool(dont_inherit), optimize)).encode())
    h.update(b"\0")
    h.update(source)
    return h.digest()


def load(path: Path) -> dict[bytes, types.CodeType]:
    """The entries of the file; {} when it is missing, damaged, altered or not in a trusted folder."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    digest = data[len(MAGIC):len(MAGIC) + 32]
    payload = data[len(MAGIC) + 32:]
    if not data.startswith(MAGIC) or sha256(payload).digest() != digest or not _trusted(path.parent):
        stats["bad"] = True
        return {}
    try:
        entries = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        stats["bad"] = True
        return {}
    if not isinstance(entries, dict) or not all(
            isinstance(k, bytes) and isinstance(v, types.CodeType) for k, v in entries.items()):
        stats["bad"] = True
        return {}
    return entries


def store(path: Path, entries: dict[bytes, types.CodeType]) -> bool:
    """Write the file (temp file beside it, then replace; no fsync: it is only a cache)."""
    try:
        payload = marshal.dumps(entries)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _trusted(path.parent):
            return False
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "wb") as f:
                f.write(MAGIC + sha256(payload).digest() + payload)
            os.replace(tmp, path)
        finally:
            if tmp.exists():
                tmp.unlink()
        return True
    except (OSError, ValueError):
        return False


def import_qt() -> None:
    """Import PySide6's QtCore, QtGui and QtWidgets, with the bootstrap compiles from the cache."""
    stats.update(hit=0, miss=0, stored=False, bad=False)
    path = None if "shiboken6" in sys.modules else cache_file()
    if path is None:
        from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401
        return
    entries = load(path)
    used: dict[bytes, types.CodeType] = {}
    real = builtins.compile

    def compile_cached(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, **kw):
        k = None if kw else key(source, filename, mode, flags, dont_inherit, optimize)
        if k is not None and k in entries:
            stats["hit"] += 1
            used[k] = entries[k]
            return entries[k]
        code = real(source, filename, mode, flags, dont_inherit, optimize, **kw)
        if k is not None and isinstance(code, types.CodeType):
            stats["miss"] += 1
            used[k] = code
        return code

    builtins.compile = compile_cached
    try:
        from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401
    finally:
        if builtins.compile is compile_cached:
            builtins.compile = real
    if used and used.keys() != entries.keys():  # first start, or PySide6 changed: keep what it compiles now
        stats["stored"] = store(path, used)
