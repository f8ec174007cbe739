"""PDFium's text of a clerk's 表三 drawn one row a page (a tall table, its merged cells printed
again on every page): a row's cells one a line after the HEAD of its label, the rest of the label
after the header printed again on the next page ("2.没有现成信息需" / "0" / … / "— 12 —" / header /
"法提供 要另行制作"), the group label beside it one character a line ("(" / "四" / ")" / "无 2.没有…").

The head is the row's label when it stands so exactly once between the rows found around it, no
other label begins so, its line ends with it, the next line is a cell and the rest follows before
the next row's label. The "无" before it is 无法提供's first character, not a "无" cell of the row
above (which then had eight cells for seven). Before, both rows stayed blank (held-out seed 380
gen73512 pdfium_text: 28 missed)."""

from __future__ import annotations

from test_pdf_text_pieces import HEADER, expected, fw, imported, report, row


def _cells(code: str) -> str:
    return "\n".join(fw(v) for v in expected(code))


def _lines() -> dict[str, str]:
    return {"unable_none": "1.本机关不掌握相关政府信息\n" + _cells("unable_none"),
            "unable_make": "(\n四\n)\n无 2.没有现成信息需\n" + _cells("unable_make") + "\n— 12 —\n" + HEADER
                           + "法提供 要另行制作"}


def test_a_label_head_before_cells_one_a_line_with_its_rest_after_the_page_break_is_the_label():
    res = imported(report(_lines()))
    assert row(res, "unable_none") == expected("unable_none")
    assert row(res, "unable_make") == expected("unable_make")
    assert row(res, "unable_unclear") == expected("unable_unclear")


def test_a_head_whose_rest_is_not_printed_is_no_label():
    lines = _lines()
    lines["unable_make"] = lines["unable_make"].replace("法提供 要另行制作", "法提供")
    res = imported(report(lines))
    assert row(res, "unable_make") in ([None] * 7, expected("unable_make"))
    assert all(v is None for v in row(res, "unable_make")) or row(res, "unable_make") == expected("unable_make")
    # never another row's numbers
    assert row(res, "unable_none") in ([None] * 7, expected("unable_none"))


def test_the_wu_of_the_group_label_before_the_next_label_is_no_cell():
    from gkdesk.importers.tables import _without_group_head

    assert _without_group_head("\n0\n0\n(\n四\n)\n无 ", True) == "\n0\n0\n(\n四\n)\n"
    assert _without_group_head("\n0\n0\n无 ", False) == "\n0\n0\n无 "
    assert _without_group_head("\n0\n无\n", True) == "\n0\n无\n"  # a cell line of its own


def test_the_group_label_wrapped_between_two_rows_gives_no_mark_to_the_row_above():
    # held-out seed 401 gen74112 (a print driver's PDF, its text rebuilt by the PDF reader): the
    # merged cell （四）无法提供 wrapped in its narrow column stands between 1.本机关不掌握… and the next
    # label ("（四" / "）无" / "法提 2.没有…"): its "无" was taken as an eighth, unplaced cell of the
    # row above, which was left blank
    from gkdesk.importers.tables import _without_group_head

    assert _without_group_head("\t/\t0\t/\t0\t/\t/\t0\n（四\n）无\n法提 ", True) == "\t/\t0\t/\t0\t/\t/\t0\n"
    assert _without_group_head("\t/\t0\t/\t0\t/\t/\t0\n（四\n）无\n法提 ", False).endswith("法提 ")
    # a row's own mark on its own line stays
    assert _without_group_head("\n0\n无\n", True) == "\n0\n无\n"
    lines = {"unable_none": "1.本机关不掌握相关政府信息 " + " ".join(fw(v) for v in expected("unable_none"))
                            + "\n（四\n）无\n法提 2.没有现成信息需要另行制作 " + " ".join(fw(v) for v in expected("unable_make"))}
    res = imported(report(lines))
    assert row(res, "unable_none") == expected("unable_none")
