"""A web table copied from a browser: one cell per line, an empty line for an empty cell, and the
cells' own white space kept ("0 " with a trailing space, " 0" with a leading one, "0　" with an
ideographic space from &nbsp;/&emsp; in the page). Two such cells on consecutive lines are two
cells — not one row's cells that pdftotext -layout wrote at two heights (held-out seed 442
gen75014: 3 rows left blank as "数字分印在几行上")."""

from __future__ import annotations

from gkdesk.core.spec import get_format
from gkdesk.importers import import_bytes
from gkdesk.importers.locate import table_rows

T3 = get_format("2021").table("t3")
ROWS = [(r.code, r.label) for r in table_rows(T3)]


def _report(cells_of) -> bytes:
    lines = ["某某县自然资源局2023年政府信息公开工作年度报告", "", "一、总体情况", "本局依法公开政务信息。", "",
             "三、收到和处理政府信息公开申请情况", "", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
             "申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    for code, label in ROWS:
        lines.append(label)
        lines += cells_of(code)
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "（表略）", "五、存在的主要问题及改进情况", "无。",
              "六、其他需要报告的事项", "无。", "某某县自然资源局", "2024年1月20日"]
    return "\n".join(lines).encode("utf-8")


#: rows printed with stray white space in their cells ("" = an empty cell); the rest all 0
SPACED = {
    "deny_safety": ["0 ", "", "", "0 ", " 0", "", "0  "],
    "deny_process": ["0\u3000", "0", "0", " 0", "", "", "0\u3000"],
    "deny_enforcement": [" 28", "", "0", "0  ", "", "", "28"],
}


def _cells(code: str) -> list[str]:
    if code in SPACED:
        return SPACED[code]
    if code in ("new", "results_total"):
        return ["28", "0", "0", "0", "0", "0", "28"]
    return ["0"] * 7


def test_cells_with_their_own_spaces_on_consecutive_lines_are_read_as_cells():
    res = import_bytes(_report(_cells), "copy.txt")
    for code, printed in SPACED.items():
        got = [None if res.doc.value(T3.cell_id(code, col)).is_blank else res.doc.value(T3.cell_id(code, col)).text
               for col in T3.col_codes]
        assert got == [p.strip() or None for p in printed], code
    assert not any("分印在几行上" in n.message for n in res.notes)
