"""`gkdesk import FILE -o OUT.json [--json]`: import a published report (the importers' file types;
old .doc/.wps/.et through LibreOffice when it is installed, else the hint to re-save them).

Prints the import report (what was found, what is missing, what is ambiguous), then runs the
normal checks so that real errors of the published report (totals that do not add up) show at
once, and saves the document. Exit code 0 on success (even with findings), 2 on failure.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..checks import run_checks, summarize
from ..core import storage
from ..core.errors import GkdeskError
from . import common

_LEVELS = {"info": "找到", "missing": "缺少", "ambiguous": "存疑", "warning": "注意"}
_CONF = {"high": "高", "medium": "中", "low": "低"}


def register(sub) -> None:
    p = sub.add_parser("import", help="导入已发布的年度报告（Word/PDF/网页/文本/Excel），保存为报告文件",
                       description=f"导入已发布的年度报告（{common.importable()}），打印导入报告和检查结果，"
                                   "并保存为 gkdesk 报告文件（.json）。旧版 Word 97-2003 文件（.doc/.wps）直接读取；"
                                   "其他旧格式（如 .et）在安装了 LibreOffice 时自动转换，否则请在 Word/WPS 中另存为 "
                                   ".docx/.xlsx 后再导入。",
                       epilog="退出码：0 已导入并保存（即使报告中有错误，也会列出）；2 无法导入或无法保存。")
    p.add_argument("file", metavar="文件", help="要导入的报告文件")
    p.add_argument("-o", "--output", required=True, metavar="OUT.json", help="保存的报告文件（.json）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出导入报告和检查结果")
    p.add_argument("--force", action="store_true", help="覆盖已存在的输出文件")
    p.set_defaults(handler=run)


def report_lines(res) -> list[str]:
    """The import report as printed: summary, then notes grouped found / missing / ambiguous."""
    lines = [res.summary() + f"（把握：{_CONF.get(res.confidence, res.confidence)}）"]
    for level in ("info", "missing", "ambiguous", "warning"):
        notes = [n for n in res.notes if n.level == level]
        if not notes:
            continue
        lines.append(f"{_LEVELS[level]}：")
        lines.extend(f"  - [{n.tag}] {n.message}" if n.tag else f"  - {n.message}" for n in notes)
    return lines


def run(args) -> int:
    from ..importers import import_file

    out = Path(args.output)
    if out.suffix.lower() != ".json":
        print(f"gkdesk import: 参数错误：输出文件应为 .json（gkdesk 报告文件）：“{out}”", file=sys.stderr)
        return 2
    refused = common.refuse_output("import", out, [args.file], args.force)
    if refused is not None:
        return refused
    try:
        res = _import(args.file, import_file)
    except GkdeskError as e:
        return _fail(args, f"无法导入：{e}")
    except Exception as e:  # noqa: BLE001 - an importer bug must not crash the command line
        return _fail(args, f"无法导入“{args.file}”：程序内部错误（{type(e).__name__}: {e}）")
    doc = res.doc
    findings = run_checks(doc)
    counts = summarize(findings)
    try:
        storage.save(doc, out)
    except GkdeskError as e:
        return _fail(args, f"无法保存“{out}”：{e}")
    if args.json:
        print(json.dumps({
            "file": args.file, "output": str(out), "kind": res.kind, "format": doc.format_id,
            "meta": doc.meta.as_dict(), "cells_found": res.cells_found, "cells_missing": res.cells_missing,
            "confidence": res.confidence,
            "notes": [{"level": n.level, "kind": n.kind, "message": n.message, "cells": list(n.cells)}
                      for n in res.notes],
            "checks": {"summary": counts, "findings": [f.as_dict(doc.spec) for f in findings]},
        }, ensure_ascii=False, indent=2))
        return 0
    print("\n".join(report_lines(res)))
    print("检查结果：")
    for f in findings:
        print(f"  {f.location(doc.spec)}: {f.check_id} {f.severity.label}: {f.message}")
    print(f"{out}: 已保存。检查发现 {counts['error']} 个错误，{counts['warning']} 个警告，{counts['hint']} 个提示。")
    return 0


def _import(path: str, import_file):
    from ..importers import safety
    from ..importers.legacy import import_old, is_legacy

    if not is_legacy(path):
        return import_file(path)
    return import_old(path, safety.read_limited(path))


def _fail(args, message: str) -> int:
    if args.json:
        print(json.dumps({"file": args.file, "error": message}, ensure_ascii=False, indent=2))
        return common.EXIT_FAILURE
    return common.error("import", message)
