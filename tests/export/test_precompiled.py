"""gkdesk/export/precompiled: the bundled templates' compiled code shipped in the package.

The first export after installing takes the bundled templates' code from there instead of
compiling docxtpl's document XML. The export must be byte for byte the one a fresh compile gives,
and a stale entry (other Jinja or docxtpl version, an edited sandbox, other names, an edited
template) or an edited shipped file must never be used."""

from __future__ import annotations

import functools
import io
import json
import shutil
import zipfile
from pathlib import Path

import jinja2
import pytest
from docxtpl import DocxTemplate

from gkdesk.core.document import Document
from gkdesk.export import codecache, precompile
from gkdesk.export import docx as docx_export
from gkdesk.export import xlsx as xlsx_export
from gkdesk.export.sandbox import make_env

from .conftest import filled_document

RENDERERS = {"docx": docx_export.render_docx, "xlsx": xlsx_export.render_xlsx}


def _reset():
    codecache._DIRS.clear()
    codecache._SHIPPED.clear()
    codecache._MODULE_DIGESTS.clear()
    docx_export._patch_source_salt.cache_clear()
    docx_export.clear_cache()
    xlsx_export.clear_cache()


@pytest.fixture
def no_cache(monkeypatch):
    """No user cache folder: what the first export after installing sees."""
    monkeypatch.setenv("GKDESK_CACHE_DIR", "")
    _reset()
    yield
    _reset()


@pytest.fixture
def compiles(monkeypatch):
    """The template texts compiled and the XML parts patched (not taken from anywhere)."""
    seen: list[str] = []
    real_compile = codecache._compile

    def compile_(env, source):
        seen.append(source)
        return real_compile(env, source)

    real_patch = DocxTemplate.patch_xml

    @functools.wraps(real_patch)
    def patch(self, xml):
        seen.append(xml)
        return real_patch(self, xml)

    monkeypatch.setattr(codecache, "_compile", compile_)
    monkeypatch.setattr(DocxTemplate, "patch_xml", patch)
    return seen


def _members(data: bytes) -> dict[str, bytes]:
    z = zipfile.ZipFile(io.BytesIO(data))
    return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}  # core.xml holds the time


def _render(kind: str, doc: Document) -> bytes:
    docx_export.clear_cache()
    xlsx_export.clear_cache()
    return RENDERERS[kind](doc)


def _without_shipped(monkeypatch, tmp_path, kind, doc) -> bytes:
    with monkeypatch.context() as m:
        m.setattr(codecache, "shipped_dir", lambda: tmp_path / "nothing")
        _reset()
        out = _render(kind, doc)
    _reset()
    return out


def _shipped_matches_this_jinja() -> bool:
    index = json.loads((codecache.shipped_dir() / codecache.SHIPPED_INDEX).read_text(encoding="utf-8"))
    return index.get("jinja") == jinja2.__version__


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
@pytest.mark.parametrize("fmt", ["2019", "2021"])
def test_the_first_export_compiles_nothing_and_equals_a_fresh_compile(no_cache, compiles, monkeypatch, tmp_path,
                                                                      kind, fmt):
    if not _shipped_matches_this_jinja():
        pytest.skip("gkdesk/export/precompiled was made for another Jinja version (it is not used; see the stale test)")
    doc = filled_document(fmt)
    reference = _without_shipped(monkeypatch, tmp_path, kind, doc)
    assert compiles, "the reference must compile"
    compiles.clear()
    before = codecache.stats["shipped"]
    got = _render(kind, doc)
    assert codecache.stats["shipped"] > before
    assert compiles == [], "stale gkdesk/export/precompiled: run tools/make_templates.py"
    assert _members(got) == _members(reference)
    if kind == "docx":
        assert zipfile.ZipFile(io.BytesIO(got)).read("word/document.xml") == \
            zipfile.ZipFile(io.BytesIO(reference)).read("word/document.xml")


def _copy_shipped(tmp_path, monkeypatch):
    folder = tmp_path / "precompiled"
    shutil.copytree(codecache.shipped_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(codecache, "shipped_dir", lambda: folder)
    codecache._SHIPPED.clear()
    return folder, json.loads((folder / codecache.SHIPPED_INDEX).read_text(encoding="utf-8"))


def test_an_edited_shipped_file_is_never_used(no_cache, compiles, monkeypatch, tmp_path, example_doc):
    reference = _without_shipped(monkeypatch, tmp_path, "docx", example_doc)
    folder, index = _copy_shipped(tmp_path, monkeypatch)
    edited = 0
    for e in [*index["code"].values(), *index["text"].values()]:
        p = folder / e["file"]
        s = p.read_text(encoding="utf-8")
        if "报告" in s:
            p.write_text(s.replace("报告", "篡改"), encoding="utf-8")  # same key line, other content
            edited += 1
    assert edited >= 4  # both formats' body code and patched XML
    compiles.clear()
    bad = codecache.stats["shipped_bad"]
    got = _render("docx", example_doc)
    assert codecache.stats["shipped_bad"] >= bad + 2
    assert compiles, "an edited file must not be used: the template is compiled instead"
    assert "篡改".encode() not in zipfile.ZipFile(io.BytesIO(got)).read("word/document.xml")
    assert _members(got) == _members(reference)


def test_a_damaged_index_or_a_missing_file_falls_back(no_cache, compiles, monkeypatch, tmp_path, example_doc):
    reference = _without_shipped(monkeypatch, tmp_path, "xlsx", example_doc)
    folder, index = _copy_shipped(tmp_path, monkeypatch)
    for e in index["code"].values():
        (folder / e["file"]).unlink()
    compiles.clear()
    assert _members(_render("xlsx", example_doc)) == _members(reference) and compiles
    (folder / codecache.SHIPPED_INDEX).write_text("{not json", encoding="utf-8")
    codecache._SHIPPED.clear()
    compiles.clear()
    assert _members(_render("docx", example_doc)) and compiles


def _shipped_hits(doc, kind="docx") -> int:
    before = codecache.stats["shipped"]
    _render(kind, doc)
    return codecache.stats["shipped"] - before


def test_stale_entries_are_never_used(no_cache, monkeypatch, tmp_path, example_doc):
    if not _shipped_matches_this_jinja():
        pytest.skip("gkdesk/export/precompiled was made for another Jinja version")
    reference = _without_shipped(monkeypatch, tmp_path, "docx", example_doc)
    assert _shipped_hits(example_doc) > 0
    # another Jinja version: no code shipped for it (the patched XML only depends on docxtpl)
    with monkeypatch.context() as m:
        m.setattr(jinja2, "__version__", "3.1.999")
        _reset()
        texts = codecache.stats["shipped_text"]
        assert _shipped_hits(example_doc) == 0
        assert _members(_render("docx", example_doc)) == _members(reference)
        assert codecache.stats["shipped_text"] > texts  # the patched XML only depends on docxtpl
    # another docxtpl version: its patch_xml may differ, so no patched XML is taken
    with monkeypatch.context() as m:
        import docxtpl

        m.setattr(docxtpl, "__version__", "0.0.1")
        _reset()
        texts = codecache.stats["shipped_text"]
        assert _members(_render("docx", example_doc)) == _members(reference)
        assert codecache.stats["shipped_text"] == texts
    # the sandbox's source edited (its compile hooks shape the generated code): nothing is used
    import gkdesk.export.sandbox as sandbox

    edited = tmp_path / "sandbox.py"
    edited.write_text(Path(sandbox.__file__).read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    with monkeypatch.context() as m:
        m.setattr(sandbox, "__file__", str(edited))
        _reset()
        assert _shipped_hits(example_doc) == 0
        assert _members(_render("docx", example_doc)) == _members(reference)
        m.setattr(sandbox, "__file__", str(tmp_path / "sandbox.pyc"))  # no source (a frozen build)
        _reset()
        assert codecache.source_signature(make_env(autoescape=True)) is None
    _reset()
    # other names, other options or another text: other keys
    env = make_env(autoescape=True, code_cache=True)
    sig = codecache.source_signature(env)
    assert sig != codecache.source_signature(make_env(autoescape=True, extra_globals={"x": 1}))
    assert sig != codecache.source_signature(make_env(autoescape=False))
    assert codecache.shipped_key(sig, "{{ a }}") != codecache.shipped_key(sig, "{{ a }} ")


def test_a_clerks_edited_copy_is_compiled_and_checked(no_cache, compiles, tmp_path, example_doc):
    """Shipped code is found by the exact text: an edited copy of the bundled template compiles and
    goes through the full check (an unknown name fails before anything renders)."""
    from docx import Document as Docx

    from gkdesk.core.errors import ExportError
    from gkdesk.paths import templates_dir

    d = Docx(str(templates_dir() / "report-2021.docx"))
    plain = [p for p in d.paragraphs if p.text.strip() and "{" not in p.text]
    plain[0].add_run("（本单位）")
    ok = tmp_path / "mine.docx"
    d.save(str(ok))
    compiles.clear()
    out = docx_export.render_docx(example_doc, ok)
    assert any(len(s) > 10_000 for s in compiles), "the edited body must be compiled"
    assert "（本单位）" in zipfile.ZipFile(io.BytesIO(out)).read("word/document.xml").decode()
    plain[1].add_run("{{ no_such_name }}")
    bad = tmp_path / "bad.docx"
    d.save(str(bad))
    with pytest.raises(ExportError, match="no_such_name"):
        docx_export.render_docx(example_doc, bad)


def test_shipped_code_is_what_jinja_compiles_now(no_cache):
    """The code taken from each shipped module equals a fresh compile of its text (tools/make_templates.py
    --check, run by test_templates, compares the files themselves)."""
    if not _shipped_matches_this_jinja():
        pytest.skip("gkdesk/export/precompiled was made for another Jinja version")
    recorded = precompile._record()
    items = [x for x in recorded if x[0] == "code"]
    assert any(len(source) > 10_000 for _, _, source in items)
    for _, env, source in items:
        shipped = codecache.shipped_code(env, source)
        assert shipped is not None, "stale gkdesk/export/precompiled: run tools/make_templates.py"
        assert shipped == env.compile(source) and shipped.co_filename == "<template>"
    texts = [x for x in recorded if x[0] == "text"]
    assert texts
    for _, kind, salt, source, compute in texts:
        assert codecache.shipped_text(kind, salt, source) == compute(source)
