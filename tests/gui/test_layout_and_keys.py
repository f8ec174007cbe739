"""Issue #13 points 1, 5, 6, 7: the window on small screens, its words and colours, keyboard, small things."""

import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gkdesk.gui import dialogs
from gkdesk.gui.mainwindow import TablePage
from gkdesk.gui.session import DocumentSession, default_year
from gkdesk.gui.tablemodel import COLORS, LEGEND

SMALL = (1280, 690)  # 1366×768 less the task bar, and 1920×1080 at 150 %, in logical pixels


@pytest.mark.parametrize("fmt", ["2019", "2021"])
def test_minimum_size_fits_a_small_screen_with_every_page(qtbot, window, fmt):
    window.set_session(DocumentSession.new(fmt, window))
    for key in window.pages:
        window.show_page(key)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1], (fmt, key, hint)
    # at that size the findings list (five rows at least) and the status bar are inside the window
    window.resize(*SMALL)
    for key in window.pages:
        window.show_page(key)
        QApplication.processEvents()
        assert window.height() <= SMALL[1] + 1 and window.width() <= SMALL[0] + 1
        fv = window.findings_view
        assert fv.isVisible() and fv.height() >= fv.rows_height(5), key
        sb = window.statusBar()
        assert sb.isVisible() and sb.geometry().bottom() <= window.rect().bottom()
        page = window.pages[key]
        if isinstance(page, TablePage):  # the table keeps a usable height (it scrolls, headings frozen)
            w, h = page.view.natural_size()
            assert page.view.height() >= min(h, page.view.minimum_table_size()[1]) - 1


def test_findings_list_shows_five_whole_findings_at_the_small_size(qtbot, window):
    window.set_session(DocumentSession.new("2021", window))  # many findings
    window.resize(*SMALL)
    window.show_page("s3")
    QApplication.processEvents()
    fv = window.findings_view
    vp = fv.viewport().rect()
    whole = [r for r in range(fv.model().rowCount()) if vp.contains(fv.visualRect(fv.model().index(r, 2)))]
    assert len(whole) >= 5, (len(whole), fv.height())


def test_initial_size_follows_the_available_screen(window):
    avail = window.screen().availableGeometry()
    window.fit_to_screen()
    least = window.minimumSizeHint()  # the offscreen test screen (800×800) is smaller than any real one
    assert window.width() <= max(avail.width(), least.width())
    assert window.height() <= max(avail.height(), least.height())
    assert window.width() >= min(avail.width() - 16, 1320) or window.width() == least.width()


def test_findings_dock_can_be_collapsed_and_reopened(qtbot, window):
    assert window.findings_dock.isVisible()
    window.act_findings.trigger()
    assert not window.findings_dock.isVisible()
    window.act_findings.trigger()
    assert window.findings_dock.isVisible()


def test_section_text_box_grows_only_when_used(qtbot, window):
    page = window.show_page("s3")
    empty = page.prose.height()
    page.prose.setPlainText("第一行\n第二行\n第三行")
    assert page.prose.height() > empty * 2
    page.prose.setPlainText("")
    assert page.prose.height() == empty


def test_legend_has_one_bordered_swatch_per_state(window):
    page = window.show_page("s3")
    words = [w for _k, w in LEGEND]
    assert words == ["错误", "警告", "提示", "未填写", "自动合计", "已说明"]
    names = {c.name() for c in (COLORS[k] for k, _w in LEGEND)}
    assert len(names) == len(LEGEND)  # one colour per state
    from PySide6.QtWidgets import QLabel
    for w in words:
        sw = page.findChild(QLabel, f"swatch_{w}")
        assert sw is not None and "border:1px solid" in sw.styleSheet()


def test_hint_colour_is_not_the_auto_total_blue():
    from gkdesk.checks import Severity
    h, a = COLORS[Severity.HINT], COLORS["auto"]
    assert abs(h.hue() - a.hue()) > 40


def test_new_report_counts_blank_cells_apart_from_errors(qtbot, window):
    window.set_session(DocumentSession.new("2021", window))
    s = window.session
    text = window.count_label.text()
    n_blank = sum(len(f.cells) for f in s.findings if f.check_id == "GK101")
    assert n_blank > 30
    assert f"未填写 {n_blank} 格" in text
    count = {sev: sum(1 for f in s.findings if f.severity.value == sev and f.check_id != "GK101")
             for sev in ("error", "warning", "hint")}
    assert text.startswith(f"错误 {count['error']}　警告 {count['warning']}　提示 {count['hint']}　")
    # blank findings come last in the panel, marked 未填写
    m = window.findings_view.model()
    levels = [m.index(r, 0).data() for r in range(m.rowCount())]
    first_blank = levels.index("未填写")
    assert all(lv == "未填写" for lv in levels[first_blank:])
    # 空白填0 on 表三 (undoable) clears its blank cells
    page = window.show_page("s3")
    qtbot.mouseClick(page.zero_button, Qt.MouseButton.LeftButton)
    assert not [c for c in s.doc.spec.table("t3").cells if s.doc.value(c.id).is_blank and not c.derived]
    s.undo_stack.undo()
    assert s.doc.value("t3.new.natural").is_blank


def test_export_still_warns_about_blank_cells(window, monkeypatch, tmp_path, gui_env):
    window.set_session(DocumentSession.new("2021", window))
    monkeypatch.setattr(dialogs, "ask_export_path", lambda p, sug, kind: pytest.fail("exported despite 否"))
    gui_env.press("否", expect="个单元格未填写")
    assert not window.export("docx")


def test_navigator_uses_the_three_severity_words(qtbot, window):
    window.set_session(DocumentSession.new("2021", window))
    texts = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert not any("提醒" in t for t in texts)
    assert any("个错误" in t for t in texts) and any("个警告" in t for t in texts)


def test_navigator_focus_is_visible(window):
    assert ":focus" in window.nav.styleSheet()


def test_tab_leaves_the_findings_list(qtbot, window):
    window.set_session(DocumentSession.new("2021", window))
    fv = window.findings_view
    window.activateWindow()
    fv.setFocus()
    fv.selectRow(0)
    qtbot.waitUntil(fv.hasFocus, timeout=2000)
    qtbot.keyClick(fv, Qt.Key.Key_Tab)
    assert not fv.hasFocus()
    assert fv.currentIndex().row() == 0  # Tab did not walk the cells of the list


def test_undo_label_is_stable_and_resets_with_another_file(qtbot, window):
    page = window.show_page("s3")
    page.model.setData(page.model.index_of_cell("t3.new.natural"), "40")
    assert window.act_undo.text() == "撤销"
    assert "编辑单元格" in window.act_undo.toolTip()
    window.session.undo_stack.undo()
    assert window.act_redo.text() == "重做" and "编辑单元格" in window.act_redo.toolTip()
    window.set_session(DocumentSession.new("2021", window))
    assert "编辑单元格" not in window.act_redo.toolTip() and "编辑单元格" not in window.act_undo.toolTip()


def test_window_title_does_not_repeat_the_report_name(window):
    window.set_session(DocumentSession.new("2021", window))
    assert window.windowTitle().count("政府信息公开") <= 1


@pytest.mark.parametrize("day,year", [((2026, 12, 1), 2026), ((2026, 11, 1), 2026), ((2026, 10, 31), 2025),
                                      ((2027, 1, 20), 2026)])
def test_default_year(day, year):
    assert default_year(datetime.date(*day)) == year


def test_after_export_the_dialog_offers_to_open_the_file_or_folder(qtbot, window, tmp_path, monkeypatch, gui_env):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    out = tmp_path / "报告.docx"
    monkeypatch.setattr(dialogs, "ask_export_path", lambda p, sug, kind: str(out))
    gui_env.press("打开所在文件夹", expect="已导出")  # the real dialog's real button
    assert window.export("docx")
    assert out.exists()
    title, _text, labels = gui_env.asked[-1]
    assert title == "导出完成" and {"打开文件", "打开所在文件夹", "关闭"} <= set(labels)
    assert opened == [str(tmp_path)]
    gui_env.press("打开文件", expect="已导出")
    assert window.export("docx")
    assert opened[-1] == str(out)
    gui_env.press("关闭", expect="已导出")
    assert window.export("docx")
    assert len(opened) == 2


def test_import_shows_what_was_read_before_asking_to_save(window, monkeypatch, example_doc, gui_env):
    from gkdesk.importers.base import ImportResult

    import gkdesk.importers as imp

    page = window.show_page("s3")
    page.model.setData(page.model.index_of_cell("t3.new.natural"), "40")  # unsaved change
    result = ImportResult(example_doc, "x.docx", "docx")
    monkeypatch.setattr(imp, "import_file", lambda path: result, raising=False)
    order = []
    monkeypatch.setattr(dialogs, "show_import_report", lambda p, r: order.append("report") or True)
    gui_env.press("不保存", expect="已修改", setup=lambda box: order.append("save?"))
    assert window.import_path("/nowhere/x.docx")
    assert order == ["report", "save?"]


def test_unit_is_not_printed_twice_in_tooltips(session):
    from gkdesk.gui.tablemodel import ReportTableModel

    m = ReportTableModel(session, "t2")
    tip = m.data(m.index_of_cell("t2.fees.amount"), Qt.ItemDataRole.ToolTipRole)
    assert tip.count("（单位：") == 1
