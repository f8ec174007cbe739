"""DOCX import: real Word tables with merges, generated from the spec, and our own export round trip."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from gkdesk.checks import run_checks
from gkdesk.core import storage
from gkdesk.core.errors import ImportError_
from gkdesk.core.totals import compute
from gkdesk.core.values import parse_value
from gkdesk.importers import import_bytes, import_file
from gkdesk.importers.docx_reader import read_layout
from gkdesk.importers.structured import Grid

from _report_fixtures import docx_bytes

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "example-2021.json"
SEEDS = sorted((ROOT / "tests" / "data" / "seeds").glob("seed_*.json"))
VARIANTS = [frozenset(), frozenset({"halfwidth"}), frozenset({"spaces", "dunhao"}), frozenset({"split_blocks"}),
            frozenset({"page_break"}), frozenset({"halfwidth", "spaces", "dunhao", "split_blocks", "page_break"})]


def _docs():
    return [storage.load(EXAMPLE)] + [storage.load(p) for p in SEEDS]


def assert_same(orig, got, sections=True):
    assert got.format_id == orig.format_id
    diff = [(c, orig.value(c).text, got.value(c).text) for c in orig.spec.cells if orig.value(c) != got.value(c)]
    assert diff == []
    assert (got.meta.agency, got.meta.year, got.meta.date) == (orig.meta.agency, orig.meta.year, orig.meta.date)
    if sections:
        assert got.sections == orig.sections
    # totals: published values kept where they differ from the parts, auto where they agree
    assert got.manual <= orig.manual
    for cid in orig.manual - got.manual:
        assert compute(got, cid) == got.value(cid) or compute(got, cid).number == got.value(cid).number


CASES = [(p, frozenset()) for p in [EXAMPLE] + SEEDS] + \
        [(p, v) for p in (EXAMPLE, ROOT / "tests" / "data" / "seeds" / "seed_004.json") for v in VARIANTS[1:]]


@pytest.mark.parametrize("path,variant", CASES, ids=lambda x: x.stem if isinstance(x, Path) else "+".join(sorted(x)) or "plain")
def test_generated_docx_reads_every_cell(path, variant):
    for orig in [storage.load(path)]:
        res = import_bytes(docx_bytes(orig, variant), "report.docx")
        assert res.kind == "docx"
        assert_same(orig, res.doc)
        # blank cells of the source stay blank and are reported as missing
        blank = [c for c in orig.spec.cells if orig.value(c).is_blank]
        reported = {c for n in res.notes if n.level == "missing" for c in n.cells}
        assert set(blank) <= reported
        assert res.cells_found == sum(1 for c in orig.spec.cells if not orig.value(c).is_blank)


def test_merged_cells_resolved_into_grid():
    orig = storage.load(EXAMPLE)
    d = docx.Document(io.BytesIO(docx_bytes(orig)))
    layout = read_layout(d.element.body)
    grids = [b for b in layout.blocks if isinstance(b, Grid)]
    assert [len(g.rows[0]) for g in grids] == [4, 10, 15]
    t3 = grids[1].rows
    assert len(t3) == 28
    assert all(len(r) == 10 for r in t3)
    # vMerge: the outer label only on its first row, covered positions are empty
    assert t3[5][0] == "三、本年度办理结果" and all(t3[r][0] == "" for r in range(6, 27))
    assert t3[7][1] == "（三）不予公开" and t3[8][1] == ""
    # gridSpan: header text in the first column of the span only
    assert t3[0][3] == "申请人情况" and t3[0][4:] == [""] * 6
    assert grids[0].rows[6][1] == orig.value("t2.license.decisions").text and grids[0].rows[6][2:] == ["", ""]


def _first_label_merged_into_corner(orig, natural: str | None = None) -> bytes:
    """The report with 表三's corner cell merged down over the label cell of its first row, as a
    clerk's vertical merge in Word leaves it: both texts in the merged cell (python-docx ``merge``
    keeps them as Word does), the row's numbers under an empty label."""
    d = docx.Document(io.BytesIO(docx_bytes(orig)))
    t3 = next(t for t in d.tables if any("本年新收" in c.text for c in t.columns[0].cells))
    first = next(i for i, row in enumerate(t3.rows) if "本年新收" in row.cells[0].text)
    if natural is not None:
        cell = t3.cell(first, len(t3.columns) - 7)
        cell.paragraphs[0].runs[0].text = natural
    t3.cell(0, 0).merge(t3.cell(first, 0))
    assert "本年新收" in t3.cell(0, 0).text and "勾稽" in t3.cell(0, 0).text
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_first_row_whose_label_went_into_the_merged_corner_is_read_when_the_table_proves_it():
    orig = storage.load(EXAMPLE)
    cols = ("natural", "business", "research", "nonprofit", "legal", "other", "total")
    res = import_bytes(_first_label_merged_into_corner(orig), "report.docx")
    assert [res.doc.value(f"t3.new.{c}").text for c in cols] == [orig.value(f"t3.new.{c}").text for c in cols]
    assert any("没有印出行名" in n.message for n in res.notes)
    assert not any(n.kind == "leftover" for n in res.notes)
    # a number that breaks the row's 总计 and its column's 一＋二＝三（七）＋四: no proof, not read
    natural = str(int(orig.value("t3.new.natural").text) + 1)
    res = import_bytes(_first_label_merged_into_corner(orig, natural), "report.docx")
    assert all(res.doc.value(f"t3.new.{c}").is_blank for c in cols)
    assert any(n.kind == "leftover" and natural in n.message for n in res.notes)


@pytest.mark.parametrize("seed", [EXAMPLE] + SEEDS, ids=lambda p: p.stem)
def test_round_trip_our_own_export(seed, tmp_path):
    export = pytest.importorskip("gkdesk.export.docx")
    orig = storage.load(seed)
    out = tmp_path / "report.docx"
    export.export_docx(orig, out)
    res = import_file(out)
    if not orig.sections["s6"].strip():  # the export prints an empty 六 as "无。" (by design)
        assert res.doc.sections["s6"] == "无。"
        res.doc.sections["s6"] = orig.sections["s6"]
    assert_same(orig, res.doc)
    assert res.confidence == "high"
    assert not [n for n in res.notes if n.level == "ambiguous"]


def test_both_formats_round_trip():
    fmts = {storage.load(p).format_id for p in [EXAMPLE] + SEEDS}
    assert fmts == {"2019", "2021"}


def test_real_error_in_published_totals_is_kept_and_checked():
    orig = storage.load(EXAMPLE)
    orig._put("t4.review.total", parse_value("0"))  # like real-002: parts add to more than the total
    orig.manual.add("t4.review.total")
    res = import_bytes(docx_bytes(orig), "r.docx")
    assert res.doc.value("t4.review.total").text == "0"
    assert "t4.review.total" in res.doc.manual
    assert any(f.check_id == "GK401" for f in run_checks(res.doc))


def test_total_printed_empty_stays_blank_not_computed():
    orig = storage.load(EXAMPLE)
    orig._put("t3.new.total", parse_value(None))
    res = import_bytes(docx_bytes(orig), "r.docx")
    assert res.doc.value("t3.new.total").is_blank
    assert "t3.new.total" in res.doc.manual
    assert res.doc.value("t3.new.natural") == orig.value("t3.new.natural")


def test_report_inside_a_layout_table():
    """Some agencies put the whole report into a one-cell table (a frame); the inner tables still read."""
    orig = storage.load(EXAMPLE)
    inner = docx.Document(io.BytesIO(docx_bytes(orig)))
    outer = docx.Document()
    frame = outer.add_table(rows=1, cols=1)
    tc = frame.cell(0, 0)._tc
    for p in tc.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"):
        tc.remove(p)
    for el in list(inner.element.body):
        if not el.tag.endswith("sectPr"):
            tc.append(el)
    buf = io.BytesIO()
    outer.save(buf)
    res = import_bytes(buf.getvalue(), "frame.docx")
    assert_same(orig, res.doc)


def test_unofficial_subtotal_column_is_left_out_by_its_header():
    """A 表三 with an extra "小计" column (not official): the columns are matched by their headers, 小计
    names none of them and is left out; every number is read in its own column, and the import report
    names the column left out."""
    orig = storage.load(EXAMPLE)
    d = docx.Document(io.BytesIO(docx_bytes(orig)))
    t3 = d.tables[1]
    # rebuild 表三 as a plain (unmerged) table with the columns the page printed
    spec = orig.spec.table("t3")
    new = d.add_table(rows=0, cols=11)
    head = new.add_row().cells
    for i, txt in enumerate(["", "", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "小计", "总计"]):
        head[i].text = txt
    for code in spec.row_codes:
        cells = [c for c in spec.cells if c.row == code]
        row = new.add_row().cells
        row[2].text = cells[0].row_labels[-1]
        vals = [orig.value(c.id).text for c in cells]
        sub = sum(int(v) for v in vals[1:6])
        for i, v in enumerate(vals[:6] + [str(sub)] + vals[6:]):
            row[3 + i].text = v
    t3._tbl.addprevious(new._tbl)
    t3._tbl.getparent().remove(t3._tbl)
    buf = io.BytesIO()
    d.save(buf)
    res = import_bytes(buf.getvalue(), "sub.docx")
    got = res.doc
    # the extra column makes 8 numbers per row: never shifted into the official columns
    assert [c.id for c in spec.cells if got.value(c.id) != orig.value(c.id)] == []
    assert any("“小计”" in n.message and "表三" in n.message for n in res.notes)


def test_docx_without_report_content_is_refused():
    d = docx.Document()
    d.add_paragraph("会议纪要")
    d.add_paragraph("今天开会讨论了食堂菜单。")
    buf = io.BytesIO()
    d.save(buf)
    with pytest.raises(ImportError_, match="没有找到"):
        import_bytes(buf.getvalue(), "memo.docx")


def test_suffix_does_not_matter(tmp_path):
    orig = storage.load(EXAMPLE)
    p = tmp_path / "report.txt"  # a .docx saved with the wrong suffix
    p.write_bytes(docx_bytes(orig))
    res = import_file(p)
    assert res.kind == "docx"
    assert_same(orig, res.doc)
