"""Write textbox_prose.docx (the source of textbox_prose.doc, see
tests/importers/test_doc_reader.py::test_prose_in_a_text_box_is_read_where_it_is_anchored):

    python tests/data/doc/make_textbox_prose.py
    soffice --headless --convert-to doc --outdir tests/data/doc tests/data/doc/textbox_prose.docx

A short report whose section 五 is two paragraphs in a floating text box (Word's DrawingML text
box with its VML fallback), anchored in the paragraph after the heading.
"""
from pathlib import Path

import docx
from docx.oxml import parse_xml

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml"')
BOX = ["（一）存在的主要问题：政策解读形式较为单一。", "（二）改进措施：丰富图解、视频等解读形式。"]


def box_xml() -> str:
    paras = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in BOX)
    return (f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" '
            'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="5400000" cy="900000"/><wp:wrapTopAndBottom/><wp:docPr id="5" name="文本框 5"/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="900000"/>'
            '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            '<v:shape id="文本框 5" type="#_x0000_t202" style="width:425pt;height:70pt">'
            f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>')


d = docx.Document()
for t in ("示例县人民政府办公室2024年政府信息公开工作年度报告", "一、总体情况", "本年共收到申请12件。",
          "五、存在的主要问题及改进情况"):
    d.add_paragraph(t)
p = d.add_paragraph("本年度问题与改进如下：")
p._p.append(parse_xml(box_xml()))
d.add_paragraph("六、其他需要报告的事项")
d.add_paragraph("无。")
d.save(str(Path(__file__).with_name("textbox_prose.docx")))
