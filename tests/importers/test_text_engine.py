"""The matching engine on synthetic inputs: glued numbers, rows of real-table cells, fuzzy labels."""

from __future__ import annotations

from gkdesk.core.document import Document
from gkdesk.core.spec import get_format
from gkdesk.importers.grid import fill_from_rows
from gkdesk.importers.locate import Finder, norm
from gkdesk.importers.rows import split_candidates
from gkdesk.importers.text import import_text


def test_split_candidates_no_leading_zeros():
    c = split_candidates(["000"], 3)
    assert c == [("0", "0", "0")]
    c = split_candidates(["105"], 2)
    assert set(c) == {("1", "05"), ("10", "5")} - {("1", "05")}
    rows = [p for p in split_candidates(["713000074"], 7) if sum(map(int, p[:6])) == int(p[6])]
    assert rows == [("71", "3", "0", "0", "0", "0", "74")]
    assert split_candidates(["12"], 3) == []


def test_fuzzy_labels():
    fd = Finder("2.其他法律行政止公开 0 0\n4.无正当理由由大量反复申请 1")
    hit = fd.find_fuzzy("2.其他法律行政法规禁止公开")
    assert hit and fd.text[hit[0]:hit[1]].startswith("2.其他法律行政止公开")
    assert fd.find_fuzzy("4.无正当理由大量反复申请")
    assert norm("（一） 予以公开") == norm("(一)予以公开")
    assert norm("1、本机关") == norm("1.本机关")


def _t3_rows(fmt: str, values) -> list[list[str]]:
    """表三 as a Word table would give it: merged label cells repeated, 7 value cells per row."""
    t = get_format(fmt).table("t3")
    rows = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"] * 3 + ["申请人情况"] * 7]
    for i, code in enumerate(t.row_codes):
        path = next(c.row_labels for c in t.cells if c.row == code)
        labels = list(path) + [path[-1]] * (3 - len(path))
        rows.append(labels + [str(v) for v in values(i)])
    return rows


def test_fill_from_rows_t3_and_t4():
    doc = Document("2021")
    rows = _t3_rows("2021", lambda i: [i, 0, 0, 0, 0, 1, i + 1])
    notes = fill_from_rows(doc, rows, "t3")
    t = doc.spec.table("t3")
    for i, code in enumerate(t.row_codes):
        assert doc.value(f"t3.{code}.natural").text == str(i), code
        assert doc.value(f"t3.{code}.total").text == str(i + 1), code
    assert "t3.results_total.total" in doc.manual
    assert not [n for n in notes if n.level in ("missing", "ambiguous")]
    t4 = [["行政复议"] * 5 + ["行政诉讼"] * 10, ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3,
          [str(v) for v in (1, 2, 0, 0, 3, 0, 0, 0, 1, 1, "", "", "", "", "")]]
    fill_from_rows(doc, t4, "t4")
    assert doc.value("t4.review.total").text == "3"
    assert doc.value("t4.direct.total").text == "1"
    assert doc.value("t4.after.upheld").is_blank  # empty cells stay blank, never 0


def test_fill_from_rows_t2_2019():
    doc = Document("2019")
    rows = [["第二十条第（一）项"] * 4, ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
            ["规章", "1", "2", "3"], ["规范性文件", "4", "5", "6"],
            ["第二十条第（五）项"] * 4, ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
            ["行政许可", "113", "-46", "67"], ["其他对外管理服务事项", "0", "0", "0"],
            ["第二十条第（九）项"] * 4, ["信息内容", "采购项目数量", "采购总金额（单位：万元）", "采购总金额（单位：万元）"],
            ["政府集中采购", "4", "1603.1673", "1603.1673"]]
    fill_from_rows(doc, rows, "t2")
    assert [doc.value(f"t2.rules.{c}").text for c in ("made", "published", "total_public")] == ["1", "2", "3"]
    assert doc.value("t2.normative.made").text == "4"
    assert doc.value("t2.license.change").text == "-46"
    assert doc.value("t2.procurement.amount").text == "1603.1673"
    assert doc.value("t2.penalty.prev_items").is_blank


T3_GLUED = ("2022年某区政府信息公开工作年度报告 一、总体情况 甲。 三、收到和处理政府信息公开申请情况"
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况 "
            "一、本年新收政府信息公开申请数量 {new}二、上年结转政府信息公开申请数量 0000000"
            "三、本年度办理结果 （一）予以公开 {granted}（二）部分公开（区分处理的，只计这一情形，不计其他情形） 0000000"
            "（七）总计 {done}四、结转下年度继续办理 0000000 四、政府信息公开行政复议、行政诉讼情况 "
            "行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 "
            "五、存在的主要问题及改进情况 乙。")


def test_glued_rows_resolved_by_column_arithmetic():
    # "111000012" = 1/1/10/0/0/0/12, 1/11/0/0/0/0/12 or 11/1/0/0/0/0/12: all satisfy the row total;
    # only 本年新收 + 上年结转 = （七）总计 + 结转 (per column) decides, with （七）总计 printed with spaces
    res = import_text(T3_GLUED.format(new="111000012", granted="111000012", done="11 1 0 0 0 0 12"))
    doc = res.doc
    assert [doc.value(f"t3.new.{c}").text for c in ("natural", "business", "research", "total")] == ["11", "1", "0", "12"]
    note = next(n for n in res.notes if "本年新收" in n.message and "连在一起" in n.message)
    assert note.level == "ambiguous" and "把握中等" in note.message
    # （一）予以公开 is not tied down by any complete relation: left blank, with the reason
    assert doc.value("t3.granted.total").is_blank
    assert any("予以公开" in n.message and "已留空" in n.message for n in res.notes)


def test_glued_rows_unresolvable_left_blank():
    # "1100002": 1/1/0/0/0/0/2 only; but （七）总计 "2000002" can't match the new row in column sums
    res = import_text(T3_GLUED.format(new="1100002", granted="2000002", done="2000002"))
    doc = res.doc
    # every row has exactly one split satisfying its own total: kept, and the arithmetic conflict reported
    assert doc.value("t3.new.natural").text == "1"
    assert any("勾稽关系不成立" in n.message for n in res.notes)
    res = import_text(T3_GLUED.format(new="1111", granted="0000000", done="0000000"))
    assert res.doc.value("t3.new.total").is_blank
    assert any(n.level == "ambiguous" and "本年新收" in n.message for n in res.notes)


def test_fill_from_rows_merged_labels_left_empty():
    doc = Document("2019")
    rows = _t3_rows("2019", lambda i: [1, 0, 0, 0, 0, 0, 1])
    for r in rows[1:]:  # merged label cells given only once (first cell), the others empty
        labels = r[:3]
        r[:3] = [labels[0] if labels[0] != labels[1] else labels[0], "" if labels[1] == labels[0] else labels[1],
                 "" if labels[2] == labels[1] else labels[2]]
    fill_from_rows(doc, rows, "t3")
    assert doc.value("t3.carry_next.total").text == "1"
    assert doc.value("t3.other_handling.natural").text == "1"
    assert doc.value("t3.deny_secret.total").text == "1"


def test_large_and_garbage_text_stay_fast():
    # a guard against runaway (quadratic) reading, not a speed goal (that lives in benchmarks/):
    # the importing thread's CPU time, which the machine's load hardly changes (~1 s here)
    import random
    import time

    big = "\n".join(["2023年某局政府信息公开工作年度报告", "一、总体情况", "甲。" * 5000,
                     "二、主动公开政府信息情况", "第二十条第（一）项", "规章 1 2 3"] * 40)
    t0 = time.thread_time()
    res = import_text(big)
    assert time.thread_time() - t0 < 10
    assert res.doc.value("t2.rules.issued").text == "1"
    rnd = random.Random(7)
    garbage = "".join(chr(rnd.randint(0x20, 0x9FFF)) for _ in range(100000))
    t0 = time.thread_time()
    res = import_text(garbage)
    assert time.thread_time() - t0 < 10 and res.cells_found == 0
    res = import_text("一、本年新收政府信息公开申请数量 " + "7" * 60 + " 二、上年结转政府信息公开申请数量")
    assert res.doc.value("t3.new.total").is_blank


def test_amount_printed_in_yuan_is_converted_and_reported():
    """采购总金额 is in 万元; "251000元" must not be read as 251000万元."""
    from gkdesk.core.document import Document
    from gkdesk.core.values import parse_value
    from gkdesk.importers.tables import convert_yuan_amounts

    doc = Document("2019")
    doc._put("t2.procurement.amount", parse_value("251000"))
    notes = convert_yuan_amounts(doc, "政府集中采购\t6\t251000元")
    assert doc.value("t2.procurement.amount").text == "25.1"
    assert [n.level for n in notes] == ["ambiguous"] and "25.1万元" in notes[0].message
    # printed in 万元 (or without unit): unchanged
    doc._put("t2.procurement.amount", parse_value("42.194"))
    assert convert_yuan_amounts(doc, "政府集中采购\t9\t42.194万元") == []
    assert convert_yuan_amounts(doc, "采购总金额（单位：万元）\n政府集中采购\t9\t42.194") == []
    assert doc.value("t2.procurement.amount").text == "42.194"
