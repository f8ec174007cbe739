"""帮助 → 使用说明 and F1: the guide opens, shows every finding id, and F1 follows the context."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from gkdesk.checks import all_checks


def test_help_menu_has_the_guide_on_f1(window):
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    help_menu = menus["帮助(&H)"]
    titles = [a.text() for a in help_menu.actions()]
    assert titles[0] == "使用说明"
    assert window.act_guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert window.act_guide.shortcut().toString() == "F1"


def test_f1_opens_the_guide_with_every_finding_and_the_images(qtbot, window):
    window.show_page("s1")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    g = window._guide
    assert g.isVisible()
    text = g.browser.toPlainText()
    for c in all_checks():
        assert c.id in text
    assert "一、本年新收" in text and "勾稽关系" in text
    doc = g.browser.document()
    from PySide6.QtGui import QTextDocument

    img = doc.resource(QTextDocument.ResourceType.ImageResource, "img/main-window.png")
    assert img is not None and not img.isNull()  # loaded from resources/guide/img through the search path
    window.act_guide.trigger()  # a second F1 reuses the window
    assert window._guide is g


def test_f1_in_table_three_scrolls_to_its_guidance(qtbot, window):
    window.show_page("s3")
    page = window.table_page("t3")
    page.view.setFocus()
    assert window.guide_anchor() == "t3"  # the current page's table, with or without focus
    window.show_guide()
    bar = window._guide.browser.verticalScrollBar()
    assert bar.value() > 0  # not at the top: at 表三


def test_f1_on_a_finding_explains_that_finding(qtbot, window):
    from gkdesk.core.commands import SetAutoTotal

    page = window.table_page("t3")
    window.session.push(SetAutoTotal(["t3.new.total"], False))
    page.model.setData(page.model.index_of_cell("t3.new.total"), "40")
    fv = window.findings_view
    fm = fv.model()
    row = next(r for r in range(fm.rowCount()) if fm.finding(r).check_id == "GK301")
    window.activateWindow()
    fv.setFocus()
    fv.setCurrentIndex(fm.index(row, 0))
    qtbot.waitUntil(fv.hasFocus, timeout=2000)
    assert window.guide_anchor() == "GK301"


def test_cell_tooltip_carries_the_counting_guidance(window):
    page = window.table_page("t3")
    m = page.model
    tip = m.data(m.index_of_cell("t3.partial.natural"), Qt.ItemDataRole.ToolTipRole)
    assert "填报说明" in tip and "区分处理" in tip and "以个人名义" in tip
    assert max(len(line) for line in tip.splitlines()) <= 40  # wrapped: plain tooltips do not wrap


def test_window_accepts_the_importers_file_types():
    from gkdesk.cli.common import import_suffixes
    from gkdesk.gui.mainwindow import IMPORT_SUFFIXES

    assert IMPORT_SUFFIXES == set(import_suffixes())  # drop and open accept what the importers read


def test_menu_paths_named_in_the_guide_exist(window):
    import re

    from gkdesk import guide

    def clean(text: str) -> str:
        return re.sub(r"\(&\w\)|&|…", "", text).strip()

    menus = {clean(a.text()): [clean(x.text()) for x in a.menu().actions() if x.text()]
             for a in window.menuBar().actions() if a.menu()}
    named = re.findall(r"<b>(\S+) → ([^<]+)</b>", guide.guide_source())
    assert named
    for menu, item in named:
        assert item in menus[menu], (menu, item, menus[menu])
