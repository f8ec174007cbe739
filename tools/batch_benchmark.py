"""Time the reviewing office's batch check: N varied reports in a folder → check_folder + summary.

    python tools/batch_benchmark.py [N] [--imported K]

Writes N gkdesk reports (both formats, random consistent figures; every 7th with an arithmetic
error, every 11th with a blank cell, every 13th without agency name, plus 3 broken files) into a
temporary folder, then times `check_folder` and `write_summary_xlsx` separately.
`--imported K` also exports K of them as DOCX (the importers' path) to show its per-file cost.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gkdesk.core import storage  # noqa: E402
from gkdesk.core.values import BLANK, number  # noqa: E402
from gkdesk.review import check_folder, write_summary_xlsx  # noqa: E402
from tests.review.factory import make_unit  # noqa: E402


def make_folder(folder: Path, n: int, imported: int) -> None:
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
        storage.save(doc, sub / f"unit{i:04d}.json")
    (folder / "broken.json").write_text("{", encoding="utf-8")
    (folder / "empty.json").write_bytes(b"")
    (folder / "bad.docx").write_bytes(os.urandom(2048))
    if imported:
        from gkdesk.export.docx import export_docx

        d = folder / "docx"
        d.mkdir()
        for i in range(imported):
            export_docx(make_unit("2021", seed=10_000 + i, agency=f"导入单位{i}"), d / f"u{i}.docx")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=1000)
    ap.add_argument("--imported", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="gkdesk-batch-") as tmp:
        folder = Path(tmp) / "units"
        folder.mkdir()
        t0 = time.perf_counter()
        make_folder(folder, args.n, args.imported)
        print(f"generated {args.n} reports (+{args.imported} DOCX, 3 broken) in {time.perf_counter() - t0:.1f} s")
        best_check = best_summary = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            res = check_folder(folder)
            t1 = time.perf_counter()
            write_summary_xlsx(res, Path(tmp) / "summary.xlsx")
            t2 = time.perf_counter()
            best_check, best_summary = min(best_check, t1 - t0), min(best_summary, t2 - t1)
        c = res.counts()
        findings = sum(len(u.findings) for u in res.units)
        print(f"units {len(res.units)} (errors {c['error']}, warnings {c['warning']}, ok {c['ok']}), "
              f"unreadable {c['unreadable']}, findings {findings}")
        print(f"check_folder: {best_check:.2f} s  ({best_check / max(1, res.total_files) * 1000:.2f} ms/file)")
        print(f"write_summary_xlsx: {best_summary:.2f} s")
        print(f"total: {best_check + best_summary:.2f} s  (best of {args.repeat}; Python {platform.python_version()}, "
              f"{os.cpu_count()} CPUs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
