"""Web pages and office files as plain text, one cell per line (issue #11, presentations
browser_copy, soup_text, soup_strip and lo_txt of tools/import_holdout.py): a table copied from a
browser or taken by BeautifulSoup one cell per line, LibreOffice's "save as text" of a Word file.
Inputs are written in the style of real pages, never copies of one."""

from __future__ import annotations

from gkdesk.importers import import_bytes

_T4_HEADS = ("行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
             "未经复议直接起诉", "复议后起诉") + ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计") * 2
_T4 = [f"t4.{b}.{c}" for b in ("review", "direct", "after") for c in ("upheld", "corrected", "other", "pending", "total")]


def _report(t4_body: str) -> bytes:
    return ("某区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，区政府主动公开政府信息 320 条。\n"
            "四、政府信息公开行政复议、行政诉讼情况\n" + t4_body
            + "五、存在的主要问题及改进情况\n依申请公开工作规范性还有待提高。\n"
            "六、其他需要报告的事项\n全年收取信息处理费0元。\n").encode("utf-8")


def _t4(res) -> list[str]:
    return [str(res.doc.value(c)) for c in _T4]


# 行政复议 10 1 0 0 with its 总计 printed 0, 复议后起诉 5 with 总计 0: the report's own error
_PRINTED = ["10", "1", "0", "0", "0", "0", "0", "0", "0", "0", "5", "0", "0", "0", "0"]


def test_t4_one_cell_per_line_is_kept_as_printed_where_the_source_breaks_its_sums():
    # a browser's copy of the page: every header cell whole on its line in the table's order, then
    # the fifteen numbers one a line. The order of the lines is the table's, so the numbers are its
    # cells although the report's 总计 do not add up (before: 表四 blank, 15 cells, as if the lines
    # were pdfminer's boxes in an order of their own)
    res = import_bytes(_report("\n".join(_T4_HEADS) + "\n" + "\n".join(_PRINTED) + "\n"), "report.txt")
    assert _t4(res) == _PRINTED
    assert any(n.kind == "source" and "t4.review.total" in n.cells for n in res.notes)


def test_t4_one_cell_per_line_with_a_cells_second_paragraph_and_padding():
    # LibreOffice's text of a Word table (a cell holding an empty second paragraph leaves an empty
    # line) and BeautifulSoup's get_text("\n") (an empty line between header rows, spaces and
    # full-width spaces around the numbers): the same cells
    lo = "\n".join(_T4_HEADS) + "\n" + "10\n\n" + "\n".join(_PRINTED[1:]) + "\n"
    soup = ("\n\n" + "\n".join(_T4_HEADS[:2]) + "\n \n\n\n" + "\n".join(_T4_HEADS[2:]) + "\n \n\n\n"
            + "\n".join(v + ("  " if i % 3 == 0 else "\u3000" if i == 5 else "") for i, v in enumerate(_PRINTED))
            + "\n \n\n\n")
    for body in (lo, soup):
        res = import_bytes(_report(body), "report.txt")
        assert _t4(res) == _PRINTED, body


def test_t4_lines_in_text_order_are_not_taken_when_headers_are_out_of_order():
    # the header cells do not stand in the table's order (结果纠正 before 结果维持 in the first block):
    # the lines are not the table's cells in order, and an order that breaks the sums stays blank
    heads = list(_T4_HEADS)
    heads[2], heads[3] = heads[3], heads[2]
    res = import_bytes(_report("\n".join(heads) + "\n" + "\n".join(_PRINTED) + "\n"), "report.txt")
    assert all(v == "" for v in _t4(res))


# html2text's markdown of a CMS page whose tables carry an empty column after the labels: a "|"
# before every cell but the first, none after the last, "<br>" in header cells as "  " + a line
# break. A row whose last cell is empty ends in "|" and spaces.
_H2T_T2 = [
    "**二、主动公开政府信息情况**", "", "第二十条第(一)项  ", "---  ", "信息  ", "内容|  | 本年新  ",
    "制作数量| 本年新  ", "公开数量| 对外公  ", "开总数量  ",
    "规章|  |  | ０|    ",
    "规范性文件|  | ３|  | ２  ",
    "第二十条第(五)项  ", "信息  ", "内容|  | 上一年  ", "项目数量| 本年  ", "增/减| 处理决  ", "定数量  ",
    "行政许可|  | ３| -１| ９  ",
    "其他对外管理服务事项|  | ７|  |    ",
    "第二十条第(六)项  ", "信息  ", "内容|  | 上一年  ", "项目数量| 本年  ", "增/减| 处理决  ", "定数量  ",
    "行政处罚|  | １| ０| ４  ",
    "行政强制|  | ５| ０| ０  ",
    "第二十条第(八)项  ", "信息  ", "内容|  | 上一年  ", "项目数量| 本年  ", "增/减  ",
    "行政事业性收费|  | ２|    ",
    "第二十条第(九)项  ", "信息  ", "内容|  | 采购项  ", "目数量| 采购总金额(  ", "单位:万元)  ",
    "政府集中采购|  | ３５| ８４０．３  ", "  ",
]


def _h2t_report(lines: list[str]) -> bytes:
    return ("某县市场监督管理局2019年政府信息公开工作年度报告\n\n**一、总体情况**\n\n2019年，本局主动公开政府信息 120 条。\n\n"
            + "\n".join(lines) + "\n\n**三、收到和处理政府信息公开申请情况**\n\n**四、政府信息公开行政复议、行政诉讼情况**\n\n"
            "**五、存在的主要问题及改进情况**\n\n无。\n\n**六、其他需要报告的事项**\n\n无。\n").encode("utf-8")


def _t2(res, row: str, cols: tuple[str, ...]) -> list[str]:
    return [str(res.doc.value(f"t2.{row}.{c}")) for c in cols]


def test_html2text_rows_ending_in_an_empty_cell_keep_their_columns():
    # "规章|  |  | ０|    ": spacer, 本年新制作 empty, 本年新公开 0, 对外公开总数 empty. The closing-looking
    # "|" was taken for a markdown row's end: the row one cell short, its 0 read as 对外公开总数量
    # (a number where the source prints an empty cell)
    res = import_bytes(_h2t_report(_H2T_T2), "report.md")
    new = ("made", "published", "total_public")
    assert _t2(res, "rules", new) == ["", "0", ""]
    assert _t2(res, "normative", new) == ["3", "", "2"]
    assert _t2(res, "other_services", ("prev_items", "change", "decisions")) == ["7", "", ""]
    assert _t2(res, "fees", ("prev_items", "change")) == ["2", ""]
    assert _t2(res, "license", ("prev_items", "change", "decisions")) == ["3", "-1", "9"]


def test_html2text_rows_ending_in_an_empty_cell_stay_open_where_no_row_is_whole():
    # every row of numbers ends in "|": nothing shows that the table's "|" stand only between cells
    # (a crawler's "a | b |" closes every cell), so the last "|" may close the row — no cell is added
    lines = [ln.rstrip() + "|    " if ln.startswith(("规范性文件", "行政许可", "行政处罚", "行政强制", "政府集中采购"))
             else ln for ln in _H2T_T2]
    from gkdesk.importers.text import open_last_cells

    text = "\n".join(lines)
    assert open_last_cells(text) == text


# 表三 (2019 format) of a CMS page with an empty column after the row labels: (label cells as the
# page prints them — a group's label in its first row only —, how many columns the label covers
# beyond one, the seven cells 自然人 … 总计, "" for a cell printed empty)
_T3_ROWS = [
    (("一、本年新收政府信息公开申请数量",), 2, ["12", "3", "0", "0", "0", "1", "16"]),
    (("二、上年结转政府信息公开申请数量",), 2, ["1", "", "", "", "", "", "1"]),
    (("三、本年度办理结果", "(一)予以公开"), 1, ["5", "1", "", "", "", "1", "7"]),
    (("(二)部分公开(区分处理的,只计这一情形,不计其他情形)",), 1, ["", "0", "", "", "0", "", ""]),
    (("(三)不予公开", "1.属于国家秘密"), 0, ["", "", "0", "0", "", "", ""]),
    (("2.其他法律行政法规禁止公开",), 0, ["0", "0", "", "0", "", "", ""]),
    (("3.危及\"三安全一稳定\"",), 0, ["0", "0", "0", "0", "0", "0", "0"]),
    (("4.保护第三方合法权益",), 0, ["", "2", "", "", "", "", "2"]),
    (("5.属于三类内部事务信息",), 0, ["", "", "0", "", "0", "", ""]),
    (("6.属于四类过程性信息",), 0, ["0", "", "", "", "", "", ""]),
    (("7.属于行政执法案卷",), 0, ["", "", "", "", "", "0", ""]),
    (("8.属于行政查询事项",), 0, ["", "", "0", "", "", "", ""]),
    (("(四)无法提供", "1.本机关不掌握相关政府信息"), 0, ["3", "", "", "", "", "", "3"]),
    (("2.没有现成信息需要另行制作",), 0, ["", "0", "", "", "", "", ""]),
    (("3.补正后申请内容仍不明确",), 0, ["", "", "", "", "", "0", ""]),
    (("(五)不予处理", "1.信访举报投诉类申请"), 0, ["2", "", "", "", "", "", "2"]),
    (("2.重复申请",), 0, ["0", "0", "0", "0", "0", "0", ""]),
    (("3.要求提供公开出版物",), 0, ["", "", "", "", "", "", ""]),
    (("4.无正当理由大量反复申请",), 0, ["0", "", "", "", "", "", ""]),
    (("5.要求行政机关确认或重新出具已获取信息",), 0, ["", "", "", "", "", "", ""]),
    (("(六)其他处理",), 1, ["", "", "", "", "", "0", ""]),
    (("(七)总计",), 1, ["10", "3", "", "", "", "1", "14"]),
    (("四、结转下年度继续办理",), 2, ["3", "", "", "", "", "", "3"]),
]
_T3_CODES = ["new", "carried", "granted", "partial", "deny_secret", "deny_law", "deny_safety", "deny_third_party",
             "deny_internal", "deny_process", "deny_enforcement", "deny_inquiry", "unable_none", "unable_make",
             "unable_unclear", "reject_petition", "reject_repeat", "reject_publication", "reject_mass",
             "reject_confirm", "other_handling", "results_total", "carry_next"]
_T3_COLS = ["natural", "business", "research", "nonprofit", "legal", "other", "total"]
_T3_NOTE = "注：1.本表由办公室填报；2.统计截至2020年1月10日。"


def _t3_report(table: str) -> bytes:
    return ("某县人民政府办公室2019年政府信息公开工作年度报告\n\n\n一、总体情况\n\n\n本年度主动公开政府信息 86 条。\n\n\n"
            "三、收到和处理政府信息公开申请情况\n\n\n" + table + "\n\n\n四、政府信息公开行政复议、行政诉讼情况\n\n\n"
            "五、存在的主要问题及改进情况\n\n\n无。\n\n\n六、其他需要报告的事项\n\n\n无。\n").encode("utf-8")


def _t3_rows_read(res) -> list[list[str]]:
    return [[str(res.doc.value(f"t3.{r}.{c}")) for c in _T3_COLS] for r in _T3_CODES]


def test_soup_text_spacer_column_is_found_one_cell_per_line():
    # BeautifulSoup get_text("\n") of the page: a cell a line, an empty cell a line of &nbsp;, rows
    # apart by empty lines, the spacer an &nbsp; line after every label. Rows whose first and last
    # cells are empty fit two windows of seven cells; the spacer (the one position empty in every
    # row) tells which — as in TAB/pipe tables, now also where each cell is a line. The note under
    # the table is no empty cell of the last row (which then seemed one cell too long).
    head = ("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)\n\xa0\n申请\n人情况\n\n\n\xa0\n自然人\n法人或\n"
            "其他组织\n总计\n\n\n\xa0\n商业\n企业\n科研\n机构\n社会公\n益组织\n法律服\n务机构\n其他\n\n\n")
    body = "\n\n\n".join("\n".join(labels) + "\n\xa0\n" + "\n".join(v or "\xa0" for v in vals)
                         for labels, _span, vals in _T3_ROWS)
    res = import_bytes(_t3_report(head + body + "\n\n\n" + _T3_NOTE), "report.txt")
    assert _t3_rows_read(res) == [vals for _l, _s, vals in _T3_ROWS]


def test_markdownify_spacer_column_after_padded_labels():
    # markdownify's markdown of the page: every row opened and closed by "|", a label covering
    # columns padded with one " |" per covered column, then the spacer ("|  |"), then the cells
    head = ("|  |  |  |  |  |  |  |  |  |  |  |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
            "| (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | | |  | 申请 人情况 | | | | | | |\n"
            "|  | 自然人 | 法人或 其他组织 | | | | | 总计 |\n|  | 商业 企业 | 科研 机构 | 社会公 益组织 | 法律服 务机构 | 其他 |\n")
    body = "\n".join("| " + " | ".join(labels) + " |" + " |" * span + "  |" + "".join(f" {v} |" for v in vals)
                     for labels, span, vals in _T3_ROWS)
    res = import_bytes(_t3_report(head + body + "\n\n" + _T3_NOTE), "report.md")
    assert _t3_rows_read(res) == [vals for _l, _s, vals in _T3_ROWS]


def test_markdownify_padded_labels_without_a_common_spacer_stay_blank():
    # the same table where 科研机构 is empty in every row as well: two positions are empty in every
    # row, so the spacer is not known, and rows empty at both ends are not read
    rows = [(labels, span, vals[:2] + [""] + vals[3:]) for labels, span, vals in _T3_ROWS]
    body = "\n".join("| " + " | ".join(labels) + " |" + " |" * span + "  |" + "".join(f" {v} |" for v in vals)
                     for labels, span, vals in rows)
    res = import_bytes(_t3_report("|  | 自然人 | 法人或 其他组织 | | | | | 总计 |\n" + body), "report.md")
    assert all(v == "" for v in _t3_rows_read(res)[_T3_CODES.index("partial")])
    assert _t3_rows_read(res)[0] == ["12", "3", "", "0", "0", "1", "16"]


# 表二 (2019 format) of a clerk's Word table without merged cells: 行政事业性收费's 本年增/减 and
# 政府集中采购's 采购总金额 (each two columns of the official grid) typed into both columns
_T2_HEAD = ("二、主动公开政府信息情况\n第二十条第（一）项\t第二十条第（一）项\t第二十条第（一）项\t第二十条第（一）项\n"
            "信息\n内容\t本年新\n制作数量\t本年新\n公开数量\t对外公\n开总数量\n规章\t0\t0\t1\n规范性文件\t2\t2\t15\n"
            "第二十条第（五）项\t第二十条第（五）项\t第二十条第（五）项\t第二十条第（五）项\n"
            "信息\n内容\t上一年\n项目数量\t本年\n增/减\t处理决\n定数量\n行政许可\t12\t0\t340\n其他对外管理服务事项\t3\t1\t20\n"
            "第二十条第（六）项\t第二十条第（六）项\t第二十条第（六）项\t第二十条第（六）项\n"
            "信息\n内容\t上一年\n项目数量\t本年\n增/减\t处理决\n定数量\n行政处罚\t5\t-1\t9\n行政强制\t0\t0\t0\n"
            "第二十条第（八）项\t第二十条第（八）项\t第二十条第（八）项\t第二十条第（八）项\n"
            "信息\n内容\t上一年\n项目数量\t本年\n增/减\t本年\n增/减\n行政事业性收费\t{fees}\n"
            "第二十条第（九）项\t第二十条第（九）项\t第二十条第（九）项\t第二十条第（九）项\n"
            "信息\n内容\t采购项\n目数量\t采购总金额（\n单位：万元）\t采购总金额（\n单位：万元）\n政府集中采购\t{buy}\n\n")


#: the head of 表三 as Word's text prints it: merged header cells repeated, line breaks in cells
_T3_WORD = ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t（本列数据的勾稽关系为：第一项加第二项之和，"
            "等于第三项加第四项之和）\t申请\n人情况\t申请\n人情况\n一、本年新收政府信息公开申请数量\t\t3\t0\t0\t0\t0\t0\t3\n")


def _t2_report(fees: str, buy: str) -> bytes:
    return ("某县卫生健康局2020年政府信息公开工作年度报告\n一、总体情况\n2020年，本局主动公开政府信息 95 条。\n"
            + _T2_HEAD.format(fees=fees, buy=buy)
            + "三、收到和处理政府信息公开申请情况\n" + _T3_WORD + "四、政府信息公开行政复议、行政诉讼情况\n"
            "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n").encode("utf-8")


def test_word_text_merged_cell_copied_into_each_column_it_covers():
    # Word's plain text of the table (a row a line, cells apart by TABs, a cell's line breaks kept):
    # "0 -30 -30" under 上一年项目数量 / 本年增/减 / 本年增/减 is 上一年 0, 本年增/减 -30 (before: three
    # numbers for two cells, both blank)
    res = import_bytes(_t2_report("6\t-30\t-30", "9\t42.194\t42.194"), "report.txt")
    assert _t2(res, "fees", ("prev_items", "change")) == ["6", "-30"]
    assert _t2(res, "procurement", ("items", "amount")) == ["9", "42.194"]
    assert _t2(res, "penalty", ("prev_items", "change", "decisions")) == ["5", "-1", "9"]


def test_merged_cell_copies_that_differ_are_not_read():
    # the two numbers under 本年增/减 differ: not one merged cell's copies, nothing tells which is its
    res = import_bytes(_t2_report("6\t-30\t30", "9\t42.194\t42.19"), "report.txt")
    assert _t2(res, "fees", ("prev_items", "change")) == ["", ""]
    assert _t2(res, "procurement", ("items", "amount")) == ["", ""]


def test_word_text_merged_cell_copies_beside_an_empty_cell():
    # 采购项目数量 empty, 采购总金额 0 typed into both its columns: "政府集中采购 / (empty) / 0 / 0", the empty
    # cell printed between its TABs (before: two numbers for three printed columns, both cells blank)
    res = import_bytes(_t2_report("\t-3\t-3", "\t0\t0"), "report.txt")
    assert _t2(res, "procurement", ("items", "amount")) == ["", "0"]
    assert _t2(res, "fees", ("prev_items", "change")) == ["", "-3"]
    res = import_bytes(_t2_report("2\t\t", "\t0\t5"), "report.txt")  # copies that differ: not one cell's
    assert _t2(res, "fees", ("prev_items", "change")) == ["2", ""]
    assert _t2(res, "procurement", ("items", "amount")) == ["", ""]


def test_html2text_rows_ending_in_an_empty_cell_where_no_row_of_their_width_is_whole():
    # 2021 format: 规章 and 行政规范性文件 (three cells each, 现行有效件数 printed empty in both) are the
    # only rows of three cells, so no whole row shows their width; the official row does: three
    # cells, which the row has only with its last "|" standing before an empty cell
    lines = ["**二、主动公开政府信息情况**", "", "第二十条第(一)项  ", "---  ", "信息  ", "内容| 本年制  ",
             "发件数| 本年废  ", "止件数| 现行有  ", "效件数  ", "规章|  | １ |    ", "行政规范性文件| 0| 0 |    ",
             "第二十条第(五)项  ", "---  ", "信息  ", "内容| 本年处理  ", "决定数量  ", "行政许可| 61  ",
             "其他对外管理服务事项| ４  "]
    text = ("某市司法局2021年政府信息公开工作年度报告\n\n**一、总体情况**\n\n2021年，本局主动公开政府信息 240 条。\n\n"
            + "\n".join(lines) + "\n\n**三、收到和处理政府信息公开申请情况**\n\n**四、政府信息公开行政复议、行政诉讼情况**\n\n"
            "**五、存在的主要问题及改进情况**\n\n无。\n\n**六、其他需要报告的事项**\n\n无。\n")
    res = import_bytes(text.encode("utf-8"), "report.md")
    cols = ("issued", "repealed", "in_force")
    assert _t2(res, "rules", cols) == ["", "1", ""]
    assert _t2(res, "normative", cols) == ["0", "0", ""]
