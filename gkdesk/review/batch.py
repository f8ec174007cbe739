"""Check every report in a folder: our own files (.json) and published reports the importers read.

`check_folder(folder, progress=None) -> BatchResult` walks the folder (sub-folders too, in sorted
order), reads each report, runs the normal checks and keeps, per unit, the counts of findings and
the key figures a reviewing office compares across units. Files that cannot be read are listed
with a Chinese reason; they never stop the batch. Our own temporary files (atomic-save temp
files, Office lock files, autosave recovery files) and summary workbooks written by
`write_summary_xlsx` are skipped.

Reading is single-process: a gkdesk report is loaded and checked in about 3 ms, so 1,000 reports
take a few seconds (see benchmarks/README.md); imported DOCX/HTML reports are slower but rare in a
unit's submission folder.
"""

from __future__ import annotations

import os
import pickle
import stat
import time
import zipfile
import zlib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterable

from ..checks import run_checks, summarize
from ..checks.finding import Finding
from ..core import storage, totals
from ..core.document import Document
from ..core.errors import GkdeskError, LoadError
from ..core.spec import get_format
from ..core.values import parse_value
from .duplicates import bytes_hash, content_hash, file_identity, table_digest

#: our own report files
OWN_SUFFIXES = (".json",)
#: published reports the importers read
IMPORT_SUFFIXES = (".docx", ".pdf", ".html", ".htm", ".mht", ".mhtml", ".txt", ".xlsx")
#: likely reports in a form gkdesk cannot read: listed as unreadable with the importer's hint
#: (e.g. "旧版 Word 格式，请另存为 .docx"), so that the reviewer knows a unit's report is there
REFUSED_SUFFIXES = (".doc", ".wps", ".xls", ".et", ".rtf", ".odt", ".ods")
REPORT_SUFFIXES = OWN_SUFFIXES + IMPORT_SUFFIXES + REFUSED_SUFFIXES

#: key in a file written by the GUI's autosave (gkdesk.gui.session.RECOVERY_KEY)
RECOVERY_KEY = "gkdesk_recovery"
#: written into the summary workbook's properties, so that a later batch skips it
SUMMARY_MARKER = "gkdesk-review-summary"

UNSUPPORTED = "暂不支持此类文件"

#: (key, Chinese column header, cells summed) — the figures a reviewing office compares
KEY_FIGURES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("new", "本年新收申请", ("t3.new.total",)),
    ("carried", "上年结转申请", ("t3.carried.total",)),
    ("results", "办理结果总计", ("t3.results_total.total",)),
    ("carry_next", "结转下年度办理", ("t3.carry_next.total",)),
    ("review", "行政复议", ("t4.review.total",)),
    ("litigation", "行政诉讼", ("t4.direct.total", "t4.after.total")),
)

Progress = Callable[[int, int, str], object]


class UnitResult:
    """One unit's report as checked: what the summary and the review window show, kept small.

    A folder of a province holds thousands of reports, so the document itself is not kept alive:
    it is stored packed (its file form, compressed, a few KB) and `doc` rebuilds it on demand
    (for merging, or to open it). What the folder review needs of every unit is kept as plain
    values, so that it never rebuilds a document that is not compared: agency, year, format,
    the consolidation flag, whether the report carries last year's data (`snapshot`,
    `snapshot_cells`), and the duplicate finder's keys (`identity`: the file's device and inode;
    `content`: SHA-256 of its bytes; `tables`: a digest of its table cells, or None — see
    gkdesk.review.duplicates).
    """

    __slots__ = ("path", "kind", "findings", "counts", "figures", "agency", "year", "format", "consolidated",
                 "snapshot", "snapshot_cells", "identity", "content", "tables", "_packed", "_doc")

    def __init__(self, path: str, doc: Document, kind: str, findings: list[Finding], counts: dict[str, int],
                 figures: dict[str, Decimal | None], raw: bytes | None = None):
        self.path = path
        self.kind = kind  # "json" | "docx" | "html" | "txt" | "xlsx"
        self.findings = findings
        self.counts = counts
        self.figures = figures
        self.agency: str = doc.meta.agency
        self.year: int | None = doc.meta.year
        self.format: str = doc.format_id
        #: a consolidated (汇总) report made by `merge_reports`, not a unit's own report
        self.consolidated: bool = isinstance(doc.extra.get("consolidation"), dict)
        self.snapshot: bool = isinstance(doc.previous, dict)
        self.snapshot_cells: bool = self.snapshot and bool(doc.previous.get("cells"))
        #: `raw`: the file's bytes as they were read (hashed instead of reading the file again)
        self.identity = file_identity(path)
        self.content = bytes_hash(raw) if raw is not None else content_hash(path)
        self.tables = table_digest(doc)
        self._packed, self._doc = _pack(doc, verify=kind != "json")

    @property
    def doc(self) -> Document:
        """The unit's document (a fresh copy each time, rebuilt from its packed form)."""
        if self._doc is not None:
            return self._doc
        return _unpack(self._packed)

    @property
    def format_name(self) -> str:
        return get_format(self.format).name

    @property
    def status(self) -> str:
        """"error" | "warning" | "ok" (hints and explained findings do not count)."""
        if self.counts["error"]:
            return "error"
        if self.counts["warning"]:
            return "warning"
        return "ok"

    @property
    def name(self) -> str:
        return Path(self.path).name

    def __repr__(self) -> str:
        return f"UnitResult({self.path!r}, {self.status}, {self.counts})"


def _state(doc: Document) -> tuple:
    """Everything a Document holds but its (shared) format spec — every attribute, so that a field
    added to Document later is kept too; cells as their text."""
    fields = {k: v for k, v in vars(doc).items() if k not in ("spec", "cells")}
    return doc.format_id, fields, {k: v.text for k, v in doc.cells.items()}


def _unpack(packed: bytes) -> Document:
    fmt, fields, cells = pickle.loads(zlib.decompress(packed))
    doc = Document(fmt)
    for k, v in fields.items():
        setattr(doc, k, v)
    doc.cells = {k: parse_value(v) for k, v in cells.items()}  # a value's text parses back to that value
    return doc


def _pack(doc: Document, verify: bool = True) -> tuple[bytes, Document | None]:
    """(compressed state, None), or (b"", doc) for a document that would not be restored exactly
    (kept as it is). The state is pickled in memory only, never written. A document read from our
    own file needs no `verify`: its cells were parsed from their text."""
    try:
        packed = zlib.compress(pickle.dumps(_state(doc), protocol=pickle.HIGHEST_PROTOCOL), 1)
        if verify and storage.to_dict(_unpack(packed)) != storage.to_dict(doc):
            return b"", doc
    except (TypeError, ValueError, AttributeError, pickle.PicklingError, GkdeskError):
        return b"", doc
    return packed, None


@dataclass
class Unreadable:
    path: str
    reason: str  # Chinese

    @property
    def name(self) -> str:
        return Path(self.path).name


@dataclass
class BatchResult:
    folder: str = ""
    units: list[UnitResult] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files found but not checked (see skip_reasons)
    skip_reasons: dict[str, str] = field(default_factory=dict)  # path → Chinese reason
    elapsed: float = 0.0
    cancelled: bool = False

    def skip(self, path: str, reason: str) -> None:
        """List a file found but not checked, with its reason (never silently)."""
        self.skipped.append(path)
        self.skip_reasons[path] = reason

    @property
    def total_files(self) -> int:
        return len(self.units) + len(self.unreadable)

    def counts(self) -> dict[str, int]:
        """Units with errors, with warnings only, clean; unreadable files."""
        out = {"error": 0, "warning": 0, "ok": 0, "unreadable": len(self.unreadable)}
        for u in self.units:
            out[u.status] += 1
        return out


# ------------------------------------------------------------------------------ collecting files

def _is_own_temp(name: str) -> bool:
    """Atomic-save temp files (".name.xxxx.tmp"), Office/WPS lock files ("~$name"), backups."""
    return name.startswith((".", "~$")) or name.endswith((".tmp", "~"))


def is_summary_workbook(path: str | os.PathLike) -> bool:
    """A summary workbook written by `write_summary_xlsx` (its properties carry SUMMARY_MARKER)."""
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo("docProps/core.xml")
            if info.file_size > 64 * 1024:
                return False
            if SUMMARY_MARKER.encode() not in zf.read(info):
                return False
            # the marker alone could hide a unit's workbook: a summary also has our three sheets
            wbinfo = zf.getinfo("xl/workbook.xml")
            if wbinfo.file_size > 64 * 1024:
                return False
            names = zf.read(wbinfo).decode("utf-8", "replace")
            return all(f'name="{n}"' in names for n in ("汇总", "问题清单", "无法读取"))
    except (OSError, KeyError, zipfile.BadZipFile, RuntimeError, ValueError):
        return False


#: reasons shown for files found but not checked (the 无法读取 sheet lists them with "已跳过")
SKIP_TEMP = "临时文件、锁定文件或隐藏文件"
SKIP_NOT_REGULAR = "不是普通文件（设备、管道或套接字）"
SKIP_LINK_OUTSIDE = "链接指向所检查的文件夹之外"
SKIP_LINK_BROKEN = "链接无效（目标不存在或链接循环）"
SKIP_SAME_FILE = "与已检查的文件是同一个文件（链接），不重复计算"
SKIP_LOOP = "文件夹链接指回已检查过的文件夹"
SKIP_RECOVERY = "gkdesk 自动恢复文件（不是正式报告）"
SKIP_SUMMARY = "gkdesk 生成的审核汇总表"


def collect_with_reasons(folder: str | os.PathLike, recursive: bool = True
                         ) -> tuple[list[Path], list[tuple[Path, str]]]:
    """(candidate report files, [(skipped file, Chinese reason)]) under `folder`, in sorted path order.

    Hostile or unlucky trees are safe: every directory is entered once (visited set by device and
    inode, so symlink loops end), a link leading out of the folder is not followed, the same file
    reached twice (a link beside its target) is read once, and only regular files are candidates
    (a FIFO named x.json would block, a link to /dev/zero never ends). A directory with a report
    suffix ("x.json/") is a candidate (then listed as unreadable). Hidden folders are not entered.
    """
    root = Path(folder)
    try:
        root_real = Path(os.path.realpath(root))
        st = os.stat(root)
    except (OSError, ValueError):
        return [], []
    found: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    seen_dirs: set[tuple[int, int]] = {(st.st_dev, st.st_ino)}
    seen_files: set[tuple[int, int]] = set()

    def inside(p: Path) -> bool:
        real = Path(os.path.realpath(p))
        return real == root_real or root_real in real.parents

    def walk(d: Path) -> None:
        try:
            with os.scandir(d) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            return
        for e in entries:
            p = Path(e.path)
            suffix = p.suffix.lower()
            try:
                is_link = e.is_symlink()
                est = e.stat()  # follows links; ELOOP/ENOENT for a broken or looping link
            except OSError:
                if suffix in REPORT_SUFFIXES:
                    skipped.append((p, SKIP_LINK_BROKEN))
                continue
            is_dir = stat.S_ISDIR(est.st_mode)
            if is_link and not inside(p):
                if suffix in REPORT_SUFFIXES or (is_dir and recursive):
                    skipped.append((p, SKIP_LINK_OUTSIDE))
                continue
            if is_dir and suffix not in REPORT_SUFFIXES:
                if recursive and not e.name.startswith("."):
                    key = (est.st_dev, est.st_ino)
                    if key in seen_dirs:
                        skipped.append((p, SKIP_LOOP))
                        continue
                    seen_dirs.add(key)
                    walk(p)
                continue
            if suffix not in REPORT_SUFFIXES:
                continue
            if is_dir:
                found.append(p)
                continue
            if _is_own_temp(e.name):
                skipped.append((p, SKIP_TEMP))
                continue
            if not stat.S_ISREG(est.st_mode):
                skipped.append((p, SKIP_NOT_REGULAR))
                continue
            key = (est.st_dev, est.st_ino)
            if key in seen_files and est.st_ino:
                skipped.append((p, SKIP_SAME_FILE))
                continue
            seen_files.add(key)
            found.append(p)

    walk(root)
    return found, skipped


def collect_files(folder: str | os.PathLike, recursive: bool = True) -> tuple[list[Path], list[Path]]:
    """(candidate report files, skipped files) under `folder`: `collect_with_reasons` without the reasons."""
    found, skipped = collect_with_reasons(folder, recursive)
    return found, [p for p, _r in skipped]


# ------------------------------------------------------------------------------ reading and checking

def read_report(path: str | os.PathLike) -> tuple[Document, str]:
    """(document, kind) of any report file the batch reads; GkdeskError with a Chinese reason."""
    doc, kind, _raw = read_report_raw(path)
    return doc, kind


def read_report_raw(path: str | os.PathLike) -> tuple[Document, str, bytes | None]:
    """`read_report`, and the bytes of our own file as read (None for an imported report)."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in OWN_SUFFIXES:
        doc, raw = storage.load_raw(p)
        return doc, "json", raw
    if p.is_dir():
        raise LoadError(str(p), ["这是一个文件夹，不是文件"])
    try:
        from ..importers import import_file
    except ImportError:  # pragma: no cover - the importers are part of gkdesk
        raise GkdeskError(UNSUPPORTED) from None
    res = import_file(p)
    return res.doc, res.kind, None


def reason_of(exc: BaseException) -> str:
    """The Chinese reason shown for an unreadable file (without repeating the path)."""
    if isinstance(exc, LoadError):
        return "；".join(exc.problems) or str(exc)
    if isinstance(exc, GkdeskError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return "文件过大，内存不足，无法读取"
    return f"读取时程序内部出错（{type(exc).__name__}: {exc}）"


def key_figures(doc: Document) -> dict[str, Decimal | None]:
    """The KEY_FIGURES of a document; None where a cell is blank or not a number.

    An auto total that the file left blank is computed from its parts (as the editor shows it).
    """
    out: dict[str, Decimal | None] = {}
    for key, _label, ids in KEY_FIGURES:
        total: Decimal | None = Decimal(0)
        for cid in ids:
            v = doc.value(cid)
            if v.is_blank and doc.is_auto(cid):
                v = totals.compute(doc, cid)
            if not v.is_number:
                total = None
                break
            total += v.number  # type: ignore[operator]
        out[key] = total
    return out


def check_document(path: str, doc: Document, kind: str = "json",
                   select: tuple[str, ...] | None = None, raw: bytes | None = None) -> UnitResult:
    """Check one document read from `path` (`raw`: the file's bytes, when the caller has them)."""
    findings = run_checks(doc, select)
    return UnitResult(path=path, doc=doc, kind=kind, findings=findings, counts=summarize(findings),
                      figures=key_figures(doc), raw=raw)


def check_paths(paths: Iterable[str | os.PathLike], progress: Progress | None = None,
                select: tuple[str, ...] | None = None, recursive: bool = True,
                exclude: Iterable[str | os.PathLike] = ()) -> BatchResult:
    """Check files and folders (folders expanded with `collect_files`).

    `progress(done, total, path)` is called before each file and once at the end; if it returns
    False the batch stops (result.cancelled). `exclude`: paths never read (e.g. the summary being
    written into the same folder).
    """
    t0 = time.perf_counter()
    result = BatchResult()
    excluded = {os.path.abspath(os.fspath(p)) for p in exclude}
    files: list[Path] = []
    for item in paths:
        p = Path(item)
        if p.is_dir() and p.suffix.lower() not in REPORT_SUFFIXES:
            found, skipped = collect_with_reasons(p, recursive)
            files.extend(found)
            for s, reason in skipped:
                result.skip(str(s), reason)
        else:
            files.append(p)
    total = len(files)
    for i, p in enumerate(files):
        if progress is not None and progress(i, total, str(p)) is False:
            result.cancelled = True
            break
        if os.path.abspath(p) in excluded:
            continue
        if p.suffix.lower() == ".xlsx" and is_summary_workbook(p):
            result.skip(str(p), SKIP_SUMMARY)
            continue
        try:
            doc, kind, raw = read_report_raw(p)
        except Exception as e:  # noqa: BLE001 - one broken file never stops the batch
            result.unreadable.append(Unreadable(str(p), reason_of(e)))
            continue
        if RECOVERY_KEY in doc.extra:
            result.skip(str(p), SKIP_RECOVERY)
            continue
        result.units.append(check_document(str(p), doc, kind, select, raw))
    if progress is not None and not result.cancelled:
        progress(total, total, "")
    result.elapsed = time.perf_counter() - t0
    return result


def check_folder(folder: str | os.PathLike, progress: Progress | None = None,
                 select: tuple[str, ...] | None = None, recursive: bool = True) -> BatchResult:
    """Check every report in `folder` (and its sub-folders); see the module docstring."""
    p = Path(folder)
    if not p.is_dir():
        raise GkdeskError(f"“{folder}”不是文件夹")
    result = check_paths([p], progress, select, recursive)
    result.folder = str(p)
    return result
