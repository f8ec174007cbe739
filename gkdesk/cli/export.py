"""`gkdesk export FILE --docx OUT --xlsx OUT`: write the report as DOCX and/or XLSX.

Errors found by the checks are printed on stderr as a warning; the export still happens (the
clerk may need a draft), unless --strict is given. Exit 0 on success, 2 on failure.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from ..checks import run_checks
from ..checks.finding import Severity
from ..core import storage
from ..core.errors import GkdeskError


def register(sub) -> None:
    p = sub.add_parser("export", help="导出为 Word（DOCX）或 Excel（XLSX）",
                       description="把报告文件导出为 Word（DOCX）和/或 Excel（XLSX）。")
    p.add_argument("file", metavar="文件", help="报告文件（.json）")
    p.add_argument("--docx", metavar="输出.docx", help="导出 Word 文件到此路径")
    p.add_argument("--xlsx", metavar="输出.xlsx", help="导出 Excel 文件到此路径")
    p.add_argument("--template", metavar="模板.docx", help="使用自己的 Word 模板（默认按格式版本选择）")
    p.add_argument("--xlsx-template", metavar="模板.xlsx", help="使用自己的 Excel 模板")
    p.add_argument("--force", action="store_true", help="覆盖已存在的输出文件")
    p.add_argument("--strict", action="store_true", help="报告有错误时不导出")
    p.set_defaults(handler=run)


def run(args) -> int:
    from ..export.docx import export_docx
    from ..export.xlsx import export_xlsx

    if not args.docx and not args.xlsx:
        print("gkdesk export: 参数错误：至少给出 --docx 或 --xlsx 之一", file=sys.stderr)
        return 2
    outputs = [(o, kind) for o, kind in ((args.docx, "docx"), (args.xlsx, "xlsx")) if o]
    for out, _ in outputs:
        if Path(out).exists() and not args.force:
            print(f"{out}: 文件已存在，未覆盖（如需覆盖请加 --force）", file=sys.stderr)
            return 2
        if Path(out).resolve() == Path(args.file).resolve():
            print(f"{out}: 输出文件不能是报告文件本身", file=sys.stderr)
            return 2
    try:
        doc = storage.load(args.file)
    except GkdeskError as e:
        print(f"{args.file}: 无法读取：{e}", file=sys.stderr)
        return 2
    errors = [f for f in run_checks(doc) if f.severity is Severity.ERROR and not f.explained]
    if errors:
        print(f"{args.file}: 警告：报告中有 {len(errors)} 个错误：", file=sys.stderr)
        for f in errors:
            print(f"  {f.location(doc.spec)}: {f.check_id} {f.message}", file=sys.stderr)
        if args.strict:
            print(f"{args.file}: 因有错误（--strict），未导出", file=sys.stderr)
            return 2
    for out, kind in outputs:
        t0 = time.perf_counter()
        try:
            if kind == "docx":
                export_docx(doc, out, args.template)
            else:
                export_xlsx(doc, out, args.xlsx_template)
        except GkdeskError as e:
            print(f"{out}: 导出失败：{e}", file=sys.stderr)
            return 2
        print(f"{out}: 已导出（{time.perf_counter() - t0:.2f} 秒）")
    return 0
