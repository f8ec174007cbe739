"""Benchmarks of gkdesk: prints a table (operation, median, min, runs, peak RSS) and can record it.

    python benchmarks/run.py            # print the table
    python benchmarks/run.py --write    # also write it into benchmarks/README.md with the machine
    python benchmarks/run.py --quick    # fewer runs (a smoke check of the script itself)

Every operation runs in its own child process (`run.py --op NAME`), so each peak RSS is that of
one process doing one thing (imports included), measured by the kernel (getrusage of the
child). Cold starts time a fresh interpreter from spawn until the window is shown (the program
prints "ok" after show + processEvents in smoke mode); the bare PySide6 window is started the
same way for the ratio. An operation whose module does not exist yet prints "n/a".
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "resources" / "example-2021.json"
README = Path(__file__).resolve().parent / "README.md"
BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"
LOAD_BEFORE: tuple[float, float, float] | None = None
sys.path.insert(0, str(ROOT))

BARE_WINDOW = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow, QLabel\n"
    "app = QApplication(sys.argv[:1])\n"
    "w = QMainWindow(); w.setCentralWidget(QLabel('x')); w.resize(1320, 900); w.show()\n"
    "app.processEvents()\n"
    "print('ok', flush=True)\n"
)


class NotAvailable(Exception):
    pass


# ------------------------------------------------------------------------------------ helpers
def _timed(fn, runs: int, setup=None) -> list[float]:
    out = []
    for i in range(runs):
        arg = setup(i) if setup else None
        t0 = time.perf_counter()
        fn(arg) if setup else fn()
        out.append(time.perf_counter() - t0)
    return out


def _example():
    from gkdesk.core import storage

    return storage.load(EXAMPLE)


def _require(module: str):
    import importlib

    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as e:
        raise NotAvailable(f"{module} missing") from e


# ------------------------------------------------------------------------------------ operations
def op_recheck(runs: int) -> list[float]:
    """Full re-check after one edit: the command (with auto totals) plus every check."""
    from gkdesk.checks import run_checks
    from gkdesk.core.commands import EditCells, History

    doc = _example()
    h = History(doc)
    run_checks(doc)  # warm: rule registry, compiled regexes

    def one(i):
        h.push(EditCells({"t3.new.natural": str(30 + i % 17)}))
        run_checks(doc)

    return _timed(one, runs, setup=lambda i: i)


def op_gui_edit(runs: int) -> list[float]:
    """One typed cell in the real window (offscreen): undo push, totals, re-check, view refresh."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("GKDESK_NO_USER_STATE", "1")
    _require("gkdesk.gui.mainwindow")
    from PySide6.QtWidgets import QApplication

    from gkdesk.gui.mainwindow import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    win = MainWindow(str(EXAMPLE), offer_recovery=False)
    win.show()
    page = win.table_page("t3")
    win.show_page(next(s.key for s in win.session.doc.spec.sections if s.table == "t3"))
    app.processEvents()
    model = page.model
    idx = model.index_of_cell("t3.new.natural")

    def one(i):
        model.setData(idx, str(30 + i % 17))
        app.processEvents()

    times = _timed(one, runs, setup=lambda i: i)
    win.session.close()
    return times


def op_export_docx(runs: int) -> list[float]:
    mod = _require("gkdesk.export.docx")
    doc = _example()
    with tempfile.TemporaryDirectory() as d:
        mod.export_docx(doc, Path(d) / "warm.docx")
        return _timed(lambda i: mod.export_docx(doc, Path(d) / f"r{i}.docx"), runs, setup=lambda i: i)


def op_export_xlsx(runs: int) -> list[float]:
    mod = _require("gkdesk.export.xlsx")
    doc = _example()
    with tempfile.TemporaryDirectory() as d:
        mod.export_xlsx(doc, Path(d) / "warm.xlsx")
        return _timed(lambda i: mod.export_xlsx(doc, Path(d) / f"r{i}.xlsx"), runs, setup=lambda i: i)


def op_save_open(runs: int) -> list[float]:
    from gkdesk.core import storage

    doc = _example()
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "报告.json"

        def one():
            storage.save(doc, p)
            storage.load(p)

        return _timed(one, runs)


def op_import(runs: int, name: str) -> list[float]:
    mod = _require("gkdesk.importers")
    fn = getattr(mod, "import_file", None)
    if fn is None:
        from gkdesk.importers.text import import_text

        def fn(p):
            return import_text(Path(p).read_text(encoding="utf-8"), Path(p).name)

    path = _report_files()[name]
    fn(path)  # warm
    return _timed(lambda: fn(path), runs)


def import_sample(kind: str) -> bytes:
    """The bytes of one report of each kind the importers read (issue #11 import-time goals):
    txt = the longest real report in ../shared; docx = our export of the example; html = a generated
    government web page of the example; pdf = a 6-page PDF of the example (reportlab, ruled tables)."""
    from gkdesk.core import storage

    sys.path.insert(0, str(ROOT / "tests" / "importers"))
    doc = storage.load(EXAMPLE)
    if kind == "txt":
        return max(_report_files().values(), key=lambda p: p.stat().st_size).read_bytes()
    if kind == "docx":
        from gkdesk.export.docx import render_docx
        return render_docx(doc)
    if kind == "html":
        from _report_fixtures import html_text
        return html_text(doc).encode("utf-8")
    try:
        from _pdf_fixtures import pdf_bytes
    except ImportError as e:
        raise NotAvailable(f"reportlab not installed: {e}") from None
    for key in ("s1", "s5", "s6"):  # longer prose, so that the example fills 6 pages
        doc.sections[key] = "\n".join([doc.sections[key]] * 6)
    data = pdf_bytes(doc, {"page_numbers"})
    return data


IMPORT_GOALS = {"txt": 0.2, "docx": 0.2, "html": 0.2, "pdf": 1.0}  # seconds (issue #11)


def op_import_kind(runs: int, kind: str) -> list[float]:
    from gkdesk.importers import import_bytes

    data = import_sample(kind)
    import_bytes(data, f"sample.{kind}")  # warm (imports, caches)
    return _timed(lambda: import_bytes(data, f"sample.{kind}"), runs)


def make_reports(folder: Path, n: int, seed: int = 7) -> list[Path]:
    """n varied reports derived from the example: random figures, some blanks, some errors, both formats."""
    from gkdesk.core import storage
    from gkdesk.core.commands import EditCells, EditMeta, FillTotals, History
    from gkdesk.core.document import Document, Meta
    from gkdesk.core.spec import get_format

    rng = random.Random(seed)
    base = _example()
    paths = []
    for i in range(n):
        fmt = "2021" if rng.random() < 0.8 else "2019"
        spec = get_format(fmt)
        if fmt == base.format_id:
            doc = storage.loads(storage.dumps(base))
        else:
            doc = Document(fmt, Meta(year=2020, date="2021-01-20"))
            doc.sections = {k: base.sections.get(k, "") or "本年度无其他需要报告的事项。" for k in doc.sections}
        h = History(doc)
        updates = {}
        for c in spec.cells.values():
            if c.derived:
                continue
            r = rng.random()
            if r < 0.03:
                updates[c.id] = None  # blank
            elif c.kind == "amount":
                updates[c.id] = f"{rng.randint(0, 99999) / 100:.2f}"
            elif c.kind == "signed":
                updates[c.id] = str(rng.randint(-50, 50))
            else:
                updates[c.id] = str(rng.choice([0, 0, 0, rng.randint(0, 20), rng.randint(0, 2000)]))
        h.push(EditCells(updates))
        h.push(FillTotals(overwrite=True))
        if rng.random() < 0.2:  # a typed total that does not add up
            tot = rng.choice([c.id for c in spec.cells.values() if c.derived])
            h.push(EditCells({tot: str(rng.randint(0, 5000))}))
        h.push(EditMeta("agency", f"示例县第{i:04d}局"))
        h.push(EditMeta("year", spec.first_year if fmt == "2019" else rng.randint(2021, 2025)))
        p = folder / f"{i:04d}.json"
        storage.save(doc, p)
        paths.append(p)
    return paths


def op_batch(runs: int, summary: bool, n: int = 1000) -> list[float]:
    """`gkdesk check` over n generated reports: named files, or the folder with its summary workbook."""
    from gkdesk.cli import build_parser, main

    with tempfile.TemporaryDirectory() as d:
        folder = Path(d) / "reports"
        folder.mkdir()
        files = make_reports(folder, n)
        help_text = build_parser()._subparsers._group_actions[0].choices["check"].format_help()  # noqa: SLF001
        if summary:
            if "--summary" not in help_text:
                raise NotAvailable("gkdesk check --summary missing")
            argv = ["check", str(folder), "--summary", str(Path(d) / "summary.xlsx")]
        else:
            argv = ["check", *map(str, files)]

        def one():
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                code = main(argv)
            if code not in (0, 1):
                raise RuntimeError(f"gkdesk {' '.join(argv[:1])} exit {code}")
            if summary and not (Path(d) / "summary.xlsx").exists():
                raise RuntimeError("no summary workbook written")

        return _timed(one, runs)


def _report_files() -> dict[str, Path]:
    folder = SHARED / "reports"
    files = sorted(folder.glob("*.txt")) + sorted((folder / "partial").glob("*.txt"))
    return {p.name: p for p in files}


# ------------------------------------------------------------------------------------ child runner
def child(op: str, runs: int) -> None:
    import gc

    gc.collect()
    try:
        if op == "recheck":
            times = op_recheck(runs)
        elif op == "gui_edit":
            times = op_gui_edit(runs)
        elif op == "export_docx":
            times = op_export_docx(runs)
        elif op == "export_xlsx":
            times = op_export_xlsx(runs)
        elif op == "save_open":
            times = op_save_open(runs)
        elif op == "batch":
            times = op_batch(runs, summary=False)
        elif op == "batch_summary":
            times = op_batch(runs, summary=True)
        elif op.startswith("import_kind:"):
            times = op_import_kind(runs, op.split(":", 1)[1])
        elif op.startswith("import:"):
            times = op_import(runs, op.split(":", 1)[1])
        else:
            raise SystemExit(f"unknown op {op}")
        print(json.dumps({"times": times}))
    except NotAvailable as e:
        print(json.dumps({"na": str(e)}))


def _maxrss_mb(ru) -> float:
    # Linux reports kilobytes, macOS bytes
    return ru.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def run_child(args: list[str], env: dict | None = None, until_ok: bool = False, timeout: float = 600):
    """Start a child; return (seconds until 'ok' or exit, stdout, peak RSS MB, exit status)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, **(env or {})), cwd=ROOT)
    t_ok = None
    out_lines = []
    assert proc.stdout is not None
    for line in proc.stdout:
        out_lines.append(line)
        if until_ok and line.strip() == "ok" and t_ok is None:
            t_ok = time.perf_counter() - t0
    err = proc.stderr.read() if proc.stderr else ""
    _, status, ru = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = t_ok if until_ok else time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"{args[-2:]} exited {proc.returncode}: {err[-800:]}")
    return elapsed, "".join(out_lines), _maxrss_mb(ru), err


def cold_start(kind: str, runs: int) -> tuple[list[float], float]:
    env = {"QT_QPA_PLATFORM": "offscreen", "GKDESK_SMOKE_TEST": "1", "GKDESK_NO_USER_STATE": "1"}
    if kind == "bare":
        args = [sys.executable, "-c", BARE_WINDOW]
    elif kind == "gkdesk":
        args = [sys.executable, "-m", "gkdesk", str(EXAMPLE)]
    else:  # frozen build
        exe = ROOT / "dist" / "gkdesk" / ("gkdesk-cli.exe" if sys.platform == "win32" else "gkdesk")
        if not exe.exists():
            raise NotAvailable("no frozen build (python packaging/build.py)")
        args = [str(exe), str(EXAMPLE)]
    run_child(args, env, until_ok=True)  # warm the OS file cache once, as for a second start
    times, peak = [], 0.0
    for _ in range(runs):
        t, out, rss, _ = run_child(args, env, until_ok=True)
        if "ok" not in out.split():
            raise RuntimeError(f"{kind}: no 'ok' printed")
        times.append(t)
        peak = max(peak, rss)
    return times, peak


def measure(op: str, runs: int) -> tuple[list[float] | None, float, str]:
    _, out, rss, _ = run_child([sys.executable, str(Path(__file__).resolve()), "--op", op, "--runs", str(runs)])
    data = json.loads(out.strip().splitlines()[-1])
    if "na" in data:
        return None, 0.0, data["na"]
    return data["times"], rss, ""


def fmt_time(t: float) -> str:
    if t < 0.001:
        return f"{t * 1e6:.0f} µs"
    if t < 1:
        return f"{t * 1000:.1f} ms"
    return f"{t:.2f} s"


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    try:
        import PySide6
        from PySide6 import QtCore

        qt = f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}"
    except ImportError:
        qt = "PySide6 not installed"
    from gkdesk import __version__

    load = ("load average before the run: " + ", ".join(f"{x:.2f}" for x in LOAD_BEFORE)) if LOAD_BEFORE else ""
    return [f"CPU: {cpu}, {os.cpu_count()} logical cores" + (f" ({load})" if load else ""), f"RAM: {ram}",
            f"OS: {platform.platform()}", f"Python {platform.python_version()}, {qt}", f"gkdesk {__version__}",
            f"Date: {time.strftime('%Y-%m-%d %H:%M')}"]


def main() -> int:
    ap = argparse.ArgumentParser(description="gkdesk benchmarks")
    ap.add_argument("--op", help=argparse.SUPPRESS)
    ap.add_argument("--runs", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--write", action="store_true", help="record the table in benchmarks/README.md")
    ap.add_argument("--quick", action="store_true", help="fewer runs")
    args = ap.parse_args()
    if args.op:
        child(args.op, args.runs)
        return 0

    global LOAD_BEFORE
    LOAD_BEFORE = os.getloadavg() if hasattr(os, "getloadavg") else None
    q = args.quick
    rows: list[tuple[str, str, str, str, str]] = []

    def add(name: str, times: list[float] | None, rss: float, note: str = "") -> None:
        if times is None:
            rows.append((name, "n/a", "", "", note))
        else:
            rows.append((name, fmt_time(statistics.median(times)), fmt_time(min(times)), str(len(times)),
                         f"{rss:.0f}" + (f" — {note}" if note else "")))
        print(f"  {rows[-1][0]:<52} {rows[-1][1]:>10} {rows[-1][2]:>10} {rows[-1][3]:>5} {rows[-1][4]}", flush=True)

    print(f"  {'operation':<52} {'median':>10} {'min':>10} {'runs':>5} peak RSS MB")
    n_start = 3 if q else 7
    bare, bare_rss = cold_start("bare", n_start)
    add("cold start: bare PySide6 window (python -c)", bare, bare_rss)
    try:
        gk, gk_rss = cold_start("gkdesk", n_start)
        ratio = statistics.median(gk) / statistics.median(bare)
        add("cold start: gkdesk window with example (python -m)", gk, gk_rss, f"{ratio:.2f}× bare")
    except (RuntimeError, NotAvailable) as e:
        add("cold start: gkdesk window with example (python -m)", None, 0, str(e)[:80])
    try:
        fz, fz_rss = cold_start("frozen", n_start)
        add("cold start: frozen build (dist/gkdesk)", fz, fz_rss,
            f"{statistics.median(fz) / statistics.median(bare):.2f}× bare")
    except (RuntimeError, NotAvailable) as e:
        add("cold start: frozen build (dist/gkdesk)", None, 0, str(e)[:80])

    for op, name, runs in (("recheck", "full re-check after one edit (core)", 20 if q else 200),
                           ("gui_edit", "one typed cell in the window (re-check + repaint)", 10 if q else 100),
                           ("export_docx", "DOCX export (example)", 3 if q else 15),
                           ("export_xlsx", "XLSX export (example)", 3 if q else 15),
                           ("save_open", "save + open (example)", 20 if q else 100)):
        times, rss, note = measure(op, runs)
        add(name, times, rss, note)
    for kind, goal in IMPORT_GOALS.items():
        times, rss, note = measure(f"import_kind:{kind}", 3 if q else 15)
        if times:
            note = f"goal ≤ {goal:g} s, {statistics.median(times) / goal:.2f}× goal" + (f"; {note}" if note else "")
        add(f"import {kind} ({'6-page PDF' if kind == 'pdf' else 'report'})", times, rss, note)
    for fname in _report_files():
        times, rss, note = measure(f"import:{fname}", 2 if q else 10)
        add(f"import {fname}", times, rss, note)
    times, rss, note = measure("batch", 1 if q else 3)
    add("batch: gkdesk check 1,000 generated report files", times, rss, note)
    times, rss, note = measure("batch_summary", 1 if q else 3)
    add("batch: gkdesk check FOLDER --summary (1,000 reports)", times, rss, note)

    if args.write:
        write_readme(rows)
    return 0


def write_readme(rows) -> None:
    lines = [BEGIN, "", "Machine:", ""] + [f"- {m}" for m in machine()] + [
        "", "| operation | median | min | runs | peak RSS MB |", "|---|---:|---:|---:|---|"]
    lines += [f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in rows]
    lines += ["", END]
    block = "\n".join(lines)
    text = README.read_text(encoding="utf-8") if README.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + block + text[text.index(END) + len(END):]
    else:
        text += "\n" + block + "\n"
    README.write_text(text, encoding="utf-8")
    print(f"written to {README}")


if __name__ == "__main__":
    sys.exit(main())
