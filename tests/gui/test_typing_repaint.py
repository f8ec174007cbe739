"""What a typed cell repaints, and how the findings panel follows edits (issue #14, typing).

A typed cell must repaint only what changed: the cell typed into, the cell Enter moves to, the
cells whose value or finding colour changed. The paint events of the real view are recorded
offscreen and compared with the cells' own rectangles. The findings panel must follow edits by
inserting, removing and repainting rows — never a reset — so that a view listening to the model's
signals always shows the session's findings.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QApplication

from gkdesk.core.commands import EditCells
from gkdesk.gui.findings import FindingsModel, FindingsView, panel_order
from gkdesk.gui.tablemodel import ReportTableModel
from gkdesk.gui.tableview import ReportTableView

LOOK = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole)


class PaintLog(QObject):
    """Union of the regions painted in the watched widgets."""

    def __init__(self, widgets):
        super().__init__()
        self.regions = {w: QRegion() for w in widgets}
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj in self.regions:
            self.regions[obj] = self.regions[obj].united(event.region())
        return False

    def clear(self):
        for w in self.regions:
            self.regions[w] = QRegion()


def _settle(qtbot, n=3):
    for _ in range(n):
        QApplication.processEvents()
        qtbot.wait(5)


def _look(model):
    """What every value cell shows (text, colours, font)."""
    return {it.cell: tuple(str(model.data(model.index(it.r, it.c), role)) for role in LOOK)
            for it in model.spec.items if it.role == "value"}


@pytest.fixture
def t3_view(qtbot, session):
    model = ReportTableModel(session, "t3")
    view = ReportTableView(model)
    qtbot.addWidget(view)
    view.resize(1400, 1000)  # most of the table in view
    view.show()
    qtbot.waitExposed(view)
    _settle(qtbot)
    return session, model, view


def _type(qtbot, view, model, cid, text):
    view.setCurrentIndex(model.index_of_cell(cid))
    qtbot.keyClicks(view, text[0])
    editor = QApplication.focusWidget()
    assert editor is not view and view.viewport().isAncestorOf(editor)  # the cell editor is open
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


@pytest.mark.parametrize("cid, text", [("t3.new.natural", "45"), ("t3.deny_safety.natural", "7"),
                                       ("t3.carried.nonprofit", "x")])
def test_a_typed_cell_repaints_only_the_cells_that_changed(qtbot, t3_view, cid, text):
    s, model, view = t3_view
    _type(qtbot, view, model, "t3.new.research", "3")  # warm: the first editor of the view
    _settle(qtbot)
    before = _look(model)
    view.setCurrentIndex(model.index_of_cell(cid))
    _settle(qtbot)
    log = PaintLog([view.viewport(), *(p.viewport() for p in view.frozen)])
    _type(qtbot, view, model, cid, text)
    qtbot.waitUntil(lambda: s.doc.value(cid).text == text, timeout=2000)
    _settle(qtbot)
    after = _look(model)
    changed = [c for c in after if after[c] != before[c]]
    assert cid in changed
    allowed = QRegion()
    for c in changed + [cid, model.cell_id(view.currentIndex())]:  # the typed cell, the one Enter moved to
        allowed = allowed.united(QRegion(view.visualRect(model.index_of_cell(c))))
    painted = log.regions[view.viewport()]
    assert not painted.isEmpty()
    extra = painted.subtracted(allowed)
    assert extra.isEmpty(), f"repainted beyond the changed cells: {extra.boundingRect()} (changed: {changed})"
    for part in view.frozen:  # the headings do not change when a value does
        assert log.regions[part.viewport()].isEmpty()


def test_the_selection_is_repainted_when_the_editor_takes_and_gives_back_the_focus(qtbot, t3_view):
    """The selection's colour follows the view's focus (active/inactive): the selected cells are
    repainted when the editor opens and when it closes, the rest of the view is not."""
    s, model, view = t3_view
    _type(qtbot, view, model, "t3.new.research", "3")
    _settle(qtbot)
    cells = ["t3.new.natural", "t3.new.business", "t3.carried.natural"]
    view.setCurrentIndex(model.index_of_cell(cells[0]))
    for c in cells:
        view.selectionModel().select(model.index_of_cell(c), QItemSelectionModel.SelectionFlag.Select)
    _settle(qtbot)
    log = PaintLog([view.viewport()])
    qtbot.keyClicks(view, "5")  # opens the editor on the current cell
    _settle(qtbot)
    painted = log.regions[view.viewport()]
    for c in cells[1:]:
        assert painted.contains(view.visualRect(model.index_of_cell(c)).center())
    far = view.visualRect(model.index_of_cell("t3.carry_next.other"))
    assert not painted.intersects(QRegion(far))
    log.clear()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the focus comes back
    _settle(qtbot)
    assert QApplication.focusWidget() is view
    painted = log.regions[view.viewport()]
    for c in cells[1:]:
        assert painted.contains(view.visualRect(model.index_of_cell(c)).center())
    assert not painted.intersects(QRegion(far))


class Mirror:
    """What a view shows, kept only from the model's signals: the text of every cell."""

    def __init__(self, model: FindingsModel):
        self.model = model
        self.rows = [self._row(r) for r in range(model.rowCount())]
        self.resets = 0
        model.rowsInserted.connect(self._inserted)
        model.rowsRemoved.connect(self._removed)
        model.dataChanged.connect(self._changed)
        model.modelReset.connect(self._reset)

    def _row(self, r):
        return [self.model.index(r, c).data() for c in range(self.model.columnCount())]

    def _inserted(self, parent, first, last):
        self.rows[first:first] = [self._row(r) for r in range(first, last + 1)]

    def _removed(self, parent, first, last):
        del self.rows[first:last + 1]

    def _changed(self, top, bottom, roles=()):
        for r in range(top.row(), bottom.row() + 1):
            for c in range(top.column(), bottom.column() + 1):
                self.rows[r][c] = self.model.index(r, c).data()

    def _reset(self):
        self.resets += 1
        self.rows = [self._row(r) for r in range(self.model.rowCount())]


def test_findings_panel_follows_random_edits_without_a_reset(qtbot, session):
    model = FindingsModel(session)
    view = FindingsView(model)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    mirror = Mirror(model)
    rng = random.Random(1402)
    cells = [c.id for c in session.doc.spec.cells.values() if c.table in ("t3", "t4")]
    values = ["", "0", "1", "7", "38", "120", "-2", "1.5", "—", "abc"]
    kept = 0
    for step in range(120):
        view.selectRow(rng.randrange(model.rowCount())) if model.rowCount() else None
        chosen = model.finding(view.currentIndex().row()) if view.currentIndex().isValid() else None
        edit = {c: rng.choice(values) for c in rng.sample(cells, rng.choice((1, 1, 1, 2, 5)))}
        if rng.random() < 0.15 and session.undo_stack.canUndo():
            session.undo_stack.undo()
        else:
            session.push(EditCells(edit))
        want = panel_order(session.findings)
        assert [model.finding(r) for r in range(model.rowCount())] == want
        assert [(f.explained) for f in want] == [model.finding(r).explained for r in range(model.rowCount())]
        assert mirror.rows == [mirror._row(r) for r in range(model.rowCount())], f"step {step}"
        if chosen is not None and any(f == chosen for f in want) and view.currentIndex().isValid():
            # a finding that is still there keeps the selection (no reset moved it to the top)
            kept += model.finding(view.currentIndex().row()) == chosen
    assert mirror.resets == 0
    assert kept > 10  # the selection survived edits that did not touch its finding
    # rows inserted, removed and changed are measured again: every row as tall as its text needs,
    # the level column as wide as its words
    _settle(qtbot)
    assert view.columnWidth(0) == max(view.sizeHintForColumn(0), view.horizontalHeader().sectionSizeHint(0))
    for r in range(model.rowCount()):
        need = max(view.sizeHintForRow(r), view.verticalHeader().sectionSizeHint(r))
        assert view.rowHeight(r) == need, f"row {r}"


def test_a_blank_total_shows_and_drops_unreadable_as_its_parts_change(session):
    """The “无法合计” text of a blank auto total depends on its parts: it is repainted (and not
    served stale from the model's cache of styled roles) when a part becomes text and again when
    the part is cleared, though the total's own value stays blank throughout."""
    from gkdesk.gui.tablemodel import UNREADABLE_TEXT

    model = ReportTableModel(session, "t3")
    spec = session.doc.spec
    total = "t3.deny_secret.total"
    parts = list(spec.defining_sum(total).parts)
    session.push(EditCells({p: "" for p in parts}))
    idx = model.index_of_cell(total)
    assert not model.data(idx)  # blank, and painted (cached) as blank
    spy = []
    model.dataChanged.connect(lambda a, b, roles=(): spy.append((a.row(), a.column())))
    session.push(EditCells({parts[0]: "约3"}))
    assert session.doc.value(total).is_blank
    assert model.data(idx) == UNREADABLE_TEXT
    assert (idx.row(), idx.column()) in spy
    spy.clear()
    session.push(EditCells({parts[1]: "2"}))  # still unreadable: nothing to repaint for the total...
    assert model.data(idx) == UNREADABLE_TEXT
    spy.clear()
    session.push(EditCells({parts[0]: "", parts[1]: ""}))
    assert not model.data(idx)
    assert (idx.row(), idx.column()) in spy
