"""What every importer returns: a document plus an import report (found / missing / ambiguous)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.document import Document


@dataclass
class ImportNote:
    level: str  # "info" | "missing" | "ambiguous" | "warning"
    message: str  # Chinese, shown to the clerk
    cells: tuple[str, ...] = ()


@dataclass
class ImportResult:
    doc: Document
    source: str  # file name
    kind: str  # "txt" | "docx" | "html" | "xlsx" | "json"
    notes: list[ImportNote] = field(default_factory=list)
    cells_found: int = 0
    cells_missing: int = 0
    confidence: str = "high"  # "high" | "medium" | "low"

    def add(self, level: str, message: str, cells=()) -> None:
        self.notes.append(ImportNote(level, message, tuple(cells)))

    def summary(self) -> str:
        """A short Chinese summary for dialogs and the CLI."""
        return (f"从“{self.source}”导入（{self.doc.spec.name}，{self.doc.meta.year or '年度未知'}）："
                f"读取 {self.cells_found} 个单元格，{self.cells_missing} 个未找到；"
                f"{sum(1 for n in self.notes if n.level == 'ambiguous')} 处存疑。")
