"""HTML import: saved government web pages with colspan/rowspan tables, chrome, GBK, MHT."""

from __future__ import annotations

import time
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest

from gkdesk.checks import run_checks
from gkdesk.core import storage
from gkdesk.core.document import Document, Meta
from gkdesk.core.errors import ImportError_
from gkdesk.core.values import parse_value
from gkdesk.importers import import_bytes, import_file
from gkdesk.importers.text import import_text

from _report_fixtures import html_text
from test_docx_import import CASES, EXAMPLE, assert_same

REAL_009 = Path(__file__).resolve().parents[2].parent / "shared" / "reports" / "real-009.txt"  # ../shared beside the repository


@pytest.mark.parametrize("path,variant", CASES, ids=lambda x: x.stem if isinstance(x, Path) else "+".join(sorted(x)) or "plain")
def test_generated_page_reads_every_cell(path, variant):
    orig = storage.load(path)
    res = import_bytes(html_text(orig, variant | {"wrap_headers"}).encode("utf-8"), "page.html")
    assert res.kind == "html"
    assert_same(orig, res.doc)
    # navigation, scripts, breadcrumb and footer are not prose
    text = "\n".join(res.doc.sections.values())
    for chrome in ("首页", "广告", "当前位置", "版权所有", "console"):
        assert chrome not in text


def test_gbk_page_declared_gb2312_decodes():
    orig = storage.load(EXAMPLE)
    page = html_text(orig, charset="gb2312")
    data = page.encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    res = import_bytes(data, "gbk.htm")
    assert_same(orig, res.doc)


def test_gbk_page_without_declared_charset():
    orig = storage.load(EXAMPLE)
    page = html_text(orig).replace('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', "")
    res = import_bytes(page.encode("gb18030"), "nocharset.html")
    assert res.doc.meta.agency == orig.meta.agency
    assert res.doc.value("t3.new.total") == orig.value("t3.new.total")


def test_mht_single_file_page():
    orig = storage.load(EXAMPLE)
    msg = MIMEMultipart("related")
    msg["Subject"] = "report"
    part = MIMEText(html_text(orig, charset="gb2312"), "html", "gb18030")
    msg.attach(part)
    data = msg.as_bytes()
    assert data.startswith(b"Content-Type: multipart/related")
    res = import_bytes(data, "report.mht")
    assert res.kind == "html"
    assert_same(orig, res.doc)


# --- a Shanghai-2019-style page (content of shared/reports/real-009.txt; 2019 format) -------------
SH_T3 = {  # row code -> 7 values (自然人…总计), "" = &nbsp; in the page
    "new": "821 35 _ _ 2 1 859", "carried": "18 _ _ _ _ _ 18", "granted": "258 12 _ _ 1 1 _",
    "partial": "3 _ _ _ _ _ _", "deny_secret": "14 _ _ _ _ _ _", "deny_internal": "5 _ _ _ _ _ _",
    "deny_process": "3 1 _ _ _ _ _", "deny_inquiry": "10 2 _ _ _ _ _", "unable_none": "252 12 _ _ 1 _ _",
    "unable_make": "44 3 _ _ _ _ _", "unable_unclear": "25 _ _ _ _ _ _", "reject_petition": "148 1 _ _ _ _ _",
    "reject_repeat": "5 4 _ _ _ _ _", "results_total": "767 35 _ _ 2 1 805", "carry_next": "72 _ _ _ _ _ 72",
}
SH_T2 = {"rules": "13 13 524", "normative": "60 60 368", "license": "0 0 0", "other_services": "0 0 0",
         "penalty": "0 0 0", "coercion": "0 0 0", "fees": "0 0", "procurement": "6 251000元"}
SH_T4 = "5 _ _ 2 7 8 _ _ 1 9 _ _ _ _ _"


def shanghai_doc() -> Document:
    doc = Document("2019", Meta(agency="上海市人民政府办公厅", year=2019))
    spec = doc.spec
    for key, rows in (("t3", SH_T3), ("t2", SH_T2)):
        t = spec.table(key)
        for code, vals in rows.items():
            cells = [c for c in t.cells if c.row == code]
            for c, v in zip(cells, vals.split()):
                if v != "_":
                    doc._put(c.id, parse_value(v))
    for c, v in zip(spec.table("t4").cells, SH_T4.split()):
        if v != "_":
            doc._put(c.id, parse_value(v))
    if REAL_009.exists():  # the real prose
        doc.sections.update(import_text(REAL_009.read_text(encoding="utf-8"), "real-009.txt").doc.sections)
    return doc


def test_shanghai_2019_page():
    orig = shanghai_doc()
    page = html_text(orig, {"wrap_headers"}, published="2020-01-31")
    res = import_bytes(page.encode("utf-8"), "shanghai-2019.html")
    doc = res.doc
    assert doc.format_id == "2019"
    assert (doc.meta.agency, doc.meta.year) == ("上海市人民政府办公厅", 2019)
    # the hand-read key figures (README: new=859; carried=18; done=805; next=72; review=7)
    for cid, v in {"t3.new.total": "859", "t3.carried.total": "18", "t3.results_total.total": "805",
                   "t3.carry_next.total": "72", "t4.review.total": "7", "t3.unable_none.natural": "252",
                   "t3.deny_process.business": "1", "t2.rules.total_public": "524", "t4.direct.total": "9"}.items():
        assert doc.value(cid).text == v, cid
    # the 总计 column printed EMPTY for result rows: blank, kept out of auto-total, flagged by the checks
    for code in ("granted", "partial", "deny_secret", "unable_none"):
        cid = f"t3.{code}.total"
        assert doc.value(cid).is_blank and cid in doc.manual
    assert any("t3.granted.total" in f.cells for f in run_checks(doc))
    # blank cells stay blank; no number anywhere the page had none
    for c in doc.spec.cells:
        if c != "t2.procurement.amount":
            assert doc.value(c) == orig.value(c), c
    # 采购总金额 "251000元": read as the plain-text importer reads the same page text
    if REAL_009.exists():
        txt = import_text(REAL_009.read_text(encoding="utf-8"), "real-009.txt").doc
        assert doc.value("t2.procurement.amount") == txt.value("t2.procurement.amount")
        for cid in ("t3.new.total", "t3.results_total.total", "t4.review.total"):
            assert doc.value(cid) == txt.value(cid)
        assert doc.sections == orig.sections


def test_half_width_and_odd_spans():
    orig = storage.load(EXAMPLE)
    page = html_text(orig, {"halfwidth"})
    page = page.replace('colspan=3', 'colspan="3;"').replace('rowspan="22"', 'rowspan="22000"', 1)
    page = page.replace("<td valign='middle'>&nbsp;</td>", "<td valign='middle'> \u00a0 </td>")
    res = import_bytes(page.encode("utf-8"), "odd.html")
    assert_same(orig, res.doc)


def test_page_without_tables_reads_text_tables(tmp_path):
    """A page whose tables were pasted as text (tab-separated in <pre>) still imports via the text engine."""
    if not REAL_009.exists():
        pytest.skip("shared reports not available")
    body = REAL_009.read_text(encoding="utf-8")
    p = tmp_path / "pre.html"
    p.write_text(f"<html><body><pre>{body}</pre></body></html>", encoding="utf-8")
    res = import_file(p)
    assert res.doc.value("t3.new.total").text == "859"
    assert res.doc.value("t4.review.total").text == "7"


def test_deeply_nested_page_is_bounded():
    page = "<html><body>" + "<div>" * 50000 + "二〇二〇年" + "</div>" * 50000 + "</body></html>"
    t = time.thread_time()
    try:
        import_bytes(page.encode(), "deep.html")
    except ImportError_:
        pass
    assert time.thread_time() - t < 20


def test_page_without_report_is_refused():
    with pytest.raises(ImportError_):
        import_bytes(b"<html><body><p>hello</p><table><tr><td>1</td></tr></table></body></html>", "x.html")


def test_title_inside_header_like_containers_is_kept():
    orig = storage.load(EXAMPLE)
    orig.meta.date = ""  # no 落款: the agency can only come from the title
    page = html_text(orig).replace('<h1 style="text-align:center">', '<header class="article-header"><h1>', 1)
    page = page.replace("</h1>", "</h1></header>", 1)
    page = page.replace("<title>", "<title>首页 - ", 1)
    res = import_bytes(page.encode("utf-8"), "hdr.html")
    assert (res.doc.meta.agency, res.doc.meta.year) == (orig.meta.agency, orig.meta.year)
    nav = "<nav><ul>" + "".join(f"<li><a>{y}年度报告</a></li>" for y in range(2015, 2024)) + "</ul></nav>"
    res = import_bytes(page.replace("<body>", "<body>" + nav, 1).encode("utf-8"), "nav.html")
    assert res.doc.meta.agency == orig.meta.agency
    assert "2015年度报告" not in "\n".join(res.doc.sections.values())


def test_tables_published_as_pictures_are_named_and_never_guessed():
    """A CMS page whose 表三 and 表四 are screenshots (<img> in the article, as many agencies publish
    them): the report says the tables are not read and that the page has pictures of them; an
    attachment icon (16 px) and the site's logo in the chrome are not counted; no number is stored."""
    import re

    page = (Path(__file__).resolve().parents[2] / "tests" / "data" / "holdout"
            / "example-2021__cms_html.html").read_text(encoding="utf-8")
    tables = re.findall(r"<table.*?</table>", page, re.S)
    t3, t4 = tables[-2], tables[-1]
    assert "申请人情况" in t3 + tables[-3] and "行政复议" in t4
    pictures = page.replace(t4, '<p style="text-align:center"><img src="/uploads/2026/01/b4.png" width="640"></p>')
    pictures = pictures.replace(t3, '<p><img src="/uploads/2026/01/b3.jpg" style="width:600px;height:380px"></p>')
    for t in tables[:-2]:
        if "申请人情况" in t or "本年新收" in t:  # 表三 cut in two parts: its first part is a picture too
            pictures = pictures.replace(t, '<p><img data-src="/uploads/2026/01/b3a.jpg"></p>')
    pictures = pictures.replace('<div class="crumbs">', '<div class="logo"><img src="/img/logo.png" width="320"></div>'
                                '<div class="crumbs">', 1)
    pictures = pictures.replace("</div><div class=\"bottom\">",
                                '<p>附件：<img src="/images/pdf.gif" width="16" height="16">年度报告.pdf</p></div>'
                                '<div class="bottom">', 1)
    res = import_bytes(pictures.encode("utf-8"), "pictures.html")
    notes = [n.message for n in res.notes if "图片" in n.message]
    assert len(notes) == 1 and "表三、表四" in notes[0] and "手工填写" in notes[0], notes
    n_pictures = int(re.search(r"网页中有 (\d+) 张图片", notes[0]).group(1))
    assert n_pictures in (3, 4)  # the tables' pictures (+ the logo, outside the chrome classes), never the icon
    doc = res.doc
    for t in ("t3", "t4"):
        assert all(doc.value(c.id).is_blank for c in doc.spec.table(t).cells)
    assert not doc.value("t2.rules.issued").is_blank  # 表二 is a real table and is read
    # the same page with its tables: no picture note
    whole = import_bytes(page.encode("utf-8"), "tables.html")
    assert not any("图片" in n.message for n in whole.notes)
