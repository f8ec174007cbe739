"""Plain `pdftotext` (no -layout) of a LibreOffice PDF whose 表四 ran onto the next page: the
region under 四's heading holds 12 of the 15 cells, the last three columns stand past the prose of
五 and 六, each under its column's name printed a character a line ("其 / 他 / 结 / 果 / ０"). An
all-zero 表四 is read so (any order gives the same table); cells of different values, a number
standing there without its column's name over it, or a count short of 15 are left blank."""

from __future__ import annotations

from test_pdf_text_pieces import imported, report, t4_values

HEAD = ("四、政府信息公开行政复议、行政诉讼情况\n行政复议\n结\n结\n果\n果\n维\n纠\n持\n正\n\n行政诉讼\n未经复议直接起诉\n"
        "复议后起诉\n结\n结\n其\n尚\n总\n结\n结\n果\n果\n他\n未\n计\n果\n果\n维\n纠\n结\n审\n维\n纠\n持\n正\n果\n结\n持\n正\n")
NOTE = "注：本表数据统计时间为 2020 年 1 月 1 日至 2020 年 12 月 31 日。\n其\n他\n结\n果\n\n尚\n未\n审\n结\n\n总\n计\n\n"
TAIL = ("五、存在的主要问题及改进情况\n存在的主要问题：一是公开内容不够全面。\n六、其他需要报告的事项\n"
        "本年度共收到政府信息公开申请 235 件，未收取信息处理费。\n桐城街道办事处\n2021 年 1 月 13 日\n\n—2—\n\n"
        "其\n他\n结\n果\n{a}\n\n尚\n未\n审\n结\n{b}\n\n总\n计\n{c}\n\n")


def with_t4(cells12: list[str], a="０", b="０", c="０") -> str:
    text = report()
    at = text.index("四、政府信息公开行政复议、行政诉讼情况")
    return text[:at] + HEAD + "".join(x + "\n" for x in cells12) + NOTE + TAIL.format(a=a, b=b, c=c)


def test_all_zero_t4_with_its_last_columns_past_the_prose_is_read():
    res = imported(with_t4(["０", "0"] * 6))
    assert t4_values(res) == ["0"] * 15
    assert any("表四的一部分格印在" in n.message for n in res.notes)


def test_t4_tail_of_other_values_or_unnamed_numbers_stays_blank():
    # cells of different values: the text's order is not the table's for sure
    assert t4_values(imported(with_t4(["0", "0", "0", "4", "4"] + ["0"] * 7))) == [None] * 15
    # a lone number past the prose without a column name over it could be anything
    text = with_t4(["0"] * 12).replace("—2—\n", "—2—\n\n0\n")
    assert t4_values(imported(text)) == [None] * 15
    # one cell short
    text = with_t4(["0"] * 12).replace("总\n计\n０\n", "总\n计\n\n")
    assert t4_values(imported(text)) == [None] * 15
