"""Import a published report from plain text (text extracted from a web page, PDF or DOCX).

The text is read in three passes, all driven by the format spec:
1. metadata (agency, year, date) from the title, statistics period and 落款 (``prose.detect_meta``);
2. the format version from the table labels (``prose.detect_format``);
3. sections (``prose.split_sections``) and table cells (``tables.fill_tables_from_text``).

Published totals are kept as published (``doc.manual``) so that the normal checks show real
arithmetic errors of the source. Nothing is invented: a cell that cannot be placed stays blank
and the import report says so.
"""

from __future__ import annotations

from ..core.document import Document, Meta
from .base import ImportResult
from .identities import identity_notes
from .locate import Finder, clean_text
from .prose import detect_format, detect_meta, prose_numbers
from .tables import convert_yuan_amounts, fill_tables_from_text


def import_text(text: str, source: str = "") -> ImportResult:
    text = text.replace("\ufeff", "")
    cleaned = clean_text(text)
    meta = detect_meta(cleaned)
    fmt, reason = detect_format(cleaned)
    doc = Document(fmt, Meta(agency=meta["agency"], year=meta["year"], date=meta["date"]))
    res = ImportResult(doc=doc, source=source, kind="txt")
    res.add("info", reason)

    res.add_meta_notes(meta, fmt)

    # --- sections
    sections, lead = res.fill_sections(cleaned)

    # --- tables
    fd = Finder(cleaned)
    numbers = prose_numbers("\n".join(v for v in sections.values()) + "\n" + lead)
    notes, info = fill_tables_from_text(doc, cleaned, numbers, fd)
    res.notes.extend(notes)
    res.notes.extend(convert_yuan_amounts(doc, cleaned))
    regions = info["regions"]
    for t in doc.spec.tables:
        if t.key not in regions:
            res.add("missing", f"未找到{t.name}（{t.title}）。", [c.id for c in t.cells])
    if info["truncated"]:
        res.add("warning", "原文在表格中间中断（文件不完整），其后的内容未能导入。")

    # A total printed EMPTY in a complete table is the report's value too: keep it out of
    # auto-total so that it is checked (and shown blank), not silently recomputed.
    complete = [k for k in regions if not (info["truncated"] and regions[k][1] >= len(fd.text))]
    for key in complete:
        doc.manual.update(c.id for c in doc.spec.table(key).cells if c.derived)

    # --- summary of missing cells per table
    placed = info["placed"]
    res.notes.extend(identity_notes(doc, set(regions), placed))
    res.note_blank_cells(regions)
    inferred = sum(1 for how in placed.values() if how not in ("ok", "positional"))
    amb = sum(1 for n in res.notes if n.level == "ambiguous")
    if res.cells_found == 0 or (len(regions) < 3 and not info["truncated"]):
        res.confidence = "low"
    elif amb or inferred or info["truncated"]:
        res.confidence = "medium"
    else:
        res.confidence = "high"
    return res
