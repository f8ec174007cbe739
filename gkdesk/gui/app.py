"""Entry point of the desktop window: `gkdesk` with no arguments or with one report file.

GKDESK_SMOKE_TEST=1: start, open the file (or the example), process events, print "ok", exit 0.
GKDESK_NO_USER_STATE=1: keep recent files, recovery files and the log in a temp folder.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
import traceback

_T0 = time.perf_counter()
log = logging.getLogger("gkdesk.gui")


def _setup_logging() -> str:
    from . import state

    path = state.log_path()
    try:
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("gkdesk")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return str(path)


def _install_excepthook(log_file: str) -> None:
    from PySide6.QtWidgets import QApplication

    from . import session as session_mod

    busy = {"on": False}

    def hook(exc_type, exc, tb):
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unhandled exception:\n%s", text)
        sys.__stderr__.write(text)
        if busy["on"]:
            return
        busy["on"] = True
        try:
            app = QApplication.instance()
            # secure the clerk's work first: write the recovery file of every open report now
            for w in (app.topLevelWidgets() if app else []):
                s = getattr(w, "session", None)
                if isinstance(s, session_mod.DocumentSession):
                    try:
                        s.write_recovery()
                    except Exception:  # noqa: BLE001
                        pass
            from . import dialogs  # not imported on the start (a few ms of Qt dialog classes)

            dialogs.show_crash(None, text, log_file)
        except Exception:  # noqa: BLE001 - never recurse from the hook
            pass
        finally:
            busy["on"] = False

    sys.excepthook = hook


def _set_icon(app) -> None:
    from PySide6.QtGui import QIcon

    from .. import paths

    icon = paths.resources_dir() / "icons" / "gkdesk.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    smoke = os.environ.get("GKDESK_SMOKE_TEST") == "1"
    if smoke:
        os.environ.setdefault("GKDESK_NO_USER_STATE", "1")
    from .bootcache import import_qt

    import_qt()  # PySide6's bootstrap compiles answered from the cache folder
    from PySide6.QtCore import QLocale, QTimer
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        from .platformcheck import platform_problem, report

        problem = platform_problem()
        if problem:  # Qt would abort with an English message about its xcb plugin
            report(problem)
            return 1
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "gkdesk"])
    app.setApplicationName("gkdesk")
    app.setApplicationDisplayName("gkdesk 政府信息公开年报")
    app.setOrganizationName("gkdesk")
    app.setDesktopFileName("gkdesk")  # matches packaging/gkdesk.desktop (StartupWMClass)
    _set_icon(app)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    _install_translations(app)
    log_file = _setup_logging()
    _install_excepthook(log_file)

    from .mainwindow import MainWindow

    path = argv[0] if argv else None
    win = MainWindow(path, offer_recovery=not smoke, check_after_show=True)
    # the cycle collector, paused for the start by gkdesk.cli, runs again once the first frame is up
    win.after_first_frame(gc.enable)
    win.show()
    if smoke:
        app.processEvents()  # the first frame (the first check is posted behind it)
        elapsed = time.perf_counter() - _T0
        print("ok", flush=True)
        timing = os.environ.get("GKDESK_TIMING") == "1"
        if timing:
            print(f"startup_seconds={elapsed:.3f}", flush=True)
        QTimer.singleShot(0, app.quit)
        app.exec()
        if timing:  # the findings panel is filled by now (benchmarks/run.py times this line too)
            print(f"checked_seconds={time.perf_counter() - _T0:.3f}" if win.session.checked else "not checked",
                  flush=True)
        win.session.close()
        return 0
    # a spare export worker, started once the window is up and idle, hides the worker's start-up
    # (a fresh interpreter importing python-docx/docxtpl/Jinja) from the first export
    QTimer.singleShot(SPARE_WORKER_AFTER_MS, _prestart_export_worker)
    try:
        return app.exec()
    finally:
        from ..export import worker

        worker.stop_spare()


#: how long after the start the spare export worker is started (the first check and paint come first)
SPARE_WORKER_AFTER_MS = 4000


def _prestart_export_worker() -> None:
    from ..export import worker

    try:
        worker.prestart()
    except (OSError, RuntimeError) as e:  # no second process here: exports spawn (or run in-process) as before
        logging.getLogger(__name__).warning("spare export worker not started: %s", e)


def _install_translations(app) -> None:
    """Chinese texts for Qt's own widgets (standard buttons, context menus) when available."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_zh_CN",):
        tr = QTranslator(app)
        if tr.load(name, folder):
            app.installTranslator(tr)
