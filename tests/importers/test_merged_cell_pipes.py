"""Web tables turned into "a | b |" rows by a converter that prints a merged cell's spanned columns
as adjacent pipes (lane realdata12's real excerpt R42, 永康 2020, 2019 format): the block titles are
"第二十条第(五)项 | |||" and a row whose one number spans its three columns is "行政强制 | 0 | ||",
while a really empty cell is " |" ("行政许可 | 106 | 2939 | |"). The spanned columns were read as
empty cells, so the lone number was stored under 上一年项目数量 — a guess: "行政强制 | 5 | ||" gave
上一年项目数量 = 5 with no note. A run of pipes holding "||" at the end of a row, after its last cell,
is now no cells: a row left with fewer numbers than columns stays blank with a note; a one-column
row (2021 format) and empty cells " |" read as before. A run inside a row is kept (the generated
pipe_rows of tests/importers/test_generated_reports.py print a merged label so, and the cells
after it are aligned by it).
"""

from __future__ import annotations

from gkdesk.importers import import_bytes

T2019 = """某市交通运输局2020年政府信息公开工作年度报告
一、总体情况
2020年，我局共主动公开政府信息146条。
二、主动公开政府信息情况
第二十条第(一)项 | |||
信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
规章 | 0 | 0 | 0 |
规范性文件 | 1 | 1 | 4 |
第二十条第(五)项 | |||
信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
行政许可 | 106 | 2939 | |
其他对外管理服务事项 | 40 | 0 | 3068 |
第二十条第(六)项 | |||
信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
行政处罚 | 663 | 519 | 333 |
行政强制 | 5 | ||
第二十条第(八)项 | |||
信息内容 | 上一年项目数量 | 本年增/减 | |
行政事业性收费 | 0 | 0 | ||
"""

T2021 = """某县某局2023年政府信息公开工作年度报告
一、总体情况
2023年，我局共主动公开政府信息50条。
二、主动公开政府信息情况
| 第二十条第(一)项 | |||
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | 2 | 0 | 9 |
| 第二十条第(五)项 | |||
| 信息内容 | 本年处理决定数量 | ||
| 行政许可 | 57 | ||
| 第二十条第(六)项 | |||
| 信息内容 | 本年处理决定数量 | ||
| 行政处罚 | 12 | ||
| 行政强制 | 0 | ||
"""

COLS = ("prev_items", "change", "decisions")


def _vals(doc, row, cols=COLS):
    return [doc.value(f"t2.{row}.{c}").text for c in cols]


def test_a_number_spanning_three_columns_is_not_guessed_into_one():
    res = import_bytes(T2019.encode(), "excerpt.txt")
    doc = res.doc
    assert doc.format_id == "2019"
    assert _vals(doc, "coercion") == ["", "", ""]
    assert any("行政强制" in n.message for n in res.notes)
    # an empty cell " |" is still an empty cell, the other rows as printed
    assert _vals(doc, "license") == ["106", "2939", ""]
    assert _vals(doc, "other_services") == ["40", "0", "3068"]
    assert _vals(doc, "penalty") == ["663", "519", "333"]
    assert _vals(doc, "fees", ("prev_items", "change")) == ["0", "0"]
    assert _vals(doc, "normative", ("made", "published", "total_public")) == ["1", "1", "4"]


def test_one_column_rows_with_span_pipes_read_as_before():
    res = import_bytes(T2021.encode(), "excerpt.txt")
    doc = res.doc
    assert doc.format_id == "2021"
    assert _vals(doc, "license", ("decisions",)) == ["57"]
    assert _vals(doc, "penalty", ("decisions",)) == ["12"]
    assert _vals(doc, "coercion", ("decisions",)) == ["0"]
    assert _vals(doc, "normative", ("issued", "repealed", "in_force")) == ["2", "0", "9"]
