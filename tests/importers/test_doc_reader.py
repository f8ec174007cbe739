"""Binary Word 97-2003 .doc (and WPS .wps, the same format) read without LibreOffice
(gkdesk/importers/doc_reader.py).

The files in tests/data/doc were saved by LibreOffice as "Word 97-2003 (.doc)":
- example-2021.doc: our DOCX export of resources/example-2021.json;
- features.doc: features.docx (tests/data/doc/make_features.py) — a tracked deletion ("1" deleted
  before "2"), a hidden "1" before "38", a superscript note marker, a =SUM field with its result,
  vertically and horizontally merged cells, and a layout table holding text and a nested table;
- textbox.doc: features.docx with its first table in a floating text box (docx_variants textbox).
The held-out CI set (tests/data/holdout/*__word97_doc.doc) is checked in test_holdout.py.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from gkdesk.core import storage
from gkdesk.core.errors import ImportError_
from gkdesk.importers import doc_reader, docx_reader, import_bytes

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "doc"
EXAMPLE = ROOT / "resources" / "example-2021.json"


def _fib_offset(data: bytes) -> int:
    """Where the WordDocument stream (the FIB) starts in the file."""
    import io

    import olefile

    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        head = ole.openstream("WordDocument").read(64)
    off = data.find(head)
    assert off > 0 and data.find(head, off + 1) < 0
    return off


def test_our_export_saved_as_doc_reads_like_the_docx():
    orig = storage.load(EXAMPLE)
    res = import_bytes((DATA / "example-2021.doc").read_bytes(), "年报.doc")
    assert res.kind == "doc"
    assert [c for c in orig.spec.cells if orig.value(c) != res.doc.value(c)] == []
    from gkdesk.export.docx import render_docx

    ref = import_bytes(render_docx(orig), "年报.docx").doc
    assert res.doc.sections == ref.sections
    assert res.doc.meta == ref.meta and res.doc.meta.agency == orig.meta.agency


@pytest.mark.parametrize("name", ["年报.wps", "年报.DOC", "年报.docx"])
def test_the_same_bytes_under_another_name_are_read_by_content(name):
    res = import_bytes((DATA / "example-2021.doc").read_bytes(), name)
    assert res.kind == "doc" and res.cells_found == 200


def test_structure_matches_the_docx_it_was_saved_from():
    """Paragraphs, grids (merges as the DOCX reader resolves them), note markers: identical to
    what the DOCX reader reads from the source document."""
    import docx

    got = doc_reader._layout(doc_reader._open((DATA / "features.doc").read_bytes(), "x"), "x")
    ref = docx_reader.read_layout(docx.Document(str(DATA / "features.docx")).element.body)
    norm = [b if isinstance(b, str) else (b.rows, b.spans) for b in got.blocks]
    assert norm == [b if isinstance(b, str) else (b.rows, b.spans) for b in ref.blocks]
    assert got.markers == ref.markers == [("3", "1")]
    grids = [b.rows for b in got.blocks if not isinstance(b, str)]
    # deleted "1" left out, hidden "1" left out, superscript 1 a marker, the field's result kept
    assert grids[0][2] == ["规章", "2", "38", "3"] and grids[0][3] == ["行政规范性文件", "", "7", "—"]
    assert grids[0][0] == ["项目", "件数", "", ""] and grids[0][1][0] == ""  # merges
    assert grids[1] == [["维持", "纠正", "总计"], ["1", "0", "1"]]  # the nested table, as a table
    assert "本年共收到申请12件。" in got.blocks  # tracked deletion in prose


@pytest.mark.parametrize("flag,word", [(0x0100, "已加密"), (0x8000, "已加密"), (0x0004, "快速保存")])
def test_encrypted_and_fast_saved_files_are_refused_with_the_resave_hint(flag, word):
    data = bytearray((DATA / "example-2021.doc").read_bytes())
    off = _fib_offset(bytes(data))
    flags = int.from_bytes(data[off + 0x0A:off + 0x0C], "little") | flag
    data[off + 0x0A:off + 0x0C] = flags.to_bytes(2, "little")
    with pytest.raises(doc_reader.Unreadable) as e:
        import_bytes(bytes(data), "年报.doc")
    assert word in str(e.value) and ".docx" in str(e.value)


def test_word_95_file_is_refused():
    data = bytearray((DATA / "example-2021.doc").read_bytes())
    off = _fib_offset(bytes(data))
    data[off + 2:off + 4] = (0x68).to_bytes(2, "little")
    with pytest.raises(doc_reader.Unreadable, match="Word 6.0/95"):
        import_bytes(bytes(data), "年报.doc")


def test_damaged_files_end_in_a_clear_message():
    """Seeded byte damage in the streams: a result or an ImportError_, never a crash."""
    good = (DATA / "features.doc").read_bytes()
    rng = random.Random(97)
    outcomes = set()
    for _ in range(40):
        data = bytearray(good)
        for _ in range(rng.choice([1, 4, 30])):
            i = rng.randrange(512, len(data))
            data[i] = rng.randrange(256)
        try:
            import_bytes(bytes(data), "年报.doc")
            outcomes.add("read")
        except ImportError_ as e:
            assert "年报.doc" in str(e)
            outcomes.add("refused")
    assert outcomes  # both kinds are fine; any other exception fails the test


def test_row_whose_cells_do_not_match_its_definition_is_read_cell_by_cell():
    """A row definition (sprmTDefTable) for 3 cells on a row that holds 2: no widths are trusted,
    the cells are read in order (no cell placed by a guessed width)."""
    def tdef(edges, flags=()):
        body = bytes([len(edges) - 1]) + b"".join(e.to_bytes(2, "little", signed=True) for e in edges)
        body += b"".join(f.to_bytes(2, "little") + bytes(18) for f in flags)  # TC80: tcgrf, width, borders
        return [(0xD608, (len(body) + 1).to_bytes(2, "little") + body)]

    cell = doc_reader._Cell
    para = doc_reader._Para
    pap = doc_reader._Pap()

    def row(*texts):
        return [cell([para(t, [], "\x07", pap)]) for t in texts]

    rows = [(row("项目", "件数"), tdef([0, 1000, 3000])), (row("规章", "5"), tdef([0, 1000, 2000, 3000]))]
    grid = doc_reader._grid(rows, [10_000], "x", [])
    assert grid.rows == [["项目", "件数"], ["规章", "5"]]
    rows[1] = (row("规章", "5", "6"), tdef([0, 1000, 2000, 3000]))
    grid = doc_reader._grid(rows, [10_000], "x", [])
    assert grid.rows == [["项目", "件数", ""], ["规章", "5", "6"]] and grid.spans == {0: frozenset({2})}

    # TC80 vertMerge: 3 starts a vertical merge, 1 continues it (a covered cell's text is not read);
    # horizontal merge: 1 first cell, 2 merged into it (its text joins the first cell)
    rows = [(row("项目", "件数", ""), tdef([0, 1000, 2000, 3000], [3 << 5, 1, 2])),
            (row("旧", "本年", "上年"), tdef([0, 1000, 2000, 3000], [1 << 5, 0, 0]))]
    grid = doc_reader._grid(rows, [10_000], "x", [])
    assert grid.rows == [["项目", "件数", ""], ["", "本年", "上年"]] and grid.spans == {0: frozenset({2})}


def test_table_in_a_text_box_is_read():
    """textbox.doc: features.docx with its first table moved into a floating text box
    (tools/docx_variants.py textbox), saved as .doc by LibreOffice. The box's text is its own
    story after the main text (FIB ccpTxbx); its table is read like the DOCX reader reads it
    (in the place of the paragraph the box is anchored in, as the DOCX reader does)."""
    import docx

    got = doc_reader._layout(doc_reader._open((DATA / "textbox.doc").read_bytes(), "x"), "x")
    ref = docx_reader.read_layout(docx.Document(str(DATA / "textbox.docx")).element.body)
    grids = sorted((b.rows, sorted(b.spans.items())) for b in got.blocks if not isinstance(b, str))
    assert grids == sorted((b.rows, sorted(b.spans.items())) for b in ref.blocks if not isinstance(b, str))
    assert ["规章", "2", "38", "3"] in [r for rows, _ in grids for r in rows]
    kinds = [type(b).__name__ for b in got.blocks if not isinstance(b, str) or b.strip()]
    assert kinds == [type(b).__name__ for b in ref.blocks if not isinstance(b, str) or b.strip()]


def test_prose_in_a_text_box_is_read_where_it_is_anchored():
    """textbox_prose.doc (tests/data/doc/make_textbox_prose.py, saved as .doc by LibreOffice):
    section 五's two paragraphs are in a floating text box. The box is placed by its anchor (the
    main text's shape table PlcSpaMom, the box's shape id in PlcftxbxTxt), so its prose is read in
    section 五, as from the .docx it was saved from."""
    want = "本年度问题与改进如下：\n（一）存在的主要问题：政策解读形式较为单一。\n（二）改进措施：丰富图解、视频等解读形式。"
    for name in ("textbox_prose.doc", "textbox_prose.docx"):
        res = import_bytes((DATA / name).read_bytes(), name)
        assert res.doc.sections["s5"] == want, name
        assert res.doc.sections["s6"] == "无。", name
        assert not any("文本框" in n.message for n in res.notes), name


def test_tables_pasted_as_pictures_are_named_and_never_guessed():
    """pictures.doc (tests/data/doc/make_pictures.py, saved as .doc by LibreOffice): 表二 typed as a
    table, 表三 and 表四 pasted as screenshots under their headings. The report says those two tables
    were not read and that the file has pictures in their place; no number is stored for them, 表二
    is read; the example report (tables, no pictures) gets no such line."""
    res = import_bytes((DATA / "pictures.doc").read_bytes(), "pictures.doc")
    notes = [n.message for n in res.notes if "图片" in n.message]
    assert len(notes) == 1 and "表三、表四" in notes[0] and "2 个图片或图形对象" in notes[0] and "手工填写" in notes[0]
    for t in ("t3", "t4"):
        assert all(res.doc.value(c.id).is_blank for c in res.doc.spec.table(t).cells)
    assert res.doc.value("t2.normative.in_force").text == "42"
    example = import_bytes((DATA / "example-2021.doc").read_bytes(), "example.doc")
    assert not any("图片" in n.message for n in example.notes)
