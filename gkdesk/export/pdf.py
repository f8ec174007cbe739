"""PDF export: convert our DOCX with an installed office suite (LibreOffice headless).

WPS Office has no command-line conversion on Linux and only COM automation on Windows, so with
WPS alone the clerk is told to open the DOCX in WPS and save it as PDF there.

LibreOffice lays out a Word character grid whose pitch is narrower than the font (our 28
characters of 16 pt on a 156 mm line) by giving every character two grid cells, i.e. 14
characters a line. Before converting, `for_libreoffice()` therefore replaces the character grid
by the equivalent condensed character spacing (-0.25 pt for 16 pt text: 28 characters a line,
the same lines as Word and WPS) and keeps the 22-line grid.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..core.errors import ExportError
from .common import rewrite_zip

TIMEOUT_S = 180
_WINDOWS_PATHS = (r"C:\Program Files\LibreOffice\program\soffice.exe",
                  r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")
#: character spacing (1/20 pt) that puts 28 characters of 16 pt on the 156 mm line
BODY_CONDENSE = -5


def find_libreoffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        p = shutil.which(name)
        if p:
            return p
    if os.name == "nt":
        for p in _WINDOWS_PATHS:
            if Path(p).exists():
                return p
    for p in ("/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
              "/Applications/LibreOffice.app/Contents/MacOS/soffice"):
        if Path(p).exists():
            return p
    return None


def find_wps() -> str | None:
    for name in ("wps", "wpsoffice", "wps.exe"):
        p = shutil.which(name)
        if p:
            return p
    for p in ("/opt/kingsoft/wps-office/office6/wps", "/usr/bin/wps"):
        if Path(p).exists():
            return p
    return None


def no_converter_message() -> str:
    if find_wps():
        return ("本机装有 WPS，但 WPS 不能在后台转换 PDF：请先导出 Word（DOCX），用 WPS 打开后"
                "选择“输出为 PDF”。安装 LibreOffice 后本程序可以直接导出 PDF。")
    return "无法导出 PDF：本机没有安装 LibreOffice 或 WPS。请先导出 Word（DOCX），用 Word 或 WPS 打开后另存为 PDF。"


def for_libreoffice(docx: bytes) -> bytes:
    """The same document with the character grid expressed as character spacing (see module doc)."""
    def fix(name: str, blob: bytes) -> bytes:
        if name == "word/document.xml":
            blob = re.sub(rb'(<w:docGrid\b[^>]*?)w:type="linesAndChars"', rb'\1w:type="lines"', blob)
            return re.sub(rb'(<w:docGrid\b[^>]*?) w:charSpace="-?\d+"', rb"\1", blob)
        return _condense_body_styles(blob) if name == "word/styles.xml" else blob
    return rewrite_zip(docx, fix)


def _condense_body_styles(xml: bytes) -> bytes:
    spacing = b'<w:spacing w:val="%d"/>' % BODY_CONDENSE

    def fix(m: re.Match) -> bytes:
        style = m.group(0)
        if b'<w:sz w:val="32"/>' not in style or b"<w:spacing w:val=" in style.split(b"<w:rPr>")[-1]:
            return style
        return re.sub(rb'(<w:rPr>.*?)(<w:sz w:val="32"/>)', rb"\1" + spacing + rb"\2", style, count=1, flags=re.S)

    xml = re.sub(rb"<w:style\b.*?</w:style>", fix, xml, flags=re.S)
    return re.sub(rb"(<w:rPrDefault><w:rPr>.*?)(<w:sz w:val=\"32\"/>)", rb"\1" + spacing + rb"\2", xml,
                  count=1, flags=re.S)


def docx_to_pdf(docx: bytes, timeout: float = TIMEOUT_S) -> bytes:
    """PDF bytes of a DOCX, converted by LibreOffice in a private profile (never the clerk's open one)."""
    return convert_many({"report.docx": docx}, timeout)["report.pdf"]


def convert_many(files: dict[str, bytes], timeout: float = TIMEOUT_S) -> dict[str, bytes]:
    """Convert several .docx/.xlsx files in one LibreOffice run: {name.pdf: bytes}."""
    office = find_libreoffice()
    if office is None:
        raise ExportError(no_converter_message())
    with tempfile.TemporaryDirectory(prefix="gkdesk-pdf-") as tmp:
        t = Path(tmp)
        srcs = []
        for name, data in files.items():
            src = t / name
            src.write_bytes(for_libreoffice(data) if name.endswith(".docx") else data)
            srcs.append(src)
        cmd = [office, f"-env:UserInstallation={(t / 'profile').as_uri()}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(t / "pdf"), *map(str, srcs)]
        try:
            r = subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise ExportError(f"LibreOffice 转换 PDF 超时（{int(timeout)} 秒）") from None
        except OSError as e:
            raise ExportError(f"无法启动 LibreOffice：{e}") from None
        out = {}
        for src in srcs:
            pdf = t / "pdf" / (src.stem + ".pdf")
            if r.returncode != 0 or not pdf.exists():
                msg = (r.stderr or r.stdout or b"").decode("utf-8", "replace").strip()[:200]
                raise ExportError(f"LibreOffice 未能转换 PDF（退出码 {r.returncode}）：{msg}")
            out[pdf.name] = pdf.read_bytes()
        return out


def export_pdf(doc, out_path, template=None) -> None:
    """Write the report as PDF: our DOCX (same template) converted by LibreOffice."""
    from .common import write_output
    from .docx import render_docx

    write_output(out_path, docx_to_pdf(render_docx(doc, template)))
