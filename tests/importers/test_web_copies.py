"""Forms a published report takes on government web sites (issue #11, presentations word_html,
tab_copy and browser_pdf of tools/import_holdout.py): a page's text copied from a browser with
its table rows TAB-separated, and a page printed to PDF by a browser with its header and footer
lines on every page. Inputs are written in the style of real pages, never copies of one."""

from __future__ import annotations

from pathlib import Path

from gkdesk.core import storage
from gkdesk.importers import decode_text
from gkdesk.importers.text import import_text, tab_cells

from test_real_layouts import rows_of

DATA = Path(__file__).resolve().parents[1] / "data" / "web"
ROOT = Path(__file__).resolve().parents[2]


def test_tab_separated_rows_with_padded_numbers_keep_every_cell():
    # the example report's page as a browser copies it (innerText): rows TAB-separated, cells
    # covered by a rowspan absent, header cells with a <br> breaking their row, numbers in
    # full-width digits padded with spaces as the clerk typed them (" ３", "０　", "１２  ").
    # The spaces were read as the columns of `pdftotext -layout` text, numbers of adjacent rows
    # standing in one column as a number wrapped in a narrow cell, and 表三/表四 were left blank
    # as uncertain (112 cells).
    text = (DATA / "tab_copy_padded.txt").read_text(encoding="utf-8")
    assert tab_cells(text)
    res = import_text(text, "x.txt")
    want = storage.load(ROOT / "resources" / "example-2021.json")
    for key in ("t2", "t3", "t4"):
        assert rows_of(res.doc, key) == rows_of(want, key), key
    assert not [n for n in res.notes if n.level == "ambiguous"]


def test_layout_text_is_not_taken_for_tab_separated_text():
    # `pdftotext -layout` never writes a TAB; a few TABs in prose do not make a table TAB-separated
    layout = "一、本年新收政府信息公开申请数量     12      3      0      0      0     0     15\n" * 3
    assert not tab_cells(layout)
    assert not tab_cells("说明\t一\n" + layout)


def test_a_table_goes_on_below_the_browsers_running_header_on_the_next_page():
    # the example report's page printed to PDF by a browser: the date and "第 3 页，共 4 页" at the
    # foot of every page, the title and the page's address at the top. 表四's header rows end one
    # page, its numbers start the next, below the address line. That line (longer than any running
    # header by its address) was kept as text between the two parts, so the numbers were never
    # joined to their header and 表四 was missing.
    from gkdesk.importers import import_file

    res = import_file(DATA / "browser_print.pdf")
    want = storage.load(ROOT / "resources" / "example-2021.json")
    for key in ("t2", "t3", "t4"):
        assert rows_of(res.doc, key) == rows_of(want, key), key
    assert "gov.cn" not in "".join(res.doc.sections.values())


def _t4_line(text: str) -> str:
    return next(ln for ln in text.split("\n") if ln.count("\t") >= 14 and any(ch.isdigit() for ch in ln))


def test_table4_line_with_an_unused_empty_column_is_placed_by_its_block_sums():
    # real-009's page copied from a browser, its 表四 with an unused column at the end: the line
    # has 16 TAB-separated cells for 15 ("5\t\t\t2\t7\t 8\t\t\t1\t9\t\t\t\t\t\t"); only one way of
    # leaving an empty cell out makes every block add up, so the cells are placed. It was blank.
    holdout = ROOT / "tests" / "data" / "holdout"
    text = decode_text((holdout / "real-009__tab_copy.txt").read_bytes())  # saved as Notepad does (GBK, CRLF)
    line = _t4_line(text)
    assert len(line.split("\t")) == 16
    res = import_text(text, "x.txt")

    def t4(doc, block):
        return [doc.value(f"t4.{block}.{col}").text for col in ("upheld", "corrected", "other", "pending", "total")]

    assert t4(res.doc, "review") == ["5", "", "", "2", "7"]
    assert t4(res.doc, "direct") == ["8", "", "", "1", "9"]
    assert t4(res.doc, "after") == ["", "", "", "", ""]
    # where the numbers are all 0 every choice adds up: nothing shows which cell is the unused one
    zeros = "\t".join("0" if c.strip() else c for c in line.split("\t"))
    res = import_text(text.replace(line, zeros), "x.txt")
    assert all(v == "" for b in ("review", "direct", "after") for v in t4(res.doc, b))
