"""表四 in a ruled table whose one value row is broken by the page break, as LibreOffice and Word
draw a Word table whose rows may break across pages: each value cell is narrow, a two-digit number
wraps one digit per line, and the row's first line stands at the foot of the page, the rest at the
top of the next ("1" / "9" for 19). The old reader kept the next page's digits as a second value
row and stored 9 (held-out gen 81036, wide_pdf). The table is drawn with reportlab's canvas from
the official layout in formats.toml (labels and merges never hand-typed)."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from gkdesk.core import storage
from gkdesk.core.document import Document
from gkdesk.core.values import number

from _pdf_fixtures import check_printed

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "example-2021.json"
SIZE = 7.0
LINE = SIZE + 1.5
PAD = 2.0
COL = 14.0  # one character a line: a two-digit number wraps into two lines
X0 = 60.0
W, H = 595.0, 842.0


def _lines(text: str) -> list[str]:
    return list(text)


def t4_cut(doc: Document, foot: float = 790.0) -> tuple[bytes, dict[str, str]]:
    """表四 of ``doc`` with its header ending near ``foot`` on page 1; the value row's first line on
    page 1, its further lines in a ruled row at the top of page 2, then section 五."""
    t = doc.spec.table("t4")
    printed: dict[str, str] = {}
    heads = [it for it in t.items if it.role != "value"]
    values = [it for it in t.items if it.role == "value"]
    for it in values:
        printed[it.cell] = doc.value(it.cell).text
    row_h = [max(len(_lines(it.text)) for it in heads if it.r == r and it.rs == 1) * LINE + 2 * PAD
             for r in range(t.header_rows)]
    top = foot - sum(row_h) - (LINE + 2 * PAD)
    ys = [top]
    for hh in row_h:
        ys.append(ys[-1] + hh)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))

    def draw(col: int, cs: int, y0: float, y1: float, lines: list[str]) -> None:
        x = X0 + COL * col
        c.rect(x, H - y1, COL * cs, y1 - y0, stroke=1, fill=0)
        for i, ln in enumerate(lines):
            c.drawString(x + 1.5, H - (y0 + PAD + (i + 1) * LINE - 2.0), ln)

    c.setFont(FONT, 12)
    c.drawString(X0, H - 60, "四、政府信息公开行政复议、行政诉讼情况")
    c.setFont(FONT, SIZE)
    for it in heads:
        draw(it.c, it.cs, ys[it.r], ys[it.r + it.rs], _lines(it.text))
    for it in values:  # the row's first line at the page's foot
        draw(it.c, 1, ys[-1], ys[-1] + LINE + 2 * PAD, _lines(printed[it.cell])[:1])
    c.showPage()
    c.setFont(FONT, SIZE)
    rest = max(len(_lines(printed[it.cell])) for it in values) - 1
    for it in values:  # the rest of the row at the top of the next page
        draw(it.c, 1, 60.0, 60.0 + rest * LINE + 2 * PAD, _lines(printed[it.cell])[1:])
    c.setFont(FONT, 12)
    c.drawString(X0, H - 120, "五、存在的主要问题及改进情况")
    c.drawString(X0, H - 140, "无。")
    c.save()
    return buf.getvalue(), printed


def _doc(**cells: int) -> Document:
    doc = storage.load(EXAMPLE)
    for code, v in cells.items():
        doc._put("t4." + code.replace("_", "."), number(v))
    return doc


def test_numbers_cut_by_the_page_break_are_joined_when_the_blocks_add_up():
    doc = _doc(direct_upheld=0, direct_corrected=0, direct_other=19, direct_pending=0, direct_total=19)
    data, printed = t4_cut(doc)
    assert printed["t4.direct.other"] == "19"
    res, wrong, missed = check_printed(data, printed)
    assert wrong == {}
    assert missed == set()


def test_cut_numbers_whose_blocks_do_not_add_up_are_left_blank_with_a_note():
    # the source's own block does not add up (19 + 0 ≠ 18): no reading of the pieces is proven,
    # and 9 (or 1) is never stored for 19
    doc = _doc(direct_upheld=0, direct_corrected=0, direct_other=19, direct_pending=0, direct_total=18)
    data, printed = t4_cut(doc)
    res, wrong, missed = check_printed(data, printed)
    assert wrong == {}
    assert res.doc.value("t4.direct.other").is_blank
    assert any("跨页断开" in n.message for n in res.notes)
