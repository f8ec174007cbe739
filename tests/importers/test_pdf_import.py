"""PDF import: generated reports (ruled and unruled tables, page breaks inside tables, page numbers,
running headers, text written column by column), a PDF rendered by LibreOffice from our DOCX
export, scans without a text layer, broken and oversized PDFs; the CLI, the folder check and merge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gkdesk.cli import main as cli_main
from gkdesk.core import storage
from gkdesk.core.errors import ImportError_
from gkdesk.importers import SUPPORTED_SUFFIXES, import_bytes, import_file, safety
from gkdesk.importers.pdf_reader import read_pdf_layout
from gkdesk.importers.structured import Grid

from _pdf_fixtures import column_order_pdf, pdf_bytes, scan_pdf

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "example-2021.json"
SEEDS = sorted((ROOT / "tests" / "data" / "seeds").glob("seed_*.json"))
LO_PDF = ROOT / "tests" / "data" / "pdf" / "seed_001_lo.pdf"

VARIANTS = [frozenset(), frozenset({"unruled"}), frozenset({"page_numbers", "running_header", "small_page"}),
            frozenset({"unruled", "page_numbers", "small_page"})]


def _diff(orig, got) -> list[tuple[str, str, str]]:
    return [(c, orig.value(c).text, got.value(c).text) for c in orig.spec.cells if orig.value(c) != got.value(c)]


def assert_same(orig, res):
    got = res.doc
    assert got.format_id == orig.format_id
    assert _diff(orig, got) == []
    assert (got.meta.agency, got.meta.year, got.meta.date) == (orig.meta.agency, orig.meta.year, orig.meta.date)
    assert got.sections == orig.sections


CASES = [(EXAMPLE, v) for v in VARIANTS] + [(p, frozenset()) for p in SEEDS] + \
        [(SEEDS[-1], v) for v in VARIANTS[1:]]


@pytest.mark.parametrize("path,variant", CASES,
                         ids=lambda x: x.stem if isinstance(x, Path) else "+".join(sorted(x)) or "ruled")
def test_generated_pdf_reads_every_cell_and_the_prose(path, variant):
    orig = storage.load(path)
    res = import_bytes(pdf_bytes(orig, variant), "report.pdf")
    assert res.kind == "pdf"
    assert_same(orig, res)


def test_small_pages_really_break_the_tables_and_number_the_pages():
    orig = storage.load(EXAMPLE)
    data = pdf_bytes(orig, {"page_numbers", "small_page", "running_header"})
    layout = read_pdf_layout(data, "x.pdf")
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        parts = sum(len(p.find_tables()) for p in pdf.pages)
    assert parts > 3  # at least one official table is printed over two pages ...
    grids = [b for b in layout.blocks if isinstance(b, Grid)]
    assert len(grids) == 3  # ... and read back as one table
    text = "\n".join(b for b in layout.blocks if isinstance(b, str))
    assert "- 2 -" not in text and "政府信息公开\n" not in text.replace(orig.title, "")
    assert orig.meta.agency + "政府信息公开" not in text.split("\n", 3)[-1]  # running header dropped


def test_ruled_table_becomes_the_official_grid():
    orig = storage.load(EXAMPLE)
    layout = read_pdf_layout(pdf_bytes(orig), "x.pdf")
    grids = [b for b in layout.blocks if isinstance(b, Grid)]
    widths = sorted({len(g.rows[0]) for g in grids})
    assert widths == sorted({t.n_cols for t in orig.spec.tables})


def test_text_written_column_by_column_is_read_by_position():
    orig = storage.load(EXAMPLE)
    res = import_bytes(column_order_pdf(orig), "columns.pdf")
    t3 = orig.spec.table("t3")
    assert [(c.id, orig.value(c.id).text, res.doc.value(c.id).text) for c in t3.cells
            if orig.value(c.id) != res.doc.value(c.id)] == []


def test_libreoffice_rendering_of_our_docx_export():
    orig = storage.load(ROOT / "tests" / "data" / "seeds" / "seed_001.json")
    res = import_file(LO_PDF)
    assert res.kind == "pdf"
    assert _diff(orig, res.doc) == []
    assert (res.doc.meta.agency, res.doc.meta.year, res.doc.meta.date) == \
        (orig.meta.agency, orig.meta.year, orig.meta.date)
    for key in ("s2", "s3", "s4", "s6"):
        assert res.doc.sections[key] == orig.sections[key]


def test_scan_without_text_layer_is_refused_with_advice():
    with pytest.raises(ImportError_, match="没有文字层") as e:
        import_bytes(scan_pdf(), "扫描件.pdf")
    assert "扫描" in str(e.value) and "OCR" in str(e.value) and "Word" in str(e.value)


@pytest.mark.parametrize("data", [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", b"%PDF-1.4\n" + bytes(range(256)) * 20])
def test_broken_pdf_is_refused(data):
    with pytest.raises(ImportError_, match="PDF"):
        import_bytes(data, "broken.pdf")


def test_page_and_time_limits(monkeypatch):
    data = pdf_bytes(storage.load(EXAMPLE))
    monkeypatch.setattr(safety, "MAX_PDF_PAGES", 1)
    with pytest.raises(ImportError_, match="超过导入上限 1 页"):
        import_bytes(data, "long.pdf")
    monkeypatch.setattr(safety, "MAX_PDF_PAGES", 300)
    # the PDF reader checks the import's one time limit page by page: no page is read after it
    from gkdesk.importers import pdf_reader

    read: list[int] = []
    real = pdf_reader._page_blocks
    monkeypatch.setattr(pdf_reader, "_page_blocks", lambda page: read.append(1) or real(page))
    with pytest.raises(safety.TooComplex, match="slow.pdf.*过于复杂"):
        import_bytes(data, "slow.pdf", seconds=-1)
    assert read == []
    monkeypatch.setattr(pdf_reader, "_page_blocks", real)
    monkeypatch.setattr(safety, "MAX_PDF_PAGE_CHARS", 10)
    with pytest.raises(ImportError_, match="文字数量异常"):
        import_bytes(data, "dense.pdf")


def test_pdf_is_offered_everywhere():
    from gkdesk.review.batch import IMPORT_SUFFIXES, REFUSED_SUFFIXES

    assert ".pdf" in SUPPORTED_SUFFIXES and ".pdf" in IMPORT_SUFFIXES and ".pdf" not in REFUSED_SUFFIXES


def test_cli_import_folder_check_and_merge(tmp_path, capsys):
    a, b = storage.load(SEEDS[0]), storage.load(SEEDS[1])
    (tmp_path / "units").mkdir()
    pa, pb = tmp_path / "units" / "a.pdf", tmp_path / "units" / "b.pdf"
    pa.write_bytes(pdf_bytes(a))
    pb.write_bytes(pdf_bytes(b, {"unruled", "page_numbers"}))
    assert cli_main(["import", str(pa), "-o", str(tmp_path / "a.json")]) == 0
    assert _diff(a, storage.load(tmp_path / "a.json")) == []
    capsys.readouterr()
    cli_main(["check", str(tmp_path / "units"), "--json"])
    out = json.loads(capsys.readouterr().out)
    text = json.dumps(out, ensure_ascii=False)
    assert "a.pdf" in text and "b.pdf" in text and "无法读取" not in text
    assert cli_main(["merge", str(pa), str(pb), "-o", str(tmp_path / "sum.json")]) == 0
    total = storage.load(tmp_path / "sum.json")
    assert total.number("t3.new.total") == a.number("t3.new.total") + b.number("t3.new.total")


def test_scan_in_a_folder_is_listed_as_unreadable_with_the_reason(tmp_path):
    from gkdesk.review.batch import check_folder

    (tmp_path / "scan.pdf").write_bytes(scan_pdf())
    (tmp_path / "ok.pdf").write_bytes(pdf_bytes(storage.load(EXAMPLE)))
    res = check_folder(tmp_path)
    assert [Path(u.path).name for u in res.units] == ["ok.pdf"]
    assert len(res.unreadable) == 1 and "没有文字层" in res.unreadable[0].reason
