from PySide6.QtWidgets import QDialog, QListWidget

from gkdesk.core.document import Document
from gkdesk.gui import dialogs
from gkdesk.importers.base import ImportResult

REAL_SHOW_IMPORT_REPORT = dialogs.show_import_report  # taken before the fixture replaces it


def _shown_rows(monkeypatch, res) -> dict:
    """Open the real import report dialog on ``res`` (its exec answered as 确定) and return the rows
    its list shows, as {"rows": [...]}."""
    seen = {}

    def fake_exec(self):
        lst = self.findChild(QListWidget)
        seen["rows"] = [lst.item(i).text() for i in range(lst.count())]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    assert REAL_SHOW_IMPORT_REPORT(None, res) is True
    return seen


def test_import_report_lists_what_needs_checking_first(qapp, monkeypatch):
    res = ImportResult(doc=Document("2021"), source="x.txt", kind="txt")
    res.add("info", "找到的章节：一、二")
    res.add("missing", "未找到“六、其他需要报告的事项”一节。")
    res.add("ambiguous", "表二数字连在一起")
    seen = _shown_rows(monkeypatch, res)
    assert [r.split("]")[0].split("·")[0] for r in seen["rows"]] == ["[存疑", "[缺失", "[信息"]
    assert seen["rows"][0].startswith("[存疑·读取不确定] ")  # the kind, derived from the note


def test_import_report_shows_whether_the_source_prints_it_or_the_reading_is_uncertain(qapp, monkeypatch):
    # a real import (the example report's page as a browser copies it) with a 总计 typed wrong and a
    # stray number below the next row: the dialog tags each note with its kind
    from pathlib import Path

    from gkdesk.importers.text import import_text

    page = Path(__file__).resolve().parents[1] / "data" / "web" / "tab_copy_padded.txt"
    lines = page.read_text(encoding="utf-8").split("\n")
    i = next(i for i, ln in enumerate(lines) if ln.startswith("2.重复申请") and "\t" in ln)
    lines[i] = lines[i].rsplit("\t", 1)[0] + "\t4"
    j = next(j for j, ln in enumerate(lines) if ln.startswith("3.要求提供公开出版物") and "\t" in ln)
    lines[j] = lines[j] + "\n\t\t\t\t\t\t\t5"
    res = import_text("\n".join(lines), "page.txt")
    seen = _shown_rows(monkeypatch, res)
    rows = seen["rows"]
    assert any(r.startswith("[注意·原文如此] 原文本身的数字不符合勾稽关系") and "2.重复申请" in r for r in rows), rows
    assert any(r.startswith("[注意·未计入的数字] 表三“3.要求提供公开出版物”") and "（5）" in r for r in rows), rows
    # the stray number under the row whose 总计 is wrong: it may be the rest of that 总计, so the row
    # is no longer blamed on the source but left blank
    lines[i] = lines[i] + "\n\t\t\t\t\t\t\t5"
    rows = _shown_rows(monkeypatch, import_text("\n".join(lines), "page.txt"))["rows"]
    assert any(r.startswith("[存疑·已留空] 表三“2.重复申请”") and "（5）" in r for r in rows), rows
    assert not any(r.startswith("[注意·原文如此]") and "2.重复申请" in r for r in rows), rows
