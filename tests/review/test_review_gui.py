"""The review window: open a folder, units with status, findings of one unit, summary, merge."""

from __future__ import annotations


import openpyxl
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QProgressDialog  # noqa: E402

from gkdesk.core import storage  # noqa: E402
from gkdesk.gui import dialogs, review  # noqa: E402
from gkdesk.gui.review import ReviewWindow  # noqa: E402

from .conftest import write_unit  # noqa: E402
from .factory import make_unit  # noqa: E402


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, e, title="": shown.append(str(e)))
    for name in ("ask_folder", "ask_summary_path", "ask_merge_agency", "ask_merge_path", "ask_open_merged"):
        def unexpected(*a, _n=name, **k):
            raise AssertionError(f"unexpected dialog {_n}")
        monkeypatch.setattr(review, name, unexpected)
    return shown


@pytest.fixture
def win(qtbot, errors):
    opened: list[str] = []
    w = ReviewWindow(None, open_callback=opened.append)
    w.opened = opened
    qtbot.addWidget(w)
    w.show()
    return w


def table_rows(w):
    return [[w.table.item(r, c).text() for c in range(w.table.columnCount())] for r in range(w.table.rowCount())]


def row_of(w, name):
    return next(r for r in range(w.table.rowCount()) if w.table.item(r, 1).text() == name)


def test_open_folder_lists_units_with_status(win, review_folder):
    assert win.open_folder(str(review_folder))
    rows = table_rows(win)
    assert [r[1] for r in rows] == ["a_clean.json", "b_errors.json", "c_warning.json", "e_garbage.json",
                                    "f_empty.json", "g_dir.json", "h_binary.docx", "sub/d_clean.json"]
    by = {r[1]: r for r in rows}
    assert by["a_clean.json"] == ["通过", "a_clean.json", "甲局", "2025", "2021年格式", "0", "0", ""]
    assert by["b_errors.json"][0] == "有错误" and by["b_errors.json"][5] == "1"
    assert by["c_warning.json"][:3] == ["有警告", "c_warning.json", "（未填写）"] and by["c_warning.json"][6] == "1"
    assert by["g_dir.json"][:3] == ["无法读取", "g_dir.json", "这是一个文件夹，不是文件"]
    assert "共 4 份报告 —— 1 份有错误，1 份有警告，2 份通过；4 个文件无法读取" in win.info.text()
    r = row_of(win, "b_errors.json")
    assert win.table.item(r, 0).background().color() == review.STATUS_COLOR["error"]
    assert not win.table.item(r, 0).icon().isNull()
    assert win.summary_button.isEnabled() and win.merge_button.isEnabled()


def test_select_unit_shows_findings_and_unreadable_reason(win, review_folder):
    win.open_folder(str(review_folder))
    win.table.selectRow(row_of(win, "b_errors.json"))
    items = [win.findings.item(i).text() for i in range(win.findings.count())]
    assert items[0].startswith("[错误] 表三 一、本年新收政府信息公开申请数量／总计 等7格：表三“一、本年新收政府信息公开申请数量”的总计为")
    assert "乙局 2025年度 · b_errors.json：1 个错误" in win.unit_title.text()
    win.table.selectRow(row_of(win, "g_dir.json"))
    assert [win.findings.item(i).text() for i in range(win.findings.count())] == ["这是一个文件夹，不是文件"]
    win.table.selectRow(row_of(win, "a_clean.json"))
    assert win.findings.item(0).text() == "没有发现问题。"


def test_sorting_by_error_count(win, review_folder):
    win.open_folder(str(review_folder))
    win.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert win.table.item(0, 1).text() == "b_errors.json"
    win.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [win.table.item(r, 0).text() for r in range(win.table.rowCount())] == [
        "有错误", "有警告", "通过", "通过", "无法读取", "无法读取", "无法读取", "无法读取"]


def test_double_click_opens_unit_through_callback(win, review_folder, qtbot):
    win.open_folder(str(review_folder))
    win.open_unit(row_of(win, "c_warning.json"))
    win.open_unit(row_of(win, "f_empty.json"))  # unreadable: nothing to open
    assert win.opened == [str(review_folder / "c_warning.json")]
    r = row_of(win, "sub/d_clean.json")
    rect = win.table.visualItemRect(win.table.item(r, 1))
    qtbot.mouseClick(win.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(win.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.opened[-1] == str(review_folder / "sub" / "d_clean.json")


def test_export_summary(win, review_folder, tmp_path, monkeypatch):
    win.open_folder(str(review_folder))
    out = tmp_path / "s.xlsx"
    asked = []
    monkeypatch.setattr(review, "ask_summary_path", lambda parent, suggested: asked.append(suggested) or str(out))
    assert win.export_summary()
    assert asked == [str(review_folder.parent / "审核汇总表.xlsx")]  # outside the reviewed folder
    wb = openpyxl.load_workbook(out)
    assert wb["汇总"].max_row == 5 and wb["无法读取"].max_row == 7  # 4 unreadable + 2 skipped (with reason)
    monkeypatch.setattr(review, "ask_summary_path", lambda parent, suggested: None)
    assert not win.export_summary()


def test_merge_units_saves_and_opens(win, tmp_path, monkeypatch):
    folder = tmp_path / "units"
    docs = [make_unit("2021", seed=s, agency=f"单位{s}") for s in range(3)]
    for i, d in enumerate(docs):
        write_unit(folder, f"u{i}.json", d)
    win.open_folder(str(folder))
    out = folder / "total.json"
    texts = []
    monkeypatch.setattr(review, "ask_merge_agency", lambda parent, text: texts.append(text) or "测试县人民政府")
    monkeypatch.setattr(review, "ask_merge_path", lambda parent, suggested: texts.append(suggested) or str(out))
    monkeypatch.setattr(review, "ask_open_merged", lambda parent, text, can_open: texts.append(text) or True)
    assert win.merge_units()
    assert "将把 3 份单位报告的表格数字相加" in texts[0]
    # suggested outside the reviewed folder, so the next review does not read it as a unit
    assert texts[1] == str(folder.parent / "测试县人民政府2025年政府信息公开工作年度报告（汇总）.json")
    assert "已把 3 份单位报告汇总为“total.json”" in texts[2]
    assert win.opened == [str(out)]
    total = storage.load(out)
    assert total.meta.agency == "测试县人民政府"
    for cid in total.spec.cells:
        assert total.number(cid) == sum(d.number(cid) for d in docs), cid
    # the consolidated report saved into the folder is shown as 汇总 and never merged again
    win.open_folder(str(folder))
    assert win.table.item(row_of(win, "total.json"), 4).text() == "2021年格式（汇总）"
    texts.clear()
    assert win.merge_units()
    assert "已排除 1 份汇总报告" in texts[0]


def test_merge_refusal_is_shown(win, tmp_path, errors, monkeypatch):
    folder = tmp_path / "units"
    write_unit(folder, "a.json", make_unit("2021", seed=1, agency="新格式局"))
    write_unit(folder, "b.json", make_unit("2019", seed=2, agency="老格式局"))
    win.open_folder(str(folder))
    monkeypatch.setattr(review, "ask_merge_agency", lambda parent, text: "")
    assert not win.merge_units()
    assert len(errors) == 1 and "不同格式版本" in errors[0] and "老格式局" in errors[0]


def test_cancel_and_bad_folder(win, review_folder, tmp_path, errors, monkeypatch):
    monkeypatch.setattr(review, "ask_folder", lambda parent, start: None)
    win.open_folder_dialog()
    assert win.result is None and not win.summary_button.isEnabled() and not win.merge_button.isEnabled()
    assert not win.open_folder(str(tmp_path / "missing"))
    assert errors and "不是文件夹" in errors[0]
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    assert not win.open_folder(str(review_folder))
    assert win.result is None and win.table.rowCount() == 0


def test_screenshot(win, review_folder, tmp_path):
    win.open_folder(str(review_folder))
    win.table.selectRow(row_of(win, "b_errors.json"))
    win.resize(1100, 520)
    img = win.grab()
    path = tmp_path / "review-window.png"  # kept by pytest's tmp dir for a look; size is font independent
    assert img.save(str(path)) and not img.isNull()
    assert (img.width(), img.height()) == (1100, 520)
