"""PDF fixtures like published reports, written with reportlab (no font files needed).

reportlab's built-in CID font STSong-Light (Adobe-GB1) writes Chinese text with a real text layer
without embedding a font, so these PDFs are made the same way on any machine. The tables are laid
out on the official grid from the format spec (labels and merges never hand-typed), as agencies'
Word/WPS exports print them.

``pdf_bytes(doc, variant)`` variants:
- "ruled": tables with drawn cell borders (default); "unruled": the same tables without any line
  (only positions tell the cells apart);
- "page_numbers": "- N -" centred in the footer of every page; "running_header": the agency name
  in the header of every page;
- "small_page": a short page, so that 表三 breaks over several pages.
``scan_pdf()``: a page with only an image and a drawing (no text layer), like a scanned report.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from gkdesk.core.document import Document
from gkdesk.core.spec import TableSpec

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

TITLE = ParagraphStyle("title", fontName=FONT, fontSize=18, leading=26, alignment=1, wordWrap="CJK")
HEAD = ParagraphStyle("head", fontName=FONT, fontSize=14, leading=22, wordWrap="CJK")
BODY = ParagraphStyle("body", fontName=FONT, fontSize=12, leading=20, firstLineIndent=24, wordWrap="CJK")
RIGHT = ParagraphStyle("right", fontName=FONT, fontSize=12, leading=20, alignment=2)
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=7.5, leading=9.5, alignment=1, wordWrap="CJK")


def pdf_bytes(doc: Document, variant: set[str] | frozenset[str] = frozenset(), lead: str = "",
              garble=None) -> bytes:
    """``garble``: a function applied to every text drawn (a font whose text layer maps glyphs to
    other characters)."""
    variant = set(variant)
    g = garble or (lambda text: text)
    buf = io.BytesIO()
    size = (A4[0], 200 * mm) if "small_page" in variant else A4

    def furniture(canvas, _d):
        canvas.saveState()
        canvas.setFont(FONT, 10)
        if "page_numbers" in variant:
            canvas.drawCentredString(size[0] / 2, 12 * mm, f"- {canvas.getPageNumber()} -")
        if "running_header" in variant:
            canvas.drawString(25 * mm, size[1] - 12 * mm, f"{doc.meta.agency}政府信息公开")
        canvas.restoreState()

    pdf = SimpleDocTemplate(buf, pagesize=size, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="")
    story = [Paragraph(g(doc.title), TITLE), Spacer(1, 8)]
    if lead:
        story.append(Paragraph(g(lead), BODY))
    for sec in doc.spec.sections:
        story.append(Paragraph(g(sec.heading), HEAD))
        for para in filter(None, doc.sections.get(sec.key, "").split("\n")):
            story.append(Paragraph(g(para), BODY))
        if sec.table:
            story.append(_table(doc, doc.spec.table(sec.table), variant, pdf.width, g))
            story.append(Spacer(1, 6))
    if doc.meta.date:
        y, m, dd = doc.meta.date.split("-")
        story.append(Paragraph(g(doc.meta.agency), RIGHT))
        story.append(Paragraph(g(f"{int(y)}年{int(m)}月{int(dd)}日"), RIGHT))
    pdf.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buf.getvalue()


def _table(doc: Document, t: TableSpec, variant: set[str], width: float, g=lambda text: text) -> Table:
    data = [["" for _ in range(t.n_cols)] for _ in range(t.n_rows)]
    style = [("FONT", (0, 0), (-1, -1), FONT, 7.5), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("TOPPADDING", (0, 0), (-1, -1), 2),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if "unruled" not in variant:
        style.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    for it in t.items:
        text = doc.value(it.cell).text if it.role == "value" else it.text
        data[it.r][it.c] = Paragraph(g(text), CELL) if text else ""
        if it.rs > 1 or it.cs > 1:
            style.append(("SPAN", (it.c, it.r), (it.c + it.cs - 1, it.r + it.rs - 1)))
    if t.label_cols:
        label_w = [width * 0.14, width * 0.06, width * 0.2][:t.label_cols] if t.label_cols == 3 else [width * 0.5]
        rest = (width - sum(label_w)) / (t.n_cols - t.label_cols)
        widths = label_w + [rest] * (t.n_cols - t.label_cols)
    else:
        widths = [width / t.n_cols] * t.n_cols
    return Table(data, colWidths=widths, style=TableStyle(style), repeatRows=0, splitByRow=1)


def scan_pdf() -> bytes:
    """A report page as a scan: an image and some vector drawing, no text at all."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = Image.new("L", (300, 400), 255)
    for x in range(40, 260):
        for y in (60, 61, 120, 121, 180, 181):
            img.putpixel((x, y), 0)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawImage(ImageReader(img), 50, 200, width=480, height=600)
    c.rect(60, 100, 200, 50)
    c.line(60, 90, 400, 90)
    c.showPage()
    c.save()
    return buf.getvalue()


def column_order_pdf(doc: Document) -> bytes:
    """表三 as position-only text whose content stream runs column by column (all labels first,
    then the numbers of each column top to bottom), as some PDF generators write a table: the
    reader must rebuild the rows from the positions, not from the order of the text."""
    from reportlab.pdfgen import canvas

    t = doc.spec.table("t3")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont(FONT, 16)
    c.drawCentredString(A4[0] / 2, A4[1] - 60, doc.title)
    c.setFont(FONT, 12)
    c.drawString(60, A4[1] - 90, "三、收到和处理政府信息公开申请情况")
    rows = [r for r in range(t.header_rows, t.n_rows)]
    by_rc = {(it.r, it.c): it for it in t.items}
    c.setFont(FONT, 7)
    y0 = A4[1] - 120
    # labels: the deepest label of each row, in the label column
    for n, r in enumerate(rows):
        labels = [by_rc[(r, k)].text for k in range(t.label_cols) if (r, k) in by_rc and by_rc[(r, k)].role != "value"]
        if labels:
            c.drawString(40, y0 - n * 14, labels[-1])
    # headers of the value columns, then the numbers column by column
    cols = sorted({it.c for it in t.items if it.role == "value"})
    for k, col in enumerate(cols):
        x = 250 + k * 45
        c.drawString(x, y0 + 16, t.cell_id("new", t.col_codes[k]).split(".")[-1][:6])
        for n, r in enumerate(rows):
            it = by_rc.get((r, col))
            if it is not None and it.role == "value":
                c.drawRightString(x + 30, y0 - n * 14, doc.value(it.cell).text)
    c.drawCentredString(A4[0] / 2, 30, "- 1 -")
    c.showPage()
    c.save()
    return buf.getvalue()


def check_printed(data: bytes, printed: dict[str, str]):
    """Import the PDF `data`; (result, wrong, missed) against `printed` (cell id → the text the PDF
    prints, "" for a cell printed empty): wrong = a value that differs or stands where nothing is
    printed, missed = a printed value left blank."""
    from gkdesk.importers import import_bytes

    res = import_bytes(data, "report.pdf")
    got = {cid: res.doc.value(cid) for cid in printed}
    wrong = {cid: (v.text, printed[cid]) for cid, v in got.items()
             if not v.is_blank and (not printed[cid] or v.text != printed[cid])}
    missed = {cid for cid, v in got.items() if v.is_blank and printed[cid]}
    return res, wrong, missed
