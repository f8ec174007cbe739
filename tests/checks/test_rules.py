"""The in-table rule set GK0xx–GK4xx on BOTH formats: when each rule fires and when it does not.

Base documents (both clean for GK0–GK4): resources/example-2021.json (2021 format, auto totals) and
the hand-typed seed 004 (2019 format, every total typed/manual). Each test changes one thing.
Cells are changed with Document._put (a raw edit, like a file saved with these values), except where
the auto-total behaviour is the point; then the undoable command is used.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from decimal import Decimal
from pathlib import Path

import pytest

from gkdesk.checks import all_checks, get_check, run_checks, summarize
from gkdesk.checks import registry
from gkdesk.checks.finding import Hit, Severity
from gkdesk.core import storage
from gkdesk.core.commands import EditCells, History, SetExplanation
from gkdesk.core.values import number, parse_value

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
BASES = {"2021": ROOT / "resources" / "example-2021.json", "2019": TESTS / "data" / "seeds" / "seed_004.json"}
FOUNDATION = ("GK0", "GK1", "GK2", "GK3", "GK4")
FORMATS = ("2019", "2021")
APPLICANTS = ("natural", "business", "research", "nonprofit", "legal", "other")
# the amount cell and a signed / a plain count cell of 表二, per format
AMOUNT = {"2019": "t2.procurement.amount", "2021": "t2.fees.amount"}
T2_COUNT = {"2019": "t2.rules.made", "2021": "t2.rules.issued"}
OTHER_ROW = {"2019": "other_handling", "2021": "other_unpaid"}  # a （六）其他处理 value row


@pytest.fixture(params=FORMATS)
def doc(request):
    return load(request.param)


def load(fmt):
    d = storage.load(BASES[fmt])
    if fmt == "2019":
        # seed 004 filled 处理决定数量 as 上一年项目数量 + 本年增/减 (GK202's case); the base breaks that
        # coincidence so that it is clean for every foundation rule
        d._put("t2.license.decisions", parse_value("60"))
    return d


def put(doc, cid, text):
    doc._put(cid, parse_value(text))


def bump(doc, cid, delta=1):
    doc._put(cid, number(doc.number(cid) + delta))


def hits(doc, check_id):
    return [f for f in run_checks(doc, (check_id,)) if f.check_id == check_id]


def foundation_ids(doc):
    return {f.check_id for f in run_checks(doc, FOUNDATION)}


# ------------------------------------------------------------------------------------ bases
def test_bases_are_clean(doc):
    assert run_checks(doc, FOUNDATION) == []


# ------------------------------------------------------------------------------------ GK0xx
def test_gk001_agency_missing(doc):
    assert hits(doc, "GK001") == []
    doc.meta.agency = "  "
    (f,) = hits(doc, "GK001")
    assert f.severity is Severity.WARNING and f.section == "meta" and "机关名称" in f.message


def test_gk002_year(doc):
    assert hits(doc, "GK002") == []
    doc.meta.year = None
    (f,) = hits(doc, "GK002")
    assert f.severity is Severity.ERROR and f.section == "meta" and "未填写报告年度" in f.message
    this_year = datetime.date.today().year
    for bad in (2007, 1920, this_year + 1, 20200):
        doc.meta.year = bad
        assert len(hits(doc, "GK002")) == 1, bad
    for good in (2008, this_year):
        doc.meta.year = good
        assert hits(doc, "GK002") == [], good


@pytest.mark.parametrize("fmt,right,wrong", [("2019", (2019, 2020), (2021, 2025)), ("2021", (2021, 2025), (2019, 2020))])
def test_gk003_format_must_match_year(fmt, right, wrong):
    doc = load(fmt)
    for y in right:
        doc.meta.year = y
        assert hits(doc, "GK003") == [], y
    for y in wrong:
        doc.meta.year = y
        (f,) = hits(doc, "GK003")
        assert f.severity is Severity.ERROR and f.section == "meta" and str(y) in f.message
    doc.meta.year = None  # no year: GK002's business, not GK003's
    assert hits(doc, "GK003") == []


def test_gk010_required_prose(doc):
    assert hits(doc, "GK010") == []
    doc.sections["s1"] = ""
    doc.sections["s5"] = " \n\u3000 "
    doc.sections["s2"] = ""  # 二 is a table section: prose optional
    found = hits(doc, "GK010")
    assert [f.section for f in found] == ["s1", "s5"]
    assert all(f.severity is Severity.ERROR for f in found)
    doc.sections["s6"] = "无"  # "无" is content
    assert [f.section for f in hits(doc, "GK010")] == ["s1", "s5"]
    doc.sections["s6"] = ""
    assert [f.section for f in hits(doc, "GK010")] == ["s1", "s5", "s6"]


# ------------------------------------------------------------------------------------ GK1xx
def test_gk101_blank_part_cell(doc):
    fmt = doc.format_id
    doc._put(T2_COUNT[fmt], parse_value(""))
    doc._put("t4.after.other", parse_value(None))
    found = hits(doc, "GK101")
    assert {f.cells for f in found} == {(T2_COUNT[fmt],), ("t4.after.other",)}
    assert all("空白" in f.message for f in found)
    # a warning (no national rule requires 0; see the rule's docstring), and not explainable: fill 0
    assert all(f.severity is Severity.WARNING for f in found)
    assert not get_check("GK101").explainable


def test_gk101_zero_is_not_blank(doc):
    put(doc, T2_COUNT[doc.format_id], "0")
    assert hits(doc, "GK101") == []


def test_gk101_one_finding_per_row_with_every_blank_cell(doc):
    ids = tuple(f"t3.carry_next.{c}" for c in APPLICANTS[:3])
    for cid in ids:
        doc._put(cid, parse_value(""))
    (f,) = hits(doc, "GK101")
    assert f.cells == ids and "3个单元格空白" in f.message


def test_gk101_blank_manual_total_is_reported():
    doc = load("2019")  # seed 004: every total typed (manual)
    assert "t4.review.total" in doc.manual
    doc._put("t4.review.total", parse_value(""))
    (f,) = hits(doc, "GK101")
    assert f.cells == ("t4.review.total",)


def test_gk101_auto_total_of_blank_parts_is_not_reported_the_parts_are():
    doc = load("2021")  # auto totals
    parts = [f"t3.carried.{c}" for c in APPLICANTS]
    History(doc).push(EditCells({c: "" for c in parts}))
    assert doc.value("t3.carried.total").is_blank  # recomputed: all parts blank
    (f,) = hits(doc, "GK101")
    assert f.cells == tuple(parts)


def test_gk102_text_in_number_cell(doc):
    put(doc, "t3.new.natural", "约10")
    put(doc, "t4.review.upheld", "12件")
    found = hits(doc, "GK102")
    assert {f.cells for f in found} == {("t3.new.natural",), ("t4.review.upheld",)}
    assert all(f.severity is Severity.ERROR for f in found)
    assert any("约10" in f.message for f in found)
    put(doc, "t3.new.natural", "１２")  # full-width digits are a number
    put(doc, "t4.review.upheld", " 12 ")
    assert hits(doc, "GK102") == []


@pytest.mark.parametrize("marker", ["—", "-", "/", "无", "不适用"])
def test_gk103_na_marker_is_a_warning(doc, marker):
    put(doc, "t4.direct.other", marker)
    (f,) = hits(doc, "GK103")
    assert f.cells == ("t4.direct.other",) and f.severity is Severity.WARNING
    assert hits(doc, "GK102") == [] and hits(doc, "GK101") == []


def test_gk104_negative_counts_and_amounts(doc):
    fmt = doc.format_id
    put(doc, "t3.granted.natural", "-1")
    put(doc, AMOUNT[fmt], "-0.5")
    found = hits(doc, "GK104")
    assert {f.cells for f in found} == {("t3.granted.natural",), (AMOUNT[fmt],)}
    assert all(f.severity is Severity.ERROR for f in found)


def test_gk104_signed_change_may_be_negative():
    doc = load("2019")
    assert doc.value("t2.license.change").text == "-46"
    put(doc, "t2.fees.change", "-3")
    assert hits(doc, "GK104") == []
    put(doc, "t2.fees.prev_items", "-3")  # 上一年项目数量 is a count
    assert [f.cells for f in hits(doc, "GK104")] == [("t2.fees.prev_items",)]


def test_gk105_whole_numbers(doc):
    fmt = doc.format_id
    put(doc, "t4.review.pending", "1.5")
    put(doc, AMOUNT[fmt], "1.5")  # amounts may have decimals
    (f,) = hits(doc, "GK105")
    assert f.cells == ("t4.review.pending",)
    put(doc, "t4.review.pending", "2.0")  # 2.0 is the whole number 2
    assert hits(doc, "GK105") == []


def test_gk105_signed_change_must_be_whole():
    doc = load("2019")
    put(doc, "t2.license.change", "-4.6")
    assert [f.cells for f in hits(doc, "GK105")] == [("t2.license.change",)]


def test_gk106_amount_decimals(doc):
    cid = AMOUNT[doc.format_id]
    put(doc, cid, "1.2345")
    assert hits(doc, "GK106") == []
    put(doc, cid, "0.012345")  # 123.45元 converted to 万元: to the 分, not an error
    assert hits(doc, "GK106") == []
    put(doc, cid, "1.2345678")
    (f,) = hits(doc, "GK106")
    assert f.cells == (cid,) and f.severity is Severity.ERROR and "万元" in f.message
    put(doc, cid, "1.23450")  # trailing zero is not a decimal that matters
    assert hits(doc, "GK106") == []


def test_gk106_ignores_counts(doc):
    put(doc, "t3.new.natural", "1.23456")
    assert hits(doc, "GK106") == []
    assert hits(doc, "GK105")


# ------------------------------------------------------------------------------------ GK2xx
def test_gk201_2019_published_more_than_total():
    doc = load("2019")
    put(doc, "t2.normative.published", "5")
    put(doc, "t2.normative.total_public", "5")
    assert hits(doc, "GK201") == []
    put(doc, "t2.normative.total_public", "3")
    (f,) = hits(doc, "GK201")
    assert f.cells == ("t2.normative.published", "t2.normative.total_public")
    assert f.severity is Severity.WARNING
    put(doc, "t2.normative.total_public", "")  # blank: not guessed (GK101 reports it)
    assert hits(doc, "GK201") == []


def test_gk201_2021_in_force_below_issued_minus_repealed():
    doc = load("2021")  # 行政规范性文件: issued 3, repealed 1, in force 27
    assert hits(doc, "GK201") == []
    put(doc, "t2.normative.in_force", "2")  # = 3 − 1: possible
    assert hits(doc, "GK201") == []
    put(doc, "t2.normative.in_force", "1")
    (f,) = hits(doc, "GK201")
    assert f.cells == ("t2.normative.issued", "t2.normative.repealed", "t2.normative.in_force")


# ------------------------------------------------------------------------------------ GK3xx
def test_gk301_row_total(doc):
    bump(doc, "t3.new.total")
    (f,) = hits(doc, "GK301")
    assert f.cells == ("t3.new.total", *(f"t3.new.{c}" for c in APPLICANTS))
    assert f.severity is Severity.ERROR and "一、本年新收政府信息公开申请数量" in f.message
    bump(doc, "t3.new.legal")  # the parts now add up again
    assert hits(doc, "GK301") == []


def test_gk301_does_not_guess_blank_parts(doc):
    doc._put("t3.new.research", parse_value(""))
    bump(doc, "t3.new.total", 5)
    assert hits(doc, "GK301") == []  # GK101 reports the blank; the sum is not read with 0
    assert hits(doc, "GK101")


def test_gk302_outcome_added_without_updating_results_total(doc):
    row = OTHER_ROW[doc.format_id]
    bump(doc, f"t3.{row}.natural")
    bump(doc, f"t3.{row}.total")  # the row itself adds up
    found = hits(doc, "GK302")
    assert [f.cells[0] for f in found] == ["t3.results_total.natural", "t3.results_total.total"]
    assert f"t3.{row}.natural" in found[0].cells
    assert hits(doc, "GK301") == [] and hits(doc, "GK303") == []


def test_gk302_parts_follow_the_format(doc):
    (s,) = [s for s in doc.spec.table("t3").sums if s.target == "t3.results_total.natural"]
    rows = [doc.spec.cells[p].row for p in s.parts]
    if doc.format_id == "2019":
        assert len(rows) == 19 and "other_handling" in rows and "other_misc" not in rows
    else:
        assert len(rows) == 21 and "other_handling" not in rows and rows[-3:] == ["other_overdue", "other_unpaid", "other_misc"]


def test_gk303_balance_per_column(doc):
    bump(doc, "t3.new.business")
    bump(doc, "t3.new.total")  # row total still right
    found = hits(doc, "GK303")
    # the 总计 column fails too, but only because it sums the applicant columns: reported once
    assert [f.cells for f in found] == [
        tuple(f"t3.{r}.business" for r in ("new", "carried", "results_total", "carry_next")),
    ]
    assert "本年新收" in found[0].message and found[0].severity is Severity.ERROR
    assert "相差1（收件多1）" in found[0].message
    # carrying the extra application over to next year restores the balance
    bump(doc, "t3.carry_next.business")
    bump(doc, "t3.carry_next.total")
    assert hits(doc, "GK303") == []


def test_gk303_wrong_row_total_is_reported_once(doc):
    bump(doc, "t3.carried.total")
    assert len(hits(doc, "GK301")) == 1
    assert hits(doc, "GK303") == []  # the 总计 column is skipped while its row totals are wrong


# ------------------------------------------------------------------------------------ GK4xx
@pytest.mark.parametrize("group", ["review", "direct", "after"])
def test_gk401_table4_totals(doc, group):
    bump(doc, f"t4.{group}.total", 2)
    (f,) = hits(doc, "GK401")
    assert f.cells == tuple(f"t4.{group}.{c}" for c in ("total", "upheld", "corrected", "other", "pending"))
    label = {"review": "行政复议", "direct": "未经复议直接起诉", "after": "复议后起诉"}[group]
    assert label in f.message
    bump(doc, f"t4.{group}.pending", 2)
    assert hits(doc, "GK401") == []


def test_gk401_blank_parts_not_guessed(doc):
    for c in ("upheld", "corrected", "other", "pending"):
        doc._put(f"t4.review.{c}", parse_value(""))
    assert hits(doc, "GK401") == []


def test_one_wrong_number_gives_only_the_expected_findings(doc):
    """Raising one applicant cell alone: its row total and its column's （七）总计 no longer hold;
    the balance of 表三 (GK303) is untouched because （七）总计 itself did not change."""
    bump(doc, "t3.partial.natural")
    found = run_checks(doc, FOUNDATION)
    assert [(f.check_id, f.cells[0]) for f in found] == [
        ("GK301", "t3.partial.total"), ("GK302", "t3.results_total.natural")]


# ------------------------------------------------------------------------------------ engine
def test_crashing_check_becomes_gk900_and_the_run_continues(monkeypatch, doc):
    def boom(_doc):
        raise ZeroDivisionError("division by zero")
        yield  # pragma: no cover

    chk = get_check("GK301")
    monkeypatch.setitem(registry._REGISTRY, "GK301", dataclasses.replace(chk, fn=boom))
    doc.sections["s6"] = ""
    bump(doc, "t4.review.total")
    found = run_checks(doc)
    crash = [f for f in found if f.check_id == "GK900"]
    assert len(crash) == 1
    assert crash[0].severity is Severity.WARNING and "GK301" in crash[0].message and "ZeroDivisionError" in crash[0].message
    ids = {f.check_id for f in found}
    assert {"GK010", "GK401"} <= ids  # checks before and after the broken one still ran
    assert "GK301" not in ids


def test_crash_midway_keeps_nothing_half_done_and_other_rules_run(monkeypatch, doc):
    def half(_doc):
        yield Hit("第一条", cells=("t3.new.natural",))
        raise RuntimeError("late failure")

    chk = get_check("GK102")
    monkeypatch.setitem(registry._REGISTRY, "GK102", dataclasses.replace(chk, fn=half))
    found = run_checks(doc, ("GK1",))
    assert [f.check_id for f in found].count("GK900") == 1
    assert "RuntimeError" in next(f for f in found if f.check_id == "GK900").message


def test_select_and_order(doc):
    bump(doc, "t4.direct.total")
    doc.sections["s5"] = ""
    doc.meta.agency = ""
    found = run_checks(doc)
    errors = [f for f in found if f.severity is Severity.ERROR]
    assert found[: len(errors)] == errors  # errors first
    assert [f.check_id for f in run_checks(doc, ("GK4",))] == ["GK401"]
    assert {f.check_id for f in run_checks(doc, ("GK0",))} == {"GK001", "GK010"}


def test_explanation_silences_a_warning_until_its_cells_change():
    doc = load("2019")
    put(doc, "t2.normative.published", "5")
    put(doc, "t2.normative.total_public", "3")
    (f,) = hits(doc, "GK201")
    History(doc).push(SetExplanation(f.check_id, f.key, f.cells, "新公开数量含转载文件"))
    (f2,) = hits(doc, "GK201")
    assert f2.explained == "新公开数量含转载文件"
    assert summarize(run_checks(doc, ("GK2",))) == {"error": 0, "warning": 0, "hint": 0, "explained": 1}
    put(doc, "t2.normative.total_public", "2")
    (f3,) = hits(doc, "GK201")
    assert f3.explained == ""


# ------------------------------------------------------------------------------------ catalogue
def test_catalogue_ids_unique_and_well_formed():
    checks = all_checks()
    ids = [c.id for c in checks]
    assert len(ids) == len(set(ids))
    for c in checks:
        assert re.fullmatch(r"GK\d{3}", c.id), c.id
        assert isinstance(c.severity, Severity), c.id
        assert c.title.strip(), c.id
        assert c.reads and all(isinstance(r, str) and r for r in c.reads), c.id
        assert c.doc, f"{c.id} has no docstring"
        assert callable(c.fn)
        if c.severity is Severity.ERROR:
            assert not c.explainable, c.id  # errors must be fixed, not explained away


def test_registering_a_duplicate_id_is_refused():
    with pytest.raises(ValueError):
        registry.check("GK301", Severity.ERROR, "dup", reads=("t3",))(lambda doc: [])


def test_every_foundation_check_has_a_test_here():
    src = Path(__file__).read_text(encoding="utf-8")
    missing = [c.id for c in all_checks() if c.id.startswith(FOUNDATION) and f'"{c.id}"' not in src]
    assert missing == []


def test_every_check_id_appears_in_a_test_file():
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in TESTS.rglob("test_*.py")]
    missing = [c.id for c in all_checks() if not any(c.id in t for t in texts)]
    assert missing == [], f"checks without any test mentioning them: {missing}"


def test_gk900_is_not_a_registered_id():
    assert "GK900" not in {c.id for c in all_checks()}


def test_decimal_values_in_bases():
    assert load("2019").number("t2.procurement.amount") == Decimal("1603.1673")
    assert load("2021").number("t2.fees.amount") == Decimal("12.3456")


# ------------------------------------------------------------------------------------ GK202
def test_gk202_decisions_misread_as_item_count():
    seed = storage.load(BASES["2019"])  # seed 004 as published: 113 − 46 = 67, 0 + 7 = 7
    (f,) = hits(seed, "GK202")
    assert f.severity is Severity.HINT
    assert set(f.cells) == {f"t2.{r}.{c}" for r in ("license", "penalty") for c in ("prev_items", "change", "decisions")}
    assert "行政许可、行政处罚" in f.message
    assert hits(load("2019"), "GK202") == []  # one row that does not follow the pattern: quiet
    only_one = storage.load(BASES["2019"])
    put(only_one, "t2.penalty.change", "0")
    put(only_one, "t2.penalty.decisions", "0")  # a single matching row could be chance
    assert hits(only_one, "GK202") == []
    assert hits(load("2021"), "GK202") == []  # 2021 format has no such columns


def test_gk003_years_before_2019_are_not_supported():
    d = load("2019")
    d.meta.year = 2018
    (f,) = hits(d, "GK003")
    assert "2019年以前" in f.message and f.severity is Severity.ERROR


def test_gk101_names_the_t4_group():
    d = load("2021")
    for c in ("upheld", "corrected", "other", "pending"):
        d._put(f"t4.review.{c}", parse_value(""))
    d.manual.add("t4.review.total")
    d._put("t4.review.total", parse_value(""))
    (f,) = hits(d, "GK101")
    assert "表四“行政复议”有5个单元格空白" in f.message


@pytest.mark.parametrize("written,iso", [
    ("2026-01-20", "2026-01-20"), ("2026年1月20日", "2026-01-20"), ("2026年01月20日", "2026-01-20"),
    ("二〇二六年一月二十日", "2026-01-20"), ("二〇二六年十二月三十一日", "2026-12-31"), ("2026.1.20", "2026-01-20"),
    ("2026-1-20", "2026-01-20"), ("2026/1/20", "2026-01-20"), ("２０２６年１月２０日", "2026-01-20"),
    (" 2026 年 1 月 20 日 ", "2026-01-20"),
])
def test_gk020_accepts_the_dates_clerks_write(doc, written, iso):
    from gkdesk.core.commands import EditMeta, History
    from gkdesk.core.dates import chinese, parse_date

    assert parse_date(written).isoformat() == iso
    doc.meta.date = written
    assert hits(doc, "GK020") == []
    History(doc).push(EditMeta("date", written))
    assert doc.meta.date == iso  # stored ISO
    assert chinese(doc.meta.date) == f"{int(iso[:4])}年{int(iso[5:7])}月{int(iso[8:])}日"


@pytest.mark.parametrize("bad", ["2026年13月1日", "2026-02-30", "明年一月", "2026年1月", "二〇二六年一月三十二日", "20260120x"])
def test_gk020_fires_on_what_is_not_a_date(doc, bad):
    from gkdesk.core.commands import EditMeta, History

    History(doc).push(EditMeta("date", bad))
    assert doc.meta.date == bad.strip()  # kept as typed, never guessed
    (f,) = hits(doc, "GK020")
    assert f.section == "meta" and "无法识别" in f.message
    doc.meta.date = ""
    assert hits(doc, "GK020") == []  # not filled: nothing to read


def test_gk021_date_between_year_end_and_deadline(doc):
    year = doc.meta.year
    for ok in (f"{year + 1}-01-01", f"{year + 1}-01-31", f"{year + 1}年1月31日", ""):
        doc.meta.date = ok
        assert hits(doc, "GK021") == [], ok
    doc.meta.date = f"{year}-12-31"
    (f,) = hits(doc, "GK021")
    assert "早于" in f.message
    doc.meta.date = f"{year + 1}-02-01"
    (f,) = hits(doc, "GK021")
    assert f"晚于{year + 1}年1月31日" in f.message and "第四十九条第一款" in f.message
    assert f.severity is Severity.WARNING
    doc.meta.year = None
    assert hits(doc, "GK021") == []


@pytest.mark.parametrize("agency,government", [
    ("淮安市人民政府", True), ("淮安市洪泽区人民政府", True), ("某某县人民政府", True), ("某某省人民政府", True),
    ("盐边县新九镇人民政府", False), ("某某乡人民政府", False), ("淮安市人民政府办公室", False),
    ("示例市生态环境局", False), ("某某街道办事处", False),
])
def test_gk021_government_report_deadline_is_31_march(doc, agency, government):
    year = doc.meta.year
    doc.meta.agency = agency
    doc.meta.date = f"{year + 1}-03-20"
    got = hits(doc, "GK021")
    if government:
        assert got == []
        doc.meta.date = f"{year + 1}-04-01"
        (f,) = hits(doc, "GK021")
        assert f"晚于{year + 1}年3月31日" in f.message and "本级人民政府" in f.message and "第二款" in f.message
    else:
        (f,) = got
        assert f"晚于{year + 1}年1月31日" in f.message


def test_gk021_consolidated_report_uses_31_march(doc):
    doc.meta.agency = "示例市政务公开办"
    doc.extra["consolidation"] = {"units": []}
    doc.meta.date = f"{doc.meta.year + 1}-03-31"
    assert hits(doc, "GK021") == []


@pytest.mark.parametrize("year", [0, -5, 9999, 10 ** 6])
def test_gk021_impossible_year_does_not_crash(doc, year):
    doc.meta.year = year
    doc.meta.date = "2026-01-20"
    assert [f for f in run_checks(doc) if f.check_id == "GK900"] == []
    assert hits(doc, "GK021") == []  # GK002 reports the year
