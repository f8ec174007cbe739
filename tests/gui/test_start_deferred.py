"""What the program's start leaves out or puts off must not change what the clerk gets.

The start builds only what the first frame shows: no dialog classes, no QStyle for the toolbar
(its icons are shipped PNGs), no delegate for an empty findings panel, the cycle collector
paused until the first frame. A subprocess runs the real start (`python -m gkdesk`, smoke
mode) and reports what existed at the first frame and at the end; the in-process tests check
that the parts made later exist and work when they are needed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from gkdesk.core import storage
from gkdesk.core.commands import EditCells, SetAutoTotal
from gkdesk.core.values import parse_value
from gkdesk.gui.mainwindow import TOOLBAR_ICON_SIZES, MainWindow
from gkdesk.gui.session import DocumentSession

ROOT = Path(__file__).resolve().parents[2]

#: runs the real start and prints, as JSON, what existed when the first frame was up and at exit
_PROBE = r"""
import atexit, builtins, gc, json, os, runpy, sys
import PySide6.QtGui as G, PySide6.QtWidgets as W
seen = {}
real_print = builtins.print
def at_exit():
    real_print(json.dumps(seen), flush=True)
atexit.register(at_exit)
def probe(*a, **k):
    if a and a[0] == "ok":
        seen["gc_at_first_frame"] = gc.isenabled()
        seen["qt_classes"] = sorted(n for n in ("QStyle", "QMessageBox", "QFileDialog", "QInputDialog",
                                                "QStyledItemDelegate", "QSizePolicy") if n in W.__dict__) + \
            sorted(n for n in ("QFont", "QTextCursor") if n in G.__dict__)
        seen["modules"] = sorted(m for m in ("gkdesk.gui.dialogs", "difflib", "ctypes", "gkdesk.gui.tableview",
                                             "gkdesk.importers", "subprocess", "dataclasses", "hashlib")
                                 if m in sys.modules)
        # PySide6 creates its whole Qt namespace (~90 enums) when it is first named or an enum of it
        # crosses the binding; it then sits in the module's dict
        seen["qt_namespace"] = "Qt" in sys.modules["PySide6.QtCore"].__dict__
        qc = sys.modules.get("gkdesk.gui.qtcompat")  # PySide6 6.12.0 needs ctypes to give references back
        seen["refcount_bug"] = bool(qc and (qc.EMIT_LEAKS or qc.DISCONNECT_LEAKS))
        return
    if a and str(a[0]).startswith(("checked_seconds=", "not checked")):  # after the event loop ran
        seen["gc_after_first_frame"] = gc.isenabled()
        seen["checked"] = str(a[0]).startswith("checked_seconds=")
    real_print(*a, **k)
builtins.print = probe
sys.argv = ["gkdesk", sys.argv[1]]
runpy.run_module("gkdesk", run_name="__main__")
"""


def _report_with_findings(example_path, tmp_path) -> Path:
    doc = storage.load(example_path)
    s = DocumentSession(doc)
    s.push(SetAutoTotal(["t3.new.total"], False))
    s.push(EditCells({"t3.new.total": parse_value("40")}))
    path = tmp_path / "findings.json"
    storage.save(doc, path)
    s.close()
    return path


def test_the_real_start_builds_only_the_first_frame_then_resumes_the_collector(tmp_path, example_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GKDESK_SMOKE_TEST="1", GKDESK_NO_USER_STATE="1",
               GKDESK_TIMING="1", HOME=str(tmp_path), GKDESK_CACHE_DIR=str(tmp_path / "cache"))
    out = subprocess.run([sys.executable, "-c", _PROBE, str(example_path)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["gc_at_first_frame"] is False  # paused for the start
    assert seen["checked"] and seen["gc_after_first_frame"] is True  # on again once the first frame was up
    assert seen["qt_classes"] == []
    assert seen["qt_namespace"] is False  # no Qt::… enum before the first frame (gkdesk/gui/qtns.py)
    # ctypes only where the installed PySide6 has the reference bug gui/qtcompat works around (6.12.0,
    # excluded by pyproject but possible in an existing venv); the others never before the first frame
    allowed = {"ctypes"} if seen["refcount_bug"] else set()
    assert [m for m in seen["modules"] if m not in allowed] == []


def test_toolbar_icons_are_the_shipped_files_at_every_size(qtbot, gui_env, example_path):
    gui_env.defaults["保存修改"] = "不保存"
    w = MainWindow(str(example_path), offer_recovery=False)
    qtbot.addWidget(w)
    actions = (w.act_new, w.act_open, w.act_save, w.act_undo, w.act_redo, w.act_check, w.act_export_docx,
               w.act_export_xlsx)
    for a in actions:
        icon = a.icon()
        assert not icon.isNull(), a.text()
        assert {s.width() for s in icon.availableSizes()} == set(TOOLBAR_ICON_SIZES), a.text()
        for logical, scale in ((16, 1.0), (24, 1.0), (24, 1.5), (16, 1.5)):
            pm = icon.pixmap(QSize(logical, logical), scale)
            assert not pm.isNull() and pm.width() == round(logical * scale), (a.text(), logical, scale)
            assert pm.toImage().pixelColor(logical * scale // 2, logical * scale // 2).alpha() or \
                pm.toImage().allGray() is False  # something is drawn, not an empty square
    # the icons differ from each other (not one file shown for all)
    keys = {bytes(a.icon().pixmap(QSize(24, 24)).toImage().constBits()) for a in actions}
    assert len(keys) == len(actions)


def test_shortcuts_work_as_soon_as_the_window_is_shown(qtbot, gui_env, example_path, tmp_path):
    path = _report_with_findings(example_path, tmp_path)
    gui_env.defaults["保存修改"] = "不保存"
    w = MainWindow(str(path), offer_recovery=False, check_after_show=True)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)  # window shortcuts need the active window
    assert w.findings_dock.isVisible()
    qtbot.keyClick(w.nav, Qt.Key.Key_F9)  # 显示检查结果, toggled off
    assert not w.findings_dock.isVisible()
    qtbot.keyClick(w.nav, Qt.Key.Key_F9)
    assert w.findings_dock.isVisible()
    qtbot.keyClick(w.nav, Qt.Key.Key_F5)  # 立即检查
    assert w.session.checked and w.findings_view.model().rowCount() > 0


def test_the_findings_delegate_is_made_with_the_first_rows(qtbot, gui_env, example_path, tmp_path):
    """The location column stays one line (elided) whether the rows came with the window (checked
    before showing) or with the first check after the first frame."""
    path = _report_with_findings(example_path, tmp_path)
    gui_env.defaults["保存修改"] = "不保存"
    for check_after_show in (False, True):
        w = MainWindow(str(path), offer_recovery=False, check_after_show=check_after_show)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitUntil(lambda w=w: w.session.checked, timeout=5000)
        QApplication.processEvents()
        view = w.findings_view
        assert view.model().rowCount() > 0
        delegate = view.itemDelegateForColumn(1)
        assert type(delegate).__name__ == "OneLineDelegate", check_after_show
        from PySide6.QtWidgets import QStyleOptionViewItem

        opt = QStyleOptionViewItem()
        delegate.initStyleOption(opt, view.model().index(0, 1))
        assert opt.textElideMode == Qt.TextElideMode.ElideMiddle
        assert not opt.features & QStyleOptionViewItem.ViewItemFeature.WrapText
        w.close()
