"""The main window: live findings, jump to cells, prose/meta editing, files, recovery, services."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gkdesk.core import storage
from gkdesk.core.commands import SetAutoTotal
from gkdesk.gui import dialogs
from gkdesk.gui.mainwindow import MainWindow, ProsePage, TablePage
from gkdesk.gui.session import orphaned_recoveries


def test_starts_with_the_example_report(window):
    s = window.session
    assert s.doc.meta.agency == "示例市生态环境局"
    assert s.path is None and not s.modified
    assert window.windowTitle().startswith("示例报告[*]")
    assert window.nav.count() == 7
    assert isinstance(window.pages["s3"], TablePage) and isinstance(window.pages["s1"], ProsePage)
    assert window.count_label.text().startswith("错误 0")


def test_edit_updates_findings_panel_status_and_navigator(window):
    page = window.table_page("t3")
    window.show_page("s3")
    window.session.push(SetAutoTotal(["t3.new.total"], False))
    page.model.setData(page.model.index_of_cell("t3.new.total"), "40")
    assert window.isWindowModified()
    fm = window.findings_view.model()
    rows = [fm.finding(r) for r in range(fm.rowCount())]
    assert [f.check_id for f in rows].count("GK301") == 1
    assert "错误 1" in window.count_label.text()
    assert "1 个错误" in window.nav.item(3).text()
    assert fm.data(fm.index(0, 1)).startswith("表三")


def test_double_click_on_finding_jumps_to_its_cells(qtbot, window):
    window.session.push(SetAutoTotal(["t4.review.total"], False))
    page4 = window.table_page("t4")
    page4.model.setData(page4.model.index_of_cell("t4.review.total"), "9")
    window.show_page("meta")
    fv = window.findings_view
    row = next(r for r in range(fv.model().rowCount()) if fv.model().finding(r).check_id == "GK401")
    f = fv.model().finding(row)
    rect = fv.visualRect(fv.model().index(row, 2))
    assert fv.viewport().rect().contains(rect.center())
    qtbot.mouseClick(fv.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(fv.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is page4
    view = page4.view
    assert page4.model.cell_id(view.currentIndex()) == f.cells[0] == "t4.review.total"
    selected = {page4.model.cell_id(i) for i in view.selectionModel().selectedIndexes()}
    assert selected == set(f.cells)
    # F8 / next finding walks through the list
    window.next_finding()
    assert window.findings_view.currentIndex().isValid()


def test_prose_typing_is_one_undo_step_and_undo_updates_editor(qtbot, window):
    window.show_page("s5")
    ed = window.pages["s5"].editor
    before = window.session.doc.sections["s5"]
    ed.moveCursor(ed.textCursor().MoveOperation.End)
    qtbot.keyClicks(ed, "more")  # QTest types ASCII only
    assert window.session.doc.sections["s5"] == before + "more"
    assert window.session.undo_stack.count() == 1  # merged while typing
    qtbot.keyClick(ed, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the document's undo
    assert window.session.doc.sections["s5"] == before
    assert ed.toPlainText() == before
    window.redo()
    assert ed.toPlainText() == before + "more"


def test_meta_form_edits_are_commands(qtbot, window):
    form = window.meta_form
    form.agency.selectAll()
    form.agency.insert("某县民政局")  # like typing (QTest cannot type CJK): emits textEdited
    assert window.session.doc.meta.agency == "某县民政局"
    assert window.session.undo_stack.count() == 1
    assert "某县民政局2025年" in form.title_label.text()
    form.year.setValue(2019)
    assert window.session.doc.meta.year == 2019
    assert "GK003" in [f.check_id for f in window.session.findings]  # 2019 report in the 2021 format
    window.undo()
    window.undo()
    assert window.session.doc.meta.agency == "示例市生态环境局"
    assert form.agency.text() == "示例市生态环境局" and form.year.value() == 2025


def test_save_as_then_open_round_trip(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "报告.json"
    suggested = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, s: suggested.append(s) or str(target))
    page = window.table_page("t3")
    page.model.setData(page.model.index_of_cell("t3.new.research"), "3")
    assert window.save()  # no path yet: Save As
    assert Path(suggested[0]).name == "示例市生态环境局2025年政府信息公开工作年度报告.json"
    assert target.exists() and not window.session.modified
    assert window.windowTitle().startswith("报告.json[*]") and not window.isWindowModified()
    on_disk = storage.load(target)
    assert storage.to_dict(on_disk) == storage.to_dict(window.session.doc)
    w2 = MainWindow(str(target))
    qtbot.addWidget(w2)
    assert w2.session.doc.value("t3.new.research").text == "3"
    assert storage.dumps(w2.session.doc) == target.read_text(encoding="utf-8")
    from gkdesk.gui import state
    assert state.recent_files()[0] == str(target.resolve())


def test_damaged_file_shows_error_and_changes_nothing(qtbot, window, tmp_path, gui_env):
    bad = tmp_path / "坏文件.json"
    garbage = b"\x00\xff{\"gkdesk\": \x89PNG garbage"
    bad.write_bytes(garbage)
    before = window.session
    assert not window.open_path(str(bad), ask=False)
    assert gui_env.errors and "无法打开" in gui_env.errors[0]
    assert bad.read_bytes() == garbage
    assert window.session is before
    w2 = MainWindow(str(bad))  # from the command line: message, then an empty report
    qtbot.addWidget(w2)
    assert len(gui_env.errors) == 2 and w2.session.path is None
    assert bad.read_bytes() == garbage


def test_external_change_is_detected_before_overwriting(window, tmp_path, monkeypatch, gui_env):
    target = tmp_path / "r.json"
    storage.save(window.session.doc, target)
    assert window.open_path(str(target), ask=False)
    s = window.session
    page = window.table_page("t3")
    page.model.setData(page.model.index_of_cell("t3.new.research"), "4")
    other = target.read_text(encoding="utf-8").replace("示例市生态环境局", "别人改过", 1)
    target.write_text(other, encoding="utf-8")
    os.utime(target, ns=(1, 1))  # make the change visible even on coarse mtime file systems
    assert s.externally_modified()
    gui_env.press("否", expect="已被其他程序（或其他人）修改")
    monkeypatch.setattr(dialogs, "ask_save_path", lambda p, sug: None)  # then cancels Save As
    assert not window.save()
    assert target.read_text(encoding="utf-8") == other
    gui_env.press("是", expect="磁盘上的那些修改将被覆盖")
    assert window.save()
    assert storage.load(target).value("t3.new.research").text == "4"
    assert not s.externally_modified()


def test_close_with_unsaved_changes_prompts(window, gui_env):
    page = window.table_page("t3")
    page.model.setData(page.model.index_of_cell("t3.new.research"), "5")
    gui_env.press("取消", expect="“示例报告”已修改")
    assert not window.close()
    assert window.isVisible() and window.session.modified
    gui_env.press("不保存")
    assert window.close()


def test_close_and_save_writes_the_file(window, gui_env, tmp_path):
    target = tmp_path / "r.json"
    storage.save(window.session.doc, target)
    assert window.open_path(str(target), ask=False)
    page = window.table_page("t3")
    page.model.setData(page.model.index_of_cell("t3.new.research"), "5")
    gui_env.press("保存", expect="已修改")
    assert window.close()
    assert storage.load(target).value("t3.new.research").text == "5"


def test_recovery_after_a_crash(qtbot, window, monkeypatch, gui_env):
    s = window.session
    page = window.table_page("t3")
    page.model.setData(page.model.index_of_cell("t3.new.research"), "77")
    window.pages["s6"].editor.setPlainText("崩溃前写的字")
    s.autosave_timer.setInterval(20)
    qtbot.waitUntil(lambda: s.recovery_file.exists(), timeout=3000)
    assert orphaned_recoveries() == []  # its owner is alive
    s.abandon()  # the process "crashes": no clean close, the recovery file stays
    entries = orphaned_recoveries()
    assert len(entries) == 1 and entries[0].title.startswith("示例市生态环境局")
    gui_env.press("恢复", expect="没有正常退出")
    w2 = MainWindow(None)
    qtbot.addWidget(w2)
    doc = w2.session.doc
    assert doc.value("t3.new.research").text == "77"
    assert doc.sections["s6"] == "崩溃前写的字"
    assert w2.session.modified and w2.isWindowModified()
    assert not entries[0].file.exists()  # replaced by the new session's own recovery file
    assert w2.session.recovery_file.exists()
    window.session = None  # the crashed window must not clean up on close
    w2.session.close()
    assert not w2.session.recovery_file.exists()


def test_recovery_offer_can_be_declined(qtbot, window, gui_env):
    s = window.session
    page = window.table_page("t3")
    page.model.setData(page.model.index_of_cell("t3.new.research"), "1")
    assert s.write_recovery()
    s.abandon()
    gui_env.press("丢弃", expect="没有正常退出")
    w2 = MainWindow(None)
    qtbot.addWidget(w2)
    assert w2.session.doc.value("t3.new.research").text == "0"
    assert orphaned_recoveries() == []
    window.session = None


def test_new_report_in_2019_format(qtbot, window, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_new_format", lambda parent: "2019")
    window.new_report()
    assert window.session.doc.format_id == "2019"
    assert window.table_page("t2").model.rowCount() == 18
    assert window.table_page("t3").model.rowCount() == 26
    assert window.session.doc.meta.year == 2020


def test_export_warns_about_errors_and_calls_the_exporter(window, tmp_path, monkeypatch, gui_env):
    import shutil

    from gkdesk.export.docx import default_template
    from gkdesk.importers import import_bytes

    tpl = tmp_path / "t.docx"
    shutil.copy(default_template("2021"), tpl)  # a custom template: the clerk's copy of ours
    page = window.table_page("t3")
    window.session.push(SetAutoTotal(["t3.new.total"], False))
    page.model.setData(page.model.index_of_cell("t3.new.total"), "1")
    gui_env.press("是", expect="仍要导出吗")
    monkeypatch.setattr(dialogs, "ask_template_path", lambda p, kind: str(tpl))
    monkeypatch.setattr(dialogs, "ask_export_path", lambda p, sug, kind: str(tmp_path / "out.docx"))
    gui_env.press("关闭", expect="已导出")
    assert window.export("docx", custom_template=True)
    title, text, _buttons = gui_env.asked[-2]
    assert title == "报告中还有错误" and "表三" in text
    # the exporter wrote the window's document (in its worker process) through the chosen template
    back = import_bytes((tmp_path / "out.docx").read_bytes(), "out.docx").doc
    assert back.value("t3.new.total").text == "1"


def test_missing_service_shows_not_installed(window, monkeypatch, gui_env):
    monkeypatch.setitem(sys.modules, "gkdesk.export.xlsx", None)  # import raises ImportError
    assert not window.export("xlsx")
    assert gui_env.errors[-1].startswith("此功能尚未安装")


def test_import_opens_an_untitled_modified_document(window, monkeypatch, example_doc):
    from gkdesk.importers.base import ImportResult

    import gkdesk.importers as imp

    result = ImportResult(example_doc, "x.docx", "docx")
    result.add("missing", "未找到表四")
    monkeypatch.setattr(imp, "import_file", lambda path: result, raising=False)
    shown = []
    monkeypatch.setattr(dialogs, "show_import_report", lambda p, r: shown.append(r) or True)
    assert window.import_path("/nowhere/x.docx")
    assert shown == [result]
    assert window.session.doc is example_doc and window.session.path is None and window.session.modified


def test_smoke_start_prints_ok(tmp_path, example_path):
    env = dict(os.environ, GKDESK_SMOKE_TEST="1", QT_QPA_PLATFORM="offscreen", GKDESK_STATE_DIR=str(tmp_path))
    r = subprocess.run([sys.executable, "-m", "gkdesk", str(example_path)], capture_output=True, text=True,
                       env=env, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "ok"


def test_long_editing_session_keeps_interpreter_refcounts(qtbot, window):
    """PySide6 6.12 drops references to True/None on emit() and on data() returning None; after a
    few thousand edits Python aborted. gkdesk.gui.qtcompat gives them back: counts must not sink."""
    app = QApplication.instance()
    window.show_page("s3")
    page = window.table_page("t3")
    m = page.model
    app.processEvents()
    import gc

    gc.collect()  # garbage of earlier tests holding True/None, freed by a collection inside the loop, is not a leak
    before = (sys.getrefcount(True), sys.getrefcount(None))
    for i in range(150):
        m.setData(m.index_of_cell("t3.new.natural"), str(i))
        page.view.select_cells(["t3.new.natural", "t3.new.business"])
        window.undo()
        window.redo()
        app.processEvents()
    after = (sys.getrefcount(True), sys.getrefcount(None))
    assert after[0] >= before[0] - 20 and after[1] >= before[1] - 20, (before, after)


def test_explanation_marks_finding_explained_until_cells_change(window, monkeypatch):
    from gkdesk.gui.tablemodel import COLORS

    page = window.table_page("t2")
    m = page.model
    for cid, v in (("t2.rules.issued", "10"), ("t2.rules.repealed", "0"), ("t2.rules.in_force", "0")):
        m.setData(m.index_of_cell(cid), v)
    f = next(f for f in window.session.findings if f.check_id == "GK201")
    monkeypatch.setattr(dialogs, "ask_explanation", lambda p, msg, cur: "本年制发的规章尚未生效")
    window.explain_finding(f)
    f2 = next(x for x in window.session.findings if x.check_id == "GK201")
    assert f2.explained == "本年制发的规章尚未生效"
    assert m.data(m.index_of_cell("t2.rules.issued"), Qt.ItemDataRole.BackgroundRole) == COLORS["explained"]
    assert "已说明" in window.count_label.text()
    m.setData(m.index_of_cell("t2.rules.issued"), "11")  # the explained numbers changed
    assert not next(x for x in window.session.findings if x.check_id == "GK201").explained


def test_drop_json_opens_it_and_recent_menu_lists_it(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    target = tmp_path / "拖入.json"
    storage.save(window.session.doc, target)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    ev = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier)
    window.dropEvent(ev)
    qtbot.waitUntil(lambda: window.session.path == target.resolve(), timeout=2000)
    window._fill_recent()
    assert [a.text() for a in window.recent_menu.actions()] == [str(target.resolve())]


def test_toolbar_offers_file_undo_check_and_export_actions(window):
    from PySide6.QtWidgets import QToolBar

    (tb,) = window.findChildren(QToolBar)
    acts = [a for a in tb.actions() if not a.isSeparator()]
    assert window.act_export_docx in acts and window.act_export_xlsx in acts
    assert [a.text().split("(")[0].rstrip("…") for a in acts[:3]] == ["新建", "打开", "保存"]
    assert window.act_undo in acts and window.act_check in acts
    assert all(not a.icon().isNull() for a in acts)


def test_review_window_opens_units_in_the_editor(window, tmp_path):
    from gkdesk.core import storage
    from gkdesk.gui.review import ReviewWindow

    window.review_folder()
    (rw,) = [c for c in window._children if isinstance(c, ReviewWindow)]
    doc = storage.load(window.session.path or __import__("gkdesk.paths").paths.example_report())
    doc.meta.agency = "审阅测试单位"
    unit = tmp_path / "unit.json"
    storage.save(doc, unit)
    rw.open_callback(str(unit))
    assert window.session.doc.meta.agency == "审阅测试单位"
    assert window.session.path and str(window.session.path).endswith("unit.json")
    rw.close()


def test_outside_change_offers_reload_when_window_is_activated(window, tmp_path, gui_env):
    target = tmp_path / "r.json"
    storage.save(window.session.doc, target)
    assert window.open_path(str(target), ask=False)
    window.check_disk_change()  # nothing changed: no question
    other = target.read_text(encoding="utf-8").replace("示例市生态环境局", "别人改过", 1)
    target.write_text(other, encoding="utf-8")
    os.utime(target, ns=(1, 1))
    gui_env.press("否", expect="是否重新载入")
    window.check_disk_change()  # keep this window's content ...
    window.check_disk_change()  # ... and do not ask again for the same change
    assert len(gui_env.asked) == 1 and window.session.doc.meta.agency == "示例市生态环境局"
    target.write_text(other.replace("别人改过", "又改过", 1), encoding="utf-8")
    os.utime(target, ns=(2, 2))
    gui_env.press("是", expect="是否重新载入")
    window.check_disk_change()  # a newer change: asked again, and reloaded
    assert len(gui_env.asked) == 2 and window.session.doc.meta.agency == "又改过"
    assert not window.session.modified


def test_report_date_is_shown_the_chinese_way_and_stored_iso(qtbot, window):
    form = window.meta_form
    assert form.date.text() == "2026年1月20日"  # the example stores 2026-01-20
    form.date.setText("二〇二六年一月二十八日")
    form.date.editingFinished.emit()
    assert window.session.doc.meta.date == "2026-01-28"
    assert form.date.text() == "2026年1月28日"
    assert "GK020" not in [f.check_id for f in window.session.findings]
    form.date.setText("明年一月")  # not a date: kept as typed, GK020 names it
    form.date.editingFinished.emit()
    assert window.session.doc.meta.date == "明年一月" and form.date.text() == "明年一月"
    assert "GK020" in [f.check_id for f in window.session.findings]
    window.undo()  # edits of one field merge into one undo step
    assert window.session.doc.meta.date == "2026-01-20" and form.date.text() == "2026年1月20日"


def test_export_html_shows_what_the_export_leaves_open(window, tmp_path, monkeypatch, gui_env):
    from gkdesk.core.commands import EditMeta

    window.session.push(EditMeta("date", ""))
    out = tmp_path / "r.html"
    monkeypatch.setattr(dialogs, "ask_export_path", lambda p, sug, kind: str(out))
    gui_env.press("关闭", expect="成文日期")
    assert window.export("html")
    assert "<table" in out.read_text(encoding="utf-8")
    title, text, _ = gui_env.asked[-1]
    assert title == "导出完成" and "成文日期" in text and "　　年　月　日" in text
    assert "1 条提示" in window.statusBar().currentMessage()


def test_export_pdf_without_libreoffice_says_what_to_do(window, monkeypatch, gui_env):
    import gkdesk.export.pdf as pdf

    monkeypatch.setattr(pdf, "find_libreoffice", lambda: None)
    monkeypatch.setattr(pdf, "find_wps", lambda: None)
    assert not window.export("pdf")
    assert any("LibreOffice" in t for t in gui_env.infos)
