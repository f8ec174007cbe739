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
