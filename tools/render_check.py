"""Render exported reports through LibreOffice and check the pages as a clerk would see them.

    python tools/render_check.py                 # the example and the five seed reports
    python tools/render_check.py --png out/      # also write page images (pdftoppm) to look at
    python tools/render_check.py a.json b.json   # other reports

For each report: export DOCX (and XLSX), convert to PDF with LibreOffice (gkdesk.export.pdf, the
same path as `gkdesk export --pdf`), read the pages back with poppler (pdftotext) and check
- the page count (printed) and that no page but the last is less than half full;
- the last page holds body text and the whole 落款 (agency and date lines);
- no page ends with a heading (一、… or a lone （一）… sub-heading);
- every 表三 group label (三、本年度办理结果, （三）不予公开, …) is printed whole on one page;
- the XLSX prints each table on one page.
Exit 1 when a check fails. Needs LibreOffice (soffice) and poppler-utils.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gkdesk.core import storage  # noqa: E402
from gkdesk.core.document import Document  # noqa: E402
from gkdesk.export.context import build_context  # noqa: E402
from gkdesk.export.docx import render_docx  # noqa: E402
from gkdesk.export.pdf import convert_many, find_libreoffice  # noqa: E402
from gkdesk.export.xlsx import render_xlsx  # noqa: E402

DEFAULT_REPORTS = [ROOT / "resources" / "example-2021.json", *sorted((ROOT / "tests" / "data" / "seeds").glob("seed_*.json"))]
PAGE_NO = re.compile(r"^\s*—\s*\d+\s*—\s*$")
TOP_PT, BOTTOM_PT = 37 / 25.4 * 72, (297 - 35) / 25.4 * 72  # 版心 (GB/T 9704)
MIN_FILL = 0.5


def available() -> bool:
    return find_libreoffice() is not None and shutil.which("pdftotext") is not None


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_pages(pdf: Path, mode: str = "-layout") -> list[str]:
    out = subprocess.run(["pdftotext", mode, str(pdf), "-"], capture_output=True, check=True).stdout
    pages = out.decode("utf-8").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def page_fill(pdf: Path) -> list[float]:
    """How far down the 版心 each page's text reaches (0..1), page numbers left out."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True).stdout.decode()
    fills = []
    for page in html.split("<page ")[1:]:
        ys = [float(m.group(2)) for m in re.finditer(r'<word [^>]*yMin="([\d.]+)" [^>]*yMax="([\d.]+)">([^<]*)<', page)
              if not re.fullmatch(r"[—\d\s]+", m.group(3))]
        fills.append(0.0 if not ys else (max(ys) - TOP_PT) / (BOTTOM_PT - TOP_PT))
    return fills


@dataclass
class Result:
    name: str
    pages: int = 0
    problems: list[str] = field(default_factory=list)


def headings(doc: Document) -> list[str]:
    ctx = build_context(doc)
    out = [s.heading for s in doc.spec.sections]
    for s in ctx["sections"]:
        out += [b["lead"] for b in s["blocks"] if b["lead"] and not b["body"]]
    return [_squash(h) for h in out]


def check_docx_pdf(name: str, doc: Document, pdf: Path) -> Result:
    res = Result(name)
    pages = pdf_pages(pdf)
    res.pages = len(pages)
    ctx = build_context(doc)
    heads = headings(doc)
    sig = [_squash(ctx["signature"]["agency"]), _squash(ctx["signature"]["date"])]
    for i, page in enumerate(pages, 1):
        lines = [ln for ln in page.splitlines() if ln.strip() and not PAGE_NO.match(ln)]
        if not lines:
            res.problems.append(f"page {i} is empty")
            continue
        last = _squash(lines[-1])
        if i < len(pages) and any(h and last == h for h in heads):
            res.problems.append(f"page {i} ends with the heading {lines[-1].strip()!r}")
    last_lines = [_squash(ln) for ln in pages[-1].splitlines() if ln.strip() and not PAGE_NO.match(ln)]
    for part in sig:
        if part and part not in last_lines:
            res.problems.append(f"the last page lacks the 落款 line {part!r}")
    body = [ln for ln in last_lines if ln not in sig]
    if not body:
        res.problems.append("the 落款 stands alone on the last page")
    for i, fill in enumerate(page_fill(pdf)[:-1], 1):
        if fill < MIN_FILL:
            res.problems.append(f"page {i} is only {fill:.0%} full")
    raw = [_squash(p) for p in pdf_pages(pdf, "-raw")]
    t3 = doc.spec.table("t3")
    for it in t3.items:
        if it.role == "rowlabel" and it.rs > 1:
            label = _squash(it.text)
            if not any(label in p for p in raw):
                res.problems.append(f"表三 label {it.text!r} is not printed whole on one page")
    return res


def check_xlsx_pdf(name: str, doc: Document, pdf: Path) -> Result:
    res = Result(name)
    pages = pdf_pages(pdf)
    res.pages = len(pages)
    if len(pages) != len(doc.spec.tables):
        res.problems.append(f"{len(pages)} pages for {len(doc.spec.tables)} tables")
    for t, page in zip(doc.spec.tables, pages):
        if t.name not in page:
            res.problems.append(f"page of {t.name} lacks its title")
    return res


def run(reports: list[Path], png_dir: Path | None = None, xlsx: bool = True) -> list[Result]:
    docs = {p.stem: storage.load(p) for p in reports}
    files = {}
    for stem, doc in docs.items():
        files[f"{stem}.docx"] = render_docx(doc)
        if xlsx:
            files[f"{stem}-tables.xlsx"] = render_xlsx(doc)
    pdfs = convert_many(files)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in pdfs.items():
            pdf = Path(tmp) / name
            pdf.write_bytes(data)
            stem = name[:-4]
            if stem.endswith("-tables"):
                results.append(check_xlsx_pdf(name, docs[stem[:-7]], pdf))
            else:
                results.append(check_docx_pdf(name, docs[stem], pdf))
            if png_dir is not None and shutil.which("pdftoppm"):
                png_dir.mkdir(parents=True, exist_ok=True)
                subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(png_dir / stem)], check=True)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("reports", nargs="*", type=Path)
    ap.add_argument("--png", type=Path, help="write page images here")
    args = ap.parse_args(argv)
    if not available():
        print("LibreOffice (soffice) and poppler-utils (pdftotext) are needed", file=sys.stderr)
        return 2
    results = run(args.reports or DEFAULT_REPORTS, args.png)
    bad = 0
    for r in results:
        status = "ok" if not r.problems else "FAIL"
        print(f"{r.name}: {r.pages} pages, {status}")
        for p in r.problems:
            print(f"    {p}")
        bad += bool(r.problems)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
