"""PDF text as pdfminer.six's extract_text prints a LibreOffice PDF (held-out generator, seed 390):
every text box apart by an empty line, boxes in pdfminer's own order.

- 表二: a column header's box holds, right under the header, its column's cells of the block below
  it ("本年处理 / 决定数量 / 3 / 0"), often after 表三's heading. (五)'s one-row and (六)'s two-row
  "本年处理决定数量" boxes are told apart by the count of their cells, never by their order; a merged
  block title repeated over each column opens its header's box and names the block ("第二十条第(六) /
  项 / 上一年 / 项目数量 / 91 / 0"). Two blocks of as many rows under one header are not told apart.
- 表四: exactly its 15 cells, every one 0, among header pieces in any order: each cell is 0. Else a
  cell is read only where its own box holds its block title, its column name and one number.
"""

from __future__ import annotations

from gkdesk.importers import import_bytes

_HEAD = """白水区人力资源和社会保障局 2021 年政府信息公开工作年度报告

一、总体情况

　 2021 年，白水区人力资源和社会保障局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息 52 条。

二、主动公开政府信息情况

"""

# 2021 表二: the label column's box, then the column boxes (two of them after 表三's heading)
_T2_2021 = """本年废
止件数
0
　2

现行有
效件数
5
　３２

本年处理
决定数量
0

本年制
发件数
485
８６

第二十条第（一）项
信息
内容
规章
行政规范性文件
第二十条第（五）项
信息
内容
行政许可
第二十条第（六）项
信息
内容
行政处罚
行政强制
第二十条第（八）项
本年收费金额
信息
（单位：万元）
内容
４０５．８
行政事业性收费
三、收到和处理政府信息公开申请情况

本年处理
决定数量
3
—

申请人情况

自然人

一、本年新收政府信息公开申请数量

二、上年结转政府信息公开申请数量

四、结转下年度继续办理

"""

_TAIL = """四、政府信息公开行政复议、行政诉讼情况

五、存在的主要问题及改进情况

　 存在的主要问题：公开内容不够全面。

六、其他需要报告的事项

　 无。
"""


def _values(text: str, table: str) -> dict[str, str]:
    res = import_bytes(text.encode("utf-8"), "report.txt")
    return {c.id: res.doc.value(c.id).text for c in res.doc.spec.table(table).cells if not res.doc.value(c.id).is_blank}


def test_t2_header_boxes_are_matched_to_blocks_by_their_cell_count():
    got = _values(_HEAD + _T2_2021 + _TAIL, "t2")
    assert got["t2.license.decisions"] == "0"
    assert got["t2.penalty.decisions"] == "3" and got["t2.coercion.decisions"] == "—"
    assert got["t2.rules.issued"] == "485" and got["t2.normative.in_force"] == "32"


def test_t2_header_boxes_of_one_count_are_not_matched_by_order():
    # (六)'s box short of a cell (行政强制 printed elsewhere): both boxes hold one number, either could
    # be (五)'s
    text = (_HEAD + _T2_2021 + _TAIL).replace("决定数量\n3\n—\n", "决定数量\n3\n", 1)
    got = _values(text, "t2")
    for cid in ("t2.license.decisions", "t2.penalty.decisions", "t2.coercion.decisions"):
        assert cid not in got


def test_t2_header_run_followed_by_a_row_label_is_no_column():
    # "本年处理决定数量 / 1 / 其他事项 / 0": a number under the header, then other text and its number
    # (a serial number and a row of a table with a 序号 column, one cell a line): the 1 is no cell
    # of the column
    text = (_HEAD + _T2_2021 + _TAIL).replace("本年处理\n决定数量\n0\n\n", "", 1).replace(
        "三、收到和处理政府信息公开申请情况\n\n", "三、收到和处理政府信息公开申请情况\n\n本年处理\n决定数量\n1\n其他事项\n0\n\n", 1)
    got = _values(text, "t2")
    assert got.get("t2.license.decisions") != "1"
    for cid in ("t2.license.decisions", "t2.penalty.decisions", "t2.coercion.decisions"):
        assert cid not in got


# 2019 表二, merge "repeat": every column's box opens with its block's title
_T2_2019 = """第二十条第(一)项
信息
内容
规章
规范性文件
第二十条第(五)项
信息
内容
行政许可
其他对外管理服务事项
第二十条第(六)项
信息
内容
行政处罚
行政强制
第二十条第(八)项
信息
内容
行政事业性收费
第二十条第(九)项
信息
内容
政府集中采购

第二十条第(五)
项
上一年
项目数量
4
7

第二十条第(六)
项
上一年
项目数量
91
0

第二十条第(五)
项
本年
增/减
0
0
第二十条第(六)
项
本年
增/减
2
1

第二十条第(五)
项
处理决
定数量
2
5
第二十条第(六)
项
处理决
定数量
1
234

"""


def _t2019(boxes: str) -> dict[str, str]:
    text = (_HEAD.replace("2021 年", "2019 年") + boxes + "三、收到和处理政府信息公开申请情况\n\n" + _TAIL)
    return _values(text, "t2")


def test_t2_boxes_opened_by_their_block_title_are_read_for_that_block():
    got = _t2019(_T2_2019)
    assert [got.get(f"t2.penalty.{c}") for c in ("prev_items", "change", "decisions")] == ["91", "2", "1"]
    assert [got.get(f"t2.coercion.{c}") for c in ("prev_items", "change", "decisions")] == ["0", "1", "234"]
    assert [got.get(f"t2.license.{c}") for c in ("prev_items", "change", "decisions")] == ["4", "0", "2"]


def test_t2_untitled_boxes_of_blocks_of_as_many_rows_are_not_told_apart():
    # the same boxes without their titles: (五) and (六) both have two rows under each header
    boxes = "\n".join(ln for ln in _T2_2019.split("\n") if not ln.startswith("第二十条第(") and ln != "项"
                      or ln in ("第二十条第(一)项", "第二十条第(五)项", "第二十条第(六)项", "第二十条第(八)项", "第二十条第(九)项"))
    got = _t2019(boxes)
    for row in ("license", "other_services", "penalty", "coercion"):
        for col in ("prev_items", "change", "decisions"):
            assert f"t2.{row}.{col}" not in got


# 表四 as pdfminer runs it: header pieces one character a line, each box's cells under its header,
# blocks interleaved (held-out gen 73701)
_T4 = """四、政府信息公开行政复议、行政诉讼情况

行
政
复
议

行
政
诉
讼
未
经
复
议
直
接
起
诉
结
果
维
持
0

行
政
诉
讼
未
经
复
议
直
接
起
诉
结
果
纠
正
0

行
政
诉
讼
未
经
复
议
直
接
起
诉
其
他
结
果
0

行
政
诉
讼
未
经
复
议
直
接
起
诉
尚
未
审
结
0

行
政
诉
讼
未
经
复
议
直
接
起
诉
总
计

行
政
诉
讼
复
议
后
起
诉
结
果
维
持
0
结
果
纠
正
0
其
他
结
果
0
尚
未
审
结
0
总
计
0

总
计

结
果
维
持
{a}
结
果
纠
正
0
其
他
结
果
0
尚
未
审
结
0

0

{b}

"""


def _t4(a: str, b: str) -> dict[str, str]:
    text = _HEAD + "三、收到和处理政府信息公开申请情况\n\n" + _T4.format(a=a, b=b) + _TAIL.split("\n", 2)[2]
    return _values(text, "t4")


def test_t4_of_fifteen_zeros_in_any_order_is_all_zero():
    got = _t4("0", "0")
    assert len(got) == 15 and set(got.values()) == {"0"}


def test_t4_with_a_number_other_than_zero_reads_only_the_cells_its_boxes_pin():
    # 行政复议's 结果维持 2 and 总计 2: the block titles before the numbers disagree with any reading by
    # order, and 2 / 2 fits three blocks; only the cells whose own box holds their block title, column
    # name and one number are read; a column name alone names no block
    direct = {f"t4.direct.{c}": "0" for c in ("upheld", "corrected", "other", "pending")}
    direct["t4.after.upheld"] = "0"  # (复议后起诉's box: its title over 结果维持 / 0, then 结果纠正 / 0 … unpinned)
    assert _t4("2", "2") == direct
    assert _t4("0", "—") == direct  # a mark among the zeros: the rest is not pinned


def test_t4_boxes_pin_no_cell_two_boxes_give_differently():
    text = _T4.format(a="0", b="0")
    twice = text.replace("结\n果\n纠\n正\n0\n\n行", "结\n果\n纠\n正\n0\n\n行\n政\n诉\n讼\n未\n经\n复\n议\n直\n接\n起\n诉\n"
                                                 "结\n果\n纠\n正\n4\n\n行", 1)
    assert twice != text
    got = _values(_HEAD + "三、收到和处理政府信息公开申请情况\n\n" + twice + _TAIL.split("\n", 2)[2], "t4")
    assert "t4.direct.corrected" not in got and got["t4.direct.upheld"] == "0"


# 表三 as pdfminer prints a LibreOffice PDF whose rows are far apart: every cell a box of its own,
# two cells drawn close side by side one box on one line ("３ ０"), a number wrapped in its narrow
# cell a box of two lines ("４ / ０" for 40) standing where pdfminer put it, not in its column
# (held-out gen 73734: 3 0 0 40 0 92 135 adds up as well as the printed 40 3 0 0 92 0 135)
_T3 = """三、收到和处理政府信息公开申请情况

申请人情况

自然人

商业企业

科研机构

社会公益组织

法律服务机构

其他

总计

一、本年新收政府信息
公开申请数量

７
３

３
６

２

０

６

９
２

２
０
９

二、上年结转政府信息
公开申请数量

３

５

０

０

０

０

８

(一)予以公开

３ ０

０

４
０

０

９
２

１
３
５

(二)部分公开(区分处理
的,只计这一情形,不计
其他情形)

０

０

０

０

０

０

０

1.属于国家秘密

"""


def test_t3_wrapped_number_box_among_side_by_side_cells_is_not_placed_by_order():
    text = _HEAD + _T2_2021.split("三、收到和处理政府信息公开申请情况")[0] + _T3 + _TAIL
    res = import_bytes(text.encode("utf-8"), "report.txt")
    granted = [res.doc.value(f"t3.granted.{c}") for c in
               ("natural", "business", "research", "nonprofit", "legal", "other", "total")]
    assert all(v.is_blank for v in granted)
    assert [res.doc.value(f"t3.carried.{c}").text for c in ("natural", "business", "total")] == ["3", "5", "8"]


def test_pdfminer_text_with_padded_cells_side_by_side_is_not_pdftotext_layout():
    # "０ \u3000０ \u30000": three cells pdfminer put on one line, one space between its boxes and the
    # clerk's full-width padding: no `pdftotext -layout` column gap, so the header boxes' numbers one
    # under another ("本年制 / 发件数 / 485 / ８６") are not taken for numbers wrapped in their cells
    t4 = "四、政府信息公开行政复议、行政诉讼情况\n\n０ \u3000０ \u30000\n\n"
    text = (_HEAD + _T2_2021 + _TAIL).replace("四、政府信息公开行政复议、行政诉讼情况\n\n", t4, 1)
    got = _values(text, "t2")
    assert got["t2.rules.issued"] == "485" and got["t2.normative.issued"] == "86"
    assert got["t2.license.decisions"] == "0"


# 2019 表二 (merge "repeat"): the label column's box holds the first column's numbers, each row's a
# little above its label (held-out gen 73800: 规章 printed 1, 规范性文件 0)
_T2_2019_LABELS = """对外公开总数量
20
0

本年新公开数量
24
34

第二十条第（一）项
本年新制作数量
信息内容
1
规章
0
规范性文件
第二十条第（五）项
上一年项目数量
信息内容
行政许可
其他对外管理服务事项
第二十条第（六）项
信息内容
行政处罚
行政强制
第二十条第（八）项
信息内容
行政事业性收费
第二十条第（九）项
信息内容
政府集中采购

"""


def test_t2_number_above_its_label_in_the_label_box_is_not_read_as_the_next_rows():
    got = _t2019(_T2_2019_LABELS)
    assert "t2.rules.made" not in got and "t2.normative.made" not in got
