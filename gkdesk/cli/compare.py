"""`gkdesk compare LAST THIS [--xlsx OUT.xlsx]`: one unit's report against its report of the year before.

LAST and THIS are report files (our .json or published reports the importers read), or two folders:
the reports are then paired by agency name. Prints every changed table figure, large swings
(×5, ÷5) and carry-over breaks per 表三 column (gkdesk.review.compare). Exit 0; 2 if a file cannot
be read or the workbook cannot be written.
"""

from __future__ import annotations

from pathlib import Path

from ..core.errors import GkdeskError
from . import common


def register(sub) -> None:
    p = sub.add_parser("compare", help="同一单位两个年度的报告逐项对比（变化、大幅变化、结转不衔接）",
                       description="对比同一单位上一年度和本年度的报告：列出表格中每个有变化的数字，标出大幅变化"
                                   "（增加到5倍以上或减少到五分之一以下）和表三各列上年结转与上年报告结转下年度不一致之处。"
                                   "给出两个文件夹时，按机关名称配对逐单位对比。",
                       epilog="退出码：0 已对比；2 参数错误、文件无法读取或对比表无法保存。")
    p.add_argument("last", metavar="上年报告", help="上一年度的报告文件或文件夹")
    p.add_argument("this", metavar="本年报告", help="本年度的报告文件或文件夹")
    p.add_argument("--xlsx", metavar="对比表.xlsx", help="把对比结果另存为 Excel 表")
    p.set_defaults(handler=run)


def _read_all(item: str) -> list[tuple[str, object]]:
    p = Path(item)
    if p.is_dir():
        from ..review.batch import collect_files, is_summary_workbook

        found, _own = collect_files(p)
        out = []
        for f in found:
            if f.suffix.lower() == ".xlsx" and is_summary_workbook(f):
                continue
            try:
                doc, _kind = common.read_report(f)
            except GkdeskError as e:
                common.warn("compare", f"跳过无法读取的“{f}”：{e}")
                continue
            out.append((str(f), doc))
        return out
    doc, _kind = common.read_report(p)
    return [(str(p), doc)]


def run(args) -> int:
    from ..review.compare import ROW_HEADERS, compare_documents, pair_by_unit, summary_line

    try:
        lasts, thises = _read_all(args.last), _read_all(args.this)
    except GkdeskError as e:
        return common.error("compare", str(e))
    if len(lasts) == 1 and len(thises) == 1:
        pairs = [(thises[0][1].meta.agency or thises[0][0], lasts[0], thises[0])]
    else:
        pairs = pair_by_unit(lasts, thises)
    rows = []
    for unit, last, this in pairs:
        if last is None or this is None:
            only = "本年" if last is None else "上年"
            print(f"{unit}：只有{only}报告，无法对比")
            continue
        (lp, ld), (tp, td) = last, this
        if ld.meta.year is not None and td.meta.year is not None and ld.meta.year != td.meta.year - 1:
            common.warn("compare", f"{unit}：两份报告的年度为{ld.meta.year}年和{td.meta.year}年，不是相邻年度")
        changes = compare_documents(ld, td)
        print(f"== {unit}：{ld.meta.year or '?'}年度（{Path(lp).name}）→ {td.meta.year or '?'}年度（{Path(tp).name}）："
              f"{summary_line(changes)}")
        for c in changes:
            mark = f"  【{c.flag}】{c.note}" if c.flag else ""
            delta = "" if c.delta is None else f"（{'+' if c.delta > 0 else ''}{c.delta}）"
            print(f"  {c.table} {c.name}：{c.last or '空白'} → {c.this or '空白'}{delta}{mark}")
            rows.append((unit, *c.as_row()))
    if args.xlsx:
        from ..review.summary import write_rows_xlsx

        try:
            write_rows_xlsx(args.xlsx, "同比", ("机关", *ROW_HEADERS), rows)
        except GkdeskError as e:
            return common.error("compare", str(e))
        print(f"对比表已保存：{args.xlsx}")
    return common.EXIT_OK
