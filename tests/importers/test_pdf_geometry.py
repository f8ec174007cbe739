"""PDFs drawn by generators other than Word/LibreOffice (tools/holdout_pdf.py, reportlab's canvas):
table pages turned a quarter (landscape sections printed on portrait paper, with and without
/Rotate), cell borders drawn as thin filled rectangles, characters placed one by one or spaced,
cells drawn column by column. Every cell is read back and compared with what was printed."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import holdout_pdf  # noqa: E402
import import_holdout as ho  # noqa: E402

from gkdesk.core import storage  # noqa: E402
from gkdesk.importers import import_bytes  # noqa: E402

EXAMPLE = ROOT / "resources" / "example-2021.json"
SEED_2019 = ROOT / "tests" / "data" / "seeds" / "seed_003.json"


def _case(path: Path, na_mark: str = "", fullwidth: float = 0.0, **geometry):
    doc = storage.load(path)
    style = ho.Style(na_mark=na_mark, fullwidth=fullwidth)
    pstyle = holdout_pdf.PdfStyle(**geometry)
    printed: dict[str, str] = {}
    data = holdout_pdf.write_plain_pdf(doc, style, pstyle, random.Random(5), printed)
    return doc, data, ho.holdout_truth(doc, printed, path.stem)


def _read(doc, data, truth):
    res = import_bytes(data, "report.pdf")
    counts, issues = ho.compare_case(res.doc, truth, "report")
    return res, counts, issues


@pytest.mark.parametrize("page", ["sideways", "sideways270", "rotate90", "rotate270", "landscape"])
def test_turned_table_pages_read_every_cell(page):
    doc, data, truth = _case(EXAMPLE, page=page, rules="grid", page_h=620.0)
    res, counts, issues = _read(doc, data, truth)
    assert issues == []
    assert res.doc.sections == doc.sections


def test_the_sideways_page_really_is_drawn_turned():
    import io

    import pdfplumber

    _doc, data, _truth = _case(EXAMPLE, page="sideways", rules="grid")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        turned = [p.page_number for p in pdf.pages if p.chars and not any(c["upright"] for c in p.chars)]
        rotate = [p.rotation for p in pdf.pages]
    assert turned and set(rotate) == {0}


@pytest.mark.parametrize("geometry", [dict(rules="rects", chars="single", order="columns"),
                                      dict(rules="grid", chars="spaced", order="reverse", page="sideways"),
                                      dict(rules="rects", chars="spaced", order="rows", page="rotate270")],
                         ids=["rects-single-columns", "spaced-reverse-sideways", "rects-spaced-rotate270"])
def test_rules_as_rectangles_and_characters_placed_one_by_one(geometry):
    doc, data, truth = _case(SEED_2019, na_mark="—", page_h=500.0, **geometry)
    _res, counts, issues = _read(doc, data, truth)
    assert issues == []


@pytest.mark.parametrize("rules", ["none", "hrules"])
def test_numbers_wrapped_in_narrow_unruled_cells_are_joined_or_left_blank(rules):
    """表三 with 3–4-digit numbers in full-width digits in narrow columns of an unruled table (or
    one with only row rules): "３０" above "０１" in a cell centred in its row is 3001, never 30 and
    1 put into neighbouring columns."""
    from decimal import Decimal

    from gkdesk.core.values import number

    doc = storage.load(EXAMPLE)
    for c in doc.spec.table("t3").cells:  # every identity is linear: scaled, the table still adds up
        v = doc.value(c.id)
        if v.number is not None:
            doc._put(c.id, number(v.number * Decimal(137)))
    style = ho.Style(fullwidth=1.0)
    pstyle = holdout_pdf.PdfStyle(rules=rules, font=10.5, num_w=26.0, row_pad=2.0, page_h=842.0)
    printed: dict[str, str] = {}
    data = holdout_pdf.write_plain_pdf(doc, style, pstyle, random.Random(3), printed)
    truth = ho.holdout_truth(doc, printed, "wrapped")
    _res, counts, issues = _read(doc, data, truth)
    assert [i for i in issues if i[0] != "missed"] == []
    t3 = [c.id for c in doc.spec.table("t3").cells]
    missed = [i[1] for i in issues if i[1] in t3]
    assert len(missed) <= 0.1 * len(t3), missed


PDFS = ROOT / "tests" / "data" / "pdf"


def test_rows_printed_over_many_pages_read_every_cell():
    """A clerk's Word report on 6.5 cm pages through LibreOffice (tests/data/pdf/make_pdfs.py):
    below 表三's repeated header each page holds a line or two of a row, and 4-digit numbers wrap
    in their narrow cells, so a row, its label and its numbers run over several pages."""
    import json

    meta = json.loads((PDFS / "t3_row_per_page_lo.printed.json").read_text(encoding="utf-8"))
    doc = storage.load(ROOT / meta["source"])
    truth = ho.holdout_truth(doc, meta["printed"], "t3_row_per_page_lo")
    res, counts, issues = _read(doc, (PDFS / "t3_row_per_page_lo.pdf").read_bytes(), truth)
    assert issues == []
    assert counts["right"] == len(doc.spec.cells)


HEAD3 = ["", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]


def _join(prev_rows, *parts):
    from gkdesk.importers.pdf_reader import _join_continuation
    from gkdesk.importers.structured import Grid

    prev, notes, pending = Grid([list(r) for r in prev_rows]), [], {}
    for rows in parts:
        assert _join_continuation(prev, Grid([list(r) for r in rows]), set(), set(), notes, pending)
    return prev.rows, notes, pending


def test_a_row_over_three_pages_is_joined_once_its_label_completes():
    rows, notes, pending = _join([HEAD3, ["", "1.申请人无正当理由逾期", "30", "", "0", "0", "0", "0", "31"]],
                                 [HEAD3, ["", "不补正、行政机关不再处", "0", "1", "", "", "", "", "3"]],
                                 [HEAD3, ["", "理其政府信息公开申请", "1", "", "", "", "", "", "4"]])
    assert rows[1] == ["", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "3001", "1", "0", "0",
                       "0", "0", "3134"]
    assert notes == [] and pending == {}


def test_a_row_whose_label_never_completes_is_left_blank():
    from gkdesk.importers.pdf_reader import _unfinished_row

    rows, notes, pending = _join([HEAD3, ["", "1.申请人无正当理由逾期", "30", "", "0", "0", "0", "0", "31"]],
                                 [HEAD3, ["", "不补正、行政机关不再处", "0", "1", "", "", "", "", "3"]])
    (g, r, label_row, own), = pending.values()
    assert g.rows[label_row][own] == "1.申请人无正当理由逾期不补正、行政机关不再处"
    _unfinished_row(g, r, g.rows[label_row][own], notes)
    assert g.rows[1][2:] == [""] * 7 and "跨越多页" in notes[0]


def test_numbers_alone_at_the_top_of_a_page_go_on_the_row_above_only_when_it_adds_up():
    row = ["", "（一）予以公开", "274", "5", "0", "0", "0", "1", "274"]
    rows, notes, _p = _join([HEAD3, list(row)], [HEAD3, ["", "", "0", "", "", "", "", "", "6"]])
    assert rows[1][2:] == ["2740", "5", "0", "0", "0", "1", "2746"] and notes == []
    rows, notes, _p = _join([HEAD3, list(row)], [HEAD3, ["", "", "0", "", "", "", "", "", ""]])
    assert rows[1][2:] == [""] * 7 and "跨页断开" in notes[0]  # 2740 + 6 is not 274: neither part read
    # 表四's value row has no label: numbers under header rows are a row of their own
    head4 = ["维持", "纠正", "其他结果", "尚未审结", "总计"]
    rows, notes, _p = _join([head4], [head4, ["1", "0", "0", "0", "1"]])
    assert rows[-1] == ["1", "0", "0", "0", "1"] and notes == []


def test_numbers_at_the_top_of_a_page_join_a_row_that_ends_in_a_remark_column_when_it_adds_up():
    # a clerk's wide table (序号 and 备注 columns) through LibreOffice: 表三's 总计 row may break
    # over the page, its full-width numbers wrapped a digit a line in the narrow cells ("５７" at
    # the foot, "２" at the top of the next page), its 备注 cell "无" after the values. The remark
    # is no value: the joined numbers 572 + 30 + 938 + 3 + 0 + 3 = 1546 are the row's
    head = ["序号", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计", "备注"]
    row = ["20", "（七）总计", "５７", "３０", "９３", "３", "０", "３", "１５", "无"]
    rows, notes, _p = _join([head, list(row)], [head, ["", "", "２", "", "８", "", "", "", "４６", ""]])
    assert rows[1][2:] == ["５７２", "３０", "９３８", "３", "０", "３", "１５４６", "无"] and notes == []
    # pieces that do not keep the arithmetic (572 + … is not 1547): neither part read
    rows, notes, _p = _join([head, list(row)], [head, ["", "", "２", "", "８", "", "", "", "４７", ""]])
    assert rows[1][2:9] == [""] * 7 and "跨页断开" in notes[0]
    # a dash among the values is no proof either (the row has fewer numbers than 表三's row)
    dashed = ["20", "（七）总计", "５７", "—", "９３", "３", "０", "３", "１５", "无"]
    rows, notes, _p = _join([head, dashed], [head, ["", "", "２", "", "８", "", "", "", "４６", ""]])
    assert rows[1][2:9] == [""] * 7 and "跨页断开" in notes[0]


def test_a_not_applicable_word_at_the_top_of_a_page_under_a_label_goes_on_that_label():
    # held-out seed 167 P04 wide_pdf (LibreOffice, pages one line high below the repeated header):
    # "4." with its marks at the foot of a page, "无" (the next character of 无正当理由大量反复申请)
    # alone at the top of the next under the label's column. "无" is also a not-applicable mark: the
    # old reader took it for the rest of the row's values, which did not add up, and left the row
    # blank; under a label started on the page before it is the label's text
    marks = ["—"] * 7
    rows, notes, pending = _join([HEAD3, ["", "4.", *marks]], [HEAD3, ["", "无", *[""] * 7]],
                                 [HEAD3, ["", "正当理由大量反复申请", *[""] * 7]])
    assert rows[1] == ["", "4.无正当理由大量反复申请", *marks] and notes == []
    # a dash there is no text of the label, nor a value of the row: it never replaces the label
    # (the old reader made "—" the row's label, as the row added up), the row's numbers are not read
    rows, notes, _p = _join([HEAD3, ["", "（一）予以公开", "1", "2", "", "", "", "", "3"]],
                            [HEAD3, ["", "—", *[""] * 7]])
    assert rows[1][1] == "（一）予以公开" and rows[1][2:] == [""] * 7 and "跨页断开" in notes[0]


def test_a_label_ending_on_the_next_page_in_a_short_official_form_joins_its_row():
    """LibreOffice puts "（二）" with its marks at the foot of a page and the rest of the label,
    "部分公开（区分处理的…）" — an official label by itself in its short form — at the top of the
    next, below the repeated header: one row, not a row without numbers after one without a label."""
    rows, notes, _p = _join([HEAD3, ["三、本年度办理结果", "（二）", "/", "/", "/", "/", "/", "/", "/"]],
                            [HEAD3, ["", "部分公开（区分处理的，只计这一情形，不计其他情形）", "", "", "", "", "", "", ""],
                             ["", "（三）不予公开", "/", "/", "/", "/", "/", "/", "/"]])
    assert rows[1][1] == "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" and len(rows) == 3 and notes == []
    # a part before the break that is a label by itself is a row of its own: nothing is joined
    rows, _n, _p = _join([HEAD3, ["", "四、结转下年度继续办理", "0", "0", "0", "0", "0", "0", "0"]],
                         [HEAD3, ["", "予以公开", "", "", "", "", "", "", ""]])
    assert rows[1][1] == "四、结转下年度继续办理" and rows[2][1] == "予以公开"


@pytest.mark.parametrize("rules,font,pad", [("none", 10.5, 3.0), ("three_line", 8.0, 2.0)])
def test_labels_wrapped_around_their_numbers_in_unruled_tables(rules, font, pad):
    """Unruled and three-line tables with narrow label columns: a label runs over three lines with
    the numbers on the middle one ("1.申请人无正当理由逾期不" / "补正、行政机关不再处理其  —" /
    "政府信息公开申请"), and 表二's rows stand right above the next block's title
    ("第二十条第（六）项", a label of its own that no row may take). Every cell is read."""
    doc, data, truth = _case(EXAMPLE, na_mark="—", rules=rules, font=font, num_w=42.0, row_pad=pad)
    _res, counts, issues = _read(doc, data, truth)
    assert issues == []


@pytest.mark.parametrize("rules", ["none", "three_line"])
def test_empty_cells_of_unruled_tables_stay_in_their_columns(rules):
    """A row of an unruled table with an empty cell ("规章  3  1  _", "6.属于四类过程性信息  1 0 _ 0 …"):
    the numbers stand under the columns of the full rows around it, so each is read into its own
    column and the empty cell stays empty — not the whole row left blank as "too few numbers"."""
    from gkdesk.core.values import BLANK, number

    doc = storage.load(EXAMPLE)
    # rows of zeros with one cell empty: no arithmetic can tell which cell it is, only the position
    for cid in ("t2.rules.issued", "t2.rules.repealed", *(f"t3.deny_process.{c}" for c in
                                                        ("natural", "business", "nonprofit", "legal", "other", "total"))):
        doc._put(cid, number(0))
    for cid in ("t2.rules.in_force", "t3.deny_process.research"):
        doc._put(cid, BLANK)
    style = ho.Style(na_mark="")
    printed: dict[str, str] = {}
    data = holdout_pdf.write_plain_pdf(doc, style, holdout_pdf.PdfStyle(rules=rules, font=9.0, num_w=34.0),
                                       random.Random(5), printed)
    truth = ho.holdout_truth(doc, printed, "empty_cells")
    _res, counts, issues = _read(doc, data, truth)
    assert issues == []


@pytest.mark.parametrize("geometry", [dict(rules="none", shade="header", valign="top"),
                                      dict(rules="three_line", shade="header", clip=True),
                                      dict(rules="none", shade="cells", chars="single")],
                         ids=["none-shaded-head-top", "three-line-shaded-head-clip", "none-cell-backgrounds"])
def test_shaded_cells_of_tables_without_rules(geometry):
    """WPS draws cell shading as filled rectangles without a stroke, also in tables without rules:
    a grey header row alone is no table of its own cut off from the body below it (the whole
    table was lost: 10 of 200 cells read); backgrounds behind every cell still give the cells.
    Text at the top of its cell (Word's default) and clip paths around each cell's text too."""
    doc, data, truth = _case(EXAMPLE, na_mark="—", font=9.0, **geometry)
    _res, counts, issues = _read(doc, data, truth)
    assert issues == []


@pytest.mark.parametrize("rules", ["none", "three_line"])
def test_a_t3_printing_only_its_total_column_puts_each_number_under_its_header(rules):
    # held-out seed 47, seed_002 (plain_pdf): an unruled 表三 whose rows print only 总计 ("0"),
    # the other cells empty — no fuller row tells the columns, the header words do (a group
    # header 法人或其他组织 over five columns names none). The old reader left all 23 blank
    doc, data, truth = _case(ROOT / "tests" / "data" / "seeds" / "seed_002.json", rules=rules, font=7.0,
                             num_w=26.0, row_pad=2.0)
    _res, counts, issues = _read(doc, data, truth)
    assert issues == []


@pytest.mark.parametrize("rules", ["none", "three_line"])
def test_a_number_wrapped_in_a_top_aligned_unruled_cell_keeps_every_digit(rules):
    # seed_003's 政府集中采购 amount 42.194 in full-width digits in a 26 pt column, 9 pt text, cells
    # top-aligned (Word's default): "４２．１９" stands beside the row's "9" and label, "４" alone on the
    # line below it. The old reader stored 42.19 (a wrong number) and reported the "4" as left over
    doc, data, truth = _case(SEED_2019, fullwidth=1.0, rules=rules, font=9.0, num_w=26.0, valign="top")
    res, counts, issues = _read(doc, data, truth)
    assert issues == []
    assert res.doc.value("t2.procurement.amount").text == "42.194"


@pytest.mark.parametrize("page_h", [615.0, 735.0, 660.0])
def test_a_t3_printing_only_its_total_column_whose_header_is_on_the_page_before(page_h):
    # as above, the header not repeated after a page break: at 615 pt the header's upper lines
    # (申请人情况, 自然人 法人或其他组织 总计) end page 2 and its lowest line and every row start
    # page 3; at 735 pt the rows from 5.要求行政机关确认… on go on at the top of page 3; at 660 pt
    # the whole header ends page 2. The old reader found no header above those rows and left them
    # blank (23, 4 and 23 cells)
    doc, data, truth = _case(ROOT / "tests" / "data" / "seeds" / "seed_002.json", rules="none", font=7.0,
                             num_w=26.0, row_pad=2.0, page_h=page_h, repeat_head=False)
    _res, counts, issues = _read(doc, data, truth)
    assert issues == []


@pytest.mark.parametrize("rules", ["none", "hrules"])
def test_t4s_value_row_with_empty_cells_keeps_its_columns_by_the_header(rules):
    # 表四 of an unruled table with its 行政复议 cells printed empty: the value row has no label
    # and no fuller row; its 15 columns are the header's lowest texts (结果维持 … 总计 three times)
    from gkdesk.core.values import BLANK

    doc = storage.load(SEED_2019)
    for c in doc.spec.table("t4").cells:
        if c.id.startswith("t4.review."):
            doc._put(c.id, BLANK)
    printed: dict[str, str] = {}
    data = holdout_pdf.write_plain_pdf(doc, ho.Style(), holdout_pdf.PdfStyle(rules=rules, font=7.0, num_w=26.0),
                                       random.Random(5), printed)
    res, counts, issues = _read(doc, data, ho.holdout_truth(doc, printed, "seed_003"))
    assert issues == []
    assert res.doc.value("t4.review.upheld").is_blank
    assert not res.doc.value("t4.direct.upheld").is_blank
