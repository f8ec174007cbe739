"""Review window additions for the reviewing office: reviewer decisions, the roster, last year's reports.

`install(window)` adds to a ReviewWindow (gkdesk.gui.review), without touching its layout code:

- a context menu and two buttons on the findings list: 确认问题 / 忽略 (with a comment), 撤销标记.
  Decisions are stored beside the reports (gkdesk.review.decisions) and shown on the finding;
- a "单位名单…" button: load a roster (txt/csv/xlsx, or a consolidated report) and list the units
  without a report, reports from units not on the list, duplicates and the cross-year check
  against last year's reports in the folder (gkdesk.review.folder); the summary workbook then
  gets the "名单与重复" and "同比" sheets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFileDialog, QInputDialog, QListWidgetItem, QMenu, QMessageBox, QPushButton

from ..core.errors import GkdeskError
from ..review.batch import UnitResult
from ..review.decisions import VERDICTS, DecisionStore
from .qtcompat import keeps_none

FindingRole = Qt.ItemDataRole.UserRole + 7
DECIDED_COLOR = {"confirmed": QColor("#a01010"), "ignored": QColor("#808080")}


def ask_comment(parent, verdict: str, current: str = "") -> str | None:
    text, ok = QInputDialog.getMultiLineText(parent, VERDICTS[verdict], "审核意见（可不填）：", current)
    return text if ok else None


def ask_roster(parent, start: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, "选择应报送单位名单", start,
                                          "单位名单 (*.txt *.csv *.xlsx *.json);;所有文件 (*)")
    return path or None


class ReviewDecisions:
    """The decisions controller of one review window."""

    def __init__(self, window):
        self.w = window
        self.store: DecisionStore | None = None
        self.folder_findings: list = []
        self.roster: list[str] | None = None
        lst = window.findings
        lst.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        lst.customContextMenuRequested.connect(self._menu)
        self.confirm_button = QPushButton("确认问题…")
        self.ignore_button = QPushButton("忽略…")
        self.roster_button = QPushButton("单位名单…")
        self.confirm_button.setToolTip("把选中的问题标记为确认问题，并填写审核意见（保存在文件夹的审核记录中）")
        self.ignore_button.setToolTip("把选中的问题标记为忽略，并说明理由（保存在文件夹的审核记录中）")
        self.roster_button.setToolTip("选择应报送单位名单，列出未报送、不在名单中和重复的报告")
        self.confirm_button.clicked.connect(lambda: self.mark_selected("confirmed"))
        self.ignore_button.clicked.connect(lambda: self.mark_selected("ignored"))
        self.roster_button.clicked.connect(self.choose_roster)
        bar = window.open_button.parentWidget().layout().itemAt(0).layout()
        for b in (self.roster_button, self.confirm_button, self.ignore_button):
            bar.insertWidget(bar.count() - 1, b)
        window.table.itemSelectionChanged.connect(self.decorate)
        lst.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # ---------------------------------------------------------------- folder
    def set_result(self, result, progress=None) -> None:
        """Called after the window got a new batch result (`progress(done, total, path)`: the
        folder review's progress, see gkdesk.review.folder)."""
        self.review(result, progress)
        self.show_review()

    def review(self, result, progress=None) -> None:
        """The folder review of a new batch result, before the window lists its units: the check
        against last year's reports adds findings to the units (their counts and status)."""
        from ..review.folder import folder_findings

        self.store = None
        self.folder_findings = []
        if result is not None and result.folder:
            try:
                self.store = DecisionStore.load(result.folder)
            except GkdeskError as e:
                self.w.statusBar().showMessage(str(e), 8000)
                self.store = DecisionStore(result.folder)
            self.folder_findings = folder_findings(result, self.roster, progress=progress)

    def show_review(self) -> None:
        """What the folder review found, in the window's summary line; the decisions on the list."""
        if self.folder_findings:
            n = {k: sum(1 for f in self.folder_findings if f.kind == k) for k in ("missing", "not_on_roster", "duplicate")}
            parts = [f"{n['missing']} 个单位未报送" if self.roster is not None else "",
                     f"{n['not_on_roster']} 份报告不在名单中" if self.roster is not None else "",
                     f"{n['duplicate']} 组重复报告" if n["duplicate"] else ""]
            msg = "；".join(p for p in parts if p)
            if msg:
                self.w.info.setText(self.w.info.text() + "\n" + msg + "（详见汇总表“名单与重复”页）")
                self.w.info.setToolTip("\n".join(f.message for f in self.folder_findings))
        self.decorate()

    def choose_roster(self) -> bool:
        path = ask_roster(self.w, self.w.result.folder if self.w.result else "")
        if not path:
            return False
        return self.load_roster(path)

    def load_roster(self, path: str) -> bool:
        from ..review.folder import load_roster, roster_from_consolidation

        try:
            if Path(path).suffix.lower() == ".json":
                from ..core import storage

                roster = roster_from_consolidation(storage.load(path))
                if not roster:
                    raise GkdeskError(f"“{path}”不是汇总报告，没有单位名单")
            else:
                roster = load_roster(path)
        except GkdeskError as e:
            QMessageBox.warning(self.w, "单位名单", str(e))
            return False
        self.roster = roster
        if self.w.result is not None:
            self.w.set_result(self.w.result)
        return True

    def extra_sheets(self, progress=None):
        from ..review.folder import review_sheets

        if self.w.result is None:
            return ()
        return review_sheets(self.w.result, self.folder_findings, progress=progress)

    # ---------------------------------------------------------------- decisions
    @keeps_none
    def decorate(self) -> None:
        """Attach each finding to its list item and show the decisions on it."""
        entry = self.w.selected_entry()
        lst = self.w.findings
        if not isinstance(entry, UnitResult) or not entry.findings:
            self._update_buttons()
            return
        doc = entry.doc
        for i, f in enumerate(entry.findings):
            item: QListWidgetItem | None = lst.item(i)
            if item is None:
                break
            item.setData(FindingRole, i)
            d = self.store.get(entry.path, doc, f) if self.store else None
            base = item.data(Qt.ItemDataRole.UserRole + 8) or item.text()
            item.setData(Qt.ItemDataRole.UserRole + 8, base)
            if d is None:
                item.setText(base)
                continue
            item.setText(f"【{d.label}{'：' + d.comment if d.comment else ''}】{base}")
            item.setForeground(QBrush(DECIDED_COLOR[d.verdict]))
        self._update_buttons()

    def _selected(self):
        entry = self.w.selected_entry()
        item = self.w.findings.currentItem()
        if not isinstance(entry, UnitResult) or item is None or item.data(FindingRole) is None:
            return None
        return entry, entry.findings[item.data(FindingRole)]

    def _update_buttons(self) -> None:
        ok = self.store is not None and self._selected() is not None
        self.confirm_button.setEnabled(ok)
        self.ignore_button.setEnabled(ok)
        self.roster_button.setEnabled(self.w.result is not None)

    def mark_selected(self, verdict: str, comment: str | None = None) -> bool:
        got = self._selected()
        if got is None or self.store is None:
            return False
        entry, f = got
        doc = entry.doc
        if comment is None:
            old = self.store.get(entry.path, doc, f)
            comment = ask_comment(self.w, verdict, old.comment if old else "")
            if comment is None:
                return False
        self.store.decide(entry.path, doc, f, verdict, comment)
        return self._save()

    def clear_selected(self) -> bool:
        got = self._selected()
        if got is None or self.store is None:
            return False
        self.store.clear(got[0].path, got[1])
        return self._save()

    def _save(self) -> bool:
        try:
            self.store.save()
        except GkdeskError as e:
            QMessageBox.warning(self.w, "审核记录", str(e))
            return False
        row = self.w.findings.currentRow()
        self.w._show_selected()
        self.decorate()
        self.w.findings.setCurrentRow(row)
        self.w.statusBar().showMessage(f"审核记录已保存：{self.store.path}", 5000)
        return True

    def _menu(self, pos) -> None:
        if self._selected() is None:
            return
        menu = QMenu(self.w.findings)
        menu.addAction("确认问题…", lambda: self.mark_selected("confirmed"))
        menu.addAction("忽略…", lambda: self.mark_selected("ignored"))
        menu.addAction("撤销标记", self.clear_selected)
        menu.exec(self.w.findings.mapToGlobal(pos))


def install(window) -> ReviewDecisions:
    ctl = ReviewDecisions(window)
    window.decisions = ctl
    return ctl
