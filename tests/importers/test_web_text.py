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
