"""Measure the desktop window: start time and per-edit latency.

    python -m gkdesk.gui.bench [--runs 5] [--edits 200]

Start time: wall clock from launching `python -m gkdesk <example>` (GKDESK_SMOKE_TEST=1, offscreen
unless a display is set) until it prints "ok", i.e. the window was built, shown and its events
processed. Edit latency: in process, model.setData on a 表三 cell until the checks have run and the
findings panel updated (synchronous), and the same plus one round of event processing (repaint).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time


def start_times(runs: int) -> list[float]:
    from ..paths import example_report

    env = dict(os.environ, GKDESK_SMOKE_TEST="1", GKDESK_NO_USER_STATE="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.Popen([sys.executable, "-m", "gkdesk", str(example_report())], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, env=env, text=True)
        assert p.stdout is not None
        for line in p.stdout:
            if line.strip() == "ok":
                out.append(time.perf_counter() - t0)
                break
        p.wait()
    return out


def edit_latency(edits: int) -> tuple[list[float], list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("GKDESK_NO_USER_STATE", "1")
    from PySide6.QtWidgets import QApplication

    from .mainwindow import MainWindow

    app = QApplication.instance() or QApplication([])
    w = MainWindow(None, offer_recovery=False)
    w.show()
    w.show_page("s3")
    app.processEvents()
    page = w.table_page("t3")
    model = page.model
    cells = [c.id for c in w.session.doc.spec.table("t3").cells if not c.derived]
    seen = []
    w.session.findingsChanged.connect(lambda: seen.append(time.perf_counter()))
    sync, painted = [], []
    for i in range(edits):
        idx = model.index_of_cell(cells[i % len(cells)])
        t0 = time.perf_counter()
        model.setData(idx, str(i % 7 + 1))
        t1 = seen[-1]
        app.processEvents()
        t2 = time.perf_counter()
        sync.append(t1 - t0)
        painted.append(t2 - t0)
    w.session.close()
    return sync, painted


def _ms(xs: list[float]) -> str:
    xs = sorted(xs)
    p95 = xs[max(0, int(len(xs) * 0.95) - 1)]
    return f"median {statistics.median(xs) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, max {xs[-1] * 1000:.1f} ms"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m gkdesk.gui.bench")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--edits", type=int, default=200)
    a = ap.parse_args(argv)
    st = start_times(a.runs)
    print(f"window start (process start → window shown, example report, {len(st)} runs): {_ms(st)}")
    sync, painted = edit_latency(a.edits)
    print(f"edit → findings updated ({a.edits} edits of 表三): {_ms(sync)}")
    print(f"edit → findings updated + repaint: {_ms(painted)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
