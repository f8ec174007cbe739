"""Report files: UTF-8 JSON with a schema version, stable key order, atomic save.

Loading never raises anything but LoadError, whose message names every problem found.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from .. import __version__
from .dates import to_iso
from .document import Document, Explanation, Meta
from .errors import ChangedOnDiskError, LoadError, SaveError
from .spec import format_ids
from .text import clean_text, repair_surrogates
from .values import parse_value, to_storage

MAGIC = "gkdesk-annual-report"
SCHEMA_VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024


def to_dict(doc: Document) -> dict[str, Any]:
    cells = {}
    for cid in doc.spec.cells:  # spec order: stable and readable
        s = to_storage(doc.value(cid))
        if s is not None:
            cells[cid] = s
    out: dict[str, Any] = {
        "gkdesk": MAGIC,
        "schema_version": SCHEMA_VERSION,
        "written_by": f"gkdesk {__version__}",
        "format": doc.format_id,
        "meta": doc.meta.as_dict(),
        "sections": {s.key: doc.sections.get(s.key, "") for s in doc.spec.sections},
        "cells": cells,
        "manual_totals": [c for c in doc.spec.cells if c in doc.manual],
        "explanations": [
            {"check_id": e.check_id, "key": e.key, "text": e.text, "inputs": dict(sorted(e.inputs.items()))}
            for e in sorted(doc.explanations.values(), key=lambda e: e.key)
        ],
    }
    if doc.previous is not None:
        out["previous"] = doc.previous
    if doc.foreign_rows:
        out["foreign_rows"] = doc.foreign_rows
    for k, v in doc.extra.items():
        out.setdefault(k, v)
    return out


def dumps(doc: Document) -> str:
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=2) + "\n"


def from_dict(data: Any, source: str = "") -> Document:
    problems: list[str] = []
    if not isinstance(data, dict) or data.get("gkdesk") != MAGIC:
        raise LoadError(source, ["这不是 gkdesk 年度报告文件"])
    version = data.get("schema_version")
    if not isinstance(version, int):
        raise LoadError(source, ["文件缺少有效的版本号（schema_version）"])
    if version > SCHEMA_VERSION:
        raise LoadError(source, [f"文件由较新版本的 gkdesk 保存（文件版本 {version}，本程序支持到 {SCHEMA_VERSION}），请升级程序后再打开"])
    fmt = data.get("format")
    if fmt not in format_ids():
        raise LoadError(source, [f"未知的报告格式版本“{fmt}”（支持：{'、'.join(format_ids())}）"])
    doc = Document(fmt)
    meta = data.get("meta", {})
    if not isinstance(meta, dict):
        problems.append("元数据（meta）格式错误")
        meta = {}
    year = meta.get("year")
    if year is not None and not (isinstance(year, int) and not isinstance(year, bool)):
        problems.append(f"报告年度“{year}”不是整数")
        year = None
    doc.meta = Meta(agency=clean_text(str(meta.get("agency", "") or ""), single_line=True), year=year,
                    date=to_iso(clean_text(str(meta.get("date", "") or ""), single_line=True)),
                    contact=clean_text(str(meta.get("contact", "") or ""), single_line=True))
    sections = data.get("sections", {})
    if not isinstance(sections, dict):
        problems.append("正文（sections）格式错误")
        sections = {}
    for key, text in sections.items():
        if key not in doc.sections:
            problems.append(f"未知的章节“{key}”")
        elif not isinstance(text, str):
            problems.append(f"章节“{key}”的内容不是文字")
        else:
            doc.sections[key] = clean_text(text)
    cells = data.get("cells", {})
    if not isinstance(cells, dict):
        problems.append("表格数据（cells）格式错误")
        cells = {}
    known, values = doc.spec.cells, doc.cells
    for cid, raw in cells.items():
        if cid not in known:
            problems.append(f"未知的单元格“{cid}”（与{doc.spec.name}不符）")
        elif type(raw) is str:  # the usual case, taken first (a folder check loads thousands of files)
            v = parse_value(raw)
            if not v.is_blank:
                values[cid] = v
        elif raw is not None and not isinstance(raw, (str, int)) or isinstance(raw, bool):
            problems.append(f"单元格“{cid}”的值格式错误")
        else:
            doc._put(cid, parse_value(raw))
    manual = data.get("manual_totals", [])
    if not isinstance(manual, list) or not all(isinstance(c, str) for c in manual):
        problems.append("manual_totals 格式错误")
        manual = []
    doc.manual = {c for c in manual if c in doc.spec.cells and doc.spec.cells[c].derived}
    explanations = data.get("explanations", []) or []
    if not isinstance(explanations, list):
        problems.append("说明（explanations）格式错误")
        explanations = []
    for e in explanations:
        try:
            ex = Explanation(str(e["check_id"]), str(e["key"]), clean_text(str(e["text"])),
                             {str(k): str(v) for k, v in dict(e.get("inputs", {})).items()})
            doc.explanations[ex.key] = ex
        except (KeyError, TypeError, ValueError, AttributeError):
            problems.append("说明（explanations）格式错误")
    prev = data.get("previous")
    if prev is not None:
        if isinstance(prev, dict):
            doc.previous = prev
        else:
            problems.append("上年数据（previous）格式错误")
    foreign = data.get("foreign_rows", []) or []  # optional: files written before it existed have none
    if isinstance(foreign, list) and all(_foreign_row_ok(r, doc) for r in foreign):
        doc.foreign_rows = [dict(r) for r in foreign]
    else:
        problems.append("导入记录（foreign_rows）格式错误")
    known = {"gkdesk", "schema_version", "written_by", "format", "meta", "sections", "cells", "manual_totals",
             "explanations", "previous", "foreign_rows"}
    doc.extra = {k: v for k, v in data.items() if k not in known}
    if problems:
        raise LoadError(source, problems)
    return doc


def _foreign_row_ok(r: Any, doc: Document) -> bool:
    return (isinstance(r, dict) and all(isinstance(r.get(k), str) for k in ("table", "label", "format"))
            and isinstance(r.get("into", ""), str) and isinstance(r.get("cells"), dict)
            and all(c in doc.spec.cells and (v is None or isinstance(v, str)) for c, v in r["cells"].items()))


def loads(text: str, source: str = "") -> Document:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise LoadError(source, [f"文件内容已损坏或不是报告文件（第{e.lineno}行第{e.colno}列附近格式错误）"]) from None
    except RecursionError:
        raise LoadError(source, ["文件内容嵌套过深，已损坏"]) from None
    except ValueError:  # e.g. a number literal longer than Python's int-string limit (4300 digits)
        raise LoadError(source, ["文件中有过长的数字，已损坏或不是报告文件"]) from None
    return from_dict(data, source)


def read_regular_file(p: Path, limit: int) -> bytes:
    """The bytes of a regular file, at most `limit`; LoadError for anything else.

    Opened non-blocking and checked with fstat on the open descriptor, so that a FIFO named
    r.json never blocks and a link to /dev/zero is never read; the read itself is bounded.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(p, flags)
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(21, "Is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise LoadError(str(p), ["不是普通文件（设备、管道或套接字），不是报告文件"])
        if st.st_size > limit:
            raise LoadError(str(p), [f"文件过大（{st.st_size // 1024 // 1024} MB），不是报告文件"])
        if hasattr(os, "O_NONBLOCK"):
            try:
                os.set_blocking(fd, True)
            except OSError:
                pass
        chunks = []
        left = limit + 1
        while left > 0:
            b = os.read(fd, min(left, 1 << 20))
            if not b:
                break
            chunks.append(b)
            left -= len(b)
        data = b"".join(chunks)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise LoadError(str(p), ["文件过大，不是报告文件"])
    return data


def load(path: str | os.PathLike) -> Document:
    return load_raw(path)[0]


def load_raw(path: str | os.PathLike) -> tuple[Document, bytes]:
    """`load`, and the file's bytes as read (a folder check hashes them instead of reading twice)."""
    p = Path(path)
    try:
        raw = read_regular_file(p, MAX_FILE_BYTES)
    except LoadError:
        raise
    except FileNotFoundError:
        raise LoadError(str(p), ["文件不存在"]) from None
    except IsADirectoryError:
        raise LoadError(str(p), ["这是一个文件夹，不是文件"]) from None
    except PermissionError:
        raise LoadError(str(p), ["没有读取权限"]) from None
    except OSError as e:
        raise LoadError(str(p), [f"读取失败（{e.strerror or e}）"]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise LoadError(str(p), ["文件不是 UTF-8 编码的报告文件（可能已损坏，或是其他程序的文件）"]) from None
    return loads(text, str(p)), raw


def _target_mode(p: Path) -> int:
    """The mode an ordinary open(p, "w") would give: the existing file's bits, else 0666 minus umask."""
    try:
        return p.stat().st_mode & 0o7777
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


#: longest file name most file systems allow (bytes); a temp name must fit too
_NAME_MAX = 255


def _temp_prefix(p: Path) -> str:
    """".name." for the temp file beside the target; a short hashed name when the target's own name
    is so long that ".name.XXXXXXXX.tmp" would exceed the file system's limit."""
    prefix = f".{p.name}."
    if len(os.fsencode(prefix)) + 8 + 4 > _NAME_MAX:
        import hashlib

        prefix = ".gkdesk-" + hashlib.sha1(os.fsencode(p.name)).hexdigest()[:16] + "."
    return prefix


def file_signature(path: str | os.PathLike) -> tuple | None:
    """(inode, size, mtime_ns, sha256) of a file as it is now; None if there is none.

    The content hash makes a same-size, same-mtime replacement (or an in-place rewrite that kept
    the timestamp) visible; the inode a replacement by rename.
    """
    from .sha import sha256

    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode):
                return None
            h = sha256()
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns, h.hexdigest())


_ANY = object()


def _check_writable(p: Path) -> None:
    """A read-only target is refused, not silently replaced (a rename would ignore its mode)."""
    try:
        st = os.stat(p)
    except FileNotFoundError:
        return
    except OSError:
        return  # reported by the write itself
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(21, "这是一个文件夹", str(p))
    if not st.st_mode & 0o222 or not os.access(p, os.W_OK):
        raise ReadOnlyError(13, "文件是只读的", str(p))


class ReadOnlyError(PermissionError):
    pass


class ChangedOnDisk(OSError):
    """The target is no longer the file the caller last saw (another program or window saved it)."""


def _lock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; the signature check alone guards the save
        return
    fcntl.flock(fd, fcntl.LOCK_EX)


def atomic_write_bytes(path: str | os.PathLike, data: bytes, expected=_ANY) -> None:
    """Write via a temp file in the same folder, fsync, then replace: the old file survives any failure.

    The temp file lives beside the target (a rename across file systems — the system temp folder and
    a USB stick or a network share — would fail with EXDEV). A read-only target is refused. With
    `expected` (a `file_signature`, or None for "must not exist yet") the replace happens only if
    the target is still that file, checked under an exclusive lock on the target, so that two
    saves at the same instant cannot both succeed (ChangedOnDisk).
    """
    p = Path(path)
    folder = p.parent if str(p.parent) else Path(".")
    _check_writable(p)
    import tempfile  # only when writing (not on the start's path)

    fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(p), suffix=".tmp", dir=folder)
    lock_fd = None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            if hasattr(os, "fchmod"):  # mkstemp makes 0600; give the file the bits a normal save would
                os.fchmod(f.fileno(), _target_mode(p))
            os.fsync(f.fileno())
        if expected is not _ANY:
            try:
                lock_fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
                _lock(lock_fd)
            except FileNotFoundError:
                lock_fd = None
            if file_signature(p) != expected:
                raise ChangedOnDisk(16, "文件已被其他程序修改", str(p))
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    finally:
        if lock_fd is not None:
            os.close(lock_fd)  # releases the lock
    if hasattr(os, "O_DIRECTORY"):
        try:
            dfd = os.open(folder, os.O_DIRECTORY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
        except OSError:
            pass


def encode(doc: Document) -> bytes:
    """The report file's bytes; text the document holds that UTF-8 cannot (a lone surrogate pasted
    from another program, or read from a "\\udc00" escape in last year's data) is repaired (U+FFFD)
    instead of making the report impossible to save."""
    text = dumps(doc)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return repair_surrogates(text).encode("utf-8")


def save(doc: Document, path: str | os.PathLike, expected=_ANY) -> None:
    """Save atomically; `expected`: see atomic_write_bytes (SaveError subclass ChangedOnDiskError)."""
    try:
        atomic_write_bytes(path, encode(doc), expected)
    except ChangedOnDisk:
        raise ChangedOnDiskError(f"“{path}”在打开之后已被其他程序（或另一个窗口）修改，未保存，以免覆盖那些修改。"
                                 "原文件未被改动。") from None
    except ReadOnlyError:
        raise SaveError(f"“{path}”是只读文件，未保存（原文件未被改动）。请另存为其他文件，"
                        "或先在文件属性中取消“只读”。") from None
    except OSError as e:
        raise SaveError(f"无法保存到“{path}”：{e.strerror or e}。原文件未被改动。") from None
