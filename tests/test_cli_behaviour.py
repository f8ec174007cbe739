"""The command line behaves like a well-kept Unix tool: Chinese help, one error format, distinct exit codes,
`help`/`--version`, published reports accepted where sensible, old Office files hinted or converted."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gkdesk import __version__
from gkdesk.cli import COMMANDS, build_parser, main
from gkdesk.cli.common import import_suffixes
from gkdesk.core import storage
from gkdesk.core.commands import EditCells
from gkdesk.importers import SUPPORTED_SUFFIXES

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "example-2021.json"
ERROR_LINE = re.compile(r"^gkdesk( [a-z]+)?: (错误|警告|参数错误)：")


def _stderr_lines(err: str) -> list[str]:
    """The lines that carry a message (not the usage line, not indented detail lines)."""
    return [ln for ln in err.splitlines() if ln and not ln.startswith((" ", "用法：", "“gkdesk help"))
            and not ln.startswith(("                ",))]


@pytest.fixture
def published_txt(tmp_path) -> Path:
    """The example as a published plain-text report (what a clerk downloads from a website)."""
    import docx

    from gkdesk.export.docx import export_docx

    d = tmp_path / "published.docx"
    export_docx(storage.load(EXAMPLE), d)
    text = "\n".join(p.text for p in docx.Document(str(d)).paragraphs)
    rows = ["\t".join(dict.fromkeys(c.text for c in r.cells))  # merged cells repeat: keep each text once
            for t in docx.Document(str(d)).tables for r in t.rows]
    p = tmp_path / "公开年报.txt"
    p.write_text(text + "\n" + "\n".join(rows), encoding="utf-8")
    return p


# ------------------------------------------------------------------------------------------- help
def test_help_and_version(capsys):
    assert main(["help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("用法：gkdesk")
    for cmd in COMMANDS:
        assert cmd in out
    assert "退出码" in out and "show this help" not in out and "options" not in out
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0 and capsys.readouterr().out.strip() == f"gkdesk {__version__}"


@pytest.mark.parametrize("cmd", [c for c in COMMANDS])
def test_every_command_has_chinese_help(cmd, capsys):
    assert main(["help", cmd]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"用法：gkdesk {cmd}")
    english = [w for w in ("usage:", "positional arguments", "options:", "show this help", "optional arguments")
               if w in out]
    assert not english, english
    assert re.search(r"[\u4e00-\u9fff]", out)


def test_help_explains_a_finding_id(capsys):
    assert main(["help", "GK303"]) == 0
    out = capsys.readouterr().out
    assert "GK303" in out and "怎么改" in out
    assert main(["help", "GK999"]) == 2
    assert ERROR_LINE.match(capsys.readouterr().err)


def test_help_writes_the_guide_with_its_images(tmp_path, capsys):
    out = tmp_path / "说明" / "使用说明.html"
    assert main(["help", "--html", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "GK303" in html and "<!-- gkdesk:" not in html
    for img in re.findall(r'<img src="([^"]+)"', html):
        assert (out.parent / img).is_file()


def test_unknown_help_topic(capsys):
    assert main(["help", "frobnicate"]) == 2
    assert "frobnicate" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------- errors
def test_usage_errors_are_chinese_and_exit_2(capsys):
    for argv in (["check"], ["export"], ["new", "--format", "1999", "-o", "x.json"], ["merge", "a.json"],
                 ["check", "--bogus", "x.json"]):
        with pytest.raises(SystemExit) as e:
            main(argv)
        assert e.value.code == 2
        err = capsys.readouterr().err
        msg = [ln for ln in err.splitlines() if "参数错误" in ln]
        assert msg and ERROR_LINE.match(msg[0]), err
        assert "required" not in err and "invalid choice" not in err and "unrecognized" not in err


def test_one_error_format_everywhere(tmp_path, capsys):
    missing = str(tmp_path / "nope.json")
    out = str(tmp_path / "o.json")
    cases = [
        ["check", missing],
        ["export", missing, "--docx", str(tmp_path / "o.docx")],
        ["import", missing, "-o", out],
        ["new", "--from", missing, "-o", out],
        ["merge", missing, "-o", out],
        ["help", "nosuch"],
    ]
    for argv in cases:
        assert main(argv) == 2, argv
        lines = _stderr_lines(capsys.readouterr().err)
        assert lines, argv
        for ln in lines:
            assert ERROR_LINE.match(ln), (argv, ln)
        assert lines[0].startswith(f"gkdesk {argv[0]}: 错误："), (argv, lines[0])


def test_exit_codes_are_distinct(tmp_path, example_doc, capsys):
    assert main(["check", str(EXAMPLE)]) == 0
    EditCells({"t3.new.natural": "39"}).apply(example_doc)  # breaks the totals: errors
    bad = tmp_path / "bad.json"
    storage.save(example_doc, bad)
    assert main(["check", str(bad)]) == 1
    assert main(["export", str(bad), "--docx", str(tmp_path / "a.docx"), "--strict"]) == 1
    assert not (tmp_path / "a.docx").exists()
    assert main(["export", str(bad), "--docx", str(tmp_path / "a.docx")]) == 0  # a draft despite errors
    assert main(["check", str(tmp_path / "missing.json")]) == 2
    capsys.readouterr()


# ------------------------------------------------------------------------------------------- published reports
def test_check_accepts_a_published_report(published_txt, capsys):
    code = main(["check", str(published_txt)])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    assert "已损坏" not in err and "JSON" not in err
    assert f"{published_txt}:" in out and "个错误" in out


def test_export_of_a_published_report_says_import_it_first(published_txt, tmp_path, capsys):
    assert main(["export", str(published_txt), "--docx", str(tmp_path / "o.docx")]) == 2
    err = capsys.readouterr().err
    assert "这是已发布的报告，请先用 gkdesk import 导入" in err and "已损坏" not in err
    assert ERROR_LINE.match(err)
    assert not (tmp_path / "o.docx").exists()


def test_new_and_merge_accept_a_published_report(published_txt, tmp_path, capsys):
    assert main(["new", "--from", str(published_txt), "-o", str(tmp_path / "n.json")]) == 0
    assert storage.load(tmp_path / "n.json").meta.year == 2026
    assert main(["merge", str(published_txt), str(EXAMPLE), "-o", str(tmp_path / "m.json")]) in (0, 1)
    capsys.readouterr()


def test_import_types_come_from_the_importers():
    assert import_suffixes() == tuple(s for s in SUPPORTED_SUFFIXES if s != ".json")
    p = build_parser()
    sub = next(a for a in p._actions if a.dest == "command")
    text = sub.choices["import"].format_help()
    for s in import_suffixes():
        assert s in text


# ------------------------------------------------------------------------------------------- old Office files
@pytest.mark.parametrize("suffix,app,target", [(".doc", "Word/WPS", ".docx"), (".wps", "WPS", ".docx"),
                                                (".et", "WPS", ".xlsx")])
def test_old_office_files_get_the_resave_hint(suffix, app, target, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GKDESK_NO_LIBREOFFICE", "1")
    src = tmp_path / f"年报{suffix}"
    src.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    for argv in (["import", str(src), "-o", str(tmp_path / "o.json")], ["check", str(src)],
                 ["new", "--from", str(src), "-o", str(tmp_path / "n.json")]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert f"请在 {app} 中打开，“另存为” {target} 后再导入" in err, err
        assert ERROR_LINE.match(err)


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice not installed")
@pytest.mark.slow
def test_old_word_file_is_converted_through_libreoffice(tmp_path, capsys):
    from gkdesk.export.docx import export_docx

    d = tmp_path / "年报.docx"
    export_docx(storage.load(EXAMPLE), d)
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    profile = (tmp_path / "profile").as_uri()
    subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "doc", "--outdir",
                    str(tmp_path / "old"), str(d)], check=True, capture_output=True, timeout=300)
    old = tmp_path / "old" / "年报.doc"
    assert old.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a real OLE .doc
    out = tmp_path / "导入.json"
    assert main(["import", str(old), "-o", str(out)]) == 0, capsys.readouterr().err
    doc = storage.load(out)
    assert doc.meta.agency == "示例市生态环境局"
    assert doc.value("t3.new.total").text == "48"


DOC97 = ROOT / "tests" / "data" / "doc" / "example-2021.doc"


@pytest.mark.parametrize("name", ["年报.doc", "年报.wps"])
def test_binary_word_97_file_is_read_without_libreoffice(name, tmp_path, monkeypatch, capsys):
    """A Word 97-2003 .doc (or a WPS .wps, the same format) is read by gkdesk's own reader: before,
    without LibreOffice it was refused with the 另存为 .docx hint."""
    monkeypatch.setenv("GKDESK_NO_LIBREOFFICE", "1")
    src = tmp_path / name
    src.write_bytes(DOC97.read_bytes())
    out = tmp_path / "导入.json"
    assert main(["import", str(src), "-o", str(out)]) == 0, capsys.readouterr().err
    orig, doc = storage.load(EXAMPLE), storage.load(out)
    assert [c for c in orig.spec.cells if orig.value(c) != doc.value(c)] == []
    assert main(["check", str(src)]) in (0, 1)
    assert "导入" not in capsys.readouterr().err


def _flagged_doc(flag: int) -> bytes:
    import io

    import olefile

    data = bytearray(DOC97.read_bytes())
    with olefile.OleFileIO(io.BytesIO(bytes(data))) as ole:
        off = bytes(data).find(ole.openstream("WordDocument").read(64))
    flags = int.from_bytes(data[off + 0x0A:off + 0x0C], "little") | flag
    data[off + 0x0A:off + 0x0C] = flags.to_bytes(2, "little")
    return bytes(data)


def test_doc_the_reader_refuses_goes_to_libreoffice_when_installed(tmp_path, monkeypatch, capsys):
    """A fast-saved .doc (the reader refuses it) is converted through LibreOffice when it is there,
    and the import report says why; without LibreOffice the reader's reason is the message."""
    from gkdesk.export.docx import export_docx
    from gkdesk.importers import legacy

    src = tmp_path / "年报.doc"
    src.write_bytes(_flagged_doc(0x0004))
    monkeypatch.setenv("GKDESK_NO_LIBREOFFICE", "1")
    assert main(["import", str(src), "-o", str(tmp_path / "a.json")]) == 2
    err = capsys.readouterr().err
    assert "快速保存" in err and "另存为" in err and ERROR_LINE.match(err), err
    converted = []

    def fake_convert(path, folder):  # LibreOffice's part: the .docx it would write
        converted.append(Path(path).name)
        out = Path(folder) / "年报.docx"
        export_docx(storage.load(EXAMPLE), out)
        return out

    monkeypatch.setattr(legacy, "libreoffice", lambda: "/usr/bin/soffice")
    monkeypatch.setattr(legacy, "convert", fake_convert)
    assert main(["import", str(src), "-o", str(tmp_path / "b.json")]) == 0
    out = capsys.readouterr().out
    assert converted == ["年报.doc"] and "已用 LibreOffice 转换后导入" in out and "快速保存" in out, out
    converted.clear()
    src.write_bytes(DOC97.read_bytes())  # a .doc the reader reads: LibreOffice is not used
    assert main(["import", str(src), "-o", str(tmp_path / "c.json")]) == 0
    assert converted == []


# ------------------------------------------------------------------------------------------- the window
def test_single_unknown_word_is_not_opened_as_a_file(capsys):
    assert main(["frobnicate"]) == 2
    err = capsys.readouterr().err
    assert ERROR_LINE.match(err) and "不是 gkdesk 的命令" in err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is for Linux")
def test_no_display_gives_a_chinese_message_instead_of_aborting(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    for argv in ([], [str(EXAMPLE)]):
        r = subprocess.run([sys.executable, "-m", "gkdesk", *argv], capture_output=True, text=True, env=env,
                           timeout=60, cwd=tmp_path)
        assert r.returncode == 2, r.stderr
        assert r.stderr.startswith("gkdesk: 错误：无法打开桌面窗口：没有图形显示"), r.stderr
        assert "gkdesk help" in r.stderr
        assert "qt.qpa" not in r.stderr and "Aborted" not in r.stderr


def test_other_lists_of_file_types_agree_with_the_importers():
    """The folder check keeps its own tuples (it must not import the importers just to list a folder):
    they must say the same as the importers and the legacy-format table."""
    from gkdesk.importers.legacy import LEGACY
    from gkdesk.review import batch

    assert batch.IMPORT_SUFFIXES == import_suffixes()
    assert set(batch.REFUSED_SUFFIXES) == set(LEGACY)


@pytest.mark.parametrize("kind", ["word2003", "html", "docx"])
def test_doc_named_web_page_or_word_xml_is_read_directly(kind, tmp_path, monkeypatch, capsys):
    """Web systems' "导出Word" write a web page or a Word 2003 XML document (or a .docx) under a .doc
    name; without LibreOffice they were refused as 旧版 Word 文档. They are read directly."""
    import sys as _sys

    from gkdesk.export.docx import render_docx

    monkeypatch.setenv("GKDESK_NO_LIBREOFFICE", "1")
    _sys.path.insert(0, str(ROOT / "tools"))
    import docx_variants

    orig = storage.load(EXAMPLE)
    data = render_docx(orig)
    if kind == "word2003":
        data = docx_variants.word2003(data)
    elif kind == "html":
        from gkdesk.export.html import render_html

        data = render_html(orig).encode("utf-8")
    src = tmp_path / "年报.doc"
    src.write_bytes(data)
    assert main(["import", str(src), "-o", str(tmp_path / "o.json")]) in (0, 1), capsys.readouterr().err
    got = storage.load(tmp_path / "o.json")
    assert [c for c in orig.spec.cells if orig.value(c) != got.value(c)] == []
