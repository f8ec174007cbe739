"""html2text's markdown of a report's web page (what scrapers built on html2text publish): table
rows without outer pipes ("a| b| c"), a label spanning two columns written as the label and an
empty cell, and a row whose last cell is empty ending in "|    " — which reads like the closing
"|" of a markdown row, so that row seems one cell short. The short rows are left blank: which of
their cells is missing is not known (the spacer after the label was taken for 自然人 and every
number put one column to the right: 258 under 商业企业, 12 under 科研机构).

The table (tests/data/layouts/html2text_t3.md) is html2text's output for the 表三 of ../shared/reports/real-009 (上海市人民政府办公厅
2019), whose rows 三 print no 总计.
"""

from __future__ import annotations

from pathlib import Path

from gkdesk.importers.text import import_text

HEAD = "上海市人民政府办公厅2019年政府信息公开工作年度报告\n\n**一、总体情况**\n\n本年度，我厅认真贯彻落实《条例》。\n\n"
DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "layouts"
#: (the table has the trailing blanks html2text writes: kept in a data file)
T3 = (DATA / "html2text_t3.md").read_text(encoding="utf-8")


def _row(res, row: str) -> list[str | None]:
    t3 = res.doc.spec.table("t3")
    return [None if res.doc.value(t3.cell_id(row, c)).is_blank else res.doc.value(t3.cell_id(row, c)).text
            for c in t3.col_codes]


def test_rows_one_cell_short_of_the_others_are_left_blank():
    res = import_text(HEAD + T3, "report.md")
    # rows with a number in their last cell keep all their cells: read by position
    assert _row(res, "new") == ["821", "35", None, None, "2", "1", "859"]
    assert _row(res, "carried") == ["18", None, None, None, None, None, "18"]
    assert _row(res, "results_total") == ["767", "35", None, None, "2", "1", "805"]
    # rows whose empty last cell html2text wrote as a closing "|": blank, never 258 under 商业企业
    for code in ("granted", "partial", "deny_secret"):
        assert _row(res, code) == [None] * 7, code
    # (read with their empty last cell, they hold as many cells as the whole rows, but with an
    # empty cell at either end, and more columns empty in every row than one spacer, the cells
    # can still be read one column to the left or right)
    assert any("（一）予以公开" in n.message and n.kind == "blanked" for n in res.notes)


def test_a_table_whose_rows_all_have_the_same_cells_is_read_as_before():
    # the same rows with their 总计 printed: no last cell is empty, so no row is short
    t3 = T3.replace("| 1  |    ", "| 1  | 272").replace("| 3|  |  |  |  |  |    ", "| 3|  |  |  |  |  | 3") \
        .replace("| 14|  |  |  |  |  |    ", "| 14|  |  |  |  |  | 14")
    assert t3.count("|    ") == 0
    res = import_text(HEAD + t3, "report.md")
    assert _row(res, "granted") == ["258", "12", None, None, "1", "1", "272"]
    assert _row(res, "partial") == ["3", None, None, None, None, None, "3"]
    assert _row(res, "deny_secret") == ["14", None, None, None, None, None, "14"]
    assert not any("缺了哪一格" in n.message for n in res.notes)


#: markdownify's markdown of a 表三 (../shared/seeds/seed_002's page): every row opened and closed
#: by "|", labels spanning columns written as empty cells, so rows differ in width
OUTER = (DATA / "markdownify_t3.md").read_text(encoding="utf-8")


def test_rows_of_a_table_with_outer_pipes_are_not_taken_for_short():
    # a row's last "|" closes it there; rows one cell narrower than others are labels' spans
    res = import_text(HEAD + OUTER, "report.md")
    for code in ("new", "granted", "deny_secret", "deny_law", "results_total", "carry_next"):
        assert _row(res, code) == [None] * 6 + ["0"], code
    assert not any("行末的“|”" in n.message for n in res.notes)
