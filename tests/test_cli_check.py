"""`gkdesk check` in-process: exit codes, location-first lines, --json, --select."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gkdesk.cli import main
from gkdesk.core import storage
from gkdesk.core.values import number

TESTS = Path(__file__).resolve().parent
EXAMPLE = TESTS.parent / "resources" / "example-2021.json"
SEEDS = TESTS / "data" / "seeds"


@pytest.fixture
def bad_file(tmp_path) -> Path:
    """The example with a wrong 表三 row total (GK301) and an empty 六 (GK010)."""
    doc = storage.load(EXAMPLE)
    doc._put("t3.new.total", number(49))
    doc.manual.add("t3.new.total")
    doc.sections["s6"] = ""
    p = tmp_path / "bad.json"
    storage.save(doc, p)
    return p


def test_clean_file_exits_0(capsys):
    assert main(["check", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert out.strip() == f"{EXAMPLE}: 0 个错误，0 个警告，0 个提示"


def test_warnings_only_exit_0(tmp_path, capsys):
    doc = storage.load(EXAMPLE)
    doc.meta.agency = ""
    p = tmp_path / "w.json"
    storage.save(doc, p)
    assert main(["check", str(p)]) == 0
    out = capsys.readouterr().out
    assert f"{p}:报告信息: GK001 警告: " in out
    assert "0 个错误，1 个警告" in out


def test_errors_exit_1_location_first(bad_file, capsys):
    assert main(["check", str(bad_file)]) == 1
    lines = capsys.readouterr().out.splitlines()
    # errors first (sections before cells), each line "path:location: id severity: message"
    assert lines[0] == f"{bad_file}:六、其他需要报告的事项: GK010 错误: “六、其他需要报告的事项”没有内容"
    assert lines[1].startswith(f"{bad_file}:表三 一、本年新收政府信息公开申请数量／总计 等7格: GK301 错误: ")
    assert "总计为49" in lines[1] and "之和为48" in lines[1]
    assert all(line.startswith(f"{bad_file}:") for line in lines)
    # the text checks may add warnings (the prose says 48 applications); errors are exactly two
    assert lines[-1].startswith(f"{bad_file}: 2 个错误，")


def test_seed_with_blank_cells_warns_and_exits_0(capsys):
    p = SEEDS / "seed_003.json"
    assert main(["check", str(p)]) == 0  # blank cells are warnings (issue #16), not errors
    out = capsys.readouterr().out
    assert f"{p}:表四 行政复议／结果维持 等5格: GK101 警告: " in out


def test_json_output_parses(bad_file, capsys):
    assert main(["check", "--json", str(bad_file), str(EXAMPLE)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [r["file"] for r in data] == [str(bad_file), str(EXAMPLE)]
    bad, ok = data
    assert bad["summary"]["error"] == 2 and bad["summary"]["explained"] == 0
    assert [f["check_id"] for f in bad["findings"] if f["severity"] == "error"] == ["GK010", "GK301"]
    gk301 = bad["findings"][1]
    assert gk301["cells"][0] == "t3.new.total" and gk301["location"] == "表三 一、本年新收政府信息公开申请数量／总计 等7格"
    assert bad["findings"][0]["section"] == "s6" and bad["findings"][0]["location"] == "六、其他需要报告的事项"
    assert ok["findings"] == [] and ok["summary"]["error"] == 0


def test_select(bad_file, capsys):
    assert main(["check", "--select", "GK0", str(bad_file)]) == 1
    out = capsys.readouterr().out
    assert "GK010" in out and "GK301" not in out
    assert main(["check", "--select", "GK4", str(bad_file)]) == 0


def test_missing_file_exits_2(tmp_path, capsys):
    missing = tmp_path / "missing.json"
    assert main(["check", str(missing)]) == 2
    err = capsys.readouterr().err
    assert str(missing) in err and "文件不存在" in err


def test_damaged_file_exits_2(tmp_path, capsys):
    p = tmp_path / "damaged.json"
    p.write_text('{"gkdesk": "gkdesk-annual-report", "schema', encoding="utf-8")
    assert main(["check", str(p)]) == 2
    assert "已损坏" in capsys.readouterr().err


def test_unreadable_file_beats_errors_exit_2(bad_file, tmp_path, capsys):
    assert main(["check", str(bad_file), str(tmp_path / "nope.json")]) == 2
    out = capsys.readouterr()
    assert "GK301" in out.out and "nope.json" in out.err


def test_missing_file_in_json_mode(tmp_path, capsys):
    assert main(["check", "--json", str(tmp_path / "nope.json")]) == 2
    (r,) = json.loads(capsys.readouterr().out)
    assert "文件不存在" in r["error"]


@pytest.mark.parametrize("argv", [["check"], ["check", "--bogus", "x.json"], ["nosuchcommand", "x.json"]])
def test_bad_usage_exits_2(argv, capsys):
    with pytest.raises(SystemExit) as ei:
        main(argv)
    assert ei.value.code == 2
    assert "参数错误" in capsys.readouterr().err


def test_review_summary_written(tmp_path, capsys):
    from gkdesk.cli import main
    from gkdesk.core import storage

    src = Path(__file__).resolve().parent.parent / "resources" / "example-2021.json"
    doc = storage.load(src)
    doc.sections["s6"] = "无。"  # GK604 warning
    f = tmp_path / "r.json"
    storage.save(doc, f)
    out = tmp_path / "review.md"
    assert main(["check", str(f), "--review", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "GK604" in text and "信息处理费" in text
    assert main(["check", str(f), str(f), "--review", str(out)]) == 2
    assert "只能与一个报告文件" in capsys.readouterr().err
