"""Work around a reference-count bug of PySide6 6.12.0 on Python < 3.12.

`SignalInstance.emit()` and `.disconnect()` there return `True` without owning a reference, so
every call from Python drops one reference to `True`; after a few thousand edits the interpreter
aborts ("bool_dealloc: deallocating True or False"). Likewise a Python `data()` override that
returns None drops one reference to None each time Qt calls it ("none_dealloc").
All emits, disconnects and "no data" results in gkdesk.gui go through these helpers, which
measure the bugs once at import and give the reference back only if the running PySide6 has
them (newer versions, and Python ≥ 3.12 where True/None are immortal, need nothing).
"""

from __future__ import annotations

import ctypes
import sys

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


def _give_back(k: int) -> None:
    for _ in range(max(0, k)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


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
    for _ in range(max(0, lost)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    return lost >= n


NONE_VARIANT_LEAKS = _probe_none_variant()


def no_data():
    """What a model's data()/headerData() returns for "nothing": None, with the reference that
    PySide6 6.12 wrongly drops when converting None to an invalid QVariant given back."""
    if NONE_VARIANT_LEAKS:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
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
