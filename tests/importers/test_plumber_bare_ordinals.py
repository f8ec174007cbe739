"""pdfplumber's text of a 表三 whose label column is so narrow that its long labels stand one
character a line, the ordinal's "、" wrapped below its numeral: each row's cells are printed on
the line of the numeral ("一 448 / 9 / 14 / 471" over "、" / "本" / "年" / … / "量"), the label after
them. The row label is found from its first character after the "、", so the numbers after it are
the NEXT row's ("二 1 / 0 / / / 1"): the old reader knew an ordinal only with its "、" and took
them for this row's — 本年新收 read as 1 / 0 / / / 1 and 上年结转 as the granted row's numbers
(held-out seed 381 gen73543 plumber_text: 11 wrong). A bare numeral opening the number line is the
next row's ordinal; the numbers on a row's own numeral line are its own (its label's other lines
hold no digit, its 总计 adds up, marks counting nothing)."""

from __future__ import annotations

from test_pdf_text_pieces import expected, imported, report, row


def _vertical(ordinal: str, rest: str, cells: list) -> str:
    return "\n".join([f"{ordinal} " + " ".join(str(c) for c in cells), "、", *rest])


def _lines(marks: bool = False) -> dict[str, str]:
    new, carried = expected("new"), expected("carried")
    if marks:  # the columns without applications printed "/"
        new = [c if c else "/" for c in new]
        carried = [c if c else "/" for c in carried]
    return {"new": _vertical("一", "本年新收政府信息公开申请数量", new),
            "carried": _vertical("二", "上年结转政府信息公开申请数量", carried),
            "carry_next": _vertical("四", "结转下年度继续办理", expected("carry_next"))}


def test_numbers_on_the_numeral_line_are_the_rows_own():
    res = imported(report(_lines()))
    for code in ("new", "carried", "carry_next", "granted", "results_total"):
        assert row(res, code) == expected(code), code


def test_numbers_with_marks_on_the_numeral_line_are_read_with_their_marks():
    res = imported(report(_lines(marks=True)))
    assert row(res, "new") == [c if c else "/" for c in expected("new")]
    assert row(res, "carried") == [c if c else "/" for c in expected("carried")]


def test_numbers_after_a_label_that_open_with_the_next_rows_bare_numeral_are_not_its_own():
    lines = _lines()
    # the first row's own numeral line unreadable (a digit lost): its row stays blank, never the next row's
    lines["new"] = lines["new"].replace("一 ", "一 x", 1)
    res = imported(report(lines))
    assert row(res, "new") in ([None] * 7, expected("new"))
    assert row(res, "carried") == expected("carried")
