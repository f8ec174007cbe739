"""Table layouts seen in real published reports (issue #11), each from an input written in the
style of ../shared/reports (never a copy of those files). Expected values are what the input
prints; a cell the input does not give unambiguously must stay blank and be named in a note."""

from __future__ import annotations

from pathlib import Path

import pytest

from gkdesk.importers import import_bytes
from gkdesk.importers.text import import_text

DATA = Path(__file__).resolve().parents[1] / "data" / "layouts"


def rows_of(doc, key: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for c in doc.spec.table(key).cells:
        out.setdefault(c.row, []).append(doc.value(c.id).text)
    return out


def notes_text(res) -> str:
    return "\n".join(n.message for n in res.notes)


# ------------------------------------------------------------------ labels without their ordinals

T3_NO_ORDINALS = {
    "new": "705 3 0 0 5 0 713", "carried": "12 0 0 0 0 0 12", "granted": "300 1 0 0 2 0 303",
    "partial": "100 0 0 0 1 0 101", "results_total": "691 3 0 0 4 0 698", "carry_next": "26 0 0 0 1 0 27",
}


def test_row_labels_without_ordinals_read_every_row():
    res = import_text((DATA / "labels_without_ordinals.txt").read_text(encoding="utf-8"), "x.txt")
    rows = rows_of(res.doc, "t3")
    for code, want in T3_NO_ORDINALS.items():
        assert " ".join(rows[code]) == want, code
    assert res.cells_found == 200 and res.cells_missing == 0
    # 本年新收 总计 713, never the 7 left when "13" is taken for the next row's "二、"
    assert res.doc.value("t3.new.total").text == "713"


# --------------------------- 2019 label in a 2021 table, 表二 notes, （六） printed as one row, 表四 glued

def test_2019_label_notes_in_cells_single_other_row_and_glued_t4():
    res = import_text((DATA / "mixed_labels_notes_glued_t4.txt").read_text(encoding="utf-8"), "x.txt")
    doc = res.doc
    assert doc.format_id == "2021"
    # "规范性文件 22（其中修订16件） 3 55（含自然失效29件）": the 2021 row, notes dropped, reported
    assert rows_of(doc, "t2")["normative"] == ["22", "3", "55"]
    assert "原文行名为“规范性文件”" in notes_text(res)
    # （六）其他处理 printed as one row 2 0 0 0 0 0 2: never spread over its three items
    for code in ("other_overdue", "other_unpaid", "other_misc"):
        assert rows_of(doc, "t3")[code] == [""] * 7
    assert "（六）其他处理" in notes_text(res) and "无法分到其下各项" in notes_text(res)
    # 表四 "100010000000000": 15 digits for 15 cells, the only reading (and its sums hold)
    assert [doc.value(c.id).text for c in doc.spec.table("t4").cells] == list("100010000000000")
    assert rows_of(doc, "t3")["results_total"] == ["16", "2", "0", "0", "0", "0", "18"]


def test_glued_t4_with_several_readings_stays_blank():
    text = (DATA / "mixed_labels_notes_glued_t4.txt").read_text(encoding="utf-8")
    # 16 digits for 15 cells: "10 0 0 0 10 …" and "1 0 0 0 1 …0" … several splits satisfy the sums
    res = import_text(text.replace("100010000000000", "1000010000000000"), "x.txt")
    assert all(res.doc.value(c.id).is_blank for c in res.doc.spec.table("t4").cells)
    assert "表四" in notes_text(res) and "已留空" in notes_text(res)


# ------------------------------------------------------------- sections renumbered / heading missing

def test_renumbered_and_missing_headings_are_recovered_and_reported():
    res = import_text((DATA / "renumbered_sections.txt").read_text(encoding="utf-8"), "x.txt")
    doc = res.doc
    assert doc.sections["s6"] == "无。"
    assert doc.sections["s5"].startswith("一是公开内容不够全面")
    text = notes_text(res)
    assert "标为“五、”" in text and "原文没有“五、存在的主要问题及改进情况”标题" in text


def test_heading_variants():
    text = (DATA / "mixed_labels_notes_glued_t4.txt").read_text(encoding="utf-8")
    for variant in ("存在的问题及整改措施", "存在的主要问题和改进情况", "存在问题与整改情况"):
        res = import_text(text.replace("存在的主要问题及改进情况", variant), "x.txt")
        assert res.doc.sections["s5"] == "一是公开内容不够全面。", variant


# ------------------------------------------------------------------------------- markdown report

def test_markdown_report_tables_prose_and_agency():
    res = import_bytes((DATA / "markdown_report.md").read_bytes(), "年报.md")
    doc = res.doc
    assert doc.meta.agency == "某某市市场监督管理局"
    assert rows_of(doc, "t2")["normative"] == ["8", "2", "10"]  # numbers on the row after their label
    assert rows_of(doc, "t2")["rules"] == ["0", "0", "0"]
    assert rows_of(doc, "t3")["reject_confirm"] == ["0"] * 7  # label broken over two rows
    assert rows_of(doc, "t3")["results_total"] == ["41", "5", "0", "0", "1", "0", "47"]
    assert res.cells_found == 200
    for key, body in doc.sections.items():
        assert "#" not in body and "**" not in body and "|" not in body, key
    assert doc.sections["s5"] == "问题：政务公开的深度还不够。下一步，我局将持续改进。"


@pytest.mark.parametrize("line", ["字体：【大 中 小】", "【字体：大 中 小】 【打印】 【关闭】", "分享到：微信 微博 QQ空间",
                                  "【打印本页】【关闭窗口】", "当前位置：首页 > 政务公开 > 政府信息公开年报"])
def test_page_furniture_stays_out_of_prose_and_agency(line):
    text = (DATA / "mixed_labels_notes_glued_t4.txt").read_text(encoding="utf-8")
    head, rest = text.split("\n", 1)
    text = f"{line}\n{head}\n{line}\n" + rest.replace("一是公开内容不够全面。", f"一是公开内容不够全面。\n{line}")
    text = text.replace("\n六、其他需要报告的事项\n无。\n", f"\n六、其他需要报告的事项\n无。\n{line}\n")
    doc = import_text(text, "x.txt").doc
    assert doc.meta.agency == "某某区教育局"
    assert doc.sections["s5"] == "一是公开内容不够全面。"
    assert doc.sections["s6"] == "无。"


# ------------------------------------------- identities broken: the source's error or an uncertain reading

def test_identity_broken_by_clearly_printed_numbers_is_reported_as_the_sources_error():
    text = (DATA / "labels_without_ordinals.txt").read_text(encoding="utf-8")
    res = import_text(text.replace("总计 691 3 0 0 4 0 698", "总计 691 3 0 0 4 0 699"), "x.txt")
    assert res.doc.value("t3.results_total.total").text == "699"  # kept as printed
    sure = [n for n in res.notes if n.message.startswith("原文本身的数字不符合勾稽关系")]
    assert len(sure) == 1 and "t3.results_total.total" in sure[0].cells
    assert not any("可能是读取有误" in n.message for n in res.notes)


def test_identity_broken_where_a_split_was_inferred_is_reported_as_uncertain():
    text = (DATA / "labels_without_ordinals.txt").read_text(encoding="utf-8")
    text = text.replace("本年新收政府信息公开申请数量 705 3 0 0 5 0 713", "本年新收政府信息公开申请数量 70530050713")
    text = text.replace("结转下年度继续办理 26 0 0 0 1 0 27", "结转下年度继续办理 25 0 0 0 1 0 26")
    res = import_text(text, "x.txt")
    assert rows_of(res.doc, "t3")["new"] == ["705", "3", "0", "0", "5", "0", "713"]
    unsure = [n for n in res.notes if "可能是读取有误" in n.message]
    assert len(unsure) == 1 and "t3.new.natural" in unsure[0].cells


# ------------------------------------------------ one cell per line, an empty line is an empty cell

def test_one_cell_per_line_with_empty_lines_for_empty_cells():
    from gkdesk.core import storage

    # written by copying a web table (resources/example-2021.json's 表三) cell by cell; five cells
    # printed empty
    src = storage.load(DATA.parents[2] / "resources" / "example-2021.json")
    empty = {"t3.new.research", "t3.granted.legal", "t3.unable_none.other", "t3.carry_next.total",
             "t3.results_total.research"}
    res = import_text((DATA / "cell_per_line.txt").read_text(encoding="utf-8"), "x.txt")
    for c in src.spec.table("t3").cells:
        want = "" if c.id in empty else src.value(c.id).text
        assert res.doc.value(c.id).text == want, c.id


# ------------------------------------------ labels in one run, then the numbers column by column

def _column_major_text(doc, order: str) -> str:
    """表三 as plain pdftotext gives an unruled table extracted column by column: every row label,
    then the numbers of the first column top to bottom, then the second column …"""
    rows: dict[str, list] = {}
    for c in doc.spec.table("t3").cells:
        rows.setdefault(c.row, []).append(c)
    out = [doc.title, "", "三、收到和处理政府信息公开申请情况", "", "申请人情况", "", "自然人", "", "法人或其他组织", "",
           "总计", ""]
    out += [x for cs in rows.values() for x in (cs[0].row_labels[-1], "")]
    seq = ([doc.value(cs[k].id).text for k in range(7) for cs in rows.values()] if order == "columns" else
           [doc.value(c.id).text for cs in rows.values() for c in cs])
    out += [x for v in seq for x in (v, "")]
    out += ["四、政府信息公开行政复议、行政诉讼情况", "", "五、存在的主要问题及改进情况", "问题。", "六、其他需要报告的事项", "无。"]
    return "\n".join(out)


@pytest.mark.parametrize("order", ["columns", "rows"])
def test_labels_then_a_block_of_numbers_is_read_the_way_the_row_sums_allow(order):
    from gkdesk.core import storage

    src = storage.load(DATA.parents[2] / "resources" / "example-2021.json")
    res = import_text(_column_major_text(src, order), "x.txt")
    diff = [(c.id, src.value(c.id).text, res.doc.value(c.id).text) for c in src.spec.table("t3").cells
            if src.value(c.id) != res.doc.value(c.id)]
    assert diff == []
    assert ("逐列" if order == "columns" else "逐行") in notes_text(res)


def test_block_of_numbers_whose_reading_the_sums_cannot_decide_stays_blank():
    from gkdesk.core import storage
    from gkdesk.core.values import number

    src = storage.load(DATA.parents[2] / "resources" / "example-2021.json")
    src._put("t3.new.total", number(47))  # the source's own error: now neither reading makes every row add up
    res = import_text(_column_major_text(src, "columns"), "x.txt")
    assert all(res.doc.value(c.id).is_blank for c in src.spec.table("t3").cells)
    assert "无法确定对应关系，已留空" in notes_text(res)


# ------------------------------------------- 表二 rows with fewer numbers than columns: the header tells

def test_t2_header_shows_which_columns_are_printed():
    text = (DATA / "t2_printed_columns_2019.txt").read_text(encoding="utf-8")
    res = import_text(text, "x.txt")
    t2 = rows_of(res.doc, "t2")
    assert t2["rules"] == ["0", "", "0"] and t2["normative"] == ["2", "", "15"]  # 本年新公开数量 not printed
    assert t2["license"] == ["12", "-2", "10"] and t2["fees"][:2] == ["1", "0"]
    assert "按表头（本年新制作数量、对外公开总数量）对应" in notes_text(res)


def test_t2_separated_numbers_are_never_split_as_glued_digits():
    text = (DATA / "t2_printed_columns_2019.txt").read_text(encoding="utf-8")
    # without the header "2 15" could be read as 2/1/5: never — the separator says 15 is one number
    res = import_text(text.replace("信息内容 本年新制作数量 对外公开总数量\n", ""), "x.txt")
    assert rows_of(res.doc, "t2")["normative"] == ["", "", ""]
    assert "无法确定各属哪一列" in notes_text(res)


def test_t2_remark_digits_are_reported_not_read():
    res = import_text((DATA / "mixed_labels_notes_glued_t4.txt").read_text(encoding="utf-8"), "x.txt")
    assert "（其中修订16件）" in notes_text(res) and "说明中的数字未计入表格" in notes_text(res)


# ------------------------------------------------------------------ notes and dates under a table

@pytest.mark.parametrize("note", ["注：1.本表由办公室填报；2.统计截至 2025 年 1 月 10 日。",
                                  "统计截至 2025 年 1 月 10 日",
                                  "备注：数据统计时间为 2024 年 1 月 1 日至 2024 年 12 月 31 日"])
def test_a_note_or_date_under_a_table_never_becomes_a_value(note):
    text = (DATA / "labels_without_ordinals.txt").read_text(encoding="utf-8")
    printed = "结转下年度继续办理 26 0 0 0 1 0 27\n"
    assert printed in text
    # the row's cells are marks, extracted after the table's note (plain pdftotext prints by position)
    res = import_text(text.replace(printed, "结转下年度继续办理\n" + note + "\n— — — —\n"), "x.txt")
    rows = rows_of(res.doc, "t3")
    for v in rows["carry_next"]:
        assert v in ("", "—"), rows["carry_next"]
    assert not {"2025", "2024"} & set(sum(rows.values(), []))
    assert " ".join(rows["new"]) == T3_NO_ORDINALS["new"]
