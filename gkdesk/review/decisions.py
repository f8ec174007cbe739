"""Reviewer decisions on findings (确认问题 / 忽略, with a comment), stored beside the reports.

A reviewing office marks a unit's finding as a confirmed problem or as ignored. The decisions
live in one file in the reviewed folder, `DECISIONS_FILE` (JSON, written atomically), never in the
unit's report file: the report is the unit's, the judgement is the office's. The file's suffix
is not a report suffix, so a folder check does not read it as a report.

A decision holds while the finding's inputs are unchanged: it is keyed by the report's path
relative to the folder and the finding's key, and carries a fingerprint of the finding's rule,
message (which names the compared figures), the cells it points at and the section text it was
about. After an edit of those inputs a re-check shows the finding undecided again.
No Qt.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..checks.finding import Finding
from ..core.commands import section_fingerprint
from ..core.document import Document
from ..core.errors import GkdeskError
from ..core.storage import atomic_write_bytes

DECISIONS_FILE = "gkdesk审核记录.gkreview"
VERDICTS = {"confirmed": "确认问题", "ignored": "忽略"}
FORMAT = "gkdesk-review-decisions"


@dataclass(frozen=True)
class Decision:
    verdict: str  # "confirmed" | "ignored"
    comment: str
    fingerprint: str
    when: str  # ISO timestamp
    reviewer: str = ""

    @property
    def label(self) -> str:
        return VERDICTS[self.verdict]


def fingerprint(doc: Document, f: Finding) -> str:
    h = hashlib.sha1()
    for part in (f.check_id, f.key, f.message, f.evidence):
        h.update(part.encode("utf-8") + b"\0")
    for cid in f.cells:
        h.update(f"{cid}={doc.value(cid).text}".encode("utf-8") + b"\0")
    if f.section and f.section != "meta":
        h.update(section_fingerprint(doc.sections.get(f.section, "")).encode("utf-8"))
    elif f.section == "meta":
        h.update(json.dumps(doc.meta.as_dict(), ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return h.hexdigest()[:16]


class DecisionStore:
    """The decisions of one reviewed folder."""

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder)
        self.path = self.folder / DECISIONS_FILE
        self._data: dict[str, dict[str, dict]] = {}

    @classmethod
    def load(cls, folder: str | os.PathLike) -> "DecisionStore":
        store = cls(folder)
        try:
            raw = json.loads(store.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return store
        except (OSError, ValueError) as e:
            raise GkdeskError(f"审核记录“{store.path}”无法读取：{e}") from None
        units = raw.get("units") if isinstance(raw, dict) else None
        if isinstance(units, dict):
            store._data = {k: v for k, v in units.items() if isinstance(k, str) and isinstance(v, dict)}
        return store

    def _rel(self, report: str | os.PathLike) -> str:
        p = Path(report)
        try:
            return p.resolve().relative_to(self.folder.resolve()).as_posix()
        except (ValueError, OSError):
            return p.name

    def has(self, report: str | os.PathLike) -> bool:
        """Whether any decision was recorded for the report (valid or not)."""
        return bool(self._data) and bool(self._data.get(self._rel(report)))

    def get(self, report: str | os.PathLike, doc: Document, f: Finding) -> Decision | None:
        """The decision on `f`, if one was made and the finding's inputs are unchanged."""
        raw = self._data.get(self._rel(report), {}).get(f.key)
        if not isinstance(raw, dict) or raw.get("verdict") not in VERDICTS:
            return None
        if raw.get("fingerprint") != fingerprint(doc, f):
            return None  # the finding's inputs changed since the decision: undecided again
        return Decision(raw["verdict"], str(raw.get("comment", "")), raw["fingerprint"], str(raw.get("when", "")),
                        str(raw.get("reviewer", "")))

    def decide(self, report: str | os.PathLike, doc: Document, f: Finding, verdict: str, comment: str = "",
               reviewer: str = "") -> Decision:
        if verdict not in VERDICTS:
            raise ValueError(verdict)
        d = Decision(verdict, comment.strip(), fingerprint(doc, f),
                     datetime.datetime.now().isoformat(timespec="seconds"), reviewer)
        self._data.setdefault(self._rel(report), {})[f.key] = {
            "verdict": d.verdict, "comment": d.comment, "fingerprint": d.fingerprint, "when": d.when,
            "reviewer": d.reviewer, "check_id": f.check_id, "message": f.message}
        return d

    def clear(self, report: str | os.PathLike, f: Finding) -> None:
        self._data.get(self._rel(report), {}).pop(f.key, None)

    def save(self) -> None:
        data = {"format": FORMAT, "version": 1, "units": self._data}
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
        try:
            atomic_write_bytes(self.path, text.encode("utf-8"))
        except OSError as e:
            raise GkdeskError(f"审核记录无法保存到“{self.path}”：{e.strerror or e}") from None

    def counts(self) -> dict[str, int]:
        out = {"confirmed": 0, "ignored": 0}
        for unit in self._data.values():
            for raw in unit.values():
                if isinstance(raw, dict) and raw.get("verdict") in out:
                    out[raw["verdict"]] += 1
        return out
