"""Layouts of stored web pages met in lane pagesF's sample of real reports (32 excerpts, read by hand):
the importer already reads them without a wrong number; these tests keep it so.

- One cell per line ending " |" (a converter's table), the 2019 layout: 本年增/减 printed "减3" is -3;
  表三 rows whose empty cells were collapsed to the end of the row ("7 |" "1 |" "8 |" "||||||") do
  not show which applicant columns hold the numbers and stay blank.
- The same layout with a cell printed empty ("|" on a line of its own) under 现行有效件数: blank, not 0.
- Cells one per line with a blank line between them and the text cut inside a row: that row stays
  blank (this layout is read like a PDF's text stream, whose order is not trusted for a short row).
"""

from __future__ import annotations

from gkdesk.importers import import_bytes


def _doc(text: str):
    return import_bytes(text.encode("utf-8"), "page.txt")


def _cells(text: str, prefix: str) -> dict[str, str]:
    return {cid: str(v) for cid, v in _doc(text).doc.cells.items() if cid.startswith(prefix) and not v.is_blank}


COLLAPSED = """一、总体情况
2021年，我局认真落实政务公开各项要求。
二、主动公开政府信息情况
第二十条第（一）项 |
||||
信息内容 |
本年新制作数量 |
本年新公开数量 |
对外公开总数量 |
|
规章 |
0 |
0 |
0 |
|
规范性文件 |
1 |
1 |
4 |
|
第二十条第（五）项 |
||||
信息内容 |
上一年项目数量 |
本年增/减 |
处理决定数量 |
|
行政许可 |
52 |
减3 |
860 |
|
其他对外管理服务事项 |
||||
第二十条第（六）项 |
||||
信息内容 |
上一年项目数量 |
本年增/减 |
处理决定数量 |
|
行政处罚 |
4 |
0 |
11 |
|
行政强制 |
0 |
0 |
0 |
|
三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |
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
一、本年新收政府信息公开申请数量 |
5 |
2 |
7 |
||||||
二、上年结转政府信息公开申请数量 |
0 |
0 |
|||||||
三、本年度办理结果 |
（一）予以公开 |
1 |
1 |
2 |
|||||
"""


def test_signed_change_written_as_decrease():
    got = _cells(COLLAPSED, "t2.")
    assert got["t2.license.prev_items"] == "52"
    assert got["t2.license.change"] == "-3"
    assert got["t2.license.decisions"] == "860"
    assert got["t2.penalty.decisions"] == "11"


def test_rows_with_collapsed_empty_cells_stay_blank():
    got = _cells(COLLAPSED, "t3.")
    assert got == {}, got
    assert not any(cid.startswith("t2.other_services.") for cid in _cells(COLLAPSED, "t2."))


EMPTY_CELL = """一、总体情况
本年度工作正常。
二、主动公开政府信息情况
|
第二十条第（一）项 | |||
|
信息内容 |
本年制发件数 |
本年废止件数 |
现行有效件数 |
|
规章 |
0 |
0 |
|
|
行政规范性文件 |
3 |
7 |
9 |
|
第二十条第（五）项 | |||
|
信息内容 |
本年处理决定数量 | ||
|
行政许可 |
0 | ||
三、收到和处理政府信息公开申请情况
"""


def test_cell_printed_empty_on_its_own_line_stays_blank():
    got = _cells(EMPTY_CELL, "t2.")
    assert got["t2.rules.issued"] == "0" and got["t2.rules.repealed"] == "0"
    assert "t2.rules.in_force" not in got, got
    assert (got["t2.normative.issued"], got["t2.normative.repealed"], got["t2.normative.in_force"]) == ("3", "7", "9")


def _blank_lines(*vals: str) -> str:
    return "".join(f"\n\n{v}" for v in vals)


CUT = ("一、总体情况\n\n本年度未收到政府信息公开申请。\n\n二、主动公开政府信息情况\n\n"
       "第二十条第（一）项\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n规章"
       + _blank_lines("0", "0", "0") + "\n\n行政规范性文件" + _blank_lines("0", "0", "0")
       + "\n\n第二十条第（五）项\n\n信息内容\n\n本年处理决定数量\n\n行政许可" + _blank_lines("6")
       + "\n\n三、收到和处理政府信息公开申请情况\n\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
       "\n\n申请人情况\n\n自然人\n\n法人或其他组织\n\n总计\n\n商业\n\n企业\n\n科研\n\n机构\n\n社会公益组织\n\n"
       "法律服务机构\n\n其他\n\n一、本年新收政府信息公开申请数量" + _blank_lines(*"0000000")
       + "\n\n二、上年结转政府信息公开申请数量" + _blank_lines(*"0000000")
       + "\n\n三、本年度办理结果\n\n（一）予以公开" + _blank_lines(*"0000000")
       + "\n\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）" + _blank_lines(*"0000") + "\n")


def test_row_cut_in_blank_line_layout_stays_blank():
    res = _doc(CUT)
    got = {cid: str(v) for cid, v in res.doc.cells.items() if cid.startswith("t3.") and not v.is_blank}
    assert got["t3.new.total"] == "0" and got["t3.granted.natural"] == "0"
    assert not any(cid.startswith("t3.partial.") for cid in got), got
    assert any("部分公开" in n.message for n in res.notes)


SIGNED_CUT = """二、主动公开政府信息情况
第二十条第（一）项 | ||||
信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 | |
规章 | 0 | 0 | 0 | |
规范性文件 | 2 | 2 | 5 | |
第二十条第（五）项 | ||||
信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |
行政许可 | 6 | 增1"""


def test_excerpt_cut_in_a_signed_change_drops_the_cut_number():
    # the page excerpt stops inside "增13": the 1 may be the start of a longer number, never read
    res = _doc(SIGNED_CUT)
    got = {cid: str(v) for cid, v in res.doc.cells.items() if cid.startswith("t2.") and not v.is_blank}
    assert "t2.license.change" not in got, got
    assert got["t2.license.prev_items"] == "6"
    assert got["t2.normative.total_public"] == "5"
    assert any("最后的数字" in n.message for n in res.notes)


T4_CUT = """四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
四、政府信息公开行政复议、行政诉讼情况
2021 """


def test_excerpt_cut_under_the_t4_heading_reads_no_cell():
    # a page excerpt stopping right under section 四's heading: "2021" opens a sentence ("2021 年，本机关
    # 未发生…") as likely as a cell; without any of 表四's column headers before it, it is no cell
    res = _doc(T4_CUT)
    got = {cid: str(v) for cid, v in res.doc.cells.items() if cid.startswith("t4.") and not v.is_blank}
    assert got == {}, got
    assert any("表头之前中断" in n.message for n in res.notes)


T4_CUT_AFTER_HEADER = """四、政府信息公开行政复议、行政诉讼情况
行政复议 | 行政诉讼 |
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |
1 | 0 | 0 | 0 | 1 | 0 | """


def test_excerpt_cut_inside_t4_body_still_reads_leading_cells():
    got = {cid: str(v) for cid, v in _doc(T4_CUT_AFTER_HEADER).doc.cells.items()
           if cid.startswith("t4.") and not v.is_blank}
    assert got["t4.review.upheld"] == "1" and got["t4.review.total"] == "1"
    assert got["t4.direct.upheld"] == "0"


T4_HEAD_TABS = ("某县统计局2022年政府信息公开工作年度报告\n（七）总计\t3\t0\t0\t0\t0\t0\t3\n"
                "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\t\t\t\t\t行政诉讼\n"
                "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n")


def test_t4_cut_after_empty_cells_stays_blank():
    # tab-separated 表四 with empty cells (5 … 2 over 结果维持 … 尚未审结), the excerpt cut inside the row:
    # read one after another the numbers would land in the wrong columns
    res = _doc(T4_HEAD_TABS + "4\t \t \t2\t6\t1\t \t ")
    got = {cid: str(v) for cid, v in res.doc.cells.items() if cid.startswith("t4.") and not v.is_blank}
    assert got == {}, got
    res = _doc(T4_HEAD_TABS + "\t\t\t\t\t0\t0\t0")
    assert not any(cid.startswith("t4.") and not v.is_blank for cid, v in res.doc.cells.items())


def test_t4_cut_inside_its_last_number_drops_it():
    res = _doc(T4_HEAD_TABS.replace("\t", " | ") + "3 | 0 | 1")
    got = {cid: str(v) for cid, v in res.doc.cells.items() if cid.startswith("t4.") and not v.is_blank}
    assert got.get("t4.review.upheld") == "3" and got.get("t4.review.corrected") == "0"
    assert "t4.review.other" not in got, got  # "1" may be the start of "12"
