"""Hostile input: huge files, zip bombs, entity bombs, binary garbage, wrong encodings, odd structure.

Every case ends in an ImportResult or a clear ImportError_ (Chinese message) in bounded time;
no other exception escapes.
"""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gkdesk.core import storage
from gkdesk.core.errors import ImportError_
from gkdesk.importers import decode_text, import_bytes, import_file, safety

from _report_fixtures import docx_bytes, html_text
from test_docx_import import EXAMPLE

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "reports"  # ../shared beside the repository


def test_huge_file_refused_before_reading(tmp_path):
    p = tmp_path / "huge.docx"
    with open(p, "wb") as fh:
        fh.truncate(safety.MAX_FILE_BYTES + 1)  # sparse: nothing is written
    t = time.thread_time()
    with pytest.raises(ImportError_, match="过大"):
        import_file(p)
    assert time.thread_time() - t < 1


def test_missing_and_directory(tmp_path):
    with pytest.raises(ImportError_, match="找不到"):
        import_file(tmp_path / "nope.docx")
    with pytest.raises(ImportError_, match="不是文件"):
        import_file(tmp_path)


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members.items():
            z.writestr(name, blob)
    return buf.getvalue()


def test_zip_bomb_refused():
    bomb = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * (20 * 1024 * 1024)})
    assert len(bomb) < 100_000
    with pytest.raises(ImportError_, match="压缩炸弹"):
        import_bytes(bomb, "bomb.docx")


def test_many_members_refused():
    data = _zip({f"word/m{i}.xml": b"<a/>" for i in range(safety.MAX_ZIP_MEMBERS + 1)} | {"word/document.xml": b"<a/>"})
    with pytest.raises(ImportError_, match="内部文件"):
        import_bytes(data, "many.docx")


def test_entity_bomb_refused():
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
           b'<w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>')
    good = docx_bytes(storage.load(EXAMPLE))
    zin = zipfile.ZipFile(io.BytesIO(good))
    members = {n: zin.read(n) for n in zin.namelist()}
    members["word/document.xml"] = lol
    with pytest.raises(ImportError_, match="DOCTYPE"):
        import_bytes(_zip(members), "lol.docx")


def test_docx_with_ten_thousand_tables_refused_quickly():
    good = docx_bytes(storage.load(EXAMPLE))
    zin = zipfile.ZipFile(io.BytesIO(good))
    members = {n: zin.read(n) for n in zin.namelist()}
    xml = members["word/document.xml"].decode()
    tbl = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    members["word/document.xml"] = xml.replace("<w:body>", "<w:body>" + tbl * 10000, 1).encode()
    t = time.thread_time()
    with pytest.raises(ImportError_, match="表格"):
        import_bytes(_zip(members), "tables.docx")
    assert time.thread_time() - t < 10


def test_docx_with_giant_table_refused():
    good = docx_bytes(storage.load(EXAMPLE))
    zin = zipfile.ZipFile(io.BytesIO(good))
    members = {n: zin.read(n) for n in zin.namelist()}
    xml = members["word/document.xml"].decode()
    import random
    rnd = random.Random(1)
    rows = "".join("<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{rnd.random()}</w:t></w:r></w:p></w:tc>" for _ in range(40))
                   + "</w:tr>" for _ in range(600))
    members["word/document.xml"] = xml.replace("<w:body>", "<w:body><w:tbl>" + rows + "</w:tbl>", 1).encode()
    with pytest.raises(ImportError_, match="过大"):
        import_bytes(_zip(members), "big.docx")


def test_gridspan_absurd_values_are_clamped():
    good = docx_bytes(storage.load(EXAMPLE))
    zin = zipfile.ZipFile(io.BytesIO(good))
    members = {n: zin.read(n) for n in zin.namelist()}
    xml = members["word/document.xml"].decode().replace('w:gridSpan w:val="4"', 'w:gridSpan w:val="999999999"', 1)
    members["word/document.xml"] = xml.replace('w:gridSpan w:val="3"', 'w:gridSpan w:val="x"', 1).encode()
    res = import_bytes(_zip(members), "spans.docx")  # reads what it can, no crash
    assert res.kind == "docx"


@pytest.mark.parametrize("head,msg", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "旧版"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"{\\rtf1\\ansi\\ansicpg936 hello}", "RTF"),
    (bytes(range(256)) * 40, "二进制"),
    (b"", "空文件"),
    (b"   \n\n ", "空文件"),
    (b'{"a": 1}', "不是 gkdesk"),
    (_zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<a/>"}), "OpenDocument"),
    (_zip({"hello.txt": b"hi"}), "压缩包"),
    (b"PK\x03\x04garbage", "压缩包已损坏"),
])
def test_refused_with_clear_message(head, msg):
    with pytest.raises(ImportError_, match=msg):
        import_bytes(head, "x")


def test_our_json_is_opened_as_is():
    orig = storage.load(EXAMPLE)
    res = import_bytes(storage.dumps(orig).encode(), "r.json")
    assert res.kind == "json"
    assert storage.dumps(res.doc) == storage.dumps(orig)


def test_gbk_text_decodes_like_utf8():
    p = REAL / "real-009.txt"
    if not p.exists():
        pytest.skip("shared reports not available")
    text = p.read_text(encoding="utf-8")
    a = import_bytes(text.encode("utf-8"), "u.txt").doc
    b = import_bytes(text.encode("gbk", errors="strict"), "g.txt").doc
    c = import_bytes(text.encode("utf-16"), "w.txt").doc
    d = import_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"), "bom.txt").doc
    for x in (b, c, d):
        assert storage.dumps(x) == storage.dumps(a)
    assert a.meta.agency == "上海市人民政府办公厅"


def test_decode_text_refuses_mojibake():
    with pytest.raises(ImportError_, match="编码"):
        decode_text(bytes([0x81, 0x30, 0x81]) * 50 + bytes(range(0x80, 0xFF)) * 20, "x.txt")


def test_html_declared_big5_or_unknown_charset():
    page = "<html><head><meta charset='no-such-charset'></head><body><p>二〇二〇年 报告</p></body></html>"
    with pytest.raises(ImportError_):
        import_bytes(page.encode("gbk"), "x.html")  # decoded (GB18030), but holds no report


# ---------------------------------------------------------------------------------- fuzzing

def _seeds() -> list[bytes]:
    orig = storage.load(EXAMPLE)
    out = [docx_bytes(orig), html_text(orig).encode("utf-8"), storage.dumps(orig).encode()]
    try:
        from gkdesk.export.xlsx import render_xlsx
        out.append(render_xlsx(orig))
    except ImportError:  # pragma: no cover - exporter not there
        pass
    p = REAL / "real-002.txt"
    if p.exists():
        out.append(p.read_bytes())
    return out


SEEDS = _seeds()


def _check(data: bytes) -> None:
    try:
        res = import_bytes(data, "fuzz")
    except ImportError_ as e:
        assert str(e)
        return
    assert res.doc is not None
    storage.dumps(res.doc)  # whatever was read can be saved


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_fuzz_random_bytes(data):
    _check(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.sampled_from(range(len(SEEDS))), st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=8),
       st.floats(0, 1))
def test_fuzz_mutated_valid_files(which, flips, cut):
    data = bytearray(SEEDS[which])
    for pos, byte in flips:
        data[int(pos * (len(data) - 1))] = byte
    if cut < 0.2:
        data = data[: int(len(data) * (0.5 + cut))]
    t = time.thread_time()
    _check(bytes(data))
    assert time.thread_time() - t < 10


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' tdrhableowspancl0123456789一二三表总计第二十条项\n\t")), max_size=3000))
def test_fuzz_html_soup(text):
    _check(("<html><body><table>" + text).encode("utf-8"))


_DOCX_MEMBERS = {n: zipfile.ZipFile(io.BytesIO(SEEDS[0])).read(n) for n in zipfile.ZipFile(io.BytesIO(SEEDS[0])).namelist()}


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.floats(0, 1), st.sampled_from([b"<", b">", b"/", b"\"", b"9", b"\xe4", b" ", b"w:tc", b"&"])),
                min_size=1, max_size=6))
def test_fuzz_docx_inner_xml(edits):
    """Valid container, damaged document.xml: python-docx/lxml errors become ImportError_."""
    xml = bytearray(_DOCX_MEMBERS["word/document.xml"])
    for pos, blob in edits:
        i = int(pos * (len(xml) - 1))
        xml[i:i + 1] = blob
    members = dict(_DOCX_MEMBERS)
    members["word/document.xml"] = bytes(xml)
    _check(_zip(members))


def test_utf8_excerpt_cut_inside_a_character():
    text = "某某局2023年政府信息公开工作年度报告\n一、总体情况\n本年度共收到申请"
    data = text.encode("utf-8")[:-2]  # cut inside "请"
    assert decode_text(data, "cut.txt") == text[:-1]


def test_utf8_with_a_damaged_byte_is_not_read_as_gbk():
    text = ("某某局2023年政府信息公开工作年度报告\n一、总体情况\n" + "本机关认真贯彻落实条例，主动公开政府信息。" * 50)
    data = bytearray(text.encode("utf-8"))
    data[100] = 0xFF
    out = decode_text(bytes(data), "damaged.txt")
    assert 1 <= out.count("\ufffd") <= 3 and out.startswith("某某局2023年") and out.endswith("主动公开政府信息。")
