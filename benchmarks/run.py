"""Benchmarks of gkdesk: each figure beside its reference, measured in the same run, with the ratio
and the goal (issue #14).

    python benchmarks/run.py            # print the table (about 5 minutes on 2 cores)
    python benchmarks/run.py --write    # also write it into benchmarks/README.md with the machine
    python benchmarks/run.py --quick    # fewer runs and smaller folders (a smoke check of the script)

Every operation runs in its own child process (`run.py --op NAME`), so each peak RSS is that of
one process doing one thing (imports included), measured by the kernel (getrusage of the child).
Cold starts time a fresh interpreter from spawn until the program prints "ok" (after show +
processEvents in smoke mode), in pairs with the reference (benchmarks/bare_window.py) so that the
machine's load hits both alike. gkdesk is byte-compiled first, as an installed copy is (pip and
the frozen build ship .pyc files). An operation whose module does not exist prints "n/a".
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import io
import json
import os
import platform
import shutil
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
BARE_WINDOW = Path(__file__).resolve().parent / "bare_window.py"
BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"
LOAD_BEFORE: tuple[float, float, float] | None = None
sys.path.insert(0, str(ROOT))

GUI_ENV = {"QT_QPA_PLATFORM": "offscreen", "GKDESK_SMOKE_TEST": "1", "GKDESK_NO_USER_STATE": "1"}


class NotAvailable(Exception):
    pass


# ------------------------------------------------------------------------------------ helpers
#: the CPU time (time.process_time) of each run _timed made in this child, beside the wall times it returns
_CPU: list[float] = []


def _timed(fn, runs: int) -> list[float]:
    out = []
    for i in range(runs):
        c0 = time.process_time()
        t0 = time.perf_counter()
        fn(i)
        out.append(time.perf_counter() - t0)
        _CPU.append(time.process_time() - c0)
    return out


def cpu_note(data: dict | None, note: str = "") -> str:
    """The median CPU time of an in-process operation (what the machine's load hardly changes), for
    the last column; `note` (e.g. why it is n/a) kept."""
    cpu = (data or {}).get("cpu")
    text = f"CPU {fmt_time(statistics.median(cpu))}" if cpu else ""
    return "; ".join(x for x in (text, note) if x)


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
def op_recheck_full(runs: int) -> list[float]:
    """Every rule after one edit (what `gkdesk check` runs)."""
    from gkdesk.checks import run_checks
    from gkdesk.core.commands import EditCells, History

    doc = _example()
    h = History(doc)
    run_checks(doc)  # warm: rule registry, compiled regexes

    def one(i):
        h.push(EditCells({"t3.new.natural": str(30 + i % 17)}))
        run_checks(doc)

    return _timed(one, runs)


def op_recheck(runs: int) -> list[float]:
    """The window's re-check after one typed cell: the command (with auto totals) and the rules that
    read the edited table (gkdesk.checks.engine.Checker, as the session runs it)."""
    from gkdesk.checks.engine import Checker
    from gkdesk.core.commands import EditCells, History

    doc = _example()
    h = History(doc)
    checker = Checker(doc)
    checker.run()

    def one(i):
        checker.run(h.push(EditCells({"t3.new.natural": str(30 + i % 17)})))

    return _timed(one, runs)


def op_recheck_prose(runs: int) -> list[float]:
    """The window's re-check after a keystroke in 一、总体情况: only the rules that read 一 run again
    (the prose rules GK601–GK611 among them)."""
    from gkdesk.checks.engine import Checker
    from gkdesk.core.commands import EditSection, History

    doc = _example()
    h = History(doc)
    checker = Checker(doc)
    checker.run()
    base = doc.sections["s1"]

    def one(i):
        checker.run(h.push(EditSection("s1", base + "字" * (i % 7 + 1) + str(i))))

    return _timed(one, runs)


def _qt_app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("GKDESK_NO_USER_STATE", "1")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def _typist(app, view, model):
    """One typed cell, as a clerk types it: select the cell, a digit key opens the editor, two more
    digits, Enter commits; then the events (the repaint among them) are processed."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    digits = [Qt.Key.Key_0 + d for d in range(10)]

    def one(idx, i):
        view.setCurrentIndex(idx)
        value = 30 + i % 17
        QTest.keyClick(view, digits[value // 10])
        editor = app.focusWidget()
        QTest.keyClick(editor, digits[value % 10])
        QTest.keyClick(editor, Qt.Key.Key_Return)
        app.processEvents()
        return str(value)

    return one


def op_gui_edit(runs: int) -> list[float]:
    """One typed cell in the real window (offscreen): editor, commit, undo step, auto totals, re-check,
    findings panel, repaint."""
    _require("gkdesk.gui.mainwindow")
    app = _qt_app()
    from gkdesk.gui.mainwindow import MainWindow

    win = MainWindow(str(EXAMPLE), offer_recovery=False)
    win.show()
    win.show_page(next(s.key for s in win.session.doc.spec.sections if s.table == "t3"))
    page = win.table_page("t3")
    app.processEvents()
    model = page.model
    idx = model.index_of_cell("t3.new.natural")
    type_one = _typist(app, page.view, model)
    for i in range(5):  # warm
        type_one(idx, i)

    def one(i):
        want = type_one(idx, i)
        if win.session.doc.value("t3.new.natural").text != want:
            raise RuntimeError("the typed value did not arrive in the document")

    times = _timed(one, runs)
    win.session.close()
    return times


def op_qt_edit(runs: int) -> list[float]:
    """Reference: the same typing in a bare QTableView (QStandardItemModel as big as 表三), shown."""
    app = _qt_app()
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QTableView

    model = QStandardItemModel(27, 8)
    for r in range(27):
        for c in range(8):
            model.setItem(r, c, QStandardItem(str(r * 8 + c)))
    view = QTableView()
    view.setModel(model)
    w = QMainWindow()
    w.setCentralWidget(view)
    w.resize(1320, 900)
    w.show()
    app.processEvents()
    idx = model.index(2, 1)
    type_one = _typist(app, view, model)
    for i in range(5):
        type_one(idx, i)

    def one(i):
        want = type_one(idx, i)
        if model.data(idx) != want:
            raise RuntimeError("the typed value did not arrive in the model")

    return _timed(one, runs)


def op_export(runs: int, kind: str) -> list[float]:
    mod = _require(f"gkdesk.export.{kind}")
    fn = getattr(mod, f"export_{kind}")
    doc = _example()
    with tempfile.TemporaryDirectory() as d:
        fn(doc, Path(d) / f"warm.{kind}")
        return _timed(lambda i: fn(doc, Path(d) / f"r{i}.{kind}"), runs)


def _grids(doc):
    """The three tables of the example as (spec, {grid position: text}) for the reference writers."""
    out = []
    for t in doc.spec.tables:
        texts = {}
        for it in t.items:
            texts[(it.r, it.c)] = it.text if it.role != "value" else doc.value(it.cell).text
        out.append((t, texts))
    return out


def op_ref_docx(runs: int) -> list[float]:
    """Reference: python-docx writing the same three tables (labels, merges, values) to a file."""
    import docx

    grids = _grids(_example())

    def one(path):
        d = docx.Document()
        for t, texts in grids:
            d.add_paragraph(f"{t.name}　{t.title}")
            table = d.add_table(rows=t.n_rows, cols=t.n_cols)
            grid = [list(row.cells) for row in table.rows]  # once: table.cell() rebuilds the grid per call
            for it in t.items:
                grid[it.r][it.c].text = texts[(it.r, it.c)]
            for it in t.items:
                if it.rs > 1 or it.cs > 1:
                    grid[it.r][it.c].merge(grid[it.r + it.rs - 1][it.c + it.cs - 1])
        d.save(path)

    with tempfile.TemporaryDirectory() as tmp:
        one(Path(tmp) / "warm.docx")
        return _timed(lambda i: one(Path(tmp) / f"r{i}.docx"), runs)


def op_ref_xlsx(runs: int) -> list[float]:
    """Reference: openpyxl writing the same three tables (labels, merges, values) to a file."""
    from openpyxl import Workbook

    grids = _grids(_example())

    def one(path):
        wb = Workbook()
        wb.remove(wb.active)
        for t, texts in grids:
            ws = wb.create_sheet(t.name)
            for it in t.items:
                text = texts[(it.r, it.c)]
                ws.cell(it.r + 1, it.c + 1, int(text) if it.role == "value" and text.isdigit() else text)
                if it.rs > 1 or it.cs > 1:
                    ws.merge_cells(start_row=it.r + 1, start_column=it.c + 1,
                                   end_row=it.r + it.rs, end_column=it.c + it.cs)
        wb.save(path)

    with tempfile.TemporaryDirectory() as tmp:
        one(Path(tmp) / "warm.xlsx")
        return _timed(lambda i: one(Path(tmp) / f"r{i}.xlsx"), runs)


def op_save_open(runs: int) -> list[float]:
    from gkdesk.core import storage

    doc = _example()
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "报告.json"

        def one(_i):
            storage.save(doc, p)
            storage.load(p)

        return _timed(one, runs)


def _label_caches_cleared(mod):
    """Import of the same file again and again, as if each were a new report: the importers' cache of
    normalised labels (locate.norm) is emptied before each run, so that it only helps within one import."""
    locate = _require("gkdesk.importers.locate")

    def run(*args):
        locate._NORM.clear()
        return mod.import_file(*args) if not isinstance(args[0], bytes) else mod.import_bytes(*args)
    return run


def op_import(runs: int, name: str) -> list[float]:
    mod = _require("gkdesk.importers")
    path = _report_files()[name]
    mod.import_file(path)  # warm
    one = _label_caches_cleared(mod)
    return _timed(lambda i: one(path), runs)


def op_import_own_xlsx(runs: int) -> list[float]:
    """Our own XLSX export of the example, read back by the importer."""
    xlsx = _require("gkdesk.export.xlsx")
    mod = _require("gkdesk.importers")
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "example.xlsx"
        xlsx.export_xlsx(_example(), p)
        mod.import_file(p)  # warm
        return _timed(lambda i: mod.import_file(p), runs)


def import_sample(kind: str) -> bytes:
    """One report of each kind the importers read (issue #11 import-time goals): txt = the longest
    real report in ../shared; docx = our export of the example; html = a generated government web
    page of the example; pdf = a 6-page PDF of the example (reportlab, ruled tables)."""
    from gkdesk.core import storage

    sys.path.insert(0, str(ROOT / "tests" / "importers"))
    doc = storage.load(EXAMPLE)
    if kind == "txt":
        return max(_report_files().values(), key=lambda p: p.stat().st_size).read_bytes()
    if kind == "docx":
        return _require("gkdesk.export.docx").render_docx(doc)
    if kind == "html":
        from _report_fixtures import html_text
        return html_text(doc).encode("utf-8")
    try:
        from _pdf_fixtures import pdf_bytes
    except ImportError as e:
        raise NotAvailable(f"reportlab not installed: {e}") from None
    for key in ("s1", "s5", "s6"):  # longer prose, so that the example fills 6 pages
        doc.sections[key] = "\n".join([doc.sections[key]] * 6)
    return pdf_bytes(doc, {"page_numbers"})


def op_import_kind(runs: int, kind: str) -> list[float]:
    mod = _require("gkdesk.importers")
    data = import_sample(kind)
    mod.import_bytes(data, f"sample.{kind}")  # warm
    one = _label_caches_cleared(mod)
    return _timed(lambda i: one(data, f"sample.{kind}"), runs)


def op_ref_pdf(runs: int) -> list[float]:
    """Reference for the PDF import: pdfplumber only parsing the same 6-page PDF (every page's characters)."""
    import io as _io

    pdfplumber = _require("pdfplumber")
    data = import_sample("pdf")

    def parse(_i):
        with pdfplumber.open(_io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.chars  # noqa: B018 - parsing is the point

    parse(0)
    return _timed(parse, runs)


def make_reports(folder: Path, n: int, broken: bool = False) -> list[Path]:
    """n unit reports as a reviewing office receives them: consistent figures from the test factory
    (both formats), every 7th with a wrong typed total, every 11th with a blank cell, every 13th
    without agency name, in ten sub-folders; `broken`: plus three files that cannot be read."""
    from gkdesk.core import storage
    from gkdesk.core.values import BLANK, number
    from tests.review.factory import make_unit

    paths = []
    for i in range(n):
        fmt = "2019" if i % 4 == 0 else "2021"
        doc = make_unit(fmt, seed=i, agency=f"测试县第{i}单位", scale=5 + i % 50)
        if i % 7 == 3:
            doc._put("t3.new.total", number(doc.number("t3.new.total") + 1))
            doc.manual.add("t3.new.total")
        if i % 11 == 5:
            doc._put("t4.review.upheld", BLANK)
        if i % 13 == 7:
            doc.meta.agency = ""
        sub = folder / f"乡镇{i % 10:02d}"
        sub.mkdir(exist_ok=True)
        paths.append(sub / f"unit{i:05d}.json")
        paths[-1].write_text(storage.dumps(doc), encoding="utf-8")
    if broken:
        (folder / "broken.json").write_text("{", encoding="utf-8")
        (folder / "empty.json").write_bytes(b"")
        (folder / "bad.docx").write_bytes(b"PK\x03\x04" + os.urandom(2048))
    return paths


def op_batch(runs: int, folder: str) -> dict:
    """`gkdesk check FOLDER --summary OUT.xlsx` in process, the gaps between its progress updates, and
    the reference: reading and json.loads of every file of the folder."""
    from gkdesk.cli import main
    from gkdesk.review import progress as progress_mod

    files = sorted(Path(folder).rglob("*.json"))

    def ref(_i):
        for p in files:
            try:
                json.loads(p.read_bytes())
            except ValueError:
                pass

    ref_times = _timed(ref, runs)
    stamps: list[float] = []
    original = progress_mod.TextProgress.__call__

    def record(self, done, total, path=""):
        stamps.append(time.perf_counter())
        return original(self, done, total, path)

    progress_mod.TextProgress.__call__ = record
    gaps, times, cpu = [], [], []
    with tempfile.TemporaryDirectory() as d:
        for run in range(runs):
            out = Path(d) / f"summary{run}.xlsx"  # a new file each run (an existing one needs --force)
            stamps.clear()
            err = io.StringIO()
            c0 = time.process_time()
            t0 = time.perf_counter()
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
                code = main(["check", folder, "--summary", str(out)])
            t1 = time.perf_counter()
            cpu.append(time.process_time() - c0)
            # exit 2: the three broken files of the folder cannot be read (they are listed, the rest is checked)
            if not out.exists():
                raise RuntimeError(f"gkdesk check exit {code}, no summary: {err.getvalue()[-400:]}")
            times.append(t1 - t0)
            marks = [t0, *stamps, t1]
            gaps.append(max(b - a for a, b in zip(marks, marks[1:])))
    return {"times": times, "ref": ref_times, "gap": max(gaps), "files": len(files), "cpu": cpu}


def _report_files() -> dict[str, Path]:
    folder = SHARED / "reports"
    files = (sorted(folder.glob("*.txt")) + sorted((folder / "partial").glob("*.txt"))
             + sorted((SHARED / "seeds").glob("*.txt")))  # the five seed reports (2019 format) too
    return {p.name: p for p in files}



# ------------------------------------------------------------------------------------ export per report (#12)
def op_export_reports(runs: int, kind: str) -> list[float]:
    """DOCX/XLSX/HTML export in process of the example and the five seeds: each run times every report
    once and keeps the slowest, so the figure is the worst report, not the friendliest."""
    mod = _require(f"gkdesk.export.{kind}")
    render = getattr(mod, f"render_{kind}")
    from gkdesk.core import storage

    docs = [storage.load(p) for p in [EXAMPLE, *sorted((ROOT / "tests" / "data" / "seeds").glob("seed_*.json"))]]
    for doc in docs:
        render(doc)  # the first export checks and caches the template
    out = []
    for _ in range(runs):
        worst = 0.0
        for doc in docs:
            t0 = time.perf_counter()
            render(doc)
            worst = max(worst, time.perf_counter() - t0)
        out.append(worst)
    return out


def export_report_rows(add, q: bool) -> None:
    """Issue #12's bar: every report exports in ≤ 0.3 s per format, in process."""
    for kind in ("docx", "xlsx", "html"):
        got, rss, note = measure(f"export_reports_{kind}", 3 if q else 10)
        add(f"{kind.upper()} export, slowest of example + 5 seeds (in process)", got and got["times"], rss,
            goal="≤ 0.3 s", note=note)

OPS = {
    "recheck_full": op_recheck_full, "recheck": op_recheck, "recheck_prose": op_recheck_prose,
    "gui_edit": op_gui_edit, "qt_edit": op_qt_edit,
    "export_docx": lambda n: op_export(n, "docx"), "export_xlsx": lambda n: op_export(n, "xlsx"),
    "ref_docx": op_ref_docx, "ref_xlsx": op_ref_xlsx, "save_open": op_save_open,
    "import_own_xlsx": op_import_own_xlsx,
    **{f"import_kind_{k}": (lambda n, k=k: op_import_kind(n, k)) for k in ("txt", "docx", "html", "pdf")},
    "ref_pdf": op_ref_pdf,
    **{f"export_reports_{k}": (lambda n, k=k: op_export_reports(n, k)) for k in ("docx", "xlsx", "html")},
}


# ------------------------------------------------------------------------------------ child runner
def child(op: str, runs: int, arg: str) -> None:
    import gc

    gc.collect()
    try:
        if op == "batch":
            print(json.dumps(op_batch(runs, arg)))
            return
        if op.startswith("import:"):
            times = op_import(runs, op.split(":", 1)[1])
        elif op in OPS:
            times = OPS[op](runs)
        else:
            raise SystemExit(f"unknown op {op}")
        print(json.dumps({"times": times, "cpu": _CPU[-len(times):] if len(_CPU) >= len(times) else []}))
    except NotAvailable as e:
        print(json.dumps({"na": str(e)}))


def _maxrss_mb(ru) -> float:
    # Linux reports kilobytes, macOS bytes
    return ru.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def _cpu_seconds(pid: int) -> float | None:
    """CPU time used so far by a running child, all its threads (Linux /proc); None elsewhere.
    Unlike the wall clock it hardly depends on how many other processes want the cores."""
    import glob

    total, seen = 0, False
    for f in glob.glob(f"/proc/{pid}/task/*/schedstat"):
        try:
            with open(f) as fh:
                total += int(fh.read().split()[0])
            seen = True
        except (OSError, ValueError, IndexError):
            pass
    return total / 1e9 if seen else None


def run_child(args: list[str], env: dict | None = None, until_ok: bool = False, timeout: float = 900,
              marks: dict | None = None):
    """Start a child; return (seconds until 'ok' or exit, stdout, peak RSS MB). `marks` gets the
    seconds from the start until each line of the form `name_seconds=...` arrived (by name)."""
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
            if marks is not None:
                cpu = _cpu_seconds(proc.pid)
                if cpu is not None:
                    marks["cpu_ok"] = cpu
        if marks is not None and "_seconds=" in line:
            marks.setdefault(line.split("_seconds=")[0].strip(), time.perf_counter() - t0)
    err = proc.stderr.read() if proc.stderr else ""
    _, status, ru = os.wait4(proc.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    elapsed = t_ok if until_ok else time.perf_counter() - t0
    if code != 0 or elapsed is None:
        raise RuntimeError(f"{args[-2:]} exited {code}: {err[-800:]}")
    return elapsed, "".join(out_lines), _maxrss_mb(ru)


def _start_args(kind: str) -> list[str]:
    if kind == "bare":
        return [sys.executable, str(BARE_WINDOW)]
    if kind == "gkdesk":
        return [sys.executable, "-m", "gkdesk", str(EXAMPLE)]
    exe = ROOT / "dist" / "gkdesk" / ("gkdesk-cli.exe" if sys.platform == "win32" else "gkdesk")
    if not exe.exists():
        raise NotAvailable("no frozen build (python packaging/build.py)")
    return [str(exe), str(EXAMPLE)]


def paired(a: list[str], b: list[str], runs: int, env: dict, until_ok: bool, b_marks: list | None = None,
           a_marks: list | None = None):
    """Alternate runs of a and b (order swapped every pair); (times a, times b, peak a, peak b).
    `a_marks`/`b_marks` get the `marks` (see run_child) of each run of a/b."""
    run_child(a, env, until_ok)  # warm the OS file cache once, as for a second start of the day
    run_child(b, env, until_ok)
    ta, tb, pa, pb = [], [], 0.0, 0.0
    for i in range(runs):
        for which in ((0, 1) if i % 2 == 0 else (1, 0)):
            marks: dict = {}
            t, _out, rss = run_child((a, b)[which], env, until_ok, marks=marks)
            if which == 1 and b_marks is not None:
                b_marks.append(marks)
            if which == 0 and a_marks is not None:
                a_marks.append(marks)
            if which == 0:
                ta.append(t)
                pa = max(pa, rss)
            else:
                tb.append(t)
                pb = max(pb, rss)
    return ta, tb, pa, pb


def cpu_paired(a: list[str], b: list[str], runs: int, env: dict) -> tuple[dict, dict]:
    """Alternate runs of a and b (order swapped every pair) after one warm-up run each; per command the
    wall times, the CPU times (user + system, from the kernel) and the peak RSS."""
    def one(args):
        t0 = time.perf_counter()
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT,
                                env=dict(os.environ, **env))
        err = proc.stderr.read() if proc.stderr else b""
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"{args[-2:]} exited {status}: {err[-800:]!r}")
        return wall, ru.ru_utime + ru.ru_stime, _maxrss_mb(ru)

    one(a)
    one(b)
    out = ({"wall": [], "cpu": [], "rss": 0.0}, {"wall": [], "cpu": [], "rss": 0.0})
    for i in range(runs):
        for which in ((0, 1) if i % 2 == 0 else (1, 0)):
            wall, cpu, rss = one((a, b)[which])
            out[which]["wall"].append(wall)
            out[which]["cpu"].append(cpu)
            out[which]["rss"] = max(out[which]["rss"], rss)
    return out


def measure(op: str, runs: int, arg: str = "") -> tuple[dict | None, float, str]:
    _, out, rss = run_child([sys.executable, str(Path(__file__).resolve()), "--op", op, "--runs", str(runs),
                             "--arg", arg])
    data = json.loads(out.strip().splitlines()[-1])
    if "na" in data:
        return None, 0.0, data["na"]
    return data, rss, ""


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

    def load(x):
        return ", ".join(f"{v:.2f}" for v in x)
    after = os.getloadavg() if hasattr(os, "getloadavg") else None
    loads = (f"load average before the run: {load(LOAD_BEFORE)}; after: {load(after)}"
             if LOAD_BEFORE and after else "")
    return [f"CPU: {cpu}, {os.cpu_count()} logical cores" + (f" ({loads})" if loads else ""), f"RAM: {ram}",
            f"OS: {platform.platform()}", f"Python {platform.python_version()}, {qt}", f"gkdesk {__version__}",
            f"Date: {time.strftime('%Y-%m-%d %H:%M')}"]


HEADER = ("operation", "median", "min", "runs", "reference", "ref. median", "ratio", "goal", "peak RSS MB")


def main() -> int:
    ap = argparse.ArgumentParser(description="gkdesk benchmarks")
    ap.add_argument("--op", help=argparse.SUPPRESS)
    ap.add_argument("--runs", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--arg", default="", help=argparse.SUPPRESS)
    ap.add_argument("--write", action="store_true", help="record the table in benchmarks/README.md")
    ap.add_argument("--quick", action="store_true", help="fewer runs, smaller folders")
    ap.add_argument("--only", default="", help="comma-separated groups: start,edit,export,import,batch")
    args = ap.parse_args()
    if args.op:
        child(args.op, args.runs, args.arg)
        return 0

    global LOAD_BEFORE
    LOAD_BEFORE = os.getloadavg() if hasattr(os, "getloadavg") else None
    q = args.quick
    groups = set(args.only.split(",")) if args.only else {"start", "edit", "export", "import", "batch"}
    rows: list[tuple[str, ...]] = []

    def add(name, times, rss=0.0, ref_name="", ref=None, goal="", ratio_note="", note=""):
        if times is None:
            row = (name, "n/a", "", "", ref_name, "", "", goal, note)
        else:
            med = statistics.median(times)
            ref_med = statistics.median(ref) if ref else None
            ratio = ratio_note or (f"{med / ref_med:.2f}×" if ref_med else "")
            row = (name, fmt_time(med), fmt_time(min(times)), str(len(times)), ref_name,
                   fmt_time(ref_med) if ref_med else "", ratio, goal, f"{rss:.0f}" + (f" ({note})" if note else ""))
        rows.append(row)
        print("  " + " | ".join(row), flush=True)

    print("  " + " | ".join(HEADER))
    if "start" in groups:
        compileall.compile_dir(str(ROOT / "gkdesk"), quiet=1)
        n = 3 if q else 9
        gk_marks: list[dict] = []
        bare_marks: list[dict] = []
        # a cache folder of this run (filled by the warm-up start, as by the clerk's first start)
        start_cache = tempfile.mkdtemp(prefix="gkdesk-bench-cache-")
        bare, gk, bare_rss, gk_rss = paired(_start_args("bare"), _start_args("gkdesk"), n,
                                            dict(GUI_ENV, GKDESK_TIMING="1", GKDESK_CACHE_DIR=start_cache), True,
                                            gk_marks, bare_marks)
        shutil.rmtree(start_cache, ignore_errors=True)
        pair_ratio = statistics.median(g / b for g, b in zip(gk, bare))
        add("cold start to window shown, example open (python -m gkdesk)", gk, gk_rss,
            "bare PySide6 window with one table", bare, goal="≤ 1.5×",
            ratio_note=f"{statistics.median(gk) / statistics.median(bare):.2f}× (paired {pair_ratio:.2f}×)")
        cpu_gk = [m.get("cpu_ok") for m in gk_marks]
        cpu_bare = [m.get("cpu_ok") for m in bare_marks]
        if cpu_gk and None not in cpu_gk + cpu_bare:
            pair_ratio = statistics.median(g / b for g, b in zip(cpu_gk, cpu_bare))
            add("cold start: CPU time until window shown (all threads; the load hardly changes it)", cpu_gk, gk_rss,
                "bare PySide6 window with one table", cpu_bare,
                ratio_note=f"{statistics.median(cpu_gk) / statistics.median(cpu_bare):.2f}× (paired {pair_ratio:.2f}×)")
        # the first check runs right after the first frame: the findings panel is filled by this line
        checked = [m["checked"] for m in gk_marks if "checked" in m]
        if len(checked) == len(gk):
            pair_ratio = statistics.median(c / b for c, b in zip(checked, bare))
            add("cold start to findings panel filled (first check after the first frame)", checked, gk_rss,
                "bare PySide6 window with one table", bare,
                ratio_note=f"{statistics.median(checked) / statistics.median(bare):.2f}× (paired {pair_ratio:.2f}×)")
        try:
            fz, fz_rss = paired(_start_args("bare"), _start_args("frozen"), n, GUI_ENV, True)[1::2]
            add("cold start: frozen build (dist/gkdesk)", fz, fz_rss, "bare window", bare, goal="≤ 1.5×")
        except NotAvailable as e:
            add("cold start: frozen build (dist/gkdesk)", None, note=str(e))

    if "edit" in groups:
        full, full_rss, _ = measure("recheck_full", 40 if q else 400)
        inc, inc_rss, note = measure("recheck", 40 if q else 400)
        add("re-check after one typed cell (incremental, core)", inc and inc["times"], inc_rss,
            "full re-check of every rule", full and full["times"], goal="≤ 1 ms", note=cpu_note(inc, note))
        prose, prose_rss, note = measure("recheck_prose", 40 if q else 400)
        add("re-check after a keystroke in 一 (incremental, core)", prose and prose["times"], prose_rss,
            "full re-check of every rule", full and full["times"], goal="≤ 1 ms", note=cpu_note(prose, note))
        gui, gui_rss, note = measure("gui_edit", 20 if q else 200)
        qt, _qt_rss, _ = measure("qt_edit", 20 if q else 200)
        add("one typed cell in the window (command, re-check, repaint)", gui and gui["times"], gui_rss,
            "same edit in a bare QTableView", qt and qt["times"], goal="≤ 10 ms, ≤ 10×",
            note=cpu_note(gui, note) + (f"; bare view {cpu_note(qt)}" if qt and qt.get("cpu") else ""))

    if "export" in groups:
        for kind, ref_label in (("docx", "python-docx writing the same grids"),
                                ("xlsx", "openpyxl writing the same grids")):
            got, rss, note = measure(f"export_{kind}", 3 if q else 15)
            ref, _r, _ = measure(f"ref_{kind}", 3 if q else 15)
            add(f"{kind.upper()} export of the example (in process)", got and got["times"], rss, ref_label,
                ref and ref["times"], goal="≤ 0.15 s",
                note=cpu_note(got, note) + (f"; reference {cpu_note(ref)}" if ref and ref.get("cpu") else ""))
        compileall.compile_dir(str(ROOT / "gkdesk"), quiet=1)  # as installed (see the start figure)
        with tempfile.TemporaryDirectory() as d:
            cli = [sys.executable, "-m", "gkdesk", "export", str(EXAMPLE), "--docx", str(Path(d) / "a.docx"),
                   "--xlsx", str(Path(d) / "a.xlsx"), "--force"]
            ref = [sys.executable, "-c", "import docx, openpyxl"]
            ref_label = 'python -c "import docx, openpyxl"'
            # the clerk's second export on: a cache folder of this run, filled by the warm-up export
            for label, cache in (("CLI export DOCX + XLSX (gkdesk export, cold process)", Path(d) / "cache"),
                                 ("CLI export DOCX + XLSX, first export (no template/format cache)", "")):
                try:
                    r, c = cpu_paired(ref, cli, 3 if q else 9, {"GKDESK_CACHE_DIR": str(cache)})
                except RuntimeError as e:
                    add(label, None, note=str(e)[:80])
                    continue
                paired_wall = statistics.median(b / a for a, b in zip(r["wall"], c["wall"]))
                cpu = statistics.median(c["cpu"]) / statistics.median(r["cpu"])
                add(label, c["wall"], c["rss"], ref_label, r["wall"], goal="≤ 2×",
                    ratio_note=f"{statistics.median(c['wall']) / statistics.median(r['wall']):.2f}× "
                               f"(paired {paired_wall:.2f}×, CPU {cpu:.2f}×)")
        export_report_rows(add, q)
        got, rss, note = measure("save_open", 20 if q else 100)
        add("save + open (example)", got and got["times"], rss, note=note)

    if "import" in groups:
        got, rss, note = measure("import_own_xlsx", 3 if q else 15)
        add("import our own XLSX export", got and got["times"], rss, goal="≤ 0.1 s", note=cpu_note(got, note))
        for kind, what, goal in (("txt", "longest real text report", "≤ 0.2 s"), ("docx", "DOCX (our export)", "≤ 0.2 s"),
                                 ("html", "HTML web page", "≤ 0.2 s"), ("pdf", "6-page PDF", "≤ 1 s")):
            got, rss, note = measure(f"import_kind_{kind}", 3 if q else 15)
            ref, _r, _ = measure("ref_pdf", 3 if q else 15) if kind == "pdf" else (None, 0, "")
            note = cpu_note(got, note)
            if ref:
                note += f"; pdfplumber {cpu_note(ref)}"
            add(f"import {what}", got and got["times"], rss, "pdfplumber parsing the same PDF" if ref else "",
                ref and ref["times"], goal=goal, note=note)
        for fname in _report_files():
            got, rss, note = measure(f"import:{fname}", 2 if q else 10)
            add(f"import {fname}", got and got["times"], rss, goal="≤ 0.2 s", note=cpu_note(got, note))

    if "batch" in groups:
        sizes = (300, 1000) if q else (1000, 3000, 10000)
        per_report, ref_per_report, cpu_per_report = {}, {}, {}
        with tempfile.TemporaryDirectory() as d:
            for n in sizes:
                folder = Path(d) / f"u{n}"
                folder.mkdir()
                make_reports(folder, n, broken=True)
                got, rss, note = measure("batch", 1 if q else (3 if n <= 3000 else 2), str(folder))
                if got is None:
                    add(f"batch: gkdesk check FOLDER --summary ({n:,} reports)", None, note=note)
                    continue
                per_report[n] = statistics.median(got["times"]) / n
                ref_per_report[n] = statistics.median(got["ref"]) / n
                cpu_per_report[n] = statistics.median(got["cpu"]) / n
                goal = "≤ 30 s, ≤ 300 MB" if n >= 10000 else ""
                add(f"batch: gkdesk check FOLDER --summary ({n:,} reports)", got["times"], rss,
                    f"json.loads of the folder's {got['files']:,} files", got["ref"], goal=goal,
                    note=f"CPU {fmt_time(statistics.median(got['cpu']))}; longest wait between progress "
                         f"updates {fmt_time(got['gap'])}")
        # time per report against the smallest folder's; the reference's own ratio shows the machine's drift
        a = sizes[0]
        for b in sizes[1:]:
            if a in per_report and b in per_report:
                rows.append((f"batch: time per report, {b:,} vs {a:,}", fmt_time(per_report[b]), "", "",
                             f"{a:,} reports", fmt_time(per_report[a]), f"{per_report[b] / per_report[a]:.2f}×",
                             "0.75–1.25×", f"CPU per report {fmt_time(cpu_per_report[b])} vs "
                             f"{fmt_time(cpu_per_report[a])}: {cpu_per_report[b] / cpu_per_report[a]:.2f}×; "
                             f"json.loads per file: {ref_per_report[b] / ref_per_report[a]:.2f}×"))
                print("  " + " | ".join(rows[-1]), flush=True)

    if args.write:
        write_readme(rows)
    return 0


def _merged_rows(old_block: str, rows) -> tuple[list[tuple[str, ...]], bool]:
    """The recorded rows with this run's rows put in (`--only` runs some groups): a row of the same
    operation is replaced in place; the folder check's rows ("batch: …") replace all the recorded
    ones, at their place; the rows of groups not run are kept. Also: whether any row was kept."""
    old = []
    for line in old_block.splitlines():
        if line.startswith("| ") and not line.startswith("| operation") and not line.startswith("|---"):
            old.append(tuple(c.strip() for c in line.strip().strip("|").split(" | ")))
    new = {r[0]: r for r in rows}
    batch = [r for r in rows if r[0].startswith("batch:")]
    out: list[tuple[str, ...]] = []
    for r in old:
        if r[0].startswith("batch:") and batch:
            out.extend(batch)  # the first recorded batch row's place; the others are dropped
            batch = []
        elif r[0].startswith("batch:") and any(x[0].startswith("batch:") for x in rows):
            continue
        else:
            out.append(new.get(r[0], r))
    names = {r[0] for r in out}
    for i, r in enumerate(rows):  # a row not recorded before goes after this run's row before it
        if r[0] not in names:
            at = next((k + 1 for k, x in enumerate(out) if i and x[0] == rows[i - 1][0]), len(out))
            out.insert(at, r)
            names.add(r[0])
    kept = any(r[0] not in new for r in out)
    return out, kept


def write_readme(rows) -> None:
    text = README.read_text(encoding="utf-8") if README.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    old_block = text[text.index(BEGIN):text.index(END)] if BEGIN in text and END in text else ""
    rows, kept = _merged_rows(old_block, rows)
    measured = [m for m in machine()]
    if kept:
        lines = old_block.splitlines()
        old_date = next((ln[len("- Date: "):] for ln in lines if ln.startswith("- Date: ")), "")
        old_load = next((ln[ln.index("(load") + 1:ln.rindex(")")] for ln in lines
                         if ln.startswith("- CPU: ") and "(load" in ln), "")
        measured.append(f"Rows of the groups not run this time are kept from the run of {old_date or 'before'}"
                        + (f" ({old_load})" if old_load else ""))
    lines = [BEGIN, "", "Machine:", ""] + [f"- {m}" for m in measured] + [
        "", "| " + " | ".join(HEADER) + " |", "|---|---:|---:|---:|---|---:|---:|---|---|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    lines += ["", END]
    block = "\n".join(lines)
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + block + text[text.index(END) + len(END):]
    else:
        text += "\n" + block + "\n"
    README.write_text(text, encoding="utf-8")
    print(f"written to {README}")


if __name__ == "__main__":
    sys.exit(main())
