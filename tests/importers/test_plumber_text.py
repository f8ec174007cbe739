"""pdfplumber's ``extract_text()`` of a clerk's PDF (what Python scrapers built on pdfplumber
publish): one line per printed line, words apart by one space, no column positions. A number
wrapped in a narrow cell leaves its rest on the line under its row ("30 5 0 0 6 4 31" over
"01 3 1 19" for 3001 53 0 0 61 4 3119), and a cell printed a little lower than its row may land on
a line of its own. The row's digits are then not all accounted for by its own line: it is read
only when the row's arithmetic allows exactly one way of joining the pieces, else left blank with
a note naming the digits — never stored as the source's own error.

Fixture: tests/data/layouts/plumber_text_example.txt, the example report written as a clerk's
DOCX, converted to PDF by LibreOffice and extracted with pdfplumber (tools/import_holdout.py
--pres plumber_text, seed 560); the rows below are edited into the wrapped forms seen in the
extraction of larger reports.
"""

from __future__ import annotations

from pathlib import Path

from gkdesk.importers.text import import_text

TEXT = (Path(__file__).resolve().parents[2] / "tests" / "data" / "layouts" / "plumber_text_example.txt").read_text(
    encoding="utf-8")
NEW = "一、本年新收政府信息公开申请数量 38 6 0 1 2 1 48"
PARTIAL = "年度办 （二）部分公开（区分处理的，只计 5 2 0 0 0 1 8\n理结果 这一情形，不计其他情形）"


def _row(res, row: str) -> list[str | None]:
    t3 = res.doc.spec.table("t3")
    vals = [res.doc.value(t3.cell_id(row, c)) for c in t3.col_codes]
    return [None if v.is_blank else v.text for v in vals]


def _t4(res) -> list[str | None]:
    return [None if res.doc.value(c.id).is_blank else res.doc.value(c.id).text for c in res.doc.spec.table("t4").cells]


def test_the_extraction_as_is_reads_every_table_cell_but_the_displaced_t4_cell():
    res = import_text(TEXT, "report.txt")
    assert _row(res, "new") == ["38", "6", "0", "1", "2", "1", "48"]
    assert _row(res, "partial") == ["5", "2", "0", "0", "0", "1", "8"]
    # 表四's first cell (2) stands on a line of its own after the other 14: read in that order the
    # blocks do not add up, so the table is not read (it was stored shifted by one cell)
    assert _t4(res) == [None] * 15
    assert not [n for n in res.notes if n.kind == "source"]


def test_wrapped_numbers_joined_by_the_one_reading_that_adds_up():
    # 38 and 48 wrapped after their first digit: "3 … 4" on the row's line, "8 8" under it
    res = import_text(TEXT.replace(NEW, "一、本年新收政府信息公开申请数量 3 6 0 1 2 1 4\n8 8"), "report.txt")
    assert _row(res, "new") == ["38", "6", "0", "1", "2", "1", "48"]
    assert any("一、本年新收" in n.message and "折行" in n.message and "请核对" in n.message for n in res.notes)


def test_wrapped_pieces_with_no_or_several_readings_leave_the_row_blank():
    # "1 1 0 0 0 0 1" over "1 2": 11 1 … 12 and 1 11 … 12 both add up
    res = import_text(TEXT.replace(NEW, "一、本年新收政府信息公开申请数量 1 1 0 0 0 0 1\n1 2"), "report.txt")
    assert _row(res, "new") == [None] * 7
    assert any("一、本年新收" in n.message and "（1 2）" in n.message and n.kind == "blanked" for n in res.notes)
    # "1 1 0 0 0 0 1" over "1": no join adds up (and the row alone does not either)
    res = import_text(TEXT.replace(NEW, "一、本年新收政府信息公开申请数量 1 1 0 0 0 0 1\n1"), "report.txt")
    assert _row(res, "new") == [None] * 7
    assert not [n for n in res.notes if n.kind == "source" and "一、本年新收" in n.message]


def test_a_row_that_does_not_add_up_with_digits_after_its_wrapped_label_is_left_blank():
    # 15 and 18 wrapped, their rests after the label's second line ("…其他情形） 5 8"): the row's own
    # line (1 2 0 0 0 1 1) does not add up, and digits stand between it and the next row
    res = import_text(TEXT.replace(PARTIAL, "年度办 （二）部分公开（区分处理的，只计 1 2 0 0 0 1 1\n"
                                            "理结果 这一情形，不计其他情形） 5 8"), "report.txt")
    assert _row(res, "partial") == [None] * 7
    assert any("（二）部分公开" in n.message and "5 8" in n.message for n in res.notes)
    assert not [n for n in res.notes if n.kind == "source" and "部分公开" in n.message]


def test_wrapped_table4_cells_joined_only_by_the_blocks_sums():
    # 表四 with 12 and 17 wrapped ("1 … 1" over "2 7"), the displaced cell back on its line
    t4 = "1 0 1 4 1 0 0 1 2 0 0 0 0 0\n2"
    assert t4 in TEXT
    res = import_text(TEXT.replace(t4, "2 1 0 1 4 1 0 0 1 2 0 0 0 0 0"), "report.txt")
    assert _t4(res) == ["2", "1", "0", "1", "4", "1", "0", "0", "1", "2", "0", "0", "0", "0", "0"]
    res = import_text(TEXT.replace(t4, "1 3 0 2 1 1 0 0 1 2 0 0 0 0 0\n2 7"), "report.txt")
    assert _t4(res) == ["12", "3", "0", "2", "17", "1", "0", "0", "1", "2", "0", "0", "0", "0", "0"]
    assert any(n.message.startswith("表四") and "（2 7）" in n.message and "请核对" in n.message for n in res.notes)
    # "1 1 0 1 1" over "2 4": 12 1 0 1 14 and 1 1 0 12 14 both add up — left blank
    res = import_text(TEXT.replace(t4, "1 1 0 1 1 1 0 0 1 2 0 0 0 0 0\n2 4"), "report.txt")
    assert _t4(res) == [None] * 15


def test_pdfium_cell_per_line_row_with_its_wrapped_rests_further_down_is_left_blank():
    # PDFium's text (a copy from a browser's PDF viewer) of the example report with every merged
    # label repeated in its cells: 38 and 48 of 一、本年新收 wrapped, "３ ６ ０ １ ２ １ ４" one per line
    # after the label, "８ / ８" after the repeated header lines further down. The row (and 总计's)
    # were stored as 3 … 4 and called the source's error
    text = (Path(__file__).resolve().parents[2] / "tests" / "data" / "layouts"
            / "pdfium_text_wrapped_example.txt").read_text(encoding="utf-8")
    res = import_text(text, "report.txt")
    assert _row(res, "new") == [None] * 7
    assert any("一、本年新收" in n.message and "8 8" in n.message and n.kind == "blanked" for n in res.notes)
    assert not [n for n in res.notes if n.kind == "source"]
    assert _row(res, "carried") == ["2", "0", "0", "0", "0", "0", "2"]


def test_a_row_whose_numbers_run_over_two_lines_in_an_order_that_does_not_add_up_is_read_by_the_table():
    # 其他's cell printed lower than its row lands on a line of its own after 总计: in text order the
    # row reads 2 0 0 0 0 2 0 (总计 0), which is not the source's error but an unproven order; the
    # placings of the lone 0 that add up (2 0 0 0 0 0 2, 0 2 0 0 0 0 2) go to the whole table, whose
    # 新收＋结转＝办理＋结转下年 keeps only the first
    row = "二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2"
    assert row in TEXT
    res = import_text(TEXT.replace(row, "二、上年结转政府信息公开申请数量 2 0 0 0 0 2\n0"), "report.txt")
    assert _row(res, "carried") == ["2", "0", "0", "0", "0", "0", "2"]
    assert any("二、上年结转" in n.message and "只有一种拼接方式" in n.message for n in res.notes)
    assert not [n for n in res.notes if n.kind == "source"]
    # the same lines in an order that adds up are read
    res = import_text(TEXT.replace(row, "二、上年结转政府信息公开申请数量 2 0 0 0 0 0\n2"), "report.txt")
    assert _row(res, "carried") == ["2", "0", "0", "0", "0", "0", "2"]


def test_numbers_after_the_next_rows_ordinal_are_not_taken_for_this_row():
    # labels wrapped two characters a line in a narrow column, each row's ordinal on the line of its
    # numbers: after 一、's label come "二、 2 0 0 0 0 0 2" — 二、's numbers, not 一、's
    wrapped = ("一、 38 6 0 1 2 1 48\n本年\n新收\n政府\n信息\n公开\n申请\n数量\n"
               "二、 2 0 0 0 0 0 2\n上年\n结转\n政府\n信息\n公开\n申请\n数量")
    text = TEXT.replace(NEW + "\n二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2", wrapped)
    assert text != TEXT
    res = import_text(text, "report.txt")
    # each row's numbers are the ones on its own ordinal's line, read when they add up
    assert _row(res, "new") == ["38", "6", "0", "1", "2", "1", "48"]
    assert _row(res, "carried") == ["2", "0", "0", "0", "0", "0", "2"]
    assert any("一、本年新收" in n.message and "序号所在的一行" in n.message and "请核对" in n.message for n in res.notes)
    # numbers on the ordinal's line that do not add up are not taken (and 二、's are not 一、's)
    res = import_text(text.replace("一、 38 6 0 1 2 1 48", "一、 38 6 0 1 2 1 47"), "report.txt")
    assert _row(res, "new") == [None] * 7
    assert any("一、本年新收" in n.message and "“二、”" in n.message for n in res.notes)
    # a line of another row's ordinal is not this row's
    res = import_text(text.replace("一、 38 6 0 1 2 1 48", "三、 38 6 0 1 2 1 48"), "report.txt")
    assert _row(res, "new") == [None] * 7


def test_numbers_wrapped_over_two_lines_under_their_row_are_joined_by_the_one_reading_that_adds_up():
    # 391 and 401 wrapped a digit a line in their narrow cells: "3 … 4" on the row's line, "9 0" and
    # "1 1" on the two lines under it (a number continued on one line goes on in the next)
    res = import_text(TEXT.replace(NEW, "一、本年新收政府信息公开申请数量 3 6 0 1 2 1 4\n9 0\n1 1"), "report.txt")
    assert _row(res, "new") == ["391", "6", "0", "1", "2", "1", "401"]
    assert any("一、本年新收" in n.message and "（9 0 1 1）" in n.message and "请核对" in n.message for n in res.notes)
    # with 1s where the 3 and the 4 stand the pieces fit three numbers as well: left blank
    res = import_text(TEXT.replace(NEW, "一、本年新收政府信息公开申请数量 1 6 0 1 2 1 2\n9 0\n1 1"), "report.txt")
    assert _row(res, "new") == [None] * 7


def test_table4_line_that_adds_up_with_pieces_under_it_that_also_add_up_is_left_blank():
    # "1 0 0 0 1 …" adds up as it stands, and so does "12 0 0 0 12 …" with "2 2" under it appended
    t4 = "1 0 1 4 1 0 0 1 2 0 0 0 0 0\n2"
    res = import_text(TEXT.replace(t4, "1 0 0 0 1 1 0 0 0 1 0 0 0 0 0\n2 2"), "report.txt")
    assert _t4(res) == [None] * 15
    assert any(n.message.startswith("表四") and "（2 2）" in n.message and n.kind == "blanked" for n in res.notes)
    # the same line with nothing under it is read as it stands
    res = import_text(TEXT.replace(t4, "1 0 0 0 1 1 0 0 0 1 0 0 0 0 0"), "report.txt")
    assert _t4(res) == ["1", "0", "0", "0", "1", "1", "0", "0", "0", "1", "0", "0", "0", "0", "0"]


def test_a_row_with_marks_that_does_not_add_up_with_digits_after_its_wrapped_label_is_left_blank():
    # 38 and 48 of （七）总计 wrapped, their rests "8 8" on the next line after the wrapped label's
    # pieces ("本年 / 总计"), the row's empty cells printed as "/": the row's own line (3 6 / / 2 1 4)
    # does not add up with the marks counting nothing, and digits stand before the next row. It
    # was stored as 3 … 4 (a row with marks was never checked against its digits nearby)
    res = import_text(TEXT.replace("（七）总计 38 6 0 1 2 1 48", "（七）总计 3 6 / / 2 1 4\n本年 总计 8 8"), "report.txt")
    assert _row(res, "results_total") == [None] * 7
    assert any("（七）总计" in n.message and "8 8" in n.message and n.kind == "blanked" for n in res.notes)


def test_a_table_whose_header_and_first_label_are_broken_in_narrow_columns_is_found_after_its_heading():
    # the merged label columns narrow: "申请人情况", the 勾稽关系 note and 一、本年新收's label all broken
    # over lines, a piece of each column on every line, wrapped numbers' rests among the pieces; 表三
    # was not found at all (1708 cells of 10 held-out files, gen 71301 …). Its section heading on a
    # line of its own, then rows ending in seven numbers
    head = ("（本列数据的勾稽关系为：第一项加第二项之 申请人情况\n和，等于第三项加第四项之和） 自 法人或其他组织 总\n")
    assert head in TEXT
    broken = ("（本 （本列 （本列数据的勾稽关系 申请 申请 申请 申请 申请 申请 申请\n"
              "列数 数据的 为：第一项加第二项之 人情 人情 人情 人情 人情 人情 人情\n"
              "据的 勾稽关 和，等于第三项加第四项 况 况 况 况 况 况 况\n"
              "勾稽 系为： 之和）\n关系 第一项\n为： 加第二\n第一 项之\n"
              "自 法人或其他组织 总\n")
    # (38 and 48 wrapped: their rests on the label's second line)
    new = "一、 一、本 一、本年新收政府信息公 3 6 0 1 2 1 4\n本年 年新收 开申请数量 8 8\n新收 政府信\n政府 息公开\n信息 申请数\n"
    carried = "二、 二、上 二、上年结转政府信息公 2 0 0 0 0 0 2\n上年 年结转 开申请数量\n结转 政府信\n政府 息公开\n"
    text = TEXT.replace(head, broken).replace(NEW + "\n", new).replace(
        "二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2\n", carried)
    res = import_text(text, "report.txt")
    assert not any("未找到表三" in n.message for n in res.notes)
    assert _row(res, "granted") == ["20", "3", "0", "1", "1", "0", "25"]
    assert _row(res, "results_total") == ["38", "6", "0", "1", "2", "1", "48"]


def test_a_label_broken_in_a_narrow_column_is_found_by_its_head_before_the_numbers():
    # "一、 一、本 一、本年新收政府信息公 3 6 0 1 2 1 4" / "本年 年新收 开申请数量 8 8": the label is nowhere whole;
    # its head stands right before the row's numbers and its rest on the next line (gen 71301, 71305:
    # 新收 and 结转 were left blank as rows without numbers)
    new = "一、 一、本 一、本年新收政府信息公 3 6 0 1 2 1 4\n本年 年新收 开申请数量 8 8\n新收 政府信\n政府 息公开\n"
    carried = "二、 二、上 二、上年结转政府信息公 2 0 0 0 0 0 2\n上年 年结转 开申请数量\n结转 政府信\n政府 息公开\n"
    res = import_text(TEXT.replace(NEW + "\n", new).replace("二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2\n", carried),
                      "report.txt")
    assert _row(res, "new") == ["38", "6", "0", "1", "2", "1", "48"]
    assert _row(res, "carried") == ["2", "0", "0", "0", "0", "0", "2"]
    # a head that is not followed by the label's rest on the next line is no label
    res = import_text(TEXT.replace(NEW + "\n", new.replace("开申请数量", "开")), "report.txt")
    assert _row(res, "new") == [None] * 7


def test_digit_rests_under_a_row_that_fill_a_second_row_are_not_taken_k_at_a_time():
    # 211 11 0 0 — 189 411, each digit a line in its narrow cell: "2 1 0 0 — 1 4" over "1 1 8 1" over
    # "1 9 1". The row's line adds up with the mark counting nothing (2+1+1 = 4), and the 14 numbers
    # were read seven at a time, the first seven stored (2 … 4) and the rests taken for another row's
    res = import_text(TEXT.replace(NEW, "一、本年新收政府信息公开申请数量 2 1 0 0 — 1 4\n1 1 8 1\n1 9 1"), "report.txt")
    assert _row(res, "new") == [None] * 7
    assert any("一、本年新收" in n.message and "1 1 8 1 1 9 1" in n.message and n.kind == "blanked" for n in res.notes)


#: 表三's header printed again at a page's top in columns a word or two wide, every covered cell
#: repeating its merged text (申请人情况 over all seven, 法人或其他组织 over five): no header word whole
BROKEN_HEADER = ("申请 申请 申请 申请 申请 申请 申请\n人情 人情 人情 人情 人情 人情 人情\n况 况 况 况 况 况 况\n"
                 "自然 法人 法人 法人 法人 法人 总计\n人 或 或 或 或 或\n其他 其他 其他 其他 其他\n组织 组织 组织 组织 组织\n"
                 "自然 商业 科研 社会 法律 其他 总计\n人 企业 机构 公 服\n益组 务机\n织 构")


def test_row_that_adds_up_with_digit_rests_after_a_broken_repeated_header_is_left_blank():
    # gen 72216: "… （一）予以公开 ０ ０ ０ ０ ８６ ０ ８６" at a page's foot, the header printed again broken in its
    # narrow columns, then "本年 ）予 ３ ３" (the rests of 863 … 863 beside the pieces of the labels).
    # The line alone adds up, and so does 863 … 863: 86 was stored
    granted = "三、本 （一）予以公开 20 3 0 1 1 0 25"
    text = TEXT.replace(granted, "三、本 （一）予以公开 0 0 0 0 8 0 8\n" + BROKEN_HEADER + "\n年度办 予以 6 6")
    res = import_text(text, "report.txt")
    assert _row(res, "granted") == [None] * 7
    assert any("（一）予以公开" in n.message and "（6 6）" in n.message and n.kind == "blanked" for n in res.notes)
    # the header printed again with no digits after it leaves the row as read
    res = import_text(TEXT.replace(granted, granted + "\n" + BROKEN_HEADER), "report.txt")
    assert _row(res, "granted") == ["20", "3", "0", "1", "1", "0", "25"]


def test_row_that_adds_up_with_and_without_the_digits_under_it_is_read_by_the_whole_table():
    # 13 0 0 0 0 0 13 wrapped after its first digit: "1 0 0 0 0 0 1" over "3 3" adds up as 1 … 1 and as
    # 13 … 13. The row alone cannot tell; the column totals (总计 50 = 38 + 12 more) and 新收＋结转＝
    # 办理＋结转下年 can, with every other row read
    text = TEXT.replace("6.属于四类过程性信息 1 0 0 0 0 0 1", "6.属于四类过程性信息 1 0 0 0 0 0 1\n3 3").replace(
        "（七）总计 38 6 0 1 2 1 48", "（七）总计 50 6 0 1 2 1 60").replace(NEW, "一、本年新收政府信息公开申请数量 50 6 0 1 2 1 60")
    res = import_text(text, "report.txt")
    assert _row(res, "deny_process") == ["13", "0", "0", "0", "0", "0", "13"]
    assert _row(res, "results_total") == ["50", "6", "0", "1", "2", "1", "60"]
    assert any("6.属于四类过程性信息" in n.message and "只有一种拼接方式使全表的勾稽关系" in n.message for n in res.notes)
    # with （七）总计 unreadable no column total checks the row: blank
    res = import_text(text.replace("（七）总计 50 6 0 1 2 1 60", "（七）总计 50 6 0 1 2 1"), "report.txt")
    assert _row(res, "deny_process") == [None] * 7
