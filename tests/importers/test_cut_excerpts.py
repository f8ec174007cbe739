"""Reports stored as page excerpts cut inside a table (the shared P01–P09 are such excerpts).

- One cell per paragraph (a CMS table copied as text, empty lines between the cells): the last row
  before the cut has no label after it. No row further down was printed, so none was jumped over:
  it is read when its label follows the row before and its 总计 is the sum of its parts.
- The cut can shorten the number the text ends in ("| 1" of "| 12 |"): a number with nothing after
  it but the file's last line break is never read (a lone 0 of a count is whole); one followed by
  its cell's separator or an empty line was printed whole. (A cut-position fuzz over such excerpts
  stored 425 shortened numbers in pipe rows before this rule.)
- A page that begins inside 表三 (a flip-book page of a PDF report, its header on the page before):
  表三 starts at its first row label opening a line with the row's numbers after it; the rows there
  are read. Before, 表三 was not found without its header or first label (the row was lost).
  Likewise a page that begins inside 表二 (its block title on the page before): 表二 starts at its first
  row label opening a line with only the row's numbers after it, where no heading of 一/二 is printed.
"""

from __future__ import annotations

from gkdesk.importers import import_bytes

HEAD = """太平镇人民政府2022年政府信息公开工作年度报告

一、总体情况

2022年，本镇依法依规主动公开政务信息。

二、主动公开政府信息情况

第二十条第(一)项

信息内容

本年制发件数

本年废止件数

现行有效件数

规章

0

0

0

行政规范性文件

2

0

5

第二十条第(五)项

信息内容

本年处理决定数量

行政许可

0

第二十条第(六)项

信息内容

本年处理决定数量

行政处罚

3

行政强制

0

第二十条第(八)项

信息内容

本年收费金额(单位:万元)

行政事业性收费

0

三、收到和处理政府信息公开申请情况

(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)

申请人情况

自然人

法人或其他组织

总计

商业

企业

科研

机构

社会公益组织

法律服务机构

其他

"""

ROWS = [
    ("一、本年新收政府信息公开申请数量", "10 2 0 0 1 0 13"),
    ("二、上年结转政府信息公开申请数量", "1 0 0 0 0 0 1"),
    ("三、本年度办理结果\n\n(一)予以公开", "6 1 0 0 1 0 8"),
    ("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "2 0 0 0 0 0 2"),
]
ROW_IDS = ["t3.new", "t3.carried", "t3.granted", "t3.partial"]
COLS = ["natural", "business", "research", "nonprofit", "legal", "other", "total"]


def _excerpt(rows, tail: str = "") -> bytes:
    body = "".join(f"{label}\n\n" + "".join(f"{n}\n\n" for n in nums.split()) for label, nums in rows)
    return (HEAD + body + tail).encode("utf-8")


def _row(doc, rid: str) -> list[str]:
    return [doc.value(f"{rid}.{c}").text for c in COLS]


def test_last_row_before_the_cut_is_read_when_it_adds_up():
    res = import_bytes(_excerpt(ROWS), "excerpt.txt")
    for (label, nums), rid in zip(ROWS, ROW_IDS):
        assert _row(res.doc, rid) == nums.split(), label
    assert res.doc.value("t3.deny_secret.natural").is_blank
    assert any("中断" in n.message for n in res.notes)


def test_row_before_a_group_heading_and_a_cut_label_is_read():
    # "...上年结转… 0×7 / 三、本年度办理结果 / (一)予" — the excerpt stops inside the next label
    res = import_bytes(_excerpt(ROWS[:2], "三、本年度办理结果\n\n(一)予"), "excerpt.txt")
    assert _row(res.doc, "t3.new") == ROWS[0][1].split()
    assert _row(res.doc, "t3.carried") == ROWS[1][1].split()
    assert all(res.doc.value(f"t3.granted.{c}").is_blank for c in COLS)


def test_row_before_the_first_characters_of_the_next_label_is_read():
    # "...上年结转… 1 0 0 0 0 0 1 / 三" — the excerpt stops after the first character of 三、本年度办理结果
    for tail in ("三", "三、本年", "三、本年度办理结果\n\n(一)予"):
        res = import_bytes(_excerpt(ROWS[:2], tail), "excerpt.txt")
        assert _row(res.doc, "t3.carried") == ROWS[1][1].split(), tail
    # a piece that starts no label of the table is still text among the row's cells
    res = import_bytes(_excerpt(ROWS[:2], "注"), "excerpt.txt")
    assert all(res.doc.value(f"t3.carried.{c}").is_blank for c in COLS)


def test_last_row_whose_total_the_cut_shortened_stays_blank():
    # 部分公开 2 0 0 0 0 0 2 ... the real row "12 0 0 0 0 0 12" cut after the "1" of its 总计
    rows = ROWS[:3] + [(ROWS[3][0], "12 0 0 0 0 0 1")]
    res = import_bytes(_excerpt(rows), "excerpt.txt")
    assert all(res.doc.value(f"t3.partial.{c}").is_blank for c in COLS)
    assert _row(res.doc, "t3.granted") == ROWS[2][1].split()
    assert any("部分公开" in n.message and n.level == "ambiguous" for n in res.notes)


def test_last_row_after_a_jump_in_the_stream_stays_blank():
    # the label before the last row is not the row before it (上年结转 printed elsewhere): the
    # numbers after the last label may be cells of the rows jumped over
    rows = [ROWS[0], ROWS[2]]
    res = import_bytes(_excerpt(rows), "excerpt.txt")
    assert all(res.doc.value(f"t3.granted.{c}").is_blank for c in COLS)


# --- the number the cut text ends in ---------------------------------------------------------

PIPE_HEAD = """九原区某局2022年政府信息公开工作年度报告
一、总体情况
2022年，本局依法推进政府信息公开工作。
二、主动公开政府信息情况
第二十条第(一)项 | |||
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
规章 | 0 | 0 | 0 |
行政规范性文件 | 12 | 3 | 45 |
第二十条第(五)项 | |||
信息内容 | 本年处理决定数量 | ||
行政许可 | 7 | ||
第二十条第(六)项 | |||
信息内容 | 本年处理决定数量 | ||
行政处罚 | 0 | ||
行政强制 | 0 | ||
第二十条第(八)项 | |||
信息内容 | 本年收费金额(单位:万元) | ||
行政事业性收费 | 0 |
三、收到和处理政府信息公开申请情况
(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||
自然人 | 法人或其他组织 | 总计 | |||||||
商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||
一、本年新收政府信息公开申请数量 | 12 | 1 | 0 | 0 | 0 | 0 | 13 | ||
二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||
三、本年度办理结果 | (一)予以公开 | 12 | 1 | 0 | 0 | 0 | 0 | 13 | |
"""


def test_pipe_row_cut_inside_a_number_never_gives_the_shortened_number():
    # "(二)部分公开 | 12 | 0 | …" stored as "| 1" — the 1 of 12
    res = import_bytes((PIPE_HEAD + "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 1").encode(), "excerpt.txt")
    assert res.doc.value("t3.partial.natural").is_blank
    assert _row(res.doc, "t3.granted") == "12 1 0 0 0 0 13".split()
    assert any("最后的数字“1”" in n.message for n in res.notes)


def test_pipe_row_cut_after_the_separator_keeps_its_last_number():
    res = import_bytes((PIPE_HEAD + "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 1 | ").encode(), "excerpt.txt")
    assert res.doc.value("t3.partial.natural").text == "1"
    assert not any("最后的数字" in n.message for n in res.notes)


def test_full_row_whose_total_the_cut_shortened_stays_blank_in_pipe_rows():
    # the row's seven cells are all there, its 总计 13 stored as "1"
    res = import_bytes((PIPE_HEAD.rsplit("三、本年度办理结果", 1)[0] + "三、本年度办理结果 | (一)予以公开 | 12 | 1 | 0 | 0 | 0 | 0 | 1")
                       .encode(), "excerpt.txt")
    assert res.doc.value("t3.granted.total").is_blank
    assert res.doc.value("t3.new.total").text == "13"


def test_a_last_zero_of_a_count_is_kept():
    res = import_bytes((PIPE_HEAD + "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 0 | 0 | 0 | 0").encode(), "excerpt.txt")
    assert [res.doc.value(f"t3.partial.{c}").text for c in COLS[:4]] == ["0"] * 4


def test_t2_cut_inside_a_number_never_gives_the_shortened_number():
    text = PIPE_HEAD.split("第二十条第(五)项")[0].replace("| 45 |", "| 4")
    res = import_bytes(text.rstrip("\n").encode(), "excerpt.txt")
    assert res.doc.value("t2.normative.issued").text == "12"
    assert res.doc.value("t2.normative.repealed").text == "3"
    assert res.doc.value("t2.normative.in_force").is_blank


# 表二 of a 2021 report one cell per line closed by " |", cut right after a row's last cell
T2_LINES = """某县林业局2021年政府信息公开工作年度报告
一、总体情况
2021年，我局依法主动公开政府信息。
二、主动公开政府信息情况
第二十条第(一)项 |
|||
信息内容 |
本年制发件数 |
本年废止件数 |
现行有效件数 |
规章 |
0 |
0 |
0 |
行政规范性文件 |
2 |
0 |
7 |
第二十条第(五)项 |
|||
信息内容 |
本年处理决定数量 |
||
行政许可 |
31 |
||
第二十条第(六)项 |
|||
信息内容 |
本年处理决定数量 |
||
行政处罚 |
4 |
||
行政强制 |
{coercion}"""


def test_t2_last_zero_of_a_count_row_is_kept():
    # 行政强制 counts decisions: a lone 0 cannot be the start of a longer count
    res = import_bytes(T2_LINES.format(coercion="0").encode(), "excerpt.txt")
    assert res.doc.value("t2.coercion.decisions").text == "0"
    assert res.doc.value("t2.penalty.decisions").text == "4"


def test_t2_last_digit_of_a_count_row_other_than_zero_stays_blank():
    res = import_bytes(T2_LINES.format(coercion="1").encode(), "excerpt.txt")
    assert res.doc.value("t2.coercion.decisions").is_blank


def test_t2_last_zero_of_an_amount_stays_blank():
    # 行政事业性收费 is an amount in 万元: "0" may be the start of "0.36"
    text = T2_LINES.format(coercion="0 |\n||\n第二十条第(八)项 |\n|||\n信息内容 |\n本年收费金额(单位:万元) |\n||\n行政事业性收费 |\n0")
    res = import_bytes(text.encode(), "excerpt.txt")
    assert res.doc.value("t2.fees.amount").is_blank
    assert res.doc.value("t2.coercion.decisions").text == "0"


PAGE_FROM_T3 = """Page 9 - 某区某局2020年政府信息公开工作年度报告
P. 9
（七）总计 3 0 0 0 0 0 3
四、结转下年度继续办理 1 0 0 0 0 0 1
四、政府信息公开行政复议、行政诉讼情况
行政复议 行政诉讼
未经复议直接起诉 复议后起诉
结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
五、存在的主要问题及改进情况
本年度我局政务公开工作仍有不足，下一步将加强培训。
"""


def test_page_beginning_inside_t3_reads_its_rows():
    doc = import_bytes(PAGE_FROM_T3.encode(), "page9.txt").doc
    assert [doc.value(f"t3.carry_next.{c}").text for c in ("natural", "business", "total")] == ["1", "0", "1"]
    assert doc.value("t3.results_total.natural").text == "3"
    assert doc.value("t3.new.natural").is_blank and doc.value("t3.granted.natural").is_blank
    assert doc.value("t4.review.total").text == "0"


def test_a_label_quoted_in_prose_is_no_t3_start():
    text = ("某县某局2021年政府信息公开工作年度报告\n一、总体情况\n本年度结转下年度继续办理的申请0件，"
            "予以公开3件。\n四、结转下年度继续办理的申请 已全部办结\n")
    doc = import_bytes(text.encode(), "r.txt").doc
    assert all(v.is_blank for k, v in doc.cells.items() if k.startswith("t3."))


def test_page_beginning_inside_t3_one_cell_a_line():
    # the same page copied from a web table, one cell a line ending " |"
    rows = ["（七）总计 |"] + ["2 |"] + ["0 |"] * 5 + ["2 |"] + ["四、结转下年度继续办理 |"] + ["1 |"] + ["0 |"] * 5 + ["1 |"]
    text = "Page 7 - 某局2021年政府信息公开工作年度报告\nP. 7\n" + "\n".join(rows) + "\n四、政府信息公开行政复议、行政诉讼情况\n"
    doc = import_bytes(text.encode(), "page7.txt").doc
    assert [doc.value(f"t3.results_total.{c}").text for c in ("natural", "other", "total")] == ["2", "0", "2"]
    assert [doc.value(f"t3.carry_next.{c}").text for c in ("natural", "other", "total")] == ["1", "0", "1"]


PAGE_FROM_T2 = """Page 4 - 某局2022年政府信息公开工作年度报告
P. 4
行政处罚 12
行政强制 0
第二十条第(八)项
信息内容 本年收费金额(单位:万元)
行政事业性收费 3.5
三、收到和处理政府信息公开申请情况
"""


def test_page_beginning_inside_t2_reads_its_rows():
    doc = import_bytes(PAGE_FROM_T2.encode(), "page4.txt").doc
    assert doc.value("t2.penalty.decisions").text == "12" and doc.value("t2.coercion.decisions").text == "0"
    assert doc.value("t2.fees.amount").text == "3.5"


def test_prose_before_t2_is_no_t2_start():
    text = ("某县某局2022年政府信息公开工作年度报告\n一、总体情况\n全年作出：\n行政处罚 12\n行政强制 3\n"
            "二、主动公开政府信息情况\n第二十条第(一)项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n"
            "行政规范性文件 1 0 4\n第二十条第(五)项\n信息内容 本年处理决定数量\n行政许可 5\n第二十条第(六)项\n"
            "信息内容 本年处理决定数量\n行政处罚 7\n行政强制 0\n三、收到和处理政府信息公开申请情况\n")
    doc = import_bytes(text.encode(), "r.txt").doc
    assert doc.value("t2.penalty.decisions").text == "7" and doc.value("t2.coercion.decisions").text == "0"
