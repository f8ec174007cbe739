"""PySide6's bootstrap compiles kept between starts (gkdesk.gui.bootcache): a start with the file
compiles nothing, runs the same code, and anything doubtful about the file means compiling as before."""

from __future__ import annotations

import builtins
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gkdesk.gui import bootcache

ROOT = Path(__file__).resolve().parents[2]

#: imports Qt through the cache, then uses the bootstrap's code (the signature texts of a wrong call)
_START = r"""
import builtins, json, sys
from gkdesk.gui import bootcache
bootcache.import_qt()
assert builtins.compile.__module__ == "builtins", "compile not restored"
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
try:
    QWidget().resize("x")
except TypeError as e:
    text = str(e)
print(json.dumps({"stats": bootcache.stats, "error": text}))
"""


def _start(cache: Path | str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GKDESK_CACHE_DIR=str(cache))
    env.pop("GKDESK_NO_BOOT_CACHE", None)
    out = subprocess.run([sys.executable, "-c", _START], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_second_start_compiles_nothing_and_runs_the_same_code(qapp, tmp_path):
    cache = tmp_path / "cache"
    first = _start(cache)
    assert first["stats"]["miss"] >= 10 and first["stats"]["hit"] == 0 and first["stats"]["stored"]
    assert (cache / bootcache.FOLDER / bootcache.FILE_NAME).is_file()
    assert not list(cache.rglob("*.tmp"))
    second = _start(cache)
    assert second["stats"] == {"hit": first["stats"]["miss"], "miss": 0, "stored": False, "bad": False}
    # the cached bootstrap is PySide6's own: the same signature texts as this process's (no cache)
    from PySide6.QtWidgets import QWidget

    with pytest.raises(TypeError) as plain:
        QWidget().resize("x")
    assert second["error"] == first["error"] == str(plain.value)
    assert "Supported signatures" in second["error"]


def _sources():
    return {"a.py": b"x = 1\ndef f():\n    return x + 1\n", "b.py": b"import os\ny = os.sep\n"}


def _entries():
    return {bootcache.key(src, name, "exec", 0, False, -1): compile(src, name, "exec")
            for name, src in _sources().items()}


def test_the_key_is_the_exact_compile(tmp_path):
    src = b"x = 1\n"
    k = bootcache.key(src, "a.py", "exec", 0, False, -1)
    assert k == bootcache.key(src, "a.py", "exec", 0, False, -1)
    others = [bootcache.key(b"x = 2\n", "a.py", "exec", 0, False, -1),
              bootcache.key(src, "b.py", "exec", 0, False, -1),
              bootcache.key(src, "a.py", "single", 0, False, -1),
              bootcache.key(src, "a.py", "exec", 0x400, False, -1),
              bootcache.key(src, "a.py", "exec", 0, True, -1),
              bootcache.key(src, "a.py", "exec", 0, False, 2),
              bootcache.key(src.decode(), "a.py", "exec", 0, False, -1)]  # str ignores a coding line
    assert k not in others and len(set(others)) == len(others)
    assert bootcache.key(compile("1", "x", "eval"), "a.py", "exec", 0, False, -1) is None


def test_stored_entries_load_back_equal(tmp_path):
    path = tmp_path / "c" / bootcache.FILE_NAME
    entries = _entries()
    assert bootcache.store(path, entries)
    assert bootcache.load(path) == entries
    assert not list(path.parent.glob("*.tmp"))


@pytest.mark.parametrize("damage", ["flip", "truncate", "magic", "not-code"])
def test_a_damaged_file_is_ignored(tmp_path, damage):
    path = tmp_path / bootcache.FILE_NAME
    assert bootcache.store(path, _entries())
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[-5] ^= 0xFF
    elif damage == "truncate":
        data = data[:len(data) // 2]
    elif damage == "magic":
        data[:len(bootcache.MAGIC)] = b"x" * len(bootcache.MAGIC)
    else:  # a well-formed file whose entries are not code objects
        import hashlib
        import marshal

        payload = marshal.dumps({b"k" * 32: "print('hi')"})
        data = bytearray(bootcache.MAGIC + hashlib.sha256(payload).digest() + payload)
    path.write_bytes(bytes(data))
    bootcache.stats["bad"] = False
    assert bootcache.load(path) == {}
    assert bootcache.stats["bad"]


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX folder permissions")
def test_a_folder_others_can_write_to_is_not_used(tmp_path):
    folder = tmp_path / "shared"
    path = folder / bootcache.FILE_NAME
    assert bootcache.store(path, _entries())
    folder.chmod(0o777)
    try:
        assert bootcache.load(path) == {}
        assert not bootcache.store(path, _entries())
    finally:
        folder.chmod(0o700)
    assert bootcache.load(path) == _entries()


def test_where_the_file_lives(monkeypatch, tmp_path):
    monkeypatch.delenv("GKDESK_NO_BOOT_CACHE", raising=False)
    monkeypatch.setenv("GKDESK_CACHE_DIR", str(tmp_path))
    assert bootcache.cache_file() == tmp_path / bootcache.FOLDER / bootcache.FILE_NAME
    monkeypatch.setenv("GKDESK_NO_BOOT_CACHE", "1")
    assert bootcache.cache_file() is None
    monkeypatch.delenv("GKDESK_NO_BOOT_CACHE")
    monkeypatch.setenv("GKDESK_CACHE_DIR", "")
    assert bootcache.cache_file() is None
    monkeypatch.delenv("GKDESK_CACHE_DIR")
    monkeypatch.setenv("GKDESK_NO_USER_STATE", "1")
    assert bootcache.cache_file() is None


def test_with_pyside6_imported_already_nothing_is_hooked(monkeypatch, tmp_path):
    import shiboken6  # noqa: F401 - as in every GUI test process

    monkeypatch.setenv("GKDESK_CACHE_DIR", str(tmp_path))
    real = builtins.compile
    bootcache.import_qt()
    assert builtins.compile is real
    assert bootcache.stats == {"hit": 0, "miss": 0, "stored": False, "bad": False}
    assert not list(tmp_path.iterdir())
