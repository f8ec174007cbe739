"""Duplicate units among loaded reports: the same unit must never be counted twice.

`find_duplicates(docs, paths)` returns groups of indices into `docs` that look like the same
unit's report, each with a kind and a Chinese reason, strongest evidence first:

- "same_file":    the same file reached twice (a symlink, a hard link, the same path spelled twice):
                  same device and inode;
- "same_content": byte-identical files (a copy);
- "same_unit":    the same agency (after NFKC and white-space normalisation) and the same report year;
- "same_tables":  every table cell identical, with at least `MIN_TABLE_NUMBERS` non-zero numbers
                  (two small units that both report all zeros are not flagged).

A pair already grouped by stronger evidence is not reported again by weaker evidence (one
mistake, one group). Pure apart from reading the files' status and bytes (when `paths` are
given): no Qt, no writing. Used by `merge_reports` (refuses the first three kinds), the review
window and the folder check.
"""

from __future__ import annotations

import hashlib
import os
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..core.document import Document
from ..core.values import State

#: kinds in order of strength
KINDS = ("same_file", "same_content", "same_unit", "same_tables")
#: kinds that make consolidation refuse (the tables-only match may be two genuinely equal units)
REFUSE_KINDS = frozenset({"same_file", "same_content", "same_unit"})
MIN_TABLE_NUMBERS = 3
#: files larger than this are not hashed (a report file is far smaller)
MAX_HASH_BYTES = 64 * 1024 * 1024

_REASON = {
    "same_file": "是同一个文件（经链接或重复选择），会被重复计算",
    "same_content": "文件内容完全相同（是同一份报告的副本）",
    "same_unit": "机关名称和报告年度相同，可能是同一单位的重复报告",
    "same_tables": "表格数字完全相同，可能是同一份报告",
}


@dataclass(frozen=True)
class DuplicateGroup:
    kind: str  # one of KINDS
    members: tuple[int, ...]  # indices into the docs given, ascending
    labels: tuple[str, ...]  # the members' labels (file name or agency)
    reason: str  # Chinese, names the members

    @property
    def refuses_merge(self) -> bool:
        return self.kind in REFUSE_KINDS


def file_identity(path: str | os.PathLike | None) -> tuple[int, int] | None:
    """(device, inode) of the file `path` leads to (symlinks followed); None if not a readable file."""
    if not path:
        return None
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(st.st_mode) or st.st_ino == 0:  # some file systems report no inode
        return None
    return (st.st_dev, st.st_ino)


def content_hash(path: str | os.PathLike | None) -> str | None:
    """SHA-256 of a regular file's bytes; None if unreadable, not regular or too large."""
    if not path:
        return None
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_HASH_BYTES:
            return None
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()
    except (OSError, ValueError):
        return None


def bytes_hash(data: bytes) -> str:
    """`content_hash` of bytes already read (the same digest as of a file holding them)."""
    return hashlib.sha256(data).hexdigest()


def normalize_agency(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name or "").split())


_BLANK, _NUMBER = State.BLANK, State.NUMBER  # (an Enum member looked up on its class is slow)


def _table_cells(doc: Document) -> list[str] | None:
    """[cell id, text, cell id, text, …] of the non-blank table cells in format order; None unless
    enough non-zero numbers."""
    cells = doc.cells
    out = [doc.format_id]
    nonzero = 0
    for cid in doc.spec.cells:  # one dict look-up per cell: a folder check does this for every unit
        v = cells.get(cid)
        if v is None or v.state is _BLANK:
            continue
        if v.state is _NUMBER and v.number:
            nonzero += 1
        out.append(cid)
        out.append(v.text)
    return out if nonzero >= MIN_TABLE_NUMBERS else None


def table_fingerprint(doc: Document) -> tuple | None:
    """The document's table cells as a hashable value; None unless enough non-zero numbers."""
    flat = _table_cells(doc)
    return None if flat is None else (flat[0], tuple(zip(flat[1::2], flat[2::2])))


def table_digest(doc: Document) -> bytes | None:
    """A short digest of `table_fingerprint` (equal digests: equal fingerprints), or None."""
    flat = _table_cells(doc)
    if flat is None:
        return None
    text = "\0".join(flat)
    if text.count("\0") != len(flat) - 1:  # a NUL inside a cell's text: the joined form is ambiguous
        text = repr(table_fingerprint(doc))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def unit_label(agency: str, path: str | None) -> str:
    """How a member of a group is named: "agency（file name）", or whichever of the two is known."""
    base = Path(path).name if path else ""
    if agency and base:
        return f"{agency}（{base}）"
    return agency or base or "未命名单位"


def find_duplicates(docs: Sequence[Document], paths: Sequence[str | os.PathLike | None] | None = None,
                    labels: Sequence[str] | None = None) -> list[DuplicateGroup]:
    """Groups of duplicate units among `docs` (see the module docstring), strongest kind first."""
    n = len(docs)
    paths = list(paths) if paths is not None else [None] * n
    if len(paths) != n:
        raise ValueError("docs and paths differ in length")
    labels = list(labels) if labels is not None else [unit_label(d.meta.agency, os.fspath(p) if p else None)
                                                        for d, p in zip(docs, paths)]
    keys = {
        "same_file": [file_identity(p) for p in paths],
        "same_content": [content_hash(p) for p in paths],
        "same_unit": [unit_key(d.meta.agency, d.meta.year) for d in docs],
        "same_tables": [table_fingerprint(d) for d in docs],
    }
    return group_duplicates(keys, labels)


def unit_key(agency: str, year: int | None) -> tuple[str, int] | None:
    """The "same_unit" key: (normalized agency, year), or None when either is missing."""
    name = normalize_agency(agency)
    return (name, year) if name and year is not None else None


def group_duplicates(keys: dict[str, Sequence], labels: Sequence[str]) -> list[DuplicateGroup]:
    """The groups of `find_duplicates` from keys already computed: for each kind in KINDS, one
    hashable key (or None) per unit. Lets a caller that keeps only small per-unit results (a
    folder of a province) find duplicates without rebuilding any document or reading any file."""
    n = len(labels)
    # indices already known to be one unit (union-find over the stronger kinds)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    out: list[DuplicateGroup] = []
    for kind in KINDS:
        groups: dict = {}
        for i, k in enumerate(keys[kind]):
            if k is not None:
                groups.setdefault(k, []).append(i)
        for members in groups.values():
            if len(members) < 2:
                continue
            if len({find(i) for i in members}) == 1:
                continue  # already reported by stronger evidence
            names = tuple(labels[i] for i in members)
            out.append(DuplicateGroup(kind, tuple(members), names, f"{'、'.join(names)}：{_REASON[kind]}"))
            for i in members[1:]:
                parent[find(i)] = find(members[0])
    return out


__all__ = ["DuplicateGroup", "KINDS", "REFUSE_KINDS", "find_duplicates", "group_duplicates", "file_identity",
           "content_hash", "bytes_hash", "table_fingerprint", "table_digest", "normalize_agency", "unit_key", "unit_label"]
