"""Web page text as reviewers get it (issue #11): pipe rows with "|" padding of merged cells, one
cell per line closed by a lone "|" line, and the agency named only in the opening prose. Inputs are
written in the style of ../shared/reports (P04/P05/P07/P09), never copies of them."""

from __future__ import annotations

from gkdesk.importers.locate import clean_text
from gkdesk.importers.prose import agency_from_prose, detect_meta
from gkdesk.importers.rows import padded_reads, read_fields
from gkdesk.importers.text import import_text

from test_real_layouts import DATA, rows_of


def test_pipe_rows_with_padded_merged_labels_keep_every_cell_in_its_column():
    # "label | || 3 | 1 | | | | 0 | 4 |": a label merged over 3 columns padded by 2 empty cells, a
    # 2-column label by 1; result rows print only 自然人 (zeros elsewhere printed empty, like
    # real-009). Reading the first 7 cells put 部分公开's 0 under 商业企业; the one-number rows
    # were taken for "only 总计 printed" and the whole 表三 was dropped.
    res = import_text((DATA / "pipe_rows_padded.txt").read_text(encoding="utf-8"), "x.txt")
    t3 = rows_of(res.doc, "t3")
    assert t3["new"] == ["3", "1", "", "", "", "0", "4"]
    assert t3["carried"] == ["1", "", "", "", "", "", "1"]
    assert t3["granted"] == ["2", "1", "", "", "", "", "3"]
    assert t3["partial"] == ["0", "", "", "", "", "", ""]
    assert t3["deny_secret"] == ["0", "", "", "", "", "", ""]
    assert t3["unable_none"] == ["1", "", "", "", "", "", "1"]
    assert t3["other_misc"] == ["0", "", "", "", "", "", ""]
    assert t3["results_total"] == ["3", "1", "", "", "", "", "4"]
    assert t3["carry_next"] == ["1", "", "", "", "", "", "1"]
    assert rows_of(res.doc, "t2")["normative"] == ["2", "", "5"]


def test_pipe_padding_is_used_only_when_the_table_settles_it():
    # (fields after the label, k, label columns beyond one): "| | 0 | | | | | | |" of a 2-column
    # label has 8 cells for 7 values — padding first or an extra column last
    def row(seg, span):
        return read_fields(seg), 7, span

    ambiguous = row(" | | 0 | | | | | | |", 1)
    plain = row(" | 5 | 1 | 2 | 0 | 0 | 0 | 8 |", 0)
    assert padded_reads([ambiguous, plain])[0] is None  # nothing shows which: left blank
    padded = row(" | | 2 | 1 | 0 | 0 | 0 | 0 | 3 |", 1)  # a padded row with both ends printed
    got = padded_reads([ambiguous, plain, padded])
    assert [v.text for v in got[0]] == ["0", "", "", "", "", "", ""]
    assert [v.text for v in got[1]] == ["5", "1", "2", "0", "0", "0", "8"]
    # no one-column row starts with a value: a column may stand between labels and values
    lead_empty = row(" | | 5 | 1 | 2 | 0 | 0 | 0 |", 0)
    assert padded_reads([ambiguous, lead_empty, padded])[0] is None


CELL_LINES = """二、主动公开政府信息情况
第二十条第(一)项
|
信息内容
|
本年新
制作数量
|
本年新
公开数量
|
对外公开总数量
|
规章
|
|
2
|
1
|
规范性文件
|
0
|
|
|
第二十条第(五)项
|
信息内容
|
上一年项目数量
|
本年增/减
|
处理决定数量
|
行政许可
|
4
|
0
|
4
|
"""


def test_a_lone_bar_line_closes_its_cell_and_a_second_one_is_an_empty_cell():
    # P07 style: every cell on its own line with a "|" line after it; an empty cell leaves "|"
    # right under the previous "|". Each lone "|" was an empty cell: 规章's 2 and 1 were read
    # one column off or not at all.
    res = import_text("2020年度政府信息公开工作年度报告\n一、总体情况\n无。\n" + CELL_LINES, "x.txt")
    t2 = rows_of(res.doc, "t2")
    assert t2["rules"] == ["", "2", "1"]
    assert t2["normative"] == ["0", "", ""]
    assert t2["license"] == ["4", "0", "4"]


def test_agency_named_only_as_the_subject_of_the_opening_prose():
    meta = detect_meta(clean_text("关于2023年度政府信息公开工作的年度报告\n一、总体情况\n"
                                  "2023年,在区委、区政府的坚强领导下,官洲街道办事处认真贯彻落实《条例》。\n"
                                  "二、主动公开政府信息情况\n"))
    assert (meta["agency"], meta["agency_from"]) == ("官洲街道办事处", "prose")
    assert agency_from_prose("2020年七里坪镇严格按照《条例》有关要求，由镇党政办具体负责。") == "七里坪镇"
    assert agency_from_prose("文登区住房和城乡建设局高度重视政府信息公开工作。") == "文登区住房和城乡建设局"


def test_agency_from_prose_only_when_it_is_a_proper_name_and_the_only_one():
    # the level without the place ("区政府办公室", "县审计局"), "我局", two different subjects,
    # a subject after the tables, and page chrome ("来源：…办公室") are never taken
    assert agency_from_prose("2022年,区政府办公室认真贯彻执行《条例》。") == ""
    assert agency_from_prose("2020年,县审计局认真贯彻执行《条例》。") == ""
    assert agency_from_prose("2021年，我局认真贯彻落实《条例》。") == ""
    assert agency_from_prose("2021年，安平县自然资源局认真贯彻《条例》。安平县林业局积极配合。") == ""
    assert agency_from_prose("一、总体情况\n无。\n二、主动公开政府信息情况\n2021年，安平县自然资源局认真贯彻。") == ""
    assert agency_from_prose("发布时间:2022-01-25  来源:新九镇党政办  阅读次数:\n本报告由新九镇人民政府编制。") == ""
    assert agency_from_prose("区委和区政府认真部署。") == ""


def test_agency_from_the_title_is_preferred_to_the_prose():
    meta = detect_meta(clean_text("安平县林业局2023年度政府信息公开工作年度报告\n一、总体情况\n"
                                  "2023年，安平县自然资源局认真贯彻落实《条例》。\n"))
    assert (meta["agency"], meta["agency_from"]) == ("安平县林业局", "title")


P03_STYLE = ("二、主动公开政府信息情况\n\n第二十条第(一)项\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n"
             "规章\n\n0\n\n\u00a0\n\n3\n\n行政规范性文件\n\n2\n\n \n\n7\n\n第二十条第(五)项\n\n信息内容\n\n本年处理决定数量\n\n"
             "行政许可\n\n5\n\n第二十条第(六)项\n\n信息内容\n\n本年处理决定数量\n\n行政处罚\n\n0\n\n行政强制\n\n0\n\n"
             "第二十条第(八)项\n\n信息内容\n\n本年收费金额(单位:万元)\n\n行政事业性收费\n\n0\n\n \n\n三、收到和处理政府信息公开申请情况\n")


def test_cells_as_paragraphs_with_an_nbsp_line_for_an_empty_cell():
    # P03 style (each cell a paragraph, an empty line after it); an empty cell's &nbsp; paragraph
    # is a line holding only white space. It was taken for a separator, so 规章 had 2 numbers for 3
    # cells and was left blank.
    res = import_text("关于2021年度政府信息公开工作的年度报告\n\n一、总体情况\n\n无。\n\n" + P03_STYLE, "x.txt")
    t2 = rows_of(res.doc, "t2")
    assert t2["rules"] == ["0", "", "3"]
    assert t2["normative"] == ["2", "", "7"]
    assert t2["license"] == ["5"] and t2["fees"] == ["0"]



def test_cells_as_paragraphs_with_header_cells_wrapped_over_lines():
    # the same page in narrow columns: header cells wrap inside their paragraph ("信息内" over "容",
    # "现行有" over "效件数"), so the lines outnumber the empty lines that close the cells. The table
    # was then taken for plain PDF text and every 表二 row with an empty cell was refused.
    wrapped = (P03_STYLE.replace("信息内容", "信息内\n容").replace("现行有效件数", "现行有\n效件数")
               .replace("本年制发件数", "本年制\n发件数").replace("本年废止件数", "本年废\n止件数")
               .replace("本年处理决定数量", "本年处\n理决定数量").replace("(单位:万元)", "(单位:万\n元)"))
    res = import_text("关于2021年度政府信息公开工作的年度报告\n\n一、总体情况\n\n无。\n\n" + wrapped, "x.txt")
    t2 = rows_of(res.doc, "t2")
    assert t2["rules"] == ["0", "", "3"]
    assert t2["normative"] == ["2", "", "7"]
    assert t2["license"] == ["5"] and t2["penalty"] == ["0"] and t2["fees"] == ["0"]


# ---------------------------------------------------------------- markdown from converters / LLM tools

T3_LABELS_2021 = [
    ("一、本年新收政府信息公开申请数量", "", ""), ("二、上年结转政府信息公开申请数量", "", ""),
    ("三、本年度办理结果", "（一）予以公开", ""),
    ("", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ""),
    ("", "（三）不予公开", "1.属于国家秘密"), ("", "", "2.其他法律行政法规禁止公开"),
    ("", "", "3.危及“三安全一稳定”"), ("", "", "4.保护第三方合法权益"), ("", "", "5.属于三类内部事务信息"),
    ("", "", "6.属于四类过程性信息"), ("", "", "7.属于行政执法案卷"), ("", "", "8.属于行政查询事项"),
    ("", "（四）无法提供", "1.本机关不掌握相关政府信息"), ("", "", "2.没有现成信息需要另行制作"),
    ("", "", "3.补正后申请内容仍不明确"), ("", "（五）不予处理", "1.信访举报投诉类申请"), ("", "", "2.重复申请"),
    ("", "", "3.要求提供公开出版物"), ("", "", "4.无正当理由大量反复申请"),
    ("", "", "5.要求行政机关确认或重新出具已获取信息"),
    ("", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("", "", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"), ("", "", "3.其他"),
    ("", "（七）总计", ""), ("四、结转下年度继续办理", "", ""),
]


def md_t3(values: dict[int, list[str]], br: bool = True) -> str:
    """表三 as a markdown converter writes it: merged cells empty, wrapped headers as <br>."""
    head = ["| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 申请人情况 |  |  |  |  |  |  |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
            "|  |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |",
            "|  |  |  |  | 商业<br>企业 | 科研<br>机构 | 社会公益<br>组织 | 法律服务<br>机构 | 其他 |  |" if br else
            "|  |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |  |"]
    body = ["| " + " | ".join(list(lab) + values.get(i, [""] * 7)) + " |" for i, lab in enumerate(T3_LABELS_2021)]
    return "\n".join(head + body)


MD_HEAD = """# 某某县自然资源局2023年政府信息公开工作年度报告

## 一、总体情况

2023年，某某县自然资源局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开信息126条。

## 二、主动公开政府信息情况

| 第二十条第（一）项 |  |  |  |
| --- | --- | --- | --- |
| 信息内容 | 本年制发<br>件数 | 本年废止<br>件数 | 现行有效<br>件数 |
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | 3 | 1 | 12 |

## 三、收到和处理政府信息公开申请情况

"""


def test_markdown_with_br_in_table_cells_is_text_not_a_web_page():
    # pandoc / LLM tools write a wrapped header cell as "本年制发<br>件数": the file was taken for a
    # web page (a <br> tag in its first 4 KB), the HTML reader found no table in it and 表三 was
    # left blank
    from gkdesk.importers import import_bytes, sniff

    vals = {0: ["5", "1", "", "", "", "0", "6"], 1: ["1", "", "", "", "", "", "1"],
            2: ["3", "1", "", "", "", "", "4"], 23: ["5", "1", "", "", "", "0", "6"],
            12: ["2", "", "", "", "", "0", "2"], 24: ["1", "", "", "", "", "", "1"]}
    text = MD_HEAD + md_t3(vals) + "\n\n## 四、政府信息公开行政复议、行政诉讼情况\n"
    data = text.encode("utf-8")
    assert sniff(data) == "text"
    res = import_bytes(data, "report.md")
    t3 = rows_of(res.doc, "t3")
    assert t3["new"] == ["5", "1", "", "", "", "0", "6"]
    assert t3["granted"] == ["3", "1", "", "", "", "", "4"]
    assert t3["unable_none"] == ["2", "", "", "", "", "0", "2"]
    assert t3["carry_next"] == ["1", "", "", "", "", "", "1"]
    assert rows_of(res.doc, "t2")["normative"] == ["3", "1", "12"]
    # a real web page with <br> stays a web page
    assert sniff(b"<p>2023\xe5\xb9\xb4<br>| a | b |\n| c | d |</p><div>x</div>") == "html"


def test_a_row_printed_with_every_cell_empty_is_not_joined_to_the_next_row():
    # 2.申请人逾期未按收费通知… printed with no number at all, then "3.其他" with four 0s: the two
    # were read as one label broken over two table rows, and the 0s of 3.其他 went to row 2
    vals = {0: ["4", "", "", "", "", "", "4"], 2: ["4", "", "", "", "", "", "4"], 23: ["4", "", "", "", "", "", "4"],
            22: ["", "0", "0", "0", "", "0", ""]}
    res = import_text(MD_HEAD + md_t3(vals, br=False) + "\n", "report.md")
    t3 = rows_of(res.doc, "t3")
    assert t3["other_misc"] == ["", "0", "0", "0", "", "0", ""]
    assert t3["other_unpaid"] == [""] * 7


# ------------------------------------------------------------------- crawler one-line page bodies

CRAWLER_HEAD = """标题: 某某县司法局2023年度政府信息公开工作年度报告
发布时间: 2024-01-20 10:12
文号:
发布机构:
栏目: 政府信息公开年报
原文链接: https://www.example.gov.cn/zwgk/nb/202401/t20240120_1234.htm
==================== 正文 ====================
"""

#: 表三 of a 2021 web page as a crawler prints its cells: each group label only on its first row
T3_CELLS_2021 = [
    ["一、本年新收政府信息公开申请数量"], ["二、上年结转政府信息公开申请数量"],
    ["三、本年度办理结果", "（一）予以公开"], ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
    ["（三）不予公开", "1.属于国家秘密"], ["2.其他法律行政法规禁止公开"], ["3.危及“三安全一稳定”"],
    ["4.保护第三方合法权益"], ["5.属于三类内部事务信息"], ["6.属于四类过程性信息"], ["7.属于行政执法案卷"],
    ["8.属于行政查询事项"], ["（四）无法提供", "1.本机关不掌握相关政府信息"], ["2.没有现成信息需要另行制作"],
    ["3.补正后申请内容仍不明确"], ["（五）不予处理", "1.信访举报投诉类申请"], ["2.重复申请"], ["3.要求提供公开出版物"],
    ["4.无正当理由大量反复申请"], ["5.要求行政机关确认或重新出具已获取信息"],
    ["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
    ["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"], ["3.其他"], ["（七）总计"],
    ["四、结转下年度继续办理"],
]


def one_line_body(t2: list[list[str]], t3: dict[int, list[str]], t4: list[str], join: str = " ") -> str:
    """A crawler's page.txt (real-004's form): header block, then the whole body on one line, the
    cells of a table row joined by ``join`` (an empty cell leaves nothing between two joins)."""
    parts = ["一、总体情况 2023年，某某县司法局认真贯彻落实《中华人民共和国政府信息公开条例》。",
             "二、主动公开政府信息情况"]
    parts += [join.join(r) for r in t2]
    parts.append("三、收到和处理政府信息公开申请情况 （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） "
                 "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他")
    parts += [join.join(labels + t3.get(i, [""] * 7)) for i, labels in enumerate(T3_CELLS_2021)]
    parts.append("四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 "
                 "未经复议直接起诉 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计")
    parts.append(join.join(t4))
    parts.append("五、存在的主要问题及改进情况 一是公开内容不够全面。 六、其他需要报告的事项 无。 某某县司法局 2024年1月15日")
    return CRAWLER_HEAD + " ".join(parts) + "\n"


T2_2021 = [["第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
           ["规章", "0", "", "3"], ["行政规范性文件", "2", "1", "15"],
           ["第二十条第（五）项", "信息内容", "本年处理决定数量"], ["行政许可", "12"],
           ["第二十条第（六）项", "信息内容", "本年处理决定数量"], ["行政处罚", ""], ["行政强制", "4"],
           ["第二十条第（八）项", "信息内容", "本年收费金额（单位：万元）"], ["行政事业性收费", "0"]]
T3_SPARSE = {0: ["3", "1", "", "", "", "", "4"], 2: ["2", "1", "", "", "", "", "3"],
             3: ["1", "", "", "", "", "", "1"], 23: ["3", "1", "", "", "", "", "4"]}


def test_one_line_body_with_cells_joined_by_single_spaces_reads_empty_cells_by_position():
    # "（一）予以公开 2 1     3": an empty cell leaves two spaces in a row. Counted, every row of 表三
    # has its 7 cells and the whole table adds up with the empty cells as 0: the rows are read by
    # position (before, every row with an empty cell was left blank), and 表二/表四 of the same page too
    t4 = ["1", "", "0", "", "1", "0", "0", "0", "0", "0", "", "", "", "", ""]
    res = import_text(one_line_body(T2_2021, T3_SPARSE, t4), "page.txt")
    t3 = rows_of(res.doc, "t3")
    assert t3["new"] == ["3", "1", "", "", "", "", "4"]
    assert t3["granted"] == ["2", "1", "", "", "", "", "3"]
    assert t3["partial"] == ["1", "", "", "", "", "", "1"]
    assert t3["deny_secret"] == [""] * 7
    assert t3["results_total"] == ["3", "1", "", "", "", "", "4"]
    t2 = rows_of(res.doc, "t2")
    assert t2["rules"] == ["0", "", "3"]
    assert t2["normative"] == ["2", "1", "15"]
    assert t2["coercion"] == ["4"] and t2["penalty"] == [""]
    assert [res.doc.value(c.id).text for c in res.doc.spec.table("t4").cells] == t4


def test_one_line_spacing_is_trusted_only_when_the_whole_table_3_adds_up():
    # the same page with 法人或其他组织's 1 printed under 自然人's column by a collapsed space: the
    # column totals break, so the spacing shows nothing and the rows with empty cells stay blank
    bad = dict(T3_SPARSE)
    bad[2] = ["2", "", "1", "", "", "", "3"]
    res = import_text(one_line_body(T2_2021, bad, ["0"] * 15), "page.txt")
    t3 = rows_of(res.doc, "t3")
    assert t3["granted"] == [""] * 7 and t3["new"] == [""] * 7
    assert rows_of(res.doc, "t2")["rules"] == ["", "", ""]
    # whitespace collapsed by the crawler: fewer cells than columns, nothing is read by position
    collapsed = one_line_body(T2_2021, T3_SPARSE, ["0"] * 15).replace("  ", " ")
    while "  " in collapsed:
        collapsed = collapsed.replace("  ", " ")
    res = import_text(collapsed, "page.txt")
    assert rows_of(res.doc, "t3")["granted"] == [""] * 7


def test_glued_row_label_without_its_ordinal_after_its_group_label():
    # cells glued (join ""), labels printed without ordinals: "本年度办理结果予以公开2100003"; the
    # short form "予以公开" was refused because a Chinese character stands right before it
    t3 = {i: ["0"] * 7 for i in range(len(T3_CELLS_2021))}
    t3[0], t3[2], t3[23] = ["2", "1", "0", "0", "0", "0", "3"], ["2", "1", "0", "0", "0", "0", "3"], ["2", "1", "0", "0", "0", "0", "3"]
    text = one_line_body(T2_2021[:3], t3, ["0"] * 15, join="")
    text = text.replace("三、本年度办理结果（一）予以公开", "本年度办理结果予以公开")
    res = import_text(text, "page.txt")
    assert rows_of(res.doc, "t3")["granted"] == ["2", "1", "0", "0", "0", "0", "3"]


def test_table_4_glued_with_not_applicable_marks():
    # "—0—0——0———0—0——": a crawler glued 表四's cells, some printed "—"; one split into 15 cells
    t4 = ["—", "0", "—", "0", "—", "—", "0", "—", "—", "—", "0", "—", "0", "—", "—"]
    res = import_text(one_line_body(T2_2021[:3], {0: ["0"] * 7}, t4, join=""), "page.txt")
    got = [res.doc.value(c.id) for c in res.doc.spec.table("t4").cells]
    assert [v.text for v in got] == t4
    assert sum(1 for v in got if v.is_number) == 5



def test_table_4_glued_with_marks_settled_by_a_block_whose_mark_counts_nothing():
    # "060—6—04913——0—0": 复议 reads 0/6/0/—/6 or 0/60/—/… ; the blocks with a "—" were not checked,
    # so several splits passed and 表四 was left blank. A mark counts nothing: its block's total is
    # still the sum of its numbers, which leaves one split. The region also runs into a 五 heading
    # worded otherwise ("工作中存在的问题及改进措施"), which stood after the glued cells.
    t4 = ["0", "6", "0", "—", "6", "—", "0", "4", "9", "13", "—", "—", "0", "—", "0"]
    text = one_line_body(T2_2021[:3], {0: ["0"] * 7}, t4, join="")
    text = text.replace("五、存在的主要问题及改进情况", "五、工作中存在的问题及改进措施")
    res = import_text(text, "page.txt")
    assert [res.doc.value(c.id).text for c in res.doc.spec.table("t4").cells] == t4
    # a split the sums cannot tell ("——0003300—33—0—00": 33/0 or 3/30 under 直接起诉) stays blank
    t4 = ["—", "—", "0", "0", "0", "33", "0", "0", "—", "33", "—", "0", "—", "0", "0"]
    res = import_text(one_line_body(T2_2021[:3], {0: ["0"] * 7}, t4, join=""), "page.txt")
    assert all(res.doc.value(c.id).is_blank for c in res.doc.spec.table("t4").cells)


BROWSER_T4 = """四、政府信息公开行政复议、行政诉讼情况
行政复议
行政诉讼
结果维持
结果纠正
其他结果
尚未审结
总计
未经复议直接起诉
复议后起诉
结果维持
结果纠正
其他结果
尚未审结
总计
结果维持
结果纠正
其他结果
尚未审结
总计
{cells}
注：本表数据统计时间为2023年1月1日至2023年12月31日。
五、存在的主要问题及改进情况
一是公开内容不够全面。
"""


def test_table_4_copied_one_cell_per_line_with_empty_cells_first_or_last():
    # a web table selected and copied: an empty cell is an empty line, at the start (复议 printed
    # empty) or at the end (复议后起诉 empty) of the 15 cells
    t3 = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然人", "法人或其他组织",
          "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    for i, labels in enumerate(T3_CELLS_2021):
        t3 += labels + (["1", "", "", "", "", "", "1"] if i in (0, 2, 23) else [""] * 7)
    head = "2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n" + "\n".join(t3) + "\n"
    for cells in (["", "", "", "", "", "0", "0", "0", "0", "0", "1", "0", "0", "0", "1"],
                  ["5", "", "", "2", "7", "8", "", "", "1", "9", "", "", "", "", ""]):
        res = import_text(head + BROWSER_T4.format(cells="\n".join(cells)), "copy.txt")
        assert [res.doc.value(c.id).text for c in res.doc.spec.table("t4").cells] == cells
    # the cells do not add up when read so (a separating empty line before them): left blank
    shifted = ["", "5", "", "", "2", "7", "8", "", "", "1", "9", "", "", "", ""]
    res = import_text(head + BROWSER_T4.format(cells="\n".join(shifted)), "copy.txt")
    assert all(res.doc.value(c.id).is_blank for c in res.doc.spec.table("t4").cells)
    assert rows_of(res.doc, "t3")["granted"] == ["1", "", "", "", "", "", "1"]


def test_agency_as_subject_right_after_the_heading_on_a_one_line_body():
    # the crawler's body is one line: "一、总体情况 某某县司法局高度重视…" has no line start before the
    # subject, so the agency named only there was left blank
    body = ("关于2023年度政府信息公开工作的年度报告\n==================== 正文 ====================\n"
            "一、总体情况 某某县司法局高度重视政府信息公开工作，2023年共主动公开政府信息120条。 "
            "二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0")
    assert detect_meta(clean_text(body))["agency"] == "某某县司法局"
    assert agency_from_prose("一、总体情况 全县各单位高度重视政府信息公开工作。") == ""


def test_page_furniture_after_the_sign_off_is_kept_out_of_section_6():
    # a portal page: 落款, then 打印/关闭, 分享到, 扫一扫 and the links to the neighbouring reports. The
    # 上一篇/下一篇 lines stayed in 六 and hid the 落款 date above them
    page = ("某某县司法局2023年度政府信息公开工作年度报告\n一、总体情况\n2023年，某某县司法局认真贯彻落实《条例》。\n"
            "六、其他需要报告的事项\n本年度未收取信息处理费。\n某某县司法局\n2024年1月15日\n\n【打印本页】 【关闭窗口】\n分享到：\n"
            "扫一扫在手机打开当前页\n上一篇：某某县民政局2022年度政府信息公开工作年度报告\n"
            "下一篇：某某县民政局2023年度政府信息公开工作年度报告\n")
    res = import_text(page, "page.txt")
    assert res.doc.sections["s6"] == "本年度未收取信息处理费。"
    assert res.doc.meta.date == "2024-01-15"


def test_one_line_body_ends_with_the_sign_off_and_page_furniture():
    # the crawler runs 落款 and page furniture into the body's one line: "…处理费。 某某县司法局
    # 2024年1月15日  【打印本页】 【关闭窗口】 分享到： …"; they were read as the text of 六
    text = one_line_body(T2_2021, T3_SPARSE, ["0"] * 15).rstrip("\n") + \
        "  【打印本页】 【关闭窗口】 分享到： 扫一扫在手机打开当前页 上一篇：某某县民政局2022年度政府信息公开工作年度报告\n"
    res = import_text(text, "page.txt")
    assert res.doc.sections["s6"] == "无。"
    assert res.doc.meta.date == "2024-01-15"
    assert res.doc.meta.agency == "某某县司法局"


def test_markdown_table_cell_with_a_number_and_its_remark():
    # "22（其中修订16件）" in a real table cell (markdown, and any reader that sees cells): the
    # number with its remark was kept as text, so the clerk got no number at all
    md = MD_HEAD.replace("| 行政规范性文件 | 3 | 1 | 12 |", "| 行政规范性文件 | 22（其中修订16件） | 1 | 55（含自然失效29件） |")
    res = import_text(md + md_t3({0: ["1", "", "", "", "", "", "1"]}) + "\n", "report.md")
    assert rows_of(res.doc, "t2")["normative"] == ["22", "1", "55"]
    assert all(res.doc.value(f"t2.normative.{c}").is_number for c in ("issued", "repealed", "in_force"))
    assert any("其中修订16件" in n.message and "22" in n.message for n in res.notes)
    # a remark without words ("22（16）") leaves the cell's digits unaccounted for: kept as text
    md = MD_HEAD.replace("| 行政规范性文件 | 3 | 1 | 12 |", "| 行政规范性文件 | 22（16） | 1 | 12 |")
    res = import_text(md + md_t3({}) + "\n", "report.md")
    assert not res.doc.value("t2.normative.issued").is_number


def innertext_page(t3: dict[int, list[str]], empty: str) -> str:
    """A CMS export of the page's text: tab-separated rows holding only the cells the HTML has (a
    group label on its first row), an empty cell printed as ``empty``."""
    head = ["关于2023年度政府信息公开工作的年度报告", "一、总体情况", "2023年，某某县司法局认真贯彻落实《条例》。",
            "三、收到和处理政府信息公开申请情况",
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
            "自然人\t法人或其他组织\t总计", "商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"]
    rows = ["\t".join(labels + [c or empty for c in t3.get(i, ["0"] * 7)]) for i, labels in enumerate(T3_CELLS_2021)]
    return "\n".join(head + rows + ["四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "无。"]) + "\n"


T3_CMS = {0: ["5", "1", "", "", "", "", "6"], 1: ["1", "", "", "", "", "", "1"], 2: ["4", "1", "", "", "", "", "5"],
          23: ["4", "1", "", "", "", "", "5"], 24: ["2", "", "", "", "", "", "2"]}


def test_html_character_references_in_page_text_are_their_characters():
    # a CMS export keeps "&nbsp;" for an empty cell: it was a word, not an empty cell, so every row
    # with an empty cell was refused (and a row could shift, see below)
    res = import_text(innertext_page(T3_CMS, "&nbsp;"), "page.txt")
    t3 = rows_of(res.doc, "t3")
    assert t3["new"] == ["5", "1", "", "", "", "", "6"]
    assert t3["carried"] == ["1", "", "", "", "", "", "1"]
    assert t3["results_total"] == ["4", "1", "", "", "", "", "5"]
    assert t3["deny_secret"] == ["0"] * 7


def test_a_word_among_a_rows_cells_does_not_shift_them():
    # "二、上年结转… 5 1 3 0 1 暂无 10": six numbers and a word for seven cells. The word was dropped
    # and the empty cell after the next row's group label (printed without its ordinal,
    # "本年度办理结果\t予以公开…") taken as this row's 7th: 10 went under 其他 and 总计 stayed empty
    # (an invented number)
    t3 = dict(T3_CMS)
    t3[1] = ["5", "1", "3", "0", "1", "暂无", "10"]
    page = innertext_page(t3, "").replace("三、本年度办理结果\t", "本年度办理结果\t")
    res = import_text(page, "page.txt")
    t3 = rows_of(res.doc, "t3")
    assert t3["carried"] == [""] * 7
    assert t3["new"] == ["5", "1", "", "", "", "", "6"]


def _t3_glued_with_blanks() -> dict[int, list[str]]:
    zero, blank0 = ["0"] * 7, ["0", "", "", "0", "", "", "0"]
    t3 = {i: (blank0 if i % 3 == 0 else zero) for i in range(len(T3_CELLS_2021))}
    t3[0] = ["3", "1", "0", "0", "0", "0", "4"]      # "3100004": seven digits, one reading
    t3[1] = ["0", "", "", "", "", "0", "0"]          # "000"
    t3[2] = ["2", "1", "", "", "", "", "3"]          # "213": 2 and 1 in any two columns, by itself
    t3[3] = ["1", "", "", "", "", "", "1"]           # "11"
    t3[23] = ["3", "1", "", "", "", "", "4"]         # "314"
    t3[24] = ["0", "", "", "", "", "", "0"]          # "00"
    return t3


def test_glued_rows_with_empty_cells_read_by_the_whole_tables_arithmetic():
    # real-004's form (cells glued, no separator) where some cells are printed empty: "213" under 予以
    #公开 is 2/1/3 in any two applicant columns. Row by row nothing can be told, and the table was
    # dropped whole ("每一行只有一个数字"). With 新收 "3100004" fixing its columns, 新收＋结转＝办理＋
    # 结转下年 puts 总计's 3 and 1 under 自然人 and 商业企业, and the 办理结果 column sums then place
    # 予以公开 and 部分公开. 0s that may as well be empty cells are never stored.
    res = import_text(one_line_body(T2_2021[:3], _t3_glued_with_blanks(), ["0"] * 15, join=""), "page.txt")
    t3 = rows_of(res.doc, "t3")
    assert t3["new"] == ["3", "1", "0", "0", "0", "0", "4"]
    assert t3["granted"] == ["2", "1", "", "", "", "", "3"]
    assert t3["partial"] == ["1", "", "", "", "", "", "1"]
    assert t3["results_total"] == ["3", "1", "", "", "", "", "4"]
    assert t3["carried"] == [""] * 7 and t3["carry_next"] == [""] * 7  # "000", "00": 0 or empty, unknown
    assert t3["deny_secret"] == ["0"] * 7 and t3["deny_safety"] == [""] * 7  # "0000000", "000"
    assert any("所有可行读法都一致" in n.message for n in res.notes)


def test_glued_rows_with_empty_cells_stay_blank_where_the_table_does_not_settle_them():
    # the same page with 新收 printed "314" as well: 3 and 1 may stand in any two columns, as long
    # as every row puts them in the same two; only the 总计 cells are certain
    t3 = _t3_glued_with_blanks()
    t3[0] = ["3", "1", "", "", "", "", "4"]
    res = import_text(one_line_body(T2_2021[:3], t3, ["0"] * 15, join=""), "page.txt")
    t3 = rows_of(res.doc, "t3")
    assert t3["granted"] == ["", "", "", "", "", "", "3"]
    assert t3["new"] == ["", "", "", "", "", "", "4"]
    # a table printing only its 总计 column ("22" under every row) is no glue: nothing is split
    tot = {i: [""] * 6 + [v] for i, v in {0: "22", 2: "22", 23: "22"}.items()}
    res = import_text(one_line_body(T2_2021[:3], tot, ["0"] * 15, join=""), "page.txt")
    assert all(res.doc.value(c.id).is_blank for c in res.doc.spec.table("t3").cells)


def test_glued_table_4_split_block_by_block_matches_the_full_search():
    # 表四's 15 cells glued ("05901423100702317405210525"): each block's total follows from its four
    # parts, so the split is searched block by block (the full search over every cut took 1.8 s on
    # that string, and a longer one ran out of steps and found none). Seeded strings: the same readings
    # as every cut into 15 numbers filtered by the sums.
    import random

    from itertools import combinations

    from gkdesk.importers.glued import block_splits

    def every_split(d):  # every cut of d into 15 numbers without leading zeros, whose blocks add up
        for cuts in combinations(range(1, len(d)), 14):
            c = [d[a:b] for a, b in zip((0,) + cuts, cuts + (len(d),))]
            v = [int(x) for x in c]
            if all(x == "0" or x[0] != "0" for x in c) and all(sum(v[b * 5:b * 5 + 4]) == v[b * 5 + 4] for b in range(3)):
                yield tuple(c)

    rng = random.Random(11)
    tried = 0
    for _ in range(12):
        blocks = []
        for _b in range(3):
            parts = [rng.choice([0, 0, 0, 1, 2, 3, 12]) for _p in range(4)]
            blocks += [str(p) for p in parts] + [str(sum(parts))]
        digits = "".join(blocks)
        if len(digits) > 18:
            continue  # the full search is too slow for a test beyond this
        want = sorted(every_split(digits))
        assert sorted(block_splits(digits, [4, 4, 4])) == want
        assert tuple(blocks) in want
        tried += 1
    assert tried >= 5
    assert block_splits("05901423100702317405210525", [4, 4, 4]) == [
        ("0", "5", "9", "0", "14", "2310", "0", "7", "0", "2317", "4", "0", "521", "0", "525")]


COLON_T2 = """某某县司法局2023年政府信息公开工作年度报告
一、总体情况
2023年，某某县司法局认真贯彻落实《中华人民共和国政府信息公开条例》。
二、主动公开政府信息情况
第二十条第（一）项
信息内容：本年制发件数、本年废止件数、现行有效件数
规章：0、0、2
行政规范性文件：3、1、12
第二十条第（五）项
行政许可：15
第二十条第（六）项
行政处罚：120件
行政强制：4
第二十条第（八）项
行政事业性收费：0
三、收到和处理政府信息公开申请情况
"""


def test_rows_printed_as_label_colon_numbers():
    # a page that prints its table as "标签：数字" lines, the numbers of a row listed with 、 and a
    # count with its unit: ":15" and "0、0、2" were words, so 表二 was empty
    res = import_text(COLON_T2, "page.txt")
    t2 = rows_of(res.doc, "t2")
    assert t2["rules"] == ["0", "0", "2"] and t2["normative"] == ["3", "1", "12"]
    assert t2["license"] == ["15"] and t2["penalty"] == ["120"] and t2["coercion"] == ["4"] and t2["fees"] == ["0"]
    # a row short of numbers stays blank: which column the listed ones stand in is not shown
    res = import_text(COLON_T2.replace("规章：0、0、2", "规章：0、2"), "page.txt")
    assert rows_of(res.doc, "t2")["rules"] == ["", "", ""]
    # a thousands separator is no list separator ("1,234" is one number; a full-width comma is neither)
    res = import_text(COLON_T2.replace("行政处罚：120件", "行政处罚：1,234"), "page.txt")
    assert rows_of(res.doc, "t2")["penalty"] == ["1234"]


def _paragraph_cells(rows: list[tuple[str, list[str]]]) -> str:
    """A web table as some page-to-text tools print it: each filled cell a paragraph (the cell and a
    blank line), each EMPTY cell one bare line break."""
    out = []
    for label, cells in rows:
        out.append(label + "\n\n")
        out.extend(c + "\n\n" if c else "\n" for c in cells)
    return "".join(out)


def test_paragraph_per_cell_with_bare_breaks_for_empty_cells():
    # 103 / 3 / (two empty) / 1 / (empty) / 107: runs of 4 and 3 line breaks. Read as blank-line
    # separated paragraphs the rows were short of cells and 表三 was left blank.
    t2 = _paragraph_cells([
        ("第二十条第(一)项", []), ("信息内容", []), ("本年制发件数", []), ("本年废止件数", []), ("现行有效件数", []),
        ("规章", ["0", "0", "0"]), ("行政规范性文件", ["1", "0", "7"]),
        ("第二十条第(五)项", []), ("信息内容", []), ("本年处理决定数量", []), ("行政许可", ["215"]),
        ("第二十条第(六)项", []), ("信息内容", []), ("本年处理决定数量", []),
        ("行政处罚", ["12"]), ("行政强制", ["0"]),
        ("第二十条第(八)项", []), ("信息内容", []), ("本年收费金额(单位:万元)", []), ("行政事业性收费", ["0"]),
    ])
    t3 = _paragraph_cells([
        ("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", []), ("申请人情况", []),
        ("自然人", []), ("法人或其他组织", []), ("总计", []), ("商业", []), ("企业", []), ("科研", []), ("机构", []),
        ("社会公益组织", []), ("法律服务机构", []), ("其他", []),
        ("一、本年新收政府信息公开申请数量", ["57", "4", "", "", "2", "", "63"]),
        ("二、上年结转政府信息公开申请数量", ["5", "0", "", "", "", "0", "5"]),
        ("三、本年度办理结果", []),
        ("(一)予以公开", ["22", "3", "", "", "1", "", "26"]),
        ("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", ["9", "", "", "", "", "", "9"]),
        ("(三)不予公开", []),
        ("1.属于国家秘密", [""] * 7),
        ("2.其他法律行政法规禁止公开", [""] * 7),
        ("3.危及“三安全一稳定”", [""] * 7),
    ])
    text = ("某某市某某局2023年政府信息公开工作年度报告\n\n一、总体情况\n\n2023年，本局主动公开政府信息120条。\n\n"
            "二、主动公开政府信息情况\n\n" + t2 + "三、收到和处理政府信息公开申请情况\n\n" + t3 + "4.保护第三")
    res = import_text(text, "x.txt")
    t3r = rows_of(res.doc, "t3")
    assert t3r["new"] == ["57", "4", "", "", "2", "", "63"]
    assert t3r["carried"] == ["5", "0", "", "", "", "0", "5"]
    assert t3r["granted"] == ["22", "3", "", "", "1", "", "26"]
    assert t3r["partial"] == ["9", "", "", "", "", "", "9"]
    assert t3r["deny_secret"] == [""] * 7
    t2r = rows_of(res.doc, "t2")
    assert t2r["normative"] == ["1", "0", "7"] and t2r["license"] == ["215"] and t2r["penalty"] == ["12"]


def test_paragraph_cells_leave_other_forms_alone():
    from gkdesk.importers.text import paragraph_cells

    # blank-line separated paragraphs with an empty paragraph per empty cell (runs of 2 and 4 only)
    even = "二、主动公开政府信息情况\n\n" + "\n\n".join(["规章", "0", "0", "0"] * 8) + "\n\n\n\n5\n\n五、存在的问题\n\n正文。"
    assert paragraph_cells(even) == even
    # prose after 五 is never touched
    odd = "二、主动公开政府信息情况\n\n" + "\n\n".join(["行政许可", "1"] * 12) + "\n\n\n1\n\n\n2\n\n\n\n\n3\n\n五、问题\n\n甲。\n\n\n乙。"
    got = paragraph_cells(odd)
    assert got.endswith("五、问题\n\n甲。\n\n\n乙。") and "行政许可\n1\n行政许可" in got


_HYBRID = """某某县水利局2022年政府信息公开工作年度报告
一、总体情况
2022年，某某县水利局认真贯彻落实《条例》。
二、主动公开政府信息情况
第二十条第（一）项 | ||||
信息内容 | {h1} | {h2} | {h3} | |
规章 | 0 | 0 | 0 | |
规范性文件 | 4 | 4 | 17 | |
第二十条第（五）项 | ||||
信息内容 | 本年处理决定数量 | |||
行政许可 | 36 | |||
第二十条第（六）项 | ||||
信息内容 | 本年处理决定数量 | |||
行政处罚 | 5 | |||
行政强制 | 1 | |||
第二十条第（八）项 | ||||
信息内容 | 本年收费金额（单位：万元） | |||
行政事业性收费 | 0 |
三、收到和处理政府信息公开申请情况
"""


def test_block_headed_with_the_other_versions_columns_is_left_blank():
    """A 2021 table whose 第二十条第（一）项 block kept the 2019 headers (cut short as a web page prints
    them: 本年新 / 本年新 / 对外公开总数量): its 4 4 17 are made / published / total, not 制发 / 废止 /
    现行有效 — storing them would put 4 under 本年废止件数. The block's rows stay blank with a note;
    the other blocks are read. With the 2021 headers the same rows are read."""
    res = import_text(_HYBRID.format(h1="本年新", h2="本年新", h3="对外公开总数量"), "x.txt")
    t2 = rows_of(res.doc, "t2")
    assert res.doc.format_id == "2021"
    assert t2["rules"] == ["", "", ""] and t2["normative"] == ["", "", ""]
    assert t2["license"] == ["36"] and t2["penalty"] == ["5"] and t2["coercion"] == ["1"]
    assert any("另一版格式" in n.message and "对外公开总数量" in n.message for n in res.notes)
    ok = import_text(_HYBRID.format(h1="本年制发件数", h2="本年废止件数", h3="现行有效件数"), "x.txt")
    assert rows_of(ok.doc, "t2")["normative"] == ["4", "4", "17"]
