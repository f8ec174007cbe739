"""Consolidation: exact sums on both formats, refusal of mixed units, and GK701 mismatch detection."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gkdesk.checks import run_checks
from gkdesk.core import storage
from gkdesk.core.spec import get_format
from gkdesk.core.values import BLANK, number, parse_value
from gkdesk.review import MergeError, merge_reports
from gkdesk.review.merge import consolidation_units

from .factory import make_unit


def units_2021(example_doc):
    docs = [example_doc] + [make_unit("2021", seed=s, agency=f"单位{s}") for s in range(1, 5)]
    return docs, [f"/reports/u{i}.json" for i in range(len(docs))]


def assert_sums(total, docs):
    for cid, cs in total.spec.cells.items():
        want = sum((d.number(cid) for d in docs), Decimal(0))
        assert total.number(cid) == want, cid
        assert total.is_auto(cid) == cs.derived  # derived totals stay auto, nothing manual


@pytest.mark.parametrize("fmt", ["2021", "2019"])
def test_every_cell_is_the_sum_of_the_units(fmt, example_doc):
    if fmt == "2021":
        docs, names = units_2021(example_doc)
    else:
        docs = [make_unit("2019", seed=s, agency=f"单位{s}") for s in range(10, 16)]
        names = [f"u{i}.json" for i in range(len(docs))]
    total = merge_reports(docs, names, "测试县人民政府")
    assert total.format_id == fmt and total.meta.year == docs[0].meta.year
    assert total.meta.agency == "测试县人民政府" and total.manual == set()
    assert_sums(total, docs)
    assert [f for f in run_checks(total) if f.severity.value == "error" and f.check_id != "GK010"] == []
    assert {f.section for f in run_checks(total) if f.check_id == "GK010"} == {"s1", "s5", "s6"}
    assert all(not total.sections[s.key] for s in total.spec.sections)  # prose is for the clerk


def test_2019_signed_and_amount_cells_exact():
    a = make_unit("2019", seed=1, agency="甲")
    b = make_unit("2019", seed=2, agency="乙")
    a._put("t2.license.change", number(-46))
    b._put("t2.license.change", number(7))
    a._put("t2.procurement.amount", parse_value("1603.1673"))
    b._put("t2.procurement.amount", parse_value("42.194"))
    total = merge_reports([a, b], ["a.json", "b.json"])
    assert total.value("t2.license.change").text == "-39"
    assert total.value("t2.procurement.amount").text == "1645.3613"
    assert total.number("t3.results_total.total") == a.number("t3.results_total.total") + b.number(
        "t3.results_total.total")


def test_2021_fee_amount_exact(example_doc):
    b = make_unit("2021", seed=3, agency="乙")
    b._put("t2.fees.amount", parse_value("0.0001"))
    total = merge_reports([example_doc, b], ["a.json", "b.json"])
    assert total.value("t2.fees.amount").text == "12.3457"


def test_blank_in_some_units_summed_with_note_blank_in_all_stays_blank():
    a = make_unit("2021", seed=1, agency="甲局")
    b = make_unit("2021", seed=2, agency="乙局")
    c = make_unit("2021", seed=3, agency="丙局")
    b._put("t3.new.natural", BLANK)
    c._put("t3.new.natural", parse_value("—"))
    for d in (a, b, c):
        d._put("t4.review.upheld", BLANK)
    total = merge_reports([a, b, c], ["a.json", "b.json", "c.json"])
    assert total.number("t3.new.natural") == a.number("t3.new.natural")
    assert total.value("t4.review.upheld").is_blank  # never turned into 0
    notes = total.extra["consolidation"]["notes"]
    assert any("自然人" in n and "乙局（b.json）（空白）" in n and "丙局（c.json）（“—”）" in n for n in notes)
    assert not any("结果维持" in n for n in notes)


def test_inconsistent_unit_total_recomputed_with_note(example_doc):
    b = make_unit("2021", seed=4, agency="乙局")
    b._put("t3.new.total", number(b.number("t3.new.total") + 5))
    b.manual.add("t3.new.total")
    total = merge_reports([example_doc, b], ["a.json", "b.json"])
    parts = sum(total.number(f"t3.new.{c}") for c in ("natural", "business", "research", "nonprofit", "legal", "other"))
    assert total.number("t3.new.total") == parts and total.is_auto("t3.new.total")
    assert any(n.startswith("乙局（b.json）的总计“一、本年新收政府信息公开申请数量／总计”") for n in
               total.extra["consolidation"]["notes"])


def test_units_recorded_and_saved(example_doc, tmp_path):
    docs, names = units_2021(example_doc)
    total = merge_reports(docs, names, "测试县人民政府")
    units = total.extra["consolidation"]["units"]
    assert [u["agency"] for u in units] == [d.meta.agency for d in docs]
    assert [u["file"] for u in units] == [f"u{i}.json" for i in range(len(docs))]
    assert units[0]["name"] == "示例市生态环境局"
    assert units[0]["cells"]["t2.fees.amount"] == "12.3456"
    assert units[1]["cells"] == {c: docs[1].value(c).text for c in docs[1].spec.cells if not docs[1].value(c).is_blank}
    p = tmp_path / "total.json"
    storage.save(total, p)
    back = storage.load(p)
    assert consolidation_units(back) == units
    assert not [f for f in run_checks(back) if f.check_id == "GK701"]


def test_previous_figures_summed_when_every_unit_has_them():
    a, b = make_unit("2021", seed=1, agency="甲"), make_unit("2021", seed=2, agency="乙")
    a.previous = {"year": 2024, "format": "2021", "cells": {"t3.carry_next.natural": "2", "t3.carry_next.total": "2"}}
    b.previous = {"year": 2024, "format": "2021", "cells": {"t3.carry_next.natural": "3"}}
    total = merge_reports([a, b], ["a.json", "b.json"])
    assert total.previous["year"] == 2024 and total.previous["cells"] == {"t3.carry_next.natural": "5"}
    b.previous = None
    assert merge_reports([a, b], ["a.json", "b.json"]).previous is None


# ------------------------------------------------------------------------------ refusals

def test_refuses_mixed_format_versions_naming_the_units(example_doc):
    old = make_unit("2019", seed=1, agency="老格式局")
    with pytest.raises(MergeError) as ei:
        merge_reports([example_doc, old], ["a.json", "old.json"])
    msg = str(ei.value)
    assert "不同格式版本" in msg and "2021年格式：示例市生态环境局（a.json）" in msg
    assert "2019年试行格式：老格式局（old.json）" in msg


def test_refuses_mixed_years_naming_the_units():
    a, b, c = (make_unit("2021", year=y, seed=s, agency=n) for y, s, n in
               ((2024, 1, "甲"), (2025, 2, "乙"), (2024, 3, "丙")))
    with pytest.raises(MergeError) as ei:
        merge_reports([a, b, c], ["a.json", "b.json", "c.json"])
    assert str(ei.value) == "不能合并不同年度的报告：2024年度：甲（a.json）、丙（c.json）；2025年度：乙（b.json）"


def test_refuses_missing_year_duplicates_empty_and_nested_double_count(tmp_path):
    a, b = make_unit("2021", seed=1, agency="甲"), make_unit("2021", seed=2, agency="乙")
    b.meta.year = None
    with pytest.raises(MergeError, match="未填写报告年度.*乙"):
        merge_reports([a, b], ["a.json", "b.json"])
    with pytest.raises(MergeError, match="没有可合并"):
        merge_reports([], [])
    b.meta.year = a.meta.year
    with pytest.raises(MergeError, match="重复选择"):
        merge_reports([a, b], ["x/a.json", "x/../x/a.json"])
    total = merge_reports([a, b], ["a.json", "b.json"])
    with pytest.raises(MergeError, match="已包含单位"):
        merge_reports([total, a], ["total.json", "a.json"])
    c = make_unit("2021", seed=3, agency="丙")
    nested = merge_reports([total, c], ["total.json", "c.json"])  # a county of towns + a department: fine
    assert nested.number("t3.new.total") == a.number("t3.new.total") + b.number("t3.new.total") + c.number(
        "t3.new.total")


# ------------------------------------------------------------------------------ GK701

def test_gk701_names_the_tampered_cells_and_expected_sums(example_doc):
    docs, names = units_2021(example_doc)
    total = merge_reports(docs, names)
    want = total.number("t3.new.natural")
    total._put("t3.new.natural", number(want + 1))
    total._put("t2.fees.amount", BLANK)
    (f,) = [f for f in run_checks(total) if f.check_id == "GK701"]
    assert f.severity.value == "error"
    assert f.cells == ("t2.fees.amount", "t3.new.natural")
    assert f.message.startswith(f"汇总报告有2个单元格不等于所列{len(docs)}个单位之和：")
    fees = sum(d.number("t2.fees.amount") for d in docs)
    assert f"表二“行政事业性收费／本年收费金额（单位：万元）”为空白，各单位之和为{fees}" in f.message
    assert f"表三“一、本年新收政府信息公开申请数量／自然人”为{want + 1}，各单位之和为{want}" in f.message
    assert f.location(total.spec) == "表二 行政事业性收费／本年收费金额（单位：万元） 等2格"


def test_gk701_cell_filled_where_no_unit_had_a_number_and_long_lists():
    a, b = make_unit("2021", seed=1, agency="甲"), make_unit("2021", seed=2, agency="乙")
    for d in (a, b):
        d._put("t4.after.pending", BLANK)
    total = merge_reports([a, b], ["a.json", "b.json"])
    total._put("t4.after.pending", number(0))
    (f,) = [f for f in run_checks(total) if f.check_id == "GK701"]
    assert "为0，各单位之和为空白（各单位均未填写）" in f.message
    for cid in list(total.spec.table("t2").cells)[:7]:
        total._put(cid.id, number(999999))
    (f,) = [f for f in run_checks(total) if f.check_id == "GK701"]
    assert len(f.cells) == 8 and f.message.endswith("；另有3格不符")


def test_gk701_silent_on_ordinary_reports(example_doc):
    assert not [f for f in run_checks(example_doc) if f.check_id == "GK701"]
    example_doc.extra["consolidation"] = "garbage"  # a damaged record is not a consolidation
    assert not [f for f in run_checks(example_doc) if f.check_id == "GK701"]
    example_doc.extra["consolidation"] = {"units": [{"cells": {"t3.new.natural": "1"}}, "junk"]}
    (f,) = [f for f in run_checks(example_doc) if f.check_id == "GK701"]
    assert "所列1个单位" in f.message


def test_format_labels_in_messages_come_from_the_spec():
    assert get_format("2019").name == "2019年试行格式" and get_format("2021").name == "2021年格式"
