"""The summary workbook reports its progress while its rows are written (a province's folder has
tens of thousands of rows), and the CLI's bar shows it under its own label."""

from __future__ import annotations

import io

import openpyxl

from gkdesk.review.batch import BatchResult, check_document
from gkdesk.review.progress import TextProgress
from gkdesk.review.summary import write_summary_xlsx

from .factory import make_unit


def test_progress_while_rows_are_written(tmp_path):
    doc = make_unit("2021", seed=3)
    result = BatchResult(folder=str(tmp_path), units=[check_document(str(tmp_path / f"u{i}.json"), doc)
                                                      for i in range(1100)])
    calls = []
    out = tmp_path / "s.xlsx"
    write_summary_xlsx(result, out, progress=lambda done, total, path: calls.append((done, total)))
    total = 1100 + sum(len(u.findings) for u in result.units)
    assert [d for d, _t in calls] == sorted(d for d, _t in calls) and len(calls) >= 2
    assert all(t == total and 0 < d <= total for d, t in calls)
    assert openpyxl.load_workbook(out)["汇总"].max_row == 1101


def test_text_progress_label():
    stream = io.StringIO()
    bar = TextProgress(stream, enabled=True, label="写入汇总表")
    bar(5, 10)
    assert "写入汇总表 [" in stream.getvalue() and "5/10" in stream.getvalue()
