"""Findings: what a check reports, as plain values with a location."""

from __future__ import annotations

from enum import Enum

from ..core.records import FrozenRecord

_set = object.__setattr__


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    HINT = "hint"

    @property
    def label(self) -> str:
        return {"error": "错误", "warning": "警告", "hint": "提示"}[self.value]

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "hint": 2}[self.value]


class Hit(FrozenRecord):
    """What a rule yields; the engine turns it into a Finding with the rule's id and severity."""

    __slots__ = ("message", "cells", "section", "evidence")
    message: str
    cells: tuple[str, ...]
    section: str  # section key (s1..s6) or "meta"
    evidence: str  # e.g. the sentence of the prose a text check compared

    def __init__(self, message: str, cells: tuple[str, ...] = (), section: str = "", evidence: str = ""):
        _set(self, "message", message)
        _set(self, "cells", cells)
        _set(self, "section", section)
        _set(self, "evidence", evidence)


class Finding(FrozenRecord):
    __slots__ = ("check_id", "severity", "message", "cells", "section", "evidence", "explained")
    _uncompared = ("explained",)
    check_id: str
    severity: Severity
    message: str
    cells: tuple[str, ...]
    section: str
    evidence: str
    explained: str  # the clerk's 说明, if any (not compared)

    def __init__(self, check_id: str, severity: Severity, message: str, cells: tuple[str, ...] = (),
                 section: str = "", evidence: str = "", explained: str = ""):
        _set(self, "check_id", check_id)
        _set(self, "severity", severity)
        _set(self, "message", message)
        _set(self, "cells", cells)
        _set(self, "section", section)
        _set(self, "evidence", evidence)
        _set(self, "explained", explained)

    @property
    def key(self) -> str:
        """Identity used to attach an explanation: the rule and the cells/section it points at."""
        if self.cells:
            return f"{self.check_id}:{','.join(self.cells)}"
        if self.evidence:  # several findings of one rule in one section: tell them apart by their sentence
            import hashlib

            return f"{self.check_id}:{self.section}#{hashlib.sha1(self.evidence.encode('utf-8')).hexdigest()[:8]}"
        return f"{self.check_id}:{self.section}"

    def location(self, spec) -> str:
        """Human location, e.g. "表三 （七）总计／自然人" or "一、总体情况"."""
        if self.cells:
            c = spec.cells.get(self.cells[0])
            if c is None:
                return self.cells[0]
            table = spec.table(c.table).name
            more = f" 等{len(self.cells)}格" if len(self.cells) > 1 else ""
            return f"{table} {c.name}{more}"
        if self.section == "meta":
            return "报告信息"
        if self.section:
            try:
                return spec.section(self.section).heading
            except KeyError:
                return self.section
        return "全文"

    def as_dict(self, spec=None) -> dict:
        d = {"check_id": self.check_id, "severity": self.severity.value, "message": self.message,
             "cells": list(self.cells), "section": self.section}
        if self.evidence:
            d["evidence"] = self.evidence
        if self.explained:
            d["explained"] = self.explained
        if spec is not None:
            d["location"] = self.location(spec)
        return d
