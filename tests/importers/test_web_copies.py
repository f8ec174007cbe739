"""Forms a published report takes on government web sites (issue #11, presentations word_html,
tab_copy and browser_pdf of tools/import_holdout.py): a page's text copied from a browser with
its table rows TAB-separated, and a page printed to PDF by a browser with its header and footer
lines on every page. Inputs are written in the style of real pages, never copies of one."""

from __future__ import annotations

from pathlib import Path

from gkdesk.core import storage
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
