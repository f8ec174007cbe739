"""`gkdesk export FILE --docx OUT --xlsx OUT --html OUT --pdf OUT`: write the report for sign-off and publication.

What the export prints for what the report leaves open (no date, blank cells, empty sections) is
listed on stderr as 提示. --pdf converts the DOCX with LibreOffice (WPS cannot convert from the
command line; the message says what to do instead). Only the exporters asked for are imported.

Errors found by the checks are printed on stderr as a warning; the export still happens (the
clerk may need a draft), unless --strict is given: then nothing is written and the exit code is 1.
Exit 0 on success, 2 on usage or I/O failure. Works on gkdesk report files only: a published report
gets the hint to import it first (its numbers need the clerk's review before they are re-published).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from ..checks import run_checks
from ..checks.finding import Finding, Severity
from ..checks.registry import error_checks
from ..core.errors import GkdeskError
from . import common


def register(sub) -> None:
    p = sub.add_parser("export", help="导出为 Word（DOCX）、Excel（XLSX）、网页（HTML）或 PDF",
                       description="把报告文件导出为 Word（DOCX）、Excel（XLSX）、网页（HTML，用于网站发布）和/或 PDF。已发布的报告"
                                   "（Word/网页/文本）请先用 gkdesk import 导入并核对。",
                       epilog="退出码：0 已导出；1 报告有错误且给出了 --strict，未导出；2 参数错误或文件无法读写。")
    p.add_argument("file", metavar="文件", help="gkdesk 报告文件（.json）")
    p.add_argument("--docx", metavar="输出.docx", help="导出 Word 文件到此路径")
    p.add_argument("--xlsx", metavar="输出.xlsx", help="导出 Excel 文件到此路径")
    p.add_argument("--html", metavar="输出.html", help="导出网页（可粘贴到网站内容管理系统）到此路径")
    p.add_argument("--pdf", metavar="输出.pdf", help="导出 PDF 到此路径（需要安装 LibreOffice）")
    p.add_argument("--template", metavar="模板.docx", help="使用自己的 Word 模板（默认按格式版本选择；也用于 PDF）")
    p.add_argument("--xlsx-template", metavar="模板.xlsx", help="使用自己的 Excel 模板")
    p.add_argument("--html-template", metavar="模板.html", help="使用自己的网页模板")
    p.add_argument("--force", action="store_true", help="覆盖已存在的输出文件")
    p.add_argument("--strict", action="store_true", help="报告有错误时不导出（退出码 1）")
    p.set_defaults(handler=run)


KINDS = ("docx", "xlsx", "html", "pdf")


def _exporter(kind: str):
    """Import only the exporter asked for (docxtpl and openpyxl are slow to import)."""
    if kind == "docx":
        from ..export.docx import export_docx
        return export_docx
    if kind == "xlsx":
        from ..export.xlsx import export_xlsx
        return export_xlsx
    if kind == "html":
        from ..export.html import export_html
        return export_html
    from ..export.pdf import export_pdf
    return export_pdf


def report_errors(doc) -> list[Finding]:
    """The report's errors not explained, in the order of the full check. Only the rules of severity
    error run (a rule's findings all have its severity, and no rule depends on another's result), and
    the rule modules without one (the prose rules, all warnings and hints) are not even imported."""
    return [f for f in run_checks(doc, checks=error_checks()) if f.severity is Severity.ERROR and not f.explained]


def run(args) -> int:
    outputs = [(getattr(args, k), k) for k in KINDS if getattr(args, k, None)]
    if not outputs:
        print("gkdesk export: 参数错误：至少给出 --docx、--xlsx、--html 或 --pdf 之一", file=sys.stderr)
        return common.EXIT_FAILURE
    for out, kind in outputs:
        suffixes = (".html", ".htm") if kind == "html" else (f".{kind}",)
        if Path(out).suffix.lower() not in suffixes:
            print(f"gkdesk export: 参数错误：--{kind} 的输出文件应以 .{kind} 结尾：“{out}”", file=sys.stderr)
            return common.EXIT_FAILURE
        refused = common.refuse_output("export", out, [args.file, args.template, args.xlsx_template,
                                                       args.html_template], args.force)
        if refused is not None:
            return refused
    names = [out for out, _ in outputs]
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if common.same_file(a, b):
                return common.error("export", f"“{a}”与“{b}”不能是同一个文件")
    if any(kind == "pdf" for _, kind in outputs):
        from ..export.pdf import find_libreoffice, no_converter_message

        if find_libreoffice() is None:
            return common.error("export", no_converter_message())
    try:
        doc = common.load_own(args.file)
    except GkdeskError as e:
        return common.error("export", str(e))
    errors = report_errors(doc)
    if errors:
        common.warn("export", f"“{args.file}”中有 {len(errors)} 个错误：")
        for f in errors:
            print(f"  {f.location(doc.spec)}: {f.check_id} {f.message}", file=sys.stderr)
        if args.strict:
            return common.error("export", f"因报告有错误（--strict），未导出“{args.file}”", common.EXIT_FINDINGS)
    from ..export.notices import export_notices

    for note in export_notices(doc):
        print(f"{args.file}: 提示：{note}", file=sys.stderr)
    templates = {"docx": args.template, "xlsx": args.xlsx_template, "html": args.html_template, "pdf": args.template}
    for out, kind in outputs:
        t0 = time.perf_counter()
        try:
            _exporter(kind)(doc, out, templates[kind])
        except GkdeskError as e:
            return common.error("export", f"导出“{out}”失败：{e}")
        except OSError as e:
            return common.error("export", f"无法保存“{out}”：{e.strerror or e}")
        print(f"{out}: 已导出（{time.perf_counter() - t0:.2f} 秒）")
    return 0
