"""Opening or dropping an old Word/WPS file (.doc/.wps) in the window goes to the importer: a real
binary file gets its 另存为 .docx hint (it was "不是 UTF-8 编码的报告文件"), and a web page or Word XML
document under a .doc name (web systems' 导出Word) is read."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from gkdesk.core import storage
from gkdesk.gui import dialogs

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import docx_variants  # noqa: E402


@pytest.mark.parametrize("name", ["年报.doc", "年报.wps"])
def test_old_binary_word_file_gets_the_resave_hint(name, window, tmp_path, gui_env):
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)
    before = window.session
    assert not window.open_path(str(path), ask=False)
    assert "另存为 .docx" in gui_env.errors[-1], gui_env.errors
    assert window.session is before


def test_word_xml_saved_as_doc_is_imported(window, monkeypatch, tmp_path, gui_env):
    from gkdesk.export.docx import render_docx

    orig = storage.load(ROOT / "resources" / "example-2021.json")
    path = tmp_path / "年报.doc"
    path.write_bytes(docx_variants.word2003(render_docx(orig)))
    shown = []
    monkeypatch.setattr(dialogs, "show_import_report", lambda p, r: shown.append(r) or True)
    assert window.open_path(str(path), ask=False)
    assert shown and shown[0].kind == "docx"
    doc = window.session.doc
    assert [c for c in orig.spec.cells if orig.value(c) != doc.value(c)] == []


def test_binary_word_97_file_is_imported_without_libreoffice(window, monkeypatch, tmp_path, gui_env):
    """A real .doc (Word 97-2003, here saved by LibreOffice from our export) opened in the window is
    read by gkdesk's own reader; before, the clerk got the 另存为 .docx hint."""
    orig = storage.load(ROOT / "resources" / "example-2021.json")
    path = tmp_path / "年报.doc"
    path.write_bytes((ROOT / "tests" / "data" / "doc" / "example-2021.doc").read_bytes())
    monkeypatch.setenv("GKDESK_NO_LIBREOFFICE", "1")
    shown = []
    monkeypatch.setattr(dialogs, "show_import_report", lambda p, r: shown.append(r) or True)
    assert window.open_path(str(path), ask=False), gui_env.errors
    assert shown and shown[0].kind == "doc"
    assert [c for c in orig.spec.cells if orig.value(c) != window.session.doc.value(c)] == []
    assert "*.doc" in dialogs.IMPORT_FILTER.split(";;")[0] and "*.wps" in dialogs.IMPORT_FILTER.split(";;")[0]
