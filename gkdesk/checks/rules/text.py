"""GK6xx: the prose against the tables and the report year (format-spec.md §6.4, §8 V02/V11/V13/V18).

Numbers quoted in the prose ("全年共收到政府信息公开申请12件", "行政复议1件") are found with
regular expressions for the common phrasings and compared with the table cells; the finding's
evidence is the sentence. Wording varies between agencies, so every text check is a warning or a
hint, and a phrasing that is not recognised is simply not compared (never guessed).
Sections still carrying the rollover draft marker (last year's text, reported by GK505) are not
text-checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from ...core.rollover import DRAFT_MARKER
from ...core.values import canonical
from ..finding import Hit, Severity
from ..registry import check

# ------------------------------------------------------------------ numbers in the prose

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUM = r"(?P<num>\d[\d,]*|[零〇一二两三四五六七八九十百千]+)"


def chinese_number(s: str) -> int | None:
    """Value of a Chinese numeral as written in reports ("十二" 12, "两" 2, "一百零五" 105)."""
    total, digit = 0, None
    for ch in s:
        if ch in _CN_DIGITS:
            if digit is not None and digit != 0 and _CN_DIGITS[ch] != 0:
                return None  # "二三": not a numeral
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def parse_number(s: str) -> int | None:
    s = s.replace(",", "")
    if s.isdigit():
        return int(s)
    return chinese_number(s)


def _gap(n: int) -> str:
    """Up to n characters inside one clause, no digits (lazy)."""
    return rf"[^，,。；;、：:！？\d\n]{{0,{n}}}?"


_APP_UNIT = r"\s*(?:件|个|宗|条)"
_CASE_UNIT = r"\s*(?:件|起|宗|个)"
_SUBJECT = re.compile(r"规章|规范性文件")
_PAST = re.compile(r"上年|上一年|去年|同比|较|比上|往年")
_CARRY_WORDS = re.compile(r"(?:上年|上一年|去年)度?结转")  # "上年结转" names this year's row, not last year


@dataclass(frozen=True)
class Pattern:
    name: str  # what the number is
    regex: re.Pattern
    formats: tuple[str, ...] = ("2019", "2021")
    subject: bool = False  # the row (规章/规范性文件) is the nearest such word before the number
    past_ok: bool = False  # the pattern itself is about last year (上年结转)


_PATTERNS = (
    Pattern("received", re.compile(rf"(?:收到|受理|新收|接收|接到){_gap(16)}申请{_gap(8)}{_NUM}{_APP_UNIT}")),
    Pattern("received", re.compile(rf"申请{_gap(6)}(?:共计|共|合计)?(?:收到|受理){_gap(4)}{_NUM}{_APP_UNIT}")),
    Pattern("carried", re.compile(rf"(?:上年|上一年|去年)度?{_gap(4)}结转{_gap(12)}{_NUM}\s*件"), past_ok=True),
    Pattern("carry_next", re.compile(rf"结转(?:至|到)?下一?年度?{_gap(12)}{_NUM}\s*件")),
    Pattern("carry_next", re.compile(rf"{_NUM}\s*件{_gap(12)}(?:结转|顺延)(?:至|到)?下一?年")),
    Pattern("done", re.compile(rf"(?:办结|答复){_gap(12)}{_NUM}\s*件")),
    Pattern("review", re.compile(rf"行政复议(?!后){_gap(8)}{_NUM}{_CASE_UNIT}")),
    Pattern("litigation", re.compile(rf"(?<!复议后)(?:行政诉讼|诉讼){_gap(8)}{_NUM}{_CASE_UNIT}")),
    Pattern("issued", re.compile(rf"(?:制发|印发|出台|制定|制作|发布){_gap(10)}(?:规章|规范性文件){_gap(4)}{_NUM}\s*件"),
            subject=True),
    Pattern("repealed", re.compile(rf"废止{_gap(10)}{_NUM}\s*件"), formats=("2021",), subject=True),
    Pattern("in_force", re.compile(rf"现行有效{_gap(10)}{_NUM}\s*件"), formats=("2021",), subject=True),
    Pattern("license", re.compile(rf"行政许可(?:决定)?{_gap(6)}{_NUM}\s*件")),
    Pattern("penalty", re.compile(rf"行政处罚(?:决定)?{_gap(6)}{_NUM}\s*件")),
    Pattern("coercion", re.compile(rf"行政强制(?:决定|措施)?{_gap(6)}{_NUM}\s*件")),
)

_SENTENCE = re.compile(r"[^。；;！？!?\n]+[。；;！？!?]?")
_NEGATED = re.compile(r"(?:未|没有|无)$")
# what a stated number means, per format: the cells whose sum it must equal (alternatives in order)
_TARGETS: dict[str, tuple[tuple[str, ...], ...]] = {
    "received": (("t3.new.total",), ("t3.new.total", "t3.carried.total")),
    "carried": (("t3.carried.total",),),
    "carry_next": (("t3.carry_next.total",),),
    "done": (("t3.results_total.total",),),
    "review": (("t4.review.total",),),
    "litigation": (("t4.direct.total", "t4.after.total"),),
    "license": (("t2.license.decisions",),),
    "penalty": (("t2.penalty.decisions",),),
    "coercion": (("t2.coercion.decisions",),),
}
_WHAT = {
    "received": "收到申请", "carried": "上年结转", "carry_next": "结转下年度", "done": "办结（答复）申请",
    "review": "行政复议", "litigation": "行政诉讼", "issued": "本年制发", "repealed": "本年废止",
    "in_force": "现行有效", "license": "行政许可决定", "penalty": "行政处罚决定", "coercion": "行政强制决定",
}
_T2_COLUMN = {("2021", "issued"): "issued", ("2019", "issued"): "made", ("2021", "repealed"): "repealed",
              ("2021", "in_force"): "in_force"}


@dataclass(frozen=True)
class Mention:
    name: str
    value: int
    sentence: str
    row: str = ""  # 表二 row for 规章/规范性文件 mentions


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


@lru_cache(maxsize=256)
def mentions(text: str, fmt: str) -> tuple[Mention, ...]:
    """Numbers stated in a piece of prose that correspond to table cells."""
    out: list[Mention] = []
    seen: set[tuple[str, int, str]] = set()
    for sent in sentences(text):
        for p in _PATTERNS:
            if fmt not in p.formats:
                continue
            for m in p.regex.finditer(sent):
                if _NEGATED.search(sent[max(0, m.start() - 4):m.start()]):
                    continue
                if not p.past_ok and _PAST.search(_CARRY_WORDS.sub("", sent[:m.start("num")])):
                    continue  # about last year ("较上年增加2件", "上年度收到申请30件，办结29件")
                if p.name in ("received", "done") and "结转" in sent[m.start():m.start("num")]:
                    continue
                value = parse_number(m.group("num"))
                if value is None:
                    continue
                row = ""
                if p.subject:
                    subj = _SUBJECT.findall(sent[:m.start("num")])
                    if not subj:
                        continue
                    row = "rules" if subj[-1] == "规章" else "normative"
                key = (p.name + row, value, sent)
                if key not in seen:
                    seen.add(key)
                    out.append(Mention(p.name, value, sent, row))
    return tuple(out)


def _targets(doc, m: Mention) -> tuple[tuple[str, ...], ...]:
    if m.row:
        col = _T2_COLUMN.get((doc.format_id, m.name))
        return ((f"t2.{m.row}.{col}",),) if col else ()
    return _TARGETS.get(m.name, ())


def _sum(doc, ids) -> Decimal | None:
    vals = [doc.value(i) for i in ids]
    if not all(v.is_number for v in vals):
        return None
    return sum((v.number for v in vals), Decimal(0))


def _t3_empty(doc) -> bool:
    """Every 表三 cell blank or 0 (nothing recorded)."""
    for cid, spec in doc.spec.cells.items():
        if spec.table != "t3":
            continue
        v = doc.value(cid)
        if v.is_blank:
            continue
        if not v.is_number or v.number != 0:
            return False
    return True


def _prose(doc):
    """(key, text) of the sections with prose, except last year's drafts (GK505 reports those)."""
    for s in doc.spec.sections:
        text = doc.sections.get(s.key, "")
        if text.strip() and DRAFT_MARKER not in text:
            yield s.key, text


@check("GK601", Severity.WARNING, "正文中的数字与表格不一致", reads=("s1", "s2", "s3", "s4", "s5", "s6", "t2", "t3", "t4"))
def check_prose_numbers(doc):
    """What it checks (§6.4): numbers the prose states for quantities that are table cells equal
    those cells — 收到申请 (本年新收 总计; "含上年结转" counts are accepted as 新收+上年结转),
    上年结转, 办结/答复, 结转下年度, 行政复议, 行政诉讼 (直接起诉+复议后起诉), 制发/废止/现行有效
    规章·规范性文件, 行政许可/行政处罚/行政强制决定. Chinese numerals (十二件, 两件) are read.
    Sentences about last year ("较上年…") are skipped. 主动公开政府信息N条 has no table cell and is
    not compared. When 表三 is empty, GK605 reports a stated number of applications instead."""
    t3_empty = _t3_empty(doc)
    cells = doc.spec.cells
    for key, text in _prose(doc):
        for m in mentions(text, doc.format_id):
            if t3_empty and m.name in ("received", "carried", "carry_next", "done"):
                continue
            alternatives = _targets(doc, m)
            if not alternatives:
                continue
            sums = [_sum(doc, ids) for ids in alternatives]
            if sums[0] is None or any(s == m.value for s in sums if s is not None):
                continue
            ids = tuple(dict.fromkeys(i for alt in alternatives for i in alt))
            table = doc.spec.table(cells[ids[0]].table).name
            names = "＋".join(f"“{cells[i].name}”" for i in alternatives[0])
            yield Hit(f"正文称{_WHAT[m.name]}{m.value}件，但{table}{names}为{canonical(sums[0])}",
                      cells=ids, section=key, evidence=m.sentence)


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2}|[二][〇零][一二三四五六七八九〇零]{2})\s*年")
_DATE_AFTER = re.compile(r"^\s*年\s*\d{1,2}\s*月")
_FUTURE_WORDS = re.compile(r"将|计划|拟|下一步|明年|下一年|下年|新的一年|继续")
_HISTORY_BEFORE = re.compile(r"(?:自|从|较|比|同比|相比|与|于|在)\s*$")
_HISTORY_AFTER = re.compile(r"修订|修正|修改|印发|颁布|施行|实施|公布|发布|出台|成立|建立|设立|开通|上线|制定|以来|起|开始|号|令|预算|决算|绩效评价")
_HISTORY_SENTENCE = re.compile(r"上年|上一年|去年|以往|历年|连续|报告中|报告指出|同比|相比")
_CLAUSE_END = re.compile(r"[，,。；;）)]")


def _year_value(s: str) -> int:
    if s.isdigit():
        return int(s)
    return int("".join(str(_CN_DIGITS[c]) for c in s))


def _inside_title(text: str, pos: int) -> bool:
    return text.rfind("《", 0, pos) > text.rfind("》", 0, pos)


def stray_years(text: str, year: int, section: str) -> list[tuple[str, list[int]]]:
    """Sentences of `text` that mention a year other than the report year without a reason."""
    out = []
    for sent in sentences(text):
        bad: list[int] = []
        for m in _YEAR.finditer(sent):
            y = _year_value(m.group(1))
            if y == year or y > year + 1 or y in bad or _inside_title(sent, m.start()):
                continue
            rest = sent[m.end() - 1:]
            end = _CLAUSE_END.search(rest)
            clause_after = rest[: end.start()] if end else rest
            if y == year + 1:
                if section in ("s5", "s6") or _DATE_AFTER.match(rest) or _FUTURE_WORDS.search(sent):
                    continue
            else:
                if section == "s5" and y == year - 1:
                    continue  # 五 reports on last year's problems
                if (_HISTORY_BEFORE.search(sent[: m.start()]) or _HISTORY_AFTER.search(clause_after)
                        or _HISTORY_SENTENCE.search(sent)):
                    continue
            bad.append(y)
        if bad:
            out.append((sent, bad))
    return out


@check("GK602", Severity.WARNING, "正文中的年份与报告年度不符", reads=("meta", "s1", "s2", "s3", "s4", "s5", "s6"))
def check_prose_years(doc):
    """What it checks (V13): the prose does not speak of another year as if it were the report
    year (typical of text copied from an earlier report: "2023年，我局…" in a 2025 report).
    Not reported: years inside 《》 titles, dates of laws and notices (…年修订/印发/施行, 令/号),
    "自…年以来", comparisons ("较2024年"), last year in 五, next year's plans (将/计划/下一步, and
    anywhere in 五 and 六), dates of next January (publication), and far-future targets (2035年)."""
    year = doc.meta.year
    if year is None:
        return
    for key, text in _prose(doc):
        for sent, bad in stray_years(text, year, key):
            years = "、".join(f"{y}年" for y in bad)
            yield Hit(f"“{doc.spec.section(key).heading}”中提到{years}，本报告为{year}年度；"
                      f"如是沿用往年的文字，请修改", section=key, evidence=sent)


_RECTIFY_PAST = re.compile(r"上年|上一年|去年|以往|往年|前期|上次|上期")
_RECTIFY_DONE = re.compile(r"整改|改进|解决|落实|完善")


@check("GK603", Severity.HINT, "“五”未说明上年问题的整改情况", reads=("s5", "meta"))
def check_rectification_reported(doc):
    """What it checks: section 五 mentions how the problems of last year's report were rectified
    (a word for last year — 上年/上一年/去年/以往 or the year itself — and a word for fixing —
    整改/改进/解决/落实/完善). Hint only: the requirement is believed to be in the 2021 notice but
    is unverified (format-spec.md §2.1, §11 item 1). 2021 format only."""
    if doc.format_id != "2021":
        return  # the (unverified) requirement is attributed to the 2021 notice only
    text = doc.sections.get("s5", "")
    if not text.strip() or DRAFT_MARKER in text:
        return  # GK010 reports the empty section, GK505 the draft
    past = _RECTIFY_PAST.search(text) or (doc.meta.year and str(doc.meta.year - 1) in text)
    if past and _RECTIFY_DONE.search(text):
        return
    yield Hit("“五、存在的主要问题及改进情况”未提及上年度报告所列问题的整改情况，建议补充", section="s5")


@check("GK604", Severity.WARNING, "“六”未报告信息处理费", reads=("s1", "s2", "s3", "s4", "s5", "s6"))
def check_fee_statement(doc):
    """What it checks (2021 format, V02/V17): section 六 states the 信息处理费 collected, or that
    none was collected (国办函〔2020〕109号; the 2021 template: "收取信息处理费情况在此处报告").
    Not to be confused with 表二 行政事业性收费."""
    if doc.format_id != "2021":
        return
    text = doc.sections.get("s6", "")
    if not text.strip() or "处理费" in text or DRAFT_MARKER in text:
        return  # an empty 六 is reported by GK010, a draft by GK505
    elsewhere = any("处理费" in doc.sections.get(k, "") for k in ("s1", "s2", "s3", "s4", "s5"))
    where = "信息处理费情况写在了其他章节，按格式应在" if elsewhere else "未说明"
    yield Hit(f"{where}“六、其他需要报告的事项”中报告本年度收取信息处理费的情况（未收取的也应写明）", section="s6")


_NO_APPLICATIONS = re.compile(r"(?:未|没有)(?:收到|受理|接到|发生)[^，,。；;\d]{0,12}?申请")


@check("GK605", Severity.WARNING, "表三与正文对申请情况的说法矛盾", reads=("s1", "s2", "s3", "s4", "s5", "s6", "t3"))
def check_applications_consistent(doc):
    """What it checks (V18): 表三 is empty or all zero while the prose states that applications
    were received (N件, N > 0), or the prose says no applications were received (未收到…申请)
    while 表三 records new applications."""
    empty = _t3_empty(doc)
    new_total = doc.number("t3.new.total")
    for key, text in _prose(doc):
        if empty:
            for m in mentions(text, doc.format_id):
                if m.name == "received" and m.value > 0:
                    yield Hit(f"正文称收到申请{m.value}件，但表三为空或全部为0", cells=("t3.new.total",),
                              section=key, evidence=m.sentence)
                    return
        elif new_total is not None and new_total > 0:
            for sent in sentences(text):
                if _NO_APPLICATIONS.search(sent):
                    yield Hit(f"正文称未收到申请，但表三“本年新收／总计”为{canonical(new_total)}",
                              cells=("t3.new.total",), section=key, evidence=sent)
                    return


S1_ASPECTS = (("主动公开",), ("依申请公开", "依申请"), ("政府信息管理", "信息管理"), ("平台建设", "平台"),
              ("监督保障", "监督", "考核", "培训"))


@check("GK606", Severity.HINT, "“一、总体情况”未涵盖规定的方面", reads=("s1",))
def check_overview_covers_aspects(doc):
    """What it checks (2021 format, V03): 一、总体情况 covers the five aspects named by the 2021 notice —
    主动公开, 依申请公开, 政府信息管理, 政府信息公开平台建设, 监督保障 (format-spec.md §2.1, verified for 2021). A hint
    that names the aspects not mentioned (looser synonyms such as 平台, 考核 count)."""
    if doc.format_id != "2021":
        return
    text = doc.sections.get("s1", "")
    if not text.strip() or DRAFT_MARKER in text:
        return  # GK010 reports the empty section, GK505 the draft
    missing = [words[0] for words in S1_ASPECTS if not any(w in text for w in words)]
    if missing:
        yield Hit("“一、总体情况”未写到：" + "、".join(missing) + "（2021年格式要求概述主动公开、依申请公开、"
                  "政府信息管理、政府信息公开平台建设、监督保障五个方面）", section="s1")
