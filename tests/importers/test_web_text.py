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
