"""Limits that keep the importers safe on hostile or broken input.

Every importer reads untrusted files (a clerk downloads last year's report from some web site).
These checks run BEFORE python-docx, openpyxl or BeautifulSoup see the bytes, so that a huge
file, a zip bomb, an XML entity bomb or binary garbage ends in a clear ``ImportError_`` with a
Chinese message instead of a crash, a hang or exhausted memory.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import threading
import time
import zipfile
from pathlib import Path

from ..core.errors import ImportError_

#: largest input file accepted (bytes)
MAX_FILE_BYTES = 50 * 1024 * 1024
#: largest decoded text handed to the text/HTML importers (characters)
MAX_TEXT_CHARS = 20 * 1024 * 1024
#: ZIP containers (DOCX/XLSX): total uncompressed size, members, compression ratio
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_ZIP_MEMBERS = 5000
MAX_RATIO = 200  # uncompressed / compressed for any member larger than RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
#: structure limits: an annual report has 3–6 tables of at most ~30 rows
MAX_TABLES = 300
MAX_TABLE_CELLS = 20_000
MAX_TOTAL_CELLS = 200_000
#: XLSX: sheets and used cells read
#: markup ("<") in all XML parts of a DOCX/XLSX together: our export has ~10,000, a long report
#: with heavy formatting ~200,000; a parsed tree costs ~100–300 bytes per element
MAX_XML_TAGS = 1_000_000
#: one XML part (document.xml, sharedStrings.xml, a sheet): ours are under 100 KB
MAX_XML_PART_BYTES = 32 * 1024 * 1024
#: tags in a web page: a published report page with the portal around it has ~1,000–20,000
MAX_HTML_TAGS = 200_000
#: what goes into reading (paragraphs, table cells, a text file): a long report has 10,000–50,000
#: characters in a few hundred paragraphs; reading costs ~200 bytes per character downstream
MAX_READ_CHARS = 1_000_000
MAX_BLOCKS = 20_000
_CHUNK = 1 << 20
MAX_SHEETS = 50
MAX_SHEET_ROWS = 2000
MAX_SHEET_COLS = 200

#: PDF: pages, characters on one page (the time is the import's limit, MAX_IMPORT_SECONDS)
MAX_PDF_PAGES = 300
MAX_PDF_PAGE_CHARS = 100_000

#: time for one import (seconds): a report reads in well under a second; a file that takes longer is
#: built to be slow (chained formulas, glued digits, huge labels) and is refused as "too complex"
MAX_IMPORT_SECONDS = 60.0  # a long legitimate PDF (140 pages) still reads

#: the time limits count the CPU time of the importing thread, so a busy machine (a reviewer's
#: batch beside other work) never refuses a good report; the wall clock is only a backstop, at this
#: many times the limit, against a thread that is starved or blocked for good
WALL_BACKSTOP = 4.0


class Budget:
    """A time limit of `seconds` of this thread's CPU time, with a wall-clock backstop."""

    __slots__ = ("cpu_end", "wall_end")

    def __init__(self, seconds: float):
        self.cpu_end = time.thread_time() + seconds
        self.wall_end = time.monotonic() + max(seconds, 0.0) * WALL_BACKSTOP

    def spent(self) -> bool:
        return time.thread_time() > self.cpu_end or time.monotonic() > self.wall_end

    def ends_before(self, other: "Budget") -> bool:
        return (self.cpu_end, self.wall_end) < (other.cpu_end, other.wall_end)

_DOCTYPE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)


def human_size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} 字节"


def read_limited(path: str | os.PathLike) -> bytes:
    """The bytes of ``path``; ImportError_ if it does not exist, is not a file or is too large."""
    p = Path(path)
    try:
        if not p.exists():
            raise ImportError_(f"找不到文件“{p}”。")
        if not p.is_file():
            raise ImportError_(f"“{p}”不是文件。")
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportError_(f"文件“{p.name}”过大（{human_size(size)}），超过导入上限 {human_size(MAX_FILE_BYTES)}；"
                               f"年度报告文件通常不足 1 MB，请确认选择的文件是否正确。")
        with open(p, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except ImportError_:
        raise
    except OSError as e:
        raise ImportError_(f"无法读取文件“{p.name}”：{e.strerror or e}") from None
    if len(data) > MAX_FILE_BYTES:
        raise ImportError_(f"文件“{p.name}”过大，超过导入上限 {human_size(MAX_FILE_BYTES)}。")
    return data


def check_size(data: bytes, source: str = "") -> None:
    if len(data) > MAX_FILE_BYTES:
        raise ImportError_(f"文件“{source}”过大（{human_size(len(data))}），超过导入上限 {human_size(MAX_FILE_BYTES)}。")


def open_zip(data: bytes, source: str, kind: str) -> zipfile.ZipFile:
    """Open a ZIP container after checking it is not a zip bomb; ImportError_ otherwise.

    Checks the declared sizes of every member (total, count, compression ratio) and that no XML
    member declares a DOCTYPE/ENTITY (XML entity expansion). Declared sizes can lie, so the
    readers additionally read members through ``read_member`` which stops at the declared size.
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError) as e:
        raise ImportError_(f"“{source}”不是有效的 {kind} 文件（压缩包已损坏：{e}）。") from None
    if len(infos) > MAX_ZIP_MEMBERS:
        raise ImportError_(f"“{source}”包含 {len(infos)} 个内部文件，超过上限，疑似恶意文件，已拒绝导入。")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ImportError_(f"“{source}”已加密（设置了打开密码），请先在 Word/WPS 中取消密码后再导入。")
        total += info.file_size
        if total > MAX_UNZIPPED_BYTES:
            raise ImportError_(f"“{source}”解压后超过 {human_size(MAX_UNZIPPED_BYTES)}，疑似“压缩炸弹”，已拒绝导入。")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise ImportError_(f"“{source}”中的“{info.filename}”压缩比异常（{info.file_size // max(1, info.compress_size)} 倍），"
                               f"疑似“压缩炸弹”，已拒绝导入。")
    for info in infos:
        if info.filename.lower().endswith((".xml", ".rels")):
            try:
                with zf.open(info) as fh:
                    head = fh.read(4096)
            except Exception as e:  # noqa: BLE001 - any decompression failure is a broken file
                raise ImportError_(f"“{source}”已损坏，无法读取其中的“{info.filename}”（{type(e).__name__}）。") from None
            if _DOCTYPE.search(head):
                raise ImportError_(f"“{source}”中的“{info.filename}”含有 DOCTYPE/实体声明，正常的 {kind} 文件不会有，"
                                   f"疑似恶意文件，已拒绝导入。")
    return zf


def read_member(zf: zipfile.ZipFile, name: str, source: str) -> bytes:
    """Read one member, refusing if it inflates beyond its declared size (lying headers)."""
    info = zf.getinfo(name)
    try:
        with zf.open(info) as fh:
            blob = fh.read(info.file_size + 1)
    except Exception as e:  # noqa: BLE001
        raise ImportError_(f"“{source}”已损坏，无法读取其中的“{name}”（{type(e).__name__}）。") from None
    if len(blob) > info.file_size:
        raise ImportError_(f"“{source}”中的“{name}”实际大小与声明不符，疑似恶意文件，已拒绝导入。")
    return blob


def check_all_members(zf: zipfile.ZipFile, source: str,
                      count: tuple[bytes, ...] = ()) -> dict[bytes, int]:
    """Inflate every member once, in chunks (bounded by the declared sizes), to catch lying headers
    and CRC errors — and count the markup before any parser builds a tree from it: more than
    MAX_XML_TAGS tags in all XML parts is refused (memory proportional to the input, not to what
    a parser makes of it). Returns how often each byte string in `count` occurs in the XML parts."""
    tags = 0
    found = dict.fromkeys(count, 0)
    keep = max((len(c) for c in count), default=1) - 1
    for info in zf.infolist():
        xml = info.filename.lower().endswith((".xml", ".rels"))
        if xml and info.file_size > MAX_XML_PART_BYTES:
            raise ImportError_(f"“{source}”中的“{info.filename}”解压后有 {human_size(info.file_size)}，"
                               f"超过上限 {human_size(MAX_XML_PART_BYTES)}，不是正常的年度报告，已拒绝导入。")
        n, tail = 0, b""
        try:
            with zf.open(info) as fh:
                while True:
                    chunk = fh.read(_CHUNK)
                    if not chunk:
                        break
                    n += len(chunk)
                    if n > info.file_size:
                        raise ImportError_(f"“{source}”中的“{info.filename}”实际大小与声明不符，疑似恶意文件，已拒绝导入。")
                    if xml:
                        tags += chunk.count(b"<")
                        both = tail + chunk
                        for c in count:
                            # matches wholly inside the carried-over tail were counted last time
                            found[c] += both.count(c) - tail.count(c)
                        tail = both[-keep:] if keep else b""
        except ImportError_:
            raise
        except Exception as e:  # noqa: BLE001 - any decompression failure is a broken file
            raise ImportError_(f"“{source}”已损坏，无法读取其中的“{info.filename}”（{type(e).__name__}）。") from None
        if tags > MAX_XML_TAGS:
            raise ImportError_(f"“{source}”的内容结构过于庞大（超过 {MAX_XML_TAGS:,} 个标记），不是正常的年度报告，"
                               f"已拒绝导入。")
    return found


def check_reading_size(blocks: list, source: str) -> None:
    """Refuse a document whose text (paragraphs and table cells) or number of paragraphs/tables is
    far beyond any annual report, before it is read: reading builds several structures per
    character (a 0.5 MB DOCX of 160,000 short paragraphs took 610 MB)."""
    if len(blocks) > MAX_BLOCKS:
        raise ImportError_(f"“{source}”中有 {len(blocks):,} 个段落和表格，远超年度报告的正常数量（上限 {MAX_BLOCKS:,}），"
                           f"疑似异常文件，已拒绝导入。")
    chars = 0
    for b in blocks:
        chars += len(b) if isinstance(b, str) else sum(len(c) for row in getattr(b, "rows", ()) for c in row)
    check_text_size(chars, source)


def check_text_size(chars: int, source: str) -> None:
    if chars > MAX_READ_CHARS:
        raise ImportError_(f"“{source}”的文字过多（{chars:,} 字，上限 {MAX_READ_CHARS:,} 字），远超年度报告的正常篇幅，"
                           f"疑似异常文件，已拒绝导入。")


def check_markup(text: str, source: str) -> None:
    """A web page with more tags than MAX_HTML_TAGS is refused before it is parsed (a parser's tree
    takes a kilobyte or more per tag)."""
    n = text.count("<")
    if n > MAX_HTML_TAGS:
        raise ImportError_(f"“{source}”网页的标记过多（{n:,} 个，上限 {MAX_HTML_TAGS:,}），不是正常的年度报告网页，"
                           f"已拒绝导入。")


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any encoding we read (NULs, many control bytes)."""
    sample = data[:65536]
    if not sample:
        return False
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 BOM: text, decoded elsewhere
        return False
    if b"\x00" in sample:
        return True
    ctrl = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return ctrl > len(sample) * 0.02


# ---------------------------------------------------------------------------------- deadline

_local = threading.local()


class TooComplex(ImportError_):
    """The import ran past its deadline."""


@contextlib.contextmanager
def deadline(source: str = "", seconds: float | None = None):
    """Bound the import running in this thread: `check_deadline()` raises TooComplex after `seconds`.

    Nested imports (an MHT's HTML part, a converted file) keep the outer, earlier deadline.
    """
    limit = MAX_IMPORT_SECONDS if seconds is None else seconds
    outer = getattr(_local, "deadline", None)
    mine = (Budget(limit), limit, source)
    _local.deadline = mine if outer is None or mine[0].ends_before(outer[0]) else outer  # the earlier limit holds
    try:
        yield
    finally:
        _local.deadline = outer


def check_deadline() -> None:
    """Call in any loop whose work depends on the input: raises TooComplex when time is up."""
    d = getattr(_local, "deadline", None)
    if d is not None and d[0].spent():
        _local.deadline = None  # one error, not one per frame that checks while unwinding
        raise TooComplex(f"“{d[2]}”的内容过于复杂（在 {d[1]:g} 秒内未能读完），疑似异常文件，已停止导入。"
                         "如确为年度报告，请在 WPS/Word 中另存为新的 .docx 或复制文字后再导入。")
