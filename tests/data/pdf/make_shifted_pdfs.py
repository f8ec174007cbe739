"""Write t3_continued_on_own_edges.pdf (and its .printed.json) beside this script:

    .venv/bin/python tests/data/pdf/make_shifted_pdfs.py

A 2021 表三 ruled as LibreOffice draws a clerk's Word table that runs over three pages with a
备注 column: each page's part of the table is drawn on column lines of its own. Page 1 holds the
header and the first rows; on page 2 the label columns are narrower, so every value cell starts
more than one column left of its header on page 1 (ho241 real-009 wide_pdf); on page 3 the label
columns are wider, so the row labels reach into the first value column by less than half of it
(ho241 P09 wide_pdf), and each label column is a cell of its own there, a merged label
repeated in each. 四、结转下年度继续办理 is printed empty (nothing carried over). The outer edges of the table are the same on every page. 自然人 and 总计 are printed in both
lower header rows, 总计's cells 4 pt apart (ho241 real-004 wide_pdf). Rows whose group
label is merged in Word are printed with the group label repeated, as LibreOffice does.

Deterministic: reportlab with the standard CID font STSong-Light (no font file, nothing embedded),
no dates. The truth is the table this script draws (cell id -> printed text), never the importer's
output.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

FONT = "STSong-Light"
PAGE_W, PAGE_H = 612.0, 792.0
LEFT, RIGHT = 84.6, 538.1
N_VALUES = 7  # 自然人 … 总计; an 8th column is the clerk's 备注

#: per page: the x of the label columns' lines (3 label columns) before the value columns
LABEL_EDGES = {1: (LEFT, 126.7, 177.5, 315.4), 2: (LEFT, 126.7, 177.5, 278.4), 3: (LEFT, 126.7, 177.5, 327.0)}
#: the rows (by row code) each page holds, in table order
PAGES = {
    1: ["new", "carried", "granted", "partial", "deny_secret", "deny_law", "deny_safety", "deny_third_party",
        "deny_internal"],
    2: ["deny_process", "deny_enforcement", "deny_inquiry", "unable_none", "unable_make", "unable_unclear",
        "reject_petition", "reject_repeat", "reject_publication"],
    3: ["reject_mass", "reject_confirm", "other_overdue", "other_unpaid", "other_misc", "results_total",
        "carry_next"],
}
#: printed numbers of the rows (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他); totals are computed
NUMBERS = {
    "new": (147, 10, 0, 0, 2, 1), "carried": (6, 0, 0, 0, 0, 0),
    "granted": (61, 5, 0, 0, 1, 0), "partial": (9, 1, 0, 0, 0, 0), "deny_internal": (2, 0, 0, 0, 0, 0),
    "deny_process": (3, 1, 0, 0, 0, 0), "deny_inquiry": (4, 0, 0, 0, 0, 0),
    "unable_none": (35, 2, 0, 0, 1, 1), "unable_make": (7, 0, 0, 0, 0, 0), "unable_unclear": (25, 0, 0, 0, 0, 0),
    "reject_petition": (2, 1, 0, 0, 0, 0), "reject_repeat": (5, 0, 0, 0, 0, 0),
}
#: rows printed with every value cell empty (labels only)
EMPTY_ROWS = {"deny_secret", "deny_law", "deny_safety", "deny_third_party", "deny_enforcement",
              "reject_publication", "reject_mass", "reject_confirm", "other_overdue", "other_unpaid", "other_misc",
              "carry_next"}  # nothing carried over: the clerk left the row empty
REMARK = {"new": "无", "reject_repeat": "无", "other_misc": "无"}


def _spec():
    from gkdesk.core.spec import all_formats

    return next(f for f in all_formats() if f.id == "2021").table("t3")


def _rows() -> tuple[dict[str, tuple[str, str, str]], dict[str, list[str]]]:
    """Per row code: its three label cells (group, subgroup, own; repeated where merged), and the
    printed texts of its 7 value cells."""
    t = _spec()
    labels: dict[str, tuple[str, str, str]] = {}
    for c in t.cells:
        if c.row not in labels:
            ls = list(c.row_labels)
            ls = ls + [ls[-1]] * (3 - len(ls))
            labels[c.row] = (ls[0], ls[1], ls[2])
    nums = dict(NUMBERS)
    results = [r for r in labels if r not in ("new", "carried", "results_total", "carry_next")]
    nums["results_total"] = tuple(sum(nums.get(r, (0,) * 6)[k] for r in results) for k in range(6))
    got = tuple(nums["new"][k] + nums["carried"][k] - nums["results_total"][k] for k in range(6))
    assert all(x == 0 for x in got)
    nums["carry_next"] = got
    texts: dict[str, list[str]] = {}
    for r in labels:
        if r in EMPTY_ROWS:
            texts[r] = [""] * N_VALUES
        else:
            v = nums.get(r, (0,) * 6)
            texts[r] = [str(x) for x in v] + [str(sum(v))]
    return labels, texts


def _wrap(text: str, width: float, size: float) -> list[str]:
    per = max(1, int((width - 4) // size))
    return [text[i:i + per] for i in range(0, len(text), per)] or [""]


def _cell(c, x0: float, x1: float, top: float, bottom: float, text: str, size: float = 7.0) -> None:
    """One ruled cell (y measured from the page top) with its text wrapped and centred."""
    c.setLineWidth(0.5)
    c.rect(x0, PAGE_H - bottom, x1 - x0, bottom - top)
    lines = _wrap(text, x1 - x0, size)
    h = len(lines) * (size + 1.5)
    y = top + (bottom - top - h) / 2 + size
    for ln in lines:
        c.drawCentredString((x0 + x1) / 2, PAGE_H - y, ln)
        y += size + 1.5


def _height(texts: list[tuple[str, float]], size: float = 7.0) -> float:
    return max(len(_wrap(t, w, size)) for t, w in texts) * (size + 1.5) + 6


def make() -> tuple[bytes, dict[str, str]]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    labels, texts = _rows()
    t = _spec()
    printed = {c.id: texts[c.row][k] for c in t.cells for k, col in enumerate(
        ["natural", "business", "research", "nonprofit", "legal", "other", "total"]) if c.id == f"t3.{c.row}.{col}"}
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setTitle("")
    c.setAuthor("")
    for page, codes in PAGES.items():
        c.setFont(FONT, 10.5)
        top = 72.0
        if page == 1:
            c.drawString(LEFT, PAGE_H - 40, "某县人力资源和社会保障局2023年政府信息公开工作年度报告")
            c.drawString(LEFT, PAGE_H - 60, "三、收到和处理政府信息公开申请情况")
        c.setFont(FONT, 7.0)
        lx = LABEL_EDGES[page]
        vw = (RIGHT - lx[3]) / (N_VALUES + 1)
        vx = [lx[3] + k * vw for k in range(N_VALUES + 2)]
        vx[-1] = RIGHT
        if page == 1:
            heads = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
            h1, h2 = 16.0, 16.0
            h3 = _height([(x, vw) for x in heads])
            corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
            _cell(c, lx[0], lx[3], top, top + h1 + h2 + h3, corner)
            _cell(c, vx[0], vx[7], top, top + h1, "申请人情况")
            _cell(c, vx[7], vx[8], top, top + h1 + h2 + h3, "备注")
            # 自然人 and 总计 printed in both lower header rows (the Word table's cells not merged
            # down), the second row's line between 法人或其他组织 and 总计 drawn 4 pt left of the
            # third row's between 其他 and 总计
            _cell(c, vx[0], vx[1], top + h1, top + h1 + h2, "自然人")
            _cell(c, vx[1], vx[6] - 4.0, top + h1, top + h1 + h2, "法人或其他组织")
            _cell(c, vx[6] - 4.0, vx[7], top + h1, top + h1 + h2, "总计")
            for k in range(0, 7):
                _cell(c, vx[k], vx[k + 1], top + h1 + h2, top + h1 + h2 + h3, heads[k])
            top += h1 + h2 + h3
        for code in codes:
            g, sub, own = labels[code]
            if page == 3:  # each label column its own cell, a merged label repeated in each
                cells = [(g, lx[0], lx[1]), (sub, lx[1], lx[2]), (own, lx[2], lx[3])]
            elif g == sub == own:
                cells = [(g, lx[0], lx[3])]
            elif sub == own:
                cells = [(g, lx[0], lx[1]), (sub, lx[1], lx[3])]
            else:
                cells = [(g, lx[0], lx[1]), (sub, lx[1], lx[2]), (own, lx[2], lx[3])]
            h = max(_height([(x, b - a) for x, a, b in cells]), 16.0)
            for x, a, b in cells:
                _cell(c, a, b, top, top + h, x)
            for k, x in enumerate(texts[code]):
                _cell(c, vx[k], vx[k + 1], top, top + h, x)
            _cell(c, vx[7], vx[8], top, top + h, REMARK.get(code, ""))
            top += h
        c.setFont(FONT, 9)
        c.drawCentredString(PAGE_W / 2, 40, f"— {page} —")
        c.showPage()
    c.save()
    return buf.getvalue(), printed


if __name__ == "__main__":
    data, printed = make()
    (HERE / "t3_continued_on_own_edges.pdf").write_bytes(data)
    (HERE / "t3_continued_on_own_edges.printed.json").write_text(
        json.dumps(printed, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"t3_continued_on_own_edges.pdf: {len(data)} bytes, {len(printed)} cells")
