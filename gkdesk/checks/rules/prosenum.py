"""What the numbers in a report's prose count: evidence-based reading for the text checks.

A number in the prose ("全年共收到政府信息公开申请48件") is taken as a statement about a table
cell only when its sentence says what it counts, and it is not

- a sub-count (after 其中/分别, or named by a part: 自然人, 网上申请, 结果纠正, 败诉, 同意公开答复…),
- another kind of matter (行政许可申请, 信访, 咨询, 来信, 投诉, 建议提案…),
- negated (未/没有…), cumulative (…以来, 历年) or about last year (上年度收到…; 2024年… in a 2025
  report) — a time word holds for the rest of its sentence until another one,
- governed by a comparison (同比增加5件, 较上年减少2件: only the number it governs is skipped),
- inside a document title 《…》.

"含上年结转N件" after a number of received applications makes it 新收+上年结转. A phrase that
is not recognised is not compared: a missed comparison is better than a false alarm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...core import lazyre

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


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
    s = s.replace(",", "").replace("，", "")
    if s.isdigit():
        return int(s)
    return chinese_number(s)


_SENTENCE = lazyre.compile(r"[^。；;！？!?\n]+[。；;！？!?]?")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


# a count: digits (thousands commas allowed) or a Chinese numeral, then a counting unit
_TOKEN = lazyre.compile(r"(?P<num>\d+(?:,\d{3})*|[零〇一二两三四五六七八九十百千]+)\s*(?P<unit>件|起|宗|个|例|条|次)")
_CLAUSE_MARK = "，,：:、（）()“”\"'"


@dataclass(frozen=True)
class Token:
    value: int
    unit: str
    start: int
    end: int
    head: str  # text of the clause before the number, after any earlier number
    in_parens: bool


def tokens(sent: str) -> list[Token]:
    out: list[Token] = []
    prev_end = 0
    for m in _TOKEN.finditer(sent):
        value = parse_number(m.group("num"))
        if value is None:
            continue
        start = m.start()
        if m.group("num")[0].isdigit() and start > 0 and (sent[start - 1].isdigit() or sent[start - 1] in ".．"):
            continue
        cs = max(sent.rfind(c, 0, start) for c in _CLAUSE_MARK) + 1
        head = sent[max(cs, prev_end):start]
        depth = sent.count("（", 0, start) + sent.count("(", 0, start) - sent.count("）", 0, start) - sent.count(")", 0, start)
        out.append(Token(value, m.group("unit"), start, m.end(), head, depth > 0))
        prev_end = m.end()
    return out


def in_title(sent: str, pos: int) -> bool:
    return sent.rfind("《", 0, pos) > sent.rfind("》", 0, pos)


_YEAR = lazyre.compile(r"(?<!\d)((?:19|20)\d{2}|[二][〇零][一二三四五六七八九〇零]{2})\s*年")


def year_value(s: str) -> int:
    if s.isdigit():
        return int(s)
    return int("".join(str(_CN_DIGITS[c]) for c in s))


# ------------------------------------------------------------------ vocabulary

_COMPARE = lazyre.compile(r"同比|环比|较(?!为|好)|相比|比上|比去|增加|减少|增长|下降|上升|提高|降低|增幅|降幅|多出|持平|翻番|翻了")
_CUMULATIVE = lazyre.compile(r"以来|历年|成立至今|迄今")
_NEGATION = lazyre.compile(r"未|没有|无(?!法)|不存在|尚无")
_PAST_MARK = lazyre.compile(r"(?<![较比同与于])(?:上一年|上年|去年)(?!度?(?:结转|同期)|同期)")
_PRESENT_MARK = lazyre.compile(r"本年|今年|全年|年内|当年|本年度")
_LOCALITY = lazyre.compile(r"各(?:县|区|市|乡|镇|街道|部门|单位)|市直|区直|县直|(?<!全)本级|下属|所属|直属")
_OTHER_KIND = lazyre.compile(r"许可|信访|咨询|来信|来访|来电|留言|建议|提案|投诉|举报|热线|12345|意见|求助|诉求|复议|诉讼|办件|"
                         r"政务服务|审批|登记|备案")
_SUB_APPLICATION = lazyre.compile(r"其中|分别|涉及|包括|主要|自然人|法人|企业|机构|组织|当面|网上|网络|在线|线上|线下|信函|"
                              r"通过|网站|渠道|途径|方式|信件|来函|"
                              r"传真|邮件|邮寄|电话|现场|窗口|平台|补正|延期|逾期|超期|按时|按期|征求|第三方|"
                              r"予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理|告知|转办|重复")
_SUB_CASE = lazyre.compile(r"其中|分别|维持|纠正|其他结果|审结|败诉|胜诉|撤诉|驳回|撤销|确认违法|责令|调解|和解|终止|"
                       r"直接起诉|复议后|一审|二审|上诉|申诉|涉及")
_AGENCY_AS_JUDGE = lazyre.compile(r"办理|审理|受理|收到|接收|接到|办结|作出|代理|出庭|应诉|参加|参与")
_DISCLOSURE = lazyre.compile(r"公开")

#: how applications are counted ("申请48件", "48条", "48次", "48个")
_APPLICATION_UNITS = ("件", "个", "条", "次")
_RECEIVED_VERB = lazyre.compile(r"收到|受理|新收|接收|接到|共收")
_APPLICATION = lazyre.compile(r"申请")
_DISCLOSURE_APPLICATION = lazyre.compile(r"信息公开|依申请|公开申请")
_DONE_VERB = lazyre.compile(r"办结|答复|办理完毕|办理完成|回复")
_CARRIED = lazyre.compile(r"(?:上一年|上年|去年)度?[^，。；\d]{0,4}?结转|结转自上一?年|上一?年度?遗留")
_CARRY_NEXT_HEAD = lazyre.compile(r"结转(?:至|到)?(?:下一?年度?|次年|(?:19|20)\d\d年)|顺延(?:至|到)?(?:下一?年|次年)|"
                              r"下一?年度?继续办理|转入下一?年|结转下年")
_CARRY_NEXT_AFTER = lazyre.compile(r"^[^，,。；;\d]{0,8}?(?:结转|顺延|转入|延续)(?:至|到)?(?:下一?年|次年|(?:19|20)\d\d年)")
_INCLUDES_CARRIED = lazyre.compile(r"^\s*[（(]?\s*(不)?(?:含|包括|包含)(?:上一年|上年|去年)?度?(?:的)?结转")
_HEAD_INCLUDES_CARRIED = lazyre.compile(r"(不)?(?:含|包括|包含)(?:上一年|上年|去年)?度?(?:的)?结转")

_SUBJECT = lazyre.compile(r"规章|规范性文件")
_ISSUED = lazyre.compile(r"制发|印发|出台|制定|制作|发布|新增")
_T2_NOT_ISSUED = lazyre.compile(r"现行有效|废止|清理|修订|修改|累计|历年|保留|宣布失效|失效")
_REPEALED = lazyre.compile(r"废止")
_IN_FORCE = lazyre.compile(r"现行有效")
_DECISION = {
    "license": lazyre.compile(r"行政许可决定|作出(?:的)?行政许可"),
    "penalty": lazyre.compile(r"行政处罚决定|作出(?:的)?行政处罚"),
    "coercion": lazyre.compile(r"行政强制(?:决定|措施)|作出(?:的)?行政强制"),
}
_NOT_DECISION = lazyre.compile(r"申请|事项|受理|其中|案件|清单|目录")

#: outcome phrases of 表三 that a sentence may state alone ("不予公开3件"): the clause ends with the phrase
OUTCOMES = (
    ("granted_partial", lazyre.compile(r"予以公开(?:及|和|与|、)部分公开")),
    ("granted", lazyre.compile(r"(?<!不)(?:予以公开|(?<!部分)同意公开|全部公开)")),
    ("partial", lazyre.compile(r"(?<!不同意)部分公开")),
    ("denied", lazyre.compile(r"不予公开")),
    ("unable", lazyre.compile(r"无法提供")),
    ("rejected", lazyre.compile(r"不予处理")),
)
_OUTCOME_TAIL = r"(?:答复|决定|的|申请|处理)*(?:共|为|计|达)?\s*$"
_OUTCOME_AT_END = tuple((name, lazyre.compile(rf"(?:{rx.pattern}){_OUTCOME_TAIL}")) for name, rx in OUTCOMES)
_COUNT_ONLY = lazyre.compile(r"(?:共计|合计|总计|共|计)?(?:为|达)?")
_APPLICANT = lazyre.compile(r"自然人|法人|企业|机构|组织")


# ------------------------------------------------------------------ the unit a sentence is about

#: the name of an organisation: ends with what agencies' names end with (not 站/所: 网站, 场所)
_UNIT_SUFFIX = (r"办公室|办公厅|委员会|管委会|办事处|人民政府|政府|分局|局|委|厅|署|中心|街道|镇|乡|法院|检察院|院|馆|部|"
                r"队|公司|学校|医院")
_UNIT_FILLER = r"(?:20\d\d年度?|本年度?|今年|全年|年内|共计|共|合计|累计|总共|依法|先后|已|在)*"
_UNIT_VERB = r"(?:收到|受理|新收|接收|接到|共收|办结|答复|办理|上年结转|结转|发生)"
#: a unit named as the subject of the verb that follows it ("市政府办公室全年收到…", "区分局受理…")
_UNIT_SUBJECT = lazyre.compile(rf"[\u4e00-\u9fff]{{1,24}}?(?:{_UNIT_SUFFIX})(?=(?:机关|本级)*{_UNIT_FILLER}(?:未|没有|尚未)?{_UNIT_VERB})")
_UNIT_LEAD = lazyre.compile(r"^(?:20\d\d年度?|本年度?|今年|全年|年内|报告期内|其中|同时|此外|另外|另)+")
_SELF = lazyre.compile(r"我|^本|^全")
_ON_BEHALF = lazyre.compile(r"代表|会同|联合|牵头")  # "市政府办公室代表市政府…": either may be the agency


def _normal_name(name: str) -> str:
    name = re.sub(r"[（(][^）)]*[）)]|\s+", "", name)
    return name.replace("人民政府", "政府")


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def same_unit(unit: str, agency: str) -> bool:
    """Is ``unit`` (as a sentence names it) the report's own agency? "市政府" for 示例市人民政府, "市环境局"
    or "生态环境局" for 示例市生态环境局 (an abbreviation keeps the name's characters in order); not
    "市政府办公室" for 示例市人民政府. Self references (我局, 本机关, 全局) always are."""
    parts = [_UNIT_LEAD.sub("", p) for p in _ON_BEHALF.split(unit)]
    if any(not u or _SELF.search(u) for u in parts):
        return True
    a = _normal_name(agency)
    if not a:
        return False  # the agency is not known: a named unit cannot be told to be it
    return any(_same_name(_normal_name(u), a) for u in parts)


def _same_name(u: str, a: str) -> bool:
    return a.endswith(u) or u.endswith(a) or _subsequence(u, a)


def other_unit(prefix: str, agency: str) -> str:
    """The unit named as the subject in ``prefix`` (the sentence up to a number) when it is not the
    report's agency — one sub-unit of a consolidated (本级人民政府) report, another agency — else "".
    Only the last named subject counts ("我局…；市政府办公室收到…" is about the 办公室)."""
    last = None
    for m in _UNIT_SUBJECT.finditer(prefix):
        last = m
    if last is None:
        return ""
    return "" if same_unit(last.group(0), agency) else last.group(0)


@dataclass(frozen=True)
class Mention:
    name: str  # received, carried, carry_next, done, review, litigation, issued, repealed, in_force,
    #            license, penalty, coercion, or an outcome (granted, partial, …)
    value: int
    sentence: str
    row: str = ""  # 表二 row for 规章/规范性文件 mentions
    carried: str = ""  # received: "in" when the figure includes 上年结转, "out" when it excludes it


def _past_scope(sent: str, pos: int, year: int | None) -> bool:
    """Is the number at `pos` under a last-year time word (the last one before it in the sentence)?"""
    last_past = last_present = -1
    for m in _PAST_MARK.finditer(sent, 0, pos):
        last_past = m.start()
    for m in _PRESENT_MARK.finditer(sent, 0, pos):
        last_present = m.start()
    if year is not None:
        for m in _YEAR.finditer(sent, 0, pos):
            if in_title(sent, m.start()):
                continue
            y = year_value(m.group(1))
            if y < year and not sent[max(0, m.start() - 2):m.start()].endswith(("较", "比", "与", "于")):
                last_past = max(last_past, m.start())
            elif y == year:
                last_present = max(last_present, m.start())
    return last_past > last_present


def _paragraph_of(text: str, sent: str) -> str:
    i = text.find(sent)
    if i < 0:
        return sent
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", i + len(sent))
    return text[a: b if b >= 0 else len(text)]


def _classify(sent: str, t: Token, paragraph: str, year: int | None, section: str,
              agency: str = "") -> Mention | None:
    head = t.head
    prefix = sent[:t.start]
    if in_title(sent, t.start) or other_unit(prefix, agency):
        return None
    if _COMPARE.search(head) or _CUMULATIVE.search(prefix):
        return None
    after = sent[t.end:]
    under_parts = "其中" in prefix or "分别" in head
    # unambiguous quantities first: they may be stated under 其中 ("其中上年结转2件")
    if _CARRIED.search(head) and not _NEGATION.search(head):
        return Mention("carried", t.value, sent)
    if (_CARRY_NEXT_HEAD.search(head) or _CARRY_NEXT_AFTER.search(after)) and not _NEGATION.search(head):
        if not _about_last_year(sent, t, year):
            return Mention("carry_next", t.value, sent)
        return None
    if _past_scope(sent, t.start, year) or _LOCALITY.search(prefix):
        return None
    # 表三 outcomes stated alone ("不予公开3件", "因信息不存在无法提供9件", "予以公开及部分公开258件")
    if not _APPLICANT.search(prefix) and "分别" not in head:
        ohead = _outcome_head(sent, t)
        for name, rx in _OUTCOME_AT_END:
            m = rx.search(ohead)
            if m:
                if t.unit != "件" or re.search(r"(?:未|没有|无)[^，。；]{0,3}$", ohead[:m.start()]):
                    return None
                return Mention(name, t.value, sent)
    if _NEGATION.search(head):
        return None
    if under_parts:
        return None
    if _RECEIVED_VERB.search(head) and (_APPLICATION.search(head) or "依申请" in head):
        if _OTHER_KIND.search(head) or _SUB_APPLICATION.search(head) or t.unit not in _APPLICATION_UNITS:
            return None
        if not (_DISCLOSURE_APPLICATION.search(head) or _DISCLOSURE_APPLICATION.search(paragraph)
                or section == "s3"):
            return None
        inc = _INCLUDES_CARRIED.match(after) or _HEAD_INCLUDES_CARRIED.search(head)
        carried = "" if not inc else ("out" if inc.group(1) else "in")
        return Mention("received", t.value, sent, carried=carried)
    if _DONE_VERB.search(head):
        if _OTHER_KIND.search(head) or _SUB_APPLICATION.search(head) or t.unit not in _APPLICATION_UNITS:
            return None
        if not (_DISCLOSURE_APPLICATION.search(head) or _DISCLOSURE_APPLICATION.search(paragraph)
                or section == "s3"):
            return None
        return Mention("done", t.value, sent)
    review = "复议" in head and "复议后" not in head
    litigation = "诉讼" in head or ("起诉" in head and "复议后" not in head)
    if review or litigation:
        if review and litigation or _SUB_CASE.search(head) or _AGENCY_AS_JUDGE.search(head):
            return None
        if not (_DISCLOSURE.search(sent) or _DISCLOSURE.search(paragraph) or section == "s4"):
            return None
        return Mention("review" if review else "litigation", t.value, sent)
    if t.unit != "件":
        return None
    subj = _SUBJECT.findall(prefix)
    if subj:
        row = "rules" if subj[-1] == "规章" else "normative"
        if _IN_FORCE.search(head):
            return Mention("in_force", t.value, sent, row)
        if _REPEALED.search(head):
            return Mention("repealed", t.value, sent, row)
        if _ISSUED.search(head) and _SUBJECT.search(head) and not _T2_NOT_ISSUED.search(head):
            return Mention("issued", t.value, sent, row)
    for name, rx in _DECISION.items():
        if rx.search(head) and not _NOT_DECISION.search(head):
            return Mention(name, t.value, sent)
    return None


def _outcome_head(sent: str, t: Token) -> str:
    """The clause that names what a number counts: its own, or for a bare "共计12件" the clause before
    it ("依法告知无法提供，共计12件")."""
    if not _COUNT_ONLY.fullmatch(t.head.strip()):
        return t.head
    before = sent[:t.start - len(t.head)].rstrip("，,：: ")
    return before[max(before.rfind(c) for c in _CLAUSE_MARK) + 1:]


def _about_last_year(sent: str, t: Token, year: int | None) -> bool:
    """A carry-over to next year stated about last year ("上年度结转下年度3件") is not this year's."""
    return _past_scope(sent, t.start, year)


@lru_cache(maxsize=4096)
def _sentence_mentions(sent: str, paragraph: str, year: int | None, section: str, agency: str) -> tuple[Mention, ...]:
    """The classified numbers of one sentence. Pure, so cached: after a keystroke only the sentences
    of the paragraph it changed are read again."""
    found = (_classify(sent, t, paragraph, year, section, agency) for t in tokens(sent))
    return tuple(m for m in found if m is not None)


@lru_cache(maxsize=256)
def mentions(text: str, fmt: str, year: int | None = None, section: str = "", agency: str = "") -> tuple[Mention, ...]:
    """Numbers stated in a piece of prose that correspond to table cells (see the module docstring)."""
    out: list[Mention] = []
    seen: set[tuple] = set()
    for sent in sentences(text):
        for m in _sentence_mentions(sent, _paragraph_of(text, sent), year, section, agency):
            if fmt == "2019" and m.name in ("repealed", "in_force"):
                continue
            key = (m.name, m.row, m.value, sent)
            if key not in seen:
                seen.add(key)
                out.append(m)
    return tuple(out)
