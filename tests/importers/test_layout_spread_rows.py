"""`pdftotext -layout` text of PDFs LibreOffice did not make (Word's 另存为 PDF, WPS, a print
driver, a PDF library): the cells of one table row drawn at slightly different heights (centred
beside a wrapped label, each cell's baseline rounded on its own) come out on two lines of the
text, the cells of one line standing between those of the other. Read in print order the cells
shift into other columns — and the row still adds up (0 7 2 0 0 0 9 for 7 2 0 0 0 0 9). Such a row
is read by where its cells stand, or left blank; never in print order."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_layout_text import HEADER, line, rows_2021, t3_of  # noqa: E402

from gkdesk.importers import import_bytes  # noqa: E402
from gkdesk.importers.layout_text import SPREAD_SLACK  # noqa: E402

T4_HEAD = [
    "\f    四、政府信息公开行政复议、行政诉讼情况",
    "          行政复议                              行政诉讼",
    "   结果  结果  其他  尚未  总计    结果  结果  其他  尚未  总计   结果  结果  其他  尚未  总计",
    "   维持  纠正  结果  审结          维持  纠正  结果  审结         维持  纠正  结果  审结",
]
T4_COLS = (3, 9, 15, 21, 27, 35, 41, 47, 53, 59, 66, 72, 78, 84, 90)


def t4_lines(cells) -> str:
    """表四's row as pdftotext writes it: ``cells`` (None: not on this line) at T4_COLS."""
    out = ""
    for col, c in zip(T4_COLS, cells):
        if c is not None:
            out = out.ljust(col) + c
    return out.rstrip()


def report(t3_lines: list[str], t4: list[str]) -> bytes:
    text = "\n".join([
        "                         某某市某某局",
        "               2023 年政府信息公开工作年度报告",
        "",
        "    一、总体情况",
        "    2023 年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开。",
        "",
        *HEADER,
        *t3_lines,
        "",
        "                                                                           - 3 -",
        *T4_HEAD,
        *t4,
        "",
        "    五、存在的主要问题及改进情况",
        "    一是公开内容还不够全面；二是解读形式较为单一。",
        "    六、其他需要报告的事项",
        "    本年度未收取信息处理费。",
        "                                                  某某市某某局",
        "                                                2024 年 1 月 20 日",
    ]) + "\n"
    return text.encode("utf-8")


VALUES = {
    "new": ["7", "2", "0", "0", "0", "0", "9"],
    "carried": ["0", "0", "0", "0", "0", "0", "0"],
    "reject_petition": ["7", "2", "0", "0", "0", "0", "9"],
    "results_total": ["7", "2", "0", "0", "0", "0", "9"],
}
ZERO = ["0"] * 7


def t3_rows() -> list[str]:
    """Every 表三 row on one line, blank lines between (as a driver spaces rows)."""
    out = []
    for code, label in rows_2021().items():
        out += [line(label, VALUES.get(code, ZERO)), ""]
    return out


T4_ZERO = [t4_lines(["0"] * 15)]


def test_a_row_whose_cells_stand_on_two_lines_is_read_by_position():
    """"1.信访举报投诉  0" (under 科研机构) over "7  2  0  0  0  9": 7 2 0 0 0 0 9, not 0 7 2 …"""
    t3 = t3_rows()
    at = next(i for i, ln in enumerate(t3) if "信访举报投诉" in ln)
    t3[at:at + 1] = [line("1.信访举报投诉", [None, None, "0", None, None, None, None]),
                     line("", ["7", "2", None, "0", "0", "0", "9"]),
                     line("类申请", [None] * 7)]
    res = import_bytes(report(t3, T4_ZERO), "layout.txt")
    assert t3_of(res, "reject_petition") == VALUES["reject_petition"]
    assert t3_of(res, "new") == VALUES["new"]


def test_a_cell_on_the_line_above_the_label_is_read_in_its_column():
    """A driver draws one cell of "2.重复申请" a little higher: "/" above, under 社会公益组织, the
    other six cells on the label's line — / / / / 0 0 /, the "/" neither 自然人's nor the 0s moved left."""
    t3 = t3_rows()
    at = next(i for i, ln in enumerate(t3) if "重复申请" in ln)
    t3[at:at + 1] = [line("", [None, None, None, "/", None, None, None]),
                     line("2.重复申请", ["/", "/", "/", None, "0", "0", "/"])]
    res = import_bytes(report(t3, T4_ZERO), "layout.txt")
    assert t3_of(res, "reject_repeat") == ["/", "/", "/", "/", "0", "0", "/"]


def test_a_table_four_row_on_two_lines_is_read_by_position():
    """表四's 15 cells with 行政复议's 纠正 "9" drawn higher: 0 9 0 0 9 | 0 …, never 维持 9."""
    cells = ["0", "9", "0", "0", "9"] + ["0"] * 10
    t4 = [t4_lines([None, "9"] + [None] * 13), t4_lines([c if i != 1 else None for i, c in enumerate(cells)])]
    res = import_bytes(report(t3_rows(), t4), "layout.txt")
    got = [res.doc.value(c.id).text for c in res.doc.spec.table("t4").cells]
    assert got == cells


def test_cells_too_close_to_tell_their_order_leave_the_row_blank():
    """Two cells of different lines standing within the grid's drift of each other, the orders
    the positions allow giving different cells that each add up: blank with a note, not a guess."""
    t3 = t3_rows()
    at = next(i for i, ln in enumerate(t3) if "信访举报投诉" in ln)
    lower = line("", ["2", None, "0", "0", "0", "0", "7"])
    # "5" written two characters right of "2" (46): 2 5 … or 5 2 …, both adding up to 7
    upper = "    1.信访举报投诉".ljust(46 + SPREAD_SLACK // 2) + "5"
    t3[at:at + 1] = [upper, lower, line("类申请", [None] * 7)]
    res = import_bytes(report(t3, T4_ZERO), "layout.txt")
    assert t3_of(res, "reject_petition") == [None] * 7
    assert any("分印在几行上" in n.message for n in res.notes)


T2_2021 = [
    "    二、主动公开政府信息情况",
    "",
    "                   第二十条第（一）项",
    "         信息内容        本年制发件数    本年废止件数    现行有效件数",
    "",
    "                                  ０",
    "规章                       ８                   １２",
    "",
    "行政规范性文件                 3             5             7",
    "",
    "                   第二十条第（五）项",
    "         信息内容                  本年处理决定数量",
    "行政许可                              4",
    "                   第二十条第（六）项",
    "         信息内容                  本年处理决定数量",
    "行政处罚                              2",
    "行政强制                              0",
    "                   第二十条第（八）项",
    "         信息内容                  本年收费金额（单位：万元）",
    "行政事业性收费                         0",
    "",
]


def test_a_table_two_row_on_two_lines_is_read_by_position():
    """WPS draws 规章's 本年废止件数 higher than its other cells: "０" above, "８ … １２" on the label's
    line. 表二 has no arithmetic: the positions alone (8, 0, 12) — never 0 8 12."""
    t3 = t3_rows()
    text = report(t3, T4_ZERO).decode("utf-8").replace(HEADER[0], "\n".join(T2_2021) + "\n" + HEADER[0])
    res = import_bytes(text.encode("utf-8"), "layout.txt")
    got = [res.doc.value(f"t2.rules.{c}").text for c in ("issued", "repealed", "in_force")]
    assert got == ["8", "0", "12"]
    assert [res.doc.value(f"t2.normative.{c}").text for c in ("issued", "repealed", "in_force")] == ["3", "5", "7"]


def test_pieces_between_two_rows_whose_one_join_is_not_proven_leave_both_blank():
    """Word's PDF of a dense 表三 with full-width digits: "３２８ ３２８" above 1.本机关不掌握…'s line
    (its 其他/总计 wrapped), "８４  ８４" below it, the next row's zeros under those. 32884 over
    two lines adds up, and so does 328 for this row with 840 ("８４" over "０") for the next. The
    first join is not proven by the geometry (the two "３２８" are packed one space apart), but
    that does not make the second the only reading: both rows stay blank, never 328 / 840."""
    from gkdesk.core.spec import get_format
    from gkdesk.importers.layout_text import Choices, join_wrapped_numbers, label_forms, row_rule

    spec = get_format("2021")
    text = "\n".join([
        "                  8.属于行政查询事项              ０    ０    ０     ０      ７     ６   １３",
        "                                                                      ３２８ ３２８",
        "                  1.本机关不掌握相关政府信息          ０    ０    ０     ０      ０",
        "                                                                       ８４  ８４",
        "三、本年度   (四)无法提供",
        "                  2.没有现成信息需要另行制作          ０    ０    ０     ０      ０     ０    ０",
        "办理结果",
        "",
    ])
    out, notes = join_wrapped_numbers(text, row_rule(spec), [(0, len(text))], label_forms(spec), Choices())
    assert "328" not in out and "840" not in out
    assert notes


def test_an_amount_cut_at_its_decimal_point_is_never_read_as_its_last_piece():
    """A narrow 采购总金额 cell of a 2019 表二 wraps 198.6 after its point: "１９８．" above
    政府集中采购's line (8 under 采购项目数量), "６" below. "198." is no number of its own and "6" is
    not the amount: the row is not read as 8 / 6 (blank with a note rather)."""
    from gkdesk.core.spec import get_format
    from gkdesk.importers.layout_text import join_wrapped_numbers, label_forms, row_rule

    spec = get_format("2019")
    text = "\n".join([
        "规章                       ０       ０        ０",
        "",
        "          第二十条第（九）项",
        "",
        "                      采购 采购总金",
        "         信息内容         项目 额（单位",
        "                      数量 ：万元）",
        "",
        "                          １９８．",
        "政府集中采购                ８",
        "                            ６",
        "",
    ])
    out, notes = join_wrapped_numbers(text, row_rule(spec), [], label_forms(spec))
    assert "６" not in out and "6" not in out.replace("198.6", "")
    assert notes


def test_a_cell_above_a_short_label_is_that_rows_not_the_next_rows():
    """WPS draws 规章's 本年制发件数 "—" higher than its other cells, left of them: "—" above,
    "规章  3  37" on the label's line. Read from the label on, 规章 would take "3 37" and the next
    row's first number ("5" above 行政规范性文件) — 3 / 37 / 5 for — / 3 / 37."""
    t2 = list(T2_2021)
    at = next(i for i, ln in enumerate(t2) if ln.startswith("规章"))
    t2[at - 1:at + 3] = [
        "                           —",
        "规章                                3    37",
        "",
        "                           5",
        "行政规范性文件                           0      3",
    ]
    text = report(t3_rows(), T4_ZERO).decode("utf-8").replace(HEADER[0], "\n".join(t2) + "\n" + HEADER[0])
    res = import_bytes(text.encode("utf-8"), "layout.txt")
    assert [res.doc.value(f"t2.rules.{c}").text for c in ("issued", "repealed", "in_force")] == ["—", "3", "37"]
    assert [res.doc.value(f"t2.normative.{c}").text for c in ("issued", "repealed", "in_force")] == ["5", "0", "3"]


def test_a_table_four_row_indented_one_space_keeps_its_first_cell():
    """表四's row written one space in (" 0     0 …") with 3 cells drawn higher on the line above:
    the first "0" stands at the line start (nothing but the indent before it), so the row holds
    all 15 cells and is read by position."""
    cells = ["0", "0", "0", "0", "0", "9", "4", "135", "0", "148", "0", "0", "3", "0", "3"]
    upper = t4_lines([None, None, None, None, "0", None, None, None, None, None, "0", "0", None, None, "3"])
    lower = t4_lines([c if i not in (4, 10, 11, 14) else None for i, c in enumerate(cells)])
    lower = " " + lower[3:]  # written one space in
    upper = upper[2:]
    res = import_bytes(report(t3_rows(), [upper, lower]), "layout.txt")
    assert [res.doc.value(c.id).text for c in res.doc.spec.table("t4").cells] == cells


def test_the_indent_after_a_table_two_is_no_empty_cell():
    """A driver spacing 表二's rows with empty lines: the stretch of 表二 ends at 三's heading, cut
    after its indent — a line of white space, which alone made the table read as one whose
    empty cells are lines of white space (a web page's &nbsp; cells). "其他对外管理服务事项  0  25"
    (上一年项目数量 printed empty) then took the empty line after it for its third cell: 0 / 25 /
    empty — an invented 0 and a wrong 25. The row is not read in print order."""
    from gkdesk.importers.rows import ws_cell_lines

    region = "\n".join(["规章   7   62   3", ""] * 24 + ["其他对外管理服务事项       0    25", "", "     "])
    assert not ws_cell_lines(region)
    assert ws_cell_lines("\n".join(["7", "", " ", "", "62", ""] * 12 + ["3"]))  # a web page's &nbsp; cells


def test_a_two_character_short_label_is_not_taken_from_the_column_header():
    """A page whose left edge is cut off (the labels lost or cut: "家秘密", "律行政法规禁止公开"):
    no row above 3.其他 is found, so its gap runs up into the column header — whose "其他" is a
    column, not the row. Its short form is not taken there (the first row's 95 376 … 476 were read
    as 3.其他's)."""
    from gkdesk.core.spec import get_format
    from gkdesk.importers.locate import Finder, locate_labels, table_rows

    text = "\n".join([
        "                            自然人                                 总计",
        "                                   商业    科研   社会公    法律服",
        "                                                           其他",
        "                                   企业    机构   益组织    务机构",
        "",
        "                              95   376   0     1      4    0    476",
        "",
        "家秘密                           0    0     0     0      0    0     0",
    ])
    labels = [r.label for r in table_rows(get_format("2021").table("t3"))]
    found = locate_labels(Finder(text), labels, 0, len(text), "t3")
    assert labels.index("3.其他") not in found


def test_a_cell_between_two_rows_of_a_dense_table_goes_to_the_row_it_completes():
    """WPS, rows set close (no empty line between): "—" on a line of its own between
    (一)予以公开, which holds all seven cells, and (二)部分公开, which holds six. It is 部分公开's
    社会公益组织 — 3 0 0 — 0 0 3, not read with the marks shifted, nor blank."""
    vals = {"new": ["10", "2", "0", "0", "0", "0", "12"], "granted": ["7", "2", "0", "0", "0", "0", "9"],
            "partial": ["3", "0", "0", "—", "0", "0", "3"], "results_total": ["10", "2", "0", "0", "0", "0", "12"]}
    t3 = []
    for code, label in rows_2021().items():
        if code == "partial":
            t3.append(line("", [None, None, None, "—", None, None, None]))
            t3.append(line(label, ["3", "0", "0", None, "0", "0", "3"]))
        else:
            t3.append(line(label, vals.get(code, ZERO)))
    res = import_bytes(report(t3, T4_ZERO), "layout.txt")
    assert t3_of(res, "partial") == vals["partial"]
    assert t3_of(res, "granted") == vals["granted"]


def test_pieces_of_a_number_wrapped_over_a_page_break_on_another_grid_leave_both_rows_blank():
    """LibreOffice's PDF, a narrow 表三: 214 of 2.其他法律行政法规禁止公开 wrapped as "2" / "1" at
    the foot of a page and "4" at the top of the next, whose character grid is moved three places
    ("4 … 4" then stands over 3.危及's "8 … 8"). Read apart, 21 and 48 each add up, as do 214 and
    8: neither row is stored (the old reader stored 21 and 48)."""
    t3 = []
    for code, label in rows_2021().items():
        if code == "deny_law":
            t3 += [line("2.其他法律行政法规禁止", ["2", "0", "0", "0", "0", "0", "2"]),
                   line("公开", ["1", None, None, None, None, None, "1"]), "", "", "                 - 1 -", "\f",
                   line("", ["4", None, None, None, None, None, "4"], shift=3)]
        elif code == "deny_safety":
            t3.append(line(label, ["8", "0", "0", "0", "0", "0", "8"], shift=3))
        else:
            t3.append(line(label, VALUES.get(code, ZERO), shift=3 if code not in ("new", "carried") else 0))
    res = import_bytes(report(t3, T4_ZERO), "layout.txt")
    got = t3_of(res, "deny_law") + t3_of(res, "deny_safety")
    assert "21" not in got and "48" not in got
