"""GK0xx: the report as a whole (metadata, format version, sections)."""

from __future__ import annotations

import datetime

from ...core.spec import all_formats, format_for_year, get_format
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
    first = min(f.first_year for f in all_formats())
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


DEADLINE_MONTH_DAY = (1, 31)  # 条例 Art. 49: by 31 January of the following year (departments)


def _report_date(doc):
    try:
        return datetime.date.fromisoformat(doc.meta.date.strip())
    except ValueError:
        return None


@check("GK020", Severity.WARNING, "成文日期格式不对", reads=("meta",))
def check_date_readable(doc):
    """What it checks: the report date, when filled, is a real date written YYYY-MM-DD (e.g. 2026-01-20)."""
    if doc.meta.date.strip() and _report_date(doc) is None:
        yield Hit(f"成文日期“{doc.meta.date}”无法识别，请按“年-月-日”填写，例如 2026-01-20", section="meta")


@check("GK021", Severity.WARNING, "成文日期不在合理范围", reads=("meta",))
def check_date_in_window(doc):
    """What it checks: the report is dated after the year it reports on ends, and not after the statutory
    deadline, 31 January of the following year (条例 Art. 49 ¶1, for 县级以上人民政府部门; local deadlines are
    often earlier; 乡镇 deadlines are set locally, so this is a warning only)."""
    d = _report_date(doc)
    year = doc.meta.year
    if d is None or year is None:
        return
    if d <= datetime.date(year, 12, 31):
        yield Hit(f"成文日期{d.year}年{d.month}月{d.day}日早于{year}年度结束，年度报告应在{year + 1}年初形成",
                  section="meta")
    elif d > datetime.date(year + 1, *DEADLINE_MONTH_DAY):
        yield Hit(f"成文日期{d.year}年{d.month}月{d.day}日晚于法定公布时限{year + 1}年1月31日（《条例》第四十九条）",
                  section="meta")
