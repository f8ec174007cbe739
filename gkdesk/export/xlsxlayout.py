"""The default XLSX template's layout from the format spec: one sheet per table, built with openpyxl.

`build_xlsx_template` saves it as templates/report-<format>.xlsx (tools/make_templates.py, through
.templatebuild); the XLSX export builds the same workbook in memory for the bundled template instead
of loading the saved file (see .xlsx and .verified). Only openpyxl is imported here, not python-docx.
"""

from __future__ import annotations

import io
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from ..core.spec import FormatSpec, TableSpec, get_format
from .common import rewrite_zip

_TEMPLATE_DATE = (2026, 1, 1, 0, 0, 0)  # member dates of both generated templates (reproducible)
_VOLATILE = re.compile(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>|<cp:lastModifiedBy>[^<]*</cp:lastModifiedBy>"
                       rb"|<cp:revision>[^<]*</cp:revision>")


def placeholder(cell_id: str) -> str:
    return "{{ " + cell_id + " }}"


XLSX_FONT = "宋体"
XLSX_TOP = 3  # grid starts on this sheet row (1-based): row 1 title, row 2 agency/year
XLSX_WIDTHS = {  # Excel width units (≈ half a CJK character at 10 pt), per grid column
    "t3": [4, 12, 56],
}
XLSX_LINE_PT = 15  # height of a one-line row at 10 pt
XLSX_FOOTER = "第 &P 页，共 &N 页"


def xlsx_sheet_name(t: TableSpec) -> str:
    return t.name


def xlsx_position(t: TableSpec, r: int, c: int) -> str:
    """Sheet coordinate of grid position (r, c) in the default template."""
    return f"{get_column_letter(c + 1)}{r + XLSX_TOP}"


def _xlsx_widths(t: TableSpec) -> list[float]:
    widths = XLSX_WIDTHS.get(t.key, [])
    out = []
    for c in range(t.n_cols):
        if c < len(widths):
            out.append(widths[c])
        elif t.layout == "blocks":
            out.append(22 if c == 0 else 16)
        else:
            out.append(9)
    return out


def _xlsx_lines(text: str, width_units: float) -> int:
    """Lines a label takes in a cell `width_units` wide (a CJK character is two units)."""
    per_line = max(1, int((width_units - 1) / 2))
    return max(1, -(-len(text) // per_line))


def build_xlsx_template(fmt: str | FormatSpec) -> bytes:
    """One sheet per table, each printing on one A4 page (表三 and 表四 landscape) with page
    numbers in the footer, the header rows as print titles, and a full recalculation on load."""
    buf = io.BytesIO()
    xlsx_workbook(fmt).save(buf)
    return _normalize_xlsx(buf.getvalue())


class _Styler:
    """Gives cells their style; a combination seen before is copied (openpyxl's own way of copying a
    cell's style, as in `WorksheetCopy`) instead of being looked up again in the workbook's style
    lists, which is most of the time of building the sheets. The first cell with a combination is
    styled through the normal attributes, in the same order, so the style lists come out the same."""

    def __init__(self):
        self.seen: dict[tuple, object] = {}

    def apply(self, cell, key: tuple, set_style) -> None:
        from copy import copy

        got = self.seen.get(key)
        if got is not None:
            cell._style = copy(got)
            return
        set_style(cell)
        self.seen[key] = copy(cell._style)


def _merge_cells(ws, min_row: int, min_col: int, max_row: int, max_col: int, memo: dict) -> None:
    """`ws.merge_cells(...)` with the same cells and styles as openpyxl 3.1 gives (its
    `_clean_merge_range` and `MergedCellRange.format`, step by step in the same order), except
    that a border addition already done on the same border is not worked out again: the style
    lists come out the same, in the same order (tools/make_templates.py --check compares the
    bytes with the committed templates)."""
    from openpyxl.cell.cell import MergedCell
    from openpyxl.styles.cell_style import StyleArray
    from openpyxl.worksheet.merge import MergedCellRange

    mcr = MergedCellRange(ws, f"{get_column_letter(min_col)}{min_row}:{get_column_letter(max_col)}{max_row}")
    ws.merged_cells.add(mcr)
    cells = mcr.cells
    next(cells)  # the first cell stays
    for row, col in cells:
        ws._cells[row, col] = MergedCell(ws, row, col)
    start = mcr.start_cell
    start_id = start._style.borderId
    for name in ("top", "left", "right", "bottom"):
        side = getattr(start.border, name)
        if side and side.style is None:
            continue
        border = None
        for coord in getattr(mcr, name):
            cell = ws._cells[coord]
            if not cell._style:
                cell._style = StyleArray()  # as openpyxl's style setter does
            key = (cell._style.borderId, name, start_id)
            done = memo.get(key)
            if done is None:
                border = border or Border(**{name: side})
                cell.border += border
                memo[key] = cell._style.borderId
            else:
                cell._style.borderId = done
    protection = start._style.protectionId  # format() copies the first cell's protection to every cell
    for coord in mcr.cells:
        cell = ws._cells[coord]
        if not cell._style:
            cell._style = StyleArray()
        cell._style.protectionId = protection


def xlsx_workbook(fmt: str | FormatSpec):
    """The default XLSX template as an openpyxl workbook (placeholders in the value cells): saved by
    `build_xlsx_template`, and used directly by the XLSX export for the bundled template instead
    of loading the saved file (see gkdesk.export.xlsx)."""
    from openpyxl.worksheet.page import PageMargins

    spec = get_format(fmt) if isinstance(fmt, str) else fmt
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    styler = _Styler()
    merged: dict = {}
    for t in spec.tables:
        ws = wb.create_sheet(xlsx_sheet_name(t))
        widths = _xlsx_widths(t)
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if t.n_cols > 8 else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1  # the whole table on one page
        ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.7, header=0.3, footer=0.3)
        ws.print_options.horizontalCentered = True
        ws.oddFooter.center.text = XLSX_FOOTER
        ws.oddFooter.center.size = 9
        last = get_column_letter(t.n_cols)
        ws["A1"] = f"{t.name}　{t.title}"
        ws["A1"].font = Font(name="黑体", size=14)
        ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
        _merge_cells(ws, 1, 1, 1, t.n_cols, merged)
        ws.row_dimensions[1].height = 28
        ws["A2"] = "填报单位：{{ meta.agency }}　　报告年度：{{ meta.year }}　　（{{ format.name }}）"
        ws["A2"].font = Font(name=XLSX_FONT, size=10)
        ws["A2"].alignment = Alignment(horizontal="left", vertical="center")
        _merge_cells(ws, 2, 1, 2, t.n_cols, merged)
        ws.row_dimensions[2].height = 18
        lines = [1] * t.n_rows
        for it in sorted(t.items, key=lambda i: (i.r, i.c)):
            cell = ws.cell(it.r + XLSX_TOP, it.c + 1)
            bold = it.role in ("title",)
            if it.role == "value":
                cell.value = placeholder(it.cell)
                number_format = "General" if spec.cells[it.cell].kind == "amount" else "0"

                def style(c, nf=number_format, bold=bold):
                    c.number_format = nf
                    c.alignment = Alignment(horizontal="center", vertical="center")
                    c.font = Font(name=XLSX_FONT, size=10, bold=bold)
                    c.border = border
                styler.apply(cell, ("value", number_format, bold), style)
            else:
                cell.value = it.text
                left = it.role == "rowlabel" and t.layout == "matrix" and it.rs == 1
                stacked = it.role == "rowlabel" and it.rs >= len(it.text) and it.cs == 1 and widths[it.c] < 6

                def style(c, left=left, stacked=stacked, bold=bold):
                    c.alignment = Alignment(horizontal="left" if left else "center", vertical="center",
                                            wrap_text=True, text_rotation=255 if stacked else 0)
                    c.font = Font(name=XLSX_FONT, size=10, bold=bold)
                    c.border = border
                styler.apply(cell, ("label", left, stacked, bold), style)
                if it.rs == 1 and not stacked:
                    span = sum(widths[it.c:it.c + it.cs])
                    lines[it.r] = max(lines[it.r], _xlsx_lines(it.text, span))
            if it.rs > 1 or it.cs > 1:
                _merge_cells(ws, it.r + XLSX_TOP, it.c + 1, it.r + it.rs - 1 + XLSX_TOP, it.c + it.cs, merged)
        for c, w in enumerate(widths):
            ws.column_dimensions[get_column_letter(c + 1)].width = w
        for r in range(t.n_rows):
            n = max(lines[r], 2 if r < t.header_rows else 1)
            ws.row_dimensions[r + XLSX_TOP].height = XLSX_LINE_PT * n + (3 if n > 1 else 0)
        freeze_r = t.header_rows if t.layout == "matrix" else 0
        ws.freeze_panes = xlsx_position(t, freeze_r, t.label_cols)
        ws.print_title_rows = f"{XLSX_TOP}:{XLSX_TOP + t.header_rows - 1}" if t.header_rows else None
        ws.print_area = f"A1:{last}{XLSX_TOP + t.n_rows - 1}"
    wb.properties.creator = "{{ meta.agency }}"
    wb.properties.title = "{{ title }}"
    wb.calculation.fullCalcOnLoad = True
    return wb


def xlsx_layout_signature(spec: FormatSpec) -> str:
    """What `xlsx_workbook(spec)` depends on: the tables' grids and names, the value cells' kinds, this
    builder's code and constants, and the openpyxl version. templates/verified.json records it for a
    bundled XLSX template that is byte for byte this build, so that the export may build the
    workbook instead of loading the file (see gkdesk.export.xlsx)."""
    import hashlib

    import openpyxl

    from .codecache import code_salt

    h = hashlib.sha256(repr((
        openpyxl.__version__, XLSX_FONT, XLSX_TOP, XLSX_WIDTHS, XLSX_LINE_PT, XLSX_FOOTER,
        [(t.key, t.name, t.title, t.layout, t.n_rows, t.n_cols, t.header_rows, t.label_cols, t.items)
         for t in spec.tables],
        sorted((c.id, c.kind) for c in spec.cells.values()),
    )).encode("utf-8"))
    h.update(code_salt(xlsx_workbook, _merge_cells, _Styler, _xlsx_widths, _xlsx_lines, xlsx_position,
                       xlsx_sheet_name, placeholder))
    return h.hexdigest()


def _normalize_xlsx(data: bytes) -> bytes:
    return rewrite_zip(data, lambda name, blob: _VOLATILE.sub(b"", blob) if name == "docProps/core.xml" else blob,
                       _TEMPLATE_DATE)
