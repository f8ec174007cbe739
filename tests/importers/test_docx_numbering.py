"""Word's automatic list numbering in prose (issue #11): "（一）", "1." and "一、" made by Word
(w:numPr + word/numbering.xml) are shown by Word but are not in the paragraph's text; the reader
renders them, so the sections keep the clerk's ordinals."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml

from gkdesk.importers import import_bytes
from gkdesk.importers.docx_numbering import FORMATS

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1) -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>')


def _numbered_docx() -> bytes:
    d = docx.Document()
    numbering = d.part.numbering_part.element
    # list 10: （一） over 1. (a second level restarting under each first-level item)
    numbering.append(parse_xml(f'<w:abstractNum {_W} w:abstractNumId="10"><w:multiLevelType w:val="multilevel"/>'
                               + _lvl(0, "chineseCounting", "（%1）") + _lvl(1, "decimal", "%2.") + "</w:abstractNum>"))
    # list 11: the section headings 一、二、… (through the Heading 1 style), list 12: 甲乙丙
    numbering.append(parse_xml(f'<w:abstractNum {_W} w:abstractNumId="11">'
                               + _lvl(0, "chineseCountingThousand", "%1、") + "</w:abstractNum>"))
    numbering.append(parse_xml(f'<w:abstractNum {_W} w:abstractNumId="12">'
                               + _lvl(0, "ideographTraditional", "%1.") + "</w:abstractNum>"))
    for nid, aid in ((10, 10), (11, 11), (12, 12)):
        numbering.append(parse_xml(f'<w:num {_W} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    # a second w:num of list 10 restarting at 1 (Word's "重新开始编号")
    numbering.append(parse_xml(f'<w:num {_W} w:numId="13"><w:abstractNumId w:val="10"/>'
                               '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    heading = d.styles["Heading 1"].element
    heading.get_or_add_pPr().append(parse_xml(f'<w:numPr {_W}><w:ilvl w:val="0"/><w:numId w:val="11"/></w:numPr>'))

    def para(text: str, num: int | None = None, ilvl: int = 0, style: str | None = None):
        p = d.add_paragraph(text, style=style)
        if num is not None:
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {_W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'))

    para("示例县人民政府办公室2023年政府信息公开工作年度报告")
    para("总体情况", style="Heading 1")
    para("主动公开情况。本年主动公开政府信息120条。", 10)
    para("通过政府网站公开100条。", 10, 1)
    para("通过政务新媒体公开20条。", 10, 1)
    para("依申请公开情况。本年收到申请9件。", 10)
    para("当面申请3件。", 10, 1)
    para("主动公开政府信息情况", style="Heading 1")
    para("无。")
    for h in ("收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况"):
        para(h, style="Heading 1")
        para("见表。")
    para("存在的主要问题及改进情况", style="Heading 1")
    para("公开内容不够全面。", 13)
    para("解读形式单一。", 13)
    para("其他需要报告的事项", style="Heading 1")
    para("本年未收取信息处理费。", 12)
    para("无其他事项。", 12)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_automatic_numbering_is_kept_in_the_prose():
    res = import_bytes(_numbered_docx(), "numbered.docx")
    s = res.doc.sections
    assert s["s1"].splitlines() == ["（一）主动公开情况。本年主动公开政府信息120条。", "1.通过政府网站公开100条。",
                                    "2.通过政务新媒体公开20条。", "（二）依申请公开情况。本年收到申请9件。", "1.当面申请3件。"]
    assert s["s5"].splitlines() == ["（一）公开内容不够全面。", "（二）解读形式单一。"]  # restarted list
    assert s["s6"].splitlines() == ["甲.本年未收取信息处理费。", "乙.无其他事项。"]
    assert all(s[k] for k in ("s1", "s2", "s3", "s4", "s5", "s6"))


def test_number_formats():
    assert [FORMATS["chineseCounting"](n) for n in (1, 10, 11, 20, 23)] == ["一", "十", "十一", "二十", "二十三"]
    assert FORMATS["decimalEnclosedCircle"](3) == "③"
    assert FORMATS["upperRoman"](14) == "XIV"
    assert FORMATS["lowerLetter"](28) == "bb"
    assert FORMATS["chineseCounting"](100) is None  # not rendered rather than guessed
