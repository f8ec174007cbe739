"""`gkdesk check FOLDER --summary` and `gkdesk merge`, in-process."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl

from gkdesk.checks import run_checks
from gkdesk.cli import main
from gkdesk.core import storage
from gkdesk.review.progress import TextProgress

from .conftest import write_unit
from .factory import make_unit


def test_check_folder_with_summary(review_folder, tmp_path, capsys):
    out = tmp_path / "summary.xlsx"
    assert main(["check", str(review_folder), "--summary", str(out)]) == 1  # b_errors has errors
    cap = capsys.readouterr()
    lines = cap.out.splitlines()
    a = review_folder / "a_clean.json"
    assert f"{a}: 0 个错误，0 个警告，0 个提示" in lines
    assert any(line.startswith(f"{review_folder / 'b_errors.json'}:表三 ") and "GK301 错误" in line for line in lines)
    assert lines[-1] == f"汇总表已保存：{out}（4 份报告：1 份有错误，1 份有警告，2 份通过；4 个文件无法读取）"
    for name in ("e_garbage.json", "f_empty.json", "g_dir.json", "h_binary.docx"):
        assert f"gkdesk check: 错误：无法读取“{review_folder / name}”：" in cap.err
    assert "recovered.json" not in cap.out + cap.err
    assert "检查中 [" not in cap.err  # no progress bar when stderr is not a terminal
    wb = openpyxl.load_workbook(out)
    assert [r[0] for r in wb["汇总"].iter_rows(min_row=2, values_only=True)] == [
        "a_clean.json", "b_errors.json", "c_warning.json", "sub/d_clean.json"]
    rows = list(wb["无法读取"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 6  # 4 unreadable, then every file found but skipped, with its reason
    assert rows[4:] == [("~$report.docx", "已跳过：临时文件、锁定文件或隐藏文件"),
                        ("recovered.json", "已跳过：gkdesk 自动恢复文件（不是正式报告）")]


def test_folder_without_errors_exits_0_despite_unreadable_files(tmp_path, capsys):
    write_unit(tmp_path, "a.json", make_unit("2021", seed=1))
    (tmp_path / "broken.json").write_text("garbage", encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 0
    assert "broken.json”：文件内容已损坏" in capsys.readouterr().err


def test_folder_where_nothing_can_be_read_exits_2(tmp_path, capsys):
    (tmp_path / "broken.json").write_text("garbage", encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["check", str(empty)]) == 2
    assert "没有找到报告文件" in capsys.readouterr().err


def test_mixed_files_and_folders_named_file_unreadable_exits_2(review_folder, tmp_path, capsys):
    single = write_unit(tmp_path, "single.json", make_unit("2019", seed=5))
    assert main(["check", str(single), str(review_folder / "sub")]) == 0
    out = capsys.readouterr().out
    assert f"{single}: 0 个错误" in out and "d_clean.json: 0 个错误" in out
    assert main(["check", str(tmp_path / "nope.json"), str(review_folder / "sub")]) == 2


def test_summary_written_into_the_checked_folder_is_not_read(review_folder, capsys):
    out = review_folder / "summary.xlsx"
    main(["check", str(review_folder), "--summary", str(out)])
    main(["check", str(review_folder), "--summary", str(out), "--force"])  # overwriting it needs --force
    cap = capsys.readouterr()
    assert "summary.xlsx”" not in cap.err and "summary.xlsx:" not in cap.out


def test_check_folder_json_output(review_folder, capsys):
    assert main(["check", "--json", str(review_folder)]) == 1
    data = json.loads(capsys.readouterr().out)
    files = [Path(r["file"]).name for r in data]
    assert files == ["a_clean.json", "b_errors.json", "c_warning.json", "e_garbage.json", "f_empty.json",
                     "g_dir.json", "h_binary.docx", "d_clean.json"]
    assert data[3]["error"] and "summary" not in data[3]


def test_summary_write_failure_exits_2(review_folder, tmp_path, capsys):
    assert main(["check", str(review_folder), "--summary", str(tmp_path / "no" / "s.xlsx")]) == 2
    assert "无法保存汇总表" in capsys.readouterr().err


def test_help_documents_exit_codes(capsys):
    try:
        main(["check", "--help"])
    except SystemExit:
        pass
    out = capsys.readouterr().out
    assert "--summary" in out and "退出码" in out and "没有任何文件能读取" in out


def test_text_progress_bar_only_on_a_terminal():
    s = io.StringIO()
    bar = TextProgress(stream=s)  # StringIO is not a terminal
    bar(1, 10, "/x/a.json")
    assert s.getvalue() == ""
    bar = TextProgress(stream=s, enabled=True, width=10)
    bar(5, 10, "/x/a.json")
    assert s.getvalue() == "\r检查中 [#####.....] 5/10 a.json"
    bar.clear()
    assert s.getvalue().endswith("\r" + " " * len("检查中 [#####.....] 5/10 a.json") + "\r")


# ------------------------------------------------------------------------------ merge

def test_merge_cli(tmp_path, capsys):
    a = write_unit(tmp_path, "a.json", make_unit("2021", seed=1, agency="甲局"))
    b = write_unit(tmp_path, "b.json", make_unit("2021", seed=2, agency="乙局"))
    out = tmp_path / "total.json"
    assert main(["merge", str(a), str(b), "-o", str(out), "--agency", "测试县人民政府"]) == 0
    text = capsys.readouterr().out
    assert "已汇总 2 个单位的2025年度报告（2021年格式）：" in text
    assert f"  - 甲局：{a}" in text and f"  - 乙局：{b}" in text
    total = storage.load(out)
    assert total.meta.agency == "测试县人民政府"
    assert total.number("t3.new.total") == storage.load(a).number("t3.new.total") + storage.load(b).number(
        "t3.new.total")
    assert [u["file"] for u in total.extra["consolidation"]["units"]] == ["a.json", "b.json"]
    assert not [f for f in run_checks(total) if f.check_id == "GK701"]
    # the consolidated report checks clean of GK701 from the command line too; prose is still to write
    assert main(["check", "--select", "GK7", str(out)]) == 0


def test_merge_cli_refusals_exit_1_and_usage_or_io_errors_exit_2(tmp_path, capsys):
    a = write_unit(tmp_path, "a.json", make_unit("2021", seed=1, agency="甲局"))
    old = write_unit(tmp_path, "old.json", make_unit("2019", seed=2, agency="老局"))
    out = tmp_path / "total.json"
    assert main(["merge", str(a), str(old), "-o", str(out)]) == 1  # refused: the reports cannot be added up
    err = capsys.readouterr().err
    assert "不同格式版本" in err and "老局" in err and not out.exists()
    out.write_text("x", encoding="utf-8")
    assert main(["merge", str(a), "-o", str(out)]) == 2
    assert "已存在" in capsys.readouterr().err
    assert main(["merge", str(a), "-o", str(a), "--force"]) == 2
    assert main(["merge", str(a), "-o", str(tmp_path / "t.xlsx")]) == 2
    assert main(["merge", str(a), str(tmp_path / "missing.json"), "-o", str(tmp_path / "t2.json")]) == 2
    assert "文件不存在" in capsys.readouterr().err
