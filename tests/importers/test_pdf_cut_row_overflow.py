"""A ruled 表三 row cut by a page break under a repeated header cut to its height (LibreOffice):
tests/data/pdf/t3_cut_row_under_cut_header_lo.pdf (held-out gen 70319 wide_pdf of
tools/import_holdout.py --seed 309, as generated; its truth is what the generator printed).

二、上年结转 prints 98 in a narrow 自然人 cell as "9" over "8"; the page breaks between the two lines.
On the next page the repeated header shows "自" only and the rest of its text overflows below it,
line by line, through the cells of the rows that follow: "然" beside the row's "８" (drawn in the
header's lowest row), then "人" over the first body row's "0". Neither cell starts with the whole
"然人", so nothing was removed and "然８" stayed text: 上年结转 was stored as 9 (printed 98)."""

from __future__ import annotations

import json
from pathlib import Path

from _layout_cases import import_layout_case as _unused  # noqa: F401 - puts tools/ on the path

import import_holdout as ho  # noqa: E402,I001 - tools/, put on the path by _layout_cases

from gkdesk.importers import import_file
from gkdesk.importers.pdf_reader import _adds_up, _repeated_header

PDF = Path(__file__).resolve().parents[1] / "data" / "pdf" / "t3_cut_row_under_cut_header_lo.pdf"

HEAD = [["单位：件"] + [""] * 8,
        ["序号", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"] + [""] * 6,
        ["", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
        ["", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]]


def test_a_number_cut_by_the_page_break_below_the_headers_overflow_is_joined():
    res = import_file(PDF)
    truth = json.loads(PDF.with_name(PDF.stem + ".truth.json").read_text(encoding="utf-8"))
    counts, issues = ho.compare_case(res.doc, truth, truth["source"])
    assert issues == []
    assert [res.doc.value(f"t3.carried.{c}").text for c in ("natural", "total")] == ["98", "98"]
    assert res.doc.value("t3.granted.natural").text == "0"


def test_header_text_overflowed_over_several_rows_is_removed_only_when_found_whole():
    cont = [["单位：件"] + [""] * 8,
            ["序号", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"] + [""] * 6,
            ["", "", "自", "法人或其他组织", "", "", "", "", "总"],
            ["", "", "然８", "", "", "", "", "", "计"],
            ["3", "（一）予以公开", "人 0", "7", "0", "0", "0", "0", "7"]]
    k, rows = _repeated_header(HEAD, cont, {})
    assert k == 3
    assert rows[0] == [""] * 2 + ["８"] + [""] * 6
    assert rows[1] == ["3", "（一）予以公开", "0", "7", "0", "0", "0", "0", "7"]
    # "然" not followed by "人" in the row below: not the header's text, nothing removed
    other = [list(r) for r in cont]
    other[4][2] = "0"
    k, rows = _repeated_header(HEAD, other, {})
    assert rows[0][2] == "然８" and rows[1][2] == "0"
    # text after the first characters that is no number: not the header's overflow
    other = [list(r) for r in cont]
    other[3][2] = "然后"
    k, rows = _repeated_header(HEAD, other, {})
    assert rows[0][2] == "然后" and rows[1][2] == "人 0"


def test_a_rows_sum_is_read_after_its_label_and_serial_number():
    assert _adds_up(["2", "二、上年结转政府信息公开申请数量", "98", "0", "0", "0", "0", "0", "98"])
    assert not _adds_up(["2", "二、上年结转政府信息公开申请数量", "9", "0", "0", "0", "0", "0", "98"])
    assert not _adds_up(["（一）予以公开", "—", "1", "2", "3"])  # a mark before the numbers


T2_PDF = PDF.with_name("t2_header_cut_on_own_edges_lo.pdf")


def test_a_header_cut_by_the_page_break_goes_on_inside_its_merged_cell():
    # held-out seed 308 004_547ef881e4d76ad6 clerk_pdf: 第二十条第（九）项's header breaks after
    # "信息 | 采购项 | 采购总金额（"; the next page, on column edges of its own, goes on with
    # "内容 | 目数量 | 单位：万元）", "目数量" one position right of where "采购项"'s merged cell
    # starts. Read as a row of its own, its texts made three value columns for the block's two
    # cells, and 政府集中采购's 4 was stored as 采购总金额 (printed 1603.1673)
    res = import_file(T2_PDF)
    truth = json.loads(T2_PDF.with_name(T2_PDF.stem + ".truth.json").read_text(encoding="utf-8"))
    counts, issues = ho.compare_case(res.doc, truth, truth["source"])
    assert issues == []
    assert res.doc.value("t2.procurement.items").text == "4"
    assert res.doc.value("t2.procurement.amount").text == "1603.1673"


def test_texts_go_on_inside_a_merged_cell_only_when_they_complete_an_official_header():
    from gkdesk.importers.pdf_reader import _within_merged

    last = ["信息", "", "", "采购项", "", "", "", "采购总金额(", "", "", ""]
    spans = frozenset({1, 4, 5, 6, 8, 10})
    first = ["内容", "", "", "", "目数量", "", "", "单位:万元)", "", "", ""]
    assert _within_merged(last, spans, first, [0, 4, 7]) == {0: 0, 4: 3, 7: 7}
    other = list(first)
    other[4] = "目"  # "采购项目" is no header of the table
    assert _within_merged(last, spans, other, [0, 4, 7]) is None
    # a position not covered by the merged cell: no cell to go on
    assert _within_merged(last, frozenset({1, 5, 6, 8, 10}), first, [0, 4, 7]) is None


def test_a_header_text_over_a_lower_rows_text_names_a_group_not_a_column():
    # the same block read without the join over the page break: "采购项" (position 3, its cell
    # to 6) over "目数量" (4) is one column's name in two pieces, not two columns; the block has
    # then two value columns for the official three positions and its row is not placed by it
    # (it is read by its label: 4 never goes under 采购总金额)
    from gkdesk.importers.structured import Grid, _under_band

    upper, lower = frozenset({1, 4, 5, 6, 8, 10}), frozenset({1, 3, 5, 6, 8, 10})
    rows = [["第二十条第(九)项"] + [""] * 10,
            ["信息", "", "", "采购项", "", "", "", "采购总金额(", "", "", ""],
            ["内容", "", "", "", "目数量", "", "", "单位:万元)", "", "", ""],
            ["政府集中采购", "", "", "", "4", "", "", "1603.1673", "", "", ""]]
    g = Grid(rows, spans={0: upper, 1: upper, 2: lower, 3: lower})
    assert 3 not in _under_band(g, ["t2"] * 4, "t2", 4, 1)
    # the header joined ("采购项目数量" over its cell): two columns, the row left to its label too
    joined = [rows[0], ["信息内容", "", "", "采购项目数量", "", "", "", "采购总金额(单位:万元)", "", "", ""], rows[3]]
    g = Grid(joined, spans={0: upper, 1: upper, 2: lower})
    assert 2 not in _under_band(g, ["t2"] * 3, "t2", 4, 1)
