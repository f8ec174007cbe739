"""What every exporter shares: template file checks, the cache key of a template, atomic output."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from ..core.errors import ExportError
from ..core.storage import atomic_write_bytes

MAX_TEMPLATE_BYTES = 50 * 1024 * 1024


def check_template_file(p: Path, kind: str, trust_manifest: bool = True) -> None:
    if not p.exists():
        raise ExportError(f"找不到{kind}模板文件“{p}”")
    if not p.is_file():
        raise ExportError(f"{kind}模板“{p}”不是文件")
    size = p.stat().st_size
    if size > MAX_TEMPLATE_BYTES:
        raise ExportError(f"{kind}模板“{p}”过大（{size // 1024 // 1024} MB）")
    from .verified import passed_full_check

    if trust_manifest and passed_full_check(p.read_bytes(), kind.lower()):
        return  # these exact bytes passed every check below when templates/verified.json was made
    if not zipfile.is_zipfile(p):
        raise ExportError(f"“{p.name}”不是有效的 {kind} 文件（可能已损坏，或是旧版 .doc/.xls 格式，请另存为 .{kind.lower()}）")
    check_template_archive(p, kind)


#: a remote reference in a template would be copied into every report (a linked image, an attached
#: template, a hyperlink to a tracking address, INCLUDEPICTURE/INCLUDETEXT fields): refused by name
_REMOTE_FIELD = re.compile(rb"\b(INCLUDEPICTURE|INCLUDETEXT|LINK|DDEAUTO|DDE|IMPORT)\b")
_EXTERNAL = re.compile(rb"TargetMode\s*=\s*[\"']External[\"']", re.I)


def check_template_archive(p: Path, kind: str) -> None:
    """The same zip limits as an import (size, members, ratio, lying headers, DOCTYPE/ENTITY), and no
    external relationship or remote field: a template is untrusted input too."""
    from ..core.errors import ImportError_
    from ..importers import safety

    data = p.read_bytes()
    try:
        zf = safety.open_zip(data, p.name, f"{kind} 模板")
        safety.check_all_members(zf, p.name)
    except ImportError_ as e:
        raise ExportError(f"{kind}模板不可用：{e}") from None
    for info in zf.infolist():
        name = info.filename
        if name.endswith(".rels"):
            if _EXTERNAL.search(zf.read(info)):
                raise ExportError(f"{kind}模板“{p.name}”引用了外部资源（{name} 中的外部链接、链接的图片或附加模板），"
                                  "导出的报告会带上这些链接，已拒绝。请在模板中删除外部链接后再用。")
        elif name.startswith("word/") and name.endswith(".xml"):
            blob = zf.read(info)
            if b"instrText" in blob or b"fldSimple" in blob:
                m = _REMOTE_FIELD.search(b" ".join(re.findall(rb"<w:instrText[^>]*>([^<]*)<", blob)
                                                   + re.findall(rb'w:instr="([^"]*)"', blob)))
                if m:
                    raise ExportError(f"{kind}模板“{p.name}”中有引用外部内容的域（{m.group(1).decode()}），已拒绝。"
                                      "请在模板中删除该域后再用。")


def template_key(p: Path) -> tuple:
    """Identity of a template file for the caches: a changed file (mtime or size) is checked anew."""
    st = p.stat()
    return (str(p.resolve()), st.st_mtime_ns, st.st_size)


def write_output(out_path: str | Path, data: bytes) -> None:
    out = Path(out_path)
    if out.is_dir():
        raise ExportError(f"“{out}”是一个文件夹，请给出文件名")
    if not out.parent.exists():
        raise ExportError(f"文件夹“{out.parent}”不存在")
    try:
        atomic_write_bytes(out, data)
    except PermissionError:
        raise ExportError(f"无法写入“{out}”：没有权限，或文件正被 Word/WPS/Excel 打开（请先关闭该文件）") from None
    except OSError as e:
        raise ExportError(f"无法写入“{out}”：{e.strerror or e}") from None


def rewrite_zip(data: bytes, transform: Callable[[str, bytes], bytes], date_time: tuple | None = None) -> bytes:
    """A copy of a zip package with every member passed through transform(name, blob); with
    `date_time`, every member gets that date (reproducible templates)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = transform(info.filename, src.read(info.filename))
            if date_time is not None:
                info = zipfile.ZipInfo(info.filename, date_time=date_time)
                info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, blob)
    return out.getvalue()
