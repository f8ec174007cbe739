"""Build a Debian package (.deb) from the frozen one-folder program (dist/gkdesk, made by build.py).

    python packaging/build_deb.py                  # build dist/gkdesk first if missing, then the .deb
    python packaging/build_deb.py --app DIR        # package another frozen folder
    python packaging/build_deb.py --print-glibc    # only report the newest glibc symbol the folder needs

Package layout (installs like any Debian/UOS/Kylin program; `apt install ./gkdesk_….deb`):

    /opt/gkdesk/                                  the frozen folder, unchanged
    /usr/bin/gkdesk -> /opt/gkdesk/gkdesk         command line and menu entry
    /usr/share/applications/gkdesk.desktop        menu entry (办公), MimeType for report files
    /usr/share/mime/packages/gkdesk.xml           application/x-gkdesk-report, recognised by content
    /usr/share/icons/hicolor/{48x48,256x256}/apps/gkdesk.png
    /usr/share/doc/gkdesk/copyright, changelog.gz

No maintainer scripts: the desktop, MIME and icon caches are refreshed by the dpkg triggers of
desktop-file-utils, shared-mime-info and the icon theme, so removing the package leaves nothing behind.
`Depends` is computed like dpkg-shlibdeps does: every shared library the bundle's ELF files load from
outside the bundle, mapped to its Debian package, plus libc6 at the newest GLIBC_x.y symbol version used.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist"
APP = DIST / "gkdesk"

sys.path.insert(0, str(ROOT))
from gkdesk import __version__  # noqa: E402

PACKAGE = "gkdesk"
MAINTAINER = "gkdesk maintainers <gkdesk@localhost>"
HOMEPAGE = ""
DESCRIPTION_SHORT = "政府信息公开工作年度报告 编写、检查、导出工具"
DESCRIPTION_LONG = """\
gkdesk helps the clerks of government agencies write the statutory annual report on
government information disclosure (政府信息公开工作年度报告): the three fixed tables laid out
like the official ones (2019 and 2021 formats), the prose sections, live checks of totals and
the official 勾稽关系, DOCX export in official typography and an Excel workbook, and a folder
check for the reviewing office (政务公开办). Works offline."""
#: system libraries the Qt xcb platform plugin needs at run time when the build machine did not bundle them
XCB_HELPERS = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0")


def log(msg: str) -> None:
    print(f"[deb] {msg}", flush=True)


def deb_arch() -> str:
    try:
        return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        import platform

        return {"x86_64": "amd64", "aarch64": "arm64", "loongarch64": "loong64"}.get(platform.machine(), "amd64")


def deb_version(version: str = __version__) -> str:
    """Debian version from the package version: 0.1.0 → 0.1.0, 0.2.0rc1 → 0.2.0~rc1 (sorts before 0.2.0)."""
    return re.sub(r"(\d)(a|b|rc|dev)", r"\1~\2", version)


# ----------------------------------------------------------------------------------------- file contents
def control_text(version: str, arch: str, installed_kb: int, depends: list[str]) -> str:
    fields = [
        ("Package", PACKAGE),
        ("Version", deb_version(version)),
        ("Architecture", arch),
        ("Maintainer", MAINTAINER),
        ("Installed-Size", str(installed_kb)),
        ("Depends", ", ".join(depends)),
        ("Recommends", "fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei"),
        ("Suggests", "libreoffice-writer"),
        ("Section", "editors"),
        ("Priority", "optional"),
    ]
    if HOMEPAGE:
        fields.append(("Homepage", HOMEPAGE))
    body = "".join(f"{k}: {v}\n" for k, v in fields if v)
    long = "".join(f" {line}\n" if line.strip() else " .\n" for line in DESCRIPTION_LONG.splitlines())
    return body + f"Description: {DESCRIPTION_SHORT}\n" + long


def copyright_text() -> str:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    indented = "".join(f" {line}\n" if line.strip() else " .\n" for line in licence.splitlines())
    return ("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
            "Upstream-Name: gkdesk\n\n"
            "Files: *\nCopyright: the gkdesk contributors\nLicense: MIT\n\n"
            "Files: opt/gkdesk/_internal/*\n"
            "Copyright: the authors of the bundled Python runtime and libraries\n"
            "Comment: CPython (PSF-2.0), Qt 6 and PySide6 (LGPL-3.0, linked dynamically; the Qt libraries are\n"
            " the unmodified shared libraries in opt/gkdesk/_internal and may be replaced), python-docx, docxtpl,\n"
            " openpyxl, jinja2, lxml, beautifulsoup4, platformdirs, charset-normalizer (MIT/BSD).\n"
            "License: various\n\n"
            f"License: MIT\n{indented}")


# ----------------------------------------------------------------------------------------- ELF analysis
def _elf_files(folder: Path) -> list[Path]:
    out = []
    for f in folder.rglob("*"):
        if f.is_file() and not f.is_symlink():
            try:
                with open(f, "rb") as fh:
                    if fh.read(4) == b"\x7fELF":
                        out.append(f)
            except OSError:
                pass
    return out


def glibc_needed(folder: Path) -> str:
    """The newest GLIBC_x.y symbol version any ELF file of the folder needs (= oldest glibc it runs on)."""
    best = (2, 0)
    for f in _elf_files(folder):
        r = subprocess.run(["objdump", "-T", str(f)], capture_output=True, text=True)
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", r.stdout):
            best = max(best, (int(major), int(minor)))
    return f"{best[0]}.{best[1]}"


def external_libraries(folder: Path) -> set[str]:
    """Shared libraries (real paths) that the folder's ELF files load from outside the folder."""
    inside = folder.resolve()
    libdirs = sorted({str(p.parent) for p in _elf_files(folder)})
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(libdirs))  # as the frozen program's loader sees it
    found: set[str] = set()
    for f in _elf_files(folder):
        r = subprocess.run(["ldd", str(f)], capture_output=True, text=True, env=env)
        for m in re.finditer(r"=>\s+(/\S+)\s+\(0x", r.stdout):
            lib = Path(m.group(1)).resolve()
            if inside not in lib.parents:
                found.add(str(lib))
    return found


def packages_of(paths: set[str]) -> set[str]:
    """Debian packages owning the given files (dpkg -S), without the :arch suffix."""
    pkgs: set[str] = set()
    for p in sorted(paths):
        candidates = [p]
        if p.startswith("/usr/lib/"):  # merged /usr: dpkg may know the file under /lib
            candidates.append(p[4:])
        for c in candidates:
            r = subprocess.run(["dpkg", "-S", c], capture_output=True, text=True)
            if r.returncode == 0:
                pkgs.add(r.stdout.split(":", 1)[0].split(",")[0].strip())
                break
    return pkgs


def compute_depends(folder: Path) -> list[str]:
    glibc = glibc_needed(folder)
    pkgs = packages_of(external_libraries(folder)) - {"libc6"}
    return [f"libc6 (>= {glibc})"] + sorted(pkgs)


# ----------------------------------------------------------------------------------------- staging
def stage(app: Path, root: Path, depends: list[str], arch: str, version: str = __version__) -> Path:
    """Lay out the package tree under root; returns root."""
    opt = root / "opt" / PACKAGE
    shutil.copytree(app, opt, symlinks=True)
    for extra in ("install.sh", "gkdesk.desktop", "gkdesk-mime.xml"):  # the tarball's helpers: not in a package
        (opt / extra).unlink(missing_ok=True)
    (root / "usr" / "bin").mkdir(parents=True)
    os.symlink(f"/opt/{PACKAGE}/gkdesk", root / "usr" / "bin" / "gkdesk")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(HERE / "gkdesk.desktop", share / "applications" / "gkdesk.desktop")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(HERE / "gkdesk-mime.xml", share / "mime" / "packages" / "gkdesk.xml")
    icons = ROOT / "resources" / "icons"
    for size, name in (("256x256", "gkdesk.png"), ("48x48", "gkdesk-48.png")):
        d = share / "icons" / "hicolor" / size / "apps"
        d.mkdir(parents=True)
        shutil.copy(icons / name, d / "gkdesk.png")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(), encoding="utf-8")
    with gzip.GzipFile(doc / "changelog.gz", "wb", mtime=0) as gz:
        gz.write((ROOT / "CHANGELOG.md").read_bytes())
    for d in [root, *root.rglob("*")]:  # normal permissions whatever the umask of the build machine
        if d.is_symlink():
            continue
        if d.is_dir():
            d.chmod(0o755)
        elif os.access(d, os.X_OK) and d.parent != doc:
            d.chmod(0o755)
        else:
            d.chmod(0o644)
    installed_kb = sum(f.stat().st_size for f in root.rglob("*") if f.is_file() and not f.is_symlink()) // 1024 + 1
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(control_text(version, arch, installed_kb, depends), encoding="utf-8")
    (root / "DEBIAN").chmod(0o755)
    return root


def build_deb(app: Path, out_dir: Path, depends: list[str] | None = None, arch: str | None = None,
              version: str = __version__) -> Path:
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("dpkg-deb is needed (Debian/UOS/Kylin: apt-get install dpkg)")
    arch = arch or deb_arch()
    depends = compute_depends(app) if depends is None else depends
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{PACKAGE}_{deb_version(version)}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="gkdesk-deb-") as tmp:
        root = stage(app, Path(tmp) / "root", depends, arch, version)
        cmd = ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(out)]
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0 and "root-owner-group" in r.stderr and shutil.which("fakeroot"):  # dpkg < 1.19
            r = subprocess.run(["fakeroot", "dpkg-deb", "-Zxz", "--build", str(root), str(out)],
                               capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit(f"dpkg-deb failed: {r.stderr.strip()}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--app", type=Path, default=APP, help="frozen folder (default dist/gkdesk)")
    ap.add_argument("--out", type=Path, default=DIST, help="output folder (default dist/)")
    ap.add_argument("--print-glibc", action="store_true", help="only print the newest GLIBC symbol version needed")
    args = ap.parse_args()
    if not (args.app / "gkdesk").is_file():
        if args.app != APP:
            log(f"{args.app} is not a frozen gkdesk folder")
            return 2
        log("dist/gkdesk is missing: running packaging/build.py --no-archive first")
        subprocess.run([sys.executable, str(HERE / "build.py"), "--no-archive"], check=True)
    glibc = glibc_needed(args.app)
    log(f"oldest glibc the folder runs on: {glibc} (newest GLIBC_ symbol version used)")
    if args.print_glibc:
        return 0
    depends = compute_depends(args.app)
    missing = [p for p in XCB_HELPERS if p in depends]
    log("Depends: " + ", ".join(depends))
    if missing:
        log(f"note: {', '.join(missing)} are not bundled (install them on the build machine to bundle them)")
    out = build_deb(args.app, args.out, depends)
    log(f"package: {out} — {out.stat().st_size / 1024 / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
