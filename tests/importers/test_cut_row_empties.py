"""A page excerpt cut inside 表三's last row: its numbers are the row's first cells only when the text
shows no empty cell before or among them.

Real excerpts (2020 reports of small units) print empty cells as "|" on lines of their own, as
empty lines, or leave them out. The cut row "（二）部分公开 | 1 |" + four lone "|" + "| 1" is 自然人 1,
five empty cells and 总计 1; read by order it put the 总计 under 商业企业 (a wrong number). Such a
row stays blank with a note; a cut row whose numbers stand one after another is still read.
"""

from __future__ import annotations

from gkdesk.importers import import_bytes

HEAD = """某镇人民政府2020年政府信息公开工作年度报告
一、总体情况
本年度工作正常。
二、主动公开政府信息情况
第二十条第（一）项 |
信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
规章 | 0 | 0 | 0 |
规范性文件 | 1 | 1 | 2 |
三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |
自然人 | 法人或其他组织 | 总计 |
商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |
一、本年新收政府信息公开申请数量 | 25 | | | | | | 25 |
二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
三、本年度办理结果 | （一）予以公开 | 7 | | | | | | 7 |
"""

T3_COLS = ("natural", "business", "research", "nonprofit", "legal", "other", "total")


def _t3(text: str) -> dict[str, str]:
    doc = import_bytes(text.encode("utf-8"), "excerpt.txt").doc
    return {cid: str(v) for cid, v in doc.cells.items() if cid.startswith("t3.") and not v.is_blank}


def _notes(text: str) -> str:
    res = import_bytes(text.encode("utf-8"), "excerpt.txt")
    return "\n".join(str(n) for n in res.notes)


def test_cut_row_with_lone_bar_empties_stays_blank():
    text = HEAD + "（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 1 |\n|\n|\n|\n|\n| 1 "
    got = _t3(text)
    assert not any(cid.startswith("t3.partial.") for cid in got), got
    # the rows above are read as before
    assert got["t3.new.natural"] == "25" and got["t3.new.total"] == "25"
    assert got["t3.granted.natural"] == "7" and "t3.granted.business" not in got
    assert "中断" in _notes(text)


def test_cut_row_with_inline_empties_read_by_position():
    text = HEAD + "（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 1 | | | | | | 1 "
    got = _t3(text)
    assert got["t3.partial.natural"] == "1" and got["t3.partial.total"] == "1"
    assert not any(f"t3.partial.{c}" in got for c in T3_COLS[1:6])


def test_cut_row_whose_numbers_follow_each_other_is_read():
    text = HEAD + "（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 1 | 0 | 0 |"
    got = _t3(text)
    assert (got["t3.partial.natural"], got["t3.partial.business"], got["t3.partial.research"]) == ("1", "0", "0")
    assert "t3.partial.total" not in got


CELL_LINES = """某街道办事处2020年政府信息公开工作年度报告

一、总体情况

本年度工作正常。

三、收到和处理政府信息公开申请情况

(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)

申请人情况

自然人

法人或其他组织

总计

商业企业

科研机构

社会公益组织

法律服务机构

其他


一、本年新收政府信息公开申请数量
{new}
二、上年结转政府信息公开申请数量
{carried}"""


def test_cut_row_after_empty_lines_stays_blank():
    # one cell per paragraph, an empty cell one more empty line: the six empty cells before 总计
    text = CELL_LINES.format(new="\n\n\n\n\n\n\n 0\n", carried="\n\n\n\n\n\n\n 0\n")
    got = _t3(text)
    assert "t3.carried.natural" not in got, got


def test_cut_row_stays_blank_where_the_table_leaves_empty_cells_out():
    # empty cells left out: row 一 has one number for seven cells, so the cut row's "0" may be any column
    text = CELL_LINES.format(new="3", carried="0\n")
    got = _t3(text)
    assert "t3.carried.natural" not in got and "t3.new.natural" not in got, got
