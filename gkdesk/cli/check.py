"""`gkdesk check FILE...`: print findings location-first; exit 1 if any error."""

from __future__ import annotations

import json
import sys

from ..checks import run_checks, summarize
from ..core import storage
from ..core.errors import GkdeskError


def register(sub) -> None:
    p = sub.add_parser("check", help="检查报告文件，列出错误和警告", description="检查报告文件，列出错误和警告。")
    p.add_argument("files", nargs="+", metavar="文件", help="报告文件（.json）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.add_argument("--select", action="append", metavar="GK3", help="只运行编号以此开头的检查（可多次给出）")
    p.set_defaults(handler=run)


def format_finding(path: str, doc, f) -> str:
    mark = f"（已说明：{f.explained}）" if f.explained else ""
    return f"{path}:{f.location(doc.spec)}: {f.check_id} {f.severity.label}: {f.message}{mark}"


def run(args) -> int:
    select = tuple(args.select) if args.select else None
    any_error = False
    failed = False
    results = []
    for path in args.files:
        try:
            doc = storage.load(path)
        except GkdeskError as e:
            failed = True
            if args.json:
                results.append({"file": path, "error": str(e)})
            else:
                print(f"{path}: 无法读取：{e}", file=sys.stderr)
            continue
        findings = run_checks(doc, select)
        counts = summarize(findings)
        any_error |= counts["error"] > 0
        if args.json:
            results.append({"file": path, "summary": counts, "findings": [f.as_dict(doc.spec) for f in findings]})
        else:
            for f in findings:
                print(format_finding(path, doc, f))
            print(f"{path}: {counts['error']} 个错误，{counts['warning']} 个警告，{counts['hint']} 个提示"
                  + (f"，{counts['explained']} 个已说明" if counts["explained"] else ""))
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    if failed:
        return 2
    return 1 if any_error else 0
