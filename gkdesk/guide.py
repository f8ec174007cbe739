"""The user guide (使用说明): resources/guide/guide.html with its generated parts filled in at run time.

The hand-written text explains the work; everything that other code already knows is generated here,
so that the guide cannot drift from the program:

* `<!-- gkdesk:findings -->` — every registered check (gkdesk.checks.all_checks: id, severity, title,
  whether a 说明 is accepted) with its advice (gkdesk.checks.fixes);
* `<!-- gkdesk:cells FORMAT TABLE -->` — the counting guidance of every row and column of a table,
  from formats.toml (the same text as the cell tooltips);
* `<!-- gkdesk:relation -->` — the 表三 relation worked through with the numbers of the bundled example;
* `<!-- gkdesk:version -->` and `<!-- gkdesk:formats -->` — program version and supported formats;
* `<!-- gkdesk:import-types -->` — the file types the importers accept (gkdesk.importers).

No Qt: the GUI shows the result in a QTextBrowser, `gkdesk help --html FILE` writes it to a file and
`gkdesk help GK303` prints one entry.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from . import __version__
from .checks import all_checks
from .checks.fixes import fix_for
from .paths import resources_dir

MARKER = re.compile(r"<!--\s*gkdesk:([a-z-]+)((?:\s+[\w-]+)*)\s*-->")


def guide_dir() -> Path:
    return resources_dir() / "guide"


def guide_source() -> str:
    return (guide_dir() / "guide.html").read_text(encoding="utf-8")


def _e(text: str) -> str:
    return html.escape(text, quote=False)


# ---------------------------------------------------------------------------------------------- findings
def finding_entries() -> list[dict]:
    """One entry per registered check, in id order: what the findings list of the guide shows."""
    return [{"id": c.id, "severity": c.severity.label, "title": c.title, "explainable": c.explainable,
             "fix": fix_for(c.id)} for c in all_checks()]


FAMILIES = (
    ("GK0", "报告整体（报告信息、章节）"),
    ("GK1", "单元格的填写"),
    ("GK2", "表二"),
    ("GK3", "表三"),
    ("GK4", "表四"),
    ("GK5", "与上年度报告对照"),
    ("GK6", "正文与表格"),
    ("GK7", "汇总报告"),
)


def findings_html() -> str:
    entries = finding_entries()
    out = []
    for prefix, name in FAMILIES + (("", "其他"),):
        group = [e for e in entries if e["id"].startswith(prefix)] if prefix else \
            [e for e in entries if not any(e["id"].startswith(p) for p, _ in FAMILIES)]
        if not group:
            continue
        out.append(f"<h3>{_e(name)}</h3>")
        out.append('<table class="findings" border="1" cellspacing="0" cellpadding="4" width="100%">'
                   "<tr><th>编号</th><th>级别</th><th>含义</th><th>怎么改</th></tr>")
        for e in group:
            note = "" if not e["explainable"] else "<br/><small>确有原因时可不改，在问题列表中填写说明。</small>"
            out.append(f'<tr><td><a name="{e["id"]}"></a><b>{e["id"]}</b></td><td>{_e(e["severity"])}</td>'
                       f"<td>{_e(e['title'])}</td><td>{_e(e['fix'])}{note}</td></tr>")
        out.append("</table>")
    return "\n".join(out)


def entry_text(check_id: str) -> str | None:
    """Plain-text explanation of one finding id (for `gkdesk help GK303`), or None if unknown."""
    for e in finding_entries():
        if e["id"] == check_id.upper():
            lines = [f"{e['id']}（{e['severity']}）：{e['title']}", f"怎么改：{e['fix']}"]
            if e["explainable"]:
                lines.append("确有原因时可不改，填写说明（gkdesk check 会显示“已说明”）。")
            return "\n".join(lines)
    return None


# ---------------------------------------------------------------------------------------------- tables
def cells_html(fmt: str, table: str) -> str:
    """The counting guidance of one table: each row label and each column label with its guide text."""
    from .core.spec import get_format

    spec = get_format(fmt)
    t = spec.table(table)
    rows: dict[str, tuple[str, str]] = {}
    cols: dict[str, tuple[str, str]] = {}
    for c in t.cells:
        if t.layout == "blocks":  # 表二: the same column code means different things in different blocks
            cols.setdefault(f"{c.col_labels[0]}.{c.col}", (f"{c.col_labels[0]}　{c.col_name}", c.col_guide))
            rows.setdefault(c.row, (c.row_name, c.row_guide))
            continue
        rows.setdefault(c.row, (" ".join(c.row_labels[1:] or c.row_labels), c.row_guide))
        cols.setdefault(c.col, (" ".join(c.col_labels[1:] or c.col_labels), c.col_guide))
    out = ['<table class="cells" border="1" cellspacing="0" cellpadding="4" width="100%">'
           "<tr><th>项目</th><th>怎么计数</th></tr>"]
    for name, guide in list(rows.values()) + list(cols.values()):
        if guide:
            out.append(f"<tr><td>{_e(name)}</td><td>{_e(guide)}</td></tr>")
    out.append("</table>")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------- example
def relation_html() -> str:
    """表三's relation 一＋二＝三（七）＋四 with the example report's figures, column by column."""
    from .core import storage
    from .paths import example_report

    try:
        doc = storage.load(example_report())
    except Exception:  # noqa: BLE001 - the guide must open even if the example is missing
        return "<p>（示例报告缺失，无法显示示例数字。）</p>"
    t = doc.spec.table("t3")
    out = [f"<p>以程序自带的示例报告（{_e(doc.meta.agency)}{doc.meta.year}年度）为例：</p>",
           '<table class="relation" border="1" cellspacing="0" cellpadding="4">'
           "<tr><th>列</th><th>一、本年新收</th><th>二、上年结转</th><th>三、（七）总计</th>"
           "<th>四、结转下年度</th><th>一＋二</th><th>三＋四</th></tr>"]
    for col in t.col_codes:
        vals = [doc.value(t.cell_id(r, col)) for r in ("new", "carried", "results_total", "carry_next")]
        if not all(v.is_number for v in vals):
            continue
        a, b, c, d = (v.number for v in vals)
        if a + b + c + d == 0 and col != "total":
            continue
        name = doc.spec.cells[t.cell_id("new", col)].col_name
        mark = "" if a + b == c + d else " ✗"
        out.append(f"<tr><td>{_e(name)}</td><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td>"
                   f"<td>{a + b}</td><td>{c + d}{mark}</td></tr>")
    out.append("</table>")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------- page
def _formats_html() -> str:
    from .core.spec import all_formats

    items = [f"<li>{_e(f.title)}：{f.first_year}年度" + ("起" if f.last_year >= 9999 else f"至{f.last_year}年度")
             + "的报告</li>" for f in all_formats()]
    return "<ul>" + "".join(items) + "</ul>"


def _import_types_html() -> str:
    from .importers import SUPPORTED_SUFFIXES

    return _e("、".join(s for s in SUPPORTED_SUFFIXES if s != ".json"))


def render(source: str | None = None) -> str:
    """The complete guide as HTML (images relative to guide_dir())."""
    text = guide_source() if source is None else source

    def fill(m: re.Match) -> str:
        name, args = m.group(1), m.group(2).split()
        if name == "findings":
            return findings_html()
        if name == "cells" and len(args) == 2:
            return cells_html(*args)
        if name == "relation":
            return relation_html()
        if name == "version":
            return _e(__version__)
        if name == "formats":
            return _formats_html()
        if name == "import-types":
            return _import_types_html()
        raise ValueError(f"guide.html: unknown marker {m.group(0)}")

    return MARKER.sub(fill, text)
