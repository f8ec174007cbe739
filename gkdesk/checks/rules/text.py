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
from decimal import Decimal
from functools import lru_cache

from ...core import lazyre
from ...core.rollover import DRAFT_MARKER
from ...core.values import canonical
from ..finding import Hit, Severity
from ..registry import check

from .prosenum import Mention, _past_scope, chinese_number, mentions, other_unit, parse_number, sentences

__all__ = ["chinese_number", "parse_number", "mentions", "sentences", "Mention", "stray_years"]

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

# what a stated number means: the cells whose sum it must equal (alternatives in order)
_TARGETS: dict[str, tuple[tuple[str, ...], ...]] = {
    "carried": (("t3.carried.total",),),
    "carry_next": (("t3.carry_next.total",),),
    "done": (("t3.results_total.total",),),
    "review": (("t4.review.total",),),
    "litigation": (("t4.direct.total", "t4.after.total"),),
    "license": (("t2.license.decisions",),),
    "penalty": (("t2.penalty.decisions",),),
    "coercion": (("t2.coercion.decisions",),),
    "granted": (("t3.granted.total",),),
    "partial": (("t3.partial.total",),),
    "granted_partial": (("t3.granted.total", "t3.partial.total"),),
}
_RECEIVED = {"in": (("t3.new.total", "t3.carried.total"),), "out": (("t3.new.total",),),
             "": (("t3.new.total",), ("t3.new.total", "t3.carried.total"))}
_OUTCOME_ROWS = {"denied": "deny_", "unable": "unable_", "rejected": "reject_"}
_WHAT = {
    "received": "收到申请", "carried": "上年结转", "carry_next": "结转下年度", "done": "办结（答复）申请",
    "review": "行政复议", "litigation": "行政诉讼", "issued": "本年制发", "repealed": "本年废止",
    "in_force": "现行有效", "license": "行政许可决定", "penalty": "行政处罚决定", "coercion": "行政强制决定",
    "granted": "予以公开", "partial": "部分公开", "granted_partial": "予以公开及部分公开", "denied": "不予公开",
    "unable": "无法提供", "rejected": "不予处理",
}
_T2_COLUMN = {("2021", "issued"): "issued", ("2019", "issued"): "made", ("2021", "repealed"): "repealed",
              ("2021", "in_force"): "in_force"}


def _targets(doc, m: Mention) -> tuple[tuple[str, ...], ...]:
    if m.row:
        col = _T2_COLUMN.get((doc.format_id, m.name))
        return ((f"t2.{m.row}.{col}",),) if col else ()
    if m.name == "received":
        return _RECEIVED[m.carried]
    if m.name in _OUTCOME_ROWS:
        t3 = doc.spec.table("t3")
        return (tuple(t3.cell_id(r, "total") for r in t3.row_codes if r.startswith(_OUTCOME_ROWS[m.name])),)
    return _TARGETS.get(m.name, ())


def _sum(doc, ids) -> Decimal | None:
    vals = [doc.value(i) for i in ids]
    if not all(v.is_number for v in vals):
        return None
    return sum((v.number for v in vals), Decimal(0))


def _bound(doc, cid: str) -> tuple[Decimal, bool]:
    """(value, exact) of a cell: its number; for a blank derived total, the sum of its parts —
    exact when every part is a number, else a lower bound (counts are never negative, so a
    stated figure below the known parts is wrong whatever the blanks hold). Blank and text cells
    are unknown: lower bound 0."""
    v = doc.value(cid)
    if v.is_number:
        return v.number, True
    s = doc.spec.defining_sum(cid) if v.is_blank else None
    if s is None:
        return Decimal(0), False
    total, exact = Decimal(0), True
    for p in s.parts:
        b, e = _bound(doc, p)
        total += b
        exact &= e
    return total, exact


def _sum_bound(doc, ids) -> tuple[Decimal, bool]:
    total, exact = Decimal(0), True
    for i in ids:
        b, e = _bound(doc, i)
        total += b
        exact &= e
    return total, exact


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


_GROUP_LABEL = {"denied": "（三）不予公开", "unable": "（四）无法提供", "rejected": "（五）不予处理"}
_ALL_UPHELD = lazyre.compile(r"(?:均|全部|都)(?:已|被|获|予以|得到|为)*维持")
_CASE_WORD = lazyre.compile(r"复议|诉讼|起诉")


def _describe(doc, m: Mention, alternatives) -> str:
    cells = doc.spec.cells
    ids = alternatives[0]
    table = doc.spec.table(cells[ids[0]].table).name
    if m.name in _GROUP_LABEL:
        return f"{table}“{_GROUP_LABEL[m.name]}”各项合计"
    return table + "＋".join(f"“{cells[i].name}”" for i in ids)


def _all_upheld_hits(doc, key, text):
    """"均获维持" while 表四 records other results or pending cases for the cases the sentence names."""
    for sent in sentences(text):
        for m in _ALL_UPHELD.finditer(sent):
            before = sent[:m.start()]
            if re.search(r"(?:未|没有|不|无)[^，。；]{0,3}$", before):
                continue
            kinds = set(_CASE_WORD.findall(before))
            if not kinds or (key != "s4" and "公开" not in text):
                continue
            groups = (("review",) if "复议" in kinds else ()) + (("direct", "after") if kinds - {"复议"} else ())
            ids = [f"t4.{g}.{c}" for g in groups for c in ("corrected", "other", "pending")]
            known = [(i, doc.value(i).number) for i in ids if doc.value(i).is_number and doc.value(i).number]
            if known:
                rest = sum(n for _i, n in known)
                what = "、".join(w for w, g in (("行政复议", "review"), ("行政诉讼", "direct")) if g in groups)
                yield Hit(f"正文称{what}“{m.group(0)}”，但表四记有结果纠正、其他结果或尚未审结共{canonical(rest)}件",
                          cells=tuple(i for i, _n in known), section=key, evidence=sent)
            break


@check("GK601", Severity.WARNING, "正文中的数字与表格不一致",
       reads=("meta", "s1", "s2", "s3", "s4", "s5", "s6", "t2", "t3", "t4"))
def check_prose_numbers(doc):
    """What it checks (§6.4): a number the prose states for a quantity that is a table cell equals
    that cell — 收到申请 (本年新收; with "含上年结转N件" 新收+上年结转), 上年结转, 办结/答复 (（七）总计),
    结转下年度, 行政复议, 行政诉讼 (直接起诉+复议后起诉), 予以公开/部分公开/不予公开/无法提供/不予处理
    stated alone, 制发/废止/现行有效 规章·规范性文件, 行政许可/行政处罚/行政强制决定; and "均获维持"
    while 表四 records other results. A number is compared only when its sentence says what it
    counts: sub-counts (其中…, 自然人…, 结果纠正…, 同意公开答复…), other kinds of applications
    (行政许可申请, 信访, 咨询), negated, cumulative or last year's figures, numbers governed by 同比/较上年
    and numbers inside 《》 titles are not compared. When 表三 is empty GK605 reports instead.
    How to fix: correct the sentence or the table so that they agree."""
    t3_empty = _t3_empty(doc)
    for key, text in _prose(doc):
        for m in mentions(text, doc.format_id, doc.meta.year, key, doc.meta.agency):
            if t3_empty and m.name not in ("review", "litigation", "issued", "repealed", "in_force", "license",
                                           "penalty", "coercion"):
                continue
            alternatives = _targets(doc, m)
            if not alternatives:
                continue
            bounds = [_sum_bound(doc, ids) for ids in alternatives]
            if any((m.value == b) if exact else (m.value >= b) for b, exact in bounds):
                continue  # agrees with one reading, or cannot be told with the blanks
            ids = tuple(dict.fromkeys(i for alt in alternatives for i in alt))
            b, exact = bounds[0]
            got = f"为{canonical(b)}" if exact else f"至少为{canonical(b)}（其余单元格空白）"
            yield Hit(f"正文称{_WHAT[m.name]}{m.value}件，但{_describe(doc, m, alternatives)}{got}",
                      cells=ids, section=key, evidence=m.sentence)
        yield from _all_upheld_hits(doc, key, text)


_YEAR = lazyre.compile(r"(?<!\d)((?:19|20)\d{2}|[二][〇零][一二三四五六七八九〇零]{2})\s*年")
_DATE_AFTER = lazyre.compile(r"^\s*年\s*\d{1,2}\s*月")
_FUTURE_WORDS = lazyre.compile(r"将|计划|拟|下一步|明年|下一年|下年|新的一年|继续")
_HISTORY_BEFORE = lazyre.compile(r"(?:自|从|较|比|同比|相比|与|于|在)\s*$")
_HISTORY_AFTER = lazyre.compile(r"修订|修正|修改|印发|颁布|施行|实施|公布|发布|出台|成立|建立|设立|开通|上线|制定|以来|起|开始|号|令|"
                            r"预算|决算|绩效评价|审计|报告|年报|结转|遗留|考核|评估|评议|排名|通报")
_CARRY_BEFORE = lazyre.compile(r"(?:结转|顺延|转入|延续|延至|推迟)(?:至|到)?\s*$")
_HISTORY_SENTENCE = lazyre.compile(r"上年|上一年|去年|以往|历年|连续|报告中|报告指出|同比|相比")
_CLAUSE_END = lazyre.compile(r"[，,。；;）)]")


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
                if (section in ("s5", "s6") or _DATE_AFTER.match(rest) or _FUTURE_WORDS.search(sent)
                        or _CARRY_BEFORE.search(sent[: m.start()])):
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
    "自…年以来", comparisons ("较2024年"), last year's 决算/审计/考核 results and last year's report
    (2024年度报告), applications 结转 from last year or 结转至 next year, last year in 五, next year's
    plans (将/计划/下一步, and anywhere in 五 and 六), dates of next January (publication), and
    far-future targets (2035年). How to fix: write the report year, or say why the other year is meant."""
    year = doc.meta.year
    if year is None:
        return
    for key, text in _prose(doc):
        for sent, bad in stray_years(text, year, key):
            years = "、".join(f"{y}年" for y in bad)
            yield Hit(f"“{doc.spec.section(key).heading}”中提到{years}，本报告为{year}年度；"
                      f"如是沿用往年的文字，请修改", section=key, evidence=sent)


# GK603 ("五" does not report the rectification of last year's problems) was retired: the
# requirement is unverified (format-spec.md §2.1, §11 item 1) and it fired on most real reports.
# The id stays reserved; GK608 checks that 五 has substance at all.


_NO_FEE = lazyre.compile(r"(?:未|没有|无|不|免|零)[^，。；;]{0,10}?(?:收费|费用|收取|缴费|计费)|(?:收费|费用)[^，。；;]{0,6}?(?:为零|为0|0元)|"
                     r"免费|零收费")


def _fee_stated(text: str) -> bool:
    return "处理费" in text or bool(_NO_FEE.search(text))


@check("GK604", Severity.WARNING, "“六”未报告信息处理费", reads=("s1", "s2", "s3", "s4", "s5", "s6"))
def check_fee_statement(doc):
    """What it checks (2021 format, V02/V17): the report states the 信息处理费 collected, or that
    nothing was charged (国办函〔2020〕109号; the 2021 template: "收取信息处理费情况在此处报告",
    i.e. in 六). Accepted anywhere in the report: a sentence naming 处理费, or an explicit statement
    that nothing was charged (未收取任何费用, 未发生收费情况, 不收取费用). Not to be confused
    with 表二 行政事业性收费. How to fix: add to 六 e.g. "本年度未收取政府信息公开信息处理费。"."""
    if doc.format_id != "2021":
        return
    text = doc.sections.get("s6", "")
    if not text.strip() or DRAFT_MARKER in text:
        return  # an empty 六 is reported by GK010, a draft by GK505
    if any(_fee_stated(doc.sections.get(k, "")) for k in ("s1", "s2", "s3", "s4", "s5", "s6")):
        return
    yield Hit("未说明本年度收取信息处理费的情况；按格式应在“六、其他需要报告的事项”中写明（未收取的也应写明，"
              "例如“本年度未收取信息处理费”）", section="s6")


_APPLICANTS = r"(?:任何)?(?:(?:公民|社会公众|群众|申请人)[、，]?(?:法人(?:和|或|及)?其他组织)?(?:提出|提交)?的)?"
_KIND = r"(?:政府信息公开|信息公开|依申请公开)?(?:的)?"
_NO_APPLICATIONS = (
    # (not "未收到…申请方面的投诉", "…申请的复议": what was not received is something else)
    lazyre.compile(rf"(?:未|没有|无)(?:收到|受理|接到|接收|发生|产生){_APPLICANTS}{_KIND}申请"
               r"(?!人|方面|相关|引发|的?(?:投诉|举报|复议|诉讼|答复|意见|质疑))"),
    lazyre.compile(r"无(?:任何)?(?:政府信息公开|依申请公开|信息公开)(?:申请)?(?:事项|情况|件)?(?=[，。；,;）)]|$)"),
    lazyre.compile(r"(?:政府信息公开|依申请公开|信息公开)申请(?:数量|数)?(?:为|是)?(?:零|0件|0)(?![\d.])"),
)


@lru_cache(maxsize=4096)  # pure; asked for every sentence of the prose after every typed 表三 cell
def says_no_applications(sent: str, year: int | None, agency: str = "") -> bool:
    """The sentence says that no disclosure application was received this year (by the agency, not
    by a unit the sentence names: "市政府办公室未收到…" in a city's report)."""
    for rx in _NO_APPLICATIONS:
        for m in rx.finditer(sent):
            if not _past_scope(sent, m.start(), year) and not other_unit(sent[:m.end()], agency):
                return True
    return False


@check("GK605", Severity.WARNING, "表三与正文对申请情况的说法矛盾",
       reads=("meta", "s1", "s2", "s3", "s4", "s5", "s6", "t3"))
def check_applications_consistent(doc):
    """What it checks (V18): 表三 is empty or all zero while the prose states that applications
    were received (N件, N > 0), or the prose says no disclosure application was received
    ("未收到政府信息公开申请", "无依申请公开事项", "政府信息公开申请为0") while 表三 records new
    applications. The negation must govern the application itself: "未发生因依申请公开被行政复议",
    "未收到复议申请" or "上年度未收到申请" are not such statements. How to fix: make the sentence
    and 表三 agree."""
    empty = _t3_empty(doc)
    new_total = doc.number("t3.new.total")
    for key, text in _prose(doc):
        if empty:
            for m in mentions(text, doc.format_id, doc.meta.year, key, doc.meta.agency):
                if m.name == "received" and m.value > 0:
                    yield Hit(f"正文称收到申请{m.value}件，但表三为空或全部为0", cells=("t3.new.total",),
                              section=key, evidence=m.sentence)
                    return
        elif new_total is not None and new_total > 0:
            for sent in sentences(text):
                if says_no_applications(sent, doc.meta.year, doc.meta.agency):
                    yield Hit(f"正文称未收到政府信息公开申请，但表三“本年新收／总计”为{canonical(new_total)}",
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
