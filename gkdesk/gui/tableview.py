"""The spreadsheet-like view of one report table.

Typing replaces the cell, Enter moves down and Tab moves right to the next value cell (label
cells are skipped), Delete clears the selected value cells (one undo step), Ctrl+C copies the
selection as tab-separated text, Ctrl+V pastes a tab-separated block from Excel/WPS starting at
the current cell (one undo step; label cells and the covered part of merged cells are skipped).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QHeaderView, QLineEdit, QMenu,
                               QStyledItemDelegate, QTableView)

from .qtcompat import emit
from ..core.commands import SetAutoTotal
from ..core.values import canonical
from .tablemodel import ReportTableModel, is_vertical


def parse_tsv(text: str) -> list[list[str]]:
    """Rows of cells from clipboard text (Excel/WPS: tab-separated, CRLF, trailing newline)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    return [line.split("\t") for line in text.split("\n")]


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

    def __init__(self, model: ReportTableModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self._model = model
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
        model.dataChanged.connect(lambda *a: self._emit_summary())
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
        for c, w in enumerate(widths):
            self.setColumnWidth(c, max(w, 2 * em))
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
            width = sum(self.columnWidth(c) for c in range(it.c, it.c + it.cs)) - 10
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
        for r, h in enumerate(heights):
            self.setRowHeight(r, h)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def sizeHint(self):
        from PySide6.QtCore import QSize

        w, h = self.natural_size()
        if self.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            w -= self.verticalScrollBar().sizeHint().width()
        return QSize(w + 2, h + 2)

    def natural_size(self) -> tuple[int, int]:
        w = sum(self.columnWidth(c) for c in range(self._model.columnCount())) + 2 * self.frameWidth() \
            + self.verticalScrollBar().sizeHint().width()
        h = sum(self.rowHeight(r) for r in range(self._model.rowCount())) + 2 * self.frameWidth()
        return w, h

    # ------------------------------------------------------------------ navigation
    def _anchor(self, index: QModelIndex) -> tuple[int, int]:
        it = self._model.item(index)
        return (it.r, it.c) if it is not None else (index.row(), index.column())

    def next_value(self, r: int, c: int, direction: str) -> QModelIndex:
        vals = self._values
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
        if hint in (H.EditNextItem, H.EditPreviousItem, H.SubmitModelCache):
            super().closeEditor(editor, H.NoHint)
            self._move({H.EditNextItem: "next", H.EditPreviousItem: "prev"}.get(hint, "down"))
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event):
        key = event.key()
        if self.state() != QAbstractItemView.State.EditingState:
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
        """Paste TSV at the current cell. Returns the number of value cells written."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        rows = parse_tsv(text)
        if not rows:
            return 0
        spec = self._model.spec
        updates: dict[str, str] = {}
        if len(rows) == 1 and len(rows[0]) == 1 and len(self.selected_cells()) > 1:
            updates = {cid: rows[0][0] for cid in self.selected_cells()}  # fill the selection
        else:
            cur = self.currentIndex()
            if not cur.isValid():
                return 0
            r0, c0 = self._anchor(cur)
            for i, cells in enumerate(rows):
                for j, raw in enumerate(cells):
                    r, c = r0 + i, c0 + j
                    it = spec.item_at(r, c)
                    if it is None or it.role != "value" or (it.r, it.c) != (r, c):
                        continue  # outside the table, a label, or the covered part of a merged cell
                    updates[it.cell] = raw
        if updates:
            self._model.set_cells(updates, "粘贴")
            self._select_cells(list(updates))
        return len(updates)

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
        self.scrollTo(idxs[0])
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ status bar sums
    def _emit_summary(self, *args) -> None:
        doc = self._model.session.doc
        cells = [c for c in self.selected_cells()] if self.selectionModel().hasSelection() else []
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

