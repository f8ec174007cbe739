"""Word and WPS XML variants of the same visible report (tools/docx_variants.py).

A clerk's Word file (tools/import_holdout.py write_clerk_docx, seeded layout: merges, an extra
empty column, 表二 split per block …) is rewritten into the shapes Word and WPS Office really write
— legacy w:hMerge, w:gridBefore/w:gridAfter, content controls, split runs, tracked changes, field
results, mc:AlternateContent, text boxes, nested and merged tables, Strict OOXML, w:altChunk — and
imported; every cell must come back as printed (0 wrong, 0 invented, 0 missed).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import docx_variants as dv  # noqa: E402
import import_holdout as ho  # noqa: E402

from gkdesk.core.errors import ImportError_  # noqa: E402
from gkdesk.importers import import_bytes  # noqa: E402
from gkdesk.importers.docx_reader import read_table  # noqa: E402

SEED = 2026
_CACHE: dict[str, tuple[bytes, dict, object, ho.Style]] = {}


def clerk(stem: str):
    """(clerk docx bytes, printed cells, document, style) of a known report."""
    if stem not in _CACHE:
        (_, doc), = ho.sources({stem})
        style = ho.Style.draw(random.Random(f"{SEED}:{stem}:clerk_docx:style"), "clerk_docx")
        printed: dict[str, str] = {}
        data = ho.write_clerk_docx(doc, style, random.Random(f"{SEED}:{stem}:clerk_docx"), printed)
        _CACHE[stem] = (data, printed, doc, style)
    return _CACHE[stem]


def check(data: bytes, stem: str, name: str = "report.docx"):
    _, printed, doc, _ = clerk(stem)
    res = import_bytes(data, name)
    counts, issues = ho.compare_case(res.doc, ho.holdout_truth(doc, printed, stem), stem)
    assert issues == [], issues[:8]
    assert counts["wrong"] == counts["invented"] == counts["missed"] == 0
    return res


# real-004 (2021, merge="empty", an extra empty column after the labels, 表二 one table per block)
# and P06 (2021, real merges, full-width digits, 表三 split in two) at seed 2026
@pytest.mark.parametrize("variant", dv.ALL)
def test_each_word_and_wps_variant_reads_every_cell(variant):
    stem = "P06" if variant in ("hmerge", "vmerge_val") else "real-004"  # real merges / wrapped headers
    data, *_ = clerk(stem)
    out, used = dv.apply(data, random.Random(f"{variant}:{stem}"), [variant])
    assert used == [variant]
    check(out, stem)


@pytest.mark.parametrize("stem", ["P06", "seed_003"])
def test_all_variants_at_once(stem):
    data, *_ = clerk(stem)
    out, _ = dv.apply(data, random.Random(f"all:{stem}"), list(dv.ALL))
    check(out, stem)


def test_mc_alternate_content_is_read_once_never_doubled():
    """WPS writes runs (and text boxes) as mc:AlternateContent with a Choice and a Fallback
    holding the same text; reading both turned 12 into 1212."""
    data, *_ = clerk("P06")
    out, _ = dv.apply(data, random.Random(3), ["alt_content"])
    check(out, "P06")
    tree = _document_xml(out)
    assert tree.findall(f".//{{{dv.MC}}}Fallback"), "the variant must have put runs in AlternateContent"


def test_table_in_a_text_box_is_read_as_a_table_once():
    data, *_ = clerk("P06")
    out, _ = dv.apply(data, random.Random(1), ["textbox"])
    tree = _document_xml(out)
    assert len(tree.findall(f".//{{{dv.W}}}txbxContent")) == 2  # DrawingML Choice + VML Fallback
    check(out, "P06")


def test_rows_ending_early_keep_their_grid_columns():
    """WPS writes a row whose last cells are empty with w:gridAfter: those grid columns are
    still there (a 表二 block with an empty spacer column lost its 处罚 numbers without them)."""
    data, *_ = clerk("real-004")
    out, _ = dv.apply(data, random.Random("grid_skip:real-004"), ["grid_skip"])
    tree = _document_xml(out)
    assert tree.findall(f".//{{{dv.W}}}gridAfter")
    check(out, "real-004")


def _tbl(xml: str):
    return etree.fromstring(f'<w:tbl xmlns:w="{dv.W}">{xml}</w:tbl>')


def _tc(text: str = "", pr: str = "") -> str:
    return f"<w:tc><w:tcPr>{pr}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def test_legacy_hmerge_is_a_horizontal_merge():
    """w:hMerge restart/continue (older Word, WPS) is read like w:gridSpan: the continuation
    positions are recorded and a continuation's own text joins the merged cell."""
    tbl = _tbl("<w:tr>" + _tc("第二十条第（一）项", '<w:hMerge w:val="restart"/>') + _tc("", "<w:hMerge/>")
               + _tc("", '<w:hMerge w:val="continue"/>') + "</w:tr>"
               + "<w:tr>" + _tc("信息内容") + _tc("本年制发件数") + _tc("规章", '<w:hMerge w:val="restart"/>') + "</w:tr>"
               + "<w:tr>" + _tc("a", '<w:hMerge w:val="restart"/>') + _tc("b", "<w:hMerge/>") + _tc("7") + "</w:tr>")
    grid, nested = read_table(tbl, [10_000])
    assert not nested
    assert grid.rows == [["第二十条第（一）项", "", ""], ["信息内容", "本年制发件数", "规章"], ["a\nb", "", "7"]]
    assert grid.spans == {0: frozenset({1, 2}), 2: frozenset({1})}


def test_grid_before_and_after_end_a_vertical_merge():
    tbl = _tbl("<w:tr>" + _tc("甲", '<w:vMerge w:val="restart"/>') + _tc("1") + "</w:tr>"
               + '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' + _tc("2") + "</w:tr>"
               + "<w:tr>" + _tc("乙", "<w:vMerge/>") + _tc("3") + '</w:tr>'
               + '<w:tr><w:trPr><w:gridAfter w:val="1"/></w:trPr>' + _tc("4") + "</w:tr>")
    grid, _ = read_table(tbl, [10_000])
    # 乙 is not covered by 甲's merge: the row between skipped that grid column
    assert grid.rows == [["甲", "1"], ["", "2"], ["乙", "3"], ["4", ""]]


def test_placeholder_of_an_unfilled_content_control_is_an_empty_cell():
    """A template's content control still showing its placeholder (w:showingPlcHdr) — the grey
    "单击或点击此处输入文字。" or a placeholder "0" — was read as the cell's content."""
    data, *_ = clerk("real-004")
    out, _ = dv.apply(data, random.Random(5), ["placeholder"])
    assert len(_document_xml(out).findall(f".//{{{dv.W}}}showingPlcHdr")) > 5
    check(out, "real-004")


def test_non_breaking_hyphen_is_a_mark_and_tab_stops_are_not_text():
    tbl = _tbl("<w:tr>" + _tc("行政处罚") + '<w:tc><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs>'
               "</w:pPr><w:r><w:noBreakHyphen/></w:r></w:p></w:tc>"
               + '<w:tc><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>'
               "<w:r><w:t>12</w:t></w:r></w:p></w:tc></w:tr>")
    grid, _ = read_table(tbl, [10_000])
    assert grid.rows == [["行政处罚", "-", "12"]]


def test_strict_open_xml_document_is_read():
    """Word's "Strict Open XML Document" (purl.oclc.org namespaces): python-docx cannot open
    it; it was refused as 不是有效的 Word 文档."""
    data, *_ = clerk("P06")
    check(dv.strict(data), "P06")


def test_alt_chunk_html_part_is_read():
    """A web system's "export to Word" embeds the report as an HTML part (w:altChunk) that Word
    converts only on opening: its tables are read with the HTML reader."""
    data, printed, doc, style = clerk("seed_003")
    p2: dict[str, str] = {}
    html = ho.write_cms_html(doc, style, random.Random("chunk"), p2)
    assert p2 == printed
    check(dv.with_alt_chunk(data, html), "seed_003")


def test_alt_chunk_docx_part_is_read():
    """The report's tables in another .docx embedded through w:altChunk."""
    data, *_ = clerk("P06")
    check(dv.with_alt_chunk(data, data, target="chunk1.docx"), "P06")


def test_alt_chunk_that_cannot_be_read_is_named_in_the_import_report():
    data, printed, doc, _ = clerk("P06")
    res = import_bytes(dv.with_alt_chunk(data, r"{\rtf1\ansi 1 2 3}", target="chunk.rtf"), "report.docx")
    msgs = [n.message for n in res.notes]
    assert any("altChunk" in m and "另存为 .docx" in m for m in msgs), msgs
    counts, _ = ho.compare_case(res.doc, ho.holdout_truth(doc, printed, "P06"), "P06")
    assert counts["wrong"] == counts["invented"] == 0  # nothing read from the RTF, nothing made up


@pytest.mark.parametrize("stem", ["P06", "real-004"])
def test_word_2003_xml_saved_as_doc_is_read(stem):
    """Web systems' "导出Word" often write a Word 2003 XML document named .doc; it was read as
    plain text and every cell missed."""
    data, *_ = clerk(stem)
    out, _ = dv.apply(data, random.Random(f"2003:{stem}"), ["hmerge", "runs", "tracked", "sdt"])
    res = check(dv.word2003(out), stem, name="年报.doc")
    assert res.kind == "docx"


def test_flat_opc_word_xml_document_is_read():
    """Word's "Word XML 文档" (Flat OPC, .xml): the package's parts inline in one XML file."""
    data, *_ = clerk("seed_003")
    res = check(dv.flat_opc(data), "seed_003", name="年报.xml")
    assert res.kind == "docx"


def test_word_2003_xml_with_an_entity_declaration_is_refused():
    data, *_ = clerk("P06")
    xml = dv.word2003(data).replace(b"<?mso-application", b'<!DOCTYPE x [<!ENTITY a "1">]><?mso-application', 1)
    with pytest.raises(ImportError_, match="实体声明"):
        import_bytes(xml, "年报.doc")


@pytest.mark.parametrize("name", ["年报.doc", "年报.wps"])
def test_old_binary_word_and_wps_files_get_a_clear_message(name):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000
    with pytest.raises(ImportError_) as e:
        import_bytes(ole, name)
    assert "旧版" in str(e.value) and "另存为 .docx" in str(e.value)


def _document_xml(data: bytes):
    import io
    import zipfile

    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))


@pytest.mark.parametrize("head3", ["no_top", "no_legal", "flat"])
def test_hand_built_tables_with_unaccepted_revisions_read_every_cell(head3):
    """A Word file whose tables were built by hand (tools/holdout_hand.py, presentation hand_docx):
    表三's header over fewer rows, thousands separators, cells of several paragraphs, and every kind
    of revision left unaccepted — a number deleted from a now empty cell, the old number's paragraph
    deleted, a number moved from another cell (w:moveFrom), a row deleted with its old numbers, a
    row inserted, formatting changes holding a hidden run's and a spanning cell's old properties —
    plus numbers in plain-text, drop-down and rich-text content controls. The final text is what
    counts: a deleted or moved-away number read as a value is a wrong number."""
    import holdout_hand as hh

    (_, doc), = ho.sources({"example-2021"})
    style = ho.Style.draw(random.Random(f"{SEED}:hand:{head3}"), "clerk_docx")
    style.split_t3 = 0
    style.head3, style.thousands = head3, "，" if head3 == "flat" else ","
    printed: dict[str, str] = {}
    data = ho.write_clerk_docx(doc, style, random.Random(f"{SEED}:hand:{head3}:rows"), printed)
    hand = hh.HandStyle(revisions=hh.REVISIONS, controls=hh.CONTROLS, paras=True)
    out = hh.apply(data, hand, random.Random(f"{SEED}:hand:{head3}:xml"))
    import io
    import zipfile

    body = zipfile.ZipFile(io.BytesIO(out)).read("word/document.xml").decode("utf-8")
    for tag in ("<w:del ", "<w:moveFrom ", "<w:dropDownList>", "<w:rPrChange ", "<w:tcPrChange "):
        assert tag in body, tag
    res = import_bytes(out, "hand.docx")
    counts, issues = ho.compare_case(res.doc, ho.holdout_truth(doc, printed, "example-2021"), "example-2021")
    assert issues == [], issues[:8]
    assert res.doc.value("t3.new.natural").text == doc.value("t3.new.natural").text
