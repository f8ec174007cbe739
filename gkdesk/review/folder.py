"""What a reviewing office checks across a folder of units' reports, beyond each report on its own.

`folder_findings(result, roster=None)` after a batch check (gkdesk.review.batch) gives:

- per roster unit without a report of the reviewed year, and per report of a unit not on the
  roster ("roster": a list of names — `load_roster(file)`: one name a line, or the first column of
  a CSV/XLSX — or the units of a consolidated report, `roster_from_consolidation`);
- per group of two or more files of the same unit and year, or identical files (the duplicate
  finder of gkdesk.review.duplicates);
- last year's report of the same unit found in the folder: this year's report is checked against
  it (GK501–GK504: carry-over, 表二 continuity, copied prose and tables) when it carries no
  snapshot of its own; those findings are added to the unit's findings.

The reviewed year is the most frequent report year in the folder unless given. Pure: no Qt; it
only reads the roster file.

Scale: a province's folder holds tens of thousands of reports. Everything here is linear in the
number of units (and of roster names): duplicates are found from the keys each UnitResult kept
(gkdesk.review.duplicates.group_duplicates), names are matched through an index, and a unit's
document is rebuilt only when it is really compared with last year's. `progress(done, total,
path)` is called per unit in the passes that take time.
"""

from __future__ import annotations

import csv
import io
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..checks import run_checks, summarize
from ..checks.finding import Severity
from ..core.document import Document
from ..core.errors import GkdeskError
from ..core.rollover import snapshot
from .batch import BatchResult, UnitResult
from .duplicates import DuplicateGroup, group_duplicates, normalize_agency, unit_key, unit_label

Progress = Callable[[int, int, str], object]


@dataclass(frozen=True)
class FolderFinding:
    kind: str  # "missing" | "not_on_roster" | "duplicate" | "previous_year"
    severity: Severity
    unit: str  # the unit's name (or a file name)
    message: str  # Chinese
    paths: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return {"missing": "未报送", "not_on_roster": "不在名单中", "duplicate": "重复报告",
                "previous_year": "上年报告"}[self.kind]


def load_roster(path: str | Path) -> list[str]:
    """Unit names from a roster file: .txt (one name a line; '#' starts a comment), .csv or .xlsx
    (first column; a header cell 机关/单位/名称 is skipped). GkdeskError with a Chinese reason."""
    p = Path(path)
    try:
        if p.suffix.lower() == ".xlsx":
            from openpyxl import load_workbook

            wb = load_workbook(p, read_only=True, data_only=True)
            ws = wb.worksheets[0]
            cells = [str(r[0]).strip() if r and r[0] is not None else "" for r in ws.iter_rows(values_only=True)]
            wb.close()
        else:
            raw = p.read_bytes()
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = raw.decode("gb18030")
            if p.suffix.lower() == ".csv":
                cells = [row[0].strip() if row else "" for row in csv.reader(io.StringIO(text))]
            else:
                cells = [line.split("#", 1)[0].strip() for line in text.splitlines()]
    except (OSError, ValueError, KeyError, IndexError) as e:
        raise GkdeskError(f"无法读取单位名单“{path}”：{e}") from None
    names = [c for c in cells if c]
    if names and names[0] in ("机关", "单位", "名称", "机关名称", "单位名称"):
        names = names[1:]
    return list(dict.fromkeys(names))


def roster_from_consolidation(doc: Document) -> list[str]:
    """The units a consolidated report (gkdesk merge) was made from."""
    info = doc.extra.get("consolidation")
    units = info.get("units") if isinstance(info, dict) else None
    out = []
    for u in units if isinstance(units, list) else []:
        if isinstance(u, dict):
            name = u.get("agency") or u.get("name") or ""
            if isinstance(name, str) and name.strip():
                out.append(name.strip())
    return list(dict.fromkeys(out))


def unit_duplicates(units: Sequence[UnitResult], labels: Sequence[str] | None = None) -> list[DuplicateGroup]:
    """`find_duplicates` over checked units (indices into `units`), from the keys each unit kept
    when it was read: no document is rebuilt and no file is read again."""
    labels = list(labels) if labels is not None else [unit_label(u.agency, u.path) for u in units]
    keys = {"same_file": [u.identity for u in units], "same_content": [u.content for u in units],
            "same_unit": [unit_key(u.agency, u.year) for u in units], "same_tables": [u.tables for u in units]}
    return group_duplicates(keys, labels)


def reviewed_year(result: BatchResult) -> int | None:
    years = Counter(u.year for u in result.units if u.year is not None and not u.consolidated)
    if not years:
        return None
    best = max(years.values())
    return max(y for y, n in years.items() if n == best)


def _matches(roster_name: str, agency: str) -> bool:
    a, b = normalize_agency(roster_name), normalize_agency(agency)
    return bool(a and b) and (a == b or a.endswith(b) or b.endswith(a))


class _NameIndex:
    """`_matches(name, n)` for any of many names n, without comparing with each of them: a name
    matches when one of the two (normalized) ends with the other. Names are kept reversed, sorted
    (is the query a suffix of some name?) and in a set by length (does the query end with one?)."""

    def __init__(self, names: Iterable[str]):
        self._rev = {normalize_agency(n)[::-1] for n in names} - {""}
        self._sorted = sorted(self._rev)
        self._lengths = sorted({len(r) for r in self._rev})

    def matches(self, name: str) -> bool:
        r = normalize_agency(name)[::-1]
        if not r:
            return False
        i = bisect_left(self._sorted, r)
        if i < len(self._sorted) and self._sorted[i].startswith(r):
            return True  # some name ends with this one (or equals it)
        return any(r[:n] in self._rev for n in self._lengths if n <= len(r))  # this one ends with a name


def folder_findings(result: BatchResult, roster: list[str] | None = None, year: int | None = None,
                    cross_year: bool = True, progress: Progress | None = None) -> list[FolderFinding]:
    """See the module docstring. With `cross_year`, the units' findings are extended in place.
    `progress(done, total, path)`: per unit of the reviewed year, while last year's reports are
    compared."""
    year = reviewed_year(result) if year is None else year
    out: list[FolderFinding] = []
    units = [u for u in result.units if not u.consolidated]
    current = [u for u in units if u.year == year] if year is not None else units
    if roster is not None:
        reported = _NameIndex(u.agency for u in current)
        for name in roster:
            if not reported.matches(name):
                out.append(FolderFinding("missing", Severity.ERROR, name,
                                         f"名单中的“{name}”没有{year or ''}{'年度' if year else ''}报告"))
        listed = _NameIndex(roster)
        for u in current:
            if not listed.matches(u.agency):
                who = u.agency or u.name
                out.append(FolderFinding("not_on_roster", Severity.WARNING, who,
                                         f"“{who}”（{u.name}）不在单位名单中", (u.path,)))
    for g in unit_duplicates(current):
        members = [current[i] for i in g.members]
        out.append(FolderFinding("duplicate", Severity.ERROR if g.refuses_merge else Severity.WARNING,
                                 members[0].agency or members[0].name, g.reason, tuple(u.path for u in members)))
    if cross_year and year is not None:
        out.extend(_previous_year(units, current, year, progress))
    return out


def _previous_year(units: list[UnitResult], current: list[UnitResult], year: int,
                   progress: Progress | None = None) -> list[FolderFinding]:
    last_by_unit: dict[str, UnitResult] = {}
    for u in units:
        if u.year == year - 1 and normalize_agency(u.agency):
            last_by_unit.setdefault(normalize_agency(u.agency), u)
    out = []
    total = len(current)
    for i, u in enumerate(current):
        if progress is not None:
            progress(i, total, u.path)
        prev = last_by_unit.get(normalize_agency(u.agency)) if last_by_unit else None
        if prev is None or u.snapshot:
            continue  # no report of last year; or the report carries its own snapshot, its checks used it
        doc = u.doc
        doc.previous = snapshot(prev.doc)
        extra = [f for f in run_checks(doc, ("GK50",)) if f.check_id != "GK506"]
        have = {(f.check_id, f.key) for f in u.findings}
        new = [f for f in extra if (f.check_id, f.key) not in have]
        if new:
            u.findings = sorted(u.findings + new, key=lambda f: f.severity.rank)
            u.counts = summarize(u.findings)
        out.append(FolderFinding("previous_year", Severity.HINT, u.agency,
                                 f"已与同一单位的上年报告“{prev.name}”核对（结转衔接、正文雷同等）：发现{len(new)}个问题",
                                 (u.path, prev.path)))
    if progress is not None:
        progress(total, total, "")
    return out


# ------------------------------------------------------------------------------ summary sheets

FOLDER_HEADERS = ("类别", "级别", "单位", "说明", "文件")
#: rows of the 同比 sheet beyond which only the flagged changes (large swings, carry-over breaks) are
#: listed: two years of a province's units change millions of figures, more than a worksheet holds
#: (each unit's full list: `gkdesk compare`)
MAX_COMPARE_ROWS = 100_000
COMPARE_HEADERS = ("文件", "机关", "上年", "表", "项目", "上年数字", "本年数字", "增减", "标记", "说明")


def _by_agency(units: list[UnitResult]) -> dict[str, list[UnitResult]]:
    """The units by normalized agency name, in folder order (one pass: a province has thousands)."""
    out: dict[str, list[UnitResult]] = {}
    for u in units:
        key = normalize_agency(u.agency)
        if key:
            out.setdefault(key, []).append(u)
    return out


def _previous_document(u: UnitResult, units: list[UnitResult],
                       by_agency: dict[str, list[UnitResult]] | None = None
                       ) -> tuple[Document, str, Document] | None:
    """(last year's report of the unit, where it came from, the unit's report): its snapshot, or
    its file in the folder. The unit's document is rebuilt only when there is something to compare."""
    if u.snapshot_cells:
        doc = u.doc
        from ..core.values import parse_value

        prev = doc.previous
        fmt = prev.get("format") if prev.get("format") in ("2019", "2021") else doc.format_id
        last = Document(fmt)
        for cid, raw in (prev.get("cells") or {}).items():
            if cid in last.spec.cells and isinstance(raw, (str, int)) and not isinstance(raw, bool):
                last._put(cid, parse_value(raw))
        last.meta.year = prev.get("year") if isinstance(prev.get("year"), int) else None
        return last, "文件中保存的上年数据", doc
    key = normalize_agency(u.agency)
    same = (by_agency if by_agency is not None else _by_agency(units)).get(key, []) if key else []
    for other in same:
        if other is not u and u.year is not None and other.year == u.year - 1:
            return other.doc, other.name, u.doc
    return None


def review_sheets(result: BatchResult, findings: list[FolderFinding], year: int | None = None,
                  progress: Progress | None = None):
    """The extra sheets of the summary workbook: "名单与重复" (the folder findings) and "同比"
    (every changed figure, large swings and carry-over breaks, per unit of the reviewed year that
    has last year's report in the folder or a snapshot of it). `progress(done, total, path)` per unit.
    Past MAX_COMPARE_ROWS rows only the flagged changes are kept, and a last row says how many
    unflagged ones were left out."""
    from .compare import compare_documents

    folder_rows = [(f.label, f.severity.label, f.unit, f.message,
                    "；".join(Path(p).name for p in f.paths)) for f in findings]
    year = reviewed_year(result) if year is None else year
    units = [u for u in result.units if not u.consolidated]
    compare_rows = []
    flagged_only, left_out = False, 0  # a large folder: unflagged changes counted, not listed
    by_agency = _by_agency(units)
    total = len(units)
    for i, u in enumerate(units):
        if progress is not None:
            progress(i, total, u.path)
        if year is not None and u.year != year:
            continue
        got = _previous_document(u, units, by_agency)
        if got is None:
            continue
        last, source, doc = got
        name = u.name
        for c in compare_documents(last, doc):
            if flagged_only and not c.flag:
                left_out += 1
                continue
            compare_rows.append((name, u.agency, source, *c.as_row()))
        if not flagged_only and len(compare_rows) > MAX_COMPARE_ROWS:
            kept = [r for r in compare_rows if r[8]]  # the flag column
            flagged_only, left_out = True, len(compare_rows) - len(kept)
            compare_rows = kept
    if left_out:
        compare_rows.append((f"……单位较多，另有 {left_out} 个没有标记的数字变化未列出（此表只列大幅变化和结转不衔接）；"
                             "某个单位的全部变化可用 gkdesk compare 查看", *[None] * (len(COMPARE_HEADERS) - 1)))
    if progress is not None:
        progress(total, total, "")
    return [("名单与重复", FOLDER_HEADERS, folder_rows, [12, 8, 30, 80, 40]),
            ("同比", COMPARE_HEADERS, compare_rows, [24, 30, 20, 8, 44, 10, 10, 8, 10, 40])]
