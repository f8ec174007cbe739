"""The findings panel: every finding of the checks, live; double-click (or Enter) jumps to its cells.

Blank cells (GK101) are listed last as 未填写: while drafting they are the work still to do, not
mistakes (they are still errors for the export's warning). Messages wrap instead of being cut;
Tab leaves the list (one stop for the whole list, arrows move within it).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from .qtcompat import emit, no_data
from .qtns import DISPLAY_ROLE, USER_ROLE, Qt
from ..checks.finding import Finding, Severity
from .session import DocumentSession
from .tablemodel import BLANK_CHECK, COLORS

Index = QModelIndex | QPersistentModelIndex
FindingRole = USER_ROLE + 10
HEADERS = ("级别", "位置", "问题", "说明")
SEVERITY_TEXT_COLOR = {Severity.ERROR: QColor("#a01010"), Severity.WARNING: QColor("#7a5a00"),
                       Severity.HINT: QColor("#5b3a8c")}
BLANK_WORD = "未填写"


def is_blank_finding(f: Finding) -> bool:
    return f.check_id == BLANK_CHECK


def _identity(f: Finding) -> tuple:
    """What makes two findings of successive check runs the same row of the panel."""
    return (f.check_id, f.cells, f.section)


def panel_order(findings: list[Finding]) -> list[Finding]:
    """The panel's order: the checks' order, blank cells (未填写) last."""
    return [f for f in findings if not is_blank_finding(f)] + [f for f in findings if is_blank_finding(f)]


class FindingsModel(QAbstractTableModel):
    def __init__(self, session: DocumentSession, parent=None):
        super().__init__(parent)
        self.session = session
        # a session not checked yet (the start) fills the panel with its first check's findingsChanged
        self._rows: list[Finding] = panel_order(session.findings) if session.checked else []
        session.findingsChanged.connect(self.refresh)

    def refresh(self) -> None:
        """Follow the session's findings without a reset: rows of findings that went away are
        removed, new ones inserted, and a finding that stays (same rule, cells and section) but
        reads differently (message, explanation) repaints its row only — the selection and the
        scroll position stay where they were."""
        new = panel_order(self.session.findings)
        old = self._rows
        self._rows = list(old)  # changed step by step below, each step announced
        if new == old and all(a.explained == b.explained for a, b in zip(new, old)):
            return
        before, after = [_identity(f) for f in old], [_identity(f) for f in new]
        if before == after:  # the usual edit: the same findings, some reading differently
            ops = [("equal", 0, len(old), 0, len(new))]
        else:
            from difflib import SequenceMatcher  # rows come or go: not on the start path

            ops = SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
        changed: list[tuple[int, Finding, Finding]] = []  # rows that stayed: (row in the new list, old, new)
        root = QModelIndex()
        for tag, i1, i2, j1, j2 in reversed(ops):  # from the end: earlier positions stay valid
            if tag == "equal":
                changed.extend((j1 + k, old[i1 + k], new[j1 + k]) for k in range(i2 - i1))
                continue
            if i2 > i1:
                self.beginRemoveRows(root, i1, i2 - 1)
                del self._rows[i1:i2]
                self.endRemoveRows()
            if j2 > j1:
                self.beginInsertRows(root, i1, i1 + j2 - j1 - 1)
                self._rows[i1:i1] = new[j1:j2]
                self.endInsertRows()
        self._rows = new  # rows that stayed take the new findings (message, explanation)
        for j, a, b in sorted(changed, key=lambda x: x[0]):
            # only the cells whose text changed, one by one: Qt repaints the whole list for a
            # range of cells, and every change in the level column re-measures that column
            cols = []
            if a.severity != b.severity or a.explained != b.explained:
                cols.append(0)
            if a.message != b.message:
                cols.append(2)
            if a.explained != b.explained:
                cols.append(3)
            for col in cols:
                idx = self.index(j, col)
                emit(self.dataChanged, idx, idx)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def finding(self, row: int) -> Finding:
        return self._rows[row]

    def data(self, index: Index, role: int = DISPLAY_ROLE):
        v = self._data(index, role)
        return no_data() if v is None else v

    def _data(self, index: Index, role: int):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        f = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                word = BLANK_WORD if is_blank_finding(f) else f.severity.label
                return word + ("（已说明）" if f.explained else "")
            if col == 1:
                return f.location(self.session.doc.spec)
            if col == 2:
                return f.message
            return f.explained
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{f.location(self.session.doc.spec)}\n{f.check_id} {f.message}"
            if f.evidence:
                tip += f"\n依据：{f.evidence}"
            if f.explained:
                tip += f"\n说明：{f.explained}"
            return tip
        if role == Qt.ItemDataRole.BackgroundRole and col == 0:
            return COLORS["explained"] if f.explained else COLORS["blank"] if is_blank_finding(f) else COLORS[f.severity]
        if role == Qt.ItemDataRole.ForegroundRole and col == 0:
            return QColor("#5a4a2a") if is_blank_finding(f) else SEVERITY_TEXT_COLOR[f.severity]
        if role == FindingRole:
            return f
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return HEADERS[section]
        return no_data()


@cache
def _one_line_delegate_class() -> type:
    """OneLineDelegate, made on first use: the panel is empty until the first check, and the
    start does not create PySide6's delegate and style option classes (~50 enum members)."""
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    class OneLineDelegate(QStyledItemDelegate):
        """The location column stays one line (elided in the middle; the tooltip has it whole), so
        that rows are as tall as their message needs and five findings fit in the minimum height."""

        def initStyleOption(self, option, index):
            super().initStyleOption(option, index)
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
            option.textElideMode = Qt.TextElideMode.ElideMiddle

    return OneLineDelegate


class FindingsView(QTableView):
    activated_finding = Signal(object)  # Finding
    explain_requested = Signal(object)  # Finding
    unexplain_requested = Signal(object)  # Finding

    def __init__(self, model: FindingsModel, parent=None, *, attach_later: bool = False):
        """`attach_later` (the program's start): until the model has its first rows, or `attach()`
        is called after the first frame, the view shows an empty C++ model with the same column
        titles. A Python model's header is asked for its titles with a Qt::Orientation, and that
        call alone would create PySide6's whole Qt namespace before the first frame (see qtns)."""
        super().__init__(parent)
        self._model = model
        if attach_later and not model.rowCount():
            from PySide6.QtGui import QStandardItemModel

            titles = QStandardItemModel(0, len(HEADERS), self)
            titles.setHorizontalHeaderLabels(list(HEADERS))
            self.setModel(titles)
            model.rowsInserted.connect(self.attach)  # before _rows_inserted (connected below)
            model.modelReset.connect(self.attach)
        else:
            self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setProperty("textElideMode", "ElideNone")  # by the enum's key: no Qt namespace (qtns)
        self.setTabKeyNavigation(False)  # Tab leaves the list
        # row heights follow the wrapped message, but are measured only for rows that changed (a
        # ResizeToContents header would measure every row on every edit)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        from PySide6.QtCore import QTimer

        self._pending_rows: set[int] = set()
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_pending)
        model.modelReset.connect(self._fit_all_rows)
        model.rowsInserted.connect(self._rows_inserted)
        model.rowsRemoved.connect(self._rows_removed)
        model.dataChanged.connect(self._fit_changed_rows)
        self.horizontalHeader().sectionResized.connect(lambda *a: self._fit_all_rows())
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAlternatingRowColors(True)
        self._set_up_columns()
        self.doubleClicked.connect(self._on_double)
        self.setProperty("contextMenuPolicy", "CustomContextMenu")
        self.customContextMenuRequested.connect(self._menu)

    def _set_up_columns(self) -> None:
        """Resize modes and widths of the columns (again for the model attached later: the header
        starts its sections afresh for a new model)."""
        h = self.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        em = self.fontMetrics().horizontalAdvance("中")
        self.setColumnWidth(1, 20 * em)
        if self.model().rowCount():
            self._set_delegates()
        self.setColumnWidth(3, 8 * em)
        h.setStretchLastSection(False)

    def attach(self, *args) -> None:
        """Show the findings model (a view made with `attach_later`); nothing if it already does."""
        if self.model() is self._model:
            return
        self.setModel(self._model)
        self._set_up_columns()

    _delegates_set = False

    def _set_delegates(self) -> None:
        """The location column's one-line delegate, set before the first rows are measured."""
        if not self._delegates_set:
            self._delegates_set = True
            self.setItemDelegateForColumn(1, _one_line_delegate_class()(self))

    def _fit_all_rows(self, *args) -> None:
        if self.model().rowCount():
            self._set_delegates()
        self._fitted_width = self.columnWidth(2)
        self.resizeRowsToContents()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # the stretched message column can change width without sectionResized (the header settles
        # it in its own resize): heights measured at the old width would keep wrapped or empty lines
        if self.columnWidth(2) != getattr(self, "_fitted_width", None):
            self._fit_all_rows()

    def _rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        self._set_delegates()
        n = last - first + 1
        self._pending_rows = {r + n if r >= first else r for r in self._pending_rows}
        self._pending_rows.update(range(first, last + 1))
        self._fit_level = True
        self._fit_timer.start()

    def _rows_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        n = last - first + 1
        self._pending_rows = {r - n if r > last else r for r in self._pending_rows if not first <= r <= last}
        self._fit_level = True
        self._fit_timer.start()

    _fit_level = False

    def _fit_level_column(self) -> None:
        """The level column (错误/警告/…) as wide as its words. Its header re-measures it on a reset and
        when a level changes, not when rows come or go (the panel no longer resets)."""
        h = self.horizontalHeader()
        w = max(self.sizeHintForColumn(0), h.sectionSizeHint(0))
        if h.sectionSize(0) != w:
            h.resizeSection(0, w)

    def _fit_changed_rows(self, top: QModelIndex, bottom: QModelIndex, roles=()) -> None:
        # measured after the edit's event-loop turn, once per row, off the typing path
        self._pending_rows.update(range(top.row(), bottom.row() + 1))
        self._fit_timer.start()

    def _fit_pending(self) -> None:
        if self._fit_level:
            self._fit_level = False
            self._fit_level_column()
        rows, self._pending_rows = self._pending_rows, set()
        n = self.model().rowCount()
        for r in sorted(rows):
            if r < n:
                self.resizeRowToContents(r)

    def rows_height(self, rows: int) -> int:
        """Height that shows `rows` one-line findings with the header and frame."""
        line = self.fontMetrics().height() + 8
        return self.horizontalHeader().sizeHint().height() + rows * line + 2 * self.frameWidth()

    def minimumSizeHint(self):
        from PySide6.QtCore import QSize

        return QSize(super().minimumSizeHint().width(), self.rows_height(5))

    def _on_double(self, index: QModelIndex) -> None:
        if index.isValid():
            emit(self.activated_finding, self._model.finding(index.row()))

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_double(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _menu(self, pos) -> None:
        idx = self.indexAt(pos)
        if not idx.isValid():
            return
        f = self._model.finding(idx.row())
        menu = QMenu(self)
        menu.addAction("转到", lambda: emit(self.activated_finding, f))
        from ..checks.registry import get_check

        try:
            explainable = get_check(f.check_id).explainable
        except KeyError:
            explainable = False
        if explainable:
            menu.addAction("修改说明…" if f.explained else "添加说明…", lambda: emit(self.explain_requested, f))
        if f.explained:
            menu.addAction("删除说明", lambda: emit(self.unexplain_requested, f))
        menu.exec(self.viewport().mapToGlobal(pos))
