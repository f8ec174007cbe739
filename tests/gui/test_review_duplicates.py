"""Review window (issue #13 point 8): duplicates flagged, merge refuses or leaves copies out, output
outside the reviewed folder, window on the screen. Questions are answered by their real buttons."""

from __future__ import annotations

import shutil

import pytest

from gkdesk.core import storage
from gkdesk.gui import review
from gkdesk.gui.review import DUP_COLUMN, ReviewWindow

from tests.review.conftest import write_unit
from tests.review.factory import make_unit


@pytest.fixture
def win(qtbot):
    w = ReviewWindow(None, open_callback=lambda p: None)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def copies(tmp_path):
    """One unit's report three times (byte copies) and one other unit."""
    folder = tmp_path / "units"
    a = write_unit(folder, "甲局.json", make_unit("2021", seed=1, agency="甲局"))
    shutil.copy(a, folder / "甲局 - 副本.json")
    shutil.copy(a, folder / "甲局(2).json")
    write_unit(folder, "乙局.json", make_unit("2021", seed=2, agency="乙局"))
    return folder


def _rows(w):
    return {w.table.item(r, 1).text(): [w.table.item(r, c).text() for c in range(w.table.columnCount())]
            for r in range(w.table.rowCount())}


def test_three_copies_are_one_unit_not_three_passes(win, copies):
    assert win.open_folder(str(copies))
    info = win.info.text()
    assert "共 4 份报告（2 个不同单位）" in info
    assert "2 份通过" in info and "发现 1 组重复" in info and "内容完全相同" in info
    rows = _rows(win)
    for name in ("甲局.json", "甲局 - 副本.json", "甲局(2).json"):
        assert rows[name][DUP_COLUMN] == "第1组" and rows[name][0].startswith("重复"), rows[name]
    assert rows["乙局.json"][DUP_COLUMN] == "" and rows["乙局.json"][0] == "通过"


def test_merge_asks_and_cancel_merges_nothing(win, copies, monkeypatch, gui_env):
    win.open_folder(str(copies))
    monkeypatch.setattr(review, "ask_merge_agency", lambda *a: pytest.fail("asked for a name after cancel"))
    gui_env.press("取消", expect="合并会把同一单位的数字计算两次")
    assert not win.merge_units()
    title, _text, labels = gui_env.asked[-1]
    assert title == "发现重复的单位报告" and "排除重复的 2 份后合并" in labels


def test_merge_leaves_the_copies_out_and_saves_outside_the_folder(win, copies, monkeypatch, gui_env):
    win.open_folder(str(copies))
    texts = []
    out = copies.parent / "汇总.json"
    monkeypatch.setattr(review, "ask_merge_agency", lambda parent, text: texts.append(text) or "某县")
    monkeypatch.setattr(review, "ask_merge_path", lambda parent, suggested: texts.append(suggested) or str(out))
    monkeypatch.setattr(review, "ask_open_merged", lambda parent, text, can_open: False)
    gui_env.press("排除重复的 2 份后合并", expect="计算两次")
    assert win.merge_units()
    assert "将把 2 份单位报告" in texts[0]
    assert not texts[1].startswith(str(copies) + "/") and texts[1].startswith(str(copies.parent))
    total = storage.load(out)
    a, b = storage.load(copies / "甲局.json"), storage.load(copies / "乙局.json")
    for cid in total.spec.cells:
        assert total.number(cid) == a.number(cid) + b.number(cid), cid


def test_identical_tables_of_two_agencies_are_flagged_but_may_be_merged(win, tmp_path, monkeypatch):
    folder = tmp_path / "units"
    doc = make_unit("2021", seed=3, agency="丙局")
    write_unit(folder, "丙局.json", doc)
    doc.meta.agency = "丁局"
    write_unit(folder, "丁局.json", doc)
    win.open_folder(str(folder))
    assert "表格数字完全相同" in win.info.text()
    texts = []
    monkeypatch.setattr(review, "ask_merge_agency", lambda parent, text: "某县")
    monkeypatch.setattr(review, "ask_merge_path", lambda parent, suggested: str(tmp_path / "m.json"))
    monkeypatch.setattr(review, "ask_open_merged", lambda parent, text, can_open: texts.append(text) or False)
    assert win.merge_units()  # no refusal question: two units may really report the same numbers
    assert "请核对" in texts[0]


def test_window_fits_the_screen(win):
    avail = win.screen().availableGeometry()
    assert win.width() <= avail.width() and win.height() <= avail.height()
    assert win.minimumSizeHint().width() <= 1280 and win.minimumSizeHint().height() <= 690
