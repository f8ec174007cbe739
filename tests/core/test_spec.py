"""The formats as data (gkdesk/core/spec.py + formats.toml) against the specification.

APPENDIX_A below is a verbatim copy of Appendix A of shared/spec/format-spec.md (an independent
oracle: the spec is data in formats.toml, this copy only checks it). When the shared spec is
available, a test also checks that this copy still equals the spec's Appendix A.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from gkdesk.core.spec import all_formats, format_for_year, format_ids, format_years, get_format

SPEC_MD = Path(__file__).resolve().parents[3] / "shared" / "spec" / "format-spec.md"

APPENDIX_A = r'''
SECTION_HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                    "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]

# ---- 2021 format, 表二 ----
T2_2021 = [
  ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "行政规范性文件"]),
  ("第二十条第（五）项", ["本年处理决定数量"], ["行政许可"]),
  ("第二十条第（六）项", ["本年处理决定数量"], ["行政处罚", "行政强制"]),
  ("第二十条第（八）项", ["本年收费金额（单位：万元）"], ["行政事业性收费"]),
]  # first header cell of every block: "信息内容"

# ---- 2019 format, 表二 ----
T2_2019 = [
  ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"], ["规章", "规范性文件"]),
  ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"], ["行政许可", "其他对外管理服务事项"]),
  ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"], ["行政处罚", "行政强制"]),
  ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], ["行政事业性收费"]),
  ("第二十条第（九）项", ["采购项目数量", "采购总金额"], ["政府集中采购"]),
]

# ---- 表三 (both formats) ----
T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
T3_COL_GROUPS = ["申请人情况", "法人或其他组织"]
T3_COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
T3_ROWS_2021 = [
  ("一、本年新收政府信息公开申请数量", None),
  ("二、上年结转政府信息公开申请数量", None),
  ("（一）予以公开", "三、本年度办理结果"),
  ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "三、本年度办理结果"),
  ("1.属于国家秘密", "（三）不予公开"),
  ("2.其他法律行政法规禁止公开", "（三）不予公开"),
  ("3.危及“三安全一稳定”", "（三）不予公开"),
  ("4.保护第三方合法权益", "（三）不予公开"),
  ("5.属于三类内部事务信息", "（三）不予公开"),
  ("6.属于四类过程性信息", "（三）不予公开"),
  ("7.属于行政执法案卷", "（三）不予公开"),
  ("8.属于行政查询事项", "（三）不予公开"),
  ("1.本机关不掌握相关政府信息", "（四）无法提供"),
  ("2.没有现成信息需要另行制作", "（四）无法提供"),
  ("3.补正后申请内容仍不明确", "（四）无法提供"),
  ("1.信访举报投诉类申请", "（五）不予处理"),
  ("2.重复申请", "（五）不予处理"),
  ("3.要求提供公开出版物", "（五）不予处理"),
  ("4.无正当理由大量反复申请", "（五）不予处理"),
  ("5.要求行政机关确认或重新出具已获取信息", "（五）不予处理"),
  ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
  ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
  ("3.其他", "（六）其他处理"),
  ("（七）总计", "三、本年度办理结果"),
  ("四、结转下年度继续办理", None),
]
# 2019: replace the three （六） items by the single row ("（六）其他处理", "三、本年度办理结果").

# ---- 表四 (both formats) ----
T4_GROUPS = [("行政复议", None), ("未经复议直接起诉", "行政诉讼"), ("复议后起诉", "行政诉讼")]
T4_COLS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
'''
A: dict = {}
exec(APPENDIX_A, A)


def _texts(table, role=None) -> list[str]:
    return [it.text for it in table.items if it.role != "value" and (role is None or it.role == role)]


def _item(table, text, n=0):
    found = [it for it in table.items if it.text == text and it.role != "value"]
    return found[n]


def _t3_rows(fmt: str) -> list[tuple[str, str | None]]:
    if fmt == "2021":
        return A["T3_ROWS_2021"]
    rows = [r for r in A["T3_ROWS_2021"] if r[1] != "（六）其他处理"]
    i = rows.index(("（七）总计", "三、本年度办理结果"))
    return rows[:i] + [("（六）其他处理", "三、本年度办理结果")] + rows[i:]


def test_format_ids_and_years():
    assert format_ids() == ("2019", "2021")
    assert [format_for_year(y) for y in (2019, 2020, 2021, 2025)] == ["2019", "2019", "2021", "2021"]
    assert format_for_year(None) == "2021"
    assert "〔2019〕60号" in get_format("2019").basis and "〔2021〕30号" in get_format("2021").basis


def test_format_years_are_the_built_formats_years():
    """format_years (read without building the formats) gives what the built formats say, and
    format_for_year, which uses it, the format whose years hold the year (outside: the nearest end)."""
    built = [(f.id, f.first_year, f.last_year) for f in all_formats()]
    assert list(format_years()) == built
    for year in range(1990, 2100):
        inside = [fid for fid, first, last in built if first <= year <= last]
        want = inside[0] if inside else (built[0][0] if year < built[0][1] else built[-1][0])
        assert format_for_year(year) == want, year


@pytest.mark.parametrize("fmt,counts", [("2019", {"t2": 22, "t3": 161, "t4": 15}),
                                        ("2021", {"t2": 10, "t3": 175, "t4": 15})])
def test_cell_counts(fmt, counts):
    spec = get_format(fmt)
    assert {t.key: len(t.cells) for t in spec.tables} == counts
    assert len(spec.cells) == sum(counts.values())
    assert len({c.id for t in spec.tables for c in t.cells}) == len(spec.cells)  # ids unique


@pytest.mark.parametrize("fmt,sizes", [("2019", {"t2": (18, 4), "t3": (26, 10), "t4": (4, 15)}),
                                       ("2021", {"t2": (14, 4), "t3": (28, 10), "t4": (4, 15)})])
def test_grid_sizes(fmt, sizes):
    spec = get_format(fmt)
    assert {t.key: (t.n_rows, t.n_cols) for t in spec.tables} == sizes


@pytest.mark.parametrize("fmt", ["2019", "2021"])
def test_grid_is_covered_exactly_once(fmt):
    for t in get_format(fmt).tables:
        cover = Counter()
        for it in t.items:
            assert it.rs >= 1 and it.cs >= 1
            for r in range(it.r, it.r + it.rs):
                for c in range(it.c, it.c + it.cs):
                    cover[(r, c)] += 1
        assert set(cover) == {(r, c) for r in range(t.n_rows) for c in range(t.n_cols)}, t.key
        assert max(cover.values()) == 1, t.key
        for cell in t.cells:
            r, c, rs, cs = cell.grid
            assert t.value_at(r, c) == cell.id


def test_section_headings():
    for spec in all_formats():
        assert [s.heading for s in spec.sections] == A["SECTION_HEADINGS"]
        assert [s.table for s in spec.sections] == ["", "t2", "t3", "t4", "", ""]


@pytest.mark.parametrize("fmt,key", [("2019", "T2_2019"), ("2021", "T2_2021")])
def test_table2_labels_character_for_character(fmt, key):
    t = get_format(fmt).table("t2")
    titles = _texts(t, "title")
    headers = _texts(t, "header")
    rowlabels = _texts(t, "rowlabel")
    assert titles == [b[0] for b in A[key]]
    assert rowlabels == [r for b in A[key] for r in b[2]]
    expected_headers = []
    for _title, cols, _rows in A[key]:
        expected_headers.append("信息内容")
        expected_headers.extend(cols)
    if fmt == "2019":
        # Deliberate: 2019 采购总金额 carries no unit in the official label; the spec (§4.1) asks the
        # tool to state the unit in the header, so gkdesk prints it with （单位：万元）.
        i = expected_headers.index("采购总金额")
        expected_headers[i] = "采购总金额（单位：万元）"
    assert headers == expected_headers


@pytest.mark.parametrize("fmt", ["2019", "2021"])
def test_table3_labels_character_for_character(fmt):
    t = get_format(fmt).table("t3")
    corner = [it for it in t.items if it.role == "corner"]
    assert len(corner) == 1 and corner[0].text == A["T3_NOTE"]
    headers = _texts(t, "header")
    assert set(headers) == set(A["T3_COL_GROUPS"]) | set(A["T3_COLS"])
    assert [c.col_labels[-1] for c in t.cells[:7]] == A["T3_COLS"]
    rows = _t3_rows(fmt)
    # every value row: its own label and its group (merged) label, in order
    got = []
    for code in t.row_codes:
        cell = next(c for c in t.cells if c.row == code)
        labels = cell.row_labels
        got.append((labels[-1], labels[-2] if len(labels) > 1 else None))
    assert got == rows
    assert set(_texts(t, "rowlabel")) == {r for pair in rows for r in pair if r}


@pytest.mark.parametrize("fmt", ["2019", "2021"])
def test_table4_labels_character_for_character(fmt):
    t = get_format(fmt).table("t4")
    assert [it for it in t.items if it.role in ("corner", "rowlabel")] == []
    headers = _texts(t, "header")
    assert Counter(headers) == Counter({"行政复议": 1, "行政诉讼": 1, "未经复议直接起诉": 1, "复议后起诉": 1,
                                        **{c: 3 for c in A["T4_COLS"]}})
    for cell, (group, outer) in zip([t.cells[i] for i in (0, 5, 10)], A["T4_GROUPS"]):
        assert cell.col_labels[-2] == group
        assert (cell.col_labels[0] if outer else None) == outer
    assert [c.col_labels[-1] for c in t.cells] == A["T4_COLS"] * 3


def _span(t, text, n=0):
    it = _item(t, text, n)
    return (it.r, it.c, it.rs, it.cs)


@pytest.mark.parametrize("fmt", ["2019", "2021"])
def test_table3_merges(fmt):
    t = get_format(fmt).table("t3")
    results_rs = 22 if fmt == "2021" else 20
    assert _span(t, A["T3_NOTE"]) == (0, 0, 3, 3)                    # corner cs3 rs3
    assert _span(t, "申请人情况") == (0, 3, 1, 7)
    assert _span(t, "自然人") == (1, 3, 2, 1)
    assert _span(t, "法人或其他组织") == (1, 4, 1, 5)
    assert _span(t, "总计") == (1, 9, 2, 1)
    for i, name in enumerate(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]):
        assert _span(t, name) == (2, 4 + i, 1, 1)
    assert _span(t, "一、本年新收政府信息公开申请数量") == (3, 0, 1, 3)
    assert _span(t, "二、上年结转政府信息公开申请数量") == (4, 0, 1, 3)
    assert _span(t, "三、本年度办理结果") == (5, 0, results_rs, 1)
    assert _span(t, "（一）予以公开") == (5, 1, 1, 2)
    assert _span(t, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）") == (6, 1, 1, 2)
    assert _span(t, "（三）不予公开") == (7, 1, 8, 1)
    assert _span(t, "1.属于国家秘密") == (7, 2, 1, 1)
    assert _span(t, "（四）无法提供") == (15, 1, 3, 1)
    assert _span(t, "（五）不予处理") == (18, 1, 5, 1)
    if fmt == "2021":
        assert _span(t, "（六）其他处理") == (23, 1, 3, 1)
        assert _span(t, "3.其他") == (25, 2, 1, 1)
        assert _span(t, "（七）总计") == (26, 1, 1, 2)
        assert _span(t, "四、结转下年度继续办理") == (27, 0, 1, 3)
    else:
        assert _span(t, "（六）其他处理") == (23, 1, 1, 2)
        assert _span(t, "（七）总计") == (24, 1, 1, 2)
        assert _span(t, "四、结转下年度继续办理") == (25, 0, 1, 3)
    # no subtotal cells for the groups （三）–（六）
    assert not any(c.row_labels[-1].startswith(("（三）", "（四）", "（五）")) for c in t.cells)


@pytest.mark.parametrize("fmt", ["2019", "2021"])
def test_table4_merges(fmt):
    t = get_format(fmt).table("t4")
    assert _span(t, "行政复议") == (0, 0, 1, 5)
    assert _span(t, "行政诉讼") == (0, 5, 1, 10)
    for i, name in enumerate(A["T4_COLS"]):
        assert _span(t, name, 0) == (1, i, 2, 1)
        assert _span(t, name, 1) == (2, 5 + i, 1, 1)
        assert _span(t, name, 2) == (2, 10 + i, 1, 1)
    assert _span(t, "未经复议直接起诉") == (1, 5, 1, 5)
    assert _span(t, "复议后起诉") == (1, 10, 1, 5)
    assert [c.grid for c in t.cells] == [(3, c, 1, 1) for c in range(15)]


def test_table2_merges():
    t21 = get_format("2021").table("t2")
    assert [(it.r, it.cs) for it in t21.items if it.role == "title"] == [(0, 4), (4, 4), (7, 4), (11, 4)]
    assert _span(t21, "本年处理决定数量", 0) == (5, 1, 1, 3)
    assert t21.item_at(6, 3).cell == "t2.license.decisions" and t21.item_at(6, 3).cs == 3
    assert _span(t21, "本年收费金额（单位：万元）") == (12, 1, 1, 3)
    assert [c.grid for c in t21.cells if c.id == "t2.fees.amount"] == [(13, 1, 1, 3)]
    t19 = get_format("2019").table("t2")
    assert [it.r for it in t19.items if it.role == "title"] == [0, 4, 8, 12, 15]
    assert [c.grid for c in t19.cells if c.row in ("fees", "procurement")] == [
        (14, 1, 1, 1), (14, 2, 1, 2), (17, 1, 1, 1), (17, 2, 1, 2)]


@pytest.mark.parametrize("fmt", ["2019", "2021"])
def test_kinds_units_and_totals(fmt):
    spec = get_format(fmt)
    kinds = Counter(c.kind for c in spec.cells.values())
    if fmt == "2019":
        assert kinds == Counter({"count": 161 + 15 + 22 - 5 - 1, "signed": 5, "amount": 1})
        assert {c.id for c in spec.cells.values() if c.kind == "signed"} == {
            "t2.license.change", "t2.other_services.change", "t2.penalty.change", "t2.coercion.change",
            "t2.fees.change"}
        assert spec.cells["t2.procurement.amount"].unit == "万元"
    else:
        assert kinds == Counter({"count": 175 + 15 + 9, "amount": 1})
        assert spec.cells["t2.fees.amount"].unit == "万元"
    derived = {c.id for c in spec.cells.values() if c.derived}
    t3_rows = len(spec.table("t3").row_codes)
    assert len(derived) == t3_rows + 6 + 3  # 总计 column + （七）总计 row (applicant columns) + 表四
    assert not any(c.startswith("t2.") for c in derived)
    assert set(spec.derived_order) == derived


@pytest.mark.skipif(not SPEC_MD.is_file(), reason="shared spec not available")
def test_appendix_copy_matches_the_spec():
    text = SPEC_MD.read_text(encoding="utf-8")
    block = text.split("## Appendix A", 1)[1].split("```python", 1)[1].split("```", 1)[0]
    ns: dict = {}
    exec(block, ns)
    for key in ("SECTION_HEADINGS", "T2_2021", "T2_2019", "T3_NOTE", "T3_COL_GROUPS", "T3_COLS", "T3_ROWS_2021",
                "T4_GROUPS", "T4_COLS"):
        assert ns[key] == A[key], key
