from PySide6.QtWidgets import QDialog, QListWidget

from gkdesk.core.document import Document
from gkdesk.gui import dialogs
from gkdesk.importers.base import ImportResult

REAL_SHOW_IMPORT_REPORT = dialogs.show_import_report  # taken before the fixture replaces it


def test_import_report_lists_what_needs_checking_first(qapp, monkeypatch):
    res = ImportResult(doc=Document("2021"), source="x.txt", kind="txt")
    res.add("info", "找到的章节：一、二")
    res.add("missing", "未找到“六、其他需要报告的事项”一节。")
    res.add("ambiguous", "表二数字连在一起")
    seen = {}

    def fake_exec(self):
        lst = self.findChild(QListWidget)
        seen["rows"] = [lst.item(i).text() for i in range(lst.count())]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    assert REAL_SHOW_IMPORT_REPORT(None, res) is True
    assert [r.split("]")[0] for r in seen["rows"]] == ["[存疑", "[缺失", "[信息"]
