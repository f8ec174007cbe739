"""pdfminer.six's text of a PDF whose 表三 cells hold a full-width space here and there: every cell a
box of its own, boxes apart by an empty line, and a cell holding only "　" a line of spaces — the
shape of a web page's paragraphs (where such a line is an empty cell), but the table's headers are
broken over lines, as no web page prints them. A number wrapped in its narrow cell prints its rest
after the table's headers printed again ("8.属于行政查询事项 / 10 / 0 … / 10", headers, "5 / 5" for 105):
the row is not taken as "10 … 10" read as printed (held-out s610 real-012 pdfminer_text stored 10 for
105 in 自然人 and 总计, 29 for 2932); it is read only where the whole table's arithmetic settles the
join, else left blank with a note.
"""

from __future__ import annotations

from gkdesk.core.spec import get_format
from gkdesk.importers import import_bytes
from gkdesk.importers.locate import table_rows

# 表三's column headers as pdfminer prints a LibreOffice PDF's narrow header cells, repeated at the
# top of every page
_HEAD = ("（本\n列数\n据的\n勾稽\n关系\n为：\n第一\n项加\n第二\n项之\n和，\n等于\n第三\n项加\n第四\n项之\n和）\n\n"
         "申请\n人情\n况\n\n自然\n人\n\n商业\n企业\n\n科研\n机构\n\n社会\n公\n益组\n织\n\n法律\n服\n务机\n构\n\n"
         "其他\n\n总计\n\n")


def _text(values: dict[str, list[str]], rests: dict[str, list[str]]) -> str:
    """A 2021 report whose 表三 is printed one box a cell, each row on a page of its own (its label,
    its cells, a cell holding "　", the headers again); ``rests``: pieces of a row's wrapped
    numbers printed after the headers. Rows not in ``values`` are all 0."""
    rows = table_rows(get_format("2021").table("t3"))
    out = ["某镇人民政府2021年政府信息公开工作年度报告\n\n一、总体情况\n\n全年主动公开政府信息120条。\n\n"
           "三、收到和处理政府信息公开申请情况\n\n", _HEAD]
    for r in rows:
        vals = values.get(r.code, ["0"] * 7)
        out.append(r.label + "\n\n" + "".join(v + "\n\n" for v in vals) + "\u3000\n\n" + _HEAD)
        if r.code in rests:
            out.append("".join(p + "\n\n" for p in rests[r.code]) + _HEAD)
    out.append("四、政府信息公开行政复议、行政诉讼情况\n\n五、存在的主要问题及改进情况\n\n无。\n\n六、其他需要报告的事项\n\n无。\n")
    return "".join(out)


def _row(res, code: str) -> list[str]:
    return [str(res.doc.value(f"t3.{code}.{c}")) for c in ("natural", "business", "total")]


def _import(text: str):
    return import_bytes(text.encode("utf-8"), "report.txt")


def test_pdfminer_row_whose_rests_stand_after_repeated_headers_is_joined_by_the_table():
    # 105 applications, all refused as 行政查询事项; 新收 and 总计 printed whole: only 105 … 105 keeps the
    # table's identities
    whole = ["105", "0", "0", "0", "0", "0", "105"]
    res = _import(_text({"new": whole, "results_total": whole, "deny_inquiry": ["10", "0", "0", "0", "0", "0", "10"]},
                        {"deny_inquiry": ["5", "5"]}))
    assert _row(res, "deny_inquiry") == ["105", "0", "105"]  # (main stored 10 … 10 "as printed")
    assert not any(n.kind == "source" for n in res.notes)


def test_pdfminer_rows_whose_rests_the_table_cannot_place_stay_blank():
    # 新收 and 总计 printed as marks: no identity holds 行政查询事项's cells, and its "10 … 10" adds
    # up with the rests "5 / 5" joined (105 … 105) or not: blank, named
    marks = ["—"] * 7
    res = _import(_text({"new": marks, "results_total": marks, "deny_inquiry": ["10", "0", "0", "0", "0", "0", "10"]},
                        {"deny_inquiry": ["5", "5"]}))
    assert all(res.doc.value(f"t3.deny_inquiry.{c}").is_blank for c in ("natural", "business", "total"))
    assert any("8.属于行政查询事项" in n.message and "t3.deny_inquiry.total" in n.cells for n in res.notes)
    assert _row(res, "granted") == ["0", "0", "0"]


def test_pdfminer_rows_without_rests_are_read():
    row = ["10", "0", "0", "0", "0", "0", "10"]
    res = _import(_text({"new": row, "results_total": row, "deny_inquiry": row}, {}))
    for code in ("new", "results_total", "deny_inquiry"):
        assert _row(res, code) == ["10", "0", "10"], code
