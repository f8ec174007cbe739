"""CJK radical and compatibility look-alikes ("⼀" U+2F00 for 一, "⼈" for 人, "六" U+F9D1 for 六).

Fonts in many published PDFs map common characters to these code points, and text copied out of
such a PDF carries them into Word files and web pages. They look the same but are other
characters: a heading "⼆、主动公开政府信息情况" was not a heading, so 表二's text ran into 一 and the
prose kept characters a clerk cannot search for. Every importer reads them as the ideographs.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from pathlib import Path

import pytest

from gkdesk.core import storage
from gkdesk.core.text import simplify_traditional, unify_lookalikes
from gkdesk.importers import import_bytes

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "reports" / "real-002.txt"


def _as_lookalikes(text: str) -> str:
    """Every character that has a radical/compatibility look-alike written as that look-alike."""
    back = {}
    for cp in list(range(0x2F00, 0x2FD6)) + list(range(0x2E80, 0x2EF4)):
        n = unicodedata.normalize("NFKC", chr(cp))
        if len(n) == 1 and n != chr(cp):
            back.setdefault(n, chr(cp))
    return "".join(back.get(ch, ch) for ch in text)


def test_unify_lookalikes_replaces_only_lookalikes():
    assert unify_lookalikes("⼀、总体情况：⼈民政府⽂件\uf9d1件") == ("一、总体情况：人民政府文件六件", 4)
    # full-width punctuation, digits and letters and ordinary ideographs stay as they are
    same = "（一）本年新收１２件，ＡＢ；“三安全一稳定”。"
    assert unify_lookalikes(same) == (same, 0)


@pytest.mark.skipif(not REAL.exists(), reason="../shared not present")
def test_text_with_lookalikes_imports_like_the_source():
    text = REAL.read_text(encoding="utf-8")
    odd = _as_lookalikes(text)
    assert sum(a != b for a, b in zip(text, odd)) > 50
    want = import_bytes(text.encode("utf-8"), "real-002.txt").doc
    res = import_bytes(odd.encode("utf-8"), "real-002.txt")
    got = res.doc
    assert got.cells == want.cells
    assert got.sections == want.sections
    assert (got.meta.agency, got.meta.year) == (want.meta.agency, want.meta.year)
    assert [n.message for n in res.notes if "部首" in n.message] == [
        f"原文中有 {sum(a != b for a, b in zip(text, odd))} 个部首或兼容汉字（如“⼀”“⼈”，多见于从 PDF 复制的文字），"
        "已换成外观相同的通用汉字。"]


def _export_rewritten(tmp_path, rewrite):
    """(the example, our DOCX export of it, that export with word/document.xml's text rewritten)."""
    export = pytest.importorskip("gkdesk.export.docx")
    orig = storage.load(ROOT / "resources" / "example-2021.json")
    out = tmp_path / "report.docx"
    export.export_docx(orig, out)
    data = out.read_bytes()
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            body = zin.read(item.filename)
            if item.filename == "word/document.xml":
                body = rewrite(body.decode("utf-8")).encode("utf-8")
            zout.writestr(item, body)
    assert buf.getvalue() != data
    return orig, data, buf.getvalue()


def test_docx_with_lookalikes_imports_like_the_source(tmp_path):
    """Our own export with its text rewritten in look-alikes, as a Word file pasted from a PDF."""
    orig, data, rewritten = _export_rewritten(tmp_path, _as_lookalikes)
    want = import_bytes(data, "report.docx").doc
    got = import_bytes(rewritten, "report.docx").doc
    assert got.cells == want.cells
    assert got.sections == want.sections
    assert got.meta.agency == want.meta.agency == orig.meta.agency


# ------------------------------------------------------------------ traditional characters

#: a 2021-format excerpt as a Taiwan-style converter prints it (規範性文件 → 規範性檔案), one cell per line
_TRAD = """某某市商務局2022年度政府信息公開工作年度報告

一、總體情況
全年收到申請2件,予以公開2件。
二、主動公開政府信息情況
第二十條第(一)項
信息內容
本年制發件數
本年廢止件數
現行有效件數
規章
0
0
0
行政規範性檔案
2
1
14
第二十條第(五)項
信息內容
本年處理決定數量
行政許可
37
第二十條第(六)項
信息內容
本年處理決定數量
行政處罰
5
行政強制
0
第二十條第(八)項
信息內容
本年收費金額(單位:萬元)
行政事業性收費
1.5
三、收到和處理政府信息公開申請情況
"""


def test_simplify_traditional_only_touches_traditional_text():
    text, n = simplify_traditional(_TRAD)
    assert n > 50
    assert "二、主动公开政府信息情况" in text and "行政规范性文件" in text and "行政处罚" in text
    assert len(text) == len(_TRAD) and [ln for ln in text.split("\n") if ln[:1].isdigit()] == \
        [ln for ln in _TRAD.split("\n") if ln[:1].isdigit()]
    # a simplified text, even one with a stray traditional character in a name, stays as it is
    same = "某某镇人民政府2023年政府信息公开工作年度报告。张國華同志负责。"
    assert simplify_traditional(same) == (same, 0)


def test_traditional_text_imports_its_tables():
    res = import_bytes(_TRAD.encode("utf-8"), "trad.txt")
    doc = res.doc
    got = {c: doc.value(c).text for c in ("t2.rules.issued", "t2.normative.issued", "t2.normative.repealed",
                                          "t2.normative.in_force", "t2.license.decisions", "t2.penalty.decisions",
                                          "t2.coercion.decisions", "t2.fees.amount")}
    assert got == {"t2.rules.issued": "0", "t2.normative.issued": "2", "t2.normative.repealed": "1",
                   "t2.normative.in_force": "14", "t2.license.decisions": "37", "t2.penalty.decisions": "5",
                   "t2.coercion.decisions": "0", "t2.fees.amount": "1.5"}
    assert (doc.meta.agency, doc.meta.year) == ("某某市商务局", 2022)
    assert any("繁体字" in n.message for n in res.notes)


@pytest.mark.parametrize("converter", ["s2t", "s2twp"])
def test_docx_in_traditional_characters_imports_like_the_source(tmp_path, converter):
    """Our own export rewritten in traditional characters (a Word file saved from a big5 page) by
    OpenCC, as mirror sites convert: characters only (s2t), or Taiwan-style with words too (s2twp:
    文件 → 檔案, 信息 → 資訊, 优化 → 最佳化). Tables and agency come in as in the source; the prose
    too when only characters were converted (the words of s2twp are not all put back)."""
    import opencc

    orig, data, rewritten = _export_rewritten(tmp_path, opencc.OpenCC(converter).convert)
    want = import_bytes(data, "report.docx").doc
    res = import_bytes(rewritten, "report.docx")
    got = res.doc
    assert got.cells == want.cells
    if converter == "s2t":
        assert got.sections == want.sections
    assert got.meta.agency == want.meta.agency == orig.meta.agency
    assert any("繁体字" in n.message for n in res.notes)
