"""Official tables Word joins into one table (issue #11): 表二's blocks and 表三 printed as separate
tables with no paragraph between them are one Word table, whose w:tblGrid is the union of every
block's column edges. Each block is read under its own header, by its own cells."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import docx
import pytest

from gkdesk.importers import import_bytes, import_file

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "doc"
sys.path.insert(0, str(ROOT / "tools"))

import import_holdout as ho  # noqa: E402

G = 20  # grid columns of the joined table: 表二 cells are 5 wide, 表三 cells 2 wide


def _row(t, r: int, cells: list[tuple[str, int]]) -> None:
    at = 0
    for text, span in cells:
        c = t.cell(r, at)
        if span > 1:
            c = c.merge(t.cell(r, at + span - 1))
        if text:
            c.text = text
        at += span
    assert at == G


def _joined_docx() -> bytes:
    """A 2021 report whose 表二 (一) block and 表三 are one Word table; 表三's header is three rows
    (申请人情况 over 自然人 | 法人或其他组织 | 总计, the five kinds of 法人 under it) and most cells are
    printed empty, so no row has a text or a number in every column."""
    d = docx.Document()
    d.add_paragraph("示例县人民政府办公室2023年政府信息公开工作年度报告")
    d.add_paragraph("二、主动公开政府信息情况")
    rows: list[list[tuple[str, int]]] = [
        [("第二十条第（一）项", 20)],
        [("信息内容", 5), ("本年制发件数", 5), ("本年废止件数", 5), ("现行有效件数", 5)],
        [("规章", 5), ("1", 5), ("0", 5), ("4", 5)],
        [("行政规范性文件", 5), ("3", 5), ("1", 5), ("12", 5)],
        [("三、收到和处理政府信息公开申请情况", 20)],
        [("", 6), ("申请人情况", 14)],
        [("", 6), ("自然人", 2), ("法人或其他组织", 10), ("总计", 2)],
        [("", 6), ("", 2)] + [(h, 2) for h in ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")] + [("", 2)],
        [("一、本年新收政府信息公开申请数量", 6), ("7", 2)] + [("", 2)] * 3 + [("2", 2), ("", 2), ("9", 2)],
        [("二、上年结转政府信息公开申请数量", 6), ("1", 2)] + [("", 2)] * 5 + [("1", 2)],
        [("三、本年度办理结果", 2), ("（一）予以公开", 4), ("5", 2)] + [("", 2)] * 5 + [("5", 2)],
        [("", 2), ("（三）不予公开", 2), ("1.属于国家秘密", 2), ("", 2)] + [("", 2)] * 3 + [("1", 2), ("", 2), ("1", 2)],
        [("四、结转下年度继续办理", 6), ("3", 2)] + [("", 2)] * 3 + [("1", 2), ("", 2), ("4", 2)],
    ]
    t = d.add_table(rows=len(rows), cols=G)
    t.style = "Table Grid"
    for r, cells in enumerate(rows):
        _row(t, r, cells)
    for top, bottom, col in ((5, 7, 0), (6, 7, 6), (6, 7, 18), (10, 11, 0)):
        t.cell(top, col).merge(t.cell(bottom, col))  # vertical merges of the header and label cells
    d.add_paragraph("六、其他需要报告的事项")
    d.add_paragraph("无。")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_word_table_joined_from_blocks_reads_each_block_under_its_own_header():
    doc = import_bytes(_joined_docx(), "joined.docx").doc
    got = {cid: doc.value(cid).text for cid in doc.spec.cells
           if cid.startswith(("t2.", "t3.")) and not doc.value(cid).is_blank}
    assert got == {
        "t2.rules.issued": "1", "t2.rules.repealed": "0", "t2.rules.in_force": "4",
        "t2.normative.issued": "3", "t2.normative.repealed": "1", "t2.normative.in_force": "12",
        "t3.new.natural": "7", "t3.new.legal": "2", "t3.new.total": "9",
        "t3.carried.natural": "1", "t3.carried.total": "1",
        "t3.granted.natural": "5", "t3.granted.total": "5",
        "t3.deny_secret.legal": "1", "t3.deny_secret.total": "1",
        "t3.carry_next.natural": "3", "t3.carry_next.legal": "1", "t3.carry_next.total": "4",
    }


def test_number_merged_over_two_official_columns_is_not_spread():
    """A 表三 row whose 9 is one cell over 法律服务机构 and 其他: the row is not placed by the header
    (the 9 belongs to neither column alone); its other cells of the row stay blank too."""
    d = docx.Document(io.BytesIO(_joined_docx()))
    t = d.tables[0]
    c = t.cell(8, 14).merge(t.cell(8, 17))
    for p in c.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    c.paragraphs[0].text = "9"
    buf = io.BytesIO()
    d.save(buf)
    doc = import_bytes(buf.getvalue(), "joined.docx").doc
    assert all(doc.value(f"t3.new.{c}").is_blank for c in ("legal", "other"))
    assert doc.value("t3.carried.natural").text == "1"  # the other rows are still read


@pytest.mark.parametrize("name", ["joined.doc", "joined.docx"])
def test_joined_table_saved_by_word_processors_is_read_cell_by_cell(name):
    """joined.doc / joined.docx (tests/data/doc/make_joined.py): seed_002 with 表二, 表三 and 表四 as
    one table, saved by LibreOffice: 表三's rows have the union grid's cells, its header is three
    rows and only its 总计 column is filled — no row names or fills every column."""
    truth = json.loads((DATA / "joined.truth.json").read_text(encoding="utf-8"))
    counts, issues = ho.compare_case(import_file(DATA / name).doc, truth, name)
    assert counts["wrong"] == counts["invented"] == counts["missed"] == 0, issues
    assert counts["right"] == 198


def test_cut_report_joined_by_wps_reads_the_rows_it_prints():
    """cut_wps_joined.docx: tools/import_holdout.py seed 97, P04 (a real report cut at 三、本年度办理结果)
    as the wps_docx presentation: the report is one table whose merged cells repeat their text in every
    grid cell; 表三 prints 本年新收 and 上年结转, then every later row with its labels and empty value
    cells. Those rows are the body under 表三's header, not a header band of their own: taken for one,
    the two printed rows were placed on the official grid alone and the table was not read (14 cells)."""
    truth = json.loads((DATA / "cut_wps_joined.truth.json").read_text(encoding="utf-8"))
    counts, issues = ho.compare_case(import_file(DATA / "cut_wps_joined.docx").doc, truth, "cut_wps_joined.docx")
    assert counts["wrong"] == counts["invented"] == counts["missed"] == 0, issues
    assert counts["right"] == 198
