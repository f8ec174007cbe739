"""Write pictures.docx (the source of pictures.doc, see tests/importers/test_doc_reader.py): the
example report with 表三 and 表四 pasted as pictures (screenshots of the tables), as many agencies'
Word files have them:

    python tests/data/doc/make_pictures.py
    soffice --headless --convert-to doc --outdir tests/data/doc tests/data/doc/pictures.docx
"""
import io
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.shared import Cm

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
d = docx.Document()
d.add_paragraph("示例市生态环境局2025年政府信息公开工作年度报告")
d.add_paragraph("一、总体情况")
d.add_paragraph("　　2025年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息812条。")
d.add_paragraph("二、主动公开政府信息情况")
t = d.add_table(rows=3, cols=4)
t.style = "Table Grid"
for c, h in enumerate(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]):
    t.cell(0, c).text = h
for r, row in enumerate([["规章", "0", "0", "3"], ["行政规范性文件", "5", "1", "42"]], 1):
    for c, x in enumerate(row):
        t.cell(r, c).text = x
for heading in ("三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"):
    d.add_paragraph(heading)
    with tempfile.TemporaryDirectory() as tmp:  # a screenshot of the table: a picture with text in it
        png = Path(tmp) / "t.png"
        subprocess.run(["convert", "-size", "640x200", "xc:white", "-stroke", "black", "-draw",
                        "rectangle 5,5 635,195", "-draw", "line 5,60 635,60", "-draw", "line 200,5 200,195",
                        str(png)], check=True)
        d.add_picture(io.BytesIO(png.read_bytes()), width=Cm(15))
d.add_paragraph("五、政府信息公开工作存在的主要问题及改进情况")
d.add_paragraph("　　一是公开内容还不够全面。")
d.add_paragraph("六、其他需要报告的事项")
d.add_paragraph("　　本年度未收取信息处理费。")
d.save(HERE / "pictures.docx")
