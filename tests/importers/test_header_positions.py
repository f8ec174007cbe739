"""A row read by grid position must not contradict the header row of its block: a clerk's 表二
block printed with an empty column after its labels and one value column less put the number of
采购项目数量 under 采购总金额's grid position (9 imported as the amount 9 万元; tools/import_holdout.py
--seed 2026 --pres word97_doc, case 003). Such a row is read by the header row of its own block
when every value cell has exactly one printed column under its own official name and every number
the row prints stands in one of them (seed 113 word97_doc: 行政事业性收费 and 政府集中采购 printed
one column right of the grid); otherwise it is left blank with a note. Blocks whose headers sit
where the official grid has them read as before."""

from __future__ import annotations

import io

import docx

from gkdesk.importers import import_bytes


def _report(rows: list[list[str]]) -> bytes:
    d = docx.Document()
    d.add_paragraph("示例县人民政府2020年政府信息公开工作年度报告")
    d.add_paragraph("二、主动公开政府信息情况")
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph("三、收到和处理政府信息公开申请情况")
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


BLOCKS = [["第二十条第（一）项", "", "", "", ""],
          ["信息内容", "", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
          ["规章", "", "0", "1", "3"],
          ["第二十条第（九）项", "", "", "", ""],
          ["信息内容", "", "采购项目数量", "采购总金额（单位：万元）", ""],
          ["政府集中采购", "", "9", "42.194", ""]]


def test_block_with_a_spacer_and_one_column_less_is_read_by_its_own_header():
    res = import_bytes(_report([r[:4] for r in BLOCKS]), "年报.docx")
    doc = res.doc
    # 采购项目数量 and 采购总金额 stand one column right of the grid, under their own names
    assert doc.value("t2.procurement.items").text == "9" and doc.value("t2.procurement.amount").text == "42.194"
    assert any("已按本栏的列标题对应读取" in n.message and "t2.procurement.amount" in n.cells for n in res.notes)
    # 对外公开总数量 has no printed column in the (一) block: no reading accounts for the row, blank
    for cid in ("t2.rules.made", "t2.rules.published", "t2.rules.total_public"):
        assert doc.value(cid).is_blank, (cid, doc.value(cid))
    assert any("列标题与标准表格不同" in n.message and "t2.rules.total_public" in n.cells for n in res.notes)


def test_a_number_no_block_header_accounts_for_keeps_the_row_blank():
    rows = [r[:4] for r in BLOCKS]
    rows[4] = ["信息内容", "", "采购项目数量", "备注"]  # 42.194 stands under 备注: no 采购总金额 printed
    doc = import_bytes(_report(rows), "年报.docx").doc
    assert doc.value("t2.procurement.amount").is_blank
    rows[4] = ["信息内容", "采购项目数量", "", "采购总金额（单位：万元）"]
    rows[5] = ["政府集中采购", "7", "9", "42.194"]  # a number under the empty header: unaccounted
    doc = import_bytes(_report(rows), "年报.docx").doc
    assert doc.value("t2.procurement.amount").is_blank


def test_blocks_whose_headers_match_the_grid_read_as_before():
    doc = import_bytes(_report(BLOCKS), "年报.docx").doc  # the spacer column is dropped, 5 → 4
    assert doc.value("t2.procurement.items").text == "9" and doc.value("t2.procurement.amount").text == "42.194"
    assert [doc.value(f"t2.rules.{c}").text for c in ("made", "published", "total_public")] == ["0", "1", "3"]
