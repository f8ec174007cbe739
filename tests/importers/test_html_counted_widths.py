"""A LibreOffice web page whose 表三 body stands on other column lines than its header, written
with colspans that add up (issue #11).

LibreOffice's 另存为 HTML of a clerk's Word 表三 whose lower rows were drawn with other widths (the
merged label column split again further down, the value columns a few pixels wider) writes both
parts as one <table> on the union of their column lines: each part's cells get colspans that do
count out right, so the counted grid agrees with the cells' ``width`` attributes — and each body
cell of the lower part starts half a column left of the header cell it stands under. Read by
counting, a sparse row (2.重复申请: 0 under 自然人, 商业企业 and 社会公益组织, the rest empty) came in
with 0 under 科研机构 and 总计 — numbers where the source prints empty cells — and the lower part's
other rows were blank. The reader now gives the counted grid the drawn column lines
(html_reader._drawn_grid → Grid.edges), and the lower part is placed under the header it overlaps
(grid.place_by_overlap), as for a Word table's own widths.

The page is built here in LibreOffice 7's markup (the shape of a held-out case, its numbers ours);
the labels come from the format data."""

from __future__ import annotations

from gkdesk.core.spec import get_format
from gkdesk.importers.html_reader import import_html_text

# 表三 in the 2021 format, every row: (row code, the numbers as printed, "" for an empty cell)
ROWS = {
    "new": ["12", "3", "", "0", "1", "", "16"],
    "carried": ["0", "1", "0", "", "", "0", "1"],
    "granted": ["5", "", "0", "0", "", "", "5"],
    "partial": ["2", "1", "", "", "0", "", "3"],
    "deny_secret": ["0", "", "", "0", "", "", "0"],
    "deny_law": ["", "0", "", "", "", "", ""],
    "deny_safety": ["", "", "0", "", "", "", "0"],
    "deny_third_party": ["1", "", "", "", "", "", "1"],
    "deny_internal": ["", "0", "", "", "0", "", "0"],
    "deny_process": ["0", "", "", "", "", "", "0"],
    "deny_enforcement": ["", "", "", "0", "", "", ""],
    "deny_inquiry": ["0", "0", "", "", "", "", "0"],
    "unable_none": ["3", "1", "", "0", "1", "", "5"],
    "unable_make": ["0", "", "0", "", "", "", "0"],
    "unable_unclear": ["", "2", "", "", "", "0", "2"],
    "reject_petition": ["1", "", "", "", "0", "", "1"],
    "reject_repeat": ["0", "0", "", "0", "", "", ""],
    "reject_publication": ["", "", "0", "", "", "0", "0"],
    "reject_mass": ["0", "", "", "", "", "", ""],
    "reject_confirm": ["", "0", "", "0", "", "", "0"],
    "other_overdue": ["", "", "", "", "0", "", ""],
    "other_unpaid": ["0", "", "", "", "", "", "0"],
    "other_misc": ["", "", "", "", "", "", ""],
    "results_total": ["12", "4", "0", "", "1", "0", "17"],  # no row of the lower part has all seven
    "carry_next": ["0", "0", "", "", "0", "", "0"],
}


def _td(text: str, width: int, span: int = 1) -> str:
    cs = f' colspan="{span}"' if span > 1 else ""
    body = f'<font face="Cambria, serif">{text}</font>' if text else "<br/>\n\n"
    return (f'\t\t\t<td{cs} width="{width}" style="border: 1px solid #000000; padding: 0in 0.08in">'
            f'<p class="western" align="left" style="orphans: 2; widows: 2">\n\t\t\t\t{body}</p>\n\t\t\t</td>\n')


def _page() -> str:
    t = get_format("2021").table("t3")
    first = {}
    for c in t.cells:
        first.setdefault(c.row, c)
    cols = [c.col_labels for c in t.cells if c.row == "new"]
    corner = next(i.text for i in t.items if i.role == "corner")
    # the upper part's cells: labels 2+1+3 grid columns, values 2 each, 总计 1 (widths 40/41/168, 31 …, 30);
    # the lower part: 1+3+1, values 2 each (32/57/130, 35 …, 34): 19 grid columns in both, on other lines
    upper = [(40, 2), (41, 1), (168, 3)] + [(31, 2)] * 6 + [(30, 1)]
    lower = [(32, 1), (57, 3), (130, 1)] + [(35, 2)] * 6 + [(34, 2)]

    def tr(cells: list[str], widths) -> str:
        return '\t\t<tr valign="top">\n' + "".join(_td(x, w, s) for x, (w, s) in zip(cells, widths)) + "\t\t</tr>\n"

    head = [[corner] * 3 + [p[0] for p in cols],
            [corner] * 3 + [p[1] for p in cols],
            [corner] * 3 + [p[-1] for p in cols]]
    out = ['<table width="605" cellpadding="7" cellspacing="0">\n']
    out += [f'\t<col width="{w}"/>\n' for w in (32, 4364, 41, 4362, 130, 17, 4, 13, 8, 8, 13, 4, 17, 4368, 22,
                                               4364, 26, 4359, 30)]
    out.append("\t<thead>\n" + "".join(tr(h, upper) for h in head) + "\t</thead>\n\t<tbody>\n")
    split = list(ROWS).index("unable_make")  # the lower part starts here (a page break in the clerk's Word)
    upper_groups = {first[code].row_labels[1] for code in list(ROWS)[:split] if len(first[code].row_labels) == 3}
    for k, (code, values) in enumerate(ROWS.items()):
        path = first[code].row_labels
        labels = [path[0], path[min(1, len(path) - 1)], path[-1]]
        if k < split:
            out.append(tr(labels + values, upper))
        else:
            # the lower part repeats a group's label in its rows, but not that of the group begun above
            # the break; its 三、本年度办理结果 column is left empty
            group = path[1] if len(path) == 3 else path[-1]
            if len(path) == 3 and group in upper_groups:
                group = ""
            lead = "" if path[0].startswith("三") else path[0]
            out.append(tr([lead, group if path[0].startswith("三") else path[0], path[-1]] + values, lower))
    out.append("\t</tbody>\n</table>\n")
    return ('<!DOCTYPE html>\n<html>\n<head>\n\t<meta http-equiv="content-type" content="text/html; charset=utf-8"/>\n'
            '\t<meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"/>\n</head>\n<body lang="en-US" dir="ltr">'
            '<p class="western">江阳市文化和旅游局2025年政府信息公开工作年度报告</p>\n'
            '<p class="western">三、收到和处理政府信息公开申请情况</p>\n' + "".join(out) + "</body>\n</html>\n")


def test_lower_part_on_its_own_column_lines_is_read_under_its_header():
    doc = import_html_text(_page(), "lo_counted.html").doc
    codes = ("natural", "business", "research", "nonprofit", "legal", "other", "total")
    got = {code: [doc.value(f"t3.{code}.{c}").text for c in codes] for code in ROWS}
    assert got["reject_repeat"] == ROWS["reject_repeat"]  # nothing under 科研机构 and 总计
    assert got == ROWS
