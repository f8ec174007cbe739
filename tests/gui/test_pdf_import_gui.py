"""The GUI imports a PDF: the open dialog offers it, the import menu action reads it for real."""

from __future__ import annotations

import sys
from pathlib import Path

from gkdesk.core import storage
from gkdesk.gui import dialogs

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "importers"))

from _pdf_fixtures import pdf_bytes, scan_pdf  # noqa: E402

REAL_FILTER = dialogs.IMPORT_FILTER


def test_import_dialog_offers_pdf():
    assert "*.pdf" in REAL_FILTER.split(";;")[0]


def test_window_imports_a_pdf(window, monkeypatch, tmp_path, gui_env):
    orig = storage.load(ROOT / "resources" / "example-2021.json")
    path = tmp_path / "年报.pdf"
    path.write_bytes(pdf_bytes(orig, {"page_numbers"}))
    shown = []
    monkeypatch.setattr(dialogs, "ask_import_path", lambda parent: str(path))
    monkeypatch.setattr(dialogs, "show_import_report", lambda p, r: shown.append(r) or True)
    window.import_dialog()
    assert shown and shown[0].kind == "pdf"
    doc = window.session.doc
    assert [c for c in orig.spec.cells if orig.value(c) != doc.value(c)] == []
    assert window.session.path is None and window.session.modified


def test_window_reports_a_scan_as_an_error(window, tmp_path, gui_env):
    path = tmp_path / "扫描件.pdf"
    path.write_bytes(scan_pdf())
    assert not window.import_path(str(path))
    assert "没有文字层" in gui_env.errors[-1]
