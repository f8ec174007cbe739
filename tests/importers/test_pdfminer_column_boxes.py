"""PDF text as pdfminer.six's extract_text prints it, a cell a box (held-out generator, seed 342):
boxes that do not stand where the table's order would put them are never read by that order.

- gen 72712: "6.属于四类过程性信息 / — — — 0 / — — 0": the row's first four cells on its label's line,
  the second line another row's boxes (its own 0 0 0 printed elsewhere). Marks count nothing in the
  row's 总计, so the row added up with the second line in any of its columns, and "—" was stored for
  the printed 0 under 法律服务机构 and 其他. With marks the later line's cells are placed only when one
  interleaving alone makes the row add up.
- gen 72713: "二、主动公开政府信息情况 / 本年 / 增/减 / -２３ / 0" (第二十条第(五)项's column box) printed before
  the first block title; the copies of "本年增/减" after the title were matched to the blocks by their
  order and (六)'s 32 / 13 stored as (五)'s (printed -23 / 0). A header standing also between the
  section heading and the first title heads no block by its order.
- gen 72705: every column box of 表二 (一) printed between "二、主动公开政府信息情况" and the first block
  title, "本年制发件数 / — / 0" with a mark among its cells, and the second "本年处理决定数量" box after
  the last block: the boxes before the title are read with the rest (the stretch holds nothing but
  headers and cells), a mark alone on its line is a cell of its column's run.
"""

from __future__ import annotations

from _layout_cases import LAYOUTS, import_layout_case

from gkdesk.importers import import_bytes


def test_marks_and_numbers_over_two_lines_are_not_placed_by_their_order():
    res, counts, bad = import_layout_case("pdfminer_text_gen72712", "gen72712.txt")
    assert bad == []
    for col in ("natural", "legal", "other", "total"):
        assert res.doc.value(f"t3.deny_process.{col}").is_blank
    assert any("过程性信息" in n.message and "无法确定" in n.message for n in res.notes)


def test_a_t2_header_before_the_first_block_title_heads_no_block_by_order():
    res, counts, bad = import_layout_case("pdfminer_text_gen72713", "gen72713.txt")
    assert bad == []
    assert res.doc.value("t2.license.change").is_blank
    assert res.doc.value("t2.other_services.change").is_blank


# gen 72705 (seed 342) pdfminer_text's opening and 表二, the other tables left out
_BOXES_BEFORE_TITLE = """白水市公安局 2021 年政府信息公开工作年度报告

一、总体情况

　 2021 年，白水市公安局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息 52 条。

二、主动公开政府信息情况

现行有
效件数
84
3

本年处理
决定数量
0\u3000

本年制
发件数
—
0\u3000

本年废
止件数
3
6

第二十条第(一)项
信息
内容
规章
行政规范性文件
第二十条第(五)项
信息
内容
行政许可
第二十条第(六)项
信息
内容
行政处罚
行政强制
第二十条第(八)项
信息
内容
行政事业性收费
注：1.本表由办公室填报；2.统计截至 2022 年 1 月 10 日。

本年收费金额
(单位:万元)
0

本年处理
决定数量
—
0\u3000

三、收到和处理政府信息公开申请情况

四、政府信息公开行政复议、行政诉讼情况

五、存在的主要问题及改进情况

六、其他需要报告的事项
"""


def _t2(text: str) -> dict[str, str]:
    res = import_bytes(text.encode("utf-8"), "report.txt")
    return {c.id: res.doc.value(c.id).text for c in res.doc.spec.table("t2").cells if not res.doc.value(c.id).is_blank}


def test_t2_column_boxes_before_the_first_block_title_are_read_with_marks():
    assert _t2(_BOXES_BEFORE_TITLE) == {
        "t2.rules.issued": "—", "t2.rules.repealed": "3", "t2.rules.in_force": "84",
        "t2.normative.issued": "0", "t2.normative.repealed": "6", "t2.normative.in_force": "3",
        "t2.license.decisions": "0", "t2.penalty.decisions": "—", "t2.coercion.decisions": "0",
        "t2.fees.amount": "0"}


def test_t2_boxes_after_prose_below_the_heading_are_not_read_by_order():
    # a sentence between the heading and the boxes: the stretch is no part of the table, and the
    # header printed there heads no block (本年处理决定数量's two copies are not matched by order)
    text = _BOXES_BEFORE_TITLE.replace("二、主动公开政府信息情况\n", "二、主动公开政府信息情况\n本年度主动公开信息 52 条。\n", 1)
    got = _t2(text)
    assert "t2.rules.in_force" not in got and "t2.license.decisions" not in got


# plain pdftotext of gen 72717 (seed 342): the opening and 表二, kept as generated
_RAW_T2 = (LAYOUTS / "pdf_raw_gen72717_t2.txt").read_text(encoding="utf-8")
_FEES = "本年增/减\n\n本年增/减\n\n0\n"


def test_t2_merged_header_printed_in_each_column_heads_its_cells_once():
    # 第二十条第（八）项's 本年增/减 covers two grid columns and is printed in each: the two copies one
    # right under the other are one header; its 0 after an empty line (the header a block of its own)
    for text in (_RAW_T2, _RAW_T2.replace(_FEES, "本年增/减\n\n本年增/减\n0\n"), _RAW_T2.replace(_FEES, "本年增/减\n\n0\n")):
        got = _t2(text)
        assert got["t2.fees.prev_items"] == "0" and got["t2.fees.change"] == "0"
        assert got["t2.rules.made"] == "/" and got["t2.normative.published"] == "9"


def test_t2_header_copies_apart_are_not_one_header():
    # the copies apart (the block title printed again between them): 本年增/减 printed four times for three blocks,
    # no copy is matched to a block by its order
    text = _RAW_T2.replace(_FEES, "本年增/减\n\n第二十条第（八）项\n\n本年增/减\n\n0\n")
    got = _t2(text)
    assert "t2.fees.change" not in got


def test_t2_header_copies_not_fitting_their_blocks_head_no_block_by_order():
    # (held-out gen 72731, seed 343) (六)'s "本年处理决定数量 / 7" (行政强制's cell empty) printed before
    # (五)'s "本年处理决定数量 / 0": matched by their order, 7 went to 行政许可 (printed 0). The second
    # copy's one number fits (五), not its own block of two rows: neither copy heads a block by order
    text = _BOXES_BEFORE_TITLE.replace("本年处理\n决定数量\n0\u3000\n", "本年处理\n决定数量\n7\n", 1) \
        .replace("决定数量\n—\n0\u3000\n", "决定数量\n0\n", 1)
    got = _t2(text)
    for cid in ("t2.license.decisions", "t2.penalty.decisions", "t2.coercion.decisions"):
        assert cid not in got
    assert got["t2.rules.in_force"] == "84"
