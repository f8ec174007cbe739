"""Undoable edit commands on a Document (pure Python; the GUI wraps them in QUndoCommands).

`apply(doc)` performs the edit and returns a `Change`; `revert(doc)` restores exactly the state
before `apply`. Editing a part of a total recomputes the auto totals inside the same command,
so one undo reverts the edit and its totals together.
"""

from __future__ import annotations

from . import totals
from .document import META_FIELDS, Document
from .records import FrozenRecord, Record
from .text import clean_text
from .values import CellValue, parse_value


class Change(FrozenRecord):
    __slots__ = ("cells", "sections", "meta", "other")
    cells: frozenset[str]
    sections: frozenset[str]
    meta: bool
    other: bool  # explanations, manual flags, ...

    def __init__(self, cells: frozenset[str] = frozenset(), sections: frozenset[str] = frozenset(),
                 meta: bool = False, other: bool = False):
        _set = object.__setattr__
        _set(self, "cells", cells)
        _set(self, "sections", sections)
        _set(self, "meta", meta)
        _set(self, "other", other)

    def __or__(self, other: "Change") -> "Change":
        return Change(self.cells | other.cells, self.sections | other.sections,
                      self.meta or other.meta, self.other or other.other)


class Command:
    text = ""

    def apply(self, doc: Document) -> Change:  # pragma: no cover - interface
        raise NotImplementedError

    def revert(self, doc: Document) -> Change:  # pragma: no cover - interface
        raise NotImplementedError

    def merge_key(self) -> object | None:
        """Commands with equal non-None keys in a row may be merged into one undo step."""
        return None


class _CellsCommand(Command):
    """Base for commands that change cells and manual flags; snapshots what it touches."""

    def __init__(self) -> None:
        self._before: dict[str, CellValue] = {}
        self._manual_before: set[str] = set()

    def _change_cells(self, doc: Document, updates: dict[str, CellValue], manual_on: set[str],
                      manual_off: set[str], overwrite_totals: bool = False) -> Change:
        self._manual_before = set(doc.manual)
        self._before = {}
        for cid, v in updates.items():
            self._before[cid] = doc.value(cid)
            doc._put(cid, v)
        doc.manual |= manual_on
        doc.manual -= manual_off
        for cid, v in totals.auto_updates(doc, overwrite_totals).items():
            self._before.setdefault(cid, doc.value(cid))
            doc._put(cid, v)
        if overwrite_totals:
            doc.manual.clear()
        changed = {c for c, old in self._before.items() if old != doc.value(c)}
        flags = doc.manual != self._manual_before
        return Change(cells=frozenset(changed | (doc.manual ^ self._manual_before)), other=flags)

    def revert(self, doc: Document) -> Change:
        for cid, v in self._before.items():
            doc._put(cid, v)
        flags = doc.manual ^ self._manual_before
        doc.manual = set(self._manual_before)
        return Change(cells=frozenset(self._before) | frozenset(flags), other=bool(flags))


class EditCells(_CellsCommand):
    """Set one or more cells from typed/pasted text. Typing into a derived cell makes it manual."""

    def __init__(self, updates: dict[str, object], text: str = "编辑单元格"):
        super().__init__()
        self.updates = {cid: parse_value(v) for cid, v in updates.items()}
        self.text = text

    def apply(self, doc: Document) -> Change:
        for cid in self.updates:
            if cid not in doc.spec.cells:
                raise KeyError(cid)
        manual = {c for c in self.updates if doc.spec.cells[c].derived}
        return self._change_cells(doc, self.updates, manual, set())

    def merge_key(self) -> object | None:
        return ("cell", next(iter(self.updates))) if len(self.updates) == 1 else None


class SetAutoTotal(_CellsCommand):
    """Switch auto-total on (recompute) or off (keep/type a value) for derived cells."""

    def __init__(self, cell_ids: list[str], auto: bool):
        super().__init__()
        self.cell_ids = list(cell_ids)
        self.auto = auto
        self.text = "自动合计" if auto else "手工填写合计"

    def apply(self, doc: Document) -> Change:
        ids = {c for c in self.cell_ids if doc.spec.cells[c].derived}
        if self.auto:
            return self._change_cells(doc, {}, set(), ids)
        return self._change_cells(doc, {}, ids, set())


class FillTotals(_CellsCommand):
    """Fill every derived cell from its parts; typed totals are kept unless `overwrite`."""

    def __init__(self, overwrite: bool = False):
        super().__init__()
        self.overwrite = overwrite
        self.text = "重新计算全部合计"

    def apply(self, doc: Document) -> Change:
        return self._change_cells(doc, {}, set(), set(), overwrite_totals=self.overwrite)


def blank_entry_cells(doc: Document, table: str | None = None) -> list[str]:
    """Entered (non-total) cells the clerk left blank, in spec order; optionally of one table."""
    from .values import State

    return [cid for cid, c in doc.spec.cells.items()
            if not c.derived and (table is None or cid.split(".", 1)[0] == table)
            and doc.value(cid).state is State.BLANK]


class FillBlankZero(_CellsCommand):
    """空白填0: set every blank entered cell (of one table, or all) to 0; auto totals follow.

    Only blank cells change: a number, a not-applicable mark or text stays as it is, and a
    total is never typed over (auto totals recompute, manual ones keep their figure).
    """

    def __init__(self, table: str | None = None):
        super().__init__()
        self.table = table
        self.text = "空白填0"

    def apply(self, doc: Document) -> Change:
        zero = parse_value("0")
        return self._change_cells(doc, {cid: zero for cid in blank_entry_cells(doc, self.table)}, set(), set())


class EditSection(Command):
    def __init__(self, key: str, text: str):
        self.key = key
        self.new = clean_text(text)
        self.old = ""
        self.text = "编辑正文"

    def apply(self, doc: Document) -> Change:
        if self.key not in doc.sections:
            raise KeyError(self.key)
        self.old = doc.sections[self.key]
        doc.sections[self.key] = self.new
        return Change(sections=frozenset({self.key}))

    def revert(self, doc: Document) -> Change:
        doc.sections[self.key] = self.old
        return Change(sections=frozenset({self.key}))

    def merge_key(self) -> object | None:
        return ("section", self.key)


class EditMeta(Command):
    def __init__(self, name: str, value: object):
        if name not in META_FIELDS:
            raise KeyError(name)
        self.name = name
        if isinstance(value, str):
            value = clean_text(value, single_line=True)
        if name == "date" and isinstance(value, str):
            from .dates import to_iso

            value = to_iso(value)  # "2026年1月20日" and the other written forms are stored as ISO
        self.new = value
        self.old: object = None
        self.text = f"修改{META_FIELDS[name]}"

    def apply(self, doc: Document) -> Change:
        self.old = getattr(doc.meta, self.name)
        setattr(doc.meta, self.name, self.new)
        return Change(meta=True)

    def revert(self, doc: Document) -> Change:
        setattr(doc.meta, self.name, self.old)
        return Change(meta=True)

    def merge_key(self) -> object | None:
        return ("meta", self.name)


class Batch(Command):
    """Several commands as one undo step."""

    def __init__(self, commands: list[Command], text: str):
        self.commands = list(commands)
        self.text = text

    def apply(self, doc: Document) -> Change:
        ch = Change()
        for c in self.commands:
            ch = ch | c.apply(doc)
        return ch

    def revert(self, doc: Document) -> Change:
        ch = Change()
        for c in reversed(self.commands):
            ch = ch | c.revert(doc)
        return ch


class History(Record):
    """A minimal undo stack for use without Qt (CLI, importers, tests)."""

    __slots__ = ("doc", "done", "undone")
    doc: Document
    done: list[Command]
    undone: list[Command]

    def __init__(self, doc: Document, done: list[Command] | None = None, undone: list[Command] | None = None):
        self.doc = doc
        self.done = [] if done is None else done
        self.undone = [] if undone is None else undone

    def push(self, cmd: Command) -> Change:
        ch = cmd.apply(self.doc)
        self.done.append(cmd)
        self.undone.clear()
        return ch

    def undo(self) -> Change:
        cmd = self.done.pop()
        self.undone.append(cmd)
        return cmd.revert(self.doc)

    def redo(self) -> Change:
        cmd = self.undone.pop()
        self.done.append(cmd)
        return cmd.apply(self.doc)


SECTION_INPUT = "§"  # prefix of an explanation input that stands for a prose section


def section_fingerprint(text: str) -> str:
    import hashlib

    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class SetExplanation(Command):
    """Attach (text) or remove (empty text) a clerk's 说明 to a finding.

    The explanation records the current values of the finding's cells (and, for a finding on a
    prose section, a fingerprint of that section's text); when any of them changes, the
    explanation no longer applies (the engine ignores it). Raises ValueError for a check that is
    not explainable (arithmetic errors can only be fixed).
    """

    def __init__(self, check_id: str, key: str, cells: tuple[str, ...] | list[str], text: str,
                 section: str = ""):
        self.check_id = check_id
        self.key = key
        self.cells = tuple(cells)
        self.section = section
        self.new_text = clean_text(text).strip()
        self.old = None
        self.text = "添加说明" if self.new_text else "删除说明"

    def apply(self, doc: Document) -> Change:
        from .document import Explanation

        if self.new_text:
            from ..checks.registry import get_check  # local: the checks import the core

            try:
                explainable = get_check(self.check_id).explainable
            except KeyError:
                raise ValueError(f"未知的检查项 {self.check_id}") from None
            if not explainable:
                raise ValueError(f"{self.check_id} 所指的问题必须改正，不能以说明代替")
        self.old = doc.explanations.get(self.key)
        if self.new_text:
            inputs = {c: doc.value(c).text for c in self.cells}
            if self.section in doc.sections:
                inputs[SECTION_INPUT + self.section] = section_fingerprint(doc.sections[self.section])
            doc.explanations[self.key] = Explanation(self.check_id, self.key, self.new_text, inputs)
        else:
            doc.explanations.pop(self.key, None)
        return Change(other=True)

    def revert(self, doc: Document) -> Change:
        if self.old is None:
            doc.explanations.pop(self.key, None)
        else:
            doc.explanations[self.key] = self.old
        return Change(other=True)
