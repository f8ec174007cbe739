"""HTML export: one clean page for the website, from the Jinja template templates/report.html.

The page is what a clerk pastes into the website's CMS: headings, paragraphs and the three
tables as real ``<table>`` elements whose rowspan/colspan come from the format data (the same
grid as the DOCX), table borders as HTML attributes so that they survive a CMS that strips
``<style>``, and nothing of Word (no mso- styles, no o:p, no class=MsoNormal). The template
renders in the sandbox with autoescaping on; a broken tag is an error naming its line.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

from jinja2 import TemplateSyntaxError
from jinja2.exceptions import SecurityError, TemplateError

from .. import paths
from ..core.document import Document
from ..core.errors import ExportError
from .common import template_key, write_output
from .context import build_context
from .sandbox import explain, make_env
from .tagscan import fail_message, scan_template

MAX_TEMPLATE_BYTES = 5 * 1024 * 1024
_CACHE: dict[tuple, tuple] = {}
_LOCK = threading.Lock()


def default_template() -> Path:
    return paths.templates_dir() / "report.html"


def _compiled(path: Path):
    if not path.is_file():
        raise ExportError(f"找不到网页模板文件“{path}”")
    if path.stat().st_size > MAX_TEMPLATE_BYTES:
        raise ExportError(f"网页模板“{path}”过大")
    key = template_key(path)
    with _LOCK:
        hit = _CACHE.get(key)
    if hit is not None:
        return hit
    try:
        source = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ExportError(f"网页模板“{path.name}”不是 UTF-8 编码的文本文件") from None
    env = make_env(autoescape=True)
    # tags are checked line by line (HTML tags rarely span lines); a {# comment #} may span lines
    blanked = re.sub(r"\{#.*?#\}", lambda m: re.sub(r"[^\n]", " ", m.group(0)), source, flags=re.S)
    lines = [(f"第{i}行", line, False) for i, line in enumerate(blanked.splitlines(), 1)]
    problems = scan_template(lines, env).problems
    if problems:
        raise fail_message(path.name, problems)
    try:
        template = env.from_string(source)
    except TemplateSyntaxError as e:
        raise explain(e, f"模板“{path.name}”第{e.lineno}行") from None
    with _LOCK:
        _CACHE.clear()  # one HTML template in use at a time
        _CACHE[key] = (env, template)
    return env, template


def render_html(doc: Document, template: str | Path | None = None) -> str:
    path = Path(template) if template else default_template()
    env, tpl = _compiled(path)
    ctx = build_context(doc)
    with _LOCK:
        env.reset_budget()
        try:
            return re.sub(r"\n[ \t]*(?=\n)", "", tpl.render(ctx)).lstrip()  # no blank lines left by tags
        except (TemplateError, SecurityError, OverflowError, RecursionError, MemoryError) as e:
            line = getattr(e, "lineno", None)
            raise explain(e, f"模板“{path.name}”" + (f"第{line}行" if line else "")) from None


def export_html(doc: Document, out_path: str | Path, template: str | Path | None = None) -> None:
    """Write the report as one HTML page (UTF-8); raises ExportError (Chinese message) on any failure."""
    write_output(out_path, render_html(doc, template).encode("utf-8"))
