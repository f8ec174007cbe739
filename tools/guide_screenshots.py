"""Make the user guide's screenshots (resources/guide/img/*.png) from the real window.

    Xvfb :17 -screen 0 1366x768x24 &  DISPLAY=:17 QT_QPA_PLATFORM=xcb python tools/guide_screenshots.py
    python tools/guide_screenshots.py --out /tmp/shots     # somewhere else, to compare

Needs a real X display (Xvfb is enough) and a Chinese font; the screen is grabbed like
`import -window root` (tooltips included) with QScreen.grabWindow. Shots, at the clerk's laptop size:

    main-window.png  the example report, 表三
    table3.png       表三 with a cell's tooltip (its findings and counting guidance)
    findings.png     a report with two mistakes: the findings panel
    review.png       the reviewing office's folder check over three reports
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("GKDESK_NO_USER_STATE", "1")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "resources" / "guide" / "img")
    ap.add_argument("--size", default="1366x728", help="window size (default: a 1366×768 laptop minus the panel)")
    args = ap.parse_args()
    if not os.environ.get("DISPLAY"):
        print("needs an X display (e.g. Xvfb :17 and DISPLAY=:17)", file=sys.stderr)
        return 2
    w, h = (int(x) for x in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QEventLoop, QPoint, QTimer
    from PySide6.QtWidgets import QApplication, QToolTip

    from gkdesk.core import storage
    from gkdesk.core.commands import EditCells, SetAutoTotal
    from gkdesk.gui import dialogs
    from gkdesk.gui.mainwindow import MainWindow
    from gkdesk.paths import example_report

    app = QApplication([sys.argv[0]])
    dialogs.ask_save_changes = lambda *a, **k: "discard"  # type: ignore[assignment]
    tmp = Path(tempfile.mkdtemp(prefix="gkdesk-shots-"))

    def settle(ms: int = 400) -> None:  # an event loop, not a processEvents() busy loop (PySide6 6.12 refcounts)
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(name: str, widget=None) -> None:
        if hasattr(widget, "statusBar"):
            widget.statusBar().clearMessage()  # "已打开 <path>": no machine paths in the pictures
        settle()
        screen = app.primaryScreen()
        win = widget or app.activeWindow()
        g = win.frameGeometry()
        pix = screen.grabWindow(0, g.x(), g.y(), g.width(), g.height())
        pix.save(str(args.out / name))
        print(f"wrote {args.out / name} ({pix.width()}×{pix.height()})")

    win = MainWindow(str(example_report()), offer_recovery=False)
    win.resize(w, h)
    win.move(0, 0)
    win.show()
    win.show_page("s3")
    shot("main-window.png", win)

    page = win.table_page("t3")
    view = page.view
    idx = page.model.index_of_cell("t3.partial.natural")
    view.scrollTo(idx)
    settle()
    rect = view.visualRect(idx)
    pos = view.viewport().mapToGlobal(rect.center() + QPoint(4, 4))
    QToolTip.showText(pos, page.model.data(idx, 3), view.viewport())  # 3 = ToolTipRole
    shot("table3.png", win)
    QToolTip.hideText()

    doc_path = tmp / "有错误的报告.json"
    doc = storage.load(example_report())
    doc.meta.agency = "示例市某局"
    EditCells({"t3.new.natural": "39"}).apply(doc)
    SetAutoTotal(["t3.new.total"], False).apply(doc)
    EditCells({"t3.new.total": "48", "t3.unable_none.legal": "1"}).apply(doc)
    storage.save(doc, doc_path)
    win.open_path(str(doc_path))
    settle(800)
    win.show_page("s3")
    shot("findings.png", win)

    folder = tmp / "各单位报告"
    folder.mkdir()
    shutil.copy(example_report(), folder / "示例市生态环境局.json")
    shutil.copy(doc_path, folder / "示例市某局（有错误）.json")
    other = storage.load(example_report())
    other.meta.agency = "示例市教育局"
    storage.save(other, folder / "示例市教育局.json")
    from gkdesk.gui.review import ReviewWindow

    rw = ReviewWindow(win)
    rw.resize(w, h)
    rw.move(0, 0)
    rw.show()
    os.chdir(tmp)  # the window shows the folder as given: a relative name, no machine path in the picture
    rw.open_folder(folder.name)
    settle(1500)
    for row in range(rw.table.rowCount()):
        if "有错误" in (rw.table.item(row, 1).text() if rw.table.item(row, 1) else ""):
            rw.table.selectRow(row)
    settle(300)
    shot("review.png", rw)
    rw.close()
    win.close()
    os.chdir(ROOT)
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
