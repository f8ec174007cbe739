"""The summary workbook, read back with openpyxl cell by cell."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from gkdesk.core.errors import SaveError
from gkdesk.review import check_folder, write_summary_xlsx
from gkdesk.review.batch import KEY_FIGURES
from gkdesk.review.summary import FINDING_HEADERS, UNIT_HEADERS


@pytest.fixture
def summary(review_folder, tmp_path):
    res = check_folder(review_folder)
    out = tmp_path / "summary.xlsx"
    write_summary_xlsx(res, out)
    return res, openpyxl.load_workbook(out)


def rows(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_sheets_and_headers(summary):
    _res, wb = summary
    assert wb.sheetnames == ["汇总", "问题清单", "无法读取"]
    assert rows(wb["汇总"])[0] == ["文件", "机关", "年度", "格式", "类型", "状态", "错误数", "警告数", "提示数", "已说明",
                                  "本年新收申请", "上年结转申请", "办理结果总计", "结转下年度办理", "行政复议", "行政诉讼"]
    assert tuple(rows(wb["汇总"])[0]) == UNIT_HEADERS
    assert tuple(rows(wb["问题清单"])[0]) == FINDING_HEADERS
    assert rows(wb["无法读取"])[0] == ["文件", "原因"]


def test_one_row_per_unit_with_counts_and_figures(summary):
    res, wb = summary
    body = rows(wb["汇总"])[1:]
    assert [r[0] for r in body] == ["a_clean.json", "b_errors.json", "c_warning.json", "sub/d_clean.json"]
    for r, u in zip(body, res.units):
        assert r[1] == (u.agency or None)
        assert r[2] == 2025 and r[3] == "2021年格式" and r[4] == "单位报告"
        assert r[6:10] == [u.counts["error"], u.counts["warning"], u.counts["hint"], u.counts["explained"]]
        assert r[10:] == [int(u.figures[k]) for k, _l, _c in KEY_FIGURES]
    assert [r[5] for r in body] == ["通过", "有错误", "有警告", "通过"]
    assert body[1][6] == 1 and body[2][7] == 1
    d = res.units[0].doc
    assert body[0][10] == int(d.number("t3.new.total"))
    assert body[0][15] == int(d.number("t4.direct.total") + d.number("t4.after.total"))


def test_layout_frozen_filter_widths_and_fills(summary):
    _res, wb = summary
    ws = wb["汇总"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:P5"
    assert ws.column_dimensions["A"].width >= 12 and ws.column_dimensions["K"].width == 13
    fill = lambda row: ws.cell(row, 1).fill.fgColor.rgb  # noqa: E731
    assert fill(3).endswith("FFC7CE")  # b_errors: red
    assert fill(4).endswith("FFEB9C")  # c_warning: yellow
    assert ws.cell(2, 1).fill.fill_type is None  # clean: no fill
    assert all(ws.cell(3, c).fill.fgColor.rgb.endswith("FFC7CE") for c in range(1, 17))
    assert ws.cell(1, 1).font.bold
    for name in ("问题清单", "无法读取"):
        assert wb[name].freeze_panes == "A2" and wb[name].auto_filter.ref.startswith("A1:")


def test_findings_sheet_lists_every_finding_with_location(summary):
    res, wb = summary
    body = rows(wb["问题清单"])[1:]
    assert len(body) == sum(len(u.findings) for u in res.units)
    bad = res.units[1]
    want = [["b_errors.json", "乙局", f.check_id, f.severity.label, f.location(bad.doc.spec), f.message]
            for f in bad.findings]
    assert [r[:6] for r in body if r[0] == "b_errors.json"] == want
    gk301 = next(r for r in body if r[2] == "GK301")
    assert gk301[3] == "错误" and gk301[4] == "表三 一、本年新收政府信息公开申请数量／总计 等7格"
    gk001 = next(r for r in body if r[2] == "GK001")
    assert gk001[:5] == ["c_warning.json", None, "GK001", "警告", "报告信息"]


def test_unreadable_sheet(summary):
    res, wb = summary
    body = rows(wb["无法读取"])[1:]
    assert [r[0] for r in body] == ["e_garbage.json", "f_empty.json", "g_dir.json", "h_binary.docx",
                                    "~$report.docx", "recovered.json"]  # skipped files listed too, with reason
    assert [r[1] for r in body[:4]] == [x.reason for x in res.unreadable]
    assert all(r[1].startswith("已跳过：") for r in body[4:])
    assert body[2][1] == "这是一个文件夹，不是文件"


def test_summary_inside_the_folder_is_skipped_next_time(review_folder):
    res = check_folder(review_folder)
    out = review_folder / "汇总表.xlsx"
    write_summary_xlsx(res, out)
    again = check_folder(review_folder)
    assert str(out) in again.skipped
    assert len(again.units) == len(res.units) and len(again.unreadable) == len(res.unreadable)


def test_consolidated_report_marked_in_type_column(review_folder, tmp_path):
    from gkdesk.core import storage
    from gkdesk.review import merge_reports

    res = check_folder(review_folder)
    clean = [u for u in res.units if u.status != "error"]
    total = merge_reports([u.doc for u in clean], [u.path for u in clean], "测试县人民政府")
    storage.save(total, review_folder / "z_total.json")
    res = check_folder(review_folder)
    out = tmp_path / "s.xlsx"
    write_summary_xlsx(res, out)
    body = rows(openpyxl.load_workbook(out)["汇总"])[1:]
    assert body[-1][0] == "z_total.json" and body[-1][4] == "汇总报告"
    assert body[-1][10] == sum(r[10] for r in body if r[0] != "z_total.json" and r[5] != "有错误")


def test_write_failure_keeps_old_file(review_folder, tmp_path):
    res = check_folder(review_folder)
    with pytest.raises(SaveError, match="无法保存汇总表"):
        write_summary_xlsx(res, tmp_path / "no-such-dir" / "s.xlsx")
    out = tmp_path / "s.xlsx"
    out.write_bytes(b"old")
    write_summary_xlsx(res, out)
    assert out.read_bytes()[:2] == b"PK" and not [p for p in Path(tmp_path).iterdir() if p.suffix == ".tmp"]
