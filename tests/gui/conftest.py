"""GUI test fixtures: a private state folder per test, and real dialogs answered by pressing their buttons.

The question dialogs in gkdesk.gui.dialogs are NOT replaced: only ``QMessageBox.exec`` and
``QDialog.exec`` are, by a driver that presses the button a test asked for *by its label*. So a
swapped mapping (“保存” answering "discard", “恢复” answering "discard") fails the tests.

- ``gui_env.press("保存")`` queues an answer for the next message box; ``press("取消", expect="已修改")``
  also checks that the box's title or text contains ``expect``;
- ``gui_env.defaults[title] = label`` answers every box with that title when nothing is queued
  (the recovery question defaults to “以后再说”, as before);
- error boxes (show_error) and info boxes are pressed OK and their texts collected in
  ``gui_env.errors`` / ``gui_env.infos``;
- any other box, or a queued label the box does not have, is recorded in ``gui_env.unexpected``
  and fails the test at teardown (an exception raised inside a Qt slot could be swallowed).

File dialogs (QFileDialog/QInputDialog static functions cannot be intercepted) are still replaced
by functions that fail the test unless the test sets its own answer.
"""

from __future__ import annotations

from collections import deque

import pytest

from gkdesk.gui import dialogs

#: dialogs whose Qt implementation is a static call: tests monkeypatch these functions themselves
STATIC_DIALOGS = ("ask_open_path", "ask_save_path", "ask_export_path", "ask_template_path", "ask_import_path",
                  "ask_new_format")


class DialogDriver:
    def __init__(self):
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.asked: list[tuple[str, str, list[str]]] = []  # (title, text, button labels) of every question
        self.unexpected: list[str] = []
        self.queue: deque[tuple[str, str | None, object]] = deque()
        self.defaults: dict[str, str] = {"恢复未保存的工作": "以后再说"}

    def press(self, label: str, expect: str | None = None, setup=None) -> None:
        """Answer the next dialog by pressing the button labelled `label` (setup(dialog) runs first)."""
        self.queue.append((label, expect, setup))

    # ---------------------------------------------------------------- what exec does
    @staticmethod
    def _buttons(dlg):
        from PySide6.QtWidgets import QAbstractButton, QMessageBox

        if isinstance(dlg, QMessageBox):
            return list(dlg.buttons())
        return [b for b in dlg.findChildren(QAbstractButton) if b.isVisibleTo(dlg) or not dlg.isVisible()]

    def _press(self, dlg, title: str, text: str, label: str, expect, setup) -> bool:
        if expect and expect not in title + text:
            self.unexpected.append(f"expected a dialog about “{expect}”, got “{title}”: {text}")
            return False
        if setup is not None:
            setup(dlg)
        for b in self._buttons(dlg):
            if b.text().replace("&", "") == label:
                b.click()
                return True
        labels = [b.text() for b in self._buttons(dlg)]
        self.unexpected.append(f"dialog “{title}” has no button “{label}” (buttons: {labels})")
        return False

    def exec_message_box(self, box) -> int:
        from PySide6.QtWidgets import QMessageBox

        title, text = box.windowTitle(), box.text()
        labels = [b.text() for b in box.buttons()]
        only_ok = box.standardButtons() == QMessageBox.StandardButton.Ok and len(box.buttons()) == 1
        if only_ok and not self.queue:
            (self.errors if box.icon() in (QMessageBox.Icon.Warning, QMessageBox.Icon.Critical)
             else self.infos).append(text)
            box.buttons()[0].click()
            return 0
        self.asked.append((title, text, labels))
        if self.queue:
            label, expect, setup = self.queue.popleft()
        elif title in self.defaults:
            label, expect, setup = self.defaults[title], None, None
        else:
            self.unexpected.append(f"unexpected dialog “{title}”: {text} (buttons: {labels})")
            return 0
        self._press(box, title, text, label, expect, setup)
        return 0

    def exec_dialog(self, dlg) -> int:
        title = dlg.windowTitle()
        labels = [b.text() for b in self._buttons(dlg)]
        self.asked.append((title, "", labels))
        if not self.queue:
            self.unexpected.append(f"unexpected dialog “{title}” (buttons: {labels})")
            return 0
        label, expect, setup = self.queue.popleft()
        self._press(dlg, title, "", label, expect, setup)
        return dlg.result()


@pytest.fixture(autouse=True)
def gui_env(tmp_path, monkeypatch):
    """Each test gets its own recovery/recent folder; dialogs are answered by pressing their buttons."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    monkeypatch.setenv("GKDESK_STATE_DIR", str(tmp_path / "state"))
    driver = DialogDriver()

    def unexpected(name):
        def f(*a, **k):
            driver.unexpected.append(f"unexpected dialog {name}{a[1:]}")
            raise AssertionError(f"unexpected dialog {name}{a[1:]}")
        return f

    for name in STATIC_DIALOGS:
        monkeypatch.setattr(dialogs, name, unexpected(name))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: driver.exec_message_box(box))
    monkeypatch.setattr(QDialog, "exec", lambda dlg: driver.exec_dialog(dlg))
    yield driver
    assert not driver.unexpected, driver.unexpected
    assert not driver.queue, f"answers never asked for: {list(driver.queue)}"


@pytest.fixture
def session(qapp, example_path):
    from gkdesk.gui.session import DocumentSession

    s = DocumentSession.open(example_path)
    yield s
    s.close()


@pytest.fixture
def window(qtbot, gui_env):
    from gkdesk.gui.mainwindow import MainWindow

    gui_env.defaults["保存修改"] = "不保存"  # closing at teardown: leave the test's edits unsaved
    w = MainWindow(None)
    qtbot.addWidget(w)
    w.show()
    return w
