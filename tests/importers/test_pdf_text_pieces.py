"""PDF text as PDFium (a browser's "copy" of a PDF) and pdfminer print it: a number wrapped in its
narrow cell stands in pieces on the following lines, a table row broken by a page goes on under
the header printed again on the next page, and pdfminer may print a row's numbers before its label.
Never a wrong number:

- a row followed, past the repeated header, by numbers no row reads may continue in them: it is
  left blank even when it adds up ("1 0 0 0 0 0 1" of 103 … 103, the "0 3" of each after the break);
- a row with numbers left over after its own line that does not add up is no error of the report
  (its digits may be among the leftovers): blank, not kept "as printed";
- a whole row of numbers read by no row, right before a label whose numbers are not on its own
  line (pdfminer): either could be that label's, so it is left blank;
- one number alone on the line below a row that does not add up (PDFium's "… ２ １ ４" over "８")
  is joined where exactly one join makes the row add up;
- 表二, which has no arithmetic: digits left over after a row's own line leave the row blank.

The reports are built here in the form PDFium prints a Word table (headers one or two characters
a line, each row's cells on its label's line, page numbers "— 2 —"); the numbers are a consistent
2021-format 表三 so that only the rule under test decides."""

from __future__ import annotations

import sys

from gkdesk.core.document import Document
from gkdesk.importers import import_bytes

COLS = ("natural", "business", "research", "nonprofit", "legal", "other", "total")
#: the parts of each result row (natural, business, …, other); 总计 is their sum
RESULTS = {
    "granted": (128, 21, 0, 0, 5, 3), "partial": (44, 7, 0, 0, 0, 0), "deny_secret": (2, 0, 0, 0, 0, 0),
    "deny_law": (30, 1, 0, 0, 0, 0), "deny_safety": (5, 0, 0, 0, 0, 0), "deny_third_party": (6, 0, 0, 0, 0, 0),
    "deny_internal": (7, 1, 0, 0, 0, 0), "deny_process": (12, 0, 0, 0, 0, 0),
    "deny_enforcement": (9, 0, 0, 0, 0, 0), "deny_inquiry": (15, 0, 0, 0, 0, 0),
    "unable_none": (74, 2, 0, 0, 1, 1), "unable_make": (11, 0, 0, 0, 0, 0), "unable_unclear": (1, 0, 0, 0, 0, 0),
    "reject_petition": (56, 6, 0, 0, 0, 0), "reject_repeat": (25, 0, 0, 0, 0, 0),
    "reject_publication": (0, 0, 0, 0, 0, 0), "reject_mass": (0, 0, 0, 0, 0, 0), "reject_confirm": (1, 0, 0, 0, 0, 0),
    "other_overdue": (67, 3, 0, 0, 1, 0), "other_unpaid": (6, 0, 0, 0, 0, 0), "other_misc": (18, 2, 0, 0, 0, 0),
}
CARRY_NEXT = (103, 0, 0, 0, 0, 0)
CARRIED = (34, 0, 0, 0, 0, 0)
#: the group labels printed before their first row
GROUPS = {"granted": "三、本年度办理结果", "deny_secret": "（三）不予公开", "unable_none": "（四）无法提供",
          "reject_petition": "（五）不予处理", "other_overdue": "（六）其他处理"}
#: 表三's header as PDFium prints it: the note broken over two lines, the headers a character or two a line
HEADER = ("（本列数据的勾稽关系为：第一项加第二项之\n和，等于第三项加第四项之和）\n申请\n人情况\n自\n然\n人\n法人或\n其他组织\n"
          "总\n计\n商\n业\n企\n业\n科\n研\n机\n构\n社\n会\n公\n益\n组\n织\n法\n律\n服\n务\n机\n构\n其\n他\n")
FW = str.maketrans("0123456789.", "０１２３４５６７８９．")


def table3() -> dict[str, tuple[int, ...]]:
    """Every row of a consistent 表三 (row totals, column totals, 新收＋结转＝办理＋结转下年)."""
    rows = {code: parts + (sum(parts),) for code, parts in RESULTS.items()}
    total = tuple(sum(r[c] for r in rows.values()) for c in range(6))
    rows["results_total"] = total + (sum(total),)
    rows["carry_next"] = CARRY_NEXT + (sum(CARRY_NEXT),)
    rows["carried"] = CARRIED + (sum(CARRIED),)
    new = tuple(total[c] + CARRY_NEXT[c] - CARRIED[c] for c in range(6))
    rows["new"] = new + (sum(new),)
    return rows


def fw(v) -> str:
    return str(v).translate(FW)


def report(t3_lines: dict[str, str] | None = None, t2_lines: dict[str, str] | None = None, after_t3: str = "") -> str:
    """A 2021-format report as PDFium's text: ``t3_lines``/``t2_lines`` replace a row's printed
    text (label included) by the given lines."""
    t3_lines = t3_lines or {}
    t2_lines = t2_lines or {}
    doc = Document("2021")
    t3 = doc.spec.table("t3")
    labels = {c.row: c.row_labels[-1] for c in t3.cells}
    rows = table3()
    out = ["淮安市人民政府2024年政府信息公开工作年度报告", "一、总体情况",
           "本年度我市继续推进政府信息公开工作。", "二、主动公开政府信息情况",
           "第二十条第(一)项", "信息", "内容", "本年制", "发件数", "本年废", "止件数", "现行有", "效件数",
           t2_lines.get("rules", "规章 １ ０ １１"), t2_lines.get("normative", "行政规范性文件 ８ ２６ ６６"),
           "第二十条第(五)项", "信息", "内容", "本年处理", "决定数量",
           t2_lines.get("license", "行政许可 ４４７２２８"), "第二十条第(六)项", "信息", "内容", "本年处理", "决定数量",
           t2_lines.get("penalty", "行政处罚 ３９８５７５８"), t2_lines.get("coercion", "行政强制 ８８２８３"),
           "第二十条第(八)项", "信息", "内容", "本年收费金额", "(单位:万元)",
           t2_lines.get("fees", "行政事业性收费 ９６１７１"),
           "三、收到和处理政府信息公开申请情况", HEADER.rstrip("\n")]
    for code in t3.row_codes:
        if code in GROUPS:
            out.append(GROUPS[code])
        out.append(t3_lines.get(code, labels[code] + " " + " ".join(fw(v) for v in rows[code])))
    if after_t3:
        out.append(after_t3)
    out += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼",
            "结果维持 结果纠正 其他结果 尚未审结 总计",
            "７ ６ １７ ３ ３３ １ ０ ０ ０ １ １ ０ ０ ０ １",
            "五、存在的主要问题及改进情况", "一是公开内容还需丰富。", "六、其他需要报告的事项", "本年度收取信息处理费 0 元。"]
    return "\n".join(out) + "\n"


def imported(text: str):
    return import_bytes(text.encode("utf-8"), "report.txt")


def row(res, code: str, table: str = "t3") -> list:
    t = res.doc.spec.table(table)
    out = []
    for c in t.cells:
        if c.row == code:
            v = res.doc.value(c.id)
            out.append(None if v.is_blank else (int(v.number) if v.is_number else v.text))
    return out


def expected(code: str) -> list[int]:
    return list(table3()[code])


def test_the_report_as_built_is_read_whole():
    res = imported(report())
    for code in table3():
        assert row(res, code) == expected(code), code
    assert row(res, "penalty", "t2") == [3985758]


#: a row that cannot be read (one number too few): 表三's column totals can then not be checked
UNREAD_REPEAT = {"reject_repeat": "2.重复申请 ２５ ０ ０ ０ ０ ２５"}
#: 上年结转 unreadable: 新收＋结转＝办理＋结转下年 can then not be checked
UNREAD_CARRIED = {"carried": "二、上年结转政府信息公开申请数量 ３４ ０ ０ ０ ０ ３４"}
BROKEN_LAW = "2.其他法律行政法规禁止 ３ １ ０ ０ ０ ０ ３\n— 2 —\n" + HEADER + "公开 ０ １"


def test_row_broken_by_a_page_with_its_rest_after_the_repeated_header_is_left_blank():
    # PDFium, real-012: "2.其他法律行政法规禁止 ３ １ ０ ０ ０ ０ ３" at the foot of page 2, the "０ １" of 30 and
    # 31 after the header printed again at the top of page 3 (beside the rest of the group label
    # "（三）不予公开"); read as printed it "breaks" its row sum and was kept as the report's error.
    # With another row unreadable the column totals cannot confirm a joining: blank
    res = imported(report({"deny_law": BROKEN_LAW} | UNREAD_REPEAT))
    assert row(res, "deny_law") == [None] * 7
    assert any("表三“2.其他法律行政法规禁止公开”" in n.message and "不属于任何一行的数字（0 1）" in n.message
               for n in res.notes)
    assert not any(n.kind == "source" for n in res.notes)
    assert row(res, "deny_safety") == expected("deny_safety")  # its numbers on its label's line


def test_row_broken_by_a_page_is_joined_when_the_whole_table_confirms_one_reading():
    # the same row in a table whose other rows are all read: 30 … 31 is the one joining of "０ １"
    # under which every column total and 新收＋结转＝办理＋结转下年 hold
    res = imported(report({"deny_law": BROKEN_LAW}))
    assert row(res, "deny_law") == expected("deny_law")
    assert any("只有一种拼接方式使全表的勾稽关系" in n.message for n in res.notes)


def test_row_that_adds_up_is_left_blank_when_its_rest_follows_the_repeated_header():
    # "四、结转下年度继续办理 １ ０ ０ ０ ０ ０ １" adds up, but its 103 … 103 goes on as "０ / ３ / ０ / ３"
    broken = {"carry_next": "四、结转下年度继续办理 １ ０ ０ ０ ０ ０ １"}
    after = "— 3 —\n" + HEADER + "０\n３\n０\n３"
    res = imported(report(broken | UNREAD_CARRIED, after_t3=after))
    assert row(res, "carry_next") == [None] * 7
    assert row(res, "other_misc") == expected("other_misc")
    res = imported(report(broken, after_t3=after))  # all four rows of the balance read: confirmed
    assert row(res, "carry_next") == expected("carry_next")


def test_rows_of_stacked_pieces_are_read_only_when_the_whole_table_confirms_them():
    # PDFium, real-012: "6.属于四类过程性信息 １" / "２" / "０ ０ ０ ０ ０ １" / "２" (12 … 12, each cell's
    # lines on lines of their own); "2.没有现成信息需要另行制作 １ / １ / ０ ０ ０ ０ ０ １ / １" adds up as
    # 11 0 0 0 0 0 11 and as 1 10 0 0 0 0 11: the row sum alone never decides
    lines = {"deny_process": "6.属于四类过程性信息 １\n２\n０ ０ ０ ０ ０ １\n２",
             "unable_make": "2.没有现成信息需要另行制作 １\n１\n０ ０ ０ ０ ０ １\n１"}
    res = imported(report(lines))
    assert row(res, "deny_process") == expected("deny_process")
    assert row(res, "unable_make") == expected("unable_make")
    res = imported(report(lines | UNREAD_REPEAT))
    assert row(res, "deny_process") == [None] * 7 and row(res, "unable_make") == [None] * 7
    assert any("拼接方式无法由全表的勾稽关系唯一确定" in n.message for n in res.notes)


def test_numbers_of_a_group_row_after_its_label_do_not_blank_the_row_before():
    # the old single row "（六）其他处理" printed with its own numbers (real-002): a group label with
    # numbers is not a header printed again, the row before is read
    lines = {"other_overdue": "（六）其他处理 ０ ０ ０ ０ ０ ０ ０\n" + "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 "
             + " ".join(fw(v) for v in expected("other_overdue"))}
    res = imported(report(lines).replace("（六）其他处理\n（六）其他处理", "（六）其他处理"))
    assert row(res, "reject_confirm") == expected("reject_confirm")


def test_row_with_leftovers_that_does_not_add_up_is_no_error_of_the_report():
    # pdfminer, real-012: "2.其他法律行政法规禁止 ３ １ ０ ０ ０ ０ ３" then "　０ ０ ５ / ０ / ２ / １" (pieces
    # of this and other rows' wrapped numbers)
    res = imported(report({"deny_law": "2.其他法律行政法规禁止 ３ １ ０ ０ ０ ０ ３\n\n　０ ０ ５\n０\n\n２\n１"}))
    assert row(res, "deny_law") == [None] * 7
    assert not any(n.kind == "source" for n in res.notes)


def test_a_real_error_of_the_report_printed_on_its_own_line_is_kept_as_printed():
    res = imported(report({"deny_law": "2.其他法律行政法规禁止 ３０ １ ０ ０ ０ ０ ３２"}))
    assert row(res, "deny_law") == [30, 1, 0, 0, 0, 0, 32]
    assert any(n.kind == "source" for n in res.notes)


def test_whole_row_of_numbers_before_a_label_whose_numbers_are_on_the_next_line_is_not_taken():
    # pdfminer, real-012: "… 8.属于行政查询事项 / ０ / １ / 公开 / ５ ０ ０ ０ ０ ０ ５ / 3.危及“三安全一稳定” /
    # ６ ０ ０ ０ ０ ０ ６ / 4.保护第三方合法权益 / 5.属于三类内部事务信息 ７ １ …": the 5s are 危及's, the 6s
    # 保护第三方's, but read after each label 危及 got 6
    lines = {"deny_safety": "8.属于行政查询事项\n０\n１\n公开\n５ ０ ０ ０ ０ ０ ５\n3.危及“三安全一稳定”\n６ ０ ０ ０ ０ ０ ６",
             "deny_third_party": "4.保护第三方合法权益", "deny_inquiry": ""}
    res = imported(report(lines))
    assert row(res, "deny_safety") == [None] * 7
    assert row(res, "deny_third_party") == [None] * 7
    assert row(res, "deny_internal") == expected("deny_internal")


def test_one_number_alone_below_a_row_that_does_not_add_up_is_joined_by_the_row_sum():
    # PDFium, s521 example-2021: "一、本年新收政府信息公开申请数量 ３８ ６ ０ １ ２ １ ４" over "８" (48 wrapped)
    new = expected("new")
    tot = fw(new[-1])
    text = "一、本年新收政府信息公开申请数量 " + " ".join(fw(v) for v in new[:-1]) + f" {tot[:-1]}\n{tot[-1]}"
    res = imported(report({"new": text}))
    assert row(res, "new") == new
    assert any("窄列中折行的数字的一段" in n.message for n in res.notes)


def test_t2_row_with_digits_left_over_below_its_line_is_left_blank():
    # PDFium, s521 seed_003: "政府集中采购 ９ ４２．１９" over "４" (42.194 wrapped) stored 42.19; here
    # "行政规范性文件 ８ ２６ ６" over "６" (66 wrapped): 表二 has no arithmetic to join it
    res = imported(report(t2_lines={"normative": "行政规范性文件 ８ ２６ ６\n６"}))
    assert row(res, "normative", "t2") == [None] * 3
    assert any("表二“行政规范性文件”" in n.message and "折行" in n.message for n in res.notes)
    assert row(res, "rules", "t2") == [1, 0, 11] and row(res, "license", "t2") == [447228]


def test_header_note_two_characters_a_line_many_times_over_is_read_in_linear_time():
    # PDFium's text of P09 (held-out seed 460): 表三's note "（本列数据的勾稽关系为：…）" two characters a
    # line, printed once per column and row, 21 582 lines in all, right after a row whose label is
    # cut ("一、本年新收政府信息公" / 8 / 0 …); each of its lines was joined to the label candidate
    # again and again, past the import's 60 s limit (refused as too complex)
    note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    pieces = "\n".join(note[i:i + 2] for i in range(0, len(note), 2))
    cut = "一、本年新收政府信息公 " + " ".join(fw(v) for v in expected("new")) + "\n" + "\n".join([pieces] * 700)
    text = report({"new": cut})
    assert text.count("\n") > 12_000
    res = imported(text)
    for code in table3():
        if code != "new":
            assert row(res, code) == expected(code), code


def test_page_number_broken_into_three_lines_is_page_furniture_where_it_counts_the_pages():
    # PDFium, s521 003: "— 1 —" on a line at the foot of page 1, "—" / "2" / "—" at the foot of page 2
    # (between two rows of 表三): read as two marks and a 2 they blanked the row before them and,
    # the table no longer adding up, all of 表三
    one = "5.属于三类内部事务信息 " + " ".join(fw(v) for v in expected("deny_internal"))
    text = report({"deny_internal": one + "\n—\n2\n—"}).replace("二、主动公开政府信息情况", "— 1 —\n二、主动公开政府信息情况")
    res = imported(text)
    assert row(res, "deny_internal") == expected("deny_internal")
    from gkdesk.importers.locate import clean_text

    page = "正文" * 40  # a page's text between two page numbers
    assert clean_text(f"a\n— 1 —\n{page}\n—\n2\n—\nc") == f"a\n\n{page}\nc"  # (no empty lines left: empty cells)
    # cells of a sparse row printed one a line (LibreOffice's text of a DOCX): no page is numbered 0,
    # and two page numbers are a page apart
    assert clean_text("x\n—\n0\n—\n0\n—\n—\n—\n1\n—\ny") == "x\n—\n0\n—\n0\n—\n—\n—\n1\n—\ny"
    assert clean_text("x\n—\n1\n—\n0\n—\n2\n—\ny") == "x\n—\n1\n—\n0\n—\n2\n—\ny"
    assert clean_text("x\n—\n2\n—\ny") == "x\n—\n2\n—\ny"  # no page count around it: maybe three cells
    assert clean_text("— 1 —\nx\n—\n7\n—\ny") == "\nx\n—\n7\n—\ny"


def test_t2_column_run_followed_by_a_mark_is_not_a_shorter_blocks_column():
    # pdfminer, g85500 gen85503: 表二's columns printed one after another, each header with its
    # numbers under it, the (六) block's "本年处理决定数量 / 2 / /" (行政处罚 2, 行政强制 "/") before the
    # (五) block's "本年处理决定数量 / 0" (行政许可 0): matched in table order, the first run stopped at
    # the "/" and its "2" was stored for 行政许可
    t2 = ("现行有效件数\n6\n3\n\n本年废止件数\n/\n0\n\n本年制发件数\n0\n/\n\n第二十条第（一）项\n信息内容\n规章\n行政规范性文件\n"
          "第二十条第（五）项\n信息内容\n行政许可\n第二十条第（六）项\n信息内容\n行政处罚\n行政强制\n第二十条第（八）项\n信息内容\n"
          "行政事业性收费\n注：1.本表由办公室填报；2.统计截至 2022 年 1 月 10 日。\n\n本年处理决定数量\n2\n/\n\n本年处理决定数量\n0\n\n"
          "本年收费金额（单位：万元）\n0\n\n")
    text = report()
    a, b = text.index("第二十条第(一)项"), text.index("三、收到和处理政府信息公开申请情况")
    res = imported(text[:a] + t2 + text[b:])
    # never by their order; by the count of their cells (one for (五)'s one row, two for (六)'s)
    # the boxes are what they are (stream.read_t2_boxes)
    assert row(res, "license", "t2") in ([None], [0])
    assert row(res, "penalty", "t2") in ([None], [2])
    assert row(res, "coercion", "t2") in ([None], ["/"])


def t4_values(res) -> list:
    return [None if res.doc.value(c.id).is_blank else res.doc.value(c.id).text for c in res.doc.spec.table("t4").cells]


def test_t4_blocks_out_of_text_order_are_not_pinned_by_their_sums():
    # pdfminer, fresh530 004: "…行政诉讼 / 未经复议直接起诉 / 结 / 果 / 维 / 持 / 2 / … / １ ２ ０ ５ 0 / … 0 0 0 …"
    # (行政复议's five zeros come last): in text order 2 1 2 0 5 is a block that adds up, and so is
    # any block exchanged with another — the sums never pin which block is which
    t4 = ("四、政府信息公开行政复议、行政诉讼情况\n\n行政复议\n结\n果\n维\n持\n\n结\n果\n纠\n正\n\n总\n计\n\n其\n他\n结\n果\n\n尚\n未\n审\n结\n\n"
          "行政诉讼\n未经复议直接起诉\n结\n果\n维\n持\n2\n\n复议后起诉\n结\n尚\n结\n果\n未\n果\n维\n审\n纠\n正\n持\n结\n１ ２ ０ ５ 0\n\n"
          "结\n果\n纠\n正\n0\n\n其\n他\n结\n果\n\n总\n计\n\n其\n他\n结\n果\n0\n\n尚\n未\n审\n结\n0\n\n总\n计\n\n０\n\n0\n"
          "注：1.本表由办公室填报；2.统计截至 2021 年 1 月 10 日。\n\n0\n\n0\n\n0\n\n0\n\n")
    text = report()
    a, b = text.index("四、政府信息公开行政复议、行政诉讼情况"), text.index("五、存在的主要问题及改进情况")
    res = imported(text[:a] + t4 + text[b:])
    # (nor by "行政诉讼 / 未经复议直接起诉 / 结 / 果 / 维 / 持 / 2": titles printed whole span several
    # columns, the box pins no cell — stream.read_t4_header_boxes)
    assert t4_values(res) == [None] * 15
    assert any("两栏互换" in n.message for n in res.notes)


T4_LINE = "７ ６ １７ ３ ３３ １ ０ ０ ０ １ １ ０ ０ ０ １"


def test_t4_line_that_does_not_add_up_with_a_digit_apart_is_joined_only_by_the_sums():
    # PDFium, fresh531 gen85918: "… ０ ０ ４" over "２" (42 wrapped in its cell): the 15 numbers' line
    # was taken as it stood, 4 for 42 — a wrong number
    res = imported(report().replace(T4_LINE, "７ ６ １７ ３ ３ １ ０ ０ ０ １ １ ０ ０ ０ １\n３"))
    assert t4_values(res) == ["7", "6", "17", "3", "33", "1", "0", "0", "0", "1", "1", "0", "0", "0", "1"]
    assert any("只有一种拼接方式使各栏合计关系成立" in n.message for n in res.notes)
    res = imported(report().replace(T4_LINE, "７ ６ １７ ３ ３ １ ０ ０ ０ １ １ ０ ０ ０ １\n５"))  # no join adds up
    assert t4_values(res) == [None] * 15
    assert t4_values(imported(report())) == T4_LINE.translate(str.maketrans("０１２３４５６７８９", "0123456789")).split()


def test_t2_header_printed_more_often_than_the_row_has_numbers_is_not_read():
    # fresh531 gen85903 (PDFium and -layout): "采购项目数量 / 采购总金额 / 采购总金额" (the merged amount
    # cell copied into both columns it covers) over "政府集中采购 0 0": the items cell printed empty
    # and the amount twice, or each once — 0 was stored for the empty items cell
    text = report().replace("现行有\n效件数\n", "现行有\n效件数\n现行有\n效件数\n", 1)
    res = imported(text)
    assert row(res, "rules", "t2") == [None] * 3
    assert any("表二“规章”的表头印出 4 栏" in n.message for n in res.notes)
    assert row(imported(report()), "rules", "t2") == [1, 0, 11]


def test_t2_header_copies_side_by_side_count_as_printed_headers():
    # held-out seed 400 gen74004 (pdfplumber and plain pdftotext of a 2019 table whose merged
    # 本年增/减 was typed into both its columns): the copies stand side by side, their pieces
    # interleaved ("本年 本年" over "增/减 增/减"), so the header's first characters never stand
    # together; "行政事业性收费 ０ ０" got 0 for its empty 上一年项目数量. The copies' last characters
    # show them: the row has fewer numbers than the printed headers and is left blank
    text = report().replace("现行有\n效件数\n", "现行 现行\n有效件数 有效件数\n", 1)
    res = imported(text)
    assert row(res, "rules", "t2") == [None] * 3
    assert any("表二“规章”的表头印出 4 栏" in n.message for n in res.notes)


def test_t4_cells_wrapped_mid_row_are_joined_at_line_breaks_only_by_the_sums():
    # PDFium and pdftotext -raw, gen 71304 (seed 320): the row's cells in content order, 17 and 33
    # wrapped in their narrow cells — each upper piece ends a line, its lower piece starts the next
    # ("７ ６ １" / "７" / "３ ３" / "３" / "１ ０ …"): no line holds the 15 cells, all were left blank
    res = imported(report().replace(T4_LINE, "７ ６ １ ３ ３\n３\n７\n１ ０ ０ ０ １ １ ０ ０ ０ １".replace("１ ３ ３\n３\n７", "１\n７\n３ ３\n３")))
    assert t4_values(res) == ["7", "6", "17", "3", "33", "1", "0", "0", "0", "1", "1", "0", "0", "0", "1"]
    assert any("行末与下一行行首" in n.message and "请核对" in n.message for n in res.notes)
    # one join too many cells, and neither join adds up (11 … or … 11): blank
    res = imported(report().replace(T4_LINE, "７ ６ １７ ３ ３３ １\n１ ０ ０ ０ １\n１ ０ ０ ０ １"))
    assert t4_values(res) == [None] * 15
    # a 0 never begins a wrapped number ("… ０" / "１ …" is no 01), and the other join (10) breaks the sums
    res = imported(report().replace(T4_LINE, "７ ６ １７ ３ ３３ １ ０ ０ ０\n１ １ ０ ０ ０ １\n０"))
    assert t4_values(res) == [None] * 15


def _cells_a_line(code: str, label: str) -> str:
    """A row as PDFium prints a clerk's table whose merged label cell is typed into each cell it
    covers, the columns narrow: the label in two-character pieces, then again broken once, then
    the row's cells one a line."""
    pieces = "\n".join(label[a:a + 2] for a in range(0, len(label), 2))
    cut = max(2, len(label) - 5)
    return pieces + "\n" + label[:cut] + "\n" + label[cut:] + "\n" + "\n".join(fw(v) for v in table3()[code])


def test_a_label_broken_over_lines_and_printed_again_is_read_after_its_last_copy():
    # gen 71301 (seed 320), PDFium: "一、 / 本年 / 新收 / … / 数量 / 一、本年新收政府信息公 / 开申请数量 / ３４２ / …": the
    # label was found at its first copy and its stretch ended at the second, so the row had no
    # numbers and the whole table could not be read
    t3 = Document("2021").spec.table("t3")
    labels = {c.row: c.row_labels[-1] for c in t3.cells}
    res = imported(report({code: _cells_a_line(code, labels[code]) for code in ("new", "carried")}))
    assert row(res, "new") == expected("new") and row(res, "carried") == expected("carried")


def test_t4_line_that_adds_up_with_digit_rests_after_a_page_break_is_left_blank():
    # a 表四 row broken by a page: the first line of each cell on one page ("… ０ ０ ０ ５ ５ …", 579 in a
    # cell one digit wide), the rests on the next, each cell's one piece a line after the other
    # ("７ / ９ / ７ / ９"). The line alone adds up (5 = 5) and no line-by-line join does: 5 was stored
    line = "７ ６ １７ ３ ３３ ０ ０ ０ ５ ５ １ ０ ０ ０ １\n— 2 —\n７\n９\n７\n９"
    res = imported(report().replace(T4_LINE, line))
    assert t4_values(res) == [None] * 15
    assert any(n.message.startswith("表四") and "（7 9 7 9）" in n.message and n.kind == "blanked" for n in res.notes)
    # a page number between dashes run onto the section's heading (PDFium, gen 71310) is no rest
    text = report().replace("四、政府信息公开行政复议、行政诉讼情况\n", "四、政府信息公开行政复议、行政诉讼情况 — 22 —\n")
    assert t4_values(imported(text)) == T4_LINE.translate(str.maketrans("０１２３４５６７８９", "0123456789")).split()


def test_row_that_adds_up_with_digit_rests_past_its_wrapped_group_label_is_not_taken_alone(monkeypatch):
    # PDFium (gen 72218): "三、 （一）予以公开 0 285 0 0 0 0 285" / "本年" / "度办" / "理结" / "果" / "71 71" for
    # 28571 … 28571: the group label's rest, wrapped in the far-left column, stands between the row's
    # line and the rests of its wrapped numbers. The line alone adds up, and so does the line with
    # the rests appended: 285 was stored
    monkeypatch.setitem(RESULTS, "granted", (157, 0, 0, 0, 0, 0))
    text = report().replace("三、本年度办理结果\n（一）予以公开 １５７ ０ ０ ０ ０ ０ １５７",
                            "三、 （一）予以公开 １５ ０ ０ ０ ０ ０ １５\n本年\n度办\n理结\n果\n７ ７")
    assert "\n７ ７\n" in text
    res = imported(text.replace("2.重复申请 ２５ ０ ０ ０ ０ ０ ２５", UNREAD_REPEAT["reject_repeat"]))
    assert row(res, "granted") == [None] * 7
    assert any("（一）予以公开" in n.message and n.kind == "blanked" for n in res.notes)
    assert row(imported(text), "granted") != [15, 0, 0, 0, 0, 0, 15]


def test_rows_of_zeros_one_a_line_stand_on_their_own_where_no_join_can_make_fewer_cells():
    # gen 72205 (PDFium): every cell a line, the labels broken and printed again, a page number
    # among the rows, one row short of a cell (the table cannot be confirmed whole). Seven "０" lines
    # are seven cells: a 0 is never the upper piece of a wrapped number. Such rows were left blank
    # with the rows whose stacked digits may join ("２" / "０" may be 20 and a cell printed empty)
    t3 = Document("2021").spec.table("t3")
    labels = {c.row: c.row_labels[-1] for c in t3.cells}
    lines = {code: _cells_a_line(code, labels[code]) for code in table3()}
    lines["reject_repeat"] = lines["reject_repeat"].replace("２５\n０\n", "２５\n", 1)
    lines["deny_secret"] += "\n— 2 —"
    res = imported(report(lines))
    assert row(res, "reject_publication") == row(res, "reject_mass") == [0] * 7
    for code in ("deny_secret", "carried", "reject_repeat"):
        assert row(res, code) == [None] * 7


def test_page_number_run_onto_a_line_of_text_is_page_furniture_where_it_counts_the_pages():
    # PDFium (gen 72223, a table a row a page): the label pieces at a page's foot and its page number
    # stand level and come out as one line — "信息— 6" / "—", "本年 予公开 — 42 —". Left in, the 6 and 42
    # were taken for numbers of the row before (no page numbers around the lone "— 81" / "—" either)
    from gkdesk.importers.locate import clean_text

    page = "正文" * 40
    text = f"a\n— 5 —\n{page}\n信息— 6\n—\n{page}\n本年 予公开 — 7 —\n{page}\n— 8\n—\nc"
    assert clean_text(text) == f"a\n\n{page}\n信息\n{page}\n本年 予公开\n{page}\nc"
    # with no page count around them they are a row's text and cells, left as printed
    assert clean_text(f"a\n{page}\n行政许可 — 7 —\nc") == f"a\n{page}\n行政许可 — 7 —\nc"
    assert clean_text(f"a\n— 1 —\n{page}\n行政许可 — 7 —\nc") == f"a\n\n{page}\n行政许可 — 7 —\nc"
    # in a report: the row before keeps its numbers
    one = "5.属于三类内部事务信息 " + " ".join(fw(v) for v in expected("deny_internal"))
    text = report({"deny_internal": one + "\n" + HEADER + "6.属于四类— 3\n—"}).replace(
        "二、主动公开政府信息情况", "— 2 —\n二、主动公开政府信息情况").replace("6.属于四类过程性信息 ", "过程性信息 ")
    res = imported(text)
    assert row(res, "deny_internal") == expected("deny_internal")


def test_row_broken_by_a_page_in_text_one_cell_a_line_is_left_blank_when_its_rests_follow(monkeypatch):
    # PDFium (gen 72314, seed 334): every cell a line; "1.属于国家秘密 ２３７ / ０ … / ０ ２３７" at a page's
    # foot, the "３２ ３２" of 23732 … 23732 after the header printed again on the next page, level with
    # the rest of the group label and the page number ("本年 不予公 ３２ ３２ — 3 —"). The line alone
    # adds up: 237 was stored
    monkeypatch.setitem(RESULTS, "deny_secret", (23732, 0, 0, 0, 0, 0))
    t3 = Document("2021").spec.table("t3")
    labels = {c.row: c.row_labels[-1] for c in t3.cells}
    lines = {code: _cells_a_line(code, labels[code]) for code in table3()}
    lines["deny_secret"] = ("1.属于国家秘密 ２３７\n０\n０\n０\n０\n０ ２３７\n— 2\n—\n" + HEADER
                            + "本年 不予公 ３２ ３２ — 3 —\n" + HEADER.rstrip("\n"))
    res = imported(report(lines | UNREAD_REPEAT))
    assert row(res, "deny_secret") == [None] * 7
    assert any("1.属于国家秘密" in n.message and "（32 32）" in n.message and n.kind == "blanked" for n in res.notes)
    assert row(res, "deny_law") == expected("deny_law")


def test_page_number_after_digits_set_apart_on_a_line_of_text_is_page_furniture():
    # the rests of a row broken by a page stand level with the page's footer: "本年 不予公 32 32 — 34 —".
    # Left in, "34" is one more digit group the row may take; digits glued to the dash stay
    from gkdesk.importers.locate import clean_text

    page = "正文" * 40
    text = f"a\n— 33 —\n{page}\n本年 不予公 32 32 — 34 —\n{page}\n— 35 —\nc"
    assert clean_text(text) == f"a\n\n{page}\n本年 不予公 32 32\n{page}\n\nc"
    glued = f"a\n— 33 —\n{page}\n本年 32— 34 —\n{page}\n— 35 —\nc"
    assert "32— 34 —" in clean_text(glued)


def test_group_of_numbers_apart_from_labels_is_not_given_to_a_row_with_numbers_of_its_own(monkeypatch):
    # PDFium (gen 72306, seed 334): "四、" and 结转下年度's cells one a line at a page's foot ("４" / "０" … "４"
    # of 40 … 40), the rest of its label and of its numbers after the header on the next page
    # ("结转 / 下年 / 度继 / 续办 / 理 / ０ ０"). The cells after "四、" followed 总计's and were handed to the
    # row in table order, its own "０ ０" left unaccounted for: 4 … 4 was stored
    monkeypatch.setattr(sys.modules[__name__], "CARRY_NEXT", (40, 0, 0, 0, 0, 0))
    total = "\n".join(fw(v) for v in table3()["results_total"])
    broken = ("（七）总计\n" + total + "\n四、\n４\n０\n０\n０\n０\n０\n４\n— 3\n—\n" + HEADER + "结转\n下年\n度继\n续办\n理\n０ ０")
    text = report({"results_total": broken, "carry_next": ""}).replace("三、收到和处理", "— 2 —\n三、收到和处理")
    res = imported(text)
    assert row(res, "carry_next") == [None] * 7
    assert row(res, "results_total") == expected("results_total")
    assert any("结转下年度继续办理" in n.message and n.kind == "blanked" for n in res.notes)


def test_row_of_zeros_is_no_broken_row_where_digits_follow_the_repeated_header(monkeypatch):
    # pdftotext -raw (gen 72602, seed 340): "1.属于国家秘密 ０ ０ … ０" at a page's foot, then the header printed
    # again and the next row with its label broken around its numbers ("（三 2.其他法律行政法规 ３０ １ … ３１" /
    # "）不" / "禁止公开", not found). Those digits cannot be rests of this row: each of its cells is 0, and
    # a number wrapped in its cell never begins with 0. The row was left blank
    monkeypatch.setitem(RESULTS, "deny_secret", (0, 0, 0, 0, 0, 0))
    broken = {"deny_secret": "1.属于国家秘密 ０ ０ ０ ０ ０ ０ ０\n— 2 —\n" + HEADER + "不予\n公开",
              "deny_law": "（三 2.其他法律行政法规 ３０ １ ０ ０ ０ ０ ３１\n）不\n禁止公开"}
    res = imported(report(broken))
    assert row(res, "deny_secret") == [0] * 7
    assert row(res, "deny_law") == [None] * 7
    # a row with a number that may go on is still left blank
    monkeypatch.setitem(RESULTS, "deny_secret", (2, 0, 0, 0, 0, 0))
    broken["deny_secret"] = broken["deny_secret"].replace("０ ０ ０ ０ ０ ０ ０", "２ ０ ０ ０ ０ ０ ２")
    assert row(imported(report(broken)), "deny_secret") == [None] * 7


def test_rests_under_a_line_with_marks_are_joined_where_one_join_adds_up_with_marks_as_none(monkeypatch):
    # pdfplumber (gen 72610, seed 340): "一、本年新收… 510 533 4 — ５ ６ 105" over "8 1 ６ 14" for 5108 5331 4 — 5 66
    # 10514. A mark counts as none in 总计 and no rest continues it; exactly one join adds up. The row
    # was left blank: its arithmetic was checked with every cell a number
    monkeypatch.setitem(RESULTS, "granted", (5108, 5331, 0, 0, 5, 66))
    res = imported(report({"granted": "（一）予以公开 ５１０ ５３３ — ０ ５ ６ １０５\n８ １ ６ １０"}))
    assert row(res, "granted") == [5108, 5331, "—", 0, 5, 66, 10510]
    assert any("（一）予以公开" in n.message and "只有一种拼接方式" in n.message for n in res.notes)
    # the line adds up as printed (marks as none) and with the rests joined: neither is proven
    monkeypatch.setitem(RESULTS, "granted", (67, 0, 0, 0, 0, 0))
    res = imported(report({"granted": "（一）予以公开 ６ — ０ — ０ ０ ６\n７ ７"} | UNREAD_REPEAT))
    assert row(res, "granted") == [None] * 7


def test_label_head_before_numbers_is_the_label_where_its_rest_stands_after_a_page_break():
    # pdftotext -raw / PDFium (gen 72619, seed 340), a cell a line: "一、 一、本年 一、本年新收政府信息公 ５８ ４３ … ６４０"
    # at a page's foot (the label's copies in narrow merged cells, each cut), its rest and the rest of
    # 586 after the header printed again on the next page ("本年 新收政府 开申请数量 ６"). The label was
    # not found (its rest is not on the next line) and the whole table could not be read
    t3 = Document("2021").spec.table("t3")
    labels = {c.row: c.row_labels[-1] for c in t3.cells}
    lines = {code: _cells_a_line(code, labels[code]) for code in table3()}
    lines["new"] = "一、 一、本年 一、本年新收政府信息公 ５８ ４３ ０ ０ ７ ４ ６４０\n— 2 —\n" + HEADER + "本年 新收政府 开申请数量 ６"
    for n, code in enumerate(list(lines)[1:], 3):
        lines[code] += f"\n— {n} —"
    res = imported(report(lines).replace("三、收到和处理", "— 1 —\n三、收到和处理"))
    for code in table3():
        assert row(res, code) == expected(code), code
    assert any("一、本年新收政府信息公开申请数量" in n.message and "只有一种拼接方式" in n.message for n in res.notes)


def test_label_broken_then_printed_whole_on_the_line_of_its_numbers_is_read_after_that_copy():
    # pdftotext -raw (gen 72603, seed 340), a cell a line: "（一） / 予以公 / 开" (a copy of the label in a
    # narrow merged cell) then "（一）予以公开 0 3 0 ０ 0 0 3". The row was found at its first copy and its
    # stretch ended at the second (a table text), so it had no numbers
    t3 = Document("2021").spec.table("t3")
    labels = {c.row: c.row_labels[-1] for c in t3.cells}
    lines = {code: _cells_a_line(code, labels[code]) for code in table3()}
    lines["granted"] = "（一）\n予以公\n开\n（一）予以公开 " + " ".join(fw(v) for v in expected("granted"))
    lines["reject_repeat"] = lines["reject_repeat"].replace("２５\n０\n", "２５\n", 1)  # (not read whole)
    for n, code in enumerate(list(lines)[1:], 3):
        lines[code] += f"\n— {n} —"
    text = report(lines).replace("三、收到和处理", "— 1 —\n三、收到和处理").replace("三、本年度办理结果\n", "三、\n本年\n度办\n")
    res = imported(text)
    assert row(res, "granted") == expected("granted")
    assert row(res, "reject_repeat") == [None] * 7
