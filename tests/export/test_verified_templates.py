"""templates/verified.json: a bundled template skips the unknown-variable pass only when its bytes
and the usable names are the ones whose full check passed; anything else is checked in full."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from gkdesk import paths
from gkdesk.core.errors import ExportError
from gkdesk.core.spec import get_format
from gkdesk.export import docx as docx_export
from gkdesk.export import verified
from gkdesk.export import xlsx as xlsx_export
from gkdesk.export.sandbox import make_env

BUNDLED = sorted(p for p in paths.templates_dir().glob("report-*.*") if p.suffix in (".docx", ".xlsx"))


def test_manifest_entries_pass_the_full_check():
    entries = json.loads(verified.manifest_path().read_text(encoding="utf-8"))["templates"]
    by_hash = {hashlib.sha256(p.read_bytes()).hexdigest(): p for p in BUNDLED}
    assert entries, "templates/verified.json records no template"
    for digest, entry in entries.items():
        p = by_hash.get(digest)
        if p is None:  # a stale entry is harmless (its file is checked in full); a matching one must be true
            continue
        assert entry["file"] == p.name and entry["kind"] == p.suffix[1:] and entry["check"] == "passed"
        if entry["kind"] == "docx":
            docx_export.full_check(p)
        else:
            xlsx_export.full_check(p, get_format(p.stem.split("-", 1)[1]))


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_only_the_exact_bytes_and_names_are_trusted(kind):
    p = next(p for p in BUNDLED if p.suffix == f".{kind}")
    data = p.read_bytes()
    env = make_env(autoescape=kind == "docx",
                   extra_globals={"formula": xlsx_export._formula_marker} if kind == "xlsx" else None)
    digest = hashlib.sha256(data).hexdigest()
    if digest not in verified._entries():
        pytest.skip("manifest stale for this template (run tools/make_templates.py)")
    assert verified.is_verified(data, kind, env)
    assert not verified.is_verified(data + b"\0", kind, env)
    assert not verified.is_verified(data, "xlsx" if kind == "docx" else "docx", env)
    env.globals["not_there_when_checked"] = 1
    assert not verified.is_verified(data, kind, env)


def _rewrite(src: Path, dst: Path, member: str, transform) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            zout.writestr(info, transform(blob) if info.filename == member else blob)


def test_edited_copy_of_a_bundled_template_is_checked_in_full(tmp_path, example_doc):
    """The unknown name is caught by the check before rendering (its message), not only by the render."""
    src = paths.templates_dir() / "report-2021.docx"
    bad = tmp_path / "report-2021.docx"
    _rewrite(src, bad, "word/document.xml", lambda b: b.replace("</w:body>".encode(), (
        "<w:p><w:r><w:t>{{ no_such_name }}</w:t></w:r></w:p></w:body>").encode(), 1))
    docx_export.clear_cache()
    with pytest.raises(ExportError, match="中有未知的变量 “no_such_name”"):
        docx_export.render_docx(example_doc, bad)
    xsrc = paths.templates_dir() / "report-2021.xlsx"
    xbad = tmp_path / "report-2021.xlsx"
    _rewrite(xsrc, xbad, "xl/worksheets/sheet1.xml",
             lambda b: b.replace(b"{{", b"{{ no_such_name ~", 1))
    xlsx_export.clear_cache()
    with pytest.raises(ExportError, match="中有未知的变量 “no_such_name”"):
        xlsx_export.render_xlsx(example_doc, xbad)


def test_archive_checks_are_skipped_only_for_recorded_bytes_and_never_by_the_full_check(tmp_path, example_doc,
                                                                                       monkeypatch):
    """The file and archive checks depend on the bytes alone: a recorded template skips them; the full
    check (which makes the manifest) never does, and any other file gets them."""
    src = paths.templates_dir() / "report-2021.docx"
    bad = tmp_path / "remote.docx"
    rel = ('<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
           'hyperlink" Target="http://tracker.example/x" TargetMode="External"/>').encode()
    _rewrite(src, bad, "word/_rels/document.xml.rels", lambda b: b.replace(b"</Relationships>", rel + b"</Relationships>"))
    docx_export.clear_cache()
    with pytest.raises(ExportError, match="外部"):
        docx_export.render_docx(example_doc, bad)
    entries = dict(verified._entries())  # pretend the manifest recorded the bad file as passed
    entries[hashlib.sha256(bad.read_bytes()).hexdigest()] = {"file": bad.name, "kind": "docx", "check": "passed",
                                                             "names": "x"}
    monkeypatch.setattr(verified, "_entries", lambda: entries)
    assert verified.passed_full_check(bad.read_bytes(), "docx")
    assert not verified.passed_full_check(bad.read_bytes(), "xlsx")
    docx_export.clear_cache()
    docx_export.render_docx(example_doc, bad)  # trusted by its hash: the archive check is skipped
    with pytest.raises(ExportError, match="外部"):
        docx_export.full_check(bad)
    docx_export.clear_cache()
