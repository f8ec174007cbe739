"""Text of a clerk's PDF as pdfminer.six's extract_text prints it (what Python scrapers publish):
the table comes as boxes — a header cell, a column's cells one under another — each box apart by
an empty line, in an order of pdfminer's own making, not always the table's.

- 表二 (2019): "本年增/减 / 处理决定数量" as two boxes, then the two columns' boxes. pdfminer may run the
  columns' boxes in the headers' order or not (held-out gen 70209 printed 处理决定数量's "9 / 9" first
  and 9 was stored under 本年增/减 twice): the runs are given to the headers only when every way
  that fits gives the same values — runs that are the same, or a signed number that only 本年增/减
  can hold.
- 表四: fifteen numbers each alone on its line (boxes of one cell, or a column's cells "7 / 0"
  together) stand in box order, not the table's: an order that breaks the blocks' sums is no
  source's own error (held-out gen 89005 stored 7 under 结果纠正 and 尚未审结 "as printed").
"""

from __future__ import annotations

from gkdesk.importers import import_bytes

_HEAD = ("某县人力资源和社会保障局 2020 年政府信息公开工作年度报告\n\n一、总体情况\n\n"
         "　 2020 年，本局全年主动公开政府信息 120 条。\n\n二、主动公开政府信息情况\n\n"
         "第二十条第（一）项\n信息内容\n\n规章\n规范性文件\n第二十条第（五）项\n信息内容\n\n"
         "行政许可\n其他对外管理服务事项\n第二十条第（六）项\n信息内容\n\n行政处罚\n行政强制\n"
         "第二十条第（八）项\n信息内容\n\n行政事业性收费\n第二十条第（九）项\n信息内容\n\n"
         "本年新制作数\n量\n2\n1\n\n本年新公开数\n量\n0\n0\n\n对外公开总数\n量\n5\n9\n\n"
         "上一年项目数\n量\n4\n3\n\n")


def _t2_text(penalty_runs: str) -> str:
    """A 2019 report whose 表二 is printed as pdfminer's boxes; ``penalty_runs`` is what stands
    after 行政处罚/行政强制's "本年增/减 / 处理决定数量" header boxes."""
    return (_HEAD
            + "上一年项目数\n量\n0\n7\n\n上一年项目数\n量\n12\n\n"
            "本年增/减\n\n处理决定数量\n\n1\n0\n\n1\n0\n\n"
            "本年增/减\n\n处理决定数量\n\n" + penalty_runs
            + "本年增/减\n\n-3\n\n采购项目数量 采购总金额\n（单位：万\n元）\n6.65\n\n政府集中采购\n0\n"
            "三、收到和处理政府信息公开申请情况\n\n四、政府信息公开行政复议、行政诉讼情况\n\n"
            "五、存在的主要问题及改进情况\n\n　 无。\n\n六、其他需要报告的事项\n\n　 无。\n")


def _import(text: str):
    return import_bytes(text.encode("utf-8"), "report.txt")


def _t2(res, row: str) -> list[str]:
    return [str(res.doc.value(f"t2.{row}.{c}")) for c in ("prev_items", "change", "decisions")]


def test_pdfminer_t2_column_boxes_that_differ_are_not_given_to_headers_by_their_order():
    # "9 / 9" is 处理决定数量's column, "0 / 0" 本年增/减's, printed the other way round: neither
    # order is shown by the text, so both columns stay blank (before: 9 under 本年增/减 twice)
    res = _import(_t2_text("9\n9\n\n0\n0\n\n"))
    for row in ("penalty", "coercion"):
        v = [res.doc.value(f"t2.{row}.{c}") for c in ("change", "decisions")]
        assert all(x.is_blank for x in v), (row, v)
    assert _t2(res, "license") == ["4", "1", "1"]


def test_pdfminer_t2_column_boxes_the_same_are_read():
    # two columns of "0 / 0" (and 行政许可's of "1 / 0"): whichever box is whose, the values are the same
    res = _import(_t2_text("0\n0\n\n0\n0\n\n"))
    assert _t2(res, "license") == ["4", "1", "1"] and _t2(res, "other_services") == ["3", "0", "0"]
    assert _t2(res, "penalty") == ["0", "0", "0"] and _t2(res, "coercion") == ["7", "0", "0"]


def test_pdfminer_t2_signed_number_pins_its_column_box():
    # the box holding -2 can only be 本年增/减's (a count of decisions is never negative), so the
    # other box is 处理决定数量's, though printed first
    res = _import(_t2_text("5\n4\n\n-2\n0\n\n"))
    assert _t2(res, "penalty") == ["0", "-2", "5"] and _t2(res, "coercion") == ["7", "0", "4"]


_T4_HEADS = ("四、政府信息公开行政复议、行政诉讼情况\n\n" + "".join(ch + "\n" for ch in "行政复议") + "\n"
             + "".join("".join(ch + "\n" for ch in h) + "\n" for h in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"))
             + "".join(ch + "\n" for ch in "行政诉讼未经复议直接起诉结果维持") + "\n"
             + "".join("".join(ch + "\n" for ch in h) + "\n" for h in ("复议后起诉", "结果维持", "结果纠正", "其他结果",
                                                                      "尚未审结", "总计")) + "\n")


def _t4_text(cells: str) -> str:
    return ("某县人力资源和社会保障局 2020 年政府信息公开工作年度报告\n\n一、总体情况\n\n"
            "　 2020 年，本局全年主动公开政府信息 120 条。\n\n" + _T4_HEADS + cells
            + "\n五、存在的主要问题及改进情况\n\n　 无。\n\n六、其他需要报告的事项\n\n　 无。\n")


def test_pdfminer_t4_lone_cells_out_of_order_are_not_kept_as_printed():
    # 直接起诉: 7 0 0 0 7, the rest 0; pdfminer ran a box "7 / 0" (结果维持 of 直接起诉 over 复议后起诉)
    # right after 行政复议's first 0: in text order 行政复议 reads 0 7 0 7 0, which breaks its sum
    cells = "0\n\n7\n0\n\n\u30007\n\n" + "0\n\n" * 10 + "\u30000\n\n"
    res = _import(_t4_text(cells))
    assert all(res.doc.value(f"t4.{b}.{c}").is_blank for b in ("review", "direct", "after")
               for c in ("upheld", "corrected", "other", "pending", "total"))
    assert not any(n.kind == "source" for n in res.notes)
    assert any(n.message.startswith("表四") and "t4.review.total" in n.cells for n in res.notes)


def test_pdfminer_t4_lone_cells_that_add_up_in_text_order_are_read():
    cells = "0\n\n0\n\n0\n\n0\n\n0\n\n7\n\n0\n\n0\n\n0\n\n7\n\n" + "0\n\n" * 5
    res = _import(_t4_text(cells))
    assert [str(res.doc.value(f"t4.direct.{c}")) for c in ("upheld", "corrected", "other", "pending", "total")] \
        == ["7", "0", "0", "0", "7"]
