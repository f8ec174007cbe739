"""Frozen headings (表三/表四) and safe paste (issue #13 points 2 and 4), on the real view."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from gkdesk.gui.tablemodel import ReportTableModel
from gkdesk.gui.tableview import ReportTableView



@pytest.fixture
def small_t3(qtbot, session):
    model = ReportTableModel(session, "t3")
    view = ReportTableView(model)
    qtbot.addWidget(view)
    view.resize(520, 330)  # far smaller than the table: it must scroll both ways
    view.show()
    qtbot.waitExposed(view)
    return session, model, view


def _label_at(part, pos: QPoint) -> str:
    idx = part.indexAt(pos)
    it = part.model().item(idx)
    return it.text if it is not None else ""


def test_headings_and_labels_stay_visible_at_the_last_row_and_column(qtbot, small_t3):
    s, model, view = small_t3
    last = model.index_of_cell("t3.carry_next.total")
    view.scrollTo(last)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.wait(10)
    assert view.verticalScrollBar().value() > 0 and view.horizontalScrollBar().value() > 0
    assert view.viewport().rect().contains(view.visualRect(last).center())
    # the heading above the last cell is the 总计 column's; the label left of it is 四、结转下年度继续办理
    fw, fh = view.frozen_size()
    assert fw > 0 and fh > 0
    assert view.top.isVisible() and view.left.isVisible() and view.corner.isVisible()
    x = view.visualRect(last).center().x()
    y = view.visualRect(last).center().y()
    assert _label_at(view.top, QPoint(x, fh - 5)) == "总计"
    assert "结转下年度继续办理" in _label_at(view.left, QPoint(fw - 5, y))
    # the frozen parts sit exactly over the hidden heading rows / label columns of the main view
    assert view.top.geometry().left() == view.viewport().geometry().left()
    assert view.left.geometry().top() == view.viewport().geometry().top()
    for r in range(model.spec.header_rows):
        assert view.isRowHidden(r) and not view.top.isRowHidden(r)


def test_jump_to_a_relation_shows_all_its_cells(qtbot, small_t3):
    s, model, view = small_t3
    view.resize(700, 900)
    cells = ["t3.new.legal", "t3.carried.legal"]
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.horizontalScrollBar().setValue(0)
    view.select_cells(cells)
    vp = view.viewport().rect()
    for c in cells:
        assert vp.contains(view.visualRect(model.index_of_cell(c))), c


def test_table4_freezes_its_heading_rows(qtbot, session):
    model = ReportTableModel(session, "t4")
    view = ReportTableView(model)
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    qtbot.waitExposed(view)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    assert view.frozen_size()[1] > 0 and view.top.isVisible()
    assert view.top.horizontalScrollBar().value() == view.horizontalScrollBar().value()


def test_paste_of_space_separated_groups_splits_across_cells(qtbot, small_t3):
    s, model, view = small_t3
    msgs = []
    view.status.connect(msgs.append)
    view.setCurrentIndex(model.index_of_cell("t3.new.natural"))
    QGuiApplication.clipboard().setText("55817  1015  6")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    d = s.doc
    assert [d.value(f"t3.new.{c}").text for c in ("natural", "business", "research")] == ["55817", "1015", "6"]
    assert not any(d.value(c.id).text == "5581710156" for c in model.spec.cells)
    assert msgs and "已粘贴 3 个单元格" in msgs[-1] and "自然人=55817" in msgs[-1]
    assert s.undo_stack.count() == 1


def test_typed_space_separated_groups_are_refused_not_merged(qtbot, small_t3):
    s, model, view = small_t3
    model.setData(model.index_of_cell("t3.new.natural"), "55817 1015")
    v = s.doc.value("t3.new.natural")
    assert v.state.value == "text"
    assert any(f.check_id == "GK102" and f.cells == ("t3.new.natural",) for f in s.findings)


def test_row_paste_with_its_label_and_a_vertical_column_paste(qtbot, small_t3):
    s, model, view = small_t3
    msgs = []
    view.status.connect(msgs.append)
    view.setCurrentIndex(model.index_of_cell("t3.granted.natural"))
    assert view.paste("（一）予以公开\t1\t2\t3\n") == 3
    d = s.doc
    assert [d.value(f"t3.granted.{c}").text for c in ("natural", "business", "research")] == ["1", "2", "3"]
    assert "已略去行首文字“（一）予以公开”" in msgs[-1]
    view.setCurrentIndex(model.index_of_cell("t3.new.legal"))
    assert view.paste("7\n8\n9\n") == 3
    assert [d.value(f"t3.{r}.legal").text for r in ("new", "carried", "granted")] == ["7", "8", "9"]
    # past the last row: reported, not lost silently
    view.setCurrentIndex(model.index_of_cell("t3.carry_next.natural"))
    view.paste("1\n2\n")
    assert "1 个数超出表格范围" in msgs[-1]


def test_not_applicable_word_is_a_mark(qtbot, small_t3):
    s, model, view = small_t3
    model.setData(model.index_of_cell("t3.new.natural"), "不适用")
    assert s.doc.value("t3.new.natural").state.value == "na"


def test_tab_skips_auto_totals_and_typing_into_one_asks(qtbot, small_t3, gui_env):
    s, model, view = small_t3
    view.setFocus()
    view.setCurrentIndex(model.index_of_cell("t3.new.total"))
    assert s.doc.is_auto("t3.new.total")
    gui_env.press("保持自动合计", expect="是自动合计")  # the real dialog's real button
    qtbot.keyClick(view, Qt.Key.Key_5)
    assert s.doc.is_auto("t3.new.total") and view.state() != view.State.EditingState
    gui_env.press("改为手工填写", expect="是自动合计")
    qtbot.keyClick(view, Qt.Key.Key_5)
    assert not s.doc.is_auto("t3.new.total")
    assert view.state() == view.State.EditingState
