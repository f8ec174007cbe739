"""表三 in the plain text Word and LibreOffice save of a clerk's DOCX (issue #11).

LibreOffice's 另存为文本 prints a table a cell a line (an empty cell an empty line); Word's 纯文本 prints a row a line, its cells TAB-separated. Two shapes of the
clerk's table were not read:

- header cells broken over lines in the cell ("申请" / "人情况", "商业" / "企业"): taken for a PDF's text
  wrapped in narrow columns, whose empty lines only separate blocks, so every row with an empty
  cell was left blank. A PDF's text breaks the long row labels of the narrow label column first;
  where they each stand on one line the header's breaks are the cell's own (tables._long_labels_whole).
- the "repeat" merge (a merged label typed into every cell of its span: "一、本年新收政府信息公开申请数量"
  three times): the row's stretch ended at the label's second copy, so the row had no numbers. The
  label's span now runs over its copies in the cells right after it (tables._over_repeats).

The texts are built here in those programs' shapes (the generator's lo_txt / word_txt of a clerk's
DOCX); labels come from the format data."""

from __future__ import annotations

from gkdesk.core.spec import get_format
from gkdesk.importers.text import import_text

CODES = ("natural", "business", "research", "nonprofit", "legal", "other", "total")
ROWS = {  # a year's numbers, every identity holding, about a cell in four printed empty
    "new": ["98", "190", "119", "90", "33", "93", "623"],
    "carried": ["3", "0", "0", "3", "1", "1", "8"],
    "granted": ["", "0", "18", "0", "", "0", "18"],
    "partial": ["0", "23", "21", "0", "", "0", "44"],
    "deny_secret": ["3", "39", "0", "", "0", "", "42"],
    "deny_law": ["", "", "0", "4", "0", "0", "4"],
    "deny_safety": ["", "32", "0", "33", "3", "0", "68"],
    "deny_third_party": ["23", "", "", "0", "13", "", "36"],
    "deny_internal": ["0", "", "", "28", "", "0", "28"],
    "deny_process": ["", "", "0", "26", "", "0", "26"],
    "deny_enforcement": ["0", "29", "14", "", "", "8", "51"],
    "deny_inquiry": ["0", "0", "0", "0", "", "0", "0"],
    "unable_none": ["0", "", "32", "", "14", "0", "46"],
    "unable_make": ["0", "0", "0", "", "", "14", "14"],
    "unable_unclear": ["", "0", "0", "", "1", "", "1"],
    "reject_petition": ["", "0", "0", "", "", "", "0"],
    "reject_repeat": ["0", "0", "0", "0", "", "10", "10"],
    "reject_publication": ["0", "", "34", "", "0", "", "34"],
    "reject_mass": ["0", "0", "0", "0", "0", "", "0"],
    "reject_confirm": ["37", "36", "", "0", "2", "", "75"],
    "other_overdue": ["", "29", "", "", "0", "26", "55"],
    "other_unpaid": ["0", "0", "0", "0", "", "34", "34"],
    "other_misc": ["38", "0", "0", "", "0", "0", "38"],
    "results_total": ["101", "188", "119", "91", "33", "92", "624"],
    "carry_next": ["0", "2", "0", "2", "1", "2", "7"],
}
HEADER = [("申请\n人情况",), ("自然人", "法人或\n其他组织", "总计"),
          ("商业\n企业", "科研\n机构", "社会公\n益组织", "法律服\n务机构", "其他")]


def _spec(fmt: str = "2021"):
    t = get_format(fmt).table("t3")
    first = {}
    for c in t.cells:
        first.setdefault(c.row, c)
    corner = next(i.text for i in t.items if i.role == "corner")
    return first, corner


def _labels(path: tuple[str, ...], repeat: bool) -> list[str]:
    """The three label cells of a row: merged cells empty after the first, or typed in each."""
    cells = [path[0], path[min(1, len(path) - 1)], path[-1]]
    if repeat:
        return cells
    return [x if n == 0 or x != cells[n - 1] else "" for n, x in enumerate(cells)]


def _report(table: str) -> str:
    return ("江阳市文化和旅游局2025年政府信息公开工作年度报告\n一、总体情况\n本机关全年依法公开政府信息。\n"
            "三、收到和处理政府信息公开申请情况\n" + table + "\n四、政府信息公开行政复议、行政诉讼情况\n")


def lo_text(repeat: bool = False, fmt: str = "2021", rows: dict[str, list[str]] | None = None) -> str:
    """LibreOffice's text: a cell a line (its own line breaks kept). A cell merged down from the row
    above leaves an empty line, and so does the end of each row; with the "repeat" merge every cell
    holds its text (the merged header too) and empty cells print "—", one line each, rows run on."""
    first, corner = _spec(fmt)
    rows = ROWS if rows is None else rows
    if repeat:
        lines = [corner] * 3 + list(HEADER[0]) * 7
        lines += [corner] * 3 + [HEADER[1][0]] + [HEADER[1][1]] * 5 + [HEADER[1][2]]
        lines += [corner] * 3 + [HEADER[1][0], *HEADER[2], HEADER[1][2]]
        for code, values in rows.items():
            lines += _labels(first[code].row_labels, True) + [x or "—" for x in values]
        return _report("\n".join(lines))
    lines = [corner, *HEADER[0], ""]
    lines += ["", *HEADER[1], ""]
    lines += ["", "", *HEADER[2], "", ""]
    prev: tuple[str, ...] = ()
    for code, values in rows.items():
        path = first[code].row_labels
        # a label merged over the label columns is one cell; a label merged down from the row above
        # leaves its cell empty (an empty line)
        labels = ["" if n < len(prev) and prev[n] == x and n < len(path) - 1 else x for n, x in enumerate(path)]
        prev = path
        lines += [*labels, *values, ""]
    return _report("\n".join(lines))


def word_text(repeat: bool = True) -> str:
    """Word's text: a row a line, TAB between the cells (a merged cell's text in each cell it spans)."""
    first, corner = _spec()
    # a cell's own line break breaks the row's line ("申请" … TAB … "人情况")
    lines = ["\t".join([corner] * 3 + list(HEADER[0]) * 7)]
    lines.append("\t".join([corner] * 3 + [HEADER[1][0]] + [HEADER[1][1]] * 5 + [HEADER[1][2]]))
    lines.append("\t".join([corner] * 3 + [HEADER[1][0], *HEADER[2], HEADER[1][2]]))
    for code, values in ROWS.items():
        lines.append("\t".join(_labels(first[code].row_labels, repeat) + values))
    return _report("\n".join(lines))


def _read(text: str) -> dict[str, list[str]]:
    doc = import_text(text, "report.txt").doc
    return {code: [doc.value(f"t3.{code}.{c}").text for c in CODES] for code in ROWS}


def test_header_broken_in_its_cells_is_no_pdf_text():
    assert _read(lo_text()) == ROWS


def test_label_typed_into_every_cell_of_its_merge_a_cell_a_line():
    assert _read(lo_text(repeat=True)) == {code: [x or "—" for x in v] for code, v in ROWS.items()}


def test_label_typed_into_every_cell_of_its_merge_a_row_a_line():
    assert _read(word_text()) == ROWS


def test_marked_cells_around_a_number_counting_on_are_no_page_numbers():
    """LibreOffice's text with the "repeat" merge and "—" for empty cells: a row's "—" / "33" / "—"
    and a later row's "—" / "34" / "—" read as PDFium's page numbers 33 and 34 (each the other's
    neighbour, a page's length apart) and went, both rows left blank (three cells short). Where the
    text also prints "—" lines no page number takes (the table's marks), readings count as pages only
    when linked to a one-line page number or to two more readings."""
    rows = dict(ROWS, unable_none=["0", "", "33", "", "13", "0", "46"], unable_unclear=["", "0", "0", "", "1", "0", "1"],
                deny_enforcement=["0", "29", "13", "", "1", "8", "51"])
    text = lo_text(repeat=True)
    for code in ("unable_none", "unable_unclear", "deny_enforcement"):
        text = text.replace("\n".join(x or "—" for x in ROWS[code]), "\n".join(x or "—" for x in rows[code]))
    assert "—\n33\n—" in text and "—\n34\n—" in text
    assert _read(text) == {code: [x or "—" for x in v] for code, v in rows.items()}
    from gkdesk.importers.locate import clean_text

    page = "正文" * 40
    # a page numbered on one line, or three counting on, are page numbers even among marks
    assert clean_text(f"—\n0\n— 1 —\n{page}\n—\n2\n—\nc") == f"—\n0\n\n{page}\nc"
    assert clean_text(f"—\n0\n—\n1\n—\n{page}\n—\n2\n—\n{page}\n—\n3\n—\nc") == f"—\n0\n{page}\n{page}\nc"


T2 = {  # 2019 表二; a row with fewer numbers than cells has an empty cell
    "rules": ["5", "6", "0"], "normative": ["6", "", "20"], "license": ["3", "0", "0"],
    "other_services": ["0", "0", "0"], "penalty": ["0", "-29", "0"], "coercion": ["", "0", "31"],
    "fees": ["9", "5"], "procurement": ["", "6688"],
}


def lo_t2(empty_lines: bool = True, spacer: bool = True) -> str:
    """LibreOffice's text of a clerk's 表二 with an empty column after the labels and its header
    cells broken in the cell ("本年新" / "制作数量"): a cell a line, an empty cell an empty line."""
    t = get_format("2019").table("t2")
    by_row: dict[str, list] = {}
    for c in t.cells:
        by_row.setdefault(c.row, []).append(c)
    lines, title = ["二、主动公开政府信息情况"], None
    for code, values in T2.items():
        cells = by_row[code]
        if cells[0].col_labels[0] != title:
            title = cells[0].col_labels[0]
            lines += [title, "信息\n内容"] + ([""] if spacer else []) + [c.col_name[:3] + "\n" + c.col_name[3:] for c in cells]
        lines += [cells[0].row_labels[-1]] + ([""] if spacer else [])
        lines += [v for v in values if v or empty_lines]
    lines.append("注：1.本表由办公室填报；2.统计截至2020年1月10日。")
    return ("江阳市文化和旅游局2019年政府信息公开工作年度报告\n一、总体情况\n本机关全年依法公开政府信息。\n"
            + "\n".join(lines) + "\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n")


def _read_t2(text: str) -> dict[str, list[str]]:
    doc = import_text(text, "report.txt").doc
    cols = {c.row: [] for c in doc.spec.table("t2").cells}
    for c in doc.spec.table("t2").cells:
        cols[c.row].append(doc.value(c.id).text)
    return cols


def test_t2_a_cell_a_line_with_header_breaks_reads_its_empty_lines_as_cells():
    # the header's breaks made it a PDF's text, whose empty lines only separate: 规范性文件, 行政强制 and
    # 政府集中采购 (a cell short each) were left blank. Every row has one line more than its cells (the
    # empty column after the labels, empty in every whole row), blocks of three and two cells alike
    assert _read_t2(lo_t2()) == T2
    assert _read_t2(lo_t2(spacer=False)) == T2


def test_t2_a_cell_a_line_whose_empty_cells_leave_nothing_is_not_read_so():
    got = _read_t2(lo_t2(empty_lines=False))  # (a PDF's text: an empty cell leaves no line)
    assert got["normative"] == ["", "", ""] and got["coercion"] == ["", "", ""]
    assert got["rules"] == T2["rules"] and got["procurement"] == ["", ""]


def test_2019_header_broken_in_its_cells_is_no_pdf_text():
    # the 2019 表三 has two row labels of 20 characters or more, not three: the rule that its long
    # labels and its corner text stand whole (which a PDF's narrow columns break first) never held,
    # and every row with an empty cell was left blank
    rows = {c: v for c, v in ROWS.items() if not c.startswith("other_")}
    rows = dict(list(rows.items())[:-2] + [("other_handling", ["38", "29", "0", "0", "0", "60", "127"])]
                + list(rows.items())[-2:])
    text = lo_text(fmt="2019", rows=rows)
    doc = import_text(text.replace("2025年", "2019年"), "report.txt").doc
    assert doc.spec.id == "2019"
    assert {code: [doc.value(f"t3.{code}.{c}").text for c in CODES] for code in rows} == rows
