"""docx export shortcuts that must not change the result: docxtpl's resolve_listing is skipped when the
rendered XML has none of the characters it replaces (tab, bell, newline, form feed), and a bundled
template whose full check passed is scanned without parsing each tag."""

from __future__ import annotations

import inspect
import io
import re
import zipfile

from docxtpl import DocxTemplate

from gkdesk.export import docx as docx_export


def test_resolve_listing_replaces_only_the_skipped_characters():
    # the premise of the shortcut: if docxtpl ever replaces another character, this fails
    src = inspect.getsource(DocxTemplate.resolve_listing)
    replaced = re.findall(r'\.replace\(\s*"(\\.)"', src)
    assert sorted(r.encode().decode("unicode_escape") for r in replaced) == sorted(docx_export._LISTING_CHARS)


def test_the_shortcut_gives_docxtpls_result(example_doc, monkeypatch):
    calls = []
    real = DocxTemplate.resolve_listing

    def spy(self, xml):
        out = real(self, xml)
        calls.append((xml, out))
        return out

    monkeypatch.setattr(DocxTemplate, "resolve_listing", spy)
    docx_export.clear_cache()
    fast = docx_export.render_docx(example_doc)
    assert not calls, "the example has no tab or line break in its runs: nothing to resolve"
    monkeypatch.setattr(docx_export, "_LISTING_CHARS", ("<",))  # every part "needs" it: docxtpl runs
    docx_export.clear_cache()
    slow = docx_export.render_docx(example_doc)
    assert calls and all(xml == out for xml, out in calls)
    a, b = zipfile.ZipFile(io.BytesIO(fast)), zipfile.ZipFile(io.BytesIO(slow))
    assert a.read("word/document.xml") == b.read("word/document.xml")


def test_a_tab_in_the_text_is_still_resolved(example_doc):
    doc = example_doc
    doc.meta.agency = "某某\t县人民政府"
    docx_export.clear_cache()
    xml = zipfile.ZipFile(io.BytesIO(docx_export.render_docx(doc))).read("word/document.xml").decode()
    assert "<w:tab/>" in xml and "\t" not in xml


def test_a_verified_template_is_scanned_without_parsing_each_tag_and_gives_the_same(monkeypatch):
    """The bundled templates (full check passed) skip the parse of each tag: same fixed texts, no problem;
    any other template still parses them (a broken tag is found)."""
    from docx import Document as Docx

    from gkdesk import paths
    from gkdesk.export.sandbox import make_env
    from gkdesk.export.tagscan import scan_template

    env = make_env(autoescape=True)
    for fmt in ("2019", "2021"):
        places = docx_export._places(Docx(str(paths.templates_dir() / f"report-{fmt}.docx")))
        full, quick = scan_template(places, env), scan_template(places, env, parse_tags=False)
        assert full.problems == quick.problems == [] and full.statics == quick.statics and full.statics
    broken = [("第1段", "{{ a b }}", True)]
    assert scan_template(broken, env).problems and not scan_template(broken, env, parse_tags=False).problems
    parsed = []
    real = env.parse
    monkeypatch.setattr(env, "parse", lambda s: parsed.append(s) or real(s))
    monkeypatch.setattr(docx_export, "make_env", lambda **k: env)
    docx_export.clear_cache()
    docx_export._checked(paths.templates_dir() / "report-2021.docx")
    assert not parsed
    monkeypatch.setattr(docx_export, "is_verified", lambda *a: False)
    docx_export.clear_cache()
    docx_export._checked(paths.templates_dir() / "report-2021.docx")
    assert any(len(x) < 200 for x in parsed), "each tag is parsed on its own"
    docx_export.clear_cache()
