"""Render our own DOCX export through LibreOffice into the small PDFs committed beside this script.

    .venv/bin/python tests/data/pdf/make_pdfs.py

Needs LibreOffice (soffice) — installed on the development machine, not in CI, which is why the
resulting PDFs are committed. The PDFs are what a clerk gets from "导出为 PDF" in WPS/Word: Word
tables with drawn borders and merged cells, an embedded CJK font subset, page numbers in the footer
of our template. The truth for them is the seed JSON they were rendered from (hand-typed from a
real report), never the importer's output.
"""

from __future__ import annotations

import json
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
#: clerk-style Word files (tools/import_holdout.write_clerk_docx) through LibreOffice:
#: name -> (source report, Style keywords, RNG seed, page height in cm or None[, factor]). What each
#: printed is written beside it as <stem>.printed.json (cell id -> printed text), the truth for the
#: test. ``factor``: 表三's numbers multiplied by it (every identity is linear, so it still adds up).
CLERK = {
    # header rows repeated on each page; a short page so that 表三 breaks over three pages, with
    # a row broken across a page break inside a merged label cell (三、本年度办理结果 / （二）…)
    "t3_row_across_pages_lo.pdf": (ROOT / "resources" / "example-2021.json",
                                   {"merge": "merge", "header_repeat": True, "wrap_headers": True}, 11, 14.0),
    # a page 6.5 cm high: below 表三's repeated header (its long texts repeated in every merged
    # cell) each page holds one or two lines of a row, and 4-digit numbers in full-width digits
    # wrap in their narrow cells, so a row and its numbers run over several pages (70 pages)
    "t3_row_per_page_lo.pdf": (ROOT / "resources" / "example-2021.json",
                               {"merge": "repeat", "header_repeat": True, "wrap_headers": True, "fullwidth": 1.0},
                               7, 6.5, 137),
}


#: 表二 (2021) typed in Word with each 第二十条 block's columns drawn separately (9 grid columns):
#: per row, (text, grid span) of each cell; "" is empty (a spacer after the labels, an empty value)
T2_BLOCKS = [
    [("第二十条第（一）项", 9)],
    [("信息内容", 2), ("", 1), ("本年制发件数", 2), ("本年废止件数", 2), ("现行有效件数", 2)],
    [("规章", 2), ("", 1), ("1", 2), ("0", 2), ("", 2)],
    [("行政规范性文件", 2), ("", 1), ("3", 2), ("１", 2), ("27", 2)],
    [("第二十条第（五）项", 9)],
    [("信息内容", 3), ("本年处理决定数量", 6)],
    [("行政许可", 3), ("1256", 6)],
    [("第二十条第（六）项", 9)],
    [("信息内容", 4), ("本年处理决定数量", 5)],
    [("行政处罚", 4), ("87", 5)],
    [("行政强制", 4), ("5", 5)],
    [("第二十条第（八）项", 9)],
    [("信息内容", 1), ("本年收费金额（单位：万元）", 8)],
    [("行政事业性收费", 1), ("12.3456", 8)],
]


def t2_blocks_docx() -> bytes:
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("某县水利局2023年政府信息公开工作年度报告")
    d.add_paragraph("二、主动公开政府信息情况")
    table = d.add_table(rows=len(T2_BLOCKS), cols=9)
    table.style = "Table Grid"
    for r, cells in enumerate(T2_BLOCKS):
        c = 0
        for text, span in cells:
            cell = table.cell(r, c) if span == 1 else table.cell(r, c).merge(table.cell(r, c + span - 1))
            cell.text = text
            c += span
    d.add_paragraph("三、收到和处理政府信息公开申请情况")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def clerk_docx(src: Path, style: dict, seed: int, height: float | None, factor: int = 1) -> tuple[bytes, dict]:
    import io
    import random

    import docx
    from docx.shared import Cm

    sys.path.insert(0, str(ROOT / "tools"))
    import import_holdout as ho

    from decimal import Decimal

    from gkdesk.core.values import number

    doc = storage.load(src)
    if factor != 1:
        for c in doc.spec.table("t3").cells:
            v = doc.value(c.id)
            if v.number is not None:
                doc._put(c.id, number(v.number * Decimal(factor)))
    printed: dict = {}
    data = ho.write_clerk_docx(doc, ho.Style(**style), random.Random(seed), printed)
    if height:
        d = docx.Document(io.BytesIO(data))
        d.sections[0].page_height = Cm(height)
        buf = io.BytesIO()
        d.save(buf)
        data = buf.getvalue()
    return data, printed


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
        docx = Path(tmp) / "t2_block_widths_lo.docx"
        docx.write_bytes(t2_blocks_docx())
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(docx)],
                       check=True, capture_output=True, timeout=300)
        shutil.copyfile(Path(tmp) / "t2_block_widths_lo.pdf", HERE / "t2_block_widths_lo.pdf")
        for name, (src, style, seed, height, *factor) in CLERK.items():
            data, printed = clerk_docx(src, style, seed, height, *factor)
            docx = Path(tmp) / (Path(name).stem + ".docx")
            docx.write_bytes(data)
            subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(docx)],
                           check=True, capture_output=True, timeout=300)
            shutil.copyfile(Path(tmp) / (Path(name).stem + ".pdf"), HERE / name)
            (HERE / (Path(name).stem + ".printed.json")).write_text(
                json.dumps({"source": src.relative_to(ROOT).as_posix(), "printed": printed}, ensure_ascii=False,
                           indent=1, sort_keys=True) + "\n", encoding="utf-8")
            print(f"wrote {HERE / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
