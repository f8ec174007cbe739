"""`gkdesk export FILE --docx OUT --xlsx OUT`: write the report as DOCX and/or XLSX.

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
from ..checks.finding import Severity
from ..core.errors import GkdeskError
from . import common


def register(sub) -> None:
    p = sub.add_parser("export", help="导出为 Word（DOCX）或 Excel（XLSX）",
                       description="把报告文件导出为 Word（DOCX）和/或 Excel（XLSX）。已发布的报告"
                                   "（Word/网页/文本）请先用 gkdesk import 导入并核对。",
                       epilog="退出码：0 已导出；1 报告有错误且给出了 --strict，未导出；2 参数错误或文件无法读写。")
    p.add_argument("file", metavar="文件", help="gkdesk 报告文件（.json）")
    p.add_argument("--docx", metavar="输出.docx", help="导出 Word 文件到此路径")
    p.add_argument("--xlsx", metavar="输出.xlsx", help="导出 Excel 文件到此路径")
    p.add_argument("--template", metavar="模板.docx", help="使用自己的 Word 模板（默认按格式版本选择）")
    p.add_argument("--xlsx-template", metavar="模板.xlsx", help="使用自己的 Excel 模板")
    p.add_argument("--force", action="store_true", help="覆盖已存在的输出文件")
    p.add_argument("--strict", action="store_true", help="报告有错误时不导出（退出码 1）")
    p.set_defaults(handler=run)


def run(args) -> int:
    from ..export.docx import export_docx
    from ..export.xlsx import export_xlsx

    if not args.docx and not args.xlsx:
        print("gkdesk export: 参数错误：至少给出 --docx 或 --xlsx 之一", file=sys.stderr)
        return common.EXIT_FAILURE
    outputs = [(o, kind) for o, kind in ((args.docx, "docx"), (args.xlsx, "xlsx")) if o]
    for out, kind in outputs:
        if Path(out).suffix.lower() != f".{kind}":
            print(f"gkdesk export: 参数错误：--{kind} 的输出文件应以 .{kind} 结尾：“{out}”", file=sys.stderr)
            return common.EXIT_FAILURE
        refused = common.refuse_output("export", out, [args.file, args.template, args.xlsx_template], args.force)
        if refused is not None:
            return refused
    if args.docx and args.xlsx and common.same_file(args.docx, args.xlsx):
        return common.error("export", "--docx 与 --xlsx 不能是同一个文件")
    try:
        doc = common.load_own(args.file)
    except GkdeskError as e:
        return common.error("export", str(e))
    errors = [f for f in run_checks(doc) if f.severity is Severity.ERROR and not f.explained]
    if errors:
        common.warn("export", f"“{args.file}”中有 {len(errors)} 个错误：")
        for f in errors:
            print(f"  {f.location(doc.spec)}: {f.check_id} {f.message}", file=sys.stderr)
        if args.strict:
            return common.error("export", f"因报告有错误（--strict），未导出“{args.file}”", common.EXIT_FINDINGS)
    for out, kind in outputs:
        t0 = time.perf_counter()
        try:
            if kind == "docx":
                export_docx(doc, out, args.template)
            else:
                export_xlsx(doc, out, args.xlsx_template)
        except GkdeskError as e:
            return common.error("export", f"导出“{out}”失败：{e}")
        except OSError as e:
            return common.error("export", f"无法保存“{out}”：{e.strerror or e}")
        print(f"{out}: 已导出（{time.perf_counter() - t0:.2f} 秒）")
    return 0
