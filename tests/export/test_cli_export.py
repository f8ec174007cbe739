"""`gkdesk export`: outputs, exit codes, warnings for reports with errors, templates."""

from __future__ import annotations

from docx import Document as Docx
from openpyxl import load_workbook

from gkdesk.cli import main
from gkdesk.core import storage
from gkdesk.core.commands import EditCells


def test_export_both(tmp_path, example_path, capsys):
    d, x = tmp_path / "r.docx", tmp_path / "r.xlsx"
    assert main(["export", str(example_path), "--docx", str(d), "--xlsx", str(x)]) == 0
    out = capsys.readouterr()
    assert "已导出" in out.out and out.err == ""
    assert Docx(str(d)).tables[1].cell(3, 9).text == "48"
    assert load_workbook(x)["表三"]["D6"].value == 38


def test_needs_an_output_and_does_not_overwrite(tmp_path, example_path, capsys):
    assert main(["export", str(example_path)]) == 2
    assert "--docx" in capsys.readouterr().err
    d = tmp_path / "r.docx"
    d.write_bytes(b"old")
    assert main(["export", str(example_path), "--docx", str(d)]) == 2
    assert "--force" in capsys.readouterr().err
    assert d.read_bytes() == b"old"
    assert main(["export", str(example_path), "--docx", str(d), "--force"]) == 0
    assert d.read_bytes() != b"old"


def test_report_with_errors_warns_and_exports(tmp_path, example_doc, capsys):
    EditCells({"t3.new.natural": "abc"}).apply(example_doc)
    src = tmp_path / "bad.json"
    storage.save(example_doc, src)
    d = tmp_path / "r.docx"
    assert main(["export", str(src), "--docx", str(d)]) == 0
    err = capsys.readouterr().err
    assert "警告" in err and "错误" in err and "自然人" in err
    assert d.exists()
    d2 = tmp_path / "r2.docx"
    assert main(["export", str(src), "--docx", str(d2), "--strict"]) == 1  # refused because of findings
    assert not d2.exists()


def test_broken_template_and_unreadable_report(tmp_path, example_path, capsys):
    tpl = tmp_path / "t.docx"
    tpl.write_text("nope")
    assert main(["export", str(example_path), "--docx", str(tmp_path / "o.docx"), "--template", str(tpl)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gkdesk export: 错误：导出") and "t.docx" in err and "失败" in err
    assert not (tmp_path / "o.docx").exists()
    missing = tmp_path / "missing.json"
    assert main(["export", str(missing), "--xlsx", str(tmp_path / "o.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gkdesk export: 错误：") and "文件不存在" in err


def test_export_html_and_notices(tmp_path, capsys):
    from pathlib import Path

    seed = Path(__file__).resolve().parents[2] / "tests" / "data" / "seeds" / "seed_003.json"
    h = tmp_path / "r.html"
    assert main(["export", str(seed), "--html", str(h)]) == 0
    out = capsys.readouterr()
    assert "已导出" in out.out
    assert "提示" in out.err and "成文日期" in out.err and "空白" in out.err and "空白填0" in out.err
    assert "<table" in h.read_text(encoding="utf-8")


def test_pdf_without_libreoffice_says_what_to_do(tmp_path, example_path, capsys, monkeypatch):
    import gkdesk.export.pdf as pdf

    monkeypatch.setattr(pdf, "find_libreoffice", lambda: None)
    monkeypatch.setattr(pdf, "find_wps", lambda: None)
    p = tmp_path / "r.pdf"
    assert main(["export", str(example_path), "--pdf", str(p)]) == 2
    err = capsys.readouterr().err
    assert "LibreOffice" in err and "WPS" in err and "另存为 PDF" in err
    assert not p.exists()
    monkeypatch.setattr(pdf, "find_wps", lambda: "/opt/kingsoft/wps-office/office6/wps")
    assert main(["export", str(example_path), "--pdf", str(p)]) == 2
    assert "输出为 PDF" in capsys.readouterr().err


def test_pdf_with_libreoffice(tmp_path, example_path, capsys):
    import shutil

    import pytest

    from gkdesk.export.pdf import find_libreoffice

    if find_libreoffice() is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice and poppler-utils not installed")
    import subprocess

    p = tmp_path / "r.pdf"
    assert main(["export", str(example_path), "--pdf", str(p)]) == 0
    text = subprocess.run(["pdftotext", str(p), "-"], capture_output=True, check=True).stdout.decode()
    assert "示例市生态环境局" in text and "2026" in text and "一、总体情况" in text
