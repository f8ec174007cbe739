"""Numbers wrapped in narrow cells of a PDF's line-order text (pdfplumber's extract_text,
`pdftotext -raw`, PDFium's text), where a row read alone has several readings and only the whole
表三 decides:

- pdfplumber prints a row's line with the first piece of every cell, then lines holding the
  rests of the numbers wrapped in their cells ("５ ４ ０ ０ ７ ４ ６" over "８ ３ ４" over "６ ０" for
  586 43 0 0 7 4 640). Appending the rests to the line's numbers may make the row's 总计 hold in
  more than one way; those readings are listed for the table, and one is taken only when it is
  the single one under which every identity of 表三 holds (held-out seed 383 gen73581
  plumber_text: 本年新收 left blank);
- PDFium and `pdftotext -raw` print the rest of a wrapped number on the line under the row
  ("… ７ ２ ０ ０ １ １ ７" over "８" for 78); a row that took it as the rest of its number has no
  number left over, so the next row, whose label wraps and whose numbers stand under it, is not
  doubted for "numbers before its label" (held-out seed 383 gen73581 pdftotext_raw: 无法提供's
  rows blank and with them the whole table's settling of the wrapped rows);
- pdfplumber prints a cell set lower than its row on a line of its own ("0 0 0 0 0 617" over
  "617" for 0 617 0 0 0 0 617): the row adds up with that number in several columns; the table's
  padding/spacer must not place it, only the whole table's identities may.

Never a wrong number: with 上年结转 unreadable the table cannot decide and 本年新收 stays blank."""

from __future__ import annotations

from test_pdf_text_pieces import UNREAD_CARRIED, UNREAD_REPEAT, expected, fw, imported, report, row


def _plumber_new() -> str:
    # 586 43 0 0 7 4 640, each number's pieces top to bottom in its cell
    return ("一、本年新收政府信息公开申请数量 " + " ".join(fw(v) for v in (5, 4, 0, 0, 7, 4, 6))
            + "\n" + " ".join(fw(v) for v in (8, 3, 4)) + "\n" + " ".join(fw(v) for v in (6, 0)))


def test_the_fixture_row_reads_several_ways_alone():
    from gkdesk.importers.rows import NUM, Field, wrapped_joins

    line = [Field(NUM, str(v), 0) for v in (5, 4, 0, 0, 7, 4, 6)]
    below = [Field(NUM, "8", 1), Field(NUM, "3", 1), Field(NUM, "4", 1), Field(NUM, "6", 2), Field(NUM, "0", 2)]

    def check(vals):
        nums = [int(v.number) for v in vals]
        return sum(nums[:-1]) == nums[-1]

    assert expected("new") == [586, 43, 0, 0, 7, 4, 640]
    assert len(wrapped_joins(line, below, check)) > 1


def test_wrapped_rests_that_add_up_several_ways_are_read_as_the_whole_table_allows():
    res = imported(report({"new": _plumber_new()}))
    assert row(res, "new") == expected("new")
    assert any("只有一种拼接方式使全表的勾稽关系" in n.message for n in res.notes)


def test_wrapped_rests_stay_blank_when_the_table_cannot_decide():
    # 上年结转 unreadable: 新收＋结转＝办理＋结转下年, the only identity 本年新收 stands in, is not checked
    res = imported(report({"new": _plumber_new()} | UNREAD_CARRIED))
    assert row(res, "new") == [None] * 7
    assert any("本年新收" in n.message and "种拼接方式都使本行合计关系成立" in n.message for n in res.notes)


def test_a_row_that_took_the_rest_under_it_leaves_nothing_over_for_the_next_row():
    lines = {"unable_none": "1.本机关不掌握相关政府信息 " + " ".join(fw(v) for v in (74, 2, 0, 0, 1, 1, 7)) + "\n" + fw(8),
             "unable_make": "2.没有现成信息需要另\n行制作\n" + " ".join(fw(v) for v in expected("unable_make")),
             "unable_unclear": "3.补正后申请内容仍不\n明确\n" + " ".join(fw(v) for v in expected("unable_unclear"))}
    res = imported(report(lines))
    for code in ("unable_none", "unable_make", "unable_unclear"):
        assert row(res, code) == expected(code), code


#: pdfplumber prints a cell set lower than its row on a line of its own: 3.危及… 5 0 0 0 0 0 5 with
#: its 自然人 5 under the line (held-out seed 383 gen73574 plumber_text: 4.保护第三方合法权益's 617
#: of 商业企业 read as 其他's, 2 wrong)
LOW_CELL = {"deny_safety": "3.危及“三安全一稳定” " + " ".join(fw(v) for v in (0, 0, 0, 0, 0, 5)) + "\n" + fw(5)}


def test_a_cell_printed_under_its_row_is_placed_as_the_whole_table_allows():
    res = imported(report(LOW_CELL))
    assert row(res, "deny_safety") == expected("deny_safety") == [5, 0, 0, 0, 0, 0, 5]


def test_a_cell_printed_under_its_row_is_never_placed_by_the_row_sum_alone():
    # 2.重复申请 unreadable: the column totals cannot place the 5; read as printed (0 0 0 0 0 5 5)
    # the row adds up, and so it does with the 5 in any of the first six columns
    res = imported(report(LOW_CELL | UNREAD_REPEAT))
    assert row(res, "deny_safety") == [None] * 7
    assert any("3.危及" in n.message and "按不同的列对应都能满足本行合计关系" in n.message for n in res.notes)
