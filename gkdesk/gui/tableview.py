"""The spreadsheet-like view of one report table.

Typing replaces the cell, Enter moves down and Tab moves right to the next value cell (label
cells and automatic totals are skipped; typing into an automatic total asks before making it
manual), Delete clears the selected value cells (one undo step), Ctrl+C copies the selection as
tab-separated text, Ctrl+V pastes a block from Excel/WPS, a PDF or a web page starting at the
current cell (one undo step; see `plan_paste`).

Frozen headings: the heading rows and the row-label columns of a matrix table (表三, 表四) are
shown by three small views over the same model and selection model (corner, top, left), placed
in the main view's viewport margins; the main view hides those rows and columns and scrolls
only the value cells, so the headings stay visible whatever is scrolled.
"""

from __future__ import annotations

import re
from decimal import Decimal

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QRegion
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QApplication, QFrame, QHeaderView,
                               QLineEdit, QMenu, QStyledItemDelegate, QTableView)

from . import dialogs
from .qtcompat import emit
from ..core.commands import SetAutoTotal
from ..core.spec import TableSpec
from ..core.values import State, canonical, parse_value
from .tablemodel import ReportTableModel, is_vertical


def parse_tsv(text: str) -> list[list[str]]:
    """Rows of cells from clipboard text (Excel/WPS: tab-separated, CRLF, trailing newline)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    return [line.split("\t") for line in text.split("\n")]


def _is_entry(tok: str) -> bool:
    """A token that is meant as a cell value: a number or a not-applicable mark."""
    return parse_value(tok).state in (State.NUMBER, State.NA)


_ENUM = re.compile(r"^[（(]?[一二三四五六七八九十\d]{1,3}[)）.、．]?")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _is_label(tok: str) -> bool:
    """A row label copied with its numbers ("（一）本年新收…", "1.属于国家秘密"), not a mistyped value
    ("12件", "约10"): after a leading enumerator, words without digits."""
    rest = _ENUM.sub("", tok.strip(), count=1)
    return len(_CJK.findall(rest)) >= 2 and not any(ch.isdigit() for ch in rest)


def split_row(cells: list[str]) -> tuple[list[str], str]:
    """One pasted row as cell values, and the label dropped from its start ("" if none).

    A cell holding several space-separated numbers ("55817  1015  6", copied from a PDF or a web
    page) becomes several cells — never one merged number. Text before the numbers of a row (its
    row label, "（一）本年新收… 55817 1015") is dropped when everything after it is numbers.
    """
    out: list[str] = []
    for raw in cells:
        toks = raw.split()
        if len(toks) > 1 and sum(_is_entry(t) for t in toks) >= 2:
            out.extend(toks)  # label words among them are dropped below
        else:
            out.append(raw)
    k = 0
    while k < len(out) and _is_label(out[k]):
        k += 1
    rest = out[k:]
    if k and any(_is_entry(t) for t in rest) and all(_is_entry(t) or not t.strip() for t in rest):
        return rest, " ".join(t.strip() for t in out[:k])
    return out, ""


@dataclass
class PastePlan:
    """What a paste would write: cell -> raw text, plus what was left out (for the status line)."""

    updates: dict[str, str] = field(default_factory=dict)
    labels: list[str] = field(default_factory=list)
    overflow: int = 0


def plan_paste(spec: TableSpec, rows: list[list[str]], r0: int, c0: int) -> PastePlan:
    """Place pasted rows from the value cell at (r0, c0) on, as a spreadsheet does: row i goes to grid
    row r0 + i, value j to the j-th value cell of that row from column c0 on (a merged cell counts
    once; label cells are not counted). A single column pasted goes down the column. Values that
    land on no value cell (past the table, on a block title) are counted in `overflow`."""
    plan = PastePlan()
    for i, raw in enumerate(rows):
        vals, label = split_row(raw)
        if label:
            plan.labels.append(label)
        r = r0 + i
        anchors = sorted({it.c: it for it in spec.items
                          if it.role == "value" and it.r == r and it.c + it.cs > c0}.items())
        targets = [it.cell for _c, it in anchors]
        for j, v in enumerate(vals):
            if j < len(targets):
                plan.updates[targets[j]] = v
            elif v.strip():
                plan.overflow += 1
    return plan


class LabelDelegate(QStyledItemDelegate):
    """Draws a merged label in the visible part of its cell, so a tall label (三、本年度办理结果 over
    20 rows) stays readable while its rows scroll."""

    def paint(self, painter, option, index):
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            vis = option.rect.intersected(view.viewport().rect())
            if not vis.isEmpty() and vis != option.rect:
                option.rect = vis
        super().paint(painter, option, index)


class FrozenPart(QTableView):
    """A fixed part of the headings (corner, heading rows, label columns) over the main view."""

    def __init__(self, main: "ReportTableView", rows: range, cols: range):
        super().__init__(main)
        self.main = main
        model = main.model()
        self.setModel(model)
        self.setSelectionModel(main.selectionModel())
        self.setItemDelegate(LabelDelegate(self))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setMinimumSectionSize(1)
        self.verticalHeader().setMinimumSectionSize(1)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setStyleSheet("QTableView { border-right: 1px solid #8a94a3; border-bottom: 1px solid #8a94a3; }")
        for it in main.model().spans():
            self.setSpan(it.r, it.c, it.rs, it.cs)
        for r in range(model.rowCount()):
            self.setRowHidden(r, r not in rows)
        for c in range(model.columnCount()):
            self.setColumnHidden(c, c not in cols)

    def wheelEvent(self, e):  # scrolling over the headings scrolls the table
        self.main.wheelEvent(e)

    # The model and the selection model are the main view's: edits, the current cell and the
    # selection are value cells, which this part hides (only a select-all reaches its labels). Qt
    # would still repaint a sliver of the hidden position — and the labels beside it — on every
    # edit and every move of the current cell.
    def _shows(self, index: QModelIndex) -> bool:
        return index.isValid() and not self.isRowHidden(index.row()) and not self.isColumnHidden(index.column())

    def dataChanged(self, top_left, bottom_right, roles=()):
        rows = range(top_left.row(), bottom_right.row() + 1)
        cols = range(top_left.column(), bottom_right.column() + 1)
        if any(not self.isRowHidden(r) for r in rows) and any(not self.isColumnHidden(c) for c in cols):
            super().dataChanged(top_left, bottom_right, roles)

    def currentChanged(self, current, previous):
        if self._shows(current) or self._shows(previous):
            super().currentChanged(current, previous)

    def selectionChanged(self, selected, deselected):
        if any(self._shows(i) for part in (selected, deselected) for i in part.indexes()):
            super().selectionChanged(selected, deselected)

    def scrollContentsBy(self, dx, dy):
        # merged labels are drawn in their visible part (LabelDelegate), which moves as the table
        # scrolls: repaint instead of moving the old pixels (a blit would show labels twice)
        super().scrollContentsBy(dx, dy)
        self.viewport().update()


class CellDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        ed = QLineEdit(parent)
        ed.setFrame(False)
        ed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return ed

    def setEditorData(self, editor, index):
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor, model, index):
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class ReportTableView(QTableView):
    selectionSummary = Signal(str)
    status = Signal(str)  # what a paste wrote, and what it left out

    def __init__(self, model: ReportTableModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self._widths: list[int] = []
        self._heights: list[int] = []
        self.frozen: list[FrozenPart] = []
        self.setItemDelegate(CellDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setTabKeyNavigation(True)
        self.setCornerButtonEnabled(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        for it in model.spans():
            self.setSpan(it.r, it.c, it.rs, it.cs)
        self._values = model.value_positions()
        self.selectionModel().selectionChanged.connect(self._emit_summary)
        # the selection's sum follows edits once per event-loop turn, not once per changed cell
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(0)
        self._summary_timer.timeout.connect(self._emit_summary)
        model.dataChanged.connect(lambda *a: self._summary_timer.start())
        spec = model.spec
        # heading rows and label columns frozen (matrix tables; 表二's block headings repeat inside it)
        self.frozen_rows = spec.header_rows if spec.layout == "matrix" else 0
        self.frozen_cols = spec.label_cols if spec.layout == "matrix" else 0
        if self.frozen_rows or self.frozen_cols:
            hr, lc = range(self.frozen_rows), range(self.frozen_cols)
            body_r, body_c = range(self.frozen_rows, spec.n_rows), range(self.frozen_cols, spec.n_cols)
            self.corner = FrozenPart(self, hr, lc)
            self.top = FrozenPart(self, hr, body_c)
            self.left = FrozenPart(self, body_r, lc)
            self.frozen = [self.corner, self.top, self.left]
            for r in hr:
                self.setRowHidden(r, True)
            for c in lc:
                self.setColumnHidden(c, True)
            self.horizontalScrollBar().valueChanged.connect(self.top.horizontalScrollBar().setValue)
            self.verticalScrollBar().valueChanged.connect(self.left.verticalScrollBar().setValue)
        self.layout_columns()
        first = self._values[0] if self._values else (0, 0)
        self.setCurrentIndex(model.index(*first))

    # ------------------------------------------------------------------ geometry
    def layout_columns(self) -> None:
        """Column widths and row heights from the labels, like the printed table."""
        spec = self._model.spec
        fm = self.fontMetrics()
        em = fm.horizontalAdvance("中")
        value_w = max(fm.horizontalAdvance("0000000") + 16, 4 * em + 12)
        wide = spec.layout == "matrix" and len(spec.col_codes) > 10  # 表四: 15 columns side by side
        if wide:
            value_w = max(fm.horizontalAdvance("000000") + 14, 3 * em + 10)
        widths = [0] * spec.n_cols
        for it in spec.items:
            if it.cs != 1:
                continue
            if it.role == "value":
                w = value_w
            elif is_vertical(it):
                w = em + 14  # 三、本年度办理结果: printed as a narrow vertical label
            elif it.role == "rowlabel" and it.rs >= 3:
                w = 4 * em + 12  # （三）不予公开 …: two lines
            elif it.role == "rowlabel":
                w = min(fm.horizontalAdvance(it.text) + 16, 24 * em)
            else:  # header / corner words: wrap long ones ("结果⏎维持" in 表四)
                w = min(fm.horizontalAdvance(it.text) + 14, value_w if wide else 8 * em)
            widths[it.c] = max(widths[it.c], w)
        if spec.layout == "blocks":  # 表二: one label column, three equal value columns
            widths[0] = max(widths[0], 10 * em)
            for c in range(1, spec.n_cols):
                widths[c] = max(widths[1:] + [value_w, 7 * em])
        header = self.horizontalHeader()
        header.setMinimumSectionSize(8)
        self._widths = [max(w, 2 * em) for w in widths]
        for v in (self, *self.frozen):
            for c, w in enumerate(self._widths):
                v.setColumnWidth(c, w)
        self.setRowHeights()

    def setRowHeights(self) -> None:
        """Row heights from wrapped label text; tall merged labels get the extra room in their rows."""
        spec = self._model.spec
        fm = self.fontMetrics()
        line = fm.height()
        base = line + 9
        heights = [base] * spec.n_rows
        tall = []
        for it in spec.items:
            if it.role == "value" or not it.text:
                continue
            width = sum(self._widths[it.c:it.c + it.cs]) - 10
            text = "\n".join(it.text) if is_vertical(it) else it.text
            rect = fm.boundingRect(0, 0, max(width, 10), 10000, int(Qt.TextFlag.TextWordWrap), text)
            need = rect.height() + 12
            if it.rs == 1:
                heights[it.r] = max(heights[it.r], need)
            else:
                tall.append((it, need))
        for it, need in tall:
            have = sum(heights[it.r:it.r + it.rs])
            if have < need:
                extra = need - have
                for k in range(it.rs):  # spread the missing height evenly
                    heights[it.r + k] += extra // it.rs + (1 if k < extra % it.rs else 0)
        self._heights = heights
        for v in (self, *self.frozen):
            for r, h in enumerate(heights):
                v.setRowHeight(r, h)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._place_frozen()

    # ------------------------------------------------------------------ frozen headings
    def frozen_size(self) -> tuple[int, int]:
        """Width of the frozen label columns and height of the frozen heading rows."""
        return sum(self._widths[:self.frozen_cols]), sum(self._heights[:self.frozen_rows])

    def _place_frozen(self) -> None:
        if not getattr(self, "frozen", None):
            return
        fw, fh = self.frozen_size()
        self.setViewportMargins(fw, fh, 0, 0)
        vp = self.viewport().geometry()  # in this widget's coordinates, after the margins
        x0, y0 = vp.x() - fw, vp.y() - fh
        self.corner.setGeometry(QRect(x0, y0, fw, fh))
        self.top.setGeometry(QRect(vp.x(), y0, vp.width(), fh))
        self.left.setGeometry(QRect(x0, vp.y(), fw, vp.height()))
        self.top.horizontalScrollBar().setValue(self.horizontalScrollBar().value())
        self.left.verticalScrollBar().setValue(self.verticalScrollBar().value())

    def resizeEvent(self, e):
        super().resizeEvent(e)
        self._place_frozen()
        self._fit_width()

    #: set by the page: the widest the view may be (the whole table, room for a vertical scroll bar)
    max_width = 0
    max_height = 0

    def _fit_width(self) -> None:
        """No blank strip where a vertical scroll bar would be: while none is needed the view is
        that much narrower (the columns still fit, so no sideways scroll bar appears)."""
        if not self.max_width:
            return
        sb = self.verticalScrollBar().sizeHint().width()
        need_bar = self.verticalScrollBar().maximum() > 0
        want = max(self.max_width if need_bar else self.max_width - sb, self.minimumWidth())
        if self.maximumWidth() != want:
            self.setMaximumWidth(want)
        if self.max_height:  # likewise no blank band where a sideways scroll bar would be
            hb = self.horizontalScrollBar()
            want_h = self.max_height if hb.maximum() > 0 else self.max_height - hb.sizeHint().height()
            want_h = max(want_h, self.minimumHeight())
            if self.maximumHeight() != want_h:
                self.setMaximumHeight(want_h)

    def updateGeometries(self):
        super().updateGeometries()
        self._place_frozen()

    def sizeHint(self):
        w, h = self.natural_size()
        if self.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            w -= self.verticalScrollBar().sizeHint().width()
        return QSize(w + 2, h + 2)

    def natural_size(self) -> tuple[int, int]:
        """The whole table without scrolling (frame and a vertical scroll bar included)."""
        w = sum(self._widths) + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        h = sum(self._heights) + 2 * self.frameWidth()
        return w, h

    def minimum_table_size(self, rows: int = 4, cols: int = 3) -> tuple[int, int]:
        """The smallest useful size: the frozen headings plus a few value rows and columns."""
        fw, fh = self.frozen_size()
        body_w = sum(sorted(self._widths[self.frozen_cols:])[-cols:])
        body_h = sum(sorted(self._heights[self.frozen_rows:])[-rows:])
        sb = self.verticalScrollBar().sizeHint().width()
        return fw + body_w + sb + 2 * self.frameWidth(), fh + body_h + sb + 2 * self.frameWidth()

    def ensure_visible(self, indexes: list[QModelIndex]) -> None:
        """Scroll so that all given cells are visible if they fit, else the first one."""
        idxs = [i for i in indexes if i.isValid()]
        if not idxs:
            return
        self.scrollTo(idxs[0])
        rect = QRect()
        for i in idxs:
            rect = rect.united(self.visualRect(i))
        vp = self.viewport().rect()
        for bar, lo, hi, size in ((self.horizontalScrollBar(), rect.left(), rect.right(), vp.width()),
                                  (self.verticalScrollBar(), rect.top(), rect.bottom(), vp.height())):
            if hi - lo + 1 > size:
                continue  # does not fit: the first cell stays shown
            if lo < 0:
                bar.setValue(bar.value() + lo)
            elif hi >= size:
                bar.setValue(bar.value() + hi - size + 1)

    # ------------------------------------------------------------------ navigation
    def _anchor(self, index: QModelIndex) -> tuple[int, int]:
        it = self._model.item(index)
        return (it.r, it.c) if it is not None else (index.row(), index.column())

    def next_value(self, r: int, c: int, direction: str) -> QModelIndex:
        """The next value cell for Tab ("next"), Shift+Tab ("prev") and Enter ("down"); automatic totals
        are skipped (they are computed; the arrow keys still reach them)."""
        doc = self._model.session.doc
        spec = self._model.spec
        vals = [p for p in self._values if not doc.is_auto(spec.value_at(*p))] or self._values
        if not vals:
            return QModelIndex()
        if direction == "down":
            below = [p for p in vals if p[1] == c and p[0] > r]
            if below:
                return self._model.index(*below[0])
            right = sorted((p[1], p[0]) for p in vals if p[1] > c)  # top of the next column
            return self._model.index(right[0][1], right[0][0]) if right else self._model.index(*vals[0])
        if direction == "next":
            after = [p for p in vals if p > (r, c)]
            return self._model.index(*(after[0] if after else vals[0]))
        before = [p for p in vals if p < (r, c)]
        return self._model.index(*(before[-1] if before else vals[-1]))

    def moveCursor(self, action, modifiers):
        cur = self.currentIndex()
        if action in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious) \
                and cur.isValid():
            r, c = self._anchor(cur)
            return self.next_value(r, c, "next" if action == QAbstractItemView.CursorAction.MoveNext else "prev")
        return super().moveCursor(action, modifiers)

    def _move(self, direction: str) -> None:
        cur = self.currentIndex()
        if not cur.isValid():
            return
        nxt = self.next_value(*self._anchor(cur), direction)
        if nxt.isValid():
            self.setCurrentIndex(nxt)
            self.scrollTo(nxt)

    def closeEditor(self, editor, hint):
        H = QAbstractItemDelegate.EndEditHint
        self._closing_editor = True  # the focus comes back to the view from its own editor
        try:
            if hint in (H.EditNextItem, H.EditPreviousItem, H.SubmitModelCache):
                super().closeEditor(editor, H.NoHint)
                self._move({H.EditNextItem: "next", H.EditPreviousItem: "prev"}.get(hint, "down"))
                return
            super().closeEditor(editor, hint)
        finally:
            self._closing_editor = False

    # ------------------------------------------------------------------ focus
    # Qt repaints the whole view when it gains or loses the focus, i.e. twice per typed cell (the
    # editor takes the focus and gives it back): every visible cell asks the model for all its
    # roles. What the focus changes is only the selection's colour (active / inactive), the focus
    # frame of the current cell and the view's frame, so between the view and its own cell editor
    # only those are repainted.
    _closing_editor = False

    def _repaint_focus_look(self) -> None:
        region = self.visualRegionForSelection(self.selectionModel().selection())
        cur = self.currentIndex()
        if cur.isValid():
            region += QRegion(self.visualRect(cur))
        self.viewport().update(region)
        self.update(QRegion(self.rect()) - QRegion(self.contentsRect()))  # the frame only

    def viewportEvent(self, e):
        # The cell editor appearing and going away posts a layout request to the viewport; Qt answers
        # it by laying out the scroll bars again, which repaints them and everything beneath them —
        # twice per typed cell. The viewport has no layout and its children (only cell editors) do
        # not place the scroll bars; resizes, style changes and the view's own layout requests
        # still lay them out.
        if e.type() == QEvent.Type.LayoutRequest:
            return True
        return super().viewportEvent(e)

    def focusOutEvent(self, e):
        w = QApplication.focusWidget()
        if self.state() == QAbstractItemView.State.EditingState and w is not None \
                and self.viewport().isAncestorOf(w):
            self._repaint_focus_look()
            return
        super().focusOutEvent(e)

    def focusInEvent(self, e):
        cur = self.currentIndex()
        if self._closing_editor and cur.isValid() and e.reason() == Qt.FocusReason.OtherFocusReason:
            # what QAbstractItemView.focusInEvent keeps besides its repaint: input methods follow
            # whether the current cell is editable
            self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled,
                              bool(cur.flags() & Qt.ItemFlag.ItemIsEditable))
            self._repaint_focus_look()
            return
        super().focusInEvent(e)

    def _may_edit(self, index: QModelIndex) -> bool:
        """Typing into an automatic total: ask before making it a manual (typed) total."""
        cid = self._model.cell_id(index)
        doc = self._model.session.doc
        if cid is None or not doc.is_auto(cid):
            return True
        if not dialogs.ask_manual_total(self, doc.spec.cells[cid].name):
            return False
        self._model.session.push(SetAutoTotal([cid], False))
        return True

    def mouseDoubleClickEvent(self, event):
        idx = self.indexAt(event.pos())
        if idx.isValid() and not self._may_edit(idx):
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event):
        key = event.key()
        if self.state() != QAbstractItemView.State.EditingState:
            starts_edit = (event.text().strip() and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)) or key == Qt.Key.Key_F2
            if starts_edit and self.currentIndex().isValid() and not self._may_edit(self.currentIndex()):
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_selection()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.clear_selection()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._move("prev" if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else "down")
                return
        super().keyPressEvent(event)

    def event(self, e):
        # Let Ctrl+C / Ctrl+V / Delete reach keyPressEvent even if a window action claims the shortcut.
        if e.type() == QEvent.Type.ShortcutOverride and self.state() != QAbstractItemView.State.EditingState:
            if e.matches(QKeySequence.StandardKey.Copy) or e.matches(QKeySequence.StandardKey.Paste) \
                    or e.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                e.accept()
                return True
        return super().event(e)

    # ------------------------------------------------------------------ clipboard and clearing
    def _selected_positions(self) -> list[tuple[int, int]]:
        return sorted({(i.row(), i.column()) for i in self.selectionModel().selectedIndexes()})

    def selected_cells(self) -> list[str]:
        out: list[str] = []
        for r, c in self._selected_positions():
            cid = self._model.spec.value_at(r, c)
            if cid and cid not in out:
                out.append(cid)
        if not out and self.currentIndex().isValid():
            cid = self._model.cell_id(self.currentIndex())
            if cid:
                out.append(cid)
        return out

    def selection_tsv(self) -> str:
        pos = self._selected_positions()
        if not pos:
            cur = self.currentIndex()
            if not cur.isValid():
                return ""
            pos = [(cur.row(), cur.column())]
        spec = self._model.spec
        r0, r1 = min(p[0] for p in pos), max(p[0] for p in pos)
        c0, c1 = min(p[1] for p in pos), max(p[1] for p in pos)
        doc = self._model.session.doc
        lines = []
        for r in range(r0, r1 + 1):
            row = []
            for c in range(c0, c1 + 1):
                it = spec.item_at(r, c)
                if it is None or (r, c) != (it.r, it.c):
                    row.append("")
                elif it.role == "value":
                    row.append(doc.value(it.cell).text)
                else:
                    row.append(it.text.replace("\n", " "))
            lines.append("\t".join(row))
        return "\n".join(lines) + "\n"

    def copy_selection(self) -> None:
        QGuiApplication.clipboard().setText(self.selection_tsv())

    def paste(self, text: str | None = None) -> int:
        """Paste at the current cell (one undo step); the status signal says what landed where.
        Returns the number of value cells written."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        rows = parse_tsv(text)
        if not rows:
            return 0
        spec = self._model.spec
        doc = self._model.session.doc
        selected = self.selected_cells()
        flat = [v for row in rows for v in split_row(row)[0]]
        if len(flat) == 1 and len(selected) > 1:
            plan = PastePlan({cid: flat[0] for cid in selected})  # fill the selection
        elif len(selected) > 1 and len(flat) == len(selected):
            plan = PastePlan(dict(zip(selected, flat)))  # exactly the selected cells, in reading order
        else:
            cur = self.currentIndex()
            if not cur.isValid():
                return 0
            plan = plan_paste(spec, rows, *self._anchor(cur))
        if plan.updates:
            self._model.set_cells(plan.updates, "粘贴")
            self._select_cells(list(plan.updates))
        emit(self.status, self._paste_message(plan, doc))
        return len(plan.updates)

    def _paste_message(self, plan: PastePlan, doc) -> str:
        cells = doc.spec.cells
        if not plan.updates:
            msg = "没有粘贴任何数字：当前位置之后没有可填写的单元格"
        else:
            shown = "，".join(f"{cells[c].col_name or cells[c].name}={v.strip() or '（空）'}"
                             for c, v in list(plan.updates.items())[:6])
            more = "……" if len(plan.updates) > 6 else ""
            first = cells[next(iter(plan.updates))]
            msg = f"已粘贴 {len(plan.updates)} 个单元格（从“{first.name}”起）：{shown}{more}"
        if plan.labels:
            msg += f"；已略去行首文字“{plan.labels[0][:20]}”" + ("等" if len(plan.labels) > 1 else "")
        if plan.overflow:
            msg += f"；另有 {plan.overflow} 个数超出表格范围，未粘贴"
        return msg

    def clear_selection(self) -> None:
        cells = self.selected_cells()
        if cells:
            self._model.set_cells({c: "" for c in cells}, "清除单元格")

    def _select_cells(self, cell_ids: list[str]) -> None:
        sel = QItemSelection()
        for cid in cell_ids:
            idx = self._model.index_of_cell(cid)
            if idx.isValid():
                sel.select(idx, idx)
        if not sel.isEmpty():
            self.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def select_cells(self, cell_ids: list[str]) -> None:
        """Make the first cell current and select all given cells (jump from the findings panel)."""
        idxs = [self._model.index_of_cell(c) for c in cell_ids]
        idxs = [i for i in idxs if i.isValid()]
        if not idxs:
            return
        self.setCurrentIndex(idxs[0])
        self._select_cells(cell_ids)
        self.ensure_visible(idxs)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ status bar sums
    def _emit_summary(self, *args) -> None:
        doc = self._model.session.doc
        sel = self.selectionModel()
        # one selected cell (typing: Enter selects the next one) has no sum to show
        cells = self.selected_cells() if sel.hasSelection() and len(sel.selectedIndexes()) > 1 else []
        if len(cells) < 2:
            emit(self.selectionSummary, "")
            return
        nums = [doc.value(c).number for c in cells if doc.value(c).is_number]
        total = sum(nums, Decimal(0))
        emit(self.selectionSummary, f"求和：{canonical(total)}　计数：{len(nums)}")

    # ------------------------------------------------------------------ context menu
    def contextMenuEvent(self, event):
        idx = self.indexAt(event.pos())
        if idx.isValid() and not self.selectionModel().isSelected(idx):
            self.setCurrentIndex(idx)
        menu = self.build_context_menu()
        menu.exec(event.globalPos())

    def build_context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction("复制", self.copy_selection)
        menu.addAction("粘贴", self.paste)
        menu.addAction("清除", self.clear_selection)
        doc = self._model.session.doc
        derived = [c for c in self.selected_cells() if doc.spec.cells[c].derived]
        if derived:
            menu.addSeparator()
            act = QAction("自动合计", menu)
            act.setCheckable(True)
            act.setChecked(all(doc.is_auto(c) for c in derived))
            act.toggled.connect(lambda on: self._model.session.push(SetAutoTotal(derived, on)))
            menu.addAction(act)
        all_derived = [c.id for c in self._model.spec.cells if c.derived]
        if all_derived:
            menu.addSeparator()
            menu.addAction("本表全部自动合计",
                           lambda: self._model.session.push(SetAutoTotal(all_derived, True)))
            menu.addAction("本表合计全部改为手工填写",
                           lambda: self._model.session.push(SetAutoTotal(all_derived, False)))
        return menu

