"""PySide6's `Qt` namespace for the modules on the program's start path, looked up on first use.

PySide6 builds the whole Qt namespace the first time `PySide6.QtCore.Qt` is looked up, and the
first time a call passes a Qt::… enum between Python and C++: about 90 Python enums with some
1,800 members, ~40 ms of CPU and an eighth of the start. The first frame needs none of them, so
the modules it imports (main window, findings panel, table model, editors) name `Qt` from here:
a stand-in that looks the real namespace up at its first attribute read (and keeps each attribute
it was asked for), so importing them and building the first frame create nothing.
`tests/gui/test_start_deferred.py` asserts that the real start has no Qt namespace at its first
frame.

What the window needs before its first frame is set without the enums: the int constants below
(roles and default arguments, checked against PySide6 by the tests), Qt properties set by the
enum's key (`setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")`), and the findings dock
docked from a saved layout (`mainwindow.DOCK_LAYOUT`).
"""

from __future__ import annotations

#: Qt::ItemDataRole values for import-time constants and default arguments (plain ints: Qt passes
#: roles to Python as ints and compares them as ints)
DISPLAY_ROLE = 0
EDIT_ROLE = 2
USER_ROLE = 0x0100


class _LazyQt:
    """Stands for `PySide6.QtCore.Qt`; the real namespace is created at the first attribute read."""

    def __getattr__(self, name: str):
        from PySide6.QtCore import Qt as real

        value = getattr(real, name)
        setattr(self, name, value)  # later reads are plain attribute reads
        return value

    def __repr__(self) -> str:
        return "<lazy PySide6.QtCore.Qt>"


Qt = _LazyQt()
