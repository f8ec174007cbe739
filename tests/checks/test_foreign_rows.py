"""GK612: a row printed in the other format's layout (the 2019 single row （六）其他处理 in a 2021 表三).

The importer records such rows in the Document (``foreign_rows``, saved with the report); the rule
gives one warning per row while its cells are as the import left them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gkdesk.checks.engine import run_checks
from gkdesk.core import storage
from gkdesk.core.values import parse_value
from gkdesk.importers.text import import_text

ROOT = Path(__file__).resolve().parent.parent.parent
SHARED = ROOT.parent / "shared"
SOURCE = ROOT / "tests" / "data" / "reports" / "foreign-row-2021.txt"
SUBROWS = ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
           "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他")
SINGLE = re.compile(r"^(\s*（六）其他处理)(.*)$", re.M)


def found(doc, rule):
    return [f for f in run_checks(doc) if f.check_id == rule]


def imported(text):
    return import_text(text, "foreign-row-2021.txt").doc


def test_fires_once_on_the_2019_single_row_in_a_2021_report():
    doc = imported(SOURCE.read_text(encoding="utf-8"))
    assert doc.format_id == "2021"
    (f,) = found(doc, "GK612")
    assert "（六）其他处理" in f.message and "2019" in f.message and "1.、2.、3." in f.message
    assert "已留空" in f.message  # 2/1/…/3 cannot be split among the sub-rows
    assert {doc.spec.cells[c].row for c in f.cells} == {"other_overdue", "other_unpaid", "other_misc"}
    assert all(doc.value(c).is_blank for c in f.cells)  # no number invented
    # one mistake, one finding: the blank sub-rows are not reported again by GK101
    assert not [g for g in found(doc, "GK101") if set(g.cells) & set(f.cells)]


def test_all_zero_single_row_fills_zeros_and_still_says_so():
    text = SINGLE.sub(lambda m: m.group(1) + "   0    0   0   0    0    0   0", SOURCE.read_text(encoding="utf-8"))
    text = text.replace("（七）总计                             10   2", "（七）总计                             8   1")
    text = text.replace("四、结转下年度继续办理                            1    0   0   0    0    0   1",
                        "四、结转下年度继续办理                            3    1   0   0    0    0   4")
    doc = imported(text)
    (f,) = found(doc, "GK612")
    assert "均已填 0" in f.message
    assert all(doc.number(c) == 0 for c in f.cells)


def test_silent_once_the_clerk_enters_the_sub_rows():
    doc = imported(SOURCE.read_text(encoding="utf-8"))
    (f,) = found(doc, "GK612")
    doc._put(f.cells[0], parse_value("2"))
    assert found(doc, "GK612") == []
    assert found(doc, "GK101")  # the other blank sub-row cells are GK101's again


def test_silent_when_the_report_prints_the_three_sub_rows():
    rows = "\n".join(f"     {label}     {a}    {b}   0   0    0    0   {a + b}"
                     for label, (a, b) in zip(SUBROWS, [(1, 0), (0, 0), (1, 1)]))
    text = SINGLE.sub(lambda m: "     （六）其他处理\n" + rows, SOURCE.read_text(encoding="utf-8"))
    doc = imported(text)
    assert doc.foreign_rows == []
    assert found(doc, "GK612") == []
    assert doc.number("t3.other_misc.total") == 2


def test_storage_round_trip_keeps_the_marker(tmp_path):
    doc = imported(SOURCE.read_text(encoding="utf-8"))
    path = tmp_path / "r.gkreport"
    storage.save(doc, path)
    back = storage.load(path)
    assert back.foreign_rows == doc.foreign_rows and back.foreign_rows
    assert len(found(back, "GK612")) == 1


def test_old_files_without_the_marker_load(example_path):
    data = storage.to_dict(storage.load(example_path))
    assert "foreign_rows" not in data  # nothing written when there is nothing to record
    assert storage.from_dict(data).foreign_rows == []


def test_a_malformed_marker_is_a_load_error(example_path):
    data = storage.to_dict(storage.load(example_path))
    data["foreign_rows"] = [{"table": "t3", "label": "x", "format": "2019", "cells": {"t3.nope": None}}]
    with pytest.raises(storage.LoadError):
        storage.from_dict(data)


def test_silent_on_the_example(example_doc):
    assert found(example_doc, "GK612") == []


@pytest.mark.parametrize("path", sorted((SHARED / "seeds").glob("*.txt")), ids=lambda p: p.name)
def test_silent_on_the_seeds(path):
    assert found(import_text(path.read_text(encoding="utf-8"), path.name).doc, "GK612") == []


def test_real_reports_only_where_the_source_prints_the_single_row():
    """Of the real reports, only real-002 (2021 format, prints the 2019 （六）其他处理 row) gets it."""
    fired = {p.name for p in sorted((SHARED / "reports").glob("*.txt"))
             if found(import_text(p.read_text(encoding="utf-8"), p.name).doc, "GK612")}
    assert fired == {"real-002.txt"}


# ------------------------------------------- the 2019 label 规范性文件 printed in a 2021 表二

OLD_LABEL = re.compile(r"^行政规范性文件(?=\s)", re.M)


def with_old_label(text):
    out, n = OLD_LABEL.subn("规范性文件", text)
    assert n == 1
    return out


def label_findings(doc):
    return [f for f in found(doc, "GK612") if f.cells[0].startswith("t2.")]


def test_old_label_in_a_2021_table2_fires_once_and_keeps_the_numbers():
    doc = imported(with_old_label(SOURCE.read_text(encoding="utf-8")))
    (f,) = label_findings(doc)
    assert f.cells == ("t2.normative.issued", "t2.normative.repealed", "t2.normative.in_force")
    assert [doc.value(c).text for c in f.cells] == ["1", "0", "3"]  # read as printed, not dropped
    assert "“规范性文件”" in f.message and "“行政规范性文件”" in f.message and "2019" in f.message
    assert "本年制发件数1" in f.message
    (r,) = [r for r in doc.foreign_rows if r["table"] == "t2"]
    assert r["into"] == "行政规范性文件" and r["format"] == "2019"
    # one problem, one finding: the （六） row of the same source is a separate finding
    assert len(found(doc, "GK612")) == 2


def test_old_label_silent_when_the_2021_label_is_printed():
    doc = imported(SOURCE.read_text(encoding="utf-8"))
    assert label_findings(doc) == []
    assert not [r for r in doc.foreign_rows if r["table"] == "t2"]


def test_old_label_silent_once_a_cell_is_edited_or_explained():
    doc = imported(with_old_label(SOURCE.read_text(encoding="utf-8")))
    (f,) = label_findings(doc)
    doc._put("t2.normative.in_force", parse_value("4"))
    assert label_findings(doc) == []
    doc._put("t2.normative.in_force", parse_value("3"))  # back as imported: the marker is active again
    (f,) = label_findings(doc)
    from gkdesk.core.commands import History, SetExplanation
    History(doc).push(SetExplanation(f.check_id, f.key, f.cells, "经核对，均为行政规范性文件"))
    (g,) = label_findings(doc)
    assert g.explained  # a 说明 settles it: shown as explained, no longer counted as a warning


def test_old_label_row_with_nothing_read_is_gk101s():
    """Two numbers for three columns: the row stays blank (no column guessed); nothing was read into
    it, so no GK612 — the blanks are GK101's, and the import note still names the old label."""
    text = with_old_label(SOURCE.read_text(encoding="utf-8"))
    text = re.sub(r"^(规范性文件\s+1\s+0)\s+3", r"\1", text, flags=re.M)  # 现行有效 not printed
    res = import_text(text, "x.txt")
    doc = res.doc
    assert all(doc.value(f"t2.normative.{c}").is_blank for c in ("issued", "repealed", "in_force"))
    assert label_findings(doc) == []
    assert [g for g in found(doc, "GK101") if "t2.normative.issued" in g.cells]
    assert any("原文行名为“规范性文件”" in n.message for n in res.notes)


def test_old_label_survives_save_and_load(tmp_path):
    doc = imported(with_old_label(SOURCE.read_text(encoding="utf-8")))
    storage.save(doc, tmp_path / "r.gkreport")
    back = storage.load(tmp_path / "r.gkreport")
    assert back.foreign_rows == doc.foreign_rows
    assert len(label_findings(back)) == 1


def test_a_malformed_into_is_a_load_error(example_path):
    data = storage.to_dict(storage.load(example_path))
    data["foreign_rows"] = [{"table": "t2", "label": "规范性文件", "format": "2019", "into": 3,
                             "cells": {"t2.normative.issued": "1"}}]
    with pytest.raises(storage.LoadError):
        storage.from_dict(data)


def _rename_docx_cell(data: bytes) -> bytes:
    import io

    import docx
    d = docx.Document(io.BytesIO(data))
    n = 0
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                if cell.text == "行政规范性文件":
                    for p in cell.paragraphs:
                        for run in p.runs:
                            run.text = run.text.replace("行政规范性文件", "规范性文件")
                    n += 1
    assert n >= 1
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("kind", ["docx", "html"])
def test_old_label_in_a_real_table_fires_once(example_doc, kind):
    """DOCX and HTML tables are read on the official grid (grid.py), not as text."""
    import sys
    sys.path.insert(0, str(ROOT / "tests" / "importers"))
    from _report_fixtures import docx_bytes, html_text

    from gkdesk.importers import import_bytes
    if kind == "docx":
        plain = docx_bytes(example_doc)
        renamed = _rename_docx_cell(plain)
    else:
        plain = html_text(example_doc).encode("utf-8")
        renamed = plain.replace(">行政规范性文件</".encode(), ">规范性文件</".encode())
        assert renamed != plain
    doc = import_bytes(renamed, f"r.{kind}").doc
    (f,) = label_findings(doc)
    assert [doc.value(c).text for c in f.cells] == [example_doc.value(c).text for c in f.cells]
    assert label_findings(import_bytes(plain, f"r.{kind}").doc) == []


def test_old_label_silent_on_every_report_in_shared():
    """No report in ../shared prints the 2019 label in a 2021 表二 (P02, a 2023 report on the whole 2019
    表二, is read in the 2019 format: GK003 reports that, not GK612)."""
    paths = sorted((SHARED / "reports").glob("*.txt")) + sorted((SHARED / "seeds").glob("*.txt"))
    assert len(paths) >= 18
    fired = [p.name for p in paths if label_findings(import_text(p.read_text(encoding="utf-8"), p.name).doc)]
    assert fired == []


# ------------------------------- the 2019 single row （六）其他处理 in a DOCX/HTML table (grid.py)

def _fixtures():
    import sys
    sys.path.insert(0, str(ROOT / "tests" / "importers"))
    import _report_fixtures
    return _report_fixtures


def _group_printed_as_one_row(doc, table_key="t3", row="other_overdue"):
    """``doc``'s table laid out as a 2019 report prints it: the group holding ``row`` (2021 （六）其他处理,
    from the spec) as one row with each column's sum of its items, the items not printed."""
    import dataclasses

    t = doc.spec.table(table_key)
    group = doc.spec.cells[t.cell_id(row, t.col_codes[0])].row_labels[-2]
    g = next(it for it in t.items if it.role == "rowlabel" and it.text == group)
    top, n = g.r, g.rs
    out = []
    for it in t.items:
        if it is g:
            out.append(dataclasses.replace(it, rs=1, cs=2))  # over the items' label column too
        elif top <= it.r < top + n:
            if it.role == "value" and it.r == top:  # the items' sum, printed as text of the grid
                col = [x.cell for x in t.items if x.role == "value" and x.c == it.c and top <= x.r < top + n]
                nums = [doc.number(c) for c in col if doc.value(c).is_number]
                out.append(dataclasses.replace(it, role="text", cell="", text=str(sum(nums)) if nums else ""))
        elif it.r >= top + n:
            out.append(dataclasses.replace(it, r=it.r - (n - 1)))
        elif it.r + it.rs > top:
            out.append(dataclasses.replace(it, rs=it.rs - (n - 1)))  # an outer label spanning the group
        else:
            out.append(it)
    return group, dataclasses.replace(t, items=tuple(out), n_rows=t.n_rows - (n - 1))


def _real_table(doc, kind, tables=None):
    from gkdesk.importers import import_bytes

    fx = _fixtures()
    data = fx.docx_bytes(doc, tables=tables) if kind == "docx" else fx.html_text(doc, tables=tables).encode("utf-8")
    return import_bytes(data, f"r.{kind}")


SUBROW_CODES = ("other_overdue", "other_unpaid", "other_misc")


@pytest.mark.parametrize("kind", ["docx", "html"])
def test_single_row_in_a_real_table_fires_once_and_stays_blank(example_doc, kind):
    group, t3 = _group_printed_as_one_row(example_doc)
    assert [example_doc.number(f"t3.other_overdue.{c}") for c in ("natural", "total")] == [1, 1]  # "1 0 0 0 0 0 1"
    res = _real_table(example_doc, kind, {"t3": t3})
    doc = res.doc
    (f,) = found(doc, "GK612")
    assert "“（六）其他处理”" in f.message and "2019" in f.message and "已留空" in f.message
    assert {doc.spec.cells[c].row for c in f.cells} == set(SUBROW_CODES)
    assert all(doc.value(c).is_blank for c in f.cells)  # 1 cannot be spread over the sub-rows
    # one mistake, one finding: nothing else fires (GK101 leaves the sub-rows to GK612)
    assert [g.check_id for g in run_checks(doc)] == ["GK612"]
    assert any(f"原文“{group}”只有一行合计数字（1／0／0／0／0／0／1）" in n.message for n in res.notes)
    assert not any("未找到" in n.message for n in res.notes)
    # every other cell as printed
    others = [c for c in doc.spec.cells if c.startswith("t3.") and c not in f.cells]
    assert [doc.value(c).text for c in others] == [example_doc.value(c).text for c in others]


@pytest.mark.parametrize("kind", ["docx", "html"])
def test_all_zero_single_row_in_a_real_table_fills_zeros(example_doc, kind):
    for cid, d in (("t3.other_overdue.natural", -1), ("t3.other_overdue.total", -1),
                   ("t3.granted.natural", 1), ("t3.granted.total", 1)):  # the 1 decided otherwise
        example_doc._put(cid, parse_value(str(example_doc.number(cid) + d)))
    _group, t3 = _group_printed_as_one_row(example_doc)
    doc = _real_table(example_doc, kind, {"t3": t3}).doc
    (f,) = found(doc, "GK612")
    assert "均已填 0" in f.message
    assert len(f.cells) == 21 and all(doc.number(c) == 0 for c in f.cells)
    assert [g.check_id for g in run_checks(doc)] == ["GK612"]


def test_empty_single_row_in_a_real_table_is_gk101s(example_doc):
    """The single row printed with empty cells gives nothing to record: the sub-rows are blank, GK101's."""
    for code in SUBROW_CODES:
        for col in example_doc.spec.table("t3").col_codes:
            example_doc._put(f"t3.{code}.{col}", parse_value(""))
    _group, t3 = _group_printed_as_one_row(example_doc)
    doc = _real_table(example_doc, "html", {"t3": t3}).doc
    assert doc.foreign_rows == [] and found(doc, "GK612") == []
    assert len(found(doc, "GK101")) == 3


@pytest.mark.parametrize("kind", ["docx", "html"])
def test_real_table_with_the_2021_sub_rows_is_silent(example_doc, kind):
    doc = _real_table(example_doc, kind).doc
    assert doc.foreign_rows == [] and found(doc, "GK612") == []
    assert [doc.value(f"t3.{r}.total").text for r in SUBROW_CODES] == ["1", "0", "0"]


def test_real_tables_silent_on_every_report_in_shared():
    """Each report of ../shared, its tables laid on its format's official grid, read back: no row is taken
    for another format's. (HTML only: DOCX reaches the same grid.py, and writing 18 Word files is slow.)"""
    paths = sorted((SHARED / "reports").glob("*.txt")) + sorted((SHARED / "seeds").glob("*.txt"))
    assert len(paths) >= 18
    fired = []
    for p in paths:
        back = _real_table(import_text(p.read_text(encoding="utf-8"), p.name).doc, "html").doc
        if back.foreign_rows or found(back, "GK612"):
            fired.append(p.name)
    assert fired == []
