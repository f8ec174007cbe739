"""Both directions of every 勾稽 identity the table rules check (#15 item 9).

For every identity — the sums of formats.toml (GK301 表三 rows, GK302 表三 columns, GK401 表四), the
表三 balance 一＋二＝三＋四 (GK303), the cross-year identities (GK501 上年结转 = last year's 结转下年度,
GK502 表二 continuity) and the consolidation (GK701 = the units' sum) — three cases on both formats:
the identity holds exactly (silent), the left side is larger by 1 (fires), the left side is smaller
by 1 (fires). A rule written one-sided (">" for "!=") fails one of them. The identities are taken
from the format data, not typed here, so a sum added to formats.toml is tested too.

The inequality rules are tested at their boundary instead: GK201 (表二 现行有效 ≥ 制发 − 废止;
2019 新公开 ≤ 对外公开总数) is silent on equality and on the allowed side, fires one past it;
GK202 (a hint that fires when an identity holds by coincidence) fires on equality only.
"""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from gkdesk.checks import run_checks
from gkdesk.core.spec import get_format
from gkdesk.core.values import number, parse_value

from .test_rules import load

FORMATS = ("2019", "2021")


def hits(doc, rule):
    return [f for f in run_checks(doc, (rule,)) if f.check_id == rule]


def typed_totals(doc):
    """Every total typed as published (what an import gives): a raw edit changes one cell only."""
    doc.manual |= {c for c, s in doc.spec.cells.items() if s.derived}
    return doc


def add(doc, cid, delta):
    doc._put(cid, number(doc.number(cid) + Decimal(delta)))


def _rule_of(spec, s) -> str:
    cells = spec.cells
    if cells[s.target].table == "t4":
        return "GK401"
    same_row = cells[s.parts[0]].row == cells[s.target].row  # as GK301/GK302 tell them apart
    return "GK301" if cells[s.target].col == "total" and same_row else "GK302"


def _sum_params():
    out = []
    for fmt in FORMATS:
        spec = get_format(fmt)
        for t in ("t3", "t4"):
            for s in spec.table(t).sums:
                rule = _rule_of(spec, s)
                out.append(pytest.param(fmt, rule, s.target, s.parts, id=f"{fmt}-{rule}-{s.target}"))
    return out


SUMS = _sum_params()


def test_every_sum_of_the_format_data_is_covered():
    """The parametrisation is the format data: 表三 rows and columns and 表四 groups of both formats."""
    for fmt in FORMATS:
        spec = get_format(fmt)
        t3 = spec.table("t3")
        rows = [p for p in SUMS if p.values[0] == fmt and p.values[1] == "GK301"]
        cols = [p for p in SUMS if p.values[0] == fmt and p.values[1] == "GK302"]
        t4 = [p for p in SUMS if p.values[0] == fmt and p.values[1] == "GK401"]
        assert len(rows) == len(t3.row_codes) and len(cols) == len(t3.col_codes) and len(t4) == 3


@pytest.mark.parametrize("fmt,rule,target,parts", SUMS)
def test_sum_identity_both_directions(fmt, rule, target, parts):
    doc = typed_totals(load(fmt))
    assert doc.number(target) == sum(doc.number(p) for p in parts)
    assert hits(doc, rule) == []  # holds exactly: silent
    base = copy.deepcopy(doc.cells)

    add(doc, target, +1)  # total larger than its parts
    (f,) = hits(doc, rule)
    assert f.cells[0] == target and "相差1" in f.message
    larger = f.message

    doc.cells = copy.deepcopy(base)
    add(doc, target, -1)  # total smaller than its parts (even below 0: still a wrong sum)
    (f,) = hits(doc, rule)
    assert f.cells[0] == target and "相差1" in f.message
    assert f.message != larger  # the message says which side is larger

    doc.cells = copy.deepcopy(base)
    add(doc, parts[-1], +1)  # a part raised, the total not: smaller again, through the other side
    (f,) = hits(doc, rule)
    assert f.cells[0] == target

    doc.cells = copy.deepcopy(base)
    add(doc, parts[0], +1)
    add(doc, target, +1)  # both sides moved together: holds again
    assert hits(doc, rule) == []


BALANCE = ("new", "carried", "results_total", "carry_next")


def _applicant_cols(fmt):
    return [c for c in get_format(fmt).table("t3").col_codes if c != "total"]


@pytest.mark.parametrize("fmt,col", [(f, c) for f in FORMATS for c in _applicant_cols(f)])
def test_gk303_balance_both_directions_per_column(fmt, col):
    """一＋二 (本年新收＋上年结转) ＝ 三（七）总计＋四 (结转下年度), each applicant column; the row
    totals are kept right, so only GK303 can see it."""
    doc = typed_totals(load(fmt))
    assert hits(doc, "GK303") == []
    base = copy.deepcopy(doc.cells)
    for row, side in (("new", "收件多1"), ("carried", "收件多1"), ("carry_next", "办结与结转多1")):
        doc.cells = copy.deepcopy(base)
        add(doc, f"t3.{row}.{col}", +1)
        add(doc, f"t3.{row}.total", +1)
        (f,) = hits(doc, "GK303")
        assert f.cells == tuple(f"t3.{r}.{col}" for r in BALANCE), row
        assert side in f.message, (row, f.message)
    # 三 raised through an outcome row (its row and column totals kept right): right side larger
    doc.cells = copy.deepcopy(base)
    for cid in (f"t3.granted.{col}", "t3.granted.total", f"t3.results_total.{col}", "t3.results_total.total"):
        add(doc, cid, +1)
    assert hits(doc, "GK301") == [] and hits(doc, "GK302") == []
    (f,) = hits(doc, "GK303")
    assert "办结与结转多1" in f.message
    # one more received and one more carried over to next year: holds again
    doc.cells = copy.deepcopy(base)
    for cid in (f"t3.new.{col}", "t3.new.total", f"t3.carry_next.{col}", "t3.carry_next.total"):
        add(doc, cid, +1)
    assert hits(doc, "GK303") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gk303_total_column_both_directions(fmt):
    """The 总计 column is checked on its own when the applicant columns cannot be (a source that
    printed only the 总计 column, like real-009's result rows): left larger and smaller both fire."""
    doc = typed_totals(load(fmt))
    for row in BALANCE:  # one applicant column unknown: rows and that column are not checked
        doc._put(f"t3.{row}.other", parse_value(""))
    assert hits(doc, "GK301") == [] and hits(doc, "GK303") == []
    base = copy.deepcopy(doc.cells)
    for cid, side in (("t3.new.total", "收件多1"), ("t3.carry_next.total", "办结与结转多1")):
        doc.cells = copy.deepcopy(base)
        add(doc, cid, +1)
        (f,) = hits(doc, "GK303")
        assert f.cells == tuple(f"t3.{r}.total" for r in BALANCE) and side in f.message


# ------------------------------------------------------------------------------ cross-year

def with_previous(doc):
    """Last year's snapshot that continues this report exactly."""
    t3 = doc.spec.table("t3")
    cells = {t3.cell_id("carry_next", c): doc.value(t3.cell_id("carried", c)).text for c in t3.col_codes}
    if doc.format_id == "2021":
        for row in ("rules", "normative"):
            v = {c: doc.number(f"t2.{row}.{c}") for c in ("issued", "repealed", "in_force")}
            cells[f"t2.{row}.in_force"] = str(v["in_force"] - v["issued"] + v["repealed"])
    else:
        for row in ("license", "other_services"):
            cells[f"t2.{row}.prev_items"] = str(doc.number(f"t2.{row}.prev_items") - 3)
            cells[f"t2.{row}.change"] = "3"
    doc.previous = {"year": doc.meta.year - 1, "format": doc.format_id, "cells": cells, "sections": {}}
    return doc


@pytest.mark.parametrize("fmt,col", [(f, c) for f in FORMATS for c in _applicant_cols(f)])
def test_gk501_carried_equals_last_years_carry_over_both_directions(fmt, col):
    doc = with_previous(load(fmt))
    assert hits(doc, "GK501") == []
    cid = f"t3.carried.{col}"
    for delta in (+1, -1):
        prev = copy.deepcopy(doc.previous)
        was = Decimal(prev["cells"][f"t3.carry_next.{col}"])
        prev["cells"][f"t3.carry_next.{col}"] = str(was - delta)  # this year's figure is larger / smaller
        doc.previous, saved = prev, doc.previous
        (f,) = hits(doc, "GK501")
        assert f.cells == (cid,)
        doc.previous = saved
    assert hits(doc, "GK501") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_gk501_total_column_both_directions(fmt):
    doc = with_previous(load(fmt))
    for delta in (+1, -1):
        prev = copy.deepcopy(doc.previous)
        prev["cells"]["t3.carry_next.total"] = str(Decimal(prev["cells"]["t3.carry_next.total"]) - delta)
        doc.previous, saved = prev, doc.previous
        (f,) = hits(doc, "GK501")
        assert f.cells == ("t3.carried.total",)
        doc.previous = saved


def _continuity_params():
    return ([("2021", f"t2.{r}.in_force") for r in ("rules", "normative")]
            + [("2019", f"t2.{r}.prev_items") for r in ("license", "other_services")])


@pytest.mark.parametrize("fmt,cid", _continuity_params())
def test_gk502_table2_continuity_both_directions(fmt, cid):
    """2021: 现行有效 = 上年现行有效 + 本年制发 − 本年废止; 2019: 上一年项目数量 = last year's
    上一年项目数量 + 本年增/减."""
    doc = with_previous(load(fmt))
    assert hits(doc, "GK502") == []
    for delta in (+1, -1):
        before = doc.value(cid)
        add(doc, cid, delta)
        (f,) = hits(doc, "GK502")
        assert cid in f.cells
        doc._put(cid, before)
    assert hits(doc, "GK502") == []


# ------------------------------------------------------------------------------ consolidation

@pytest.mark.parametrize("fmt", FORMATS)
def test_gk701_consolidation_equals_the_units_both_directions(fmt):
    from gkdesk.review import merge_reports
    a, b = load(fmt), load(fmt)
    b.meta.agency = "另一单位"
    add(b, "t3.new.natural", +2)  # units differ, so the sum is not a doubling by chance
    total = merge_reports([a, b], ["a.json", "b.json"], "测试县人民政府")
    assert hits(total, "GK701") == []
    cid = "t3.new.natural"
    want = total.number(cid)
    for delta in (+1, -1):
        total._put(cid, number(want + delta))
        (f,) = hits(total, "GK701")
        assert cid in f.cells and str(want) in f.message
    total._put(cid, number(want))
    assert hits(total, "GK701") == []


# ------------------------------------------------------------------------------ inequalities

@pytest.mark.parametrize("fmt,fixed,moving,cases", [
    # 2021: 现行有效件数 may exceed 制发 − 废止 (older documents still in force), never fall below it
    ("2021", {"issued": 5, "repealed": 2}, "in_force", ((3, False), (4, False), (2, True))),
    # 2019: 本年新公开数量 ≤ 对外公开总数量
    ("2019", {"published": 5}, "total_public", ((5, False), (6, False), (4, True))),
])
def test_gk201_boundary(fmt, fixed, moving, cases):
    """Silent on equality and on the allowed side, fires one past it, for both 表二 rows."""
    doc = load(fmt)
    first = next(iter(fixed))
    for row in ("rules", "normative"):
        for col, n in fixed.items():
            doc._put(f"t2.{row}.{col}", number(n))
        for value, fires in cases:
            doc._put(f"t2.{row}.{moving}", number(value))
            assert bool([f for f in hits(doc, "GK201") if f.cells[0] == f"t2.{row}.{first}"]) is fires, (row, value)
        doc._put(f"t2.{row}.{moving}", number(cases[0][0]))


def test_gk202_fires_only_when_the_coincidence_holds_exactly():
    """GK202 is the reverse case: 处理决定数量 = 上一年项目数量 + 本年增/减 in every filled row is the
    finding; one off in either direction is not."""
    doc = load("2019")
    rows = ("license", "other_services")
    for i, row in enumerate(rows):
        doc._put(f"t2.{row}.prev_items", number(100 + i))
        doc._put(f"t2.{row}.change", number(-7))
        doc._put(f"t2.{row}.decisions", number(93 + i))
    for row in ("penalty", "coercion"):
        for c in ("prev_items", "change", "decisions"):
            doc._put(f"t2.{row}.{c}", number(0))
    assert len(hits(doc, "GK202")) == 1
    for delta in (+1, -1):
        add(doc, "t2.license.decisions", delta)
        assert hits(doc, "GK202") == []
        add(doc, "t2.license.decisions", -delta)
    assert len(hits(doc, "GK202")) == 1
