"""Export in a separate process that can really be stopped (the window's export runs through this).

Why a process and not a thread: a render that runs too long must be stopped, and Python cannot
stop a thread — a thread stuck in one long C call (lxml serialising a huge part, a regular
expression, LibreOffice's conversion) ignores every flag, and its memory stays in the window's
process. A process can be killed at any moment by the operating system and gives all its memory
back. The price is a start-up of about half a second, small beside a DOCX render.

- The document is copied when the export starts (``storage.to_dict``, the same data a save
  writes), so edits made while the export runs do not leak into it half-way.
- The worker writes into a private temporary folder; only a finished result is copied to the
  clerk's target (atomically, by ``common.write_output``). A cancelled or stopped export therefore
  leaves no partial file anywhere, and the temporary folder is removed.
- The worker is started with "spawn" (the same on Linux and Windows; the frozen program supports it
  through ``multiprocessing.freeze_support`` in packaging/entry.py) and gets its own process group
  on POSIX, so stopping it also stops a LibreOffice it started for a PDF.

- The start-up (a fresh interpreter importing python-docx, docxtpl, Jinja: about a second) is
  hidden by a spare worker: the window calls ``prestart()`` a few seconds after its first frame;
  the spare imports the exporters and waits for one job on a pipe. An export takes the spare when
  it is alive (and a new spare is started after the export ends); otherwise it spawns a worker as
  before. A spare serves exactly one export, so cancelling still kills a process of its own.

No Qt here: the window polls ``ExportProcess.poll`` from a timer (gkdesk/gui/exportrun.py).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

from ..core.errors import ExportError, GkdeskError

#: hard limit of one export (seconds of wall time): the sandbox's own render budget (20 s) for a
#: template, with room for a slow laptop; a PDF adds LibreOffice's own time limit
EXPORT_SECONDS = {"docx": 60.0, "xlsx": 60.0, "html": 60.0, "pdf": 240.0}

_RESULT = "result.json"
_JOB = "job.json"


def timeout_message(seconds: float) -> str:
    return (f"导出用时超过 {seconds:g} 秒仍未完成，已停止，没有写入任何文件。"
            "可能是模板过于复杂（例如循环次数太多）：请简化模板，或改用内置模板后再导出。")


CANCELLED_MESSAGE = "已取消导出，没有写入任何文件。"


def _exporter(kind: str):
    if kind == "docx":
        from .docx import export_docx as fn
    elif kind == "xlsx":
        from .xlsx import export_xlsx as fn
    elif kind == "html":
        from .html import export_html as fn
    elif kind == "pdf":
        from .pdf import export_pdf as fn
    else:
        raise ValueError(kind)
    return fn


def export_snapshot(kind: str, snapshot: dict, out_path, template: str | None = None) -> None:
    """Export a document copied by ``storage.to_dict`` (in the worker; in the window's process only
    when no worker process can be started)."""
    from ..core import storage

    _exporter(kind)(storage.from_dict(snapshot, "导出"), out_path, template=template)


def _own_process_group() -> None:
    """Lead a process group of our own (POSIX): stopping the export also stops a LibreOffice it started.
    A worker that already leads one (a spare running its job) keeps it."""
    if hasattr(os, "setsid"):
        try:
            os.setsid()
        except OSError:
            pass


def _child(kind: str, snapshot: dict, template: str | None, folder: str) -> None:
    """The worker process: render `snapshot` into `folder`/out.<kind>, report in result.json."""
    _own_process_group()
    result: dict = {}
    try:
        out = Path(folder) / f"out.{kind}"
        export_snapshot(kind, snapshot, out, template)
        result = {"ok": True, "path": str(out)}
    except GkdeskError as e:
        result = {"ok": False, "error": str(e)}
    except MemoryError:
        result = {"ok": False, "error": "导出所需的内存超过了本机可用内存，已停止。请简化模板后再试。"}
    except Exception as e:  # noqa: BLE001 - reported to the window, which shows it
        result = {"ok": False, "error": f"导出失败：{e}", "trace": traceback.format_exc()}
    tmp = Path(folder) / (_RESULT + ".tmp")
    tmp.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, Path(folder) / _RESULT)


def _spare_main(conn) -> None:
    """A spare worker: import the exporters, then wait for one job ``(kind, snapshot, template,
    folder)`` on `conn` and run it as ``_child`` does; the window closing the pipe ends it."""
    _own_process_group()
    for kind in ("docx", "xlsx"):
        try:
            _exporter(kind)
        except Exception:  # noqa: BLE001 - the job itself will report a broken exporter
            pass
    try:
        kind, template, folder = conn.recv()
    except (EOFError, OSError, ValueError):
        return
    try:
        # the document comes as a file (a pipe would block the window while the spare is busy)
        snapshot = json.loads((Path(folder) / _JOB).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        snapshot = None
        err = {"ok": False, "error": f"导出进程无法读取报告副本：{e}"}
        (Path(folder) / _RESULT).write_text(json.dumps(err, ensure_ascii=False), encoding="utf-8")
    if snapshot is not None:
        _child(kind, snapshot, template, folder)
    conn.close()


#: the spare worker (process, the window's end of its pipe), and whether the window asked for one
_spare: tuple | None = None
_spares_wanted = False


def prestart() -> None:
    """Start a spare worker (once; again after each export that used one). Called by the window."""
    global _spare, _spares_wanted
    _spares_wanted = True
    if _spare is not None and _spare[0].is_alive():
        return
    ctx = multiprocessing.get_context("spawn")
    here, there = ctx.Pipe()
    proc = ctx.Process(target=_spare_main, args=(there,), daemon=True, name="gkdesk-export-spare")
    proc.start()
    there.close()
    _spare = (proc, here)


def stop_spare() -> None:
    """Stop the spare worker and start no more (the window closing; tests)."""
    global _spare, _spares_wanted
    _spares_wanted = False
    spare, _spare = _spare, None
    if spare is not None:
        _discard(*spare, grace=2)  # the spare ends on EOF; killed if it does not


def _discard(proc, conn, grace: float) -> None:
    """Close the spare's pipe, give it `grace` seconds to end, then stop it and what it started."""
    conn.close()
    proc.join(grace)
    if proc.is_alive() and proc.pid is not None:
        _kill_tree(proc.pid)
    proc.join(2)


def _take_spare(kind: str, snapshot: dict, template: str | None, folder: str):
    """Hand the job to the spare worker; its process, or None when there is no live spare."""
    global _spare
    spare, _spare = _spare, None
    if spare is None:
        return None
    proc, conn = spare
    try:
        if not proc.is_alive():
            raise OSError("spare worker ended")
        (Path(folder) / _JOB).write_text(json.dumps(snapshot, ensure_ascii=False), encoding="utf-8")
        conn.send((kind, template, folder))
    except (OSError, ValueError):
        _discard(proc, conn, grace=0)
        return None
    conn.close()
    return proc


def _refill() -> None:
    if _spares_wanted:
        try:
            prestart()
        except (OSError, RuntimeError):
            pass


class ExportProcess:
    """One export in a worker process. `poll()` until it is not None, then `finish(out_path)`;
    `cancel()` stops it at any time. The target file is written only by `finish`."""

    def __init__(self, kind: str, doc, template: str | os.PathLike | None = None,
                 seconds: float | None = None):
        from ..core import storage

        self.kind = kind
        self.snapshot = storage.to_dict(doc)  # the document as it is now
        self.template = str(template) if template else None
        self.seconds = EXPORT_SECONDS[kind] if seconds is None else seconds
        self.folder = tempfile.mkdtemp(prefix="gkdesk-export-")
        self._proc = None
        self.started = 0.0
        self.state: str | None = None  # None while running, then "done", "failed", "timeout", "cancelled"
        self.error = ""
        self.trace = ""
        self.used_spare = False

    def start(self) -> None:
        self.started = time.monotonic()
        proc = _take_spare(self.kind, self.snapshot, self.template, self.folder)
        if proc is not None:
            self._proc = proc
            self.used_spare = True
            return
        ctx = multiprocessing.get_context("spawn")
        self._proc = ctx.Process(target=_child, args=(self.kind, self.snapshot, self.template, self.folder),
                                 daemon=True, name="gkdesk-export")
        self.started = time.monotonic()
        self._proc.start()

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started if self.started else 0.0

    def poll(self) -> str | None:
        """None while the worker runs; then the final state (the worker is stopped on timeout)."""
        if self.state is not None:
            return self.state
        proc = self._proc
        if proc is None:
            raise RuntimeError("ExportProcess.poll before start")
        result = Path(self.folder) / _RESULT
        if proc.is_alive() and not result.exists():
            if self.elapsed > self.seconds:
                self._stop("timeout", timeout_message(self.seconds))
            return self.state
        proc.join(5)
        if self.used_spare:
            _refill()
        try:
            data = json.loads(result.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {"ok": False, "error": f"导出进程意外退出（退出码 {proc.exitcode}），没有写入任何文件。"}
        if data.get("ok"):
            self.state = "done"
        else:
            self.error, self.trace = data.get("error", "导出失败"), data.get("trace", "")
            self.state = "failed"
            self._cleanup()
        return self.state

    def wait(self, interval: float = 0.05) -> str:
        """Block until the export ends (the CLI and tests without a window)."""
        while self.poll() is None:
            time.sleep(interval)
        return self.state  # type: ignore[return-value]

    def finish(self, out_path: str | os.PathLike) -> None:
        """Copy the finished result to `out_path` (atomic); raises ExportError otherwise."""
        try:
            if self.state != "done":
                raise ExportError(self.error or CANCELLED_MESSAGE)
            from .common import write_output

            write_output(out_path, (Path(self.folder) / f"out.{self.kind}").read_bytes())
        finally:
            self._cleanup()

    def cancel(self) -> None:
        if self.state is None:
            self._stop("cancelled", CANCELLED_MESSAGE)

    def _stop(self, state: str, message: str) -> None:
        self.state, self.error = state, message
        proc = self._proc
        if proc is not None and proc.pid is not None:
            _kill_tree(proc.pid)
            proc.join(5)
            if proc.is_alive():
                proc.kill()
                proc.join(5)
        self._cleanup()
        if self.used_spare:
            _refill()

    def _cleanup(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _kill_tree(pid: int) -> None:
    """Stop the worker and whatever it started (LibreOffice)."""
    if sys.platform == "win32":
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(pid)], capture_output=True,
                       creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0), check=False)
        return
    try:
        os.killpg(pid, signal.SIGKILL)  # the worker leads its own group (setsid)
    except OSError:
        try:
            os.kill(pid, signal.SIGKILL)  # not yet in its own group
        except OSError:
            pass
