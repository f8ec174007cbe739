"""The program's start: the window's first frame comes before the first check, and the findings
panel, navigator and status bar then show exactly what a window checked before showing shows."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from gkdesk.core import storage
from gkdesk.core.commands import EditCells, SetAutoTotal
from gkdesk.core.values import parse_value
from gkdesk.gui import state
from gkdesk.gui.mainwindow import MainWindow
from gkdesk.gui.session import DocumentSession


def _report_with_findings(example_path, tmp_path):
    """The example with a typed total that does not add up and an empty prose section."""
    doc = storage.load(example_path)
    s = DocumentSession(doc)
    s.push(SetAutoTotal(["t3.new.total"], False))
    s.push(EditCells({"t3.new.total": parse_value("40")}))
    doc.sections["s6"] = ""
    path = tmp_path / "findings.json"
    storage.save(doc, path)
    s.close()
    return path


def _shown(window):
    fm = window.findings_view.model()
    return ([(f.check_id, f.cells, f.section) for f in (fm.finding(r) for r in range(fm.rowCount()))],
            [window.nav.item(i).text() for i in range(window.nav.count())],
            window.count_label.text(), window.findings_dock.windowTitle())


class _Events(QObject):
    """Records, in order, the window's first paint and the session's first check."""

    def __init__(self, window):
        super().__init__()
        self.window = window
        self.log: list[str] = []

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is self.window.findings_view.viewport():
            self.log.append("paint")
        return False


def test_start_paints_first_then_fills_the_findings_like_a_checked_window(qtbot, gui_env, example_path, tmp_path):
    path = _report_with_findings(example_path, tmp_path)
    gui_env.defaults["保存修改"] = "不保存"
    ref = MainWindow(str(path), offer_recovery=False)
    qtbot.addWidget(ref)
    ref.show()
    qtbot.waitExposed(ref)
    expected = _shown(ref)
    assert expected[0] and "GK301" in [c for c, _, _ in expected[0]]
    assert "1 个错误" in expected[1][3]

    state.remove_recent(str(path.resolve()))
    w = MainWindow(str(path), offer_recovery=False, check_after_show=True)
    qtbot.addWidget(w)
    s = w.session
    assert not s.checked  # nothing checked before the window is shown
    assert str(path.resolve()) not in state.recent_files()  # written (with fsync) after the first frame
    assert w.findings_view.model().rowCount() == 0
    assert w.count_label.text() == "正在检查…"
    rec = _Events(w)
    w.findings_view.viewport().installEventFilter(rec)
    orig = s.recheck

    def recheck(change=None):
        rec.log.append("check")
        orig(change)

    s.recheck = recheck
    w.show()
    qtbot.waitUntil(lambda: s.checked, timeout=5000)
    QApplication.processEvents()
    assert rec.log.index("paint") < rec.log.index("check")  # the first frame came first
    assert rec.log.count("check") == 1
    assert _shown(w) == expected
    assert s.findings == ref.session.findings
    assert state.recent_files()[0] == str(path.resolve())


def test_reading_the_findings_before_the_first_check_runs_it(qapp, example_path, tmp_path):
    path = _report_with_findings(example_path, tmp_path)
    ref = DocumentSession.open(path)
    for read in (lambda s: s.findings, lambda s: s.cell_findings, lambda s: s.section_findings,
                 lambda s: s.summary()):
        s = DocumentSession.open(path, check=False)
        assert not s.checked
        read(s)
        assert s.checked
        assert s.findings == ref.findings
        assert s.cell_findings == ref.cell_findings and s.section_findings == ref.section_findings
        s.close()
    ref.close()


def test_an_edit_before_the_first_check_gets_a_full_check(qapp, example_path, tmp_path):
    path = _report_with_findings(example_path, tmp_path)
    s = DocumentSession.open(path, check=False)
    ref = DocumentSession.open(path)
    for x in (s, ref):
        x.push(EditCells({"t2.rules.issued": parse_value("7")}))
    assert s.checked
    assert s.findings == ref.findings
    s.close()
    ref.close()


def test_a_window_that_is_never_shown_still_reports_its_findings(qtbot, gui_env, example_path, tmp_path):
    path = _report_with_findings(example_path, tmp_path)
    gui_env.defaults["保存修改"] = "不保存"
    w = MainWindow(str(path), offer_recovery=False, check_after_show=True)
    qtbot.addWidget(w)
    w.check_now()  # F5 before the window was ever painted
    assert w.session.checked
    assert w.count_label.text().startswith("错误 2")  # the total that does not add up, the empty 六
    assert w.findings_view.model().rowCount() == len(w.session.findings) > 0
