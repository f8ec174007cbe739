"""Two layouts of real published reports (lane realdata11's page excerpts R16, R22):

- The prose of 一、总体情况 quotes 表三's row labels ("全年新收政府信息公开申请数量0件，上年结转政府信息公开
  申请数量0件。") in a text that has no 表三 header of its own (an excerpt cut inside 表二, or a PDF
  whose 表三 header is broken). 表三 is printed after 表二 in both formats, so a label found before
  表二's first block title is never where 表三 starts: 表二 is read, and no number of the prose
  goes into 表三.
- 本年增/减 cells printed with the word instead of the sign ("减4", "减 4", "增加2"): 减 is the
  minus sign. Before, "减4" was text (the row refused) and "减 4" lost its word and was stored as +4.
- 本年增/减 cells saying "no change" in words ("未增未减", "无增减"): the number 0. Before, the word was
  text and every row holding it was refused (a 2019-layout page lost all of 表二 but 规章/规范性文件).
"""

from __future__ import annotations

from gkdesk.importers import import_bytes

PROSE = """重庆市某区某街道办事处2022年政府信息公开工作年度报告
根据《中华人民共和国政府信息公开条例》的规定，现面向社会公开2022年度政府信息公开年度报告。
一、总体情况
（一）主动公开情况
全年通过区政府信息公开网站共公开信息120条。
（二）依申请公开情况
全年新收政府信息公开申请数量{new}件，上年结转政府信息公开申请数量{carried}件。
二、主动公开政府信息情况
"""

T2_PIPES = """第二十条第(一)项 | |||
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
规章 | 0 | 0 | 0 |
行政规范性文件 | 4 | 0 | 4 |
第二十条第(五)项 | |||
信息内容 | 本年处理决定数量 | ||
行政许可 | 7 | ||
第二十条第(六)项 | |||
信息内容 | 本年处理决定数量 | ||
行政处罚 | 0 | ||
行政强制 | 0 | ||
第二十条第(八)项 | |||
信息内容 | 本年收费金额(单"""

T2_IDS = ["t2.rules.issued", "t2.rules.repealed", "t2.rules.in_force", "t2.normative.issued",
          "t2.normative.repealed", "t2.normative.in_force", "t2.license.decisions", "t2.penalty.decisions",
          "t2.coercion.decisions"]


def _t3_filled(doc) -> list[str]:
    return [c for c in doc.spec.cells if c.startswith("t3.") and not doc.value(c).is_blank]


def test_t3_labels_quoted_in_the_prose_of_an_excerpt_cut_in_t2():
    res = import_bytes((PROSE.format(new=0, carried=0) + T2_PIPES).encode(), "excerpt.txt")
    assert [res.doc.value(c).text for c in T2_IDS] == "0 0 0 4 0 4 7 0 0".split()
    assert _t3_filled(res.doc) == []
    assert not any("未找到表二" in n.message for n in res.notes)


def test_prose_numbers_never_go_into_t3_when_t2_ends_at_the_section_heading():
    text = PROSE.format(new=3, carried=1) + T2_PIPES + "位:万元) | ||\n行政事业性收费 | 0 | ||\n三、收到和处理政府信息公开申请情况\n"
    res = import_bytes(text.encode(), "excerpt.txt")
    assert [res.doc.value(c).text for c in T2_IDS + ["t2.fees.amount"]] == "0 0 0 4 0 4 7 0 0 0".split()
    assert _t3_filled(res.doc) == []


def test_t3_after_t2_is_still_found_when_the_prose_quotes_its_labels():
    t3 = """（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |
自然人 | 法人或其他组织 | 总计 |
商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |
一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |
二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
"""
    text = PROSE.format(new=3, carried=1) + T2_PIPES + "位:万元) | ||\n行政事业性收费 | 0 | ||\n三、收到和处理政府信息公开申请情况\n" + t3
    res = import_bytes(text.encode(), "excerpt.txt")
    assert [res.doc.value(f"t3.new.{c}").text for c in ("natural", "business", "total")] == ["3", "0", "3"]
    assert [res.doc.value(f"t3.carried.{c}").text for c in ("natural", "total")] == ["1", "1"]
    assert res.doc.value("t2.license.decisions").text == "7"


# ------------------------------------------------------------------ 本年增/减 printed with 增/减

HEAD19 = "某县某局2020年政府信息公开工作年度报告\n一、总体情况\n本年度工作运行正常。\n二、主动公开政府信息情况\n"

T2_19_SPACED = """第二十条第（一）项
信息内容  本年新制作数量  本年新公开数量  对外公开总数量
规章  0  0  0
规范性文件  1  1  5
第二十条第（五）项
信息内容  上一年项目数量  本年增/减  处理决定数量
行政许可  6  {change}  2
其他对外管理服务事项  3  {other}  9
第二十条第（六）项
信息内容  上一年项目数量  本年增/减  处理决定数量
行政处罚  2  0  2
行政强制  0  0  0
第二十条第（八）项
信息内容  上一年项目数量  本年增/减
行政事业性收费  0  0
第二十条第（九）项
信息内容  采购项目数量  采购总金额
政府集中采购  1  3.5
三、收到和处理政府信息公开申请情况
"""


def _changes(doc) -> list[str]:
    return [doc.value(c).text for c in ("t2.license.prev_items", "t2.license.change", "t2.license.decisions",
                                        "t2.other_services.change")]


def test_change_printed_with_its_word_in_columns_of_spaces():
    for change, other, want in [("减 4", "增 1", ["-4", "1"]), ("减4", "增加1", ["-4", "1"]),
                                ("减少 4", "-1", ["-4", "-1"])]:
        res = import_bytes((HEAD19 + T2_19_SPACED.format(change=change, other=other)).encode(), "r.txt")
        got = _changes(res.doc)
        assert got[:3] == ["6", want[0], "2"], change
        assert got[3] == want[1], other


def test_change_printed_with_its_word_one_cell_per_line():
    # the shape of a CMS table copied as text: each cell on its line, ending " |"
    rows = ["第二十条第(五)项 |", "信息内容 |", "上一年项目数量 |", "本年增/减 |", "处理决定数量 |",
            "行政许可 |", "6 |", "减4 |", "2 |", "其他对外管理服务事项 |", "0 |", "0 |", "0 |", "第二十条第(六)项 |"]
    res = import_bytes((HEAD19 + "第二十条第(一)项 |\n信息内容 |\n本年新 制作数量 |\n本年新 公开数量 |\n对外公开总数量 |\n"
                        "规章 |\n0 |\n0 |\n0 |\n规范性文件 |\n0 |\n0 |\n0 |\n" + "\n".join(rows) + "\n").encode(), "r.txt")
    assert [res.doc.value(c).text for c in ("t2.license.prev_items", "t2.license.change", "t2.license.decisions")] \
        == ["6", "-4", "2"]


def test_change_printed_with_its_word_in_a_web_table():
    def tr(*cells):
        return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
    html = ("<html><body><h1>某县某局2020年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>本年度工作运行正常。</p>"
            "<p>二、主动公开政府信息情况</p><table>"
            + tr("第二十条第（一）项", "", "", "") + tr("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量")
            + tr("规章", "0", "0", "0") + tr("规范性文件", "1", "1", "5")
            + tr("第二十条第（五）项", "", "", "") + tr("信息内容", "上一年项目数量", "本年增/减", "处理决定数量")
            + tr("行政许可", "6", "减 4", "2") + tr("其他对外管理服务事项", "3", "增加1", "9")
            + "</table><p>三、收到和处理政府信息公开申请情况</p></body></html>")
    res = import_bytes(html.encode(), "r.html")
    assert _changes(res.doc) == ["6", "-4", "2", "1"]


def test_a_sign_word_is_never_taken_from_other_text():
    # "增" or "减" that is no cell of its own stays text: the row keeps its three numbers
    res = import_bytes((HEAD19 + T2_19_SPACED.format(change="-4", other="0")).encode(), "r.txt")
    assert _changes(res.doc) == ["6", "-4", "2", "0"]
    from gkdesk.importers.rows import classify
    assert classify("减-4").kind == "other" and classify("增减4").kind == "other"
    assert classify("减0").text == "0"


def test_no_change_said_in_words_is_zero():
    # a CMS table copied as text, one cell per line ending " |", 本年增/减 saying "未增未减"
    rows = ["第二十条第(五)项 |", "信息内容 |", "上一年项目数量 |", "本年增/减 |", "处理决定数量 |",
            "行政许可 |", "3 |", "未增未减 |", "41 |", "其他对外管理服务事项 |", "0 |", "无增减 |", "0 |",
            "第二十条第(六)项 |", "信息内容 |", "上一年项目数量 |", "本年增/减 |", "处理决定数量 |",
            "行政处罚 |", "2 |", "未增未减 |", "17 |", "行政强制 |", "0 |", "未增未减 |", "0 |",
            "第二十条第(八)项 |", "信息内容 |", "上一年项目数量 |", "本年增/减 |", "行政事业性收费 |", "1 |", "未增未减 |"]
    res = import_bytes((HEAD19 + "第二十条第(一)项 |\n信息内容 |\n本年新 制作数量 |\n本年新 公开数量 |\n对外公开总数量 |\n"
                        "规章 |\n0 |\n0 |\n0 |\n规范性文件 |\n2 |\n2 |\n9 |\n" + "\n".join(rows) + "\n").encode(), "r.txt")
    got = {c: res.doc.value(f"t2.{c}").text for c in (
        "license.prev_items", "license.change", "license.decisions", "other_services.change",
        "penalty.prev_items", "penalty.change", "penalty.decisions", "coercion.change", "fees.prev_items", "fees.change")}
    assert got == {"license.prev_items": "3", "license.change": "0", "license.decisions": "41",
                   "other_services.change": "0", "penalty.prev_items": "2", "penalty.change": "0",
                   "penalty.decisions": "17", "coercion.change": "0", "fees.prev_items": "1", "fees.change": "0"}
    from gkdesk.importers.rows import classify
    assert classify("未增未减").text == "0" and classify("未增未减3").kind == "other"


# ------------------------------------------------------------------ 第二十条 quoted in the prose

PROSE_T2 = """某县某局2023年政府信息公开工作年度报告
一、总体情况
（一）主动公开。围绕《政府信息公开条例》第二十条法定公开范围，聚焦重点领域，本年制发
行政规范性文件 3 件，废止 1 件，现行有效 12 件；作出行政许可 15 件。
（二）依申请公开。本年未收到政府信息公开申请。
二、主动公开政府信息情况
第二十条第（一）项
信息内容  本年制发件数  本年废止件数  现行有效件数
规章  0  0  0
行政规范性文件  2  0  9
第二十条第（五）项
信息内容  本年处理决定数量
行政许可  40
第二十条第（六）项
信息内容  本年处理决定数量
行政处罚  1
行政强制  0
第二十条第（八）项
信息内容  本年收费金额（单位：万元）
行政事业性收费  0
三、收到和处理政府信息公开申请情况
"""


def test_t2_starts_at_its_block_title_not_at_the_article_quoted_in_the_prose():
    # PDF text puts spaces around the digits of the prose, so "行政规范性文件 3 件，废止 1 件，现行
    # 有效 12 件" reads like the row; 表二 starts at its first block title, never in the prose
    res = import_bytes(PROSE_T2.encode(), "r.txt")
    assert [res.doc.value(f"t2.normative.{c}").text for c in ("issued", "repealed", "in_force")] == ["2", "0", "9"]
    assert res.doc.value("t2.license.decisions").text == "40"
    assert res.doc.value("t2.penalty.decisions").text == "1"


def test_t2_starts_at_a_short_line_holding_the_article_when_its_title_is_printed_otherwise():
    text = PROSE_T2.replace("第二十条第（一）项\n", "第二十条第一项\n")
    res = import_bytes(text.encode(), "r.txt")
    assert [res.doc.value(f"t2.normative.{c}").text for c in ("issued", "repealed", "in_force")] == ["2", "0", "9"]


def test_a_short_prose_line_holding_the_article_is_no_start_of_t2():
    # PDF prose wrapped so that "第二十条" begins a short line of its own
    text = PROSE_T2.replace("围绕《政府信息公开条例》第二十条法定公开范围，", "严格执行《条例》\n第二十条规定 3 件。\n")
    res = import_bytes(text.encode(), "r.txt")
    assert [res.doc.value(f"t2.normative.{c}").text for c in ("issued", "repealed", "in_force")] == ["2", "0", "9"]
    assert res.doc.value("t2.license.decisions").text == "40"
