"""Reviewer decisions (确认问题 / 忽略 with a comment) stored beside the reports; roster in the review window."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from gkdesk.checks import run_checks
from gkdesk.core import storage
from gkdesk.core.commands import EditCells, History
from gkdesk.review.decisions import DECISIONS_FILE, DecisionStore

from .factory import example_unit

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "example-2021.json"


def unit(path: Path, agency: str, cells: dict | None = None) -> Path:
    return example_unit(path, agency, cells=cells)


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "报送"
    d.mkdir()
    unit(d / "a.json", "甲局")
    unit(d / "b.json", "乙局", {"t3.new.natural": "40"})  # 表三 no longer balances: GK303
    return d


def test_store_keeps_a_decision_while_the_inputs_are_unchanged(folder):
    path = folder / "b.json"
    doc = storage.load(path)
    f = next(x for x in run_checks(doc) if x.check_id == "GK303")
    store = DecisionStore.load(folder)
    store.decide(path, doc, f, "confirmed", "请单位改正表三")
    store.save()
    assert (folder / DECISIONS_FILE).exists()
    assert storage.load(path).cells == doc.cells  # the unit's file is not touched
    again = DecisionStore.load(folder)
    d = again.get(path, storage.load(path), next(x for x in run_checks(storage.load(path)) if x.check_id == "GK303"))
    assert d is not None and d.verdict == "confirmed" and d.comment == "请单位改正表三" and d.label == "确认问题"
    # the unit corrects one input of the finding: the decision no longer applies
    changed = storage.load(path)
    History(changed).push(EditCells({"t3.new.natural": "41"}))
    f2 = next(x for x in run_checks(changed) if x.check_id == "GK303")
    assert again.get(path, changed, f2) is None
    assert again.counts() == {"confirmed": 1, "ignored": 0}


def test_folder_check_does_not_read_the_decisions_file(folder):
    from gkdesk.review.batch import check_folder

    store = DecisionStore(folder)
    store.save()
    res = check_folder(folder)
    assert not res.unreadable and len(res.units) == 2


def test_damaged_decisions_file_is_reported(folder):
    from gkdesk.core.errors import GkdeskError

    (folder / DECISIONS_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(GkdeskError, match="审核记录"):
        DecisionStore.load(folder)


# ------------------------------------------------------------------ review window

@pytest.fixture
def win(qtbot):
    pytest.importorskip("PySide6")
    from gkdesk.gui.review import ReviewWindow

    w = ReviewWindow(None)
    qtbot.addWidget(w)
    w.show()
    return w


def _select(win, name):
    r = next(r for r in range(win.table.rowCount()) if win.table.item(r, 1).text() == name)
    win.table.selectRow(r)


def _item_of(win, check_id):
    entry = win.selected_entry()
    i = next(i for i, f in enumerate(entry.findings) if f.check_id == check_id)
    return i, win.findings.item(i)


def test_review_window_marks_a_finding_and_the_mark_survives_a_recheck(win, folder, qtbot, monkeypatch):
    from gkdesk.gui import review_decisions

    assert win.open_folder(str(folder))
    _select(win, "b.json")
    i, item = _item_of(win, "GK303")
    win.findings.setCurrentRow(i)
    assert win.decisions.confirm_button.isEnabled()
    monkeypatch.setattr(review_decisions, "ask_comment", lambda parent, verdict, current="": "请改正")
    assert win.decisions.mark_selected("confirmed")
    assert win.findings.item(i).text().startswith("【确认问题：请改正】")
    assert (folder / DECISIONS_FILE).exists()
    # re-check the folder: the decision is shown again
    assert win.open_folder(str(folder))
    _select(win, "b.json")
    _i, item = _item_of(win, "GK303")
    assert item.text().startswith("【确认问题：请改正】")
    # ignore another finding, then undo the first mark
    win.findings.setCurrentRow(_i)
    assert win.decisions.clear_selected()
    assert not win.findings.item(_i).text().startswith("【")
    # the unit changes the cells of the finding: after re-check it is undecided
    win.findings.setCurrentRow(_i)
    assert win.decisions.mark_selected("ignored", "单位已说明")
    assert win.findings.item(_i).text().startswith("【忽略：单位已说明】")
    unit(folder / "b.json", "乙局", {"t3.new.natural": "41"})
    assert win.open_folder(str(folder))
    _select(win, "b.json")
    _i, item = _item_of(win, "GK303")
    assert not item.text().startswith("【")


def test_review_window_roster_and_summary_sheets(win, folder, tmp_path, monkeypatch):
    from gkdesk.gui import review

    roster = tmp_path / "名单.txt"
    roster.write_text("甲局\n丙局\n", encoding="utf-8")
    assert win.open_folder(str(folder))
    assert win.decisions.load_roster(str(roster))
    assert "1 个单位未报送" in win.info.text() and "1 份报告不在名单中" in win.info.text()
    out = tmp_path / "汇总.xlsx"
    monkeypatch.setattr(review, "ask_summary_path", lambda parent, suggested: str(out))
    assert win.export_summary()
    wb = openpyxl.load_workbook(out)
    rows = list(wb["名单与重复"].iter_rows(min_row=2, values_only=True))
    assert ("未报送", "错误", "丙局") in [r[:3] for r in rows]
    assert any(r[0] == "不在名单中" and r[2] == "乙局" for r in rows)


def test_cli_check_shows_the_reviewers_decisions(folder, capsys):
    from gkdesk.cli import main

    path = folder / "b.json"
    doc = storage.load(path)
    f = next(x for x in run_checks(doc) if x.check_id == "GK303")
    store = DecisionStore.load(folder)
    store.decide(path, doc, f, "ignored", "单位已书面说明")
    store.save()
    main(["check", str(folder)])
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if "GK303" in ln)
    assert line.endswith("（审核：忽略：单位已书面说明）")
