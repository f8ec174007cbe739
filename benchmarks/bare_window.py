"""Reference for gkdesk's start time: a bare PySide6 window with one table, started the same way.

    QT_QPA_PLATFORM=offscreen python benchmarks/bare_window.py

A QMainWindow of gkdesk's size whose centre is one QTableView over a QStandardItemModel as big as
表三 (27 rows × 8 columns of numbers), shown; prints "ok" after show() + processEvents(), exactly
as gkdesk's smoke mode does (GKDESK_SMOKE_TEST=1). benchmarks/run.py times both from spawn to "ok".
"""

import sys

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])
model = QStandardItemModel(27, 8)
for r in range(27):
    for c in range(8):
        model.setItem(r, c, QStandardItem(str(r * 8 + c)))
view = QTableView()
view.setModel(model)
w = QMainWindow()
w.setCentralWidget(view)
w.resize(1320, 900)
w.show()
app.processEvents()
print("ok", flush=True)
