"""XLSX export: render a template workbook whose cells hold Jinja expressions.

Every string cell containing a tag is rendered on its own in the sandbox. A rendered text that
is a number becomes a numeric cell. A cell holding just the placeholder of a derived total
(``{{ t3.new.total }}``) or ``{{ formula('t3.new.total') }}`` becomes a live ``=SUM(...)`` over the
cells where its parts are placed in the workbook, so the sheet still adds up after editing.
A total is written as a formula only where the report's own figure equals the sum of its parts;
otherwise the figure the clerk reported is written as is (and the checks flag the mismatch).
"""

from __future__ import annotations

import io
import re
from decimal import Decimal
from pathlib import Path

from jinja2 import meta as jmeta
from jinja2.exceptions import SecurityError, TemplateError
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.cell import coordinate_from_string

from .. import paths
from ..core import totals
from ..core.document import Document
from ..core.errors import ExportError
from ..core.values import State
from .context import build_context
from .common import check_template_file, write_output
from .sandbox import explain, make_env

_TAG = re.compile(r"\{[{%#]")
_PLAIN = re.compile(r"^\s*\{\{\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)\s*\}\}\s*$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_FORMULA_MARK = "\x00gkdesk-formula:"


def default_template(format_id: str) -> Path:
    return paths.templates_dir() / f"report-{format_id}.xlsx"


def _formula_marker(cell_id: object) -> str:
    return f"{_FORMULA_MARK}{cell_id}\x00"


def _ref(sheet: str, coord: str, here: str) -> str:
    if sheet == here:
        return coord
    return "'" + sheet.replace("'", "''") + "'!" + coord


def _sum_formula(parts: list[tuple[str, str]], here: str) -> str:
    """=SUM over part cells; a straight run of cells on one sheet becomes a range."""
    sheets = {s for s, _ in parts}
    if len(sheets) == 1 and len(parts) > 1:
        coords = [coordinate_from_string(c) for _, c in parts]
        cols = [column_index_from_string(c) for c, _ in coords]
        rows = [r for _, r in coords]
        sheet = parts[0][0]
        if len(set(rows)) == 1 and cols == list(range(cols[0], cols[0] + len(cols))):
            return f"=SUM({_ref(sheet, parts[0][1] + ':' + parts[-1][1], here)})"
        if len(set(cols)) == 1 and rows == list(range(rows[0], rows[0] + len(rows))):
            return f"=SUM({_ref(sheet, parts[0][1] + ':' + parts[-1][1], here)})"
    return "=SUM(" + ",".join(_ref(s, c, here) for s, c in parts) + ")"


def _as_number(text: str):
    if _NUMBER.match(text):
        d = Decimal(text)
        return int(d) if d == d.to_integral_value() and "." not in text else float(d)
    return None


def render_xlsx(doc: Document, template: str | Path | None = None) -> bytes:
    tpl_path = Path(template) if template else default_template(doc.format_id)
    check_template_file(tpl_path, "XLSX")
    try:
        wb = load_workbook(tpl_path)
    except Exception as e:  # noqa: BLE001 - openpyxl raises many kinds on bad files
        raise ExportError(f"无法打开 XLSX 模板“{tpl_path.name}”：{type(e).__name__}: {e}") from None
    ctx = build_context(doc)
    env = make_env(autoescape=False, extra_globals={"formula": _formula_marker})
    known = set(ctx) | set(env.globals)
    spec = doc.spec

    # pass 1: parse every tagged cell, check names, note where each value cell is placed
    jobs = []
    where: dict[str, tuple[str, str]] = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                v = cell.value
                if not isinstance(v, str) or not _TAG.search(v):
                    continue
                at = f"工作表“{ws.title}”单元格 {cell.coordinate}"
                try:
                    ast = env.parse(v)
                except TemplateError as e:
                    raise ExportError(f"模板“{tpl_path.name}”{at}的标签“{v.strip()[:40]}”有误："
                                      f"{explain(e)}") from None
                unknown = jmeta.find_undeclared_variables(ast) - known
                if unknown:
                    names = "、".join(f"“{n}”" for n in sorted(unknown))
                    raise ExportError(f"模板“{tpl_path.name}”{at}中有未知的变量 {names}。"
                                      "可用的变量见 templates/README.md。")
                m = _PLAIN.match(v)
                if m and m.group(1) in spec.cells:
                    where.setdefault(m.group(1), (ws.title, cell.coordinate))
                jobs.append((ws, cell, ast, at, m.group(1) if m else None))

    def formula_for(cid: str, here: str) -> str | None:
        s = spec.defining_sum(cid)
        if s is None or any(p not in where for p in s.parts):
            return None
        v = doc.value(cid)
        expected = totals.compute(doc, cid)
        if v.state is not State.NUMBER or expected.state is not State.NUMBER or v.number != expected.number:
            return None
        return _sum_formula([where[p] for p in s.parts], here)

    # pass 2: render
    for ws, cell, src, at, plain in jobs:
        cid = plain if plain in spec.cells else None
        if cid is None or not spec.cells[cid].derived:
            env.reset_budget()
            try:
                text = env.from_string(src).render(ctx)  # src: the parsed template
            except (TemplateError, SecurityError, OverflowError, RecursionError, MemoryError) as e:
                raise explain(e, f"模板“{tpl_path.name}”{at}") from None
            except Exception as e:  # noqa: BLE001
                raise ExportError(f"模板“{tpl_path.name}”{at}渲染失败：{type(e).__name__}: {e}") from None
            if text.startswith(_FORMULA_MARK) and text.endswith("\x00"):
                cid = text[len(_FORMULA_MARK):-1]
                if cid not in spec.cells:
                    raise ExportError(f"模板“{tpl_path.name}”{at}：formula() 中的单元格编号“{cid}”不存在")
                if not spec.cells[cid].derived:
                    raise ExportError(f"模板“{tpl_path.name}”{at}：“{cid}”不是合计格，不能写成公式")
            else:
                cell.value = _cell_value(text)
                continue
        f = formula_for(cid, ws.title)
        cell.value = f if f is not None else _cell_value(ctx["cells"][cid])

    try:
        title = wb.properties.title
        if title and _TAG.search(title):
            wb.properties.title = env.from_string(title).render(ctx)
    except TemplateError:
        pass
    wb.calculation.fullCalcOnLoad = True
    buf = io.BytesIO()
    try:
        wb.save(buf)
    except Exception as e:  # noqa: BLE001
        raise ExportError(f"生成 XLSX 失败：{type(e).__name__}: {e}") from None
    return buf.getvalue()


def _cell_value(text: str):
    if text == "":
        return None
    n = _as_number(text.strip())
    return n if n is not None else text


def export_xlsx(doc: Document, out_path: str | Path, template: str | Path | None = None) -> None:
    """Write the three tables as XLSX; raises ExportError (Chinese message) on any failure."""
    write_output(out_path, render_xlsx(doc, template))


__all__ = ["export_xlsx", "render_xlsx", "default_template", "get_column_letter"]
