"""The summary workbook of a batch check (汇总表): one row per unit, every finding, unreadable files.

Sheets:
- "汇总": 文件, 机关, 年度, 格式, 类型 (单位报告/汇总报告), 状态, 错误数, 警告数, 提示数, 已说明, and the
  key figures (batch.KEY_FIGURES); frozen header, autofilter, red fill for units with errors,
  yellow for units with warnings only.
- "问题清单": 文件, 机关, 编号, 级别, 位置, 说明 (the message), 原文, 已说明, 审核意见 (the reviewer's
  decision on the finding — 确认问题/忽略 and the comment, gkdesk.review.decisions — while it holds).
- "无法读取": 文件, 原因.
- optional extra sheets, e.g. "名单与重复" and "同比" (gkdesk.review.folder.review_sheets).
Written atomically (the old workbook survives any failure).
"""

from __future__ import annotations

import io
import os
from copy import copy
from pathlib import Path

from ..core.errors import SaveError
from ..core.spec import get_format
from ..core.storage import atomic_write_bytes
from ..core.text import XLSX_MAX_CELL_CHARS, has_unsafe, set_text_cell
from .batch import KEY_FIGURES, SUMMARY_MARKER, BatchResult

_STATUS = {"error": "有错误", "warning": "有警告", "ok": "通过"}
_RED = "FFC7CE"
_YELLOW = "FFEB9C"
_HEADER = "DDEBF7"

UNIT_HEADERS = ("文件", "机关", "年度", "格式", "类型", "状态", "错误数", "警告数", "提示数", "已说明",
                *(label for _k, label, _c in KEY_FIGURES))
FINDING_HEADERS = ("文件", "机关", "编号", "级别", "位置", "说明", "原文", "已说明", "审核意见")
UNREADABLE_HEADERS = ("文件", "原因")
#: rows a worksheet can hold (Excel, WPS); a longer sheet ends with a row saying how many were left out
MAX_SHEET_ROWS = 1_048_576


def _capped(rows, n_rows: int, width: int):
    """`rows` with at most MAX_SHEET_ROWS − 1 below the header: the last one says how many did not fit."""
    room = MAX_SHEET_ROWS - 1
    if n_rows <= room:
        yield from rows
        return
    for i, row in enumerate(rows):
        if i == room - 1:
            note = f"……另有 {n_rows - i} 行超出工作表的行数上限（{MAX_SHEET_ROWS:,} 行），未列出"
            yield (note, *[None] * (width - 1)), None
            return
        yield row


def _rel(path: str, folder: str) -> str:
    """The path as shown: relative to the checked folder when inside it."""
    if folder:
        try:
            return str(Path(path).relative_to(folder))
        except ValueError:
            pass
    return path


def _number(d):
    if d is None:
        return None
    return int(d) if d == d.to_integral_value() else float(d)


def decision_text(decision) -> str:
    """The 审核意见 cell of a finding: "确认问题：comment", "忽略", or "" when undecided."""
    if decision is None:
        return ""
    return decision.label + (f"：{decision.comment}" if decision.comment else "")


def build_workbook(result: BatchResult, extra_sheets=(), progress=None, decisions=None):
    """The summary as an openpyxl write-only workbook (rows are streamed: time and memory linear in
    the number of rows; column widths and filters are known before the first row is written).
    `extra_sheets`: (title, headers, rows, widths) appended after the standard sheets (the
    reviewing office's roster/duplicates and year-over-year sheets, gkdesk.review.folder).
    `decisions`: the reviewer decisions (a gkdesk.review.decisions.DecisionStore) shown in 审核意见;
    only a unit with decisions has its document rebuilt (a decision holds while its finding's
    inputs are unchanged, which needs the document)."""
    from openpyxl import Workbook
    from openpyxl.cell import Cell, WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    wb = Workbook(write_only=True)
    wb.properties.title = "政府信息公开工作年度报告审核汇总表"
    wb.properties.creator = "gkdesk"
    wb.properties.keywords = SUMMARY_MARKER
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor=_HEADER)
    head_align = Alignment(horizontal="center", vertical="center", wrap_text=True)
    fills = {"error": PatternFill("solid", fgColor=_RED), "warning": PatternFill("solid", fgColor=_YELLOW)}
    wrap_top = Alignment(wrap_text=True, vertical="top")

    def sheet(title, headers, rows, n_rows, widths, wrap_col=None):
        """rows: iterable of (values, status); status picks the row's fill."""
        ws = wb.create_sheet(title)
        ws.freeze_panes = "A2"
        last = get_column_letter(len(headers))
        rows = _capped(rows, n_rows, len(headers))
        n_rows = min(n_rows, MAX_SHEET_ROWS - 1)
        ws.auto_filter.ref = f"A1:{last}{n_rows + 1}"
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        # printing: landscape, all columns on one page width, header row on every page
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.print_title_rows = "1:1"
        head = []
        for h in headers:
            cell = WriteOnlyCell(ws, h)
            cell.font, cell.fill, cell.alignment = bold, head_fill, head_align
            head.append(cell)
        ws.append(head)
        def text_cell(v):
            return set_text_cell(WriteOnlyCell(ws), v)

        # a styled cell takes the style of a prototype cell (copying its style array is much cheaper
        # than setting a fill or an alignment on every cell: openpyxl hashes the style objects each time)
        protos: dict = {}

        def proto(fill, wrap: bool):
            key = (id(fill), wrap)
            if key not in protos:
                c = WriteOnlyCell(ws)
                if fill is not None:
                    c.fill = fill
                if wrap:
                    c.alignment = wrap_top
                protos[key] = c._style
            return protos[key]

        for values, status in rows:
            fill = fills.get(status)
            # text from reports (agency, file name, quoted sentence) is always a string, never a formula
            values = [text_cell(v) if isinstance(v, str) and (v[:1] == "=" or has_unsafe(v)
                                                               or len(v) > XLSX_MAX_CELL_CHARS) else v
                      for v in values]
            if fill is None and wrap_col is None:
                ws.append(values)
                continue
            out = []
            for i, v in enumerate(values):
                if fill is None and i != wrap_col:
                    out.append(v)
                    continue
                cell = v if isinstance(v, Cell) else WriteOnlyCell(ws, v)
                cell._style = copy(proto(fill, i == wrap_col))  # (text cells carry no style of their own)
                out.append(cell)
            ws.append(out)

    folder = result.folder
    rels = [_rel(u.path, folder) for u in result.units]
    name_w = min(60, max([12] + [len(r) * 1.2 + 2 for r in rels]))
    agency_w = min(40, max([10] + [len(u.agency) * 2 + 2 for u in result.units]))

    n_findings = sum(len(u.findings) for u in result.units)
    extra_sheets = [(title, headers, list(extra_rows), widths) for title, headers, extra_rows, widths in extra_sheets]
    total = len(result.units) + n_findings + sum(len(x[2]) for x in extra_sheets)
    written = 0

    def tick(n: int = 1) -> None:
        """`progress(done, total, "")` every 500 rows written (the rows go to disk as they come)."""
        nonlocal written
        before, written = written, written + n
        if progress is not None and written // 500 != before // 500:
            progress(written, total, "")

    def unit_rows():
        for rel, u in zip(rels, result.units):
            tick()
            figures = [_number(u.figures.get(k)) for k, _l, _c in KEY_FIGURES]
            yield ((rel, u.agency, u.year, u.format_name, "汇总报告" if u.consolidated else "单位报告",
                    _STATUS[u.status], u.counts["error"], u.counts["warning"], u.counts["hint"],
                    u.counts["explained"], *figures), u.status)

    sheet("汇总", UNIT_HEADERS, unit_rows(), len(result.units),
          [name_w, agency_w, 8, 16, 10, 9, 8, 8, 8, 8] + [13] * len(KEY_FIGURES))

    def finding_rows():
        for rel, u in zip(rels, result.units):
            spec = get_format(u.format)
            doc = u.doc if decisions is not None and u.findings and decisions.has(u.path) else None
            for f in u.findings:
                tick()
                verdict = decision_text(decisions.get(u.path, doc, f)) if doc is not None else ""
                yield (rel, u.agency, f.check_id, f.severity.label, f.location(spec), f.message, f.evidence,
                       f.explained, verdict), None

    sheet("问题清单", FINDING_HEADERS, finding_rows(), n_findings,
          [name_w, agency_w, 8, 6, 44, 80, 30, 30, 30], wrap_col=5)
    rows = [((_rel(x.path, folder), x.reason), None) for x in result.unreadable]
    skip_reasons = getattr(result, "skip_reasons", {})
    rows += [((_rel(x, folder), "已跳过：" + skip_reasons.get(x, "不是单位报告")), None) for x in result.skipped]
    sheet("无法读取", UNREADABLE_HEADERS, rows, len(rows), [name_w, 100])
    def extra(extra_rows):
        for r in extra_rows:
            tick()
            yield r, None

    for title, headers, extra_rows, widths in extra_sheets:
        sheet(title, headers, extra(extra_rows), len(extra_rows), widths)
    if progress is not None and total:
        progress(total, total, "")
    return wb


def write_rows_xlsx(path: str | os.PathLike, title: str, headers, rows) -> None:
    """A one-sheet workbook of plain rows (e.g. `gkdesk compare --xlsx`), written atomically."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = title
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in rows:
        ws.append(list(r))
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    try:
        atomic_write_bytes(path, buf.getvalue())
    except OSError as e:
        raise SaveError(f"无法保存“{path}”：{e.strerror or e}。") from None


def write_summary_xlsx(result: BatchResult, path: str | os.PathLike, extra_sheets=(), progress=None,
                       decisions=None) -> None:
    """Write the summary workbook atomically; SaveError (Chinese message) on failure.
    `progress(done, total, "")` is called while the rows are written (a folder of a province has
    tens of thousands). `decisions`: see `build_workbook`."""
    last = [1]

    def relay(done: int, total: int, path: str = ""):
        last[0] = total
        return progress(done, total, path)

    wb = build_workbook(result, extra_sheets, relay if progress is not None else None, decisions)
    buf = io.BytesIO()
    wb.save(buf)
    try:
        atomic_write_bytes(path, buf.getvalue())
    except OSError as e:
        raise SaveError(f"无法保存汇总表“{path}”：{e.strerror or e}。") from None
    if progress is not None:
        progress(last[0], last[0], "")  # saved: the bar's last step
