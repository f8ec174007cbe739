"""The template context: plain data, nested cell ids, exact cell text, prose blocks."""

from __future__ import annotations

import json

from gkdesk.core.commands import EditCells
from gkdesk.core.document import Document
from gkdesk.export.context import build_context, format_date, paragraph_block
from gkdesk.export.sandbox import make_env


def test_plain_data_and_nested_cells(example_doc):
    ctx = build_context(example_doc)
    assert json.loads(json.dumps(ctx, ensure_ascii=False)) == ctx  # only dicts, lists, strings, numbers
    assert ctx["t3"]["new"]["total"] == "48"
    assert ctx["t2"]["fees"]["amount"] == "12.3456"
    assert ctx["t4"]["review"]["total"] == ctx["cells"]["t4.review.total"]
    assert ctx["meta"]["date"] == "2026年1月20日"
    assert ctx["meta"]["year"] == "2025"
    assert ctx["format"] == {"id": "2021", "name": "2021年格式", "basis": "国办公开办函〔2021〕30号",
                             "title": "2021年格式（国办公开办函〔2021〕30号）"}
    assert [s["heading"] for s in ctx["sections"]][0] == "一、总体情况"
    assert ctx["s1"] is ctx["sections"][0]
    assert ctx["s1"]["number"] == "一" and ctx["s3"]["table"] == "t3"
    for cid, text in ctx["cells"].items():
        node = ctx
        for part in cid.split("."):
            node = node[part]
        assert node == text


def test_table_structure_for_generic_templates(example_doc):
    ctx = build_context(example_doc)
    t3 = ctx["tables"]["t3"]
    assert len(t3["rows"]) == t3["n_rows"] == 28
    corner = t3["rows"][0][0]
    assert (corner["role"], corner["rs"], corner["cs"]) == ("corner", 3, 3)
    value = next(i for i in t3["items"] if i["cell"] == "t3.new.total")
    assert value["text"] == "48" and value["role"] == "value"
    assert [t["key"] for t in ctx["tables_list"]] == ["t2", "t3", "t4"]


def test_cell_text_rules():
    doc = Document("2021")
    EditCells({"t2.fees.amount": "1.234567", "t2.rules.issued": "０", "t3.new.natural": "—",
               "t3.new.business": "约5件"}).apply(doc)
    ctx = build_context(doc)
    assert ctx["t2"]["fees"]["amount"] == "1.2346"  # at most four decimals
    assert ctx["t2"]["rules"]["issued"] == "0"  # zero is a number, never blank
    assert ctx["t2"]["rules"]["repealed"] == ""  # blank only where left blank
    assert ctx["t3"]["new"]["natural"] == "—"
    assert ctx["t3"]["new"]["business"] == "约5件"


def test_dates_and_title_lines():
    assert format_date("2024-01-05") == "2024年1月5日"
    assert format_date("") == ""
    assert format_date("二〇二四年一月") == "二〇二四年一月"
    doc = Document("2021")
    doc.meta.agency, doc.meta.year = "某某省某某市某某县人民政府办公室", 2024
    ctx = build_context(doc)
    assert ctx["title_lines"] == ["某某省某某市某某县人民政府办公室", "2024年政府信息公开工作年度报告"]
    doc.meta.agency = "某局"
    assert build_context(doc)["title_lines"] == ["某局2024年政府信息公开工作年度报告"]


def test_paragraph_blocks():
    assert paragraph_block("（一）主动公开。全年公开100条。") == \
        {"lead": "（一）主动公开。", "body": "全年公开100条。", "text": "（一）主动公开。全年公开100条。"}
    assert paragraph_block("（二）依申请公开")["lead"] == "（二）依申请公开"
    assert paragraph_block("本年度未收取费用。")["lead"] == ""
    doc = Document("2021")
    doc.sections["s1"] = "第一段。\n\n  （一）主动公开。正文。  \n"
    s1 = build_context(doc)["s1"]
    assert s1["paragraphs"] == ["第一段。", "（一）主动公开。正文。"]


def test_dict_method_names_read_cells():
    doc = Document("2019")
    EditCells({"t2.procurement.items": "7"}).apply(doc)
    env = make_env()
    assert env.from_string("{{ t2.procurement.items }}").render(build_context(doc)) == "7"
