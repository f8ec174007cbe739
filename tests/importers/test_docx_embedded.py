"""Word files whose table is an embedded object (issue #11): an Excel worksheet pasted into Word
(word/embeddings/*.xlsx behind a picture of it), an old .xls object, a picture of a table."""

from __future__ import annotations

import io
import struct
import zlib

import docx
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from openpyxl import Workbook

from gkdesk.core.spec import all_formats
from gkdesk.importers import import_bytes

_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_PACKAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"
_OLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject"


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


def _t3_rows():
    t = next(t for f in all_formats() if f.id == "2021" for t in f.tables if t.key == "t3")
    rows, seen = [], []
    for c in t.cells:
        if c.row not in seen:
            seen.append(c.row)
            rows.append((c.row, c.row_labels))
    return rows


def _sheet_xlsx(ole_size: str | None = "A1:J27") -> bytes:
    """表三 of a 2021 report as a clerk's Excel sheet: labels in A–C, 自然人 … 总计 in D–J, a 备注
    column K and the last row (四、结转下年度继续办理) outside the range the object shows, the
    sheet active, a decoy 表二 on another sheet; the row （六）3.其他 hidden; 予以公开's 法律服务机构
    2.6 formatted "0" (shown 3)."""
    wb = Workbook()
    decoy = wb.active
    decoy.title = "表二"
    decoy.append(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"])
    decoy.append(["规章", 99, 99, 99])
    ws = wb.create_sheet("表三")
    ws["A1"] = "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和"
    ws.merge_cells("A1:C3")
    ws["D1"] = "申请人情况"
    ws.merge_cells("D1:J1")
    ws["D2"], ws["E2"], ws["J2"] = "自然人", "法人或其他组织", "总计"
    ws.merge_cells("D2:D3")
    ws.merge_cells("E2:I2")
    ws.merge_cells("J2:J3")
    for i, h in enumerate(("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")):
        ws.cell(row=3, column=5 + i, value=h)
    ws["K1"] = "备注"
    prev: tuple = ()
    for n, (key, labels) in enumerate(_t3_rows()):
        r = 4 + n
        for k, lab in enumerate(labels):
            if prev[:k + 1] != labels[:k + 1]:
                ws.cell(row=r, column=1 + k, value=lab)
        prev = labels
        ws.cell(row=r, column=4, value=n + 1)
        ws.cell(row=r, column=5, value=0)
        ws.cell(row=r, column=10, value=n + 1)
        ws.cell(row=r, column=11, value=500 + n)  # 备注: outside the object's range
        if key == "granted":
            ws.cell(row=r, column=8, value=2.6).number_format = "0"
        if key == "other_misc":
            ws.row_dimensions[r].hidden = True
    wb.active = 1
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    if ole_size:
        import zipfile
        src = zipfile.ZipFile(io.BytesIO(data))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for item in src.infolist():
                blob = src.read(item.filename)
                if item.filename == "xl/workbook.xml":
                    blob = blob.replace(b"<calcPr", f'<oleSize ref="{ole_size}"/><calcPr'.encode(), 1) \
                        if b"<calcPr" in blob else blob.replace(b"</workbook>", f'<oleSize ref="{ole_size}"/></workbook>'.encode())
                z.writestr(item, blob)
        data = out.getvalue()
    return data


def _docx_with_object(blob: bytes, progid: str, name: str, content_type: str, rel: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("示例县人民政府办公室2023年政府信息公开工作年度报告")
    d.add_paragraph("三、收到和处理政府信息公开申请情况")
    part = Part(PackURI(f"/word/embeddings/{name}"), content_type, blob, d.part.package)
    rid = d.part.relate_to(part, rel)
    img, _ = d.part.get_or_add_image(io.BytesIO(_png()))
    p = d.add_paragraph()
    p._p.append(parse_xml(
        f'<w:r {_NS}><w:object w:dxaOrig="9000" w:dyaOrig="6000">'
        f'<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:450pt;height:300pt" o:ole="">'
        f'<v:imagedata r:id="{img}" o:title=""/></v:shape>'
        f'<o:OLEObject Type="Embed" ProgID="{progid}" ShapeID="_x0000_i1025" DrawAspect="Content" '
        f'ObjectID="_1760000001" r:id="{rid}"/></w:object></w:r>'))
    d.add_paragraph("六、其他需要报告的事项")
    d.add_paragraph("无。")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_excel_sheet_embedded_in_word_is_read_as_the_table_it_shows():
    data = _docx_with_object(_sheet_xlsx(), "Excel.Sheet.12", "Microsoft_Excel_Worksheet.xlsx",
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", _PACKAGE)
    res = import_bytes(data, "embedded.docx")
    doc = res.doc
    rows = [k for k, _ in _t3_rows()]
    for n, key in enumerate(rows):
        if key in ("other_misc", "carry_next"):  # hidden, and outside the object's range: not shown
            assert doc.value(f"t3.{key}.natural").is_blank, key
            continue
        assert doc.value(f"t3.{key}.natural").text == str(n + 1), key
        assert doc.value(f"t3.{key}.business").text == "0", key
    assert doc.value("t3.granted.legal").is_blank  # 2.6 shown as 3: neither number is stored
    assert any("2.6" in n.message and "已留空" in n.message for n in res.notes)
    assert all(doc.value(f"t2.rules.{c}").is_blank for c in ("issued", "repealed", "in_force"))  # other sheet
    assert not any("500" in v.text for v in (doc.value(c) for c in doc.spec.cells))  # outside oleSize


def test_old_xls_object_and_picture_of_a_table_are_named_in_the_report():
    data = _docx_with_object(b"\xd0\xcf\x11\xe0" + b"\x00" * 508, "Excel.Sheet.8", "oleObject1.bin",
                             "application/vnd.openxmlformats-officedocument.oleObject", _OLE)
    res = import_bytes(data, "xls-object.docx")
    assert any("Excel.Sheet.8" in n.message and "不能读取" in n.message for n in res.notes)
    d = docx.Document()
    d.add_paragraph("示例县人民政府办公室2023年政府信息公开工作年度报告")
    d.add_paragraph("三、收到和处理政府信息公开申请情况")
    d.add_picture(io.BytesIO(_png()))
    buf = io.BytesIO()
    d.save(buf)
    res = import_bytes(buf.getvalue(), "picture.docx")
    assert any("图片" in n.message and "手工填写" in n.message for n in res.notes)


def test_a_table_heading_without_numbers_is_not_said_to_be_read_as_text():
    """Only the headings of the tables are text (the tables are pictures): the import report must
    not claim that 表四 was "read as text" — it names the tables it read nothing from instead."""
    d = docx.Document()
    d.add_paragraph("示例县人民政府办公室2023年政府信息公开工作年度报告")
    for heading in ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"):
        d.add_paragraph(heading)
        d.add_picture(io.BytesIO(_png()))
    buf = io.BytesIO()
    d.save(buf)
    res = import_bytes(buf.getvalue(), "pictures.docx")
    assert not any("文字方式读取" in n.message for n in res.notes)
    assert any("表二、表三、表四" in n.message and "图片" in n.message for n in res.notes)
