"""Scan template text for broken Jinja tags, naming each problem's place (no docxtpl, no openpyxl).

Used by every exporter before it renders: `scan_template(places, env)` takes (place, text,
in_body) triples in reading order — paragraphs and table cells of a DOCX, cells of an XLSX, lines
of an HTML template — and reports tags that are not closed, closers without an opener, tags that
do not parse, ``{%p … %}`` sharing its paragraph with text (docxtpl deletes that paragraph), and
block tags without their end tag. Fixed text outside any block is collected so that the caller
can check it survived rendering.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from jinja2 import TemplateSyntaxError

from ..core.errors import ExportError
from .sandbox import ReportEnvironment

DELIM = re.compile(r"\{\{|\{%|\{#|\}\}|%\}|#\}")
_CLOSE = {"{{": "}}", "{%": "%}", "{#": "#}"}
_BLOCKS = {"for", "if", "macro", "call", "filter", "raw", "autoescape", "with"}
_DOCXTPL_PREFIX = ("p", "tr", "tc", "r")
_SIMPLE = re.compile(r"^\{\{\s*[A-Za-z_]\w*(\.[A-Za-z_]\w*)*\s*\}\}$")  # {{ t3.new.natural }}: always valid


def quote(text: str) -> str:
    text = text.strip()
    return f"“{text[:40]}{'…' if len(text) > 40 else ''}”"


def _probe(tag: str, opener: str) -> str | None:
    """A template that parses on its own iff `tag` is well-formed (block tags get their end tag)."""
    inner = tag[2:-2]
    if opener == "{{":
        words = inner.split(None, 1)
        if len(words) == 2 and words[0] in ("r", "p"):  # docxtpl's {{r rich }} / {{p sub }}
            return "{{ " + words[1] + " }}"
        return tag
    if opener != "{%":
        return None
    words = inner.split()
    if words and words[0] in _DOCXTPL_PREFIX and len(words) > 1:
        words = words[1:]
    if not words:
        return tag
    kw = words[0].lstrip("-+")
    if kw in _BLOCKS:
        return "{% " + " ".join(words) + " %}{% end" + kw + " %}"
    if kw == "set" and "=" not in words:
        return "{% " + " ".join(words) + " %}{% endset %}"
    return None  # end/else/elif etc. only make sense with their opening tag


def _keyword(tag: str) -> tuple[str, str]:
    """(docxtpl prefix, Jinja keyword) of a {% … %} tag."""
    words = tag[2:-2].split()
    prefix = ""
    if words and words[0] in _DOCXTPL_PREFIX and len(words) > 1:
        prefix, words = words[0], words[1:]
    return prefix, (words[0].lstrip("-+") if words else "")


@dataclass
class ScanResult:
    problems: list[str] = field(default_factory=list)
    statics: Counter = field(default_factory=Counter)  # fixed body paragraphs no tag may remove


def scan_template(places: list[tuple[str, str, bool]], env: ReportEnvironment, parse_tags: bool = True) -> ScanResult:
    """Every tag problem of a template, each naming its place (see the module docstring).
    parse_tags=False leaves out parsing each tag on its own: only for a template whose full check
    passed (templates/verified.json), where it finds nothing and the fixed text is the same."""
    res = ScanResult()
    stack: list[tuple[str, str, str]] = []  # (keyword, tag, place)
    for place, text, in_body in places:
        where = f"{place}{quote(text)}"
        tags = []
        open_at = None
        for m in DELIM.finditer(text):
            d = m.group(0)
            if d in _CLOSE:
                if open_at is not None:
                    snippet = text[open_at[0]:m.start()].rstrip()
                    res.problems.append(f"{where}中的标签“{snippet[:40]}”没有闭合（缺少“{_CLOSE[open_at[1]]}”）")
                open_at = (m.start(), d)
            elif open_at is None:
                res.problems.append(f"{where}中有多余的“{d}”（缺少与之配对的开头，"
                                    f"应为“{next(k for k, v in _CLOSE.items() if v == d)} … {d}”）")
            elif _CLOSE[open_at[1]] != d:
                res.problems.append(f"{where}中的标签“{text[open_at[0]:m.end()][:40]}”开头“{open_at[1]}”"
                                    f"与结尾“{d}”不配对")
                open_at = None
            else:
                tags.append((open_at[1], text[open_at[0]:m.end()], open_at[0], m.end()))
                open_at = None
        if open_at is not None:
            snippet = text[open_at[0]:].rstrip()
            res.problems.append(f"{where}中的标签“{snippet[:40]}”没有闭合（缺少“{_CLOSE[open_at[1]]}”）")
        if not tags and open_at is None and in_body and text.strip() and not DELIM.search(text) and not stack:
            res.statics[text] += 1
        for opener, tag, start, end in tags:
            probe = None if not parse_tags or _SIMPLE.match(tag) else _probe(tag, opener)
            if probe is not None:
                try:  # parsing finds syntax errors; only filters and tests need the compiler to be named
                    env.from_string(probe) if ("|" in probe or " is " in probe) else env.parse(probe)
                except TemplateSyntaxError as e:
                    res.problems.append(f"{where}中的标签“{tag}”写法不正确（{e.message}）")
                    continue
            if opener != "{%":
                continue
            prefix, kw = _keyword(tag)
            if prefix == "p" and (text[:start] + text[end:]).strip():
                res.problems.append(f"{where}：“{tag}”所在的段落还有其他文字，导出时整段会被删除；"
                                    "请把这个标签单独放在一段")
            if kw in _BLOCKS or (kw == "set" and "=" not in tag):
                stack.append((kw, tag, where))
            elif kw.startswith("end"):
                want = kw[3:]
                if not stack:
                    res.problems.append(f"{where}中的“{tag}”前面没有对应的开始标签“{{% {want} … %}}”")
                elif stack[-1][0] != want:
                    top = stack.pop()
                    res.problems.append(f"{top[2]}中的“{top[1]}”缺少对应的结束标签“{{% end{top[0]} %}}”"
                                        f"（{where}先出现了“{tag}”）")
                else:
                    stack.pop()
            elif kw in ("else", "elif") and (not stack or stack[-1][0] not in ("if", "for")):
                res.problems.append(f"{where}中的“{tag}”前面没有对应的“{{% if … %}}”")
    for kw, tag, where in stack:
        res.problems.append(f"{where}中的“{tag}”缺少对应的结束标签“{{% end{kw} %}}”")
    return res


def fail_message(name: str, problems: list[str]) -> ExportError:
    """One ExportError listing the first problems (each already naming its place)."""
    more = f"\n（另有 {len(problems) - 5} 处问题）" if len(problems) > 5 else ""
    lines = "\n".join(f"· {p}" for p in problems[:5])
    return ExportError(f"模板“{name}”中的标签有误，未导出：\n{lines}{more}\n模板写法见 templates/README.md。")
