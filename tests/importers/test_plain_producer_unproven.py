"""Plain `pdftotext` (no -layout) of PDFs drawn by Word, WPS, a printer driver or a plain
canvas: readings the text does not prove are left blank.

The fixtures in tests/data/producer_raw/ are written by hand in the shapes poppler gives such PDFs
(held-out producer_raw, seeds 352 and 375-379: sideways pages, tables without rules, cells centred in
taller rows), with numbers of their own:

- 表四 whose numbers stand among block titles and header pieces ("0 / 行政复议 / 0 / 0 / 结果维 结果纠 …
  / 9 / 总计 / 9"): the sums say which numbers form a block, never which part is which;
- 表四 whose every part stands right after its own column's header: read;
- 表二 (2019) whose rows hold their numbers one empty line apart, with empty blocks among its
  headers or page numbers between empty lines: no empty line is an empty cell ("规章 / (empty) / 0 /
  (empty)" is not _ 0 _), and a page number with its empty lines leaves one empty line;
- 表二 whose header has a cell nobody's run takes right before it ("０ / 本年收费金额 / ２６"): no run;
- 表二 of a sideways page ("本年收费金额 / — / 17"): a header's run of cells followed by more numbers
  does not show where the run ends;
- 表二 whose row's last number stands in one block with the next block's title ("０ / ６４３ /
  第二十条第（九）项"): the row's order is pdftotext's, not the columns';
- 表二 whose row stands right before a label with no number ("行政处罚 / 4 / 行政强制"): 4 is either's;
- 表二 of a page run backwards whose header copies' runs are not all closed: no copy heads a block;
- 表二 whose row follows a row with two numbers in one block ("-6 / 6"): not read; 表三 whose row's 总计
  is a mark while a part counts ("０ / / / ０ / ０ / １９ / ０ / /"): not read;
- 表二 whose first row of a block has cells before its label ("— / ５ / — / 规章 / ０ １７ ２"): the block
  is not read; headers printed side by side in column order ("上一年项 本年增/ 处理决定 / 目数量 / …") are
  headers in order.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gkdesk.importers import import_bytes
from gkdesk.importers.locate import clean_text
from gkdesk.importers.text import page_breaks

DATA = Path(__file__).resolve().parents[1] / "data" / "producer_raw"


def _cells(name: str, table: str) -> dict[str, str | None]:
    res = import_bytes((DATA / name).read_bytes(), "report.txt")
    return {c.id: None if res.doc.value(c.id).is_blank else res.doc.value(c.id).text
            for c in res.doc.spec.table(table).cells}


def test_t4_parts_standing_among_block_titles_are_not_placed_by_their_sums():
    got = _cells("t4_parts_among_titles.txt", "t4")
    assert set(got.values()) == {None}


def test_t4_parts_each_right_after_its_own_header_are_read():
    got = _cells("t4_parts_under_own_headers.txt", "t4")
    assert list(got.values()) == ["0", "7", "0", "3", "10", "0", "5", "1", "2", "8", "0", "0", "0", "4", "4"]


@pytest.mark.parametrize("name", ["t2_2019_blank_lines_separate.txt", "t2_2019_page_numbers_between_blocks.txt"])
def test_t2_empty_lines_that_only_separate_are_no_empty_cells(name):
    # (one text with empty blocks among the headers, the other with page numbers between empty
    # lines: both once taken for a table printed one cell per line, an empty line an empty cell)
    got = _cells(name, "t2")
    # 规章's 5 stands before its label and its — after the next: its one 0 is no middle cell
    assert [got[f"t2.rules.{c}"] for c in ("made", "published", "total_public")] == [None, None, None]
    # 行政处罚 holds two numbers of three (its third after 行政强制's label): not 12 _ 7
    assert [got[f"t2.penalty.{c}"] for c in ("prev_items", "change", "decisions")] == [None, None, None]


def test_page_numbers_and_form_feeds_of_a_block_stream_leave_one_empty_line():
    text = "规章\n\n0\n\n-2-\n\n\f3\n\n5\n\n\f7"
    cleaned = clean_text(text)
    assert cleaned == "规章\n\n0\n\n3\n\n5\n\n7"
    assert page_breaks(text, cleaned) == {3, 7}  # the empty lines that stand for the breaks
    # text laid out in columns keeps its empty lines (its pages are found by them)
    laid = "".join(f"规章        {n}         0\n" for n in range(4)) + "\n-2-\n\n\f规范性文件    1    2\n"
    assert clean_text(laid).count("\n\n\n") == 1


def test_t2_a_header_with_an_unread_cell_right_before_it_heads_no_run():
    # a sideways page: "０ / 本年收费金额（单位：万元） / ２６ / 信息内容": 行政事业性收费's 0 before its
    # header, 行政强制's 26 after it — which is the header's is not shown
    got = _cells("t2_cell_before_header.txt", "t2")
    assert got["t2.fees.amount"] is None


def test_t2_a_header_run_followed_by_more_numbers_is_not_read():
    got = _cells("t2_sideways_runs.txt", "t2")
    # 1260 stands before its header, "—" (another row's) and 17 after it
    assert got["t2.fees.amount"] is None


def test_t2_row_whose_number_shares_a_block_with_the_next_title_is_not_read():
    got = _cells("t2_number_joins_title.txt", "t2")
    assert got["t2.fees.prev_items"] is None and got["t2.fees.change"] is None
    # the rows whose numbers stand apart are still read
    assert [got[f"t2.normative.{c}"] for c in ("made", "published", "total_public")] == ["8", "5", "13"]


def test_t2_row_right_before_a_bare_row_of_its_block_is_not_read():
    got = _cells("t2_row_before_bare_row.txt", "t2")
    assert got["t2.penalty.decisions"] is None and got["t2.coercion.decisions"] is None
    assert [got[f"t2.normative.{c}"] for c in ("issued", "repealed", "in_force")] == ["2", "76", "9"]


def test_t2_header_copies_one_of_whose_runs_is_open_head_no_block():
    # a page run backwards: "本年处理决定数量" twice, the first over one number, the second over "/"
    # and another number (its run's end not shown): which copy heads which block is not checked by
    # the runs, so 行政许可 is not given the first copy's 0
    got = _cells("t2_reversed_header_copies.txt", "t2")
    assert got["t2.license.decisions"] is None


def test_t2_block_whose_first_label_has_cells_before_it_is_not_read():
    # a sideways page run row by row, each row's cells before its label: "— / ５ / — / 规章 /
    # ０ １７ ２" — the line after 规章 is the next row's
    got = _cells("t2_cells_before_labels.txt", "t2")
    assert [got[f"t2.rules.{c}"] for c in ("made", "published", "total_public")] == [None, None, None]


def test_t2_headers_side_by_side_in_column_order_keep_the_rows_read():
    # Word's header row: "上一年项 本年增/ 处理决定 / 目数量 / 减 / 数量", the first pieces of the three
    # headers on one line in column order, then their rests: the rows after it read in order
    got = _cells("t2_side_by_side_headers.txt", "t2")
    assert [got[f"t2.rules.{c}"] for c in ("made", "published", "total_public")] == ["3", "8", "0"]
    assert [got[f"t2.license.{c}"] for c in ("prev_items", "change", "decisions")] == ["1", "0", "8"]
    assert [got[f"t2.penalty.{c}"] for c in ("prev_items", "change", "decisions")] == ["3", "0", "0"]


def test_t2_row_after_a_row_with_two_numbers_in_one_block_is_not_read():
    # "行政处罚 / 2 / -6 / 6 / 行政强制 / / / 6 / 0": the 6 under -6 (one block) is 行政强制's first cell,
    # the "/" after 行政强制 行政处罚's last — not "/ 6 0"
    got = _cells("t2_numbers_stacked_in_a_block.txt", "t2")
    assert [got[f"t2.coercion.{c}"] for c in ("prev_items", "change", "decisions")] == [None, None, None]
    assert [got[f"t2.normative.{c}"] for c in ("made", "published", "total_public")] == ["8", "5", "13"]


def test_t3_row_whose_total_is_a_mark_while_a_part_counts_is_not_read():
    # "０ / / / ０ / ０ / １９ / ０ / /" after 4.无正当理由大量反复申请: a 总计 marked not applicable counts
    # nothing, so 19 among the parts shows the cells are other rows' (a sideways page's stream)
    got = _cells("t3_total_marked_parts_counted.txt", "t3")
    assert all(got[f"t3.reject_mass.{c}"] is None for c in ("natural", "legal", "total"))


def test_a_full_width_space_line_before_a_page_break_is_a_cell_not_a_gap():
    """Plain pdftotext ends a page's last block with an empty line before the form feed: that gap
    goes with the break. A line holding only full-width spaces is a cell printed blank (pdfminer's
    box of a padded empty cell): it stays, so the cells after the break keep their places."""
    from gkdesk.importers.locate import clean_text

    assert clean_text("表三\n\n0\n\n5\n\n\f（七）总计\n\n0\n\n1\n") == "表三\n\n0\n\n5\n\n（七）总计\n\n0\n\n1\n"
    kept = clean_text("表三\n\n0\n\n5\n\u3000\n\u3000\n\f（七）总计\n\n0\n\n1\n")
    assert kept == "表三\n\n0\n\n5\n\u3000\n\u3000\n\n（七）总计\n\n0\n\n1\n"


def test_t2_one_row_block_after_numbers_no_run_took_is_not_read_by_its_headers():
    """pdfminer's boxes of a 2019 表二: all block titles and labels first, then the headers with the
    numbers of several blocks mixed ("上一年项目数量 / 3 / 本年增/减 / 0 / 12 / 上一年项目数量 / 本年增/减 /
    0 / 采购项目数量 / 5 / 采购总金额 / 0"). The 5 after 采购项目数量 is 行政强制's (held-out seed 429
    gen74781: 19 stored for an empty 采购项目数量). With numbers no run took between the block titles
    and a one-row block's headers, one number a header shows nothing: the block is not read."""
    got = _cells("t2_one_row_run_after_unread_numbers.txt", "t2")
    assert got["t2.procurement.items"] is None
    text = (DATA / "t2_one_row_run_after_unread_numbers.txt").read_text(encoding="utf-8")
    # the same headers without the unread numbers before them: each header's one number is read
    lines = text.split("\n")
    note = next(i for i, ln in enumerate(lines) if ln.startswith("注：1."))
    head = next(i for i, ln in enumerate(lines) if i > note and ln == "采购项")
    clean = "\n".join(lines[:note + 1] + lines[head:])
    res = import_bytes(clean.encode("utf-8"), "report.txt")
    assert res.doc.value("t2.procurement.items").text == "5"
    assert res.doc.value("t2.procurement.amount").text == "0"
