"""Run one export in its worker process (gkdesk/export/worker.py) while the window keeps running.

The window's own event loop keeps turning while the export runs (a local QEventLoop, as a modal
dialog has): the window repaints, the autosave timer keeps writing the recovery file. A window-modal
progress dialog with 取消 appears when the export takes longer than a moment; 取消, or the export's
time limit, stops the worker process and nothing is written.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..export.worker import ExportProcess, export_snapshot

log = logging.getLogger(__name__)

#: the progress dialog appears only for an export slower than this (a normal one takes ~1 s)
SHOW_AFTER_MS = 700
POLL_MS = 50


def run_export(parent: QWidget, kind: str, doc, out_path, template=None, label: str = "导出",
               seconds: float | None = None) -> bool:
    """Export `doc` (copied now) to `out_path`. True when written, False when the clerk cancelled;
    raises ExportError (Chinese message, from ExportProcess.finish) when the export failed or ran past its time limit."""
    job = ExportProcess(kind, doc, template, seconds)
    dlg = QProgressDialog(f"正在{label}，请稍候……", "取消", 0, 0, parent)
    dlg.setWindowTitle(label)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.setAutoClose(False)
    dlg.setAutoReset(False)
    dlg.setMinimumDuration(0)
    dlg.hide()
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(POLL_MS)
    show = QTimer()
    show.setSingleShot(True)
    show.setInterval(SHOW_AFTER_MS)

    def tick() -> None:
        state = job.poll()
        if state is not None:
            loop.quit()
        elif dlg.isVisible():
            dlg.setLabelText(f"正在{label}，已用时 {int(job.elapsed)} 秒……\n（超过 {job.seconds:g} 秒将自动停止）")

    def cancel() -> None:
        job.cancel()
        loop.quit()

    poll.timeout.connect(tick)
    show.timeout.connect(lambda: job.state is None and dlg.show())
    dlg.canceled.connect(cancel)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(cancel)  # never leave a worker behind the window
    try:
        try:
            job.start()
        except (OSError, RuntimeError) as e:
            # no second process here (a process limit, a locked-down machine): export in this one
            # rather than not at all — without the time limit
            log.warning("export worker could not start (%s); exporting in the window's process", e)
            job.cancel()
            export_snapshot(kind, job.snapshot, out_path, template)
            return True
        poll.start()
        show.start()
        if job.poll() is None:
            loop.exec()
    finally:
        poll.stop()
        show.stop()
        if app is not None:
            app.aboutToQuit.disconnect(cancel)
        if job.state is None:  # left the loop by an exception: stop the worker
            job.cancel()
        dlg.canceled.disconnect(cancel)
        dlg.close()
        dlg.deleteLater()
    if job.state == "cancelled":
        return False
    if job.trace:
        log.error("export worker failed: %s", job.trace)
    job.finish(out_path)  # the result to its place; ExportError with the worker's message otherwise
    return True
