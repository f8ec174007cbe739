"""What every exporter shares: template file checks, the cache key of a template, atomic output."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from ..core.errors import ExportError
from ..core.storage import atomic_write_bytes

MAX_TEMPLATE_BYTES = 50 * 1024 * 1024


def check_template_file(p: Path, kind: str) -> None:
    if not p.exists():
        raise ExportError(f"找不到{kind}模板文件“{p}”")
    if not p.is_file():
        raise ExportError(f"{kind}模板“{p}”不是文件")
    size = p.stat().st_size
    if size > MAX_TEMPLATE_BYTES:
        raise ExportError(f"{kind}模板“{p}”过大（{size // 1024 // 1024} MB）")
    if not zipfile.is_zipfile(p):
        raise ExportError(f"“{p.name}”不是有效的 {kind} 文件（可能已损坏，或是旧版 .doc/.xls 格式，请另存为 .{kind.lower()}）")


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
