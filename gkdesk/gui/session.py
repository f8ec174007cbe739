"""One open report: the Document, its file, its undo stack, its findings and its recovery file.

Widgets never change the Document: they call `session.push(command)`. After every change the
checks run again (about a millisecond) and `findingsChanged` fires.

Recovery: while the document is modified, a timer writes the whole report every few seconds to
a separate file in the user data folder (recovery/<id>.json). The file records the process id,
this session's instance id, the original path and the time. It is deleted on a clean save and
on a clean close; files whose process is gone (a crash) are offered for restore on next start.
"""

from __future__ import annotations

import datetime
import json
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from .qtcompat import emit
from ..checks.finding import Finding
from ..core import storage
from ..core.commands import Change, Command
from ..core.document import Document
from ..core.errors import ChangedOnDiskError, LoadError
from ..core.records import Record
from . import recoverylock, state
from .undo import DocUndoCommand

log = logging.getLogger("gkdesk.gui")

AUTOSAVE_MS = int(os.environ.get("GKDESK_AUTOSAVE_MS", "3000"))
RECOVERY_KEY = "gkdesk_recovery"

#: instance ids of sessions alive in this process (their recovery files are not orphaned)
_LIVE: set[str] = set()


def default_year(today: datetime.date | None = None) -> int:
    """The report year a new report is most likely for: reports are drafted from November (this
    year's report) to the 1月31日 deadline (last year's)."""
    today = today or datetime.date.today()
    return today.year if today.month >= 11 else today.year - 1


class ExternalChangeError(Exception):
    """The file on disk changed since it was opened or saved (raised by save(check_external=True))."""


class RecoveryEntry(Record):
    __slots__ = ("file", "original_path", "title", "saved_at", "pid", "instance")
    file: Path
    original_path: str
    title: str
    saved_at: str
    pid: int
    instance: str

    def __init__(self, file: Path, original_path: str, title: str, saved_at: str, pid: int, instance: str):
        self.file = file
        self.original_path = original_path
        self.title = title
        self.saved_at = saved_at
        self.pid = pid
        self.instance = instance


class DocumentSession(QObject):
    changed = Signal(object)  # gkdesk.core.commands.Change
    findingsChanged = Signal()
    pathChanged = Signal()
    cleanChanged = Signal(bool)  # True = no unsaved changes
    autosaveFailed = Signal(str)  # Chinese message for the status bar

    def __init__(self, doc: Document, path: str | os.PathLike | None = None, *, modified: bool = False,
                 parent: QObject | None = None, check: bool = True):
        """`check=False` leaves the first check for later (the window runs it right after its first
        frame); reading `findings`, `cell_findings` or `section_findings` before then runs it at once."""
        super().__init__(parent)
        self.doc = doc
        self.path: Path | None = Path(path).resolve() if path else None
        self.instance = os.urandom(16).hex()  # (uuid would import platform, ~5 ms of the start)
        _LIVE.add(self.instance)
        self.undo_stack = QUndoStack(self)
        self._base_modified = modified  # e.g. imported / restored documents start modified
        self._was_clean = not modified
        self.undo_stack.cleanChanged.connect(self._emit_clean)
        self.undo_stack.indexChanged.connect(self._bump)
        self._generation = 0
        self._recovery_generation = -1
        self.recovery_file = state.recovery_dir() / f"{self._recovery_stem()}-{self.instance[:12]}.json"
        self._signature = self._disk_signature()
        self._findings: list[Finding] = []
        self._cell_findings: dict[str, list[Finding]] = {}
        self._section_findings: dict[str, list[Finding]] = {}
        #: False until the first check has run (see `check=False`)
        self.checked = False
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.write_recovery)
        self._closed = False
        self._lock = recoverylock.Holder(self.recovery_file)  # tells a live owner from a reused PID
        self.autosave_error = ""
        self.label = ""  # shown instead of a file name when there is no path (e.g. "示例报告")
        self._checker = None  # a checks.engine.Checker, made by the first check
        if check:
            self.recheck()
        if modified:
            self.autosave_timer.start()

    # ------------------------------------------------------------------ construction
    @classmethod
    def open(cls, path: str | os.PathLike, parent: QObject | None = None, *, check: bool = True) -> "DocumentSession":
        """Load a report file; raises LoadError (nothing on disk is touched)."""
        doc = storage.load(path)
        doc.extra.pop(RECOVERY_KEY, None)
        return cls(doc, path, parent=parent, check=check)

    @classmethod
    def new(cls, format_id: str = "2021", parent: QObject | None = None) -> "DocumentSession":
        from ..core.document import Meta
        from ..core.spec import get_format

        spec = get_format(format_id)
        year = default_year()
        if not spec.first_year <= year <= spec.last_year:
            year = spec.last_year if year > spec.last_year else spec.first_year
        return cls(Document(format_id, Meta(year=year)), None, parent=parent)

    # ------------------------------------------------------------------ state
    @property
    def modified(self) -> bool:
        return self._base_modified or not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        return self.path.name if self.path else self.label or "未命名报告"

    def summary(self) -> dict[str, int]:
        from ..checks.engine import summarize

        return summarize(self.findings)

    def _emit_clean(self, _clean: bool = False) -> None:
        try:
            clean = not self.modified
        except RuntimeError:  # the undo stack is being destroyed with the session
            return
        if clean != self._was_clean:
            self._was_clean = clean
            emit(self.cleanChanged, clean)
        if clean:
            self.autosave_timer.stop()
        elif not self.autosave_timer.isActive() and not self._closed:
            self.autosave_timer.start()

    def _bump(self, _index: int = 0) -> None:
        self._generation += 1
        self._emit_clean()

    # ------------------------------------------------------------------ editing
    def push(self, cmd: Command) -> None:
        """Apply an edit as one undo step (QUndoStack.push calls redo → Command.apply)."""
        self.undo_stack.push(DocUndoCommand(self, cmd))

    def _after_change(self, change: Change) -> None:
        self._generation += 1
        emit(self.changed, change)
        self.recheck(change)

    @property
    def findings(self) -> list[Finding]:
        if not self.checked:
            self.recheck()
        return self._findings

    @property
    def cell_findings(self) -> dict[str, list[Finding]]:
        if not self.checked:
            self.recheck()
        return self._cell_findings

    @property
    def section_findings(self) -> dict[str, list[Finding]]:
        if not self.checked:
            self.recheck()
        return self._section_findings

    def recheck(self, change: Change | None = None) -> None:
        """Run the checks: after an edit (`change`) only the rules that read what it touched (the
        first run is always a full one)."""
        if self._checker is None:
            from ..checks.engine import Checker  # with the first check (after the window's first frame)

            self._checker = Checker(self.doc)
            change = None
        elif not self.checked:
            change = None
        self._findings = self._checker.run(change)
        self.checked = True
        by_cell: dict[str, list[Finding]] = {}
        by_section: dict[str, list[Finding]] = {}
        for f in self._findings:
            for c in f.cells:
                by_cell.setdefault(c, []).append(f)
            if f.section:
                by_section.setdefault(f.section, []).append(f)
        self._cell_findings = by_cell
        self._section_findings = by_section
        emit(self.findingsChanged)

    # ------------------------------------------------------------------ files
    def _disk_signature(self) -> tuple | None:
        """(inode, size, mtime_ns, content hash) of the file: a same-size, same-mtime replacement is seen."""
        if self.path is None:
            return None
        return storage.file_signature(self.path)

    def externally_modified(self) -> bool:
        """Did the file on disk change since we opened or last saved it?"""
        if self.path is None or self._signature is None:
            return False
        now = self._disk_signature()
        return now is not None and now != self._signature

    def acknowledge_disk_change(self) -> None:
        """Keep this window's content after an outside change: ask no more until the file changes again
        (saving over it still asks, since the signature of the last open/save is unchanged)."""
        self._ignored_signature = self._disk_signature()

    def unseen_disk_change(self) -> bool:
        """Changed on disk, and not yet acknowledged by the clerk."""
        return self.externally_modified() and self._disk_signature() != getattr(self, "_ignored_signature", None)

    def save(self, path: str | os.PathLike | None = None, *, check_external: bool = True) -> None:
        """Atomic save. Raises SaveError, or ExternalChangeError when saving over a file changed on disk."""
        target = Path(path).resolve() if path else self.path
        if target is None:
            raise ValueError("no path")
        if check_external and target == self.path and self.externally_modified():
            raise ExternalChangeError(str(target))
        # compare-and-swap: replaced only if the file is still the one we opened or last saved (two
        # windows or programs saving at the same instant cannot both succeed)
        expected = self._signature if check_external and target == self.path and self._signature else None
        try:
            if expected is not None:
                storage.save(self.doc, target, expected=expected)
            else:
                storage.save(self.doc, target)
        except ChangedOnDiskError:
            raise ExternalChangeError(str(target)) from None
        path_changed = target != self.path
        self.path = target
        self._signature = self._disk_signature()
        self._base_modified = False
        self.undo_stack.setClean()
        self._emit_clean()
        self.discard_recovery()
        if path_changed:
            emit(self.pathChanged)
        state.add_recent(target)

    # ------------------------------------------------------------------ recovery
    def _recovery_stem(self) -> str:
        if self.path is None:
            return "untitled"
        from ..core.sha import sha1

        return sha1(str(self.path).encode("utf-8")).hexdigest()[:10]

    def write_recovery(self) -> bool:
        """Write the recovery file if the document changed since the last write. True if written."""
        if self._closed or not self.modified or self._recovery_generation == self._generation:
            return False
        data = storage.to_dict(self.doc)
        data[RECOVERY_KEY] = {
            "pid": os.getpid(), "instance": self.instance,
            "original_path": str(self.path) if self.path else "",
            "title": self.doc.title, "saved_at": datetime.datetime.now().isoformat(timespec="seconds"),
            # the file as it was when opened or last saved: a restore asks before saving over a newer one
            "disk_signature": list(self._signature) if self._signature else None,
        }
        try:
            storage.atomic_write_bytes(self.recovery_file, storage.repair_surrogates(
                json.dumps(data, ensure_ascii=False, indent=1)).encode("utf-8"))
        except (OSError, ValueError) as e:
            log.warning("recovery write failed: %s", e)
            self.autosave_error = f"自动保存失败：{getattr(e, 'strerror', None) or e}（请尽快手动保存）"
            emit(self.autosaveFailed, self.autosave_error)
            return False
        self._hold_lock()
        if self.autosave_error:
            self.autosave_error = ""
            emit(self.autosaveFailed, "")
        self._recovery_generation = self._generation
        return True

    def _hold_lock(self) -> None:
        """Keep an exclusive lock tied to our recovery file while this session lives (recoverylock:
        flock on POSIX, a lock file on Windows): a crashed owner's lock is gone even if another
        process got its PID."""
        self._lock.hold()

    def _release_lock(self, remove: bool = False) -> None:
        self._lock.release(remove)

    def discard_recovery(self) -> None:
        self._recovery_generation = -1
        try:
            self.recovery_file.unlink()
        except FileNotFoundError:
            pass
        except OSError as e:
            log.warning("could not remove recovery file %s: %s", self.recovery_file, e)
        # the lock goes last: a recovery file is never seen without its live owner's lock
        self._release_lock(remove=True)

    def close(self) -> None:
        """Clean close: the user saved or chose to discard; the recovery file goes away."""
        self.autosave_timer.stop()
        self.discard_recovery()
        self._closed = True
        _LIVE.discard(self.instance)

    def abandon(self) -> None:
        """Stop without cleaning up, as a crash would (tests), leaving the recovery file behind."""
        self.autosave_timer.stop()
        self._closed = True
        self._release_lock()  # a dead process holds no lock
        _LIVE.discard(self.instance)


def orphaned_recoveries() -> list[RecoveryEntry]:
    """Recovery files whose owner (process, or session in this process) is gone; newest first."""
    out = []
    recoverylock.remove_stale_lock_files(state.recovery_dir())
    for f in state.recovery_dir().glob("*.json"):
        try:
            info = json.loads(f.read_text(encoding="utf-8")).get(RECOVERY_KEY, {})
            pid = int(info.get("pid", 0))
            instance = str(info.get("instance", ""))
        except (OSError, ValueError, AttributeError, TypeError):
            log.warning("unreadable recovery file %s", f)
            continue
        if pid == os.getpid():
            if instance in _LIVE:
                continue
        elif state.pid_alive(pid) and _locked(f):
            continue  # the owner is alive: it holds the lock (a reused PID does not)
        out.append(RecoveryEntry(f, str(info.get("original_path", "")), str(info.get("title", "")),
                                 str(info.get("saved_at", "")), pid, instance))
    out.sort(key=lambda e: e.saved_at, reverse=True)
    return out


def _locked(f: Path) -> bool:
    """Is the recovery file locked by a live session? True where that cannot be told."""
    return recoverylock.held_elsewhere(f)


def restore_session(entry: RecoveryEntry, parent: QObject | None = None) -> DocumentSession:
    """Open a recovery file as a modified session of its original path; the old recovery file is
    removed only after the new session has written its own."""
    try:
        doc = storage.load(entry.file)
    except LoadError:
        raise
    doc.extra.pop(RECOVERY_KEY, None)
    path = entry.original_path or None
    s = DocumentSession(doc, path, modified=True, parent=parent)
    recorded = _recorded_signature(entry.file)
    if path and not Path(path).exists():
        s._signature = None
    elif recorded is not None:
        # the file as it was before the crash: if it changed since (a colleague saved it), saving
        # the restored work asks first (ExternalChangeError), instead of overwriting it
        s._signature = recorded
    else:
        s._signature = s._disk_signature()
    if s.write_recovery():
        try:
            entry.file.unlink()  # only once the new recovery file is safely written (full disk)
        except OSError:
            pass
    return s


def _recorded_signature(f: Path) -> tuple | None:
    try:
        info = json.loads(f.read_text(encoding="utf-8")).get(RECOVERY_KEY, {})
        sig = info.get("disk_signature")
    except (OSError, ValueError, AttributeError):
        return None
    return tuple(sig) if isinstance(sig, list) and len(sig) == 4 else None
