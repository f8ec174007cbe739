"""表二 whose first block title is not printed (lane realdata12's real excerpt R49, 北京通州 2019: a web
table copied without its first row, one cell per line ending " |"). The text goes straight from
"二、主动公开政府信息情况" to "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 | 规章 | 0 | …"; the
later block titles ("第二十条第(五)项") are there. 表二 was taken to start at the first title found,
the second block's, and 规章 and 规范性文件 were left blank. It now starts at the first block's
header row: "信息内容" followed at once by that block's own column headers. (The markdown variant
was read before too, by the grid reader; it is kept as a guard.)
"""

from __future__ import annotations

from gkdesk.importers import import_bytes

PROSE = """某区某局2019年政府信息公开工作年度报告
一、总体情况
2019年，我局全年主动公开政府信息224条，其中政策文件及解读6条，信息内容涉及行政许可、行政处罚等。
二、主动公开政府信息情况
"""

CELLS = """信息内容 |
本年新制作数量 |
本年新公开数量 |
对外公开总数量 |
规章 |
0 |
0 |
0 |
规范性文件 |
3 |
3 |
12 |
第二十条第(五)项 |
|||
信息内容 |
上一年项目数量 |
本年增/减 |
处理决定数量 |
行政许可 |
16 |
+3 |
780 |
其他对外管理服务事项 |
0 |
0 |
0 |
第二十条第(六)项 |
|||
信息内容 |
上一年项目数量 |
本年增/减 |
处理决定数量 |
行政处罚 |
25 |
-4 |
31 |
"""

MD = """| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | 2 | 1 | 15 |
| 第二十条第(五)项 | |||
| 信息内容 | 本年处理决定数量 | ||
| 行政许可 | 57 | ||
| 第二十条第(六)项 | |||
| 信息内容 | 本年处理决定数量 | ||
| 行政处罚 | 9 | ||
"""


def _vals(doc, row, cols):
    return [doc.value(f"t2.{row}.{c}").text for c in cols]


def test_first_block_without_its_title_one_cell_per_line():
    res = import_bytes((PROSE + CELLS).encode(), "excerpt.txt")
    cols = ("made", "published", "total_public")
    assert res.doc.format_id == "2019"
    assert _vals(res.doc, "rules", cols) == ["0", "0", "0"]
    assert _vals(res.doc, "normative", cols) == ["3", "3", "12"]
    assert _vals(res.doc, "license", ("prev_items", "change", "decisions")) == ["16", "3", "780"]
    assert _vals(res.doc, "penalty", ("prev_items", "change", "decisions")) == ["25", "-4", "31"]


def test_first_block_without_its_title_markdown_rows():
    res = import_bytes((PROSE.replace("2019", "2023") + MD).encode(), "excerpt.txt")
    assert res.doc.format_id == "2021"
    assert _vals(res.doc, "normative", ("issued", "repealed", "in_force")) == ["2", "1", "15"]
    assert _vals(res.doc, "license", ("decisions",)) == ["57"]
    assert _vals(res.doc, "penalty", ("decisions",)) == ["9"]
