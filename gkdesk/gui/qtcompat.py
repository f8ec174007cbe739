"""Work around a reference-count bug of PySide6 6.12.0 on Python < 3.12.

`SignalInstance.emit()` and `.disconnect()` there return `True` without owning a reference, so
every call from Python drops one reference to `True`; after a few thousand edits the interpreter
aborts ("bool_dealloc: deallocating True or False"). Likewise a Python `data()` override that
returns None drops one reference to None each time Qt calls it ("none_dealloc").
All emits, disconnects and "no data" results in gkdesk.gui go through these helpers, which
measure the bugs once (at import; the item methods' bug on first use) and give the reference
back only if the running PySide6 has them (newer versions, and Python ≥ 3.12 where True/None are
immortal, need nothing; ctypes is imported only where a reference is given back).
Item methods that return nothing (QTableWidget.setItem, QTableWidgetItem.setData, selectRow, …)
drop a reference to None as well: bulk item updates run inside `none_kept()`.
"""

from __future__ import annotations

import sys
from functools import cache

from PySide6.QtCore import QObject, Signal


def _probe() -> tuple[bool, bool]:
    class _P(QObject):
        sig = Signal()

        def slot(self) -> None:
            pass

    p = _P()
    n = 16
    before = sys.getrefcount(True)
    for _ in range(n):
        p.sig.emit()
    emit_leaks = before - sys.getrefcount(True) >= n
    _give_back(before - sys.getrefcount(True))
    before = sys.getrefcount(True)
    for _ in range(n):
        p.sig.connect(p.slot)
        p.sig.disconnect(p.slot)
    disconnect_leaks = before - sys.getrefcount(True) >= n
    _give_back(before - sys.getrefcount(True))
    return emit_leaks, disconnect_leaks


def _incref(obj, k: int) -> None:
    if k > 0:
        import ctypes  # only where the bug is (not on the start of a version without it)

        for _ in range(k):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


def _give_back(k: int) -> None:
    _incref(True, k)


EMIT_LEAKS, DISCONNECT_LEAKS = _probe()


def _probe_none_variant() -> bool:
    """Does a Python data() override that returns None lose a reference to None per C++ call?"""
    from PySide6.QtCore import QAbstractListModel, QModelIndex

    class _M(QAbstractListModel):
        def rowCount(self, parent=QModelIndex()):
            return 1

        def data(self, index, role=0):
            return None

    m = _M()
    idx = m.index(0, 0)
    n = 16
    before = sys.getrefcount(None)
    for _ in range(n):
        idx.data()
    lost = before - sys.getrefcount(None)
    _incref(None, lost)
    return lost >= n


NONE_VARIANT_LEAKS = _probe_none_variant()


def no_data():
    """What a model's data()/headerData() returns for "nothing": None, with the reference that
    PySide6 6.12 wrongly drops when converting None to an invalid QVariant given back."""
    if NONE_VARIANT_LEAKS:
        _incref(None, 1)
    return None


def emit(signal, *args) -> None:
    """signal.emit(*args), without the PySide6 6.12 refcount leak."""
    r = signal.emit(*args)
    if EMIT_LEAKS and r is True:
        _give_back(1)


def disconnect(signal, slot) -> bool:
    """signal.disconnect(slot); False if it was not connected (or is gone)."""
    try:
        r = signal.disconnect(slot)
    except (RuntimeError, TypeError):
        return False
    if DISCONNECT_LEAKS and r is True:
        _give_back(1)
    return bool(r)


@cache
def void_leaks() -> bool:
    """Do item methods returning nothing (QTableWidget.setItem, QTableWidgetItem.setData, …) drop a
    reference to None per call? (PySide6 6.12.0 on Python < 3.12: a review window listing a few
    thousand units aborted with "none_dealloc".) Probed on first use: the start needs no item.)"""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableWidgetItem

    item = QTableWidgetItem("")
    before = sys.getrefcount(None)
    for i in range(16):  # warm-up: the first calls also allocate
        item.setData(Qt.ItemDataRole.UserRole, i)
    _give_back_none(before - sys.getrefcount(None))
    n = 64
    before = sys.getrefcount(None)
    for i in range(n):
        item.setData(Qt.ItemDataRole.UserRole, i)
    lost = before - sys.getrefcount(None)
    _give_back_none(lost)
    return lost >= n * 3 // 4


def _give_back_none(k: int) -> None:
    _incref(None, k)


class none_kept:
    """`with none_kept() as top_up:` around many item updates (filling a QTableWidget, decorating a
    list): the references to None that PySide6 6.12 drops are given back at the end, and whenever
    `top_up()` is called in between (a loop over thousands of rows must call it every few hundred
    rows, before None runs out of references). Nothing happens where the bug is absent. Giving
    back a reference that was released legitimately only keeps None (which is never freed) alive."""

    def __enter__(self):
        self._start = sys.getrefcount(None) if void_leaks() else 0
        return self.top_up

    def top_up(self) -> None:
        if void_leaks():
            _give_back_none(self._start - sys.getrefcount(None))

    def __exit__(self, *exc) -> None:
        self.top_up()


def keeps_none(fn):
    """Run `fn` inside `none_kept()` (a method that updates a few dozen items at a time)."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with none_kept():
            return fn(*args, **kwargs)
    return wrapper
