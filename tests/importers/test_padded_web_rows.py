"""Web tables turned into text by a converter that pads every row with empty cells up to the
table's widest row (real excerpts of lane realdata11: R31 one cell per line, R32 markdown rows).

- One cell per line ending " |", an empty cell a lone "|" line, and the row's padding a run of "|"
  on one line ("||", "|||||||"): the run is no cell. Before, a 表三 row printed as six empty cells
  and its 总计 0 got an eighth cell from the padding and was refused.
- Markdown rows whose merged cells were left out, so every row is packed to the left and padded at
  its end: "| 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 | ||". The rows are all of one
  width, so they were read as a real grid, where the numbers stand in the label columns: refused.
  A 表三 row whose label is followed by exactly its seven numbers, then only empty cells, and whose
  总计 is the sum of its parts is read in order; fewer numbers stay blank.
"""

from __future__ import annotations

from gkdesk.importers import import_bytes

HEAD = """区统计局2023年政府信息公开工作年度报告
一、总体情况
2023年，我局主动在门户网站公开政府信息50条。
二、主动公开政府信息情况
第二十条第(一)项 |
|||
信息内容 |
本年制发件数 |
本年废止件数 |
现行有效件数 |
规章 |
0 |
0 |
0 |
行政规范性文件 |
1 |
0 |
3 |
三、收到和处理政府信息公开申请情况
(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |
申请人情况 |
||||||||
自然人 |
法人或其他组织 |
总计 |
|||||||
商业企业 |
科研机构 |
社会公益组织 |
法律服务机构 |
其他 |
|||||
"""

COLS = ["natural", "business", "research", "nonprofit", "legal", "other", "total"]


def _row(doc, rid):
    return [doc.value(f"{rid}.{c}").text for c in COLS]


def test_a_run_of_pipes_on_its_own_line_pads_the_row_and_is_no_cell():
    body = ("一、本年新收政府信息公开申请数量 |\n|\n|\n|\n|\n|\n|\n0 |\n||\n"
            "二、上年结转政府信息公开申请数量 |\n2 |\n0 |\n0 |\n0 |\n0 |\n0 |\n2 |\n||\n"
            "三、本年度办理结果 |\n(一)予以公开 |\n|\n|\n|\n|\n|\n|\n|\n|\n(二)部分公开(区分处理的,只计这一情形,不计其他情形) |\n")
    res = import_bytes((HEAD + body).encode(), "excerpt.txt")
    assert _row(res.doc, "t3.new") == [""] * 6 + ["0"]
    assert _row(res.doc, "t3.carried") == ["2", "0", "0", "0", "0", "0", "2"]
    assert _row(res.doc, "t3.granted") == [""] * 7
    assert [res.doc.value(f"t2.normative.{c}").text for c in ("issued", "repealed", "in_force")] == ["1", "0", "3"]


MD = """某市某局2023年政府信息公开工作年度报告
一、总体情况
本年度共受理政府信息公开申请3件。
二、主动公开政府信息情况
| 第二十条  第(一)项 | |||
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | 2 | 0 | 7 |
| 第二十条  第(五)项 | |||
| 信息内容 | 本年处理决定数量 | ||
| 行政许可 | 11 | ||
三、收到和处理政府信息公开申请情况
| (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||
| 自然人 | 法人或其他组织 | 总计 | |||||||
| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||
| 一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 | ||
| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
| 三、本年度办理结果 | (一)予以公开 | 2 | 1 | 0 | 0 | 0 | 0 | 3 | |
| (二)部分公开(区分处理的,只计这一情形,不计其他情形) | {partial} | ||
| (三)不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | |
"""


def test_markdown_rows_packed_to_the_left_are_read_in_order():
    res = import_bytes(MD.format(partial="1 | 0 | 0 | 0 | 0 | 0 | 1").encode(), "excerpt.txt")
    assert _row(res.doc, "t3.new") == ["3", "1", "0", "0", "0", "0", "4"]
    assert _row(res.doc, "t3.carried") == ["0"] * 7
    assert _row(res.doc, "t3.granted") == ["2", "1", "0", "0", "0", "0", "3"]
    assert _row(res.doc, "t3.partial") == ["1", "0", "0", "0", "0", "0", "1"]
    assert _row(res.doc, "t3.deny_secret") == ["0"] * 7
    assert res.doc.value("t2.normative.in_force").text == "7"
    assert res.doc.value("t2.license.decisions").text == "11"


def test_a_packed_row_that_does_not_add_up_or_lacks_numbers_stays_blank():
    for partial in ("1 | 0 | 0 | 0 | 0 | 0 | 2", "1 | 1"):
        res = import_bytes(MD.format(partial=partial).encode(), "excerpt.txt")
        assert _row(res.doc, "t3.partial") == [""] * 7, partial
        assert any("部分公开" in n.message and n.level == "ambiguous" for n in res.notes), partial
        assert _row(res.doc, "t3.new") == ["3", "1", "0", "0", "0", "0", "4"]
