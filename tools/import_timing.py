"""Import time per file kind, and cell accuracy of DOCX/HTML/XLSX imports against the source document.

    python tools/import_timing.py [-n RUNS]

For the example report and every hand-typed seed (tests/data/seeds), the document is written as
DOCX (our exporter), XLSX (our exporter), a generated government web page (HTML with
colspan/rowspan, tests/importers/_report_fixtures.py) and, where LibreOffice is installed, as
"Word saved as web page" (DOCX → HTML by soffice). Each is imported back; cells that differ from
the source are counted. Plain-text timing uses the shared reports. Prints median times.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "importers"))

from gkdesk.core import storage  # noqa: E402
from gkdesk.importers import import_bytes  # noqa: E402


def timed(data: bytes, name: str, runs: int):
    times = []
    res = None
    for _ in range(runs):
        t = time.perf_counter()
        res = import_bytes(data, name)
        times.append(time.perf_counter() - t)
    return res, statistics.median(times)


def diff(orig, got) -> int:
    if got.format_id != orig.format_id:
        return len(orig.spec.cells)
    return sum(1 for c in orig.spec.cells if orig.value(c) != got.value(c))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", "--runs", type=int, default=5)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    from _report_fixtures import html_text

    from gkdesk.export.docx import render_docx
    from gkdesk.export.xlsx import render_xlsx

    docs = [ROOT / "resources" / "example-2021.json"] + sorted((ROOT / "tests" / "data" / "seeds").glob("seed_*.json"))
    per_kind: dict[str, list[float]] = {}
    wrong: dict[str, list[int]] = {}
    cells: dict[str, int] = {}
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    tmp = Path(tempfile.mkdtemp())
    for p in docs:
        orig = storage.load(p)
        files = {"docx": render_docx(orig), "xlsx": render_xlsx(orig), "html": html_text(orig).encode("utf-8")}
        if soffice:
            src = tmp / f"{p.stem}.docx"
            src.write_bytes(files["docx"])
            subprocess.run([soffice, "--headless", "--convert-to", "html", "--outdir", str(tmp), str(src)],
                           capture_output=True, timeout=120)
            out = tmp / f"{p.stem}.html"
            if out.exists():
                files["html (Word→web page)"] = out.read_bytes()
        for kind, data in files.items():
            res, t = timed(data, f"{p.stem}.{kind.split()[0]}", args.runs)
            per_kind.setdefault(kind, []).append(t)
            wrong.setdefault(kind, []).append(diff(orig, res.doc))
            cells[kind] = cells.get(kind, 0) + len(orig.spec.cells)
    reports = Path(args.shared) / "reports"
    for p in sorted(reports.rglob("*.txt")):
        _, t = timed(p.read_bytes(), p.name, args.runs)
        per_kind.setdefault("txt (shared reports)", []).append(t)
    print(f"{'kind':28} {'files':>5} {'median ms':>10} {'max ms':>8} {'cells':>6} {'wrong':>6}")
    for kind, ts in per_kind.items():
        w = sum(wrong.get(kind, [])) if kind in wrong else "-"
        print(f"{kind:28} {len(ts):5d} {statistics.median(ts) * 1000:10.1f} {max(ts) * 1000:8.1f} "
              f"{cells.get(kind, '-')!s:>6} {w!s:>6}")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
