"""Faults injected during save: disk full at every step, an interrupt, a real crash between write
and replace. The previous file must stay byte-identical, no temp file may be left behind (except
by a real crash, which cannot clean up), and the clerk gets a Chinese SaveError / ExportError."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap

import pytest

from gkdesk.core import storage
from gkdesk.core.commands import EditCells, History
from gkdesk.core.errors import ExportError, SaveError

from .conftest import EXAMPLE, ROOT

ENOSPC = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _saved_report(tmp_path):
    p = tmp_path / "报告.json"
    storage.save(storage.load(EXAMPLE), p)
    return p, p.read_bytes()


def _edited(p):
    doc = storage.load(p)
    History(doc).push(EditCells({"t3.new.natural": "777", "t2.fees.amount": "1.5"}))
    return doc


class _HalfWriter:
    """A file object that writes half of what it is given, then the disk is full."""

    def __init__(self, f):
        self._f = f

    def write(self, data):
        self._f.write(data[: len(data) // 2])
        self._f.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name):
        return getattr(self._f, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._f.close()
        return False


def _fault(monkeypatch, where: str):
    real_fdopen = os.fdopen

    def fail(*a, **k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    if where == "write":
        monkeypatch.setattr(os, "fdopen", lambda *a, **k: _HalfWriter(real_fdopen(*a, **k)))
    elif where == "mkstemp":
        import tempfile

        monkeypatch.setattr(tempfile, "mkstemp", fail)
    else:
        monkeypatch.setattr(os, where, fail)


STEPS = ["mkstemp", "write", "fsync", "replace"]


@pytest.mark.parametrize("where", STEPS)
def test_disk_full_at_every_step_keeps_the_previous_file(tmp_path, monkeypatch, where):
    p, before = _saved_report(tmp_path)
    doc = _edited(p)
    _fault(monkeypatch, where)
    with pytest.raises(SaveError) as ei:
        storage.save(doc, p)
    monkeypatch.undo()
    msg = str(ei.value)
    assert "原文件未被改动" in msg and "无法保存" in msg
    assert os.strerror(errno.ENOSPC) in msg
    assert p.read_bytes() == before
    assert [x.name for x in tmp_path.iterdir()] == ["报告.json"]  # no temp file left
    # nothing is stuck: the same document saves once the disk has room again
    storage.save(doc, p)
    assert storage.load(p).value("t3.new.natural").text == "777"
    assert [x.name for x in tmp_path.iterdir()] == ["报告.json"]


@pytest.mark.parametrize("exc", [KeyboardInterrupt, SystemExit, MemoryError])
def test_interrupt_between_write_and_replace(tmp_path, monkeypatch, exc):
    """Not an OSError: it propagates unchanged, but the old file and the folder are still clean."""
    p, before = _saved_report(tmp_path)
    doc = _edited(p)

    def boom(*a, **k):
        raise exc()

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(exc):
        storage.save(doc, p)
    monkeypatch.undo()
    assert p.read_bytes() == before
    assert [x.name for x in tmp_path.iterdir()] == ["报告.json"]


CRASH = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, {root!r})
    from gkdesk.core import storage
    from gkdesk.core.commands import EditCells, History
    doc = storage.load({path!r})
    History(doc).push(EditCells({{"t3.new.natural": "777"}}))
    def crash(*a, **k):
        os.kill(os.getpid(), signal.SIGKILL)   # the power goes: no cleanup, no finally
    os.{step} = crash
    storage.save(doc, {path!r})
    print("not reached")
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_real_crash_during_save_keeps_the_previous_file(tmp_path, step):
    p, before = _saved_report(tmp_path)
    code = CRASH.format(root=str(ROOT), path=str(p), step=step)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == -9, r.stderr
    assert "not reached" not in r.stdout
    assert p.read_bytes() == before
    assert storage.load(p).value("t3.new.natural").text == storage.load(EXAMPLE).value("t3.new.natural").text
    # the crash may leave its hidden temp file; it is never mistaken for the report
    leftovers = [x.name for x in tmp_path.iterdir() if x.name != "报告.json"]
    assert all(n.startswith(".报告.json.") and n.endswith(".tmp") for n in leftovers)
    # and the next save of the report still works next to it
    storage.save(_edited(p), p)
    assert storage.load(p).value("t3.new.natural").text == "777"


@pytest.mark.parametrize("where", ["write", "fsync", "replace"])
def test_disk_full_during_export_keeps_the_previous_export(tmp_path, monkeypatch, where):
    from gkdesk.export.docx import export_docx
    from gkdesk.export.xlsx import export_xlsx

    doc = storage.load(EXAMPLE)
    for name, fn in (("报告.docx", export_docx), ("报告.xlsx", export_xlsx)):
        out = tmp_path / name
        fn(doc, out)
        before = out.read_bytes()
        _fault(monkeypatch, where)
        with pytest.raises(ExportError) as ei:
            fn(_edited(EXAMPLE), out)
        monkeypatch.undo()
        assert "无法写入" in str(ei.value)
        assert out.read_bytes() == before
    assert sorted(x.name for x in tmp_path.iterdir()) == ["报告.docx", "报告.xlsx"]
