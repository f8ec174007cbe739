"""GUI test fixtures: a private state folder per test and dialogs that never block."""

import pytest

from gkdesk.gui import dialogs


class DialogLog:
    def __init__(self):
        self.errors: list[str] = []
        self.asked: list[tuple] = []


@pytest.fixture(autouse=True)
def gui_env(tmp_path, monkeypatch):
    """Each test gets its own recovery/recent folder; any unexpected question fails the test."""
    monkeypatch.setenv("GKDESK_STATE_DIR", str(tmp_path / "state"))
    log = DialogLog()

    def unexpected(name):
        def f(*a, **k):
            raise AssertionError(f"unexpected dialog {name}{a[1:]}")
        return f

    for name in dir(dialogs):
        if name.startswith(("ask_", "show_")):
            monkeypatch.setattr(dialogs, name, unexpected(name))
    monkeypatch.setattr(dialogs, "show_error", lambda parent, e, title="": log.errors.append(str(e)))
    monkeypatch.setattr(dialogs, "ask_restore_recovery", lambda parent, entry: log.asked.append(("restore", entry)) or "later")
    return log


@pytest.fixture
def session(qapp, example_path):
    from gkdesk.gui.session import DocumentSession

    s = DocumentSession.open(example_path)
    yield s
    s.close()


@pytest.fixture
def window(qtbot, gui_env, monkeypatch):
    from gkdesk.gui.mainwindow import MainWindow

    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: "discard")
    w = MainWindow(None)
    qtbot.addWidget(w)
    w.show()
    return w
