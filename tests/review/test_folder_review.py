"""The reviewing office's view of a folder: roster, duplicates, last year's reports, year-over-year comparison."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from gkdesk.cli import main
from gkdesk.core import storage
from gkdesk.core.commands import EditCells, History
from gkdesk.review.batch import check_folder
from gkdesk.review.compare import compare_documents
from gkdesk.review.folder import folder_findings, load_roster, roster_from_consolidation

from .factory import example_unit

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "example-2021.json"


def unit(path: Path, agency: str, year: int = 2025, cells: dict | None = None) -> Path:
    return example_unit(path, agency, year, cells)


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "报送"
    d.mkdir()
    unit(d / "a.json", "示例市生态环境局")
    unit(d / "b.json", "示例市民政局", cells={"t3.new.natural": "30", "t3.granted.natural": "12"})
    return d


def test_roster_missing_and_unexpected_units(folder, tmp_path):
    roster = tmp_path / "名单.txt"
    roster.write_text("# 应报送单位\n示例市生态环境局\n示例市财政局\n", encoding="utf-8")
    names = load_roster(roster)
    assert names == ["示例市生态环境局", "示例市财政局"]
    res = check_folder(folder)
    got = {(f.kind, f.unit) for f in folder_findings(res, names)}
    assert got == {("missing", "示例市财政局"), ("not_on_roster", "示例市民政局")}
    assert {(f.kind, f.unit) for f in folder_findings(res, ["示例市生态环境局", "示例市民政局"])} == set()


def test_roster_from_a_csv_and_from_a_consolidation(tmp_path):
    p = tmp_path / "名单.csv"
    p.write_text("单位名称,联系人\n甲局,张三\n乙局,李四\n", encoding="utf-8-sig")
    assert load_roster(p) == ["甲局", "乙局"]
    doc = storage.load(EXAMPLE)
    doc.extra["consolidation"] = {"units": [{"agency": "甲局", "file": "a.json"}, {"agency": "乙局"}]}
    assert roster_from_consolidation(doc) == ["甲局", "乙局"]


def test_duplicate_files_of_one_unit(folder):
    shutil.copy(folder / "a.json", folder / "a-副本.json")
    res = check_folder(folder)
    dups = [f for f in folder_findings(res) if f.kind == "duplicate"]
    assert len(dups) == 1 and dups[0].severity.value == "error"
    assert {Path(p).name for p in dups[0].paths} == {"a.json", "a-副本.json"}
    assert "相同" in dups[0].message


def test_last_years_file_in_the_folder_is_used_for_the_cross_year_checks(folder):
    # last year's report of the same unit: carried 5 to next year, but this year's 上年结转 is 2
    unit(folder / "a-2024.json", "示例市生态环境局", 2024, {"t3.carry_next.natural": "5", "t3.granted.natural": "17"})
    res = check_folder(folder)
    a = next(u for u in res.units if u.name == "a.json")
    assert "GK501" not in {f.check_id for f in a.findings}
    found = folder_findings(res)
    assert any(f.kind == "previous_year" and "a-2024.json" in f.message for f in found)
    assert "GK501" in {f.check_id for f in a.findings}
    assert a.counts["warning"] >= 1


def test_compare_lists_changes_swings_and_carry_over_breaks():
    last = storage.load(EXAMPLE)
    this = storage.load(EXAMPLE)
    History(last).push(EditCells({"t3.carry_next.natural": "3", "t3.granted.natural": "19"}))
    History(this).push(EditCells({"t2.license.decisions": "200", "t3.new.natural": "39", "t3.granted.natural": "21",
                                  "t4.review.upheld": "20"}))
    changes = compare_documents(last, this)
    by = {c.cell: c for c in changes}
    assert by["t3.carried.natural"].flag == "结转不衔接" and by["t3.carried.natural"].last == "3"
    assert by["t2.license.decisions"].flag == "大幅减少"  # 1256 → 200 is below a fifth
    assert by["t4.review.upheld"].flag == "大幅增加"  # 2 → 20
    assert by["t3.new.natural"].flag == "" and by["t3.new.natural"].delta == 1
    assert "t3.partial.natural" not in by  # unchanged figures are not listed
    assert compare_documents(this, this) == []


def test_compare_never_reads_a_blank_as_zero():
    last = storage.load(EXAMPLE)
    this = storage.load(EXAMPLE)
    History(this).push(EditCells({"t2.penalty.decisions": ""}))
    (c,) = compare_documents(last, this)
    assert c.this == "" and c.delta is None and c.flag == "" and c.as_row()[3] == "空白"


def test_cli_compare_two_files_and_workbook(tmp_path, capsys):
    a = unit(tmp_path / "2024.json", "示例市生态环境局", 2024, {"t3.carry_next.natural": "5",
                                                           "t3.granted.natural": "17"})
    b = unit(tmp_path / "2025.json", "示例市生态环境局", 2025, {"t2.penalty.decisions": "900"})
    out = tmp_path / "对比.xlsx"
    assert main(["compare", str(a), str(b), "--xlsx", str(out)]) == 0
    text = capsys.readouterr().out
    assert "结转不衔接" in text and "大幅增加" in text and "87 → 900" in text
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:3] == ("机关", "表", "项目")
    assert any(r[6] == "大幅增加" and r[3] == "87" and r[4] == "900" for r in rows[1:])


def test_cli_check_folder_with_roster_and_summary_sheets(folder, tmp_path, capsys):
    unit(folder / "a-2024.json", "示例市生态环境局", 2024, {"t2.penalty.decisions": "10"})
    roster = tmp_path / "名单.txt"
    roster.write_text("示例市生态环境局\n示例市财政局\n", encoding="utf-8")
    summary = tmp_path / "汇总.xlsx"
    code = main(["check", str(folder), "--roster", str(roster), "--summary", str(summary)])
    out = capsys.readouterr().out
    assert code == 1  # a unit on the roster sent no report
    assert "未报送 错误: 名单中的“示例市财政局”没有2025年度报告" in out
    assert "不在名单中" in out and "示例市民政局" in out
    wb = openpyxl.load_workbook(summary)
    assert {"名单与重复", "同比"} <= set(wb.sheetnames)
    kinds = [r[0] for r in wb["名单与重复"].iter_rows(min_row=2, values_only=True)]
    assert "未报送" in kinds and "不在名单中" in kinds and "上年报告" in kinds
    compare = list(wb["同比"].iter_rows(min_row=2, values_only=True))
    assert any(r[0] == "a.json" and r[2] == "a-2024.json" and r[5] == "10" and r[6] == "87" and r[8] == "大幅增加"
               for r in compare)
