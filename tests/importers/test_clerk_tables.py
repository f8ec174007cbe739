"""Tables as clerks really lay them out in Word and on web pages: an extra empty column (a spacer
left after the label column, an unused last column), merged cells written as real merges, as
repeated text or as empty cells. The numbers must land in their own cells — never shifted into the
neighbouring block (表四 read as "a truncated row" put 行政诉讼's numbers under 行政复议)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import import_holdout as ho  # noqa: E402

from gkdesk.core import storage  # noqa: E402
from gkdesk.core.values import BLANK, parse_value  # noqa: E402
from gkdesk.importers import import_bytes  # noqa: E402
from gkdesk.importers.structured import fit_to_grid  # noqa: E402


def _report(consistent: bool = False):
    """The example report with distinct non-zero numbers, and 行政复议 printed empty (no case); with
    ``consistent`` each block's 总计 is the sum of its parts (else every cell has a number of its own)."""
    doc = storage.load(ROOT / "resources" / "example-2021.json")
    t4 = doc.spec.table("t4")
    for i, cell in enumerate(t4.cells):
        doc._put(cell.id, BLANK if cell.id.startswith("t4.review.") else parse_value(str(11 + i)))
    if consistent:
        for s in t4.sums:
            if not s.target.startswith("t4.review."):
                doc._put(s.target, parse_value(str(sum(doc.value(p).number for p in s.parts))))
    doc.manual |= {c for c, s in doc.spec.cells.items() if s.derived}
    return doc


def _check(doc, data: bytes, name: str, printed: dict):
    res = import_bytes(data, name)
    truth = ho.holdout_truth(doc, printed, name)
    counts, issues = ho.compare_case(res.doc, truth, name)
    assert [i for i in issues] == []
    assert counts["wrong"] == counts["invented"] == counts["missed"] == 0


@pytest.mark.parametrize("merge", ["merge", "repeat", "empty"])
@pytest.mark.parametrize("extra", ["end", "after_labels"])
def test_word_table_with_an_extra_empty_column(merge, extra):
    doc = _report()
    style = ho.Style(merge=merge, extra_col=extra, wrap_headers=True, pad=0.5, fullwidth=0.3, split_t2=True,
                     table_notes=True, page_numbers=True)
    printed: dict = {}
    data = ho.write_clerk_docx(doc, style, random.Random(7), printed)
    assert printed["t4.direct.upheld"] != ""  # the numbers the shifted reading would move
    _check(doc, data, "clerk.docx", printed)


@pytest.mark.parametrize("extra", ["end", "after_labels"])
def test_web_table_with_an_extra_empty_column(extra):
    doc = _report()
    style = ho.Style(merge="repeat", extra_col=extra, na_mark="", table_notes=True)
    printed: dict = {}
    page = ho.write_cms_html(doc, style, random.Random(3), printed)
    _check(doc, page.encode("utf-8"), "page.html", printed)


def test_fit_to_grid_drops_only_an_unambiguous_empty_column():
    head = ["信息内容", "", "本年制发件数", "本年废止件数", "现行有效件数"]
    rows = [head, ["规章", "", "1", "0", "5"], ["行政规范性文件", " ", "２ ", "1", "9"]]
    assert fit_to_grid(rows, 4) == [[c for i, c in enumerate(r) if i != 1] for r in rows]
    # a column with a header of its own is a real column, even when all its numbers are blank
    rows2 = [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "备注"], ["规章", "1", "0", "5", ""]]
    assert fit_to_grid(rows2, 4) == rows2
    # two empty columns but one surplus: which one is the spacer is unknown — rows left as they are
    rows3 = [["信息内容", "", "本年制发件数", "", "现行有效件数"], ["规章", "", "1", "", "5"]]
    assert fit_to_grid(rows3, 4) == rows3
    # a title row repeated over a merge is not content; a number in the column is
    rows4 = [["第二十条第（一）项"] * 5, head, ["规章", "3", "1", "0", "5"]]
    assert fit_to_grid(rows4, 4) == rows4


def _table4_docx(doc, extra: str) -> bytes:
    """表四 as a clerk types it into a Word table of their own: the official 15 columns plus a 备注
    (remarks) or 合计 column with its own header, or a "单位：件" line as the table's first row."""
    import docx

    t = doc.spec.table("t4")
    d = docx.Document()
    d.add_paragraph(doc.title)
    d.add_paragraph("四、政府信息公开行政复议、行政诉讼情况")
    top = 1 if extra == "unit" else 0
    n_cols = t.n_cols + (extra != "unit")
    table = d.add_table(rows=t.n_rows + top, cols=n_cols)
    for it in t.items:
        text = doc.value(it.cell).text if it.role == "value" else it.text
        table.cell(it.r + top, it.c).text = text
        if it.rs > 1 or it.cs > 1:
            table.cell(it.r + top, it.c).merge(table.cell(it.r + top + it.rs - 1, it.c + it.cs - 1))
    if extra == "unit":
        table.cell(0, 0).merge(table.cell(0, n_cols - 1)).text = "单位：件"
    else:
        table.cell(0, t.n_cols).merge(table.cell(t.header_rows - 1, t.n_cols)).text = \
            {"remarks": "备注", "total": "合计"}[extra]
        total = sum(doc.value(c.id).number or 0 for c in t.cells if c.derived)
        table.cell(t.n_rows - 1, t.n_cols).text = {"remarks": "无", "total": str(total)}[extra]
    return _save(d)


@pytest.mark.parametrize("extra", ["remarks", "total", "unit"])
def test_word_table4_with_a_remarks_column_keeps_blocks_in_place(extra):
    """The extra column is matched to no official column by its header and left out; the 15 numbers
    are read in place by their column headers (结果维持 … 总计 under 行政复议 / 未经复议直接起诉 / 复议后起诉)."""
    doc = _report(consistent=True)
    t = doc.spec.table("t4")
    res = import_bytes(_table4_docx(doc, extra), "t4.docx")
    for c in t.cells:
        assert res.doc.value(c.id) == doc.value(c.id), c.id
    if extra != "unit":
        assert any("多出" in n.message and ("备注" in n.message or "合计" in n.message) for n in res.notes)


def test_word_table4_with_a_remarks_column_never_shifts_numbers():
    """The same table: the grid reader's text fallback must not take the end of one table for a report
    cut off mid-table (it once put 行政诉讼's 10 numbers into the first 10 cells, under 行政复议)."""
    import docx

    doc = _report()
    t = doc.spec.table("t4")
    d = docx.Document()
    d.add_paragraph(doc.title)
    d.add_paragraph("四、政府信息公开行政复议、行政诉讼情况")
    table = d.add_table(rows=t.n_rows, cols=t.n_cols + 1)
    for it in t.items:
        text = doc.value(it.cell).text if it.role == "value" else it.text
        table.cell(it.r, it.c).text = text
    table.cell(0, t.n_cols).text = "备注"
    res = import_bytes(_save(d), "t4.docx")
    wrong = [c.id for c in t.cells if not res.doc.value(c.id).is_blank and res.doc.value(c.id) != doc.value(c.id)]
    assert not wrong
    assert any("表四" in n.message and n.level in ("ambiguous", "missing") for n in res.notes)
    # its 总计 are not the sums of their parts: a reading by the headers is not trusted either
    assert any("表四" in n.message and "勾稽" in n.message and "未按列标题读取" in n.message for n in res.notes)


@pytest.mark.parametrize("merge,named", [("merge", ("serial", "remarks", "unit")), ("repeat", ("serial",)),
                                         ("empty", ("remarks",)), ("repeat", ("total", "unit"))])
def test_word_tables_with_serial_and_remarks_columns_are_read_in_place(merge, named):
    """表二/表三/表四 with a 序号 column first and/or a 备注 column last (and 表四 with a 合计 column, a
    "单位：件" line on top): every printed number in its own cell, the extra columns' texts and serial
    numbers never read as values."""
    doc = storage.load(ROOT / "resources" / "example-2021.json")
    style = ho.Style(merge=merge, named=named, wrap_headers=True, pad=0.5, table_notes=True)
    printed: dict = {}
    _check(doc, ho.write_clerk_docx(doc, style, random.Random(5), printed), "wide.docx", printed)


@pytest.mark.parametrize("named", [("serial", "remarks"), ("remarks", "total", "unit")])
def test_web_tables_with_serial_and_remarks_columns_are_read_in_place(named):
    doc = storage.load(ROOT / "resources" / "example-2021.json")
    style = ho.Style(merge="repeat", named=named, na_mark="—", split_t2=True)
    printed: dict = {}
    page = ho.write_cms_html(doc, style, random.Random(5), printed)
    _check(doc, page.encode("utf-8"), "wide.html", printed)


def test_map_columns_refuses_what_the_headers_do_not_settle():
    from gkdesk.core.spec import get_format
    from gkdesk.importers.grid import map_columns

    t = get_format("2021").table("t2")
    head = ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "备注"]
    rows = [["第二十条第（一）项"] * 5, head, ["规章", "1", "0", "5", "无"], ["行政规范性文件", "2", "1", "9", ""]]
    got = map_columns(t, rows)
    assert got is not None and got[1] == ["备注"]
    assert got[0][2:] == [["规章", "1", "0", "5"], ["行政规范性文件", "2", "1", "9"]]
    # two columns named 本年废止件数: which one is the official column is not known
    twice = [head[:3] + ["本年废止件数"] + head[3:]] + [r[:3] + ["3"] + r[3:] for r in rows[2:]]
    assert map_columns(t, [rows[0] + ["x"], *twice]) is None
    # a column without a header that holds numbers is not left out silently
    bare = [head + [""]] + [r + ["7"] for r in rows[2:]]
    assert map_columns(t, bare) is None
    # an official column missing from the header: no reading
    short = [[x for i, x in enumerate(r) if i != 2] + ["x"] for r in [head, *rows[2:]]]
    assert map_columns(t, short) is None


def _save(d) -> bytes:
    import io

    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_superscript_note_marker_is_not_a_digit_of_the_number():
    """A clerk's footnote marker typed as superscript after a number (“3¹”, “27*”) is a note, not a
    digit: the cell is 3, not 31; the import report says so."""
    import io

    import docx

    doc = storage.load(ROOT / "resources" / "example-2021.json")
    printed: dict = {}
    data = ho.write_clerk_docx(doc, ho.Style(), random.Random(1), printed)
    d = docx.Document(io.BytesIO(data))
    marked = []
    for table in d.tables:
        for row in table.rows:
            for cell in row.cells:
                text = cell.text.strip()
                if text.isdigit() and text != "0" and len(marked) < 4 and cell._tc not in [m[0] for m in marked]:
                    run = cell.paragraphs[0].add_run("1" if len(marked) % 2 else "*")
                    run.font.superscript = True
                    marked.append((cell._tc, text))
    assert len(marked) == 4
    res = import_bytes(_save(d), "marked.docx")
    counts, issues = ho.compare_case(res.doc, ho.holdout_truth(doc, printed, "m"), "m")
    assert issues == []
    warned = [n.message for n in res.notes if "上标" in n.message]
    assert len(warned) == 4 and "“" + marked[0][1] + "”" in warned[0]


def test_sup_in_a_web_table_cell_is_not_a_digit_of_the_number():
    import re

    doc = storage.load(ROOT / "resources" / "example-2021.json")
    printed: dict = {}
    page = ho.write_cms_html(doc, ho.Style(), random.Random(1), printed)
    n = [0]

    def mark(m):
        n[0] += 1
        marker = {1: "<sup>1)</sup>", 2: "<sub>*</sub>", 3: '<span style="vertical-align: super">2</span>'}
        return m.group(1) + marker.get(n[0], "") + "</td>"

    page = re.sub(r"(>[1-9][0-9]*)</td>", mark, page)
    res = import_bytes(page.encode("utf-8"), "page.html")
    counts, issues = ho.compare_case(res.doc, ho.holdout_truth(doc, printed, "m"), "m")
    assert issues == []
    assert sum("上标" in x.message for x in res.notes) == 3


@pytest.mark.parametrize("split,repeat_head", [(7, True), (9, False), (15, True)])
def test_web_table_split_without_the_cut_label_cells_is_never_shifted(monkeypatch, split, repeat_head):
    """表三 on a web page cut into two <table>s by hand: the second part has no cells for the
    rowspans the cut interrupted (三、本年度办理结果, （三）不予公开), so its rows are one or two cells
    short. Padded at the end and read by grid position they put every number one or two columns
    to the left (0 under 自然人 where the page prints nothing, 1 under 其他 for 法律服务机构's 1)."""
    doc = storage.load(ROOT / "resources" / "example-2021.json")
    for cid in list(doc.spec.cells):
        if cid.startswith("t3.") and cid.endswith((".natural", ".business")) and \
                not cid.startswith(("t3.new.", "t3.carried.", "t3.granted.")):
            doc._put(cid, BLANK)  # rows whose first value cells are printed empty
    doc.manual |= {c for c, s in doc.spec.cells.items() if s.derived}
    full = ho.grid_items

    def without_cut_cells(*args):
        return [x for x in full(*args) if not (x[4] == "" and x[5] != "value")]

    monkeypatch.setattr(ho, "grid_items", without_cut_cells)
    printed: dict = {}
    page = ho.write_cms_html(doc, ho.Style(split_t3=split, repeat_head=repeat_head), random.Random(1), printed)
    assert page.count("<table") == 4
    res = import_bytes(page.encode("utf-8"), "page.html")
    counts, issues = ho.compare_case(res.doc, ho.holdout_truth(doc, printed, "p"), "p")
    assert [i for i in issues if i[0] != "missed"] == []
    assert counts["right"] >= 180


def _t3_two_label_columns_html(doc) -> tuple[str, dict[str, str]]:
    """A web page whose 表三 has two label columns (the clerk dropped the 三、本年度办理结果 column)
    and a 备注 column: as many columns as the official table, each number one column left of its
    official position, the remarks where 总计 would be."""
    t = doc.spec.table("t3")
    top = next(it for it in t.items if it.role == "rowlabel" and it.c == 0 and it.rs > 1)  # 三、本年度办理结果
    cells: dict[int, list[str]] = {}
    printed: dict[str, str] = {}
    for it in sorted(t.items, key=lambda it: (it.r, it.c)):
        if it is top:
            continue
        c, cs = it.c, it.cs
        if it.role in ("corner", "rowlabel") and c == 0 and cs == 3:
            cs = 2
        elif c > 0 and not (it.role == "corner"):
            c -= 1
        text = it.text
        if it.role == "value":
            text = doc.value(it.cell).text
            printed[it.cell] = text
        span = (f' rowspan="{it.rs}"' if it.rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
        cells.setdefault(it.r, []).append(f"<td{span}>{text}</td>")
        if it.r == 0 and it.role == "header" and it.cs == 7:
            cells[0].append(f'<td rowspan="{t.header_rows}">备注</td>')
    for r in range(t.header_rows, t.n_rows):
        cells[r].append("<td>无</td>" if r % 3 == 0 else "<td></td>")
    body = "".join(f"<tr>{''.join(v)}</tr>" for _r, v in sorted(cells.items()))
    page = (f"<html><body><h1>{doc.title}</h1><p>三、收到和处理政府信息公开申请情况</p>"
            f"<table border='1'>{body}</table></body></html>")
    return page, printed


def test_table_as_wide_as_the_official_one_with_a_remarks_column_is_read_by_its_headers():
    doc = storage.load(ROOT / "resources" / "example-2021.json")
    page, printed = _t3_two_label_columns_html(doc)
    res = import_bytes(page.encode("utf-8"), "t3.html")
    got = {cid: res.doc.value(cid).text for cid in printed if not res.doc.value(cid).is_blank}
    # read by position, every number would be its right neighbour's, and 备注's 无 the 总计
    assert got == printed
    assert any("备注" in n.message and "按列标题对应读取" in n.message for n in res.notes)
