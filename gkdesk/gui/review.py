"""The review window (审阅文件夹) for the reviewing office: a folder of units' reports at a glance.

"打开文件夹…" checks every report in a folder (gkdesk.review.check_folder) under a progress
dialog and lists the units with their status; selecting a unit shows its findings (or why the
file could not be read); double-clicking opens it in the editor when the main window gave an
`open_callback`. "导出汇总表…" writes the summary workbook, "合并为汇总报告…" consolidates the
checked units' tables into one report (gkdesk.review.merge) and saves it.

Duplicates (gkdesk.review.duplicates: the same file twice, copies, the same agency and year,
identical tables) are flagged in the list (column 重复, status 重复) and in the summary line,
never counted as separate passes; before merging, the clerk chooses to leave the extra copies out
or to cancel. Merged reports and the summary workbook are saved outside the reviewed folder by
default, so the next review does not read them as units.

A folder of a province holds tens of thousands of reports: the progress dialog stays up and keeps
moving after the reports are checked, while the folder review (duplicates, roster, last year's
reports) runs and the list is filled, and while the summary workbook is written.

Every question to the user goes through the small `ask_*`/`show_*` functions of this module (and
gkdesk.gui.dialogs for errors), which tests monkeypatch.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFileDialog, QHBoxLayout, QHeaderView,
                               QInputDialog, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
                               QProgressDialog, QPushButton, QSplitter, QStyle, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ..checks import Severity
from ..core import storage
from ..core.errors import GkdeskError
from ..core.spec import get_format
from ..review import BatchResult, UnitResult, Unreadable, check_folder, merge_reports, write_summary_xlsx
from ..review.duplicates import DuplicateGroup
from ..review.folder import unit_duplicates
from . import dialogs
from .qtcompat import keeps_none, none_kept
from .tablemodel import COLORS

HEADERS = ("状态", "文件", "机关", "年度", "格式", "错误", "警告", "重复")
DUP_COLUMN = 7
STATUS_TEXT = {"error": "有错误", "warning": "有警告", "ok": "通过", "unreadable": "无法读取", "duplicate": "重复"}
STATUS_COLOR = {"error": COLORS[Severity.ERROR], "warning": COLORS[Severity.WARNING],
                "ok": QColor("#dcefd6"), "unreadable": QColor("#e4e4e4"), "duplicate": QColor("#f2c6e6")}
SEVERITY_COLOR = {Severity.ERROR: QColor("#a01010"), Severity.WARNING: QColor("#7a5a00"),
                  Severity.HINT: QColor("#1d4f8c")}
UnitRole = Qt.ItemDataRole.UserRole + 20


# ------------------------------------------------------------------------------ questions (monkeypatched in tests)

def ask_folder(parent: QWidget | None, start: str = "") -> str | None:
    path = QFileDialog.getExistingDirectory(parent, "选择存放各单位报告的文件夹", start)
    return path or None


def ask_summary_path(parent: QWidget | None, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, "导出汇总表", suggested, "Excel 工作簿 (*.xlsx)")
    if path and not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    return path or None


def ask_merge_agency(parent: QWidget | None, text: str) -> str | None:
    """The consolidated report's agency name (may be empty); None = cancelled."""
    name, ok = QInputDialog.getText(parent, "合并为汇总报告", text)
    return name.strip() if ok else None


def ask_merge_path(parent: QWidget | None, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, "保存汇总报告", suggested, dialogs.REPORT_FILTER)
    if path and not path.lower().endswith(".json"):
        path += ".json"
    return path or None


def ask_merge_duplicates(parent: QWidget | None, groups: list[DuplicateGroup], extra: int) -> str:
    """Duplicates among the units to merge: "exclude" (keep the first of each group) or "cancel"."""
    shown = "\n".join(f"• {g.reason}" for g in groups[:8])
    more = f"\n……另有 {len(groups) - 8} 组" if len(groups) > 8 else ""
    return dialogs.choose(parent, "发现重复的单位报告",
                          f"以下报告是重复的，合并会把同一单位的数字计算两次：\n\n{shown}{more}\n\n"
                          f"可以只保留每组的第一份（排除 {extra} 份）后合并，或取消后先清理文件夹。",
                          [(f"排除重复的 {extra} 份后合并", "exclude", QMessageBox.ButtonRole.AcceptRole),
                           ("取消", "cancel", QMessageBox.ButtonRole.RejectRole)], "cancel", "cancel",
                          icon=QMessageBox.Icon.Warning)


def outside(folder: str, name: str) -> str:
    """A default path for a file made from the reviewed folder: next to it, not inside it."""
    f = Path(folder).resolve() if folder else None
    parent = f.parent if f is not None and f.parent != f else Path.home()
    return str(parent / name)


def ask_open_merged(parent: QWidget | None, text: str, can_open: bool) -> bool:
    """Show the merge result; True = open the consolidated report in the editor."""
    if not can_open:
        QMessageBox.information(parent, "汇总完成", text)
        return False
    r = QMessageBox.question(parent, "汇总完成", text + "\n\n现在打开汇总报告吗？",
                             QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                             QMessageBox.StandardButton.Yes)
    return r == QMessageBox.StandardButton.Yes


# ------------------------------------------------------------------------------ the window

class Phases:
    """One progress dialog through the steps of a long task: `phase(label)` gives the step's
    `progress(done, total, path)` callback (it returns False once the user cancelled).
    Events are processed at most every 50 ms, so that the callbacks cost nothing per unit."""

    def __init__(self, parent: QWidget, title: str, text: str):
        self.dialog = QProgressDialog(text, "取消", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self._label = text
        self._last = 0.0

    def phase(self, label: str, cancellable: bool = False) -> Callable[[int, int, str], bool]:
        d = self.dialog
        if not cancellable:
            d.setCancelButton(None)  # after the check, the result is kept whole or not at all
        self._label = label
        d.setLabelText(label)
        self._last = 0.0

        def step(done: int, total: int, path: str = "") -> bool:
            now = time.monotonic()
            if now - self._last < 0.05 and done < total:
                return not d.wasCanceled()
            self._last = now
            if d.maximum() != max(total, 1):
                d.setMaximum(max(total, 1))
            d.setValue(min(done, max(total, 1)))
            if path and cancellable:
                d.setLabelText(f"{label}（{done + 1}/{total}）：{Path(path).name}")
            QApplication.processEvents()
            return not d.wasCanceled()
        return step

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


class _Item(QTableWidgetItem):
    """A table item that sorts numbers as numbers and blanks last."""

    def __init__(self, text: str = "", sort_key=None):
        super().__init__(text)
        self._key = sort_key if sort_key is not None else text

    def __lt__(self, other):  # noqa: D105
        a, b = self._key, getattr(other, "_key", other.text())
        if type(a) is type(b):
            return a < b
        return str(a) < str(b)


class ReviewWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None, open_callback: Callable[[str], object] | None = None):
        super().__init__(parent)
        self.open_callback = open_callback
        self.result: BatchResult | None = None
        self.setWindowTitle("审阅文件夹 — gkdesk")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        central = QWidget(self)
        lay = QVBoxLayout(central)
        bar = QHBoxLayout()
        self.open_button = QPushButton("打开文件夹…")
        self.summary_button = QPushButton("导出汇总表…")
        self.merge_button = QPushButton("合并为汇总报告…")
        self.open_button.clicked.connect(self.open_folder_dialog)
        self.summary_button.clicked.connect(self.export_summary)
        self.merge_button.clicked.connect(self.merge_units)
        for b in (self.open_button, self.summary_button, self.merge_button):
            bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.info = QLabel("请选择存放各单位年度报告的文件夹（.json，以及可导入的 .docx/.pdf/.html/.txt/.xlsx）。")
        self.info.setWordWrap(True)
        lay.addWidget(self.info)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels(list(HEADERS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_unit(row))
        split.addWidget(self.table)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.unit_title = QLabel("")
        self.unit_title.setWordWrap(True)
        rl.addWidget(self.unit_title)
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setSpacing(3)
        rl.addWidget(self.findings)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)
        self.setCentralWidget(central)
        self.groups: list[DuplicateGroup] = []
        self.fit_to_screen()
        self._update_buttons()
        from .review_decisions import install  # reviewer decisions, roster (issue #16)

        install(self)

    def fit_to_screen(self) -> None:
        """1100×640 where there is room; never larger than the available screen; on screen."""
        screen = (self.parentWidget().screen() if self.parentWidget() is not None else None) or self.screen()
        if screen is None:
            self.resize(1100, 640)
            return
        avail = screen.availableGeometry()
        frame = 40  # title bar and borders
        w, h = min(1100, avail.width() - 16), min(640, avail.height() - frame)
        self.resize(max(w, 480), max(h, 320))
        self.move(avail.left() + max(0, (avail.width() - self.width()) // 2),
                  avail.top() + max(0, (avail.height() - self.height() - frame) // 2))

    # -------------------------------------------------------------- folder
    def open_folder_dialog(self) -> None:
        start = self.result.folder if self.result else ""
        folder = ask_folder(self, start)
        if folder:
            self.open_folder(folder)

    def open_folder(self, folder: str) -> bool:
        """Check every report in `folder` under a progress dialog; False if cancelled or failed.
        The dialog stays up through the folder review and the filling of the list."""
        phases = Phases(self, "审阅文件夹", "正在检查各单位报告…")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            try:
                result = check_folder(folder, progress=phases.phase("正在检查", cancellable=True))
            except GkdeskError as e:
                dialogs.show_error(self, e)
                return False
            if result.cancelled:
                self.statusBar().showMessage("已取消检查", 5000)
                return False
            self.set_result(result, phases)
        finally:
            QApplication.restoreOverrideCursor()
            phases.close()
        return True

    def set_result(self, result: BatchResult, phases: Phases | None = None) -> None:
        """Show a batch result: the list, duplicates, and the folder review (`phases`: the progress
        dialog to keep moving while that takes time)."""
        own = phases is None and len(result.units) + len(result.unreadable) > 500
        if own:  # e.g. shown again after a roster was chosen: a large folder still shows its progress
            phases = Phases(self, "审阅文件夹", "正在列出各单位报告…")
        try:
            with none_kept() as top_up:  # thousands of item updates (PySide6 6.12, see qtcompat)
                self._set_result(result, phases, top_up)
        finally:
            if own:
                phases.close()

    def _set_result(self, result: BatchResult, phases: Phases | None, top_up) -> None:
        self.result = result
        self.setWindowTitle(f"审阅文件夹：{result.folder} — gkdesk")
        # first the folder review: last year's reports add findings to this year's units
        self.decisions.review(result, phases.phase("正在核对重复报告和上年报告…") if phases is not None else None)
        units = list(result.units)
        self.groups = unit_duplicates(units, [self._rel(u.path) for u in units]) if len(units) > 1 else []
        dup_of: dict[int, tuple[int, DuplicateGroup]] = {}
        for n, g in enumerate(self.groups, 1):
            for i in g.members:
                dup_of.setdefault(i, (n, g))
        extra = {i for g in self.groups for i in g.members[1:]}
        self.duplicate_of = {units[i].path: (n, g) for i, (n, g) in dup_of.items()}
        count = {"error": 0, "warning": 0, "ok": 0}
        for i, u in enumerate(units):
            if i not in extra:  # a copy is not one more unit that passed (or failed)
                count[u.status] += 1
        dup_text = ""
        if self.groups:
            dup_text = (f"发现 {len(self.groups)} 组重复（{len(dup_of)} 份，其中 {len(extra)} 份是多余的副本）："
                        + "；".join(g.reason for g in self.groups[:3]) + ("……" if len(self.groups) > 3 else "") + "。")
        self.info.setText(f"{result.folder}：共 {len(units)} 份报告"
                          + (f"（{len(units) - len(extra)} 个不同单位）" if extra else "")
                          + f" —— {count['error']} 份有错误，{count['warning']} 份有警告，{count['ok']} 份通过；"
                          f"{len(result.unreadable)} 个文件无法读取。{dup_text}"
                          f"（用时 {result.elapsed:.1f} 秒；双击可打开报告）")
        self.info.setStyleSheet("color:#8a1c5a" if self.groups else "")
        self.table.setSortingEnabled(False)
        rows: list[UnitResult | Unreadable] = [*result.units, *result.unreadable]
        step = phases.phase("正在列出各单位报告…") if phases is not None else None
        header = self.table.horizontalHeader()
        modes = [header.sectionResizeMode(c) for c in range(len(HEADERS))]
        if len(rows) > 200:  # sizing columns to their contents on every new row is quadratic: once, at the end
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(len(rows))
        style = self.style()
        icons = {"error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                 "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
                 "ok": style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                 "unreadable": style.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
                 "duplicate": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}
        order = {"error": 0, "warning": 1, "ok": 2, "unreadable": 3}
        for r, entry in enumerate(rows):
            if r % 200 == 0:
                top_up()
                if step is not None:
                    step(r, len(rows))
            rel = self._rel(entry.path)
            if isinstance(entry, UnitResult):
                status = entry.status
                cells = [_Item(STATUS_TEXT[status], order[status]), _Item(rel),
                         _Item(entry.agency or "（未填写）"),
                         _Item(str(entry.year) if entry.year else "", entry.year or 0),
                         _Item(entry.format_name + ("（汇总）" if entry.consolidated else "")),
                         _Item(str(entry.counts["error"]), entry.counts["error"]),
                         _Item(str(entry.counts["warning"]), entry.counts["warning"])]
                dup = self.duplicate_of.get(entry.path)
                cells.append(_Item(f"第{dup[0]}组" if dup else "", dup[0] if dup else 0))
                if dup:
                    status = "duplicate"
                    cells[0] = _Item(f"{STATUS_TEXT['duplicate']}·{STATUS_TEXT[entry.status]}", -1)
            else:
                status = "unreadable"
                cells = [_Item(STATUS_TEXT[status], order[status]), _Item(rel), _Item(entry.reason), _Item("", 0),
                         _Item(""), _Item("", -1), _Item("", -1), _Item("", 0)]
                cells[2].setForeground(QBrush(QColor("#777777")))
            cells[0].setIcon(icons[status])
            for c, item in enumerate(cells):
                item.setData(UnitRole, entry)
                if c == 0:
                    item.setBackground(QBrush(STATUS_COLOR[status]))
                if c >= 5 or c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                dup = None if isinstance(entry, Unreadable) else self.duplicate_of.get(entry.path)
                if dup and c in (0, DUP_COLUMN):
                    item.setBackground(QBrush(STATUS_COLOR["duplicate"]))
                item.setToolTip(entry.reason if isinstance(entry, Unreadable) else
                                f"{entry.path}\n{dup[1].reason}" if dup else entry.path)
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        if len(rows) > 200:
            self.table.resizeColumnsToContents()
            for c, mode in enumerate(modes):
                header.setSectionResizeMode(c, mode)
        self.table.setUpdatesEnabled(True)
        self.findings.clear()
        self.unit_title.setText("")
        self.decisions.show_review()
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _rel(self, path: str) -> str:
        if self.result and self.result.folder:
            try:
                return str(Path(path).relative_to(self.result.folder))
            except ValueError:
                pass
        return path

    duplicate_of: dict = {}

    def _update_buttons(self) -> None:
        has = self.result is not None
        self.summary_button.setEnabled(has)
        self.merge_button.setEnabled(has and any(not u.consolidated for u in self.result.units))

    # -------------------------------------------------------------- one unit
    def entry_at(self, row: int) -> UnitResult | Unreadable | None:
        item = self.table.item(row, 0)
        return item.data(UnitRole) if item is not None else None

    def selected_entry(self) -> UnitResult | Unreadable | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entry_at(rows[0].row()) if rows else None

    @keeps_none
    def _show_selected(self) -> None:
        entry = self.selected_entry()
        self.findings.clear()
        if entry is None:
            self.unit_title.setText("")
            return
        if isinstance(entry, Unreadable):
            self.unit_title.setText(f"{self._rel(entry.path)}：无法读取")
            item = QListWidgetItem(entry.reason, self.findings)
            item.setForeground(SEVERITY_COLOR[Severity.ERROR])
            return
        c = entry.counts
        self.unit_title.setText(f"{entry.agency or '（未填写机关名称）'} {entry.year or ''}年度 · {self._rel(entry.path)}："
                                f"{c['error']} 个错误，{c['warning']} 个警告，{c['hint']} 个提示")
        dup = self.duplicate_of.get(entry.path)
        if dup:
            item = QListWidgetItem(f"[重复] {dup[1].reason}", self.findings)
            item.setForeground(QColor("#8a1c5a"))
        if not entry.findings:
            QListWidgetItem("没有发现问题。", self.findings)
        spec = get_format(entry.format)
        for f in entry.findings:
            text = f"[{f.severity.label}] {f.location(spec)}：{f.message}"
            if f.explained:
                text += f"（已说明：{f.explained}）"
            item = QListWidgetItem(text, self.findings)
            item.setForeground(SEVERITY_COLOR[f.severity])
            item.setToolTip(f"{f.check_id} {f.message}")

    def open_unit(self, row: int) -> None:
        entry = self.entry_at(row)
        if entry is None or isinstance(entry, Unreadable) or self.open_callback is None:
            return
        self.open_callback(entry.path)

    # -------------------------------------------------------------- summary and merge
    def export_summary(self) -> bool:
        if self.result is None:
            return False
        suggested = outside(self.result.folder, "审核汇总表.xlsx") if self.result.folder else "审核汇总表.xlsx"
        path = ask_summary_path(self, suggested)
        if not path:
            return False
        phases = Phases(self, "导出汇总表", "正在比较上年报告…")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheets = self.decisions.extra_sheets(phases.phase("正在比较上年报告…"))
            write_summary_xlsx(self.result, path, sheets, progress=phases.phase("正在写入汇总表…"),
                               decisions=self.decisions.store)
        except GkdeskError as e:
            dialogs.show_error(self, e)
            return False
        finally:
            QApplication.restoreOverrideCursor()
            phases.close()
        self.statusBar().showMessage(f"汇总表已保存：{path}", 8000)
        return True

    def merge_units(self) -> bool:
        if self.result is None:
            return False
        units = [u for u in self.result.units if not u.consolidated]
        if not units:
            return False
        groups = unit_duplicates(units, [self._rel(u.path) for u in units]) if len(units) > 1 else []
        refused = [g for g in groups if g.refuses_merge]
        if refused:
            drop = {i for g in refused for i in g.members[1:]}
            if ask_merge_duplicates(self, refused, len(drop)) != "exclude":
                return False
            units = [u for i, u in enumerate(units) if i not in drop]
        with_errors = sum(1 for u in units if u.status == "error")
        warn = (f"\n其中 {with_errors} 份报告有错误，汇总数字可能不准确，建议先请相关单位改正。" if with_errors else "")
        skipped = len(self.result.units) - len(units)
        note = f"\n（已排除 {skipped} 份汇总报告，避免重复计算。）" if skipped else ""
        agency = ask_merge_agency(self, f"将把 {len(units)} 份单位报告的表格数字相加，生成汇总报告。{warn}{note}\n\n"
                                        "汇总报告的机关名称（如“某某县人民政府”）：")
        if agency is None:
            return False
        try:
            doc = merge_reports([u.doc for u in units], [u.path for u in units], agency)
        except GkdeskError as e:
            dialogs.show_error(self, e, "无法合并")
            return False
        name = f"{agency or '汇总'}{doc.meta.year}年政府信息公开工作年度报告（汇总）.json"
        path = ask_merge_path(self, outside(self.result.folder, name) if self.result.folder else name)
        if not path:
            return False
        try:
            storage.save(doc, path)
        except GkdeskError as e:
            dialogs.show_error(self, e)
            return False
        notes = doc.extra["consolidation"]["notes"]
        text = f"已把 {len(units)} 份单位报告汇总为“{Path(path).name}”。正文一、五、六需由汇总单位撰写。"
        if notes:
            shown = "\n".join(f"• {n}" for n in notes[:8])
            more = f"\n……另有 {len(notes) - 8} 条" if len(notes) > 8 else ""
            text += f"\n\n请注意：\n{shown}{more}"
        if ask_open_merged(self, text, self.open_callback is not None) and self.open_callback is not None:
            self.open_callback(path)
        self.statusBar().showMessage(f"汇总报告已保存：{path}", 8000)
        return True
