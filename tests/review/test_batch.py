"""check_folder: every report in a folder, broken files listed with a reason, own files skipped."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from gkdesk.core.errors import GkdeskError
from gkdesk.export.docx import export_docx
from gkdesk.review import check_folder, check_paths
from gkdesk.core.values import BLANK, parse_value
from gkdesk.review.batch import KEY_FIGURES, key_figures

from .factory import make_unit


def test_units_checked_in_sorted_order_with_counts(review_folder):
    res = check_folder(review_folder)
    names = [str(Path(u.path).relative_to(review_folder)) for u in res.units]
    assert names == ["a_clean.json", "b_errors.json", "c_warning.json", "sub/d_clean.json"]
    by = {Path(u.path).name: u for u in res.units}
    assert by["a_clean.json"].status == "ok" and by["a_clean.json"].counts["error"] == 0
    assert by["b_errors.json"].status == "error"
    assert {f.check_id for f in by["b_errors.json"].findings if f.severity.value == "error"} == {"GK301"}
    assert by["c_warning.json"].status == "warning"
    assert [f.check_id for f in by["c_warning.json"].findings] == ["GK001"]
    assert by["a_clean.json"].agency == "甲局" and by["a_clean.json"].year == 2025
    assert by["a_clean.json"].format == "2021" and by["a_clean.json"].kind == "json"
    assert res.counts() == {"error": 1, "warning": 1, "ok": 2, "unreadable": 4}
    assert res.folder == str(review_folder) and not res.cancelled


def test_broken_files_listed_with_reasons_others_still_checked(review_folder):
    res = check_folder(review_folder)
    reasons = {Path(x.path).name: x.reason for x in res.unreadable}
    assert list(reasons) == ["e_garbage.json", "f_empty.json", "g_dir.json", "h_binary.docx"]
    assert "已损坏" in reasons["e_garbage.json"]
    assert "已损坏" in reasons["f_empty.json"] or "不是报告文件" in reasons["f_empty.json"]
    assert reasons["g_dir.json"] == "这是一个文件夹，不是文件"
    assert "h_binary.docx" in reasons["h_binary.docx"] or "无法" in reasons["h_binary.docx"]
    assert all(r and not r.startswith("Traceback") for r in reasons.values())


def test_own_temp_lock_and_recovery_files_are_skipped(review_folder):
    res = check_folder(review_folder)
    skipped = sorted(Path(s).name for s in res.skipped)
    assert skipped == ["recovered.json", "~$report.docx"]
    every = [Path(u.path).name for u in res.units] + [Path(x.path).name for x in res.unreadable]
    for name in ("notes.png", "recovered.json", ".a_clean.json.k3j4.tmp", "~$report.docx"):
        assert name not in every


def test_key_figures_match_the_cells(review_folder):
    res = check_folder(review_folder)
    u = res.units[0]
    d = u.doc
    assert [k for k, _l, _c in KEY_FIGURES] == list(u.figures)
    assert u.figures["new"] == d.number("t3.new.total")
    assert u.figures["carried"] == d.number("t3.carried.total")
    assert u.figures["results"] == d.number("t3.results_total.total")
    assert u.figures["carry_next"] == d.number("t3.carry_next.total")
    assert u.figures["review"] == d.number("t4.review.total")
    assert u.figures["litigation"] == d.number("t4.direct.total") + d.number("t4.after.total")


def test_key_figures_blank_auto_total_is_computed_text_is_none():
    d = make_unit("2021", seed=5)
    want = d.number("t3.new.total")
    d._put("t3.new.total", BLANK)
    assert key_figures(d)["new"] == want  # auto total left blank in the file: computed from its parts
    d._put("t4.after.total", parse_value("约2"))
    assert key_figures(d)["litigation"] is None  # a total that is not a number: no figure is guessed
    d.manual.add("t3.new.total")
    assert key_figures(d)["new"] is None  # a manual total left blank is not invented


def test_imported_docx_is_a_unit(tmp_path):
    doc = make_unit("2021", seed=7, agency="戊局")
    export_docx(doc, tmp_path / "wu.docx")
    res = check_folder(tmp_path)
    assert [u.kind for u in res.units] == ["docx"] and not res.unreadable
    u = res.units[0]
    assert u.agency == "戊局" and u.figures["new"] == doc.number("t3.new.total")
    assert u.figures["litigation"] == doc.number("t4.direct.total") + doc.number("t4.after.total")


def test_progress_is_reported_and_can_cancel(review_folder):
    calls = []
    res = check_folder(review_folder, progress=lambda i, n, p: calls.append((i, n)))
    n = res.total_files + 1  # the recovery file is read before it is recognised and skipped
    assert calls[0] == (0, n) and calls[-1] == (n, n) and len(calls) == n + 1
    res = check_folder(review_folder, progress=lambda i, n, p: i < 2)
    assert res.cancelled and res.total_files == 2


def test_not_a_folder_is_an_error(tmp_path):
    with pytest.raises(GkdeskError, match="不是文件夹"):
        check_folder(tmp_path / "missing")


def test_check_paths_mixes_files_and_folders(review_folder, tmp_path):
    extra = tmp_path / "extra.json"
    from gkdesk.core import storage

    storage.save(make_unit("2019", seed=11, agency="己局"), extra)
    res = check_paths([extra, review_folder / "sub"])
    assert [Path(u.path).name for u in res.units] == ["extra.json", "d_clean.json"]
    assert res.units[0].format == "2019" and res.units[0].format_name == "2019年试行格式"
    assert res.units[0].figures["new"] == Decimal(res.units[0].doc.number("t3.new.total"))
