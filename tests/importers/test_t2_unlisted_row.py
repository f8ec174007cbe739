"""表二 printed with a row the official table lacks (a 2020 street office's page: "其他主动公开文件"
under 规范性文件, one cell per line closed by "|"): the row above keeps its own three numbers, the
unlisted row is reported and not imported. Before, all six numbers were taken as 规范性文件's and
the row was left blank."""

from __future__ import annotations

from gkdesk.importers import import_bytes

TEXT = """某街道2020年政府信息公开工作年度报告
一、总体情况
2020年，我街依法推进政府信息公开。
二、主动公开政府信息情况
第二十条第(一)项 |
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
87 |
{second} |
0 |
|
{extra} |
0 |
{x} |
0 |
|
第二十条第(五)项 |
信息内容 |
上一年项目数量 |
本年增/减 |
处理决定数量 |
|
行政许可 |
0 |
0 |
0 |
|
"""


def _import(**kw):
    res = import_bytes(TEXT.format(**kw).encode("utf-8"), "page.txt")
    cells = {k: str(v) for k, v in res.doc.cells.items() if k.startswith("t2.normative.") and not v.is_blank}
    return cells, "\n".join(n.message for n in res.notes)


def test_row_under_an_unlisted_row_keeps_its_numbers():
    cells, notes = _import(second="5", extra="其他主动公开文件", x="4")
    assert cells == {"t2.normative.made": "87", "t2.normative.published": "5", "t2.normative.total_public": "0"}
    assert "其他主动公开文件" in notes and "4" in notes


def test_more_numbers_before_the_unlisted_label_stays_blank():
    cells, _ = _import(second="5 |\n6", extra="其他主动公开文件", x="4")
    assert cells == {}


# a web table copied with an empty line between its cells (no pipes), its labels carrying the
# filling notes of a province's template in brackets, and the unlisted row under 规范性文件
BLOCKS = """某镇2020年政府信息公开工作年度报告
一、总体情况
2020年，我镇依法推进政府信息公开。
二、主动公开政府信息情况

第二十条第(一)项

信息内容

本年新

制作数量

本年新

公开数量

对外公开总数量

规章(设区的市、自治州人民政府应提供相关数据)

0

0

0

规范性文件(行政机关制定发布的决定、公告、通知，以及标题采用“规定”“办法”等字样的公文)

{row}

其他主动公开文件(以本单位名义正式签发的、除规范性文件以外的主动公开文件)

{other}

第二十条第(五)项

信息内容

上一年项目数量

本年增/减

处理决定数量

行政许可

0

0

0

"""


def _blocks(row, other):
    text = BLOCKS.format(row="\n\n".join(row), other="\n\n".join(other))
    res = import_bytes(text.encode("utf-8"), "page.txt")
    cells = {k: str(v) for k, v in res.doc.cells.items() if k.startswith("t2.normative.") and not v.is_blank}
    return cells, "\n".join(n.message for n in res.notes)


def test_blank_line_separated_cells_row_above_an_unlisted_row_keeps_its_numbers():
    cells, notes = _blocks(["21", "6", "58"], ["3", "3", "12"])
    assert cells == {"t2.normative.made": "21", "t2.normative.published": "6", "t2.normative.total_public": "58"}
    assert "其他主动公开文件" in notes


def test_blank_line_separated_cells_short_row_above_an_unlisted_row_stays_blank():
    # two numbers only before the unlisted label: the third cell may be the one printed empty
    cells, _ = _blocks(["21", "6"], ["3", "3", "12"])
    assert cells == {}
