"""The window's export runs in a worker process (#15): the window and autosave keep running during a
slow render, 取消 and the time limit stop it without leaving any file, the document exported is the one
at the click, and a normal export writes the same file as the exporter called directly.

The slow template is a real one: the sandbox renders `s|title` of a 100,000-character text in a loop
(each pass takes tens of milliseconds, within every sandbox limit). Nothing of the exporter is replaced.
"""

from __future__ import annotations

import multiprocessing
import tempfile
import time

import pytest
from docx import Document as DocxDocument
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from gkdesk.core.commands import EditMeta
from gkdesk.export import worker
from gkdesk.gui import dialogs, exportrun
from gkdesk.gui.session import DocumentSession


def _slow_template(tmp_path, passes: int):
    d = DocxDocument()
    d.add_paragraph("{{ meta.agency }}")
    d.add_paragraph('{% set s = "年度 报告" * 20000 %}{% for i in range(' + str(passes) + ') %}'
                    '{{ s|title|wordcount }}{% endfor %}')
    p = tmp_path / f"slow-{passes}.docx"
    d.save(p)
    return p


def _parts(path) -> dict:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def _texts(path) -> str:
    return "\n".join(p.text for p in DocxDocument(str(path)).paragraphs)


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """The worker's temporary folders go here, so a test can see that none is left behind."""
    t = tmp_path / "tmp"
    t.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(t))
    return t


@pytest.fixture
def example_window(window, example_doc):
    window.set_session(DocumentSession(example_doc, None, modified=True, parent=window))
    return window


def _answer_export(monkeypatch, out):
    monkeypatch.setattr(dialogs, "ask_export_path", lambda p, sug, kind: str(out))


def test_slow_export_keeps_the_window_and_autosave_running(example_window, tmp_path, monkeypatch, gui_env,
                                                           private_tmp):
    w = example_window
    s = w.session
    agency = s.doc.meta.agency
    s.autosave_timer.setInterval(100)
    tpl = _slow_template(tmp_path, 40)
    monkeypatch.setattr(dialogs, "ask_template_path", lambda p, kind: str(tpl))
    out = tmp_path / "报告.docx"
    _answer_export(monkeypatch, out)
    monkeypatch.setattr(exportrun, "SHOW_AFTER_MS", 200)  # the dialog early, whatever the machine's speed
    exporting = [False]
    ticks: list[float] = []
    dialog_up: list[bool] = []
    seen: dict = {}

    def tick():
        if exporting[0]:
            ticks.append(time.monotonic())
            dialog_up.append(any(d.isVisible() for d in w.findChildren(QProgressDialog)))

    def edit_during_export():
        # the clerk (or anything else) changes the report while the worker renders it
        seen["during"] = exporting[0]
        s.push(EditMeta("agency", "导出期间改过的单位"))

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(tick)
    timer.start()
    QTimer.singleShot(200, edit_during_export)
    gui_env.press("关闭", expect="已导出")
    exporting[0] = True
    t0 = time.monotonic()
    try:
        assert w.export("docx", custom_template=True)
    finally:
        exporting[0] = False
        timer.stop()
    took = time.monotonic() - t0
    assert seen["during"], "the edit ran while export() was still busy"
    assert took > 0.5 and len(ticks) >= 10, (took, len(ticks))  # the event loop turned during the export
    assert max(b - a for a, b in zip(ticks, ticks[1:])) < 1.0  # …all along, not only at the end
    assert any(dialog_up)  # the progress dialog with 取消 was up
    # autosave kept ticking: the recovery file holds the edit made during the export
    assert "导出期间改过的单位" in s.recovery_file.read_text(encoding="utf-8")
    # the export is the document at the click: the later edit did not leak in
    text = _texts(out)
    assert agency in text and "导出期间改过的单位" not in text
    assert not list(private_tmp.glob("gkdesk-export-*")) and not multiprocessing.active_children()


def _press_cancel_when_the_dialog_shows(w, pressed):
    def look():
        for d in w.findChildren(QProgressDialog):
            if d.isVisible():
                for b in d.findChildren(QPushButton):
                    if b.text() == "取消":
                        pressed.append(time.monotonic())
                        b.click()
                        return
        QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)


def test_cancel_stops_the_export_and_writes_nothing(example_window, tmp_path, monkeypatch, gui_env, private_tmp):
    w = example_window
    tpl = _slow_template(tmp_path, 2000)  # minutes of work (the sandbox would stop it at 20 s)
    monkeypatch.setattr(dialogs, "ask_template_path", lambda p, kind: str(tpl))
    out = tmp_path / "报告.docx"
    _answer_export(monkeypatch, out)
    pressed: list[float] = []
    _press_cancel_when_the_dialog_shows(w, pressed)
    assert not w.export("docx", custom_template=True)
    assert pressed and time.monotonic() - pressed[0] < 5  # stopped at once, not after the render
    assert not out.exists()
    assert "已取消导出" in w.statusBar().currentMessage()
    assert not gui_env.errors
    assert not list(private_tmp.glob("gkdesk-export-*")) and not multiprocessing.active_children()


def test_export_past_its_time_limit_is_stopped_with_a_message(example_window, tmp_path, monkeypatch, gui_env,
                                                              private_tmp):
    w = example_window
    monkeypatch.setitem(worker.EXPORT_SECONDS, "docx", 3.0)
    tpl = _slow_template(tmp_path, 2000)
    monkeypatch.setattr(dialogs, "ask_template_path", lambda p, kind: str(tpl))
    out = tmp_path / "报告.docx"
    out.write_bytes(b"last week's export")  # an older export the clerk chose to replace
    _answer_export(monkeypatch, out)
    t0 = time.monotonic()
    assert not w.export("docx", custom_template=True)
    assert time.monotonic() - t0 < 15  # the worker was killed: the sandbox's own 20 s never came
    assert gui_env.errors and "超过 3 秒" in gui_env.errors[-1] and "没有写入任何文件" in gui_env.errors[-1]
    assert out.read_bytes() == b"last week's export"  # no partial file, the old one untouched
    assert not list(private_tmp.glob("gkdesk-export-*")) and not multiprocessing.active_children()


def test_normal_export_writes_the_same_files_as_the_exporter(example_window, example_doc, tmp_path, monkeypatch,
                                                             gui_env, private_tmp):
    from openpyxl import load_workbook

    from gkdesk.export.docx import export_docx
    from gkdesk.export.html import export_html
    from gkdesk.export.xlsx import export_xlsx

    w = example_window
    direct = tmp_path / "direct"
    direct.mkdir()
    for kind, fn in (("docx", export_docx), ("html", export_html), ("xlsx", export_xlsx)):
        out = tmp_path / f"报告.{kind}"
        _answer_export(monkeypatch, out)
        gui_env.press("关闭", expect="已导出")
        assert w.export(kind)
        fn(example_doc, direct / f"r.{kind}")
        if kind == "xlsx":  # the workbook carries its creation time: compare every cell
            a, b = load_workbook(out), load_workbook(direct / "r.xlsx")
            assert a.sheetnames == b.sheetnames
            for sa, sb in zip(a.worksheets, b.worksheets):
                assert [[c.value for c in r] for r in sa.iter_rows()] == [[c.value for c in r] for r in sb.iter_rows()]
        elif kind == "docx":
            assert _parts(out) == _parts(direct / "r.docx")
        else:
            assert out.read_bytes() == (direct / f"r.{kind}").read_bytes(), kind
    # a broken template is still an error naming its place, and writes nothing
    d = DocxDocument()
    d.add_paragraph("{{ meta.agency }")
    bad = tmp_path / "bad.docx"
    d.save(bad)
    monkeypatch.setattr(dialogs, "ask_template_path", lambda p, kind: str(bad))
    out = tmp_path / "坏模板.docx"
    _answer_export(monkeypatch, out)
    assert not w.export("docx", custom_template=True)
    assert gui_env.errors and "模板" in gui_env.errors[-1] and not out.exists()
    assert not list(private_tmp.glob("gkdesk-export-*"))


def test_worker_process_alone_cancel_and_result(example_doc, tmp_path, private_tmp):
    """ExportProcess without the window (what the GUI polls): a finished job writes only on finish,
    a cancelled one leaves nothing and finish refuses."""
    job = worker.ExportProcess("html", example_doc)
    job.start()
    assert job.wait() == "done"
    target = tmp_path / "r.html"
    assert not target.exists()
    job.finish(target)
    assert "<table" in target.read_text(encoding="utf-8")
    slow = worker.ExportProcess("docx", example_doc, _slow_template(tmp_path, 2000))
    slow.start()
    time.sleep(0.5)
    slow.cancel()
    assert slow.poll() == "cancelled"
    with pytest.raises(Exception, match="已取消导出"):
        slow.finish(tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists() and not list(private_tmp.glob("gkdesk-export-*"))
    assert not multiprocessing.active_children()


def test_without_a_worker_process_the_export_still_happens(example_window, example_doc, tmp_path, monkeypatch,
                                                           gui_env, private_tmp):
    """A machine that refuses a second process (a process limit, a locked-down PC): the export runs in
    the window's own process rather than not at all, and writes the same file."""
    import errno
    import multiprocessing.context

    from gkdesk.export.html import export_html

    def refuse(process_obj):
        raise OSError(errno.EAGAIN, "Resource temporarily unavailable")

    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "_Popen", staticmethod(refuse))
    out = tmp_path / "报告.html"
    _answer_export(monkeypatch, out)
    gui_env.press("关闭", expect="已导出")
    assert example_window.export("html")
    export_html(example_doc, tmp_path / "direct.html")
    assert out.read_bytes() == (tmp_path / "direct.html").read_bytes()
    assert not list(private_tmp.glob("gkdesk-export-*"))
