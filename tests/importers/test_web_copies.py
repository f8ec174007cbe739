"""Forms a published report takes on government web sites (issue #11, presentations word_html,
tab_copy and browser_pdf of tools/import_holdout.py): a page's text copied from a browser with
its table rows TAB-separated, and a page printed to PDF by a browser with its header and footer
lines on every page. Inputs are written in the style of real pages, never copies of one."""

from __future__ import annotations

import re
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


def _spacer_case(name: str):
    import json
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    import import_holdout as ho

    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return decode_text((DATA / f"{name}.txt").read_bytes()), truth, ho


def test_spacer_column_after_the_labels_is_the_one_position_empty_in_every_row():
    # random reports (tools/gen_reports.py 91826, 91818) as tab_copy pages whose tables have an
    # unused column between the labels and the numbers: "2.其他法律行政法规禁止公开\t\t０\t\t０\t..."
    # has 8 cells for 7. Rows with an empty cell among their numbers were left blank ("只找到 4 个
    # 数字"): a row alone cannot tell which empty cell is the unused column, the table can — it is
    # the one position empty in every row (18 cells of 表三, 3 of 表二).
    for name, table in (("gen91826__tab_copy", "t3"), ("gen91818__tab_copy", "t2")):
        text, truth, ho = _spacer_case(name)
        assert re.search(r"(规章|数量)\t[ \xa0]*\t", text)  # the empty cell after the label
        res = import_text(text, "x.txt")
        counts, issues = ho.compare_case(res.doc, truth, name.split("__")[0])
        assert (counts["wrong"], counts["invented"], counts["missed"]) == (0, 0, 0), issues
        assert not [n.message for n in res.notes if "无法确定各属哪一列" in n.message and n.message.startswith(
            "表三" if table == "t3" else "表二")]


def test_two_always_empty_columns_leave_the_rows_blank():
    # the same page with a second unused column after the labels: two positions are empty in every
    # row, nothing tells which one is a table column — the rows with empty cells stay blank
    text, truth, ho = _spacer_case("gen91826__tab_copy")
    start = text.index("一、本年新收")
    body = text[start:text.index("四、政府信息公开行政复议")]
    twice = "\n".join(ln.replace("\t", "\t\t", 1) if ln.count("\t") >= 7 else ln for ln in body.split("\n"))
    res = import_text(text.replace(body, twice), "x.txt")
    counts, issues = ho.compare_case(res.doc, truth, "gen91826")
    assert counts["wrong"] == 0 and counts["invented"] == 0, issues
    assert counts["missed"] >= 18
