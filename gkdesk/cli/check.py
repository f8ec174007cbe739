"""`gkdesk check FILE|FOLDER... [--summary OUT.xlsx]`: print findings location-first.

A file named on the command line is any report gkdesk reads (our .json, a published report the
importers accept, an old .doc/.wps/.et through LibreOffice — .common.read_report); a folder is
checked as a whole (gkdesk.review.batch: every report in it and its sub-folders), with a progress
bar on stderr when stderr is a terminal or with --progress; the bar stays live after the reports
are checked, through the folder review (duplicates, roster, last year's reports) and the writing
of the summary.
`--summary` writes the reviewing office's summary workbook (gkdesk.review.summary), with the
reviewer decisions stored in the folder (gkdesk.review.decisions) in its 审核意见 column.

Exit code: 1 if any report has errors, else 0; 2 if a file named on the command line could not
be read, if nothing at all could be read, or if the summary could not be written. A file inside
a folder that cannot be read is reported on stderr (and in the summary's "无法读取" sheet) without
changing the exit code, as long as some other file was read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..core.errors import GkdeskError
from . import common

EPILOG = ("退出码：0 没有错误；1 有报告存在错误；2 命令行中直接给出的文件无法读取、没有任何文件能读取，"
          "或汇总表无法保存。文件夹中个别无法读取的文件会在屏幕上和汇总表“无法读取”页中列出，不影响退出码。")


def register(sub) -> None:
    p = sub.add_parser("check", help="检查报告文件或整个文件夹，列出错误和警告",
                       description="检查报告文件，列出错误和警告。报告文件可以是 gkdesk 报告（.json），也可以是"
                                   f"已发布的报告（{common.importable()}，旧版 .doc/.wps 直接读取，.et 等在安装了 LibreOffice 时自动转换）。"
                                   "给出文件夹时检查其中（含子文件夹）所有报告，可用 --summary 输出汇总表。",
                       epilog=EPILOG)
    p.add_argument("files", nargs="+", metavar="文件", help="报告文件或文件夹")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.add_argument("--select", action="append", metavar="GK3", help="只运行编号以此开头的检查（可多次给出）")
    p.add_argument("--summary", metavar="汇总表.xlsx",
                   help="把每个单位的错误数、警告数、主要数字和全部问题写入 Excel 汇总表")
    p.add_argument("--roster", metavar="单位名单.txt",
                   help="应报送单位名单（每行一个名称，或 .csv/.xlsx 第一列；也可以是一份汇总报告 .json），"
                        "列出未报送的单位和不在名单中的报告")
    p.add_argument("--review", metavar="审核摘要.md",
                   help="为一份报告另存审核摘要（.md 或 .txt：按级别列出问题及已填写的说明）")
    p.add_argument("--force", action="store_true", help="覆盖已存在的汇总表或审核摘要")
    p.add_argument("--progress", action="store_true",
                   help="检查文件夹时总在屏幕（标准错误输出）上显示进度，即使输出不是终端")
    p.set_defaults(handler=run)


def format_finding(path: str, doc, f, decision=None) -> str:
    mark = f"（已说明：{f.explained}）" if f.explained else ""
    if decision is not None:
        mark += f"（审核：{decision.label}{'：' + decision.comment if decision.comment else ''}）"
    return f"{path}:{f.location(doc.spec)}: {f.check_id} {f.severity.label}: {f.message}{mark}"


def _decisions(folder: str):
    """The reviewer decisions stored in a checked folder (gkdesk.review.decisions), if any."""
    from ..review.decisions import DECISIONS_FILE, DecisionStore

    if not folder or not (Path(folder) / DECISIONS_FILE).exists():
        return None
    try:
        return DecisionStore.load(folder)
    except GkdeskError as e:
        common.warn("check", str(e))
        return None


def _targets(items: list[str], summary: str | None):
    """[(path, named_on_command_line)] with folders expanded, and the skipped own files."""
    from ..review.batch import REPORT_SUFFIXES, SKIP_SUMMARY, collect_with_reasons, is_summary_workbook

    out: list[tuple[str, bool]] = []
    skipped: dict[str, str] = {}
    exclude = Path(summary).resolve() if summary else None
    for item in items:
        p = Path(item)
        if p.is_dir() and p.suffix.lower() not in REPORT_SUFFIXES:
            found, own = collect_with_reasons(p)
            skipped.update((str(s), reason) for s, reason in own)
            for f in found:
                if exclude is not None and f.resolve() == exclude:
                    continue
                if f.suffix.lower() == ".xlsx" and is_summary_workbook(f):
                    skipped[str(f)] = SKIP_SUMMARY
                    continue
                out.append((str(f), False))
        else:
            out.append((item, True))
    return out, skipped


def _folder_review(batch, roster_path, bar=None):
    """Roster, duplicates and last year's reports across the checked reports (gkdesk.review.folder);
    `bar`: the progress bar, relabelled for each pass."""
    from ..review.folder import folder_findings, load_roster, review_sheets, roster_from_consolidation

    roster = None
    if roster_path:
        if Path(roster_path).suffix.lower() == ".json":
            doc, _kind = common.read_report(roster_path)
            roster = roster_from_consolidation(doc)
            if not roster:
                raise GkdeskError(f"“{roster_path}”不是汇总报告，没有单位名单")
        else:
            roster = load_roster(roster_path)
    if bar is not None:
        bar.label = "核对重复与上年报告"
    found = folder_findings(batch, roster, progress=bar)
    if bar is not None:
        bar.label = "同比比较"
    sheets = review_sheets(batch, found, progress=bar)
    if bar is not None:
        bar.clear()
    return found, sheets


def run(args) -> int:
    from ..review.batch import (RECOVERY_KEY, SKIP_RECOVERY, BatchResult, Unreadable, check_document,
                                read_report_raw, reason_of)
    from ..review.progress import TextProgress

    select = tuple(args.select) if args.select else None
    if args.review and (len(args.files) != 1 or Path(args.files[0]).is_dir()):
        print("gkdesk check: 参数错误：--review 只能与一个报告文件一起使用", file=sys.stderr)
        return 2
    force = getattr(args, "force", False)
    for out, what in ((args.review, "审核摘要"), (args.summary, "汇总表")):
        if out:
            refused = common.refuse_output("check", out, [f for f in args.files if not Path(f).is_dir()], force, what)
            if refused is not None:
                return refused
    if args.review and args.summary and common.same_file(args.review, args.summary):
        return common.error("check", "--review 与 --summary 不能是同一个文件")
    any_error = False
    failed = False
    results = []
    targets, skipped = _targets(args.files, args.summary)
    batch = BatchResult(folder=args.files[0] if len(args.files) == 1 and Path(args.files[0]).is_dir() else "")
    for path, reason in skipped.items():
        batch.skip(path, reason)
    store = _decisions(batch.folder)
    folder_run = any(not named for _p, named in targets)
    bar = TextProgress(enabled=True if args.progress else None if folder_run else False)
    for i, (path, named) in enumerate(targets):
        bar(i, len(targets), path)
        raw = None
        try:
            if named:
                doc, kind = common.read_report(path)
            else:
                doc, kind, raw = read_report_raw(path)
        except Exception as e:  # noqa: BLE001 - a file in a folder may break an importer; never stop
            if named and not isinstance(e, GkdeskError):
                raise
            batch.unreadable.append(Unreadable(path, reason_of(e)))
            failed |= named
            bar.clear()
            if args.json:
                results.append({"file": path, "error": str(e) if named else reason_of(e)})
            elif named:
                common.error("check", str(e))
            else:
                common.error("check", f"无法读取“{path}”：{reason_of(e)}")
            continue
        if not named and RECOVERY_KEY in doc.extra:
            batch.skip(path, SKIP_RECOVERY)
            continue
        unit = check_document(path, doc, kind, select, raw)
        if args.review:
            from ..export.review import write_review_summary

            try:
                write_review_summary(doc, args.review)
            except (GkdeskError, OSError) as e:
                common.error("check", f"审核摘要无法保存：{e}")
                failed = True
        batch.units.append(unit)
        findings, counts = unit.findings, unit.counts
        any_error |= counts["error"] > 0
        if args.json:
            results.append({"file": path, "summary": counts, "findings": [f.as_dict(doc.spec) for f in findings]})
        else:
            bar.clear()
            for f in findings:
                print(format_finding(path, doc, f, store.get(path, doc, f) if store else None))
            print(f"{path}: {counts['error']} 个错误，{counts['warning']} 个警告，{counts['hint']} 个提示"
                  + (f"，{counts['explained']} 个已说明" if counts["explained"] else ""))
    bar(len(targets), len(targets))
    bar.clear()
    folder_found, extra_sheets = [], ()
    if batch.units and (args.roster or any(not named for _p, named in targets)):
        try:
            folder_found, extra_sheets = _folder_review(batch, args.roster, bar)
        except GkdeskError as e:
            return common.error("check", str(e))
        any_error |= any(f.severity.value == "error" for f in folder_found)
        if args.json and args.roster:  # one more element, only when asked for (keeps the list of files as it was)
            results.append({"file": batch.folder or args.roster, "roster": args.roster, "folder_findings": [
                {"kind": f.kind, "severity": f.severity.value, "unit": f.unit, "message": f.message,
                 "files": list(f.paths)} for f in folder_found]})
        else:
            for f in folder_found:
                print(f"{batch.folder or '全部报告'}: {f.label} {f.severity.label}: {f.message}")
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    if not batch.units and not failed:
        failed = True
        if not targets:
            common.error("check", f"没有找到报告文件（.json/{common.importable()}）")
    if args.summary:
        from ..review.summary import write_summary_xlsx

        bar.label = "写入汇总表"
        try:
            write_summary_xlsx(batch, args.summary, extra_sheets, progress=bar, decisions=store)
        except GkdeskError as e:
            bar.clear()
            return common.error("check", str(e))
        bar.clear()
        c = batch.counts()
        print(f"汇总表已保存：{args.summary}（{len(batch.units)} 份报告：{c['error']} 份有错误，{c['warning']} 份有警告，"
              f"{c['ok']} 份通过；{c['unreadable']} 个文件无法读取）", file=sys.stderr if args.json else sys.stdout)
    if failed:
        return 2
    return 1 if any_error else 0
