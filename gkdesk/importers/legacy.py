"""Old office formats (.doc, .wps, .et, .xls, .dps …): read directly or converted through LibreOffice.

gkdesk reads .docx/.xlsx itself, and binary Word 97-2003 .doc/.wps with its own reader
(doc_reader). The other old formats, and Word files that reader refuses (encrypted, fast-saved,
Word 95), need an office program: when LibreOffice (`soffice`/`libreoffice`) is on the PATH,
`convert(path, folder)` turns the file into .docx/.xlsx in `folder` (its own throw-away user
profile, so a running LibreOffice does not block it); otherwise `hint(path)` is the Chinese
sentence telling the clerk to re-save the file in Word/WPS. `import_old` is the whole decision.
No Qt; used by the command line (and available to the window).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from ..core.errors import ImportError_

#: suffix → (what it is, the format to save it as)
LEGACY = {
    ".doc": ("旧版 Word 文档（.doc）", ".docx"),
    ".wps": ("WPS 文字文档（.wps）", ".docx"),
    ".rtf": ("RTF 文档", ".docx"),
    ".odt": ("OpenDocument 文档（.odt）", ".docx"),
    ".et": ("WPS 表格（.et）", ".xlsx"),
    ".xls": ("旧版 Excel 工作簿（.xls）", ".xlsx"),
    ".ods": ("OpenDocument 表格（.ods）", ".xlsx"),
}
CONVERT_TIMEOUT = 180  # seconds; LibreOffice's first start creates its profile


def is_legacy(path: str | os.PathLike) -> bool:
    return Path(path).suffix.lower() in LEGACY


def needs_office(data: bytes) -> bool:
    """The bytes of a file named like an old format really are one (OLE binary, RTF, an
    OpenDocument package): not a web page, a Word XML document or a .docx saved under a .doc name,
    as web systems' "导出Word" write them — those the importers read directly."""
    import io
    import zipfile

    from . import sniff

    kind = sniff(data)
    if kind in ("ole", "rtf"):
        return True
    if kind == "zip":
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, ValueError, OSError, EOFError):
            return False  # the importer says what is wrong with it
        return "word/document.xml" not in names and "xl/workbook.xml" not in names
    return False


def import_old(path: str | os.PathLike, data: bytes):
    """ImportResult of a file with an old format's name (its bytes `data`): read directly when
    gkdesk can (a web page, Word XML or .docx under a .doc name; a binary Word 97-2003 .doc/.wps),
    else converted through LibreOffice; ImportError_ with the reason and the 另存为 hint otherwise."""
    import tempfile

    from . import import_bytes, safety
    from .doc_reader import Unreadable, is_word97

    name = Path(path).name
    if not needs_office(data):
        return import_bytes(data, name)
    refused = ""
    if is_word97(data):
        try:
            return import_bytes(data, name)
        except Unreadable as e:
            if libreoffice() is None:
                raise
            refused = str(e)
    with tempfile.TemporaryDirectory(prefix="gkdesk-convert-") as tmp:
        res = import_bytes(safety.read_limited(convert(path, tmp)), name)
    if refused:
        res.add("info", f"gkdesk 未能直接读取此文件（{refused.rstrip('。')}），已用 LibreOffice 转换后导入。")
    return res


def hint(path: str | os.PathLike) -> str:
    what, target = LEGACY.get(Path(path).suffix.lower(), ("旧版 Office 文件", ".docx"))
    app = "WPS" if Path(path).suffix.lower() in (".wps", ".et") else "Word/WPS"
    return (f"“{Path(path).name}”是{what}，不能直接导入：请在 {app} 中打开，“另存为” {target} 后再导入"
            f"（安装 LibreOffice 后 gkdesk 可自动转换）。")


def libreoffice() -> str | None:
    if os.environ.get("GKDESK_NO_LIBREOFFICE") == "1":  # tests, and administrators who want the hint only
        return None
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(path: str | os.PathLike, folder: str | os.PathLike) -> Path:
    """Convert a legacy file to .docx/.xlsx in `folder` with LibreOffice; ImportError_ with a hint otherwise."""
    src = Path(path)
    exe = libreoffice()
    if exe is None:
        raise ImportError_(hint(src))
    if not src.is_file():
        raise ImportError_(f"无法读取“{src}”：文件不存在")
    target = LEGACY.get(src.suffix.lower(), ("", ".docx"))[1]
    out_dir = Path(folder)
    profile = out_dir / "lo-profile"
    cmd = [exe, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", "--norestore",
           "--convert-to", target.lstrip("."), "--outdir", str(out_dir), str(src.resolve())]
    try:
        subprocess.run(cmd, capture_output=True, timeout=CONVERT_TIMEOUT, check=False,
                       stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise ImportError_(f"用 LibreOffice 转换“{src.name}”失败（{type(e).__name__}）。" + hint(src)) from None
    out = out_dir / (src.stem + target)
    if not out.is_file() or out.stat().st_size == 0:
        raise ImportError_(f"LibreOffice 未能转换“{src.name}”。" + hint(src))
    return out
