"""Plain `pdftotext` (no -layout) of PDFs LibreOffice did not make (Word's 另存为 PDF, WPS, a
printer driver): 表四 whose headers print whole, or side by side in one block, in the table's
order above its one line of numbers is read in text order when every block adds up; 表二 whose
numbers always stand one empty line apart is read as blocks, an empty line no empty cell.

The texts are written by hand in the shapes poppler gives such PDFs (held-out producer_raw, seeds
370/371): "行政 / 复议 / 行政 / 诉讼 / 结果 / 维持 / … / 总计 / 0 / 69 / …", and Word's header row
"结果维 结果纠 其他结 尚未审 / 持 / 正 / 果 / 结" above four numbers, "总计" above the fifth.
"""

from __future__ import annotations

from gkdesk.importers import import_bytes

_HEAD = ("某市交通运输局2024年政府信息公开工作年度报告\n一、总体情况\n本局依法公开政务信息。\n"
         "二、主动公开政府信息情况\n本年度无。\n三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请。\n"
         "四、政府信息公开行政复议、行政诉讼情况\n\n")
_TAIL = "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n"
_COLS = "结果\n维持\n\n结果\n纠正\n\n其他\n结果\n\n尚未\n审结\n\n总计\n\n"


def _cells(nums) -> str:
    return "".join(f"{n}\n\n" for n in nums)


def _t4(body: str) -> list[str | None]:
    res = import_bytes((_HEAD + body + _TAIL).encode("utf-8"), "report.txt")
    return [None if res.doc.value(c.id).is_blank else res.doc.value(c.id).text for c in res.doc.spec.table("t4").cells]


REVIEW = ["0", "69", "0", "0", "69"]
DIRECT = ["0", "0", "9", "0", "9"]
AFTER = ["0", "0", "0", "0", "0"]


def _whole_headers(review=REVIEW, direct=DIRECT, after=AFTER) -> str:
    # 行政复议's headers and numbers, then the two lawsuit blocks' titles side by side, their ten
    # headers, their ten numbers
    return ("行政\n复议\n\n行政\n诉讼\n\n" + _COLS + _cells(review) + "未经复议\n直接起诉\n\n复议\n后起诉\n\n"
            + _COLS + _COLS + _cells(direct + after))


def test_t4_headers_whole_in_table_order_above_the_numbers_are_read_in_text_order():
    assert _t4(_whole_headers()) == REVIEW + DIRECT + AFTER


def test_t4_headers_out_of_order_or_a_block_not_adding_up_is_not_read_in_text_order():
    # 总计 printed before 尚未审结 in 行政复议's header: the stream's order is not the table's
    text = _whole_headers().replace("尚未\n审结\n\n总计\n\n0\n\n69", "总计\n\n尚未\n审结\n\n0\n\n69", 1)
    assert _t4(text) != REVIEW + DIRECT + AFTER
    assert _t4(text)[5:] == [None] * 10
    # 复议后起诉's five numbers with one of them off: nothing read in text order
    assert _t4(_whole_headers(direct=["0", "0", "9", "0", "8"]))[5:] == [None] * 10
    # a number printed before the header it would stand under
    text = _whole_headers().replace("后起诉\n\n" + _COLS + _COLS + "0\n\n", "后起诉\n\n0\n\n" + _COLS + _COLS, 1)
    assert text != _whole_headers()
    assert _t4(text)[5:] == [None] * 10


def test_t4_headers_side_by_side_in_one_block_read_in_text_order():
    side = "结果维 结果纠 其他结 尚未审\n持\n正\n果\n结\n\n"
    body = ("行政复议\n\n行政诉讼\n未经复议直接起诉\n\n" + side + _cells(REVIEW[:4]) + "总计\n\n" + _cells(REVIEW[4:])
            + side + _cells(DIRECT[:4]) + "复议后起诉\n总计\n\n" + _cells(DIRECT[4:])
            + side + _cells(AFTER[:4]) + "总计\n\n" + _cells(AFTER[4:]))
    assert _t4(body) == REVIEW + DIRECT + AFTER
    # the rests of the side-by-side headers not in the order of their first pieces: not read
    assert _t4(body.replace("持\n正\n果\n结", "正\n持\n果\n结", 1)) != REVIEW + DIRECT + AFTER


_T2 = ("某街道办事处2024年政府信息公开工作年度报告\n一、总体情况\n本办依法公开政务信息。\n"
       "二、主动公开政府信息情况\n\n-1-\n\n\x0c第二十条第（一）项\n信息内容\n\n本年 本年 现行\n制发 废止 有效\n件数 件数 件数\n\n"
       "规章\n\n0\n\n0\n\n行政规范性文件\n\n372\n\n0\n\n0\n\n第二十条第（五）项\n信息内容\n\n本年处理决定数量\n0\n\n行政许可\n"
       "第二十条第（六）项\n信息内容\n\n本年处理决定数量\n\n行政处罚\n584\n\n行政强制\n第二十条第（八）项\n信息内容\n行政事业性收费\n\n"
       "本年收费金额（单\n位：万元）\n0\n\n-2-\n\n\x0c备注：数据来源于2024年度依申请公开登记台账（共3本）。\n\n"
       "三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请。\n"
       "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n" + _TAIL)


def test_t2_numbers_one_empty_line_apart_are_blocks_not_cells_per_line():
    # 规章 prints two numbers of its three cells (现行有效件数 empty): "0 / (empty) / 0" is two
    # blocks, no empty cell between them — which two cells they are is not known
    res = import_bytes(_T2.encode("utf-8"), "report.txt")
    rules = [res.doc.value(f"t2.rules.{c}") for c in ("issued", "repealed", "in_force")]
    assert all(v.is_blank for v in rules)
    assert any("规章" in n.message for n in res.notes)
