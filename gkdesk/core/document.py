"""The report document: metadata, six sections of prose, table cells. No I/O, no Qt.

Documents are changed through `gkdesk.core.commands` so that every edit can be undone;
code outside the core reads them only.
"""

from __future__ import annotations

from decimal import Decimal

from .records import Record
from .spec import FormatSpec, get_format
from .values import BLANK, CellValue

META_FIELDS = {
    "agency": "机关名称",
    "year": "报告年度",
    "date": "成文日期",
    "contact": "联系方式",
}


class Meta(Record):
    __slots__ = ("agency", "year", "date", "contact")
    agency: str
    year: int | None
    date: str  # ISO date (YYYY-MM-DD) of the report, may be empty
    contact: str

    def __init__(self, agency: str = "", year: int | None = None, date: str = "", contact: str = ""):
        self.agency = agency
        self.year = year
        self.date = date
        self.contact = contact

    def as_dict(self) -> dict:
        return {"agency": self.agency, "year": self.year, "date": self.date, "contact": self.contact}

    def copy(self) -> Meta:
        return Meta(self.agency, self.year, self.date, self.contact)


class Explanation(Record):
    """A clerk's 说明 for a finding; valid while the cells it depends on keep these values."""

    __slots__ = ("check_id", "key", "text", "inputs")
    check_id: str
    key: str  # the finding's identity (check id + its cells)
    text: str
    inputs: dict[str, str]

    def __init__(self, check_id: str, key: str, text: str, inputs: dict[str, str] | None = None):
        self.check_id = check_id
        self.key = key
        self.text = text
        self.inputs = {} if inputs is None else inputs

    def copy(self) -> Explanation:
        """A new explanation with the same fields (the `inputs` dict shared, as dataclasses.replace did)."""
        return Explanation(self.check_id, self.key, self.text, self.inputs)


class Document:
    def __init__(self, format_id: str = "2021", meta: Meta | None = None):
        self.spec: FormatSpec = get_format(format_id)
        self.meta = meta or Meta()
        self.sections: dict[str, str] = {s.key: "" for s in self.spec.sections}
        self.cells: dict[str, CellValue] = {}
        #: derived cells whose value the clerk typed (auto-total switched off)
        self.manual: set[str] = set()
        self.explanations: dict[str, Explanation] = {}
        #: last year's figures ({"year":, "format":, "cells": {id: text}, "sections": {...}}), if known
        self.previous: dict | None = None
        #: rows an imported source printed in the other format version's layout, e.g. the 2019 single row
        #: （六）其他处理 in a 2021 表三: [{"table":, "label":, "format":, "cells": {cell id: text or None}}],
        #: the cells as the import left them (GK612 reports each while they are unchanged); with "into": the
        #: row label the numbers were read into, for a row printed under the other format's label (the 2019
        #: 规范性文件 in a 2021 表二 read as 行政规范性文件). Set by importers
        #: only, never by an edit command, so the incremental checker need not track it
        self.foreign_rows: list[dict] = []
        #: keys of unknown top-level file entries, kept so that a newer minor writer loses nothing
        self.extra: dict = {}

    @property
    def format_id(self) -> str:
        return self.spec.id

    def value(self, cell_id: str) -> CellValue:
        return self.cells.get(cell_id, BLANK)

    def number(self, cell_id: str) -> Decimal | None:
        return self.cells.get(cell_id, BLANK).number

    def is_auto(self, cell_id: str) -> bool:
        return self.spec.cells[cell_id].derived and cell_id not in self.manual

    @property
    def title(self) -> str:
        year = f"{self.meta.year}年" if self.meta.year else ""
        return f"{self.meta.agency}{year}政府信息公开工作年度报告"

    # --- low-level mutation: for commands, storage and importers only -----------------------
    def _put(self, cell_id: str, value: CellValue) -> None:
        if cell_id not in self.spec.cells:
            raise KeyError(cell_id)
        if value.is_blank:
            self.cells.pop(cell_id, None)
        else:
            self.cells[cell_id] = value


def needs_cleaning(doc: Document) -> bool:
    """True if any text of `doc` holds a control character or a lone surrogate (see core.text)."""
    from .text import has_unsafe

    m = doc.meta
    return (any(has_unsafe(x) for x in (m.agency, m.date, m.contact))
            or any(has_unsafe(t) for t in doc.sections.values())
            or any(v.text and has_unsafe(v.text) for v in doc.cells.values())
            or any(has_unsafe(e.text) for e in doc.explanations.values()))


def clean_document(doc: Document) -> Document:
    """Remove control characters and repair surrogates in every text of `doc`, in place (a control
    character in the agency name once crashed the XLSX export and the folder summary)."""
    from .text import clean_text, has_unsafe
    from .values import parse_value

    if not needs_cleaning(doc):
        return doc
    m = doc.meta
    m.agency, m.date, m.contact = (clean_text(x, single_line=True) for x in (m.agency, m.date, m.contact))
    for key, text in doc.sections.items():
        if has_unsafe(text):
            doc.sections[key] = clean_text(text)
    for cid, v in list(doc.cells.items()):
        if v.text and has_unsafe(v.text):
            doc._put(cid, parse_value(clean_text(v.text, single_line=True)))
    for e in doc.explanations.values():
        e.text = clean_text(e.text)
    return doc


def cleaned_copy(doc: Document) -> Document:
    """`doc` itself when its text is clean, else a cleaned copy (the original is not changed)."""
    if not needs_cleaning(doc):
        return doc
    import copy

    out = copy.copy(doc)
    out.meta = doc.meta.copy()
    out.sections = dict(doc.sections)
    out.cells = dict(doc.cells)
    out.explanations = {k: e.copy() for k, e in doc.explanations.items()}
    return clean_document(out)
