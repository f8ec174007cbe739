"""XLSX export: render a template workbook whose cells hold Jinja expressions.

Every string cell containing a tag is rendered on its own in the sandbox. A rendered text that
is a number becomes a numeric cell. A cell holding just the placeholder of a derived total
(``{{ t3.new.total }}``) or ``{{ formula('t3.new.total') }}`` becomes a live ``=SUM(...)`` over the
cells where its parts are placed in the workbook, so the sheet still adds up after editing.
A total is written as a formula only where the report's own figure equals the sum of its parts;
otherwise the figure the clerk reported is written as is (and the checks flag the mismatch).

A template is checked once (every tag scanned and parsed, every name known; a problem names
its sheet and cell) and then cached by path, mtime and size with its loaded workbook and the
list of tagged cells (a bundled template recorded in templates/verified.json skips the check,
see .verified): a plain placeholder such as ``{{ t3.new.natural }}`` is looked up
directly, any other expression is compiled once. Every tagged cell is rewritten on each
export, so the cached workbook never carries one report's figures into the next.
"""

from __future__ import annotations

import io
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
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
from ..core.text import set_text_cell, xlsx_text
from ..core.values import State
from .common import check_template_file, template_key, write_output
from .context import TOP_LEVEL, build_context
from .sandbox import ReportEnvironment, explain, make_env
from .tagscan import fail_message, scan_template
from .verified import bundled_layout, is_verified

_TAG = re.compile(r"\{[{%#]")
_PLAIN = re.compile(r"^\s*\{\{\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)\s*\}\}\s*$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_FORMULA_MARK = "\x00gkdesk-formula:"
CACHE_SIZE = 8


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


@dataclass
class _Job:
    cell: object  # the openpyxl cell of the cached workbook
    at: str  # 工作表“表三”单元格 D6
    source: str
    path: tuple[str, ...] | None  # a plain placeholder: looked up, not rendered
    template: object = None  # compiled on first use


@dataclass
class _Checked:
    name: str
    wb: object
    env: ReportEnvironment
    jobs: list[_Job]
    where: dict[str, tuple[str, str]]  # cell id -> (sheet, coordinate) of its plain placeholder
    title: str | None
    lock: threading.Lock = field(default_factory=threading.Lock)


_CACHE: OrderedDict[tuple, _Checked] = OrderedDict()
_CACHE_LOCK = threading.Lock()


def clear_cache() -> None:
    with _CACHE_LOCK:
        _CACHE.clear()


def full_check(tpl_path: Path, spec) -> _Checked:
    """The whole check, never shortened by templates/verified.json (used to build that manifest)."""
    check_template_file(tpl_path, "XLSX", trust_manifest=False)
    return _check(tpl_path, spec, trust_manifest=False)


def _bundled_workbook(spec):
    """The bundled template's workbook built from the format (what loading the file gives, as a
    reopened sheet has it: the panes' selections at A1), in a fraction of the time of a load."""
    from .xlsxlayout import xlsx_workbook

    wb = xlsx_workbook(spec)
    for ws in wb.worksheets:
        for sel in ws.sheet_view.selection:
            sel.activeCell = sel.activeCell or "A1"
            sel.sqref = sel.sqref or "A1"
    return wb


def _check(tpl_path: Path, spec, trust_manifest: bool = True) -> _Checked:
    data = tpl_path.read_bytes()
    env = make_env(autoescape=False, extra_globals={"formula": _formula_marker}, code_cache=True)
    verified = trust_manifest and is_verified(data, "xlsx", env)  # a bundled template already checked in full
    if verified and bundled_layout(data, spec):
        wb = _bundled_workbook(spec)
    else:
        try:
            wb = load_workbook(tpl_path)
        except Exception as e:  # noqa: BLE001 - openpyxl raises many kinds on bad files
            raise ExportError(f"无法打开 XLSX 模板“{tpl_path.name}”：{type(e).__name__}: {e}") from None
    known = set(TOP_LEVEL) | set(env.globals)
    jobs: list[_Job] = []
    where: dict[str, tuple[str, str]] = {}
    problems: list[str] = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                v = cell.value
                if not isinstance(v, str) or not _TAG.search(v) and "}}" not in v and "%}" not in v:
                    continue
                at = f"工作表“{ws.title}”单元格 {cell.coordinate}"
                if verified:
                    m = _PLAIN.match(v)
                    if m and m.group(1) in spec.cells:
                        where.setdefault(m.group(1), (ws.title, cell.coordinate))
                    jobs.append(_Job(cell, at, v, tuple(m.group(1).split(".")) if m else None))
                    continue
                found = scan_template([(f"{ws.title}!{cell.coordinate}（{at}）", v, False)], env).problems
                if found:
                    problems += found
                    continue
                try:
                    ast = env.parse(v)
                except TemplateError as e:
                    problems.append(f"{ws.title}!{cell.coordinate}（{at}）的标签“{v.strip()[:40]}”有误：{explain(e)}")
                    continue
                unknown = jmeta.find_undeclared_variables(ast) - known
                if unknown:
                    names = "、".join(f"“{n}”" for n in sorted(unknown))
                    problems.append(f"{ws.title}!{cell.coordinate}（{at}）中有未知的变量 {names}，"
                                    "可用的变量见 templates/README.md")
                    continue
                m = _PLAIN.match(v)
                path = tuple(m.group(1).split(".")) if m else None
                if m and m.group(1) in spec.cells:
                    where.setdefault(m.group(1), (ws.title, cell.coordinate))
                jobs.append(_Job(cell, at, v, path))
    if problems:
        raise fail_message(tpl_path.name, problems)
    title = wb.properties.title
    return _Checked(tpl_path.name, wb, env, jobs, where, title if title and _TAG.search(title) else None)


def _checked(tpl_path: Path, spec) -> _Checked:
    check_template_file(tpl_path, "XLSX")
    key = (template_key(tpl_path), spec.id)
    with _CACHE_LOCK:
        hit = _CACHE.get(key)
        if hit is not None:
            _CACHE.move_to_end(key)
            return hit
    checked = _check(tpl_path, spec)
    with _CACHE_LOCK:
        _CACHE[key] = checked
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    return checked


def _lookup(ctx: dict, path: tuple[str, ...]):
    """ctx[a][b][c] for a plain placeholder; None when the path is not plain data (render it instead)."""
    node = ctx
    for part in path:
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node if isinstance(node, str) else None


def render_xlsx(doc: Document, template: str | Path | None = None) -> bytes:
    tpl_path = Path(template) if template else default_template(doc.format_id)
    spec = doc.spec
    checked = _checked(tpl_path, spec)
    ctx = build_context(doc)
    name = checked.name
    where = checked.where

    def formula_for(cid: str, here: str) -> str | None:
        s = spec.defining_sum(cid)
        if s is None or any(p not in where for p in s.parts):
            return None
        v = doc.value(cid)
        expected = totals.compute(doc, cid)
        if v.state is not State.NUMBER or expected.state is not State.NUMBER or v.number != expected.number:
            return None
        return _sum_formula([where[p] for p in s.parts], here)

    with checked.lock:
        env = checked.env
        for job in checked.jobs:
            cell = job.cell
            here = cell.parent.title
            cid = ".".join(job.path) if job.path and ".".join(job.path) in spec.cells else None
            if cid is not None and spec.cells[cid].derived:
                f = formula_for(cid, here)
                _put(cell, f if f is not None else _cell_value(ctx["cells"][cid]), formula=f is not None)
                continue
            text = _lookup(ctx, job.path) if job.path else None
            if text is None:
                env.reset_budget()
                try:
                    if job.template is None:
                        job.template = env.from_string(job.source)
                    text = job.template.render(ctx)
                except (TemplateError, SecurityError, OverflowError, RecursionError, MemoryError) as e:
                    raise explain(e, f"模板“{name}”{job.at}") from None
                except Exception as e:  # noqa: BLE001
                    raise ExportError(f"模板“{name}”{job.at}渲染失败：{type(e).__name__}: {e}") from None
            if text.startswith(_FORMULA_MARK) and text.endswith("\x00"):
                fid = text[len(_FORMULA_MARK):-1]
                if fid not in spec.cells:
                    raise ExportError(f"模板“{name}”{job.at}：formula() 中的单元格编号“{fid}”不存在")
                if not spec.cells[fid].derived:
                    raise ExportError(f"模板“{name}”{job.at}：“{fid}”不是合计格，不能写成公式")
                f = formula_for(fid, here)
                _put(cell, f if f is not None else _cell_value(ctx["cells"][fid]), formula=f is not None)
            else:
                _put(cell, _cell_value(text))
        wb = checked.wb
        if checked.title is not None:
            env.reset_budget()
            try:
                wb.properties.title = xlsx_text(env.from_string(checked.title).render(ctx))
            except (TemplateError, SecurityError, OverflowError, RecursionError, MemoryError) as e:
                # a violation is an error, never swallowed
                raise explain(e, f"模板“{name}”的文档标题（文件属性）") from None
        creator = wb.properties.creator or ""
        if doc.meta.agency or _TAG.search(creator):  # never leave the template's "{{ meta.agency }}"
            wb.properties.creator = xlsx_text(doc.meta.agency)
        wb.calculation.fullCalcOnLoad = True
        buf = io.BytesIO()
        try:
            wb.save(buf)
        except Exception as e:  # noqa: BLE001
            raise ExportError(f"生成 XLSX 失败：{type(e).__name__}: {e}") from None
    return buf.getvalue()


def _put(cell, value, formula: bool = False) -> None:
    """Rendered text is data, never a formula: a string is written as a string (see core.text);
    only our own =SUM (formula=True) is written as a formula."""
    if isinstance(value, str) and not formula:
        set_text_cell(cell, value)
    else:
        cell.value = value


def _cell_value(text: str):
    if text == "":
        return None
    n = _as_number(text.strip())
    return n if n is not None else text


def export_xlsx(doc: Document, out_path: str | Path, template: str | Path | None = None) -> None:
    """Write the three tables as XLSX; raises ExportError (Chinese message) on any failure."""
    write_output(out_path, render_xlsx(doc, template))


__all__ = ["export_xlsx", "render_xlsx", "default_template", "get_column_letter", "clear_cache"]
