"""A table of the report (表二/表三/表四) as a Qt model, laid out like the official table.

The grid (size, merged label cells, value cells) comes from the format's TableSpec; nothing
is hand-built per table. Edits go through session.push(EditCells(...)), never into the Document.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QColor

from .qtcompat import emit, no_data
from .qtns import DISPLAY_ROLE, EDIT_ROLE, USER_ROLE, Qt
from ..checks.finding import Finding, Severity
from ..core.commands import EditCells
from ..core import totals
from ..core.spec import GridItem, TableSpec
from ..core.values import State, parse_value
from .session import DocumentSession

#: one colour per state, all of them in the legend (see LEGEND); label cells are grey
COLORS = {
    "label": QColor("#eceef1"),
    "title": QColor("#dfe3e9"),
    "auto": QColor("#d6e8fa"),  # 自动合计
    Severity.ERROR: QColor("#f5aaa3"),  # 错误
    Severity.WARNING: QColor("#fad67a"),  # 警告
    Severity.HINT: QColor("#dccdf2"),  # 提示: violet, never the blue of the auto totals
    "explained": QColor("#c9e6bb"),  # 已说明
    "blank": QColor("#f3ede0"),  # 未填写: not filled in yet, a calm beige rather than an error red
    "auto_text": QColor("#1f4e7a"),
    "text_cell": QColor("#8a1c1c"),
    "unreadable": QColor("#6b6b6b"),
}

#: legend entries in display order: (colour key, word)
LEGEND = ((Severity.ERROR, "错误"), (Severity.WARNING, "警告"), (Severity.HINT, "提示"), ("blank", "未填写"),
          ("auto", "自动合计"), ("explained", "已说明"))
UNREADABLE_TEXT = "无法合计"

Index = QModelIndex | QPersistentModelIndex

BLANK_CHECK = "GK101"  # a blank value cell: shown in a lighter tint than arithmetic errors

#: custom roles
CellIdRole = USER_ROLE + 1
IsAutoRole = USER_ROLE + 2
SeverityRole = USER_ROLE + 3


def is_vertical(it: GridItem) -> bool:
    """A tall, narrow row label (三、本年度办理结果 over 20+ rows), printed one character per line."""
    return it.role == "rowlabel" and it.rs >= 10 and it.cs == 1


def worst(findings: list[Finding]) -> Finding | None:
    live = [f for f in findings if not f.explained]
    if not live:
        return None
    return min(live, key=lambda f: f.severity.rank)


class ReportTableModel(QAbstractTableModel):
    def __init__(self, session: DocumentSession, table_key: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.spec: TableSpec = session.doc.spec.table(table_key)
        from PySide6.QtGui import QFont  # with the first table page (the start shows none)

        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)
        #: value cells: right-aligned, vertically centred
        self._align = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._marks: dict[str, tuple] | None = self._finding_marks()
        #: what each value cell shows (text, colours, font), built when first painted and dropped
        #: for exactly the cells an edit or a check run changes
        self._looks: dict[str, dict] = {}
        self._derived = [c.id for c in self.spec.cells if c.derived]
        self._unreadable = self._unreadable_totals()
        session.changed.connect(self._on_changed)
        session.findingsChanged.connect(self._on_findings)

    # ------------------------------------------------------------------ shape
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.spec.n_rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.spec.n_cols

    def item(self, index: Index) -> GridItem | None:
        if not index.isValid():
            return None
        return self.spec.item_at(index.row(), index.column())

    def cell_id(self, index: Index) -> str | None:
        it = self.item(index)
        return it.cell if it is not None and it.role == "value" else None

    def index_of_cell(self, cell_id: str) -> QModelIndex:
        c = self.session.doc.spec.cells.get(cell_id)
        if c is None or c.table != self.spec.key:
            return QModelIndex()
        return self.index(c.grid[0], c.grid[1])

    def spans(self) -> list[GridItem]:
        """Items covering more than one grid position (the view calls setSpan for each)."""
        return [it for it in self.spec.items if it.rs > 1 or it.cs > 1]

    def value_positions(self) -> list[tuple[int, int]]:
        """Anchor positions of the value cells in grid (reading) order."""
        return sorted((it.r, it.c) for it in self.spec.items if it.role == "value")

    # ------------------------------------------------------------------ data
    def flags(self, index: Index) -> Qt.ItemFlag:
        it = self.item(index)
        if it is None:
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if it.role == "value":
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: Index, role: int = DISPLAY_ROLE):
        v = self._data(index, role)
        return no_data() if v is None else v

    def _data(self, index: Index, role: int):
        it = self.item(index)
        if it is None:
            return None
        if it.role != "value":
            return self._label_data(it, index, role)
        cid = it.cell
        look = self._looks.get(cid)
        if look is None:
            look = self._looks[cid] = self._look(cid)
        if role in look:
            return look[role]
        doc = self.session.doc
        if role == Qt.ItemDataRole.EditRole:
            return doc.value(cid).text
        if role == CellIdRole:
            return cid
        if role == IsAutoRole:
            return doc.is_auto(cid)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cid)
        return None

    def _look(self, cid: str) -> dict:
        """The styled roles of a value cell: what painting it asks for."""
        doc = self.session.doc
        v = doc.value(cid)
        auto = doc.is_auto(cid)
        found = self.session.cell_findings.get(cid, [])
        f = worst(found)
        if v.is_blank and auto and totals.unreadable(doc, cid):
            text = UNREADABLE_TEXT  # a part is not a number: no partial sum is shown
        else:
            text = v.text
        if f is not None:
            if all(x.check_id == BLANK_CHECK for x in found if not x.explained):
                background = COLORS["blank"]
            else:
                background = COLORS[f.severity]
        elif found:
            background = COLORS["explained"]
        else:
            background = COLORS["auto"] if auto else None
        if v.state in (State.TEXT, State.NA):
            foreground = COLORS["text_cell"]
        elif v.is_blank and auto:
            foreground = COLORS["unreadable"]
        else:
            foreground = COLORS["auto_text"] if auto else None
        return {Qt.ItemDataRole.DisplayRole: text, Qt.ItemDataRole.TextAlignmentRole: self._align,
                Qt.ItemDataRole.BackgroundRole: background, Qt.ItemDataRole.ForegroundRole: foreground,
                Qt.ItemDataRole.FontRole: self._italic if auto else None,
                SeverityRole: f.severity.value if f else None}

    def _label_data(self, it: GridItem, index: Index, role: int):
        anchor = index.row() == it.r and index.column() == it.c
        if role == Qt.ItemDataRole.DisplayRole:
            if not anchor:
                return None
            return "\n".join(it.text) if is_vertical(it) else it.text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if is_vertical(it):  # visible without scrolling to the middle of its 20+ rows
                return int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            if it.role == "rowlabel" and it.rs == 1:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return COLORS["title"] if it.role == "title" else COLORS["label"]
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if it.role == "title" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return it.text if anchor and len(it.text) > 12 else None
        return None

    def _tooltip(self, cid: str) -> str:
        doc = self.session.doc
        cs = doc.spec.cells[cid]
        unit = f"（单位：{cs.unit}）" if cs.unit and "单位" not in cs.name else ""  # not printed twice
        lines = [f"{self.spec.name} {cs.name}{unit}"]
        if cs.derived:
            s = doc.spec.defining_sum(cid)
            n = len(s.parts) if s else 0
            if doc.is_auto(cid):
                lines.append(f"自动合计：{n} 项之和（右键可改为手工填写）")
                if doc.value(cid).is_blank and totals.unreadable(doc, cid):
                    lines.append("无法合计：有的项目填写的不是数字，请先改正那些单元格")
            else:
                lines.append("手工填写的合计（右键可恢复自动合计）；程序会检查它是否等于各项之和")
        for f in self.session.cell_findings.get(cid, []):
            mark = f"（已说明：{f.explained}）" if f.explained else ""
            lines.append(f"【{f.severity.label}】{f.message}{mark}")
        v = doc.value(cid)
        if v.state is State.TEXT:
            lines.append("这里应填写数字")
        if cs.guide:
            lines.append("填报说明（F1 打开使用说明）：")
            lines.extend(wrapped for g in cs.guide.splitlines() for wrapped in wrap_cjk(g))
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE):
        return no_data()

    def setData(self, index: Index, value, role: int = EDIT_ROLE) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        cid = self.cell_id(index)
        if cid is None:
            return False
        new = parse_value(value)
        doc = self.session.doc
        if new == doc.value(cid):
            return True  # nothing changed: no undo step
        self.session.push(EditCells({cid: value}))
        return True

    def set_cells(self, updates: dict[str, object], text: str) -> bool:
        """Several cells as one undo step (paste, clear). Unchanged cells are dropped."""
        doc = self.session.doc
        real = {c: v for c, v in updates.items() if parse_value(v) != doc.value(c)}
        if not real:
            return False
        self.session.push(EditCells(real, text))
        return True

    # ------------------------------------------------------------------ change notification
    def _unreadable_totals(self) -> set[str]:
        """Blank auto totals of this table shown as “无法合计” (a part is text or a not-applicable mark)."""
        doc = self.session.doc
        memo: dict[str, bool] = {}
        return {c for c in self._derived if c not in doc.cells and doc.is_auto(c) and totals.unreadable(doc, c, memo)}

    def _on_changed(self, change) -> None:
        """Repaint only the cells whose value or automatic flag changed, and the blank auto totals
        whose “无法合计” text came or went (it depends on their parts), each its own rectangle."""
        cells = self.session.doc.spec.cells
        key = self.spec.key
        ids = {c for c in change.cells if c in cells and cells[c].table == key}
        if not ids:
            return
        unreadable = self._unreadable_totals()
        ids |= unreadable ^ self._unreadable
        self._unreadable = unreadable
        for cid in ids:
            self._looks.pop(cid, None)
            self._cell_changed(cells[cid].grid)

    def _cell_changed(self, grid, roles=None) -> None:
        # the anchor only, also for a merged cell: the views paint a span from its anchor, and Qt
        # repaints the whole view for a range of indexes but one rectangle for a single index
        idx = self.index(grid[0], grid[1])
        if roles is None:
            emit(self.dataChanged, idx, idx)
        else:
            emit(self.dataChanged, idx, idx, roles)

    def _finding_marks(self) -> dict[str, tuple]:
        """What the findings show in each value cell of this table (colour, tooltip lines)."""
        cells = self.session.doc.spec.cells
        key = self.spec.key
        out = {}
        for cid, found in self.session.cell_findings.items():  # the few cells with findings
            spec = cells.get(cid)
            if found and spec is not None and spec.table == key:
                out[cid] = tuple((f.check_id, f.severity, f.message, f.explained) for f in found)
        return out

    def _on_findings(self) -> None:
        """Repaint only the cells whose findings changed their colour."""
        marks = self._finding_marks()
        old = self._marks
        self._marks = marks
        roles = [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole, SeverityRole]
        if old is None:
            self._looks.clear()
            if self.spec.n_rows and self.spec.n_cols:
                emit(self.dataChanged, self.index(0, 0), self.index(self.spec.n_rows - 1, self.spec.n_cols - 1),
                     roles)
            return
        cells = self.session.doc.spec.cells
        for cid in old.keys() | marks.keys():
            if old.get(cid) != marks.get(cid):
                before = self._looks.get(cid)
                look = self._looks[cid] = self._look(cid)
                # a finding whose message alone changed keeps the cell's colour: its tooltip is
                # built when shown, so the cell is not repainted
                if before is None or look != before:
                    self._cell_changed(cells[cid].grid, roles)


_NO_LINE_START = set("，。、；：）》」』”’！？")


def wrap_cjk(text: str, width: int = 32) -> list[str]:
    """Break a Chinese sentence into tooltip lines of about `width` characters (plain-text tooltips do not wrap);
    punctuation is never moved to the start of a line."""
    out: list[str] = []
    line = ""
    for ch in text:
        if len(line) >= width and ch not in _NO_LINE_START:
            out.append(line)
            line = ""
        line += ch
    if line:
        out.append(line)
    return out
