"""Recovery under faults: restore asks before saving over a file changed after the crash, keeps the
old recovery file when the new one cannot be written (full disk), tells a reused PID from a live
owner by the lock on the recovery file, starts when the state folder is unusable, and shows an
autosave failure in the status bar."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys

import pytest

from gkdesk.core import storage
from gkdesk.gui import session as session_mod, state
from gkdesk.gui.session import DocumentSession, ExternalChangeError, orphaned_recoveries, restore_session


def _crashed_session(tmp_path, example_path):
    target = tmp_path / "r.json"
    storage.save(storage.load(example_path), target)
    s = DocumentSession.open(target)
    s.doc.meta.contact = "崩溃前改的"
    s._base_modified = True
    assert s.write_recovery()
    s.abandon()
    return target


def test_restore_asks_before_saving_over_a_file_changed_after_the_crash(qapp, tmp_path, example_path):
    target = _crashed_session(tmp_path, example_path)
    changed = target.read_text(encoding="utf-8").replace("示例市生态环境局", "同事改过", 1)
    target.write_text(changed, encoding="utf-8")  # a colleague saved the report after the crash
    (entry,) = orphaned_recoveries()
    s = restore_session(entry)
    try:
        assert s.doc.meta.contact == "崩溃前改的" and s.externally_modified()
        with pytest.raises(ExternalChangeError):
            s.save()
        assert target.read_text(encoding="utf-8") == changed
    finally:
        s.close()


def test_restore_unchanged_file_saves_without_asking(qapp, tmp_path, example_path):
    target = _crashed_session(tmp_path, example_path)
    (entry,) = orphaned_recoveries()
    s = restore_session(entry)
    try:
        assert not s.externally_modified()
        s.save()
        assert storage.load(target).meta.contact == "崩溃前改的"
    finally:
        s.close()


def test_full_disk_during_restore_keeps_the_old_recovery_file(qapp, tmp_path, example_path, monkeypatch):
    _crashed_session(tmp_path, example_path)
    (entry,) = orphaned_recoveries()

    def full(path, data, *a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage, "atomic_write_bytes", full)
    s = restore_session(entry)
    try:
        assert entry.file.exists()  # the only copy of the unsaved work survives
        assert "自动保存失败" in s.autosave_error
    finally:
        monkeypatch.undo()
        s.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX lock files")
def test_reused_pid_does_not_hide_a_recovery(qapp, tmp_path, example_path):
    _crashed_session(tmp_path, example_path)
    (entry,) = orphaned_recoveries()
    data = json.loads(entry.file.read_text(encoding="utf-8"))
    data["gkdesk_recovery"]["pid"] = os.getppid()  # a live process that is not gkdesk (PID reused)
    entry.file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert [e.file for e in orphaned_recoveries()] == [entry.file]


def test_live_session_in_another_process_is_not_offered(qapp, tmp_path, example_path):
    s = DocumentSession.open(example_path)
    s._base_modified = True
    assert s.write_recovery()
    try:
        data = json.loads(s.recovery_file.read_text(encoding="utf-8"))
        data["gkdesk_recovery"]["pid"] = os.getppid()  # as if written by another live gkdesk ...
        # ... which holds the lock: rewrite in place so that our lock (the "other process") stays
        with open(s.recovery_file, "r+", encoding="utf-8") as f:
            f.truncate(0)
            f.write(json.dumps(data, ensure_ascii=False))
        session_mod._LIVE.discard(s.instance)
        assert orphaned_recoveries() == []
    finally:
        session_mod._LIVE.add(s.instance)
        s.close()


def test_window_starts_when_the_state_folder_is_unusable(qtbot, tmp_path, monkeypatch, gui_env):
    from gkdesk.gui.mainwindow import MainWindow

    gui_env.defaults["保存修改"] = "不保存"

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("GKDESK_STATE_DIR", str(blocker / "state"))  # cannot be created, even by root
    monkeypatch.setattr(state, "UNUSABLE", "")
    w = MainWindow(None)
    qtbot.addWidget(w)
    assert state.UNUSABLE and "无法使用程序数据文件夹" in w.statusBar().currentMessage()
    w.session._base_modified = True  # and autosave still has a place to go
    w.session._generation += 1
    assert w.session.write_recovery()


def test_autosave_failure_is_shown_in_the_status_bar(qtbot, window):
    s = window.session
    os.makedirs(s.recovery_file)  # the recovery file cannot be written (works as root too)
    s._base_modified = True
    s._generation += 1
    assert not s.write_recovery()
    assert window.statusBar().currentMessage().startswith("自动保存失败")
    os.rmdir(s.recovery_file)
    s._generation += 1
    assert s.write_recovery()
    assert window.statusBar().currentMessage() == ""  # cleared once autosave works again


# ---------------------------------------------------------------- the Windows lock file (recoverylock)
# msvcrt exists only on Windows. Here its locking() is emulated by fcntl.lockf — a byte-range lock
# that, like Windows', is held per process and dropped by the OS when the process dies — and the
# Windows path of recoverylock is chosen. Everything else (lock file beside the recovery file, who
# holds it, cleanup) is the real code, across two real processes.
FAKE_MSVCRT = '''
import fcntl, os, sys, types
m = types.ModuleType("msvcrt")
m.LK_UNLCK, m.LK_LOCK, m.LK_NBLCK = 0, 1, 2
def locking(fd, mode, nbytes):
    if mode == m.LK_UNLCK:
        fcntl.lockf(fd, fcntl.LOCK_UN, nbytes, 0, os.SEEK_CUR)
    else:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, nbytes, 0, os.SEEK_CUR)
m.locking = locking
'''
CHILD_SETUP = FAKE_MSVCRT + '''
sys.modules["msvcrt"] = m
from gkdesk.gui import recoverylock
recoverylock.backend = lambda: "msvcrt"
'''


@pytest.fixture
def windows_lock(monkeypatch):
    if not hasattr(os, "fork"):
        pytest.skip("emulates msvcrt with POSIX record locks")
    from gkdesk.gui import recoverylock

    ns: dict = {}
    exec(FAKE_MSVCRT, ns)
    monkeypatch.setitem(sys.modules, "msvcrt", ns["m"])
    monkeypatch.setattr(recoverylock, "backend", lambda: "msvcrt")
    return recoverylock


def _holder_process(recovery):
    """Another live gkdesk holding the Windows lock of `recovery`."""
    code = CHILD_SETUP + f'''
import time
from pathlib import Path
h = recoverylock.Holder(Path({str(recovery)!r}))
assert h.hold()
print("held", flush=True)
time.sleep(120)
'''
    p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "held"
    return p


def test_windows_lock_file_tells_a_live_owner_from_a_reused_pid(qapp, tmp_path, example_path, windows_lock):
    _crashed_session(tmp_path, example_path)
    (entry,) = orphaned_recoveries()
    lock = windows_lock.lock_file(entry.file)
    assert lock.name == entry.file.name + ".lock" and lock.exists()  # beside it, not the file itself
    data = json.loads(entry.file.read_text(encoding="utf-8"))
    owner = _holder_process(entry.file)
    try:
        data["gkdesk_recovery"]["pid"] = owner.pid  # written by that live gkdesk
        entry.file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        assert windows_lock.held_elsewhere(entry.file)
        assert orphaned_recoveries() == []  # a colleague's live session is not offered
    finally:
        owner.kill()
        owner.wait()
        owner.stdout.close()
    # the owner is gone; another process now runs under the PID written in the file
    data["gkdesk_recovery"]["pid"] = os.getppid()
    entry.file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert not windows_lock.held_elsewhere(entry.file)
    assert [e.file for e in orphaned_recoveries()] == [entry.file]  # a reused PID does not hide it


def test_windows_lock_file_lives_and_goes_with_the_session(qapp, tmp_path, example_path, windows_lock):
    s = DocumentSession.open(example_path)
    s._base_modified = True
    assert s.write_recovery()
    lock = windows_lock.lock_file(s.recovery_file)
    assert lock.exists() and s._lock.fd is not None
    s._generation += 1
    assert s.write_recovery()  # the next autosave keeps the lock taken first (the file is never replaced)
    probe = _holder_process_may_fail(s.recovery_file)
    assert probe == "locked"  # another process cannot take it while the session lives
    s.close()
    assert not s.recovery_file.exists() and not lock.exists()
    # a lock file left without its recovery file (a crash between the two) is tidied when nobody holds it
    lock.write_bytes(b"")
    orphaned_recoveries()
    assert not lock.exists()


def _holder_process_may_fail(recovery) -> str:
    code = CHILD_SETUP + f'''
from pathlib import Path
print("held" if recoverylock.Holder(Path({str(recovery)!r})).hold() else "locked")
'''
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
