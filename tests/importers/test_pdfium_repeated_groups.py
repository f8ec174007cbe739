"""PDFium's text of a clerk's 表三 whose merged group cells are printed again with every row (Word's
"repeat" merge style): before each row its group labels in pieces a line each ("三、本" / "年度办" /
"理结果" / "（三）" / "不予公 开"), the row label in pieces, then its seven cells one a line — a small
office's report, most rows never used and printing "/" in every cell. The table is read one cell
per line (its labels wrapped), where a row is taken on its own only when its label is followed by
exactly its cells; the old reader took only numbers for such cells, so every row of "/" marks stayed
blank (s620 P05 pdfium_text: 33 of 198 right). A mark is a whole cell, never the piece of a wrapped
number: a row of exactly its k marks is its own."""

from __future__ import annotations

from test_pdf_text_pieces import expected, fw, imported, report, row, table3

from gkdesk.core.document import Document

#: the rows printed with "/" in every cell: a small office's report, whose only applications were
#: granted (the numbers then stand one a line as well: a row of single digits could also be a number
#: wrapped in its cell and a cell printed empty, so those rows are only read with the whole table)
KEPT = ("new", "carried", "granted", "results_total", "carry_next")


def _pieces(text: str, n: int = 3) -> list[str]:
    return [text[i:i + n] for i in range(0, len(text), n)]


def _t3_lines() -> dict[str, str]:
    t3 = Document("2021").spec.table("t3")
    paths = {c.row: c.row_labels for c in t3.cells}
    vals = table3()
    out = {}
    for n, (code, path) in enumerate(paths.items()):
        cells = [fw(v) for v in vals[code]] if code in KEPT else ["/"] * 7
        groups = [p for g in path[:-1] for p in _pieces(g)]
        # a page ends after every fifth row: "— 2 —", "— 3 —" … on a line of their own
        foot = [f"— {n // 5 + 2} —"] if n % 5 == 4 else []
        out[code] = "\n".join(groups + _pieces(path[-1], 9) + cells + foot)
    return out


def test_rows_between_repeated_group_labels_and_rows_of_marks_are_read_one_cell_a_line():
    res = imported(report(_t3_lines()))
    for code in table3():
        got = row(res, code)
        if code in KEPT:
            assert got in (expected(code), [None] * 7), code  # never another number
        else:
            assert got == ["/"] * 7, code


def test_a_row_followed_by_more_marks_than_its_cells_is_not_taken_on_its_own():
    lines = _t3_lines()
    # eight marks after 1.属于国家秘密: one of them is another row's, which is not known
    lines["deny_secret"] += "\n/"
    res = imported(report(lines))
    assert row(res, "deny_secret") == [None] * 7
    assert row(res, "deny_law") == ["/"] * 7


def test_a_page_number_broken_into_two_lines_is_no_cell():
    """PDFium prints some page numbers as "— 18" / "—" (two lines): one of a row's cells plus a
    number and a mark, read as its own (ten cells for seven). Between the page numbers around it
    ("— 2 —" before, "— 4 —" after) it is a page number and goes; elsewhere it may be cells."""
    from gkdesk.importers.locate import clean_text

    labels = {c.row: c.row_labels[-1] for c in Document("2021").spec.table("t3").cells}
    vals = table3()

    def line(code: str) -> str:  # the label, then its cells one a line
        return "\n".join([labels[code]] + [fw(v) for v in vals[code]])

    text = report({"new": line("new") + "\n— 2 —", "granted": line("granted") + "\n— 3\n—",
                   "deny_law": line("deny_law") + "\n— 4 —"})
    res = imported(text)
    assert row(res, "granted") == expected("granted")
    assert clean_text("1.属于国家秘密\n— 3\n—\n0\n").split("\n")[:3] == ["1.属于国家秘密", "— 3", "—"]


def test_a_rows_last_cells_are_no_page_number_when_the_real_one_follows_them():
    """PDFium, one cell a line: a row ending "１" / "—" / "１" (legal 1, other not applicable, total
    1), then page 2's number as three lines "—" / "2" / "—", and before it, among the cells of an
    earlier row, "—" / "０" / "—". The old search took the lines in order: "—" / "１" / "—" (the
    row's last two cells and the page number's first dash) was a page number 1 counting on from
    "—" / "０" / "—", and went — the row read other = 2 (wrong) and total "—". Every way of
    reading the lines as a page number is tried; the neighbours are page numbers no other reading
    shares a line with, and no page is numbered 0: "— 2 —" goes, the cells stay."""
    from gkdesk.importers.locate import clean_text

    note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"  # a page holds more than a row
    text = "\n".join(["— 1 —", note, "/", "—", "０", "—", "/", "（二）部分公开", "０", "０", "０", "０", "１", "—", "１",
                      "—", "2", "—", note, note, "（本列数据", "—", "3", "—", note, "五、存在的主要问题"])
    got = clean_text(text).split("\n")
    at = got.index("（二）部分公开")
    assert got[at:at + 9] == ["（二）部分公开", "０", "０", "０", "０", "１", "—", "１", note]
    assert "2" not in got and "3" not in got and "０" in got[:5]
