"""Import a published annual report (or a gkdesk report file) into a document.

``import_file(path) -> ImportResult`` sniffs the kind by CONTENT, not by the file name:

- an OLE compound file with a ``WordDocument`` stream → binary Word 97-2003 .doc/.wps (doc_reader);
- ZIP with ``word/document.xml`` → Word (docx_reader); ZIP with ``xl/workbook.xml`` → Excel
  (xlsx_reader, our own export); other ZIPs (.odt, .wps packages …) are refused with a hint;
- a gkdesk report (.json) → ``storage`` (wrapped in an ImportResult, kind "json");
- PDF with a text layer → pdf_reader (a scan without text is refused with a hint);
- MHT/MHTML (a web page saved as one file) → its HTML part; HTML by its tags → html_reader;
- anything else that decodes as text → the plain-text importer (text.import_text).

Text is decoded from BOM, UTF-8, the page's declared charset, GB18030 (covers GBK/GB2312) or the
best guess of charset-normalizer; other legacy binary formats (.xls/.et, RTF) and binary
garbage are refused. Every failure is a ``gkdesk.core.errors.ImportError_`` with a Chinese
message; limits (size, zip bombs, table counts) live in ``safety``.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from ..core.errors import ImportError_, LoadError
from . import safety
from .base import ImportNote, ImportResult, clean_document

__all__ = ["import_file", "import_bytes", "decode_text", "sniff", "SUPPORTED_SUFFIXES", "ImportResult", "ImportNote"]

#: file name suffixes offered in the GUI's open dialog and accepted on drop
SUPPORTED_SUFFIXES = (".docx", ".pdf", ".html", ".htm", ".mht", ".mhtml", ".txt", ".xlsx", ".json")

_HTML = re.compile(rb"<\s*(?:!doctype\s+html|html|head|body|table|meta|title|div|p|br)[\s>/]", re.I)
#: tags only a web page has (not the line breaks markdown converters write inside table cells)
_PAGE_HTML = re.compile(rb"<\s*(?:!doctype\s+html|html|head|body|table|meta|title|div)[\s>/]", re.I)
#: a markdown table row: "| a | b |" on a line of its own
_MD_ROW = re.compile(rb"^[ \t]*\|[^\n]*\|[ \t]*\r?$", re.M)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_GB_ALIASES = {"gb2312", "gbk", "gb_2312-80", "gb_2312", "x-gbk", "cp936", "ms936", "euc-cn", "gb18030", "csgb2312"}


def import_file(path: str | os.PathLike) -> ImportResult:
    p = Path(path)
    data = safety.read_limited(p)
    return import_bytes(data, p.name)


def sniff(data: bytes) -> str:
    """The kind of a file from its bytes: docx | xlsx | zip | ole | pdf | rtf | mht | json | wordxml | html | text
    | empty (wordxml: a Word 2003 XML or Flat OPC document, often saved with a .doc or .xml name)."""
    head = data[:4096]
    if not data.strip():
        return "empty"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.lstrip().startswith(b"%PDF"):
        return "pdf"
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if re.match(rb"\s*(?:MIME-Version|From|Subject|Content-Type|Content-Location|Date|X-[\w-]+)\s*:", head, re.I) and \
            re.search(rb"multipart/related|text/html", head, re.I):
        return "mht"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        return "json"
    if stripped.startswith(b"<?xml") and (b"schemas.microsoft.com/office/word/2003/wordml" in head or (
            b"schemas.microsoft.com/office/2006/xmlPackage" in head and b"Word.Document" in head)):
        return "wordxml"
    if _HTML.search(head) and not _PAGE_HTML.search(head) and len(_MD_ROW.findall(data[:200_000])) >= 2:
        return "text"  # markdown whose table cells hold <br> line breaks (converters, LLM tools)
    if _HTML.search(head) or (head.startswith((b"\xff\xfe", b"\xfe\xff")) and re.search(
            r"<\s*(?:html|body|table)", _try_utf16(head), re.I)):
        return "html"
    return "text"


def _try_utf16(b: bytes) -> str:
    try:
        return b.decode("utf-16", errors="ignore")
    except Exception:  # noqa: BLE001
        return ""


def import_bytes(data: bytes, source: str = "", seconds: float | None = None) -> ImportResult:
    """Import one file's bytes; bounded in time (safety.MAX_IMPORT_SECONDS, or `seconds`): a file too
    complex to read in time is refused with a clear ImportError_."""
    with safety.deadline(source, seconds):
        try:
            res = _import_bytes(data, source)
        except OverflowError:
            raise ImportError_(f"“{source}”中有超出范围的数值，不是正常的年度报告数字，已拒绝导入。") from None
    clean_document(res.doc)
    return res


def _import_bytes(data: bytes, source: str = "") -> ImportResult:
    safety.check_size(data, source)
    kind = sniff(data)
    if kind == "empty":
        raise ImportError_(f"“{source}”是空文件，没有可导入的内容。")
    if kind == "zip":
        zf = safety.open_zip(data, source, "Office")
        names = set(zf.namelist())
        if "word/document.xml" in names:
            from .docx_reader import import_docx
            return import_docx(data, source)
        if "xl/workbook.xml" in names:
            from .xlsx_reader import import_xlsx
            return import_xlsx(data, source)
        if "content.xml" in names and "mimetype" in names:
            raise ImportError_(f"“{source}”是 OpenDocument（.odt/.ods）文件，请在 WPS/Word 中另存为 .docx 后再导入。")
        raise ImportError_(f"“{source}”是压缩包，但不是 Word（.docx）或 Excel（.xlsx）文件，无法导入。")
    if kind == "ole":
        from .doc_reader import import_doc, is_word97
        if is_word97(data):
            return import_doc(data, source)
        raise ImportError_(f"“{source}”是旧版 Word/Excel/WPS 格式（.doc/.xls/.wps），请在 WPS 或 Word 中"
                           f"另存为 .docx（或 .xlsx）后再导入。")
    if kind == "wordxml":
        from .docx_reader import import_word_xml
        return import_word_xml(data, source)
    if kind == "pdf":
        from .pdf_reader import import_pdf
        return import_pdf(data, source)
    if kind == "rtf":
        raise ImportError_(f"“{source}”是 RTF 文件，请在 WPS 或 Word 中另存为 .docx 后再导入。")
    if kind == "mht":
        html = _mht_html(data, source)
        from .html_reader import import_html_text
        return import_html_text(html, source)
    if safety.looks_binary(data):
        raise ImportError_(f"“{source}”不是文字文件，也不是 Word/Excel/网页文件（内容为二进制数据），无法导入。")
    text = decode_text(data, source, html=(kind == "html"))
    if len(text) > safety.MAX_TEXT_CHARS:
        raise ImportError_(f"“{source}”的文字过长（{len(text)} 字），超过导入上限。")
    if kind == "json":
        res = _import_json(text, source)
        if res is not None:
            return res
    if kind == "html":
        from .html_reader import import_html_text
        return import_html_text(text, source)
    from .text import import_text
    safety.check_text_size(len(text), source)
    res = import_text(text, source)
    if res.cells_found == 0 and not any(res.doc.sections.values()) and not res.doc.meta.agency:
        raise ImportError_(f"“{source}”中没有找到政府信息公开工作年度报告的内容（标题、章节或表格），无法导入。")
    return res


# ---------------------------------------------------------------------------------- decoding

def _plausible(text: str) -> bool:
    """Decoded text looks like Chinese/ASCII prose rather than mojibake."""
    if not text:
        return True
    sample = text[:20000]
    bad = 0
    for ch in sample:
        o = ord(ch)
        if (o < 32 and ch not in "\t\n\r\f\x1b") or 0xE000 <= o <= 0xF8FF or o > 0xFFFF or 0x3400 <= o <= 0x4DBF \
                or o == 0xFFFD or 0x80 <= o < 0xA0:
            bad += 1
    return bad <= max(2, len(sample) // 200)


def decode_text(data: bytes, source: str = "", html: bool = False) -> str:
    """Decode a text or HTML file: BOM, UTF-8, declared charset (HTML), GB18030, best guess."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc)
            except UnicodeDecodeError:
                raise ImportError_(f"“{source}”的编码（{enc.upper()}）有误，无法读取。") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.start >= len(data) - 3 and "end of data" in e.reason:
            return data[:e.start].decode("utf-8")  # an excerpt cut inside the last character
    tried = []
    if html:
        m = _META_CHARSET.search(data[:8192])
        if m:
            enc = m.group(1).decode("ascii", "ignore").lower()
            enc = "gb18030" if enc in _GB_ALIASES else enc
            tried.append(enc)
    tried.append("gb18030")
    for enc in tried:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text):
            return text
    mostly_utf8 = data.decode("utf-8", errors="replace")
    if mostly_utf8.count("\ufffd") <= max(3, len(data) // 2000) and _plausible(mostly_utf8.replace("\ufffd", "")):
        return mostly_utf8  # UTF-8 with a few damaged bytes (shown as �, never guessed)
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:2_000_000]).best()
    except Exception:  # noqa: BLE001 - the detector failing means we cannot decode
        best = None
    if best is not None and best.encoding:
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            text = ""
        if text and _plausible(text):
            return text
    raise ImportError_(f"“{source}”的文字编码无法识别（不是 UTF-8 或 GBK/GB18030），请用记事本另存为 UTF-8 后再导入。")


def _mht_html(data: bytes, source: str) -> str:
    """The HTML part of an MHT/MHTML file (a web page saved as a single file)."""
    import email  # only for MHT: the email package is slow to import (gkdesk export checks templates here)
    import email.policy

    try:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
        for part in msg.walk():
            if part.get_content_type() == "text/html":
                payload = part.get_payload(decode=True) or b""
                charset = (part.get_content_charset() or "").lower()
                if charset in _GB_ALIASES:
                    charset = "gb18030"
                if charset:
                    try:
                        return payload.decode(charset)
                    except (UnicodeDecodeError, LookupError):
                        pass
                return decode_text(payload, source, html=True)
    except ImportError_:
        raise
    except Exception as e:  # noqa: BLE001 - malformed MIME
        raise ImportError_(f"“{source}”（MHT 网页文件）已损坏，无法读取：{type(e).__name__}") from None
    raise ImportError_(f"“{source}”（MHT 网页文件）中没有网页内容。")


def _import_json(text: str, source: str) -> ImportResult | None:
    from ..core import storage

    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None  # not JSON: read as text
    if not isinstance(data, dict) or data.get("gkdesk") != storage.MAGIC:
        raise ImportError_(f"“{source}”是 JSON 文件，但不是 gkdesk 年度报告文件，无法导入。")
    try:
        doc = storage.from_dict(data, source)
    except LoadError as e:
        raise ImportError_(str(e)) from None
    except (RecursionError, MemoryError):
        raise ImportError_(f"“{source}”结构异常，无法读取。") from None
    res = ImportResult(doc=doc, source=source, kind="json")
    res.add("info", "这是 gkdesk 报告文件，已原样打开（未经转换）。")
    res.cells_found = sum(1 for c in doc.spec.cells if not doc.value(c).is_blank)
    res.cells_missing = len(doc.spec.cells) - res.cells_found
    return res
