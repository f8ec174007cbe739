"""Spreadsheet editing in the table view: typing, Enter/Tab, Delete, copy/paste, undo/redo, sums."""

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from gkdesk.gui.tablemodel import ReportTableModel
from gkdesk.gui.tableview import ReportTableView, parse_tsv


@pytest.fixture
def t3(qtbot, session):
    model = ReportTableModel(session, "t3")
    view = ReportTableView(model)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return session, model, view


def _go(view, model, cid):
    view.setCurrentIndex(model.index_of_cell(cid))


def test_typing_replaces_and_enter_moves_down(qtbot, t3):
    s, model, view = t3
    _go(view, model, "t3.new.natural")
    qtbot.keyClick(view, Qt.Key.Key_7)
    editor = view.findChild(QLineEdit)
    assert editor is not None and editor.text() == "7"  # the old 38 was replaced, not appended to
    qtbot.keyClicks(editor, "5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: s.doc.value("t3.new.natural").text == "75", timeout=2000)  # Qt commits queued
    assert model.cell_id(view.currentIndex()) == "t3.carried.natural"  # Enter moved down
    assert s.undo_stack.count() == 1


def test_tab_moves_to_next_value_cell_skipping_labels_and_auto_totals(qtbot, t3):
    s, model, view = t3
    assert s.doc.is_auto("t3.new.total")
    _go(view, model, "t3.new.other")  # the auto 总计 after it is skipped: next is the next row
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert model.cell_id(view.currentIndex()) == "t3.carried.natural"
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert model.cell_id(view.currentIndex()) == "t3.new.other"
    # Tab while editing commits and moves on
    _go(view, model, "t3.new.business")
    qtbot.keyClick(view, Qt.Key.Key_9)
    qtbot.keyClick(view.findChild(QLineEdit), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: s.doc.value("t3.new.business").text == "9", timeout=2000)
    assert model.cell_id(view.currentIndex()) == "t3.new.research"


def test_enter_on_last_row_wraps_to_next_value(qtbot, t3):
    s, model, view = t3
    _go(view, model, "t3.carry_next.natural")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert model.cell_id(view.currentIndex()) == "t3.new.business"


def _select(view, model, ids):
    sm = view.selectionModel()
    sm.clearSelection()
    for cid in ids:
        sm.select(model.index_of_cell(cid), QItemSelectionModel.SelectionFlag.Select)


def test_delete_clears_selection_in_one_undo_step(qtbot, t3):
    s, model, view = t3
    ids = ["t3.new.natural", "t3.new.business", "t3.carried.natural"]
    _go(view, model, ids[0])
    _select(view, model, ids + ["t3.new.total"])
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    for cid in ids:
        assert s.doc.value(cid).is_blank  # blank, never 0
    assert s.undo_stack.count() == 1
    assert "GK101" in [f.check_id for f in s.findings]
    s.undo_stack.undo()
    assert [s.doc.value(c).text for c in ids] == ["38", "6", "2"]
    assert s.doc.value("t3.new.total").text == "48"


def test_paste_excel_block_with_fullwidth_commas_spaces(qtbot, t3):
    s, model, view = t3
    _go(view, model, "t3.new.natural")
    QGuiApplication.clipboard().setText("１２\t 3,000 \n4\t5")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    d = s.doc
    assert d.value("t3.new.natural").text == "12"
    assert d.value("t3.new.business").text == "3000"
    assert d.value("t3.carried.natural").text == "4"
    assert d.value("t3.carried.business").text == "5"
    assert d.value("t3.new.total").text == str(12 + 3000 + 0 + 1 + 2 + 1)
    assert s.undo_stack.count() == 1
    s.undo_stack.undo()
    assert [d.value(c).text for c in ("t3.new.natural", "t3.new.business", "t3.carried.natural")] == ["38", "6", "2"]
    s.undo_stack.redo()
    assert d.value("t3.new.business").text == "3000"


def test_paste_skips_labels_and_cells_outside(qtbot, session):
    model = ReportTableModel(session, "t2")
    view = ReportTableView(model)
    qtbot.addWidget(view)
    # 表二 2021: 规章 row (r2) three value cells, row 4 is a block title: skipped
    view.setCurrentIndex(model.index_of_cell("t2.rules.issued"))
    n = view.paste("1\t2\t3\t99\n4\t5\t6\nX\tY\tZ\n")
    assert n == 6
    d = session.doc
    assert [d.value(f"t2.rules.{c}").text for c in ("issued", "repealed", "in_force")] == ["1", "2", "3"]
    assert [d.value(f"t2.normative.{c}").text for c in ("issued", "repealed", "in_force")] == ["4", "5", "6"]
    assert session.undo_stack.count() == 1


def test_paste_into_merged_value_cell_uses_its_first_column(qtbot, session):
    model = ReportTableModel(session, "t2")
    view = ReportTableView(model)
    qtbot.addWidget(view)
    view.setCurrentIndex(model.index_of_cell("t2.penalty.decisions"))
    assert view.paste("11\t\t\n12\t\t\n") == 2
    assert session.doc.value("t2.penalty.decisions").text == "11"
    assert session.doc.value("t2.coercion.decisions").text == "12"


def test_copy_selection_as_tsv_round_trips(qtbot, t3):
    s, model, view = t3
    _go(view, model, "t3.new.natural")
    _select(view, model, ["t3.new.natural", "t3.new.business", "t3.carried.natural", "t3.carried.business"])
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "38\t6\n2\t0\n"
    assert parse_tsv("a\tb\r\nc\td\r\n") == [["a", "b"], ["c", "d"]]


def test_single_value_fills_the_selection(qtbot, t3):
    s, model, view = t3
    ids = ["t3.deny_secret.natural", "t3.deny_law.natural", "t3.deny_safety.natural"]
    _go(view, model, ids[0])
    _select(view, model, ids)
    view.paste("0\n")
    assert s.doc.value("t3.deny_law.natural").text == "0"
    assert s.undo_stack.count() == 1


def test_selection_sum_in_status(qtbot, t3):
    s, model, view = t3
    got = []
    view.selectionSummary.connect(got.append)
    _select(view, model, ["t3.new.natural", "t3.new.business", "t3.new.legal"])
    assert got[-1] == "求和：46　计数：3"


def test_context_menu_switches_auto_total(qtbot, t3):
    s, model, view = t3
    _go(view, model, "t3.new.total")
    _select(view, model, ["t3.new.total"])
    menu = view.build_context_menu()
    act = next(a for a in menu.actions() if a.text() == "自动合计")
    assert act.isCheckable() and act.isChecked()
    act.setChecked(False)
    assert not s.doc.is_auto("t3.new.total")
    model.setData(model.index_of_cell("t3.new.total"), "47")
    assert "GK301" in [f.check_id for f in s.findings]
    menu = view.build_context_menu()
    act = next(a for a in menu.actions() if a.text() == "自动合计")
    assert not act.isChecked()
    act.setChecked(True)
    assert s.doc.value("t3.new.total").text == "48"
    assert "GK301" not in [f.check_id for f in s.findings]
