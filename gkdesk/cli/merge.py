"""`gkdesk merge UNIT... -o TOTAL.json [--agency 名称]`: consolidate units' reports (汇总).

Sums the units' tables into one report of the same format version (see gkdesk.review.merge),
records which units went in, prints them and the notes (cells a unit left blank, units whose own
totals do not add up), then the checks' summary of the consolidated report. Exit 0 on success,
1 when the units cannot be added up (mixed format versions or years, duplicates), 2 on usage or I/O failure.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..core import storage
from ..core.errors import GkdeskError
from . import common


def register(sub) -> None:
    p = sub.add_parser("merge", help="把各单位的年度报告汇总为一份报告（表格数字相加）",
                       description="把各单位的年度报告汇总为一份报告：表格中每个单元格为各单位之和，总计重新计算，"
                                   "并在文件中记录参与汇总的单位（供检查 GK701 核对）。各单位报告必须是同一年度、"
                                   "同一格式版本，否则拒绝合并。正文各部分留空，由汇总单位撰写。",
                       epilog="退出码：0 已汇总；1 各单位报告不能汇总（年度或格式版本不同、重复）；2 参数错误或文件无法读写。")
    p.add_argument("units", nargs="+", metavar="单位报告",
                   help=f"各单位的报告文件（.json，或已发布的报告 {common.importable()}）")
    p.add_argument("-o", "--output", required=True, metavar="TOTAL.json", help="汇总报告保存为（.json）")
    p.add_argument("--agency", default="", metavar="名称", help="汇总报告的机关名称，如“某某县人民政府”")
    p.add_argument("--force", action="store_true", help="覆盖已存在的输出文件")
    p.set_defaults(handler=run)


def run(args) -> int:
    from ..checks import run_checks, summarize
    from ..review.merge import MergeError, merge_reports

    out = Path(args.output)
    if out.suffix.lower() != ".json":
        print(f"gkdesk merge: 参数错误：输出文件应为 .json（gkdesk 报告文件）：“{out}”", file=sys.stderr)
        return common.EXIT_FAILURE
    if any(common.same_file(out, u) for u in args.units):  # a link or hard link to a unit too
        return common.error("merge", f"输出文件“{out}”不能是参与汇总的单位报告")
    if out.exists() and not args.force:
        return common.error("merge", f"输出文件“{out}”已存在；如要覆盖请加 --force")
    try:
        docs = [common.read_report(u)[0] for u in args.units]
    except GkdeskError as e:
        return common.error("merge", str(e))
    try:
        doc = merge_reports(docs, list(args.units), args.agency)
    except MergeError as e:  # the reports themselves cannot be added up: refused, not an I/O failure
        return common.error("merge", str(e), common.EXIT_FINDINGS)
    try:
        storage.save(doc, out)
    except GkdeskError as e:
        return common.error("merge", str(e))
    info = doc.extra["consolidation"]
    print(f"已汇总 {len(info['units'])} 个单位的{doc.meta.year}年度报告（{doc.spec.name}）：")
    for u, path in zip(info["units"], args.units):
        print(f"  - {u['agency'] or '（未填写机关名称）'}：{path}")
    if info["notes"]:
        print("注意：")
        for n in info["notes"]:
            print(f"  - {n}")
    counts = summarize(run_checks(doc))
    print(f"{out}: 已保存。检查发现 {counts['error']} 个错误，{counts['warning']} 个警告，{counts['hint']} 个提示"
          f"（一、五、六等正文需由汇总单位撰写）。")
    return 0
