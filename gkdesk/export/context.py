"""The template context: everything a DOCX/XLSX template can use, as plain dicts, lists and strings.

`build_context(doc)` is the ONLY input of every template (the default ones and the clerk's own).
The names are documented in templates/README.md, which a test checks against this function.

Cell text follows the report exactly: a number in canonical form (amounts with at most four
decimals; the unit is printed in the column header), "" only for a cell the clerk left blank,
and a not-applicable marker or other text as typed.
"""

from __future__ import annotations

import re
from datetime import date as _date
from decimal import ROUND_HALF_UP, Decimal

from ..core.document import Document, cleaned_copy
from ..core.values import CellValue, State, canonical

AMOUNT_DECIMALS = 4

#: top-level names of the context with a one-line description (Chinese, for templates/README.md)
TOP_LEVEL = {
    "title": "报告标题，如“示例市生态环境局2025年政府信息公开工作年度报告”",
    "title_lines": "标题分行（列表）：标题过长时在机关名称之后断行，不把词拆开（每行一段，用 {%p for line in title_lines %}）",
    "meta": "报告信息：meta.agency 机关名称，meta.year 报告年度，meta.date 成文日期（如“2026年1月20日”），"
            "meta.date_iso 成文日期（2026-01-20），meta.contact 联系方式，meta.title 报告标题",
    "contact_line": "联系方式一句（如“联系电话：0000-1234567”）；未填写联系方式时为空",
    "signature": "落款：signature.agency 发文机关署名，signature.date 成文日期（未填写时为待手写的“　　年　月　日”），"
                 "signature.agency_line、signature.date_line 为按 GB/T 9704 排好的两行（日期右空四字，"
                 "机关名称以日期为准居中；请放在右对齐的段落中），signature.dated 是否已填写成文日期",
    "format": "格式版本：format.id（“2019”或“2021”），format.name，format.basis 依据文号，format.title",
    "sections": "六个部分的列表（按顺序），每项含 key、number（“一”）、heading（“一、总体情况”）、title（“总体情况”）、"
                "text 全文、paragraphs 段落列表、blocks 段落列表（每段 lead 为“（一）……。”小标题，body 为其余文字，"
                "keep 表示该段须与下一段同页：单独成行的小标题、表格前和落款前的最后一段）、"
                "table 所附表格键（t2/t3/t4，无则为空）、empty 该部分未填写（六、其他需要报告的事项未填写时印“无。”）",
    "s1": "一、总体情况（与 sections 中的一项相同：s1.heading、s1.paragraphs、s1.blocks 等）",
    "s2": "二、主动公开政府信息情况（正文部分，表格见 t2）",
    "s3": "三、收到和处理政府信息公开申请情况（正文部分，表格见 t3）",
    "s4": "四、政府信息公开行政复议、行政诉讼情况（正文部分，表格见 t4）",
    "s5": "五、存在的主要问题及改进情况",
    "s6": "六、其他需要报告的事项",
    "t2": "表二的单元格：t2.行.列，如 t2.license.decisions、t2.fees.amount",
    "t3": "表三的单元格：t3.行.列，如 t3.new.natural、t3.results_total.total",
    "t4": "表四的单元格：t4.组.列（无行代码），如 t4.review.total、t4.after.pending",
    "cells": "全部单元格，按编号取值：cells['t3.new.total']",
    "tables": "表格结构（供自行循环排版）：tables.t3.rows 为各行，每行是若干格，每格含 r、c、rs（跨行）、cs（跨列）、"
              "role（corner/header/title/rowlabel/value）、text（标签或数值）、cell（单元格编号）；另有 name、title、"
              "n_rows、n_cols、header_rows、label_cols",
    "tables_list": "同 tables，按表二、表三、表四顺序排成列表",
}

_LEAD = re.compile(r"^(（[一二三四五六七八九十]+）[^。；：:！？\n]{0,40}?[。：:])(.*)$", re.S)
_LEAD_ONLY = re.compile(r"^（[一二三四五六七八九十]+）[^。]{0,40}$")


def cell_text(doc: Document, cell_id: str) -> str:
    """The text a template prints for one cell."""
    v: CellValue = doc.value(cell_id)
    if v.state is State.BLANK:
        return ""
    if v.state is State.NUMBER and v.number is not None:
        d = v.number
        if doc.spec.cells[cell_id].kind == "amount":
            exp = d.as_tuple().exponent
            if isinstance(exp, int) and exp < -AMOUNT_DECIMALS:
                d = d.quantize(Decimal(1).scaleb(-AMOUNT_DECIMALS), rounding=ROUND_HALF_UP)
        return canonical(d)
    return v.text


def format_date(iso: str) -> str:
    """"2026-01-20" → "2026年1月20日" (GB/T 9704: no leading zeros); anything else as typed."""
    try:
        d = _date.fromisoformat(iso.strip())
    except (ValueError, AttributeError):
        return iso or ""
    return f"{d.year}年{d.month}月{d.day}日"


TITLE_LINE_CHARS = 20  # 2号 characters on one 156 mm line


def title_lines(doc: Document) -> list[str]:
    """The title as printed lines: a long title breaks after the agency name, never inside a word."""
    title = doc.title
    rest = title[len(doc.meta.agency):]
    if len(title) <= TITLE_LINE_CHARS or not doc.meta.agency or len(doc.meta.agency) > TITLE_LINE_CHARS:
        return [title]
    return [doc.meta.agency, rest]


#: printed for an empty 六、其他需要报告的事项 (the common practice: the section must be there)
EMPTY_SECTION_TEXT = {"s6": "无。"}
DATE_TO_FILL = "　　年　月　日"
DATE_INSET_CHARS = 4  # GB/T 9704 7.3.5.1: 成文日期右空四字
_CONTACT_LABEL = re.compile(r"^\s*(联系|咨询|电话|地址|邮箱|电子邮箱|传真|邮编|Tel|E-?mail)", re.I)


def text_width(text: str) -> float:
    """Printed width in 字 (one CJK character); Latin letters and digits count half."""
    import unicodedata

    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in text)


def _pad(chars: float) -> str:
    """Full-width spaces (一字) and at most one en space (半字) for a width in 字."""
    halves = max(0, round(chars * 2))
    return "\u3000" * (halves // 2) + ("\u2002" if halves % 2 else "")


def signature_lines(agency: str, date: str) -> tuple[str, str]:
    """(agency line, date line) for right-aligned paragraphs: the date 右空四字, the agency centred over it.

    The spacing is trailing full-width space, so it survives any template style; when the agency is
    so long that centring would push it past the margin, it ends flush right and the date moves left.
    """
    w_a, w_d = text_width(agency), text_width(date)
    right_date = float(DATE_INSET_CHARS)
    right_agency = right_date + (w_d - w_a) / 2
    if right_agency < 0:
        right_date -= right_agency
        right_agency = 0.0
    return agency + _pad(right_agency), date + _pad(right_date)


def contact_sentence(contact: str) -> str:
    contact = (contact or "").strip()
    if not contact:
        return ""
    line = contact if _CONTACT_LABEL.match(contact) else f"联系方式：{contact}"
    return line if line[-1] in "。.；;！!" else line + "。"


def split_paragraphs(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def paragraph_block(para: str) -> dict:
    """Split a leading "（一）主动公开。" sub-heading (printed in 楷体) from the rest of a paragraph."""
    m = _LEAD.match(para)
    if m:
        return {"lead": m.group(1), "body": m.group(2), "text": para}
    if _LEAD_ONLY.match(para):
        return {"lead": para, "body": "", "text": para}
    return {"lead": "", "body": para, "text": para}


def _nest(flat: dict[str, str], table: str) -> dict:
    out: dict = {}
    for cid, text in flat.items():
        parts = cid.split(".")
        if parts[0] != table:
            continue
        node = out
        for p in parts[1:-1]:
            node = node.setdefault(p, {})
        node[parts[-1]] = text
    return out


def _table_context(doc: Document, key: str, flat: dict[str, str]) -> dict:
    t = doc.spec.table(key)
    rows: list[list[dict]] = [[] for _ in range(t.n_rows)]
    items = []
    for it in sorted(t.items, key=lambda i: (i.r, i.c)):
        d = {"r": it.r, "c": it.c, "rs": it.rs, "cs": it.cs, "role": it.role,
             "text": flat[it.cell] if it.role == "value" else it.text, "cell": it.cell}
        rows[it.r].append(d)
        items.append(d)
    return {"key": t.key, "name": t.name, "title": t.title, "n_rows": t.n_rows, "n_cols": t.n_cols,
            "header_rows": t.header_rows, "label_cols": t.label_cols, "rows": rows, "items": items}


def build_context(doc: Document) -> dict:
    """The one dict every template renders from (plain data only)."""
    doc = cleaned_copy(doc)  # no control character or lone surrogate reaches the XML
    spec = doc.spec
    flat = {cid: cell_text(doc, cid) for cid in spec.cells}
    title = doc.title
    meta = {"agency": doc.meta.agency, "year": str(doc.meta.year) if doc.meta.year else "",
            "date": format_date(doc.meta.date), "date_iso": doc.meta.date or "", "contact": doc.meta.contact,
            "title": title}
    contact = contact_sentence(doc.meta.contact)
    sections = []
    for s in spec.sections:
        text = (doc.sections.get(s.key, "") or "").strip()
        paras = split_paragraphs(text)
        empty = not paras
        if empty and s.key in EMPTY_SECTION_TEXT:
            text = EMPTY_SECTION_TEXT[s.key]
            paras = [text]
        blocks = [paragraph_block(p) for p in paras]
        for b in blocks:  # a sub-heading alone on its line stays with the paragraph after it
            b["keep"] = bool(b["lead"]) and not b["body"]
        if blocks and s.table:  # the last line before a table stays with the table
            blocks[-1]["keep"] = True
        sections.append({"key": s.key, "number": s.number, "heading": s.heading, "title": s.title,
                         "text": text, "paragraphs": paras, "blocks": blocks, "table": s.table, "empty": empty})
    last = next((x for x in reversed(sections) if x["blocks"]), None)
    if last is not None:  # the last lines of text stay with the (contact line and the) 落款
        last["blocks"][-1]["keep"] = True
    sign_date = format_date(doc.meta.date) if doc.meta.date else DATE_TO_FILL
    agency_line, date_line = signature_lines(doc.meta.agency, sign_date)
    signature = {"agency": doc.meta.agency, "date": sign_date, "agency_line": agency_line, "date_line": date_line,
                 "dated": bool(doc.meta.date)}
    tables = {t.key: _table_context(doc, t.key, flat) for t in spec.tables}
    ctx: dict = {
        "title": title,
        "title_lines": title_lines(doc),
        "meta": meta,
        "contact_line": contact,
        "signature": signature,
        "format": {"id": spec.id, "name": spec.name, "basis": spec.basis, "title": spec.title},
        "sections": sections,
        "cells": flat,
        "tables": tables,
        "tables_list": [tables[t.key] for t in spec.tables],
    }
    for s in sections:
        ctx[s["key"]] = s
    for t in spec.tables:
        ctx[t.key] = _nest(flat, t.key)
    missing = set(ctx) ^ set(TOP_LEVEL)
    assert not missing, f"context names and TOP_LEVEL disagree: {missing}"
    return ctx
