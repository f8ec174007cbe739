"""DOCX export: render a Word template (docxtpl + Jinja sandbox) with the report context."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from docxtpl import DocxTemplate
from jinja2 import TemplateSyntaxError
from jinja2.exceptions import SecurityError, TemplateError, UndefinedError

from .. import paths
from ..core.document import Document
from ..core.errors import ExportError
from ..core.storage import atomic_write_bytes
from .context import build_context
from .sandbox import ReportEnvironment, explain, make_env

MAX_TEMPLATE_BYTES = 50 * 1024 * 1024
_OPEN = {"{{": "}}", "{%": "%}", "{#": "#}"}
_OPENER = re.compile(r"\{[{%#]")
_XML_TAG = re.compile(r"<[^>]+>")


def default_template(format_id: str) -> Path:
    return paths.templates_dir() / f"report-{format_id}.docx"


def _check_template_file(p: Path, kind: str) -> None:
    if not p.exists():
        raise ExportError(f"找不到{kind}模板文件“{p}”")
    if not p.is_file():
        raise ExportError(f"{kind}模板“{p}”不是文件")
    size = p.stat().st_size
    if size > MAX_TEMPLATE_BYTES:
        raise ExportError(f"{kind}模板“{p}”过大（{size // 1024 // 1024} MB）")
    if not zipfile.is_zipfile(p):
        raise ExportError(f"“{p.name}”不是有效的 {kind} 文件（可能已损坏，或是旧版 .doc/.xls 格式，请另存为 .{kind.lower()}）")


def _template_texts(tpl: DocxTemplate) -> list[str]:
    """Plain text of every paragraph of the template (body, tables, headers, footers)."""
    from docx.oxml.ns import qn

    docx = tpl.get_docx()
    roots = [docx.element.body]
    for sec in docx.sections:
        for hf in (sec.header, sec.footer, sec.even_page_header, sec.even_page_footer,
                   sec.first_page_header, sec.first_page_footer):
            if not hf.is_linked_to_previous:
                roots.append(hf._element)
    out = []
    for root in roots:
        for p in root.iter(qn("w:p")):
            out.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return out


def find_bad_tag(texts: list[str], env: ReportEnvironment) -> str | None:
    """Describe the first tag that is not closed or does not parse, naming it; None if none is found."""
    for text in texts:
        pos = 0
        while True:
            m = _OPENER.search(text, pos)
            if not m:
                break
            opener = m.group(0)
            end = text.find(_OPEN[opener], m.end())
            nxt = _OPENER.search(text, m.end())
            if end < 0 or (nxt is not None and nxt.start() < end):
                snippet = text[m.start():m.start() + 40].rstrip()
                return f"标签“{snippet}”没有闭合（缺少“{_OPEN[opener]}”）"
            tag = text[m.start():end + 2]
            probe = _probe(tag, opener)
            if probe is not None:
                try:
                    env.from_string(probe)
                except TemplateSyntaxError as e:
                    return f"标签“{tag}”写法不正确（{e.message}）"
            pos = end + 2
    return None


_BLOCKS = {"for", "if", "macro", "call", "filter", "raw", "autoescape", "with"}


def _probe(tag: str, opener: str) -> str | None:
    """A template that parses on its own iff `tag` is well-formed (block tags get their end tag)."""
    if opener == "{{":
        return tag
    if opener != "{%":
        return None
    words = tag[2:-2].split()
    if words and words[0] in ("p", "tr", "tc", "r") and len(words) > 1:  # docxtpl's {%p ... %}
        words = words[1:]
    if not words:
        return tag
    kw = words[0].lstrip("-+")
    if kw in _BLOCKS:
        return "{% " + " ".join(words) + " %}{% end" + kw + " %}"
    if kw == "set" and "=" not in words:
        return "{% " + " ".join(words) + " %}{% endset %}"
    return None  # end/else/elif etc. only make sense with their opening tag


def find_tag_with(texts: list[str], name: str) -> str | None:
    """The first tag that mentions `name` (for naming where an unknown variable is used)."""
    word = re.compile(r"\b" + re.escape(name) + r"\b")
    for text in texts:
        for m in re.finditer(r"\{[{%].*?[}%]\}", text):
            if word.search(m.group(0)):
                return m.group(0)
    return None


def _paragraph_near(exc: BaseException) -> str:
    lines = list(getattr(exc, "docx_context", None) or [])
    if len(lines) >= 4:
        text = lines[3].strip()
    else:
        text = next((x.strip() for x in lines if x.strip()), "")
    text = _XML_TAG.sub("", text)
    return f"模板中“{text[:40]}”处" if text else ""


def _load(template: Path) -> DocxTemplate:
    _check_template_file(template, "DOCX")
    try:
        tpl = DocxTemplate(str(template))
        tpl.get_docx()  # forces parsing now, so that a corrupt file fails here
    except ExportError:
        raise
    except Exception as e:  # noqa: BLE001 - python-docx raises many kinds on bad files
        raise ExportError(f"无法打开 DOCX 模板“{template.name}”：{type(e).__name__}: {e}") from None
    return tpl


def render_docx(doc: Document, template: str | Path | None = None) -> bytes:
    """Render to bytes (no file written)."""
    tpl_path = Path(template) if template else default_template(doc.format_id)
    tpl = _load(tpl_path)
    ctx = build_context(doc)
    env = make_env(autoescape=True)
    try:
        unknown = tpl.get_undeclared_template_variables(jinja_env=env, context=ctx)
    except TemplateSyntaxError as e:
        where = find_bad_tag(_template_texts(tpl), env)
        if where:
            raise ExportError(f"模板“{tpl_path.name}”中的{where}。") from None
        raise explain(e, f"模板“{tpl_path.name}”") from None
    except TemplateError as e:
        raise explain(e, f"模板“{tpl_path.name}”") from None
    unknown -= set(env.globals)
    if unknown:
        names = "、".join(f"“{n}”" for n in sorted(unknown))
        raise ExportError(f"模板“{tpl_path.name}”中有未知的变量 {names}。可用的变量见 templates/README.md。")
    env.reset_budget()
    try:
        tpl.render(ctx, jinja_env=env, autoescape=True)
    except TemplateSyntaxError as e:
        where = find_bad_tag(_template_texts(tpl), env)
        raise (ExportError(f"模板“{tpl_path.name}”中的{where}。") if where else explain(e, _paragraph_near(e))) from None
    except UndefinedError as e:
        m = re.search(r"has no attribute '([^']+)'|'([^']+)' is undefined", str(e))
        tag = find_tag_with(_template_texts(tpl), next(g for g in m.groups() if g)) if m else None
        raise explain(e, f"标签“{tag}”" if tag else _paragraph_near(e)) from None
    except (TemplateError, SecurityError, OverflowError, RecursionError, MemoryError) as e:
        raise explain(e, _paragraph_near(e)) from None
    except Exception as e:  # noqa: BLE001 - broken XML produced by a template, etc.
        raise ExportError(f"用模板“{tpl_path.name}”生成文档失败：{type(e).__name__}: {e}") from None
    buf = io.BytesIO()
    try:
        tpl.save(buf)
    except Exception as e:  # noqa: BLE001
        raise ExportError(f"生成 DOCX 失败：{type(e).__name__}: {e}") from None
    return buf.getvalue()


def export_docx(doc: Document, out_path: str | Path, template: str | Path | None = None) -> None:
    """Write the report as DOCX; raises ExportError (Chinese message) on any failure."""
    data = render_docx(doc, template)
    write_output(out_path, data)


def write_output(out_path: str | Path, data: bytes) -> None:
    out = Path(out_path)
    if out.is_dir():
        raise ExportError(f"“{out}”是一个文件夹，请给出文件名")
    if not out.parent.exists():
        raise ExportError(f"文件夹“{out.parent}”不存在")
    try:
        atomic_write_bytes(out, data)
    except PermissionError:
        raise ExportError(f"无法写入“{out}”：没有权限，或文件正被 Word/WPS/Excel 打开（请先关闭该文件）") from None
    except OSError as e:
        raise ExportError(f"无法写入“{out}”：{e.strerror or e}") from None
