"""表三 in a CMS page's text taken with BeautifulSoup ``get_text("\\n", strip=True)`` (issue #11).

Stripped of its empty text nodes, the text prints the table a cell a line and an empty cell not at
all: a row "一、本年新收… / 5 / 3 / 2 / 1 / 11" has five numbers for seven cells and nothing says
where the two empty cells stood. Every short row was left blank (gen 71519 soup_strip: 98 cells).
The rows are now placed by the table's own arithmetic (gaps.place_gaps): each short row's numbers,
in their printed order, are tried in every set of columns, empty cells counted as 0; a cell is read
only where every placement that lets the whole table add up (row totals, column totals, 新收＋结转＝
办理＋结转下年) agrees on it. An empty cell among zeros ("0 _ 0" or "_ 0 0") stays blank.

The page is built here in the shape of a CMS page (the generator's cms_html); labels come from the
format data."""

from __future__ import annotations

from bs4 import BeautifulSoup

from gkdesk.core.spec import get_format
from gkdesk.importers.gaps import UNSURE, place_gaps
from gkdesk.importers.text import import_text

from _report_fixtures import t3_web_page  # noqa: E402

CODES = ("natural", "business", "research", "nonprofit", "legal", "other", "total")
ROWS = {code: ["0"] * 7 for code in [c.row for c in get_format("2021").table("t3").cells][::7]}
ROWS.update({  # every identity holding; four rows with an empty cell
    "new": ["5", "3", "", "2", "4", "1", "15"],
    "carried": ["1", "0", "0", "0", "0", "0", "1"],
    "granted": ["3", "2", "0", "1", "", "1", "7"],
    "partial": ["2", "1", "0", "1", "4", "0", "8"],
    "deny_law": ["0", "", "0", "0", "0", "0", "0"],
    "deny_process": ["", "", "", "", "", "", ""],
    "results_total": ["5", "3", "0", "2", "4", "1", "15"],
    "carry_next": ["1", "0", "0", "0", "0", "0", "1"],
})


def _page(rows: dict[str, list[str]]) -> str:
    return t3_web_page(rows, empty="", after="<p>四、政府信息公开行政复议、行政诉讼情况</p>")


def _read(rows: dict[str, list[str]]) -> dict[str, list[str]]:
    text = BeautifulSoup(_page(rows), "html.parser").get_text("\n", strip=True)
    assert "\n\n" not in text
    doc = import_text(text, "page.txt").doc
    return {code: [doc.value(f"t3.{code}.{c}").text for c in CODES] for code in rows}


def test_short_rows_are_placed_where_the_whole_table_allows_one_placement():
    got = _read(ROWS)
    assert got["new"] == ROWS["new"] and got["granted"] == ROWS["granted"]
    assert got["deny_law"] == [""] * 7  # "0 _ 0 0 0 0" or "_ 0 0 0 0 0" …: which cell is empty is not known
    assert got["deny_process"] == [""] * 7
    assert {c: v for c, v in got.items() if c not in ("deny_law",)} == {c: v for c, v in ROWS.items() if c != "deny_law"}


def test_a_table_that_does_not_add_up_is_not_placed():
    rows = dict(ROWS, carry_next=["1", "0", "0", "0", "0", "1", "2"])  # 新收＋结转 ≠ 办理＋结转下年 in 其他
    got = _read(rows)
    assert got["new"] == [""] * 7 and got["granted"] == [""] * 7
    assert got["partial"] == ROWS["partial"]  # (a row printed whole is read as before)


def test_place_gaps_keeps_only_cells_every_reading_agrees_on():
    codes = ["new", "carried", "a", "b", "results_total", "carry_next"]
    rows = {0: ([2, 1, 3], False), 1: ([0, 0, 0], False), 2: ([2, 2], True), 3: ([1, 1], True),
            4: ([2, 1, 3], False), 5: ([0, 0, 0], False)}
    # a: "2 _ 2" or "_ 2 2", b: "1 _ 1" or "_ 1 1": only a's 2 first and b's 1 second add up to 2 1 3
    assert place_gaps(codes, rows, 3) == {2: [2, None, 2], 3: [None, 1, 1]}
    rows.update({0: ([2, 0, 2], False), 3: ([0, 0], True), 4: ([2, 0, 2], False)})
    assert place_gaps(codes, rows, 3) == {2: [2, None, 2], 3: [UNSURE] * 3}  # 0 in either column
    rows[5] = ([0, 1, 1], False)  # 新收＋结转 ≠ 办理＋结转下年: no reading at all
    assert place_gaps(codes, rows, 3) is None
