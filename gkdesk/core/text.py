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


#: a traditional text is one with at least this many traditional-only characters
TRADITIONAL_MIN = 10
#: words a Taiwan-style converter (OpenCC s2twp) substitutes, not only characters: 文件 → 檔案 in
#: 行政規範性文件, 信息 → 資訊 (政府資訊公開, 資訊內容); OpenCC's t2s converts characters, these words
#: are put back (in a mainland report 资讯 and 规范性档案 are the converter's, not the author's)
_TRADITIONAL_WORDS = (("规范性档案", "规范性文件"), ("资讯", "信息"))


@cache
def _t2s():
    """OpenCC's traditional → simplified converter (None when the library cannot be loaded: the text
    is then read as it is)."""
    try:
        import opencc

        return opencc.OpenCC("t2s")
    except Exception:  # noqa: BLE001 - a missing or broken install must not stop an import
        return None


_TRAD_CHAR: dict[str, bool] = {}


def _traditional_only(ch: str) -> bool:
    """A character OpenCC converts whose traditional form is not itself in simplified use (not in
    GB 2312): 國, 範, 裡 — not 著 (显著) or 乾 (乾隆), which simplified texts use."""
    got = _TRAD_CHAR.get(ch)
    if got is None:
        cc = _t2s()
        try:
            ch.encode("gb2312")
            got = False
        except UnicodeEncodeError:
            got = cc is not None and cc.convert(ch) != ch
        _TRAD_CHAR[ch] = got
    return got


def traditional_count(text: str) -> int:
    """How many characters of `text` are traditional-only forms."""
    return sum(1 for ch in text if ch > "\u2e7f" and _traditional_only(ch))


def to_simplified(text: str) -> str:
    """`text` converted to simplified characters by OpenCC (t2s, phrase-aware), with the converter's
    words put back."""
    cc = _t2s()
    out = cc.convert(text) if cc is not None else text
    for old, new in _TRADITIONAL_WORDS:
        out = out.replace(old, new)
    return out


def simplify_traditional(text: str) -> tuple[str, int]:
    """`text` in simplified characters when it is written in traditional ones (a report on a
    big5 gateway or a mirror site), and how many characters were replaced; any other text is
    returned as it is (0). Digits, line structure and separators are not touched."""
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
