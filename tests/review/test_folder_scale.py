"""The folder review scales to a province: it works from what each checked unit kept (no document
rebuilt, no file read again), matches names through an index, and reports its progress; the same
answers as the direct, per-document way."""

from __future__ import annotations

import io
import os
import random
import shutil
from pathlib import Path

import openpyxl
import pytest

from gkdesk.cli import main
from gkdesk.core import storage
from gkdesk.core.values import CellValue, State, number
from gkdesk.review import batch, duplicates
from gkdesk.review.batch import check_folder, check_paths
from gkdesk.review.duplicates import find_duplicates, table_digest, table_fingerprint
from gkdesk.review.folder import _matches, _NameIndex, folder_findings, review_sheets, unit_duplicates

from .factory import example_unit, make_unit


def _folder_with_every_kind_of_duplicate(tmp_path: Path) -> Path:
    d = tmp_path / "报送"
    sub = d / "乡镇"
    sub.mkdir(parents=True)
    a = d / "a.json"
    storage.save(make_unit(seed=1, agency="甲局"), a)
    storage.save(make_unit(seed=2, agency="乙局"), d / "b.json")
    os.link(a, sub / "hard.json")  # the same file twice (a hard link inside the tree)
    shutil.copyfile(a, d / "copy.json")  # a copy
    storage.save(make_unit(seed=3, agency=" 乙局\u3000"), d / "b2.json")  # same agency and year
    twin = make_unit(seed=4, agency="丙局")
    storage.save(twin, d / "c.json")
    twin.meta.agency = "丁局"
    storage.save(twin, d / "d.json")  # same tables, another agency
    storage.save(make_unit(seed=5, agency="甲局", year=2024), d / "last.json")  # last year's: not a duplicate
    zeros = make_unit(seed=6, agency="戊局")
    for cid in list(zeros.cells):
        zeros._put(cid, number(0))
    storage.save(zeros, d / "z1.json")
    zeros.meta.agency = "己局"
    storage.save(zeros, d / "z2.json")  # all zeros: never "same tables"
    return d


def test_unit_duplicates_are_find_duplicates_over_the_documents(tmp_path):
    d = _folder_with_every_kind_of_duplicate(tmp_path)
    res = check_paths([d, d / "a.json"])  # a file named beside its folder is the same file twice
    units = res.units
    by_keys = unit_duplicates(units)
    by_docs = find_duplicates([u.doc for u in units], [u.path for u in units])
    assert [(g.kind, g.members, g.labels, g.reason) for g in by_keys] == \
        [(g.kind, g.members, g.labels, g.reason) for g in by_docs]
    assert sorted(g.kind for g in by_keys) == ["same_content", "same_file", "same_tables", "same_unit"]


def test_folder_review_rebuilds_no_document_when_nothing_is_compared(tmp_path, monkeypatch):
    d = _folder_with_every_kind_of_duplicate(tmp_path)
    (d / "last.json").unlink()  # no last year's report: nothing to compare
    res = check_folder(d)

    def refuse(*_args):
        raise AssertionError("the folder review rebuilt a document or read a file again")

    for module, name in ((batch, "_unpack"), (duplicates, "content_hash"), (duplicates, "file_identity")):
        monkeypatch.setattr(module, name, refuse)
    found = folder_findings(res, ["甲局", "乙局", "庚局"])
    sheets = review_sheets(res, found)
    assert {f.kind for f in found} == {"duplicate", "missing", "not_on_roster"}
    assert sheets[1][2] == []  # 同比: nothing to compare


def test_last_years_report_still_compared(tmp_path):
    d = tmp_path / "报送"
    d.mkdir()
    example_unit(d / "this.json", "示例市民政局", 2025, {"t3.carried.natural": "9"})
    example_unit(d / "last.json", "示例市民政局", 2024)
    res = check_folder(d)
    calls = []
    found = folder_findings(res, progress=lambda done, total, path: calls.append((done, total)))
    assert [f.kind for f in found] == ["previous_year"]
    assert calls[0] == (0, 1) and calls[-1] == (1, 1)
    rows = review_sheets(res, found)[1][2]
    assert any(r[8] == "结转不衔接" for r in rows)


def test_table_digest_is_equal_exactly_when_the_fingerprints_are():
    rng = random.Random(14)
    docs = []
    for i in range(60):
        doc = make_unit("2021" if i % 3 else "2019", seed=i % 7, agency=f"单位{i}", scale=5)
        for _ in range(rng.randint(0, 2)):
            cid = rng.choice(sorted(doc.cells))
            doc._put(cid, number(rng.randint(0, 3)))
        docs.append(doc)
    # two documents whose cells joined with NUL would be the same text
    a, b = make_unit(seed=1), make_unit(seed=1)
    cids = [c for c in a.spec.cells if c in a.cells]
    a.cells[cids[0]] = CellValue(State.TEXT, f"x\0{cids[1]}\0y")
    del a.cells[cids[1]]
    b.cells[cids[0]] = CellValue(State.TEXT, "x")
    b.cells[cids[1]] = CellValue(State.TEXT, "y")
    docs += [a, b]
    for x in docs:
        for y in docs:
            assert (table_digest(x) == table_digest(y)) == (table_fingerprint(x) == table_fingerprint(y))
    assert table_digest(a) != table_digest(b)


def test_name_index_matches_like_the_pairwise_rule():
    rng = random.Random(16)
    alphabet = "甲乙市县局 　Ａ"
    names = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 5))) for _ in range(300)]
    index = _NameIndex(names[:150])
    for q in names:
        assert index.matches(q) == any(_matches(q, n) for n in names[:150]), q
    assert not _NameIndex([]).matches("甲局") and not _NameIndex(["甲局"]).matches("")


def test_cli_progress_stays_live_through_the_folder_review_and_the_summary(tmp_path, capsys):
    d = tmp_path / "报送"
    d.mkdir()
    example_unit(d / "this.json", "示例市民政局", 2025)
    example_unit(d / "last.json", "示例市民政局", 2024)
    out = tmp_path / "汇总.xlsx"
    assert main(["check", str(d), "--summary", str(out), "--progress"]) == 0
    err = capsys.readouterr().err
    for label in ("检查中 [", "核对重复与上年报告 [", "同比比较 [", "写入汇总表 ["):
        assert label in err
    assert main(["check", str(d), "--summary", str(tmp_path / "b.xlsx")]) == 0
    assert "[" not in capsys.readouterr().err  # not a terminal, no --progress: no bar


def test_summary_shows_the_reviewers_decisions_cell_by_cell(tmp_path):
    from gkdesk.checks import run_checks
    from gkdesk.review.decisions import DecisionStore
    from gkdesk.review.summary import FINDING_HEADERS

    d = tmp_path / "报送"
    d.mkdir()
    example_unit(d / "a.json", "甲局", cells={"t3.new.natural": "40"})  # GK303 and friends
    example_unit(d / "b.json", "乙局", cells={"t3.new.natural": "41"})
    example_unit(d / "c.json", "丙局")
    store = DecisionStore.load(d)
    fa = run_checks(storage.load(d / "a.json"))
    fb = run_checks(storage.load(d / "b.json"))
    assert len(fa) >= 2 and fb
    store.decide(d / "a.json", storage.load(d / "a.json"), fa[0], "confirmed", "请单位改正表三")
    store.decide(d / "a.json", storage.load(d / "a.json"), fa[1], "ignored")
    store.decide(d / "b.json", storage.load(d / "b.json"), fb[0], "ignored", "=HYPERLINK(\"http://x\")")
    store.save()
    example_unit(d / "b.json", "乙局", cells={"t3.new.natural": "42"})  # b changed since: its decision lapses
    out = tmp_path / "汇总.xlsx"
    main(["check", str(d), "--summary", str(out)])
    ws = openpyxl.load_workbook(out)["问题清单"]
    assert [c.value for c in ws[1]] == list(FINDING_HEADERS) and FINDING_HEADERS[-1] == "审核意见"
    col = FINDING_HEADERS.index("审核意见") + 1
    rows = {}
    for r in range(2, ws.max_row + 1):
        rows.setdefault(ws.cell(r, 1).value, []).append((ws.cell(r, 3).value, ws.cell(r, col).value))
    got_a = rows["a.json"]
    assert got_a[0] == (fa[0].check_id, "确认问题：请单位改正表三")
    assert got_a[1] == (fa[1].check_id, "忽略")
    assert all(v is None for _id, v in got_a[2:])
    assert all(v is None for _id, v in rows["b.json"])  # the inputs changed: undecided again
    assert "c.json" not in rows
    # a formula-like comment stays text (a reviewer's comment is never a formula)
    store = DecisionStore.load(d)
    doc_b = storage.load(d / "b.json")
    store.decide(d / "b.json", doc_b, run_checks(doc_b)[0], "ignored", "=1+2")
    store.save()
    out2 = tmp_path / "汇总2.xlsx"
    main(["check", str(d), "--summary", str(out2)])
    ws = openpyxl.load_workbook(out2)["问题清单"]
    cell = next(ws.cell(r, col) for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "b.json")
    assert cell.value == "忽略：=1+2" and cell.data_type == "s"


def test_text_progress_forced_on_a_pipe():
    from gkdesk.review.progress import TextProgress

    stream = io.StringIO()
    TextProgress(stream)(1, 2, "a.json")
    assert stream.getvalue() == ""
    TextProgress(stream, enabled=True)(1, 2, "a.json")
    assert "1/2 a.json" in stream.getvalue()


@pytest.mark.parametrize("n", [1200])
def test_review_window_lists_a_large_folder_without_losing_references(qtbot, tmp_path, n):
    """PySide6 6.12 drops a reference to None in each QTableWidget.setItem/setData: listing a few
    thousand units once aborted the interpreter ("none_dealloc")."""
    import copy
    import gc
    import sys

    pytest.importorskip("PySide6")
    from gkdesk.gui.review import ReviewWindow
    from gkdesk.review.batch import BatchResult, check_document

    one = check_document(str(tmp_path / "u.json"), make_unit(seed=1))
    units = []
    for i in range(n):
        u = copy.copy(one)
        u.path = str(tmp_path / f"u{i:05d}.json")
        u.agency = f"第{i}单位"
        u.identity = u.content = u.tables = None
        units.append(u)
    w = ReviewWindow(None)
    qtbot.addWidget(w)
    # the cycle collector stays off while counting: a collection freeing garbage left by earlier
    # tests would drop None's count by itself (seen once under load)
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        w.set_result(BatchResult(folder=str(tmp_path), units=units))
        for r in range(0, n, 97):
            w.table.selectRow(r)
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert w.table.rowCount() == n
    assert after > before - 1000  # without the give-back: about 20 fewer per unit


def test_every_field_of_a_document_survives_its_unit_packing():
    from gkdesk.review.batch import check_document

    doc = make_unit(seed=2)
    doc.foreign_rows = [{"table": "t3", "label": "（六）其他处理", "cells": {}}]
    doc.previous = {"year": 2024, "cells": {"t3.new.natural": "3"}}
    unit = check_document("a.json", doc)
    assert unit._doc is None
    back = unit.doc
    assert {k: v for k, v in vars(back).items() if k != "spec"} == {k: v for k, v in vars(doc).items() if k != "spec"}
    assert unit.snapshot and unit.snapshot_cells


def test_a_sheet_longer_than_a_worksheet_ends_with_a_note(tmp_path, monkeypatch):
    from gkdesk.review import summary
    from gkdesk.review.batch import BatchResult, check_document

    monkeypatch.setattr(summary, "MAX_SHEET_ROWS", 6)
    doc = make_unit(seed=3)
    result = BatchResult(folder=str(tmp_path), units=[check_document(str(tmp_path / f"u{i}.json"), doc)
                                                      for i in range(9)])
    out = tmp_path / "s.xlsx"
    summary.write_summary_xlsx(result, out)
    ws = openpyxl.load_workbook(out)["汇总"]
    assert ws.max_row == 6 and ws.auto_filter.ref == "A1:P6"
    assert [ws.cell(r, 1).value for r in range(2, 6)] == [f"u{i}.json" for i in range(4)]
    assert ws.cell(6, 1).value == "……另有 5 行超出工作表的行数上限（6 行），未列出"
    assert all(ws.cell(6, c).value is None for c in range(2, 17))


def test_year_over_year_sheet_of_a_large_folder_keeps_the_flagged_changes(tmp_path, monkeypatch):
    from gkdesk.review import folder as folder_mod

    d = tmp_path / "报送"
    d.mkdir()
    for i in range(3):  # this year: carry-over break (flagged), a ×10 swing (flagged), one small change
        example_unit(d / f"this{i}.json", f"第{i}局", 2025,
                     {"t3.carried.natural": "9", "t3.new.legal": "900", "t4.review.upheld": "2"})
        example_unit(d / f"last{i}.json", f"第{i}局", 2024)
    res = check_folder(d)
    full = review_sheets(res, folder_findings(res))[1][2]
    assert any(not r[8] for r in full) and any(r[8] for r in full)
    monkeypatch.setattr(folder_mod, "MAX_COMPARE_ROWS", len(full) // 3)  # passed within the second unit
    rows = review_sheets(res, folder_findings(res))[1][2]
    listed, note = rows[:-1], rows[-1]
    flagged = [r for r in full if r[8]]
    assert listed == flagged  # every flagged change is still listed, in order
    assert note[0].startswith(f"……单位较多，另有 {len(full) - len(flagged)} 个没有标记的数字变化未列出")
    assert note[1:] == (None,) * 9


def test_review_window_lists_the_counts_after_the_check_against_last_year(qtbot, tmp_path):
    pytest.importorskip("PySide6")
    from gkdesk.gui.review import ReviewWindow

    d = tmp_path / "报送"
    d.mkdir()
    example_unit(d / "this.json", "示例市民政局", 2025, {"t3.carried.natural": "9"})  # breaks last year's carry-over
    example_unit(d / "last.json", "示例市民政局", 2024)
    w = ReviewWindow(None)
    qtbot.addWidget(w)
    assert w.open_folder(str(d))
    row = next(r for r in range(w.table.rowCount()) if w.table.item(r, 1).text() == "this.json")
    unit = w.entry_at(row)
    assert any(f.check_id.startswith("GK50") for f in unit.findings)  # found through last year's file
    assert (w.table.item(row, 5).text(), w.table.item(row, 6).text()) == (
        str(unit.counts["error"]), str(unit.counts["warning"]))
    assert w.table.item(row, 0).text() != "通过"
