"""The table models: grid from the format spec, Qt model contract, spans, styles, edits as commands."""

import pytest
from PySide6.QtCore import Qt

from gkdesk.core.document import Document
from gkdesk.core.spec import get_format
from gkdesk.gui.session import DocumentSession
from gkdesk.gui.tablemodel import COLORS, ReportTableModel
from gkdesk.gui.tableview import ReportTableView

TABLES = [(f, t.key) for f in ("2019", "2021") for t in get_format(f).tables]


@pytest.mark.parametrize("fmt,table", TABLES)
def test_model_passes_qt_model_tester(qtmodeltester, qapp, fmt, table):
    s = DocumentSession(Document(fmt))
    model = ReportTableModel(s, table)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    s.close()


@pytest.mark.parametrize("fmt,table", TABLES)
def test_grid_and_spans_come_from_the_spec(qtbot, fmt, table):
    s = DocumentSession(Document(fmt))
    spec = s.doc.spec.table(table)
    model = ReportTableModel(s, table)
    view = ReportTableView(model)
    qtbot.addWidget(view)
    assert (model.rowCount(), model.columnCount()) == (spec.n_rows, spec.n_cols)
    for it in spec.items:
        assert (view.rowSpan(it.r, it.c), view.columnSpan(it.r, it.c)) == (it.rs, it.cs), it
        idx = model.index(it.r, it.c)
        if it.role == "value":
            assert model.flags(idx) & Qt.ItemFlag.ItemIsEditable
            assert model.data(idx, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
        else:
            assert not model.flags(idx) & Qt.ItemFlag.ItemIsEditable
            shown = model.data(idx)
            assert shown.replace("\n", "") == it.text
    s.close()


def test_table3_2021_layout_like_the_official_table(qtbot):
    s = DocumentSession(Document("2021"))
    model = ReportTableModel(s, "t3")
    view = ReportTableView(model)
    qtbot.addWidget(view)
    texts = {model.data(model.index(r, c)): (r, c) for r in range(28) for c in range(10)}
    r, c = texts["（三）不予公开"]
    assert (view.rowSpan(r, c), c) == (8, 1)
    assert model.data(model.index(r, 2)) == "1.属于国家秘密"
    r, c = texts["\n".join("三、本年度办理结果")]
    assert view.rowSpan(r, c) == 22
    assert texts["申请人情况"] == (0, 3) and view.columnSpan(0, 3) == 7


def test_table4_has_15_value_columns_under_grouped_headers(qtbot):
    s = DocumentSession(Document("2021"))
    model = ReportTableModel(s, "t4")
    view = ReportTableView(model)
    qtbot.addWidget(view)
    assert model.columnCount() == 15
    top = [model.data(model.index(0, c)) for c in range(15)]
    assert top[0] == "行政复议" and view.columnSpan(0, 0) == 5
    assert top[5] == "行政诉讼" and view.columnSpan(0, 5) == 10
    assert model.data(model.index(1, 5)) == "未经复议直接起诉" and view.columnSpan(1, 5) == 5
    assert model.data(model.index(1, 10)) == "复议后起诉"
    assert all(model.cell_id(model.index(3, c)) for c in range(15))


def test_set_data_pushes_a_command_and_totals_update(session):
    model = ReportTableModel(session, "t3")
    idx = model.index_of_cell("t3.new.natural")
    spy = []
    model.dataChanged.connect(lambda a, b, roles=(): spy.append((a.row(), a.column(), b.row(), b.column())))
    assert model.setData(idx, "１００")
    assert session.doc.value("t3.new.natural").text == "100"
    assert session.doc.value("t3.new.total").text == "110"  # 100+6+0+1+2+1
    assert session.undo_stack.count() == 1 and session.modified
    assert any(r0 <= 3 <= r1 and c0 <= 9 <= c1 for r0, c0, r1, c1 in spy)  # the total cell was repainted
    # the same value again: no undo step
    assert model.setData(idx, "100")
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.doc.value("t3.new.natural").text == "38"
    assert session.doc.value("t3.new.total").text == "48"
    assert not session.modified
    # label cells do not take edits
    assert not model.setData(model.index(0, 0), "x")


def test_auto_total_cells_are_marked_and_manual_wrong_total_is_flagged(session):
    from gkdesk.core.commands import SetAutoTotal

    model = ReportTableModel(session, "t3")
    idx = model.index_of_cell("t3.new.total")
    assert model.data(idx, Qt.ItemDataRole.BackgroundRole) == COLORS["auto"]
    assert model.data(idx, Qt.ItemDataRole.FontRole).italic()
    assert "自动合计" in model.data(idx, Qt.ItemDataRole.ToolTipRole)
    session.push(SetAutoTotal(["t3.new.total"], False))
    assert model.setData(idx, "50")
    ids = [f.check_id for f in session.findings]
    assert "GK301" in ids
    assert model.data(idx, Qt.ItemDataRole.BackgroundRole) == COLORS[__import__("gkdesk.checks", fromlist=["Severity"]).Severity.ERROR]
    tip = model.data(idx, Qt.ItemDataRole.ToolTipRole)
    assert "总计为50" in tip and "手工填写" in tip
    part = model.index_of_cell("t3.new.natural")
    assert model.data(part, Qt.ItemDataRole.BackgroundRole) == model.data(idx, Qt.ItemDataRole.BackgroundRole)
    session.undo_stack.undo()
    assert "GK301" not in [f.check_id for f in session.findings]
    assert session.doc.value("t3.new.total").text == "48"
