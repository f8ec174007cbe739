"""`pdftotext -layout` text of a report's tables: cells placed by column position, wrapped numbers
and wrapped labels, never a wrong or invented number.

The inputs are written as pdftotext -layout prints a PDF table: labels left, cells at character
columns, a cell printed empty leaving only spaces, positions off by one here and there (the
character grid rounds), wrapped group labels beside the rows.
"""

from __future__ import annotations

from gkdesk.core.spec import get_format
from gkdesk.importers import import_bytes
from gkdesk.importers.layout_text import join_pages, join_wrapped_numbers, label_forms, row_rule, tie_wrapped_labels
from gkdesk.importers.locate import Finder, table_rows
from gkdesk.importers.rows import UNREADABLE

COLS = (46, 54, 62, 70, 78, 86, 94)  # character columns of 自然人 … 总计


def line(label: str, cells, indent: int = 4, shift: int = 0) -> str:
    """A row as pdftotext -layout prints it: ``cells`` at COLS (None: printed empty)."""
    out = " " * indent + label
    for col, c in zip(COLS, cells):
        if c is not None:
            out = out.ljust(col + shift) + c
    return out.rstrip()


HEADER = [
    "    三、收到和处理政府信息公开申请情况",
    "                                                      申请人情况",
    "   （本列数据的勾稽关系为：第一项加第二",
    "   项之和，等于第三项加第四项之和）                      法人或其他组织",
    "                                              自然人  商业    科研    社会    法律    其他    总计",
    "                                                      企业    机构    公益    服务",
    "                                                                      组织    机构",
    "",
]


def report(t3_lines: list[str], t2_lines: list[str] = ()) -> bytes:
    t4 = "    " + "  ".join(["0", "0", "0", "0", "0"] * 3)
    text = "\n".join([
        "                         某某市某某局",
        "               2023 年政府信息公开工作年度报告",
        "",
        "    一、总体情况",
        "    2023 年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开。",
        "",
        *t2_lines,
        *HEADER,
        *t3_lines,
        "",
        "                                                                           - 3 -",
        "\f    四、政府信息公开行政复议、行政诉讼情况",
        "          行政复议                              行政诉讼",
        "   结果  结果  其他  尚未  总计    结果  结果  其他  尚未  总计   结果  结果  其他  尚未  总计",
        "   维持  纠正  结果  审结          维持  纠正  结果  审结         维持  纠正  结果  审结",
        t4,
        "",
        "    五、存在的主要问题及改进情况",
        "    一是公开内容还不够全面；二是解读形式较为单一。",
        "    六、其他需要报告的事项",
        "    本年度未收取信息处理费。",
        "                                                  某某市某某局",
        "                                                2024 年 1 月 20 日",
    ]) + "\n"
    return text.encode("utf-8")


def rows_2021() -> dict[str, str]:
    return {r.code: r.label for r in table_rows(get_format("2021").table("t3"))}


def t3_of(res, code: str) -> list[str | None]:
    t = res.doc.spec.table("t3")
    out = []
    for col in t.col_codes:
        v = res.doc.value(t.cell_id(code, col))
        out.append(None if v.is_blank else v.text)
    return out


def test_empty_cells_are_placed_under_their_column_header():
    """A report that prints 0 as an empty cell: "5  2        1        8" is 自然人 5, 商业企业 2,
    法律服务机构 1, 总计 8 (the other cells blank, never 0), the columns fixed by the full rows
    around it. Read in print order it could be any three columns: the old reader left it blank."""
    labels = rows_2021()
    z = ["0"] * 7
    values = {
        "new": ["5", "2", None, None, "1", None, "8"],
        "carried": ["1", None, None, None, None, None, "1"],
        "granted": ["3", "1", None, None, None, None, "4"],
        "partial": ["1", None, None, None, "1", None, "2"],
        "unable_none": ["2", "1", None, None, None, None, "3"],
        "results_total": ["6", "2", "0", "0", "1", "0", "9"],
    }
    lines = []
    for n, code in enumerate(labels):
        lines.append(line(labels[code], values.get(code, z), shift=n % 2))  # the grid rounds: ±1
    res = import_bytes(report(lines), "layout.txt")
    for code, want in values.items():
        assert t3_of(res, code) == want, code
    assert t3_of(res, "deny_secret") == z


def test_rows_with_empty_cells_are_not_placed_without_full_rows_to_fix_the_columns():
    """Where no row holds all seven cells, the positions fix nothing (pdftotext's grid differs
    from stretch to stretch): the rows with empty cells stay blank."""
    labels = rows_2021()
    lines = [line(labels[c], ["1", None, None, None, None, None, "1"] if c in ("new", "results_total")
                  else [None, None, None, None, None, None, None]) for c in labels]
    lines = [ln for ln in lines if ln.strip()]
    res = import_bytes(report(lines), "layout.txt")
    assert t3_of(res, "new") == [None] * 7


def test_a_wrapped_piece_is_not_joined_where_the_table_prints_empty_cells():
    """"96" over "0" in a narrow cell would be 960 — and 960 + 0 + 0 = 960 adds up as well as
    96 + 0 + 0 = 96. In a table that prints empty cells the "0 … 0" line may be a row of its own,
    so nothing settles the join: blank + note, never 960."""
    check = row_rule(get_format("2019"))
    text = "\n".join([
        line("二、上年结转政府信息公开申请数量", [None, "0", None, None, None, None, "0"]),
        "",
        line("（二）部分公开", ["96", "0", "0", None, None, None, "96"]),
        line("", ["0", None, None, "0", "0", "0", "0"]),
        "",
    ]) + "\n"
    out, notes = join_wrapped_numbers(text, check, [(0, len(text))])
    assert "960" not in out
    assert UNREADABLE in out and notes


def test_a_group_label_fragment_is_not_a_mark():
    """"（四）无" is the first line of the group label "（四）无法提供" wrapped in its cell, not the
    mark 无 (nothing): between "1.本机关不掌握相关政府信息" and the next label it must not become a
    seventh cell (the 总计) of a row printed with an empty cell."""
    from gkdesk.importers.rows import NA, read_fields

    segment = "            0        1   0     0          0        1\n\n\n                     （四）无        "
    kinds = [f.kind for f in read_fields(segment)]
    assert NA not in kinds and len(kinds) == 6, kinds


def test_a_fuzzy_label_never_spans_numbers_printed_between_its_lines():
    """A label wrapped over four lines with the row's numbers on its third line: the label read
    through the numbers would take the numbers after it (the next row's) as its own."""
    label = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
    text = ("   1.申请人无正当\n    理由逾期不补\n    正、行政机关\n"
            "                 0    0    0    0    0    0    0\n"
            "    不再处理其政\n    府信息公开申\n    请\n")
    assert Finder(text).find_fuzzy(label) is None
    assert Finder(text.replace("0", " ")).find_fuzzy(label) is not None


def test_a_wrapped_label_tail_stops_at_the_next_table_title():
    """表二 in a narrow label column: "行政规范性" / its numbers (15 0 61, with "0" of 规章 above in
    the same column, so the numbers are left unread) / "文件". The label's tail must never run on
    through the next block's title to its first row: 行政许可, printed empty, took the 61."""
    t2 = [
        "    二、主动公开政府信息情况",
        "                        第二十条第（一）项",
        "                          本年制    本年废   现行有",
        "                   信息内容",
        "                          发件数    止件数   效件数",
        "                    规章      0",
        "                  行政规范性",
        "                           15      0    61",
        "                    文件",
        "                        第二十条第（五）项",
        "                   信息内容       本年处理决定数量",
        "                   行政许可",
        "                        第二十条第（六）项",
        "                   信息内容       本年处理决定数量",
        "                   行政处罚",
        "                   行政强制            1",
        "                        第二十条第（八）项",
        "                   信息内容   本年收费金额（单位：万元）",
        "                  行政事业性",
        "                                  37.4",
        "                    收费",
        "",
    ]
    labels = rows_2021()
    res = import_bytes(report([line(labels[c], ["0"] * 7) for c in labels], t2), "layout.txt")
    assert res.doc.value("t2.license.decisions").is_blank


def test_a_row_broken_by_a_page_under_a_repeated_header_reads_as_one():
    """表三 continued on the next page under its header printed again (Word's repeated header
    rows), the page break inside a row: "5.要求行政机关确认或重新出" and its cells at the foot of
    one page, "具已获取信息" under the repeated header on the next. Read as printed, the label is
    not found and the row above (4.无正当理由大量反复申请) ran on into its cells; the header and
    the page number are dropped and the label's tail joins its first line."""
    labels = rows_2021()
    z = ["0"] * 7
    big = ["0", "993", "0", "0", "0", "0", "993"]
    mass = [None, "993", None, None, "0", None, "993"]
    confirm = ["0", "0", None, None, "0", "0", None]
    lines: list[str] = []
    for code in labels:
        if code == "reject_mass":
            lines += [line(labels[code], mass, indent=8), ""]
        elif code == "reject_confirm":
            lines += [line("5.要求行政机关确认或重新出", confirm, indent=8), "", "", "                        - 3 -",
                      "\f" + HEADER[1], *HEADER[2:], "             具已获取信息"]
        elif code in ("new", "results_total"):
            lines.append(line(labels[code], big))
        else:
            lines.append(line(labels[code], z))
    res = import_bytes(report(lines), "layout.txt")
    for code in labels:
        got = t3_of(res, code)
        want = {"reject_mass": mass, "reject_confirm": confirm}.get(code, big if code in ("new", "results_total") else z)
        assert all(g is None or g == w for g, w in zip(got, want)), (code, got)  # never wrong
    assert t3_of(res, "reject_mass") == mass


def test_a_label_tail_beside_a_group_label_fragment_is_tied():
    """"不予公 2.其他法律行政法规  0 …" over "开   禁止公开": the group label （三）不予公开 wrapped in
    the column on the left ends beside the row label's own last line. The tail "禁止公开" joins
    the row label; the fragment "开" stays where it is."""
    forms = label_forms(get_format("2019"))
    text = "\n".join([
        "    不予公 2.其他法律行政法规   0   0     0   0    0     0    0",
        "    开   禁止公开",
        "        3.危及“三安全一稳   0   0     0   0    0     0    0",
        "        定”",
    ]) + "\n"
    out = tie_wrapped_labels(text, forms).split("\n")
    assert "2.其他法律行政法规禁止公开" in out[0].replace(" ", ""), out
    assert out[1].strip() == "开", out
    assert "3.危及“三安全一稳定”" in out[2].replace(" ", ""), out


def test_rows_printed_with_marks_only_tie_their_labels_in_a_narrow_column():
    """A 表三 printed with "—" in every cell and a full-width "０" total, its labels three
    characters a line ("一、本" / "年新收" / …): the label's lines are tied to the row's cells.
    The old reader cut the row at its first *number* (the total), so no label was ever whole and
    the whole table was "not found"."""
    labels = rows_2021()
    lines = []
    for label in labels.values():
        chunks = [label[i:i + 3] for i in range(0, len(label), 3)]
        lines.append(chunks[0].ljust(40) + "   ".join(["—"] * 6 + ["０"]))
        lines += chunks[1:]
    res = import_bytes(report(lines), "layout.txt")
    for code in labels:
        assert t3_of(res, code) == ["—"] * 6 + ["0"], code


def test_full_width_digits_one_space_apart_stand_in_columns():
    """Full-width digits are drawn two characters wide but printed as one each, so pdftotext
    leaves one space between cells: "３０ ５３ ０" are three cells, and "３０" over "０１" (the
    wrapped 自然人 3001) joins with the wrapped 总计 ３ / １１ / ９ = 3119 = 3001 + 53 + 61 + 4."""
    check = row_rule(get_format("2021"))
    text = "\n".join([
        "一、本年新收政府信息公开申请数量        ３０ ５３ ０   ０       ６１   ４    ３",
        "                        ０１                          １１",
        "                                                    ９",
        "二、上年结转政府信息公开申请数量        ３４   ０    ０   ０   ０    ０    ３",
        "                                                    ４",
    ]) + "\n"
    out, notes = join_wrapped_numbers(text, check, [(0, len(text))])
    rows = [ln.split() for ln in out.split("\n") if ln.strip()]
    assert rows[0][1:] == ["3001", "53", "0", "0", "61", "4", "3119"], out
    assert rows[1][1:] == ["34", "0", "0", "0", "0", "0", "34"], out
    assert not notes


def test_one_unreadable_wrapped_row_does_not_blank_the_rows_around_it():
    """Three rows with wrapped numbers in one run of lines; the middle one's pieces do not stand
    in its columns ("３" under neither "２９" nor "５") and no reading in order adds up (with 3050
    for its 总计, 2932 53 0 0 61 4 3050 would be the one that does), so it has no reading. Each boundary lies
    between lines carrying two different rows' label text ("明确" | "1.信访举报投诉", "类申请" |
    "2.重复申请"), which no row's pieces can cross, so the rows above and below are settled on
    their own (108 + 2 = 110, 103 = 103) and only the middle row is left blank with a note."""
    check = row_rule(get_format("2021"))
    forms = label_forms(get_format("2021"))
    def at(*cells) -> str:  # tokens at character positions, as pdftotext places them
        out = ""
        for pos, tok in cells:
            out = out.ljust(pos) + tok
        return out

    text = "\n".join([
        at((12, "3.补正后申请内容仍不"), (26, "１０"), (31, "２"), (37, "０"), (43, "０"), (48, "０"), (53, "０"), (61, "１１")),
        at((12, "明确"), (26, "８"), (61, "０")),
        at((12, "1.信访举报投诉"), (26, "２９"), (31, "５"), (37, "０"), (43, "０"), (48, "６１"), (53, "４"), (61, "３０")),
        at((12, "类申请"), (26, "３２"), (29, "３"), (61, "５１")),
        at((12, "2.重复申请"), (26, "１０"), (29, "０"), (38, "０"), (43, "０"), (48, "０"), (53, "０"), (61, "１０")),
        at((26, "３"), (61, "３")),
    ]) + "\n"
    out, notes = join_wrapped_numbers(text, check, [(0, len(text))], forms)
    lines = out.split("\n")
    assert lines[0].split()[-7:] == ["108", "2", "0", "0", "0", "0", "110"], out
    assert lines[4].split()[-7:] == ["103", "0", "0", "0", "0", "0", "103"], out
    assert UNREADABLE in lines[2] and notes
    assert "2932" not in out and "3051" not in out
    before, _ = join_wrapped_numbers(text, check, [(0, len(text))])
    assert "108" not in before and "103" not in before  # not proven without the labels


def test_a_part_with_no_reading_may_hold_its_neighbours_pieces():
    """Pieces of numbers interleaved over many lines, none of them carrying label text: "5 … 5"
    over 部分公开's cells over "9 … 9" (59 … 59), then 属于国家秘密's zeros, then "2 … 2", "7 … 8"
    and "3" — pieces of the next row, which cannot be read. Cut off from them, the lines above
    read one way only, and that way is wrong (部分公开 5, 属于国家秘密 902): nothing that is not
    proven by labels is cut, so it is all left blank."""
    fmt = get_format("2019")
    text = "\n".join([
        "             上年结转政府信息公开申请数量            3   0  0 0 1  3   7",
        "                               予以公开              2    6   0   0   0    0   8",
        "                                                      5                    5",
        "                               部分公开              0        0   0   0    0",
        "                                                      9                    9",
        "                                 属于国家秘密          0    0   0   0   0    0   0",
        "                                                      2                    2",
        "                                                      7                    8",
        "                                                                       3",
    ]) + "\n"
    out, notes = join_wrapped_numbers(text, row_rule(fmt), [(0, len(text))], label_forms(fmt))
    assert "902" not in out and notes
    got = out.split("\n")[3].split()[1:]
    assert set(got) == {UNREADABLE} or got == ["0", "59", "0", "0", "0", "0", "59"], out


def test_pieces_of_a_number_interleaved_with_the_other_cells_are_joined():
    """In a narrow table the cells of one row are centred: a number wrapped over three lines
    stands on lines 1, 3 and 5 of the row, one wrapped over two on lines 2 and 4, the others on
    line 3. The row is read from all five lines: 12 + 86 + 8 + 4 + 33 + 0 = 143."""
    check = row_rule(get_format("2021"))
    text = "\n".join([
        "                                                            1",
        "               一、本年新收政府信息公开申请数     1    8           3",
        "                                            8   4       0   4",
        "                      量            2    6           3",
        "                                                            3",
        "",
    ])
    out, notes = join_wrapped_numbers(text, check, [(0, len(text))])
    assert [ln.split() for ln in out.split("\n") if any(c.isdigit() for c in ln)] == [
        ["12", "86", "8", "4", "33", "0", "143"]], out
    assert not notes


REAL_NARROW_T3 = """三、收到和处理政府信息公开申请情况

（本列                    申请
数据的                    人情
勾稽关                    况
系为：
第一项
加第二
项之
和，等
于第三
项加第
四项之
和）
                       自然    法人                          总计
                       人     或
                             其他
                             组织
                             商业     科研   社会   法律    其他
                             企业     机构   公    服
                                         益组   务机
                                         织    构
一、本                    ８２    ３５     /    /    ２     １    ８５
年新收                    １                                 ９
政府信
息公开
申请数
量
二、上                   １８   /    /    /    /    /    １８
年结转
政府信
息公开
申请数
量
      （四   1.本机关不掌握相关政    ２５   １２   /    /    １    /    /
      ）无   府信息            ２
      法提
      供
           2.没有现成信息需要另    ４４   ３    /    /    /    /    /
           行制作
四、结                   ７２   /    /    /    /    /    ７２
转下年
度继续
办理
"""


def test_a_narrow_table_with_marks_reads_its_rows_by_their_own_total():
    """A real report's 表三 in a narrow PDF column (its header one or two characters a line, so
    neither "申请人情况" nor a first label is found as printed) with "/" for the empty cells:
    - "８２  ３５  /  /  ２  １  ８５" over "１ … ９" is 821, 35, /, /, 2, 1, 859 — its own total
      settles the join (the marks count nothing);
    - "２５  １２  /  /  １  /  /" over "２" has no total to settle it: blank, never 25 (the old
      reader took the table for 表二, settled each labelled line alone, and stored 25 for 252)."""
    text = report([]).decode("utf-8").replace("\n".join(HEADER) + "\n", REAL_NARROW_T3)
    res = import_bytes(text.encode("utf-8"), "layout.txt")
    assert t3_of(res, "new") == ["821", "35", "/", "/", "2", "1", "859"]
    assert t3_of(res, "carried") == ["18", "/", "/", "/", "/", "/", "18"]
    assert res.doc.value("t3.unable_none.natural").text in ("", "252")
    assert all(v in (None, "/") or v in ("252", "12", "1") for v in t3_of(res, "unable_none"))


def test_the_lines_of_one_row_never_carry_two_rows_labels():
    """"8 … 8" / "0 0 0 0 0" / "6 … 6" between the label lines "2.没有现成信息" and "需要另行制作",
    then the next row "3.补正后申请内" / its seven zeros. Two readings add up: 86 … 86 with the
    zeros below a row of their own, or 8 … 8 and "6 … 6" over the next row's zeros (60 … 60).
    The second puts the tail of one label and the first piece of the next into one row, which
    cannot be: the first reading is the only one left (before: both blank)."""
    check = row_rule(get_format("2021"))
    forms = label_forms(get_format("2021"))
    text = "\n".join([
        "                        （    1.本机关不掌握",
        "                                              0   0   0   0       0   0   0",
        "                        四     相关政府信息",
        "                        ）    2.没有现成信息             8                       8",
        "                                              0       0   0       0   0",
        "                        无     需要另行制作              6                       6",
        "                        法",
        "                 三、本年   提    3.补正后申请内",
        "                 度办理结   供                     0   0   0   0       0   0   0",
        "                               容仍不明确",
        "                   果",
    ]) + "\n"
    out, notes = join_wrapped_numbers(text, check, [(0, len(text))], forms)
    rows = [ln.split()[-7:] for ln in out.split("\n") if ln.strip() and ln.split()[-1].isdigit()]
    assert rows == [["0"] * 7, ["0", "86", "0", "0", "0", "0", "86"], ["0"] * 7], out
    assert not notes
    before, _ = join_wrapped_numbers(text, check, [(0, len(text))])
    assert "86" not in before and "60" not in before


def test_a_number_line_inside_a_wrapped_table_two_label_is_that_rows():
    """表二 in a narrow label column: "规范性文" / "1   5   0" / "件". The number line has no text of
    its own and stands in the columns of 规章's numbers above, so read alone it was unsettled and
    the whole table was left blank ("0" over "1" cannot join, a count never starts with 0). It
    lies between two lines of one label and no other number line does: it is that row's."""
    fmt = get_format("2019")
    forms = label_forms(fmt)
    text = "\n".join([
        "                                第二十条第（一）项",
        "                                本年新制   本年新公         对外公开",
        "                         信息内容",
        "                                 作数量    开数量          总数量",
        "                          规章     0      2            0",
        "                         规范性文",
        "                                 1      5            0",
        "                           件",
        "                                第二十条第（五）项",
        "                                上一年项   本年增/         处理决定",
        "                         信息内容",
        "                                 目数量    减            数量",
        "                         行政许可    0      0            4",
        "",
    ])
    out, notes = join_wrapped_numbers(text, row_rule(fmt), [], forms)
    assert UNREADABLE not in out and not notes, out
    tied = [ln.split() for ln in tie_wrapped_labels(out, forms).split("\n")]
    at = tied.index(["规范性文"])  # the label's head stays above its tail, tied to the numbers
    assert tied[at - 1] == ["规章", "0", "2", "0"] and tied[at + 1] == ["件", "1", "5", "0"], tied
    assert ["行政许可", "0", "0", "4"] in tied


def test_a_number_line_carrying_the_tail_of_a_label_is_not_a_row_of_its_own():
    """"1.本机关不掌握相关政府  ３ ０ ０ ０ ０ ０ ３" over "信息  ７  ７" in a table that prints
    empty cells: read alone, "７ … ７" could be a row with empty cells (7 = 7) and "３ … ３" one
    too, or they join to 37 … 37. The second line carries the tail of the first one's label, so
    both are one row's: 37 (before: both blank)."""
    fmt = get_format("2021")
    text = "\n".join([
        "     二、上年结转政府信息公开申请数量    １                       １",
        "",
        "     （四）   1.本机关不掌握相关政府   ３   ０   ０   ０   ０   ０   ３",
        "     无法提   信息             ７                       ７",
        "",
    ])
    out, notes = join_wrapped_numbers(text, row_rule(fmt), [(0, len(text))], label_forms(fmt))
    assert out.split("\n")[2].split()[-7:] == ["37", "0", "0", "0", "0", "0", "37"], out
    assert not notes


def test_a_cell_is_placed_by_the_anchors_on_one_side_when_the_other_prints_its_column_empty():
    """"（一）予以公开  0 … 0  0" (自然人, 其他, 总计) above the first row holding all seven cells:
    the rows above it print 其他 empty, so only the full row below shows where 其他 stands. That
    side alone places the cell (before: the row was left blank); a line holding every cell but
    none in that position would show the grid moved, and nothing would be placed."""
    labels = rows_2021()
    z = ["0"] * 7
    values = {
        "new": ["3", "0", "0", "2", None, None, "5"],
        "carried": ["1", None, None, None, None, None, "1"],
        "granted": ["0", None, None, None, None, "0", "0"],
        "partial": ["4", "0", "0", "2", "0", "0", "6"],
        "results_total": ["4", "0", "0", "2", "0", "0", "6"],
    }
    lines = [line(labels[code], values.get(code, z)) for code in labels]
    res = import_bytes(report(lines), "layout.txt")
    for code, want in values.items():
        assert t3_of(res, code) == want, code


def test_a_table_four_number_printed_outside_its_columns_is_not_read_in_print_order():
    """表四 in narrow columns: the first cell "2" pushed onto the next line, left of the row
    ("     1  0  1  4 …" over "2"). Read in print order it is 1 0 1 4 1 | 0 0 2 1 0 | 0 0 0 0 2,
    whose blocks do not add up — nine wrong numbers. Its order is not known: 表四 stays blank."""
    row = "     1  0  1  4           1  0   0 2 1       0  0   0   0   0\n2"
    text = report([line(label, ["0"] * 7) for label in rows_2021().values()]).decode("utf-8")
    t4 = "    " + "  ".join(["0", "0", "0", "0", "0"] * 3)
    res = import_bytes(text.replace(t4, row).encode("utf-8"), "layout.txt")
    t4cells = [c.id for c in res.doc.spec.table("t4").cells]
    assert all(res.doc.value(c).is_blank for c in t4cells), [res.doc.value(c).text for c in t4cells]
    assert t3_of(res, "new") == ["0"] * 7


def test_rows_with_empty_cells_are_placed_by_the_column_header_when_no_row_is_full():
    """No row prints all seven cells, so no row fixes the columns — but the header is printed on
    the rows' character grid (every cell under it stands under one header word, "自然人  商业 …
    总计"): "5  3  1  9" is 自然人 5, 商业企业 3, 法律服务机构 1, 总计 9. The old reader left these
    rows blank. A row whose label is wrapped ("5.属于三类内部" / "事务信息") keeps its empty first
    cell when the label's tail is tied before its cells (not 1 under 自然人)."""
    labels = rows_2021()
    values = {
        "new": ["5", "3", None, None, "1", None, "9"],
        "carried": ["1", None, None, None, None, None, "1"],
        "granted": ["3", "1", None, None, None, None, "4"],
        "partial": ["1", None, None, None, "1", None, "2"],
        "deny_internal": [None, "1", None, None, None, None, "1"],
        "unable_none": ["2", "1", None, None, None, None, "3"],
        "results_total": ["6", "3", None, None, "1", None, "10"],
    }
    lines = []
    for n, c in enumerate(labels):
        if c == "deny_internal":  # its label wrapped: the tail tied before the cells, 自然人 kept empty
            lines += [line("5.属于三类内部", values[c]), "    事务信息"]
        else:
            lines.append(line(labels[c], values.get(c, [None] * 7), shift=n % 2))
    text = report(lines).decode("utf-8")
    # the column header's words at the cells' character columns (HEADER's are not)
    for h, words in zip(HEADER[4:7], (["自然人", "商业", "科研", "社会", "法律", "其他", "总计"],
                                      [None, "企业", "机构", "公益", "服务"], [None, None, None, "组织", "机构"])):
        text = text.replace(h + "\n", line("", words, indent=0) + "\n")
    res = import_bytes(text.encode("utf-8"), "layout.txt")
    for code, want in values.items():
        assert t3_of(res, code) == want, code


def test_a_stretch_on_a_grid_of_its_own_is_placed_by_its_own_columns():
    """The header stands on another character grid than the rows (`pdftotext -layout` lays out
    each text block on its own: here three characters to the right), so it fixes nothing; but
    the rows' cells stand in exactly seven columns, one per header column, none with two cells of
    one line: each cell is in the column of its position. No row prints all seven cells (none
    fixes the columns): the old reader left these rows blank."""
    labels = rows_2021()
    values = {
        "new": ["5", "2", "1", None, "1", "1", "10"],
        "carried": ["1", None, None, "1", None, None, "2"],
        "granted": ["3", "1", None, None, None, None, "4"],
        "partial": ["1", None, None, None, "1", None, "2"],
        "deny_process": [None, None, "1", None, None, None, "1"],
        "unable_none": ["2", "1", None, "1", None, None, "4"],
        "results_total": ["6", "2", "1", "1", "1", None, "11"],
        "carry_next": [None, None, None, None, None, "1", "1"],
    }
    lines = [line(labels[c], values.get(c, [None] * 7)) for c in labels]
    text = report(lines).decode("utf-8")
    for h in HEADER[4:7]:  # the column header printed three characters to the right
        text = text.replace(h + "\n", "   " + h + "\n")
    res = import_bytes(text.encode("utf-8"), "layout.txt")
    for code, want in values.items():
        assert t3_of(res, code) == want, code


def test_a_line_near_the_pieces_of_a_wrapped_number_is_no_row_of_its_own():
    """820 wrapped in a narrow 自然人 cell and its 总计: "8 … 8", then "2  0 … 0  2" and "0 … 0",
    the lines of the row label "1.本机关不掌握相关政府信息" between them. The "0 … 0" line has no
    cells right above or below it and adds up on its own (0 = 0) — placed by the header it would
    leave 82. A line with a number near it in one of its columns is never placed alone."""
    labels = rows_2021()
    full = ["1", "0", "0", "0", "0", "0", "1"]
    lines = []
    for c in labels:
        if c == "unable_none":
            lines += [line("", ["8", None, None, None, None, None, "8"]),
                      "                  1.本机关不掌握相关政府",
                      line("", ["2", "0", "0", "0", "0", "0", "2"]),
                      "                  信息",
                      line("", ["0", None, None, None, None, None, "0"])]
        else:
            lines.append(line(labels[c], full if c in ("new", "granted") else [None] * 7))
    res = import_bytes(report(lines), "layout.txt")
    assert t3_of(res, "unable_none")[0] in (None, "820")
    assert t3_of(res, "unable_none")[-1] in (None, "820")


def test_a_mark_one_space_after_a_wrapped_label_is_a_cell():
    """Rows printed with marks only whose label wraps in a narrow column: pdftotext leaves one
    space between the label's last character and the first "/" (the label column is drawn wider
    than its characters count). That "/" is the row's first cell — not part of the label, whose
    tail ("出具已获取信息") then never became whole: the old reader left these rows blank."""
    labels = rows_2021()
    marks = "/             /    /    /    /       /       /"
    wrapped = {
        "reject_confirm": ["        5.要求行政机关确认或重新 " + marks, "        出具已获取信息"],
        "other_overdue": ["    （六） 1.申请人无正当理由逾期不 " + marks, "    其他处 补正、行政机关不再处理其",
                          "    理   政府信息公开申请"],
        "other_unpaid": ["        2.申请人逾期未按收费通知 " + marks, "        要求缴纳费用、行政机关不",
                         "        再处理其政府信息公开申请"],
    }
    lines = []
    for c in labels:
        lines += wrapped.get(c, [line(labels[c], ["0"] * 7)])
    res = import_bytes(report(lines), "layout.txt")
    for code in wrapped:
        assert t3_of(res, code) == ["/"] * 7, code
    assert t3_of(res, "other_misc") == ["0"] * 7


def test_a_group_label_fragment_one_space_from_a_label_tail_stays_apart():
    """"开 规禁止公开": the last character of the group label （三）不予公开, wrapped in its own
    narrow column, stands one space from the tail of the row label 2.其他法律行政法规禁止公开 (not
    two). The tail is "规禁止公开" and the fragment stays where it is; taken whole, the label never
    became whole and the old reader left the row blank."""
    labels = rows_2021()
    marks = "—           —       —   —   —       —       —"
    lines = []
    for c in labels:
        if c == "deny_secret":
            lines += ["        1.属于国家秘密   " + marks, "      不予公"]
        elif c == "deny_law":
            lines += ["        2.其他法律行政法  " + marks, "      开 规禁止公开"]
        else:
            lines.append(line(labels[c], ["0"] * 7))
    res = import_bytes(report(lines), "layout.txt")
    assert t3_of(res, "deny_law") == ["—"] * 7
    assert t3_of(res, "deny_secret") == ["—"] * 7



def test_a_row_label_printed_one_character_a_line_never_takes_the_next_rows_numbers():
    """The held-out generator's -layout text of partial P06's clerk PDF (tools/import_holdout.py
    --seed 45): 表三's label column prints "一、本年新收政府信息公开申请数量" one character a line,
    "一" beside the row's numbers, the page's repeated header between "数" and "量". Read in order,
    the label ends right before the next row's numbers ("二    ２    0 … 2"): the old reader stored
    本年新收 = 2/0/…/2 for 58/7/…/66 (4 wrong). Where the repeated header is not known as one (the
    page breaks lost: no form feed), that row is blank, with a note, and nothing is wrong
    anywhere; with the form feeds the repeated header is taken out (only the lines repeating the
    earlier header line for line, not the label's characters after it) and every cell is read."""
    res, (counts, issues) = _fixture_case("layout_vertical_labels", "P06__pdf_layout", lambda b: b.replace(b"\f", b"\n"))
    assert [i for i in issues if i[0] in ("wrong", "invented")] == []
    assert counts["right"] > 180
    assert t3_of(res, "new") == [None] * 7
    assert any("本年新收" in n.message for n in res.notes if n.level != "info")
    _res, (counts, issues) = _fixture_case("layout_vertical_labels", "P06__pdf_layout")
    assert issues == [] and counts["right"] == 200


def test_rows_printing_only_their_total_are_placed_under_a_header_with_a_wrapped_group_label():
    """The clerk's 表三 prints only the 总计 of each row (the other cells empty) and wraps the
    group header 法人或其他组织 as "法人或" / "其他组织" over the column headers: "其他组织" is not
    the header of the column 其他 (the word must begin that column's label), so the header is
    found; its 总计 stands over every row's one cell, five lines and more: the grid is the
    header's, and each "0" is the row's 总计 (the old reader left them blank)."""
    labels = rows_2021()
    head = ["(本列数据的勾稽关系为:第一项加第二项之           申请",
            "和,等于第三项加第四项之和)                 人情况",
            "                               自然 法人或                           总计",
            "                               人   其他组织",
            "                                   商业 科研        社会   法律    其他",
            "                                   企业 机构        公    服",
            "                                                益组   务机",
            "                                                织    构"]
    lines = [labels[c].ljust(64) + "0" for c in labels]
    text = report(lines).decode("utf-8").replace("\n".join(HEADER[1:7]), "\n".join(head))
    res = import_bytes(text.encode("utf-8"), "layout.txt")
    for code in ("new", "carried", "granted", "deny_secret", "results_total", "carry_next"):
        assert t3_of(res, code) == [None] * 6 + ["0"], code


def on_grid(text: str) -> str:
    """The report with its column header's words at the cells' character columns (HEADER's are not)."""
    for h, words in zip(HEADER[4:7], (["自然人", "商业", "科研", "社会", "法律", "其他", "总计"],
                                      [None, "企业", "机构", "公益", "服务"], [None, None, None, "组织", "机构"])):
        text = text.replace(h + "\n", line("", words, indent=0) + "\n")
    return text


def vertical_header(shift: int = 0) -> list[str]:
    """表三's column header printed one character a line in narrow columns ("自" / "然" / "人"
    over COLS), as pdftotext -layout prints a header whose cells are a character wide."""
    heads = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    out = ["    三、收到和处理政府信息公开申请情况",
           "                                                      申请人情况",
           "   （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"]
    for i in range(max(len(h) for h in heads)):
        out.append(line("", [h[i] if i < len(h) else None for h in heads], indent=0, shift=shift))
    return out + [""]


def test_a_header_printed_one_character_a_line_places_the_rows_under_it():
    """The column header is printed one character a line ("社" / "会" / "公" / "益" / "组" / "织"
    at one column): read top to bottom, each column's characters name its label, so the header
    fixes the columns and "3  …  3" is 自然人 3 and 总计 3, "1 … 1" 社会公益组织 1 and 总计 1. No row
    prints all seven cells; the old reader found no header word in those one-character lines and
    left the rows blank."""
    labels = rows_2021()
    values = {
        "new": ["3", None, None, "1", None, None, "4"],
        "carried": [None, None, None, None, None, None, "0"],
        "granted": ["2", None, None, None, None, None, "2"],
        "partial": [None, None, None, "1", None, None, "1"],
        "unable_none": ["1", None, None, None, None, None, "1"],
        "results_total": ["3", None, None, "1", None, None, "4"],
    }
    lines = [line(labels[c], values.get(c, [None] * 7), shift=n % 2) for n, c in enumerate(labels)]
    text = report(lines).decode("utf-8").replace("\n".join(HEADER), "\n".join(vertical_header()))
    res = import_bytes(text.encode("utf-8"), "layout.txt")
    for code, want in values.items():
        assert t3_of(res, code) == want, code


def test_zero_lines_with_wrapped_labels_are_rows_of_their_own():
    """A 表三 printing only each row's 总计, "０" on every line, the labels wrapped ("（二）部分公开（区分
    处理的，只计这" / "一情形，不计其他情形）"): a line beside another number line without a whole
    label of its own might hold a wrapped piece — but zeros over zeros can be no wrapped number
    (a number never begins with 0), so each line is a row, its "０" under 总计. The old reader
    left these rows blank."""
    labels = rows_2021()
    lines = []
    for c in labels:
        lab = labels[c]
        if len(lab) > 14:  # wrapped in the label column: the tail on the next line
            lines += [line(lab[:14], [None] * 6 + ["０"]), "    " + lab[14:]]
        else:
            lines.append(line(lab, [None] * 6 + ["０"]))
    res = import_bytes(on_grid(report(lines).decode("utf-8")).encode("utf-8"), "layout.txt")
    for code in labels:
        assert t3_of(res, code) == [None] * 6 + ["0"], code


def test_a_line_of_zeros_between_a_rows_wrapped_pieces_is_no_row_of_its_own():
    """5.要求行政机关确认或重新出具已获取信息 prints 44 under 法律服务机构 and 总计, wrapped as "4" /
    "4" around the row's zeros, the label's tail "信息" on the last line: "0 0 0 0 0" stands apart
    from the columns of the 4s, but it is the middle of that row, not a row of zeros with its 总计
    empty (the old reader placed it so under the header and lost the row)."""
    labels = rows_2021()
    full = ["0"] * 7
    lines = []
    for c in labels:
        if c == "reject_confirm":
            lines += [line("5.要求行政机关确认或重新出具已获取", [None, None, None, None, "4", None, "4"]),
                      line("", ["0", "0", "0", "0", None, "0", None]),
                      line("信息", [None, None, None, None, "4", None, "4"])]
        elif c in ("new", "results_total", "granted"):
            lines.append(line(labels[c], ["0", "0", "0", "0", "44", "0", "44"]))
        else:
            lines.append(line(labels[c], full))
        lines.append("")
    res = import_bytes(on_grid(report(lines).decode("utf-8")).encode("utf-8"), "layout.txt")
    assert t3_of(res, "reject_confirm") == ["0", "0", "0", "0", "44", "0", "44"]


def vertical(label: str, cells, indent: int = 4) -> list[str]:
    """A row whose label is printed one character a line, its cells beside the first."""
    return [line(label[0], cells, indent=indent)] + [" " * indent + ch for ch in label[1:]]


def test_a_row_label_printed_one_character_a_line_with_its_punctuation_is_tied():
    """"一" beside the row's numbers, then "、" / "本" / "年" / … / "量" one character a line: the
    label's tail is tied before the numbers, its "、" line too (the old reader took "、" for no
    label text, stopped there, and left the row blank as a label that never becomes whole)."""
    labels = rows_2021()
    vals = {"new": ["5", "1", "0", "0", "0", "0", "6"], "carried": ["1", "0", "0", "0", "0", "0", "1"]}
    lines = vertical(labels["new"], vals["new"]) + vertical(labels["carried"], vals["carried"])
    lines += [line(labels[c], ["0"] * 7) for c in labels if c not in vals]
    res = import_bytes(report(lines), "layout.txt")
    for code, want in vals.items():
        assert t3_of(res, code) == want, code


def test_a_repeated_header_is_taken_out_line_for_line_not_the_label_after_it():
    """表三's label column prints its labels one character a line; the page breaks inside
    "二、上年结转政府信息公开申请数量" and the next page repeats the column header, then goes on
    "政" / "府" / … / "量". Those characters were all printed before (in 本年新收's label), but they do
    not follow the header where it was printed first: only the header's lines are the repeated
    header. The old join_pages took every line seen before for the header and dropped the label's
    tail, so 上年结转 never became whole and was left blank."""
    labels = rows_2021()
    vals = {"new": ["5", "1", "0", "0", "0", "0", "6"], "carried": ["1", "0", "0", "0", "0", "0", "1"]}
    carried = vertical(labels["carried"], vals["carried"])
    lines = vertical(labels["new"], vals["new"]) + carried[:6]
    lines += ["", "                                                                           - 3 -",
              "\f" + HEADER[1]] + HEADER[2:7] + carried[6:]
    lines += [line(labels[c], ["0"] * 7) for c in labels if c not in vals]
    res = import_bytes(on_grid(report(lines).decode("utf-8")).encode("utf-8"), "layout.txt")
    for code, want in vals.items():
        assert t3_of(res, code) == want, code



def test_a_page_continuing_the_table_is_put_into_the_grid_of_the_page_it_continues():
    """pdftotext -layout lays each page out on a character grid of its own: after a page break
    and the header printed again, the same column starts a few characters further left. The
    pieces "2 … 2" of "（六）其他处理 35 … 35" (352 wrapped over the break) stood under the
    "36 … 78" of （七）总计 instead of under "35", and the old reader joined them there: 总计 2368
    and 2780 stored for 368 and 780, and 35 for 352 — both rows add up that way. Put into the
    grid of the page before, the pieces stand under the row they continue; joined up or down both
    rows add up, and only the whole table's identities (the results' 总计 is the sum of the result
    rows) decide: 352, 368 and 780, with a note asking to check."""
    res, (counts, issues) = _fixture_case("layout_rest_over_page_other_grid", "gen72805__pdf_layout")
    assert [i for i in issues if i[0] in ("wrong", "invented")] == []
    assert counts["right"] >= 165
    got = [res.doc.value(f"t3.{c}").text for c in ("other_handling.business", "results_total.business",
                                                    "results_total.total")]
    assert got == ["352", "368", "780"]
    assert any("只有一种拼接方式使全表的勾稽关系" in n.message for n in res.notes)


def test_a_number_with_its_thousands_separator_wrapped_in_a_narrow_column_is_joined():
    """"2,5" on the row's line and "22" on the next, in the columns of 商业企业 and 总计 (2,522
    wrapped, held-out --hand seed 345): the old reader did not take "2,5" for a number, joined
    "22" into the row and stored 22 — the "2,5" left over unreported. A piece with a thousands
    separator is a piece like any other, and a joined number whose separators do not group
    thousands is no reading."""
    res, (counts, issues) = _fixture_case("layout_thousands_wrapped", "gen72829__pdf_layout")
    assert [i for i in issues if i[0] in ("wrong", "invented")] == []
    assert res.doc.value("t3.unable_unclear.business").text == "2522"
    assert res.doc.value("t3.unable_unclear.total").text == "2522"
    assert counts["right"] >= 180
    check = row_rule(get_format("2021"))
    assert check(["1", "2,522", "0", "0", "0", "0", "2,523"]) is True
    assert check(["1", "25,22", "0", "0", "0", "0", "2523"]) is None

def test_join_pages_moves_the_continued_page_by_its_header_offset():
    """The header printed again three characters further left: the next page's lines are moved
    three to the right (and, the other way, to the left), so its columns stand where they stood."""
    def page(indent: int, rows: list[tuple[str, ...]]) -> str:
        pad = " " * indent
        lines = [pad + "            申请人情况", pad + "自然人      法人或其他组织      总计"]
        return "\n".join(lines + [pad + "      ".join(r) for r in rows])

    first = page(12, [("12", "30", "42")])
    for other in (9, 15):
        joined = join_pages(first + "\n\f" + page(other, [("5 ", "1 ", "6 ")])).split("\n")
        assert len(joined) == 4 and joined[2].rstrip() == first.split("\n")[2]
        assert [joined[3].index(d) for d in "516"] == [joined[2].index(d) for d in ("12", "30", "42")]



def test_rows_in_columns_with_empty_lines_between_are_no_cell_per_block_text():
    """The held-out generator's -layout text of partial P08's clerk PDF (tools/import_holdout.py
    --seed 157): its source stops after four 表三 rows, the other rows printed empty; empty lines
    between the rows, the remark "（本列数据的勾稽关系为：…）" two characters a line, the empty
    rows' labels one word a line — nearly every line one word, as plain pdftotext prints one cell
    per block. But the rows stand in columns ("3    0    ０ …    3"): they are read as rows. The
    old reader took the table for plain text, cell per block, and left 上年结转 and 予以公开 blank
    (14 cells)."""
    _res, (counts, issues) = _fixture_case("layout_partial_rows_apart", "P08__pdf_layout")
    assert issues == [] and counts["right"] == 198



def test_table_three_is_found_under_its_heading_when_its_header_cannot_be_read():
    """The held-out generator's -layout text of seed_000's clerk PDF (tools/import_holdout.py
    --seed 157): the clerk's merged cells are printed again in every row and on every page, the
    remark "（本列数据的勾稽关系为：…）" three characters a line in two columns, "申请" / "人情" / "况"
    — neither the header nor "一、本年新收政府信息公开申请数量" is found, and the old reader reported
    表三 missing (161 cells blank). Rows of numbers in columns follow the section heading
    "三、收到和处理政府信息公开申请情况": 表三 starts there, and its rows are read by their labels."""
    _res, (counts, issues) = _fixture_case("layout_t3_header_unreadable", "seed_000__pdf_layout")
    assert [i for i in issues if i[0] in ("wrong", "invented")] == []
    assert counts["right"] >= 160


def test_a_section_heading_over_prose_is_no_table_three():
    """The heading "三、收到和处理政府信息公开申请情况" over prose that gives numbers ("予以公开 3 件")
    and no table: 表三 is still not found (no rows of numbers in columns follow the heading), no
    number is stored."""
    text = report([]).decode("utf-8").replace("\n".join(HEADER), "\n".join([
        "    三、收到和处理政府信息公开申请情况", "",
        "    本年度共收到政府信息公开申请 5 件，其中予以公开 3 件，部分公开 2 件，上年结转 0 件。", ""]))
    res = import_bytes(text.encode("utf-8"), "layout.txt")
    t = res.doc.spec.table("t3")
    assert all(res.doc.value(c.id).is_blank for c in t.cells)
    assert any("未找到表三" in n.message for n in res.notes)


def _fixture_case(stem: str, case: str, edit=lambda text: text):
    """The import of tests/data/layouts/<stem>.txt.gz (its bytes passed through ``edit``) and its
    comparison with its truth (tools/import_holdout.py's schema)."""
    import gzip
    import json
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "tools"))
    import import_holdout as ho

    layouts = root / "tests" / "data" / "layouts"
    text = edit(gzip.decompress((layouts / f"{stem}.txt.gz").read_bytes()))
    truth = json.loads((layouts / f"{stem}.truth.json").read_text(encoding="utf-8"))
    res = import_bytes(text, "report.txt")
    return res, ho.compare_case(res.doc, truth, case)


def test_a_line_where_the_character_grid_changes_is_not_placed_on_the_grid_above():
    """`pdftotext -layout` lays out each text block on a grid of its own (generated report
    gen 7955): the first two rows stand on the header's grid, the rows from （一）予以公开 on stand
    further right. "(一)予以公开   0" has its 0 under 总计 of the grid above — and under 科研机构 of
    the one below, where it belongs. Placed from the full row above, the old reader stored 总计 = 0
    for a 总计 printed empty (invented) and lost 科研机构's 0. A line each of whose cells also stands
    where the lines below print theirs, the grid moving there, is not placed by the grid above."""
    labels = rows_2021()
    up = (46, 50, 54, 58, 62, 66, 70)
    low = (62, 66, 70, 74, 78, 82, 86)

    def at(label: str, cols, cells) -> str:
        out = "    " + label
        for col, c in zip(cols, cells):
            if c is not None:
                out = out.ljust(col) + c
        return out

    lines = [at(labels["new"], up, ["6", "0", "0", "0", "1", "0", "7"]),
             at(labels["carried"], up, ["3", "0", "0", None, "1", None, "4"]),
             at(labels["granted"], low, [None, None, "0", None, None, None, None]), ""]
    lower = {"partial": [None, None, None, "0", "0", None, "0"], "deny_secret": ["0", None, "0", None, "0", None, "0"],
             "unable_none": [None, "0", None, "4", "3", None, "7"], "results_total": ["9", "0", "0", None, "2", None, "11"],
             "carry_next": [None, None, None, None, None, "0", "0"]}
    for c in labels:
        if c in lower:
            lines.append(at(labels[c], low, lower[c]))
    text = report(lines).decode("utf-8")
    for h, words in zip(HEADER[4:7], (["自然", "商业", "科研", "社会", "法律", "其他", "总计"],)):
        text = text.replace(h + "\n", at("", [c - 4 for c in up], words) + "\n")
    res = import_bytes(text.encode("utf-8"), "layout.txt")
    assert t3_of(res, "granted")[-1] is None


def _wide(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) for c in s)


def _at(label: str, cells) -> str:
    out = "    " + label
    for col, c in cells:
        out = out.ljust(col) + _wide(c)
    return out.rstrip()


def test_a_cell_under_a_packed_cell_of_a_full_row_is_not_placed_by_it():
    """A narrow 表三 printed with full-width digits and empty cells for 0: pdftotext writes a
    full row's cells one space apart where the PDF draws them close ("１２ １５ １" at 30/33/36,
    "１２" drawn over 30–33), so its 科研 "１" stands at 36 though drawn at 40. A row printing only
    商业企业 3 (centred in its cell, at 36) and 总计 3 then stands under that "１": read by it,
    3 went to 科研机构 in three rows, and the table's identities still held (the same move in
    each). A cell packed against its neighbour places nothing: the rows stay blank with a note."""
    labels = rows_2021()
    packed = [(30, "12"), (33, "15"), (36, "1"), (45, "1"), (51, "1"), (59, "1"), (63, "31")]
    alone = [(36, "3"), (64, "3")]
    lines = [_at(lab, packed if code in ("carried", "carry_next") else
                 alone if code in ("new", "granted", "results_total") else []) for code, lab in labels.items()]
    res = import_bytes(report(lines), "layout.txt")
    for code in ("new", "granted", "results_total"):
        assert t3_of(res, code) == [None] * 7, code
    assert t3_of(res, "carried") == ["12", "15", "1", "1", "1", "1", "31"]
    assert any("表三" in n.message or "折行" in n.message for n in res.notes if n.level == "ambiguous")


def test_numbers_one_space_apart_in_narrow_columns_are_cells_of_their_own():
    """real-012's 表三 in narrow columns (the held-out generator's -layout text, seed 207):
    pdftotext writes cells drawn close together one space apart ("30 53 0  0  61  4  31" over
    "01 … 19": 3001, 53, 0, 0, 61, 4, 3119). One space after a number standing in its column is
    a cell too: the old reader dropped "53" (no two-space gap before it), no joining added up,
    and 一、二 and （一）（二） were blank. Nothing is wrong or invented."""
    res, (counts, issues) = _fixture_case("layout_narrow_one_space", "real-012__pdf_layout")
    assert [i for i in issues if i[0] in ("wrong", "invented")] == []
    assert t3_of(res, "new") == ["3001", "53", "0", "0", "61", "4", "3119"]
    assert t3_of(res, "granted") == ["1288", "21", "0", "0", "50", "3", "1362"]
    assert counts["right"] >= 170


def test_a_piece_under_a_packed_cell_is_not_joined_to_it():
    """"１２ １２ １ … １４１" over "５" in narrow columns: pdftotext wrote 商业企业's "１２" one
    space after 自然人's (packed: it is drawn somewhere right of 33, where 自然人's "１２" ends),
    and the "５" stands at 34. Joined to the written place it made 12 / 125, joined to 自然人 125 /
    12: both add up to 141, an exchange the arithmetic cannot see. The geometry does not say
    which cell the piece is under: the row stays blank with a note."""
    labels = rows_2021()
    full = [(30, "12"), (33, "12"), (36, "1"), (45, "1"), (51, "1"), (59, "1"), (63, "141")]
    zero = [(30, "0"), (35, "0"), (40, "0"), (45, "0"), (51, "0"), (59, "0"), (63, "0")]
    lines = []
    for code, lab in labels.items():
        lines += [_at(lab, full), _at("", [(34, "5")])] if code in ("new", "results_total") else [_at(lab, zero)]
    res = import_bytes(report(lines), "layout.txt")
    for code in ("new", "results_total"):
        assert t3_of(res, code) == [None] * 7, code
    assert any("12 12 1 1 1 1 141 / 5" in n.message for n in res.notes if n.level == "ambiguous")


def test_a_merged_cell_printed_in_each_grid_column_is_read_once():
    """A clerk's 2019 表二 on a three-column grid: the merged cells 本年增/减 and 采购总金额 are
    printed again in each column they span, header and number ("采购项  采购总金额（  采购总金额（"
    over "政府集中采购  9  42.194  42.194"; seed_003, the held-out generator's -layout text, seed
    203). Adjacent cells under the same header text printing the same value are one cell: 9 and
    42.194 (the old reader saw three numbers for two cells and left the row blank). Copies that
    differ are not read."""
    res, (counts, issues) = _fixture_case("layout_t2_merged_twice", "seed_003__pdf_layout")
    assert [i for i in issues if i[0] in ("wrong", "invented")] == []
    t2 = {c: res.doc.value(f"t2.{c}").text for c in ("fees.prev_items", "fees.change", "procurement.items",
                                                       "procurement.amount")}
    assert t2 == {"fees.prev_items": "0", "fees.change": "0", "procurement.items": "9", "procurement.amount": "42.194"}
    assert counts["right"] == 198
    res, _ = _fixture_case("layout_t2_merged_twice", "seed_003__pdf_layout",
                           lambda b: b.replace("42.194         42.194".encode(), "42.194         42.195".encode()))
    assert res.doc.value("t2.procurement.amount").is_blank and res.doc.value("t2.procurement.items").is_blank


def test_a_merged_cell_printed_twice_beside_an_empty_cell_is_read_by_its_columns():
    """The same clerk's table with the first cell of a two-field 表二 row left empty: the row
    prints two numbers, the copies of its merged cell ("行政事业性收费   5   5" under 上一年项目数量,
    本年增/减, 本年增/减). Read in print order they were 上一年项目数量 5 (a number the table does
    not print) and 本年增/减 5; by the header's columns 上一年项目数量 is empty and 本年增/减 5
    (held-out gen 72023/72025, seed 331, both -layout texts). Copies that differ, or a number
    standing between two columns, are not read so."""
    fees = "行政事业性收费        0                 0              0"
    buy = "政府集中采购       9                 42.194         42.194"

    def t2(edit) -> dict:
        res, _ = _fixture_case("layout_t2_merged_twice", "seed_003__pdf_layout", edit)
        return {c: (None if res.doc.value(f"t2.{c}").is_blank else res.doc.value(f"t2.{c}").text)
                for c in ("fees.prev_items", "fees.change", "procurement.items", "procurement.amount")}

    got = t2(lambda b: b.replace(fees.encode(), "行政事业性收费                          5              5".encode())
             .replace(buy.encode(), "政府集中采购                         42.194         42.194".encode()))
    assert got == {"fees.prev_items": None, "fees.change": "5", "procurement.items": None,
                   "procurement.amount": "42.194"}
    # the copies differ: not read as one cell
    got = t2(lambda b: b.replace(fees.encode(), "行政事业性收费                          5              6".encode()))
    assert got["fees.prev_items"] is None and got["fees.change"] is None
    # the copy of the merged cell left empty: read in print order, as printed
    got = t2(lambda b: b.replace(fees.encode(), "行政事业性收费        4                 5".encode()))
    assert got["fees.prev_items"] == "4" and got["fees.change"] == "5"
    # a decrease printed in both copies, 上一年项目数量 empty (seed 441 gen75002): placed by the
    # header as well — read in print order it was 上一年项目数量 -24, a number the table does not print
    got = t2(lambda b: b.replace(fees.encode(), "行政事业性收费                          -24            -24".encode()))
    assert got["fees.prev_items"] is None and got["fees.change"] == "-24"
    got = t2(lambda b: b.replace(fees.encode(), "行政事业性收费        7                 -24            -24".encode()))
    assert got["fees.prev_items"] == "7" and got["fees.change"] == "-24"


T2_COLS = (16, 32, 48)  # character columns of 本年制发件数, 本年废止件数, 现行有效件数


def t2_line(label: str, cells) -> str:
    """A 表二 row as pdftotext -layout prints it: ``cells`` at T2_COLS (None: printed empty; an
    (offset, text) pair: printed that many characters off its column)."""
    out = label
    for col, c in zip(T2_COLS, cells):
        if c is not None:
            off, c = c if isinstance(c, tuple) else (0, c)
            out = out.ljust(col + off) + c
    return out


def _t2_2021(rules, normative, extra: tuple[str, ...] = ()) -> list[str]:
    """表二 of a 2021 report as pdftotext -layout prints a clerk's table."""
    return [
        "    二、主动公开政府信息情况",
        "第二十条第（一）项",
        t2_line("信息", ["本年制", "本年废", "现行有"]),
        t2_line("内容", ["发件数", "止件数", "效件数"]),
        t2_line("规章", rules),
        t2_line("行政规范性文件", normative),
        *extra,
        "第二十条第（五）项",
        "信息            本年处理",
        "内容            决定数量",
        "行政许可          12",
        "第二十条第（六）项",
        "信息            本年处理",
        "内容            决定数量",
        "行政处罚          30",
        "行政强制          0",
        "第二十条第（八）项",
        "信息            本年收费金额",
        "内容            （单位：万元）",
        "行政事业性收费     0",
        "",
    ]


def _t3_full() -> list[str]:
    return [line(label, ["0"] * 7) for label in rows_2021().values()]


def test_a_table_two_row_with_empty_cells_is_placed_under_its_header_columns():
    """A 表二 row printing fewer numbers than its block has columns: each number stands under a
    column of the block's header ("行政规范性文件  9          2" under 本年制发件数 and 现行有效件数:
    本年废止件数 empty, not 9 / 2 in the first two columns). The old reader left such rows blank
    (held-out gen 72000-72029, seed 331: 64 cells of 表二)."""
    fields = ("issued", "repealed", "in_force")

    def t2(rules, normative, extra=()):
        res = import_bytes(report(_t3_full(), _t2_2021(rules, normative, extra)), "layout.txt")
        return [[None if res.doc.value(f"t2.{r}.{f}").is_blank else res.doc.value(f"t2.{r}.{f}").text
                 for f in fields] for r in ("rules", "normative")], res

    got, res = t2(["3", "1", "5"], [(1, "9"), None, (-1, "2")])
    assert got == [["3", "1", "5"], ["9", None, "2"]]
    assert res.doc.value("t2.license.decisions").text == "12"
    # a row printing one number, under the middle column; the row below it placed too
    got, _ = t2([None, "4", None], ["11", "-", "7"])
    assert got == [[None, "4", None], ["11", "-", "7"]]  # the mark kept as a mark, no number
    # a number standing between two columns: not placed
    got, _ = t2(["3", "1", "5"], ["9", None, (-8, "2")])
    assert got[1] == [None, None, None]
    # a number line without a label under the row may hold the rest of a wrapped number: not placed
    got, _ = t2(["3", "1", "5"], ["9", None, "2"], (t2_line("", [None, None, "1"]),))
    assert got[1] == [None, None, None]
    # a row at a page's top under the page's running header (two lines of words in columns), not
    # its block's header: not placed by it
    lines = _t2_2021(["3", "1", "5"], ["9", None, "2"])
    at = lines.index(t2_line("行政规范性文件", ["9", None, "2"]))
    lines[at:at] = ["", "", "\f" + t2_line("某某市", ["某某局", "年度", "报告"]),
                    t2_line("2023年", ["政府", "信息", "公开"])]
    res = import_bytes(report(_t3_full(), lines), "layout.txt")
    assert all(res.doc.value(f"t2.normative.{f}").is_blank for f in fields)


def test_a_one_field_row_printed_in_each_grid_column_is_read_once():
    """A 2021 表二 on the clerk's four-column grid: the one-field blocks (本年处理决定数量,
    本年收费金额) copy header and number into each of the three columns ("行政处罚  71  71  71").
    The copies are one cell: 行政处罚 71. The reader took the header printed three times over a
    row of one number for copies it could not place and left the rows blank (held-out gen 72022,
    seed 331, both -layout texts)."""
    def block(title: str, h1: str, h2: str, rows) -> list[str]:
        return [t2_line(title, [title] * 3), t2_line("信息", [h1] * 3), t2_line("内容", [h2] * 3),
                *[t2_line(label, [v] * 3 if v else [None] * 3) for label, v in rows]]

    t2 = ["    二、主动公开政府信息情况",
          "第二十条第（一）项",
          t2_line("信息", ["本年制", "本年废", "现行有"]),
          t2_line("内容", ["发件数", "止件数", "效件数"]),
          t2_line("规章", ["3", None, "5"]),
          t2_line("行政规范性文件", [None, None, "2"]),
          *block("第二十条第（五）项", "本年处理", "决定数量", [("行政许可", "12")]),
          *block("第二十条第（六）项", "本年处理", "决定数量", [("行政处罚", "71"), ("行政强制", "—")]),
          *block("第二十条第（八）项", "本年收费金额", "（单位：万元）", [("行政事业性收费", "0")]),
          ""]
    res = import_bytes(report(_t3_full(), t2), "layout.txt")
    got = {c: res.doc.value(f"t2.{c}").text for c in ("license.decisions", "penalty.decisions", "fees.amount",
                                                       "rules.in_force", "normative.in_force")}
    assert got == {"license.decisions": "12", "penalty.decisions": "71", "fees.amount": "0", "rules.in_force": "5",
                   "normative.in_force": "2"}
    # copies that differ: not read
    t2[t2.index(t2_line("行政处罚", ["71"] * 3))] = t2_line("行政处罚", ["71", "71", "17"])
    res = import_bytes(report(_t3_full(), t2), "layout.txt")
    assert res.doc.value("t2.penalty.decisions").is_blank


def test_an_amount_below_one_is_a_number_of_its_own_line():
    """政府集中采购's 采购总金额 printed as 0.95 (万元) in a table whose number lines stand over each
    other: the line is read as it is. The reader took "0.95" for a count starting with 0 — none of
    its readings valid — and left the row blank (held-out gen 72013, seed 331, both -layout texts)."""
    buy = "政府集中采购       9                 42.194         42.194"
    res, _ = _fixture_case("layout_t2_merged_twice", "seed_003__pdf_layout",
                           lambda b: b.replace(buy.encode(), "政府集中采购       0                 0.95           0.95".encode()))
    assert (res.doc.value("t2.procurement.items").text, res.doc.value("t2.procurement.amount").text) == ("0", "0.95")


def test_a_t4_number_pushed_out_of_its_narrow_cell_goes_where_its_row_leaves_room():
    """表四 in narrow columns with full-width digits: the first block's 总计 "０" is printed on a
    line of its own at the line start, and the row line leaves that cell's room empty ("０  ０ ０
    ０" then eleven spaces before "２"; the held-out generator's -layout text of seed_004, seed
    207). The one gap wide enough for a cell is where it goes, and the blocks then add up (0 0 0 0
    0 / 2 1 2 0 5 / 0 0 0 0 0) while no other place for it does: the old reader left 表四 blank.
    Where the row shows no such room, it stays blank."""
    t4 = "    0  0  0  0  0  0  0  0  0  0  0  0  0  0  0"
    row = "    ０  ０ ０  ０           ２   １   ２   ０   ５   ０   ０   ０   ０   ０\n０"
    text = report([]).decode("utf-8").replace(t4, row)
    res = import_bytes(text.encode("utf-8"), "layout.txt")
    t = res.doc.spec.table("t4")
    assert [res.doc.value(c.id).text for c in t.cells] == list("00000" "21205" "00000")
    # no gap wide enough for a cell (its place not shown): blank, though 0 0 0 0 0 … adds up
    flat = "    ０  ０ ０  ０   ２   １   ２   ０   ５   ０   ０   ０   ０   ０\n０"
    res = import_bytes(report([]).decode("utf-8").replace(t4, flat).encode("utf-8"), "layout.txt")
    assert all(res.doc.value(c.id).is_blank for c in t.cells)


def _page_broken_row(label: str, first, tail_label: str, rest, rest_shift: int = 0) -> list[str]:
    """表三 (2021) whose row ``label`` is the last line of a page (cells ``first``) and whose
    wrapped numbers' last pieces (``rest``, written ``rest_shift`` characters off the columns)
    stand on the next page under the repeated header, beside ``tail_label`` (the next lines of
    the narrow label columns). The table prints empty cells (4.无正当理由大量反复申请 stands
    alone with two cells), so a line of fewer cells may be a row of its own."""
    labels = rows_2021()
    z = ["0"] * 7
    lines: list[str] = []
    for code, text in labels.items():
        if text == label:
            lines += [line(text, first), "", "", "                        - 3 -", "\f" + HEADER[1], *HEADER[2:],
                      line(tail_label, rest, shift=rest_shift)]
        elif code == "reject_mass":
            lines += ["", line(text, [None, "0", None, None, None, None, "0"]), ""]
        elif code in ("new", "results_total"):
            lines.append(line(text, ["21", "0", "0", "0", "0", "0", "21"]))
        else:
            lines.append(line(text, z))
    return lines


def test_a_row_broken_by_a_page_takes_its_wrapped_pieces_from_under_the_repeated_header():
    """real-004's clerk PDF as -layout text (the held-out generator, seed 208): "（一）予以公开
    ２ … ２" is a page's last line; "１ … １", the last digits of its wrapped 21s, stand on the
    next page under the repeated header, beside "本年   予以公" (the narrow label columns wrapped:
    三、本年度办理结果 and （一）予以公开 printed again). The old reader took "予以公" for the first
    piece of another row's label, so "２ … ２" was a whole row: 2 stored for 21 (a wrong number).
    A line repeating the label of the row right above is that row's continuation: 21 … 21, the
    only reading; pieces that cannot be the row's leave it blank with a note, never 2."""
    res, (counts, issues) = _fixture_case("layout_page_broken_row", "real-004__pdf_layout")
    assert [i for i in issues if i[0] in ("wrong", "invented")] == []
    assert t3_of(res, "granted") == ["21", "0", "0", "0", "0", "0", "21"]
    assert counts["right"] >= 190

    def three(text: bytes) -> bytes:  # the pieces no longer add up: 21 … 23
        head, _, tail = text.decode("utf-8").partition("本年   予以公                 １                       １")
        assert tail
        return (head + "本年   予以公                 １                       ３" + tail).encode("utf-8")

    res, (counts, issues) = _fixture_case("layout_page_broken_row", "real-004__pdf_layout", three)
    assert t3_of(res, "granted") == [None] * 7
    assert any("折行" in n.message for n in res.notes)


def test_a_continuation_line_one_character_off_the_columns_is_joined_not_dropped():
    """"四、结转下年度继续办理  10 … 10" over "结转   转下年  3 … 3" (the next page, under the
    repeated header), the 3s written one character left of the 10s (the character grid rounds a
    centred cell): the pieces overlap no cell, so no join was found and 10 = 10 was stored,
    103 being printed. A number line under a row line, fewer cells than a row, each beside one of
    its cells and no other row's label on it, is that row's: joined (103 … 103) when only one
    cell is beside each piece and the sum holds, else blank."""
    first = ["10", "0", "0", "0", "0", "0", "10"]
    rest = ["3", None, None, None, None, None, "3"]
    label = rows_2021()["carry_next"]
    res = import_bytes(report(_page_broken_row(label, first, "结转   转下年", rest, rest_shift=-1)), "layout.txt")
    assert t3_of(res, "carry_next") == ["103", "0", "0", "0", "0", "0", "103"]
    rest = ["3", None, None, None, None, None, "4"]
    res = import_bytes(report(_page_broken_row(label, first, "结转   转下年", rest, rest_shift=-1)), "layout.txt")
    assert t3_of(res, "carry_next") == [None] * 7


def test_a_row_whose_cells_are_centred_may_take_more_lines_than_a_number_wraps_over():
    """Generated report 90799's -layout text (tools/gen_reports.py): 表三's cells are centred in
    their rows, and "30264" wrapped over five lines has "14", "84", "49" beside it on the lines
    between, so （七）总计's row takes seven lines, its label on the middle one, right under "3.其他
    4 … 4". Rows were read over five lines at most: 3.其他 = 430 (with the 总计's first two
    pieces) and 总计 = 264 … 411 — both adding up, both wrong. A row may take 2 × 5 − 1 lines; the
    "3 … 3" under "4 … 4" is then the top of either row, and they are left blank."""
    res, (counts, issues) = _fixture_case("layout_gen90799", "gen90799__pdf_layout")
    assert [i for i in issues if i[0] in ("wrong", "invented")] == []
    assert t3_of(res, "other_misc") in ([None] * 7, ["4", "0", "0", "0", "0", "0", "4"])
    assert counts["right"] >= 170


def test_no_column_of_a_row_takes_more_pieces_than_a_number_wraps_over():
    """Generated report 90973's -layout text: 5.要求行政机关确认或重新出具已获取信息 (17620),
    （六）其他处理 (36696) and （七）总计 (68290 … 68322), each first cell and 总计 wrapped over five
    lines, the rows right under each other. A row may take up to nine lines (cells centred), but
    a number wraps over five at most: a reading putting nine pieces in one column (176203669) is
    none, and the rows are read one way only."""
    fmt = get_format("2019")
    text = "\n".join([
        "              申请    0   0   0   0   0   0   0",
        "      （",
        "     五）             1                       1",
        "      不    5.要求行政   7                       7",
        "      予    机关确认或    6                       6",
        "      处    重新出具已    2                       2",
        "      理     获取信息    0   0   0   0   0   0   0",
        "                    3                       3",
        "                    6                       6",
        "                    6                       6",
        "                    9                       9",
        "      （六）其他处理       6   0   0   0   0   0   6",
        "三、                  6                       6",
        "本年                  8                       8",
        "度办                  2                       3",
        "理结                  9   1                   2",
        " 果        （七）总计     0   2   9   9   0   2   2",
        "",
    ])
    out, notes = join_wrapped_numbers(text, row_rule(fmt), [(0, len(text))], label_forms(fmt))
    lines = out.split("\n")
    assert lines[6].split()[-7:] == ["17620", "0", "0", "0", "0", "0", "17620"], out
    assert lines[11].split()[-7:] == ["36696", "0", "0", "0", "0", "0", "36696"], out
    assert lines[16].split()[-7:] == ["68290", "12", "9", "9", "0", "2", "68322"], out
    assert not notes


def test_a_rest_standing_over_a_mark_of_the_row_below_is_the_row_above_s():
    """Generated report 72545's -layout text: full-width digits, 3.危及“三安全一稳定” 614 and
    4.保护第三方合法权益 39 wrapped in their narrow cells, and the rows under them printing their
    总计 as "/". The "９ … ９" under row 4 was taken as maybe the top of row 5's numbers, so row 5
    ("０ / / / ０ ０ /", no sum to check) was not a row of its own and the run had no reading: five
    rows blank. The "９" over row 5's last "/" cannot be a piece of that row (a cell holds a number
    or a mark); and a row left blank no longer makes its neighbours look stacked on it."""
    fmt = get_format("2019")
    text = "\n".join([
        "    开   3.危及“三安全一稳定”           ０        ０       /       ０       ６        ０    ６",
        "                                                                １             １",
        "                                                                ４             ４",
        "          4.保护第三方合法权益          ０        ０       /       /       ０        ３    ３",
        "                                                                         ９    ９",
        "        5.属于三类内部事务信息           ０        /       /       /       ０        ０    /",
        "        6.属于四类过程性信息             ０       ０       /       /       ０        ０    /",
        "        7.属于行政执法案卷             ０        ０       ０       /       /        /    /",
        "",
    ])
    out, notes = join_wrapped_numbers(text, row_rule(fmt), [(0, len(text))], label_forms(fmt))
    lines = out.split("\n")
    assert lines[0].split()[-7:] == ["0", "0", "/", "0", "614", "0", "614"], out
    assert lines[3].split()[-7:] == ["0", "0", "/", "/", "0", "39", "39"], out
    assert lines[5:8] == text.split("\n")[5:8]
    assert UNREADABLE not in out and not notes
    # row 4's rest not adding up (39 printed 38): rows 3 to 5 blank, rows 6 and 7 still read
    broken = text.replace("９    ９", "９    ８")
    out, notes = join_wrapped_numbers(broken, row_rule(fmt), [(0, len(broken))], label_forms(fmt))
    lines = out.split("\n")
    assert UNREADABLE in lines[0] and UNREADABLE in lines[3] and notes
    assert lines[6:8] == text.split("\n")[6:8], out


def test_a_run_read_two_ways_is_read_the_one_way_the_whole_table_adds_up():
    """Generated report 72555's -layout text: "7.属于行政执法案卷  0  98  0 … 98" over "4 … 4", right
    above "8.属于行政查询事项  7 … 7": 984 and 7, or 98 and 47 — each row adds up either way, and
    both rows were left blank. Of the two readings only the first keeps 表三's column totals
    ((七)总计 987 under 商业企业): it is taken, with a note asking to check it. Where the table
    cannot tell (its 总计 row not printed), the rows stay blank."""
    res, (counts, issues) = _fixture_case("layout_gen72555", "gen72555__pdf_layout")
    assert [i for i in issues if i[0] in ("wrong", "invented")] == []
    assert t3_of(res, "deny_enforcement") == ["0", "984", "0", "0", "0", "0", "984"]
    assert t3_of(res, "deny_inquiry") == ["7", "0", "0", "0", "0", "0", "7"]
    assert any("全表的勾稽关系" in n.message and n.level == "ambiguous" for n in res.notes)
    assert counts["right"] == 198

    def no_total(text: bytes) -> bytes:
        return (text.replace("28   98   0   10   13   58   13".encode(), b"")
                .replace("3    7                       51".encode(), b""))

    res, (counts, issues) = _fixture_case("layout_gen72555", "gen72555__pdf_layout", no_total)
    assert [i for i in issues if i[0] in ("wrong", "invented")] == []
    assert t3_of(res, "deny_enforcement") == [None] * 7
    assert t3_of(res, "deny_inquiry") == [None] * 7

    def total_misprinted(text: bytes) -> bytes:
        # (七)总计 商业企业 printed 997 for 987 (its row still adding up, 总计 1361): neither reading
        # keeps the table's identities
        return (text.replace("28   98   0   10   13   58   13".encode(), "28   99   0   10   13   58   13".encode())
                .replace("3    7                       51".encode(), "3    7                       61".encode()))

    res, (counts, issues) = _fixture_case("layout_gen72555", "gen72555__pdf_layout", total_misprinted)
    assert t3_of(res, "results_total") == ["283", "997", "0", "10", "13", "58", "1361"]
    assert t3_of(res, "deny_enforcement") == [None] * 7
    assert t3_of(res, "deny_inquiry") == [None] * 7


def test_a_total_printed_a_line_lower_is_its_row_s_beside_marks():
    """Generated report 72548's -layout text: "(七)总计  657  241  /  8  8  16" with its 总计 930 on
    the line below, right of every other cell (the cell's text drawn lower). Read with marks among
    its cells the row needed its every cell on the line holding the marks: blank. The columns are
    that line's cells and the number beside them: 657 + 241 + 8 + 8 + 16 = 930, each in its place."""
    fmt = get_format("2019")
    text = "\n".join([
        "     (六)其他处理                     /     /       0     /     /       3    3",
        "     (七)总计                       657   241     /      8    8       16",
        "                                                                        930",
        "四、结转下年度继续办理                      0     0       /     /     /       0    0",
        "",
    ])
    out, notes = join_wrapped_numbers(text, row_rule(fmt), [(0, len(text))], label_forms(fmt))
    lines = out.split("\n")
    assert lines[1].split()[-7:] == ["657", "241", "/", "8", "8", "16", "930"], out
    assert "930" not in lines[2] and lines[3] == text.split("\n")[3]
    assert UNREADABLE not in out and not notes
    # 930 standing over the "/" of the row below: not that row's, still the row above's
    text = text.replace("0     0       /     /     /       0    0", "0     0       /     /     /       0    /")
    out, notes = join_wrapped_numbers(text, row_rule(fmt), [(0, len(text))], label_forms(fmt))
    assert out.split("\n")[1].split()[-7:] == ["657", "241", "/", "8", "8", "16", "930"], out


def test_two_lines_each_holding_a_whole_row_with_marks_are_not_one_row():
    """Generated report 72548's pdfplumber layout text: three rows of 表三 right under each other,
    no number wrapped, their cells standing in the same columns ("/ 0 / 0 0 / /", "645 / 0 / 0 / 645",
    "0 0 / 8 / 0 8"). Joined, the lines were another reading adding up (6450 …), so the rows were
    left blank. A number standing over a mark of another line is no piece of the same cell."""
    fmt = get_format("2019")
    text = "\n".join([
        "            理           3.危及\"三安全一稳定\"        /   0    /   0    0   /    /",
        "            结           4.保护第三方合法权益         645 /    0   /    0   /    645",
        "            果           5.属于三类内部事务信息        0    0   /   8    /   0    8",
        "",
    ])
    out, notes = join_wrapped_numbers(text, row_rule(fmt), [(0, len(text))], label_forms(fmt))
    assert out == text and not notes


def test_a_row_label_goes_on_after_a_page_break():
    """Generated report 72544's -layout text: "（二）部分公开（区分处理  0  /  0  /  /  /  0", its label
    going on at "的，只计这一情形，不计其" beside the group label's "理结果", then the page's foot and
    "他情形）" at the top of the next page. The label stopped at the empty lines and never became
    whole: the row was blank. It now goes on past them when the first line after them, label text
    only, ends it; another row's label there is left where it is."""
    fmt = get_format("2019")
    text = "\n".join([
        "三、本 （一）予以公开               9    0     0    /     /     3     12",
        "年度办 （二）部分公开（区分处理          0    /     0    /     /     /     0",
        "理结果 的，只计这一情形，不计其",
        "",
        "",
        "",
        "    他情形）",
        "    （三  1.属于国家秘密   0              0       /       0        0           /           0",
    ])
    lines = tie_wrapped_labels(text, label_forms(fmt)).split("\n")
    assert lines[1].split()[:2] == ["年度办", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]
    assert lines[1].split()[-7:] == ["0", "/", "0", "/", "/", "/", "0"]
    assert lines[2].strip() == "理结果" and not lines[6].strip()
    other = text.replace("    他情形）", "    （三）不予公开")
    assert tie_wrapped_labels(other, label_forms(fmt)) == other


def test_pieces_at_a_new_pages_top_may_be_rests_of_the_row_above_or_heads_of_the_row_below():
    """A page ends with 予以公开's row printed whole ("0 0 0 — 5 — 5"); the next page opens with
    "4  4" / "7  7" beside the group label's rest (年度办 / 理结果), then 部分公开's row. The pieces
    may be the rests of 547 / 547 wrapped in the narrow cells over the page's end, or the heads
    of 部分公开's 470 / 478: both rows add up either way and the new page's columns prove
    nothing (held-out seed 428 gen74763: 5 / 5 and 470 / 478 stored for 547 / 547 and 0 / 8).
    The rows stay blank with a note. Pieces that cannot be rests of the row above are still read
    with the row below."""
    labels = rows_2021()

    def text(above: list[str | None]) -> bytes:
        lines = []
        for code, lab in labels.items():
            if code == "granted":
                lines += [line(lab, above), "", "", "                                   - 1 -",
                          "\f" + line("年度办", [None, None, None, None, "4", None, "4"]),
                          line("理结果", [None, None, None, None, "7", None, "7"])]
            elif code == "partial":
                lines.append(line(lab, ["8", "0", "—", "0", "0", "0", "8"]))
            else:
                lines.append(line(lab, ["0"] * 7))
        return report(lines)

    res = import_bytes(text(["0", "0", "0", "—", "5", "—", "5"]), "layout.txt")
    assert t3_of(res, "granted") == [None] * 7
    assert t3_of(res, "partial") == [None] * 7
    assert any("下一页首行之前印有数字（4 4 / 7 7）" in n.message for n in res.notes)
    assert t3_of(res, "carry_next") == ["0"] * 7  # the rest of the table is read
    # the row above adds up with no rest, and with rests never (247 + 3 ≠ 547, 2 + 347 ≠ 547 …):
    # the pieces are the heads of the row below, which then adds up (8 + 470 = 478)
    res = import_bytes(text(["0", "0", "2", "—", "3", "—", "5"]), "layout.txt")
    assert not any("下一页首行之前印有数字" in n.message for n in res.notes)
    assert t3_of(res, "granted") == ["0", "0", "2", "—", "3", "—", "5"]
    assert t3_of(res, "partial") == ["8", "0", "—", "0", "470", "0", "478"]


def _t4_replaced(rows: str):
    t4 = "    " + "  ".join(["0", "0", "0", "0", "0"] * 3)
    text = report([line(label, ["0"] * 7) for label in rows_2021().values()]).decode("utf-8")
    res = import_bytes(text.replace(t4, rows).encode("utf-8"), "layout.txt")
    return [res.doc.value(c.id).text for c in res.doc.spec.table("t4").cells], res


def test_a_t4_row_wrapped_off_its_columns_is_read_by_its_block_sums():
    """表四 in narrow cells with full-width digits, wrapped over two lines: "１ … ５ ６" over
    "３ … ６ ９" for 13 … 56 69, the "９" written one character left of the "６" it continues
    (pdftotext lays out each line's pieces on a grid of their own), so the positions do not
    prove which pieces stand over each other and the old reader left 表四 blank. On each line
    the cells stand left to right and a cell's pieces top to bottom: of every reading so, only
    one list of numbers keeps the three blocks' sums (13+0+0+56 = 69, 0+9+0+0 = 9)."""
    rows = ("１  ０ ０  ５   ６       ０   ０   ０   ０  ０    ０   ９       ０   ０   ９\n"
            "３       ６  ９")
    got, _res = _t4_replaced(rows)
    assert got == ["13", "0", "0", "56", "69", "0", "0", "0", "0", "0", "0", "9", "0", "0", "9"]
    # the total of a block wrapped over three lines, the block's cells on the first line and the
    # next block's on the second ("17" / "7" under the "90" beside it: 177)
    rows = ("0    0    0       0   0   85   0   2   90\n"
            "                                      17        0   0   0   0   0\n"
            "                                      7")
    got, _res = _t4_replaced(rows)
    assert got == ["0", "0", "0", "0", "0", "85", "0", "2", "90", "177", "0", "0", "0", "0", "0"]


def test_a_t4_row_wrapped_with_more_than_one_reading_that_adds_up_stays_blank():
    """The lower line's "4" may be 未经复议直接起诉's 维持, 纠正 or 其他 (the zeros around it
    can be read into the others) and its 总计 from the line below: each reading adds up with other
    numbers, so none is taken; nor one where no reading adds up (a sum printed wrong)."""
    rows = ("２  0  0  ０   26           0   0   ４   ０\n"
            "                                      4    0      0   0   0   ０\n"
            "６")
    got, res = _t4_replaced(rows)
    assert got == [""] * 15
    assert "表四" in "\n".join(n.message for n in res.notes)
    rows = ("１  ０ ０  ５   ６       ０   ０   ０   ０  ０    ０   ９       ０   ０   ８\n"
            "３       ６  ９")
    got, _res = _t4_replaced(rows)
    assert got == [""] * 15


def test_a_t3_row_wrapped_off_its_columns_is_read_by_its_total():
    """A 表三 row in narrow cells with full-width digits, four of its numbers wrapped onto the next
    line, each piece written a character left of the piece it continues (the held-out -layout
    text shows it so: each line's pieces on a grid of their own): the positions prove nothing,
    and the old reader left the row blank. Read in order (cells left to right, pieces top to
    bottom), only 12 650 4 207 33 96 1002 has its 总计 the sum of the others. The next row's
    line carries a label of its own: none of its numbers are this row's."""
    rows = rows_2021()
    first = line(rows["new"], ["１２", "６５", "４", "２０", "３３", "９", "１０"])
    rest = " " * 53 + "０" + " " * 15 + "７" + " " * 15 + "６" + " " * 6 + "０２"
    body = [first, rest] + [line(label, ["0"] * 7) for code, label in rows.items() if code != "new"]
    res = import_bytes(report(body), "layout.txt")
    assert t3_of(res, "new") == ["12", "650", "4", "207", "33", "96", "1002"]
    assert t3_of(res, "carried") == ["0"] * 7
    # the rest line carrying the tails of group labels wrapped in the label columns ("果", "公开")
    first = line(rows["deny_secret"], ["３", "０", "０", "７９", "０", "７", "８"])
    rest = "    果     公开" + " " * 52 + "３" + " " * 12 + "０３"
    body = [line(label, ["0"] * 7) for code, label in rows.items() if code != "deny_secret"]
    at = list(rows).index("deny_secret")
    res = import_bytes(report(body[:at] + [first, rest] + body[at:]), "layout.txt")
    assert t3_of(res, "deny_secret") == ["3", "0", "0", "793", "0", "7", "803"]
    assert t3_of(res, "deny_law") == ["0"] * 7
    # the "５" may continue the 自然人's "１" or the 商业企业's (15 1 … 16 or 1 15 … 16, both add up):
    # blank, never one of them
    first = line(rows["new"], ["１", "１", "0", "0", "0", "0", "１"])
    rest = " " * 49 + "５" + " " * 43 + "６"
    body = [first, rest] + [line(label, ["0"] * 7) for code, label in rows.items() if code != "new"]
    res = import_bytes(report(body), "layout.txt")
    assert t3_of(res, "new") == [None] * 7
    assert t3_of(res, "carried") == ["0"] * 7


def test_a_t4_header_printing_a_blocks_columns_out_of_order_leaves_t4_blank():
    """表四 in narrow cells: the text puts 未经复议直接起诉's 纠正 before its 维持 ("纠 维" / "正 持":
    pdftotext writes the words of cells drawn close together in their glyphs' order), and the
    numbers under them come out so too ("５ ０" for 维持 0, 纠正 552). Read in the text's order,
    the block adds up with 552 under 维持 — a wrong number. The columns' order is not known:
    表四 stays blank, with a note."""
    head = ("   结果  结果  其他  尚未  总计    结果  结果  其他  尚未  总计   结果  结果  其他  尚未  总计\n"
            "   维持  纠正  结果  审结          维持  纠正  结果  审结         维持  纠正  结果  审结")
    swapped = ("维    纠    结       审 结 结  其     尚   总   结   结   其   尚   总\n"
               "持    正    果       结 果 果  他     未   计   果   果   他   未   计\n"
               "                    纠 维  结     审       维   纠   结   审\n"
               "                    正 持  果     结       持   正   果   结")
    t4 = "    " + "  ".join(["0", "0", "0", "0", "0"] * 3)
    row = ("０   ０  ０  ０  ０      ５ ０  ０     ４   ５   ０   ０   ０   ０   ０\n"
           "                    ５              ５\n"
           "                    ２              ６")
    text = report([line(label, ["0"] * 7) for label in rows_2021().values()]).decode("utf-8")
    assert head in text and t4 in text
    res = import_bytes(text.replace(head, swapped).replace(t4, row).encode("utf-8"), "layout.txt")
    got = [res.doc.value(c.id).text for c in res.doc.spec.table("t4").cells]
    assert got == [""] * 15, got
    assert "顺序颠倒" in "\n".join(n.message for n in res.notes)
    # under a header printing its columns in order no such note
    res = import_bytes(text.replace(t4, row).encode("utf-8"), "layout.txt")
    assert "顺序颠倒" not in "\n".join(n.message for n in res.notes)




def test_a_row_wrapped_with_its_label_off_the_grid_is_read_by_its_total():
    """A 表三 row whose label and two numbers wrap onto a second line ("5.要求行政机关确认或重新"
    … "出具已获取信息", 717 over "5" twice), the rests written two characters left of the pieces
    they continue: read by position the two lines make nine columns, no row's width, and both
    lines carry this row's label. Of every in-order reading only 0 0 0 0 7175 0 7175 adds up."""
    rows = rows_2021()
    first = line("5.要求行政机关确认或重新", ["0", "0", "0", "0", "717", "0", "717"])
    rest = "    出具已获取信息".ljust(COLS[4] - 2) + "5" + " " * (COLS[6] - COLS[4] - 1) + "5"
    codes = list(rows)
    at = codes.index("reject_confirm")
    body = [line(rows[c], ["0"] * 7) for c in codes[:at]] + [first, rest] + [
        line(rows[c], ["0"] * 7) for c in codes[at + 1:]]
    res = import_bytes(report(body), "layout.txt")
    assert t3_of(res, "reject_confirm") == ["0", "0", "0", "0", "7175", "0", "7175"]
    assert t3_of(res, "reject_mass") == ["0"] * 7
