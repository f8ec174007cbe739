"""Rows of real tables (DOCX/HTML/PDF grids) that are not on the official grid, and labels printed
without their ordinals in real table cells."""

from __future__ import annotations

from pathlib import Path

from gkdesk.core import storage
from gkdesk.core.document import Document
from gkdesk.importers.grid import fill_from_rows

ROOT = Path(__file__).resolve().parents[2]


def _t3_rows(doc, merge_head: bool, strip_ordinals: bool = False) -> list[list[str]]:
    """表三 as grid rows; with merge_head the first five rows come from a table part whose three label
    columns are one (a page-break part with other merges), so they have 8 cells instead of 10."""
    t = doc.spec.table("t3")
    grid = [["" for _ in range(t.n_cols)] for _ in range(t.n_rows)]
    for it in t.items:
        text = doc.value(it.cell).text if it.role == "value" else it.text
        if strip_ordinals and it.role != "value":
            import re
            text = re.sub(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)", "", text)
        grid[it.r][it.c] = text
    if merge_head:
        return [[r[0]] + r[t.label_cols:] for r in grid[:5]] + grid[5:]
    return grid


def test_rows_off_the_official_grid_are_read_by_label():
    src = storage.load(ROOT / "resources" / "example-2021.json")
    doc = Document(src.format_id)
    fill_from_rows(doc, _t3_rows(src, merge_head=True), "t3")
    diff = [(c.id, src.value(c.id).text, doc.value(c.id).text) for c in src.spec.table("t3").cells
            if src.value(c.id) != doc.value(c.id)]
    assert diff == []


def test_grid_labels_without_ordinals():
    src = storage.load(ROOT / "resources" / "example-2021.json")
    doc = Document(src.format_id)
    fill_from_rows(doc, _t3_rows(src, merge_head=False, strip_ordinals=True), "t3")
    diff = [(c.id, src.value(c.id).text, doc.value(c.id).text) for c in src.spec.table("t3").cells
            if src.value(c.id) != doc.value(c.id)]
    assert diff == []


def test_missing_rows_are_counted_as_rows():
    """表二's rows have three cells or one: a missing one-cell row is 1 row, not 1 // 3 = 0."""
    src = storage.load(ROOT / "resources" / "example-2021.json")
    doc = Document(src.format_id)
    t = src.spec.table("t2")
    grid = [["" for _ in range(t.n_cols)] for _ in range(t.n_rows)]
    for it in t.items:
        grid[it.r][it.c] = src.value(it.cell).text if it.role == "value" else it.text
    gone = next(i for i, r in enumerate(grid) if r[0] == "行政强制")
    notes = fill_from_rows(doc, grid[:gone] + grid[gone + 1:], "t2")
    assert [n.message for n in notes if n.level == "missing"] == ["表二有 1 行在原表中未找到，已留空。"]


def test_single_group_row_off_the_grid_is_recorded_for_gk612():
    """A 2021 表三 printing the 2019 single row （六）其他处理 (numbers 1 … 1, not all 0) in a part of the
    table with other merges (rows one cell wider, read by the text engine): the three sub-rows stay
    blank, the row is kept in doc.foreign_rows (GK612) with its note, and they are not reported as
    rows missing from the source."""
    src = storage.load(ROOT / "resources" / "example-2021.json")
    t = src.spec.table("t3")
    grid = [["" for _ in range(t.n_cols)] for _ in range(t.n_rows)]
    for it in t.items:
        grid[it.r][it.c] = src.value(it.cell).text if it.role == "value" else it.text
    top = next(i for i, r in enumerate(grid) if r[1] == "（六）其他处理")
    sums = [str(sum(int(grid[top + k][c] or 0) for k in range(3))) for c in range(t.label_cols, t.n_cols)]
    assert sums[0] == sums[-1] == "1"
    one = ["", "（六）其他处理", ""] + sums
    rows = grid[:top] + [r + [""] for r in [one] + grid[top + 3:]]  # the part below has an extra cell
    doc = Document(src.format_id)
    notes = fill_from_rows(doc, rows, "t3")
    (fr,) = doc.foreign_rows
    assert fr["label"] == "（六）其他处理" and all(v is None for v in fr["cells"].values())
    assert all(doc.value(c).is_blank for c in fr["cells"])
    assert any("只有一行合计数字" in n.message for n in notes)
    assert not any("未找到" in n.message for n in notes)
    for code in ("results_total", "carry_next"):
        assert doc.value(f"t3.{code}.total") == src.value(f"t3.{code}.total")


def test_a_repeated_header_cut_at_a_page_break_goes_on_with_the_columns_above():
    """表三 with a 备注 column, printed over two pages with its header repeated on the second, where the
    PDF cut "自然人" to "自然" and lost the other header rows: the rows below it are read with the
    columns of the header above (they were left to the label reader, which put 258 under 商业企业)."""
    src = storage.load(ROOT / "resources" / "example-2021.json")
    t = src.spec.table("t3")
    grid = [["" for _ in range(t.n_cols + 1)] for _ in range(t.n_rows)]
    for it in t.items:
        grid[it.r][it.c] = src.value(it.cell).text if it.role == "value" else it.text
    grid[0][t.n_cols] = "备注"
    for r in range(t.header_rows, t.n_rows, 4):
        grid[r][t.n_cols] = "无"
    cut = 14
    again = ["", "", "", "自然", "法人或其他组织", "", "", "", "", "总计", ""]
    rows = grid[:cut] + [again] + grid[cut:]
    doc = Document(src.format_id)
    notes = fill_from_rows(doc, rows, "t3")
    diff = [(c.id, src.value(c.id).text, doc.value(c.id).text) for c in t.cells if src.value(c.id) != doc.value(c.id)]
    assert diff == []
    assert any("多出“备注”列" in n.message for n in notes)
    # a header over a column the part above left out that names an official column: not the same columns
    moved = ["", "", "", "自然", "法人或其他组织", "", "", "", "", "", "总计"]
    doc = Document(src.format_id)
    fill_from_rows(doc, grid[:cut] + [moved] + grid[cut:], "t3")
    below = [c.id for c in t.cells if c.grid[0] >= cut]
    assert all(doc.value(c).is_blank or doc.value(c) == src.value(c) for c in below)


def test_a_header_piece_in_a_value_cell_leaves_it_blank():
    """A header row cut by a page break leaves the last character of 自然人 ("人") above the next
    page's first body row, and the PDF grid puts it into that row's cell, alone or before the
    cell's digits ("人14"). Neither is the cell's value: blank with a note. A remark the source
    prints in a cell ("不适用") is kept as text, as before."""
    src = storage.load(ROOT / "resources" / "example-2021.json")
    doc = Document(src.format_id)
    t = src.spec.table("t3")
    rows = _t3_rows(src, merge_head=False)
    cells = {c.id: c for c in t.cells}
    for cid, text in (("t3.deny_secret.natural", "人14"), ("t3.other_unpaid.natural", "人"),
                      ("t3.other_misc.natural", "—人"), ("t3.other_unpaid.legal", "不适用")):
        _, c0, _, _ = cells[cid].grid
        rows[cells[cid].grid[0]][c0] = text
    notes = fill_from_rows(doc, rows, "t3")
    assert doc.value("t3.deny_secret.natural").is_blank
    assert doc.value("t3.other_unpaid.natural").is_blank
    assert doc.value("t3.other_misc.natural").is_blank
    assert doc.value("t3.other_unpaid.legal").text == "不适用"
    pieces = [n for n in notes if "残片" in n.message]
    assert sorted(list(n.cells) for n in pieces) == [["t3.deny_secret.natural"], ["t3.other_misc.natural"],
                                                      ["t3.other_unpaid.natural"]]
    # every other cell as the source prints it
    diff = [c.id for c in t.cells if c.id not in ("t3.deny_secret.natural", "t3.other_unpaid.natural",
                                                    "t3.other_misc.natural", "t3.other_unpaid.legal")
            and src.value(c.id) != doc.value(c.id)]
    assert diff == []
