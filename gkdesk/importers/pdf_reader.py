"""Import a published report from a PDF with a text layer (the form most reports are published in).

A reader like the others: it turns the PDF into the neutral ``structured.Layout`` (prose lines and
table grids in reading order) and hands it to ``structured.build``; nothing below this module
knows the source was a PDF.

Per page (pdfplumber, on pdfminer.six):
1. ruled tables — pdfplumber's table finder builds the cells from the drawn ruling lines and cell
   rectangles; each becomes a ``Grid`` (merged cells: text in the top-left position, "" elsewhere);
2. the remaining characters are grouped into lines by their vertical position and ordered by x
   (what ``pdftotext -layout`` does); words far apart on one line are separated by a tab, so that an
   unruled (position-only) table row reads as cells;
3. page furniture is dropped: page numbers ("- 1 -", "第 1 页") are removed by the text cleaning
   downstream; a line repeated at the same height on most pages (running header/footer) here.

A PDF without a text layer (a scan, or only drawings) is refused with a Chinese message saying so
and what to do; so is a PDF whose fonts carry no Unicode mapping (text comes out as "(cid:123)").
Safety: size (``safety.check_size``), page count (``safety.MAX_PDF_PAGES``), characters per page,
and the import's time limit (``safety.deadline``, checked page by page).
"""

from __future__ import annotations

import bisect
import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from itertools import product
from math import prod
from typing import Union

from ..core.errors import ImportError_
from . import safety
from .base import ImportResult, picture_note
from .locate import SERIAL, SERIAL_HEADS, _normalised_chars, is_continuation_caption, norm, row_label_forms
from .rows import UNREADABLE
from .structured import Grid, Layout, build, row_table

#: pdfplumber table finder settings: cells only from drawn lines / rectangles
_TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines",
                   "snap_tolerance": 3, "join_tolerance": 3, "intersection_tolerance": 3}
_CID = re.compile(r"\(cid:\d+\)")
_HAN = re.compile("[\u4e00-\u9fff]")
_REPORT_WORDS = ("公开", "信息", "申请")


def import_pdf(data: bytes, source: str = "") -> ImportResult:
    layout = read_pdf_layout(data, source)
    res = build(layout, source, "pdf")
    picture_note(res, layout.pictures, "PDF 的文字页", "张表格大小的图片")
    return res


def _table_sized_images(page) -> int:
    """Pictures on a page with text that are as wide as a table (at least 40 % of the page's width and
    40 pt high): agencies paste 表二/表三/表四 as screenshots into Word and publish the PDF of it. A
    seal, a logo or a QR code is smaller and does not count."""
    width = float(page.width or 595)
    return sum(1 for im in page.images
               if float(im.get("x1", 0)) - float(im.get("x0", 0)) >= 0.4 * width
               and float(im.get("bottom", 0)) - float(im.get("top", 0)) >= 40)


def _open(data: bytes, source: str):
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
        from pdfminer.pdfparser import PDFSyntaxError
    except ImportError:  # pragma: no cover - a broken installation
        raise ImportError_("未安装 PDF 读取组件（pdfplumber），无法导入 PDF 文件。") from None
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        n = len(pdf.pages)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise ImportError_(f"“{source}”是加密的 PDF（设置了打开密码或禁止提取文字），无法读取；"
                           f"请取消密码后再导入，或使用 Word 版/网页版报告。") from None
    except PDFSyntaxError as e:
        raise ImportError_(f"“{source}”不是有效的 PDF 文件（文件已损坏：{e}）。") from None
    except Exception as e:  # noqa: BLE001 - pdfminer raises many kinds of errors on broken files
        msg = str(e)
        if "password" in msg.lower() or "encrypt" in msg.lower():
            raise ImportError_(f"“{source}”是加密的 PDF，无法读取；请取消密码后再导入。") from None
        raise ImportError_(f"“{source}”是 PDF 文件，但已损坏，无法读取（{type(e).__name__}）。") from None
    return pdf, n


def read_pdf_layout(data: bytes, source: str = "") -> Layout:
    safety.check_size(data, source)
    pdf, n_pages = _open(data, source)
    try:
        if n_pages == 0:
            raise ImportError_(f"“{source}”是 PDF 文件，但没有页面，无法导入。")
        if n_pages > safety.MAX_PDF_PAGES:
            raise ImportError_(f"“{source}”有 {n_pages} 页，超过导入上限 {safety.MAX_PDF_PAGES} 页；"
                               f"年度报告通常不足 20 页，请确认选择的文件是否正确。")
        pages: list[list[Block]] = []
        heights: list[float] = []
        n_chars = n_cid = n_images = n_cjk = n_unreadable = 0
        n_pictures = 0  # pictures as wide as a table on pages with text (a table may be a screenshot)
        unreadable_pages: list[int] = []
        words_seen = False  # a word every report prints
        scanned: list[int] = []  # pages with images and no text (scanned pages among text pages)
        carry: dict = {}  # an unruled table's header columns, for its body going on at the next page's top
        page_notes: list[str] = []  # what reading the pages settled and the import report tells
        try:
            title = str((pdf.metadata or {}).get("Title") or "")
        except Exception:  # noqa: BLE001 - odd metadata is not worth failing for
            title = ""
        for page in pdf.pages:
            safety.check_deadline()  # the import's one time limit (safety.deadline, CPU time)
            try:
                chars = page.chars
                n_images += len(page.images)
                if len(chars) > safety.MAX_PDF_PAGE_CHARS:
                    raise ImportError_(f"“{source}”第 {page.page_number} 页的文字数量异常（{len(chars)} 个字符），"
                                       f"疑似异常文件，已拒绝导入。")
                bad = _unreadable_fonts(page)
                if bad:  # text no mapping tells: never read as the characters its codes happen to name
                    for c in chars:
                        if c.get("fontname") in bad and c.get("text", "").strip():
                            c["text"] = UNREADABLE
                            n_unreadable += 1
                            if not unreadable_pages or unreadable_pages[-1] != page.page_number:
                                unreadable_pages.append(page.page_number)
                on_page = sum(1 for c in chars if c.get("text", "").strip())
                n_chars += on_page
                if not on_page and page.images:
                    scanned.append(page.page_number)
                elif on_page:
                    n_pictures += _table_sized_images(page)
                safety.check_text_size(n_chars, source)  # stop reading pages once it is far too long
                view = _turn(_dedupe(page))
                blocks = _page_blocks(view, carry, page_notes)
            except ImportError_:
                raise
            except Exception as e:  # noqa: BLE001 - a broken content stream
                raise ImportError_(f"“{source}”第 {page.page_number} 页已损坏，无法读取（{type(e).__name__}）。") from None
            texts = [b.text if isinstance(b, Line) else b.flat() for b in blocks]
            n_cid += sum(len(_CID.findall(t)) for t in texts)
            n_cjk += sum(len(_HAN.findall(t)) for t in texts)
            words_seen = words_seen or any(w in "".join(t.split()) for t in texts for w in _REPORT_WORDS)
            if pages:
                _share_columns(pages[-1], heights[-1], blocks, float(view.height or 842))
            pages.append(blocks)
            heights.append(float(view.height or 842))
            page.close()  # frees the page's parsed objects
    finally:
        pdf.close()
    if n_chars == 0:
        what = "扫描件，每页只有图片" if n_images else "只有图形，没有文字"
        raise ImportError_(f"“{source}”是没有文字层的 PDF（{what}），程序无法从中读取文字。"
                           f"请用 WPS 或其他 OCR 软件把它识别为文字，另存为 Word（.docx）或文本文件后再导入，"
                           f"或向发布单位索取 Word 版/网页版报告。")
    if n_cid > max(20, n_chars // 5):
        raise ImportError_(f"“{source}”的 PDF 字体没有文字编码信息，提取出的是乱码，无法导入；"
                           f"请用 WPS 或其他 OCR 软件识别为文字后导入，或使用 Word 版/网页版报告。")
    if n_unreadable > max(20, n_chars // 5):
        raise ImportError_(f"“{source}”的 PDF 字体没有文字编码信息（Type3 字体或缺少 ToUnicode 映射），提取出的文字"
                           f"不可靠（是乱码，数字也可能被读成别的数字），为避免读错，无法导入；请用 WPS 或其他 OCR 软件"
                           f"识别为文字后导入，或使用 Word 版/网页版报告。")
    if n_cjk >= 200 and not words_seen:
        # a font whose mapping gives other characters than the ones shown: pages of Chinese
        # characters without "公开", "信息" or "申请" are no report that can be read
        raise ImportError_(f"“{source}”中提取出的文字里没有“政府信息公开”“申请”等字样：PDF 的字体可能没有正确的文字编码"
                           f"（提取出的是乱码），也可能这不是政府信息公开工作年度报告，无法导入；请打开 PDF 核对，"
                           f"乱码时请用 WPS 或其他 OCR 软件识别为文字后导入，或使用 Word 版/网页版报告。")
    _drop_furniture(pages, heights)
    layout = Layout(title_hint=title)
    layout.pictures = n_pictures
    layout.notes.extend(page_notes)
    if n_unreadable:
        where = "、".join(map(str, unreadable_pages[:10])) + ("等" if len(unreadable_pages) > 10 else "")
        layout.notes.append(f"PDF 第 {where} 页有 {n_unreadable} 个字符所用的字体没有文字编码信息，无法确定是什么字，"
                            f"已按无法识别处理（含这些字符的数字没有读取）；请对照原文核对、填写。")
    if scanned:
        where = "、".join(map(str, scanned[:10])) + ("等" if len(scanned) > 10 else "")
        layout.notes.append(f"PDF 第 {where} 页是扫描图片，没有文字层，其中的内容（可能包括表格）未能读取；"
                            f"请对照原文填写，或用 WPS 等 OCR 软件识别为文字后再导入。")
    para: list[Line] = []
    merged_below: list[set[tuple[int, int]]] = [set()]  # per grid: positions covered by a merge from above
    pending: dict[int, tuple[Grid, int, int, int]] = {}  # rows joined over page breaks whose label is not complete yet

    def flush():
        if para:
            layout.add_text("\n".join(_join(para)))
            para.clear()

    for blocks in pages:
        for b in blocks:
            if isinstance(b, RawTable):
                prev = layout.blocks[-1] if layout.blocks and not para else None
                flush()
                g, below = _grid(b, layout.notes)
                if b.continues and isinstance(prev, Grid) and \
                        _join_continuation(prev, g, merged_below[-1], below, layout.notes, pending):
                    continue
                layout.blocks.append(g)
                merged_below.append(below)
            else:
                para.append(b)
    flush()
    for g, r, label_row, own in pending.values():
        if norm(g.rows[label_row][own]) not in _labels():
            _unfinished_row(g, r, g.rows[label_row][own], layout.notes)
    for b in layout.blocks:
        if isinstance(b, Grid):
            _join_split_labels(b)
    return layout


def _join_split_labels(g: Grid) -> None:
    """A row label cut into two grid rows of a ruled table (a cell the table finder split where a
    ruling line of a neighbouring cell runs through it; a continued page drawn on rows of its own):
    the row with the numbers holds one part ("1.申请人无正当理由逾期不补正、行"), the row above or
    below only the other part in the same column ("政机关不再处理其政府信息公开申请"). The two parts
    are joined when together they are an official row label and neither part is a label by itself;
    the other row's cell is emptied. Anything else is left as it is."""
    from .rows import NA, NUM, classify

    rows = g.rows
    labels = _labels()

    def label_at(row: list[str]) -> int | None:
        """The column of the row's own label: its rightmost text before its first number."""
        nums = [i for i, c in enumerate(row) if classify(c).kind in (NUM, NA)]
        if not nums:
            return None
        texts = [i for i in range(nums[0]) if row[i].strip()]
        return texts[-1] if texts else None

    for i, row in enumerate(rows):
        c = label_at(row)
        if c is None or norm(row[c]) in labels:
            continue
        for j in (i + 1, i - 1):
            if not 0 <= j < len(rows):
                continue
            other = rows[j]
            filled = [k for k, x in enumerate(other) if x.strip()]
            if filled != [c] or norm(other[c]) in labels or _ORDINAL.match(other[c]):
                continue
            joined = row[c] + other[c] if j > i else other[c] + row[c]
            if norm(joined) in row_label_forms():
                row[c] = joined
                other[c] = ""
                break


def _drop_broken_row(row: list[str], label: str, notes: list[str]) -> None:
    """A row broken at a page break whose pieces cannot be told apart: its numbers are not read."""
    from .rows import NA, NUM, classify

    what = f"一行（“{label}”）" if label else "一行数字"
    notes.append(f"PDF 中表格的{what}跨页断开，下一页顶部还有它的数字，无法确定数字是否被分成两段，"
                 f"这一行和下一页的续行的数字均未读取，请按原文填写。")
    for i, c in enumerate(row):
        if classify(c).kind in (NUM, NA):
            row[i] = ""


def _labelled_numbers(row: list[str]) -> bool:
    from .rows import NA, NUM, classify

    kinds = [classify(c).kind for c in row if c.strip()]
    return any(k in (NUM, NA) for k in kinds) and any(k not in (NUM, NA) for k in kinds)


_LEADING_ZERO = re.compile(r"^[-+]?0\d")


def _cut_value_row(last: list[str], first: list[str], numbers: list[int]) -> bool:
    """``first`` (numbers only) can be the page-broken ends of ``last``'s numbers: ``last`` holds
    numbers only (no label), at least three, and every number of ``first`` stands under one of
    them, fewer of them than ``last`` has (a row of its own fills as many cells)."""
    from .rows import NA, NUM, classify

    kinds = [classify(c).kind for c in last]
    own = [i for i, c in enumerate(last) if c.strip()]
    nums = [i for i in own if kinds[i] == NUM]
    return len(nums) >= 3 and all(kinds[i] in (NUM, NA) for i in own) and \
        all(kinds[i] == NUM for i in numbers) and len(numbers) < len(nums) and \
        all(classify(first[i]).kind == NUM for i in numbers)


def _adds_up(row: list[str]) -> bool:
    """Every cell after the label a number, three or more, the last the sum of the others (a
    number before the label, its 序号, is none of them)."""
    from decimal import Decimal, InvalidOperation

    from .rows import NA, NUM, classify

    fields = [classify(c) for c in row if c.strip()]
    k = len(fields)
    while k and fields[k - 1].kind == NUM:
        k -= 1
    nums = fields[k:]
    if len(nums) < 3 or k and fields[k - 1].kind == NA:
        return False
    try:
        vals = [Decimal(f.text) for f in nums]
    except InvalidOperation:
        return False
    return sum(vals[:-1]) == vals[-1]


def _adds_up_before_remark(row: list[str]) -> bool:
    """The row ends in one remark cell (a 备注 column's "无", "/" or a word) after its numbers, and
    its numbers after the label — exactly as many as a 表三 row or 表四's value row has — keep that
    table's arithmetic (``_adds_up_row``). A dash among the numbers, or fewer numbers than the
    table's row has, is no proof: False."""
    from .rows import NUM, classify

    fields = [classify(c) for c in row if c.strip()]
    if len(fields) < 2 or fields[-1].kind == NUM:
        return False
    k = len(fields) - 1
    while k and fields[k - 1].kind == NUM:
        k -= 1
    nums = [f.text for f in fields[k:-1]]
    return bool(nums) and _adds_up_row(nums)


def _unfinished_row(g: Grid, r: int, label: str, notes: list[str]) -> None:
    """A row joined over several page breaks whose label never became an official label: which
    pieces belong to it is not known, so its numbers are not read."""
    from .rows import NA, NUM, classify

    notes.append(f"PDF 中表格的一行（“{label}”）跨越多页断开，无法确认各页上的数字属于同一行，"
                 f"这一行的数字均未读取，请按原文填写。")
    for i, c in enumerate(g.rows[r]):
        if classify(c).kind in (NUM, NA):
            g.rows[r][i] = ""


@cache
def _group_labels() -> frozenset[str]:
    """Labels that stand for a group of rows in some format (a label merged over the rows of its
    items: 三、本年度办理结果, （三）不予公开, 2021's （六）其他处理), normalised, also in short forms."""
    from ..core.spec import all_formats
    from .locate import short_forms, table_rows

    out: set[str] = set()
    for f in all_formats():
        for t in f.tables:
            for r in table_rows(t):
                for x in r.cells[0].row_labels[:-1] if r.cells else ():
                    out.add(norm(x))
                    out.update(short_forms(x))
    return frozenset(x for x in out if x)


_DASHES = frozenset("-—–/－―\\／─")  # the characters of the dash and slash marks

_ORDINAL = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、])")


@cache
def _labels() -> frozenset[str]:
    """Every label and title of the official tables (both formats), normalised, also without
    ordinals and trailing remarks."""
    from ..core.spec import all_formats
    from .locate import short_forms

    out: set[str] = set()
    for f in all_formats():
        for t in f.tables:
            for it in t.items:
                if it.role != "value" and it.text:
                    out.add(norm(it.text))
                    out.update(short_forms(it.text))
    return frozenset(x for x in out if x)


def _join_continuation(prev: Grid, cont: Grid, prev_below: set[tuple[int, int]],
                       cont_below: set[tuple[int, int]], notes: list[str],
                       pending: dict[int, tuple[Grid, int, int, int]] | None = None) -> bool:
    """Append the part of a table continued on the next page to its first part, when both lie on
    the same columns: header rows the continuation repeats (Word/WPS "repeat as header row") are
    left out, and a row broken across the page break (its label's last lines at the top of the
    next page) is joined to its start. Text only goes to cells whose start on the previous page is
    text (a label, not a number; for a cell merged down from a row above, that row's text).

    - A continuation without numbers is joined when it is no row or title of an official table by
      itself and starts no new label (no ordinal such as 一、 / （二） / 3.).
    - A continuation with numbers (a number can be cut in two: "1" at the foot of the page, "288"
      at the top of the next) is joined only when that completes an official label which the first
      part alone is not — the row's own label, its rightmost text cell ("（七）" + "总计"); when it otherwise looks like a fragment, the numbers of
      both parts are left out and a note says so. A wrong number is worse than a blank.
    - A row printed over several pages (a page holding only one line of it, below the repeated
      header) is joined page by page while its label is the start of an official label and the
      page holds nothing else (``pending``); a row whose label never completes has its numbers
      left out (``_unfinished_row``)."""
    if pending is None:
        pending = {}
    from .rows import NA, NUM, OTHER, classify

    if not prev.rows or not cont.rows or len(prev.rows[0]) != len(cont.rows[0]):
        return False
    rows = list(cont.rows)
    k, first_clean = _repeated_header(prev.rows, rows, cont.spans)
    rows = rows[k:]
    if rows and first_clean is not None:
        rows[:len(first_clean)] = first_clean
    if rows:
        first = rows[0]
        cells = [c for c in first if c.strip()]
        n = len(prev.rows)
        n_head = next((h for h, r in enumerate(prev.rows)
                       if any(classify(c).kind in (NUM, NA) or _ORDINAL.match(c) for c in r)), n)
        starts: dict[int, int] = {}  # column -> the row of the previous part holding that cell's start
        for i, c in enumerate(first):
            if c.strip():
                r = n - 1
                while r > 0 and (r, i) in prev_below and not prev.rows[r][i].strip():
                    r -= 1
                # below a repeated header, never into a header row (the text is a body row's, or the
                # repeated header's overflow); a header cut by the page break itself goes on
                if prev.rows[r][i].strip() and classify(prev.rows[r][i]).kind not in (NUM, NA) and \
                        (r >= n_head or not k):
                    starts[i] = r
        # a not-applicable word ("无", "一") under a label started on the page before is the label's
        # next character ("4." / "无正当理由…", "3.危及“三安全" / "一稳定”"), not a mark
        numbers = [i for i, c in enumerate(first) if classify(c).kind in (NUM, NA)
                   and not (i in starts and classify(c).kind == NA and not set(c) & _DASHES)]
        words = [i for i, c in enumerate(first) if c.strip() and i not in numbers]
        fragment = bool(cells) and row_table(first) is None and not any(_ORDINAL.match(c) for c in cells) \
            and not any(norm(first[i]) in _labels() for i in words)
        # the label's end on the next page can be an official label by itself in a short form
        # ("（二）" at the foot of the page, "部分公开（区分处理的…）" at the top of the next): it
        # is the same row when the joined label is official and the part before the break is not
        completes = bool(cells) and not numbers and words == list(starts) and \
            not any(_ORDINAL.match(c) for c in cells) and \
            norm(prev.rows[starts[words[-1]]][words[-1]] + first[words[-1]]) in _labels() and \
            norm(prev.rows[starts[words[-1]]][words[-1]]) not in _labels()
        # the continuation drawn on column edges of its own (LibreOffice): a label's end one column
        # beside where its start stands on the page before; joined only when that completes an
        # official label the start alone is not, and the row holds nothing else
        beside = None if completes or numbers or len(words) != 1 else _beside(prev.rows[-1], first, words[0])
        within = None if numbers or not fragment or len(starts) == len(cells) else \
            _within_merged(prev.rows[-1], prev.spans.get(n - 1, frozenset()), first, words)
        if (fragment or completes) and not numbers and len(starts) == len(cells):
            for i, r in starts.items():
                prev.rows[r][i] += first[i]
            rows = rows[1:]
            k += 1
        elif within is not None:
            for i, j in within.items():
                prev.rows[-1][j] += first[i]
            rows = rows[1:]
            k += 1
        elif beside is not None:
            prev.rows[-1][beside] += first[words[0]]
            rows = rows[1:]
            k += 1
        elif numbers and words and all(i in starts for i in words):
            # the row's cells go on after the page break, numbers included: a number may be cut
            # in two ("1" at the foot of one page, "288" at the top of the next). Joined when that
            # completes an official label the first part alone is not; otherwise, if it starts no
            # label of its own, neither part's numbers are read.
            last = prev.rows[-1]
            joined = {i: prev.rows[starts[i]][i] + first[i] for i in words}
            # the row's own label (its rightmost text cell) must be the one completed: a label
            # merged over several rows ("（五）不" / "予处理") goes on over the break by itself
            own = words[-1]
            label = norm(joined[own])
            completes = label in _labels() and norm(prev.rows[starts[own]][own]) not in _labels()
            # the page holds only this piece of the row and the label goes on: joined for now
            partial = not completes and fragment and len(rows) == 1 and len(cont.rows) - k == 1 and \
                any(x.startswith(label) and len(x) > len(label) for x in _labels())
            if completes or partial:
                if partial:
                    pending[id(prev)] = (prev, len(prev.rows) - 1, starts[own], own)
                else:
                    pending.pop(id(prev), None)
                for i, t in joined.items():
                    prev.rows[starts[i]][i] = t
                for i in numbers:
                    last[i] = last[i] + first[i] if classify(last[i]).kind == NUM else first[i]
                rows = rows[1:]
                k += 1
            elif fragment:
                pending.pop(id(prev), None)
                _drop_broken_row(last, next((prev.rows[starts[i]][i] for i in reversed(words)), ""), notes)
                rows = rows[1:]
                k += 1
        elif numbers and not words and cells and _cut_value_row(prev.rows[-1], first, numbers):
            # only numbers at the top of the page, each under a number of a row of numbers only
            # (表四's value row, which has no label), fewer than that row has: the ends of numbers
            # cut by the page break ("1" at the foot, "9" at the top: 19), not a row of their own.
            # Joined only when the joined row keeps the table's arithmetic (表四's block totals,
            # 表三's 总计) and no joined piece reads as a number with a leading zero; otherwise
            # neither part is read
            last = prev.rows[-1]
            joined_row = [last[i] + first[i] if i in numbers else last[i] for i in range(len(last))]
            nums = [c for c in joined_row if classify(c).kind == NUM]
            if _adds_up_row(nums) and not any(_LEADING_ZERO.match(unicodedata.normalize("NFKC", joined_row[i]))
                                              for i in numbers):
                last[:] = joined_row
            else:
                _drop_broken_row(last, "", notes)
            rows = rows[1:]
            k += 1
        elif numbers and not words and cells and _labelled_numbers(prev.rows[-1]):
            # only numbers at the top of the page, under a row with a label and numbers: the rest
            # of that row's cells (a table row always has its label; 表四's value row, which has
            # none, follows header rows). Joined for a row still being joined over the pages
            # (its label not complete yet: see _unfinished_row) or when the joined row adds up
            # (its last number the sum of the others); otherwise neither part is read
            last = prev.rows[-1]
            joined_row = list(last)
            for i in numbers:
                joined_row[i] = last[i] + first[i] if classify(last[i]).kind == NUM else first[i]
            held = (pending.get(id(prev)) or (None, -1))[1] == len(prev.rows) - 1
            # a number or mark under the row's label text is none of its values: never over the label
            on_text = any(classify(last[i]).kind == OTHER for i in numbers)
            # a row of a table with a 备注 column after the values ends in that column's remark
            # ("无"): its numbers are the row's values and must keep the table's arithmetic
            cut = any(_LEADING_ZERO.match(unicodedata.normalize("NFKC", joined_row[i])) for i in numbers)
            if not on_text and (held or _adds_up(joined_row) or (not cut and _adds_up_before_remark(joined_row))):
                last[:] = joined_row
            else:
                _drop_broken_row(last, next((c for c in reversed(last) if c.strip() and classify(c).kind not in (NUM, NA)), ""),
                                 notes)
            rows = rows[1:]
            k += 1
    base = len(prev.rows)
    for i in range(k, len(cont.rows)):
        if i in cont.spans:
            prev.spans[base + i - k] = cont.spans[i]
    prev.rows.extend(rows)
    prev_below.update((base + r - k, c) for r, c in cont_below if r >= k)
    return True


def _beside(last: list[str], first: list[str], i: int) -> int | None:
    """The column of ``last`` (the row before the page break) whose label ``first[i]`` completes
    when the continuation's columns are shifted against it: the nearest text cell of ``last`` left
    or right of ``i`` with only empty cells of both rows between, when the joined text is an official
    label which that cell alone is not."""
    from .rows import NA, NUM, classify

    if last[i].strip():
        return None
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(last) and not last[j].strip() and not first[j].strip():
            j += step
        if not 0 <= j < len(last) or first[j].strip() or classify(last[j]).kind in (NUM, NA):
            continue
        if norm(last[j] + first[i]) in _labels() and norm(last[j]) not in _labels():
            return j
    return None


def _within_merged(last: list[str], spans: frozenset[int], first: list[str], words: list[int]) -> dict[int, int] | None:
    """Where the texts of ``first`` (a continuation's first row, text only) go on the texts of
    ``last`` (the row before the page break, its positions continuing merged cells in ``spans``),
    when the continuation is drawn on column edges of its own (LibreOffice): each text goes on the
    text of the cell of ``last`` covering its position — that cell's own position, or a merged
    cell starting further left ("采购项" over positions 3–6, "目数量" at 4: 采购项目数量). Only when
    every text has such a cell, no two share one, and each text going into a merged cell further
    left completes an official label or header which that cell's text alone is not; else None."""
    from .rows import NA, NUM, classify

    out: dict[int, int] = {}
    for i in words:
        j = i
        while j > 0 and j in spans and not last[j].strip():
            j -= 1
        if not last[j].strip() or classify(last[j]).kind in (NUM, NA) or j in out.values():
            return None
        if j != i and not (norm(last[j] + first[i]) in _labels() and norm(last[j]) not in _labels()):
            return None
        out[i] = j
    return out if any(i != j for i, j in out.items()) else None


def _repeated_header(prev: list[list[str]], cont: list[list[str]], spans: dict[int, frozenset[int]]
                     ) -> tuple[int, list[str] | None]:
    """How many rows at the top of a table's continuation repeat the header rows of its first part
    (Word/WPS/LibreOffice "repeat as header row"), and the first row after them cleaned of header
    text that overflowed into it.

    A repeated header need not be printed as it was on the first page: LibreOffice cuts a repeated
    header row to the height it has room for, so a wrapped header cell shows only its first lines
    ("自" of "自然人", a lost sub-header row) and the rest of its text is drawn over the first body
    row below it ("然人" above the row's "０"). A continuation row repeats a header row when it has
    no number and each of its texts is the start (or all) of the text of that column in one of the
    first part's header rows — the rows before its first number or numbered label (一、, （二）, 3.) — taken in order. The
    rest of a header text cut so is removed from the start of the same column's cell of the first
    row after the header, where it overflowed, or — its first characters there, before a number
    (a row cut by the page break goes on in the overflow's lines: "然８" over "人 0") — from that
    cell and the ones below it (``_MAX_OVERFLOW_ROWS`` rows); nothing else of those rows is
    touched. Returns the number of repeated rows and the rows after them so cleaned (None when
    nothing overflowed)."""
    from .rows import NA, NUM, classify

    head: list[list[str]] = []
    for r in prev:
        if any(classify(c).kind in (NUM, NA) or _ORDINAL.match(c) for c in r):
            break
        head.append(r)
    def texts(row: list[str]) -> list[int]:
        return [i for i, c in enumerate(row) if c.strip()]

    def match(h: list[str], row: list[str]) -> list[tuple[int, int]] | None:
        """(column in row, column in h) of each text of ``row``, each the start of h's text there —
        at the same position, or else (the continuation drawn on column edges of its own) the
        texts of both in the same order"""
        if len(h) == len(row) and all(norm(h[i]).startswith(norm(row[i])) and norm(row[i]) for i in texts(row)):
            return [(i, i) for i in texts(row)]
        ours, theirs = texts(row), texts(h)
        if len(ours) == len(theirs) and all(norm(h[q]).startswith(norm(row[p])) and norm(row[p])
                                            for p, q in zip(ours, theirs)):
            return list(zip(ours, theirs))
        return None

    k = j = 0
    rest: dict[int, tuple[int, str]] = {}  # column -> (end of its cell, header text cut off there, normalised)
    while k < len(cont) and any(c.strip() for c in cont[k]):
        row = cont[k]
        if any(classify(c).kind in (NUM, NA) for c in row):
            break
        for jj in range(j, len(head)):
            pairs = match(head[jj], row)
            if pairs is not None:
                break
        else:
            break
        for p, q in pairs:
            end = p + 1
            while end in spans.get(k, ()):
                end += 1
            rest[p] = (end, norm(head[jj][q])[len(norm(row[p])):])
        j, k = jj + 1, k + 1
    if not k or k >= len(cont) or not any(r for _e, r in rest.values()):
        return k, None
    below = {q: list(cont[q]) for q in range(k, min(len(cont), k + _MAX_OVERFLOW_ROWS))}
    for i, (end, r) in rest.items():
        if not r:
            continue
        # row by row from the first row after the header: where the header text ends in a cell
        # it is removed; a cell starting with only its first characters, a number or nothing
        # after them (the row cut by the page break goes on in the same lines: "然８" over
        # "人 0"), loses them and the rest is looked for in the row below. Taken only when the
        # whole text is found so; otherwise nothing of the column is touched
        trial = {q: list(v) for q, v in below.items()}
        q = k
        while r and q in trial:
            row, cont_of = trial[q], spans.get(q, frozenset())
            # the cells of the row under the header cell (from the one covering its first column)
            at = i
            while at > 0 and at in cont_of:
                at -= 1
            cells = [c for c in range(at, min(end, len(row))) if c not in cont_of and row[c].strip()]
            for c in cells:
                cleaned = _without_overflow(row[c], r)
                if cleaned != row[c]:
                    row[c], r = cleaned, ""
                    break
            else:
                c = next((c for c in cells if _overflow_start(row[c], r)), None)
                if c is None:
                    break
                n = _overflow_start(row[c], r)
                r = r[len(norm(row[c][:n])):]
                row[c] = row[c][n:].strip()
            q += 1
        if not r:
            below = trial
    return k, [below[q] for q in sorted(below)]


#: the most rows a header's overflow is looked for in, below a repeated header cut to its height
_MAX_OVERFLOW_ROWS = 3


def _overflow_start(cell: str, rest: str) -> int:
    """How many characters at the start of ``cell`` are the first characters of the header text
    ``rest`` (normalised) but not all of it, when the cell holds nothing after them but a number
    or a not-applicable mark (0 otherwise)."""
    from .rows import NA, NUM, classify

    chars = list(_normalised_chars(cell))
    k = 0
    while k < len(chars) and k < len(rest) - 1 and chars[k][1] == rest[k]:
        k += 1
    if not k:
        return 0
    n = chars[k - 1][0] + 1
    after = cell[n:].strip()
    return n if not after or classify(after).kind in (NUM, NA) else 0


def _without_overflow(cell: str, rest: str) -> str:
    """``cell`` without the header text ``rest`` (normalised) that overflowed into it: at its start,
    or — in a text cell, where the header's column lies inside the cell and its lines interleave
    with the cell's own ("保然" / "护人" for "保护" and the overflowed "然人") — as the first
    occurrence of its characters in order. A number cell is only cut at its start."""
    from .rows import NA, NUM, classify

    chars = list(_normalised_chars(cell))
    if "".join(c for _x, c in chars[:len(rest)]) == rest:
        return cell[chars[len(rest) - 1][0] + 1:].strip()
    if classify(cell).kind in (NUM, NA):
        return cell
    drop: set[int] = set()
    k = 0
    for x, c in chars:
        if k < len(rest) and c == rest[k]:
            drop.add(x)
            k += 1
    if k < len(rest):
        return cell
    return "".join(ch for x, ch in enumerate(cell) if x not in drop).strip()


# ---------------------------------------------------------------------------------- one page

@dataclass
class Line:
    text: str
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    tabbed: bool = False  # words far apart: a row of an unruled table, never joined
    right: float = 0.0  # right margin of the text body on its page
    indented: bool = False  # starts right of the left margin (first line of a paragraph)
    words: list[dict] = field(default_factory=list, repr=False)  # its words, left to right


@dataclass
class RawTable:
    """A ruled table of one page: its cells (bboxes) and the characters inside it."""
    cells: list[tuple]
    chars: list[dict]
    bbox: tuple
    xs: list[float] = field(default_factory=list)  # column edges (may be shared with its continuation)
    continues: bool = False  # the first block of its page, continuing the table that ended the last page

    def flat(self) -> str:
        return "".join(ch.get("text", "") for ch in self.chars)


Block = Union[Line, RawTable]


def _unreadable_fonts(page) -> set[str]:
    """Names of the fonts of a page (and of its forms) whose codes no Unicode mapping tells, so that
    pdfminer's text for them is a guess: a Type3 font without ToUnicode (printer drivers draw fonts
    they may not embed so; its glyph names are the producer's own, "one" may show 公), and a
    TrueType-based CID font addressed by glyph ids (Identity-H) without ToUnicode whose CID system
    is a character collection (Adobe-GB1 …): pdfminer reads the glyph ids as CIDs of that
    collection, and glyph 17 becomes "0". A CID font without any mapping (text "(cid:N)") is one too."""
    from pdfminer.cmapdb import IdentityCMap
    from pdfminer.pdffont import PDFCIDFont, PDFType3Font
    from pdfminer.pdftypes import PDFObjRef, resolve1
    from pdfminer.psparser import literal_name
    from pdfplumber.page import fix_fontname_bytes

    out: set[str] = set()
    seen: set[int] = set()

    def unreadable(font, spec: dict) -> bool:
        if "ToUnicode" in spec:
            return False
        if isinstance(font, PDFType3Font) or (isinstance(font, PDFCIDFont) and font.unicode_map is None):
            return True
        if isinstance(font, PDFCIDFont) and font.unicode_map is not None and isinstance(font.cmap, IdentityCMap) \
                and font.cidcoding not in ("Adobe-Identity", "Adobe-UCS"):
            desc = resolve1((resolve1(spec.get("DescendantFonts")) or [None])[0]) or {}
            gids = resolve1(desc.get("CIDToGIDMap"))
            return literal_name(resolve1(desc.get("Subtype"))) == "CIDFontType2" and \
                (gids is None or (not hasattr(gids, "get_data") and literal_name(gids) == "Identity"))
        return False

    def walk(res, depth: int) -> None:
        res = resolve1(res)
        if not isinstance(res, dict):
            return
        fonts = resolve1(res.get("Font"))
        for ref in (fonts.values() if isinstance(fonts, dict) else ()):
            objid = ref.objid if isinstance(ref, PDFObjRef) else None
            if objid is not None and objid in seen:
                continue
            seen.add(objid)
            spec = resolve1(ref)
            if not isinstance(spec, dict):
                continue
            try:
                font = page.pdf.rsrcmgr.get_font(objid, spec)
                if unreadable(font, spec):
                    name = font.fontname
                    out.add(fix_fontname_bytes(name) if isinstance(name, bytes) else str(name))
            except Exception:  # noqa: BLE001 - a broken font dictionary: pdfminer decides as it does
                continue
        xobjs = resolve1(res.get("XObject"))
        if depth < 3 and isinstance(xobjs, dict):
            for ref in xobjs.values():
                x = resolve1(ref)
                attrs = getattr(x, "attrs", None)
                if isinstance(attrs, dict) and literal_name(attrs.get("Subtype")) == "Form" and "Resources" in attrs:
                    walk(attrs["Resources"], depth + 1)

    walk(page.page_obj.resources, 0)
    return out


def _dedupe(page):
    """The page without characters drawn twice at (nearly) the same place: WPS and other producers
    make bold text of a font without a bold face by drawing each glyph again a fraction of a point
    to the side (pseudo bold). Read as they are, "7" drawn twice becomes "77" in a table cell. A
    character is a copy when one with the same text, font and size was drawn less than 1 pt from
    it (the first one drawn is kept). Linear in the characters (pdfplumber's ``dedupe_chars``
    compares every pair of them)."""
    chars = page.chars
    seen: dict[tuple, list[tuple[float, float]]] = {}
    keep: list[dict] = []
    for ch in chars:
        x, y = float(ch["x0"]), float(ch["top"])
        key = (ch.get("text"), ch.get("fontname"), round(float(ch.get("size") or 0), 1), ch.get("upright"))
        bucket = (key, round(x / 2), round(y / 2))
        near = [p for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                for p in seen.get((key, bucket[1] + dx, bucket[2] + dy), ())]
        if ch.get("text", "").strip() and any(abs(px - x) <= 1 and abs(py - y) <= 1 for px, py in near):
            continue
        seen.setdefault(bucket, []).append((x, y))
        keep.append(ch)
    if len(keep) == len(chars):
        return page
    from pdfplumber.page import FilteredPage

    out = FilteredPage(page, lambda _o: True)
    out._objects = dict(page.objects, char=keep)
    return out


def _turn(page):
    """A page whose text is drawn turned by a quarter (a landscape table printed on portrait paper
    without /Rotate, so a viewer shows it sideways) as the page read upright: every character,
    line, rectangle and curve mapped into the frame the text runs in. Pages with /Rotate are already
    turned by pdfminer; a page whose text is mostly upright is returned as it is."""
    up = down = n = 0
    for ch in page.chars:
        if not ch.get("text", "").strip():
            continue
        n += 1
        if not ch.get("upright", True):
            b = (ch.get("matrix") or (1, 0, 0, 1, 0, 0))[1]
            up += b > 0
            down += b < 0
    if not n or max(up, down) <= 0.6 * n:
        return page
    from pdfplumber.page import FilteredPage

    x0_, top_, x1_, bottom_ = page.bbox
    w, h = float(x1_ - x0_), float(bottom_ - top_)
    turned_up = up >= down

    def pt(x: float, t: float) -> tuple[float, float]:
        x, t = x - x0_, t - top_
        # text running upwards: the page's bottom edge is the left edge of the upright frame
        return (h - t, x) if turned_up else (t, w - x)

    objs: dict[str, list[dict]] = {}
    for kind in ("char", "line", "rect", "curve"):
        out = []
        for o in page.objects.get(kind, []):
            a, b = pt(o["x0"], o["top"]), pt(o["x1"], o["bottom"])
            x0, x1 = sorted((a[0], b[0]))
            top, bottom = sorted((a[1], b[1]))
            q = dict(o, x0=x0, x1=x1, top=top, bottom=bottom, doctop=top, width=x1 - x0, height=bottom - top,
                     y0=w - bottom, y1=w - top)
            if "pts" in o:
                q["pts"] = [pt(px, pt_) for px, pt_ in o["pts"]]
            if kind == "char":
                m = o.get("matrix") or (1, 0, 0, 1, 0, 0)
                q["upright"] = (not o.get("upright", True)) and (m[1] > 0) == turned_up
                if q["upright"]:  # pdfminer gives a turned glyph its advance as size: its height now
                    q["size"] = bottom - top
            out.append(q)
        objs[kind] = out
    turned = FilteredPage(page, lambda _o: True)
    turned._objects = objs
    turned.bbox = (0, 0, h, w)
    return turned


def _background(o: dict) -> bool:
    """A filled rectangle without a stroke that is no rule: a cell's or a row's background (WPS
    draws cell shading so, also in tables without rules). Borders drawn as thin filled rectangles
    stay rules."""
    return bool(o.get("fill")) and not o.get("stroke") and min(float(o.get("width") or 0), float(o.get("height") or 0)) > 2.5


def _drop_shading_tables(page, tables) -> list:
    """Tables that only backgrounds make (no ruling line or border among their edges) and that
    hold no digit: the shaded header rows of an unruled table, which would otherwise be read as a
    table of their own, cut off from the body below them — nor those shading the header and the
    first rows, the body going on unshaded right under them. Backgrounds behind every cell of a
    table, numbers included, describe its cells and are kept."""
    ruled = page.filter(lambda o: o.get("object_type") != "rect" or not _background(o))
    try:
        real = ruled.find_tables(_TABLE_SETTINGS) if ruled.lines or ruled.rects or ruled.curves else []
    except Exception:  # noqa: BLE001 - odd geometry: no ruled table
        real = []

    def overlap(a, b) -> bool:
        return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]

    def digits(bbox) -> bool:
        x0, top, x1, bottom = bbox
        inside = [ch for ch in page.chars if x0 <= (ch["x0"] + ch["x1"]) / 2 <= x1
                  and top <= (ch["top"] + ch["bottom"]) / 2 <= bottom]
        return any(ch.get("text", "").isdigit() and not _page_number_char(ch, inside, float(page.height or 842))
                   for ch in inside)

    boxes = [t.bbox for t in tables] + [u.bbox for u in real]
    size = sorted(float(ch.get("size") or 10) for ch in page.chars)[len(page.chars) // 2] if page.chars else 10

    def goes_on(bbox) -> bool:
        """Numbers right under the shaded box, within its width and in no table's box: the body
        of an unruled table whose header and first row are shaded (a 三线表 highlighting
        一、本年新收), which the shading's table would cut off from its other rows."""
        x0, _top, x1, bottom = bbox
        band = (x0, bottom + 0.5, x1, bottom + 2 * size)
        under = [w for w in words() if overlap(band, (w["x0"], w["top"], w["x1"], w["bottom"]))
                 and not any(overlap(b, (w["x0"], w["top"], w["x1"], w["bottom"])) for b in boxes)]
        # a row's cells: three numbers or more on the line (a note "统计时间为2019年…" is no row)
        return sum(bool(_SIGNED.match(w["text"])) for w in under) >= 3

    got: list = []

    def words() -> list:
        if not got:
            got.append(page.extract_words(x_tolerance=1.5, y_tolerance=2))
        return got[0]

    return [t for t in tables if any(overlap(t.bbox, u.bbox) for u in real)
            or digits(t.bbox) and not goes_on(t.bbox)]


def _own_edges(page, tables) -> list:
    """The tables of a page found again, each from its own rules alone. pdfplumber snaps edges
    page-wide: a vertical rule of one table is moved onto the rules of another table a few points
    beside it (Word's double rules, 2.3 pt apart: 表二's at x 180.6–183.4 and 表三's at 186.3–189.1 snap
    together, chained, to 182.9). A rule moved so no longer meets the horizontal rules that start
    at it, and the cells it bounds melt into one (表三's 1.–4. of （三）不予公开 in one cell, beside four
    rows of numbers: the rows shifted). Found from the rules within its own box (3 pt to spare), a
    table's edges snap only with its own; where that finds nothing inside the box, the table is
    kept as first found."""
    out = []
    for t in tables:
        x0, top, x1, bottom = t.bbox

        def near(o, box=(x0 - 3, top - 3, x1 + 3, bottom + 3)) -> bool:
            return o.get("object_type") == "char" or (
                o["x0"] <= box[2] and box[0] <= o["x1"] and o["top"] <= box[3] and box[1] <= o["bottom"])

        try:
            again = page.filter(near).find_tables(_TABLE_SETTINGS)
        except Exception:  # noqa: BLE001 - odd geometry: the table as first found
            again = []
        inside = [u for u in again if x0 - 3 <= (u.bbox[0] + u.bbox[2]) / 2 <= x1 + 3
                  and top - 3 <= (u.bbox[1] + u.bbox[3]) / 2 <= bottom + 3]
        out.extend(inside or [t])
    return out


def _page_number_char(ch: dict, chars: list[dict], page_h: float) -> bool:
    """A digit that is part of the page number ("- 2 -", "第 2 页"; a bare "2" in the bottom tenth of
    the page): the characters on its line within a few character widths of it are one."""
    size = float(ch.get("size") or (ch["bottom"] - ch["top"]) or 10)
    near = sorted((c for c in chars if abs(c["top"] - ch["top"]) < 0.5 * size
                   and ch["x0"] - 3 * size <= c["x0"] <= ch["x1"] + 3 * size), key=lambda c: c["x0"])
    # the run of characters around it, cut at a gap wider than a character
    k = next(i for i, c in enumerate(near) if c is ch)
    a = k
    while a > 0 and near[a]["x0"] - near[a - 1]["x1"] < size:
        a -= 1
    b = k
    while b + 1 < len(near) and near[b + 1]["x0"] - near[b]["x1"] < size:
        b += 1
    text = "".join(c.get("text", "") for c in near[a:b + 1]).strip()
    from .locate import is_page_number

    return is_page_number(text) or (text.isdigit() and len(text) <= 3 and ch["top"] > 0.9 * page_h)


def _page_blocks(page, carry: dict | None = None, notes: list[str] | None = None) -> list[Block]:
    """The page in reading order: text lines and table grids. ``carry``: the header columns of an
    unruled table running to the foot of the page before (``_pad_empty_cells``), updated for the next.
    ``notes``: the import report's notes (a wrapped number joined by the table's arithmetic)."""
    tables = []
    if page.lines or page.rects or page.curves:
        try:
            tables = page.find_tables(_TABLE_SETTINGS)
            if tables and any(_background(r) for r in page.rects):
                tables = _drop_shading_tables(page, tables)
            if len(tables) > 1:
                tables = _own_edges(page, tables)
        except Exception:  # noqa: BLE001 - odd geometry: read the page as text
            tables = []
    out: list[tuple[float, Block]] = []
    boxes = []
    for cells, bbox in _merge_adjacent(tables):
        x0, top, x1, bottom = bbox
        chars = [ch for ch in page.chars if x0 - 1 <= (ch["x0"] + ch["x1"]) / 2 <= x1 + 1
                 and top - 1 <= (ch["top"] + ch["bottom"]) / 2 <= bottom + 1]
        chars += _over_border(page.chars, chars, bbox)
        t = RawTable(cells, chars, bbox)
        t.xs = _snap([c[0] for c in cells] + [c[2] for c in cells])
        if len(t.xs) < 3 and len(_snap([c[1] for c in cells] + [c[3] for c in cells])) < 3:
            continue  # a lone box (a frame around text)
        boxes.append(bbox)
        out.append((top, t))
    words = page.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False, use_text_flow=False,
                               extra_attrs=["size"])
    if boxes:
        words = [w for w in words if not any(_inside(w, b) for b in boxes)]
    words = _join_wrapped_numbers(_join_label_stacks(_drop_serial_column(words)))
    # "续表" over a table's continued part is neither prose nor a row: it would stand between the
    # parts (the continuation no longer the page's first block, an unruled one cut from its header)
    lines = [ln for ln in _lines(words) if not is_continuation_caption(ln.text)]
    lines = _stitch_labels(_join_offset_numbers(lines, notes))
    _pad_empty_cells(lines, carry, float(page.height or 842))
    _margins(lines)
    out.extend((ln.top, ln) for ln in lines)
    out.sort(key=lambda t: t[0])
    return [b for _y, b in out]


_ORDINAL = re.compile(r"^[（(]?[0-9０-９一二三四五六七八九十]{1,3}[)）.．、]")
#: a number's first piece may carry its sign (表二's 本年增/减: "-４" over "６" is -46)
#: ... and may carry its thousands separator ("2，03" over "6" is 2,036)
_SIGNED = re.compile(r"^[-−－+＋]?(?:[0-9０-９.．]+|[0-9０-９][0-9０-９.．,，]*)$")


def _signed(w: dict) -> bool:
    return w["text"][:1] in "-−－+＋"


#: the most lines a wrapped number is joined from: a column one full-width digit wide prints a
#: four- or five-digit number one digit a line
_MAX_PIECES = 6


def _drop_serial_column(words: list[dict]) -> list[dict]:
    """Words of a column numbering the rows of an unruled table (序号), left of the row labels:
    never a value of the table. Such a column is found as small integers drawn one above the other
    (their centres within half a character), each the first word of its line with a label text right
    after it, increasing by one from row to row, at least four of them; its header ("序号", or "序"
    over "号") above the first one goes with it. With such a column in the text, the serial of a row
    printed empty would be the row's only number, and a wrapped piece of a number would hide among
    the serials as one more "extra" number."""
    def size(w: dict) -> float:
        return float(w.get("size") or (w["bottom"] - w["top"]) or 10)

    def mid(w: dict) -> float:
        return (w["top"] + w["bottom"]) / 2

    cands = [w for w in words if SERIAL.match(w["text"])]
    if len(cands) < 4:
        return words
    buckets: dict[int, list[dict]] = {}
    for w in words:
        buckets.setdefault(int(mid(w) // 4), []).append(w)

    valued: set[int] = set()  # serials of lines with a value after the label

    def leads(c: dict) -> bool:
        """The first word of its line, a label text right after it."""
        m, sz = mid(c), size(c)
        line = [x for b in (int(m // 4) - 1, int(m // 4), int(m // 4) + 1) for x in buckets.get(b, ())
                if abs(mid(x) - m) < 0.5 * max(sz, size(x)) and x is not c]
        if any(x["x0"] < c["x0"] for x in line):
            return False
        after = min((x for x in line if x["x0"] >= c["x1"] - 0.5), key=lambda x: x["x0"], default=None)
        if after is None or not (_HAN.search(after["text"]) or _ORDINAL.match(after["text"])):
            return False  # a label after it ("3." of "3. 危及…" is a word of its own)
        if any(_is_value(x) for x in line if x["x0"] > after["x0"]):
            valued.add(id(c))
        return True

    firsts = sorted((c for c in cands if leads(c)), key=lambda c: c["top"])
    drop: set[int] = set()
    used: set[int] = set()
    for w in firsts:
        if id(w) in used:
            continue
        cx = (w["x0"] + w["x1"]) / 2
        col = [c for c in firsts if id(c) not in used and abs((c["x0"] + c["x1"]) / 2 - cx) < 0.5 * size(c)]
        used.update(id(c) for c in col)
        runs: list[list[dict]] = []  # runs increasing by one from row to row
        for c in col:
            if runs and int(c["text"]) == int(runs[-1][-1]["text"]) + 1:
                runs[-1].append(c)
            else:
                runs.append([c])
        for run in runs:
            if len(run) < 4 or sum(1 for c in run if id(c) in valued) < 2:
                continue  # a table's rows (some with values), not numbered lines of prose
            drop.update(id(c) for c in run)
            x0 = min(c["x0"] for c in run) - size(run[0])
            x1 = max(c["x1"] for c in run) + size(run[0])
            top = run[0]["top"]
            for h in words:  # its header: above the first serial, in its column
                if h["text"] in SERIAL_HEADS and h["bottom"] <= top and x0 <= h["x0"] and h["x1"] <= x1 \
                        and top - h["bottom"] < 12 * size(h):
                    drop.add(id(h))
    return [w for w in words if id(w) not in drop] if drop else words

def _join_label_stacks(words: list[dict]) -> list[dict]:
    """A group label printed one character a line in its narrow merged cell ("（" / "四" / "）" / "无"
    / "法" / "提" / "供" beside the rows of （四）无法提供): its "无" is a not-applicable word by itself,
    and read so it was one more value of the row above (15 numbers for 7) or stopped the row's
    wrapped label from being joined. Where such a word stands in a column of short words (three
    characters or fewer, no digits), each the first word of its line and the next one at most 1.8
    font sizes below, and exactly one run of them around it reads an official label of the tables
    top to bottom (the longest such run, holding every other), the run is that label: one word where
    its first character stands."""
    from .rows import NA, classify

    def size(w: dict) -> float:
        return float(w.get("size") or (w["bottom"] - w["top"]) or 10)

    def mid(w: dict) -> float:
        return (w["top"] + w["bottom"]) / 2

    def cx(w: dict) -> float:
        return (w["x0"] + w["x1"]) / 2

    seeds = [w for w in words if classify(w["text"]).kind == NA and _HAN.search(w["text"])]
    if not seeds:
        return words

    def first_of_line(w: dict) -> bool:
        return not any(u is not w and abs(mid(u) - mid(w)) < 0.5 * size(w) and u["x1"] <= w["x0"] + 0.5 for u in words)

    short = [w for w in words if len(w["text"].strip()) <= 3 and not any(ch.isdigit() for ch in w["text"])
             and first_of_line(w)]

    def neighbour(w: dict, step: int) -> dict | None:
        s = size(w)
        near = [u for u in short if u is not w and abs(cx(u) - cx(w)) <= 0.6 * s
                and 0.5 * s <= (mid(u) - mid(w)) * step <= 1.8 * s]
        return min(near, key=lambda u: abs(mid(u) - mid(w)), default=None)

    labels = _labels()
    drop: set[int] = set()
    added: list[dict] = []
    for w in seeds:
        if id(w) in drop or not any(u is w for u in short):
            continue
        up: list[dict] = []
        down: list[dict] = []
        for step, run in ((-1, up), (1, down)):
            cur = w
            while len(run) < 12 and (nxt := neighbour(cur, step)) is not None and all(nxt is not x for x in run):
                run.append(nxt)
                cur = nxt
        stack = up[::-1] + [w] + down
        k = len(up)
        fits = [(a, b) for a in range(k + 1) for b in range(k + 1, len(stack) + 1)
                if b - a >= 3 and norm("".join(x["text"] for x in stack[a:b])) in labels]
        # the label with its ordinal and without ("（四）无法提供", "无法提供"): the longest, when it
        # holds every other reading
        a, b = min(fits, key=lambda f: f[0] - f[1], default=(0, 0))
        if not fits or any(not (a <= c and d <= b) for c, d in fits):
            continue
        run = stack[a:b]
        if any(id(x) in drop for x in run):
            continue
        drop.update(id(x) for x in run)
        added.append(dict(run[0], text="".join(x["text"] for x in run), x0=min(x["x0"] for x in run),
                          x1=max(x["x1"] for x in run), chars=[ch for x in run for ch in x.get("chars", [])]))
    if not added:
        return words
    return [w for w in words if id(w) not in drop] + added


def _join_wrapped_numbers(words: list[dict]) -> list[dict]:
    """A number wrapped over two or more lines of a narrow cell of an unruled table ("30" above
    "01"; "3" / "0" / "0" / "1" in a column one digit wide) is one number when the cell is centred
    in its row: its pieces stand in one column, one line pitch apart, and a number of another
    column of the same row stands exactly at the middle of the pieces (on the line between two
    pieces, or on the line of the middle one of three). A signed number ("-417") is evidence too,
    and a sign starts a number ("-４" over "６" is -46).
    Only numbers count as that evidence: a label merged over two rows also stands between them.
    A count never starts with 0, so a "0" is no first piece (the 0 of a row of zeros above the next
    row's wrapped total, one line apart, is not its top). Pieces without that evidence are left as
    they are (the text reader decides by the arithmetic)."""
    nums = [w for w in words if _SIGNED.match(w["text"]) and any(ch.isdigit() for ch in w["text"]) or w["text"] in ".．"]
    if len(nums) < 3:
        return words
    nums.sort(key=lambda w: w["top"])

    def size(w: dict) -> float:
        return float(w.get("size") or (w["bottom"] - w["top"]) or 10)

    def same_column(a: dict, b: dict, s: float) -> bool:
        return (abs((a["x0"] + a["x1"]) - (b["x0"] + b["x1"])) / 2 <= 0.6 * s or abs(a["x1"] - b["x1"]) <= 0.6 * s
                or abs(a["x0"] - b["x0"]) <= 0.6 * s) and min(a["x1"], b["x1"]) > max(a["x0"], b["x0"]) - 0.6 * s

    below: dict[int, dict] = {}  # id(word) -> the number under it in its column (within 2 line pitches)
    for i, a in enumerate(nums):
        s = size(a)
        for b in nums[i + 1:]:
            d = b["top"] - a["top"]
            if d > 2.2 * s:
                break
            if d >= 0.5 * s and same_column(a, b, s):
                if not _signed(b):  # a signed number starts a number: it is no piece of the one above
                    below[id(a)] = b
                break
    if not below:
        return words
    num_ids = {id(w) for w in nums}
    has_above = {id(b) for b in below.values()}
    # a number with no other number of its column close above or below it stands alone
    singles = [w for w in nums if id(w) not in below and id(w) not in has_above]
    chains: list[list[dict]] = []
    for a in nums:
        if id(a) not in below:
            continue
        s = size(a)
        pitch = below[id(a)]["top"] - a["top"]
        if not 0.95 * s <= pitch <= 1.6 * s:
            continue
        chain = [a]
        while id(chain[-1]) in below and abs(below[id(chain[-1])]["top"] - chain[-1]["top"] - pitch) <= 0.15 * s:
            chain.append(below[id(chain[-1])])
        # the chain must be all of its column there: nothing stacked right above it either
        above = [w for w in nums if below.get(id(w)) is a]
        if 2 <= len(chain) <= _MAX_PIECES and not (above and abs(a["top"] - above[0]["top"] - pitch) <= 0.15 * s):
            chains.append(chain)
    drop: set[int] = set()
    added: list[dict] = []
    for chain in chains:
        if any(id(w) in drop for w in chain):
            continue
        if _LEADING_ZERO.match(unicodedata.normalize("NFKC", "".join(w["text"] for w in chain))):
            continue  # a count never starts with 0: a "0" cell and a number of the row below it
        s = size(chain[0])
        mid = (chain[0]["top"] + chain[-1]["bottom"]) / 2
        col = chain[len(chain) // 2]
        # evidence: a number standing alone in another column, at the middle of the pieces
        others = [w for w in singles if abs((w["top"] + w["bottom"]) / 2 - mid) <= 0.25 * s
                  and not same_column(w, col, s)]
        if not others:
            # a top-aligned cell (Word's default): the row's other numbers stand on the line of the
            # first piece, and the lines of the other pieces hold nothing but such pieces ("４２．１９"
            # beside "9" and a label, "４" alone under it): no label or text of a row of its own
            others = [w for w in nums if abs(w["top"] - chain[0]["top"]) <= 0.25 * s and not same_column(w, col, s)]
            if not others or any(id(w) not in num_ids for b in chain[1:] for w in words
                                 if b["top"] - 0.25 * s <= (w["top"] + w["bottom"]) / 2 <= b["bottom"] + 0.25 * s):
                continue
            others = [chain[0]]
        ref = others[0]
        joined = dict(chain[0], text="".join(w["text"] for w in chain), x0=min(w["x0"] for w in chain),
                      x1=max(w["x1"] for w in chain), top=ref["top"], bottom=ref["bottom"],
                      chars=[ch for w in chain for ch in w.get("chars", [])])
        drop.update(id(w) for w in chain)
        added.append(joined)
    if not added:
        return words
    return [w for w in words if id(w) not in drop] + added


def _digit(ch: dict) -> bool:
    return ch.get("text", "") in _DIGIT_CHARS


_DIGIT_CHARS = frozenset("0123456789.０１２３４５６７８９．")


def _over_border(page_chars: list[dict], inside: list[dict], bbox) -> list[dict]:
    """The digits of a number drawn across the table's left or right border: outside the box, on
    the line of a digit inside it and running on from it without a gap (a printer driver does not
    clip a cell's text: "9466" in a narrow 总计 cell, its last "6" drawn over the double rule and
    beyond). They belong to that number — read without them it would be a wrong 946."""
    x0, top, x1, bottom = bbox
    have = {id(c) for c in inside}
    cand = [c for c in page_chars if id(c) not in have and _digit(c) and top <= (c["top"] + c["bottom"]) / 2 <= bottom
            and (x1 < (c["x0"] + c["x1"]) / 2 < x1 + 40 or x0 - 40 < (c["x0"] + c["x1"]) / 2 < x0)]
    if not cand:
        return []
    edge = [c for c in inside if _digit(c) and (c["x1"] > x1 - 40 or c["x0"] < x0 + 40)]
    out: list[dict] = []
    grown = True
    while grown and cand:
        grown = False
        for c in list(cand):
            size = float(c.get("size") or (c["bottom"] - c["top"]) or 10)
            if any(abs(c["top"] - d["top"]) < 0.3 * size and abs(c["bottom"] - d["bottom"]) < 0.3 * size
                   and (-0.5 <= c["x0"] - d["x1"] <= 0.3 * size or -0.5 <= d["x0"] - c["x1"] <= 0.3 * size)
                   for d in edge + out):
                out.append(c)
                cand.remove(c)
                grown = True
    return out


def _inside(w: dict, box) -> bool:
    cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
    x0, top, x1, bottom = box
    return x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1


def _merge_adjacent(tables) -> list[tuple[list[tuple], tuple]]:
    """Tables found on one page that touch vertically and share their left and right edges are one
    table (the finder cuts a table where a border is not drawn across its whole width)."""
    groups: list[tuple[list[tuple], list[float]]] = []
    for t in sorted(tables, key=lambda t: t.bbox[1]):
        x0, top, x1, bottom = t.bbox
        if groups:
            cells, box = groups[-1]
            if abs(box[0] - x0) <= 3 and abs(box[2] - x1) <= 3 and -3 <= top - box[3] <= 3:
                cells.extend(t.cells)
                box[3] = max(box[3], bottom)
                continue
        groups.append((list(t.cells), [x0, top, x1, bottom]))
    return [(cells, tuple(box)) for cells, box in groups]


def _snap(values: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def _index(edges: list[float], v: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - v))


def _share_columns(prev: list[Block], prev_h: float, blocks: list[Block], h: float) -> None:
    """A table continued on the next page (the last block of one page and the first of the next
    are tables of the same width) is one table: both parts get the union of their column edges,
    so that a part whose merged cells hide some column lines still lands on the full grid."""
    def body(b: Block, height: float) -> bool:  # not a page number, header or footer line
        return not (isinstance(b, Line) and (_is_furniture_text(b.text) or b.top < 0.1 * height
                                             or b.top > 0.9 * height))

    last = next((b for b in reversed(prev) if body(b, prev_h)), None)
    first = next((b for b in blocks if body(b, h)), None)
    if isinstance(last, RawTable) and isinstance(first, RawTable) and \
            abs(last.bbox[0] - first.bbox[0]) <= 3 and abs(last.bbox[2] - first.bbox[2]) <= 3:
        # in place: the parts joined before share the list, so a table over three or more pages
        # ends on one grid (each pair's union alone left the first part narrower than the rest)
        last.xs[:] = _snap(last.xs + first.xs)
        first.xs = last.xs
        first.continues = True


def _is_furniture_text(text: str) -> bool:
    from .locate import is_page_number

    return is_page_number(text)


def _grid(t: RawTable, notes: list[str] | None = None) -> tuple[Grid, set[tuple[int, int]]]:
    """The cells of a table on one grid: every distinct cell edge is a grid line, a merged cell's
    text sits in its top-left grid position and the positions it covers are "". Also returns the
    positions covered by a cell merged down from a row above."""
    from pdfplumber.utils import extract_text

    cells = t.cells
    xs = t.xs
    ys = _snap([c[1] for c in cells] + [c[3] for c in cells])
    n_rows, n_cols = max(1, len(ys) - 1), max(1, len(xs) - 1)
    if n_rows * n_cols > safety.MAX_TABLE_CELLS:
        raise ImportError_("PDF 中的表格过大（单元格数量异常），疑似异常文件，已拒绝导入。")
    rows = [[""] * n_cols for _ in range(n_rows)]
    placed: list[list[dict]] = [[] for _ in cells]
    # characters in no cell the finder found (it misses a cell now and then where a ruling line
    # is drawn in pieces): placed by the grid lines around them, never dropped — a lost digit
    # would leave its row one number short
    loose: dict[tuple[int, int], list[dict]] = {}
    home: dict[int, int] = {}  # id(char) -> the cell it is placed in
    for ch in t.chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        for i, c in enumerate(cells):
            if c[0] <= cx < c[2] and c[1] <= cy < c[3]:
                home[id(ch)] = i
                break
    _out_of_slivers(t.chars, cells, home)
    askew = _rows_askew(t.chars, cells, home, ys)
    for ch in t.chars:
        if id(ch) in home:
            placed[home[id(ch)]].append(ch)
        else:
            cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
            if ch.get("text", "").strip():
                r = min(max(bisect.bisect_right(ys, cy) - 1, 0), n_rows - 1)
                k = min(max(bisect.bisect_right(xs, cx) - 1, 0), n_cols - 1)
                loose.setdefault((r, k), []).append(ch)
    spans: dict[int, set[int]] = {}  # row -> positions continuing a cell that starts further left
    below: set[tuple[int, int]] = set()  # positions covered by a cell that starts in a row above
    owned: dict[tuple[int, int], list[tuple[int, dict]]] = {}  # position -> characters of its cells
    for c, cs in zip(cells, placed):
        r, k = min(_index(ys, c[1]), n_rows - 1), min(_index(xs, c[0]), n_cols - 1)
        r1, k1 = max(r + 1, min(_index(ys, c[3]), n_rows)), max(k + 1, min(_index(xs, c[2]), n_cols))
        if k1 > k + 1:
            for rr in range(r, r1):
                spans.setdefault(rr, set()).update(range(k + 1, k1))
        below.update((rr, kk) for rr in range(r + 1, r1) for kk in range(k, k1))
        if cs:
            owned.setdefault((r, k), []).extend((0, c) for c in cs)
            text = _cell_text(extract_text(cs, x_tolerance=1.5, y_tolerance=2))
            rows[r][k] = (rows[r][k] + text) if rows[r][k] else text
    for (r, k), cs in loose.items():
        text = _cell_text(extract_text(cs, x_tolerance=1.5, y_tolerance=2))
        # (left of the position's own characters: a number drawn over the table's left border)
        left = min(c["x0"] for c in cs) < min((c["x0"] for i, c in owned.get((r, k), [])), default=-1e9)
        rows[r][k] = ((text + rows[r][k]) if left else (rows[r][k] + text)) if rows[r][k] else text
    for r in sorted(askew):  # numbers drawn across the rules: which cell each is in is not known
        label = next((x for x in rows[r] if x.strip() and not any(ch.isdigit() for ch in x)), "")
        if notes is not None and any(any(ch.isdigit() for ch in x) for x in rows[r]):
            notes.append(f"PDF 中表格的一行{f'（“{label}”）' if label else ''}有数字压在表格线上，与单元格错位，"
                         f"无法确定各属哪一格，这一行的数字未读取，请按原文填写。")
        rows[r] = [UNREADABLE if any(ch.isdigit() for ch in text) else text for text in rows[r]]
    return Grid(rows, spans={r: frozenset(v) for r, v in spans.items()}, edges=tuple(xs)), below


def _rows_askew(chars: list[dict], cells: list[tuple], home: dict[int, int], ys: list[float]) -> set[int]:
    """The grid rows whose numbers stand askew of the table's rules: a number cut by a rule between
    two cells — two digits side by side without a gap, in cells beside each other, one of them
    drawn across the line between them (a double rule's gap aside, see ``_out_of_slivers``).
    Text running over the rules stands where the cells are not (a producer placing a line's
    strings by widths of its own, a number too wide for its cell): read by the cells, "28" became
    "2" and an "8" of the next cell, and every number after it one column off. Such a row's numbers
    are left out (blank, with a note), never read into cells they may not be printed in."""
    digits = [ch for ch in chars if _digit(ch) and id(ch) in home and cells[home[id(ch)]][2] - cells[home[id(ch)]][0] >= 4.5]
    if len(digits) < 2:
        return set()
    digits.sort(key=lambda ch: (round(ch["top"]), ch["x0"]))
    out: set[int] = set()
    for a in digits:
        size = float(a.get("size") or (a["bottom"] - a["top"]) or 10)
        ca = cells[home[id(a)]]
        for b in digits:
            cb = cells[home[id(b)]]
            if cb is ca or abs(b["top"] - a["top"]) >= 0.3 * size or not -0.5 <= b["x0"] - a["x1"] <= 0.15 * size:
                continue
            edge = ca[2]
            if abs(cb[0] - edge) <= 1 and (a["x1"] > edge + 0.5 or b["x0"] < edge - 0.5):
                out.update(_index(ys, c[1]) for c in (ca, cb))
    return {min(r, max(0, len(ys) - 2)) for r in out}


def _out_of_slivers(chars: list[dict], cells: list[tuple], home: dict[int, int]) -> None:
    """A digit drawn across a line of a cell too narrow to hold it — the gap between the two lines
    of a double rule — is the end (or start) of the number of the cell beside it, running on into
    the rule without a gap (a printer driver does not clip a cell's text: "5778" in a narrow 总计
    cell, its "8" drawn over the double rule): moved into that cell. Read without it, the number
    was a wrong 577. A digit with no such neighbour, or with numbers on both sides, stays."""
    narrow = {i for i, c in enumerate(cells) if c[2] - c[0] < 4.5}
    if not narrow:
        return
    digits = [ch for ch in chars if _digit(ch) and id(ch) in home]

    def over_rule(ch: dict) -> bool:  # drawn across a line of its sliver, not inside it
        c = cells[home[id(ch)]]
        return home[id(ch)] in narrow and (ch["x0"] < c[0] - 0.3 or ch["x1"] > c[2] + 0.3)

    moved = True
    while moved:  # a number's digits running on over the rule one after the other
        moved = False
        for ch in digits:
            i = home[id(ch)]
            if not over_rule(ch):
                continue
            size = float(ch.get("size") or (ch["bottom"] - ch["top"]) or 10)
            beside = {home[id(d)] for d in digits if home[id(d)] != i and not over_rule(d)
                      and abs(d["top"] - ch["top"]) < 0.3 * size
                      and (-0.5 <= ch["x0"] - d["x1"] <= 0.3 * size or -0.5 <= d["x0"] - ch["x1"] <= 0.3 * size)}
            if len(beside) == 1:  # (numbers on both sides: whose digit it is stays unknown)
                home[id(ch)] = beside.pop()
                moved = True


_THOUSANDS_MARKS = re.compile("[.,，]")


def _cell_text(s: str) -> str:
    # lines inside a ruled cell are one wrapped label or value: joined without a space between
    # CJK, and a number wrapped in a narrow cell ("300" over "1") is one number — the cell's
    # borders account for every digit (a space between digit groups would make it text), also
    # one printed with its thousands separator ("3,1" over "13": 3,113 — whether the groups are
    # right is for the value's parsing to say)
    out = ""
    for ln in (x.strip() for x in s.split("\n")):
        if not ln:
            continue
        digits = out[-1:].isdigit() and ln[0].isdigit() and _THOUSANDS_MARKS.sub("", out).isdigit()
        if out and not digits and out[-1].isascii() and ln[0].isascii() and out[-1].isalnum() and ln[0].isalnum():
            out += " "
        out += ln
    return out


def _lines(words: list[dict]) -> list[Line]:
    """Group words into lines by vertical overlap; words far apart are separated by a tab."""
    words = sorted(words, key=lambda w: (round(w["top"]), w["x0"]))
    groups: list[list[dict]] = []
    for w in words:
        mid = (w["top"] + w["bottom"]) / 2
        for g in reversed(groups[-3:]):
            # within the band of the line's first word, never of the words it took in: labels
            # wrapped in neighbouring columns at half-line offsets overlap one another, and a band
            # growing with each word would chain all their lines into one
            if g[0]["top"] - 1 <= mid <= g[0]["bottom"] + 1:
                g.append(w)
                break
        else:
            groups.append([w])
    out = [_line(g) for g in _merge_split_lines(groups)]
    out.sort(key=lambda ln: ln.top)
    return out


def _merge_split_lines(groups: list[list[dict]]) -> list[list[dict]]:
    """Two groups of ``_lines`` that are one printed line cut by its first word: a word drawn a
    little above the rest of its line (a number centred in a cell with an empty paragraph, the
    last line of a merged label beside the row) is the first word taken, and a word of the line
    drawn a little below the others (WPS draws "1." of "1.属于国家秘密" 0.8 pt lower than the label
    text) falls outside that word's band and starts a group of its own: the row's label and its
    numbers were read as two lines, and the row left blank. The line of a group is where most of
    its characters stand (the median of the characters' middles: long label texts outweigh an
    offset number); two groups next to each other are one line when those stand within a quarter
    of the font size of each other and no word of one overlaps a word of the other horizontally.
    Rows of a table are a line pitch (at least the font size) apart, and the lines of labels
    wrapped at half-line offsets half of one, so neither is ever joined; a group is joined once."""
    if len(groups) < 2:
        return groups

    def centre(g: list[dict], values: bool = False) -> float:
        ws = [w for w in g if _is_value(w)] if values else g
        mids = sorted((w["top"] + w["bottom"]) / 2 for w in ws or g for _ch in range(max(1, len(w["text"]))))
        return mids[len(mids) // 2]

    def close(g: list[dict], h: list[dict], tol: float) -> bool:
        # where most characters stand, or — both holding numbers — where their numbers stand: a
        # label merged over rows, drawn half a line off beside the row ("（五）不予处理" under the
        # row's line), outweighs the numbers it was taken in with
        if abs(centre(g) - centre(h)) <= tol:
            return True
        return any(_is_value(w) for w in g) and any(_is_value(w) for w in h) and \
            abs(centre(g, True) - centre(h, True)) <= tol

    def size(g: list[dict]) -> float:
        return sorted(float(w.get("size") or (w["bottom"] - w["top"]) or 10) for w in g)[len(g) // 2]

    order = sorted(range(len(groups)), key=lambda i: centre(groups[i]))
    out: list[list[dict]] = []
    k = 0
    while k < len(order):
        g = groups[order[k]]
        if k + 1 < len(order):
            h = groups[order[k + 1]]
            if close(g, h, 0.25 * min(size(g), size(h))) and \
                    not any(min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > 0.5 for a in g for b in h):
                out.append(g + h)
                k += 2
                continue
        out.append(g)
        k += 1
    return out


#: not-applicable marks printed in a value cell
_MARKS = frozenset({"-", "--", "—", "——", "–", "/", "－", "―", "\\", "／", "－－"})


def _is_value(w: dict) -> bool:
    """A word that is a table value: a number or a not-applicable mark."""
    return (bool(_SIGNED.match(w["text"])) and any(ch.isdigit() for ch in w["text"])) or w["text"] in _MARKS


def _join_offset_numbers(lines: list[Line], notes: list[str] | None = None) -> list[Line]:
    """Numbers of one table row drawn a little above or below the others: a cell holding an empty
    paragraph after its number (Word, WPS) or two lines of which one is blank centres its number
    half a line away from the row's other numbers. Read as a line of its own, "26" above a row of
    14 numbers became the first of 15 and every number of 表四 moved one column. Such a line of
    values only (numbers, not-applicable marks) is joined to the line with values that it overlaps
    vertically by a quarter of their height or more (two text lines of a table never overlap:
    their pitch is at least the font size), when none of its values overlaps a word of that line
    horizontally and no other line qualifies too. The joined line is ordered by x, so each value
    stands where it is printed."""
    if len(lines) < 2:
        return lines

    def overlap(a: Line, b: Line) -> bool:
        v = min(a.bottom, b.bottom) - max(a.top, b.top)
        return v >= 0.25 * min(a.bottom - a.top, b.bottom - b.top) > 0

    def clear(a: Line, b: Line) -> bool:
        return not any(w["x0"] < u["x1"] + 1 and u["x0"] < w["x1"] + 1 for w in a.words for u in b.words)

    out = list(lines)
    i = 0
    while i < len(out):
        ln = out[i]
        if ln.words and all(_is_value(w) for w in ln.words):
            near = [j for j in (i - 1, i + 1) if 0 <= j < len(out) and any(_is_value(w) for w in out[j].words)
                    and overlap(ln, out[j]) and clear(ln, out[j])]
            if len(near) == 1:
                j = near[0]
                out[min(i, j)] = _line(out[j].words + ln.words)
                del out[max(i, j)]
                i = max(0, min(i, j) - 1)
                continue
        i += 1
    for i in range(len(out) - 1):
        moved = _split_values(out[i], out[i + 1])
        if moved:
            out[i], out[i + 1] = moved
    return _unproven_wraps(out, notes)


@cache
def _row_rules() -> tuple:
    """The row arithmetic of every format: 表三's 总计 = the sum of the applicant columns, 表四's
    block totals (``layout_text.row_rule``), each by the number of values it reads."""
    from ..core.spec import all_formats
    from .layout_text import row_rule

    return tuple(row_rule(f) for f in all_formats())


def _adds_up_row(texts: list[str]) -> bool:
    nums = [unicodedata.normalize("NFKC", t) for t in texts]
    return any(rule(nums) is True for rule in _row_rules())


def _unproven_wraps(lines: list[Line], notes: list[str] | None = None) -> list[Line]:
    """A number wrapped in a narrow cell of an unruled table with nothing to prove how its pieces
    join (a top-aligned cell: "６９" on the row's line, "８" under it; a centred one whose row has
    no other number at the pieces' middle, or whose pieces stand above the row's line:
    ``_join_wrapped_numbers`` joins only where it has that proof). Read as it stands, the row took
    69 for 698, 8 for 3985758 ("３９８５７５" on the label's line, "８" under it) and 1 for 11.

    A line of numbers only is a line of pieces when every number of it stands one line pitch
    (0.8–1.6 font sizes, top to top) above or below exactly one number of the nearest line with
    such a number, each by a different one, and it has fewer numbers than that line (or both have
    one and that line its label, or neither has a label). The numbers so linked are the pieces of
    one cell, top to bottom. When the cell has one piece on a row's line and that row is a 表三 or
    表四 row whose arithmetic holds for exactly one way of taking the cells' pieces — and that way
    takes every piece — the pieces are joined, with a note. Otherwise the cell is unreadable: the row stays
    blank with a note, never a number cut short. The pieces are dropped."""
    def numbers(ln: Line) -> list[dict]:
        return [w for w in ln.words if _is_value(w) and w["text"] not in _MARKS]

    parent: dict[int, int] = {}  # union-find over the ids of linked words

    def find(a: int) -> int:
        while parent.setdefault(a, a) != a:
            a = parent[a]
        return a

    pieces: set[int] = set()  # the lines of pieces
    for i, ln in enumerate(lines):
        mine = numbers(ln)
        if not mine:
            continue
        # words of the line that are no numbers: only a label of a column further left, ending left
        # of the numbers' row labels (a group label wrapped beside the piece: "三、本年度办理" /
        # "结果" on the piece's line); checked against the line the pieces belong to
        aside = [w for w in ln.words if not any(w is u for u in mine)]
        if aside and max(w["x1"] for w in aside) >= min(w["x0"] for w in mine):
            continue
        s = ln.size
        for step in (-1, 1):
            j = i + step
            # the nearest line in that direction with a number over a piece (a line of the
            # label's text may stand between: "（四）无法" / "１ １" / "提供" / the row)
            while 0 <= j < len(lines) and abs(lines[j].top - ln.top) <= 2 * s:
                nums = numbers(lines[j])
                over = [[u for u in nums if u["x0"] < w["x1"] and w["x0"] < u["x1"]
                         and 0.8 * s <= (w["top"] - u["top"]) * -step <= 1.6 * s] for w in mine]
                if any(over):
                    # the row's own label: its last text word before its first number (a group
                    # label "（四）无法提" may stand left of it on the row's line, wrapped beside
                    # the piece as "供")
                    first = min((u["x0"] for u in nums), default=0.0)
                    labels = [u for u in lines[j].words if not any(u is v for v in nums) and u["x1"] <= first + 0.5]
                    if aside and (not labels or max(w["x1"] for w in aside) >= max(u["x0"] for u in labels)) \
                            and not _wrapped_label(labels, aside, step):
                        break  # text beside the numbers that is not left of that row's label, nor its end
                    labelled = len(nums) < len(lines[j].words)
                    # as many: a one-value row's line and its piece, or two lines of pieces (the
                    # label between them: no row of an official table has its label on no line
                    # of its numbers one line pitch from another row's numbers)
                    if all(len(o) == 1 for o in over) and len({id(o[0]) for o in over}) == len(over) and \
                            (len(over) < len(nums) or len(nums) == 1 and labelled or not labelled):
                        pieces.add(i)
                        for w, o in zip(mine, over):
                            parent[find(id(w))] = find(id(o[0]))
                    break
                j += step
    if not pieces:
        return lines
    where = {id(w): (i, w) for i, ln in enumerate(lines) for w in ln.words}
    cells: dict[int, list[dict]] = {}
    for a in parent:
        cells.setdefault(find(a), []).append(where[a][1])
    new: dict[int, str] = {}  # word id -> its text now
    gone: set[int] = set()  # word ids dropped
    by_row: dict[int, list[tuple[dict, list[dict]]]] = {}  # row line -> (its word, the cell's words top down)
    for ws in cells.values():
        ws.sort(key=lambda w: w["top"])
        own = [w for w in ws if where[id(w)][0] not in pieces]
        keep = own[0] if len(own) == 1 else ws[-1]  # a cell of pieces only: the lowest piece (after the label)
        gone.update(id(w) for w in ws if w is not keep)
        new[id(keep)] = UNREADABLE
        if len(own) == 1 and all(b["top"] - a["top"] >= 0.8 * a.get("size", 10) for a, b in zip(ws, ws[1:])):
            by_row.setdefault(where[id(keep)][0], []).append((keep, ws))
    for i, found in by_row.items():
        vals = [w for w in lines[i].words if _is_value(w)]
        # each cell: the runs of its pieces that hold the row's piece
        options = []
        for keep, ws in found:
            k = ws.index(keep)
            options.append([(a, b) for a in range(k + 1) for b in range(k + 1, len(ws) + 1)])
        if len(vals) < 3 or prod(map(len, options)) > 512:
            continue
        fits = []
        for pick in product(*options):
            text = {id(keep): "".join(w["text"] for w in ws[a:b]) for (keep, ws), (a, b) in zip(found, pick)}
            if _adds_up_row([text.get(id(w), w["text"]) for w in vals]):
                fits.append(pick)
        if len(fits) == 1 and all(a == 0 and b == len(ws) for (_keep, ws), (a, b) in zip(found, fits[0])):
            for keep, ws in found:
                new[id(keep)] = "".join(w["text"] for w in ws)
            if notes is not None:
                shown = unicodedata.normalize("NFKC", "、".join(
                    "/".join(w["text"] for w in ws) + " → " + new[id(keep)] for keep, ws in found))
                notes.append(f"PDF 中表格有数字在窄列中折行（{shown}），只有这一种拼接方式使该行数字满足本行的合计关系，"
                             "已按此拼接（请核对）。")
    out = []
    for ln in lines:
        if not any(id(w) in new or id(w) in gone for w in ln.words):
            out.append(ln)
            continue
        ws = [dict(w, text=new[id(w)]) if id(w) in new else w for w in ln.words if id(w) not in gone]
        if ws:
            out.append(_line(ws))
    return out


def _wrapped_label(labels: list[dict], aside: list[dict], step: int) -> bool:
    """The text beside a wrapped number's piece is the rest of the row's own label, wrapped in its
    cell ("一、本年新收政府信息公开申请数" on the row's line, "量" beside the piece under it): the row's
    label words and it read an official row label, which the row's words alone do not."""
    from .locate import row_label_forms

    def text(ws: list[dict]) -> str:
        return "".join("".join(w["text"].split()) for w in sorted(ws, key=lambda w: w["x0"]))

    forms = row_label_forms()
    # a group label's column may stand left of the row's own label on both lines ("（四）" beside
    # "1.本机关不掌握相关政" on the row's line, "无法提" beside "府信息" on the piece's): the row's
    # label and its rest are the words right of some edge, everything else wholly left of it
    for edge in sorted({u["x0"] for u in labels}):
        mine = [u for u in labels if u["x0"] >= edge]
        rest = [w for w in aside if w["x0"] >= edge - 1]
        left = [w for w in labels + aside if not any(w is u for u in mine + rest)]
        if not rest or any(w["x1"] > edge + 0.5 for w in left):
            continue
        own = norm(text(mine))
        joined = norm(text(mine) + text(rest)) if step < 0 else norm(text(rest) + text(mine))
        # the rest may be a middle line of a label over three lines or more (the piece beside it,
        # the label's end under both): then the two lines begin an official label
        if own not in forms and (joined in forms or step < 0 and any(f.startswith(joined) for f in forms)):
            return True
    return False


def _split_values(a: Line, b: Line) -> tuple[Line, Line] | None:
    """Two lines of one row whose label wraps (the label's lines above each other), the row's
    values split between them: those drawn half a line up (a cell with an empty paragraph after
    its number) on the label's first line, the others on its second. Read line by line, "0 0"
    then "1 0 0 0 1" gave 表三's seven numbers in the wrong order. When the values at the ends of
    both lines overlap each other vertically by a quarter of their height or more and none
    overlaps another horizontally, the smaller group joins the larger one's line (equal groups:
    nothing is moved), so that they read in the order they are printed."""
    def tail(ln: Line) -> list[dict]:
        k = len(ln.words)
        while k and _is_value(ln.words[k - 1]):
            k -= 1
        return ln.words[k:] if k else []

    ta, tb = tail(a), tail(b)
    if not ta or not tb or len(ta) == len(tb):
        return None
    v = min(max(w["bottom"] for w in ta), max(w["bottom"] for w in tb)) - max(min(w["top"] for w in ta),
                                                                          min(w["top"] for w in tb))
    h = min(min(w["bottom"] - w["top"] for w in ta), min(w["bottom"] - w["top"] for w in tb))
    if h <= 0 or v < 0.25 * h:
        return None
    if any(w["x0"] < u["x1"] + 1 and u["x0"] < w["x1"] + 1 for w in ta for u in tb):
        return None
    labels_end = max(w["x1"] for w in a.words[:len(a.words) - len(ta)] + b.words[:len(b.words) - len(tb)])
    if min(w["x0"] for w in ta + tb) <= labels_end:
        return None  # values left of a label word: not one row's value columns
    if len(ta) < len(tb):
        return _line(a.words[:len(a.words) - len(ta)]), _line(b.words + ta)
    return _line(a.words + tb), _line(b.words[:len(b.words) - len(tb)])


_NUMBER_PIECE = re.compile(r"[-−－+＋]?[0-9０-９.．,，]*")
_DIGITS = frozenset("0123456789０１２３４５６７８９")


def _line(g: list[dict]) -> Line:
    """One line of words: words far apart (more than 1.8 times the font size) are separated by a
    tab; the touching pieces of a number (the word finder splits where the font size changes: Word
    draws the "-" of "-１６" in a font of its own) are one word, as pdftotext prints them."""
    g.sort(key=lambda w: w["x0"])
    size = max(1.0, sorted(float(w.get("size") or 10) for w in g)[len(g) // 2])
    parts = [g[0]["text"]]
    tabbed = False
    for a, b in zip(g, g[1:]):
        gap = b["x0"] - a["x1"]
        if gap > 1.8 * size:
            parts.append("\t")
            tabbed = True
        elif gap < 0.1 * size and _NUMBER_PIECE.fullmatch(a["text"]) and b["text"][:1] in _DIGITS:
            pass  # (only a number's pieces: a long label drawn over a number's cell is two words)
        else:
            parts.append(" ")
        parts.append(b["text"])
    return Line("".join(parts), min(w["top"] for w in g), max(w["bottom"] for w in g),
                g[0]["x0"], g[-1]["x1"], size, tabbed, words=g)


def _cells(ln: Line) -> list[list[dict]]:
    """The words of a line in cells: the groups the tabs of ``_line`` separate."""
    out: list[list[dict]] = []
    for w in ln.words:
        if out and w["x0"] - out[-1][-1]["x1"] > 1.8 * ln.size:
            out.append([w])
        elif out:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def _stitch_labels(lines: list[Line]) -> list[Line]:
    """Rows of an unruled table whose label cell wraps over several lines, the numbers standing on
    one of them ("1.申请人无正当理由逾期不" / "补正、行政机关不再处理其  —  —" / "政府信息公开申请"):
    the label's other lines are joined to the row. Taken are only words in the label's column
    (starting where the label starts, ending before the numbers), from lines one line pitch apart
    holding no number, and only when the joined text is an official label which the row's own
    part is not, with exactly one way of joining; a line that two rows could take is given to
    neither (the text reader decides as before)."""
    from .rows import NA, NUM, classify

    def is_value(c: list[dict]) -> bool:
        return classify(" ".join(w["text"] for w in c)).kind in (NUM, NA)

    cells = [_cells(ln) for ln in lines]
    def numbers_only(ln: Line) -> bool:  # two or more numbers and nothing else: a row whose label stands apart
        return len(ln.words) >= 2 and all(is_value([w]) for w in ln.words)

    def values_at_end(ln: Line) -> bool:  # narrow number columns stand closer than a tab: "不计其他情 ０ ０ ０ …"
        return len(ln.words) >= 4 and all(is_value([w]) for w in ln.words[-3:])

    valued = [bool(cs) and is_value(cs[-1][-1:]) and (lines[i].tabbed or numbers_only(lines[i])
                                                      or values_at_end(lines[i]))
              for i, cs in enumerate(cells)]
    numeric = [any(is_value(c) or any(is_value([w]) for w in c) for c in cs) for cs in cells]
    labels = row_label_forms()
    groups = _group_labels()

    def split(i: int) -> tuple[list[dict], float]:
        """A row's words left of its numbers, and where its numbers start (narrow number
        columns can stand closer than a tab: "不计其 ０ ０")."""
        ws = lines[i].words
        v = len(ws)
        while v > 0 and is_value([ws[v - 1]]):
            v -= 1
        return ws[:v], ws[v]["x0"]

    def column(words: list[dict], x0: float, end: float, s: float) -> list[dict] | None:
        """The words of a line in the column from x0 to the numbers; None when a word crosses
        its edges or stands in the numbers' place."""
        out = []
        for w in words:
            if w["x1"] > end - 0.5 * s:
                return None
            if w["x0"] >= x0 - 0.3 * s:
                out.append(w)
            elif w["x1"] > x0 - 0.3 * s:
                return None
        return out

    def text(ws: list[dict]) -> str:
        return "".join("".join(w["text"].split()) for w in ws)

    claims: dict[int, list[int]] = {}  # line -> the rows that would take words of it
    plans: dict[int, tuple[float, list[tuple[int, list[dict]]], list[dict], str]] = {}
    for i in range(len(lines)):
        if not valued[i]:
            continue
        ln, s = lines[i], lines[i].size
        left, end = split(i)
        label_cells = [c for c in cells[i] if not is_value(c)]
        # the row has its label — unless that is a group's label merged over its items' rows (in
        # the row's line: "（六）其他处理  / / …" between "2.申请人逾期未按…其" and "政府信息公开申请")
        if label_cells and norm(text(label_cells[-1])) in labels and norm(text(label_cells[-1])) not in groups \
                or norm(text(left)) in labels and norm(text(left)) not in groups:
            continue
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(lines) and not numeric[j]]
        starts = {max(ws, key=lambda w: w["x0"])["x0"] for ws in [left] + [lines[j].words for j in near] if ws}
        # and where each cell of those lines starts: a label printed in runs with gaps between them
        # (Word's kerning: "( 二 ) 部分公开 ( 区分处理的 , …") ends in a word of its own
        starts.update(c[0]["x0"] for c in label_cells + [c for j in near for c in cells[j]] if c)
        found: dict[tuple, tuple] = {}
        for x0 in starts:
            own = column(left, x0, end, s)
            if own is None or (own and norm(text(own)) in labels):
                continue
            reach: dict[int, list[tuple[int, list[dict]]]] = {}
            for step in (-1, 1):
                got: list[tuple[int, list[dict]]] = []
                j, prev = i + step, ln
                # one line pitch: the white between two lines of a cell is well under a line's height;
                # up to 8 lines (the longest label, 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其
                # 政府信息公开申请, in a column five characters wide)
                while 0 <= j < len(lines) and len(got) < 8 and not numeric[j] and \
                        (lines[j].top - prev.bottom if step > 0 else prev.top - lines[j].bottom) <= 0.8 * s:
                    ws = column(lines[j].words, x0, end, s)
                    if ws == [] and len(lines[j].words) <= 2:
                        # only words left of the column: a group label wrapped at half-line offsets
                        # in the column before ("（六）" / "其他处" / "理" between the label's lines)
                        j += step
                        continue
                    if not ws or norm(text(ws)) in labels:
                        break  # nothing in the column, or a row label of its own
                    got.append((j, ws))
                    prev = lines[j]
                    j += step
                reach[step] = got
            for ka in range(len(reach[-1]) + 1):
                for kb in range(len(reach[1]) + 1):
                    if not ka and not kb:
                        continue
                    up, down = reach[-1][:ka][::-1], reach[1][:kb]
                    joined = "".join(text(ws) for _j, ws in up) + text(own) + "".join(text(ws) for _j, ws in down)
                    if norm(joined) in labels:
                        key = (tuple(j for j, _ws in up + down), joined)
                        found.setdefault(key, (x0, up + down, own, joined))
        if len(found) != 1:
            continue
        plan = next(iter(found.values()))
        plans[i] = plan
        for j, _ws in plan[1]:
            claims.setdefault(j, []).append(i)
    taken: dict[int, set[int]] = {}  # line -> ids of the words rows take from it
    for i, (_x0, parts, _own, _joined) in list(plans.items()):
        if any(len(claims[j]) > 1 for j, _ws in parts):
            del plans[i]
            continue
        for j, ws in parts:
            taken.setdefault(j, set()).update(id(w) for w in ws)
    out: list[Line] = []
    for i, ln in enumerate(lines):
        if i in plans:
            _x0, parts, own, joined = plans[i]
            label_words = own + [w for _j, ws in parts for w in ws]
            mine = {id(w) for w in own}
            merged = dict(label_words[0], text=joined, x0=min(w["x0"] for w in label_words),
                          x1=max(w["x1"] for w in label_words))
            left, _end = split(i)
            lead = [w for w in left if id(w) not in mine]
            # the label and the numbers always a tab apart, as in any row of the table
            new = _line(lead + [merged])
            new.text += "\t" + _line(ln.words[len(left):]).text
            new.words = lead + [merged] + ln.words[len(left):]
            # the row stands as high as its label's lines: a table's next line is one line pitch
            # from the label's last line, not from the numbers' line (_own_header_columns)
            new.top = min([ln.top] + [w["top"] for _j, ws in parts for w in ws])
            new.bottom = max([ln.bottom] + [w["bottom"] for _j, ws in parts for w in ws])
            new.x1, new.tabbed = ln.x1, True
            out.append(new)
        elif i in taken:
            rest = [w for w in ln.words if id(w) not in taken[i]]
            if rest:
                out.append(_line(rest))
        else:
            out.append(ln)
    return out


def _pad_empty_cells(lines: list[Line], carry: dict | None = None, page_h: float = 842.0) -> None:
    """A row of an unruled table with fewer numbers than its table has columns ("6.属于四类过程性
    信息  0 0 0 0 0 _ 0", an empty cell): where every number stands under exactly one column of
    the nearest full rows above and below (which must agree), the empty cells are written out as
    empty fields between tabs, so that the text reader sees where the numbers stand. Without such
    rows, the numbers keep their columns when each stands under exactly one column of the table's
    header (``_header_columns``) — for a table going on at the top of the page without its header
    (not repeated), the header of the table that ran to the foot of the page before (``carry``),
    when this page's full rows stand under its columns. Rows whose numbers stand between columns,
    or with neither, are left as they are."""
    rows = [_row_values(ln) for ln in lines]

    def anchors(w: dict) -> tuple[float, float, float]:
        return w["x0"], (w["x0"] + w["x1"]) / 2, w["x1"]

    def by_rows(i: int, label: list[dict], nums: list[dict]) -> list[str] | None:
        """The row's fields on the columns of the nearest fuller rows above and below. When those
        two disagree and only one of them is reached over rows of the table alone (the other lies
        beyond a title or header: the next of 表二's small tables), that one is the row's table."""
        refs = []
        own = []  # per ref: reached over table rows only
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and (rows[j] is None or len(rows[j][1]) <= len(nums)):
                j += step
            if 0 <= j < len(lines):
                refs.append(rows[j][1])
                own.append(all(rows[k] is not None for k in range(min(i, j) + 1, max(i, j))))
        if len(refs) == 2 and (len(refs[0]) != len(refs[1]) or any(
                min(abs(a - b) for a, b in zip(anchors(x), anchors(y))) > 0.3 * lines[i].size
                for x, y in zip(refs[0], refs[1]))):
            # the full rows above and below are not the same columns
            if own.count(True) != 1:
                return None
            refs = [refs[own.index(True)]]
        if not refs:
            return None
        cols = refs[0]
        gaps = [anchors(b)[1] - anchors(a)[1] for a, b in zip(cols, cols[1:])]
        if not gaps or min(gaps) <= 0:
            return None
        tol = min(0.25 * min(gaps), lines[i].size)
        at: list[int] = []
        for w in nums:
            hit = [k for k, c in enumerate(cols) if any(abs(a - b) <= tol for a, b in zip(anchors(w), anchors(c)))]
            if len(hit) != 1:
                return None
            at.append(hit[0])
        if at != sorted(set(at)):
            return None
        if label and max(w["x1"] for w in label) >= min(c["x0"] for c in cols):
            return None  # the label reaches into the number columns
        fields = [""] * len(cols)
        for k, w in zip(at, nums):
            fields[k] = w["text"]
        return fields

    def by_header(i: int, label: list[dict], nums: list[dict]) -> list[str] | None:
        """Without fuller rows that agree (a table printing only its 总计 column, 表四's one value
        row with empty cells): the columns are where the header's lowest texts stand. A row as
        full as the header is written out so too: its values may stand closer than a tab
        ("— — —" under three of 表四's narrow columns, read as fewer cells)."""
        heads = _header_columns(lines, rows, i, top)
        if heads is None or len(nums) > len(heads) or label and max(w["x1"] for w in label) >= heads[0][0]:
            return None
        at = _under_headers(nums, heads, lines[i].size)
        if at is None:
            return None
        fields = [""] * len(heads)
        for k, w in zip(at, nums):
            fields[k] = w["text"]
        return fields

    # the page before, for a table going on at the top of this page without its header
    top = None
    if carry and carry.get("lines"):
        top = dict(carry, page_h=page_h)
    if carry is not None:
        carry.clear()
        from .locate import is_page_number

        n = len(lines)  # without the footer: a page number, lines low on the page set apart from the rest
        while n and lines[n - 1].top > 0.88 * page_h and (is_page_number(lines[n - 1].text) or n == 1
                                                          or lines[n - 1].top - lines[n - 2].bottom > 2.5 * lines[n - 1].size):
            n -= 1
        if n:
            carry.update(lines=lines[:n], rows=rows[:n])
    for i, row in enumerate(rows):
        if row is None:
            continue
        label, nums = row
        fields = by_rows(i, label, nums)
        if fields is not None:
            # the fuller rows may lack a cell too (a sparse table): their columns are the table's
            # only when as many as its header's
            heads = _header_columns(lines, rows, i, top)
            if heads is not None and len(heads) != len(fields):
                fields = None
        fields = fields or by_header(i, label, nums)
        if fields is None:
            continue
        # a row without label (表四's value row) is its fields alone, one per column
        lines[i].text = (_line(list(label)).text + "\t" if label else "") + "\t".join(fields)


def _row_values(ln: Line) -> tuple[list[dict], list[dict]] | None:
    """A table row's line: its label words and its numbers, each number a cell of its own. The
    numbers are the words at the line's end that are numbers or not-applicable marks, each a
    character's width or more from the word before it: narrow number columns stand closer than a
    tab ("９４ １３３" under 其他 and 总计), and so may the first number and the end of a long label
    ("…政府信息公开申请 ７"); the space inside a number printed with a separator ("1 234") is
    narrower. None for a line without tabs (no table row) or without such numbers."""
    from .rows import NA, NUM, classify

    if not ln.tabbed:
        return None
    ws = ln.words
    n = len(ws)
    while n and classify(ws[n - 1]["text"]).kind in (NUM, NA) and (
            n == 1 or ws[n - 1]["x0"] - ws[n - 2]["x1"] >= ln.size):
        n -= 1
    if n == len(ws):
        return None
    return ws[:n], ws[n:]


def _header_columns(lines: list[Line], rows: list, i: int, carried: dict | None = None
                    ) -> list[tuple[float, float]] | None:
    """The value columns of the unruled table holding row ``i`` (see ``_own_header_columns``). A
    table whose rows or header start the page (page furniture alone above) may have its header, or
    the header's upper lines, at the foot of the page before (not repeated): then it is read from
    that page's lines (``carried``) above these, when the header found there has this page's full
    rows under its columns."""
    heads, first = _own_header_columns(lines, rows, i)
    if heads is not None or not carried or not carried.get("lines"):
        return heads
    start = lines[first].top if first < len(lines) else 0.0
    if not all(ln.bottom <= start and ln.top < 0.12 * carried["page_h"] for ln in lines[:first]):
        return None
    before = carried["lines"]
    heads, _first = _own_header_columns(before + lines[first:], carried["rows"] + rows[first:], len(before) + i - first)
    full = [r[1] for r in rows if r is not None and heads is not None and len(r[1]) == len(heads)]
    if heads is None or any(_under_headers(nums, heads, lines[i].size) != list(range(len(heads))) for nums in full):
        return None
    return heads


def _own_header_columns(lines: list[Line], rows: list, i: int) -> tuple[list[tuple[float, float]] | None, int]:
    """The value columns of the unruled table holding row ``i``, from its header: above the table's
    rows and its label-only lines (lines of one table are less than 2.5 line heights apart), the
    header lines are the lines without numbers whose words stand right of the row labels; the
    header ends at a line without such words, a gap, or a line with numbers. A column is a group
    of such words whose extents overlap — a wrapped header ("商业" over "企业"), a group header
    centred over its middle column ("法人或其他组织" over "社会公益组织"); read from the lowest
    header line up, a text over two or more of the columns found below it is a group header and
    names none. Returned only when the groups are as many as the official table has value
    columns: 7 for 表三 (the row's label names it), 15 for 表四 (a row without label under a header
    naming 复议 and 诉讼); otherwise None. Also returns the first line of the table that was looked
    at (its header's top line, or its first row where no header was found above it)."""
    from .rows import NA, NUM, classify

    s = lines[i].size
    label = rows[i][0]

    def near(k: int) -> bool:  # line k and the one below it are lines of one table
        # (two rows of it may stand further apart: a cell holding an empty paragraph makes its
        # row taller)
        gap = lines[k + 1].top - lines[k].bottom
        return gap <= 2.5 * s or gap <= 4 * s and rows[k] is not None and rows[k + 1] is not None

    def numbered(ln: Line) -> bool:
        return any(classify(w["text"]).kind in (NUM, NA) for w in ln.words)

    label_x1 = max([w["x1"] for w in label] or [0.0])
    k = i + 1
    while k < len(lines) and near(k - 1) and rows[k] is not None:  # the rows below: their labels
        label_x1 = max([label_x1] + [w["x1"] for w in rows[k][0]])
        k += 1
    # up over the table's rows and its label-only lines to the lowest header line
    k = i - 1
    while k >= 0 and near(k):
        if rows[k] is not None:
            label_x1 = max([label_x1] + [w["x1"] for w in rows[k][0]])
        elif numbered(lines[k]):
            return None, k + 1  # numbers that are no row of the table: not a header above
        elif lines[k].x1 > label_x1 + s:
            break
        k -= 1
    else:
        return None, k + 1  # the table's rows start the page, or a gap above them
    # the header lines: words right of the labels, up to a line without any or with numbers
    # bottom-up: a text over two or more columns found below it is a group header (法人或其他组织,
    # 申请人情况) and names no column of its own
    head: list[dict] = []
    groups: list[list] = []  # [x0, x1, its texts top down]
    first = k + 1
    while k >= 0 and rows[k] is None and not numbered(lines[k]):
        # (a block's title right above its header, 表二's 第二十条第（一）项, is no column's)
        ws = [w for w in lines[k].words if w["x0"] >= label_x1 - 0.5 * s and norm(w["text"]) not in _label_heads()]
        if not ws:
            break
        first = k
        head.extend(ws)
        own: list[list] = []  # the line's words, overlapping ones together (a wrapped text)
        for w in sorted(ws, key=lambda w: w["x0"]):
            if own and w["x0"] < own[-1][1]:
                own[-1][1] = max(own[-1][1], w["x1"])
                own[-1][2] += w["text"]
            else:
                own.append([w["x0"], w["x1"], w["text"]])
        for g in own:
            under = [h for h in groups if g[0] < h[1] and h[0] < g[1]]
            if not under:
                groups.append(g)
            elif len(under) == 1:
                under[0][0], under[0][1], under[0][2] = min(under[0][0], g[0]), max(under[0][1], g[1]), g[2] + under[0][2]
        groups.sort()
        if k == 0 or lines[k].top - lines[k - 1].bottom > 2.5 * s:
            break
        k -= 1
    # the label column's own header centred over it (表二's 信息内容, "信息" over "内容") heads no value column
    groups = [g for g in groups if norm(g[2]) not in _label_heads()]
    if not head or any(a[1] > b[0] for a, b in zip(groups, groups[1:])):
        return None, first
    text = "".join(w["text"] for w in head)
    # the row's label, or its last cell: a group label may stand before it on its line ("果" of
    # 三、本年度办理结果 wrapped beside "（二）部分公开（…）")
    own = _line(list(label)).text.split("\t")[-1] if label else ""
    # ... closer than a tab to it, as a wrapped group label's line ("无法提 2.没有现成信息需要另行制作")
    key = (row_table([_line(list(label)).text]) or row_table([own])
           or (row_table([own.split()[-1]]) if len(own.split()) > 1 else None)) if label else None
    want = {7} if key == "t3" else {15} if not label and "复议" in text and "诉讼" in text else \
        _t2_widths().get(norm(own), frozenset()) if key == "t2" else set()
    if len(groups) not in want:
        return None, first
    return [(g[0], g[1]) for g in groups], first


@cache
def _label_heads() -> frozenset[str]:
    """Texts of the official tables that head no value column, normalised: the headers over their
    label columns (表二's 信息内容, 表三's corner) and the titles (表二's 第二十条第（一）项 right
    above its block's header)."""
    from ..core.spec import all_formats

    return frozenset(norm(it.text) for f in all_formats() for t in f.tables for it in t.items
                     if it.text and (it.role == "title" or it.role in ("header", "corner") and it.c < t.label_cols))


@cache
def _t2_widths() -> dict[str, frozenset[int]]:
    """表二's row labels (normalised, also in short forms) -> how many value cells the row has in
    the formats that print it (规章 3; 行政许可 3 in the 2019 format, 1 in the 2021 one)."""
    from ..core.spec import all_formats
    from .locate import short_forms, table_rows

    out: dict[str, set[int]] = {}
    for f in all_formats():
        for t in f.tables:
            if t.key != "t2":
                continue
            for r in table_rows(t):
                for x in [norm(r.label)] + short_forms(r.label):
                    out.setdefault(x, set()).add(len(r.cells))
    return {x: frozenset(n) for x, n in out.items()}


def _under_headers(nums: list[dict], heads: list[tuple[float, float]], size: float) -> list[int] | None:
    """The header column each number stands under (its middle within the column's extent, a
    quarter of the font size to spare), one column each and in order; None otherwise."""
    at: list[int] = []
    for w in nums:
        mid = (w["x0"] + w["x1"]) / 2
        hit = [k for k, (a, b) in enumerate(heads) if a - 0.25 * size <= mid <= b + 0.25 * size]
        if len(hit) != 1:
            return None
        at.append(hit[0])
    return at if at == sorted(set(at)) else None


def _margins(lines: list[Line]) -> None:
    """Mark lines that reach the right margin of the text body and lines that are indented."""
    body = [ln for ln in lines if not ln.tabbed and len(ln.text) >= 8]
    if len(body) < 2:
        return
    lefts = sorted(ln.x0 for ln in body)
    left = lefts[len(lefts) // 4]
    right = max(ln.x1 for ln in body)
    for ln in lines:
        ln.right = right
        ln.indented = ln.x0 > left + 0.8 * ln.size


_LEAD_RUN = re.compile(r"[0-9A-Za-z.,%+\-]+")


def _fills(prev: Line, nxt: Line) -> bool:
    """The first word of ``nxt`` would not have fit at the end of ``prev``: prev was wrapped."""
    m = _LEAD_RUN.match(nxt.text)
    first = len(m.group(0)) * 0.6 * nxt.size if m else nxt.size
    return prev.x1 + first + 0.3 * prev.size >= prev.right


_SENTENCE_END = re.compile(r"[。！？!?；;：:]$")


def _join(lines: list[Line]) -> list[str]:
    """Rebuild paragraphs: a line reaching the right margin continues on the next line unless that
    one is indented (a new paragraph) or is a table row; page furniture is already gone."""
    out: list[str] = []
    prev: Line | None = None
    for ln in lines:
        if prev is not None and out and prev.right and _fills(prev, ln) and not prev.tabbed and not ln.tabbed and not ln.indented \
                and not (ln.top > prev.top and ln.top - prev.bottom > 1.5 * ln.size and _SENTENCE_END.search(prev.text)) \
                and not _values_only(prev) and not _values_only(ln):
            a, b = out[-1], ln.text
            sep = " " if a and b and a[-1].isascii() and b[0].isascii() and a[-1].isalnum() and b[0].isalnum() else ""
            out[-1] = a + sep + b
        else:
            out.append(ln.text)
        prev = ln
    return out


def _values_only(ln: Line) -> bool:
    """A line of two or more numbers or not-applicable marks and nothing else ("— — … —", a table's
    value row printed a space apart, reaching the right margin): a table row, never a wrapped line
    of a paragraph — joined to the next line ("注：本表…") its last mark would be text."""
    from .rows import NA, NUM, classify

    parts = ln.text.split()
    return len(parts) >= 2 and all(classify(x).kind in (NUM, NA) for x in parts)


_URL = re.compile(r"(?:https?://|www\.)[!-~]+", re.I)


def _furniture_key(ln: Line) -> str:
    """A line's text with its digits made one mark and a web address one word: a browser prints
    the page's address and title on every page (the address long, and its digits the same), beside
    the date, the time and "1/5"."""
    return re.sub(r"\d+", "#", _URL.sub("URL", "".join(ln.text.split())))


def _drop_furniture(pages: list[list[Block]], heights: list[float]) -> None:
    """Remove page numbers ("- 1 -", "第 1 页") and running headers/footers: the same text line
    (digits aside) at the same height in the top or bottom margin of most pages."""
    from .locate import is_page_number

    for blocks in pages:
        blocks[:] = [b for b in blocks if not (isinstance(b, Line) and is_page_number(b.text))]
    if len(pages) < 2:
        return
    seen: Counter = Counter()
    for blocks, h in zip(pages, heights):
        seen.update({(round(b.top / 4), _furniture_key(b)) for b in blocks
                     if isinstance(b, Line) and (b.top < 0.12 * h or b.top > 0.88 * h)})
    limit = max(3, (len(pages) * 2 + 2) // 3)
    # a line with a web address in the margin of every page of a short document is the
    # browser's running header/footer too (two pages are too few to tell a running line otherwise)
    running = {k for k, n in seen.items() if k[1] and len(k[1]) <= 60
               and (n >= limit or (n == len(pages) and "URL" in k[1]))}
    if not running:
        return
    for blocks in pages:
        blocks[:] = [b for b in blocks if not (isinstance(b, Line) and (round(b.top / 4), _furniture_key(b)) in running)]
