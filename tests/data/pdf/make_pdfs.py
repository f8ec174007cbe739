"""Render our own DOCX export through LibreOffice into the small PDFs committed beside this script.

    .venv/bin/python tests/data/pdf/make_pdfs.py

Needs LibreOffice (soffice) — installed on the development machine, not in CI, which is why the
resulting PDFs are committed. The PDFs are what a clerk gets from "导出为 PDF" in WPS/Word: Word
tables with drawn borders and merged cells, an embedded CJK font subset, page numbers in the footer
of our template. The truth for them is the seed JSON they were rendered from (hand-typed from a
real report), never the importer's output.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from gkdesk.core import storage  # noqa: E402
from gkdesk.export.docx import export_docx  # noqa: E402

SOURCES = {"seed_001_lo.pdf": ROOT / "tests" / "data" / "seeds" / "seed_001.json"}


def main() -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice (soffice) not found", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        for name, src in SOURCES.items():
            docx = Path(tmp) / (Path(name).stem + ".docx")
            export_docx(storage.load(src), docx)
            subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(docx)],
                           check=True, capture_output=True, timeout=300)
            shutil.copyfile(Path(tmp) / (Path(name).stem + ".pdf"), HERE / name)
            print(f"wrote {HERE / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
