"""Row labels followed by the template's filling guidance in parentheses (lane realdata12's real
excerpt R52, 武汉黄陂 2020): "其他对外管理服务事项(指行政许可以外的政务服务事项，含行政确认、行政奖励、
行政裁决、行政给付、行政处罚、行政强制、行政检查、行政征收和其他类，以及公共服务事项)". The remark names
other rows. Before, "行政处罚" was taken from inside it (the first exact occurrence), and the names
in it ended the 其他对外管理服务事项 row before its numbers: cells blank, 行政处罚's own row misread.
A label is no longer taken from inside a remark closed on its line, nor does a table term there
end a row.
"""

from __future__ import annotations

from gkdesk.importers import import_bytes

TEXT = """某街道办事处2020年政府信息公开工作年度报告
一、总体情况
2020年，我街依法推进各领域政府信息公开。
二、主动公开政府信息情况
|
第二十条第(一)项 | |||
|
信息内容 |
本年新制作数量 |
本年新公开数量 |
对外公开总数量 |
|
规章(设区的市、自治州人民政府应提供相关数据) |
0 |
0 |
0 |
|
规范性文件(行政机关制定发布的决定、公告、通告、意见、通知，一般情况下属于规范性文件) |
5 |
5 |
17 |
|
第二十条第(五)项 | |||
|
信息内容 |
上一年项目数量 |
本年增/减 |
处理决定数量 |
|
行政许可 |
12 |
-2 |
365 |
|
其他对外管理服务事项(指行政许可以外的政务服务事项，含行政确认、行政奖励、行政裁决、行政给付、行政处罚、行政强制、行政检查、行政征收和其他类，以及公共服务事项) |
40 |
3 |
1288 |
|
第二十条第(六)项 | |||
|
信息内容 |
上一年项目数量 |
本年增/减 |
处理决定数量 |
|
行政处罚 |
7 |
0 |
26 |
|
行政强"""

COLS = ("prev_items", "change", "decisions")


def _vals(doc, row, cols=COLS):
    return [doc.value(f"t2.{row}.{c}").text for c in cols]


def test_labels_inside_a_remark_are_neither_labels_nor_row_ends():
    res = import_bytes(TEXT.encode(), "excerpt.txt")
    doc = res.doc
    assert doc.format_id == "2019"
    assert _vals(doc, "rules", ("made", "published", "total_public")) == ["0", "0", "0"]
    assert _vals(doc, "normative", ("made", "published", "total_public")) == ["5", "5", "17"]
    assert _vals(doc, "license") == ["12", "-2", "365"]
    assert _vals(doc, "other_services") == ["40", "3", "1288"]
    assert _vals(doc, "penalty") == ["7", "0", "26"]
    # the 行政强制 row is cut off: its name inside the remark is not its row
    assert _vals(doc, "coercion") == ["", "", ""]
