"""Measure export time per report: DOCX and XLSX, both formats (median of N runs, in-process).

    python tools/time_export.py [-n 10]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gkdesk.core import storage  # noqa: E402
from gkdesk.core.commands import EditCells  # noqa: E402
from gkdesk.core.document import Document  # noqa: E402
from gkdesk.export.docx import export_docx  # noqa: E402
from gkdesk.export.xlsx import export_xlsx  # noqa: E402


def filled_2019() -> Document:
    doc = Document("2019")
    EditCells({cid: str(i) for i, (cid, c) in enumerate(doc.spec.cells.items()) if not c.derived}).apply(doc)
    doc.sections["s1"] = "（一）主动公开。测试。\n" * 20
    return doc


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=10)
    args = ap.parse_args()
    docs = {"2021": storage.load(ROOT / "resources" / "example-2021.json"), "2019": filled_2019()}
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, doc in docs.items():
            for kind, fn in (("docx", export_docx), ("xlsx", export_xlsx)):
                out = Path(tmp) / f"r.{kind}"
                fn(doc, out)  # warm-up (imports, first template parse)
                times = []
                for _ in range(args.n):
                    t0 = time.perf_counter()
                    fn(doc, out)
                    times.append(time.perf_counter() - t0)
                print(f"{fmt} {kind}: median {statistics.median(times) * 1000:.0f} ms, "
                      f"max {max(times) * 1000:.0f} ms over {args.n} runs ({out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
