"""Import our own Excel export (.xlsx) back into a document.

The export (templates/report-YYYY.xlsx rendered by gkdesk.export) has one sheet per official
table laid out like the printed table (labels, merges), a title line and a line
"填报单位：…　报告年度：…（格式名）", and derived totals as formulas. Each sheet is read as a grid
of cell texts (merged ranges resolved: text at the top-left, covered cells ""), and the rows go
through the same label matching as DOCX/HTML tables (``structured.build``), so a sheet whose
rows were reordered or whose columns were moved by a clerk still reads by its labels.

Formulas: a total whose formula is the sum of exactly its parts (``=SUM(D6:I6)``, ``=D6+E6``…)
is left as an auto total (recomputed from the parts); any other formula is read from its cached
value when the file has one (saved by Excel/WPS), and otherwise left blank and reported.
"""

from __future__ import annotations

import io
import math
import re
from datetime import date, datetime

from ..core.errors import ImportError_
from . import safety
from .base import ImportResult
from .structured import Grid, Layout, build

_REF = re.compile(r"\$?([A-Z]{1,3})\$?(\d{1,7})")
_RANGE = re.compile(r"\$?([A-Z]{1,3})\$?(\d{1,7})\s*:\s*\$?([A-Z]{1,3})\$?(\d{1,7})")
_SUMLIKE = re.compile(r"^=\s*(?:SUM\s*\(([^()]*)\)|([A-Z$0-9+\s]+))\s*$", re.I)
_AGENCY = re.compile(r"填报单位[:：]\s*(.*?)\s*(?:[\u3000 ]{1,}|报告年度|$)")
_YEAR = re.compile(r"报告年度[:：]\s*(\d{4})")
#: marker a formula cell is replaced by while the grid is matched (never a valid label or number)
FORMULA_SUM = "\u0000sum"


def import_xlsx(data: bytes, source: str = "") -> ImportResult:
    safety.check_size(data, source)
    zf = safety.open_zip(data, source, "Excel（.xlsx）")
    _check_counts(safety.check_all_members(zf, source, (b"<si>", b"<si ", b"<c>", b"<c ")), source)
    check_merges(zf, source)
    try:
        sheets = _read_sheets(data, source)
    except ImportError_:
        raise
    except Exception as e:  # noqa: BLE001 - openpyxl raises many kinds on broken files
        raise ImportError_(f"“{source}”不是有效的 Excel（.xlsx）文件：{type(e).__name__}") from None
    title, sheets = sheets
    layout = Layout()
    formulas: list[tuple[int, int, int, str]] = []  # (grid index, row, col, formula)
    sheet_grids: list[Grid] = []
    header_text: list[str] = []
    for grid, fs in sheets:
        gi = len(sheet_grids)
        sheet_grids.append(grid)
        formulas.extend((gi, r, c, f) for r, c, f in fs)
        for row in grid.rows[:3]:
            header_text.extend(x for x in row if x)
    # formulas: sums are evaluated (and become auto totals); others use their cached value
    n_sums, unresolved = _resolve_formulas(sheet_grids, formulas)
    layout.blocks.extend(sheet_grids)
    layout.title_hint = title
    hint: dict = {}
    for line in header_text:
        m = _AGENCY.search(line)
        if m and m.group(1).strip() and "{{" not in m.group(1):
            hint["agency"] = m.group(1).strip()
        m = _YEAR.search(line)
        if m:
            hint["year"] = int(m.group(1))
    layout.meta_hint = hint
    if title and "{{" not in title:
        layout.blocks.insert(0, title)
    res = build(layout, source, "xlsx")
    res.notes = [n for n in res.notes if not (n.level == "missing" and "一节" in n.message)]
    res.add("info", "Excel 文件只含表格，正文各节需另行填写或从 Word/网页版导入。")
    if n_sums:
        res.add("info", f"{n_sums} 个合计单元格是求和公式，已按公式计算（自动合计）。")
    if unresolved:
        res.add("ambiguous", "以下单元格的公式不是简单求和且文件中没有保存计算结果，已留空："
                + "、".join(unresolved[:8]) + ("等" if len(unresolved) > 8 else "") + "。")
    return res


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):  # "1E999" in a cached value, NaN
            raise ImportError_("表格中有超出范围的数值（如 1E999），不是正常的年度报告数字，已拒绝导入。")
        return repr(v) if v != int(v) else str(int(v))
    if isinstance(v, (datetime, date)):
        return v.isoformat()
    return str(v)


def _check_counts(found: dict[bytes, int], source: str) -> None:
    """Refuse before openpyxl loads anything: it keeps every shared string and builds a value for
    every cell, so a small file can ask for gigabytes (a 16.8 MB workbook once took 2.4 GB)."""
    strings, cells = found[b"<si>"] + found[b"<si "], found[b"<c>"] + found[b"<c "]
    if strings > safety.MAX_TOTAL_CELLS:
        raise ImportError_(f"“{source}”中有 {strings:,} 个不同的文字，远超年度报告的正常数量，疑似异常文件，已拒绝导入。")
    if cells > safety.MAX_TOTAL_CELLS:
        raise ImportError_(f"“{source}”中有 {cells:,} 个单元格，远超年度报告的正常数量，疑似异常文件，已拒绝导入。")


def _too_large(source: str, title: str, rows, cols) -> ImportError_:
    return ImportError_(f"“{source}”的工作表“{title}”过大（{rows} 行 × {cols} 列），"
                        f"不是 gkdesk 导出的表格，已拒绝导入。")


def _read_sheets(data: bytes, source: str) -> tuple[str, list[tuple[Grid, list[tuple[int, int, str]]]]]:
    """(workbook title, [(grid, formulas)] per sheet).

    Read-only (streaming) openpyxl: cell values without styles, merged ranges from each sheet's
    <mergeCells>; the cached values of formula cells from a second read-only pass, only when the
    file has formulas. (A full load spends most of its time restyling the borders of merged cells,
    which an import never looks at.) Falls back to the full load if the workbook's sheets cannot
    be streamed."""
    from openpyxl import load_workbook

    wb_f = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        if len(wb_f.worksheets) > safety.MAX_SHEETS:
            raise ImportError_(f"“{source}”中有 {len(wb_f.worksheets)} 个工作表，数量异常，已拒绝导入。")
        title = wb_f.properties.title or ""
        if not all(hasattr(ws, "_worksheet_path") for ws in wb_f.worksheets):
            return title, _read_sheets_full(data, source)
        read = []
        any_cached = False
        for ws in wb_f.worksheets:
            declared = (ws.max_row or 0, ws.max_column or 0)
            if declared[0] > safety.MAX_SHEET_ROWS or declared[1] > safety.MAX_SHEET_COLS:
                raise _too_large(source, ws.title, *declared)
            ws.reset_dimensions()  # read every row the sheet has, whatever its <dimension> claims
            rows = []
            for row in ws.iter_rows(values_only=True):
                if len(rows) >= safety.MAX_SHEET_ROWS or len(row) > safety.MAX_SHEET_COLS:
                    raise _too_large(source, ws.title, f"{len(rows) + 1}+", f"{len(row)}")
                rows.append(row)
            # read-only sheets keep their part name and the archive they read from
            merges, has_cached = _merged_ranges(wb_f._archive, ws._worksheet_path, source)  # noqa: SLF001
            any_cached = any_cached or has_cached
            read.append((ws.title, rows, merges))
    finally:
        wb_f.close()
    cached: dict[str, list] = {}
    # the cached values of formulas need a second pass; a file saved without them (openpyxl does not
    # calculate: our own export) has none to read
    if any_cached and any(isinstance(v, str) and v.startswith("=") for _t, rows, _m in read for row in rows for v in row):
        wb_v = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            for ws in wb_v.worksheets:
                ws.reset_dimensions()
                cached[ws.title] = [row for _i, row in zip(range(safety.MAX_SHEET_ROWS), ws.iter_rows(values_only=True))]
        finally:
            wb_v.close()
    out = []
    for title_, rows, merges in read:
        out.append(_grid_of(rows, merges, cached.get(title_, [])))
    return title, out


def check_merges(zf, source: str) -> None:
    """Refuse a merged range beyond the sheet limits before openpyxl sees it: the grid is as big as
    its largest merge, and openpyxl's full load makes an object for every merged cell
    ("A1:XFD1048576" in a 5 KB file asked for 17 billion cells)."""
    for name in zf.namelist():
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            _merged_ranges(zf, name, source)


def _merged_ranges(archive, part: str, source: str = "") -> tuple[list[tuple[int, int, int, int]], bool]:
    """(min_row, min_col, max_row, max_col), 1-based, of every merged range of a sheet part; and
    whether any formula cell (<f>) carries a cached value (<v>)."""
    from openpyxl.utils.cell import range_boundaries
    from openpyxl.xml.functions import iterparse

    out = []
    has_cached = False
    with archive.open(part) as src:
        for _event, el in iterparse(src):
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "mergeCell":
                ref = el.get("ref") or ""
                if ":" in ref:
                    c1, r1, c2, r2 = range_boundaries(ref)
                    if r2 > safety.MAX_SHEET_ROWS or c2 > safety.MAX_SHEET_COLS or len(out) >= safety.MAX_TABLE_CELLS:
                        # the grid is as big as its largest merge: "A1:XFD1048576" in a 5 KB file
                        # asked for 17 billion cells
                        raise ImportError_(f"“{source}”中的合并单元格（{ref[:40]}）超出了正常表格的范围，疑似异常文件，"
                                           f"已拒绝导入。")
                    out.append((r1, c1, r2, c2))
            elif tag == "c":
                if not has_cached:  # openpyxl writes an empty <v></v> after a formula it did not calculate
                    kids = {k.tag.rsplit("}", 1)[-1]: k for k in el}
                    has_cached = "f" in kids and "v" in kids and bool(kids["v"].text)
                el.clear()  # with its <f> and <v>
            elif tag in ("row", "is", "t"):
                el.clear()  # cell data was read by iter_rows; keep memory flat
    return out, has_cached


def _grid_of(rows, merges, cached) -> tuple[Grid, list[tuple[int, int, str]]]:
    while rows and not rows[-1]:  # a trailing <row> without cells holds nothing
        rows = rows[:-1]
    n_rows = len(rows)
    n_cols = max((len(r) for r in rows), default=0)
    for _r1, _c1, r2, c2 in merges:  # a merged range spans its cells even past the last value
        n_rows, n_cols = max(n_rows, r2), max(n_cols, c2)
    grid = [["" for _ in range(n_cols)] for _ in range(n_rows)]
    formulas = []
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if isinstance(v, str) and v.startswith("="):
                value = cached[r][c] if r < len(cached) and c < len(cached[r]) else None
                formulas.append((r, c, v))
                grid[r][c] = _text(value) if value is not None else FORMULA_SUM
            elif v is not None and not isinstance(v, str) and type(v).__name__ == "ArrayFormula":
                grid[r][c] = ""
            else:
                grid[r][c] = _text(v)
    for r1, c1, r2, c2 in merges:
        for r in range(r1, min(r2, n_rows) + 1):
            for c in range(c1, min(c2, n_cols) + 1):
                if (r, c) != (r1, c1):
                    grid[r - 1][c - 1] = ""
    return Grid(grid), formulas


def _read_sheets_full(data: bytes, source: str) -> list[tuple[Grid, list[tuple[int, int, str]]]]:
    from openpyxl import load_workbook

    wb_f = load_workbook(io.BytesIO(data), data_only=False, read_only=False)
    wb_v = load_workbook(io.BytesIO(data), data_only=True, read_only=False)
    out = []
    for ws_f in wb_f.worksheets:
        if ws_f.max_row > safety.MAX_SHEET_ROWS or ws_f.max_column > safety.MAX_SHEET_COLS:
            raise _too_large(source, ws_f.title, ws_f.max_row, ws_f.max_column)
        out.append(_sheet_grid(ws_f, wb_v[ws_f.title]))
    return out


def _sheet_grid(ws_f, ws_v) -> tuple[Grid, list[tuple[int, int, str]]]:
    n_rows, n_cols = ws_f.max_row, ws_f.max_column
    rows = [["" for _ in range(n_cols)] for _ in range(n_rows)]
    formulas = []
    for r, row in enumerate(ws_f.iter_rows(min_row=1, max_row=n_rows, max_col=n_cols)):
        for c, cell in enumerate(row):
            v = cell.value
            if isinstance(v, str) and v.startswith("="):
                cached = ws_v.cell(row=r + 1, column=c + 1).value
                formulas.append((r, c, v))
                rows[r][c] = _text(cached) if cached is not None else FORMULA_SUM
            elif v is not None and not isinstance(v, str) and type(v).__name__ == "ArrayFormula":
                rows[r][c] = ""
            else:
                rows[r][c] = _text(v)
    for rng in ws_f.merged_cells.ranges:
        for r in range(rng.min_row, min(rng.max_row, n_rows) + 1):
            for c in range(rng.min_col, min(rng.max_col, n_cols) + 1):
                if (r, c) != (rng.min_row, rng.min_col):
                    rows[r - 1][c - 1] = ""
    return Grid(rows), formulas


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def formula_refs(formula: str) -> set[tuple[int, int]] | None:
    """Cells (row, col; 0-based) a pure sum formula adds up, or None for any other formula."""
    m = _SUMLIKE.match(formula.replace("$", ""))
    if not m:
        return None
    body = m.group(1) if m.group(1) is not None else m.group(2)
    out: set[tuple[int, int]] = set()
    parts = re.split(r"[,+]", body)
    for p in parts:
        p = p.strip()
        if not p:
            return None
        rm = _RANGE.fullmatch(p)
        if rm:
            c1, r1, c2, r2 = _col_index(rm.group(1)), int(rm.group(2)), _col_index(rm.group(3)), int(rm.group(4))
            if (abs(r2 - r1) + 1) * (abs(c2 - c1) + 1) > 1000:
                return None
            for r in range(min(r1, r2), max(r1, r2) + 1):
                for c in range(min(c1, c2), max(c1, c2) + 1):
                    out.add((r - 1, c))
            continue
        cm = _REF.fullmatch(p)
        if not cm:
            return None
        out.add((int(cm.group(2)) - 1, _col_index(cm.group(1))))
    return out


def _resolve_formulas(grids: list[Grid], formulas) -> tuple[int, list[str]]:
    """Evaluate the pure-sum formulas that have no cached value (openpyxl-written files have none).

    The value of ``=SUM(parts)`` is the sum of the numbers it refers to (formulas referring to
    other formulas are evaluated in dependency order); the structured import then sees a total
    equal to its parts and keeps it as an auto total. Any other formula without a cached value is
    left blank and reported. Returns (number of sums evaluated, descriptions of the others).
    """
    from decimal import Decimal, InvalidOperation

    from ..core.values import canonical

    # linear: each formula is parsed once and evaluated once, in dependency order (an explicit
    # stack, so a chain of 10,000 formulas neither takes quadratic time nor exhausts the stack)
    pending = {(gi, r, c): f for gi, r, c, f in formulas if grids[gi].rows[r][c] == FORMULA_SUM}
    refs_of: dict[tuple[int, int, int], set | None] = {}
    done = 0
    others: list[str] = []
    state: dict[tuple[int, int, int], int] = {}  # 1 = on the stack, 2 = finished

    def fail(key) -> None:
        gi, r, c = key
        grids[gi].rows[r][c] = ""
        others.append(f"{_col_letter(c)}{r + 1}（{pending[key][:40]}）")

    def usable(key) -> set | None:
        if key not in refs_of:
            gi, r, c = key
            g = grids[gi]
            refs = formula_refs(pending[key])
            if not refs or (r, c) in refs or not all(0 <= rr < len(g.rows) and 0 <= cc < len(g.rows[rr])
                                                     for rr, cc in refs):
                refs = None
            refs_of[key] = refs
        return refs_of[key]

    for root in pending:
        if state.get(root) == 2:
            continue
        stack = [root]
        while stack:
            safety.check_deadline()
            key = stack[-1]
            if state.get(key) == 2:  # reached twice (two totals share a part): done already
                stack.pop()
                continue
            gi, r, c = key
            refs = usable(key)
            if refs is None:
                state[key] = 2
                stack.pop()
                fail(key)
                continue
            state[key] = 1
            waiting = [(gi, rr, cc) for rr, cc in refs if (gi, rr, cc) in pending and state.get((gi, rr, cc)) != 2]
            if any(state.get(w) == 1 for w in waiting):  # a cycle: left blank and reported
                for k in stack:
                    if state.get(k) != 2:
                        state[k] = 2
                        fail(k)
                stack.clear()
                break
            if waiting:
                stack.extend(waiting)
                continue
            g = grids[gi]
            total, seen = Decimal(0), False
            for rr, cc in sorted(refs):
                t = g.rows[rr][cc].strip()
                try:
                    total += Decimal(t)
                    seen = True
                except InvalidOperation:
                    pass  # SUM ignores text and blanks, as Excel does
            g.rows[r][c] = canonical(total) if seen else ""
            done += 1
            state[key] = 2
            stack.pop()
    for gi, r, c, f in formulas:
        if grids[gi].rows[r][c] == FORMULA_SUM:
            grids[gi].rows[r][c] = ""
            others.append(f"{_col_letter(c)}{r + 1}（{f[:40]}）")
    return done, others


def _col_letter(c: int) -> str:
    from openpyxl.utils import get_column_letter
    return get_column_letter(c + 1)


# ------------------------------------------------------------------ a sheet embedded in a Word file

_OLE_SIZE = re.compile(rb"<(?:\w+:)?oleSize\b[^>]*?\bref=\"([A-Za-z$0-9:]+)\"")
_FMT_NOISE = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')


def shown_number(v: float, fmt: str) -> str | None:
    """The text a number shows with its cell's number format when that is every digit of the
    value (12 as "0", "#,##0" or "0.00"); a zero section printing a mark ("-") gives the mark;
    None when the format would print other digits (rounded decimals, a percentage, a date, a
    scientific form) — such a cell is left blank."""
    if not math.isfinite(v):
        return None
    text = str(int(v)) if float(v).is_integer() else repr(float(v))
    decimals = len(text.split(".")[1]) if "." in text else 0
    parts = (fmt or "General").split(";")
    section = parts[2] if v == 0 and len(parts) > 2 else parts[1] if v < 0 and len(parts) > 1 else parts[0]
    plain = _FMT_NOISE.sub("", section)
    if plain.strip().lower() in ("general", "@", ""):
        if v == 0 and len(parts) > 2 and not plain.strip():  # zero printed as a literal ("-") or nothing
            literal = re.sub(r"\\(.)", r"\1", re.sub(r"\[[^\]]*\]|_.|\*.", "", section)).replace('"', "")
            return literal.strip() or None
        return text if len(text.replace("-", "").replace(".", "")) <= 10 else None
    if re.search(r"[%eEyYmMdDhHsS]", plain):
        return None
    if not re.search(r"[0#?]", plain):
        return None
    shown = len(re.findall(r"[0#?]", plain.split(".", 1)[1])) if "." in plain else 0
    return text if decimals <= shown else None


def read_embedded(data: bytes, source: str) -> tuple[list[Grid], list[str]]:
    """The table an Excel worksheet object embedded in a Word file shows: the active sheet only
    (the other sheets are not printed), cut to the range the object displays (<oleSize ref>),
    hidden rows and columns left out, merged ranges resolved. A number whose format would print
    other digits than the value has is left blank, with a note."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter, range_boundaries

    safety.check_size(data, source)
    zf = safety.open_zip(data, source, "嵌入的 Excel 表格")
    _check_counts(safety.check_all_members(zf, source, (b"<si>", b"<si ", b"<c>", b"<c ")), source)
    check_merges(zf, source)
    try:
        wb = load_workbook(io.BytesIO(data), data_only=True, read_only=False)
    except ImportError_:
        raise
    except Exception as e:  # noqa: BLE001 - openpyxl raises many kinds on broken files
        return [], [f"文档中嵌入的 Excel 表格已损坏，未能读取（{type(e).__name__}）。"]
    ws = wb.active
    if ws is None or not hasattr(ws, "merged_cells"):
        return [], ["文档中嵌入的 Excel 对象没有可显示的工作表，未能读取。"]
    if ws.max_row > safety.MAX_SHEET_ROWS or ws.max_column > safety.MAX_SHEET_COLS:
        raise _too_large(source, ws.title, ws.max_row, ws.max_column)
    names = [n for n in zf.namelist() if n.lower().endswith("workbook.xml")]
    m = _OLE_SIZE.search(safety.read_member(zf, names[0], source)) if names else None
    try:
        c1, r1, c2, r2 = range_boundaries(m.group(1).decode().replace("$", "")) if m else (1, 1, ws.max_column, ws.max_row)
    except (ValueError, TypeError):
        c1, r1, c2, r2 = 1, 1, ws.max_column, ws.max_row
    c2, r2 = min(c2 or ws.max_column, ws.max_column, c1 + safety.MAX_SHEET_COLS), min(r2 or ws.max_row, ws.max_row, r1 + safety.MAX_SHEET_ROWS)
    rows_shown = [r for r in range(r1, r2 + 1) if not ws.row_dimensions[r].hidden]
    cols_shown = [c for c in range(c1, c2 + 1) if not ws.column_dimensions[get_column_letter(c)].hidden]
    covered = {(r, c) for rng in ws.merged_cells.ranges for r in range(rng.min_row, rng.max_row + 1)
               for c in range(rng.min_col, rng.max_col + 1) if (r, c) != (rng.min_row, rng.min_col)}
    notes: list[str] = []
    grid = []
    for r in rows_shown:
        row = []
        for c in cols_shown:
            v = None if (r, c) in covered else ws.cell(row=r, column=c).value
            if isinstance(v, bool) or v is None:
                row.append("" if v is None else str(v))
            elif isinstance(v, (int, float)):
                text = shown_number(v, ws.cell(row=r, column=c).number_format)
                if text is None:
                    notes.append(f"嵌入的 Excel 表格中 {get_column_letter(c)}{r} 单元格的数字 {v} 按其数字格式显示的位数与数值不同，"
                                 "无法确定原表印出的数字，已留空。")
                row.append(text or "")
            else:
                row.append(_text(v))
        grid.append(row)
    while grid and not any(x.strip() for x in grid[-1]):
        grid.pop()
    return ([Grid(grid)] if grid else []), notes[:10]
