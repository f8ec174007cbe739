"""Plain `pdftotext` text (no -layout) of a clerk's PDF read one cell per line, its headers wrapped:
numbers whose column or whole digits the stream does not show stay blank.

- 表三 printed row by row with its narrow cells wrapped: each row's label and the first line of its
  cells, then the table's headers again, then the rest of the label and of the wrapped numbers
  ("53" … "5" for 535). A row whose numbers would still add up with such rests joined, the whole
  table's identities holding too, is not stored (held-out gen 70002 stored 53 for 535).
- 2019 表二's 行政事业性收费, whose 本年增/减 is a merged cell, printed once per column
  ("本年增/减 / 本年增/减 / 行政事业性收费 / -7 / -7") while its 上一年项目数量 and number stand
  elsewhere in the stream: the two numbers are not one per column (held-out gen 70018 stored -7 for
  上一年项目数量, printed 10).
"""

from __future__ import annotations

from gkdesk.core.spec import get_format
from gkdesk.importers import import_bytes
from gkdesk.importers.locate import table_rows

# the column headers of a LibreOffice PDF of 表三 in plain pdftotext, broken into 2-character lines,
# as printed again after every row of a table whose rows are taller than the header
_HEAD = ("（本\n列数\n据的\n勾稽\n关系\n为：\n第一\n项加\n第二\n项之\n和，\n等于\n第三\n项加\n第四\n项之\n和）\n\n"
         "申请\n人情\n况\n\n自然\n人\n\n商业\n企业\n\n科研\n机构\n\n社会\n公\n益组\n织\n\n法律\n服\n务机\n构\n\n"
         "其他\n\n总计\n\n")


def _t3_text(values: dict[str, list[str]], width: int = 2) -> str:
    """A 2021 report whose 表三 is printed row by row, each cell wrapped every ``width`` digits:
    the row's label and the first line of each cell, the headers, then the rests of the wrapped
    numbers (if any) and the headers again. Rows not in ``values`` are all 0."""
    rows = table_rows(get_format("2021").table("t3"))
    out = ["某镇人民政府2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息120条。\n"
           "三、收到和处理政府信息公开申请情况\n\n", _HEAD]
    for r in rows:
        pieces = [[v[a:a + width] for a in range(0, len(v), width)] for v in values.get(r.code, ["0"] * 7)]
        out.append(r.label + "\n\n" + "".join(p[0] + "\n\n" for p in pieces) + _HEAD)
        rests = ["".join(p[1:]) for p in pieces if len(p) > 1]
        if rests:
            out.append("".join(x + "\n\n" for x in rests) + _HEAD)
    out.append("四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n")
    return "".join(out)


def _import(text: str):
    return import_bytes(text.encode("utf-8"), "report.txt")


def test_plain_t3_rows_whose_wrapped_numbers_rests_stand_apart_are_not_stored_short():
    # 535 new, granted and concluded, each printed "53" with its row and "5" after the headers: read
    # without the rests every identity holds as well (53 = 53), so neither reading is proven
    row = ["535", "0", "0", "0", "0", "0", "535"]
    res = _import(_t3_text({"new": row, "granted": row, "results_total": row}))
    for r in ("new", "granted", "results_total"):
        assert res.doc.value(f"t3.{r}.natural").is_blank and res.doc.value(f"t3.{r}.total").is_blank
    named = [n for n in res.notes if "单独的数字" in n.message]
    assert {c.split(".")[1] for n in named for c in n.cells} == {"new", "granted", "results_total"}
    # the rows no rest can belong to are read
    assert res.doc.value("t3.carried.total").text == "0"
    assert res.doc.value("t3.carry_next.natural").text == "0"


def test_plain_t3_rows_are_read_when_no_rest_of_a_wrapped_number_stands_apart():
    row = ["53", "0", "0", "0", "0", "0", "53"]
    res = _import(_t3_text({"new": row, "granted": row, "results_total": row}))
    for r in ("new", "granted", "results_total"):
        assert res.doc.value(f"t3.{r}.natural").text == "53"
    assert not any("单独的数字" in n.message for n in res.notes)


def test_plain_t3_lone_number_no_row_can_take_leaves_the_rows_read():
    # a lone "7" after the headers: appended to any of 12, 3 or 15 the row's 总计 no longer holds
    row = ["12", "3", "0", "0", "0", "0", "15"]
    text = _t3_text({"new": row, "granted": row, "results_total": row})
    at = text.index("四、结转下年度继续办理")
    text = text[:at] + "7\n\n" + _HEAD + text[at:]
    res = _import(text)
    for r in ("new", "granted", "results_total"):
        assert [res.doc.value(f"t3.{r}.{c}").text for c in ("natural", "business", "total")] == ["12", "3", "15"]
    assert not any("单独的数字" in n.message for n in res.notes)


T2 = """某市公安局 2019 年政府信息公开工作年度报告
一、总体情况
2019 年，某市公安局全年主动公开政府信息 227 条。
二、主动公开政府信息情况
第二十条第（一）项
信息内容
规章
规范性文件
第二十条第（五）项
信息内容
行政许可
其他对外管理服务事
项
第二十条第（六）项

第二十条第
（一）项
本年新制作数量
0
2
第二十条第
（五）项
上一年项目数量
3
0

第二十条第
（一）项
本年新公开数量
0
2
第二十条第
（五）项
本年增/减
1
0

第二十条第
（一）项
对外公开总数量
0
15
第二十条第
（五）项
处理决定数量
4
8

第二十条第
（六）项
上一年项目数量
7
2
第二十条第
（八）项
上一年项目数量
{prev}
第二十条第
（九）项
采购项目数量

第二十条第
第二十条第
（六）项
（六）项
信息内容
本年增/减
处理决定数量
行政处罚
0
5
行政强制
0
1
第二十条第（八）项
第二十条第
第二十条第
（八）项
（八）项
信息内容
本年增/减
本年增/减
行政事业性收费
{change}
{change}
第二十条第（九）项
第二十条第
第二十条第
（九）项
（九）项
信息内容
采购总金额（单 采购总金额（单
位：万元）
位：万元）
政府集中采购
6
12.5
注：本表数据统计时间为 2019 年 1 月 1 日至 2019 年 12 月 31 日。
三、收到和处理政府信息公开申请情况
五、存在的主要问题及改进情况
无。
六、其他需要报告的事项
无。
"""


def test_plain_t2_merged_header_printed_per_column_does_not_place_its_numbers_in_order():
    res = _import(T2.format(prev=10, change=-7))
    assert res.doc.value("t2.fees.prev_items").is_blank
    assert any("行政事业性收费" in n.message and "无法确认各数字所在的列" in n.message for n in res.notes)
    # 行政强制's header shows only 本年增/减 and 处理决定数量: read under them
    assert res.doc.value("t2.coercion.change").text == "0"
    assert res.doc.value("t2.coercion.decisions").text == "1"


def test_plain_t3_numbers_after_a_piece_of_a_label_not_found_are_that_rows_not_rests():
    # 四、结转下年度继续办理 printed cut ("四、结转下年度继" / four cells / "转下年度继续办理" / three
    # cells): its label is not found, its cells stand alone in runs shorter than a row — they are its
    # own, not the rests of numbers wrapped in the rows read before ("12" … "12" would take "0 0")
    row = ["12", "0", "0", "0", "0", "0", "12"]
    marks = ["0", "—", "—", "0", "0", "0", "0"]  # (marks among the numbers: not read as one stream)
    text = _t3_text({"new": row, "granted": row, "results_total": row, "carried": marks})
    label = "四、结转下年度继续办理\n\n" + "0\n\n" * 7
    assert label in text
    text = text.replace(label, "四、结转下年度继\n\n" + "0\n\n" * 4 + "转下年度继续办理\n\n" + "0\n\n" * 3)
    res = _import(text)
    for r in ("new", "granted", "results_total"):
        assert res.doc.value(f"t3.{r}.natural").text == "12" and res.doc.value(f"t3.{r}.total").text == "12"
    assert not any("单独的数字" in n.message for n in res.notes)
