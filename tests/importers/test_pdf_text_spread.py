"""PDFium's text of a sparse 表三 (cells printed empty) whose numbers wrap in their narrow cells:
a row's pieces stand on several lines, and their count may happen to be the row's seven cells
("（七）总计 ５１" / "７" / "４３ ７ ４ ５７" / "１" for 517, 43, —, —, 7, 4, 571 is seven digit strings,
only three of them cells). Read as seven numbers the row breaks its sum, and the old
reader stored it and blamed the report ("原文本身的数字不符合勾稽关系"): wrong numbers in every cell.
Seven numbers over several lines that do not add up prove nothing: the row stays blank."""

from __future__ import annotations

from test_pdf_text_pieces import expected, fw, imported, report, row, table3


def _spread(code: str) -> str:
    """Row ``code`` printed sparse (its zeros empty) with its first and last numbers wrapped after
    two digits, the pieces on lines of their own as PDFium prints them."""
    from gkdesk.core.document import Document

    label = next(c.row_labels[-1] for c in Document("2021").spec.table("t3").cells if c.row == code)
    vals = table3()[code]
    first, last = fw(vals[0]), fw(vals[-1])
    inner = [fw(v) for v in vals[1:-1] if v]
    assert len(first) > 2 and len(last) > 2 and len(inner) + 4 == 7  # seven pieces for seven cells
    return "\n".join([f"{label} {first[:2]}", first[2:], " ".join(inner + [last[:2]]), last[2:]])


def test_seven_pieces_of_a_sparse_row_over_several_lines_that_break_its_sum_are_not_stored():
    res = imported(report({"results_total": _spread("results_total")}))
    assert row(res, "results_total") == [None] * 7
    assert any("分在几行" in n.message for n in res.notes)
    assert not any("原文本身" in n.message for n in res.notes)
    assert row(res, "granted") == expected("granted")  # the rows on their own lines as before


def test_a_row_whose_seven_numbers_over_two_lines_add_up_is_read():
    vals = table3()["granted"]
    text = report({"granted": "（一）予以公开 " + " ".join(fw(v) for v in vals[:3]) + "\n"
                   + " ".join(fw(v) for v in vals[3:])})
    res = imported(text)
    assert row(res, "granted") == list(vals)
    # (its second line's cells could stand among the first line's in other columns, each adding up:
    # the whole table's identities choose the placing)
    assert any("（一）予以公开" in n.message and "只有一种拼接方式使全表的勾稽关系" in n.message for n in res.notes)


def test_a_row_over_two_lines_whose_placings_the_table_cannot_check_stays_blank():
    # 2.重复申请 unreadable: the column totals are not checked, and "128 21 0" over "0 5 3 157" adds up
    # with its lines interleaved in several ways (pdfplumber prints a cell set lower than its row on
    # the next line, out of column order): never read by position
    from test_pdf_text_pieces import UNREAD_REPEAT

    vals = table3()["granted"]
    text = report({"granted": "（一）予以公开 " + " ".join(fw(v) for v in vals[:3]) + "\n"
                   + " ".join(fw(v) for v in vals[3:])} | UNREAD_REPEAT)
    assert row(imported(text), "granted") == [None] * 7
