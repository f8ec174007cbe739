"""GK5xx: this year's report against last year's (format-spec.md §6.3, §8 V09/V10/V12).

Last year's figures come from the snapshot `doc.previous` that "新建下一年度报告" stores in the
new file (gkdesk.core.rollover), so no second file is needed. Every cross-year check does
nothing when there is no snapshot, or when the snapshot is not of the year before the report
year (GK506 says so). Cross-year relations are warnings, never errors: agency mergers, splits
and corrections of last year's data legitimately break them, and the clerk may explain them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...core.rollover import DRAFT_MARKER, DRAFT_SECTIONS, T2_2019_ITEM_ROWS
from ...core.values import BLANK, CellValue, canonical, parse_value
from ..finding import Hit, Severity
from ..registry import check

SIMILARITY_THRESHOLD = 0.9
MIN_PROSE_CHARS = 50  # shorter boilerplate ("本年度未收取信息处理费。") may legitimately repeat


class _Prev:
    """Validated view of `doc.previous` (the file may hold anything)."""

    def __init__(self, raw: dict):
        self.year = raw.get("year") if isinstance(raw.get("year"), int) else None
        self.format = raw.get("format") if isinstance(raw.get("format"), str) else ""
        cells = raw.get("cells")
        self.cells = cells if isinstance(cells, dict) else {}
        sections = raw.get("sections")
        self.sections = sections if isinstance(sections, dict) else {}

    def value(self, cell_id: str) -> CellValue:
        raw = self.cells.get(cell_id)
        if isinstance(raw, (str, int)) and not isinstance(raw, bool):
            return parse_value(raw)
        return BLANK

    def section(self, key: str) -> str:
        t = self.sections.get(key)
        return t if isinstance(t, str) else ""


def _previous(doc) -> _Prev | None:
    """Last year's snapshot when it is usable for cross-year checks."""
    if not isinstance(doc.previous, dict):
        return None
    prev = _Prev(doc.previous)
    if prev.year is not None and doc.meta.year is not None and prev.year != doc.meta.year - 1:
        return None
    return prev


def _fmt(d) -> str:
    return canonical(d)


@check("GK501", Severity.WARNING, "上年结转与上年报告的结转下年度不一致", reads=("t3", "meta", "previous"))
def check_carried_matches_last_year(doc):
    """What it checks (X1): in every column of 表三, 二、上年结转政府信息公开申请数量 equals last
    year's 四、结转下年度继续办理. The 总计 column is only reported when every applicant column
    agrees and is filled (one slip is reported once). Holds across the 2020→2021 format change."""
    prev = _previous(doc)
    if prev is None:
        return
    t3 = doc.spec.table("t3")
    cells = doc.spec.cells
    bad_applicant = False
    for col in t3.col_codes:
        cid = t3.cell_id("carried", col)
        if col == "total" and (bad_applicant or not all(
                doc.value(t3.cell_id("carried", c)).is_number for c in t3.col_codes if c != "total")):
            continue
        now = doc.value(cid)
        before = prev.value(t3.cell_id("carry_next", col))
        if not (now.is_number and before.is_number) or now.number == before.number:
            continue
        if col != "total":
            bad_applicant = True
        yield Hit(f"表三“上年结转／{cells[cid].col_name}”为{now.text}，但{prev.year or '上'}年报告的"
                  f"“结转下年度继续办理／{cells[cid].col_name}”为{before.text}", cells=(cid,))


@check("GK502", Severity.WARNING, "表二 数量与上年报告不衔接", reads=("t2", "meta", "previous"))
def check_t2_follows_last_year(doc):
    """What it checks, when both years use the same format:
    2021 format (X2): 现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数, for 规章 and
    行政规范性文件; 2019 format (X3): 上一年项目数量 = last year's 上一年项目数量 + 本年增/减.
    Soft relation (修改/修订 and 清理 may be counted differently): the clerk may explain it."""
    prev = _previous(doc)
    if prev is None or prev.format != doc.format_id:
        return
    t2 = doc.spec.table("t2")
    cells = doc.spec.cells
    if doc.format_id == "2021":
        for row in ("rules", "normative"):
            ids = tuple(t2.cell_id(row, c) for c in ("issued", "repealed", "in_force"))
            vals = [doc.value(i) for i in ids]
            base = prev.value(ids[2])
            if not (all(v.is_number for v in vals) and base.is_number):
                continue
            issued, repealed, in_force = (v.number for v in vals)
            expected = base.number + issued - repealed
            if in_force != expected:
                yield Hit(f"表二“{cells[ids[0]].row_name}”现行有效件数为{_fmt(in_force)}，但上年现行有效"
                          f"{base.text}件＋本年制发{_fmt(issued)}件－本年废止{_fmt(repealed)}件＝{_fmt(expected)}件；"
                          f"如因修订、清理等原因不一致，请添加说明", cells=ids)
    elif doc.format_id == "2019":
        for row in T2_2019_ITEM_ROWS:
            cid = t2.cell_id(row, "prev_items")
            now = doc.value(cid)
            base = prev.value(cid)
            change = prev.value(t2.cell_id(row, "change"))
            if not (now.is_number and base.is_number and change.is_number):
                continue
            expected = base.number + change.number
            if now.number != expected:
                yield Hit(f"表二“{cells[cid].row_name}”上一年项目数量为{now.text}，但上年报告的上一年项目数量"
                          f"{base.text}＋本年增/减{change.text}＝{_fmt(expected)}", cells=(cid,))


_DIGITS = re.compile(r"\d+(\.\d+)?")
_SPACE = re.compile(r"\s+")


def _normalize(text: str) -> str:
    text = text.replace(DRAFT_MARKER, "")
    return _DIGITS.sub("0", _SPACE.sub("", text))


@lru_cache(maxsize=64)
def similarity(a: str, b: str) -> float:
    """Similarity of two prose texts in [0, 1] (difflib ratio; numbers and white space ignored)."""
    from difflib import SequenceMatcher  # only reports that carry last year's (the export's check need not import it)

    a, b = _normalize(a), _normalize(b)
    if not a and not b:
        return 1.0
    m = SequenceMatcher(None, a, b, autojunk=False)
    if m.real_quick_ratio() < SIMILARITY_THRESHOLD or m.quick_ratio() < SIMILARITY_THRESHOLD:
        return m.quick_ratio()  # an upper bound below the threshold is all the caller needs
    # Near-identical texts (a copy being edited): match the common prefix and suffix directly and
    # run difflib on the differing middle only; this keeps a keystroke in a long section cheap.
    n = min(len(a), len(b))
    pre = 0
    while pre < n and a[pre] == b[pre]:
        pre += 1
    suf = 0
    while suf < n - pre and a[-1 - suf] == b[-1 - suf]:
        suf += 1
    mid = SequenceMatcher(None, a[pre:len(a) - suf], b[pre:len(b) - suf], autojunk=False)
    matched = pre + suf + sum(block.size for block in mid.get_matching_blocks())
    return 2.0 * matched / (len(a) + len(b))


def whole_copy_ratio(text: str, before: str) -> float | None:
    """The similarity of a section to last year's when it is a copy as a whole (≥ the threshold; both
    long enough to judge), else None."""
    if len(_normalize(text)) < MIN_PROSE_CHARS or len(_normalize(before)) < MIN_PROSE_CHARS:
        return None
    ratio = similarity(text, before)
    return ratio if ratio >= SIMILARITY_THRESHOLD else None


@check("GK503", Severity.WARNING, "正文与上年报告雷同", reads=(*DRAFT_SECTIONS, "meta", "previous"))
def check_prose_not_copied(doc):
    """What it checks (V12, "内容雷同" is a named accountability risk in 〔2021〕30号): the prose of
    一、五、六 is not identical or nearly identical (difflib similarity ≥ 90 %, numbers ignored)
    to last year's. Sections still carrying the rollover draft marker are left to GK505; short
    boilerplate (under 50 characters) is not compared."""
    prev = _previous(doc)
    if prev is None:
        return
    for key in DRAFT_SECTIONS:
        text = doc.sections.get(key, "")
        if DRAFT_MARKER in text:
            continue
        before = prev.section(key)
        ratio = whole_copy_ratio(text, before)
        if ratio is not None:
            same = "与上年报告相同" if _normalize(text) == _normalize(before) else f"与上年报告的相似度为{ratio:.0%}"
            yield Hit(f"“{doc.spec.section(key).heading}”{same}；年度报告内容雷同属于应当追责的情形，"
                      f"请按本年度实际情况重写", section=key)


MIN_PARAGRAPH_CHARS = 50  # a paragraph shorter than this may legitimately repeat (a stock sentence)
_BOILERPLATE = re.compile(r"本报告|统计期限|统计期间|如对本报告|电子版|联系电话|联系地址|邮编|邮政编码")


def _paragraphs(text: str) -> list[str]:
    out = []
    for line in text.replace(DRAFT_MARKER, "").splitlines():
        p = _SPACE.sub("", line)
        if len(p) >= MIN_PARAGRAPH_CHARS and not _BOILERPLATE.search(p):
            out.append(p)
    return out


@check("GK507", Severity.WARNING, "正文有段落与上年报告完全相同", reads=(*DRAFT_SECTIONS, "previous", "meta"))
def check_paragraphs_not_copied(doc):
    """What it checks (V12, "内容雷同"): a paragraph of 一、五 or 六 (at least 50 characters, the
    lead paragraph's 本报告/统计期限/联系方式 sentences excepted) is not word for word — figures
    included — a paragraph of last year's report (any section), e.g. the 改进措施 of 五 copied
    unchanged. One finding per section, naming how many paragraphs are copied; a section that is
    as a whole a copy is GK503's. Last year's report is the stored snapshot, or (in a folder check)
    the same unit's report of the year before. How to fix: rewrite the paragraph for this year —
    what was done, what is still open, what changes next year."""
    prev = _previous(doc)
    if prev is None:
        return
    before = {p for key in prev.sections for p in _paragraphs(prev.section(key))}
    if not before:
        return
    for key in DRAFT_SECTIONS:
        text = doc.sections.get(key, "")
        if DRAFT_MARKER in text:
            continue
        if whole_copy_ratio(text, prev.section(key)) is not None:
            continue  # GK503 reports the whole section
        copied = [p for p in _paragraphs(text) if p in before]
        if copied:
            yield Hit(f"“{doc.spec.section(key).heading}”有{len(copied)}段与上年报告完全相同；"
                      f"年度报告内容雷同属于应当追责的情形，请按本年度实际情况改写", section=key,
                      evidence=copied[0][:80])


@check("GK504", Severity.WARNING, "表格数据与上年报告完全相同", reads=("t2", "t3", "t4", "meta", "previous"))
def check_tables_not_copied(doc):
    """What it checks (V12): the table figures are not all identical to last year's while some
    of them are non-zero (an all-zero report may legitimately repeat). Compared: every cell both
    years have (表二 only when both years use the same format); all of them must be filled."""
    prev = _previous(doc)
    if prev is None:
        return
    same_format = prev.format == doc.format_id
    ids = []
    nonzero = False
    for cid, spec in doc.spec.cells.items():
        if spec.table == "t2" and not same_format:
            continue
        before = prev.value(cid)
        if before.is_blank:
            continue
        now = doc.value(cid)
        if not now.is_number or not before.is_number or now.number != before.number:
            return
        nonzero |= now.number != 0
        ids.append(cid)
    if nonzero and ids:
        yield Hit(f"表格中{len(ids)}个数字与{prev.year or '上'}年报告完全相同；请确认已填写本年度数据",
                  cells=tuple(ids))


@check("GK505", Severity.ERROR, "正文仍是上年度草稿", reads=("s1", "s2", "s3", "s4", "s5", "s6"),
       explainable=False)
def check_draft_marker(doc):
    """What it checks: the marker "【待修改：以下为上年度内容】" that "新建下一年度报告" puts before
    last year's prose is gone. While it is there the section is last year's text and must not be
    published; delete the marker line once the section is revised."""
    for s in doc.spec.sections:
        if DRAFT_MARKER in doc.sections.get(s.key, ""):
            yield Hit(f"“{s.heading}”仍是上年度内容的草稿（含“{DRAFT_MARKER}”），请按本年度情况修改后删除该标记",
                      section=s.key)


@check("GK506", Severity.HINT, "上年数据的年度与报告年度不衔接", reads=("meta", "previous"))
def check_previous_year_chains(doc):
    """What it checks: the stored snapshot of last year's report is of the year before the report
    year; otherwise the cross-year checks GK501–GK504 are skipped."""
    if not isinstance(doc.previous, dict) or doc.meta.year is None:
        return
    prev = _Prev(doc.previous)
    if prev.year is not None and prev.year != doc.meta.year - 1:
        yield Hit(f"文件中保存的上年数据是{prev.year}年的，而本报告为{doc.meta.year}年度，"
                  f"跨年度核对（上年结转、雷同等）未进行", section="meta")
