"""Saving from the window when the disk is full: the report on disk, the unsaved work in memory and
the recovery file all survive; the next save, once there is room, works and only then drops the
recovery file."""

from __future__ import annotations

import errno
import os
import shutil

import pytest

from gkdesk.core import storage
from gkdesk.core.commands import EditCells
from gkdesk.core.errors import SaveError

from .conftest import EXAMPLE


@pytest.fixture
def session(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("GKDESK_STATE_DIR", str(tmp_path / "state"))
    from gkdesk.gui.session import DocumentSession

    report = tmp_path / "年报.json"
    shutil.copy(EXAMPLE, report)
    s = DocumentSession.open(report)
    yield s
    s.close()


@pytest.mark.parametrize("where", ["write", "fsync", "replace"])
def test_disk_full_on_save_keeps_file_work_and_recovery(session, monkeypatch, where):
    before = session.path.read_bytes()
    session.push(EditCells({"t3.new.natural": "4321"}))
    assert session.write_recovery() and session.recovery_file.exists()

    def full(*a, **k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    if where == "write":
        real = os.fdopen

        class Full:
            def __init__(self, f):
                self.f = f

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.f.close()

            def write(self, data):
                self.f.write(data[:100])
                full()

        monkeypatch.setattr(os, "fdopen", lambda *a, **k: Full(real(*a, **k)))
    else:
        monkeypatch.setattr(os, where, full)
    with pytest.raises(SaveError) as ei:
        session.save()
    monkeypatch.undo()
    assert "原文件未被改动" in str(ei.value)
    assert session.path.read_bytes() == before  # the report on disk
    assert session.modified  # the title still says unsaved
    assert session.doc.value("t3.new.natural").text == "4321"  # the work in memory
    assert session.recovery_file.exists()  # and the safety net
    assert storage.load(session.recovery_file).value("t3.new.natural").text == "4321"
    assert sorted(p.name for p in session.path.parent.iterdir() if p.is_file()) == ["年报.json"]

    session.save()  # room again
    assert storage.load(session.path).value("t3.new.natural").text == "4321"
    assert not session.modified and not session.recovery_file.exists()
