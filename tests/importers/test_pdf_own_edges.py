"""A PDF table continued on the next page on column lines of its own (LibreOffice draws each page's
part of a clerk's Word table with the widths of its own rows): ho241 real-009 wide_pdf read 表三's
rows on its last page one column off (148 stored as 1, 805 under 其他: 6 wrong, 3 invented), and
ho241 P09 wide_pdf stored the row labels （七）总计 / 四、结转下年度继续办理 as the text of their 自然人
cells. tests/data/pdf/t3_continued_on_own_edges.pdf (make_shifted_pdfs.py) draws both: page 2's
value cells start more than a column left of their headers, page 3's labels reach into the first
value column by less than half of it. Its truth is what the script printed."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from gkdesk.core.document import Document
from gkdesk.importers import import_bytes
from gkdesk.importers.grid import fill_from_rows

DATA = Path(__file__).resolve().parents[1] / "data" / "pdf"


@cache
def _import(stem: str):
    res = import_bytes((DATA / f"{stem}.pdf").read_bytes(), "report.pdf")
    printed = json.loads((DATA / f"{stem}.printed.json").read_text(encoding="utf-8"))
    bad = [(cid, res.doc.value(cid).text, want) for cid, want in printed.items()
           if ("" if res.doc.value(cid).is_blank else res.doc.value(cid).text) != want]
    return res, bad


def test_rows_drawn_a_column_or_more_off_their_header_are_read_cell_by_cell():
    res, bad = _import("t3_continued_on_own_edges")
    assert bad == []
    # page 2: every value cell starts left of its header; each is read in order under its header
    assert [res.doc.value(f"t3.unable_none.{c}").text for c in ("natural", "business", "legal", "other", "total")] == \
        ["35", "2", "1", "1", "39"]
    assert res.doc.value("t3.unable_unclear.natural").text == "25"  # its cell ends left of 自然人's header
    assert res.doc.value("t3.results_total.total").text == "166"  # page 3, labels wider than the header's


def test_a_label_reaching_into_the_first_value_column_is_the_rows_label():
    res, bad = _import("t3_continued_on_own_edges")
    assert res.doc.value("t3.carry_next.natural").is_blank
    # placed as its row's label, not caught afterwards as a label in a value cell
    assert not any("是行名" in n.message for n in res.notes)
    assert not any("按原样保留" in n.message for n in res.notes)


def test_a_row_label_in_a_value_cell_is_never_stored_as_its_text():
    doc = Document("2021")
    head = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"] * 3 + ["申请人情况"] * 7,
            ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"] * 3 + ["自然人"] + ["法人或其他组织"] * 5
            + ["总计"],
            ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"] * 3
            + ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]]
    rows = head + [["一、本年新收政府信息公开申请数量"] * 3 + ["8", "0", "0", "0", "0", "0", "8"],
                   ["四、结转下年度继续办理"] * 3 + ["四、结转下年度继续办理", "", "", "", "", "", ""],
                   ["三、本年度办理结果", "（六）其他处理", "3.其他", "不适用", "", "", "", "", "", ""]]
    notes = fill_from_rows(doc, rows, "t3")
    assert doc.value("t3.new.total").text == "8"
    assert doc.value("t3.carry_next.natural").is_blank
    assert any("四、结转下年度继续办理" in n.message and "行名" in n.message for n in notes)
    assert doc.value("t3.other_misc.natural").text == "不适用"  # a clerk's remark stays as printed


def test_a_header_cell_printed_in_two_header_rows_a_few_points_apart_is_one_column():
    # 总计 stands in both lower header rows, its left line 2.3 pt apart (ho241 real-004 wide_pdf:
    # a 序号 column, 表三's last two rows left blank): the name was found at two places, no header
    # was found and no row was placed under it. Now every row of the table is put on the official grid.
    from gkdesk.core.document import Document
    from gkdesk.importers.grid import place_by_overlap
    from gkdesk.importers.pdf_reader import read_pdf_layout
    from gkdesk.importers.structured import Grid, segment

    layout = read_pdf_layout((DATA / "t3_continued_on_own_edges.pdf").read_bytes())
    rows = segment([b for b in layout.blocks if isinstance(b, Grid)])[0]["t3"]
    t = Document("2021").spec.table("t3")
    placed = place_by_overlap(rows, t, [])
    assert placed is not None and all(len(r) == t.n_cols for r in placed)


def test_column_names_cut_into_two_header_rows_by_a_page_break_are_found():
    # ho251 004 wide_pdf (LibreOffice, header rows repeated on every page): 表三's lowest header row
    # is cut by the page break, "商业企" / "科研机" … at the foot of the page and "业" / "构" … in a
    # grid row of their own below; the names were not found, the rows up to the next page's header
    # were not placed and 28 cells of 一、/二、/（一）/（二） were left blank. The grid rows as the PDF
    # reader gives them (a 备注 column, the cells on the drawn lines):
    from gkdesk.core.document import Document
    from gkdesk.importers.grid import place_by_overlap
    from gkdesk.importers.structured import _Row

    edges = (84.6, 119.7, 168.3, 295.7, 326.0, 356.4, 386.7, 417.1, 447.4, 477.7, 506.8, 538.2)
    corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    grid = [["单位：件"] * 11,
            [corner[:6]] * 3 + ["申请人情况"] * 7 + ["备注"],
            [corner[:6]] * 3 + ["自然人"] + ["法人或其他组织"] * 5 + ["总计", "备注"],
            [corner[:6]] * 3 + ["自然人", "商业企", "科研机", "社会公", "法律服", "其他", "总计", "备注"],
            [corner[6:12], corner[12:18], "", "", "业", "构", "益组织", "务机构", "", "", ""],
            ["一、本年新收政府信息公开申请数量"] * 3 + ["5", "1", "0", "0", "0", "0", "6", "无"],
            ["二、上年结转政府信息公开申请数量"] * 3 + ["1", "0", "0", "0", "0", "0", "1", ""],
            ["三、本年度办理结果", "（一）予以公开", "（一）予以公开", "3", "1", "0", "0", "0", "0", "4", ""]]
    rows = [_Row(r, frozenset(), True, edges=edges) for r in grid]
    t = Document("2019").spec.table("t3")
    placed = place_by_overlap(rows, t, [])
    assert placed is not None
    assert placed[5][3:] == ["5", "1", "0", "0", "0", "0", "6"] and len(placed[5]) == t.n_cols
    assert placed[7][3:] == ["3", "1", "0", "0", "0", "0", "4"] and len(placed[7]) == t.n_cols
