"""Prose and metadata of a published report: section split, agency/year/date, format version.

Shared by every importer (plain text, DOCX, HTML). Works on plain text; importers of structured
files pass the text of their paragraphs.

- ``split_sections(text)`` → {"s1": …, …, "s6": …} for the sections found (tables' text removed
  from s2–s4 where it can be told apart). Tolerates unnumbered headings, variants such as
  "五、存在问题及改进情况" or "一、工作基本情况", half-width punctuation, headings inline in one long
  line, and headings repeated (the repeat is dropped).
- ``lead_text(text)`` → the lead paragraph(s) between the title and the first heading.
- ``detect_meta(text)`` → {"agency": str, "year": int | None, "date": "YYYY-MM-DD" | ""}.
- ``detect_format(text)`` → ("2019" | "2021", reason in Chinese).
"""

from __future__ import annotations

import re
from functools import cache

from ..core.spec import all_formats, format_for_year

_WS = r"[\s\u00a0\u3000]*"
_SEP = r"[、.．,，:：\s\u00a0\u3000]"

#: section key -> (Chinese numeral, alternative titles; the first is the official heading title)
SECTION_TITLES: dict[str, tuple[str, list[str]]] = {
    "s1": ("一", ["总体情况", "工作基本情况", "基本情况", "概述", "政府信息公开工作的总体情况", "政府信息公开工作总体情况"]),
    # the 2008 template's "行政机关…" headings kept by some reports in the 2019 tables
    "s2": ("二", ["主动公开政府信息情况", "主动公开政府信息的情况", "主动公开情况", "行政机关主动公开政府信息情况"]),
    "s3": ("三", ["收到和处理政府信息公开申请情况", "收到和处理政府信息公开申请的情况", "依申请公开政府信息情况",
                 "行政机关收到和处理政府信息公开申请情况"]),
    "s4": ("四", ["政府信息公开行政复议、行政诉讼情况", "政府信息公开行政法复议、行政诉讼情况",
                 "政府信息公开行政复议和行政诉讼情况", "因政府信息公开工作被申请行政复议和提起行政诉讼情况",
                 "政府信息公开行政复议、诉讼情况", "行政复议、行政诉讼情况"]),
    "s5": ("五", ["存在的主要问题及改进情况", "政府信息公开工作存在的主要问题及改进情况"] + [
        f"{pre}存在{de}{zhu}问题{he}{gai}{tail}" for pre in ("", "政府信息公开工作", "工作中") for de in ("的", "")
        for zhu in ("主要", "") for he in ("及", "和", "与") for gai in ("改进", "整改")
        for tail in ("情况", "措施", "计划", "方向", "")]),
    "s6": ("六", ["其他需要报告的事项", "其它需要报告的事项", "其他需要报告事项", "其它需要报告事项"]),
}


def _flex(s: str) -> str:
    """Regex for a title that tolerates white space between characters and both punctuation widths."""
    out = []
    for ch in s:
        if ch in "、，,":
            out.append("[、，,]")
        elif ch in "（(":
            out.append("[（(]")
        elif ch in "）)":
            out.append("[）)]")
        else:
            out.append(re.escape(ch))
    return _WS.join(out)


@cache
def _heading_patterns(key: str) -> tuple[re.Pattern, re.Pattern]:
    _num, titles = SECTION_TITLES[key]
    alt = "|".join(_flex(t) for t in sorted(set(titles), key=len, reverse=True))
    # any numeral: a report that leaves a section out renumbers the rest ("五、其他需要报告的事项")
    # a heading may name the year first ("一、2019年政府信息公开工作的总体情况")
    numbered = re.compile(rf"([一二三四五六七八九十]){_WS}[、.．,，]{_WS}(?:\d{{4}}{_WS}年{_WS}度?{_WS})?(?:{alt})")
    bare = re.compile(rf"(?m)^[ \t\u00a0\u3000]*(?:{alt})[ \t\u00a0\u3000]*[:：]?[ \t\u00a0\u3000]*$")
    return numbered, bare


def find_headings(text: str, printed: dict[str, str] | None = None) -> dict[str, tuple[int, int]]:
    """Start/end offsets of each section heading found, in document order. ``printed`` receives
    the numeral of a heading printed with another number than the official one."""
    out: dict[str, tuple[int, int]] = {}
    pos = 0
    for key in SECTION_TITLES:
        numbered, bare = _heading_patterns(key)
        hits = []
        m = numbered.search(text, pos)
        if m:
            hits.append(m)
            if printed is not None and m.group(1) != SECTION_TITLES[key][0]:
                printed[key] = m.group(1)
        m2 = bare.search(text, pos)
        if m2:
            hits.append(m2)
        if not hits:
            continue
        m = min(hits, key=lambda x: x.start())
        out[key] = (m.start(), m.end())
        pos = m.end()
    return out


# table starts inside sections 二–四: prose is what comes before them
_TABLE_START = {
    "s2": [_flex("第二十条")],
    "s3": [_flex("（本列数据"), _flex("(本列数据"), _flex("本列数据的勾稽关系"), _flex("申请人情况"),
           _flex("一、本年新收")],
    "s4": [_flex("行政") + _WS + "(?:法" + _WS + ")?" + _flex("复议") + r"(?=[\s\S]{0,400}?" + _flex("维持") + ")"],
}

_CHROME = re.compile(r"^(?:网站地图|【?打印】?.*|关闭窗口|\[?关闭\]?|返回顶部|分享到.*|扫一扫.*|相关链接.*|[上下]一篇[:：].*|"
                     r"联系我们.*|主办单位.*|版权所有.*|来源[:：].*|发布日期[:：].*|发布时间[:：].*|阅读次数.*|"
                     r"【字体.*|字号.*)$")
_DATE_LINE = re.compile(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$")
_ORG_END = re.compile(r"(?:局|办|室|委|会|政府|处|中心|院|所|站|街道办事处|办事处|管委会|公司|部|厅|署|镇|乡|街道)$")


_NUM_ROW = re.compile(r"^[\s\d.\-—/|、]*\d[\s\d.\-—/|]*$")


def split_sections(text: str, include_lead: bool = False, info: dict | None = None) -> dict[str, str]:
    """The prose of each of the six sections found (absent sections are left out).

    ``info`` (optional) receives "printed" — {key: numeral} of headings printed with another
    number —, "recovered" — keys of sections whose heading is missing but whose text was
    recognised by its position (五: the prose after 表四's numbers, before 六) — and "debris" —
    {key: text} of a table's pieces dropped from the start of a section (``_table_debris``)."""
    text = _clean(text)
    printed: dict[str, str] = {}
    heads = find_headings(text, printed)
    keys = list(heads)
    recovered: list[str] = []
    debris: dict[str, str] = {}
    wrapped = hard_wrapped(_prose_sample(text, heads))
    out: dict[str, str] = {}
    for n, key in enumerate(keys):
        start = heads[key][1]
        end = heads[keys[n + 1]][0] if n + 1 < len(keys) else len(text)
        body = text[start:end]
        if key in _TABLE_START:
            cut = None
            for pat in _TABLE_START[key]:
                m = re.search(pat, body)
                if m and (cut is None or m.start() < cut):
                    cut = m.start()
            if cut is not None:
                if key == "s4" and "s5" not in heads:
                    after = _after_table4(body[cut:])
                    if after:
                        out["s5"] = tidy(after, wrapped)
                        recovered.append("s5")
                body = body[:cut]
        if n + 1 == len(keys):
            body = _strip_tail(body)
        body = _drop_repeated_heading(key, body)
        if key != "s1":
            body, dropped = _table_debris(body)
            if dropped:
                debris[key] = dropped
        out[key] = tidy(body, wrapped)
    if "s5" in out and "s6" in out:
        out = {k: out[k] for k in SECTION_TITLES if k in out}
    if info is not None:
        info["printed"] = printed
        info["recovered"] = recovered
        info["debris"] = debris
    if include_lead:
        lead = lead_text(text)
        if lead:
            out["s1"] = (lead + "\n" + out.get("s1", "")).strip()
    return out


def _after_table4(body: str) -> str:
    """Prose after the last line of numbers of 表四 (the text of a section 五 printed without its
    heading); "" when there is none."""
    lines = body.split("\n")
    last = max((i for i, ln in enumerate(lines) if _NUM_ROW.match(ln) and len(re.findall(r"\d", ln)) >= 5),
               default=None)
    if last is None:
        return ""
    rest = "\n".join(lines[last + 1:]).strip()
    return rest if re.search(r"[。；;]", rest) and len(rest) >= 20 else ""


_LONE_NUMBER = re.compile(r"[-+－]?[\d０-９]+(?:[.．][\d０-９]+)?")
_SHORT_PIECE = re.compile(r"[^，。,；;：:！？!?]{1,6}")


def _table_debris(body: str) -> tuple[str, str]:
    """A table's cells printed after this section's heading (plain pdftotext of a PDF: poppler may
    run the rest of a table after the text that follows it, "行 / 政 / 诉 / 讼 / … / 总 / 计 / 5"):
    the leading lines that are each a lone number or a piece of at most six characters without
    punctuation, up to the last lone number, when there are at least two lone numbers and six such
    lines. Returns (the body without them, the pieces dropped); the body unchanged when none."""
    lines = body.split("\n")
    last = count = nums = pieces = 0
    for i, ln in enumerate(lines):
        s = ln.strip(" \t\u00a0\u3000")
        if not s:
            continue
        if not _LONE_NUMBER.fullmatch(s) and not _SHORT_PIECE.fullmatch(s):
            break
        count += 1
        if _LONE_NUMBER.fullmatch(s):
            nums, last, pieces = nums + 1, i + 1, count
    if nums < 2 or pieces < 6:
        return body, ""
    pieces = [ln.strip(" \t\u00a0\u3000") for ln in lines[:last]]
    dropped = re.sub(r" +", " ", "".join(f" {p} " if _LONE_NUMBER.fullmatch(p) else p for p in pieces if p)).strip()
    return "\n".join(lines[last:]), dropped

def lead_text(text: str) -> str:
    """Lead paragraph(s) between the title and the first section heading (page chrome dropped)."""
    text = _clean(text)
    heads = find_headings(text)
    end = min((s for s, _ in heads.values()), default=0)
    lines = text[:end].split("\n")
    # title block: short lines near the top up to the one naming the report
    start = 0
    for i, ln in enumerate(lines[:15]):
        s = ln.strip(" \t\u00a0\u3000")
        if re.search(r"年度?报告|工作报告|年报", s) and len(s) <= 70 and not re.search(r"[，。；;,]", s):
            start = i + 1
    keep = []
    wrapped = hard_wrapped(_prose_sample(text, heads))
    for ln in lines[start:]:
        s = ln.strip(" \t\u00a0\u3000")
        if _CHROME.match(s) or "====" in s or "links.tsv" in s or \
                (re.match(r"^[\u4e00-\u9fff]{2,6}\s*[:：]", s) and not re.search(r"[，。；;]", s)) or \
                (len(s) < 40 and not re.search(r"[，。,；;]", s) and not keep and not wrapped):
            continue
        keep.append(ln)
    return tidy("\n".join(keep), wrapped)


def _clean(text: str) -> str:
    from .locate import clean_text
    return clean_text(text)


def _drop_repeated_heading(key: str, body: str) -> str:
    numbered, bare = _heading_patterns(key)
    lines = body.split("\n")
    out = [ln for ln in lines if not (numbered.fullmatch(ln.strip(" \t\u00a0\u3000")) or
                                      bare.fullmatch(ln.strip(" \t\u00a0\u3000")))]
    res = "\n".join(out)
    # inline repeat (one long line)
    return numbered.sub("", res, count=1) if numbered.search(res[:40]) else res


#: page furniture a crawler's one-line body runs into the report's last words
_INLINE_CHROME = re.compile(r"[ \t\u3000]*(?=【(?:打印|关闭)|分享到[:：]|扫一扫|[上下]一篇[:：])")
#: the 落款 at the end of a one-line body: "…未收取信息处理费。 某某县司法局 2024年1月15日"
_INLINE_SIGN = re.compile(r"(?<=[。；！？!?）)])[ \t\u3000]+(?:([^\s，。,；;：:]{2,30})[ \t\u3000]+)?"
                          r"(\d{4}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日)[ \t\u3000]*$")


#: a line holding the report's tables and its last section: a whole body on one line
_BODY_LINE = re.compile(r"(?:第二十条|申请人情况)[\s\S]*(?:^|\s)[六6][ \t\u3000]*[、.．]")


def unglue_tail(text: str) -> str:
    """A crawler's page text with the whole body on one line (real-004): the page furniture after
    the report (【打印本页】, 分享到, 扫一扫, 上一篇/下一篇) and the 落款 (agency, date) put on lines of
    their own, as a web page shows them, so that they are kept out of section 六 and the date
    and signature are read. Only a line holding the tables and section 六 is touched."""
    out = []
    for line in text.split("\n"):
        if len(line) < 500 or not _BODY_LINE.search(line):
            out.append(line)
            continue
        body, *chrome = _INLINE_CHROME.split(line)
        m = _INLINE_SIGN.search(body)
        if m:
            org = m.group(1) if m.group(1) and _ORG_END.search(m.group(1)) else None
            if m.group(1) is None or org:
                body = body[:m.start()] + ("\n" + org if org else "") + "\n" + m.group(2)
        out.append("\n".join([body] + [c.strip() for c in chrome]))
    return "\n".join(out)


def _strip_tail(body: str) -> str:
    """Remove the 落款 (agency and date lines) and page chrome at the end of the last section."""
    lines = body.rstrip().split("\n")
    while lines:
        s = lines[-1].strip()  # all Unicode spaces: the 落款 is padded with 全角 and 半角 (en) spaces
        if not s or _DATE_LINE.match(s) or _CHROME.match(s) or re.fullmatch(r"年[\s\u3000]*月[\s\u3000]*日", s) or (
                len(s) <= 30 and not re.search(r"[，。,；;：:]", s) and _ORG_END.search(s)) \
                or re.match(r"^(联系人|联系方式|联系电话|咨询电话|电话|传真|电子邮箱|邮箱|通讯地址|地址|邮编)[:：]", s):
            lines.pop()
            continue
        break
    return "\n".join(lines)


_CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’"


def _prose_sample(text: str, heads: dict[str, tuple[int, int]]) -> str:
    """Text of the prose-only parts (lead, 一, 五, 六) used to judge how lines are wrapped."""
    keys = list(heads)
    parts = [text[:min((s for s, _ in heads.values()), default=len(text))]]
    for n, key in enumerate(keys):
        if key in ("s1", "s5", "s6"):
            end = heads[keys[n + 1]][0] if n + 1 < len(keys) else len(text)
            parts.append(text[heads[key][1]:end])
    return "\n".join(parts)


def hard_wrapped(text: str) -> bool:
    """True for text whose paragraphs were broken into short lines (PDF extraction)."""
    lines = [ln.strip(" \t\u00a0\u3000") for ln in text.split("\n")]
    lines = [ln for ln in lines if len(ln) >= 12]
    if len(lines) < 6:
        return False
    open_ends = sum(1 for ln in lines if not re.search(r"[。！？!?：:；;]$", ln))
    lengths = sorted(len(ln) for ln in lines)
    p75 = lengths[(3 * len(lengths)) // 4]
    return open_ends > 0.6 * len(lines) and p75 <= 50


def tidy(text: str, wrapped: bool | None = None) -> str:
    """Paragraph text as a clerk would type it: no indentation, no spaces inserted between CJK
    characters by PDF extraction, hard-wrapped lines joined back into paragraphs."""
    lines = [ln.strip(" \t\u00a0\u3000") for ln in text.replace("\r", "").split("\n")]
    lines = ["" if re.fullmatch(r"[|\s]*", ln) else ln for ln in lines]
    lines = [re.sub(rf"(?<=[{_CJK}0-9])[ \u00a0]+(?=[{_CJK}])|(?<=[{_CJK}])[ \u00a0]+(?=[{_CJK}0-9])", "", ln)
             for ln in lines]
    content = [ln for ln in lines if ln]
    if not content:
        return ""
    if wrapped is None:
        ends = sum(1 for ln in content if re.search(r"[。！？!?：:；;）)]$", ln))
        wrapped = len(content) >= 4 and ends < 0.5 * len(content)
    paras: list[str] = []
    cur = ""
    for ln in lines:
        if not ln:
            if cur and not wrapped:
                paras.append(cur)
                cur = ""
            continue
        starts_new = bool(re.match(r"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、是]|\d+[.、．])", ln))
        if wrapped and cur and not starts_new and not re.search(r"[。！？!?：:；;]$", cur):
            cur += ln
        else:
            if cur:
                paras.append(cur)
            cur = ln
    if cur:
        paras.append(cur)
    return "\n".join(paras).strip()


# ------------------------------------------------------------------------------------ metadata

#: the title's words after the name and year, also without 政府 ("固阳县民政局 / 2021年信息公开工作年度报告";
#: not "…年政府信息公开…" cut into a name 政府 and a tail 信息公开…) and as 情况的报告 ("XX局关于2021年度…情况的报告")
_TITLE_TAIL = r"(?:政府|(?<!府))信息公开(?:工作)?(?:情况)?(?:的)?(?:年度)?(?:工作)?(?:报告|年报)"
#: how an agency's name ends: an organisation's word or a place ("某某县2021年…"); a line that opens with a
#: verb ("现将2021年度政府信息公开工作年度报告如下", "特此公布…") names none
_NAME_END = re.compile(r"(?:局|办|室|委|会|政府|处|中心|院|所|站|公司|部|部门|厅|署|镇|乡|街道|街|[省市县区旗盟州村]|"
                       r"新区|园区|园|城|队|馆|台|社|行|校|学|场|厂|团|组|关|司|狱)$")
#: a title without its year ("乌海市工业和信息化局 / 政府信息公开工作年度报告", "会同县林业局信息公开
#: 工作年度报告"): the whole line (or two) is the agency and the title's words
_TITLE_C = re.compile(r"^(?:标题[:：])?(.{2,40})(?:政府)?信息公开工作(?:的)?年度(?:工作)?报告$")
#: the opening sentence naming the report ("特编制湛江市人民政府地方志办公室2023年政府信息公开工作年度报告",
#: "特向社会公布益阳高新区市场监督管理局2020年度…", "现将茅坪回族镇2022年度政府信息公开工作报告如下",
#: "现公开天门市人民政府办公室2025年…")
_CITE_VERB = r"(?:特编制|向社会公布|现予公布|现公布|现公开|现发布|特发布|现将)"
_CITED = re.compile(rf"{_CITE_VERB}(.{{2,40}}?)(\d{{4}})年度?{_TITLE_TAIL}")
#: the same sentence with the year before the name ("现向社会公布2021年某某市教育局政府信息公开工作年度报告")
_CITED_Y = re.compile(rf"{_CITE_VERB}(\d{{4}})年度?(.{{2,40}}?){_TITLE_TAIL}")
#: "编制达州市通川区统计局2024年政府信息公开工作年度报告" (the verb alone, which a notice's title also holds:
#: "关于编制公布2023年…" — so the name must be an organisation's, with its place)
_CITED_MADE = re.compile(rf"编制(.{{2,40}}?)(\d{{4}})年度?{_TITLE_TAIL}")
_TITLE_A = re.compile(rf"^(?:标题[:：])?(.{{0,60}}?)(?:关于)?(\d{{4}})年度?(?:的)?{_TITLE_TAIL}")
_TITLE_B = re.compile(rf"^(?:标题[:：])?(\d{{4}})年度?(.{{2,60}}?){_TITLE_TAIL}")
_PERIOD = re.compile(r"(\d{4})年1月1日(?:起)?(?:至|到|—|-|～|~)(?:(\d{4})年)?12月31日")
_PUBLISHED = re.compile(r"(?:发布日期|发布时间|成文日期)[:：]?\s*(\d{4})[-年./](\d{1,2})[-月./](\d{1,2})")


#: what a title's words before the year never hold: sentence punctuation or a cited document's 《》
_SENTENCE = re.compile(r"[，。；;《》〈〉]")
#: a name's second half, wrapped onto a line of its own ("湘潭市岳塘区 / 人民政府2023年…")
_NAME_REST = re.compile(r"^(?:人民|政府|办公|委员会|管理|街道|办事处|局|委|厅|处|室|中心|分局)")


def _compact(s: str) -> str:
    from .locate import norm
    return norm(s)


def detect_meta(text: str) -> dict:
    text = _clean(text)
    agency, year = "", None
    raw = text[:20000].split("\n")
    at = [k for k, ln in enumerate(raw) if ln.strip(" \t\u00a0\u3000")][:25]  # lines' places in the text
    lines = [raw[k][:200] for k in at]
    best = None
    dated: dict[tuple[int, int], tuple[str, int]] = {}  # (first line, lines) -> (agency, year) of a dated title
    for i in range(len(lines)):
        for w in (1, 2, 3):
            if i + w > len(lines):
                break
            joined = _compact("".join(lines[i:i + w]))
            for pat, order in ((_TITLE_B, "ya"), (_TITLE_A, "ay")):
                m = pat.match(joined)
                if not m:
                    continue
                y, a = (m.group(1), m.group(2)) if order == "ya" else (m.group(2), m.group(1))
                if _SENTENCE.search(a):
                    continue  # a sentence citing a report ("公开发布《XX局2021年…年度报告》"), not the title
                a = _clean_agency(a)
                a = _own_zhengfu(a)
                if a and not _NAME_END.search(re.sub(r"[（(][^（）()]*[）)]$", "", a)):
                    a = ""
                dated.setdefault((i, w), (a, int(y)))
                score = (1 if a else 0, 1, -i, -w)
                if best is None or score > best[0]:
                    best = (score, a, int(y), i, w)
            m = _TITLE_C.match(joined)
            if m and (a := _agency_before_tail(m.group(1))):
                score = (1, 0, -i, -w)
                if best is None or score > best[0]:
                    best = (score, a, None, i, w)
    # a line of its own that is a whole dated title with its agency's proper name is the title: a
    # line before it, apart from it (an empty or a furniture line between), is none of the name (a
    # site's button "智能问答" above the breadcrumb line "当前位置：首页 > …" that is dropped)
    while best and best[0][1] and best[4] > 1:
        own = dated.get((best[3] + 1, best[4] - 1))
        if not own or not own[0] or own[1] != best[2] or not best[1].endswith(own[0]) \
                or at[best[3] + 1] == at[best[3]] + 1 or _NAME_REST.match(own[0]):
            break
        best = (best[0], own[0], own[1], best[3] + 1, best[4] - 1)
    if best:
        agency, year = best[1], best[2]
    # a title giving the level without the place ("市人民政府办公室2025年…", a site's list under the
    # city's own pages) is no name: the agency is the one the prose names in full, if that name ends in
    # the title's words; else it stays blank for the clerk
    bare = agency if agency and _NOT_A_NAME.match(agency) else ""
    if bare:
        agency = ""
    compact = _compact(text[:20000])
    if year is None:
        m = _PERIOD.search(compact)
        if m:
            year = int(m.group(1))
    if year is None:
        years = [int(y) for y in re.findall(r"(20\d{2})年", compact[:3000]) if 2008 <= int(y) <= 2100]
        if years:
            counts = {y: years.count(y) for y in years}
            year = max(counts, key=lambda y: (counts[y], -years.index(y)))
    date = ""
    tail = [ln.strip(" \t\u00a0\u3000") for ln in text.rstrip().split("\n")[-12:]]
    for ln in reversed(tail):
        m = _DATE_LINE.match(ln)
        if m:
            date = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
            break
    source = "title" if agency else ""
    if not agency:
        agency = _agency_from_signature(text)
        source = "signature" if agency else ""
    opening = _compact(text[:1500])
    if not agency:
        m = _CITED.search(opening)
        agency = _clean_agency(m.group(1)) if m else ""
        if not agency:
            m = _CITED_Y.search(opening)
            agency = _clean_agency(m.group(2)) if m else ""
            # the name must end as an organisation's does: "…县人民" took its 政府 into the title's words
            agency = _own_zhengfu(agency)
            if not _ORG_END.search(agency):
                agency = ""
        if _NOT_A_NAME.match(agency):
            agency = ""  # "现将我镇2023年度…报告如下": a pronoun, not the agency's name
        source = "prose" if agency else ""
    if not agency:
        m = _CITED_MADE.search(opening)
        a = _clean_agency(m.group(1)) if m else ""
        if a and _ORG_END.search(a) and _PLACE.search(a) and not _NOT_A_NAME.match(a) and not re.search(r"[及与、的]", a):
            agency, source = a, "prose"
    if not agency:
        agency = agency_from_prose(text)
        source = "prose" if agency else ""
    if bare and not (agency.endswith(bare) and len(agency) > len(bare)):
        agency, source = "", ""
    return {"agency": agency, "year": year, "date": date, "published": published_date(text), "agency_from": source}


#: the agency as the subject of a sentence of the opening prose: "2023年，XX县人民政府办公室认真贯彻…",
#: "…领导下，官洲街道办事处认真贯彻…", "文登区住建局高度重视…" (also right after the heading "一、总体情况 "
#: on the same line, as a crawler's one-line body prints it)
_SUBJECT = re.compile(r"(?:^|(?<=[。；;，,：:\n])|(?<=情况 )|(?<=概述 )|(?<=\d{4}年)|(?<=\d{4}年度))[ \u3000]*([\u4e00-\u9fff（）()]{2,30}?)"
                      r"(?=认真|严格|坚持|全面|始终|深入|高度重视|积极|紧紧围绕|扎实|持续|切实|着力|不断)", re.M)
#: a name that is not one: "县审计局", "区政府办公室" (the level without the place), "我局", "本机关"
_NOT_A_NAME = re.compile(r"^(?:[省市县区镇乡旗盟州]|街道|我|本|各|全|该|上级|县级|市级|区级)")


#: a proper name holds its place or level ("文登区住建局", "官洲街道办事处", "国家新闻出版署"): a subject
#: without one is a clause ("办领导要求各科室积极配合": the office's leaders asking its sections)
_PLACE = re.compile(r"[省市县区镇乡旗盟州村]|街道|国家|自治|中国|中华")


def agency_from_prose(text: str) -> str:
    """The agency named only in the opening prose, as the subject of a sentence ("2023年，XX镇人民
    政府认真贯彻落实《条例》"). Taken only when it is a proper name (an organisation's name with
    its place, not "区政府办公室" or "我局") and every such subject before the tables names the same
    agency; else "" (the clerk fills it in)."""
    head = text[:6000]
    m2 = re.search(r"^[ \u3000]*(?:二|2)[、.．][ \u3000]*主动公开", head, re.M)
    if m2:
        head = head[:m2.start()]
    names = set()
    for m in _SUBJECT.finditer(head):
        a = m.group(1)
        if _ORG_END.search(a) and not _NOT_A_NAME.match(a) and len(a) >= 4 and not re.search(r"[及与、的各]", a) \
                and _PLACE.search(a):
            names.add(a)
    return names.pop() if len(names) == 1 else ""


def published_date(text: str) -> str:
    """The web page's publication stamp (发布日期), which is not the report's own date."""
    m = _PUBLISHED.search(text[:3000])
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else ""


#: a site's column title printed on the line above the report's title ("政府信息公开" / "某某街道2022年…"):
#: the menu's words, never the start of an agency's name
_MENU_WORDS = re.compile(r"^(?:政府信息公开|政务公开|信息公开)(?:目录|专栏|专区|平台)?(?=.{2})")


def _own_zhengfu(a: str) -> str:
    """A name the title's words cut before its 政府 ("2021年XX县人民政府信息公开…": _TITLE_TAIL
    takes the 政府), given it back."""
    return a + "政府" if a.endswith("人民") else a


def _clean_agency(a: str) -> str:
    a = re.sub(r"^(?:标题[:：])", "", a)
    a = _MENU_WORDS.sub("", a)
    a = re.sub(r"(?:关于|的)$", "", a)
    a = a.strip("《》\"“”:：-— ")
    if len(a) > 40 or re.search(r"[，。；,;:：/]|www|http|发布|来源", a):
        return ""
    # a window of lines that took in a site's heading or a sentence citing a notice is no name:
    # "…年度报告桃江县松木塘镇人民政府2022年", "…办公室《关于做好"
    if re.search(rf"[《》〈〉]|\d{{4}}年|{_TITLE_TAIL}", a):
        return ""
    return a


def _agency_before_tail(a: str) -> str:
    """The agency of a title without a year: "驼峰路街道办事处政府信息公开…" is 驼峰路街道办事处 (the
    title's 政府 taken by the greedy match), "XX市人民政府信息公开…" keeps its 人民政府 and "XX县政府" its 政府."""
    if a.endswith("政府") and not a.endswith("人民政府") and not re.search(r"[省市县区州旗盟镇乡]政府$", a):
        a = a[:-2]
    a = _clean_agency(a)
    return a if len(a) >= 3 and not _NOT_A_NAME.match(a) else ""


def _agency_from_signature(text: str) -> str:
    tail = [ln.strip(" \t\u00a0\u3000") for ln in text.rstrip().split("\n")[-8:] if ln.strip()]
    for n, ln in enumerate(tail):
        if _DATE_LINE.match(ln) and n > 0:
            cand = tail[n - 1]
            if len(cand) <= 30 and _ORG_END.search(cand) and not re.search(r"[，。,；;]", cand):
                return cand
    return ""


@cache
def _format_markers() -> dict[str, list[str]]:
    """Labels that exist in only one format version, from the spec (never a second copy)."""
    texts: dict[str, set[str]] = {}
    for f in all_formats():
        s = set()
        for t in f.tables:
            for it in t.items:
                if it.text:
                    s.add(_compact(it.text))
        texts[f.id] = s
    out = {}
    for fid, s in texts.items():
        others = set().union(*(v for k, v in texts.items() if k != fid))
        out[fid] = sorted(x for x in s - others if len(x) >= 4)
    return out


# short forms seen in practice (truncated headers): matched as prefixes
_EXTRA = {"2019": ["本年新制作", "上一年项目数量", "采购项目数", "对外公开总数", "其他对外管理服务事项"],
          "2021": ["本年制发件数", "现行有效件", "本年处理决定数量", "逾期未按收费通知", "本年收费金额", "本年废止件数"]}


#: the heading of section 二 (where the tables begin) and of section 五 (where they end); also in the
#: middle of a crawler's one-line body ("…情况 二、主动公开政府信息情况 第二十条…")
_TABLES_FROM = re.compile(r"(?:^|(?<=[\s。；;]))[ \u3000]*(?:二|2)[ \u3000]*[、.．][ \u3000]*主动公开")
_TABLES_TO = re.compile(r"(?:^|(?<=[\s。；;]))[ \u3000]*(?:五|5)[ \u3000]*[、.．][ \u3000]*存在的?主要问题")
_T3_HEAD = re.compile(r"(?:三|3)[ \u3000]*[、.．][ \u3000]*收到和处理")
#: a block title of 表二 in compact form: "第二十条第(五)项", also without brackets or 项
_BLOCK = re.compile(r"第二十条第\(?([一二三四五六七八九十])\)?项?")
#: signs of the 2019 (五)/(六)/(八) blocks' item columns, kept short: a header wrapped in a narrow
#: cell ("上一年项" over "目数量", "本年增/" over "减") leaves only its parts in the text
_ITEM_COLUMNS = re.compile(r"上一年|项目数|增/|增减|增/减")


def tables_part(text: str) -> str:
    """The part of a report holding its tables: from the heading 二、主动公开 to the heading 五、存在…
    (the whole text when the heading is not found). Prose of 一 names labels of either format
    ("主动公开…其他对外管理服务事项、政府集中采购等信息"); the tables' own labels are what count."""
    starts = list(_TABLES_FROM.finditer(text))
    if not starts:
        return text
    # the heading followed by a block title before the heading 三 (not a table of contents)
    def holds_blocks(m) -> bool:
        window = text[m.end():m.end() + 3000]
        e = _T3_HEAD.search(window)
        return "第二十条" in (window[:e.start()] if e else window)

    m = next((m for m in starts if holds_blocks(m)), starts[0])
    part = text[m.start():]
    # the last heading 五 (an earlier one is a table of contents)
    ends = list(_TABLES_TO.finditer(part, 1))
    return part[:ends[-1].start()] if ends else part


def _label_hits(compact: str) -> dict[str, list[str]]:
    markers = _format_markers()
    hits: dict[str, list[str]] = {}
    for fid, labels in markers.items():
        found = [m for m in labels if m in compact]
        found += [m for m in _EXTRA.get(fid, []) if m in compact and m not in found]
        # a label of one format contained in a label of the other does not count
        other = set().union(*(v for k, v in markers.items() if k != fid))
        found = [m for m in found if not any(m in o and compact.count(m) <= compact.count(o) for o in other)]
        hits[fid] = found
    return hits


def _shape_votes(compact: str) -> list[tuple[str, str]]:
    """The format each part of the tables has by its shape and own labels: (format, what) per block
    of 表二 ((一) by its headers, (五)/(六) by one decision column or three item columns, (八) by its
    fee amount or item columns, the (九) block present or absent) and 表三 by its 2021 (六) sub rows."""
    votes: list[tuple[str, str]] = []
    blocks = [(m.group(1), m.start(), m.end()) for m in _BLOCK.finditer(compact)]
    seen: dict[str, str] = {}
    t3_at = compact.find("收到和处理政府信息公开申请")
    for n, (item, _s, e) in enumerate(blocks):
        if item in seen:
            continue
        end = blocks[n + 1][1] if n + 1 < len(blocks) else len(compact)
        if t3_at > e:
            end = min(end, t3_at)
        seg = compact[e:min(end, e + 400)]
        seen[item] = seg
        if item == "一":
            # the headers outnumber a row label of the other format (规范性文件 under 2021 headers)
            h = _label_hits(seg)
            if len(h["2019"]) != len(h["2021"]):
                votes.append(("2019" if len(h["2019"]) > len(h["2021"]) else "2021", "（一）项表头"))
        elif item in ("五", "六"):
            if _ITEM_COLUMNS.search(seg) or "其他对外管理服务" in seg:
                votes.append(("2019", f"（{item}）项有项目数量栏"))
            elif "处理决定" in seg:
                votes.append(("2021", f"（{item}）项只有处理决定数量一栏"))
        elif item == "八":
            if _ITEM_COLUMNS.search(seg):
                votes.append(("2019", "（八）项有项目数量栏"))
            elif "收费金额" in seg:
                votes.append(("2021", "（八）项为收费金额"))
        elif item == "九":
            votes.append(("2019", "有（九）项政府集中采购"))
    if "八" in seen and "九" not in seen and t3_at > 0 and blocks and t3_at > blocks[-1][2]:
        votes.append(("2021", "没有（九）项"))
    if t3_at >= 0:
        t3 = compact[t3_at:]
        # (a single (六) row is no sign of 2019: 2021 reports print it so too)
        if "逾期不补正" in t3 or "逾期未按收费通知" in t3:
            votes.append(("2021", "表三（六）项分三行"))
    return votes


def judge_format(text: str) -> tuple[str, str, bool]:
    """The format version of a report, why (in Chinese), and whether its tables mix the two formats.

    Judged from the tables' part only (``tables_part``): the labels that exist in one format only,
    and each part's shape (``_shape_votes``). When the parts of the tables agree, or the labels
    alone decide with no part's shape against them, that format; when the parts disagree, the
    format most parts have (its labels counted on a tie); else the report's year."""
    part = tables_part(_clean(text))
    compact = _compact(part)
    hits = _label_hits(compact)
    votes = _shape_votes(compact)
    by = {fid: [w for f, w in votes if f == fid] for fid in ("2019", "2021")}
    # mixed: parts of the tables of both shapes; labels of both formats count only where no part
    # shows its shape (a 2021 table printing the 2019 row label 规范性文件 is not a mixed table)
    mixed = bool(by["2019"] and by["2021"]) if votes else bool(hits["2019"] and hits["2021"])
    fid = ""
    if len(by["2019"]) != len(by["2021"]):
        fid = "2019" if len(by["2019"]) > len(by["2021"]) else "2021"
    elif len(hits["2019"]) != len(hits["2021"]):
        fid = "2019" if len(hits["2019"]) > len(hits["2021"]) else "2021"
    if fid:
        other = "2021" if fid == "2019" else "2019"
        if by[fid]:
            reason = f"按表格的样式和标签判断为{fid}年格式（" + "、".join(by[fid][:3]) + "）"
            why = "、".join(by[fid][:3])
        else:
            why = "、".join(sorted(hits[fid], key=len)[:3])
            reason = f"按表格标签判断为{fid}年格式（{why}）"
        if mixed:
            against = "、".join(by[other][:3]) or "、".join(sorted(hits[other], key=len)[:3])
            reason = (f"表格中两种格式混用：按表格多数部分判断为{fid}年格式（{why}），但也有{other}年格式的部分"
                      f"（{against}）；与{fid}年格式不符的栏目已留空，请核对。")
        return fid, reason, mixed
    year = detect_meta(text).get("year")
    fid = format_for_year(year)
    if year:
        return fid, f"表格标签不足以判断格式，按报告年度 {year} 年选用{fid}年格式", mixed
    return fid, f"表格标签和报告年度都无法判断格式，默认选用{fid}年格式", mixed


def detect_format(text: str) -> tuple[str, str]:
    fid, reason, _mixed = judge_format(text)
    return fid, reason


def prose_numbers(text: str) -> set[str]:
    """Numbers quoted in the prose (used to choose among splits of glued table numbers)."""
    return set(re.findall(r"(?<![\d.])(\d+(?:\.\d+)?)(?=\s*(?:件|个|条|项|宗|次|万元|元))", _compact(text)))
