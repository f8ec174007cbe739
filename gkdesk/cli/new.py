"""`gkdesk new`: start a report — next year's from last year's, or a blank one.

    gkdesk new --from LAST.json -o NEW.json [--format 2021] [--year 2026] [--force]
    gkdesk new --year 2026 [--format 2021] -o NEW.json
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..core import storage
from ..core.document import Document, Meta
from ..core.errors import GkdeskError
from ..core.rollover import next_year
from ..core.spec import format_for_year, format_ids
from . import common
from .common import EXIT_FAILURE, EXIT_OK


def register(sub) -> None:
    p = sub.add_parser("new", help="新建报告：由上年度报告生成下一年度报告，或新建空白报告",
                       description="新建报告。给出 --from 时，由上年度报告生成下一年度报告（保留机关信息，"
                                   "填入上年结转，正文作为待修改草稿，保存上年数据用于跨年度核对）；"
                                   "否则按 --year 新建空白报告。",
                       epilog="退出码：0 已生成；2 参数错误，或文件无法读取、无法保存。")
    p.add_argument("--from", dest="source", metavar="上年报告",
                   help=f"上年度报告文件（.json，或已发布的报告 {common.importable()}）")
    p.add_argument("-o", "--output", required=True, metavar="新文件", help="新报告保存为（.json）")
    p.add_argument("--format", choices=format_ids(), help="表格格式版本（默认：新年度适用的格式）")
    p.add_argument("--year", type=int, metavar="年度", help="报告年度（由上年报告生成时默认为上年＋1）")
    p.add_argument("--force", action="store_true", help="覆盖已存在的输出文件")
    p.set_defaults(handler=run)


def read_report(path: str) -> Document:
    """Any report gkdesk can read: its own .json, or a published report through the importers."""
    return common.read_report(path)[0]


def run(args) -> int:
    out = Path(args.output)
    refused = common.refuse_output("new", out, [args.source], args.force)  # never over last year's report
    if refused is not None:
        return refused
    try:
        if args.source:
            last = read_report(args.source)
            if args.year is None and last.meta.year is None:
                return common.error("new", f"“{args.source}”未填写报告年度；请用 --year 指定新报告的年度")
            doc = next_year(last, args.format, args.year)
        else:
            if args.year is None:
                print("gkdesk new: 参数错误：请给出 --from 上年报告，或用 --year 指定新建空白报告的年度", file=sys.stderr)
                return EXIT_FAILURE
            doc = Document(args.format or format_for_year(args.year), Meta(year=args.year))
        storage.save(doc, out)
    except GkdeskError as e:
        return common.error("new", str(e))
    if args.source:
        carried = sum(1 for c in doc.cells if c.startswith("t3.carried."))
        print(f"已生成{doc.meta.year}年度报告“{out}”（{doc.spec.name}）：由{doc.previous.get('year') or '上一'}年度报告生成，"
              f"填入上年结转{carried}格；一、五、六为上年度内容草稿，请逐节修改并删除“待修改”标记。")
    else:
        print(f"已新建{doc.meta.year}年度空白报告“{out}”（{doc.spec.name}）")
    return EXIT_OK
