"""DOCX export: render a Word template (docxtpl + Jinja sandbox) with the report context.

A template fails loudly. Before anything renders, every paragraph and table cell (and the
headers and footers) is scanned for tags that are not closed, closers without an opener, tags
that do not parse, ``{%p … %}`` tags sharing their paragraph with text (docxtpl deletes that
paragraph), and block tags without their end tag; the message names the place in Chinese
(第N段 / 第N个表格第r行第c列 / 页眉 / 页脚) and quotes the paragraph. After rendering, no
Jinja delimiter may remain and every fixed paragraph of the template that no tag removes
must still be there.

A template that passed these checks is cached by path, mtime and size, with its parsed and
compiled parts, so the next export skips the checks and docxtpl's undeclared-variable pass. A
bundled template recorded in templates/verified.json (see .verified) skips that pass, and the parse
of each tag in the scan, from the start; its compiled code and patched XML ship with gkdesk
(.codecache, .precompile).
"""

from __future__ import annotations

import io
import re
import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from docx.oxml.ns import qn
from docxtpl import DocxTemplate
from jinja2 import TemplateSyntaxError, meta
from jinja2.exceptions import SecurityError, TemplateError, UndefinedError

from .. import paths
from ..core.document import Document, cleaned_copy
from ..core.errors import ExportError
from . import codecache
from .common import check_template_file, template_key, write_output
from .context import TOP_LEVEL, build_context
from .sandbox import ReportEnvironment, explain, make_env
from .tagscan import DELIM, fail_message, quote, scan_template
from .verified import is_verified

__all__ = ["default_template", "render_docx", "export_docx", "scan_template", "write_output"]

_XML_TAG = re.compile(r"<[^>]+>")
#: the characters docxtpl's resolve_listing turns into tabs, paragraphs, line and page breaks
_LISTING_CHARS = ("\t", "\a", "\n", "\f")
CACHE_SIZE = 8


def default_template(format_id: str) -> Path:
    return paths.templates_dir() / f"report-{format_id}.docx"


# ------------------------------------------------------------------------------ places and texts
def _ptext(p) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def _places(docx) -> list[tuple[str, str, bool]]:
    """(place, text, in_body) of every paragraph in reading order: body, tables, headers, footers."""
    out: list[tuple[str, str, bool]] = []
    n_par = n_tbl = 0
    for child in docx.element.body.iterchildren():
        if child.tag == qn("w:p"):
            n_par += 1
            out.append((f"第{n_par}段", _ptext(child), True))
        elif child.tag == qn("w:tbl"):
            n_tbl += 1
            for r, tr in enumerate(child.findall(qn("w:tr")), 1):
                for c, tc in enumerate(tr.findall(qn("w:tc")), 1):
                    for p in tc.iter(qn("w:p")):
                        out.append((f"第{n_tbl}个表格第{r}行第{c}格", _ptext(p), True))
        else:  # content controls and the like
            for p in child.iter(qn("w:p")):
                n_par += 1
                out.append((f"第{n_par}段", _ptext(p), True))
    seen = set()
    for sec in docx.sections:
        for name, hf in (("页眉", sec.header), ("页脚", sec.footer), ("偶数页页眉", sec.even_page_header),
                         ("偶数页页脚", sec.even_page_footer), ("首页页眉", sec.first_page_header),
                         ("首页页脚", sec.first_page_footer)):
            if hf.is_linked_to_previous or id(hf._element) in seen:
                continue
            seen.add(id(hf._element))
            out.extend((name, _ptext(p), False) for p in hf._element.iter(qn("w:p")))
    return out


# ------------------------------------------------------------------------------ checked templates
@dataclass
class _Checked:
    name: str
    data: bytes
    statics: Counter
    env: ReportEnvironment
    patched: dict = field(default_factory=dict)
    compiled: dict = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    spare: object = None  # the template parsed by the check, not rendered yet: the first export's copy


_CACHE: OrderedDict[tuple, _Checked] = OrderedDict()
_CACHE_LOCK = threading.Lock()


class _Template(DocxTemplate):
    """docxtpl with the patched and compiled XML parts of a checked template reused."""

    def __init__(self, checked: _Checked):
        super().__init__(io.BytesIO(checked.data))
        self._checked = checked

    def patch_xml(self, src_xml):
        memo = self._checked.patched
        out = memo.get(src_xml)
        if out is None:  # docxtpl's regex pass over the whole XML: a pure text function, kept in the cache
            out = memo[src_xml] = codecache.cached_text("docxtpl.patch_xml", _patch_salt(), src_xml,
                                                        super().patch_xml, shipped_salt=_patch_source_salt())
        return out

    def render_xml_part(self, src_xml, part, context, jinja_env=None):  # mirrors docxtpl's
        src_xml = re.sub(r"<w:p([ >])", r"\n<w:p\1", src_xml)
        env = jinja_env or self._checked.env
        try:
            self.current_rendering_part = part
            template = self._checked.compiled.get(src_xml)
            if template is None:
                template = self._checked.compiled[src_xml] = env.from_string(src_xml)
            dst_xml = template.render(context)
        except TemplateError as exc:
            if getattr(exc, "lineno", None) is not None:
                line_number = max(exc.lineno - 4, 0)
                exc.docx_context = [re.sub(r"<[^>]+>", "", x)
                                    for x in src_xml.splitlines()[line_number:line_number + 7]]
            raise
        dst_xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", dst_xml)
        dst_xml = dst_xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
        if not any(c in dst_xml for c in _LISTING_CHARS):
            return dst_xml  # resolve_listing only replaces these characters: without them it changes nothing
        return self.resolve_listing(dst_xml)


@lru_cache(maxsize=1)
def _patch_salt() -> bytes:
    import docxtpl

    return docxtpl.__version__.encode() + codecache.code_salt(DocxTemplate.patch_xml)


@lru_cache(maxsize=1)
def _patch_source_salt() -> bytes | None:
    """docxtpl's version and the source file of its patch_xml (no bytecode: the same on every Python),
    for the patched XML shipped with the bundled templates; None without the source."""
    import docxtpl

    digest = codecache.module_digest(DocxTemplate.patch_xml.__module__)
    return None if digest is None else f"{docxtpl.__version__}\0{digest}".encode()


def _undeclared(tpl: _Template, env: ReportEnvironment) -> set[str]:
    """Names the template uses that the context does not define (docxtpl's pass, run once per template)."""
    docx = tpl.get_docx()
    xml = tpl.patch_xml(tpl.xml_to_string(docx._element.body))
    for uri in (tpl.HEADER_URI, tpl.FOOTER_URI):
        for _, part in tpl.get_headers_footers(uri):
            xml += tpl.patch_xml(tpl.get_part_xml(part))
    return meta.find_undeclared_variables(env.parse(xml))


def _checked(path: Path) -> _Checked:
    check_template_file(path, "DOCX")
    key = template_key(path)
    with _CACHE_LOCK:
        hit = _CACHE.get(key)
        if hit is not None:
            _CACHE.move_to_end(key)
            return hit
    checked = _check(path, trust_manifest=True)
    with _CACHE_LOCK:
        _CACHE[key] = checked
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    return checked


def full_check(path: Path) -> _Checked:
    """The whole check, never shortened by templates/verified.json (used to build that manifest)."""
    check_template_file(path, "DOCX", trust_manifest=False)
    return _check(path, trust_manifest=False)


def _check(path: Path, trust_manifest: bool) -> _Checked:
    data = path.read_bytes()
    env = make_env(autoescape=True, code_cache=True)
    checked = _Checked(path.name, data, Counter(), env)
    tpl = _Template(checked)
    try:
        docx = tpl.get_docx()  # parses now, so that a corrupt file fails here
    except Exception as e:  # noqa: BLE001 - python-docx raises many kinds on bad files
        raise ExportError(f"无法打开 DOCX 模板“{path.name}”：{type(e).__name__}: {e}") from None
    places = _places(docx)
    verified = trust_manifest and is_verified(data, "docx", env)
    scan = scan_template(places, env, parse_tags=not verified)
    if scan.problems:
        raise fail_message(path.name, scan.problems)
    if verified:
        checked.statics = scan.statics  # a bundled template whose full check passed (see .verified)
        checked.spare = tpl
        return checked
    try:
        unknown = _undeclared(tpl, env)
    except TemplateSyntaxError as e:
        raise explain(e, f"模板“{path.name}”") from None
    except TemplateError as e:
        raise explain(e, f"模板“{path.name}”") from None
    unknown -= set(env.globals) | set(TOP_LEVEL)
    if unknown:
        names = "、".join(f"“{n}”" for n in sorted(unknown))
        where = [f"{pl}{quote(t)}" for pl, t, _ in places for n in unknown if re.search(r"\b" + re.escape(n) + r"\b", t)
                 and DELIM.search(t)]
        at = f"（见{'、'.join(where[:3])}）" if where else ""
        raise ExportError(f"模板“{path.name}”中有未知的变量 {names}{at}。可用的变量见 templates/README.md。")
    checked.statics = scan.statics
    checked.spare = tpl
    return checked


def clear_cache() -> None:
    with _CACHE_LOCK:
        _CACHE.clear()


# ------------------------------------------------------------------------------ rendering
def _leaf_strings(x) -> list[str]:
    if isinstance(x, str):
        return [x]
    if isinstance(x, dict):
        return [s for v in x.values() for s in _leaf_strings(v)]
    if isinstance(x, (list, tuple)):
        return [s for v in x for s in _leaf_strings(v)]
    return []


def _check_output(checked: _Checked, tpl: _Template, ctx: dict) -> None:
    places = _places(tpl.docx)
    left = [(pl, t) for pl, t, _ in places if DELIM.search(t)]
    if left:  # a delimiter the report's own text brought in is not a leftover tag
        data_delims = {d for s in _leaf_strings(ctx) for d in DELIM.findall(s)}
        left = [(pl, t) for pl, t in left if set(DELIM.findall(t)) - data_delims]
    if left:
        pl, t = left[0]
        raise ExportError(f"模板“{checked.name}”导出后仍有未处理的标签：导出结果{pl}{quote(t)}。请检查该处的标签是否完整。")
    got = Counter(t for _, t, in_body in places if in_body)
    lost = [t for t, n in checked.statics.items() if got[t] < n]
    if lost:
        raise ExportError(f"模板“{checked.name}”中的固定文字{quote(lost[0])}在导出结果中丢失"
                          "（可能被前面写错的标签吞掉），未导出。")


def _set_properties(tpl: _Template, doc: Document) -> None:
    cp = tpl.docx.core_properties
    if doc.meta.agency:
        cp.author = doc.meta.agency
        cp.last_modified_by = doc.meta.agency
    cp.title = doc.title
    if cp.comments and "模板" in cp.comments:
        cp.comments = ""


def render_docx(doc: Document, template: str | Path | None = None) -> bytes:
    """Render to bytes (no file written)."""
    doc = cleaned_copy(doc)  # no control character or lone surrogate reaches the XML (body or properties)
    tpl_path = Path(template) if template else default_template(doc.format_id)
    checked = _checked(tpl_path)
    ctx = build_context(doc)
    with checked.lock:
        env = checked.env
        env.reset_budget()
        tpl, checked.spare = checked.spare or _Template(checked), None
        try:
            tpl.render(ctx, jinja_env=env, autoescape=True)
        except UndefinedError as e:
            m = re.search(r"has no attribute '([^']+)'|'([^']+)' is undefined", str(e))
            name = next((g for g in m.groups() if g), "") if m else ""
            where = next((f"{pl}{quote(t)}" for pl, t, _ in _places(_template_docx(checked))
                          if name and name in t and DELIM.search(t)), "")
            raise explain(e, where) from None
        except (TemplateError, SecurityError, OverflowError, RecursionError, MemoryError) as e:
            raise explain(e, _paragraph_near(e)) from None
        except Exception as e:  # noqa: BLE001 - broken XML produced by a template, etc.
            raise ExportError(f"用模板“{checked.name}”生成文档失败：{type(e).__name__}: {e}") from None
        _check_output(checked, tpl, ctx)
        _set_properties(tpl, doc)
        buf = io.BytesIO()
        try:
            tpl.save(buf)
        except Exception as e:  # noqa: BLE001
            raise ExportError(f"生成 DOCX 失败：{type(e).__name__}: {e}") from None
    return buf.getvalue()


def _template_docx(checked: _Checked):
    """A fresh parse of the template (the rendered one has lost its tags), for naming places in errors."""
    return _Template(checked).get_docx()


def _paragraph_near(exc: BaseException) -> str:
    lines = list(getattr(exc, "docx_context", None) or [])
    if len(lines) >= 4:
        text = lines[3].strip()
    else:
        text = next((x.strip() for x in lines if x.strip()), "")
    text = _XML_TAG.sub("", text)
    return f"模板中“{text[:40]}”处" if text else ""


def export_docx(doc: Document, out_path: str | Path, template: str | Path | None = None) -> None:
    """Write the report as DOCX; raises ExportError (Chinese message) on any failure."""
    data = render_docx(doc, template)
    write_output(out_path, data)
