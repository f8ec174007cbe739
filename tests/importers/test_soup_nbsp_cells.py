"""Text taken from a CMS page with BeautifulSoup ``get_text("\\n")``, its empty cells ``&nbsp;`` (issue #11).

Such text prints a table a cell a line: a row's cells follow each other directly, an empty cell is
a line holding only the &nbsp; (U+00A0), and the white space between the page's rows leaves truly
empty lines that only separate rows. With the header cells broken over lines ("商业" / "企业") this
was taken for a PDF's text a cell a line (rows.cell_per_line, the &nbsp; lines counted as empty
lines), whose empty lines only separate, and every row short of seven numbers was left blank
(gen 89600 soup_text: 98 cells); now the &nbsp; lines are the empty cells and the empty lines
nothing (rows._nbsp_cells). A row whose
empty cell the page writes as ``<td></td>`` (no line at all) has a cell too few: never placed.

The page is built here in the shape of a CMS page (the generator's cms_html); labels come from the
format data."""

from __future__ import annotations

from bs4 import BeautifulSoup

from gkdesk.importers.text import import_text

from _report_fixtures import t3_web_page  # noqa: E402

CODES = ("natural", "business", "research", "nonprofit", "legal", "other", "total")
ROWS = {
    "new": ["12", "3", "", "0", "1", "", "16"],
    "carried": ["0", "1", "0", "", "", "0", "1"],
    "granted": ["5", "", "0", "0", "", "", "5"],
    "partial": ["2", "1", "", "", "0", "", "3"],
    "deny_secret": ["0", "", "", "0", "", "", "0"],
    "deny_law": ["", "0", "", "", "", "", ""],
    "deny_safety": ["", "", "0", "", "", "", "0"],
    "deny_third_party": ["1", "", "", "", "", "", "1"],
    "deny_internal": ["", "0", "", "", "0", "", "0"],
    "deny_process": ["0", "", "", "", "", "", "0"],
    "deny_enforcement": ["", "", "", "0", "", "", ""],
    "deny_inquiry": ["0", "0", "", "", "", "", "0"],
    "unable_none": ["3", "1", "", "0", "1", "", "5"],
    "unable_make": ["0", "", "0", "", "", "", "0"],
    "unable_unclear": ["", "2", "", "", "", "0", "2"],
    "reject_petition": ["1", "", "", "", "0", "", "1"],
    "reject_repeat": ["0", "0", "", "0", "", "", ""],
    "reject_publication": ["", "", "0", "", "", "0", "0"],
    "reject_mass": ["0", "", "", "", "", "", ""],
    "reject_confirm": ["", "0", "", "0", "", "", "0"],
    "other_overdue": ["", "", "", "", "0", "", ""],
    "other_unpaid": ["0", "", "", "", "", "", "0"],
    "other_misc": ["", "", "", "", "", "", ""],
    "results_total": ["12", "4", "0", "0", "1", "0", "17"],
    "carry_next": ["0", "0", "", "", "0", "", "0"],
}


def _page(rows: dict[str, list[str]], vanish: str | None = None) -> str:
    return t3_web_page(rows, vanish=vanish)


def _read(text: str) -> dict[str, list[str]]:
    doc = import_text(text, "page.txt").doc
    return {code: [doc.value(f"t3.{code}.{c}").text for c in CODES] for code in ROWS}


def test_nbsp_lines_are_the_empty_cells_and_empty_lines_separate_rows():
    text = BeautifulSoup(_page(ROWS), "html.parser").get_text("\n")
    assert "\n\u00a0\n" in text and "\n\n" in text
    assert _read(text) == ROWS


def test_a_row_whose_empty_cell_left_no_line_is_not_placed():
    text = BeautifulSoup(_page(ROWS, vanish="reject_repeat"), "html.parser").get_text("\n")
    got = _read(text)
    assert got["reject_repeat"] == [""] * 7  # six lines for seven cells: which one is missing is unknown
    assert got["reject_petition"] == ROWS["reject_petition"]
