"""gkdesk.export.codecache: compiled templates (and docxtpl's patched XML) kept between runs.

A cached entry must give exactly the export a fresh compile gives, must never skip a check or
loosen the sandbox, and a damaged, foreign or unsafe cache must be ignored."""

from __future__ import annotations

import io
import os
import stat
import sys
import zipfile

import pytest

from gkdesk import paths
from gkdesk.core.errors import ExportError
from gkdesk.export import codecache
from gkdesk.export import docx as docx_export
from gkdesk.export import xlsx as xlsx_export
from gkdesk.export.sandbox import make_env


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("GKDESK_CACHE_DIR", str(folder))
    # the user cache alone: no code shipped with the bundled templates (tests/export/test_precompiled.py)
    monkeypatch.setattr(codecache, "shipped_dir", lambda: tmp_path / "no-shipped-code")
    codecache._DIRS.clear()
    docx_export.clear_cache()
    xlsx_export.clear_cache()
    yield folder
    codecache._DIRS.clear()
    docx_export.clear_cache()
    xlsx_export.clear_cache()


def _entries(folder):
    return sorted(p for p in folder.iterdir() if p.suffix in (codecache.SUFFIX, codecache.TEXT_SUFFIX))


def _members(data: bytes) -> dict[str, bytes]:
    z = zipfile.ZipFile(io.BytesIO(data))
    return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}  # core.xml holds the time


def _fresh_render(render, doc):
    docx_export.clear_cache()
    xlsx_export.clear_cache()
    return render(doc)


@pytest.mark.parametrize("render", [docx_export.render_docx, xlsx_export.render_xlsx], ids=["docx", "xlsx"])
def test_export_from_the_cache_equals_a_fresh_compile(cache, example_doc, monkeypatch, render):
    monkeypatch.setenv("GKDESK_CACHE_DIR", "")  # off: the reference
    codecache._DIRS.clear()
    reference = _fresh_render(render, example_doc)
    monkeypatch.setenv("GKDESK_CACHE_DIR", str(cache))
    codecache._DIRS.clear()
    before = dict(codecache.stats)
    first = _fresh_render(render, example_doc)  # fills the cache
    assert codecache.stats["stored"] > before["stored"] and _entries(cache)
    hits = codecache.stats["hit"]
    second = _fresh_render(render, example_doc)  # a new process would do this: everything from the cache
    assert codecache.stats["hit"] > hits
    assert _members(first) == _members(reference) == _members(second)


def test_damaged_entries_are_ignored_and_replaced(cache, example_doc):
    good = _members(_fresh_render(docx_export.render_docx, example_doc))
    entries = _entries(cache)
    assert any(p.suffix == codecache.SUFFIX for p in entries) and any(p.suffix == codecache.TEXT_SUFFIX for p in entries)
    for i, p in enumerate(entries):
        blob = p.read_bytes()
        if i % 3 == 0:
            p.write_bytes(blob[: len(blob) // 2])  # torn write
        elif i % 3 == 1:
            p.write_bytes(blob[:-1] + bytes([blob[-1] ^ 0xFF]))  # one damaged byte
        else:
            p.write_bytes(b"not a cache entry")
    bad = codecache.stats["bad"]
    assert _members(_fresh_render(docx_export.render_docx, example_doc)) == good
    assert codecache.stats["bad"] - bad == len(entries)
    for p in _entries(cache):  # written again, whole
        assert codecache._read_entry(p, codecache.MAGIC if p.suffix == codecache.SUFFIX else codecache.TEXT_MAGIC)


def test_the_key_depends_on_the_environment_and_the_source(cache):
    src = "{{ meta.agency }}<x>"
    esc, raw = make_env(autoescape=True, code_cache=True), make_env(autoescape=False, code_cache=True)
    assert codecache._key(esc, src) != codecache._key(raw, src)  # autoescape is compiled into the code
    assert codecache._key(esc, src) != codecache._key(esc, src + " ")
    assert codecache._key(esc, src) == codecache._key(make_env(autoescape=True, code_cache=True), src)
    more = make_env(autoescape=True, code_cache=True, extra_globals={"formula": len})
    assert codecache._key(esc, src) != codecache._key(more, src)  # the names a template may use
    ctx = {"meta": {"agency": "<局>"}}
    assert esc.from_string(src).render(ctx) == "&lt;局&gt;<x>"
    assert raw.from_string(src).render(ctx) == "<局><x>"
    assert esc.from_string(src).render(ctx) == "&lt;局&gt;<x>"  # from the cache now
    assert codecache.stats["hit"] >= 1


def test_the_sandbox_holds_with_cached_code(cache):
    src = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    for _ in range(2):  # compiled, then from the cache
        env = make_env(code_cache=True)
        with pytest.raises(Exception, match="循环次数超过上限"):
            env.from_string(src).render({})
    env = make_env(code_cache=True)
    for _ in range(2):
        with pytest.raises(Exception, match="unsafe|not safely|access"):
            env.from_string("{{ ''.__class__.__mro__ }}").render({})


def test_a_template_that_does_not_compile_is_not_stored_and_fails_the_same(cache):
    env = make_env(code_cache=True)
    with pytest.raises(Exception) as plain:
        make_env().from_string("{% for x in y %}")
    with pytest.raises(type(plain.value), match=str(plain.value)):
        env.from_string("{% for x in y %}")
    assert not cache.exists() or not _entries(cache)


def test_an_edited_template_is_checked_although_the_original_is_cached(cache, tmp_path, example_doc):
    docx_export.render_docx(example_doc)  # the bundled template's parts now cached
    src = paths.templates_dir() / "report-2021.docx"
    bad = tmp_path / "report-2021.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "word/document.xml":
                blob = blob.replace(b"</w:body>", "<w:p><w:r><w:t>{{ no_such_name }}</w:t></w:r></w:p></w:body>"
                                    .encode(), 1)
            zout.writestr(info, blob)
    with pytest.raises(ExportError, match="中有未知的变量 “no_such_name”"):
        docx_export.render_docx(example_doc, bad)


def test_off_and_unsafe_folders_are_not_used(tmp_path, monkeypatch):
    monkeypatch.setenv("GKDESK_CACHE_DIR", "")
    codecache._DIRS.clear()
    assert codecache.cache_dir() is None
    if sys.platform != "win32":
        shared = tmp_path / "shared"
        shared.mkdir()
        shared.chmod(0o777)
        monkeypatch.setenv("GKDESK_CACHE_DIR", str(shared))
        codecache._DIRS.clear()
        assert codecache.cache_dir() is None  # another user could have put code there
        shared.chmod(0o700)
        codecache._DIRS.clear()
        assert codecache.cache_dir() == shared
    codecache._DIRS.clear()


def test_new_folder_and_entries_are_private(cache):
    env = make_env(code_cache=True)
    env.from_string("{{ 1 + 1 }}")
    assert _entries(cache)
    if sys.platform != "win32":
        assert stat.S_IMODE(cache.stat().st_mode) == 0o700
        for p in _entries(cache):
            assert stat.S_IMODE(p.stat().st_mode) == 0o600


def test_the_folder_keeps_the_most_recently_used_entries(cache, monkeypatch):
    monkeypatch.setattr(codecache, "MAX_ENTRIES", 5)
    env = make_env(code_cache=True)
    paths_by_i = {}
    for i in range(5):
        env.from_string("{{ %d }}" % i)
        paths_by_i[i] = cache / (codecache._key(env, "{{ %d }}" % i) + codecache.SUFFIX)
        os.utime(paths_by_i[i], (1000 + i, 1000 + i))  # written long ago, in this order
    env.from_string("{{ 0 }}")  # the oldest, used now
    env.from_string("{{ 5 }}")  # a sixth entry: the least recently used one goes
    left = set(_entries(cache))
    assert len(left) == 5 and paths_by_i[0] in left and paths_by_i[1] not in left
