"""Files: normal permission bits, read-only targets refused, temp file beside the target (tested
across file systems), long names, concurrent saves detected (compare-and-swap under a lock), a
same-size same-mtime replacement noticed, any text the document can hold saved."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from gkdesk.core import storage
from gkdesk.core.errors import ChangedOnDiskError, SaveError

from .conftest import EXAMPLE

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


@pytest.fixture
def doc():
    return storage.load(EXAMPLE)


def _mode(p):
    return stat.S_IMODE(os.stat(p).st_mode)


@pytest.fixture
def umask():
    old = os.umask(0o022)
    os.umask(old)

    def set_(m):
        os.umask(m)
    yield set_
    os.umask(old)


@posix_only
def test_new_file_gets_umask_bits_and_existing_keeps_its_mode(tmp_path, doc, umask):
    umask(0o027)
    storage.save(doc, tmp_path / "new.json")
    assert _mode(tmp_path / "new.json") == 0o640  # not mkstemp's 0600: colleagues on a share can read it
    umask(0o002)
    storage.save(doc, tmp_path / "group.json")
    assert _mode(tmp_path / "group.json") == 0o664
    os.chmod(tmp_path / "new.json", 0o604)
    umask(0o077)
    storage.save(doc, tmp_path / "new.json")  # an existing file keeps its mode
    assert _mode(tmp_path / "new.json") == 0o604
    from gkdesk.export.xlsx import export_xlsx
    umask(0o022)
    export_xlsx(doc, tmp_path / "r.xlsx")  # exports too
    assert _mode(tmp_path / "r.xlsx") == 0o644


@posix_only
def test_read_only_report_is_refused_not_replaced(tmp_path, doc):
    p = tmp_path / "r.json"
    storage.save(doc, p)
    before = p.read_bytes()
    os.chmod(p, 0o444)
    doc.meta.agency = "改过"
    with pytest.raises(SaveError, match="只读"):
        storage.save(doc, p)
    assert p.read_bytes() == before and _mode(p) == 0o444
    assert [x.name for x in tmp_path.iterdir()] == ["r.json"]  # no temp file left behind


def _other_fs_dir(tmp_path) -> Path | None:
    for cand in ("/dev/shm", "/run/user/%d" % os.getuid() if hasattr(os, "getuid") else "", "/tmp"):
        if cand and os.path.isdir(cand) and os.access(cand, os.W_OK):
            if os.stat(cand).st_dev != os.stat(tmp_path).st_dev:
                return Path(cand)
    return None


def test_save_is_atomic_across_file_systems(tmp_path, doc, monkeypatch):
    """The system temp folder on another file system (a USB stick, a share, tmpfs): a temp file there
    could never be renamed over the target (EXDEV). Saving must work both ways."""
    other = _other_fs_dir(tmp_path)
    if other is None:
        pytest.skip("no second file system to save across")
    scratch = Path(tempfile.mkdtemp(dir=other, prefix="gkdesk-xfs-"))
    try:
        monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # system temp = the other file system
        replaced = []
        real_replace = os.replace

        def spy(src, dst, *a, **k):
            assert os.stat(src).st_dev == os.stat(os.path.dirname(os.path.abspath(dst))).st_dev
            replaced.append(dst)
            return real_replace(src, dst, *a, **k)

        monkeypatch.setattr(os, "replace", spy)
        storage.save(doc, tmp_path / "here.json")
        storage.save(doc, tmp_path / "here.json")
        storage.save(doc, scratch / "there.json")
        assert storage.load(tmp_path / "here.json").meta.agency == doc.meta.agency
        assert storage.load(scratch / "there.json").meta.agency == doc.meta.agency
        assert len(replaced) == 3
        assert sorted(x.name for x in scratch.iterdir()) == ["there.json"]
    finally:
        for x in scratch.iterdir():
            x.unlink()
        scratch.rmdir()


def test_long_file_name_can_be_saved(tmp_path, doc):
    name = "某" * 81 + ".json"  # 248 bytes in UTF-8: ".name.XXXXXXXX.tmp" would be too long
    assert len(os.fsencode(name)) >= 248
    try:
        (tmp_path / name).write_bytes(b"x")
    except OSError:
        pytest.skip("file system does not allow names this long")
    storage.save(doc, tmp_path / name)
    storage.save(doc, tmp_path / name)
    assert storage.load(tmp_path / name).meta.agency == doc.meta.agency
    assert [x.name for x in tmp_path.iterdir()] == [name]


def test_two_saves_at_the_same_instant_cannot_both_succeed(tmp_path, doc):
    p = tmp_path / "r.json"
    storage.save(doc, p)
    seen = storage.file_signature(p)
    n = 6
    barrier = threading.Barrier(n)
    outcome = []

    def writer(i):
        d = storage.load(EXAMPLE)
        d.meta.agency = f"窗口{i}"
        barrier.wait()
        try:
            storage.save(d, p, expected=seen)
            outcome.append(("ok", i))
        except ChangedOnDiskError:
            outcome.append(("refused", i))

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    winners = [i for r, i in outcome if r == "ok"]
    assert len(winners) == 1, outcome
    assert storage.load(p).meta.agency == f"窗口{winners[0]}"
    assert [x.name for x in tmp_path.iterdir()] == ["r.json"]


def test_same_size_same_mtime_replacement_is_noticed(tmp_path, doc):
    p = tmp_path / "r.json"
    storage.save(doc, p)
    sig = storage.file_signature(p)
    st = os.stat(p)
    text = p.read_text(encoding="utf-8")
    changed = text.replace("示例市生态环境局", "示例市生态环境厅", 1)
    assert len(changed.encode()) == len(text.encode())
    with open(p, "r+b") as f:  # rewritten in place: same inode, same size ...
        f.write(changed.encode("utf-8"))
    os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))  # ... and the old timestamp
    assert storage.file_signature(p) != sig
    with pytest.raises(ChangedOnDiskError):
        storage.save(doc, p, expected=sig)
    assert p.read_text(encoding="utf-8") == changed


def test_session_detects_same_mtime_change_and_refuses_a_racing_save(qapp, tmp_path, doc, monkeypatch):
    monkeypatch.setenv("GKDESK_STATE_DIR", str(tmp_path / "state"))
    from gkdesk.gui.session import DocumentSession, ExternalChangeError

    p = tmp_path / "r.json"
    storage.save(doc, p)
    a, b = DocumentSession.open(p), DocumentSession.open(p)
    try:
        st = os.stat(p)
        a.save()
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))  # same size, same mtime: still seen by b
        assert b.externally_modified()
        with pytest.raises(ExternalChangeError):
            b.save()
    finally:
        a.close()
        b.close()


def test_any_text_the_document_holds_can_be_saved(tmp_path, doc):
    doc.previous = {"year": 2024, "format": "2021", "cells": {}, "sections": {"s1": "上年\udc80文字"}}
    doc.sections["s6"] = "直接放入的\ud800半个字符"  # behind the commands' back
    storage.save(doc, tmp_path / "r.json")
    back = storage.load(tmp_path / "r.json")
    assert back.sections["s6"] == "直接放入的\ufffd半个字符"
    assert back.previous["sections"]["s1"] == "上年\ufffd文字"
