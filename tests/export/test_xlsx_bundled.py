"""The XLSX export of a bundled template builds its workbook from the format (xlsxlayout.xlsx_workbook)
instead of loading the file: the result must be the one loading the file gives, and only the exact
bundled bytes, recorded in templates/verified.json with the current builder, may take that path."""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile

import pytest

from gkdesk import paths
from gkdesk.core.spec import get_format
from gkdesk.export import verified
from gkdesk.export import xlsx as xlsx_export
from gkdesk.export.xlsxlayout import build_xlsx_template, xlsx_layout_signature

from .conftest import filled_document

_MERGE = re.compile(rb"<mergeCell [^>]*/>")
_TIMES = re.compile(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>")


def _normalized(data: bytes) -> dict[str, bytes]:
    """Every member; the merged ranges as a set (openpyxl keeps them in a set) and no save times."""
    z = zipfile.ZipFile(io.BytesIO(data))
    out = {}
    for name in z.namelist():
        blob = z.read(name)
        if name.startswith("xl/worksheets/"):
            merges = sorted(_MERGE.findall(blob))
            blob = _MERGE.sub(b"", blob) + b"".join(merges)
        elif name == "docProps/core.xml":
            blob = _TIMES.sub(b"", blob)
        out[name] = blob
    return out


def _export(doc, monkeypatch, from_file: bool) -> bytes:
    xlsx_export.clear_cache()
    with monkeypatch.context() as m:
        if from_file:
            m.setattr(xlsx_export, "bundled_layout", lambda data, spec: False)
        else:  # the built path whatever the manifest says (it is the file's build: see the test's start)
            def no_load(*_a, **_k):
                raise AssertionError("the bundled template was loaded from the file")
            m.setattr(xlsx_export, "load_workbook", no_load)
            m.setattr(xlsx_export, "bundled_layout", lambda data, spec: True)
            m.setattr(xlsx_export, "is_verified", lambda data, kind, env: True)
        data = xlsx_export.render_xlsx(doc)
    xlsx_export.clear_cache()
    return data


def _current(fmt: str) -> bool:
    data = xlsx_export.default_template(fmt).read_bytes()
    return verified.bundled_layout(data, get_format(fmt))


@pytest.mark.parametrize("which", ["example", "2019", "2021"])
def test_built_workbook_exports_what_the_loaded_template_exports(which, example_doc, monkeypatch):
    doc = example_doc if which == "example" else filled_document(which)
    assert build_xlsx_template(doc.format_id) == xlsx_export.default_template(doc.format_id).read_bytes()
    built = _export(doc, monkeypatch, from_file=False)
    loaded = _export(doc, monkeypatch, from_file=True)
    assert _normalized(built) == _normalized(loaded)


def test_layout_entries_of_the_manifest_are_true(tmp_path):
    entries = json.loads(verified.manifest_path().read_text(encoding="utf-8"))["templates"]
    for p in sorted(paths.templates_dir().glob("report-*.xlsx")):
        fmt = p.stem.split("-", 1)[1]
        data = p.read_bytes()
        entry = entries.get(hashlib.sha256(data).hexdigest())
        if not entry or "layout" not in entry:
            continue  # stale manifest: the file is loaded (slower, same result)
        assert entry["layout"]["format"] == fmt
        if entry["layout"]["signature"] == xlsx_layout_signature(get_format(fmt)):
            assert build_xlsx_template(fmt) == data


def test_only_the_exact_bundled_bytes_take_the_built_path(tmp_path, example_doc):
    from openpyxl import load_workbook

    src = xlsx_export.default_template("2021")
    copy = tmp_path / "mine.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                assert b"{{ meta.year }}" in blob
                blob = blob.replace(b"{{ meta.year }}", b"{{ meta.year }}!", 1)
            zout.writestr(info, blob)
    spec = get_format("2021")
    assert verified.bundled_layout(src.read_bytes(), spec) == _current("2021")
    assert not verified.bundled_layout(copy.read_bytes(), spec)
    assert not verified.bundled_layout(src.read_bytes(), get_format("2019"))  # the other format's layout
    xlsx_export.clear_cache()
    out = load_workbook(io.BytesIO(xlsx_export.render_xlsx(example_doc, copy)))
    assert f"{example_doc.meta.year}!" in out.worksheets[0]["A2"].value  # the clerk's file, not the build
    xlsx_export.clear_cache()


def test_a_changed_builder_or_layout_is_not_trusted(monkeypatch):
    data = xlsx_export.default_template("2021").read_bytes()
    if not _current("2021"):
        pytest.skip("templates/verified.json is stale for this template (run tools/make_templates.py)")
    from gkdesk.export import xlsxlayout

    monkeypatch.setattr(xlsxlayout, "XLSX_LINE_PT", xlsxlayout.XLSX_LINE_PT + 1)
    assert not verified.bundled_layout(data, get_format("2021"))
