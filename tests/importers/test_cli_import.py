"""`gkdesk import FILE -o OUT.json`: report printed, checks run, file saved; exit 0 / 2."""

from __future__ import annotations

import json
from pathlib import Path

from gkdesk.cli import main
from gkdesk.core import storage
from gkdesk.core.values import parse_value

from _report_fixtures import docx_bytes, html_text
from test_docx_import import EXAMPLE, assert_same

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "reports"  # ../shared beside the repository


def test_import_docx_prints_report_and_saves(tmp_path, capsys):
    orig = storage.load(EXAMPLE)
    src = tmp_path / "report.docx"
    src.write_bytes(docx_bytes(orig))
    out = tmp_path / "out.json"
    assert main(["import", str(src), "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert "读取 200 个单元格" in text and "找到：" in text and "检查结果：" in text
    assert "0 个错误" in text
    assert_same(orig, storage.load(out))


def test_findings_do_not_fail_the_import(tmp_path, capsys):
    orig = storage.load(EXAMPLE)
    orig._put("t4.review.total", parse_value("0"))
    orig.manual.add("t4.review.total")
    src = tmp_path / "page.html"
    src.write_text(html_text(orig), encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["import", str(src), "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert "GK401" in text and "1 个错误" in text
    assert storage.load(out).value("t4.review.total").text == "0"


def test_missing_and_ambiguous_listed(tmp_path, capsys):
    p = REAL / "partial" / "P01.txt"
    if not p.exists():
        p = REAL / "P01.txt"
    if not p.exists():
        return
    out = tmp_path / "o.json"
    assert main(["import", str(p), "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert "缺少：" in text


def test_json_output(tmp_path, capsys):
    orig = storage.load(EXAMPLE)
    src = tmp_path / "r.docx"
    src.write_bytes(docx_bytes(orig))
    out = tmp_path / "o.json"
    assert main(["import", str(src), "-o", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "docx" and data["format"] == "2021" and data["cells_found"] == 200
    assert data["checks"]["summary"]["error"] == 0
    assert {"level", "message", "cells"} <= set(data["notes"][0])


def test_failure_exit_2(tmp_path, capsys):
    src = tmp_path / "garbage.docx"
    src.write_bytes(bytes(range(256)) * 10)
    out = tmp_path / "o.json"
    assert main(["import", str(src), "-o", str(out)]) == 2
    assert "无法导入" in capsys.readouterr().err
    assert not out.exists()
    assert main(["import", str(src), "-o", str(out), "--json"]) == 2
    assert "error" in json.loads(capsys.readouterr().out)


def test_existing_output_needs_force(tmp_path, capsys):
    orig = storage.load(EXAMPLE)
    src = tmp_path / "r.docx"
    src.write_bytes(docx_bytes(orig))
    out = tmp_path / "o.json"
    out.write_text("keep", encoding="utf-8")
    assert main(["import", str(src), "-o", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "keep"
    assert main(["import", str(src), "-o", str(out), "--force"]) == 0
    assert storage.load(out).meta.agency == orig.meta.agency


def test_usage_errors(tmp_path, capsys):
    assert main(["import", str(tmp_path / "x.docx"), "-o", str(tmp_path / "o.txt")]) == 2
    try:
        main(["import", "x.docx"])  # -o is required
    except SystemExit as e:
        assert e.code == 2
