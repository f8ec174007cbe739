"""Text the document can hold: no control characters, no lone surrogates.

`clean_text` is applied where text enters a document (typing, loading, importing) so that every
export (XML in DOCX/XLSX, UTF-8 JSON) can write it. `formula_safe` is for any tabular output a
spreadsheet might read (CSV): a text cell never starts a formula.
"""

from __future__ import annotations

import re
from functools import cache

#: C0 controls except tab and newline, DEL, C1 controls, and the non-characters XML 1.0 forbids
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_NEWLINES = re.compile("\r\n?")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def repair_surrogates(text: str) -> str:
    """Join surrogate pairs into their character and replace a lone surrogate by U+FFFD."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


#: CJK radicals (Kangxi radicals, CJK radicals supplement) and CJK compatibility ideographs:
#: PDF fonts often map common characters to these look-alikes ("⼀" U+2F00 for 一, "⼈" for 人, "⽂"
#: for 文, "六" U+F9D1 for 六), and text copied from such a PDF carries them into Word and web pages.
_LOOKALIKE = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")


@cache
def _lookalikes() -> dict[int, str]:
    """Each look-alike character whose compatibility form is one ideograph → that ideograph."""
    import unicodedata

    table: dict[int, str] = {}
    for lo, hi in ((0x2E80, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)):
        for cp in range(lo, hi + 1):
            n = unicodedata.normalize("NFKC", chr(cp))
            if n != chr(cp) and len(n) == 1 and unicodedata.name(n, "").startswith("CJK UNIFIED IDEOGRAPH"):
                table[cp] = n
    return table


def unify_lookalikes(text: str) -> tuple[str, int]:
    """`text` with CJK radical and compatibility look-alikes replaced by the ideographs they stand
    for, and how many were replaced. Other text (full-width punctuation and digits included) is
    left exactly as it is."""
    if not _LOOKALIKE.search(text):
        return text, 0
    table = _lookalikes()
    n = sum(1 for ch in text if ord(ch) in table)
    return (text.translate(table), n) if n else (text, 0)


#: Traditional characters of the report's vocabulary (the labels and headings of both formats, the
#: words of agency names, page furniture) → their simplified forms, as pairs. Only characters whose
#: traditional form is not itself in simplified use are listed, so the mapping never changes a
#: simplified text; digits and punctuation are never touched.
_TRADITIONAL = (
    "與与專专業业個个為为舉举義义產产會会體体關关內内決决況况準准減减別别辦办務务動动區区單单發发變变號号"
    "後后員员團团圍围國国處处復复複复學学審审對对屬属師师並并應应廢废開开棄弃強强當当錄录徑径總总執执護护報报"
    "損损據据數数無无時时機机權权條条構构檢检沒没濟济滿满現现確确穩稳類类係系糾纠納纳組组織织終终經经結结繼继續续"
    "維维繳缴罰罚範范獲获補补規规視视計计認认討讨議议記记許许論论訟讼訪访訴诉試试詢询該该說说請请調调負负責责購购"
    "費费資资轉转過过這这進进違违採采裡里銷销門门問问隱隐項项須须頻频題题額额駁驳萬万鄉乡鎮镇縣县級级書书館馆圖图"
    "檔档網网閱阅讀读統统廳厅聞闻廣广東东樂乐長长島岛漢汉興兴華华龍龙陽阳張张寧宁蘇苏閩闽贛赣魯鲁遼辽滬沪慶庆雲云"
    "貴贵陝陕灣湾臺台鳳凤態态簡简稱称實实細细則则節节預预歷历劃划匯汇億亿傳传達达戶户點点擊击瀏浏覽览間间證证"
    "衛卫環环農农設设財财稅税監监電电話话聯联郵邮編编彙汇廠厂們们來来於于製制"
)
#: a traditional text is one with at least this many of those characters
TRADITIONAL_MIN = 10
#: words a Taiwan-style converter substitutes (not only characters): 文件 → 檔案 in 行政規範性文件
_TRADITIONAL_WORDS = (("规范性档案", "规范性文件"),)


@cache
def _traditional() -> dict[int, str]:
    return {ord(a): b for a, b in zip(_TRADITIONAL[0::2], _TRADITIONAL[1::2])}


def traditional_count(text: str) -> int:
    """How many characters of `text` are traditional forms of the report's vocabulary."""
    table = _traditional()
    return sum(1 for ch in text if ord(ch) in table)


def to_simplified(text: str) -> str:
    """`text` with those traditional characters (and the converter's words) in simplified form."""
    out = text.translate(_traditional())
    for old, new in _TRADITIONAL_WORDS:
        out = out.replace(old, new)
    return out


def simplify_traditional(text: str) -> tuple[str, int]:
    """`text` in simplified characters when it is written in traditional ones (a report on a
    big5 gateway or a mirror site), and how many characters were replaced; any other text is
    returned as it is (0). The replacement is one character for one, so line structure, digits and
    every separator stay exactly as they were."""
    n = traditional_count(text)
    if n < TRADITIONAL_MIN:
        return text, 0
    return to_simplified(text), n


def has_unsafe(text: str) -> bool:
    return bool(_CONTROL.search(text) or _SURROGATE.search(text) or "\r" in text)


def clean_text(text: str, single_line: bool = False) -> str:
    """`text` without control characters (tab and newline kept; CR LF → LF) and with surrogates repaired.

    single_line: also turn tabs and newlines into one space each (agency, date, contact).
    """
    if not isinstance(text, str):
        text = str(text)
    if has_unsafe(text):
        text = repair_surrogates(_NEWLINES.sub("\n", text))
        text = _CONTROL.sub("", text)
    if single_line and ("\n" in text or "\t" in text):
        text = re.sub(r"[\t\n]+", " ", text)
    return text


def formula_safe(text: str) -> str:
    """For CSV and similar: a text starting like a formula gets a leading apostrophe."""
    return "'" + text if text.startswith(_FORMULA_START) else text




#: Excel's limit for the text of one cell
XLSX_MAX_CELL_CHARS = 32767


def xlsx_text(text: str) -> str:
    """Text as an XLSX cell can hold it: cleaned, and cut at Excel's per-cell limit (with “…”)."""
    text = clean_text(text)
    if len(text) > XLSX_MAX_CELL_CHARS:
        text = text[:XLSX_MAX_CELL_CHARS - 1] + "…"
    return text


def set_text_cell(cell, text: str):
    """Put `text` into an openpyxl cell (normal or write-only) as a string, never as a formula."""
    cell.value = xlsx_text(text)
    if cell.data_type == "f":  # openpyxl makes any string starting with "=" a formula
        cell.data_type = "s"
    return cell


__all__ = ["clean_text", "repair_surrogates", "has_unsafe", "formula_safe", "xlsx_text", "set_text_cell"]
