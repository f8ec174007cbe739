"""QUndoCommand adapter around the Qt-free gkdesk.core.commands.Command.

redo() = Command.apply, undo() = Command.revert. Consecutive typing into the same prose section
or metadata field merges into one undo step (Command.merge_key); cell edits never merge: each
cell edit, paste or clear is its own step.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ..core.commands import Command, EditMeta, EditSection

if TYPE_CHECKING:
    from .session import DocumentSession

MERGE_ID = 0x6B64  # any fixed id: merging is decided by merge_key in mergeWith
MERGE_WINDOW_S = 30.0  # a pause this long starts a new undo step even in the same field


class DocUndoCommand(QUndoCommand):
    def __init__(self, session: "DocumentSession", cmd: Command):
        super().__init__(cmd.text)
        self.session = session
        self.cmd = cmd
        self._stamp = time.monotonic()

    def redo(self) -> None:
        change = self.cmd.apply(self.session.doc)
        self.session._after_change(change)

    def undo(self) -> None:
        change = self.cmd.revert(self.session.doc)
        self.session._after_change(change)

    def _mergeable(self) -> bool:
        return isinstance(self.cmd, (EditSection, EditMeta)) and self.cmd.merge_key() is not None

    def id(self) -> int:
        return MERGE_ID if self._mergeable() else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DocUndoCommand) or not (self._mergeable() and other._mergeable()):
            return False
        if type(self.cmd) is not type(other.cmd) or self.cmd.merge_key() != other.cmd.merge_key():
            return False
        if other._stamp - self._stamp > MERGE_WINDOW_S:
            return False
        # self has already been applied and other too: keep self's "old", take other's "new".
        self.cmd.new = other.cmd.new  # type: ignore[attr-defined]
        self._stamp = other._stamp
        return True
