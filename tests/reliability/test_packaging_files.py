"""The packaging and benchmark files stay consistent with the code (the frozen build itself is made
and smoke-tested by packaging/build.py, which takes ~40 s and is not part of the test run)."""

from __future__ import annotations

import configparser
import contextlib
import importlib.util
import io
import shutil
import struct
import subprocess
from pathlib import Path

from gkdesk import __version__

from .conftest import ROOT

PACKAGING = ROOT / "packaging"


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_windows_version_resource_follows_the_package_version():
    build = _module(PACKAGING / "build.py", "gkdesk_build")
    seen: dict = {}

    def rec(name):
        def f(*a, **k):
            seen.setdefault(name, []).append((a, k))
            return (name, a, k)
        return f

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct"]
    eval(build.version_file_text(), {n: rec(n) for n in names})  # noqa: S307 - our own generated text
    fixed = seen["FixedFileInfo"][0][1]
    assert fixed["filevers"] == fixed["prodvers"] == build.version_tuple()
    assert build.version_tuple()[:3] == tuple(int(x) for x in __version__.split(".")[:3])
    strings = {a[0]: a[1] for a, _ in seen["StringStruct"]}
    assert strings["FileVersion"] == strings["ProductVersion"] == __version__
    assert strings["OriginalFilename"] == "gkdesk.exe"


def test_desktop_file():
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str  # keys are case-sensitive
    cp.read(PACKAGING / "gkdesk.desktop", encoding="utf-8")
    e = cp["Desktop Entry"]
    assert e["Type"] == "Application" and e["Icon"] == "gkdesk" and e["Terminal"] == "false"
    assert e["Exec"].startswith("gkdesk ") and "Office;" in e["Categories"]
    assert "政府信息公开" in e["Name[zh_CN]"] + e["Comment[zh_CN]"]
    if shutil.which("desktop-file-validate"):
        r = subprocess.run(["desktop-file-validate", str(PACKAGING / "gkdesk.desktop")], capture_output=True,
                           text=True)
        assert r.returncode == 0 and not r.stdout.strip(), r.stdout + r.stderr


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_icons():
    icons = ROOT / "resources" / "icons"
    assert _png_size((icons / "gkdesk.png").read_bytes()) == (256, 256)
    assert _png_size((icons / "gkdesk-48.png").read_bytes()) == (48, 48)
    ico = (icons / "gkdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = []
    for i in range(count):
        w, h, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * i: 22 + 16 * i])
        png = ico[offset:offset + length]
        assert _png_size(png) == ((w or 256), (h or 256))
        sizes.append(w or 256)
    assert {16, 32, 48, 256} <= set(sizes)


def test_everything_the_build_bundles_exists():
    spec = (PACKAGING / "gkdesk.spec").read_text(encoding="utf-8")
    for rel in ("resources", "templates", "gkdesk/core/formats/formats.toml", "resources/icons/gkdesk.ico",
                "resources/icons/gkdesk.png", "resources/example-2021.json", "packaging/entry.py",
                "templates/report-2019.docx", "templates/report-2021.docx", "templates/report-2019.xlsx",
                "templates/report-2021.xlsx"):
        assert (ROOT / rel).exists(), rel
    assert 'collect_submodules("gkdesk")' in spec  # subcommands are imported by name
    iss = (PACKAGING / "gkdesk.iss").read_bytes()
    assert iss.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Inno Setup < 6.3 reads the Chinese text right
    text = iss.decode("utf-8-sig")
    assert r"{#Root}\resources\icons\gkdesk.ico" in text and r"{#Root}\dist\gkdesk\*" in text
    assert "ChineseSimplified.isl" in text


def test_benchmark_report_generator_and_batch_check(tmp_path):
    """benchmarks/run.py keeps working: its generated reports load, and `gkdesk check` reads them all."""
    bench = _module(ROOT / "benchmarks" / "run.py", "gkdesk_bench")
    files = bench.make_reports(tmp_path, 25)
    from gkdesk.cli import main
    from gkdesk.core import storage

    formats = {storage.load(f).format_id for f in files}
    assert formats == {"2019", "2021"}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["check", *map(str, files)])
    assert code == 1  # some generated reports carry a typed total that does not add up
    assert out.getvalue().count("个错误") == len(files)
    assert any(line.startswith("CPU:") for line in bench.machine())
