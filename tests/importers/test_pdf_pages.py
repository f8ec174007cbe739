"""PDF pages that are not text: a scanned page among text pages (its content is named in the import
report, nothing is made up for it) and fonts whose text layer is garbled (other characters than
the ones shown): refused with a Chinese message, never read into numbers."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from gkdesk.core import storage
from gkdesk.core.errors import ImportError_
from gkdesk.importers import import_bytes

from _pdf_fixtures import pdf_bytes, scan_pdf

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "example-2021.json"


def test_a_scanned_page_among_text_pages_is_named_and_nothing_is_invented():
    import pypdfium2 as pdfium

    orig = storage.load(EXAMPLE)
    text = pdfium.PdfDocument(pdf_bytes(orig))
    scan = pdfium.PdfDocument(scan_pdf())
    text.import_pages(scan, index=1)  # the scanned page is page 2 of the file
    buf = io.BytesIO()
    text.save(buf)
    res = import_bytes(buf.getvalue(), "report.pdf")
    notes = [n.message for n in res.notes if "扫描图片" in n.message]
    assert notes and "第 2 页" in notes[0]
    for cid in orig.spec.cells:
        got = res.doc.value(cid)
        assert got.is_blank or got == orig.value(cid), cid


def test_a_font_mapped_to_other_characters_is_refused_not_read():
    """A font whose Unicode mapping is wrong (missing ToUnicode: the text layer holds other Chinese
    characters than the ones shown) while digits still map to digits: refused with a Chinese
    message, never read into numbers."""
    orig = storage.load(EXAMPLE)

    def garble(text: str) -> str:
        return "".join(chr(0x4E00 + (ord(ch) - 0x4E00 + 0x1234) % 0x5000) if "\u4e00" <= ch <= "\u9fff" else ch
                       for ch in text)

    data = pdf_bytes(orig, garble=garble)
    with pytest.raises(ImportError_, match="乱码"):
        import_bytes(data, "report.pdf")


def _report_with_pictures(tables_as_pictures: bool) -> bytes:
    """A report PDF written with reportlab: headings and prose as text, the three tables pasted as
    table-wide pictures (a screenshot of a table: ruling lines only) or left out, and a seal-sized
    picture beside the signature in both."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    grid = Image.new("RGB", (800, 300), "white")
    draw = ImageDraw.Draw(grid)
    for y in range(0, 300, 30):
        draw.line([(0, y), (800, y)], fill="black")
    seal = Image.new("RGB", (120, 120), "red")
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    y = 800.0

    def line(text: str) -> None:
        nonlocal y
        c.setFont("STSong-Light", 11)
        c.drawString(60, y, text)
        y -= 20

    for text in ("某某市某某局2023年政府信息公开工作年度报告", "一、总体情况", "2023年，我局认真贯彻落实《条例》。"):
        line(text)
    for heading in ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"):
        line(heading)
        if tables_as_pictures:
            c.drawImage(ImageReader(grid), 60, y - 150, 450, 150)
            y -= 170
        else:
            line("本年度无相关数据。")
    for text in ("五、存在的主要问题及改进情况", "问题：公开内容不够全面。", "六、其他需要报告的事项", "本年度未收取信息处理费。",
                 "某某市某某局", "2024年1月20日"):
        line(text)
    c.drawImage(ImageReader(seal), 300, y, 90, 90)  # the seal over the signature
    c.save()
    return buf.getvalue()


def test_tables_pasted_as_pictures_are_named_and_a_seal_is_not_taken_for_one():
    res = import_bytes(_report_with_pictures(True), "report.pdf")
    notes = [n.message for n in res.notes if "图片" in n.message]
    assert len(notes) == 1, notes
    assert "表二、表三、表四" in notes[0] and "3 张表格大小的图片" in notes[0] and "手工填写" in notes[0]
    assert res.cells_found == 0
    assert all(res.doc.value(cid).is_blank for cid in res.doc.spec.cells)
    # the same report without the pictures: the seal alone is no table
    res = import_bytes(_report_with_pictures(False), "report.pdf")
    assert not any("图片" in n.message for n in res.notes)


def test_a_report_whose_tables_were_read_gets_no_picture_note():
    orig = storage.load(EXAMPLE)
    res = import_bytes(pdf_bytes(orig), "report.pdf")
    assert not any("图片" in n.message for n in res.notes)
