"""Plain `pdftotext` text (no -layout): 表二 read where the stream itself pins every number, and 表四
not placed by sums alone when its groups could be each other's blocks, and 表四 read block by block
under its block titles where it is not read whole.

The fixtures are the 表二 / 表四 parts of real-looking plain pdftotext output (held-out LibreOffice
PDFs of clerk tables, seed 41; generated report 21003) inside a minimal report:

- plain_pdftotext_t2_columns.txt: each column's header right above its cells, one number per line,
  the blocks' columns in bands (first columns of every block, then the second ones …);
- plain_pdftotext_t2_all_zero.txt: headers and numbers run into each other, every cell 0;
- plain_pdftotext_t2_cut_column.txt: the table's third column cut at the page edge (no header, no
  number printed for it), block titles over each column;
- plain_pdftotext_t4_blocks_out_of_order.txt: 行政复议's 结果维持 column printed after the other
  blocks (the sums hold with the groups read for each other's blocks).
"""

from __future__ import annotations

import re
from pathlib import Path

from gkdesk.importers import import_bytes

LAYOUTS = Path(__file__).resolve().parents[2] / "tests" / "data" / "layouts"

# 2019 表二 of the fixtures, row by row
_COLUMNS = [["0", "0", "0"], ["0", "0", "0"], ["113", "-46", "67"], ["0", "0", "0"],
            ["0", "7", "7"], ["0", "0", "0"], ["0", "0"], [None, None]]


def _read(text: str):
    res = import_bytes(text.encode("utf-8"), "report.txt")
    return res, {c.id: (None if res.doc.value(c.id).is_blank else res.doc.value(c.id).text)
                 for t in ("t2", "t4") for c in res.doc.spec.table(t).cells}


def _t2_rows(vals: dict, res) -> list[list[str | None]]:
    from gkdesk.importers.locate import table_rows

    return [[vals[c.id] for c in r.cells] for r in table_rows(res.doc.spec.table("t2"))]


def _fixture(name: str) -> str:
    return (LAYOUTS / name).read_text(encoding="utf-8")


def test_t2_columns_under_their_headers_are_read_block_by_block():
    res, vals = _read(_fixture("plain_pdftotext_t2_columns.txt"))
    assert _t2_rows(vals, res) == _COLUMNS  # 政府集中采购: its headers run into each other, left blank
    assert any("已按列读取" in n.message for n in res.notes)


def test_t2_column_short_of_a_number_leaves_its_block_blank():
    # 处理决定数量 of 第二十条第（五）项 with one number only: a cell printed empty, or a number
    # somewhere else — the block is not read, the others are
    text = _fixture("plain_pdftotext_t2_columns.txt").replace("定数量\n67\n0\n", "定数量\n67\n", 1)
    res, vals = _read(text)
    rows = _t2_rows(vals, res)
    assert rows[2] == rows[3] == [None] * 3
    assert rows[:2] == _COLUMNS[:2] and rows[4:7] == _COLUMNS[4:7]


def test_t2_column_number_as_wide_as_its_header_may_be_wrapped_and_is_not_read():
    # "1130000" over "0" under "上一年 / 项目数量": the second line may be the rest of the first
    text = _fixture("plain_pdftotext_t2_columns.txt").replace("\n113\n", "\n1130000\n", 1)
    res, vals = _read(text)
    assert _t2_rows(vals, res)[2:4] == [[None] * 3, [None] * 3]


def test_t2_block_labels_out_of_order_are_not_read_by_column():
    text = _fixture("plain_pdftotext_t2_columns.txt").replace("行政许可\n其他对外管理服务事\n项\n",
                                                                "其他对外管理服务事\n项\n行政许可\n", 1)
    res, vals = _read(text)
    assert _t2_rows(vals, res)[2:4] == [[None] * 3, [None] * 3]


def test_t2_all_zero_stream_is_read_whatever_its_order():
    res, vals = _read(_fixture("plain_pdftotext_t2_all_zero.txt"))
    assert _t2_rows(vals, res) == [["0"] * len(r) for r in _COLUMNS]
    assert any("全部为 0" in n.message for n in res.notes)


def test_t2_all_zero_needs_every_cell_printed_and_nothing_else():
    text = _fixture("plain_pdftotext_t2_all_zero.txt")
    for changed in (text.replace("\n0\n", "\n\n", 1),  # a cell printed empty
                    text.replace("\n0\n", "\n1\n", 1)):  # a cell not 0
        res, vals = _read(changed)
        assert not any("全部为 0" in n.message for n in res.notes)
        assert None in [v for k, v in vals.items() if k.startswith("t2.")]


def test_t2_column_cut_at_the_page_edge_is_left_blank_and_named():
    res, vals = _read(_fixture("plain_pdftotext_t2_cut_column.txt"))
    rows = _t2_rows(vals, res)
    assert rows[:7] == [["13", "13", None], ["60", "60", None], ["0", "0", None], ["0", "0", None],
                        ["0", "0", None], ["0", "0", None], ["0", "0"]]
    assert any("没有表头也没有数字" in n.message for n in res.notes)


def test_t4_groups_that_could_be_each_others_blocks_are_not_placed_by_the_sums():
    # the stream "0 0 0 0 0 0 0 6 6 … 6 0 0 0 6 0" for 行政复议 6 0 0 0 6, 未经复议直接起诉 0 0 0 0 0,
    # 复议后起诉 0 0 0 6 6: read by the sums as 0 0 0 0 0 / 0 0 0 6 6 / 6 0 0 0 6 before (6 wrong)
    res, vals = _read(_fixture("plain_pdftotext_t4_blocks_out_of_order.txt"))
    assert [v for k, v in vals.items() if k.startswith("t4.")] == [None] * 15
    assert any("无法确定对应关系" in n.message for n in res.notes)


def test_t2_column_whose_header_may_stand_wrapped_elsewhere_is_no_cut_column():
    # a piece of 对外公开总数量 in the text: that column may be printed with its header wrapped among
    # other cells' text, so the numbers under the other headers are not taken as the whole block
    text = _fixture("plain_pdftotext_t2_cut_column.txt").replace("第二十条第(一)项\n信息内容\n规章\n",
                                                                  "第二十条第(一)项\n信息内容\n对外公\n规章\n", 1)
    res, vals = _read(text)
    assert _t2_rows(vals, res)[:2] == [[None] * 3, [None] * 3]


def _fees(text: str) -> list[str | None]:
    res, vals = _read(text)
    return _t2_rows(vals, res)[6]


def test_t2_one_row_block_under_its_header_row_is_read():
    # "上一年项 / 目数量 / 本年增/减 / 0 / 14 / 行政事业性收费": the label after its numbers
    text = _fixture("plain_pdftotext_t2_header_row.txt")
    assert _fees(text) == ["0", "14"]
    row = "上一年项\n目数量\n\n本年增/减\n\n0\n\n14\n\n行政事业性收费"
    assert text.count(row) == 1
    # one number short, or the headers out of column order: not read
    assert _fees(text.replace(row, "上一年项\n目数量\n\n本年增/减\n\n14\n\n行政事业性收费")) == [None, None]
    assert _fees(text.replace(row, "本年增/减\n\n上一年项\n目数量\n\n0\n\n14\n\n行政事业性收费")) == [None, None]
    assert _fees(text.replace(row, "本年增/减\n\n0\n\n14\n\n上一年项\n目数量\n\n行政事业性收费")) == [None, None]


def _t4(text: str) -> list[str | None]:
    _res, vals = _read(text)
    return [v for k, v in vals.items() if k.startswith("t4.")]


def test_t4_blocks_under_their_titles_are_read_where_the_table_is_not_whole():
    # 复议后起诉 prints only 结果维持, 结果纠正 and 总计 (13 numbers in all): the first two blocks are
    # read under their titles, 复议后起诉 left blank
    # (行政复议's headers stacked, each number right under its own one: "结果 / 维持 / 0 / 结果 / 纠正 / 8 …")
    text = _fixture("plain_pdftotext_t4_block_titles.txt")
    stacked = "结果\n维持\n\n结果\n纠正\n\n其他\n结果\n\n尚未\n审结\n\n总计\n\n0\n\n8\n\n0\n\n0\n\n8\n\n行政诉讼"
    under = "结果\n维持\n\n0\n\n结果\n纠正\n\n8\n\n其他\n结果\n\n0\n\n尚未\n审结\n\n0\n\n总计\n\n8\n\n行政诉讼"
    assert text.count(stacked) == 1
    # the sum holds whichever order 行政复议's parts stand in; stacked above them all, the headers pin
    # no number (poppler prints a block's cells out of their columns' order: held-out gen 80018
    # printed "0 / 0 / 0 / 7 / 7" under 结果维持 … 总计 with the 7 of 结果纠正 fourth): nothing is read
    assert _t4(text) == [None] * 15
    # each under its own header: read; 未经复议直接起诉's headers stand side by side one character
    # pair a line, above its numbers — they pin none, so it and the block after stay blank
    text = text.replace(stacked, under, 1)
    assert _t4(text) == ["0", "8", "0", "0", "8"] + [None] * 10
    # 行政复议's 总计 not its parts' sum, or one of its numbers missing: nothing is read, as the later
    # blocks' stretches may then hold numbers of the earlier ones
    review = "0\n\n尚未\n审结\n\n0\n\n总计\n\n8\n\n行政诉讼"
    assert text.count(review) == 1
    assert _t4(text.replace(review, review.replace("8\n\n行政诉讼", "9\n\n行政诉讼"))) == [None] * 15
    assert _t4(text.replace(review, review.replace("\n\n0\n\n总计\n\n8", "\n\n总计\n\n8"))) == [None] * 15
    # the titles out of their order: nothing
    assert _t4(text.replace("未经复议直接起诉\n", "").replace("复议后起诉\n", "复议后起诉\n未经复议直接起诉\n")) == [None] * 15


def test_t4_block_digit_lines_that_may_be_one_wrapped_number_are_not_read():
    # "0 / 4 / 0" right under each other in cells one character wide: "40" may be one number
    text = _fixture("plain_pdftotext_t4_block_titles.txt")
    narrow = text.replace("结果\n结果\n其他\n维持\n纠正\n结果\n0\n4\n0", "结\n果\n维\n持\n0\n4\n0")
    assert narrow != text
    assert _t4(narrow)[5:] == [None] * 10


def test_t2_one_row_block_whose_label_stands_elsewhere_is_not_read_under_its_header_row():
    # every label printed first, then the columns: "采购项目数量 / 采购总金额 / 0 / 0" holds
    # 行政事业性收费's 本年增/减 and 采购总金额 (采购项目数量 printed empty; read 0 / 0 it was invented)
    text = _fixture("plain_pdftotext_t2_labels_first.txt")
    tail = "万元）\n0\n\n0\n"
    assert text.count(tail) == 1
    for variant in (text, text.replace(tail, "万元）\n0\n0\n")):  # (the two 0s in one block: no column run)
        res, vals = _read(variant)
        assert _t2_rows(vals, res)[7] == [None, None]
    res, vals = _read(text)
    rows = _t2_rows(vals, res)
    assert rows[:6] == [["0", "14", "5"], ["0", "0", "0"], ["0", "14", "1"], ["0", "0", "0"], ["34", "0", "0"],
                        ["0", "0", "0"]]


def test_t2_number_wrapped_and_printed_twice_is_not_cut():
    """12.3456 wrapped in its narrow column prints "１２．３４５" and "６", and the table is printed
    twice: "１２．３４５ / １２．３４５ / ６ / ６" after the label. Reading the first number as the
    row's (12.345) cut the value; more numbers than cells that are not copies of one reading leave
    the row blank with a note. Copies of one value ("８７ / ８７") are still read."""
    res, vals = _read(_fixture("plain_pdftotext_t2_wrapped_decimal.txt"))
    assert vals["t2.fees.amount"] is None
    assert any("行政事业性收费" in n.message and "多于本行的栏数" in n.message for n in res.notes)
    assert vals["t2.penalty.decisions"] is None or vals["t2.penalty.decisions"] == "87"
    assert vals["t2.coercion.decisions"] == "5"


# ------------------------------------------------------------------ 表二: columns printed after the table

# plain_pdftotext_t2_split_columns.txt: each block's header row shows its first column only (the
# header cells printed line by line across the cells: "信息 / 本年新 / 内容 / 制作数量"), each row's
# number right after its label; the other columns printed after 表三's heading as "header, then the
# column's numbers top to bottom", the blocks in table order
_SPLIT = [["2", "1", "15"], ["12", "12", "140"], ["35", "-2", "289"], ["8", "0", "56"],
          ["21", "3", "407"], ["4", "0", "19"], ["6", "1"], ["14", "356.82"]]


def test_t2_columns_printed_after_the_table_are_matched_to_their_blocks():
    res, vals = _read(_fixture("plain_pdftotext_t2_split_columns.txt"))
    assert _t2_rows(vals, res) == _SPLIT
    assert any("表头行只印出部分列" in n.message for n in res.notes)


def test_t2_last_column_printed_after_the_table_2021():
    # 2021 表二: 现行有效件数 of 第二十条第（一）项 after the table's note, its header printed apart
    res, vals = _read(_fixture("plain_pdftotext_t2_split_last_column.txt"))
    assert _t2_rows(vals, res) == [["0", "0", "0"], ["5", "1", "25"], ["36"], ["112"], ["3"], ["0"]]


def test_t2_column_run_short_of_a_number_leaves_its_block_blank():
    # 对外公开总数量 with one number for the block's two rows: a cell printed empty or a number
    # elsewhere — the block is not read, the other blocks are
    text = _fixture("plain_pdftotext_t2_split_columns.txt").replace("开总数量\n１５\n１４０\n", "开总数量\n１５\n", 1)
    res, vals = _read(text)
    rows = _t2_rows(vals, res)
    assert rows[0] == rows[1] == [None] * 3
    assert rows[2:] == _SPLIT[2:]


def test_t2_column_runs_not_one_per_block_are_not_matched():
    # 处理决定数量 printed three times after the table for the two blocks lacking it: which run is
    # whose is not known, so neither block is read
    text = _fixture("plain_pdftotext_t2_split_columns.txt").replace("\n一、本年新收", "\n处理决\n定数量\n７\n９\n\n一、本年新收", 1)
    rows = _t2_rows(*reversed(_read(text)))
    assert rows[2:6] == [[None] * 3] * 4
    assert rows[:2] == _SPLIT[:2] and rows[6:] == _SPLIT[6:]


def test_t2_column_run_under_another_blocks_title_is_not_taken():
    # the first 处理决定数量 run stands under 第二十条第(六)项's title: it is not (五)'s
    text = _fixture("plain_pdftotext_t2_split_columns.txt").replace(
        "\n处理决\n定数量\n２８９", "\n第二十条第(六)项\n处理决\n定数量\n２８９", 1)
    rows = _t2_rows(*reversed(_read(text)))
    assert rows[2:6] == [[None] * 3] * 4


def test_t2_wide_number_over_another_in_a_column_run_is_not_taken():
    # "1289" over "56" under a header three characters wide could be one number wrapped in its cell:
    # 处理决定数量's runs are not taken (nor the other block's, matched by the same order)
    text = _fixture("plain_pdftotext_t2_split_columns.txt").replace("定数量\n２８９\n", "定数量\n１２８９\n", 1)
    rows = _t2_rows(*reversed(_read(text)))
    assert rows[2:6] == [[None] * 3] * 4
    assert rows[:2] == _SPLIT[:2] and rows[6:] == _SPLIT[6:]


def test_t2_column_printed_nowhere_stays_blank():
    # no 对外公开总数量 anywhere, not even a piece of it: the column was cut at the page edge
    text = _fixture("plain_pdftotext_t2_split_columns.txt").replace("对外公\n开总数量\n１５\n１４０\n", "", 1)
    res, vals = _read(text)
    rows = _t2_rows(vals, res)
    assert rows[0] == ["2", "1", None] and rows[1] == ["12", "12", None]
    assert any(n.level == "missing" and "对外公开总数量" in n.message for n in res.notes)


# ------------------------------------------------------------------ 表二: a row's headers stacked, then the column runs

def test_t2_stacked_headers_then_one_run_per_column_read_only_when_every_order_agrees():
    # plain_pdftotext_t2_stacked_headers.txt: (一)'s three headers one under another, then three runs
    # of two numbers ("0 / 4", "0 / 0", "70 / 2"): each column's cells top to bottom. poppler printed
    # the columns in their headers' order here, but the same text from pdfminer's boxes need not
    # keep it (held-out gen 70209: "本年增/减 / 处理决定数量 / 9 / 9 / 0 / 0" was 0 / 9 per row), and
    # 表二 has no sum to tell: runs that differ stay blank (tests/importers/test_pdfminer_boxes.py)
    text = _fixture("plain_pdftotext_t2_stacked_headers.txt")
    res, vals = _read(text)
    assert _t2_rows(vals, res)[:2] == [[None] * 3] * 2
    # the same runs under every header: any order reads the same
    same = text.replace("\n0\n4\n\n0\n0\n\n70\n2\n", "\n0\n4\n\n0\n4\n\n0\n4\n", 1)
    assert same != text
    res, vals = _read(same)
    assert _t2_rows(vals, res)[:2] == [["0", "0", "0"], ["4", "4", "4"]]


def test_t2_stacked_headers_not_read_when_a_run_is_off():
    text = _fixture("plain_pdftotext_t2_stacked_headers.txt")
    assert text.count("\n70\n2\n") == 1
    for variant in (text.replace("\n70\n2\n", "\n70\n2\n5\n", 1),  # a run of three under a block of two
                    text.replace("\n70\n2\n", "\n70\n\n2\n", 1),  # four runs for three headers
                    text.replace("\n0\n4\n", "\n0\n4\n\n本年度\n", 1)):  # text after a run
        res, vals = _read(variant)
        assert _t2_rows(vals, res)[:2] == [[None] * 3] * 2


def test_t2_stacked_headers_of_a_one_row_block_not_read_without_its_label_after():
    # one number a run says nothing of columns: 行政事业性收费's label printed with the other labels
    # after the table, "上一年项目数量 / 本年增/减 / 5 / / 37" is left to the one-row rule, which wants
    # the label right after the numbers
    text = _fixture("plain_pdftotext_t2_stacked_headers.txt")
    moved = text.replace("本年增/减\n\n行政事业性收费\n\n5\n\n37\n", "本年增/减\n\n5\n\n37\n", 1).replace(
        "第二十条第（九）项\n信息内容\n政府集中采购", "行政事业性收费\n第二十条第（九）项\n信息内容\n政府集中采购", 1)
    assert moved != text and moved.count("行政事业性收费") == 1
    res, vals = _read(moved)
    assert _t2_rows(vals, res)[6] == [None, None]


# ------------------------------------------------------------------ 表四: only its first block in its region

def _t4(text: str) -> list[str | None]:
    res, vals = _read(text)
    return [vals[c.id] for c in res.doc.spec.table("t4").cells]


def test_t4_first_block_read_when_the_others_stand_after_the_next_heading():
    # plain_pdftotext_t4_first_block.txt: 行政复议's headers one character a line, its five numbers,
    # then 五's heading and only after it the other two blocks, their cells out of order
    assert _t4(_fixture("plain_pdftotext_t4_first_block.txt")) == ["0"] * 5 + [None] * 10


def test_t4_first_block_with_its_title_over_each_column():
    # 2021 layout: "行政复议" printed over each of its five column headers
    text = _fixture("plain_pdftotext_t4_first_block.txt")
    head = text[text.index("情况\n行\n") + 3:text.index("\n\n0\n0\n0\n0\n0\n")]
    per_col = "\n\n".join("行\n政\n复\n议\n" + "\n".join(h) for h in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"))
    assert _t4(text.replace(head, per_col, 1)) == ["0"] * 5 + [None] * 10


def test_t4_first_block_parts_out_of_their_columns_order_are_not_read():
    # held-out gen 80018 (plain pdftotext of a clerk's PDF): 结果维持 and 结果纠正 side by side one
    # character a line, then 其他结果, 尚未审结, 总计, then "0 / 0 / 0 / 7 / 7" — the 7 is 结果纠正's
    # (poppler printed that cell after 总计's); 0 + 0 + 0 + 7 = 7 in every order, so nothing pins it
    text = _fixture("plain_pdftotext_t4_first_block.txt")
    head = text[text.index("情况\n行\n") + 3:text.index("\n\n0\n0\n0\n0\n0\n")]
    pair = "行政复议\n结\n结\n果\n果\n维\n纠\n持\n正\n\n其\n他\n结\n果\n\n尚\n未\n审\n结\n\n总\n计"
    text = text.replace(head, pair, 1)
    assert _t4(text) == ["0"] * 5 + [None] * 10  # all equal parts: any order, the same values
    assert _t4(text.replace("\n0\n0\n0\n0\n0\n五、", "\n0\n0\n0\n7\n7\n五、", 1)) == [None] * 15


def test_t4_first_block_not_read_with_a_number_among_its_titles():
    text = _fixture("plain_pdftotext_t4_first_block.txt")
    head = text[text.index("情况\n行\n") + 3:text.index("\n\n0\n0\n0\n0\n0\n")]
    per_col = "\n\n".join("行\n政\n复\n议\n" + "\n".join(h) + ("\n0" if h == "结果维持" else "")
                          for h in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"))
    assert _t4(text.replace(head, per_col, 1)) == [None] * 15


def test_t4_first_block_not_read_when_a_later_title_stands_in_the_region():
    # 复议后起诉 in the region (once): the titles shown are not the first ones only
    text = _fixture("plain_pdftotext_t4_first_block.txt").replace("\n0\n0\n0\n0\n0\n五、", "\n0\n0\n0\n0\n0\n复议后起诉\n五、", 1)
    assert _t4(text) == [None] * 15


def test_t4_first_block_short_of_its_sum_is_not_read():
    text = _fixture("plain_pdftotext_t4_first_block.txt").replace("\n0\n0\n0\n0\n0\n五、", "\n0\n0\n0\n0\n3\n五、", 1)
    assert _t4(text) == [None] * 15


def test_t4_first_block_numbers_under_two_character_header_lines():
    text = _fixture("plain_pdftotext_t4_first_block.txt")
    head = text[text.index("情况\n行\n") + 3:text.index("\n\n0\n0\n0\n0\n0\n")]
    two = "行政\n复议\n结果\n维持\n\n结果\n纠正\n\n其他\n结果\n\n尚未\n审结\n\n总计"
    text = text.replace(head, two, 1).replace("\n0\n0\n0\n0\n0\n五、", "\n3\n1\n0\n2\n6\n五、", 1)
    # stacked above all the numbers, the headers pin none of the parts 3, 1, 0, 2 (any order adds up)
    assert _t4(text) == [None] * 15
    under = "行政\n复议\n结果\n维持\n\n3\n\n结果\n纠正\n\n1\n\n其他\n结果\n\n0\n\n尚未\n审结\n\n2\n\n总计"
    text = text.replace(two, under, 1).replace("\n3\n1\n0\n2\n6\n五、", "\n6\n五、", 1)
    assert _t4(text) == ["3", "1", "0", "2", "6"] + [None] * 10
    # parts all equal (1, 1, 1, 1, 4) stacked under two-character header lines: any order gives the
    # same values, read; under one character a line: "1" over "1" could be 11 wrapped in a column
    # that narrow, not read
    text = text.replace(under, "行政\n复议\n结果\n维持\n\n结果\n纠正\n\n其他\n结果\n\n尚未\n审结\n\n总计", 1)
    text = text.replace("\n6\n五、", "\n1\n1\n1\n1\n4\n五、", 1)
    assert _t4(text) == ["1", "1", "1", "1", "4"] + [None] * 10
    assert _t4(text.replace("行政\n复议\n结果\n维持\n\n结果\n纠正\n\n其他\n结果\n\n尚未\n审结\n\n总计",
                            "\n".join("行政复议结果维持") + "\n\n" + "\n".join("结果纠正") + "\n\n"
                            + "\n".join("其他结果") + "\n\n" + "\n".join("尚未审结") + "\n\n总\n计", 1)) == [None] * 15


# ------------------------------------------------------------------ 表四: its last columns after the next heading

def test_t4_last_columns_after_the_next_heading_not_placed_by_their_sums():
    # plain_pdftotext_t4_after_next_heading.txt: ten numbers in the region, five after 五's heading
    # ("0 0 0 0 0 2 1 2 0 5" / "0 0 0 0 0"): every block adds up in the order they stand, but 2 1 2 0 5
    # adds up in either 0-block's place too, and the text pins no block
    assert _t4(_fixture("plain_pdftotext_t4_after_next_heading.txt")) == [None] * 15
    # all 0 there, the fifteen are taken whatever their order
    text = _fixture("plain_pdftotext_t4_after_next_heading.txt").replace("2\n1\n2\n0\n5\n", "0\n0\n0\n0\n0\n", 1)
    assert _t4(text) == ["0"] * 15


def test_t4_last_columns_after_the_next_heading_not_read_past_prose():
    # a prose line between the heading and the numbers: not the table's
    text = _fixture("plain_pdftotext_t4_after_next_heading.txt").replace("2\n1\n2\n0\n5\n", "0\n0\n0\n0\n0\n", 1).replace(
        "五、存在的主要问题及改进情况\n", "五、存在的主要问题及改进情况\n本局认真查找了工作中的不足。\n", 1)
    assert _t4(text) == [None] * 15


def test_t4_all_zero_after_the_next_heading_read_whatever_their_order():
    # plain_pdftotext_t4_zeros_after_next_heading.txt: six 0s in the region, nine after 五's heading
    # among header pieces out of order ("正 / 0 / 果 / 0 …"): fifteen 0s, any order gives the table
    text = _fixture("plain_pdftotext_t4_zeros_after_next_heading.txt")
    assert _t4(text) == ["0"] * 15
    assert _t4(text.replace("正\n0\n\n果\n0\n", "正\n0\n\n果\n/\n", 1)) == [None] * 15
    head = text.index("五、")
    assert _t4(text[:head] + text[head:].replace("\n0\n", "\n", 1)) == [None] * 15  # fourteen
    assert _t4(re.sub(r"(?m)^0$", "/", text)) == ["/"] * 15  # every cell the same mark


# ------------------------------------------------------------------ a table's pieces after the next heading

def test_table_pieces_after_the_next_heading_are_kept_out_of_its_prose():
    res, _vals = _read(_fixture("plain_pdftotext_t4_first_block.txt"))
    assert res.doc.sections["s5"] == "本局将进一步加强政务公开工作。"
    assert any("表格的残片" in n.message and "五、" in n.message for n in res.notes)


def test_short_prose_lines_after_a_heading_are_prose():
    # a section opening with short lines of its own ("（一）问题" …) and a number or two among
    # them is not a table's pieces: fewer than two lone numbers, or fewer than six pieces
    from gkdesk.importers.prose import split_sections

    text = ("五、存在的主要问题及改进情况\n（一）问题\n宣传不够\n队伍不强\n经费不足\n制度不全\n2\n（二）改进\n"
            "加强宣传，提高群众知晓率。\n"
            "六、其他需要报告的事项\n无。\n")
    assert split_sections(text)["s5"].startswith("（一）问题")
    text6 = "五、存在的主要问题及改进情况\n结果\n维持\n2\n其他\n3\n今年我们加强了学习。\n六、其他需要报告的事项\n无。\n"
    assert split_sections(text6)["s5"].startswith("结果")


# ------------------------------------------------------------------ numbers that belong to another row

def test_t2_row_stops_at_a_piece_of_a_label_broken_by_a_number():
    # plain_pdftotext_t2_label_broken.txt: "规章 / 7 / 1 / 行政规范性 / 0 / 文件" — 规章's first cell is
    # printed empty (7 and 1 are its other two), the 0 is 行政规范性文件's, its label broken around it
    res, vals = _read(_fixture("plain_pdftotext_t2_label_broken.txt"))
    rows = _t2_rows(vals, res)
    assert rows[0] == [None] * 3
    assert rows[2:5] == [["1"], ["0"], ["4"]]


def test_t2_row_after_a_row_short_of_numbers_is_not_pinned():
    # plain_pdftotext_t2_row_rest_after_next.txt: "行政处罚 / 0 / -2 / 行政强制 / 5 / 0 / 56" for 行政处罚
    # 0 -2 56 and 行政强制 5 0 (its last cell printed empty): the 56 after 行政强制 is 行政处罚's
    res, vals = _read(_fixture("plain_pdftotext_t2_row_rest_after_next.txt"))
    rows = _t2_rows(vals, res)
    assert rows[4] == rows[5] == [None] * 3
    assert rows[2] == ["0", "39", "0"] and rows[3] == ["0", "0", "0"]


def test_t4_blocks_holding_marks_out_of_order_are_not_placed():
    # plain_pdftotext_t4_marks_out_of_order.txt: 15 tokens "— 0 — 0 0 0 19 0 19 … — — — — 0 —", the
    # columns run out of table order: only the block of numbers adds up, the blocks with a "—"
    # have no sum to check, so the order pins nothing
    assert _t4(_fixture("plain_pdftotext_t4_marks_out_of_order.txt")) == [None] * 15


def test_t4_blocks_holding_marks_read_in_order_under_headers_in_table_order():
    # the same tokens under column headers standing in table order, block after block: the columns
    # ran left to right, the tokens are read as they stand
    text = _fixture("plain_pdftotext_t4_marks_out_of_order.txt")
    region = text[text.index("四、政府信息公开"):text.index("五、存在")]
    tokens = ["—", "—", "—", "—", "0", "—", "—", "0", "—", "0", "0", "0", "19", "0", "19"]
    heads = "\n\n".join("\n".join(h) for h in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3)
    ordered = ("四、政府信息公开行政复议、行政诉讼情况\n行政复议\n\n行政诉讼\n未经复议直接起诉\n\n复议后起诉\n\n" + heads
               + "\n\n" + "\n\n".join(tokens) + "\n\n")
    assert _t4(text.replace(region, ordered, 1)) == tokens
