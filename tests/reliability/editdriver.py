"""Test-only driver for the kill -9 test: runs the real desktop window and edits it on a timer.

    python editdriver.py edit REPORT LOG     open REPORT in MainWindow, apply op 0, 1, 2, ... every
                                             few milliseconds through the widgets' own paths, and
                                             append "i time" to LOG (fsync'd) after each op; runs
                                             until killed (or --max-seconds)
    python editdriver.py restore OUT         start the window the way a clerk does after a crash:
                                             it finds the orphaned recovery file, the clerk answers
                                             "restore"; write the restored report to OUT, then exit

Environment: QT_QPA_PLATFORM=offscreen, GKDESK_STATE_DIR (recovery folder), GKDESK_AUTOSAVE_MS.
`replay(history, i, cells)` replays op i on a plain core History for the test's comparison.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from gkdesk.core.commands import EditCells, EditMeta, EditSection, History  # noqa: E402
from gkdesk.core.spec import get_format  # noqa: E402

INTERVAL_MS = 12


def editable_cells(format_id: str) -> list[str]:
    spec = get_format(format_id)
    return [c.id for c in spec.cells.values() if not c.derived and c.kind == "count"]


def op(i: int, cells: list[str]) -> tuple[str, object, object]:
    """The i-th scripted op: ("cell", id, text) | ("section", key, text) | ("meta", name, value) | ("undo",)."""
    if i % 10 == 9:  # always right after a cell edit (i % 10 == 8): undo exactly that edit
        return ("undo", None, None)
    if i % 5 == 2:  # typed at the end of a section's text
        return ("section", f"s{(i // 5) % 6 + 1}", f"第{i}句，数字{i * 7}件。" + ("\n" if i % 3 == 0 else ""))
    if i % 10 == 6:
        return ("meta", "contact", f"联系电话：0000-{i:08d}")
    return ("cell", cells[(i * 7) % len(cells)], str(i * 3 + 1))


def replay(history: History, i: int, cells: list[str]) -> None:
    kind, a, b = op(i, cells)
    if kind == "undo":
        history.undo()
    elif kind == "section":
        history.push(EditSection(a, history.doc.sections[a] + b))
    elif kind == "meta":
        history.push(EditMeta(a, b))
    else:
        history.push(EditCells({a: b}))


def run_edit(report: str, log_path: str, max_seconds: float) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from gkdesk.gui.mainwindow import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    win = MainWindow(report, offer_recovery=False)
    win.show()
    s = win.session
    cells = editable_cells(s.doc.format_id)
    log = open(log_path, "a", encoding="utf-8")  # noqa: SIM115 - kept open until killed

    def write(line: str) -> None:
        log.write(line + "\n")
        log.flush()
        os.fsync(log.fileno())

    state = {"i": 0}
    t_end = time.time() + max_seconds

    def step() -> None:
        i = state["i"]
        kind, a, b = op(i, cells)
        if kind == "undo":
            win.undo()
        elif kind == "section":  # typed into the section's editor (ProseEditor pushes EditSection)
            page = win.pages[a]
            editor = getattr(page, "editor", None) or page.prose
            cur = editor.textCursor()
            cur.movePosition(QTextCursor.MoveOperation.End)
            cur.insertText(b)
            if not s.doc.sections[a].endswith(b):
                raise RuntimeError(f"typing into {a} did not reach the document")
        elif kind == "meta":
            s.push(EditMeta(a, b))
        else:  # a typed cell, through the table model as the view's editor would commit it
            model = win.table_page(s.doc.spec.cells[a].table).model
            ok = model.setData(model.index_of_cell(a), b)
            if not ok:
                raise RuntimeError(f"setData refused {a}")
        write(f"{i} {time.time():.4f}")
        state["i"] = i + 1
        if time.time() > t_end:
            app.quit()

    timer = QTimer()
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(step)
    timer.start()
    write(f"ready {time.time():.4f} {os.getpid()}")
    return app.exec()


def run_restore(out: str) -> int:
    from PySide6.QtWidgets import QApplication

    from gkdesk.core import storage
    from gkdesk.gui import dialogs, session as session_mod
    from gkdesk.gui.mainwindow import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])  # noqa: F841
    entries = session_mod.orphaned_recoveries()
    asked = []

    def answer(parent, entry):
        asked.append(entry)
        return "restore"

    errors = []
    dialogs.ask_restore_recovery = answer  # the clerk clicks "恢复"
    dialogs.show_error = lambda parent, exc, title="": errors.append(str(exc))  # and reads the message
    win = MainWindow(None, offer_recovery=True, example=False)
    restored = bool(asked) and not errors
    result = {"offered": len(asked), "orphans": len(entries), "errors": errors,
              "original_path": asked[0].original_path if asked else "",
              "modified": bool(win.session.modified),
              "report": storage.to_dict(win.session.doc) if restored else None}
    Path(out).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    win.session.close()
    return 0


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "edit":
        sys.exit(run_edit(sys.argv[2], sys.argv[3], float(os.environ.get("DRIVER_MAX_SECONDS", "60"))))
    sys.exit(run_restore(sys.argv[2]))
