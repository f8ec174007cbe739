"""`gkdesk new`: next year's report from last year's, or a blank report; exit codes 0/2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gkdesk.checks import run_checks
from gkdesk.cli import main
from gkdesk.core import storage
from gkdesk.core.rollover import DRAFT_MARKER

SEEDS = Path(__file__).resolve().parent / "data" / "seeds"
SHARED_SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds" / "004_547ef881e4d76ad6.txt"


def test_new_from_last_year(example_path, tmp_path, capsys):
    out = tmp_path / "2026.json"
    assert main(["new", "--from", str(example_path), "-o", str(out)]) == 0
    assert "已生成2026年度报告" in capsys.readouterr().out
    doc = storage.load(out)
    assert doc.meta.year == 2026 and doc.format_id == "2021" and doc.meta.agency == "示例市生态环境局"
    assert doc.previous["year"] == 2025
    assert [doc.value(f"t3.carried.{c}").text for c in ("natural", "business", "total")] == ["2", "0", "2"]
    assert doc.sections["s1"].startswith(DRAFT_MARKER)
    assert {f.section for f in run_checks(doc, ("GK505",))} == {"s1", "s5", "s6"}


def test_new_refuses_to_overwrite_without_force(example_path, tmp_path, capsys):
    out = tmp_path / "n.json"
    out.write_text("keep", encoding="utf-8")
    assert main(["new", "--from", str(example_path), "-o", str(out)]) == 2
    assert "已存在" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "keep"
    assert main(["new", "--from", str(example_path), "-o", str(out), "--force"]) == 0
    assert storage.load(out).meta.year == 2026


@pytest.mark.skipif(not (SEEDS / "seed_004.json").exists(), reason="seed fixtures not present")
def test_new_from_a_2020_seed_gives_a_2021_format_report(tmp_path):
    out = tmp_path / "2021.json"
    assert main(["new", "--from", str(SEEDS / "seed_004.json"), "-o", str(out)]) == 0
    doc = storage.load(out)
    assert doc.format_id == "2021" and doc.meta.year == 2021 and doc.previous["format"] == "2019"
    assert main(["new", "--from", str(SEEDS / "seed_004.json"), "-o", str(tmp_path / "b.json"),
                 "--format", "2019", "--year", "2022"]) == 0
    other = storage.load(tmp_path / "b.json")
    assert other.format_id == "2019" and other.meta.year == 2022


@pytest.mark.skipif(not SHARED_SEED.exists(), reason="shared seeds not present")
def test_new_from_a_published_text_report(tmp_path):
    out = tmp_path / "2021.json"
    assert main(["new", "--from", str(SHARED_SEED), "-o", str(out)]) == 0
    doc = storage.load(out)
    assert doc.meta.year == 2021 and "金水区民政局" in doc.meta.agency and doc.format_id == "2021"
    assert doc.value("t3.carried.total").text == "0"


def test_new_blank_report(tmp_path, capsys):
    out = tmp_path / "blank.json"
    assert main(["new", "--year", "2026", "-o", str(out)]) == 0
    doc = storage.load(out)
    assert doc.format_id == "2021" and doc.meta.year == 2026 and doc.cells == {} and doc.previous is None
    assert main(["new", "--year", "2020", "-o", str(tmp_path / "old.json")]) == 0
    assert storage.load(tmp_path / "old.json").format_id == "2019"
    assert main(["new", "--year", "2020", "--format", "2021", "-o", str(tmp_path / "x.json")]) == 0
    assert storage.load(tmp_path / "x.json").format_id == "2021"


def test_new_usage_and_read_errors(example_path, tmp_path, capsys):
    assert main(["new", "-o", str(tmp_path / "a.json")]) == 2
    assert "--year" in capsys.readouterr().err
    assert main(["new", "--from", str(tmp_path / "missing.json"), "-o", str(tmp_path / "a.json")]) == 2
    assert "文件不存在" in capsys.readouterr().err
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a docx")
    assert main(["new", "--from", str(bad), "-o", str(tmp_path / "a.json")]) == 2
    assert capsys.readouterr().err.strip()
    assert not (tmp_path / "a.json").exists()
    with pytest.raises(SystemExit) as e:
        main(["new", "--from", str(example_path)])  # -o is required
    assert e.value.code == 2


def test_new_from_a_report_without_year(example_path, tmp_path, capsys):
    doc = storage.load(example_path)
    doc.meta.year = None
    src = tmp_path / "noyear.json"
    storage.save(doc, src)
    assert main(["new", "--from", str(src), "-o", str(tmp_path / "a.json")]) == 2
    assert "--year" in capsys.readouterr().err
    assert main(["new", "--from", str(src), "-o", str(tmp_path / "a.json"), "--year", "2026"]) == 0
    assert storage.load(tmp_path / "a.json").meta.year == 2026


def test_new_as_a_subprocess(example_path, tmp_path):
    out = tmp_path / "n.json"
    r = subprocess.run([sys.executable, "-m", "gkdesk", "new", "--from", str(example_path), "-o", str(out)],
                       capture_output=True, text=True, encoding="utf-8")
    assert r.returncode == 0, r.stderr
    assert storage.load(out).meta.year == 2026
