"""Cross-year checks GK501–GK506, explanations (说明) and the review summary."""

from __future__ import annotations

import pytest

from gkdesk.checks import get_check, run_checks, summarize
from gkdesk.checks.rules.crossyear import similarity
from gkdesk.core import storage
from gkdesk.core.commands import EditCells, EditSection, History, SetExplanation
from gkdesk.core.document import Document, Meta
from gkdesk.core.rollover import DRAFT_MARKER, next_year
from gkdesk.export.review import review_summary, write_review_summary

CROSS = ("GK5",)
APPLICANT = ("natural", "business", "research", "nonprofit", "legal", "other")

S1_2026 = ("2026年，示例市生态环境局深入贯彻《中华人民共和国政府信息公开条例》，聚焦美丽示例建设，"
           "围绕大气、水、土壤污染防治攻坚战推进信息公开。\n（一）主动公开。新开设“生态环境质量月报”专栏，"
           "按月发布空气质量排名。\n（二）依申请公开。全年共收到政府信息公开申请49件，上年结转2件，"
           "结转下年度继续办理2件。\n（三）政府信息管理。本年制发行政规范性文件2件，现行有效29件。\n"
           "（四）平台建设。完成政务新媒体整合，关停僵尸账号3个。\n（五）监督保障。开展政务公开专题培训3次。")
S5_2026 = ("上年度报告提出的信息公开不够及时问题，已通过建立发布台账完成整改。本年度存在的问题：一是基层执法信息"
           "公开标准不统一；二是政策解读与群众关切结合不够紧密。下一步将制定执法信息公开清单，并邀请群众参与解读评议。")
S6_2026 = "本年度收取政府信息公开信息处理费0元。\n无其他需要报告的事项。"


def this_year(example_doc) -> Document:
    """A correctly carried and filled 2026 report rolled from the 2025 example."""
    doc = next_year(example_doc)
    h = History(doc)
    cells = {cid: v.text for cid, v in example_doc.cells.items()
             if not doc.spec.cells[cid].derived and not cid.startswith("t3.carried.")}
    cells.update({"t3.new.natural": "39", "t3.granted.natural": "21",  # one more application, granted
                  "t2.normative.issued": "2", "t2.normative.repealed": "0", "t2.normative.in_force": "29",
                  "t2.license.decisions": "1301", "t2.fees.amount": "10.5"})
    h.push(EditCells(cells))
    for key, text in (("s1", S1_2026), ("s5", S5_2026), ("s6", S6_2026)):
        h.push(EditSection(key, text))
    return doc


def ids(findings, prefix=CROSS):
    return [(f.check_id, f.cells or f.section) for f in findings if f.check_id.startswith(prefix)]


def test_correct_report_is_quiet(example_doc):
    doc = this_year(example_doc)
    findings = run_checks(doc)
    assert [f for f in findings if f.check_id.startswith(("GK5", "GK6"))] == []
    assert summarize(findings)["error"] == 0, [f.message for f in findings]


def test_no_previous_no_cross_year_findings(example_doc):
    doc = this_year(example_doc)
    doc.previous = None
    History(doc).push(EditCells({"t3.carried.natural": "5"}))
    assert ids(run_checks(doc)) == []


# ------------------------------------------------------------------ GK501 上年结转

def test_gk501_fires_on_mistyped_carried_cell(example_doc):
    doc = this_year(example_doc)
    History(doc).push(EditCells({"t3.carried.business": "1", "t3.new.business": "5"}))  # balance kept
    found = [f for f in run_checks(doc) if f.check_id == "GK501"]
    assert [f.cells for f in found] == [("t3.carried.business",)]  # total column not reported twice
    assert "为1" in found[0].message and "2025年报告" in found[0].message and "为0" in found[0].message
    assert found[0].severity.value == "warning"


def test_gk501_total_only_when_applicant_columns_agree():
    last = Document("2021", Meta(year=2024))
    History(last).push(EditCells({f"t3.carry_next.{c}": "1" for c in APPLICANT}))
    History(last).push(EditCells({"t3.carry_next.total": "7"}))  # a typed, wrong total last year
    doc = next_year(last)
    assert [f.cells for f in run_checks(doc, ("GK501",))] == [("t3.carried.total",)]


def test_gk501_across_the_format_change():
    last = Document("2019", Meta(year=2020))
    History(last).push(EditCells({f"t3.carry_next.{c}": str(i) for i, c in enumerate(APPLICANT)}))
    doc = next_year(last)
    assert doc.format_id == "2021" and not run_checks(doc, ("GK501",))
    History(doc).push(EditCells({"t3.carried.other": "9"}))
    assert [f.cells for f in run_checks(doc, ("GK501",))] == [("t3.carried.other",)]


def test_gk501_blank_cells_are_not_compared(example_doc):
    doc = this_year(example_doc)
    History(doc).push(EditCells({"t3.carried.natural": ""}))
    assert not run_checks(doc, ("GK501",))


# ------------------------------------------------------------------ GK502 表二 baselines

def test_gk502_2021_in_force_formula(example_doc):
    doc = this_year(example_doc)
    assert not run_checks(doc, ("GK502",))  # 27 + 2 − 0 = 29
    History(doc).push(EditCells({"t2.normative.in_force": "28"}))
    found = run_checks(doc, ("GK502",))
    assert [f.cells for f in found] == [("t2.normative.issued", "t2.normative.repealed", "t2.normative.in_force")]
    assert "上年现行有效27件" in found[0].message and "＝29件" in found[0].message
    History(doc).push(EditCells({"t2.rules.in_force": "1"}))  # 0 + 0 − 0 ≠ 1
    assert len(run_checks(doc, ("GK502",))) == 2


def test_gk502_not_across_formats():
    last = Document("2019", Meta(year=2020))
    History(last).push(EditCells({"t2.rules.total_public": "5"}))
    doc = next_year(last)
    History(doc).push(EditCells({"t2.rules.issued": "0", "t2.rules.repealed": "0", "t2.rules.in_force": "9"}))
    assert not run_checks(doc, ("GK502",))


def test_gk502_2019_item_baselines():
    last = Document("2019", Meta(year=2019))
    History(last).push(EditCells({"t2.license.prev_items": "113", "t2.license.change": "-46",
                                  "t2.penalty.prev_items": "0", "t2.penalty.change": "7"}))
    doc = next_year(last)
    assert doc.format_id == "2019"
    assert doc.value("t2.license.prev_items").text == "67" and doc.value("t2.penalty.prev_items").text == "7"
    assert not run_checks(doc, ("GK502",))
    History(doc).push(EditCells({"t2.license.prev_items": "113"}))
    found = run_checks(doc, ("GK502",))
    assert [f.cells for f in found] == [("t2.license.prev_items",)]
    assert "113＋本年增/减-46＝67" in found[0].message


# ------------------------------------------------------------------ GK503 prose copied

def test_gk503_fires_when_prose_is_last_years_with_marker_removed(example_doc):
    doc = this_year(example_doc)
    History(doc).push(EditSection("s1", example_doc.sections["s1"].replace("2025", "2026")))
    found = run_checks(doc, ("GK503",))
    assert [(f.section, f.message[:20]) for f in found] == [("s1", "“一、总体情况”与上年报告相同；年度报告")]
    # a few changed words: still nearly identical, the similarity is stated
    History(doc).push(EditSection("s1", example_doc.sections["s1"].replace("专题培训2次", "专题培训和业务竞赛共4次")))
    found = run_checks(doc, ("GK503",))
    assert len(found) == 1 and "相似度为9" in found[0].message and "%" in found[0].message


def test_gk503_section_five_and_short_boilerplate(example_doc):
    doc = this_year(example_doc)
    History(doc).push(EditSection("s5", example_doc.sections["s5"]))
    History(doc).push(EditSection("s6", example_doc.sections["s6"]))  # 26 characters: not compared
    assert [f.section for f in run_checks(doc, ("GK503",))] == ["s5"]


def test_gk503_quiet_on_rewritten_prose_and_on_drafts(example_doc):
    doc = this_year(example_doc)
    assert not run_checks(doc, ("GK503",))
    draft = next_year(example_doc)
    assert not run_checks(draft, ("GK503",))  # the marker is reported by GK505 instead
    assert similarity("甲乙丙丁" * 20, "甲乙丙丁" * 20) == 1.0
    assert similarity("一二三四五六七八九十" * 10, "天地玄黄宇宙洪荒日月" * 10) < 0.5


# ------------------------------------------------------------------ GK504 tables copied

def test_gk504_identical_tables(example_doc):
    doc = next_year(example_doc)
    History(doc).push(EditCells({cid: v.text for cid, v in example_doc.cells.items()}))
    found = run_checks(doc, ("GK504",))
    assert len(found) == 1 and len(found[0].cells) == len(doc.spec.cells)
    History(doc).push(EditCells({"t4.after.upheld": "1"}))
    assert not run_checks(doc, ("GK504",))


def test_gk504_all_zero_tables_may_repeat():
    last = Document("2021", Meta(year=2024))
    History(last).push(EditCells({cid: "0" for cid, c in last.spec.cells.items() if not c.derived}))
    doc = next_year(last)
    History(doc).push(EditCells({cid: "0" for cid, c in doc.spec.cells.items() if not c.derived}))
    assert not run_checks(doc, ("GK504",))


def test_gk504_across_formats_compares_the_common_tables():
    last = Document("2019", Meta(year=2020))
    History(last).push(EditCells({cid: "1" for cid, c in last.spec.cells.items() if not c.derived
                                  and c.kind != "amount"}))
    doc = next_year(last)
    same = {cid: last.value(cid).text for cid, c in doc.spec.cells.items()
            if not c.derived and cid.startswith(("t3.", "t4.")) and not last.value(cid).is_blank}
    same.update({cid: "5" for cid in doc.spec.cells if cid.startswith("t2.")})  # 表二 not comparable
    # 2019 （六）其他处理 = 2021 （六）1 + 2 + 3: the 2019 row's figures go into item 1
    same.update({f"t3.{r}.{c}": "0" for r in ("other_unpaid", "other_misc") for c in APPLICANT})
    same.update({f"t3.other_overdue.{c}": last.value(f"t3.other_handling.{c}").text for c in APPLICANT})
    History(doc).push(EditCells(same))
    assert len(run_checks(doc, ("GK504",))) == 1


# ------------------------------------------------------------------ GK505 / GK506

def test_gk505_draft_marker_is_an_error_until_removed(example_doc):
    doc = next_year(example_doc)
    found = run_checks(doc, ("GK505",))
    assert [f.section for f in found] == ["s1", "s5", "s6"]
    assert all(f.severity.value == "error" for f in found)
    assert not get_check("GK505").explainable
    h = History(doc)
    for key in ("s1", "s5", "s6"):
        h.push(EditSection(key, doc.sections[key].replace(DRAFT_MARKER + "\n", "")))
    assert not run_checks(doc, ("GK505",))
    # the marker anywhere (pasted into 二 by mistake) still counts
    h.push(EditSection("s2", f"说明{DRAFT_MARKER}"))
    assert [f.section for f in run_checks(doc, ("GK505",))] == ["s2"]


def test_gk505_on_a_2019_format_rollover():
    last = Document("2019", Meta(year=2019))
    last.sections["s5"] = "存在问题……"
    doc = next_year(last)
    assert [f.section for f in run_checks(doc, ("GK505",))] == ["s5"]


def test_gk506_previous_of_another_year_skips_cross_year_checks(example_doc):
    doc = this_year(example_doc)
    History(doc).push(EditCells({"t3.carried.natural": "7", "t3.new.natural": "34"}))
    assert ids(run_checks(doc)) == [("GK501", ("t3.carried.natural",))]
    doc.meta.year = 2027
    found = run_checks(doc)
    assert ids(found) == [("GK506", "meta")]
    assert "2025年" in found[[f.check_id for f in found].index("GK506")].message


def test_cross_year_checks_survive_a_broken_snapshot(example_doc):
    doc = this_year(example_doc)
    doc.previous = {"year": "x", "cells": ["not", "a", "dict"], "sections": None}
    findings = run_checks(doc)
    assert not [f for f in findings if f.check_id == "GK900"]
    assert ids(findings) == []


# ------------------------------------------------------------------ explanations

def _gk502(doc):
    return [f for f in run_checks(doc) if f.check_id == "GK502"]


def test_explanation_survives_save_and_open(example_doc, tmp_path):
    doc = this_year(example_doc)
    h = History(doc)
    h.push(EditCells({"t2.normative.in_force": "31"}))
    (f,) = _gk502(doc)
    assert not f.explained
    h.push(SetExplanation(f.check_id, f.key, f.cells, "本年修订2件，计入现行有效但不计入制发"))
    (f,) = _gk502(doc)
    assert f.explained == "本年修订2件，计入现行有效但不计入制发"
    assert summarize(run_checks(doc))["explained"] == 1
    path = tmp_path / "r.json"
    storage.save(doc, path)
    back = storage.load(path)
    (g,) = _gk502(back)
    assert g.explained == f.explained and g.key == f.key
    # undo removes it, redo restores it
    h.undo()
    assert not _gk502(doc)[0].explained
    h.redo()
    assert _gk502(doc)[0].explained


@pytest.mark.parametrize("cell", ["t2.normative.issued", "t2.normative.repealed", "t2.normative.in_force"])
def test_explanation_dropped_when_an_input_changes(example_doc, cell, tmp_path):
    doc = this_year(example_doc)
    h = History(doc)
    h.push(EditCells({"t2.normative.in_force": "31"}))
    (f,) = _gk502(doc)
    h.push(SetExplanation(f.check_id, f.key, f.cells, "修订2件"))
    new_value = {"t2.normative.issued": "3", "t2.normative.repealed": "1", "t2.normative.in_force": "33"}[cell]
    h.push(EditCells({cell: new_value}))
    (g,) = _gk502(doc)
    assert g.key == f.key and not g.explained  # shown unexplained again
    storage.save(doc, tmp_path / "r.json")
    assert not _gk502(storage.load(tmp_path / "r.json"))[0].explained
    summary = review_summary(doc)
    assert "已失效的说明（1）" in summary and "修订2件" in summary


def test_arithmetic_errors_cannot_be_explained(example_doc):
    doc = this_year(example_doc)
    h = History(doc)
    h.push(EditCells({"t3.results_total.natural": "1"}))  # a typed, wrong total
    errors = [f for f in run_checks(doc) if f.check_id.startswith("GK30")]
    assert errors
    for f in errors:
        assert not get_check(f.check_id).explainable
        with pytest.raises(ValueError):
            h.push(SetExplanation(f.check_id, f.key, f.cells, "系统原因"))
    assert doc.explanations == {}
    # even an explanation smuggled into the file is ignored by the engine
    from gkdesk.core.document import Explanation
    f = errors[0]
    doc.explanations[f.key] = Explanation(f.check_id, f.key, "系统原因", {c: doc.value(c).text for c in f.cells})
    assert not [g for g in run_checks(doc) if g.key == f.key and g.explained]
    with pytest.raises(ValueError):
        h.push(SetExplanation("GK999", "GK999:x", (), "无此检查"))
    h.push(SetExplanation(f.check_id, f.key, f.cells, ""))  # removing is always allowed
    assert f.key not in doc.explanations


# ------------------------------------------------------------------ review summary

def test_review_summary_lists_findings_by_severity_with_explanations(example_doc, tmp_path):
    doc = this_year(example_doc)
    h = History(doc)
    h.push(EditCells({"t2.normative.in_force": "31", "t3.carried.business": "1", "t3.new.business": "5"}))
    (f,) = _gk502(doc)
    h.push(SetExplanation(f.check_id, f.key, f.cells, "本年修订2件"))
    text = review_summary(doc)
    assert text.startswith("# 示例市生态环境局2026年政府信息公开工作年度报告 审核摘要")
    # warnings: 上年结转 (GK501) and three prose numbers now contradicted by the tables (GK601)
    assert "检查结果：0 个错误，4 个警告，0 个提示，1 个已说明" in text
    assert "## 错误（0）\n无" in text
    assert "## 警告（4）\n" in text
    assert "\n- GK501｜表三 二、上年结转政府信息公开申请数量／商业企业：" in text
    assert "\n- GK601｜表二 行政规范性文件／现行有效件数：正文称现行有效29件，但表二“行政规范性文件／现行有效件数”为31" in text
    assert "## 已说明（1）\n- GK502｜表二 行政规范性文件／本年制发件数 等3格：" in text
    assert "  说明：本年修订2件" in text
    assert "依据文件中保存的2025年度报告数据" in text
    md = tmp_path / "review.md"
    write_review_summary(doc, md)
    assert md.read_text(encoding="utf-8") == text
    txt = tmp_path / "review.txt"
    write_review_summary(doc, txt)
    raw = txt.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    plain = raw.decode("utf-8-sig")
    assert "【警告（4）】" in plain and "#" not in plain and "说明：本年修订2件" in plain


def test_review_summary_shows_evidence_sentences(example_doc):
    doc = this_year(example_doc)
    History(doc).push(EditSection("s1", S1_2026.replace("申请49件", "申请50件")))
    text = review_summary(doc)
    assert "原文：“全年共收到政府信息公开申请50件，上年结转2件，结转下年度继续办理2件。”" in text
    doc.previous = None
    assert "文件中没有上年度报告数据，未进行" in review_summary(doc)


# ------------------------------------------------------------------ GK507 paragraphs copied

def test_gk507_a_paragraph_copied_word_for_word(example_doc):
    doc = this_year(example_doc)
    assert not run_checks(doc, ("GK507",))
    measures = example_doc.sections["s5"].splitlines()[1]  # last year's 改进措施, unchanged
    History(doc).push(EditSection("s5", doc.sections["s5"] + "\n" + measures))
    (f,) = run_checks(doc, ("GK507",))
    assert f.section == "s5" and "1段与上年报告完全相同" in f.message and f.evidence.startswith("改进措施")
    assert not run_checks(doc, ("GK503",))  # the section as a whole is new
    # one changed figure: no longer word for word
    History(doc).push(EditSection("s5", doc.sections["s5"].replace("二是加强业务培训", "二是加强业务培训3次")))
    assert not run_checks(doc, ("GK507",))


def test_gk507_leaves_whole_copies_to_gk503_and_skips_the_lead_paragraph(example_doc):
    doc = this_year(example_doc)
    History(doc).push(EditSection("s5", example_doc.sections["s5"]))
    assert [f.check_id for f in run_checks(doc, ("GK50",)) if f.section == "s5"] == ["GK503"]
    lead = "本报告根据《中华人民共和国政府信息公开条例》编制，统计期限为2025年1月1日至2025年12月31日，电子版可在门户网站下载。"
    History(example_doc).push(EditSection("s1", example_doc.sections["s1"] + "\n" + lead))
    doc = this_year(example_doc)
    History(doc).push(EditSection("s1", doc.sections["s1"] + "\n" + lead))
    assert not run_checks(doc, ("GK507",))
