"""GK0xx and GK612: the report as a whole (metadata, format version, sections, rows imported in the other
format's layout)."""

from __future__ import annotations

import datetime
import re

from ...core.dates import parse_date
from ...core.spec import format_for_year, format_ids, format_years, get_format
from ...core.values import to_storage
from ..finding import Hit, Severity
from ..registry import check

PROSE_REQUIRED = ("s1", "s5", "s6")


@check("GK001", Severity.WARNING, "机关名称未填写", reads=("meta",))
def check_agency_named(doc):
    """What it checks: the agency name is filled in (it forms the report's title)."""
    if not doc.meta.agency.strip():
        yield Hit("未填写机关名称（报告标题为“机关名称+年度+政府信息公开工作年度报告”）", section="meta")


@check("GK002", Severity.ERROR, "报告年度缺失或不合理", reads=("meta",))
def check_year_plausible(doc):
    """What it checks: the report year is set and lies between 2008 (first reports) and the current year
    (a report describes a past or the current year)."""
    year = doc.meta.year
    this_year = datetime.date.today().year
    if year is None:
        yield Hit("未填写报告年度", section="meta")
    elif not 2008 <= year <= this_year:
        yield Hit(f"报告年度“{year}”不合理（应在2008年至{this_year}年之间）", section="meta")


@check("GK003", Severity.ERROR, "表格格式与报告年度不符", reads=("meta",))
def check_format_matches_year(doc):
    """What it checks: 2019–2020 reports use the 2019 tables, 2021 and later the 2021 tables; reports for
    years before 2019 used the 2008-era format, which gkdesk does not model."""
    year = doc.meta.year
    if year is None:
        return
    first = min(first for _fmt, first, _last in format_years())  # (building every format is not needed)
    if year < first:
        yield Hit(f"{year}年度报告适用2019年以前的旧格式，本程序只支持{first}年及以后的报告格式", section="meta")
        return
    expected = format_for_year(year)
    if expected != doc.format_id:
        want = get_format(expected)
        yield Hit(f"{year}年度报告应使用{want.title}，当前为{doc.spec.title}", section="meta")


@check("GK010", Severity.ERROR, "章节内容为空", reads=PROSE_REQUIRED)
def check_prose_sections_filled(doc):
    """What it checks: sections 一, 五 and 六 have text (六 may say "无" when nothing is to report)."""
    for key in PROSE_REQUIRED:
        if not doc.sections.get(key, "").strip():
            yield Hit(f"“{doc.spec.section(key).heading}”没有内容", section=key)


DEADLINE_MONTH_DAY = (1, 31)  # 条例 Art. 49 ¶1: departments, by 31 January of the following year
GOVERNMENT_DEADLINE_MONTH_DAY = (3, 31)  # Art. 49 ¶2: the 本级人民政府 (consolidated) report, by 31 March
#: a 县级以上地方人民政府 publishing its own (本级, consolidated) report; 乡镇/街道 are not named in Art. 49
_LEVEL_GOVERNMENT = re.compile(r"(?:省|自治区|市|州|盟|地区|县|区|旗)人民政府$")
_TOWNSHIP = re.compile(r"(?:乡|镇|街道|苏木)人民政府$")


def _report_date(doc):
    return parse_date(doc.meta.date)


def is_level_government_report(doc) -> bool:
    """The report of a 县级以上地方人民政府 itself (Art. 49 ¶2): a consolidated report made by
    gkdesk, or an agency named "…市/县/区人民政府" (not a 乡镇/街道, not its 办公室)."""
    if isinstance(doc.extra.get("consolidation"), dict):
        return True
    name = re.sub(r"\s+", "", doc.meta.agency)
    return bool(_LEVEL_GOVERNMENT.search(name)) and not _TOWNSHIP.search(name)


def deadline(doc) -> tuple[datetime.date, str] | None:
    """(statutory publication deadline, which rule) for the report year, or None without a year."""
    year = doc.meta.year
    if year is None or not 1 <= year < 9999:
        return None  # GK002 reports an impossible year
    if is_level_government_report(doc):
        return (datetime.date(year + 1, *GOVERNMENT_DEADLINE_MONTH_DAY),
                "本级人民政府年度报告的公布时限（《条例》第四十九条第二款）")
    return (datetime.date(year + 1, *DEADLINE_MONTH_DAY), "政府部门年度报告的公布时限（《条例》第四十九条第一款）")


@check("GK020", Severity.WARNING, "成文日期无法识别", reads=("meta",))
def check_date_readable(doc):
    """What it checks: the report date, when filled, is a real date. Accepted as clerks write it:
    2026年1月20日, 二〇二六年一月二十日, 2026-1-20, 2026.1.20, 2026/1/20 (stored as 2026-01-20).
    How to fix: write the date of the report's 落款, e.g. 2026年1月20日."""
    if doc.meta.date.strip() and _report_date(doc) is None:
        yield Hit(f"成文日期“{doc.meta.date}”无法识别，请填写实际日期，例如“2026年1月20日”或“2026-01-20”",
                  section="meta")


@check("GK021", Severity.WARNING, "成文日期不在合理范围", reads=("meta", "consolidation"))
def check_date_in_window(doc):
    """What it checks: the report is dated after the year it reports on ends, and not after the
    statutory deadline of 条例 Art. 49: 31 January of the following year for a 县级以上人民政府部门
    (¶1), 31 March for the 本级人民政府 (consolidated) report of a 县级以上地方人民政府 (¶2: a
    consolidated report, or an agency named "…市/县/区人民政府"). The message names the deadline
    applied. Local deadlines are often earlier and 乡镇 deadlines are set locally, so this is a
    warning. How to fix: correct the date, or explain a late report."""
    d = _report_date(doc)
    year = doc.meta.year
    limit = deadline(doc)
    if d is None or year is None or limit is None:
        return
    due, which = limit
    if d <= datetime.date(year, 12, 31):
        yield Hit(f"成文日期{d.year}年{d.month}月{d.day}日早于{year}年度结束，年度报告应在{year + 1}年初形成",
                  section="meta")
    elif d > due:
        yield Hit(f"成文日期{d.year}年{d.month}月{d.day}日晚于{due.year}年{due.month}月{due.day}日，"
                  f"即{which}", section="meta")


def active_foreign_rows(doc) -> list[tuple[dict, tuple[str, ...]]]:
    """The document's rows imported in the other format's layout whose cells are still as the import
    left them, each with its cells (the clerk has not entered the sub-rows since)."""
    out = []
    tables = {t.key for t in doc.spec.tables}
    for r in doc.foreign_rows:
        if r.get("format") not in format_ids() or r.get("table") not in tables:
            continue
        cells = tuple(c for c in r.get("cells", {}) if c in doc.spec.cells)
        if cells and all(to_storage(doc.value(c)) == r["cells"][c] for c in cells):
            out.append((r, cells))
    return out


def _cells_text(doc, cells) -> str:
    return "、".join(f"{doc.spec.cells[c].col_name}{doc.value(c).text or '空白'}" for c in cells)


@check("GK612", Severity.WARNING, "原文表格使用了另一格式的行", reads=("t2", "t3"))
def check_foreign_layout_rows(doc):
    """What it checks: the imported report printed a row in the other format version's layout:
    - the 2019 single row （六）其他处理 where the 2021 表三 has three sub-rows 1. 2. 3. The importer fills
      the sub-rows only when that row is all 0 and leaves them blank otherwise; either way the source did
      not give them;
    - the 2019 label 规范性文件 in a 2021 表二, whose row is 行政规范性文件: the numbers
      were read into that row, so whether they count what the 2021 row counts must be confirmed.
    One finding per such row, while its cells are as the import left them (editing a cell, or a 说明,
    ends it)."""
    for r, cells in active_foreign_rows(doc):
        other, label = get_format(r["format"]), r["label"]
        table = doc.spec.table(r["table"]).name
        if r.get("into"):
            yield Hit(f"原文{table}的行名为{other.title}的“{label}”，{doc.spec.title}中该行为“{r['into']}”；"
                      f"导入时已把该行数字（{_cells_text(doc, cells)}）读入“{r['into']}”，请核对这些数字是否按"
                      f"“{r['into']}”的口径统计。", cells=cells)
            continue
        items = [doc.spec.cells[c].row_labels[-1] for c in cells]
        items = list(dict.fromkeys(i.split(".", 1)[0] + "." for i in items))
        subs = "、".join(items)
        if all(r["cells"][c] == "0" for c in cells):
            todo = f"原文该行全部为 0，导入时{subs}各子项均已填 0，请核对。"
        else:
            todo = f"原文该行的数字无法分到各子项，导入时已留空，请按实际情况把数字分别填入{subs}各子项。"
        yield Hit(f"原文{table}使用了{other.title}的单行“{label}”，而{doc.spec.title}"
                  f"在“{label}”下分为{subs}共{len(items)}个子项。{todo}", cells=cells)
