"""The start builds its first frame without PySide6's Qt namespace (gkdesk/gui/qtns.py), and the
window must come out exactly as before: the findings dock at the bottom, five rows high, docked from
a saved layout instead of addDockWidget; the findings panel's column titles from a C++ model until
the findings model is attached; every shortcut the same."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from gkdesk.gui import mainwindow, qtns
from gkdesk.gui.docklayout import FINDINGS_DOCK_AT_BOTTOM
from gkdesk.gui.findings import HEADERS, FindingsModel
from gkdesk.gui.mainwindow import MainWindow
from tests.gui.test_start_deferred import _report_with_findings

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("make_dock_layout", ROOT / "tools" / "make_dock_layout.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_shipped_dock_layout_is_what_the_installed_qt_saves(qapp):
    tool = _tool()
    assert tool.build_layout() == FINDINGS_DOCK_AT_BOTTOM, "stale gkdesk/gui/docklayout.py: run tools/make_dock_layout.py"
    assert tool.DOCK_NAME == "findings"


def test_the_qt_stand_in_and_its_constants_are_pyside6s(qapp):
    assert qtns.DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole
    assert qtns.EDIT_ROLE == Qt.ItemDataRole.EditRole
    assert qtns.USER_ROLE == Qt.ItemDataRole.UserRole
    assert qtns.Qt.ItemDataRole is Qt.ItemDataRole and qtns.Qt.DockWidgetArea is Qt.DockWidgetArea


def _geometry(w: MainWindow) -> tuple:
    return (w.dockWidgetArea(w.findings_dock), w.findings_dock.isFloating(), w.findings_dock.geometry(),
            w.centralWidget().geometry(), w.findings_view.geometry())


def test_the_findings_dock_is_where_add_dock_widget_put_it(qtbot, gui_env, example_path, tmp_path, monkeypatch):
    """Docked from the saved layout, the dock has the place and height that addDockWidget +
    resizeDocks(five rows) gave it (the path a Qt unable to read the layout still takes)."""
    path = _report_with_findings(example_path, tmp_path)
    gui_env.defaults["保存修改"] = "不保存"
    seen = {}
    for how in ("layout", "addDockWidget"):
        if how == "addDockWidget":
            monkeypatch.setattr(mainwindow, "FINDINGS_DOCK_AT_BOTTOM", b"")  # restoreState refuses it
        for size in ((1366, 728), (1000, 620)):
            w = MainWindow(str(path), offer_recovery=False, check_after_show=True)
            qtbot.addWidget(w)
            assert w._dock_sized_by_layout is False  # consumed by the first pages
            w.resize(*size)
            w.show()
            qtbot.waitUntil(lambda w=w: w.session.checked, timeout=5000)
            QApplication.processEvents()
            seen[how, size] = _geometry(w)
            assert seen[how, size][:2] == (Qt.DockWidgetArea.BottomDockWidgetArea, False)
            assert w.findings_dock.isVisible()
            w.close()
    for size in ((1366, 728), (1000, 620)):
        assert seen["layout", size] == seen["addDockWidget", size], size


def test_the_first_frame_shows_the_titles_then_the_findings_model(qtbot, gui_env, example_path, tmp_path):
    path = _report_with_findings(example_path, tmp_path)
    gui_env.defaults["保存修改"] = "不保存"
    ref = MainWindow(str(path), offer_recovery=False)  # checked before showing: the model at once
    qtbot.addWidget(ref)
    assert isinstance(ref.findings_view.model(), FindingsModel)
    w = MainWindow(str(path), offer_recovery=False, check_after_show=True)
    qtbot.addWidget(w)
    titles = w.findings_view.model()
    assert not isinstance(titles, FindingsModel) and titles.rowCount() == 0
    assert [titles.headerData(i, Qt.Orientation.Horizontal) for i in range(titles.columnCount())] == list(HEADERS)
    for x in (ref, w):
        x.resize(1366, 728)
        x.show()
        qtbot.waitUntil(lambda x=x: x.session.checked, timeout=5000)
    QApplication.processEvents()
    view, rv = w.findings_view, ref.findings_view
    assert view.model() is view._model and view.model().rowCount() == rv.model().rowCount() > 0
    h, rh = view.horizontalHeader(), rv.horizontalHeader()
    assert [h.sectionResizeMode(i) for i in range(4)] == [rh.sectionResizeMode(i) for i in range(4)]
    assert [h.sectionSize(i) for i in range(4)] == [rh.sectionSize(i) for i in range(4)]
    assert [view.rowHeight(r) for r in range(3)] == [rv.rowHeight(r) for r in range(3)]
    assert [view.model().headerData(i, Qt.Orientation.Horizontal) for i in range(4)] == list(HEADERS)
    # a finding still leads to its cells (Enter on its row, as a double-click)
    got = []
    view.activated_finding.connect(got.append)
    view.setCurrentIndex(view.model().index(1, 2, QModelIndex()))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert got == [view.model().finding(1)]
    assert view.selectionModel().selectedRows()[0].row() == 1  # rows are selected whole, as before


def test_a_window_never_shown_attaches_the_findings_model_with_its_first_rows(qtbot, gui_env, example_path,
                                                                             tmp_path):
    path = _report_with_findings(example_path, tmp_path)
    gui_env.defaults["保存修改"] = "不保存"
    w = MainWindow(str(path), offer_recovery=False, check_after_show=True)
    qtbot.addWidget(w)
    assert not isinstance(w.findings_view.model(), FindingsModel)
    w.check_now()
    assert w.findings_view.model() is w.findings_view._model
    assert w.findings_view.model().rowCount() == len(w.session.findings) > 0


def test_every_shortcut_is_as_before_once_the_first_frame_is_up(qtbot, gui_env, example_path):
    gui_env.defaults["保存修改"] = "不保存"
    w = MainWindow(str(example_path), offer_recovery=False, check_after_show=True)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.session.checked, timeout=5000)
    QApplication.processEvents()
    std = QKeySequence.StandardKey
    want = {w.act_new: QKeySequence(std.New), w.act_open: QKeySequence(std.Open), w.act_save: QKeySequence(std.Save),
            w.act_save_as: QKeySequence("Ctrl+Shift+S"), w.act_undo: QKeySequence(std.Undo),
            w.act_redo: QKeySequence("Ctrl+Y"), w.act_check: QKeySequence("F5"), w.act_findings: QKeySequence("F9"),
            w.act_guide: QKeySequence(std.HelpContents)}
    for a, seq in want.items():
        assert a.shortcut() == seq, a.text()
    assert [s.toString() for s in w.act_redo.shortcuts()] == ["Ctrl+Y", "Ctrl+Shift+Z"]


def test_the_properties_set_by_their_enum_keys_took(qtbot, gui_env, example_path):
    """setProperty(name, key) fails quietly on a misspelt key: the values must be the enums'."""
    gui_env.defaults["保存修改"] = "不保存"
    w = MainWindow(str(example_path), offer_recovery=False, check_after_show=True)
    qtbot.addWidget(w)
    from PySide6.QtWidgets import QToolBar

    assert w.findChild(QToolBar, "main_toolbar").toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert w.findings_view.textElideMode() == Qt.TextElideMode.ElideNone
    assert w.findings_view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
