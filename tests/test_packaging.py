"""The Linux package: control, desktop and MIME files are right (always), the .deb holds what it should
(when dpkg-deb is installed), and the real frozen build packs and installs (GKDESK_BUILD_DEB=1, needs PyInstaller)."""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from gkdesk import __version__
from gkdesk.core import storage

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _module():
    spec = importlib.util.spec_from_file_location("gkdesk_build_deb", PACKAGING / "build_deb.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _control_fields(text: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    key = ""
    for line in text.splitlines():
        assert line, "no empty line inside a control paragraph"
        if line.startswith(" "):
            fields[key] += "\n" + line
        else:
            key, _, value = line.partition(": ")
            assert key and value, line
            fields[key] = value
    return fields


def test_control_file():
    deb = _module()
    text = deb.control_text(__version__, "amd64", 140000, ["libc6 (>= 2.28)", "libfontconfig1"])
    f = _control_fields(text)
    assert f["Package"] == "gkdesk" and f["Architecture"] == "amd64"
    assert f["Version"] == deb.deb_version(__version__) and f["Installed-Size"] == "140000"
    assert f["Depends"] == "libc6 (>= 2.28), libfontconfig1"
    assert "政府信息公开" in f["Description"].splitlines()[0]
    assert all(line.startswith(" ") for line in f["Description"].splitlines()[1:])
    assert text.endswith("\n")


def test_debian_versions_sort_prereleases_first():
    deb = _module()
    assert deb.deb_version("0.1.0") == "0.1.0"
    assert deb.deb_version("0.2.0rc1") == "0.2.0~rc1"
    if shutil.which("dpkg"):
        r = subprocess.run(["dpkg", "--compare-versions", "0.2.0~rc1", "lt", "0.2.0"])
        assert r.returncode == 0


def test_desktop_entry_declares_the_report_mime_type():
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str
    cp.read(PACKAGING / "gkdesk.desktop", encoding="utf-8")
    e = cp["Desktop Entry"]
    assert e["Exec"] == "gkdesk %f" and e["Icon"] == "gkdesk"
    mimes = [m for m in e["MimeType"].split(";") if m]
    assert mimes[0] == "application/x-gkdesk-report" and "application/json" in mimes
    assert e["MimeType"].endswith(";")


def test_mime_type_recognises_reports_by_their_content(tmp_path, example_doc):
    tree = ET.parse(PACKAGING / "gkdesk-mime.xml")
    (mt,) = tree.getroot().findall(f"{MIME_NS}mime-type")
    assert mt.get("type") == "application/x-gkdesk-report"
    assert mt.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"
    glob = mt.find(f"{MIME_NS}glob")
    assert glob.get("pattern") == "*.json" and int(glob.get("weight")) < 50  # plain .json stays application/json
    match = mt.find(f"{MIME_NS}magic/{MIME_NS}match")
    assert match.get("type") == "string" and match.get("value") == f'"{storage.MAGIC}"'
    start, end = (int(x) for x in match.get("offset").split(":"))
    p = tmp_path / "报告.json"
    storage.save(example_doc, p)  # what the program writes: the marker must lie in the sniffed range
    head = p.read_bytes()[: end + len(match.get("value").encode())]
    assert head.find(match.get("value").encode()) >= start
    zh = [c.text for c in mt.findall(f"{MIME_NS}comment") if c.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh_CN"]
    assert zh and "年度报告" in zh[0]


@pytest.fixture
def fake_frozen(tmp_path) -> Path:
    """A folder shaped like dist/gkdesk (the real one needs PyInstaller and a minute)."""
    app = tmp_path / "gkdesk"
    (app / "_internal" / "resources").mkdir(parents=True)
    exe = app / "gkdesk"
    exe.write_text("#!/bin/sh\necho gkdesk-fake \"$@\"\n", encoding="utf-8")
    exe.chmod(0o700)  # the package must fix the modes whatever the build machine's umask
    (app / "_internal" / "resources" / "example-2021.json").write_text("{}", encoding="utf-8")
    (app / "install.sh").write_text("#!/bin/sh\n", encoding="utf-8")  # tarball helper, not packaged
    return app


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb not installed")
def test_deb_contents(fake_frozen, tmp_path):
    deb = _module()
    out = deb.build_deb(fake_frozen, tmp_path / "out", depends=["libc6 (>= 2.28)"], arch="amd64")
    assert out.name == f"gkdesk_{deb.deb_version()}_amd64.deb"
    listing = subprocess.run(["dpkg-deb", "-c", str(out)], capture_output=True, text=True, check=True).stdout
    entries = {}
    for line in listing.splitlines():
        parts = line.split(None, 5)
        mode, owner, name = parts[0], parts[1], parts[5]
        entries[name.split(" -> ")[0].lstrip(".")] = (mode, owner, name)
    for path in ("/opt/gkdesk/gkdesk", "/opt/gkdesk/_internal/resources/example-2021.json",
                 "/usr/share/applications/gkdesk.desktop", "/usr/share/mime/packages/gkdesk.xml",
                 "/usr/share/icons/hicolor/256x256/apps/gkdesk.png", "/usr/share/icons/hicolor/48x48/apps/gkdesk.png",
                 "/usr/share/doc/gkdesk/copyright", "/usr/share/doc/gkdesk/changelog.gz"):
        assert path in entries, path
    assert "/opt/gkdesk/install.sh" not in entries
    assert all(owner == "root/root" for _m, owner, _n in entries.values())
    assert entries["/opt/gkdesk/gkdesk"][0] == "-rwxr-xr-x"
    assert entries["/usr/share/applications/gkdesk.desktop"][0] == "-rw-r--r--"
    assert entries["/usr/bin/gkdesk"][0].startswith("l") and entries["/usr/bin/gkdesk"][2].endswith("-> /opt/gkdesk/gkdesk")
    fields = _control_fields(subprocess.run(["dpkg-deb", "-f", str(out)], capture_output=True, text=True,
                                            check=True).stdout)
    assert fields["Package"] == "gkdesk" and fields["Depends"] == "libc6 (>= 2.28)"
    assert int(fields["Installed-Size"]) > 0
    control = subprocess.run(["dpkg-deb", "--ctrl-tarfile", str(out)], capture_output=True, check=True).stdout
    import io
    import tarfile

    names = {m.name.lstrip("./") for m in tarfile.open(fileobj=io.BytesIO(control)).getmembers()} - {""}
    assert names == {"control"}  # no maintainer scripts: the caches are refreshed by dpkg triggers


@pytest.mark.skipif(shutil.which("objdump") is None, reason="binutils not installed")
def test_glibc_requirement_is_read_from_the_binaries(tmp_path):
    deb = _module()
    shutil.copy(Path(sys.executable).resolve(), tmp_path / "python")
    major, minor = (int(x) for x in deb.glibc_needed(tmp_path).split("."))
    assert major == 2 and minor >= 2


@pytest.mark.skipif(os.environ.get("GKDESK_BUILD_DEB") != "1" or importlib.util.find_spec("PyInstaller") is None,
                    reason="builds the real frozen program (set GKDESK_BUILD_DEB=1; needs PyInstaller)")
@pytest.mark.slow
def test_real_deb_builds_from_the_frozen_folder(tmp_path):
    r = subprocess.run([sys.executable, str(PACKAGING / "build_deb.py"), "--out", str(tmp_path)],
                       capture_output=True, text=True, timeout=1800)
    assert r.returncode == 0, r.stdout + r.stderr
    (out,) = tmp_path.glob("gkdesk_*.deb")
    listing = subprocess.run(["dpkg-deb", "-c", str(out)], capture_output=True, text=True, check=True).stdout
    assert "./opt/gkdesk/_internal/resources/guide/guide.html" in listing
    assert "./opt/gkdesk/_internal/gkdesk/core/formats/formats.toml" in listing


def test_windows_build_script_runs_unchanged_on_any_code_page():
    raw = (PACKAGING / "build_windows.bat").read_bytes()
    raw.decode("ascii")  # no Chinese in the batch file: cmd.exe reads it in the console's code page
    assert b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n")  # CRLF, or labels and goto misbehave
    text = raw.decode("ascii")
    assert "chcp 65001" in text and 'set "PYTHONUTF8=1"' in text
    assert '"%VENV%\\Scripts\\python.exe" packaging\\build.py' in text
    assert '"/DAppVersion=%VERSION%" "packaging\\gkdesk.iss"' in text
    assert "exit /b 1" in text and ":fail" in text
    iss = (PACKAGING / "gkdesk.iss").read_bytes()
    assert iss.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Inno Setup reads the Chinese texts right
    iss_text = iss.decode("utf-8-sig")
    assert "#define AppVersion" in iss_text and "VersionInfoVersion={#AppVersion}" in iss_text
    assert (ROOT / "resources" / "icons" / "gkdesk.ico").is_file()
