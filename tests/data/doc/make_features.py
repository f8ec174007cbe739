"""Write features.docx (the source of features.doc, see tests/importers/test_doc_reader.py):

    python tests/data/doc/make_features.py
    soffice --headless --convert-to doc --outdir tests/data/doc tests/data/doc/features.docx

textbox.docx is features.docx through tools/docx_variants.apply(data, random.Random(1), ["textbox"]),
converted the same way.
"""
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
d = docx.Document()
d.add_paragraph("示例县人民政府办公室2024年政府信息公开工作年度报告")
d.add_paragraph("一、总体情况")
p = d.add_paragraph("本年共收到申请")
W = nsdecls("w")
p._p.append(parse_xml(f'<w:del {W} w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>99</w:delText></w:r></w:del>'))
p._p.append(parse_xml(f'<w:r {W}><w:t>12件。</w:t></w:r>'))
t = d.add_table(rows=4, cols=4)
t.style = "Table Grid"
t.cell(0, 0).merge(t.cell(1, 0)).text = "项目"
t.cell(0, 1).merge(t.cell(0, 3)).text = "件数"
for i, h in enumerate(["本年制发", "本年废止", "现行有效"]):
    t.cell(1, i + 1).text = h
t.cell(2, 0).text = "规章"
c = t.cell(2, 1).paragraphs[0]
c._p.append(parse_xml(f'<w:del {W} w:id="2" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>1</w:delText></w:r></w:del>'))
c._p.append(parse_xml(f'<w:r {W}><w:t>2</w:t></w:r>'))
c = t.cell(2, 2).paragraphs[0]
c._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vanish/></w:rPr><w:t>1</w:t></w:r>'))
c._p.append(parse_xml(f'<w:r {W}><w:t>38</w:t></w:r>'))
c = t.cell(2, 3).paragraphs[0]
c._p.append(parse_xml(f'<w:r {W}><w:t>3</w:t></w:r>'))
c._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>1</w:t></w:r>'))
t.cell(3, 0).text = "行政规范性文件"
t.cell(3, 1).text = ""
c = t.cell(3, 2).paragraphs[0]
c._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
c._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> =SUM(LEFT) </w:instrText></w:r>'))
c._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
c._p.append(parse_xml(f'<w:r {W}><w:t>7</w:t></w:r>'))
c._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))
t.cell(3, 3).text = "—"
d.add_paragraph("注：数据截至2024年12月31日。")
# a layout table: one cell holding text and a table
o = d.add_table(rows=1, cols=1)
o.cell(0, 0).text = "表四 行政复议情况"
inner = o.cell(0, 0).add_table(rows=2, cols=3)
for i, h in enumerate(["维持", "纠正", "总计"]):
    inner.cell(0, i).text = h
for i, v in enumerate(["1", "0", "1"]):
    inner.cell(1, i).text = v
d.add_paragraph("六、其他需要报告的事项")
d.add_paragraph("无。")
d.save(str(Path(__file__).with_name("features.docx")))
