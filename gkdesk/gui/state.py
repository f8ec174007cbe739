"""Per-user state of the desktop program: where recovery files, the log and recent files live.

GKDESK_STATE_DIR overrides the folder; GKDESK_NO_USER_STATE=1 (tests, smoke runs) uses a temp
folder of this process so that the real user folders are never touched.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

_TEMP_STATE: Path | None = None
MAX_RECENT = 10


def state_dir() -> Path:
    global _TEMP_STATE
    env = os.environ.get("GKDESK_STATE_DIR")
    if env:
        p = Path(env)
    elif os.environ.get("GKDESK_NO_USER_STATE") == "1":
        if _TEMP_STATE is None:
            import atexit
            import shutil
            import tempfile

            _TEMP_STATE = Path(tempfile.mkdtemp(prefix="gkdesk-state-"))
            atexit.register(shutil.rmtree, _TEMP_STATE, True)
        p = _TEMP_STATE
    else:
        from ..paths import user_data_dir

        p = user_data_dir()
    try:
        p.mkdir(parents=True, exist_ok=True)
        if not os.access(p, os.W_OK):
            raise PermissionError(13, "没有写入权限", str(p))
    except OSError as e:
        return _fallback(p, e)
    return p


#: why the state folder could not be used ("" when it can); shown by the window as a warning
UNUSABLE = ""
_FALLBACK: Path | None = None


def _fallback(wanted: Path, e: OSError) -> Path:
    """The window still starts when its state folder cannot be created or written: a temp folder
    of this process is used instead (recovery then lasts only as long as the temp folder)."""
    global UNUSABLE, _FALLBACK
    UNUSABLE = (f"无法使用程序数据文件夹“{wanted}”（{e.strerror or e}），自动恢复文件暂存到临时文件夹；"
                "请检查该文件夹的权限。")
    if _FALLBACK is None:
        import tempfile

        _FALLBACK = Path(tempfile.mkdtemp(prefix="gkdesk-state-"))
    return _FALLBACK


def recovery_dir() -> Path:
    base = state_dir()
    p = base / "recovery"
    try:
        p.mkdir(parents=True, exist_ok=True)
        if not os.access(p, os.W_OK):
            raise PermissionError(13, "没有写入权限", str(p))
    except OSError as e:
        p = _fallback(p, e) / "recovery"
        p.mkdir(parents=True, exist_ok=True)
    return p


def log_path() -> Path:
    return state_dir() / "gkdesk.log"


def _recent_file() -> Path:
    return state_dir() / "recent.json"


def recent_files() -> list[str]:
    try:
        data = json.loads(_recent_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, list):
        return []
    return [str(p) for p in data if isinstance(p, str)][:MAX_RECENT]


def add_recent(path: str | os.PathLike) -> list[str]:
    p = str(Path(path).resolve())
    items = [x for x in recent_files() if x != p]
    items.insert(0, p)
    items = items[:MAX_RECENT]
    _write_recent(items)
    return items


def remove_recent(path: str) -> None:
    _write_recent([x for x in recent_files() if x != path])


def _write_recent(items: list[str]) -> None:
    from ..core.storage import atomic_write_bytes

    try:
        atomic_write_bytes(_recent_file(), json.dumps(items, ensure_ascii=False, indent=1).encode("utf-8"))
    except OSError:
        pass  # recent files are a convenience; never fail an open/save because of them


def pid_alive(pid: int) -> bool:
    """Is a process with this id running? (Used to tell orphaned recovery files from live ones.)"""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would send CTRL_C_EVENT on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True
