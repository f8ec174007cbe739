"""What a clerk sees: the example and the five seeds rendered by LibreOffice (skipped where it is
not installed). Page checks are in tools/render_check.py, which also writes page images to look at."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import render_check  # noqa: E402

pytestmark = pytest.mark.skipif(not render_check.available(), reason="LibreOffice/poppler-utils not installed")


@pytest.fixture(scope="module")
def results():
    return {r.name: r for r in render_check.run(render_check.DEFAULT_REPORTS)}


def test_every_rendered_report_passes_the_page_checks(results):
    assert len(results) == 2 * len(render_check.DEFAULT_REPORTS)
    bad = {name: r.problems for name, r in results.items() if r.problems}
    assert bad == {}
    for name, r in results.items():
        if not name.endswith("-tables.pdf"):
            assert 3 <= r.pages <= 6, (name, r.pages)


def test_the_checks_catch_a_bad_layout(tmp_path):
    """The old layout (落款 missing without a date, 表三 split inside a group) must fail the checks."""
    from gkdesk.core import storage
    from gkdesk.export.docx import render_docx
    from gkdesk.export.pdf import convert_many

    doc = storage.load(render_check.DEFAULT_REPORTS[1])  # seed_000: no date
    data = render_docx(doc)
    import io
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "word/document.xml":  # drop every keep-with-next and the agency line
                blob = blob.replace(b"<w:keepNext/>", b"").replace(doc.meta.agency.encode(), b"")
            z.writestr(info, blob)
    pdf = tmp_path / "bad.pdf"
    pdf.write_bytes(convert_many({"bad.docx": out.getvalue()})["bad.pdf"])
    res = render_check.check_docx_pdf("bad.pdf", doc, pdf)
    assert any("落款" in p for p in res.problems)
