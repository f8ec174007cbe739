"""Every question the window asks the user goes through one small function here.

Tests monkeypatch these functions (``gkdesk.gui.dialogs.ask_save_changes`` etc.); the window
always calls them through the module (``dialogs.ask_...``), never imports the names directly.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QLabel, QListWidget,
                               QListWidgetItem, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget)

log = logging.getLogger("gkdesk.gui")

REPORT_FILTER = "年度报告文件 (*.json)"
IMPORT_FILTER = "已发布的年报 (*.docx *.doc *.wps *.pdf *.html *.htm *.mht *.mhtml *.txt *.xlsx);;所有文件 (*)"


def choose(parent: QWidget | None, title: str, text: str, buttons: list[tuple[str, str, QMessageBox.ButtonRole]],
           default: str, escape: str, icon: QMessageBox.Icon = QMessageBox.Icon.Question) -> str:
    """Ask with explicitly labelled buttons; the key of the button pressed (`escape` if the box is closed).

    Every question goes through here, so tests press the real buttons by their label (only
    ``QMessageBox.exec`` is replaced) and a swapped label-to-answer mapping fails them.
    """
    box = QMessageBox(icon, title, text, parent=parent)
    keys = {}
    for label, key, role in buttons:
        b = box.addButton(label, role)
        keys[id(b)] = key
        if key == default:
            box.setDefaultButton(b)
        if key == escape:
            box.setEscapeButton(b)
    box.exec()
    clicked = box.clickedButton()
    return keys.get(id(clicked), escape) if clicked is not None else escape


_YES = QMessageBox.ButtonRole.YesRole
_NO = QMessageBox.ButtonRole.NoRole


def show_error(parent: QWidget | None, exc_or_text: object, title: str = "出错了") -> None:
    """The one way errors are shown to the clerk (Chinese message, no traceback)."""
    text = str(exc_or_text) if not isinstance(exc_or_text, str) else exc_or_text
    log.warning("error shown: %s", text)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def show_info(parent: QWidget | None, text: str, title: str = "gkdesk") -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    """'save' | 'discard' | 'cancel'."""
    return choose(parent, "保存修改", f"“{name}”已修改，是否保存？",
                  [("保存", "save", QMessageBox.ButtonRole.AcceptRole),
                   ("不保存", "discard", QMessageBox.ButtonRole.DestructiveRole),
                   ("取消", "cancel", QMessageBox.ButtonRole.RejectRole)], "save", "cancel")


def ask_overwrite_external(parent: QWidget | None, path: str) -> bool:
    return choose(parent, "文件已被其他程序修改",
                  f"“{Path(path).name}”在打开之后已被其他程序（或其他人）修改。\n\n"
                  "如果继续保存，磁盘上的那些修改将被覆盖。是否仍要保存？\n（选“否”可以改用“另存为”保存到别的文件。）",
                  [("是", "yes", _YES), ("否", "no", _NO)], "no", "no") == "yes"


def ask_reload_external(parent: QWidget | None, path: str, modified: bool) -> bool:
    """The open file changed on disk while the window was in the background: reload it?"""
    lost = "\n本窗口中尚未保存的修改将丢失（它们仍可先用“另存为”保存）。" if modified else ""
    return choose(parent, "文件已被其他程序修改",
                  f"“{Path(path).name}”已被其他程序（或其他人）修改。\n\n是否重新载入磁盘上的版本？{lost}",
                  [("是", "yes", _YES), ("否", "no", _NO)], "no" if modified else "yes", "no") == "yes"


def ask_new_format(parent: QWidget | None) -> str | None:
    """Format version of a new report: '2021' (default) or '2019'; None = cancelled."""
    from ..core.spec import all_formats

    fmts = list(reversed(list(all_formats())))  # newest (2021) first = default
    labels = [f"{f.name}（{f.basis}，用于{f.first_year}年度{'及以后' if f.last_year > 3000 else f'至{f.last_year}年度'}）"
              for f in fmts]
    choice, ok = QInputDialog.getItem(parent, "新建报告", "表格格式版本：", labels, 0, False)
    if not ok:
        return None
    return fmts[labels.index(choice)].id


def ask_open_path(parent: QWidget | None, folder: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, "打开年度报告", folder, REPORT_FILTER + ";;所有文件 (*)")
    return path or None


def ask_save_path(parent: QWidget | None, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, "保存年度报告", suggested, REPORT_FILTER)
    if path and not path.lower().endswith(".json"):
        path += ".json"
    return path or None


EXPORT_FILTERS = {"docx": "Word 文档 (*.docx)", "xlsx": "Excel 工作簿 (*.xlsx)", "html": "网页 (*.html)",
                  "pdf": "PDF 文件 (*.pdf)"}


def ask_export_path(parent: QWidget | None, suggested: str, kind: str) -> str | None:
    filt = EXPORT_FILTERS[kind]
    path, _ = QFileDialog.getSaveFileName(parent, "导出", suggested, filt)
    if path and not path.lower().endswith("." + kind):
        path += "." + kind
    return path or None


def ask_template_path(parent: QWidget | None, kind: str) -> str | None:
    filt = {"docx": "Word 模板 (*.docx)", "xlsx": "Excel 模板 (*.xlsx)", "html": "网页模板 (*.html)"}[kind]
    path, _ = QFileDialog.getOpenFileName(parent, "选择自定义模板", "", filt)
    return path or None


def ask_import_path(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, "导入已发布的年度报告", "", IMPORT_FILTER)
    return path or None


def ask_export_despite_errors(parent: QWidget | None, messages: list[str], total: int, blank_cells: int = 0) -> bool:
    """Before an export with errors, or with cells still blank (未填写): go on anyway?"""
    shown = "\n".join(f"• {m}" for m in messages[:10])
    more = f"\n……另有 {len(messages) - 10} 条" if len(messages) > 10 else ""
    parts = ([f"{total} 个错误"] if total else []) + ([f"{blank_cells} 个单元格未填写"] if blank_cells else [])
    title = "报告中还有错误" if total else "报告中还有未填写的单元格"
    return choose(parent, title, f"检查发现{'，'.join(parts)}：\n\n{shown}{more}\n\n仍要导出吗？",
                  [("是", "yes", _YES), ("否", "no", _NO)], "no", "no") == "yes"


def ask_recompute_totals(parent: QWidget | None) -> bool:
    return choose(parent, "重新计算全部合计",
                  "将按各项之和重新计算所有合计单元格，手工填写的合计也会被覆盖并恢复为自动合计。\n\n是否继续？",
                  [("是", "yes", _YES), ("否", "no", _NO)], "no", "no") == "yes"


def ask_manual_total(parent: QWidget | None, cell_name: str) -> bool:
    """Typing into an automatic total: True = switch it to a manual (typed) total."""
    return choose(parent, "自动合计", f"“{cell_name}”是自动合计，由程序按各项之和计算。\n\n"
                  "改为手工填写后，程序将检查您填写的合计是否等于各项之和。",
                  [("改为手工填写", "manual", QMessageBox.ButtonRole.AcceptRole),
                   ("保持自动合计", "keep", QMessageBox.ButtonRole.RejectRole)], "keep", "keep") == "manual"


def ask_restore_recovery(parent: QWidget | None, entry) -> str:
    """'restore' | 'discard' | 'later' for one orphaned recovery file (a RecoveryEntry)."""
    return choose(parent, "恢复未保存的工作",
                  "上次 gkdesk 没有正常退出，找到了自动保存的内容：\n\n"
                  f"报告：{entry.title or '（未命名）'}\n"
                  f"原文件：{entry.original_path or '（从未保存）'}\n"
                  f"自动保存时间：{entry.saved_at}\n\n是否恢复？",
                  [("恢复", "restore", QMessageBox.ButtonRole.AcceptRole),
                   ("丢弃", "discard", QMessageBox.ButtonRole.DestructiveRole),
                   ("以后再说", "later", QMessageBox.ButtonRole.RejectRole)], "restore", "later")


def ask_explanation(parent: QWidget | None, finding_text: str, current: str = "") -> str | None:
    """The clerk's 说明 for a finding; None = cancelled."""
    dlg = QDialog(parent)
    dlg.setWindowTitle("添加说明")
    lay = QVBoxLayout(dlg)
    msg = QLabel(f"问题：{finding_text}\n\n请说明为什么这里的数字是正确的（说明会随报告保存，数字改变后自动失效）：")
    msg.setWordWrap(True)
    lay.addWidget(msg)
    edit = QPlainTextEdit(current)
    lay.addWidget(edit)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dlg.accept)
    buttons.rejected.connect(dlg.reject)
    lay.addWidget(buttons)
    dlg.resize(480, 260)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    return edit.toPlainText().strip() or None


def show_exported(parent: QWidget | None, path: str, notes=()) -> str:
    """After an export: 打开文件 / 打开所在文件夹 / 关闭, with what the export left open (`notes`).
    Returns "file", "folder" or ""."""
    from pathlib import Path

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    p = Path(path)
    text = f"已导出：\n{p}" + ("\n\n请注意：\n" + "\n".join(f"• {n}" for n in notes) if notes else "")
    ans = choose(parent, "导出完成", text,
                 [("打开文件", "file", QMessageBox.ButtonRole.AcceptRole),
                  ("打开所在文件夹", "folder", QMessageBox.ButtonRole.ActionRole),
                  ("关闭", "", QMessageBox.ButtonRole.RejectRole)], default="file", escape="",
                 icon=QMessageBox.Icon.Information)
    if ans:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(p if ans == "file" else p.parent)))
    return ans


def show_import_report(parent: QWidget | None, result) -> bool:
    """Show an ImportResult's summary and notes; True = open the imported document."""
    dlg = QDialog(parent)
    dlg.setWindowTitle("导入结果")
    lay = QVBoxLayout(dlg)
    head = QLabel(result.summary())
    head.setWordWrap(True)
    lay.addWidget(head)
    notes = QListWidget()
    notes.setWordWrap(True)
    notes.setAlternatingRowColors(True)
    names = {"info": "信息", "missing": "缺失", "ambiguous": "存疑", "warning": "注意"}
    order = {"ambiguous": 0, "warning": 1, "missing": 2, "info": 3}  # what needs checking first
    colors = {"ambiguous": "#9a3412", "warning": "#9a6700", "missing": "#1f4e8c"}
    for n in sorted(result.notes, key=lambda n: order.get(n.level, 9)):
        tag = names.get(n.level, n.level) + (f"·{n.tag}" if n.tag else "")
        item = QListWidgetItem(f"[{tag}] {n.message}", notes)
        if n.level in colors:
            item.setForeground(QColor(colors[n.level]))
    if not result.notes:
        QListWidgetItem("（没有需要注意的地方）", notes)
    lay.addWidget(notes)
    tail = QLabel("导入的内容将作为一份新的未保存报告打开，请逐项核对后保存。")
    tail.setWordWrap(True)
    lay.addWidget(tail)
    buttons = QDialogButtonBox()
    buttons.addButton("打开导入的报告", QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton("取消", QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dlg.accept)
    buttons.rejected.connect(dlg.reject)
    lay.addWidget(buttons)
    dlg.resize(760, 480)
    return dlg.exec() == QDialog.DialogCode.Accepted


def show_crash(parent: QWidget | None, text: str, log_file: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "程序出现意外错误",
                      "gkdesk 出现了一个意外错误。您正在编辑的内容已写入自动恢复文件，"
                      "下次启动时可以恢复。\n\n"
                      f"错误信息已记录到：{log_file}\n请把这个文件发给技术支持人员。", parent=parent)
    box.setDetailedText(text)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
