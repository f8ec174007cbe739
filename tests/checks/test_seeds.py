"""The five hand-typed seed reports (tests/data/seeds) through the checks.

The expectations are what a careful human reader finds in the published reports (see the
docstring of tests/data/seeds/make_seed_fixtures.py): missing sections, cells printed empty, and
NO arithmetic errors where the tables add up.
"""

from __future__ import annotations

import importlib.util
from decimal import Decimal
from pathlib import Path

import pytest

from gkdesk.checks import run_checks
from gkdesk.checks.finding import Severity
from gkdesk.core import storage
from gkdesk.core.spec import get_format

SEEDS_DIR = Path(__file__).resolve().parents[1] / "data" / "seeds"
SHARED_SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
KEYS = ("000", "001", "002", "003", "004")
FOUNDATION = ("GK0", "GK1", "GK2", "GK3", "GK4")
ARITHMETIC = ("GK2", "GK3", "GK4")

SPEC = get_format("2019")
T3 = SPEC.table("t3")
APPLICANT_COLS = [c for c in T3.col_codes if c != "total"]


def _t3_blank_rows() -> set:
    """Seed 002: every 表三 row has its six applicant cells blank (one GK101 finding per row)."""
    return {("GK101", tuple(T3.cell_id(r, c) for c in APPLICANT_COLS)) for r in T3.row_codes}


EXPECTED_ERRORS = {
    "000": {("GK010", "s6")},
    "001": {("GK010", "s6")},
    "002": {("GK010", "s5"), ("GK010", "s6")} | _t3_blank_rows(),
    "003": {("GK101", ("t4.review.upheld", "t4.review.corrected", "t4.review.other", "t4.review.pending",
                       "t4.review.total"))},
    "004": set(),
}


def _load(key: str):
    return storage.load(SEEDS_DIR / f"seed_{key}.json")


def _ident(f):
    return (f.check_id, tuple(f.cells) if f.cells else f.section)


def _script():
    spec = importlib.util.spec_from_file_location("make_seed_fixtures", SEEDS_DIR / "make_seed_fixtures.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("key", KEYS)
def test_fixture_is_a_2020_report_in_the_2019_format(key):
    doc = _load(key)
    assert doc.format_id == "2019"
    assert doc.meta.year == 2020
    assert doc.meta.agency
    assert len(doc.cells) <= len(SPEC.cells)


@pytest.mark.parametrize("key", KEYS)
def test_foundation_errors_are_exactly_what_a_reader_finds(key):
    findings = run_checks(_load(key), FOUNDATION)
    # blank cells (GK101) are warnings since issue #16, but they are what a reader finds too
    errors = {_ident(f) for f in findings if f.severity is Severity.ERROR or f.check_id == "GK101"}
    assert errors == EXPECTED_ERRORS[key]


@pytest.mark.parametrize("key", KEYS)
def test_foundation_raises_no_warnings_on_the_seeds(key):
    # nothing in the seeds is a "—" marker, an implausible 表二 relation or a missing agency
    findings = run_checks(_load(key), FOUNDATION)
    assert [f for f in findings if f.severity is Severity.WARNING and f.check_id != "GK101"] == []


@pytest.mark.parametrize("key", KEYS)
def test_all_checks_run_cleanly_and_find_no_false_arithmetic_error(key):
    findings = run_checks(_load(key))
    assert not [f for f in findings if f.check_id == "GK900"], "a check crashed on real data"
    assert not [f for f in findings if f.check_id.startswith(ARITHMETIC) and f.severity is Severity.ERROR]
    errors = {_ident(f) for f in findings if f.severity is Severity.ERROR or f.check_id == "GK101"}
    assert EXPECTED_ERRORS[key] <= errors


def test_seed_003_blank_review_cells_are_blank_not_zero():
    doc = _load("003")
    for col in ("upheld", "corrected", "other", "pending", "total"):
        assert doc.value(f"t4.review.{col}").is_blank
        assert doc.value(f"t4.direct.{col}").text == "0"
        assert doc.value(f"t4.after.{col}").text == "0"
    assert doc.value("t2.procurement.amount").number == Decimal("42.194")
    assert doc.value("t2.procurement.items").text == "9"
    assert doc.sections["s6"] == "无"


def test_seed_004_values_as_printed():
    doc = _load("004")
    assert [doc.value(f"t2.license.{c}").text for c in ("prev_items", "change", "decisions")] == ["113", "-46", "67"]
    assert doc.value("t2.license.change").number == Decimal(-46)
    assert [doc.value(f"t2.penalty.{c}").text for c in ("prev_items", "change", "decisions")] == ["0", "7", "7"]
    assert doc.value("t2.procurement.amount").text == "1603.1673"
    assert [doc.value(f"t4.direct.{c}").text for c in ("upheld", "corrected", "other", "pending", "total")] == \
        ["2", "1", "2", "0", "5"]
    # typo rows are stored under the official rows
    assert doc.value("t3.deny_law.natural").text == "0"
    assert doc.value("t3.reject_mass.total").text == "0"
    # 一、总体情况 printed twice: both parts in s1, lead part first
    assert doc.sections["s1"].startswith("根据《中华人民共和国政府信息公开条例》")
    assert "三是加强培训" in doc.sections["s1"]
    assert doc.sections["s1"].index("本报告中所列数据的统计期限") < doc.sections["s1"].index("我局信息公开工作围绕")


def test_seed_002_only_the_total_column_is_known():
    doc = _load("002")
    for row in T3.row_codes:
        assert doc.value(T3.cell_id(row, "total")).text == "0"
        for col in APPLICANT_COLS:
            assert doc.value(T3.cell_id(row, col)).is_blank
    assert [doc.value(f"t2.rules.{c}").text for c in ("made", "published", "total_public")] == ["0", "0", "2"]
    assert [doc.value(f"t2.normative.{c}").text for c in ("made", "published", "total_public")] == ["1", "1", "16"]
    assert doc.sections["s5"] == doc.sections["s6"] == ""
    assert doc.meta.date == ""


def test_seed_000_and_001_meta_and_sections():
    d0, d1 = _load("000"), _load("001")
    assert d0.value("t2.procurement.amount").text == "0"  # printed "0元"
    assert d0.meta.date == "" and d1.meta.date == "2021-01-17"
    assert d0.sections["s1"].startswith("本报告由湛江奋勇高新区社会管理与侨务局")  # lead paragraph first
    for d in (d0, d1):
        assert d.sections["s6"] == ""
        assert all(d.value(c).text == "0" for c in SPEC.cells)
    assert "2021年1月17日" not in d1.sections["s5"]  # the 落款 is meta, not prose


@pytest.mark.parametrize("key", KEYS)
def test_printed_totals_are_manual(key):
    doc = _load(key)
    derived = {c for c, s in SPEC.cells.items() if s.derived}
    assert doc.manual == derived


def test_fixture_files_match_the_typing_script(tmp_path):
    """The committed JSON files are exactly what the script writes from the typed values."""
    mod = _script()
    for path in mod.main(tmp_path):
        committed = SEEDS_DIR / path.name
        assert storage.to_dict(storage.load(path)) == storage.to_dict(storage.load(committed)), path.name


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="shared seeds not available")
def test_typed_prose_is_verbatim_in_the_source():
    """Every typed paragraph is a whole line of the seed text (catches typing mistakes)."""
    mod = _script()
    for key, seed in mod.SEEDS.items():
        lines = {line.strip() for line in (SHARED_SEEDS / seed["source"]).read_text(encoding="utf-8").splitlines()}
        for skey, paragraphs in seed["sections"].items():
            for p in paragraphs:
                assert p in lines, (key, skey, p[:30])
