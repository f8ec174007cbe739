"""The 使用说明 window: gkdesk.guide's HTML in a QTextBrowser (offline, images from resources/guide/)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from .. import guide


class GuideWindow(QDialog):
    """Non-modal, one per main window; `show_at(anchor)` scrolls to a section (t3) or a finding id (GK303)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("gkdesk 使用说明")
        self.setModal(False)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # in-page anchors here, external links in the system browser
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.setSearchPaths([str(guide.guide_dir())])
        self.browser.setHtml(guide.render())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("关闭")  # also without Qt's translations
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.browser)
        lay.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._find)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        screen = (self.parentWidget().screen() if self.parentWidget() else self.screen()).availableGeometry()
        self.resize(min(900, int(screen.width() * 0.9)), int(screen.height() * 0.85))

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.fragment():
            self.browser.scrollToAnchor(url.fragment())

    def _find(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self, "查找", "在使用说明中查找：")
        if ok and text and not self.browser.find(text):
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            self.browser.find(text)

    def show_at(self, anchor: str = "") -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        if anchor:
            self.browser.scrollToAnchor(anchor)
