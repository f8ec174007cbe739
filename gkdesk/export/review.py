"""Review summary (审核摘要): the findings of a report with their locations and the clerk's 说明.

Plain text or Markdown in Chinese, for the person who signs the report off: what is still wrong,
what was explained and why, and which earlier explanations no longer apply because the figures
they were written for have changed.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..checks import run_checks, summarize
from ..checks.finding import Finding, Severity
from ..core.document import Document
from ..core.errors import ExportError
from ..core.storage import atomic_write_bytes


def _line(doc: Document, f: Finding, markdown: bool) -> list[str]:
    bullet = "- " if markdown else "  · "
    indent = "  " if markdown else "      "
    out = [f"{bullet}{f.check_id}｜{f.location(doc.spec)}：{f.message}"]
    if f.evidence:
        out.append(f"{indent}原文：“{f.evidence}”")
    if f.explained:
        out.append(f"{indent}说明：{f.explained}")
    return out


def review_summary(doc: Document, markdown: bool = True, findings: list[Finding] | None = None) -> str:
    """The review summary of `doc` (Markdown by default; plain text with markdown=False)."""
    if findings is None:
        findings = run_checks(doc)
    counts = summarize(findings)
    h1, h2 = ("# ", "## ") if markdown else ("", "【")
    close = "" if markdown else "】"
    lines = [f"{h1}{doc.title or '政府信息公开工作年度报告'} 审核摘要", ""]
    lines.append(f"报告年度：{doc.meta.year or '未填写'}；表格格式：{doc.spec.title}")
    lines.append(f"检查结果：{counts['error']} 个错误，{counts['warning']} 个警告，{counts['hint']} 个提示，"
                 f"{counts['explained']} 个已说明")
    if isinstance(doc.previous, dict):
        lines.append(f"跨年度核对：依据文件中保存的{doc.previous.get('year') or '上'}年度报告数据")
    else:
        lines.append("跨年度核对：文件中没有上年度报告数据，未进行")
    for sev in (Severity.ERROR, Severity.WARNING, Severity.HINT):
        items = [f for f in findings if f.severity is sev and not f.explained]
        lines += ["", f"{h2}{sev.label}（{len(items)}）{close}"]
        if not items:
            lines.append("无")
        for f in items:
            lines += _line(doc, f, markdown)
    explained = [f for f in findings if f.explained]
    lines += ["", f"{h2}已说明（{len(explained)}）{close}"]
    if not explained:
        lines.append("无")
    for f in explained:
        lines += _line(doc, f, markdown)
    used = {f.key for f in explained}
    stale = [e for k, e in sorted(doc.explanations.items()) if k not in used]
    if stale:
        lines += ["", f"{h2}已失效的说明（{len(stale)}）{close}",
                  "以下说明所针对的数据已修改或问题已不存在，说明不再适用："]
        for e in stale:
            lines.append(f"{'- ' if markdown else '  · '}{e.check_id}：{e.text}")
    return "\n".join(lines) + "\n"


def write_review_summary(doc: Document, path: str | os.PathLike) -> None:
    """Write the summary: Markdown for .md, plain text otherwise (UTF-8 with BOM, for Notepad/WPS)."""
    p = Path(path)
    markdown = p.suffix.lower() in (".md", ".markdown")
    text = review_summary(doc, markdown=markdown)
    data = text.encode("utf-8") if markdown else text.replace("\n", "\r\n").encode("utf-8-sig")
    try:
        atomic_write_bytes(p, data)
    except OSError as e:
        raise ExportError(f"无法写入审核摘要“{p}”：{e.strerror or e}") from None
