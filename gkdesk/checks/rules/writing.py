"""GK607–GK611: the prose on its own — totals against their parts, substance, claims, wording, numbering.

Each rule reads one or a few prose sections (and 表三 where a claim is compared), so that an edit
of one section re-runs only the rules that read it. Sections still carrying the rollover draft
marker are left to GK505.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...core import lazyre
from ...core.rollover import DRAFT_MARKER
from ...core.values import canonical
from ..finding import Hit, Severity
from ..registry import check
from .prosenum import _COMPARE, _past_scope, chinese_number, in_title, sentences, tokens

PROSE = ("s1", "s2", "s3", "s4", "s5", "s6")


def _prose(doc, keys=PROSE):
    for key in keys:
        text = doc.sections.get(key, "")
        if text.strip() and DRAFT_MARKER not in text:
            yield key, text


# ------------------------------------------------------------------ GK607 total vs its listed parts

#: families of parts that partition a count, each with the words naming its members
_FAMILIES = {
    "applicant": (("自然人",), ("法人或其他组织", "法人和其他组织", "法人及其他组织"), ("商业企业", "企业"), ("科研机构",),
                  ("社会公益组织", "公益组织"), ("法律服务机构",)),
    "channel": (("当面", "现场", "窗口"), ("网上", "网络", "在线", "网站", "平台"), ("信函", "邮寄", "信件"), ("传真",),
                ("电子邮件", "邮箱"), ("电话",)),
    "case": (("维持",), ("纠正",), ("其他结果",), ("尚未审结", "未审结", "审理中")),
    "outcome": (("予以公开", "同意公开"), ("部分公开",), ("不予公开",), ("无法提供",), ("不予处理",), ("其他处理",)),
}
_CATCH_ALL = lazyre.compile(r"其余|剩余|另有|其他(?!结果|处理|组织)")
#: a part list is exhaustive when it names these members (or a catch-all "其余")
_EXHAUSTIVE = {"applicant": ({0, 1},), "case": ({0, 1, 2, 3},)}


def _family_of(head: str) -> tuple[str, int] | None:
    found = None
    for fam, members in _FAMILIES.items():
        for i, words in enumerate(members):
            if any(w in head for w in words):
                if found is not None and found[0] != fam:
                    return None  # two dimensions in one part ("自然人网上申请")
                found = (fam, i)
                break
    return found


def part_mismatches(sent: str, year: int | None = None):
    """(total, parts sum, total token, part tokens) where "N件，其中a件，b件…" does not add up."""
    i = sent.find("其中")
    if i < 0:
        return None
    toks = tokens(sent)
    # the total is the last count before 其中 that is not a comparison ("48件，同比增加5件，其中…")
    before = [t for t in toks if t.end <= i and not t.in_parens and not _COMPARE.search(t.head)]
    if not before:
        return None
    total = before[-1]
    between = [c for c in re.split(r"[，,]", sent[total.end:i]) if not _COMPARE.search(c)]
    if in_title(sent, total.start) or _past_scope(sent, total.start, year) or re.search(r"\d", "".join(between)):
        return None
    parts = [t for t in toks if t.start > i and not t.in_parens and t.unit == total.unit]
    if len(parts) < 2 or any(_COMPARE.search(p.head) for p in parts):
        return None
    if re.search(r"[%％]|共|合计|总计|累计", sent[i:]):
        return None  # a second total or shares: not a plain list of parts
    listed = sent[i:parts[0].start]
    if "分别" in sent[i:parts[-1].end]:
        fams = {}
        for fam, members in _FAMILIES.items():
            hit = {k for k, words in enumerate(members) if any(w in listed for w in words)}
            if len(hit) >= 2:
                fams[fam] = hit
        if len(fams) != 1:
            return None
        fam, members = next(iter(fams.items()))
        if len(members) != len(parts):
            return None
        catch_all = False
    else:
        got = [_family_of(p.head) for p in parts]
        catch_all = any(_CATCH_ALL.search(p.head) for p in parts)
        named = [g for g in got if g is not None]
        if len(named) + (1 if catch_all else 0) != len(parts) or not named:
            return None
        if len({g[0] for g in named}) != 1:
            return None
        fam = named[0][0]
        members = {g[1] for g in named}
        if len(members) != len(named):
            return None  # a member twice: two lists in one sentence
    values = [p.value for p in parts]
    s = sum(values)
    if s == total.value:
        return None
    running = 0
    for v in values[:-1]:
        running += v
        if running == total.value:
            return None
    if s < total.value:
        exhaustive = catch_all or any(need <= members for need in _EXHAUSTIVE.get(fam, ()))
        if not exhaustive:
            return None  # a list of notable parts, not a partition
    return total.value, s, total, parts


@check("GK607", Severity.WARNING, "正文中的合计数与所列分项之和不符", reads=("meta",) + PROSE)
def check_prose_parts_add_up(doc):
    """What it checks: a total stated in the prose equals the sum of the parts listed after it
    ("共收到申请48件，其中自然人40件，法人或其他组织9件" — 40+9 ≠ 48). Compared only when the parts
    name members of one breakdown (申请人类型, 申请渠道, 复议/诉讼结果 维持·纠正·其他结果·尚未审结, 办理结果);
    a sum below the total is reported only when the list is complete (自然人 and 法人或其他组织, all
    four results, or a catch-all 其余). How to fix: correct the total or the parts."""
    for key, text in _prose(doc):
        for sent in sentences(text):
            r = part_mismatches(sent, doc.meta.year)
            if r:
                total, s, _t, parts = r
                listed = "＋".join(str(p.value) for p in parts)
                yield Hit(f"正文中合计{total}{_t.unit}，但其后所列分项{listed}＝{s}{_t.unit}", section=key, evidence=sent)


# ------------------------------------------------------------------ GK608 五 without substance

MIN_S5_CHARS = 20
_S5_HEADING = lazyre.compile(r"^(?:五、)?(?:政府信息公开工作)?存在的?主要问题(?:及|和)改进情况[。：:]?")
_NOTHING = lazyre.compile(r"^(?:无|暂无|没有|无问题|未发现问题|没有问题|本年度无|无相关情况|不存在问题)[。.]?$")


@check("GK608", Severity.WARNING, "“五”内容过于简单", reads=("s5",))
def check_problems_have_substance(doc):
    """What it checks (Art. 50; 〔2021〕30号: 不能遗漏, 敷衍塞责 is an accountability risk): 五、存在的主要
    问题及改进情况 describes problems and improvements — not just "无", or under 20 characters. An
    empty section is GK010's. How to fix: name the main problems of the year and how they are being
    improved (e.g. 一是…；二是…), and how last year's problems were rectified."""
    text = doc.sections.get("s5", "")
    if not text.strip() or DRAFT_MARKER in text:
        return
    body = re.sub(r"\s+", "", text)
    body = _S5_HEADING.sub("", body)
    core = re.sub(r"[，。；：、,.;:！!？?（）()“”\"]", "", body)
    if _NOTHING.match(body) or len(core) < MIN_S5_CHARS:
        yield Hit(f"“五、存在的主要问题及改进情况”只有“{text.strip()[:20]}”，未写明存在的问题和改进措施", section="s5")


# ------------------------------------------------------------------ GK609 "all handled" vs 结转下年度

_ALL_HANDLED = lazyre.compile(r"(?:全部|均已?|都已?|已全部|所有申请(?:均|都|已)?|悉数|全数)(?:依法|依规|按时|按期|及时|"
                          r"在法定期限内|予以)*(?:办结|办理完毕|办理完成|处理完毕|答复完毕|办理完|完成办理|全部办结)")
_NONE_CARRIED = lazyre.compile(r"(?:无|没有|未有|不存在)(?:申请)?(?:结转|顺延)(?:至|到)?下一?年")
_PENDING = lazyre.compile(r"(?:尚在|正在|仍在)(?:办理|处理)(?:中|过程中)?|结转(?:至|到)?下一?年度?(?:继续)?办理|顺延(?:至|到)?下一?年")
_NOT_APPLICATIONS = lazyre.compile(r"建议|提案|信访|咨询|投诉|举报|来信|留言|诉求|许可|审批|复议|诉讼|案件|事项|任务|工作")
#: "全部在法定期限内办结", "均按时办结": a claim that nothing was late, not that nothing is pending
_TIMELY = lazyre.compile(r"按时|按期|及时|在法定期限内|在规定期限内|限时")
_CARRY_CONTEXT = lazyre.compile(r"结转|顺延|下一?年度|尚在办理|正在办理|上年|上一年|去年")


def _number_in(sent: str) -> bool:
    return bool(re.search(r"\d\s*件|[一二两三四五六七八九十]+件", sent))


@check("GK609", Severity.WARNING, "正文称申请已全部办结，与结转下年度不符", reads=("meta",) + PROSE + ("t3",))
def check_all_handled_claim(doc):
    """What it checks: the prose says every application was completed ("所有申请均已办理完毕",
    "全部办结", "无结转下年度办理的申请") while 表三 四、结转下年度继续办理 is above 0; or the prose
    says some are still being handled ("尚在办理中", "结转下年度继续办理", without a number) while
    it is 0. Sentences that also speak of the carry-over or of last year's applications are not
    taken as such claims. How to fix: correct the sentence or 表三."""
    nxt = doc.value("t3.carry_next.total")
    if not nxt.is_number:
        return
    for key, text in _prose(doc):
        for sent in sentences(text):
            if nxt.number > 0:
                m = _ALL_HANDLED.search(sent)
                if m is not None and (_CARRY_CONTEXT.search(sent) or _NOT_APPLICATIONS.search(sent)
                                      or not ("申请" in sent or key == "s3") or _TIMELY.search(m.group(0))):
                    m = None  # about the carry-over, last year, other matters (建议提案, 信访…), or timeliness
                m = m or _NONE_CARRIED.search(sent)
                if m is not None:
                    if _past_scope(sent, m.start(), doc.meta.year):
                        continue
                    yield Hit(f"正文称申请已全部办结，但表三“结转下年度继续办理／总计”为{canonical(nxt.number)}",
                              cells=("t3.carry_next.total",), section=key, evidence=sent)
                    return
            else:
                m = _PENDING.search(sent)
                if (m and not _number_in(sent) and not re.search(r"(?:无|没有|未|不存在)[^，。；]{0,6}$", sent[:m.start()])
                        and not _past_scope(sent, m.start(), doc.meta.year) and not re.search(r"如|若|将", sent[:m.start()])):
                    yield Hit("正文称有申请尚在办理或结转下年度，但表三“结转下年度继续办理／总计”为0",
                              cells=("t3.carry_next.total",), section=key, evidence=sent)
                    return


# ------------------------------------------------------------------ GK610 duplicated words

_DUP_CHAR = lazyre.compile(r"(的|在|和|与|及|对|将|把|被|从|向|并|或|于|由|其|之|而|但)\1(?!确)")
_DUP_PHRASE = lazyre.compile(r"([\u4e00-\u9fff]{2,8})\1")
#: ABAB reduplication that is correct Chinese (mostly spoken; rare in reports)
_REDUPLICATED_OK = frozenset({"研究", "讨论", "学习", "商量", "了解", "考虑", "休息", "打听", "整理", "看看", "谢谢",
                              "试试", "说说", "想想", "走走", "聊聊", "一个", "一次", "一条", "一件", "一步"})
_CN_NUMERAL = lazyre.compile(r"^[零〇一二两三四五六七八九十百千万]+$")


def duplicated(line: str) -> list[str]:
    """Accidentally repeated words in one line of prose ("的的", "审核审核", "资金资金")."""
    return list(_duplicated(line))


@lru_cache(maxsize=1024)
def _duplicated(line: str) -> tuple[str, ...]:
    """(a pure function of the line: a keystroke changes one line, the others are looked up)"""
    out = []
    for m in _DUP_CHAR.finditer(line):
        out.append(m.group(0))
    for m in _DUP_PHRASE.finditer(line):
        w = m.group(1)
        if w in _REDUPLICATED_OK or _CN_NUMERAL.match(w) or len(set(w)) == 1 or in_title(line, m.start()):
            continue
        out.append(m.group(0))
    return tuple(out)


@check("GK610", Severity.WARNING, "正文有重复的字词", reads=PROSE)
def check_duplicated_words(doc):
    """What it checks: a word or phrase typed twice in a row ("的的", "审核审核", "政府信息公开政府信息公开"),
    one finding per section naming the repeats. Correct reduplications (层层, 认认真真, 的的确确,
    研究研究) and numerals are not reported; lines are read separately, so a heading followed by
    a paragraph that starts with the same words is not a repeat. How to fix: delete the repeat."""
    for key, text in _prose(doc):
        found: list[str] = []
        first = ""
        for line in text.splitlines():
            line = re.sub(r"[ \t\u3000]+", "", line)
            dups = duplicated(line)
            if dups and not first:
                first = next((s for s in sentences(line) if dups[0] in s), line)
            found.extend(dups)
        if found:
            listed = "、".join(f"“{d}”" for d in dict.fromkeys(found))
            yield Hit(f"“{doc.spec.section(key).heading}”中有重复的字词：{listed}", section=key, evidence=first)


# ------------------------------------------------------------------ GK611 numbering

_CN_ORD = r"[一二三四五六七八九十]{1,3}"
_STYLES = (
    # glued PDF text has no boundary before "一是" ("（二）依申请公开方面一是…"): exclude the words that end in 一/二…
    ("“一是、二是”", lazyre.compile(rf"(?<![统唯之第逐专万划单同归合不再整十百千零〇一二三四五六七八九])({_CN_ORD})是(?!否|非)")),
    ("“（一）（二）”", lazyre.compile(rf"(?:^|(?<=[\n。；;：:]))\s*[（(]({_CN_ORD})[）)]")),
    ("“一、二、”", lazyre.compile(rf"(?:^|(?<=\n))\s*({_CN_ORD})、")),
    ("“1. 2.”", lazyre.compile(r"(?:^|(?<=\n))\s*(\d{1,2})\s*[.．、](?!\d)")),
    ("“（1）（2）”", lazyre.compile(r"(?:^|(?<=[\n。；;：:]))\s*[（(](\d{1,2})[）)]")),
)


def _ordinal(s: str) -> int | None:
    return int(s) if s.isdigit() else chinese_number(s)


def numbering_problems(text: str) -> list[tuple[str, str, int, int, int]]:
    """(style, problem, expected, found, position) for each list whose numbers break (one per list)."""
    return list(_numbering_problems(text))


@lru_cache(maxsize=64)
def _numbering_problems(text: str) -> tuple[tuple[str, str, int, int, int], ...]:
    """(a pure function of the section's text: a keystroke in 一 leaves 五 and 六 to be looked up)"""
    out = []
    for style, rx in _STYLES:
        run: list[int] = []
        broken = False
        for m in rx.finditer(text):
            n = _ordinal(m.group(1))
            if n is None:
                continue
            if n == 1:
                run, broken = [1], False
                continue
            if not run or broken:
                continue
            want = run[-1] + 1
            if n != want:
                problem = "重复" if n in run else ("跳号" if n > want else "顺序颠倒")
                out.append((style, problem, want, n, m.start()))
                broken = True
            run.append(n)
    return tuple(sorted(out, key=lambda x: x[-1]))


def _cn(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


@check("GK611", Severity.WARNING, "正文的序号不连续", reads=PROSE)
def check_numbering(doc):
    """What it checks: numbered lists and sub-headings inside a section count on without gaps or
    repeats — "一是…二是…三是", "（一）（二）（三）", "一、二、", "1. 2.", "（1）（2）" (e.g. "一是…三是…三是",
    "（一）…（三）"). A list starts at its 1; numbers before the first 1 are not judged; one finding
    per broken list. How to fix: renumber the list."""
    for key, text in _prose(doc):
        for style, problem, want, got, pos in numbering_problems(text):
            arabic = style.startswith("“1") or style.startswith("“（1")
            w, g = (str(want), str(got)) if arabic else (_cn(want), _cn(got))
            sent = next((s for s in sentences(text[pos:pos + 200]) if s), "")
            yield Hit(f"“{doc.spec.section(key).heading}”的{style}序号{problem}：应为“{w}”，写成了“{g}”",
                      section=key, evidence=sent)
