"""The main window: navigator of the report's parts, the editors, the findings panel, menus, files."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QColor, QIcon, QKeySequence
from PySide6.QtWidgets import (QApplication, QCheckBox, QDockWidget, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QMainWindow, QPushButton, QScrollArea,
                               QSplitter, QStackedWidget, QVBoxLayout, QWidget)

from .. import __version__
from ..checks.finding import Finding, Severity
from ..core.commands import FillBlankZero, FillTotals, SetAutoTotal, SetExplanation, blank_entry_cells
from ..core.errors import GkdeskError, LoadError, SaveError
from . import session as session_mod, state
from .editors import MetaForm, ProseEditor
from .findings import FindingsModel, FindingsView, is_blank_finding
from .qtcompat import disconnect
from .docklayout import FINDINGS_DOCK_AT_BOTTOM
from .qtns import USER_ROLE, Qt
from .session import DocumentSession, ExternalChangeError
from .tablemodel import COLORS, LEGEND, ReportTableModel

if TYPE_CHECKING:
    from .tableview import ReportTableView

log = logging.getLogger("gkdesk.gui")

APP_TITLE = "gkdesk 政府信息公开年报"
IMPORT_SUFFIXES = {".docx", ".pdf", ".html", ".htm", ".mht", ".mhtml", ".txt", ".xlsx"}
NOT_INSTALLED = "此功能尚未安装"
SECTION_HINTS = {
    "s1": "概述本年度贯彻落实《条例》的情况，一般分为：（一）主动公开；（二）依申请公开；（三）政府信息管理；"
          "（四）政府信息公开平台建设；（五）监督保障。各级人民政府还应写明工作考核、社会评议和责任追究结果情况。",
    "s5": "写明本年度政府信息公开工作存在的主要问题，以及已经或准备采取的改进措施（含上年度问题的整改情况）。",
    "s6": "其他需要报告的事项。2021年格式起，收取信息处理费的情况在此报告（未收取的也应写明）。无其他事项时可写“无”。",
}


def _legacy(path: str) -> bool:
    """Is `path` named like an old binary office file (.doc, .wps …)? A gkdesk report (.json, what the
    start opens) never is: answered without importing the importers (their package, subprocess …)."""
    if Path(path).suffix.lower() == ".json":
        return False
    from ..importers.legacy import is_legacy  # only when another kind of file is opened or dropped

    return is_legacy(path)


def _dialogs():
    """gkdesk.gui.dialogs, imported at the first question (not on the start: its Qt dialog classes
    cost a few ms). Always called through the module, so tests can replace its functions."""
    from . import dialogs

    return dialogs


def _legend() -> QWidget:
    """One bordered swatch per cell state, in the colours the table uses (tablemodel.LEGEND)."""
    box = QWidget()
    box.setObjectName("legend")
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(4)
    em = box.fontMetrics().horizontalAdvance("中")
    for key, word in LEGEND:
        sw = QLabel()
        sw.setObjectName(f"swatch_{word}")
        sw.setFixedSize(int(em * 1.6), int(em * 1.1))
        sw.setStyleSheet(f"background-color:{COLORS[key].name()}; border:1px solid #5a5a5a;")
        sw.setToolTip(word)
        lay.addWidget(sw)
        text = QLabel(f"<i>{word}</i>" if key == "auto" else word)
        lay.addWidget(text)
        lay.addSpacing(em // 2)
    return box


def _set_if_changed(label: QLabel, text: str, style: str) -> None:
    """Set a status label's text and style sheet only when they change (a style sheet set again
    restyles the widget)."""
    if label.text() != text:
        label.setText(text)
    if label.styleSheet() != style:
        label.setStyleSheet(style)


def _is_table_view(w) -> bool:
    """Is `w` a report table's view? (No table page, no view: tableview is imported with the first.)"""
    mod = sys.modules.get(f"{__package__}.tableview")
    return mod is not None and isinstance(w, mod.ReportTableView)


#: sizes of the toolbar's icon files (resources/icons/toolbar, drawn by packaging/make_toolbar_icons.py)
TOOLBAR_ICON_SIZES = (16, 24, 32, 48)


def toolbar_icon(name: str) -> QIcon:
    """The toolbar icon `name` from its PNG files, one per size (Qt picks the one for the screen's
    scale and greys it when disabled). Not QStyle.standardIcon: creating PySide6's QStyle class
    alone costs ~12 ms of the start. Missing files give an empty icon (the text still shows)."""
    from .. import paths

    icon = QIcon()
    folder = paths.resources_dir() / "icons" / "toolbar"
    for size in TOOLBAR_ICON_SIZES:
        f = folder / f"{name}-{size}.png"
        if f.is_file():
            icon.addFile(str(f), QSize(size, size))
    return icon


class _LazyPages(Mapping):
    """The window's pages by part key, in navigator order; a page is built by `make(key)` the first
    time it is looked up (iterating keys or testing membership builds nothing)."""

    def __init__(self, make):
        self._make = make
        self._keys: list[str] = []
        self._built: dict[str, QWidget] = {}

    def add(self, key: str) -> None:
        self._keys.append(key)

    def index(self, key: str) -> int:
        return self._keys.index(key)

    def key_at(self, row: int) -> str:
        return self._keys[row]

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            if key not in self._keys:
                raise KeyError(key)
            page = self._built[key] = self._make(key)
        return page

    def __contains__(self, key) -> bool:
        return key in self._keys

    def __iter__(self):
        return iter(list(self._keys))

    def __len__(self) -> int:
        return len(self._keys)


class TablePage(QWidget):
    """A section with a table: heading, table (like the official one), optional text below.

    The table takes the height it needs up to the page (it scrolls inside, with frozen headings);
    the section text box is one line tall until it is used and then grows with its text.
    """

    def __init__(self, session: DocumentSession, section, parent=None):
        super().__init__(parent)
        self.session = session
        self.section = section
        spec = session.doc.spec.table(section.table)
        lay = QVBoxLayout(self)
        lay.setSpacing(4)
        bar = QHBoxLayout()
        head = QLabel(f"<b style='font-size:15px'>{section.heading}</b>")
        head.setToolTip(f"{spec.name}　{spec.title}")
        bar.addWidget(head)
        bar.addStretch(1)
        self.derived = [c.id for c in spec.cells if c.derived]
        self.zero_button = QPushButton("空白填0")
        self.zero_button.setToolTip(f"把{spec.name}中所有空白的单元格填为 0（合计除外；可撤销）。\n"
                                    "只在确实没有发生的情况下使用：没有数据填0，不要留空。")
        self.zero_button.clicked.connect(self._fill_zero)
        bar.addWidget(self.zero_button)
        self.auto_box: QCheckBox | None = None
        if self.derived:
            self.auto_box = QCheckBox("自动计算本表合计")
            self.auto_box.setToolTip("勾选：总计单元格按各项之和自动填写（浅蓝色斜体）。\n"
                                     "不勾选：总计由您手工填写，程序检查是否相符。\n也可以在单个总计单元格上右键切换。")
            self.auto_box.clicked.connect(self._auto_clicked)
            bar.addWidget(self.auto_box)
        lay.addLayout(bar)
        leg = QHBoxLayout()
        leg.addWidget(QLabel(f"{spec.name}　{spec.title}"))
        leg.addStretch(1)
        leg.addWidget(_legend())
        lay.addLayout(leg)
        from PySide6.QtWidgets import QSizePolicy  # its class costs ~3 M instructions; the start has no table page

        from .tableview import ReportTableView  # with the first table page (the start shows none)

        self.model = ReportTableModel(session, spec.key, self)
        self.view = ReportTableView(self.model, self)
        w, h = self.view.natural_size()
        mw, mh = self.view.minimum_table_size()
        self.view.setMinimumSize(min(w + 2, max(mw, 420)), min(h + 2, mh))  # smaller windows scroll
        self.view.setMaximumSize(w + 2, h + 2 + self.view.horizontalScrollBar().sizeHint().height())
        self.view.max_width = w + 2
        self.view.max_height = h + 2 + self.view.horizontalScrollBar().sizeHint().height()
        for bar in (self.view.verticalScrollBar(), self.view.horizontalScrollBar()):
            bar.rangeChanged.connect(lambda *a: self.view._fit_width())
        lay.addWidget(self.view, 1, Qt.AlignmentFlag.AlignLeft)
        self.prose_label = QLabel("本节文字（可选，显示在表格之后）：")
        lay.addWidget(self.prose_label)
        self.prose = ProseEditor(session, section.key, self)
        self.prose.setPlaceholderText("如需对本节表格作文字说明，请在此填写；没有可留空。")
        self.prose.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.prose.textChanged.connect(self._fit_prose)
        lay.addWidget(self.prose)
        self._fit_prose()
        lay.addStretch(0)
        session.changed.connect(self._sync_auto)
        self._sync_auto()

    def _fit_prose(self) -> None:
        """One line while empty; grows with the text up to six lines (then it scrolls)."""
        doc = self.prose.document()
        lines = max(1, min(6, doc.blockCount() + (1 if self.prose.toPlainText() else 0)))
        fm = self.prose.fontMetrics()
        m = self.prose.contentsMargins()
        self.prose.setFixedHeight(lines * fm.lineSpacing() + int(doc.documentMargin() * 2) + m.top() + m.bottom() + 2)

    def _fill_zero(self) -> None:
        cells = blank_entry_cells(self.session.doc, self.section.table)
        if not cells:
            self.window().statusBar().showMessage("本表没有空白的单元格", 5000)
            return
        self.session.push(FillBlankZero(self.section.table))
        self.window().statusBar().showMessage(f"已把 {len(cells)} 个空白单元格填为 0（可撤销）", 8000)

    def _auto_clicked(self, checked: bool) -> None:
        self.session.push(SetAutoTotal(self.derived, checked))

    def _sync_auto(self, change=None) -> None:
        if self.auto_box is None:
            return
        n_auto = sum(1 for c in self.derived if self.session.doc.is_auto(c))
        st = Qt.CheckState.Checked if n_auto == len(self.derived) else \
            Qt.CheckState.Unchecked if n_auto == 0 else Qt.CheckState.PartiallyChecked
        if self.auto_box.checkState() == st:
            return  # setCheckState repaints even when nothing changes (every typed cell)
        self.auto_box.blockSignals(True)
        self.auto_box.setCheckState(st)
        self.auto_box.blockSignals(False)


class ProsePage(QWidget):
    def __init__(self, session: DocumentSession, section, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(f"<b style='font-size:15px'>{section.heading}</b>"))
        hint = SECTION_HINTS.get(section.key)
        if hint:
            h = QLabel(hint)
            h.setWordWrap(True)
            h.setStyleSheet("color:#555")
            lay.addWidget(h)
        self.editor = ProseEditor(session, section.key, self)
        f = self.editor.font()
        f.setPointSizeF(f.pointSizeF() * 1.2)
        self.editor.setFont(f)
        lay.addWidget(self.editor, 1)


class MainWindow(QMainWindow):
    def __init__(self, path: str | None = None, *, offer_recovery: bool = True, example: bool = True,
                 check_after_show: bool = False):
        """`check_after_show`: the report opened here is checked right after the window's first frame
        instead of before it (the program's start: the window appears sooner, the findings follow
        within the same moment; anything that reads the findings earlier runs the check at once)."""
        super().__init__()
        self.session: DocumentSession | None = None
        self.pages: Mapping[str, QWidget] = {}
        self._children: list[QWidget] = []
        self._checking_disk = False
        self._defer_check = check_after_show
        #: what the start leaves until right after the first frame (besides the first check)
        self._after_first_frame: list = []
        self.setAcceptDrops(True)
        self._build_chrome()
        self.fit_to_screen()
        opened = False
        if path:
            opened = self.open_path(path, ask=False)
        if not opened:
            if example and not path:
                self._open_example()
            else:
                self.set_session(DocumentSession.new("2021", self))
        self._defer_check = False
        if offer_recovery:
            self.offer_recovery()

    # ================================================================== chrome
    def fit_to_screen(self) -> None:
        """Initial size from the screen's available area: nearly all of a small screen (1366×768,
        or 1920×1080 at 150 %), a comfortable 1320×900 on a large one; centred."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            self.resize(1320, 900)
            return
        avail = screen.availableGeometry()
        frame = 40  # title bar and borders drawn by the window manager
        w = avail.width() - 16 if avail.width() <= 1440 else min(1320, avail.width() - 16)
        h = min(900, avail.height() - frame)
        self.resize(max(w, 640), max(h, 480))
        self.move(avail.left() + max(0, (avail.width() - self.width()) // 2),
                  avail.top() + max(0, (avail.height() - h - frame) // 2))

    def _build_chrome(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("navigator")
        self.nav.setWordWrap(True)
        self.nav.setMinimumWidth(self.fontMetrics().horizontalAdvance("四、政府信息公开行政复议、") + 30)
        self.nav.setMaximumWidth(420)
        # keyboard focus must be visible: a frame around the list, the current page in the highlight colour
        self.nav.setStyleSheet(
            "QListWidget#navigator:focus { border: 2px solid palette(highlight); }"
            "QListWidget#navigator::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
            "QListWidget#navigator::item { padding: 6px 4px; }"
            "QListWidget#navigator::item:selected:!active { background: #c9d7ea; color: black; }")
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.stack = QStackedWidget()
        split = QSplitter()
        split.addWidget(self.nav)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 1)
        split.setSizes([self.nav.minimumWidth(), 1000])
        self.setCentralWidget(split)

        self.findings_dock = QDockWidget("检查结果", self)
        self.findings_dock.setObjectName("findings")
        self.findings_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                       | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                                       | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        # docked at the bottom by restoring a saved layout: addDockWidget(Qt.DockWidgetArea.…) would
        # create PySide6's whole Qt namespace (~40 ms) before the first frame (see qtns)
        #: the first pages' findings list gets its five rows from that layout (it leaves the dock at its
        #: smallest height, which is the view's five rows); later ones (and a Qt that cannot read the
        #: layout) from resizeDocks
        self._dock_sized_by_layout = self.restoreState(FINDINGS_DOCK_AT_BOTTOM)
        if not self._dock_sized_by_layout:
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings_dock)

        sb = self.statusBar()
        self.sum_label = QLabel("")
        self.sum_label.setContentsMargins(0, 0, 16, 0)
        self.count_label = QLabel("")
        self.count_label.setContentsMargins(0, 0, 8, 0)
        sb.addPermanentWidget(self.sum_label)
        sb.addPermanentWidget(self.count_label)
        self._build_menus()

    def _act(self, menu, text, slot, shortcut=None, tip=None) -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            # as a property: setShortcut()'s argument conversion creates PySide6's Qt namespace (qtns)
            # (and no QKeySequence(QKeySequence(…)): that conversion creates it as well)
            a.setProperty("shortcut", shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut))
        if tip:
            a.setStatusTip(tip)
        a.triggered.connect(lambda checked=False: slot())
        menu.addAction(a)
        return a

    def _build_menus(self) -> None:
        mb = self.menuBar()
        f = mb.addMenu("文件(&F)")
        self.act_new = self._act(f, "新建(&N)…", self.new_report, QKeySequence.StandardKey.New)
        self.act_open = self._act(f, "打开(&O)…", self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = f.addMenu("最近打开")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.act_save = self._act(f, "保存(&S)", self.save, QKeySequence.StandardKey.Save)
        self.act_save_as = self._act(f, "另存为(&A)…", self.save_as, QKeySequence("Ctrl+Shift+S"))
        f.addSeparator()
        self._act(f, "导入已发布的年报…", self.import_dialog,
                  tip="从 Word、网页、文本或 Excel 文件读入一份已发布的年度报告")
        self.act_export_docx = self._act(f, "导出 Word…", lambda: self.export("docx"),
                                         tip="按公文格式导出 Word 文档（送领导签发）")
        self._act(f, "导出 Word（使用自定义模板）…", lambda: self.export("docx", custom_template=True))
        self.act_export_xlsx = self._act(f, "导出 Excel…", lambda: self.export("xlsx"),
                                         tip="导出表二、表三、表四的 Excel 工作簿（合计为公式）")
        self._act(f, "导出 Excel（使用自定义模板）…", lambda: self.export("xlsx", custom_template=True))
        self._act(f, "导出网页（HTML）…", lambda: self.export("html"),
                  tip="导出一页干净的网页（真实表格），可粘贴到网站内容管理系统发布")
        self._act(f, "导出 PDF…", lambda: self.export("pdf"), tip="用本机的 LibreOffice 把 Word 版转换为 PDF")
        f.addSeparator()
        self._act(f, "根据本报告新建下一年度报告…", self.next_year)
        self._act(f, "审阅文件夹…", self.review_folder)
        f.addSeparator()
        self._act(f, "退出(&X)", self.close, QKeySequence.StandardKey.Quit)

        e = mb.addMenu("编辑(&E)")
        self.act_undo = self._act(e, "撤销", self.undo, QKeySequence.StandardKey.Undo)
        self.act_redo = self._act(e, "重做", self.redo, QKeySequence("Ctrl+Y"))
        # its second key after the first frame (setShortcuts() would create the Qt namespace; the
        # start has nothing to redo, so the key has nothing to do before it)
        self.after_first_frame(lambda: self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"),
                                                                   QKeySequence("Ctrl+Shift+Z")]))
        e.addSeparator()
        self._act(e, "复制", self.copy, QKeySequence.StandardKey.Copy)
        self._act(e, "粘贴", self.paste, QKeySequence.StandardKey.Paste)
        self._act(e, "清除", self.clear_cells)
        e.addSeparator()
        self._act(e, "重新计算全部合计…", self.recompute_totals)

        c = mb.addMenu("检查(&C)")
        self.act_check = self._act(c, "立即检查", self.check_now, QKeySequence("F5"))
        self._act(c, "下一个问题", self.next_finding, QKeySequence("F8"))
        c.addSeparator()
        self.act_findings = self.findings_dock.toggleViewAction()
        self.act_findings.setText("显示检查结果")
        self.act_findings.setProperty("shortcut", QKeySequence("F9"))
        c.addAction(self.act_findings)

        h = mb.addMenu("帮助(&H)")
        self.act_guide = self._act(h, "使用说明", self.show_guide, QKeySequence.StandardKey.HelpContents,
                                   tip="如何填写各表、勾稽关系、每个问题编号的含义和改法")
        self._act(h, "关于", self.about)
        self._build_toolbar()

    def _build_toolbar(self) -> None:
        tb = self.addToolBar("常用")
        tb.setObjectName("main_toolbar")
        tb.setMovable(False)
        tb.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")  # by the enum's key: no Qt namespace (qtns)
        icons = {self.act_new: "new", self.act_open: "open", self.act_save: "save", self.act_undo: "undo",
                 self.act_redo: "redo", self.act_export_docx: "export-docx", self.act_export_xlsx: "export-xlsx",
                 self.act_check: "check"}
        for a, name in icons.items():
            a.setIcon(toolbar_icon(name))
        for a in (self.act_new, self.act_open, self.act_save, None, self.act_undo, self.act_redo, None,
                  self.act_check, None, self.act_export_docx, self.act_export_xlsx):
            if a is None:
                tb.addSeparator()
            else:
                tb.addAction(a)

    # ================================================================== session
    def set_session(self, s: DocumentSession) -> None:
        old = self.session
        if old is not None:
            for sig in (old.cleanChanged, old.pathChanged):
                disconnect(sig, self._update_title)
            disconnect(old.findingsChanged, self._findings_changed)
            for sig, slot in ((old.undo_stack.canUndoChanged, self.act_undo.setEnabled),
                              (old.undo_stack.canRedoChanged, self.act_redo.setEnabled),
                              (old.undo_stack.undoTextChanged, self._undo_text),
                              (old.undo_stack.redoTextChanged, self._redo_text)):
                disconnect(sig, slot)
            if old is not s:
                old.close()
                old.deleteLater()
        self.session = s
        s.setParent(self)
        self.statusBar().clearMessage()
        s.cleanChanged.connect(self._update_title)
        s.autosaveFailed.connect(lambda m: self.statusBar().showMessage(m) if m else self.statusBar().clearMessage())
        if state.UNUSABLE:
            self.statusBar().showMessage(state.UNUSABLE)
        s.pathChanged.connect(self._update_title)
        s.findingsChanged.connect(self._findings_changed)
        s.undo_stack.canUndoChanged.connect(self.act_undo.setEnabled)
        s.undo_stack.canRedoChanged.connect(self.act_redo.setEnabled)
        s.undo_stack.undoTextChanged.connect(self._undo_text)
        s.undo_stack.redoTextChanged.connect(self._redo_text)
        self.act_undo.setEnabled(s.undo_stack.canUndo())
        self.act_redo.setEnabled(s.undo_stack.canRedo())
        self._undo_text(s.undo_stack.undoText())  # no stale text from the previous file
        self._redo_text(s.undo_stack.redoText())
        self._build_pages()
        self._update_title()
        self._findings_changed()
        if not s.checked:
            if self.isVisible():
                QTimer.singleShot(0, self._first_check)
            # else: after the first frame (showEvent → expose); reading the findings earlier checks at once

    # ------------------------------------------------------------------ first check after the first frame
    def showEvent(self, event) -> None:
        super().showEvent(event)
        s = self.session
        handle = self.windowHandle()
        if handle is not None and (s is not None and not s.checked or self._after_first_frame):
            handle.installEventFilter(self)  # the first expose paints the window; the check follows it
            QTimer.singleShot(1000, self._first_check)  # a window that is never exposed (started minimised)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Expose and obj is self.windowHandle() and obj.isExposed():
            obj.removeEventFilter(self)
            # posted now, run after this expose event has painted and flushed the first frame
            QTimer.singleShot(0, self._first_check)
        return super().eventFilter(obj, event)

    def _first_check(self) -> None:
        self.findings_view.attach()  # the findings model behind the first frame's column titles
        s = self.session
        if s is not None and not s.checked:
            s.recheck()
        jobs, self._after_first_frame = self._after_first_frame, []
        for job in jobs:
            job()

    def after_first_frame(self, job) -> None:
        """Run `job` right after the window's first frame has been painted, with the first check
        (for a window not shown yet); a window already on screen runs it on the next event-loop turn."""
        if self.isVisible():
            QTimer.singleShot(0, job)
        else:
            self._after_first_frame.append(job)

    def _undo_text(self, t: str) -> None:
        """The button keeps its short label; what would be undone is in the tooltip and status tip."""
        tip = f"撤销：{t}" if t else "撤销（没有可撤销的操作）"
        self.act_undo.setToolTip(tip)
        self.act_undo.setStatusTip(tip)

    def _redo_text(self, t: str) -> None:
        tip = f"重做：{t}" if t else "重做（没有可重做的操作）"
        self.act_redo.setToolTip(tip)
        self.act_redo.setStatusTip(tip)

    def _build_pages(self) -> None:
        """The navigator and the stack get one entry per part; a part's page is built the first time
        it is shown or asked for (self.pages builds on access), so the start builds only the first."""
        s = self.session
        assert s is not None
        while self.stack.count():
            w = self.stack.widget(0)
            self.stack.removeWidget(w)
            w.deleteLater()
        self.pages = _LazyPages(self._make_page)
        self.nav.blockSignals(True)
        self.nav.clear()
        self._add_page("meta", "报告信息")
        for sec in s.doc.spec.sections:
            self._add_page(sec.key, sec.heading)
        self.nav.blockSignals(False)
        model = FindingsModel(s, self)
        self.findings_view = FindingsView(model, attach_later=self._defer_check)
        self.findings_view.activated_finding.connect(self.goto_finding)
        self.findings_view.explain_requested.connect(self.explain_finding)
        self.findings_view.unexplain_requested.connect(
            lambda f: s.push(SetExplanation(f.check_id, f.key, f.cells, "")))
        old = self.findings_dock.widget()
        self.findings_dock.setWidget(self.findings_view)
        if old is not None:
            old.deleteLater()
        if self._dock_sized_by_layout:
            self._dock_sized_by_layout = False
        else:
            self.resizeDocks([self.findings_dock], [self.findings_view.rows_height(5)], Qt.Orientation.Vertical)
        self.nav.setCurrentRow(0)
        self.pages["meta"]  # noqa: B018 - the first page shown is built now

    def _make_page(self, key: str) -> QWidget:
        """Build the page of one part and put it in the stack in place of its placeholder."""
        s = self.session
        assert s is not None
        if key == "meta":
            page: QWidget = QScrollArea()
            page.setWidgetResizable(True)
            self.meta_form = MetaForm(s)
            self.meta_form.setMaximumWidth(820)
            page.setWidget(self.meta_form)
        else:
            sec = next(x for x in s.doc.spec.sections if x.key == key)
            page = TablePage(s, sec) if sec.table else ProsePage(s, sec)
            if isinstance(page, TablePage):
                page.view.selectionSummary.connect(self.sum_label.setText)
                page.view.status.connect(lambda m: self.statusBar().showMessage(m, 15000))
        idx = self.pages.index(key)
        cur = self.stack.currentIndex()
        placeholder = self.stack.widget(idx)
        self.stack.insertWidget(idx, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if cur >= 0:
            self.stack.setCurrentIndex(cur)
        if self.isVisible():
            # a page built later may need more height than the placeholders did: keep the findings
            # list at the five rows it was given when all pages were built at once
            self.layout().activate()
            want = self.findings_view.rows_height(5)
            if self.findings_dock.isVisible() and self.findings_dock.height() < want:
                self.resizeDocks([self.findings_dock], [want], Qt.Orientation.Vertical)
        return page

    def _add_page(self, key: str, title: str) -> None:
        self.pages.add(key)
        self.stack.addWidget(QWidget())  # placeholder until the page is built
        item = QListWidgetItem(title)
        item.setData(USER_ROLE, key)
        self.nav.addItem(item)

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < self.stack.count():
            if isinstance(self.pages, _LazyPages):
                self.pages[self.pages.key_at(row)]  # noqa: B018 - builds the page on its first visit
            self.stack.setCurrentIndex(row)
            self.sum_label.setText("")

    def show_page(self, key: str) -> QWidget:
        keys = list(self.pages)
        self.nav.setCurrentRow(keys.index(key))
        return self.pages[key]

    def current_table_view(self) -> ReportTableView | None:
        w = QApplication.focusWidget()
        if _is_table_view(w):
            return w
        page = self.stack.currentWidget()
        return page.view if isinstance(page, TablePage) else None

    def table_page(self, table_key: str) -> TablePage:
        assert self.session is not None
        for sec in self.session.doc.spec.sections:
            if sec.table == table_key and sec.key in self.pages:
                page = self.pages[sec.key]
                assert isinstance(page, TablePage)
                return page
        raise KeyError(table_key)

    # ================================================================== title and findings
    def _update_title(self, *args) -> None:
        s = self.session
        if s is None:
            return
        self.setWindowTitle(f"{s.display_name}[*] — gkdesk")
        self.setWindowModified(s.modified)

    def _findings_changed(self) -> None:
        s = self.session
        if s is None:
            return
        if not s.checked:  # the first check runs right after the first frame
            _set_if_changed(self.count_label, "正在检查…", "")
            self.findings_dock.setWindowTitle("检查结果（正在检查…）")
            return
        summ = s.summary()
        # blank cells are counted apart while drafting (the export still lists them)
        live = [f for f in s.findings if not f.explained]
        blank_cells = sum(len(f.cells) for f in live if is_blank_finding(f))
        n = {sev: sum(1 for f in live if f.severity is sev and not is_blank_finding(f)) for sev in Severity}
        errors = n[Severity.ERROR]
        text = f"错误 {errors}　警告 {n[Severity.WARNING]}　提示 {n[Severity.HINT]}"
        if blank_cells:
            text += f"　未填写 {blank_cells} 格"
        if summ["explained"]:
            text += f"　已说明 {summ['explained']}"
        _set_if_changed(self.count_label, text, "color:#a01010" if errors else "")
        # per page counts in the navigator
        spec = s.doc.spec
        per: dict[str, list[Finding]] = {}
        for f in s.findings:
            if f.explained:
                continue
            if f.cells and f.cells[0] in spec.cells:
                table = spec.cells[f.cells[0]].table
                key = next((x.key for x in spec.sections if x.table == table), "")
            else:
                key = f.section or "meta"
            per.setdefault(key, []).append(f)
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            key = item.data(USER_ROLE)
            base = "报告信息" if key == "meta" else spec.section(key).heading
            fs = per.get(key, [])
            n = {sev: sum(1 for f in fs if f.severity is sev and not is_blank_finding(f)) for sev in Severity}
            nb = sum(len(f.cells) for f in fs if is_blank_finding(f))
            parts = [f"{n[sev]} 个{sev.label}" for sev in Severity if n[sev]] + ([f"{nb} 格未填写"] if nb else [])
            if parts:
                label = f"{base}\n（{'，'.join(parts)}）"
                color = (QColor(Qt.GlobalColor.darkRed) if n[Severity.ERROR] else
                         QColor("#7a5a00") if n[Severity.WARNING] else self.nav.palette().text().color())
            else:
                label, color = base, self.nav.palette().text().color()
            if item.text() != label:  # an unchanged navigator is not laid out again
                item.setText(label)
            if item.foreground().color() != color:
                item.setForeground(color)
        title = f"检查结果（{text}）"
        if self.findings_dock.windowTitle() != title:
            self.findings_dock.setWindowTitle(title)

    def goto_finding(self, f: Finding) -> None:
        s = self.session
        assert s is not None
        spec = s.doc.spec
        if f.cells and f.cells[0] in spec.cells:
            table = spec.cells[f.cells[0]].table
            page = self.table_page(table)
            self.show_page(page.section.key)
            page.view.select_cells([c for c in f.cells if spec.cells.get(c) and spec.cells[c].table == table])
        elif f.section == "meta" or not f.section:
            self.show_page("meta")
        elif f.section in self.pages:
            page = self.show_page(f.section)
            ed = page.editor if isinstance(page, ProsePage) else getattr(page, "prose", None)
            if ed is not None:
                ed.setFocus()
        self.statusBar().showMessage(f.message, 8000)

    def next_finding(self) -> None:
        s = self.session
        if s is None or not s.findings:
            self.statusBar().showMessage("没有发现问题", 4000)
            return
        model = self.findings_view.model()
        cur = self.findings_view.currentIndex()
        row = (cur.row() + 1) % model.rowCount() if cur.isValid() else 0
        self.findings_view.selectRow(row)
        self.goto_finding(model.finding(row))

    def check_now(self) -> None:
        s = self.session
        assert s is not None
        s.recheck()
        self.findings_dock.show()
        summ = s.summary()
        self.statusBar().showMessage(
            "检查完成：没有发现问题" if not s.findings else
            f"检查完成：{summ['error']} 个错误，{summ['warning']} 个警告，{summ['hint']} 个提示", 6000)

    def explain_finding(self, f: Finding) -> None:
        text = _dialogs().ask_explanation(self, f.message, f.explained)
        if text:
            self.session.push(SetExplanation(f.check_id, f.key, f.cells, text, section=f.section))

    # ================================================================== edit menu
    def undo(self) -> None:
        self.session.undo_stack.undo()

    def redo(self) -> None:
        self.session.undo_stack.redo()

    def copy(self) -> None:
        w = QApplication.focusWidget()
        if _is_table_view(w):
            w.copy_selection()
        elif hasattr(w, "copy"):
            w.copy()

    def paste(self) -> None:
        w = QApplication.focusWidget()
        if _is_table_view(w):
            w.paste()
        elif hasattr(w, "paste"):
            w.paste()
        else:
            v = self.current_table_view()
            if v is not None:
                v.paste()

    def clear_cells(self) -> None:
        v = self.current_table_view()
        if v is not None:
            v.clear_selection()

    def recompute_totals(self) -> None:
        if _dialogs().ask_recompute_totals(self):
            self.session.push(FillTotals(overwrite=True))

    # ================================================================== files
    def _open_example(self) -> None:
        from ..paths import example_report

        try:
            s = DocumentSession.open(example_report(), self, check=not self._defer_check)
        except LoadError as e:
            log.error("bundled example unreadable: %s", e)
            s = DocumentSession.new("2021", self)
        else:
            s.path = None  # never save over the bundled example
            s._signature = None
            s.label = "示例报告"
        self.set_session(s)
        self.statusBar().showMessage(state.UNUSABLE or "这是内置的示例报告。可以直接修改后“另存为”，或用“文件 → 新建”开始一份新报告。",
                                     0 if state.UNUSABLE else 15000)

    def maybe_save(self) -> bool:
        """Ask about unsaved changes. True = go on (saved or discarded), False = cancel."""
        s = self.session
        if s is None or not s.modified:
            return True
        ans = _dialogs().ask_save_changes(self, s.display_name)
        if ans == "save":
            return self.save()
        return ans == "discard"

    def new_report(self) -> None:
        if not self.maybe_save():
            return
        fmt = _dialogs().ask_new_format(self)
        if fmt is None:
            return
        self.set_session(DocumentSession.new(fmt, self))
        self.show_page("meta")

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        folder = str(self.session.path.parent) if self.session and self.session.path else ""
        path = _dialogs().ask_open_path(self, folder)
        if path:
            self.open_path(path, ask=False)

    def open_path(self, path: str, ask: bool = True) -> bool:
        """Open a report file. A damaged file shows a message and leaves everything as it was."""
        if ask and not self.maybe_save():
            return False
        if Path(path).suffix.lower() in IMPORT_SUFFIXES or _legacy(path):
            # an old .doc/.wps gets the importer's 另存为 .docx hint (and one that is really a web
            # page or a Word XML document, as web systems' 导出Word write, is read)
            return self.import_path(path, ask=False)
        try:
            s = DocumentSession.open(path, self, check=not self._defer_check)
        except LoadError as e:
            _dialogs().show_error(self, e, "无法打开文件")
            return False
        self.set_session(s)
        if self._defer_check:  # the start: the recent-files list (written with fsync) after the first frame
            self._after_first_frame.append(lambda p=s.path: state.add_recent(p))
        else:
            state.add_recent(s.path)
        self.statusBar().showMessage(f"已打开 {s.path}", 5000)
        return True

    def check_disk_change(self) -> None:
        """When the window becomes active: offer to reload a report another program changed."""
        s = self.session
        if s is None or self._checking_disk or not s.unseen_disk_change():
            return
        self._checking_disk = True
        try:
            if _dialogs().ask_reload_external(self, str(s.path), s.modified):
                self.open_path(str(s.path), ask=False)
            else:
                s.acknowledge_disk_change()
        finally:
            self._checking_disk = False

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            QTimer.singleShot(0, self.check_disk_change)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        items = state.recent_files()
        if not items:
            a = self.recent_menu.addAction("（无）")
            a.setEnabled(False)
            return
        for p in items:
            self.recent_menu.addAction(p, lambda p=p: self._open_recent(p))

    def _open_recent(self, path: str) -> None:
        if not Path(path).exists():
            _dialogs().show_error(self, f"文件“{path}”已不存在，已从最近打开列表中移除。")
            state.remove_recent(path)
            return
        self.open_path(path)

    def suggested_name(self, suffix: str) -> str:
        s = self.session
        title = s.doc.title if s.doc.meta.agency or s.doc.meta.year else "政府信息公开工作年度报告"
        name = "".join(ch for ch in title if ch not in '\\/:*?"<>|') + suffix
        folder = s.path.parent if s.path else Path.home()
        return str(folder / name)

    def _write(self, path: str | None = None, *, check_external: bool = True) -> bool:
        """Save the session; a SaveError is shown (ExternalChangeError is left to the caller)."""
        try:
            self.session.save(path, check_external=check_external)
        except SaveError as e:
            _dialogs().show_error(self, e, "保存失败")
            return False
        self.statusBar().showMessage(f"已保存到 {self.session.path}", 5000)
        return True

    def save(self) -> bool:
        s = self.session
        if s.path is None:
            return self.save_as()
        try:
            return self._write()
        except ExternalChangeError:
            if not _dialogs().ask_overwrite_external(self, str(s.path)):
                return self.save_as()
            return self._write(check_external=False)

    def save_as(self) -> bool:
        s = self.session
        path = _dialogs().ask_save_path(self, str(s.path) if s.path else self.suggested_name(".json"))
        if not path:
            return False
        return self._write(path, check_external=False)

    # ================================================================== services of other modules
    def import_dialog(self) -> None:
        path = _dialogs().ask_import_path(self)
        if path:
            self.import_path(path)

    def import_path(self, path: str, ask: bool = True) -> bool:
        try:
            from ..importers import import_file  # type: ignore[attr-defined]
        except ImportError:
            log.warning("importers not available: %s", traceback.format_exc())
            _dialogs().show_error(self, NOT_INSTALLED + "（导入）")
            return False
        try:
            result = import_file(path)
        except GkdeskError as e:
            _dialogs().show_error(self, e, "导入失败")
            return False
        except Exception as e:  # noqa: BLE001 - a broken input file must not crash the window
            log.error("import failed: %s", traceback.format_exc())
            _dialogs().show_error(self, f"导入“{Path(path).name}”失败：{e}", "导入失败")
            return False
        if not _dialogs().show_import_report(self, result):
            return False
        if ask and not self.maybe_save():  # asked only after the clerk has seen what was read
            return False
        self.set_session(DocumentSession(result.doc, None, modified=True, parent=self))
        self.statusBar().showMessage(f"已导入 {Path(path).name}，请核对后保存", 8000)
        return True

    def export(self, kind: str, custom_template: bool = False) -> bool:
        names = {"docx": "导出 Word", "xlsx": "导出 Excel", "html": "导出网页", "pdf": "导出 PDF"}
        try:
            import importlib

            importlib.import_module(f"..export.{kind}", __package__)  # the exporter (else: not installed)
            if kind == "pdf":
                from ..export.pdf import find_libreoffice, no_converter_message
            from ..export.notices import export_notices
            from .exportrun import run_export
        except ImportError:
            log.warning("export not available: %s", traceback.format_exc())
            _dialogs().show_error(self, NOT_INSTALLED + f"（{names[kind]}）")
            return False
        if kind == "pdf" and find_libreoffice() is None:
            _dialogs().show_info(self, no_converter_message(), "导出 PDF")
            return False
        s = self.session
        errors = [f for f in s.findings if f.severity is Severity.ERROR and not f.explained
                  and not is_blank_finding(f)]
        blanks = [f for f in s.findings if is_blank_finding(f) and not f.explained]  # counted apart while drafting
        if (errors or blanks) and not _dialogs().ask_export_despite_errors(
                self, [f"{f.location(s.doc.spec)}：{f.message}" for f in errors + blanks], len(errors),
                sum(len(f.cells) for f in blanks)):
            return False
        template = None
        if custom_template:
            template = _dialogs().ask_template_path(self, kind)
            if not template:
                return False
        out = _dialogs().ask_export_path(self, self.suggested_name("." + kind), kind)
        if not out:
            return False
        notes = export_notices(s.doc)  # of the document as exported: copied now, edits during the export stay out
        try:
            # in a worker process with a time limit and 取消: the window and autosave keep running
            if not run_export(self, kind, s.doc, out, template, names[kind]):
                self.statusBar().showMessage("已取消导出，没有写入任何文件", 8000)
                return False
        except GkdeskError as e:
            _dialogs().show_error(self, e, "导出失败")
            return False
        except Exception as e:  # noqa: BLE001
            log.error("export failed: %s", traceback.format_exc())
            _dialogs().show_error(self, f"导出失败：{e}", "导出失败")
            return False
        self.statusBar().showMessage(f"已导出到 {out}" + (f"（{len(notes)} 条提示）" if notes else ""), 8000)
        _dialogs().show_exported(self, out, notes)
        return True

    def next_year(self) -> bool:
        try:
            from ..core.rollover import next_year  # type: ignore[import-not-found]
        except ImportError:
            _dialogs().show_error(self, NOT_INSTALLED + "（新建下一年度报告）")
            return False
        if not self.maybe_save():
            return False
        try:
            new_doc = next_year(self.session.doc)
        except GkdeskError as e:
            _dialogs().show_error(self, e)
            return False
        self.set_session(DocumentSession(new_doc, None, modified=True, parent=self))
        self.statusBar().showMessage("已根据上一年度报告新建，请填写本年度数据后保存", 8000)
        return True

    def review_folder(self) -> None:
        try:
            from .review import ReviewWindow  # type: ignore[import-not-found]
        except ImportError:
            _dialogs().show_error(self, NOT_INSTALLED + "（审阅文件夹）")
            return
        w = ReviewWindow(self, open_callback=self._open_from_review)
        self._children.append(w)
        w.show()

    def _open_from_review(self, path: str) -> None:
        """Open a unit chosen in the review window: our files directly, published ones through import."""
        if Path(path).suffix.lower() == ".json":
            self.open_path(path)
        else:
            self.import_path(path)
        self.raise_()
        self.activateWindow()

    # ================================================================== recovery
    def offer_recovery(self) -> None:
        for entry in session_mod.orphaned_recoveries():
            ans = _dialogs().ask_restore_recovery(self, entry)
            if ans == "restore":
                try:
                    s = session_mod.restore_session(entry, self)
                except LoadError as e:
                    _dialogs().show_error(self, e, "无法恢复")
                    continue
                self.set_session(s)
                self.statusBar().showMessage("已恢复上次未保存的内容，请检查后保存", 10000)
                return
            if ans == "discard":
                try:
                    entry.file.unlink()
                except OSError:
                    pass

    # ================================================================== window events
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        if self.session is not None:
            self.session.close()
        event.accept()

    def dragEnterEvent(self, event) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and (Path(urls[0].toLocalFile()).suffix.lower() in IMPORT_SUFFIXES | {".json"}
                               or _legacy(urls[0].toLocalFile())):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if not urls:
            return
        path = urls[0].toLocalFile()
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.open_path(path))

    def guide_anchor(self) -> str:
        """Where F1 opens the guide: the focused finding's id, else the current table's section."""
        w = QApplication.focusWidget()
        if w is getattr(self, "findings_view", None) and w.currentIndex().isValid():
            return self.findings_view.model().finding(w.currentIndex().row()).check_id
        view = self.current_table_view()
        return view.model().spec.key if view is not None else ""

    def show_guide(self) -> None:
        from .guide import GuideWindow

        if getattr(self, "_guide", None) is None:
            self._guide = GuideWindow(self)
        self._guide.show_at(self.guide_anchor())

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # not on the start (its class costs a few ms)

        QMessageBox.about(self, "关于 gkdesk",
                          f"gkdesk {__version__}\n政府信息公开工作年度报告：编写、检查、导出。\n\n"
                          "表格格式依据国办公开办函〔2019〕60号、〔2021〕30号。")
