"""Prose editors (sections 一 … 六) and the metadata form. Edits go through undoable commands."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from ..core.dates import chinese as chinese_date
from ..core.dates import to_iso
from ..core.commands import EditMeta, EditSection
from .qtns import Qt
from .session import DocumentSession


class DocUndoFilter(QObject):
    """Text widgets keep their own undo; this hands Ctrl+Z/Ctrl+Y to the document's undo stack."""

    def __init__(self, session: DocumentSession, parent=None):
        super().__init__(parent)
        self.session = session

    def eventFilter(self, obj, ev):
        t = ev.type()
        if t in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            if ev.matches(QKeySequence.StandardKey.Undo):
                if t == QEvent.Type.KeyPress:
                    self.session.undo_stack.undo()
                ev.accept()
                return True
            if ev.matches(QKeySequence.StandardKey.Redo) or \
                    (ev.key() == Qt.Key.Key_Y and ev.modifiers() == Qt.KeyboardModifier.ControlModifier):
                if t == QEvent.Type.KeyPress:
                    self.session.undo_stack.redo()
                ev.accept()
                return True
        return False


class ProseEditor(QPlainTextEdit):
    """Edits one section's text; each change pushes EditSection (merged while typing)."""

    def __init__(self, session: DocumentSession, key: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.key = key
        self._syncing = False
        self.setUndoRedoEnabled(False)  # the document's undo stack is the only one
        self.setPlainText(session.doc.sections.get(key, ""))
        self.textChanged.connect(self._on_text)
        session.changed.connect(self._on_doc_changed)
        self.installEventFilter(DocUndoFilter(session, self))

    def _on_text(self) -> None:
        if self._syncing:
            return
        text = self.toPlainText()
        if text != self.session.doc.sections.get(self.key, ""):
            self.session.push(EditSection(self.key, text))

    def _on_doc_changed(self, change) -> None:
        if self.key not in change.sections:
            return
        text = self.session.doc.sections.get(self.key, "")
        if text == self.toPlainText():
            return
        pos = self.textCursor().position()
        self._syncing = True
        try:
            self.setPlainText(text)
            cur = self.textCursor()
            cur.setPosition(min(pos, len(text)))
            self.setTextCursor(cur)
        finally:
            self._syncing = False

    def select_all_text(self) -> None:
        from PySide6.QtGui import QTextCursor  # not on the start path (the first page has no prose)

        cur = self.textCursor()
        cur.movePosition(QTextCursor.MoveOperation.Start)
        self.setTextCursor(cur)


class MetaForm(QWidget):
    """报告信息: agency, year, format version (read only), date, contact."""

    def __init__(self, session: DocumentSession, parent=None):
        super().__init__(parent)
        self.session = session
        self._syncing = False
        doc = session.doc
        outer = QVBoxLayout(self)
        outer.addWidget(QLabel("<b style='font-size:15px'>报告信息</b>"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.agency = QLineEdit(doc.meta.agency)
        self.agency.setPlaceholderText("例如：某某市生态环境局（机关全称）")
        self.year = QSpinBox()
        self.year.setRange(2007, 2100)
        self.year.setSpecialValueText("未填写")
        self.year.setSuffix(" 年度")
        self.year.setMaximumWidth(160)
        self.year.setValue(doc.meta.year or 2007)
        self.fmt = QLabel(doc.spec.title)
        self.fmt.setToolTip("表格格式版本在新建报告时选定；2021年度及以后使用2021年格式")
        self.date = QLineEdit(chinese_date(doc.meta.date))
        self.date.setPlaceholderText("例如 2026年1月20日（也可写 2026-01-20、二〇二六年一月二十日）")
        today = QPushButton("今天")
        today.setToolTip("填入今天的日期")
        today.clicked.connect(self._today)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date, 1)
        date_row.addWidget(today)
        self.contact = QLineEdit(doc.meta.contact)
        self.contact.setPlaceholderText("例如：某某局办公室，电话：0000-1234567")
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        form.addRow("机关名称：", self.agency)
        form.addRow("报告年度：", self.year)
        form.addRow("表格格式：", self.fmt)
        form.addRow("成文日期：", date_row)
        form.addRow("联系方式：", self.contact)
        form.addRow("报告标题：", self.title_label)
        outer.addLayout(form)
        outer.addStretch(1)
        f = DocUndoFilter(session, self)
        for w in (self.agency, self.date, self.contact, self.year):
            w.installEventFilter(f)
        self.year.lineEdit().installEventFilter(f)
        self.agency.textEdited.connect(lambda t: self._push("agency", t))
        # stored ISO, shown the Chinese way; taken when the clerk leaves the field (not per keystroke,
        # so that "2026-1-2" is not rewritten while "2026-1-20" is being typed)
        self.date.editingFinished.connect(self._date_finished)
        self.contact.textEdited.connect(lambda t: self._push("contact", t))
        self.year.valueChanged.connect(self._year_changed)
        session.changed.connect(self._on_doc_changed)
        self._update_title()

    def _push(self, name: str, value) -> None:
        if self._syncing or getattr(self.session.doc.meta, name) == value:
            return
        self.session.push(EditMeta(name, value))

    def _date_finished(self) -> None:
        text = self.date.text().strip()
        if to_iso(text) == self.session.doc.meta.date:
            return
        self._push("date", text)  # EditMeta stores the ISO form of any written date
        shown = chinese_date(self.session.doc.meta.date)
        if self.date.text() != shown:
            self.date.setText(shown)

    def _year_changed(self, v: int) -> None:
        self._push("year", None if v == self.year.minimum() else v)

    def _today(self) -> None:
        text = QDate.currentDate().toString("yyyy-MM-dd")
        self.date.setText(chinese_date(text))
        self._push("date", text)

    def _update_title(self) -> None:
        self.title_label.setText(self.session.doc.title)

    def _on_doc_changed(self, change) -> None:
        if not change.meta:
            return
        m = self.session.doc.meta
        self._syncing = True
        try:
            for w, v in ((self.agency, m.agency), (self.date, chinese_date(m.date)), (self.contact, m.contact)):
                if w.text() != v:
                    w.setText(v)
            want = m.year or self.year.minimum()
            if self.year.value() != want:
                self.year.setValue(want)
        finally:
            self._syncing = False
        self._update_title()
